"""The eval runner: judging hand-made answers, the questions format, thresholds, reports,
the eval set's own consistency, and the grounding regression gate on eval/corpus."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from assistant.errors import InputError
from assistant.evaluate import (
    METRICS,
    ArticleText,
    build_report,
    check_thresholds,
    compare_to_baseline,
    load_article_texts,
    load_questions,
    load_thresholds,
    name_match,
    normalize,
    render_markdown,
    render_table,
    score_answer,
    write_reports,
)

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"

ARTICLES = [
    ArticleText(
        normalize(
            "date 2021-05-02 Mayor backs tram\n\n“The tram will run by 2027,” Mayor Ana Lind said.\n"
            "The city has never finished a rail project on time. Lind sees the bus company as a "
            "relic of the past, Councillor Per Lind noted."
        ),
        "2021-05-02",
    ),
    ArticleText(
        normalize("“The tram will run by 2027,” Mayor Ana Lind said, a wire copy."), "2021-05-09"
    ),
]


def citation(quote: str, speaker: str | None, published: str = "2021-05-02", kind: str = "direct"):
    return {"n": 1, "speaker": speaker, "kind": kind, "quote": quote, "published": published}


def answer(*citations, text: str = "", abstained: bool = False):
    return {"question": "q", "answer": text, "abstained": abstained, "citations": list(citations)}


TRAM = citation("The tram will run by 2027,", "Ana Lind")


def test_a_grounded_answer_passes():
    item = {
        "id": "t",
        "question": "q",
        "speakers": ["Ana Lind"],
        "must_cite": ["the TRAM will run"],
        "dates": ["2021-05-02"],
        "abstain": False,
    }
    assert (
        score_answer(
            item, answer(TRAM, text="Ana Lind said “The tram will run by 2027.”"), ARTICLES
        )
        == []
    )


def test_a_quote_not_in_any_article_fails():
    failures = score_answer(
        {"id": "t", "question": "q"}, answer(citation("The tram will fly", "Ana Lind")), ARTICLES
    )
    assert failures == ["citation not verbatim: 'The tram will fly'"]


def test_quoted_text_in_the_answer_must_be_verbatim():
    failures = score_answer(
        {"id": "t", "question": "q"},
        answer(TRAM, text='She said "the tram will be free for everyone".'),
        ARTICLES,
    )
    assert len(failures) == 1 and failures[0].startswith("answer quotes text not in corpus")


def test_the_date_must_be_that_of_an_article_holding_the_quote():
    wrong = score_answer(
        {"id": "t", "question": "q"},
        answer(citation("The tram will run", "Ana Lind", "2020-01-01")),
        ARTICLES,
    )
    assert wrong and wrong[0].startswith("date 2020-01-01 != source")
    syndicated = citation("The tram will run", "Ana Lind", "2021-05-09")
    assert (
        score_answer(
            {"id": "t", "question": "q", "dates": ["2021-05-09"]}, answer(syndicated), ARTICLES
        )
        == []
    )


def test_crediting_a_silent_person_is_a_misattribution():
    item = {"id": "t", "question": "q", "silent": ["Ana Lind"]}
    report = build_report([item], [answer(TRAM)], ARTICLES)
    assert report["metrics"]["misattributions"] == 1
    assert "who said nothing of it" in report["questions"][0]["failures"][0]


def test_an_attributed_passage_must_name_its_speaker():
    nested = citation(
        "Lind sees the bus company as a relic of the past", "Ana Lind", kind="indirect"
    )
    item = {
        "id": "t",
        "question": "q",
        "attributed": [{"quote": "the bus company as a relic", "speaker": "Per Lind"}],
    }
    report = build_report([item], [answer(nested)], ARTICLES)
    assert report["metrics"]["misattributions"] == 1
    right = dict(nested, speaker="Councillor Per Lind")
    assert score_answer(item, answer(right), ARTICLES) == []


def test_the_articles_own_voice_may_be_credited_to_nobody():
    claim = "The city has never finished a rail project on time."
    item = {
        "id": "t",
        "question": "q",
        "attributed": [{"quote": "never finished a rail project", "speaker": None}],
    }
    assert score_answer(item, answer(citation(claim, None, kind="author")), ARTICLES) == []
    assert score_answer(item, answer(citation(claim, "Ana Lind", kind="indirect")), ARTICLES) != []


def test_a_short_citation_inside_an_attributed_passage_is_not_matched():
    item = {
        "id": "t",
        "question": "q",
        "attributed": [{"quote": "The tram will run by 2027", "speaker": "Per Lind"}],
    }
    assert score_answer(item, answer(citation("The tram", "Ana Lind")), ARTICLES) == []


def test_off_target_speakers_fail_the_question_without_misattribution():
    item = {"id": "t", "question": "q", "not_speakers": ["Ana Lind"]}
    report = build_report([item], [answer(TRAM)], ARTICLES)
    assert report["metrics"]["off_target"] == 1 and report["metrics"]["misattributions"] == 0
    assert report["questions"][0]["passed"] is False


def test_missing_speakers_passages_dates_and_abstention_are_each_reported():
    item = {
        "id": "t",
        "question": "q",
        "speakers": ["Per Lind"],
        "must_cite": ["relic"],
        "dates": ["2022-01-01"],
        "abstain": True,
    }
    failures = score_answer(item, answer(TRAM), ARTICLES)
    assert failures == [
        "no citation credited to Per Lind",
        "missing cited passage 'relic'",
        "no citation dated 2022-01-01",
        "abstained=False expected True",
    ]


def test_names_match_by_words():
    assert name_match("Ana Lind", "Mayor Ana Lind")
    assert name_match("Lind", "Per Lind")
    assert not name_match("Ana Lind", "Per Lind")
    assert not name_match("Ana Lind", None)


def test_metrics_over_several_answers():
    items = [
        {
            "id": "a",
            "question": "q",
            "speakers": ["Ana Lind"],
            "must_cite": ["tram", "relic"],
            "abstain": False,
        },
        {"id": "b", "question": "q", "silent": ["Greta Holm"], "abstain": True},
        {"id": "c", "question": "q", "abstain": False},
    ]
    answers = [
        answer(TRAM, citation("relic", "Per Lind")),
        answer(abstained=True),
        answer(abstained=True),
    ]
    metrics = build_report(items, answers, ARTICLES)["metrics"]
    assert list(metrics) == list(METRICS)
    assert metrics["verbatim_rate"] == 1.0 and metrics["date_accuracy"] == 1.0
    assert metrics["speaker_precision"] == 0.5 and metrics["speaker_recall"] == 1.0
    assert metrics["must_cite_recall"] == 1.0
    assert metrics["abstention_accuracy"] == round(2 / 3, 4)
    assert metrics["answer_rate"] == 0.5
    assert (metrics["passed"], metrics["total"], metrics["misattributions"]) == (2, 3, 0)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_load_questions_reads_both_shapes_and_skips_blank_lines(tmp_path):
    path = write(
        tmp_path,
        "q.jsonl",
        '{"id": "a", "question": "Who?"}\n\n{"id": "b", "turns": ["Who?", "And he?"], "note": "x"}\n',
    )
    assert [q["id"] for q in load_questions(path)] == ["a", "b"]


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "not valid JSON"),
        ('{"question": "Who?"}', "missing 'id'"),
        ('{"id": "x"}', "exactly one of 'question'"),
        ('{"id": "x", "question": "Q", "turns": ["Q"]}', "exactly one of 'question'"),
        ('{"id": "x", "turns": []}', "'turns' must be"),
        ('{"id": "x", "question": "Q", "speakers": "Ana"}', "'speakers' must be a list"),
        ('{"id": "x", "question": "Q", "dates": ["May 2021"]}', "YYYY-MM-DD"),
        ('{"id": "x", "question": "Q", "abstain": "no"}', "'abstain'"),
        ('{"id": "x", "question": "Q", "attributed": [{"quote": "a"}]}', "'attributed'"),
        ('{"id": "a", "question": "Q"}', "duplicate id"),
    ],
)
def test_load_questions_names_the_bad_line(tmp_path, line, message):
    path = write(tmp_path, "q.jsonl", '{"id": "a", "question": "Who?"}\n' + line + "\n")
    with pytest.raises(InputError, match=rf"q.jsonl:2: .*{message}"):
        load_questions(path)


def test_load_questions_rejects_missing_and_empty_files(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_questions(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="no questions"):
        load_questions(write(tmp_path, "q.jsonl", "\n"))


def test_load_article_texts_reads_each_format(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01-02 Title\n\nBody  text.")
    write(tmp_path, "b.md", "---\ntitle: T\ndate: 2021-03-04\nsource: S\n---\nMarkdown body.")
    write(tmp_path, "c.jsonl", json.dumps({"text": "Record text.", "date": "2022-05-06"}) + "\n")
    write(
        tmp_path,
        "d.html",
        '<html><head><meta name="date" content="2023-07-08"></head><body><p>Web &amp; text</p></body></html>',
    )
    found = {a.published: a.text for a in load_article_texts(tmp_path)}
    assert found["2020-01-02"].endswith("Body text.")
    assert "Markdown body." in found["2021-03-04"]
    assert found["2022-05-06"] == "Record text."
    assert found["2023-07-08"] == "Web & text"


def test_thresholds_file_matches_what_users_want():
    thresholds = load_thresholds(EVAL / "thresholds.toml")
    assert thresholds["min"]["verbatim_rate"] == 1.0
    assert thresholds["min"]["date_accuracy"] == 1.0
    assert thresholds["min"]["abstention_accuracy"] >= 0.95
    assert thresholds["min"]["must_cite_recall"] >= 0.90
    assert thresholds["max"]["misattributions"] == 0


def test_check_thresholds_lists_each_miss(tmp_path):
    thresholds = load_thresholds(
        write(tmp_path, "t.toml", "verbatim_rate = 1.0\nmisattributions = 0\n")
    )
    assert thresholds == {"min": {"verbatim_rate": 1.0}, "max": {"misattributions": 0.0}}
    assert check_thresholds({"verbatim_rate": 1.0, "misattributions": 0}, thresholds) == []
    missed = check_thresholds({"verbatim_rate": 0.9, "misattributions": 2}, thresholds)
    assert missed == [
        "verbatim_rate 0.900 is below the minimum 1",
        "misattributions 2 is above the maximum 0",
    ]
    with pytest.raises(InputError, match="unknown metric"):
        load_thresholds(write(tmp_path, "bad.toml", "[min]\nverbatim = 1.0\n"))


def test_compare_to_baseline_reports_only_what_got_worse():
    before = {
        "metrics": {
            "verbatim_rate": 1.0,
            "misattributions": 0,
            "must_cite_recall": 0.9,
            "off_target": 3,
            "passed": 8,
            "total": 10,
        }
    }
    better = {
        "verbatim_rate": 1.0,
        "misattributions": 0,
        "must_cite_recall": 0.95,
        "off_target": 1,
        "passed": 9,
        "total": 10,
    }
    assert compare_to_baseline(better, before) == []
    worse = dict(better, misattributions=1, must_cite_recall=0.85, passed=7)
    drops = compare_to_baseline(worse, before)
    assert drops == [
        "misattributions went from 0 to 1",
        "must_cite_recall went from 0.900 to 0.850",
        "passed went from 8/10 to 7/10",
    ]


def test_reports_are_written_as_json_and_markdown(tmp_path):
    report = build_report(
        [{"id": "a", "question": "q", "speakers": ["Per Lind"]}], [answer(TRAM)], ARTICLES
    )
    json_path, markdown_path = write_reports(report, tmp_path / "out" / "run.json")
    assert json.loads(json_path.read_text())["questions"][0]["id"] == "a"
    assert (
        markdown_path.name == "run.md"
        and "no citation credited to Per Lind" in markdown_path.read_text()
    )
    assert "no citation credited to Per Lind" in render_markdown(report)
    table = render_table(report)
    assert "must_cite_recall" in table and "Failing questions (1)" in table


class FakeAssistant:
    """Stands in for assistant.service.Assistant: records settings and questions."""

    made: list = []

    def __init__(self, settings):
        self.settings = settings
        self.asked: list = []
        FakeAssistant.made.append(self)

    def ingest(self, paths, progress=None):
        return SimpleNamespace(errors=[], paths=paths)

    def ask(self, question, history=None):
        self.asked.append((question, history))
        reply = answer(TRAM, text=f"Ana Lind said “The tram will run by 2027.” ({question})")
        return SimpleNamespace(to_json=lambda: reply)


def test_run_eval_asks_every_turn_with_history_in_a_fresh_embedded_index(tmp_path, monkeypatch):
    import assistant.service
    from assistant.config import load_settings
    from assistant.evaluate import run_eval

    monkeypatch.setattr(assistant.service, "Assistant", FakeAssistant)
    FakeAssistant.made = []
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "a.txt", "date 2021-05-02 Tram\n\n“The tram will run by 2027,” Ana Lind said.")
    questions = write(
        tmp_path,
        "q.jsonl",
        '{"id": "one", "question": "What did Ana Lind say?", "speakers": ["Ana Lind"]}\n'
        '{"id": "two", "turns": ["What did Ana Lind say?", "And she?"], "dates": ["2021-05-02"]}\n',
    )
    settings = load_settings(index_dir=tmp_path / "real", chroma_url="http://localhost:9")
    report = run_eval(settings, corpus, questions)

    used = FakeAssistant.made[0]
    assert used.settings.chroma_url == "" and used.settings.index_dir != tmp_path / "real"
    first, second = used.asked[1:]
    assert first == ("What did Ana Lind say?", None)
    assert second[0] == "And she?"
    assert second[1][0] == {"role": "user", "content": "What did Ana Lind say?"}
    assert second[1][1]["role"] == "assistant" and "tram" in second[1][1]["content"]
    assert report["metrics"]["passed"] == 2 and report["metrics"]["total"] == 2
    assert [q["id"] for q in report["questions"]] == ["one", "two"]


# --- the eval set itself ------------------------------------------------------------------


def test_every_expected_passage_is_verbatim_in_the_eval_corpus():
    articles = load_article_texts(EVAL / "corpus")
    items = load_questions(EVAL / "questions.jsonl")
    assert len(articles) >= 16 and len(items) >= 60
    for item in items:
        passages = item.get("must_cite", []) + [a["quote"] for a in item.get("attributed", [])]
        for passage in passages:
            homes = [a for a in articles if normalize(passage).lower() in a.text.lower()]
            assert homes, f"{item['id']}: {passage!r} is not in eval/corpus"
        for day in item.get("dates", []):
            assert day in {a.published for a in articles}, f"{item['id']}: no article dated {day}"
            backed = not item.get("must_cite") or any(
                normalize(p).lower() in a.text.lower() and a.published == day
                for p in item["must_cite"]
                for a in articles
            )
            assert backed, f"{item['id']}: no must_cite passage comes from an article dated {day}"


def test_the_seed_article_is_part_of_the_eval_corpus():
    seed = ROOT.parent / "shared" / "seeds" / "000_7e0b846ce3bc3549.txt"
    ours = EVAL / "corpus" / "000_7e0b846ce3bc3549.txt"
    assert ours.is_file()
    if seed.is_file():
        assert ours.read_bytes() == seed.read_bytes()


# --- the grounding regression gate ---------------------------------------------------------


def test_grounding_thresholds_hold_on_the_eval_set():
    from assistant.config import load_settings
    from assistant.evaluate import run_eval

    report = run_eval(load_settings(), EVAL / "corpus", EVAL / "questions.jsonl")
    missed = check_thresholds(report["metrics"], load_thresholds(EVAL / "thresholds.toml"))
    failing = {q["id"]: q["failures"] for q in report["questions"] if not q["passed"]}
    assert missed == [], f"{missed}\nfailing questions: {json.dumps(failing, indent=1)}"
