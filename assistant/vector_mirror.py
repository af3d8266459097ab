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
