"""Quote-aware chunking: passages within a tiktoken budget that never split a quote."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.config import offline_environment
from assistant.records import Article, Chunk, Quote, content_hash

SENTENCE_END = re.compile(r"(?<=[.!?…])[”\"’)]*\s+(?=[“\"‘«(\[A-Z0-9])|\n+")


@lru_cache(maxsize=1)
def _encoding():  # type: ignore[no-untyped-def]
    offline_environment()
    import tiktoken

    return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str) -> int:
    """Tokens of `text` in cl100k_base (the budget unit for chunks and LLM context)."""
    return len(_encoding().encode(text, disallowed_special=()))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence-like unit, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in SENTENCE_END.finditer(text):
        spans.append((begin, match.start() + len(match.group(0).rstrip())))
        begin = match.end()
    spans.append((begin, len(text)))
    trimmed = []
    for start, end in spans:
        piece = text[start:end]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        if right > left:
            trimmed.append((start + left, start + right))
    return trimmed


def _units(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentence units, merged wherever a quote crosses a unit boundary."""
    units = sentence_spans(text)
    for quote in sorted(quotes, key=lambda q: q.start):
        covered = [u for u in units if u[0] < quote.end and u[1] > quote.start]
        if len(covered) > 1:
            merged = (min(u[0] for u in covered), max(u[1] for u in covered))
            units = [u for u in units if u not in covered] + [merged]
            units.sort()
    return units


def chunk_article(article: Article, quotes: list[Quote], budget: int) -> list[Chunk]:
    """Group sentence units into chunks of at most `budget` tokens (a single long quote may
    exceed it rather than be split); each chunk lists the quotes and speakers inside it."""
    units = _units(article.text, quotes)
    groups: list[list[tuple[int, int]]] = []
    used = 0
    for unit in units:
        tokens = count_tokens(article.text[unit[0] : unit[1]])
        if groups and used + tokens <= budget:
            groups[-1].append(unit)
            used += tokens
        else:
            groups.append([unit])
            used = tokens
    chunks = []
    for group in groups:
        start, end = group[0][0], group[-1][1]
        chunks.append(
            chunk_span(article, [q for q in quotes if q.start < end and q.end > start], start, end)
        )
    return chunks


def chunk_span(article: Article, inside: list[Quote], start: int, end: int) -> Chunk:
    """The chunk of `article.text[start:end]`, listing the quotes inside it and their speakers."""
    return Chunk(
        id=content_hash(article.id, "chunk", start, end),
        article_id=article.id,
        text=article.text[start:end],
        start=start,
        end=end,
        quote_ids=[q.id for q in inside],
        speaker_ids=sorted({q.speaker_id for q in inside if q.speaker_id}),
    )
