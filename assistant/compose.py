"""Statements -> a cited answer. Extractive by default: no LLM, no network, always verifiable."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping

from assistant.records import Answer, Citation, Statement
from assistant.retrieve import Understanding

KIND_LABEL = {
    "direct": "said",
    "mixed": "said (partly quoted)",
    "indirect": "was reported as saying",
    "author": "states in its own voice",
}
TITLE_QUOTES = str.maketrans({"“": "‘", "”": "’", '"': "'", "«": "‹", "»": "›"})


class Citations:
    """Numbers statements 1..n in order of first use."""

    def __init__(self) -> None:
        self.items: OrderedDict[str, Citation] = OrderedDict()

    def mark(self, statement: Statement) -> str:
        quote_id = statement.quote.id
        if quote_id not in self.items:
            self.items[quote_id] = Citation.from_statement(len(self.items) + 1, statement)
        return f"[{self.items[quote_id].n}]"

    def all(self) -> list[Citation]:
        return list(self.items.values())


def _when(statement: Statement) -> str:
    # Titles lose their double quotes so that only cited passages appear in quotation marks.
    title = statement.title.translate(TITLE_QUOTES)
    where = title + (f", {statement.source}" if statement.source else "")
    return f"({statement.published or 'undated'}, {where})"


def _quoted(statement: Statement) -> str:
    return f"“{statement.quote.text.strip()}”"


def _line(statement: Statement, cites: Citations, name: str) -> str:
    verb = KIND_LABEL.get(statement.quote.kind, "said")
    about = ""
    if statement.quote.about:
        about = f" about {statement.quote.about}"
    return f"{name} {verb}{about} {_when(statement)}: {_quoted(statement)} {cites.mark(statement)}"


def by_date(statements: list[Statement]) -> list[Statement]:
    return sorted(statements, key=lambda s: (s.published or "9999", s.quote.start))


def compose_statements(u: Understanding, statements: list[Statement]) -> Answer:
    """A summary grouped by speaker, each speaker's statements oldest to newest."""
    cites = Citations()
    groups: OrderedDict[str, list[Statement]] = OrderedDict()
    for statement in statements:
        groups.setdefault(statement.speaker or "the article", []).append(statement)
    lines = []
    if u.intent == "change":
        lines.append("Statements in date order, so changes of position show:")
    for name, said in groups.items():
        ordered = by_date(said)
        dates = sorted({s.published for s in ordered if s.published})
        span = f" between {dates[0]} and {dates[-1]}" if len(dates) > 1 else ""
        count = f"{len(ordered)} statement{'s' if len(ordered) != 1 else ''}"
        if u.intent == "verify":  # the claim as asked, in single marks: only cited words get double
            claim = u.claim.strip().translate(TITLE_QUOTES)
            lines.append(
                f"{name}: {count} closest to the claim ‘{claim}’{span}; compare the wording:"
            )
        else:
            topic = f" on {u.topic}" if u.topic else ""
            lines.append(f"{name}: {count}{topic}{span} in the indexed articles.")
        lines.extend(_line(s, cites, name) for s in ordered)
    return Answer(
        question=u.question, answer="\n".join(lines), abstained=False, citations=cites.all()
    )


def compose_who(u: Understanding, statements: list[Statement]) -> Answer:
    """Who said a claim: the best-matching statements and their speakers (or the article)."""
    cites = Citations()
    lines = []
    people = [s for s in statements if s.quote.kind != "author"]
    own_voice = [s for s in statements if s.quote.kind == "author"]
    if statements and statements[0].quote.kind == "author":
        lines.append(
            "No person is credited with this: the article states it in its own voice "
            f"{_when(own_voice[0])}: {_quoted(own_voice[0])} {cites.mark(own_voice[0])}"
        )
        people = []
    for statement in people:
        lines.append(_line(statement, cites, statement.speaker or "An unnamed source"))
    return Answer(
        question=u.question, answer="\n".join(lines), abstained=False, citations=cites.all()
    )


def compose_abstention(
    u: Understanding, searched: dict, about: list[Statement] | None = None
) -> Answer:
    """'No statement by X found' as a real answer, saying what was searched."""
    who = ", ".join(u.unknown + [s.name for s in u.speakers]) or "anyone"
    topic = f" about {u.topic}" if u.topic and u.intent != "verify" else ""
    if u.intent == "verify":
        text = f"No statement by {who} matching that claim was found in the indexed articles."
    elif u.intent == "who":
        text = "No statement matching that was found in the indexed articles."
    else:
        text = f"No statement by {who}{topic} was found in the indexed articles."
    lines = [text]
    if u.namesakes:
        lines.append(f"Quoted under the same surname, another person: {', '.join(u.namesakes)}.")
    cites = Citations()
    for statement in about or []:
        lines.append(
            f"What the articles report instead: {_line(statement, cites, statement.speaker or '')}"
        )
    return Answer(
        question=u.question,
        answer="\n".join(lines),
        abstained=True,
        citations=cites.all(),
        searched=searched,
    )


def topic_groups(
    statements: list[Statement], vectors: Mapping[str, object]
) -> list[list[Statement]]:
    """Statements clustered by topic (greedy, cosine of their vectors), biggest group first."""
    import numpy as np

    groups: list[tuple[np.ndarray, list[Statement]]] = []
    for statement in by_date(statements):
        vector = vectors.get(statement.quote.id)
        if vector is None:
            groups.append((np.zeros(1), [statement]))
            continue
        vec = np.asarray(vector)
        best = max(
            (i for i, (c, _) in enumerate(groups) if c.shape == vec.shape),
            key=lambda i: float(np.dot(groups[i][0], vec)),
            default=None,
        )
        if best is not None and float(np.dot(groups[best][0], vec)) >= TOPIC_SIMILARITY:
            centre, members = groups[best]
            members.append(statement)
            mean = centre * (len(members) - 1) + vec
            groups[best] = (mean / max(float(np.linalg.norm(mean)), 1e-12), members)
        else:
            groups.append((vec, [statement]))
    return sorted((m for _, m in groups), key=lambda m: (-len(m), m[0].published or ""))


TOPIC_SIMILARITY = 0.45


def topic_label(statements: list[Statement]) -> str:
    """A few words shared by the group's statements, as its heading."""
    from collections import Counter

    from assistant.retrieve import content_words

    counts: Counter[str] = Counter()
    for statement in statements:
        counts.update(set(content_words(statement.quote.text)))
    common = [w for w, _ in counts.most_common(8) if len(w) > 3 and not w.endswith(("’s", "'s"))]
    common = common[:3]
    return ", ".join(common) or "other"


def compose_summary(
    u: Understanding, statements: list[Statement], vectors: Mapping[str, object]
) -> Answer:
    """One person's statements grouped by topic, each group oldest to newest, all cited."""
    cites = Citations()
    name = u.speakers[0].name if u.speakers else (statements[0].speaker or "")
    dates = sorted({s.published for s in statements if s.published})
    span = f" from {dates[0]} to {dates[-1]}" if len(dates) > 1 else ""
    lines = [f"{name}: {len(statements)} statement(s){span} in the indexed articles."]
    for group in topic_groups(statements, vectors):
        lines.append("")
        lines.append(f"On {topic_label(group)}:")
        lines.extend(_line(s, cites, s.speaker or name) for s in by_date(group))
    return Answer(
        question=u.question, answer="\n".join(lines), abstained=False, citations=cites.all()
    )
