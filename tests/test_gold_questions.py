"""eval/gold_questions.py: an attribution gold file becomes a grounding check the product passes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from assistant.cli import main as assistant_main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))

import gold_questions  # noqa: E402

HARBOUR = (
    "Harbour board picks a new chief\n\n"
    "The harbour board on Monday named a new chief after a search that began when Mayor Tom "
    "Vance took office.\n\n"
    "“We finally have someone who understands the tides, the ferries and the fishermen of this "
    "town,” said Ann Roe, who chairs the board.\n\n"
    "Critics said the process was rushed."
)
FERRY = (
    "Ferry fares to rise in spring\n\n"
    "Fares on the island ferry will rise by a tenth in April, the operator said on Tuesday.\n\n"
    "“Nobody likes paying more, but the diesel bill has doubled since the storm season began,” "
    "said Carl Jensen, the operator's finance director."
)


def gold(text: str, speaker: str, quote: str, n: int) -> dict:
    return {
        "id": f"test-{n}",
        "date": f"2024-03-0{n}",
        "title": text.split("\n")[0],
        "text": text,
        "quotes": [
            {
                "quote": quote,
                "speaker": speaker,
                "kind": "direct",
                "start": text.index(quote),
            }
        ],
    }


def test_gold_articles_become_questions_the_product_answers(tmp_path: Path, capsys) -> None:
    records = [
        gold(HARBOUR, "Ann Roe", HARBOUR.split("“")[1].split("”")[0].rstrip(","), 1),
        gold(FERRY, "Director Carl Jensen", FERRY.split("“")[1].split("”")[0].rstrip(","), 2),
    ]
    source = tmp_path / "gold.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "check"
    assert gold_questions.main([str(source), str(out), "--seed", "3"]) == 0
    articles = (out / "corpus" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in articles] == ["test-2", "test-1"]
    questions = [json.loads(line) for line in (out / "questions.jsonl").read_text().splitlines()]
    asked = {q["id"].rsplit("-", 1)[-1] for q in questions}
    assert {"statements", "who", "silent"} <= asked
    roe = next(q for q in questions if q["id"].endswith("1-statements"))
    assert roe["speakers"] == ["Ann Roe"] and roe["dates"] == ["2024-03-01"]
    assert roe["must_cite"] == ["We finally have someone who understands"]
    jensen = next(q for q in questions if q["id"].endswith("2-statements"))
    assert jensen["speakers"] == ["Carl Jensen"] and "Director" not in jensen["question"]
    vance = [q for q in questions if q.get("silent") == ["Tom Vance"]]
    assert vance and vance[0]["abstain"]
    capsys.readouterr()
    code = assistant_main(
        [
            "eval",
            "--corpus",
            str(out / "corpus"),
            "--questions",
            str(out / "questions.jsonl"),
            "--json",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    failed = [(q["id"], q["failures"]) for q in report["questions"] if not q["passed"]]
    assert failed == [] and code == 0
