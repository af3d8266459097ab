"""Large indexes for the answering benchmark, written with precomputed vectors.

A pool of real generated statements is embedded once (cached next to the index); each stored
statement reuses a pool vector plus a little noise, so ranking behaves as with real vectors while
100k chunks build in a minute or two instead of hours. Each article has 5 chunks of 2 statements,
spoken by people drawn from a skewed (Zipf-like) cast, as in real archives.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np

from assistant.bench_corpus import FIRST, LAST, OUTLETS, TOPICS, _statement
from assistant.chunking import chunk_span
from assistant.config import load_settings
from assistant.records import Article, Quote, Speaker, content_hash
from assistant.store import chunk_node, quote_metadata

CHUNKS_PER_ARTICLE = 5
STATEMENTS_PER_CHUNK = 2
POOL = 2000


def cast() -> list[Speaker]:
    names = [f"{f} {s}" for f in FIRST for s in LAST]
    random.Random(3).shuffle(names)
    return [Speaker(id=content_hash(n.lower()), name=n, aliases=[]) for n in names]


def weights(n: int) -> list[float]:
    return [1.0 / (rank + 1) ** 0.9 for rank in range(n)]


def pool(cache: Path) -> tuple[list[str], np.ndarray]:
    """POOL statement texts and their real vectors (embedded once, then read from cache)."""
    rng = random.Random(11)
    subjects = [s for group in TOPICS.values() for s in group]
    texts = [_statement(rng, rng.choice(subjects)) for _ in range(POOL)]
    if cache.exists():
        return texts, np.load(cache)
    from assistant.embeddings import MiniLMEmbedding

    vectors = MiniLMEmbedding(batch_size=64).embed(texts)
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.save(cache, vectors)
    return texts, vectors


def _article(i: int, rng: random.Random, people: list[Speaker], texts: list[str]) -> tuple:
    chosen = rng.choices(range(len(people)), weights(len(people)), k=2)
    parts: list[str] = []
    spans: list[tuple[int, int, int, Speaker]] = []  # (start, end, pool index, speaker)
    at = 0
    for c in range(CHUNKS_PER_ARTICLE):
        person = people[chosen[c % 2]]
        for s in range(STATEMENTS_PER_CHUNK):
            k = rng.randrange(len(texts))
            quote = f"“{texts[k]}.”"
            tail = f" {person.name} said." if s == 0 else " he added."
            spans.append((at, at + len(quote), k, person))
            piece = quote + tail + (" " if s + 1 < STATEMENTS_PER_CHUNK else "\n\n")
            parts.append(piece)
            at += len(piece)
    published = date(2019, 1, 1) + timedelta(days=rng.randrange(2500))
    article = Article(
        title=f"Report {i}",
        text="".join(parts).rstrip() or "x",
        published=published,
        source=rng.choice(OUTLETS),
        record_id=f"scale-{i}",
    )
    return article, spans


def _records(article: Article, spans: list, vectors: np.ndarray, rng: np.random.Generator):  # type: ignore[no-untyped-def]
    quotes, rows = [], []
    for start, end, k, person in spans:
        quotes.append(
            Quote(
                article_id=article.id,
                text=article.text[start:end],
                start=start,
                end=end,
                kind="direct",
                speaker=person.name,
                speaker_mention=person.name,
                speaker_id=person.id,
                cue="said",
            )
        )
        rows.append(k)
    noisy = vectors[rows] + rng.normal(0, 0.02, (len(rows), vectors.shape[1])).astype(np.float32)
    noisy /= np.linalg.norm(noisy, axis=1, keepdims=True)
    chunks, chunk_vectors = [], []
    for c in range(CHUNKS_PER_ARTICLE):
        members = quotes[c * STATEMENTS_PER_CHUNK : (c + 1) * STATEMENTS_PER_CHUNK]
        chunks.append(chunk_span(article, members, members[0].start, members[-1].end))
        mean = noisy[c * STATEMENTS_PER_CHUNK : (c + 1) * STATEMENTS_PER_CHUNK].mean(axis=0)
        chunk_vectors.append(mean / np.linalg.norm(mean))
    return quotes, noisy, chunks, np.asarray(chunk_vectors, dtype=np.float32)


def built_counts(index_dir: Path, n_chunks: int) -> dict[str, Any] | None:
    """Counts of a complete index built earlier for this size (Chroma's adds are the slow
    part: ~15 min for 100k chunks on 2 busy cores), or None."""
    settings = load_settings(index_dir=index_dir)
    done = settings.index_path() / "complete.json"
    if not done.exists():
        return None
    counts = json.loads(done.read_text())
    return (
        counts
        if counts.get("chunks") == n_chunks // CHUNKS_PER_ARTICLE * CHUNKS_PER_ARTICLE
        else None
    )


def backfill_mirror(index_dir: Path) -> int:
    """Copy vectors from Chroma into the catalog's `vectors` table (indexes built before it)."""
    from assistant import vector_mirror
    from assistant.store import Store

    store = Store(load_settings(index_dir=index_dir), writer=True)
    copied = 0
    try:
        if store.db.execute("SELECT 1 FROM vectors LIMIT 1").fetchone():
            return 0
        for collection in (store.quotes, store.chunks):
            total = collection.count()
            for offset in range(0, total, 5000):
                page = collection.get(
                    limit=5000, offset=offset, include=["embeddings", "metadatas"]
                )
                with store.db:
                    for qid, vector, meta in zip(
                        page["ids"],
                        page["embeddings"],  # type: ignore[arg-type]
                        page["metadatas"],  # type: ignore[arg-type]
                        strict=True,
                    ):
                        owner = str(meta["article_id"])
                        vector_mirror.keep(store.db, owner, [qid], np.asarray([vector]))
                copied += len(page["ids"])
        return copied
    finally:
        store.close()


def build_scale_index(index_dir: Path, corpus: Path, n_chunks: int) -> dict[str, Any]:
    """Write ~n_chunks chunks into a fresh index under index_dir; returns its counts."""
    import shutil

    from assistant.store import Store

    shutil.rmtree(load_settings(index_dir=index_dir).index_path(), ignore_errors=True)

    texts, vectors = pool(index_dir.parent / "pool-vectors.npy")
    people = cast()
    settings = load_settings(index_dir=index_dir)
    store = Store(settings, writer=True)
    store.db.execute("PRAGMA synchronous=OFF")  # a throwaway bench index
    rng, noise = random.Random(9), np.random.default_rng(9)
    batch: list[tuple] = []
    try:
        for i in range(max(1, n_chunks // CHUNKS_PER_ARTICLE)):
            article, spans = _article(i, rng, people, texts)
            batch.append((article, *_records(article, spans, vectors, noise)))
            if len(batch) >= 400:
                _write(store, batch, people)
                batch = []
        if batch:
            _write(store, batch, people)
        counts = store.counts()
        (store.path / "complete.json").write_text(json.dumps(counts))
        return counts
    finally:
        store.close()


def _write(store: Any, batch: list[tuple], people: list[Speaker]) -> None:
    """Many articles at once: one Chroma add per collection, then the catalog rows."""
    by_id = {p.id: p for p in people}
    quotes, metadatas = [], []
    for article, qs, _, chunks, _ in batch:
        chunk_of = {qid: c.id for c in chunks for qid in c.quote_ids}
        for q in qs:
            quotes.append(q)
            metadatas.append(quote_metadata(article, q, chunk_of[q.id]))
    store.quotes.add(
        ids=[q.id for q in quotes],
        embeddings=np.concatenate([v for _, _, v, _, _ in batch]).tolist(),
        documents=[q.text for q in quotes],
        metadatas=metadatas,
    )
    nodes = [
        chunk_node(a, c, v)
        for a, _, _, chunks, cv in batch
        for c, v in zip(chunks, cv, strict=True)
    ]
    store.chunk_store.add(nodes)
    from assistant import vector_mirror

    with store.db:
        for article, qs, qv, chunks, cv in batch:
            vector_mirror.keep(store.db, article.id, [q.id for q in qs], qv)
            vector_mirror.keep(store.db, article.id, [c.id for c in chunks], cv)
    for article, qs, _, chunks, _ in batch:
        chunk_of = {qid: c.id for c in chunks for qid in c.quote_ids}
        speakers = [by_id[s] for s in sorted({q.speaker_id for q in qs if q.speaker_id})]
        store._commit_article(article, qs, chunk_of, len(chunks), speakers)


def questions(assistant: Any, rng: random.Random, n: int) -> dict[str, list[str]]:
    """Questions with a speaker filter (who is asked about is named) and without."""
    stats = assistant.speakers()
    names = [row["name"] for row in stats[:60]]
    subjects = [s for group in TOPICS.values() for s in group]
    filtered = [f"What did {rng.choice(names)} say about {rng.choice(subjects)}?" for _ in range(n)]
    unfiltered = [f"What was said about {rng.choice(subjects)}?" for _ in range(n)]
    return {"filtered": filtered, "unfiltered": unfiltered}
