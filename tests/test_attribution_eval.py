"""The attribution scorer: the matching rule, speaker normalisation and the report shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.attribution_eval import (
    _Span,
    _Tally,
    match,
    normalise_speaker,
    render_report,
    same_speaker,
    score_gold,
)
from assistant.errors import InputError

TEXT = (
    "Harbour Plan Approved\n\n"
    "Port Director Alma Ruiz said that the harbour would reopen in May after repairs. "
    "“We have waited long enough for this,” Ruiz said on Tuesday. "
    "The council voted seven to two in favour of the plan."
)


def gold_record(text: str = TEXT, **extra) -> dict:
    indirect = "the harbour would reopen in May after repairs"
    direct = "“We have waited long enough for this,”"
    quotes = [
        {
            "quote": indirect,
            "start": text.index(indirect),
            "end": text.index(indirect) + len(indirect),
            "kind": "indirect",
            "speaker": "Alma Ruiz",
            "speaker_mention": "Port Director Alma Ruiz",
        },
        {
            "quote": direct,
            "start": text.index(direct),
            "end": text.index(direct) + len(direct),
            "kind": "direct",
            "speaker": "Ruiz",
            "speaker_mention": "Ruiz",
        },
    ]
    return {
        "id": "t1",
        "date": "2024-05-01",
        "title": "Harbour Plan Approved",
        "text": text,
        "quotes": quotes,
        **extra,
    }


def write(tmp_path: Path, records: list, name: str = "gold.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r) for r in records), encoding="utf-8"
    )
    return path


def test_speaker_normalisation_and_surnames() -> None:
    assert normalise_speaker("Sen. Ada Lind's") == "ada lind"
    assert same_speaker("President Ada Lind", "Ada Lind")
    assert same_speaker("Lind", "Ada Lind") and same_speaker("Ada Lind", "Lind")
    assert not same_speaker("Ada Lind", "Bo Lind")
    assert not same_speaker("he", "he") and not same_speaker("she", "Ada Lind")
    assert not same_speaker(None, "Ada Lind")


def test_match_needs_half_of_both_spans_and_is_one_to_one() -> None:
    text = "one two three four five six seven eight nine ten"
    gold = [_Span(0, text.index("six") - 1, "indirect", "A")]  # one..five
    assert match(text, [_Span(0, text.index("four") - 1, "indirect", "A")], gold) == [
        (0, 0)
    ]  # 3 of 5
    assert match(text, [_Span(0, text.index("three") - 1, "indirect", "A")], gold) == []  # 2 of 5
    too_long = _Span(
        0, len(text), "indirect", "A"
    )  # covers gold, but only half its own tokens inside
    assert match(text, [too_long], gold) == [(0, 0)]
    longer = _Span(0, len(text), "indirect", "A")
    longer_gold = [_Span(0, text.index("four") - 1, "indirect", "A")]  # 3 of 10 inside
    assert match(text, [longer], longer_gold) == []
    twice = [
        _Span(0, text.index("six") - 1, "direct", "A"),
        _Span(0, text.index("five") - 1, "direct", "A"),
    ]
    assert match(text, twice, gold) == [(0, 0)]  # the bigger overlap wins, one match only


def test_tally_kinds_pronoun_gold_and_false_positives() -> None:
    text = "alpha beta gamma delta. epsilon zeta eta theta. iota kappa lambda mu."
    gold = [_Span(0, 22, "direct", "Ada Lind"), _Span(24, 46, "indirect", "he")]
    predicted = [
        _Span(0, 22, "direct", "Lind"),  # right span, right speaker
        _Span(
            24, 46, "direct", "Bo Park"
        ),  # counts as indirect (the gold kind), speaker not scored
        _Span(48, 70, "mixed", "Bo Park"),  # spurious: a false positive under its own kind
    ]
    tally = _Tally()
    tally.add(text, predicted, gold)
    scores = tally.scores()
    assert scores["direct"]["speaker"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert scores["indirect"]["span"]["recall"] == 1.0
    assert scores["indirect"]["speaker"]["recall"] == 0.0  # no scorable gold
    assert scores["mixed"]["span"]["precision"] == 0.0
    assert scores["all"]["span"] == {"precision": round(2 / 3, 4), "recall": 1.0, "f1": 0.8}
    assert scores["all"]["speaker"]["precision"] == 0.5  # the pronoun-gold match is left out


def test_score_gold_report_shape_and_figures(tmp_path: Path) -> None:
    report = score_gold(write(tmp_path, [gold_record()]))
    assert report["articles"] == 1 and report["gold_quotes"] == 2
    for system in ("system", "textacy"):
        if "error" in report[system]:
            assert system == "textacy"
            continue
        for kind in ("direct", "mixed", "indirect", "all"):
            for part in ("span", "speaker"):
                assert set(report[system][kind][part]) == {"precision", "recall", "f1"}
    assert report["system"]["direct"]["speaker"]["f1"] == 1.0
    assert report["system"]["indirect"]["speaker"]["recall"] == 1.0
    assert isinstance(report["confusions"], list)
    text = render_report(report)
    assert "direct" in text and "indirect" in text and "textacy" in text
    json.dumps(report)


def test_score_gold_without_baseline_says_so(tmp_path: Path) -> None:
    report = score_gold(write(tmp_path, [gold_record()]), include_baseline=False)
    assert "error" in report["textacy"]
    assert "textacy" in render_report(report)


@pytest.mark.parametrize(
    "line, message",
    [
        ("not json", "not a JSON object"),
        (json.dumps({"text": "", "quotes": []}), "'text'"),
        (json.dumps({"text": "Some text here.", "quotes": {}}), "'quotes'"),
        (
            json.dumps(
                {
                    "text": "Some text here.",
                    "quotes": [{"quote": "nope", "start": 0, "kind": "direct"}],
                }
            ),
            "offsets",
        ),
        (
            json.dumps(
                {
                    "text": "Some text here.",
                    "quotes": [{"quote": "Some", "start": 0, "kind": "weird"}],
                }
            ),
            "kind",
        ),
    ],
)
def test_bad_gold_file_is_one_clear_error(tmp_path: Path, line: str, message: str) -> None:
    with pytest.raises(InputError) as caught:
        score_gold(write(tmp_path, [line]), include_baseline=False)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_or_empty_gold_file(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        score_gold(tmp_path / "absent.jsonl")
    with pytest.raises(InputError):
        score_gold(write(tmp_path, [""]))


def test_gold_author_records_are_not_scored(tmp_path: Path) -> None:
    record = gold_record()
    claim = "The council voted seven to two in favour of the plan."
    record["quotes"].append(
        {
            "quote": claim,
            "start": TEXT.index(claim),
            "end": TEXT.index(claim) + len(claim),
            "kind": "author",
            "speaker": None,
        }
    )
    report = score_gold(write(tmp_path, [record]), include_baseline=False)
    assert report["gold_quotes"] == 2
    assert report["system"]["all"]["span"]["recall"] == 1.0


def test_a_surname_with_an_apostrophe_is_one_word():
    from assistant.attribution_eval import same_speaker

    assert same_speaker("O'Hara", "Rep. Siobhan O’Hara")
    assert not same_speaker("Hara", "Siobhan O'Hara")


def test_a_surname_with_its_particle_is_the_surname_alone():
    assert same_speaker("De Vries", "Mayor Anouk de Vries")
    assert same_speaker("Tomas van der Berg", "van der Berg")
    assert not same_speaker("Anouk de Vries", "Piet de Vries")
    assert not same_speaker("Lind Haas", "Ada Lind Haas")  # only a particle opens a longer surname


def test_a_hyphenated_surname_is_one_word():
    from assistant.attribution_eval import same_speaker

    assert same_speaker("Obiora-Lindahl", "Nkechi Obiora-Lindahl")
    assert not same_speaker("Lindahl", "Nkechi Obiora-Lindahl")
