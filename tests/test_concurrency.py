"""Concurrent use: the chat answers while an ingest writes in another process, and sees what it
wrote; two ingests at once serialise on a lock with a clear message."""

from __future__ import annotations

import time

import pytest

from assistant.cli import main
from assistant.config import load_settings
from tests.conftest import write_corpus
from tests.test_crash_safety import (
    assert_no_half_written_article,
    index_state,
    ingest_process,
    town_articles,
)


def _answer_is_sound(answer, speaker: str) -> None:
    assert not answer.abstained and answer.verified, answer.answer
    assert {c.speaker for c in answer.citations} == {speaker}
    assert all(c.verified for c in answer.citations)


@pytest.mark.integration
def test_chat_answers_during_an_ingest_and_then_sees_the_new_articles(make_assistant, tmp_path):
    chat = make_assistant()  # the tiny corpus, then held open like the web chat holds it
    _answer_is_sound(chat.ask("What did Peter Okafor say?"), "Peter Okafor")
    writer = ingest_process(tmp_path / "index0", write_corpus(tmp_path / "town", town_articles(24)))
    answered = 0
    while writer.poll() is None:
        _answer_is_sound(chat.ask("What did Peter Okafor say about the budget?"), "Peter Okafor")
        answered += 1
    out, err = writer.communicate()
    assert writer.returncode == 0, err
    assert answered >= 1 and "24 articles" in out
    # The same open chat now knows the new people and finds their words by meaning.
    answer = chat.ask("What did Carla Moreau say about broken pipes?")
    _answer_is_sound(answer, "Carla Moreau")
    assert any("broken pipes before winter" in c.quote for c in answer.citations)
    who = chat.ask("Who said they will fix the 18 broken pipes before winter?")
    assert who.citations and who.citations[0].speaker == "Carla Moreau"
    assert chat.store.counts()["articles"] == 3 + 24


@pytest.mark.integration
def test_second_ingest_waits_for_the_lock_with_a_clear_message(tmp_path, capsys):
    index = tmp_path / "index"
    first = ingest_process(index, write_corpus(tmp_path / "town", town_articles(30)))
    lock = load_settings(index_dir=index).index_path() / "catalog.sqlite"
    other = write_corpus(tmp_path / "other", dict(list(town_articles(33).items())[30:]))
    code = None
    while first.poll() is None:  # try while the first one is surely writing
        if lock.exists():
            code = main(["--index-dir", str(index), "ingest", str(other)])
            break
        time.sleep(0.01)
    out, err = capsys.readouterr()
    assert first.wait(timeout=600) == 0
    assert code == 2, (out, err)
    [line] = err.strip().splitlines()
    assert line.startswith("error: another ingest is writing to ")
    assert line.endswith("wait for it to finish and retry")
    # Once the first is done the second goes through, and nothing is mixed up.
    assert main(["--index-dir", str(index), "ingest", str(other)]) == 0
    assert "3 articles" in capsys.readouterr().out
    state = index_state(load_settings(index_dir=index))
    assert_no_half_written_article(state)
    assert len(state["catalog"]) == 33 and not state["pending"]
