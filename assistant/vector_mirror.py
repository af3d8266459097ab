"""A copy of each statement's and chunk's vector in the SQLite catalog (table `vectors`, made
with the catalog in store.SCHEMA), for speaker-filtered answers: a prolific speaker has
thousands of statements, and fetching their vectors from Chroma by id costs ~140 ms at 100k
chunks, against a few ms for SQLite blobs. Chroma stays the vector index (nearest-neighbour
search); ids missing here (older indexes, catalogs synced from a team server) are fetched from
Chroma as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

import numpy as np


def keep(db: sqlite3.Connection, article_id: str, ids: Iterable[str], vectors: np.ndarray) -> None:
    """Store vectors (rows aligned with ids) for one article; call inside its transaction."""
    rows = np.asarray(vectors, dtype=np.float32)
    db.executemany(
        "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
        [(i, article_id, row.tobytes()) for i, row in zip(ids, rows, strict=True)],
    )


def forget(db: sqlite3.Connection, article_id: str) -> None:
    db.execute("DELETE FROM vectors WHERE article_id = ?", (article_id,))


def fetch(db: sqlite3.Connection, ids: list[str]) -> dict[str, np.ndarray]:
    """Vectors found for these ids (absent ones are left out)."""
    found: dict[str, np.ndarray] = {}
    for begin in range(0, len(ids), 900):
        part = ids[begin : begin + 900]
        marks = ",".join("?" * len(part))
        for row in db.execute(f"SELECT id, v FROM vectors WHERE id IN ({marks})", part):
            found[row[0]] = np.frombuffer(row[1], dtype=np.float32)
    return found


class SpeakerVectors:
    """Every attributed statement's vector in memory, sorted by speaker, for much-quoted
    people at scale: a speaker's rows are one slice, ranked by a single matrix product.
    Chroma's `where`-filtered search costs ~100 ms at 100k statements; this costs a few ms
    after a one-time load (~1.5 KB a statement). Reloaded when the catalog changes."""

    def __init__(self) -> None:
        self._key: object = None
        self._ids: list[str] = []
        self._matrix = np.zeros((0, 0), dtype=np.float32)
        self._slices: dict[str, tuple[int, int]] = {}

    def _load(self, db: sqlite3.Connection) -> None:
        rows = db.execute(
            "SELECT q.speaker_id, q.id, v.v FROM quotes q JOIN vectors v ON v.id = q.id "
            "WHERE q.speaker_id IS NOT NULL AND q.speaker_id != '' AND q.kind != 'author' "
            "ORDER BY q.speaker_id"
        ).fetchall()
        self._ids = [r[1] for r in rows]
        self._slices = {}
        for index, row in enumerate(rows):
            start, _ = self._slices.get(row[0], (index, index))
            self._slices[row[0]] = (start, index + 1)
        blob = b"".join(r[2] for r in rows)
        width = len(rows[0][2]) // 4 if rows else 0
        self._matrix = np.frombuffer(blob, dtype=np.float32).reshape(len(rows), width)

    def nearest(
        self,
        db: sqlite3.Connection,
        key: object,
        vector: np.ndarray,
        speaker_ids: list[str],
        limit: int,
    ) -> list[tuple[str, float]] | None:
        """(statement id, cosine) of these speakers' statements nearest the vector; None when
        the mirror holds none of them (an index whose vectors live only in Chroma)."""
        if key != self._key:
            self._load(db)
            self._key = key
        spans = [self._slices[s] for s in speaker_ids if s in self._slices]
        if not spans:
            return None
        found: list[tuple[str, float]] = []
        for start, end in spans:
            sims = self._matrix[start:end] @ np.asarray(vector, dtype=np.float32)
            top = np.argsort(-sims)[:limit]
            found.extend((self._ids[start + i], float(sims[i])) for i in top)
        return sorted(found, key=lambda hit: -hit[1])[:limit]
