"""The ingest hot path's machinery: skip unchanged articles before loading anything, attribute
in a worker process while the main process embeds, and embed each distinct passage once.

`Assistant.ingest` (service.py) drives it; nothing here writes to the index.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import Any

import numpy as np

from assistant.config import Settings, offline_environment
from assistant.records import Article, Quote

POOL_MIN_ARTICLES = 24  # fewer new articles than this: attribute inline (a worker costs ~2 s)
GROUP_ARTICLES = 16  # articles whose statements are embedded in one length-sorted call
WINDOW = 3 * GROUP_ARTICLES  # articles handed to the attribution worker ahead of the embedder


def known_hashes(settings: Settings) -> set[str] | None:
    """Content hashes in the local catalog, read with plain sqlite3 (no Chroma, no models).

    None when the catalog cannot answer alone (server mode keeps the truth on the server)."""
    if settings.chroma_url:
        return None
    path = settings.index_path() / "catalog.sqlite"
    if not path.exists():
        return set()
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            return {row[0] for row in db.execute("SELECT content_hash FROM articles")}
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return None  # let the Store report what is wrong


class Timings(dict):  # type: ignore[type-arg]
    """Seconds spent per ingest stage (what `assistant bench` reports as the profile)."""

    def add(self, stage: str, began: float) -> None:
        self[stage] = round(self.get(stage, 0.0) + time.perf_counter() - began, 3)


# --- attribution, inline or in a worker process -----------------------------------------------


def _worker_start() -> None:
    _exit_with_parent(os.getppid())
    offline_environment()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from assistant.attribute import load_nlp

    load_nlp()


def _exit_with_parent(parent: int) -> None:
    """A worker must not outlive its ingest: after a kill -9 or an OOM kill of the parent it
    would wait on its queue forever, holding spaCy's memory."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def attribute_one(article: Article) -> list[Quote] | str:
    """The article's statements, or the reason attribution failed (as text, to cross processes)."""
    from assistant.attribute import attribute
    from assistant.records import trim_quote

    try:
        return [trim_quote(q, article.text) for q in attribute(article)]
    except Exception as exc:  # one bad article must not stop the batch
        return f"could not be indexed ({exc.__class__.__name__}: {str(exc)[:200]})"


def attributed(
    articles: Iterator[Article], timings: Timings, workers: int | None = None
) -> Iterator[tuple[Article, list[Quote] | str]]:
    """(article, quotes or failure) in input order; a worker process attributes ahead of the
    consumer when there are enough articles to pay for starting it."""
    head = list(islice(articles, POOL_MIN_ARTICLES))
    stream = chain(head, articles)
    if workers is None:  # ASSISTANT_INGEST_WORKERS=0 attributes inline (for profiling)
        workers = int(os.environ.get("ASSISTANT_INGEST_WORKERS", "1"))
    use_pool = workers > 0 and len(head) >= POOL_MIN_ARTICLES
    if not use_pool:
        for article in stream:
            began = time.perf_counter()
            result = attribute_one(article)
            timings.add("attribution", began)
            yield article, result
        return
    import multiprocessing

    # fork, not spawn: spawn re-imports the caller's __main__ (breaking scripts without a
    # main guard). The pool starts before this ingest opens Chroma or the embedding model,
    # and the child only runs spaCy.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_worker_start
    ) as pool:
        queue: list[tuple[Article, Future]] = []
        for article in stream:
            queue.append((article, pool.submit(attribute_one, article)))
            if len(queue) >= WINDOW:
                yield _collect(queue.pop(0), timings)
        while queue:
            yield _collect(queue.pop(0), timings)


def _collect(item: tuple[Article, Future], timings: Timings) -> tuple[Article, list[Quote] | str]:
    began = time.perf_counter()
    article, future = item
    result = future.result()
    timings.add("waiting_for_attribution", began)
    return article, result


def groups(items: Iterable[Any], size: int = GROUP_ARTICLES) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


# --- embedding each distinct passage once -----------------------------------------------------


class PassageCache:
    """Vectors of passages already embedded in this process (syndicated copies, repeated
    boilerplate): identical text is embedded once. Bounded, least recently used out first."""

    def __init__(self, embed: Callable[[list[str]], np.ndarray], size: int = 50_000) -> None:
        self._embed = embed
        self._size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __call__(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if missing:
            for text, vector in zip(missing, self._embed(missing), strict=True):
                self._vectors[text] = vector
        rows = []
        for text in texts:
            self._vectors.move_to_end(text)
            rows.append(self._vectors[text])
        while len(self._vectors) > self._size:
            self._vectors.popitem(last=False)
        if not rows:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack(rows).astype(np.float32, copy=False)
