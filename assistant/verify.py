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


def citation_markers(text: str) -> list[re.Match[str]]:
    """The [n] markers of a text that cite: not those inside a quoted passage's own words."""
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    return [m for m in MARKER.finditer(text) if not any(a <= m.start() < b for a, b in quoted)]


def renumber_markers(text: str, number: Callable[[int], str | None]) -> str:
    """The text with each citing [n] replaced by number(n) (kept as written when None)."""
    pieces, last = [], 0
    for match in citation_markers(text):
        pieces.append(text[last : match.start()])
        pieces.append(number(int(match[1])) or match[0])
        last = match.end()
    return "".join(pieces) + text[last:]


@dataclass
class Source:
    """The stored truth about one quote: its record, its article's text and date."""

    quote: Quote
    article_text: str
    published: str | None


SourceLookup = Callable[[str], Source | None]
# Known people named in a text, as (canonical name, the words matched): the speaker registry.
NameFinder = Callable[[str], list[tuple[str, str]]]


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
    # A "[3]" inside quotation marks is the article's own text (checked verbatim below), not
    # a citation: an article must not be able to knock its statement out of an answer.
    markers = [int(m) for m in MARKER.findall(QUOTED.sub(" ", sentence))]
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


def verify_answer(
    answer: Answer,
    lookup: SourceLookup,
    strict: bool = False,
    names: NameFinder | None = None,
) -> Answer:
    """Check citations against the store and the text against its citations; drop what fails.

    Returns the same answer with `verified`, per-citation `verified` and `removed` filled in;
    sentences that fail are removed from the text. `strict` is for text a model wrote: each
    sentence must cite, and the people, dates and links it names must be its passages' own
    (`check_claims`).
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
            if reason is None and strict:
                reason = check_claims(sentence, by_number, names)
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


# --- claims in model-written prose: people, dates and links --------------------------------

SPEECH = (
    r"said|says|say|stated|states|claimed|claims|argued|argues|warned|warns|noted|notes|told|"
    r"tells|declared|declares|added|adds|insisted|insists|believes|believed|called|calls|"
    r"described|describes|suggested|suggests|explained|explains|wrote|writes|asserted|asserts|"
    r"maintained|maintains|stressed|stresses|emphasized|emphasised|conceded|concedes|admitted|"
    r"admits|promised|promises|vowed|vows|predicted|predicts|criticized|criticised|praised|"
    r"accused|denied|denies|acknowledged|acknowledges|announced|announces|urged|urges"
)
_NAME = r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]+)"
SPEAKING = re.compile(
    _NAME
    + r"(?:['’]s?)?,?\s+(?:\w+ly\s+|also\s+|has\s+|had\s+|have\s+|then\s+)?(?:"
    + SPEECH
    + r")\b"
)
ACCORDING = re.compile(r"\b(?:according to|in the words of|per)\s+" + _NAME)
NOT_A_NAME = set(
    "he she they it we i you the a an this that these those his her their its who which also "
    "and but in on article report reports outlet passage passages source sources mr mrs ms dr "
    "mayor general gen president minister chief councilman councilwoman senator governor "
    "secretary prime officials both critics experts analysts many some others everyone nobody "
    "someone authorities residents reporters observers speaker speakers".split()
)
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(\d{4})\b"
)
MONTH_DAY_YEAR = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
MONTH_DAY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})")
MONTH_YEAR = re.compile(_MONTH + r",?\s+(\d{4})\b")
YEAR = re.compile(r"(?<![\d-])((?:19|20)\d{2})(?![\d-])")
URL = re.compile(r"(?:https?://|www\.)[^\s)\]>]+", re.I)


def _name_words(name: str) -> set[str]:
    words = {w.strip(".’'").lower() for w in re.split(r"[\s-]+", name)}
    return {w for w in words if w and w not in NOT_A_NAME and not w.endswith("’s")}


def _date_parts(sentence: str) -> list[tuple[str, tuple[int | None, int | None, int | None]]]:
    """Dates written in a sentence as (the text, (year, month, day)), any part possibly None."""
    found: list[tuple[str, tuple[int | None, int | None, int | None]]] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], parts: tuple[int | None, int | None, int | None]) -> None:
        if not any(match.start() < end and start < match.end() for start, end in taken):
            taken.append((match.start(), match.end()))
            found.append((match.group(0), parts))

    for m in ISO_DATE.finditer(sentence):
        add(m, (int(m[1]), int(m[2]), int(m[3])))
    for m in DAY_MONTH_YEAR.finditer(sentence):
        add(m, (int(m[3]), MONTHS[m[2].lower()], int(m[1])))
    for m in MONTH_DAY_YEAR.finditer(sentence):
        add(m, (int(m[3]), MONTHS[m[1].lower()], int(m[2])))
    for m in MONTH_YEAR.finditer(sentence):
        add(m, (int(m[2]), MONTHS[m[1].lower()], None))
    for m in MONTH_DAY.finditer(sentence):
        add(m, (None, MONTHS[m[1].lower()], int(m[2])))
    for m in YEAR.finditer(sentence):
        add(m, (int(m[1]), None, None))
    return found


def _date_holds(parts: tuple[int | None, int | None, int | None], published: str | None) -> bool:
    if not published or not ISO_DATE.fullmatch(published):
        return False
    actual = (int(published[:4]), int(published[5:7]), int(published[8:10]))
    return all(p is None or p == a for p, a in zip(parts, actual, strict=True))


def _check_people(sentence: str, cited: list[Citation], names: NameFinder | None) -> str | None:
    speakers = [c.speaker for c in cited if c.speaker]
    speaker_words = set().union(*(_name_words(s) for s in speakers)) if speakers else set()
    for pattern in (SPEAKING, ACCORDING):
        for match in pattern.finditer(sentence):
            words = _name_words(match.group(1))
            if words and not words & speaker_words:
                return f"credits {match.group(1).strip()!r}, who is not the speaker of the cited passage"
    context = " ".join(f"{c.quote} {c.about or ''}" for c in cited).lower()
    for name, matched in names(sentence) if names else []:
        if name in speakers or matched.lower() in context or name.lower() in context:
            continue
        return f"names {name!r}, who is not the speaker of the cited passage"
    return None


def check_claims(
    sentence: str, citations: dict[int, Citation], names: NameFinder | None = None
) -> str | None:
    """The reason a model-written sentence fails, or None.

    It must cite; a person it credits with words must be a cited passage's speaker (a known
    person it names must be that speaker, or appear in the cited quote); each date it gives must
    be a cited passage's date or appear in the quote; a link may only appear inside a quote.
    """
    plain = sentence.replace("*", "").replace("_", " ")
    markers = [int(m) for m in MARKER.findall(plain)]
    if not markers:
        return "makes a claim without citing a passage"
    if not re.search(r"[^\W\d_]{2,}", MARKER.sub(" ", plain)):
        return "is a citation marker with no words"
    cited = [citations[m] for m in markers if m in citations]
    people = _check_people(MARKER.sub(" ", plain), cited, names)
    if people:
        return people
    quoted = " ".join(f"{c.quote} {c.title}" for c in cited)
    for text, parts in _date_parts(plain):
        if text in quoted or any(_date_holds(parts, c.published) for c in cited):
            continue
        return f"gives the date {text!r}, which is not the cited passage's date"
    for link in URL.findall(QUOTED.sub(" ", plain)):  # quoted (verbatim-checked) text may hold one
        return f"gives a link {link[:40]!r} outside a verbatim quote"
    return None
