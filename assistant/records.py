"""The nouns of the product: articles, speakers, quotes, chunks, citations, answers. No I/O."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Literal

QuoteKind = Literal["direct", "indirect", "mixed", "author"]
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "author")


def content_hash(*parts: object) -> str:
    """Return a short, stable sha256 hex digest of the given parts."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(str(part if part is not None else "").encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:20]


@dataclass
class Article:
    """One news article as read from a file or record."""

    title: str
    text: str
    published: date | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    path: str | None = None
    record_id: str | None = None  # the record's own id (JSON Lines), if it has one
    id: str = ""
    content_hash: str = ""

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValueError("article has no text")
        self.content_hash = content_hash(
            self.title, self.text, self.published, self.source, self.author, self.url
        )
        if not self.id:
            self.id = self.record_id or self.content_hash

    @property
    def key(self) -> str:
        """Identity used to replace an older version of the same article."""
        return self.record_id or self.url or self.path or self.content_hash

    @property
    def published_iso(self) -> str | None:
        return self.published.isoformat() if self.published else None


@dataclass
class Speaker:
    """A person (or group) credited with statements, across articles."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None


@dataclass
class Quote:
    """One statement in an article: who said it, how, and where exactly."""

    article_id: str
    text: str
    start: int
    end: int
    kind: str
    speaker: str | None = None  # canonical name (None for the article's own voice)
    speaker_mention: str | None = None  # as written in the text ("he", "the general")
    speaker_id: str | None = None  # registry id, set at ingest
    cue: str | None = None
    about: str | None = None  # the person a nested claim is about
    confidence: float = 1.0
    id: str = ""

    def __post_init__(self) -> None:
        if self.kind not in QUOTE_KINDS:
            raise ValueError(f"unknown quote kind {self.kind!r}")
        if self.end <= self.start:
            raise ValueError("quote end must be after its start")
        if self.kind == "author":
            self.speaker = None
        if not self.id:
            self.id = content_hash(self.article_id, self.start, self.end, self.kind)

    def as_attribution(self) -> dict[str, Any]:
        """The public shape of `assistant attribute --jsonl`."""
        return {
            "quote": self.text,
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "speaker_mention": self.speaker_mention,
            "kind": self.kind,
            "cue": self.cue,
            "about": self.about,
            "confidence": round(self.confidence, 3),
        }


@dataclass
class Chunk:
    """A passage of an article that never splits a quote; the unit stored as a passage."""

    id: str
    article_id: str
    text: str
    start: int
    end: int
    quote_ids: list[str] = field(default_factory=list)
    speaker_ids: list[str] = field(default_factory=list)


@dataclass
class Statement:
    """A quote joined with its article's facts: what retrieval returns and answers cite."""

    quote: Quote
    title: str
    source: str | None
    published: str | None
    score: float = 0.0

    @property
    def speaker(self) -> str | None:
        return self.quote.speaker


@dataclass
class Citation:
    n: int
    speaker: str | None
    kind: str
    quote: str
    article_id: str
    title: str
    source: str | None
    published: str | None
    start: int
    end: int
    verified: bool = False
    quote_id: str = ""
    about: str | None = None

    @classmethod
    def from_statement(cls, n: int, statement: Statement) -> Citation:
        quote = statement.quote
        return cls(
            n=n,
            speaker=quote.speaker,
            kind=quote.kind,
            quote=quote.text,
            article_id=quote.article_id,
            title=statement.title,
            source=statement.source,
            published=statement.published,
            start=quote.start,
            end=quote.end,
            quote_id=quote.id,
            about=quote.about,
        )

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    """The answer contract of DESIGN.md (`assistant ask --json`)."""

    question: str
    answer: str
    abstained: bool
    citations: list[Citation] = field(default_factory=list)
    verified: bool = False
    searched: dict[str, Any] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    fallback: str | None = None
    fallback_reason: str | None = None
    mode: str = "extractive"
    config_hash: str = ""

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "verified": self.verified,
            "searched": self.searched,
            "removed": self.removed,
            "mode": self.mode,
            "config_hash": self.config_hash,
        }
        if self.fallback:
            body["fallback"] = self.fallback
            body["fallback_reason"] = self.fallback_reason
        return body


DOUBLE_OPEN, DOUBLE_CLOSE = "“«„", "”»"
PAIRS = {"“": '”"', '"': '"”', "«": "»", "„": "“”", "‘": "’'", "'": "'’"}


def _excess_open(span: str) -> bool:
    opens = sum(span.count(m) for m in DOUBLE_OPEN) + span.count('"') % 2
    closes = sum(span.count(m) for m in DOUBLE_CLOSE)
    return span[0] in DOUBLE_OPEN + '"' and opens > closes


def _excess_close(span: str) -> bool:
    opens = sum(span.count(m) for m in DOUBLE_OPEN)
    closes = sum(span.count(m) for m in DOUBLE_CLOSE) + span.count('"') % 2
    return span[-1] in DOUBLE_CLOSE + '"' and closes > opens


def trim_quote(quote: Quote, text: str) -> Quote:
    """The quote narrowed to its words: no outer quotation marks, whitespace or trailing comma.

    The text stays `text[start:end]`; marks inside the span (a quoted fragment) stay.
    """
    start, end = quote.start, quote.end
    while True:
        before = (start, end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
            end -= 1
        span = text[start:end]
        if len(span) > 2 and span[-1] in PAIRS.get(span[0], ""):
            start, end = start + 1, end - 1
        elif len(span) > 2 and _excess_open(span):
            start += 1
        elif len(span) > 2 and _excess_close(span):
            end -= 1
        if (start, end) == before:
            break
    if end > start and (start, end) != (quote.start, quote.end):
        quote.text, quote.start, quote.end = text[start:end], start, end
    return quote
