"""Crash safety: an article is written all-or-nothing. A `kill -9` mid-ingest leaves an index
that opens, shows no half-written article, and the next ingest completes it without duplicates."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.config import load_settings
from assistant.records import Article, Quote
from assistant.service import Assistant
from assistant.store import Store
from tests.conftest import REPO, write_corpus

FIRST = ["Amara", "Bruno", "Carla", "Dmitri", "Eva", "Farid", "Greta", "Hugo"]
LAST = ["Okonkwo", "Lindahl", "Moreau", "Santos", "Novak", "Ishikawa"]


def town_articles(count: int) -> dict[str, str]:
    """`count` distinct short articles, each quoting a different named official."""
    articles = {}
    for n in range(count):
        name = f"{FIRST[n % len(FIRST)]} {LAST[n // len(FIRST) % len(LAST)]}"
        articles[f"town-{n:03d}.txt"] = (
            f"date 2023-{n % 12 + 1:02d}-{n % 27 + 1:02d} Council vote number {n}\n\n"
            f"The council of district {n} voted on the new water plan on Tuesday.\n\n"
            f"“We will fix the {n} broken pipes before winter,” councillor {name} said.\n\n"
            f"{name.split()[1]} added that the budget for district {n} would rise by {n + 3} "
            f"percent.\n\nResidents have complained about leaks for years.\n"
        )
    return articles


def index_state(settings) -> dict:
    """Catalog and Chroma contents of an index, read through a reader (non-writer) store."""
    store = Store(settings)
    try:
        catalog = {r["id"]: r for r in store.db.execute("SELECT * FROM articles")}
        quote_rows = store.db.execute("SELECT id, article_id FROM quotes").fetchall()
        pending = {r[0] for r in store.db.execute("SELECT article_id FROM pending")}
        chroma_quotes = store.quotes.get(include=["metadatas"])
        chroma_chunks = store.chunks.get(include=["metadatas"])
        nearest = set()
        if store.quotes.count():  # the HNSW index, not just Chroma's metadata tables
            found = store.quotes.query(
                query_embeddings=[[0.0] * 383 + [1.0]], n_results=store.quotes.count()
            )
            nearest = set(found["ids"][0])
        return {
            "catalog": catalog,
            "titles": [r["title"] for r in catalog.values()],
            "quote_ids": [r[0] for r in quote_rows],
            "quote_articles": [r[1] for r in quote_rows],
            "pending": pending,
            "chroma_quote_ids": chroma_quotes["ids"],
            "chroma_quote_articles": [m["article_id"] for m in chroma_quotes["metadatas"]],
            "chroma_chunk_articles": [m["article_id"] for m in chroma_chunks["metadatas"]],
            "nearest": nearest,
        }
    finally:
        store.close()


def assert_no_half_written_article(state: dict) -> None:
    """Every catalog article has exactly its quotes and chunks in Chroma; anything else in
    Chroma belongs to an uncommitted (pending) write and is invisible to answers."""
    for article_id, row in state["catalog"].items():
        assert state["quote_articles"].count(article_id) == row["n_quotes"]
        assert state["chroma_quote_articles"].count(article_id) == row["n_quotes"]
        assert state["chroma_chunk_articles"].count(article_id) == row["n_chunks"]
    strays = set(state["chroma_quote_articles"] + state["chroma_chunk_articles"])
    assert strays - set(state["catalog"]) <= state["pending"]
    assert len(state["titles"]) == len(set(state["titles"])), "duplicate articles"
    assert len(state["quote_ids"]) == len(set(state["quote_ids"])), "duplicate quotes"


def ingest_process(index: Path, corpus: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASSISTANT_", "OPENAI_"))}
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", "--index-dir", str(index), "ingest", str(corpus)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_when(process: subprocess.Popen, catalog: Path, articles: int, mid_write: bool) -> int:
    """SIGKILL the process once `articles` are committed (and, if `mid_write`, while an article
    is between its Chroma write and its catalog commit). Returns the committed count seen."""
    deadline = time.monotonic() + 240
    seen = 0
    while time.monotonic() < deadline and process.poll() is None:
        if catalog.exists():
            try:
                db = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=1)
                seen = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                pending = db.execute("SELECT COUNT(*) FROM pending").fetchone()[0]
                db.close()
            except sqlite3.Error:
                continue  # schema not created yet
            if seen >= articles and (pending or not mid_write or seen >= articles + 15):
                break
        time.sleep(0.002)
    assert process.poll() is None, f"ingest finished before the kill: {process.communicate()}"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    assert not survivors(str(catalog.parent.parent)), "a worker outlived the killed ingest"
    return seen


def survivors(marker: str, wait: float = 15.0) -> list[int]:
    """Processes (e.g. an attribution worker) still running with `marker` in their command
    line, after giving them `wait` seconds to notice their parent is gone."""
    deadline = time.monotonic() + wait
    while True:
        found = []
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                if marker in (proc / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(proc.name))
            except OSError:
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


@pytest.mark.integration
def test_kill_9_mid_ingest_then_rerun_completes_without_duplicates(tmp_path):
    total = 60  # room for the killer to catch the ingest mid-way on a fast machine
    corpus = write_corpus(tmp_path / "corpus", town_articles(total))
    index = tmp_path / "index"
    settings = load_settings(index_dir=index)
    catalog = settings.index_path() / "catalog.sqlite"
    counts = []
    for articles, mid_write in ((3, True), (12, False)):
        seen = kill_when(ingest_process(index, corpus), catalog, articles, mid_write)
        state = index_state(settings)  # the index opens after a kill -9
        assert_no_half_written_article(state)
        counts.append(len(state["catalog"]))
        assert len(state["catalog"]) >= seen
    assert counts[1] > counts[0] > 0  # the second run kept what the first one committed
    done = ingest_process(index, corpus)
    out, err = done.communicate(timeout=600)
    assert done.returncode == 0, err
    assert f"{total - counts[1]} articles" in out and f"({counts[1]} unchanged)" in out
    state = index_state(settings)
    assert_no_half_written_article(state)
    assert not state["pending"]
    assert len(state["catalog"]) == total
    assert sorted(state["chroma_quote_ids"]) == sorted(state["quote_ids"])
    assert state["nearest"] == set(state["quote_ids"]), "vectors lost from Chroma's index"
    # What a user sees: each statement once, the speaker credited.
    assistant = Assistant(settings)
    try:
        _people, statements = assistant.quotes_of("Carla Moreau")
        texts = [s.quote.text for s in statements]
        assert texts and len(texts) == len(set(texts))
    finally:
        assistant.close()


# --- all-or-nothing, deterministically: failures injected at the worst moments -------------------


def test_crash_between_chroma_write_and_catalog_commit_leaves_no_trace(tmp_path, monkeypatch):
    settings = load_settings(index_dir=tmp_path / "index")
    article = Article(title="Pipes", text="“The pipes are fixed,” Mayor Ada Quist said.")
    quote = Quote(
        article_id=article.id,
        text="The pipes are fixed,",
        start=1,
        end=21,
        kind="direct",
        speaker="Ada Quist",
    )
    vectors = np.ones((1, 384), dtype=np.float32) / np.sqrt(384)

    def crash(*_args, **_kwargs):
        raise KeyboardInterrupt  # stands in for the process dying right here

    monkeypatch.setattr(Store, "_commit_article", crash)
    store = Store(settings, writer=True)
    with pytest.raises(KeyboardInterrupt):
        store.add_article(article, [quote], [], vectors, np.zeros((0, 384)), [])
    store.close()
    state = index_state(settings)
    assert not state["catalog"] and state["pending"] == {article.id}
    assert state["chroma_quote_articles"] == [article.id]  # the half-written leftover...
    monkeypatch.undo()
    Store(settings, writer=True).close()  # ...is removed by the next writer
    state = index_state(settings)
    assert not state["pending"] and not state["chroma_quote_ids"]


def test_one_failing_article_is_reported_and_the_batch_goes_on(
    make_assistant, tmp_path, monkeypatch
):
    from assistant import attribute as attribution

    assistant = make_assistant(town_articles(3))
    before = assistant.store.counts()
    real = attribution.attribute

    def flaky(article, *args, **kwargs):
        if "district 1 " in article.text:
            raise RuntimeError("attribution bug")
        return real(article, *args, **kwargs)

    monkeypatch.setattr(attribution, "attribute", flaky)
    changed = {
        name: text.replace("water plan", "gas plan") for name, text in town_articles(3).items()
    }
    report = assistant.ingest([write_corpus(tmp_path / "articles0", changed)])
    assert report.articles == 2 and report.replaced == 2
    [failure] = report.errors
    assert failure.path.endswith("town-001.txt")
    assert failure.reason == "could not be indexed (RuntimeError: attribution bug)"
    titles = [row.title for row in assistant.store.articles()]
    # The failed article keeps its old version: nothing already indexed is lost.
    assert sorted(titles) == [f"Council vote number {n}" for n in range(3)]
    assert assistant.store.counts()["articles"] == before["articles"]
    text = next(
        assistant.store.article_text(r.id) for r in assistant.store.articles() if "1" in r.title
    )
    assert "water plan" in text


def test_article_with_more_statements_than_a_chroma_batch(tmp_path):
    settings = load_settings(index_dir=tmp_path / "index")
    sentence = "The board approved item number {:05d}. "
    text = "".join(sentence.format(n) for n in range(6000))
    article = Article(title="Minutes", text=text)
    step = len(sentence.format(0))
    quotes = [
        Quote(
            article_id=article.id,
            text=text[n * step : n * step + step - 1],
            start=n * step,
            end=n * step + step - 1,
            kind="author",
        )
        for n in range(6000)
    ]
    vectors = np.random.default_rng(0).normal(size=(6000, 384)).astype(np.float32)
    store = Store(settings, writer=True)
    try:
        assert store._batch_size() < 6000  # Chroma's own limit is 5461 here
        store.add_article(article, quotes, [], vectors, np.zeros((0, 384)), [])
        assert store.counts()["quotes"] == 6000 and store.quotes.count() == 6000
    finally:
        store.close()
