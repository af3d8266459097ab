"""Find quoted passages in raw article text, whatever quotation marks the outlet uses.

Handles “…”, "…", ‘…’, «…» and »…«, „…“ (and „…"), ''…'' (and ``…''), and quotes that run over several
paragraphs (an open mark at each paragraph start, no close until the last one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = {"“": "”", "«": "»", "„": "“", "»": "«"}
# Guillemets open only after a space, a bracket or a dash, and "»" only before a word: not the
# "«" that closes a German »…«, nor the "»" of "Home » News".
_GUILLEMETS = "«»"
_SINGLE_OPEN = {"‘": "’", "‹": "›"}
_SINGLE_CLOSE = tuple(_SINGLE_OPEN.values())
_OPEN_CONTEXT = set(" \t\n([{—–-/:;") | {"“", '"'}

# Characters that may open a quotation, for trimming or testing the start of a passage.
OPENING_MARKS = "“\"‘«»‹'`„"


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage: `start` is the opening mark, `end` is just after the closing mark."""

    start: int
    end: int
    closed: bool = True

    def inner(self, text: str) -> tuple[int, int]:
        """Offsets of the words inside the marks."""
        s, e = self.start, self.end
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum() and text[e - 1] not in ".!?%)":
            e -= 1
        return s, e


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, whitespace trimmed."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        s, e = match.start(), match.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _prev_char(text: str, i: int, floor: int) -> str:
    return text[i - 1] if i > floor else " "


def _next_char(text: str, i: int, ceil: int) -> str:
    return text[i] if i < ceil else " "


def _scan_paragraph(
    text: str, start: int, end: int, carry: bool, closer: str = ""
) -> tuple[list, int | None, int | None]:
    """Quote spans of one paragraph; returns (closed spans, open position or None, an opening
    single mark left unclosed or None). With `carry`, the paragraph continues a quotation that
    `closer` ends."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = start if carry else None
    single_open: int | None = None
    single_closer = ""
    i = start
    while i < end:
        ch = text[i]
        two = text[i : i + 2]
        if open_at is None:
            if ch in _DOUBLE_OPEN and (
                ch not in _GUILLEMETS
                or (
                    _prev_char(text, i, start) in _OPEN_CONTEXT
                    and (ch == "«" or _next_char(text, i + 1, end).isalnum())
                )
            ):
                open_at, closer, i = i, _DOUBLE_OPEN[ch], i + 1
                continue
            if two in ("''", "``") and _prev_char(text, i, start) in _OPEN_CONTEXT:
                open_at, closer, i = i, "''", i + 2
                continue
            if ch == '"' and not _next_char(text, i + 1, end).isspace():
                open_at, closer, i = i, '"', i + 1
                continue
            if single_open is None and (ch in _SINGLE_OPEN or ch == "'"):
                nxt = _next_char(text, i + 1, end)
                if _prev_char(text, i, start) in _OPEN_CONTEXT and nxt.isalnum() and two != "''":
                    single_open, single_closer = i, _SINGLE_OPEN.get(ch, "'")
            elif single_open is not None and ch in (single_closer, "’", "'"):
                nxt = _next_char(text, i + 1, end)
                if (
                    not nxt.isalnum()
                    and i > single_open + 1
                    and not _plural_possessive(text, i, end)
                ):
                    spans.append((single_open, i + 1))
                    single_open = None
        else:
            if closer == "''" and two == "''":
                spans.append((open_at, i + 2))
                open_at, i = None, i + 2
                continue
            typo = (  # "“We were lucky,“ said Roe": an opening mark typed where the close goes
                ch == "“"
                and closer == "”"
                and _prev_char(text, i, start) in ",.?!"
                and _next_char(text, i + 1, end).isspace()
            )
            closes = ch == closer or (ch == '"' and closer in ('"', "”", "“"))  # „…"
            if closer in _SINGLE_CLOSE and closes:
                # not the apostrophe of "don’t", "farmers’ union"
                closes = not _next_char(text, i + 1, end).isalnum() and not _plural_possessive(
                    text, i, end
                )
            if (ch in ("”", "»") and closer not in ("«", *_SINGLE_CLOSE)) or closes or typo:
                if closer != "''" or ch == "”":
                    spans.append((open_at, i + 1))
                    open_at = None
        i += 1
    if open_at is None and single_open == start:  # "‘We run at a loss. ¶ ‘But ...’": a
        return spans, single_open, None  # single-quoted passage that opens the paragraph runs on
    return spans, open_at, single_open


_CLOSING_SINGLE = re.compile(r"[’'](?=[.,;:?!)]|\s*$)")


def _plural_possessive(text: str, i: int, end: int) -> bool:
    """ "‘The farmers’ union knows that.’": a mark after a plural "s" and before a lower-case word
    is an apostrophe when a closing mark before punctuation follows, with no opening mark between."""
    if text[i - 1] != "s" or not re.match(r" [a-z]", text[i + 1 : i + 3]):
        return False
    rest = text[i + 1 : end]
    later = _CLOSING_SINGLE.search(rest)
    return later is not None and not any(m in rest[: later.start()] for m in "‘‹")


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    head = text[start : start + 2]
    return (
        head[:1] in _DOUBLE_OPEN
        or head[:1] in _SINGLE_OPEN
        or head[:1] == '"'
        or head in ("''", "``")
    )


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quoted passages in `text`, in order; multi-paragraph quotes are one span."""
    result: list[QuoteSpan] = []
    pending: int | None = None  # start of a quote still open at the previous paragraph's end
    pending_end = 0
    spans_of = paragraphs(text)
    for k, (p_start, p_end) in enumerate(spans_of):
        carry = pending is not None and _opens_with_mark(text, p_start, p_end)
        if pending is not None and not carry:
            result.append(QuoteSpan(pending, pending_end, closed=False))
            pending = None
        skip = p_start
        closer = ""
        if carry:
            mark = text[p_start : p_start + 2]
            skip = p_start + (2 if mark in ("''", "``") else 1)
            closer = (
                "''"
                if mark in ("''", "``")
                else _DOUBLE_OPEN.get(mark[0]) or _SINGLE_OPEN.get(mark[0]) or '"'
            )
        spans, open_at, single_left = _scan_paragraph(text, skip, p_end, carry, closer)
        if (  # "‘A,’ Roe wrote. ‘B ... ¶ ‘C ...’": the single-quoted part after the cue runs on
            open_at is None
            and single_left is not None
            and text[single_left + 1 : single_left + 2].isupper()  # not the "’90s" of a decade
            and k + 1 < len(spans_of)
            and text[spans_of[k + 1][0]] in "‘'"
        ):
            open_at = single_left
        for s, e in spans:
            result.append(
                QuoteSpan(pending if (carry and s == skip and pending is not None) else s, e)
            )
        if open_at is None:
            pending = None
        elif not (carry and open_at == skip):
            pending = open_at
        pending_end = p_end
    if pending is not None:
        result.append(QuoteSpan(pending, pending_end, closed=False))
    return sorted(set(result), key=lambda q: q.start)


def quoted_mask(text: str, quotes: list[QuoteSpan]) -> bytearray:
    """One byte per character: 1 where the character lies inside a quoted passage."""
    mask = bytearray(len(text))
    for q in quotes:
        mask[q.start : q.end] = b"\x01" * (q.end - q.start)
    return mask


def quoted_share(text: str, mask: bytearray, start: int, end: int) -> tuple[int, int]:
    """(letters inside quotes, all letters) within text[start:end]."""
    inside = total = 0
    for i in range(start, end):
        if text[i].isalnum():
            total += 1
            inside += mask[i]
    return inside, total
