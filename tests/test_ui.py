"""The web UI's handlers and rendering, without a browser: what each handler gives the page."""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest

from assistant import ui_render as render
from assistant.config import load_settings
from assistant.errors import InputError
from assistant.service import Assistant
from assistant.ui import (
    Handlers,
    history_of,
    launch_options,
    parse_auth,
    plain_text,
    safe_upload_name,
)
from tests.conftest import write_corpus
from tests.corpus import LEVEE_2022

HOSTILE = """---
title: Hostile markup <b>test</b>
date: 2024-01-05
source: Example Wire
---
Mayor Ruth Lindqvist said that the levee is safe <script>window.__pwned = 1</script> today.

“Nothing here <img src=x onerror="window.__pwned = 2"> will run,” Lindqvist said.
"""


def final(handlers: Handlers, question, turns=None):
    """The last thing `respond` yields: (messages, turns, question box)."""
    return list(handlers.respond(question, turns or []))[-1]


def text_of(fragment: str) -> str:
    return re.sub(r"<[^>]+>", "", fragment).replace("&quot;", '"').replace("&#x27;", "'")


@pytest.fixture
def make_handlers(make_assistant):
    """Factory: handlers over a fresh index (closed on their own thread afterwards)."""
    made: list[Handlers] = []

    def factory(*args, **overrides) -> Handlers:
        made.append(Handlers(make_assistant(*args, **overrides)))
        return made[-1]

    yield factory
    for handlers in made:
        handlers.close()


@pytest.fixture
def handlers(make_handlers) -> Handlers:
    return make_handlers()


def test_answer_shows_cited_quote_speaker_date_and_cards(handlers):
    messages, turns, box = final(
        handlers, "What did Elena Vasquez say about the container terminal?"
    )
    assert box == "" and len(turns) == 1
    assert [m["role"] for m in messages] == ["user", "assistant"]
    shown = messages[1]["content"]
    assert "Elena Vasquez" in shown and "2023-03-14" in shown and "✓ verified" in shown
    cited = turns[0]["citations"]
    assert cited and all(c["speaker"] == "Elena Vasquez" for c in cited)
    for c in cited:  # each card carries the verbatim quote, its title and its article date
        assert render.esc(c["quote"].strip()) in shown
        assert render.esc(c["title"]) in shown and c["published"] in shown
        assert f'href="#cite={c["article_id"]}:{c["start"]}:{c["end"]}"' in shown
    assert "direct quote" in shown
    markers = [int(n) for n in re.findall(r'class="cite-marker"[^>]*>\[(\d+)\]', shown)]
    assert markers and sorted(set(markers)) == list(range(1, len(set(markers)) + 1))


def test_follow_up_gets_plain_text_history_and_keeps_the_speaker(handlers):
    _, turns, _ = final(handlers, "What did Elena Vasquez say about the terminal?")
    seen = []
    ask = handlers.assistant.ask

    def spy(question, history=None):
        seen.append(history)
        return ask(question, history)

    handlers.assistant.ask = spy  # type: ignore[method-assign]
    messages, turns, _ = final(handlers, [{"type": "text", "text": "And what did she say?"}], turns)
    assert seen[0] == [
        {"role": "user", "content": "What did Elena Vasquez say about the terminal?"},
        {"role": "assistant", "content": turns[0]["answer"]},
    ]
    assert len(messages) == 4 and turns[1]["question"] == "And what did she say?"
    assert {c["speaker"] for c in turns[1]["citations"]} == {"Elena Vasquez"}


def test_plain_text_normalises_gradio_content_blocks():
    assert plain_text("hi") == "hi"
    assert plain_text([{"type": "text", "text": "What did"}, {"text": "she say?"}]) == (
        "What did she say?"
    )
    assert plain_text({"text": "x", "files": []}) == "x"
    assert history_of([{"question": "Q", "answer": "A [1]"}])[1] == {
        "role": "assistant",
        "content": "A [1]",
    }


def test_a_user_mistake_is_a_message_and_keeps_the_question(handlers):
    messages, turns, box = final(handlers, "   ")
    assert turns == [] and box == ""
    assert "⚠" in messages[-1]["content"] and "empty" in messages[-1]["content"]


def test_empty_index_invites_an_upload(tmp_path):
    handlers = Handlers(Assistant(load_settings(index_dir=tmp_path / "none")))
    try:
        view = handlers.index_view()
        assert "No articles indexed yet" in view["counts"] and view["speakers"] == []
        messages, turns, _ = final(handlers, "What did anyone say?")
        assert turns == [] and "assistant ingest" in messages[-1]["content"]
    finally:
        handlers.close()


def test_citations_renumbered_in_order_of_first_use():
    cite = {
        "speaker": "A",
        "kind": "direct",
        "quote": "q",
        "article_id": "a",
        "title": "t",
        "source": None,
        "published": "2024-01-01",
        "start": 0,
        "end": 1,
        "verified": True,
    }
    answer = {
        "question": "?",
        "answer": "first [3], then [1], again [3], unknown [9].",
        "citations": [
            {**cite, "n": 1, "quote": "one"},
            {**cite, "n": 3, "quote": "three"},
            {**cite, "n": 2, "quote": "unused"},
        ],
    }
    fixed = render.renumbered(answer)
    assert fixed["answer"] == "first [1], then [2], again [1], unknown [9]."
    assert [(c["n"], c["quote"]) for c in fixed["citations"]] == [
        (1, "three"),
        (2, "one"),
        (3, "unused"),
    ]


def test_markup_in_quotes_and_articles_is_escaped():
    citation = {
        "n": 1,
        "speaker": "<b>X</b>",
        "kind": "direct",
        "verified": True,
        "quote": '<script>alert(1)</script><img src=x onerror="alert(2)">',
        "article_id": "a1",
        "title": "<i>t</i>",
        "source": None,
        "published": "2024-01-01",
        "start": 5,
        "end": 10,
    }
    shown = render.answer_html({"answer": "<script>x</script> [1]", "citations": [citation]})
    assert "<script" not in shown and "<img" not in shown and "<b>X" not in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    page = render.source_html({"title": "<t>"}, "ab<script>c</script>d", 2, 10)
    assert "<script" not in page and '<mark class="passage">&lt;script&gt;</mark>' in page


def test_hostile_article_is_shown_as_text(make_handlers):
    handlers = make_handlers({"hostile.md": HOSTILE})
    _, turns, _ = final(handlers, "What did Ruth Lindqvist say?")
    citation = next(c for c in turns[0]["citations"] if "<img" in c["quote"])
    page = handlers.open_source(render.cite_key(citation))
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert '<mark class="passage">' in page and "Hostile markup &lt;b&gt;" in page


def test_source_viewer_highlights_the_cited_passage(handlers):
    _, turns, _ = final(handlers, "Who said taxpayers deserve to know where every dollar went?")
    citation = turns[0]["citations"][0]
    page = handlers.open_source(render.cite_key(citation))
    marked = re.search(r'<mark class="passage">(.*?)</mark>', page)
    assert marked and text_of(marked[1]) == citation["quote"]
    assert "Port chief promises terminal on time" in page and "2023-03-14" in page
    assert "could not be read" in handlers.open_source("../../etc/passwd")
    assert "no longer in the index" in handlers.open_source("nosucharticle:0:5")


def test_export_markdown_has_footnotes_with_quote_speaker_title_date(handlers):
    _, turns, _ = final(handlers, "What did Peter Okafor say?")
    _, turns, _ = final(handlers, "What did Ruth Lindqvist say?", turns)
    text = Path(handlers.export(turns)).read_text(encoding="utf-8")
    assert "## 1. What did Peter Okafor say?" in text and "## 2. What did Ruth Lindqvist" in text
    for t, turn in enumerate(turns, start=1):
        first = render.renumbered(turn)["citations"][0]
        assert f"[^{t}.1]" in text.split(f"## {t}.")[1]  # the marker, in that answer's text
        note = next(line for line in text.splitlines() if line.startswith(f"[^{t}.1]:"))
        assert first["speaker"] in note and first["quote"] in note
        assert first["title"] in note and first["published"] in note
    assert handlers.export([]) is None


def test_reload_restores_answers_with_their_cards(handlers):
    messages, turns, _ = final(handlers, "What did Peter Okafor say?")
    assert handlers.restore(turns) == messages


def test_people_view_counts_dates_timeline_and_summary(handlers):
    view = handlers.index_view()
    row = next(r for r in view["speakers"] if r[0] == "Elena Vasquez")
    assert row[2] >= 2 and row[4] == "2023-03-14" and row[5] == "2024-09-02"
    assert "Elena Vasquez" in view["people"]
    summary, timeline = handlers.person("Elena Vasquez")
    assert "cite-card" in summary and "Elena Vasquez" in summary
    _, statements = handlers.run(handlers.assistant.quotes_of, "Elena Vasquez")
    for s in statements:  # every statement, verbatim, with its date and source
        assert render.esc(s.quote.text.strip()) in timeline and s.source in timeline
    dates = re.findall(r'class="cite-date">([\d-]+)<', timeline)
    assert dates == sorted(dates, reverse=True) and dates[0] == "2024-09-02"  # newest first


def test_examples_come_from_the_index_and_get_answers(handlers, make_handlers):
    examples = handlers.index_view()["examples"]
    assert examples and any("Elena Vasquez" in q for q in examples)
    for question in examples:  # a new user clicking one gets a cited answer
        _, turns, _ = final(handlers, question)
        assert not turns[0]["abstained"] and turns[0]["citations"], question
    other = make_handlers({"levee.txt": LEVEE_2022}).index_view()["examples"]
    assert other and all("Vasquez" not in q for q in other)
    assert any("Lindqvist" in q for q in other)


def test_upload_ingests_reports_each_file_and_refuses_bad_ones(handlers, tmp_path):
    folder = tmp_path / "incoming"
    write_corpus(folder, {"hostile.md": HOSTILE, "notes.pdf": "x", "empty.txt": "  \n"})
    before = handlers.index_view()["articles"]
    files = [str(folder / n) for n in ("hostile.md", "notes.pdf", "empty.txt")]
    steps = []
    rows = dict(handlers.upload(files, lambda done, desc: steps.append((done, desc))))
    assert [done for done, _ in steps] == [(1, 2), (2, 2)]  # the progress bar
    assert {name for _, name in steps} == {"hostile.md", "empty.txt"}
    assert rows["hostile.md"] == "ingested"
    assert rows["notes.pdf"].startswith("error: not accepted")
    assert rows["empty.txt"].startswith("error")
    assert len(handlers.index_view()["articles"]) == len(before) + 1
    assert dict(handlers.upload([str(folder / "hostile.md")]))["hostile.md"] == "unchanged"


def test_upload_names_stay_in_the_upload_folder_and_size_is_limited(make_handlers, tmp_path):
    handlers = make_handlers(max_upload_mb=1)
    evil = tmp_path / "evil"
    evil.mkdir()
    (evil / "..%2f..%2fescape.txt").write_text("date 2024-01-01 T\n\nBody text here.\n")
    (evil / "big.txt").write_text("x" * (2**20 + 10))
    staged, refused = handlers.stage_uploads(
        [str(evil / "..%2f..%2fescape.txt"), str(evil / "big.txt")]
    )
    assert [p.parent for p in staged] == [handlers.upload_dir]
    assert "over the 1 MB upload limit" in refused[0][1]
    assert handlers.upload_dir.is_relative_to(tmp_path)
    for hostile in ("../../etc/passwd.txt", "..\\..\\boot.md", "/abs/x.html", ".env.txt"):
        name = safe_upload_name(hostile)
        assert "/" not in name and "\\" not in name and not name.startswith(".")
        assert (handlers.upload_dir / name).resolve().parent == handlers.upload_dir


def test_delete_removes_the_article_everywhere(handlers):
    view = handlers.index_view()
    levee = next(value for label, value in view["article_choices"] if "levee" in label.lower())
    assert handlers.delete(levee) == "Deleted."
    after = handlers.index_view()
    assert len(after["articles"]) == len(view["articles"]) - 1
    assert "Ruth Lindqvist" not in after["people"]
    assert handlers.delete(levee) == "That article was not in the index."


def test_streaming_hook_shows_drafts_then_the_verified_answer(handlers, monkeypatch):
    question = "What did Peter Okafor say?"
    verified = handlers.run(handlers.assistant.ask, question, [])
    calls = []

    def stream_chat(assistant, question, history):
        calls.append((question, history))
        yield "Peter", None
        yield "Peter Okafor said", None
        yield "Peter Okafor said", verified

    monkeypatch.setitem(
        sys.modules, "assistant.llm", types.SimpleNamespace(stream_chat=stream_chat)
    )
    handlers.settings = handlers.settings.model_copy(update={"llm_base_url": "http://x/v1"})
    steps = list(handlers.respond(question, []))
    assert [s[0][-1]["content"] for s in steps[:2]] == [
        render.draft_html("Peter"),
        render.draft_html("Peter Okafor said"),
    ]
    assert calls == [(question, [])]
    assert steps[-1][0][-1]["content"] == render.answer_html(verified.to_json())
    assert "cite-card" in steps[-1][0][-1]["content"] and len(steps[-1][1]) == 1


def test_auth_and_bind_defaults(tmp_path):
    assert parse_auth("") is None
    assert parse_auth("ann:s3cret:x") == ("ann", "s3cret:x")
    with pytest.raises(InputError, match="user:password"):
        parse_auth("no-colon")
    options = launch_options(load_settings(index_dir=tmp_path, auth="ann:pw"))
    assert options["server_name"] == "127.0.0.1" and options["share"] is False
    assert options["auth"] == ("ann", "pw") and options["max_file_size"] == "20mb"
    assert launch_options(load_settings(index_dir=tmp_path), "0.0.0.0", 9000)["server_port"] == 9000
