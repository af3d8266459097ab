"""The index: vectors in Chroma (via llama-index's ChromaVectorStore), records in a SQLite catalog.

The only module that imports chromadb. One writer per index directory (a lock file); an
article is written all-or-nothing: Chroma first, then one SQLite transaction that makes it
visible. Leftovers of an interrupted write are removed when the next writer opens the index.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock, Timeout

from assistant.config import Settings
from assistant.errors import IndexProblem
from assistant.records import Article, Chunk, Quote, Speaker

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, key TEXT, content_hash TEXT, title TEXT, source TEXT, author TEXT,
  url TEXT, published TEXT, path TEXT, text TEXT, n_quotes INTEGER, n_chunks INTEGER,
  ingested_at REAL);
CREATE INDEX IF NOT EXISTS articles_key ON articles(key);
CREATE INDEX IF NOT EXISTS articles_hash ON articles(content_hash);
CREATE TABLE IF NOT EXISTS quotes (
  id TEXT PRIMARY KEY, article_id TEXT, chunk_id TEXT, speaker_id TEXT, speaker TEXT,
  speaker_mention TEXT, kind TEXT, cue TEXT, about TEXT, confidence REAL,
  start INTEGER, "end" INTEGER, text TEXT);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_id);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE TABLE IF NOT EXISTS speakers (id TEXT PRIMARY KEY, name TEXT, aliases TEXT, role TEXT);
CREATE TABLE IF NOT EXISTS pending (article_id TEXT PRIMARY KEY);
CREATE VIRTUAL TABLE IF NOT EXISTS quotes_fts USING fts5(text, quote_id UNINDEXED);
CREATE TABLE IF NOT EXISTS vectors (id TEXT PRIMARY KEY, article_id TEXT, v BLOB);
CREATE INDEX IF NOT EXISTS vectors_article ON vectors(article_id);
"""
QUOTE_COLUMNS = (
    "id, article_id, chunk_id, speaker_id, speaker, speaker_mention, kind, cue, about, "
    'confidence, start, "end", text'
)


@dataclass
class ArticleRow:
    id: str
    title: str
    source: str | None
    published: str | None
    url: str | None
    n_quotes: int
    n_chunks: int


def _quote_from_row(row: sqlite3.Row) -> Quote:
    return Quote(
        id=row["id"],
        article_id=row["article_id"],
        text=row["text"],
        start=row["start"],
        end=row["end"],
        kind=row["kind"],
        speaker=row["speaker"],
        speaker_mention=row["speaker_mention"],
        speaker_id=row["speaker_id"],
        cue=row["cue"],
        about=row["about"],
        confidence=row["confidence"],
    )


def _rows(value: Any) -> Any:
    """A Chroma result field that may be None (or a numpy array, whose truth is ambiguous)."""
    return [] if value is None else value


def quote_metadata(article: Article, quote: Quote, chunk_id: str) -> dict[str, Any]:
    """What the quotes collection stores beside each statement's vector."""
    return {
        "article_id": article.id,
        "published": article.published_iso or "",
        "speaker_id": quote.speaker_id or "",
        "kind": quote.kind,
        "chunk_id": chunk_id,
    }


def chunk_node(article: Article, chunk: Chunk, vector: np.ndarray) -> Any:
    """The llama-index node the chunks collection stores for one chunk."""
    from llama_index.core.schema import TextNode

    return TextNode(
        id_=chunk.id,
        text=chunk.text,
        embedding=vector.tolist(),
        metadata={
            "article_id": article.id,
            "published": article.published_iso or "",
            "title": article.title,
            "source": article.source or "",
            "start": chunk.start,
            "end": chunk.end,
            "speaker_ids": "|" + "|".join(chunk.speaker_ids) + "|",
            "quote_ids": "|".join(chunk.quote_ids),
        },
    )


class Store:
    """Chroma collections for quotes and chunks plus the SQLite catalog of one index."""

    def __init__(self, settings: Settings, writer: bool = False) -> None:
        self.settings = settings
        self.path = settings.index_path()
        self._lock: FileLock | None = None
        self.db: sqlite3.Connection = None  # type: ignore[assignment]  # set by _open
        if not writer and not settings.chroma_url and not (self.path / "catalog.sqlite").exists():
            raise IndexProblem(self._missing_message())
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise IndexProblem(
                f"cannot create the index folder {self.path} ({exc.strerror}); choose another "
                "folder with --index-dir or ASSISTANT_INDEX_DIR"
            ) from None
        if writer:
            self._lock = FileLock(str(self.path / "writer.lock"))
            try:
                self._lock.acquire(timeout=0)
            except Timeout:
                raise IndexProblem(
                    f"another ingest is writing to {self.path}; wait for it to finish and retry"
                ) from None
        try:
            self._open(writer)
        except BaseException:
            # A failed open must not keep the writer lock (a long-lived UI would stay locked).
            self.close()
            raise

    def _open(self, writer: bool) -> None:
        self._check_manifest(writer)
        try:
            self.db = sqlite3.connect(str(self.path / "catalog.sqlite"), timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise IndexProblem(
                f"the index at {self.path} is corrupt ({exc}); delete that folder and "
                "rebuild it with `assistant ingest PATH...`"
            ) from exc
        self._data_version = self.catalog_version()
        self._open_chroma()
        self._check_consistent()
        if writer:
            self._remove_leftovers()
        if self.settings.chroma_url:  # the server holds the catalog too: refresh our copy
            from assistant.team import sync

            sync(self)

    def _check_consistent(self) -> None:
        """IndexProblem when the catalog and the vectors cannot belong together (a damaged
        catalog, a deleted or foreign Chroma folder): answers would silently miss statements."""
        stored, expected = self.db.execute(
            "SELECT (SELECT COUNT(*) FROM quotes), (SELECT COALESCE(SUM(n_quotes), 0) FROM articles)"
        ).fetchone()
        rebuild = f"delete {self.path} and rebuild it with `assistant ingest PATH...`"
        if stored != expected:
            raise IndexProblem(
                f"the catalog of the index at {self.path} is damaged ({stored} statements "
                f"stored, {expected} expected); {rebuild}"
            )
        if stored and self.quotes.count() == 0:
            where = self.settings.chroma_url or str(self.path / "chroma")
            raise IndexProblem(
                f"the vectors of the index at {self.path} are missing from {where} (deleted, "
                f"or another index's); {rebuild}"
            )

    # --- opening ---------------------------------------------------------------------------

    def _missing_message(self) -> str:
        root = Path(self.settings.index_dir)
        others = sorted(
            p.parent.name for p in root.glob("*/manifest.json") if p.parent != self.path
        )
        hint = ""
        if others:
            hint = (
                f" (found {', '.join(others)}, built with other settings such as another "
                "embedding model, chunk size or attribution version; re-ingest your articles "
                "to build the index for the current settings)"
            )
        return f"no index at {self.path}{hint}: run `assistant ingest PATH...` first"

    def _check_manifest(self, writer: bool) -> None:
        manifest = self.path / "manifest.json"
        wanted = self.settings.stored_settings()
        if manifest.exists():
            try:
                found = json.loads(manifest.read_text())
            except (OSError, ValueError) as exc:
                raise IndexProblem(
                    f"{manifest} is unreadable ({exc.__class__.__name__}); delete {self.path} "
                    "and rebuild with `assistant ingest PATH...`"
                ) from exc
            if found != wanted:
                raise IndexProblem(
                    f"the index at {self.path} was built with other settings ({found}); delete "
                    "it and rebuild with `assistant ingest PATH...`"
                )
        elif writer:
            manifest.write_text(json.dumps(wanted, indent=2, sort_keys=True))

    def _open_chroma(self) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from llama_index.vector_stores.chroma import ChromaVectorStore

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        try:
            if self.settings.chroma_url:
                from urllib.parse import urlparse

                url = urlparse(self.settings.chroma_url)
                self.client = chromadb.HttpClient(
                    host=url.hostname or "127.0.0.1",
                    port=url.port or 8000,
                    ssl=url.scheme == "https",
                    settings=chroma_settings,
                )
            else:
                self.client = chromadb.PersistentClient(
                    path=str(self.path / "chroma"), settings=chroma_settings
                )
            prefix = self.settings.index_name()
            # embedding_function=None: we always pass our own vectors; Chroma's default
            # embedding function would try to download a model.
            self.quotes = self.client.get_or_create_collection(
                f"{prefix}-quotes", embedding_function=None, metadata={"hnsw:space": "cosine"}
            )
            self.chunks = self.client.get_or_create_collection(
                f"{prefix}-chunks", embedding_function=None, metadata={"hnsw:space": "cosine"}
            )
        except Exception as exc:  # chromadb raises many types; all mean the same to a user
            where = self.settings.chroma_url or str(self.path / "chroma")
            raise IndexProblem(
                f"cannot open the Chroma store at {where} ({exc.__class__.__name__}: {exc}); "
                "if it is corrupt, delete it and rebuild with `assistant ingest PATH...`"
            ) from exc
        self.chunk_store = ChromaVectorStore(chroma_collection=self.chunks)

    def _batch_size(self) -> int:
        try:
            return max(1, min(int(self.client.get_max_batch_size()), 5000))
        except Exception:  # older servers do not say; 1000 is far below every known limit
            return 1000

    def _remove_leftovers(self) -> None:
        """Delete vectors of articles whose write never committed (crash mid-ingest)."""
        pending = [row[0] for row in self.db.execute("SELECT article_id FROM pending")]
        for article_id in pending:
            self._delete_vectors(article_id)
        with self.db:
            self.db.execute("DELETE FROM pending")

    def catalog_version(self) -> int:
        """A number that changes when another connection commits to the catalog."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def _refresh_vectors(self) -> None:
        """Reopen Chroma when another process committed since we looked: the embedded client
        keeps its vector index in memory and would not see the other process's vectors."""
        if self._lock is not None or self.settings.chroma_url:
            return  # the writer makes the changes itself; a server is shared by everyone
        version = self.catalog_version()
        if version != self._data_version:
            self._data_version = version
            self._close_chroma()
            self._open_chroma()

    def _close_chroma(self) -> None:
        client = getattr(self, "client", None)
        self.client = None  # type: ignore[assignment]
        if client is not None:
            try:
                client.close()  # the last client of a path stops its system and frees the index
            except Exception:  # closing is best effort; nothing a user can do about it
                pass

    def close(self) -> None:
        writer = self._lock is not None and self._lock.is_locked
        self._close_chroma()  # the writer's vector index reaches the disk here
        if getattr(self, "db", None) is not None:
            if writer and not self.settings.chroma_url:
                self._announce_vectors()
            self.db.close()
            self.db = None  # type: ignore[assignment]
        if writer:
            self._lock.release()  # type: ignore[union-attr]

    def _announce_vectors(self) -> None:
        """One last commit after the vectors are on disk, so that a chat open beside this ingest
        sees the catalog change and reopens Chroma (`_refresh_vectors`) with all of them: its
        last reopen may have come between our last article and the flush."""
        try:
            with self.db:
                self.db.execute("INSERT OR IGNORE INTO pending VALUES ('')")
                self.db.execute("DELETE FROM pending WHERE article_id = ''")
        except sqlite3.Error:  # best effort: readers still see everything on their next reopen
            pass

    # --- writing ---------------------------------------------------------------------------

    def article_by_hash(self, content_hash: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row[0] if row else None

    def articles_with_key(self, key: str) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles WHERE key = ?", (key,))]

    def _delete_vectors(self, article_id: str) -> None:
        for collection in (self.quotes, self.chunks):
            collection.delete(where={"article_id": article_id})

    def delete_article(self, article_id: str) -> bool:
        """Remove an article with its quotes and chunks; True if it existed."""
        with self.db:
            self.db.execute("INSERT OR IGNORE INTO pending VALUES (?)", (article_id,))
        if self.settings.chroma_url:
            from assistant.team import unpublish

            unpublish(self, article_id)
        self._delete_vectors(article_id)
        with self.db:
            found = self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
            self.db.execute(
                "DELETE FROM quotes_fts WHERE quote_id IN "
                "(SELECT id FROM quotes WHERE article_id = ?)",
                (article_id,),
            )
            self.db.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
            self.db.execute("DELETE FROM vectors WHERE article_id = ?", (article_id,))
            self.db.execute("DELETE FROM pending WHERE article_id = ?", (article_id,))
        return bool(found)

    def add_article(
        self,
        article: Article,
        quotes: list[Quote],
        chunks: list[Chunk],
        quote_vectors: np.ndarray,
        chunk_vectors: np.ndarray,
        speakers: list[Speaker],
    ) -> None:
        """Write one article all-or-nothing (vectors first, then the catalog commit)."""
        self.add_articles([(article, quotes, chunks, quote_vectors, chunk_vectors, speakers)])

    def add_articles(self, items: list[tuple]) -> None:
        """Write articles, each all-or-nothing: the vectors of all of them first, in one Chroma
        call per collection (a call costs ~50 ms whatever its size), then one catalog commit
        per article. Items are (article, quotes, chunks, quote_vectors, chunk_vectors, speakers)."""
        ids = [item[0].id for item in items]
        with self.db:
            self.db.executemany("INSERT OR IGNORE INTO pending VALUES (?)", [(i,) for i in ids])
        for collection in (self.quotes, self.chunks):
            collection.delete(where={"article_id": {"$in": ids}})  # type: ignore[dict-item]
        rows: list[tuple[str, list[float], str, dict]] = []
        nodes = []
        for article, quotes, chunks, quote_vectors, chunk_vectors, _ in items:
            chunk_of = {qid: c.id for c in chunks for qid in c.quote_ids}
            for q, vec in zip(quotes, quote_vectors.tolist(), strict=True):
                rows.append((q.id, vec, q.text, quote_metadata(article, q, chunk_of.get(q.id, ""))))
            nodes += [
                chunk_node(article, c, vec) for c, vec in zip(chunks, chunk_vectors, strict=True)
            ]
        batch = self._batch_size()
        for begin in range(0, len(rows), batch):  # Chroma refuses batches over its maximum
            part = rows[begin : begin + batch]
            self.quotes.add(
                ids=[r[0] for r in part],
                embeddings=[r[1] for r in part],  # type: ignore[arg-type]
                documents=[r[2] for r in part],
                metadatas=[r[3] for r in part],
            )
        for begin in range(0, len(nodes), batch):
            self.chunk_store.add(nodes[begin : begin + batch])  # type: ignore[arg-type]
        for article, quotes, chunks, quote_vectors, chunk_vectors, speakers in items:
            chunk_of = {qid: c.id for c in chunks for qid in c.quote_ids}
            with self.db:  # a copy of the vectors for speaker-filtered answers
                from assistant import vector_mirror

                vector_mirror.keep(self.db, article.id, [q.id for q in quotes], quote_vectors)
                vector_mirror.keep(self.db, article.id, [c.id for c in chunks], chunk_vectors)
            self._commit_article(article, quotes, chunk_of, len(chunks), speakers)
            if self.settings.chroma_url:  # teammates' catalogs sync from the server's copy
                from assistant.team import publish

                publish(self, article, quotes, chunk_of, len(chunks), speakers)

    def _commit_article(
        self,
        article: Article,
        quotes: list[Quote],
        chunk_of: dict[str, str],
        n_chunks: int,
        speakers: list[Speaker],
    ) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    article.id,
                    article.key,
                    article.content_hash,
                    article.title,
                    article.source,
                    article.author,
                    article.url,
                    article.published_iso,
                    article.path,
                    article.text,
                    len(quotes),
                    n_chunks,
                    time.time(),
                ),
            )
            self.db.execute("DELETE FROM quotes WHERE article_id = ?", (article.id,))
            self.db.executemany(
                f"INSERT INTO quotes ({QUOTE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [
                    (
                        q.id,
                        q.article_id,
                        chunk_of.get(q.id, ""),
                        q.speaker_id,
                        q.speaker,
                        q.speaker_mention,
                        q.kind,
                        q.cue,
                        q.about,
                        q.confidence,
                        q.start,
                        q.end,
                        q.text,
                    )
                    for q in quotes
                ],
            )
            self.db.executemany(
                "INSERT INTO quotes_fts (text, quote_id) VALUES (?, ?)",
                [(q.text, q.id) for q in quotes],
            )
            self.db.executemany(
                "INSERT OR REPLACE INTO speakers VALUES (?,?,?,?)",
                [(s.id, s.name, json.dumps(s.aliases), s.role) for s in speakers],
            )
            self.db.execute("DELETE FROM pending WHERE article_id = ?", (article.id,))

    # --- reading ---------------------------------------------------------------------------

    def speakers(self) -> list[Speaker]:
        return [
            Speaker(
                id=r["id"], name=r["name"], aliases=json.loads(r["aliases"] or "[]"), role=r["role"]
            )
            for r in self.db.execute("SELECT * FROM speakers")
        ]

    def speaker_stats(self) -> list[dict[str, Any]]:
        """Per speaker with statements: name, count, first and last date."""
        rows = self.db.execute(
            "SELECT s.id, s.name, s.role, COUNT(q.id) AS n, MIN(a.published) AS first, "
            "MAX(a.published) AS last, COUNT(DISTINCT a.id) AS articles FROM speakers s "
            "JOIN quotes q ON q.speaker_id = s.id JOIN articles a ON a.id = q.article_id "
            "GROUP BY s.id ORDER BY n DESC, s.name"
        )
        return [dict(r) for r in rows]

    def quotes_by(self, speaker_ids: list[str]) -> list[Quote]:
        if not speaker_ids:
            return []
        marks = ",".join("?" * len(speaker_ids))
        rows = self.db.execute(
            f"SELECT {QUOTE_COLUMNS} FROM quotes WHERE speaker_id IN ({marks})", speaker_ids
        )
        return [_quote_from_row(r) for r in rows]

    def quotes_by_id(self, quote_ids: list[str]) -> list[Quote]:
        found: list[Quote] = []
        for begin in range(0, len(quote_ids), 500):
            part = quote_ids[begin : begin + 500]
            marks = ",".join("?" * len(part))
            rows = self.db.execute(
                f"SELECT {QUOTE_COLUMNS} FROM quotes WHERE id IN ({marks})", part
            )
            found.extend(_quote_from_row(r) for r in rows)
        return found

    def keyword_search(self, query: str, limit: int) -> list[tuple[str, float]]:
        """(quote id, bm25 score, higher is better) from SQLite FTS5."""
        words = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if len(w) > 1]
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in words)
        rows = self.db.execute(
            "SELECT quote_id, -bm25(quotes_fts) FROM quotes_fts WHERE quotes_fts MATCH ? "
            "ORDER BY bm25(quotes_fts) LIMIT ?",
            (match, limit),
        )
        return [(r[0], float(r[1])) for r in rows]

    def phrase_search(self, words: list[str], limit: int) -> list[str]:
        """Ids of statements holding these words in this order (an FTS5 phrase query)."""
        words = [w for w in words if w.isalnum()]
        if not words:
            return []
        phrase = '"' + " ".join(words) + '"'
        rows = self.db.execute(
            "SELECT quote_id FROM quotes_fts WHERE quotes_fts MATCH ? LIMIT ?", (phrase, limit)
        )
        return [r[0] for r in rows]

    def speaker_quote_count(self, speaker_ids: list[str]) -> int:
        marks = ",".join("?" * len(speaker_ids))
        row = self.db.execute(
            f"SELECT COUNT(*) FROM quotes WHERE speaker_id IN ({marks})", speaker_ids
        ).fetchone()
        return int(row[0]) if speaker_ids else 0

    def statements_with_words(
        self, words: list[str], speaker_ids: list[str], limit: int
    ) -> list[str]:
        """Ids of these speakers' statements containing any of the words (case-insensitive).
        A scan of one speaker's rows by index: cheaper than a full-text match over everyone."""
        if not words or not speaker_ids:
            return []
        marks = ",".join("?" * len(speaker_ids))
        tests = " OR ".join("instr(lower(text), ?) > 0" for _ in words)
        rows = self.db.execute(
            f"SELECT id FROM quotes WHERE speaker_id IN ({marks}) AND ({tests}) LIMIT ?",
            (*speaker_ids, *[w.lower() for w in words], limit),
        )
        return [r[0] for r in rows]

    def nearest_of_speakers(
        self, vector: np.ndarray, speaker_ids: list[str], limit: int
    ) -> list[tuple[str, float]]:
        """(quote id, cosine) of these speakers' statements nearest the vector."""
        from assistant import vector_mirror

        if getattr(self, "_speaker_vectors", None) is None:
            self._speaker_vectors = vector_mirror.SpeakerVectors()
        key = (self.catalog_version(), self.db.total_changes)
        found = self._speaker_vectors.nearest(self.db, key, vector, speaker_ids, limit)
        return found if found is not None else self.vector_search(vector, limit, speaker_ids)

    def vector_search(
        self, vector: np.ndarray, limit: int, speaker_ids: list[str] | None = None
    ) -> list[tuple[str, float]]:
        """(quote id, cosine similarity) of the nearest quotes (of these speakers, if given)."""
        self._refresh_vectors()
        total = self.quotes.count()
        if total == 0:
            return []
        where: Any = {"speaker_id": {"$in": speaker_ids}} if speaker_ids else None
        found = self.quotes.query(
            query_embeddings=[vector.tolist()], n_results=min(limit, total), where=where
        )
        return [
            (qid, 1.0 - float(d))
            for qid, d in zip(found["ids"][0], _rows(found["distances"])[0], strict=False)
        ]

    def quote_vectors(self, quote_ids: list[str]) -> dict[str, np.ndarray]:
        if not quote_ids:
            return {}
        from assistant import vector_mirror  # SQLite copies first: Chroma's get is slow

        kept = vector_mirror.fetch(self.db, quote_ids)
        missing = [qid for qid in quote_ids if qid not in kept]
        if not missing:
            return kept
        self._refresh_vectors()
        found = self.quotes.get(ids=missing, include=["embeddings"])
        return kept | {
            qid: np.asarray(v, dtype=np.float32)
            for qid, v in zip(found["ids"], _rows(found["embeddings"]), strict=False)
        }

    def context_vectors(self, quote_ids: list[str]) -> dict[str, np.ndarray]:
        """Vector of the chunk around each quote: its context, for topic relevance."""
        chunk_of: dict[str, str] = {}
        for begin in range(0, len(quote_ids), 500):
            part = quote_ids[begin : begin + 500]
            marks = ",".join("?" * len(part))
            for row in self.db.execute(
                f"SELECT id, chunk_id FROM quotes WHERE id IN ({marks})", part
            ):
                if row[1]:
                    chunk_of[row[0]] = row[1]
        if not chunk_of:
            return {}
        from assistant import vector_mirror  # SQLite copies first: Chroma's get is slow

        wanted = sorted(set(chunk_of.values()))
        by_chunk: dict[str, Any] = dict(vector_mirror.fetch(self.db, wanted))
        missing = [cid for cid in wanted if cid not in by_chunk]
        if missing:
            found = self.chunks.get(ids=missing, include=["embeddings"])
            by_chunk |= dict(zip(found["ids"], _rows(found["embeddings"]), strict=False))
        return {
            qid: np.asarray(by_chunk[cid], dtype=np.float32)
            for qid, cid in chunk_of.items()
            if cid in by_chunk
        }

    def article_meta(self, article_ids: list[str]) -> dict[str, sqlite3.Row]:
        if not article_ids:
            return {}
        marks = ",".join("?" * len(article_ids))
        rows = self.db.execute(
            f"SELECT id, title, source, published, url, author FROM articles WHERE id IN ({marks})",
            article_ids,
        )
        return {r["id"]: r for r in rows}

    def article_text(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def articles(self) -> list[ArticleRow]:
        rows = self.db.execute(
            "SELECT id, title, source, published, url, n_quotes, n_chunks FROM articles "
            "ORDER BY published DESC, title"
        )
        return [ArticleRow(**dict(r)) for r in rows]

    def counts(self) -> dict[str, int]:
        one = self.db.execute
        return {
            "articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
            "quotes": one("SELECT COUNT(*) FROM quotes").fetchone()[0],
            "chunks": int(one("SELECT COALESCE(SUM(n_chunks), 0) FROM articles").fetchone()[0]),
            "speakers": one(
                "SELECT COUNT(DISTINCT speaker_id) FROM quotes WHERE speaker_id IS NOT NULL"
            ).fetchone()[0],
        }


@contextmanager
def open_store(settings: Settings, writer: bool = False) -> Iterator[Store]:
    store = Store(settings, writer=writer)
    try:
        yield store
    finally:
        store.close()
