"""HTML and Markdown for the web UI: answers with citation cards, the source viewer, timelines.

Pure functions over the answer JSON contract and store rows, no Gradio. Every piece of text that
comes from an article or a user goes through `html.escape`: Gradio's sanitizer strips dangerous
markup, it does not escape it, and an article's `<script>` must show as text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from assistant.records import Answer, Citation, Statement
from assistant.verify import citation_markers, renumber_markers

KIND_LABEL = {
    "direct": "direct quote",
    "indirect": "reported",
    "mixed": "mixed",
    "author": "article's own claim",
}
CONTEXT_CHARS = 4000  # article text shown around a highlighted passage, each side


def esc(text: object) -> str:
    """Escaped text with newlines as <br>: no blank line may end Markdown's raw-HTML block."""
    return html.escape(str(text), quote=True).replace("\r", "").replace("\n", "<br>")


def cite_key(citation: dict[str, Any]) -> str:
    """What the source viewer needs to find a passage: article id and offsets."""
    return f"{citation['article_id']}:{int(citation['start'])}:{int(citation['end'])}"


def parse_cite_key(key: str) -> tuple[str, int, int] | None:
    """(article_id, start, end) from a cite key, or None when it is malformed."""
    match = re.fullmatch(r"([\w.-]{1,200}):(\d{1,9}):(\d{1,9})", (key or "").strip())
    if not match:
        return None
    start, end = int(match[2]), int(match[3])
    return (match[1], start, end) if end > start else None


def renumbered(answer: dict[str, Any]) -> dict[str, Any]:
    """The answer with citations numbered 1..n in order of first use in its text.

    Citations the text never marks keep their order after the used ones; markers pointing at
    no citation are left as written.
    """
    by_n = {int(c["n"]): c for c in answer.get("citations", [])}
    order: dict[int, int] = {}
    for match in citation_markers(answer.get("answer", "")):
        old = int(match[1])
        if old in by_n and old not in order:
            order[old] = len(order) + 1
    for old in by_n:
        if old not in order:
            order[old] = len(order) + 1
    text = renumber_markers(
        answer.get("answer", ""), lambda n: f"[{order[n]}]" if n in order else None
    )
    citations = sorted(
        ({**c, "n": order[int(c["n"])]} for c in by_n.values()), key=lambda c: c["n"]
    )
    return {**answer, "answer": text, "citations": citations}


def answer_from_json(body: dict[str, Any]) -> Answer:
    """An Answer record back from its JSON contract (as kept in the browser)."""
    fields = Citation.__dataclass_fields__
    citations = [Citation(**{k: v for k, v in c.items() if k in fields}) for c in body["citations"]]
    return Answer(
        question=body.get("question", ""),
        answer=body.get("answer", ""),
        abstained=bool(body.get("abstained")),
        citations=citations,
        verified=bool(body.get("verified")),
        searched=body.get("searched") or {},
        removed=list(body.get("removed") or []),
        fallback=body.get("fallback"),
        fallback_reason=body.get("fallback_reason"),
        mode=body.get("mode", "extractive"),
        config_hash=body.get("config_hash", ""),
    )


def _summary_html(text: str, citations: dict[int, dict[str, Any]]) -> str:
    """The answer text, escaped, with each [n] a link that opens its passage."""
    parts = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        pieces, last = [], 0
        for match in citation_markers(line):
            pieces.append(esc(line[last : match.start()]))
            citation = citations.get(int(match[1]))
            if citation is None:
                pieces.append(esc(match[0]))
            else:
                pieces.append(
                    f'<a href="#cite={esc(cite_key(citation))}" class="cite-marker" '
                    f'title="open passage {match[1]}">[{match[1]}]</a>'
                )
            last = match.end()
        pieces.append(esc(line[last:]))
        parts.append(f"<p>{''.join(pieces)}</p>")
    return "".join(parts)


def card_html(citation: dict[str, Any]) -> str:
    """One citation card: number, speaker, kind, ✓, the verbatim quote, title, source, date."""
    speaker = citation.get("speaker") or "The article"
    kind = KIND_LABEL.get(citation.get("kind", ""), citation.get("kind", ""))
    check = (
        '<span class="cite-ok" title="verified verbatim in the source">✓ verified</span>'
        if citation.get("verified")
        else '<span class="cite-unverified">unverified</span>'
    )
    about = (
        f" <span class='cite-about'>(about {esc(citation['about'])})</span>"
        if citation.get("about")
        else ""
    )
    source = f" · {esc(citation['source'])}" if citation.get("source") else ""
    return (
        f'<div class="cite-card cite-n-{int(citation["n"])}">'
        f'<div class="cite-head"><b>[{int(citation["n"])}]</b> '
        f'<span class="cite-speaker">{esc(speaker)}</span>{about} · '
        f'<span class="cite-kind">{esc(kind)}</span> {check}</div>'
        f'<blockquote class="cite-quote">“{esc(citation.get("quote", "").strip())}”</blockquote>'
        f'<div class="cite-where"><i>{esc(citation.get("title", ""))}</i>{source} · '
        f'<span class="cite-date">{esc(citation.get("published") or "undated")}</span> · '
        f'<a href="#cite={esc(cite_key(citation))}" class="cite-open">show in article</a>'
        "</div></div>"
    )


def answer_html(answer: dict[str, Any]) -> str:
    """An answer as one chat message: the summary with [n] markers, then its citation cards."""
    answer = renumbered(answer)
    citations = {int(c["n"]): c for c in answer["citations"]}
    head = ""
    if answer.get("abstained"):
        head = '<p class="abstained"><b>No matching statement found.</b></p>'
    removed = ""
    if answer.get("removed"):
        removed = (
            f'<p class="removed">The verifier removed {len(answer["removed"])} claim(s) '
            "that did not match their sources.</p>"
        )
    fallback = ""
    if answer.get("fallback"):
        fallback = (
            f'<p class="fallback">LLM answer not used: {esc(answer.get("fallback_reason"))}</p>'
        )
    cards = "".join(card_html(c) for c in answer["citations"])
    return (
        f'<div class="answer">{head}{_summary_html(answer.get("answer", ""), citations)}'
        f"{removed}{fallback}"
        + (f'<div class="cite-cards">{cards}</div>' if cards else "")
        + "</div>"
    )


def draft_html(text: str) -> str:
    """A streaming draft: plain escaped text, no cards yet."""
    return f'<div class="answer draft"><p>{esc(text)}</p></div>'


def error_html(message: str) -> str:
    return f'<div class="answer error"><p>⚠ {esc(message)}</p></div>'


def chat_messages(turns: Iterable[dict[str, Any]]) -> list[dict[str, str]]:
    """Chatbot messages for the stored turns (question escaped, answer with its cards)."""
    messages = []
    for turn in turns:
        messages.append({"role": "user", "content": esc(turn.get("question", ""))})
        messages.append({"role": "assistant", "content": answer_html(turn)})
    return messages


def source_html(
    meta: dict[str, Any], text: str, start: int, end: int, speaker: str | None = None
) -> str:
    """The article around a passage, escaped, with the passage highlighted."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    before = ("… " if lo else "") + text[lo:start]
    after = text[end:hi] + (" …" if hi < len(text) else "")
    where = " · ".join(
        esc(v) for v in (meta.get("source"), meta.get("published") or "undated") if v
    )
    byline = (
        f"<div class='source-meta'>By {esc(meta['author'])}</div>" if meta.get("author") else ""
    )
    credit = f"<div class='source-meta'>Highlighted: {esc(speaker)}</div>" if speaker else ""
    return (
        '<div class="source-view" data-testid="source-view">'
        f'<h3 class="source-title">{esc(meta.get("title", ""))}</h3>'
        f"<div class='source-meta'>{where}</div>{byline}{credit}"
        f'<div class="source-text">{esc(before)}<mark class="passage">{esc(text[start:end])}</mark>'
        f"{esc(after)}</div></div>"
    )


SOURCE_PLACEHOLDER = (
    '<div class="source-view empty">Click a citation card or a [n] marker to read the passage '
    "in its article.</div>"
)


def statements_html(statements: list[Statement]) -> str:
    """One person's statements as a timeline, newest first, each verbatim with date and source."""
    if not statements:
        return "<p>No statement found.</p>"
    items = []
    newest_first = sorted(
        statements, key=lambda s: (s.published or "", -s.quote.start), reverse=True
    )
    for s in newest_first:
        key = f"{s.quote.article_id}:{s.quote.start}:{s.quote.end}"
        where = esc(s.title) + (f" · {esc(s.source)}" if s.source else "")
        about = f" (about {esc(s.quote.about)})" if s.quote.about else ""
        items.append(
            '<li class="statement">'
            f'<span class="cite-date">{esc(s.published or "undated")}</span> '
            f'<span class="cite-kind">{esc(KIND_LABEL.get(s.quote.kind, s.quote.kind))}</span>'
            f"{about}<blockquote>“{esc(s.quote.text.strip())}”</blockquote>"
            f'<div class="cite-where"><i>{where}</i> · '
            f'<a href="#cite={esc(key)}" class="cite-open">show in article</a></div></li>'
        )
    return f'<ol class="timeline">{"".join(items)}</ol>'


def conversation_markdown(turns: list[dict[str, Any]]) -> str:
    """The conversation as Markdown, each answer's citations as footnotes (quote, speaker,
    title, date), labels prefixed by the turn so they never collide."""
    from assistant.cli import render_markdown

    parts = ["# Research conversation", ""]
    for index, turn in enumerate(turns, start=1):
        answer = answer_from_json(renumbered(turn))
        answer.answer = answer.answer.replace("\n", "\n\n")  # one paragraph per statement
        body = render_markdown(answer)
        body = re.sub(r"\[\^(\d+)\]", rf"[^{index}.\1]", body)
        parts += [f"## {index}. {turn.get('question', '')}", "", body.strip(), ""]
    return "\n".join(parts).rstrip() + "\n"


def counts_line(counts: dict[str, int] | None) -> str:
    if not counts or not counts.get("articles"):
        return "No articles indexed yet: add some in the **Articles** tab."
    return (
        f"**{counts['articles']}** articles · **{counts['quotes']}** statements · "
        f"**{counts['speakers']}** people quoted"
    )


def speaker_rows(stats: list[dict[str, Any]]) -> list[list[Any]]:
    return [
        [s["name"], s.get("role") or "", s["n"], s["articles"], s["first"] or "", s["last"] or ""]
        for s in stats
    ]


SPEAKER_HEADERS = ["person", "role", "statements", "articles", "first", "last"]
ARTICLE_HEADERS = ["published", "title", "source", "statements", "chunks", "id"]


def article_rows(rows: list[Any]) -> list[list[Any]]:
    return [
        [r.published or "undated", r.title, r.source or "", r.n_quotes, r.n_chunks, r.id]
        for r in rows
    ]
