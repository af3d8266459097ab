"""Question -> statements: who is asked about, what topic, then filters + vectors + keywords."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

import numpy as np

from assistant.records import Quote, Speaker, Statement
from assistant.speakers import TITLES, SpeakerRegistry, first_last, normalise_name
from assistant.store import Store

Intent = Literal["statements", "who", "verify", "change"]

NAME = r"((?:[A-Z][\w'’.-]*\.?\s+)*?(?:(?:de|van|von|der|al|bin|da|di|le|la)\s+)?[A-Z][\w'’-]+)"
SAY = (
    r"(?:say|said|says|claim|claimed|state|stated|argue|argued|think|thinks|thought|tell|told|"
    r"warn|warned|believe|believes|mention|mentioned|comment|commented|predict|predicted|"
    r"promise|promised|suggest|suggested|insist|insisted|admit|admitted|note|noted|deny|denied|"
    r"describe|described|call|called|speak|spoke|talk|talked|write|wrote|announce|announced|"
    r"declare|declared|add|added|respond|responded|criticize|criticise|criticized|criticised|"
    r"praise|praised|view|views|feel|feels|felt|propose|proposed|reject|rejected)"
)
SPEAKER_SLOTS = [
    rf"\b(?:did|does|do|has|have|had|was|is|would|will|could)\s+{NAME}\s+(?:ever\s+|really\s+|actually\s+|also\s+|publicly\s+|first\s+)?{SAY}\b",
    rf"\b(?:by|from|of)\s+{NAME}\b(?=\s*(?:\?|$|about|on|regarding|concerning|in|,))",
    rf"\b{NAME}(?:'s|’s|')\s+(?:view|views|position|positions|stance|statements?|quotes?|remarks?|comments?|words|claims?|opinion|take|thoughts)\b",
    rf"\bquote[sd]?\s+{NAME}\b",
    rf"\b(?:according to)\s+{NAME}\b",
    rf"^\s*(?:and\s+)?{NAME}\s+(?:on|about)\b",
    rf"\b{NAME}\s+{SAY}\b",
]
# What follows these, after the first person named, is the topic or the one addressed:
# "about Y", "respond to Y", "tell Y", "call Y".
TOPIC_MARKER = re.compile(
    r"\b(?:about|regarding|concerning|on|of|to|towards?|against|tell|told|ask|asked|call|called"
    r"|criticize|criticise|criticized|criticised|attack|attacked|praise|praised|accuse|accused"
    r"|defend|defended|endorse|endorsed|describe|described)\b",
    re.I,
)
COMPARE = re.compile(r"\s*(?:compare|contrast)\b", re.I)
ASKED_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
PRONOUN = re.compile(r"\b(he|she|him|her|his|hers|they|them|their)\b", re.IGNORECASE)
FOLLOW_UP = re.compile(r"^\s*(and|also|what about|how about|anything|what else)\b", re.IGNORECASE)
WHO = re.compile(r"^\s*(?:who|which\s+\w+)\b", re.IGNORECASE)
WHO_LEAD = re.compile(r"^\s*(?:who|which\s+\w+)\s+(?:\w+\s+)?(?:that\s+)?", re.IGNORECASE)
UNNAMED_ROLES = {"group", "unresolved"}
VERIFY = re.compile(
    rf"^\s*(?:did|has|have|does|is it true that)\b.*?\b{SAY}\b\s*(?:that\s+)?", re.IGNORECASE
)
ANYTHING = re.compile(r"\s*(?:anything|something|much)\b", re.I)  # "Did X say anything about Y?"
CHANGE = re.compile(r"\b(chang\w*|shift\w*|evolv\w*|over time|flip\w*|revers\w*|u-turn)\b", re.I)
STOPWORDS = set(
    """a an the and or but of to in on at for with about from by as is are was were be been being
    what who whom which when where why how did does do has have had say said says tell told
    statement statements quote quotes quoted that this these those it its he she him her his
    they them their any anyone anything ever really also else there here me us we you i
    position positions view views stance think thought over time changed change has have
    according regarding concerning on than then so not no yes please something much
    comment comments remark remarks summarize summarise summary thoughts opinion opinions""".split()
)
NOT_NAMES = {
    "What",
    "Who",
    "When",
    "Where",
    "Why",
    "How",
    "Which",
    "Did",
    "Does",
    "Do",
    "Has",
    "Have",
    "Is",
    "Was",
    "And",
    "Also",
    "Any",
    "Anyone",
    "The",
    "A",
    "An",
    "In",
    "On",
    "About",
    "Tell",
    "Show",
    "List",
    "Give",
    "Please",
    "Summarise",
    "Summarize",
    "Quote",
    "Quotes",
    "I",
    "Can",
}
RELEVANT = 0.30  # cosine below this, without shared words, is not "about the topic"
CONTEXT_WEIGHT = 0.85
TITLE_WEIGHT = 0.20
FLOOR, SPREAD = 0.20, 0.35  # statements within SPREAD of the best (and above FLOOR) count
MANY = 300  # statements of one question's speakers above which only candidates are scored
POOL = 200  # candidates taken by vector and by keyword each
NEARBY = 600  # characters between two statements of one passage
PHRASE = 4  # words of a question that, found in this order in a statement, quote it


@dataclass
class Understanding:
    """What a question asks: about whom, on what, and in which form."""

    question: str
    intent: Intent
    speakers: list[Speaker] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # people named but never quoted
    topic: str = ""
    claim: str = ""  # the statement to find, for who/verify questions
    inherited: bool = False
    # Quoted people who share the surname of someone asked about who is never quoted.
    namesakes: list[str] = field(default_factory=list)


def _names_in(question: str) -> list[str]:
    names: list[str] = []
    for pattern in SPEAKER_SLOTS:
        for match in re.finditer(pattern, question):
            name = match.group(1).strip(" .")
            words = [w for w in name.split() if w not in NOT_NAMES]
            if words and words[0][0].isupper():
                names.append(" ".join(words))
    return list(dict.fromkeys(names))


def _hits(text: str, registry: SpeakerRegistry) -> list[tuple[Speaker, str]]:
    return [
        (s, m)
        for s, m in registry.find_in_text(text)
        if s.role not in UNNAMED_ROLES or m.lower() == s.name.lower()
    ]


def _asker_part(question: str, hits: list[tuple[Speaker, str]]) -> str:
    """The question up to its topic, where the people asked about are named: "What did Ada Lind
    say about Marco Rossi?" asks for Lind's statements; Rossi is what they are about."""
    lowered = question.lower()
    named = [m for _, m in hits] + _names_in(question)
    ends = [lowered.find(m.lower()) + len(m) for m in named if m.lower() in lowered]
    ends += [m.end() for m in ASKED_PRONOUN.finditer(question)]  # "what did she say about X?"
    if COMPARE.match(question):
        return question  # "Compare Lind to Rossi on taxes": both are asked
    marker = TOPIC_MARKER.search(question, min(ends)) if ends else None
    if marker is None or re.search(SPEAKER_SLOTS[0], question[marker.end() :]):
        return question  # no topic after a name, or a second "what did X say" clause
    return question[: marker.start()]


def _namesakes(name: str, hits: list[tuple[Speaker, str]]) -> list[Speaker]:
    """Speakers found in the question by their surname alone, where the question gives that
    surname a first name of its own (which the registry's lookup of the full name rejected)."""
    first, last = first_last(normalise_name(name))
    if not first:
        return []
    return [s for s, m in hits if normalise_name(m) == last]


def namesakes_of(name: str, registry: SpeakerRegistry) -> list[str]:
    """Quoted people who share the surname of `name`, a full name nobody quoted."""
    return [s.name for s in _namesakes(name, _hits(name, registry))]


def word_stems(text: str) -> set[str]:
    """Content words without a plural "s" and split at hyphens ("politicians" matches
    "politician", "thin-skinned" matches "thin skinned")."""
    words = [part for w in content_words(text) for part in w.split("-") if part]
    return {w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words}


def content_words(text: str) -> list[str]:
    """Lower-cased words that carry meaning (no stopwords, no possessive 's)."""
    words = [re.sub(r"['’]s$", "", w).strip("'’") for w in re.findall(r"[\w’'-]+", text.lower())]
    return [w for w in words if w not in STOPWORDS and len(w) > 1]


def understand(
    question: str, registry: SpeakerRegistry, history: list[dict] | None = None
) -> Understanding:
    """Parse the question; pronouns and elliptical follow-ups inherit speakers from history."""
    if WHO.match(question):
        claim = WHO_LEAD.sub("", question).rstrip("?").strip()
        return Understanding(question, "who", topic=claim, claim=claim)
    # Groups and unresolved mentions ("the minister", "officials") are found only when the
    # question names them in full, never from a word inside a person's title.
    everyone = _hits(question, registry)
    if history and FOLLOW_UP.match(question):  # "And what about the candidates?": a topic
        everyone = [(s, m) for s, m in everyone if s.role not in UNNAMED_ROLES]
    asker = _asker_part(question, everyone)
    lowered = question.lower()
    hits = [(s, m) for s, m in everyone if lowered.find(m.lower()) + len(m) <= len(asker)]
    found = [s for s, _ in hits]
    matched = {m.lower() for _, m in hits}
    unknown: list[str] = []
    namesakes: list[str] = []
    names = _names_in(asker)
    for name in names:
        people = [
            s
            for s in registry.lookup(name)
            if s.role not in UNNAMED_ROLES or name.lower() == s.name.lower()
        ]
        if people:
            found.extend(p for p in people if p not in found)
            continue
        others = _namesakes(name, hits)
        if others:
            # "Giulia Rossi" is not the quoted Marco Rossi: nobody by that name is quoted.
            found = [s for s in found if s not in others]
            unknown.append(name)
            namesakes.extend(s.name for s in others)
        elif not any(name.lower() in m or m in name.lower() for m in matched):
            unknown.append(name)
    speakers = list({s.id: s for s in found}.values())
    inherited = False
    if (
        not speakers
        and not unknown
        and history
        and (PRONOUN.search(question) or FOLLOW_UP.match(question))
    ):
        speakers, unknown = _speakers_from_history(history, registry)
        inherited = bool(speakers or unknown)
    intent: Intent = "statements"
    claim = ""
    verify = VERIFY.match(question)
    if CHANGE.search(question):
        intent = "change"
    elif verify and (speakers or unknown) and not ANYTHING.match(question, verify.end()):
        intent, claim = "verify", question[verify.end() :].rstrip("?")
    # People named after the topic marker are part of the topic, even when they share a word
    # with a speaker's name ("What did Hillary Roe say about Bill Roe?").
    named = [s.name for s in speakers] + [m for _, m in hits] + names  # names hold the unknown
    named += [a for s in speakers for a in s.aliases]
    name_words = {w for name in named for w in content_words(name)}
    topic_words = (
        [  # "What did Mayor Ada Lind say ...": her title is no topic either
            w for w in content_words(asker) if w not in TITLES and w not in name_words
        ]
        + content_words(question[len(asker) :])
    )
    return Understanding(
        question, intent, speakers, unknown, " ".join(topic_words), claim, inherited, namesakes
    )


def _speakers_from_history(
    history: list[dict], registry: SpeakerRegistry
) -> tuple[list[Speaker], list[str]]:
    for message in reversed(history):
        if message.get("role") != "user":
            continue
        text = message.get("content") or ""
        if not isinstance(text, str):
            continue
        previous = understand(text, registry)
        if previous.speakers or previous.unknown:
            return previous.speakers, previous.unknown
    return [], []


def follow_up_topic(
    u: Understanding, history: list[dict] | None, registry: SpeakerRegistry, store: Store
) -> Understanding:
    """ "And what about Cadillac?" after "What did Jo Roe say about the tour?" asks what Roe
    said about Cadillac when Roe's statements name it; otherwise what Cadillac said."""
    if not history or not FOLLOW_UP.match(u.question) or not u.speakers or u.topic or u.unknown:
        return u
    previous, _ = _speakers_from_history(history, registry)
    if not previous or {s.id for s in previous} & {s.id for s in u.speakers}:
        return u
    named = word_stems(" ".join(s.name for s in u.speakers))
    asked = [w for w in content_words(u.question) if w in named]
    surnames = word_stems(" ".join(s.name.split()[-1] for s in u.speakers)) & set(asked)
    if not surnames or not any(
        surnames & word_stems(q.text) for q in store.quotes_by([s.id for s in previous])
    ):
        return u
    return replace(u, speakers=previous, topic=" ".join(asked), inherited=True)


class Retriever:
    """Finds statements in one store; the query embedding comes from the caller's embedder."""

    def __init__(self, store: Store, embed_query) -> None:  # type: ignore[no-untyped-def]
        self.store = store
        self.embed_query = embed_query
        self._queries: dict[str, np.ndarray] = {}

    def statements(self, quotes: list[Quote], scores: dict[str, float]) -> list[Statement]:
        meta = self.store.article_meta(sorted({q.article_id for q in quotes}))
        found = []
        for quote in quotes:
            row = meta.get(quote.article_id)
            if row is None:
                continue
            found.append(
                Statement(
                    quote, row["title"], row["source"], row["published"], scores.get(quote.id, 0.0)
                )
            )
        return sorted(found, key=lambda s: -s.score)

    def by_speakers(self, speakers: list[Speaker], topic: str, limit: int) -> list[Statement]:
        """Statements of these speakers, ranked by topic (all of them when there is no topic)."""
        ids = [s.id for s in speakers]
        if topic.strip() and self.store.speaker_quote_count(ids) > MANY:
            quotes = self._candidates(ids, topic)
        else:
            quotes = self.store.quotes_by(ids)
        # "about them", "that": a statement with no word of its own says nothing to show.
        quotes = [q for q in quotes if q.kind != "author" and content_words(q.text)]
        if not topic.strip():
            return self.statements(quotes, {q.id: 1.0 for q in quotes})
        scores = self._score(quotes, topic)
        # Every word of the topic in the statement itself ("support this slate" for "the
        # slate") makes it relevant, whatever the vectors say of a one-word topic; it pulls
        # in nothing else.
        words = word_stems(topic)
        literal = [q for q in quotes if words and words <= word_stems(q.text)]
        best = max(scores.values(), default=0.0)
        if best < RELEVANT:
            return self.statements(literal, scores)[:limit]
        # Relative to the best match: a speaker clearly on the topic pulls in their weaker
        # statements on it too, whose words differ from the question's.
        cutoff = max(FLOOR, best - SPREAD)
        relevant = [q for q in quotes if scores[q.id] >= cutoff]
        relevant += [q for q in literal if scores[q.id] < cutoff]
        anchors = [q for q in relevant if scores[q.id] >= RELEVANT + 0.1]
        anchor_starts: dict[str, list[int]] = {}  # by article: thousands of statements at scale
        for a in anchors:
            anchor_starts.setdefault(a.article_id, []).append(a.start)
        chosen = {q.id for q in relevant}
        for quote in quotes:
            # A speaker's next sentence in the same passage usually goes on about the same thing.
            if quote.id not in chosen and any(
                abs(start - quote.start) <= NEARBY
                for start in anchor_starts.get(quote.article_id, ())
            ):
                scores[quote.id] = max(scores[quote.id], cutoff + 0.01 * scores[quote.id])
                relevant.append(quote)
        for quote in literal:  # the speaker's own use of the words asked about comes first
            scores[quote.id] = best + 0.01 * (1 + scores[quote.id])
        return self.statements(relevant, scores)[:limit]

    def _query(self, text: str) -> np.ndarray:
        if text not in self._queries:
            self._queries[text] = self.embed_query(text)
        return self._queries[text]

    def _candidates(self, speaker_ids: list[str], topic: str) -> list[Quote]:
        """For much-quoted people, only the statements nearest the topic by vector or sharing
        its words (FTS5) are scored: scoring all of them is slow."""
        nearest = self.store.nearest_of_speakers(self._query(topic), speaker_ids, POOL)
        sharing = self.store.statements_with_words(content_words(topic), speaker_ids, POOL)
        return self.store.quotes_by_id(list(dict.fromkeys([q for q, _ in nearest] + sharing)))

    def _score(self, quotes: list[Quote], topic: str) -> dict[str, float]:
        ids = [q.id for q in quotes]
        vectors = self.store.quote_vectors(ids)
        # A statement's context counts too ("it will be finished on time" is about whatever the
        # paragraph around it is about), a little less than its own words.
        contexts = self.store.context_vectors(ids)
        query = self._query(topic)
        words = set(content_words(topic))
        # The headline says what the article is about: a statement under a headline sharing
        # the question's words is more likely on its topic, whatever its own wording.
        titles = {
            article_id: set(content_words(row["title"] or ""))
            for article_id, row in self.store.article_meta(
                sorted({q.article_id for q in quotes})
            ).items()
        }
        scores = {}
        for quote in quotes:
            vector, context = vectors.get(quote.id), contexts.get(quote.id)
            cosine = float(np.dot(vector, query)) if vector is not None else 0.0
            if context is not None:
                cosine = max(cosine, CONTEXT_WEIGHT * float(np.dot(context, query)))
            lowered = quote.text.lower()  # each content word is a substring: cheap test first
            shared = (
                words & set(content_words(quote.text))
                if any(w in lowered for w in words)
                else set()
            )
            headline = words & titles.get(quote.article_id, set())
            # Whom a statement is about ("Trump views NATO as a client" -> Trump) counts as its
            # words: "him a stiff" is about the person asked about.
            shared |= words & set(content_words(quote.about or ""))
            scores[quote.id] = (
                cosine
                + 0.15 * len(shared) / max(len(words), 1)
                + TITLE_WEIGHT * len(headline) / max(len(words), 1)
            )
        return scores

    def search(self, text: str, limit: int) -> list[Statement]:
        """Statements anywhere matching a claim or topic: vectors + keywords, fused."""
        pool = max(limit * 4, 20)
        vector_hits = self.store.vector_search(self.embed_query(text), pool)
        # Stopwords would match nearly every statement and make the full-text query slow.
        keyword_hits = self.store.keyword_search(" ".join(content_words(text)), pool)
        # Words quoted from a statement, in order, find that very statement.
        tokens = re.findall(r"\w+", text.lower())
        verbatim = self.store.phrase_search(tokens, pool) if len(tokens) >= PHRASE else []
        ids = [q for q, _ in vector_hits] + [q for q, _ in keyword_hits] + verbatim
        quotes = self.store.quotes_by_id(list(dict.fromkeys(ids)))
        scores = self._score(quotes, text)
        for quote_id in verbatim:
            scores[quote_id] = scores.get(quote_id, 0.0) + 1.0
        return self.statements(quotes, scores)[:limit]

    def about(self, names: list[str], limit: int) -> list[Statement]:
        """Others' statements that are about (or mention) these people."""
        hits: list[Statement] = []
        for name in names:
            surname = name.split()[-1]
            ids = [q for q, _ in self.store.keyword_search(surname, limit * 4)]
            for statement in self.statements(self.store.quotes_by_id(ids), {}):
                quote = statement.quote
                if quote.kind == "author" or not quote.speaker:
                    continue
                if surname.lower() in (quote.about or "").lower() or re.search(
                    rf"\b{re.escape(surname)}\b", quote.text
                ):
                    hits.append(statement)
        return hits[:limit]
