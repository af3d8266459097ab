"""Server mode for teams: the Chroma server is the single source of truth, catalog included.

With ASSISTANT_CHROMA_URL set, vectors live in the server's `-quotes` and `-chunks`
collections as always, and every article's catalog record (text, metadata, statements with
their speakers, chunk membership) is also written to a `-catalog` collection on the server.
Each user's local SQLite catalog (keyword index, joins) is then a cache: whenever a store is
opened it is brought in line with the server (new articles fetched, removed ones dropped), so
several people, each with their own index folder, see one shared index.
"""

from __future__ import annotations

import json
import time
from datetime import date
from typing import Any

from assistant.records import Article, Quote, Speaker

FETCH = 200  # catalog records fetched per request while syncing


def catalog_collection(store: Any) -> Any:
    """The server collection holding one catalog record per article (looked up once per store)."""
    cached = getattr(store, "_team_catalog", None)
    if cached is None or getattr(store, "_team_client", None) is not store.client:
        cached = store.client.get_or_create_collection(
            f"{store.settings.index_name()}-catalog", embedding_function=None
        )
        store._team_catalog, store._team_client = cached, store.client
    return cached


def publish(
    store: Any,
    article: Article,
    quotes: list[Quote],
    chunk_of: dict[str, str],
    n_chunks: int,
    speakers: list[Speaker],
) -> None:
    """Write an article's catalog record to the server (after its vectors)."""
    people = {s.id: s for s in speakers}
    for quote in quotes:  # everyone quoted here, not only the speakers this ingest changed
        if quote.speaker_id and quote.speaker_id not in people:
            known = store.db.execute(
                "SELECT id, name, aliases, role FROM speakers WHERE id = ?", (quote.speaker_id,)
            ).fetchone()
            if known:
                people[known[0]] = Speaker(
                    known[0], known[1], json.loads(known[2] or "[]"), known[3]
                )
    record = {
        "title": article.title,
        "source": article.source or "",
        "author": article.author or "",
        "url": article.url or "",
        "published": article.published_iso or "",
        "path": article.path or "",
        "record_id": article.record_id or "",
        "n_chunks": n_chunks,
        "ingested_at": time.time(),
        "quotes": json.dumps([_quote_row(q, chunk_of) for q in quotes]),
        "speakers": json.dumps([[s.id, s.name, s.aliases, s.role] for s in people.values()]),
    }
    catalog_collection(store).upsert(
        ids=[article.id], embeddings=[[1.0]], documents=[article.text], metadatas=[record]
    )


def unpublish(store: Any, article_id: str) -> None:
    catalog_collection(store).delete(ids=[article_id])


def _quote_row(q: Quote, chunk_of: dict[str, str]) -> list[Any]:
    return [
        q.id,
        q.text,
        q.start,
        q.end,
        q.kind,
        q.speaker,
        q.speaker_mention,
        q.speaker_id,
        q.cue,
        q.about,
        q.confidence,
        chunk_of.get(q.id, ""),
    ]


def sync(store: Any) -> dict[str, int]:
    """Bring the local catalog in line with the server's; returns what changed."""
    collection = catalog_collection(store)
    remote = set(collection.get(include=[])["ids"])
    local = {row[0] for row in store.db.execute("SELECT id FROM articles")}
    gone = sorted(local - remote)
    for article_id in gone:
        _forget(store, article_id)
    new = sorted(remote - local)
    for begin in range(0, len(new), FETCH):
        found = collection.get(ids=new[begin : begin + FETCH], include=["documents", "metadatas"])
        for article_id, text, meta in zip(
            found["ids"], found["documents"], found["metadatas"], strict=True
        ):
            _remember(store, article_id, text, meta)
    return {"fetched": len(new), "dropped": len(gone)}


def _forget(store: Any, article_id: str) -> None:
    """Drop an article from the local catalog only (the server already removed it)."""
    with store.db:
        store.db.execute(
            "DELETE FROM quotes_fts WHERE quote_id IN (SELECT id FROM quotes WHERE article_id = ?)",
            (article_id,),
        )
        store.db.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
        store.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def _remember(store: Any, article_id: str, text: str, meta: dict[str, Any]) -> None:
    published = date.fromisoformat(meta["published"]) if meta.get("published") else None
    article = Article(
        title=meta["title"],
        text=text,
        published=published,
        source=meta["source"] or None,
        author=meta["author"] or None,
        url=meta["url"] or None,
        path=meta["path"] or None,
        record_id=meta.get("record_id") or None,
        id=article_id,
    )
    quotes, chunk_of = [], {}
    for row in json.loads(meta["quotes"]):
        qid, qtext, start, end, kind, speaker, mention, speaker_id, cue, about, conf, chunk = row
        quotes.append(
            Quote(
                article_id=article_id,
                text=qtext,
                start=start,
                end=end,
                kind=kind,
                speaker=speaker,
                speaker_mention=mention,
                speaker_id=speaker_id,
                cue=cue,
                about=about,
                confidence=conf,
                id=qid,
            )
        )
        if chunk:
            chunk_of[qid] = chunk
    speakers = [Speaker(i, n, a, r) for i, n, a, r in json.loads(meta["speakers"])]
    store._commit_article(article, quotes, chunk_of, int(meta["n_chunks"]), speakers)
