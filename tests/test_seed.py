"""The five behaviours the product was first specified with, on the seed article alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO

SEEDS = sorted((REPO.parent / "shared" / "seeds").glob("*.txt")) or sorted(
    (REPO / "eval" / "corpus").glob("000_*.txt")
)


@pytest.fixture(scope="module")
def seed_assistant(tmp_path_factory):
    if not SEEDS:
        pytest.skip("seed article not found (../shared/seeds or eval/corpus/000_*.txt)")
    from assistant.config import load_settings
    from assistant.service import Assistant

    folder = tmp_path_factory.mktemp("seed")
    (folder / SEEDS[0].name).write_text(Path(SEEDS[0]).read_text(encoding="utf-8"))
    assistant = Assistant(load_settings(index_dir=folder / "index"))
    report = assistant.ingest([folder / SEEDS[0].name])
    assert report.articles == 1 and not report.errors
    yield assistant
    assistant.close()


def test_his_statements_on_nato(seed_assistant):
    answer = seed_assistant.ask("What did Marco Bertolini say about NATO?")
    assert not answer.abstained and answer.verified
    direct = [c for c in answer.citations if c.kind == "direct"]
    quotes = " ".join(c.quote for c in direct)
    assert "NATO has turned from a defensive alliance" in quotes
    assert "The end of hostilities in Ukraine would mean a strategic defeat" in quotes
    assert {c.speaker for c in answer.citations} == {"Marco Bertolini"}
    assert {c.published for c in answer.citations} == {"2025-11-10"}


def test_who_said_strategic_defeat(seed_assistant):
    answer = seed_assistant.ask(
        "Who said that the end of hostilities in Ukraine would mean a strategic defeat for NATO?"
    )
    assert answer.citations and answer.citations[0].speaker == "Marco Bertolini"


def test_own_voice_claim_is_nobodys(seed_assistant):
    answer = seed_assistant.ask(
        "Who said Western leaders have quietly acknowledged Kyiv's military collapse?"
    )
    hits = [c for c in answer.citations if "quietly acknowledged" in c.quote]
    assert hits and all(c.speaker is None and c.kind == "author" for c in hits)
    assert not any(c.speaker == "Marco Bertolini" for c in answer.citations)


def test_trump_has_no_statement_but_bertolini_claims_his_view(seed_assistant):
    answer = seed_assistant.ask("What did Donald Trump say about NATO?")
    assert "No statement by Donald Trump" in answer.answer
    assert not any(c.speaker and "Trump" in c.speaker for c in answer.citations)
    claim = [c for c in answer.citations if "contempt for NATO" in c.quote]
    assert claim and claim[0].speaker == "Marco Bertolini"


def test_merkel_abstains(seed_assistant):
    answer = seed_assistant.ask("What did Angela Merkel say about Tomahawk missiles?")
    assert answer.abstained and not answer.citations
    assert "Angela Merkel" in answer.answer
