"""Through the real pipeline: readers, attribution, MiniLM ONNX embeddings, embedded Chroma."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.errors import IndexProblem, InputError
from tests.corpus import TERMINAL_2024


def speakers_of(answer):
    return {c.speaker for c in answer.citations}


def test_statements_of_one_person_across_dates(make_assistant):
    answer = make_assistant().ask("What did Elena Vasquez say about the container terminal?")
    assert not answer.abstained and answer.verified
    assert speakers_of(answer) == {"Elena Vasquez"}
    assert {c.published for c in answer.citations} == {"2023-03-14", "2024-09-02"}
    quotes = " ".join(c.quote for c in answer.citations)
    assert "I take full responsibility" in quotes and "finished on time" in quotes
    for citation in answer.citations:  # verbatim at its offsets, with the article's date
        assert citation.verified
    assert "[1]" in answer.answer and "“" in answer.answer


def test_who_said_a_claim(make_assistant):
    answer = make_assistant().ask("Who said taxpayers deserve to know where every dollar went?")
    assert answer.citations[0].speaker == "Peter Okafor"
    assert answer.citations[0].published == "2023-03-14"


def test_article_own_voice_is_credited_to_nobody(make_assistant):
    answer = make_assistant().ask("Who said the terminal has already cost more than $400 million?")
    first = answer.citations[0]
    assert first.kind == "author" and first.speaker is None
    assert "own voice" in answer.answer
    assert all(c.speaker is None for c in answer.citations if "400 million" in c.quote)


def test_unknown_person_abstains(make_assistant):
    answer = make_assistant().ask("What did Angela Merkel say about the levee?")
    assert answer.abstained and "No statement by Angela Merkel" in answer.answer
    assert not any(c.speaker == "Angela Merkel" for c in answer.citations)
    assert answer.searched["unknown_people"] == ["Angela Merkel"]


def test_known_person_off_topic_abstains(make_assistant):
    answer = make_assistant().ask("What did Ruth Lindqvist say about cryptocurrency regulation?")
    assert answer.abstained and not answer.citations


def test_group_and_byline_are_not_people(make_assistant):
    assistant = make_assistant()
    names = {row["name"] for row in assistant.speakers()}
    assert {"Elena Vasquez", "Peter Okafor", "Ruth Lindqvist"} <= names
    assert not names & {"Dana Whitfield", "Marcus Reed"}


def test_follow_up_resolves_pronoun_from_history(make_assistant):
    assistant = make_assistant()
    first = assistant.ask("What did Elena Vasquez say about the terminal?")
    history = [
        {"role": "user", "content": first.question},
        {"role": "assistant", "content": first.answer},
    ]
    answer = assistant.ask("And what did she say about the delays?", history)
    assert speakers_of(answer) == {"Elena Vasquez"}
    assert any("delays are real" in c.quote for c in answer.citations)


def test_reingest_unchanged_is_a_no_op_and_changed_replaces(make_assistant, tmp_path):
    assistant = make_assistant()
    folder = tmp_path / "articles0"
    again = assistant.ingest([folder])
    assert again.unchanged == 3 and again.articles == 0
    before = assistant.store.counts()
    (folder / "terminal-2024.md").write_text(TERMINAL_2024.replace("two years", "three years"))
    changed = assistant.ingest([folder])
    assert changed.articles == 1 and changed.replaced == 1
    assert assistant.store.counts()["articles"] == before["articles"]
    answer = assistant.ask("What did Elena Vasquez say about the delays?")
    assert answer.verified and all(c.verified for c in answer.citations)


def test_empty_and_bad_questions(make_assistant):
    assistant = make_assistant()
    for bad in ("", "   ", "?!?", "x" * 5000):
        with pytest.raises(InputError):
            assistant.ask(bad)


def test_cli_round_trip(corpus_dir: Path, tmp_path: Path, capsys):
    index = str(tmp_path / "idx")
    assert main(["--index-dir", index, "ask", "anything?"]) == 2
    assert "assistant ingest" in capsys.readouterr().err
    (corpus_dir / "broken.jsonl").write_text("{oops\n")
    assert main(["--index-dir", index, "ingest", str(corpus_dir)]) == 1
    captured = capsys.readouterr()
    assert "3 articles" in captured.out and "1 errors" in captured.out
    assert "broken.jsonl line 1" in captured.err
    assert main(["--index-dir", index, "ask", "What did Peter Okafor say?", "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert set(body) >= {"question", "answer", "abstained", "citations"}
    assert body["citations"][0]["speaker"] == "Peter Okafor"
    assert body["citations"][0]["published"] == "2023-03-14"
    assert main(["--index-dir", index, "speakers"]) == 0
    assert "Elena Vasquez" in capsys.readouterr().out
    assert main(["--index-dir", index, "quotes", "Vasquez", "--json"]) == 0
    quotes = json.loads(capsys.readouterr().out)["quotes"]
    assert [q["published"] for q in quotes] == sorted(q["published"] for q in quotes)
    assert main(["--index-dir", index, "summary", "Elena Vasquez", "--markdown"]) == 0
    assert "[^1]:" in capsys.readouterr().out
    assert main(["--index-dir", index, "ingest", str(tmp_path / "missing")]) == 1


def test_settings_change_never_mixes_indexes(make_assistant, tmp_path):
    make_assistant()
    from assistant.config import load_settings
    from assistant.service import Assistant

    other = Assistant(load_settings(index_dir=tmp_path / "index0", chunk_tokens=64))
    with pytest.raises(IndexProblem, match="other settings"):
        other.ask("What did Peter Okafor say?")


def test_much_quoted_people_are_ranked_from_candidates_alike(make_assistant, monkeypatch):
    from assistant import retrieve

    assistant = make_assistant()
    question = "What did Elena Vasquez say about the container terminal?"
    full = assistant.ask(question)
    monkeypatch.setattr(retrieve, "MANY", 1)  # every speaker counts as much-quoted
    narrowed = assistant.ask(question)
    assert [c.quote for c in narrowed.citations] == [c.quote for c in full.citations]


COUNCIL_VOTE = """date 2024-05-01 Council picks a new board

The city council on Tuesday chose the members of the new harbour board after a long debate.

"We have waited two years for this board, and the harbour cannot wait any longer," said Ada Lind, the council leader. "The dredging has to start before the winter storms."

Lind said the budget for the harbour would rise by a tenth next year.

"I ask every member to support this slate," she said.

Marco Rossi, the opposition leader, said the board was packed with the leader's friends. "This is a board of cronies, chosen in a back room," Rossi said.

Lind said Rossi had seen every name on the list a month ago and had raised no objection.
"""


def test_topic_people_namesakes_and_literal_words(make_assistant):
    assistant = make_assistant({"council.txt": COUNCIL_VOTE})
    answer = assistant.ask("What did Ada Lind say about the rise?")  # one word, used verbatim
    assert [c.quote for c in answer.citations] == [
        "the budget for the harbour would rise by a tenth next year"
    ]
    assert assistant.ask("What did Ada Lind say about the back room?").abstained  # Rossi's words
    answer = assistant.ask("What did Ada Lind say about Marco Rossi?")
    assert speakers_of(answer) == {"Ada Lind"}
    assert any("raised no objection" in c.quote for c in answer.citations)
    store = assistant.store
    (hit,) = store.quotes_by_id(store.phrase_search(["chosen", "in", "a", "back", "room"], 5))
    assert hit.speaker == "Marco Rossi" and store.phrase_search(["room", "back"], 5) == []
    answer = assistant.ask('Who said "a board of cronies, chosen in a back room"?')
    assert answer.citations[0].speaker == "Marco Rossi"
    history = [{"role": "user", "content": "What did Ada Lind say about the harbour?"}]
    answer = assistant.ask("And what did she say about Marco Rossi?", history)
    assert speakers_of(answer) == {"Ada Lind"} and answer.searched["from_history"]
    # "And what about X?": what the same speaker said of X when her statements name X ...
    answer = assistant.ask("And what about Marco Rossi?", history)
    assert speakers_of(answer) == {"Ada Lind"} and answer.searched["from_history"]
    assert any("raised no objection" in c.quote for c in answer.citations)
    # ... else what X said
    history = [{"role": "user", "content": "What did Marco Rossi say about the board?"}]
    answer = assistant.ask("And what about Ada Lind?", history)
    assert speakers_of(answer) == {"Ada Lind"} and not answer.searched["from_history"]
    answer = assistant.ask("What did Giulia Rossi say about the board?")
    assert answer.abstained and answer.searched["unknown_people"] == ["Giulia Rossi"]
    assert "Marco Rossi" in answer.answer and "Marco Rossi" not in speakers_of(answer)
    summary = assistant.summary("Giulia Rossi")
    assert summary.abstained and "another person: Marco Rossi" in summary.answer


def test_did_x_say_shows_the_closest_statements_under_the_claim_as_asked(make_assistant):
    answer = make_assistant().ask('Did Elena Vasquez say the terminal "will never open"?')
    assert not answer.abstained and answer.verified
    header = answer.answer.splitlines()[0]
    assert header.startswith("Elena Vasquez: ") and "closest to the claim" in header
    assert "‘the terminal 'will never open'’" in header  # the asker's marks are not citations
    assert speakers_of(answer) == {"Elena Vasquez"}
