"""Pure, LLM-free checks: every quote verbatim, every speaker right, every date the source's.

What fails is removed from the answer; `Answer.verified` says whether everything shown held.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.records import Answer, Citation, Quote

MARKER = re.compile(r"\[(\d+)\]")
QUOTED = re.compile(r"[“\"«]([^”\"»]{8,}?)[”\"»]")
SENTENCE = re.compile(r"(?<=[.!?…”\]])\s+(?=[A-Z“\"(\-•*])|\n+")


@dataclass
class Source:
    """The stored truth about one quote: its record, its article's text and date."""

    quote: Quote
    article_text: str
    published: str | None


SourceLookup = Callable[[str], Source | None]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def check_citation(citation: Citation, source: Source | None) -> str | None:
    """The reason a citation is false, or None when its quote, speaker and date all hold."""
    if source is None:
        return f"[{citation.n}] cites a passage that is not in the index"
    text = source.article_text
    if text[citation.start : citation.end] != citation.quote:
        return f"[{citation.n}] quote is not verbatim at its offsets in the article"
    if citation.quote != source.quote.text:
        return f"[{citation.n}] quote differs from the stored statement"
    if (citation.speaker or None) != (source.quote.speaker or None):
        return f"[{citation.n}] credits {citation.speaker!r}, the passage is {source.quote.speaker!r}'s"
    if citation.kind != source.quote.kind:
        return f"[{citation.n}] kind {citation.kind!r} is not the passage's {source.quote.kind!r}"
    if (citation.published or None) != (source.published or None):
        return f"[{citation.n}] date {citation.published} is not the article's {source.published}"
    return None


def check_sentence(sentence: str, citations: dict[int, Citation]) -> str | None:
    """The reason a sentence of the answer text fails, or None.

    Each quoted string must be verbatim inside a passage the sentence cites; a sentence that
    quotes must cite; citation markers must point at verified citations.
    """
    markers = [int(m) for m in MARKER.findall(sentence)]
    unknown = [m for m in markers if m not in citations or not citations[m].verified]
    if unknown:
        return f"cites [{unknown[0]}], which is not a verified citation"
    cited = [citations[m] for m in markers]
    for fragment in QUOTED.findall(sentence):
        piece = _squash(fragment).strip(" .,;:…")
        if not cited:
            return f"quotes {piece[:40]!r} without a citation"
        if not any(piece in _squash(c.quote) for c in cited):
            return f"quoted {piece[:40]!r} is not verbatim in the cited passage"
    return None


def _open_quotes(text: str) -> bool:
    return (
        text.count("“") > text.count("”")
        or text.count('"') % 2 == 1
        or (text.count("«") > text.count("»"))
    )


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, never splitting inside quotation marks."""
    sentences: list[str] = []
    for piece in SENTENCE.split(text):
        if not piece or not piece.strip():
            continue
        if sentences and _open_quotes(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return sentences


def verify_answer(answer: Answer, lookup: SourceLookup) -> Answer:
    """Check citations against the store and the text against its citations; drop what fails.

    Returns the same answer with `verified`, per-citation `verified` and `removed` filled in;
    sentences that fail are removed from the text.
    """
    removed: list[str] = list(answer.removed)
    for citation in answer.citations:
        reason = check_citation(citation, lookup(citation.quote_id))
        citation.verified = reason is None
        if reason:
            removed.append(reason)
    by_number = {c.n: c for c in answer.citations}
    kept_lines = []
    for line in answer.answer.split("\n"):
        kept = []
        for sentence in split_sentences(line):
            reason = check_sentence(sentence, by_number)
            if reason:
                removed.append(f"removed sentence: {reason}")
            else:
                kept.append(sentence.strip())
        if kept or not line.strip():
            kept_lines.append(" ".join(kept))
    answer.answer = re.sub(r"\n{3,}", "\n\n", "\n".join(kept_lines)).strip()
    answer.citations = [c for c in answer.citations if c.verified]
    answer.removed = removed
    # Everything left has passed; an answer emptied by the checks is not a verified answer.
    answer.verified = bool(answer.answer)
    return answer
