"""The state of one article while it is attributed: its quotations, people and sources found so far.

`ArticleContext.speaker_of` turns the subject of a reporting verb into (mention, speaker): a name
resolved through `coref.ArticlePeople` (surname, pronoun, role), an organisation, or the mention as
written ("a NATO official") when nothing better is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from .coref import (
    AGE_WORDS,
    KIN_NOUNS,
    ORG_KINDS,
    ORG_WORDS,
    OTHER_ONE,
    TITLE_GENDER,
    ArticlePeople,
    Person,
    appos_roles,
    clean_name,
    dateline_person,
    deep_appos,
    full_name_of,
    full_name_words,
    is_title,
    kin_name,
    misread_person_name,
    named_as,
    named_beside_person,
    office_holder,
    person_noun,
    person_word,
    subject_tokens,
    trim_entity,
    unnamed_person,
    written_name,
)
from .cues import (
    ASKING_FORMS,
    DATA_NOUNS,
    DOCUMENT_NOUNS,
    OWNED_NOUNS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SPEECH_FORMS,
    given_name_gender,
)
from .quotemarks import QuoteSpan, find_quotes, paragraphs, quoted_mask
from .records import Article
from .speakers import TITLES, normalise_name

NOT_SOURCES = frozenset(
    "this that there which what who whom whoever you i we me us one anyone everyone nobody none "
    "everybody".split()
)

_PLACES = ("GPE", "LOC", "FAC")

# Owners a text may not name: "its view", "their claim", and the writer's own "my", "our".
UNNAMED_OWNERS = frozenset("its their my our your".split())


def _listed(names: list[str]) -> str:
    """Joint sources as one string, the way a list is written: "Jo Roe, Al Day and Li Wu"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _owner(subj: Token) -> Token | None:
    """The person or group owning a subject that holds their words ("his assumption", "Roe's
    catch phrase"), not "its" or "their" (a group the text may not name)."""
    if not subj.tag_.startswith("NN") or subj.lower_ not in OWNED_NOUNS:
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in UNNAMED_OWNERS:
        return None
    return owner


PERSONAL = frozenset("he she him her his".split())

_LONGEST_DESCRIPTION = 25  # tokens; longer subtrees are parse accidents more than descriptions


# What opens a description of someone not named before: "a police officer", "her spokesman"
# ("the Vermont senator" is often a named person the resolution missed).
_DESCRIBING = frozenset("a an another one his her their its".split())
_OWNED = ("'s", "’s")
_SPOKES = frozenset("spokesman spokeswoman spokesperson".split())
_PLACING = frozenset("in at for from of with on near".split())  # "a nurse on the ward"
_PERSON_ENDINGS = ("man", "woman", "maker", "ist", "ian")  # "cheesemaker", "florist"
# A description's sex: titles that give it, and the "-woman" nouns ("a spokesman" may be a woman).
_DESCRIPTION_GENDER = {
    **TITLE_GENDER,
    **dict.fromkeys("spokeswoman businesswoman councilwoman alderwoman".split(), "f"),
}
# Words that set a document apart from the one credited before: "the earlier poll".
_ANOTHER_DOCUMENT = OTHER_ONE | frozenset("earlier previous latest new last first second".split())
_STOP = re.compile(r"[.!?][”\"’']*\s+|\n")
_ONLY_CLOSING = re.compile(r"[\s.!?,”\"’']*")


@dataclass
class Attribution:
    parts: list[tuple[int, int]]  # content, article offsets
    block: tuple[int, int]  # speaker + cue, article offsets
    mention: str
    speaker: str | None
    cue: str | None
    confidence: float
    about: str | None = None
    person: Person | None = None
    extra: list[tuple[int, int]] = field(default_factory=list)  # quotations continuing this one
    same_cue: list[tuple[int, int]] = field(default_factory=list)  # ... in the cue's own paragraph
    # the speaker's own words without quotation marks (an interview's answers)
    verbatim: bool = False
    # an aside that puts this label on a thing inside another's claim: that claim gives it up
    aside: tuple[int, int] | None = None


def _reach(att: Attribution) -> int:
    """Where an attribution ends in the article: its last content or its speaker block."""
    return max(e for _, e in [*att.parts, att.block])


# "By Jo Roe", "By Jo Roe and Ann Lee, Reuters", "By JO ROE": a line that credits the writers
_BYLINE_NAME = r"[A-Z][\w.'’-]*"
_BYLINE = re.compile(
    rf"By {_BYLINE_NAME}(?: (?:{_BYLINE_NAME}|de|van|von|da|del|la|le|bin|al)){{1,3}}"
    rf"(?:(?:,| and) {_BYLINE_NAME}(?: {_BYLINE_NAME})*){{0,3}}$"
)


class ArticleContext:
    """State of one article while it is attributed."""

    def __init__(
        self,
        article: Article,
        docs: list[tuple[int, Doc]],
        quotes: list[QuoteSpan] | None = None,
    ) -> None:
        self.article = article
        self.text = article.text
        self.docs = docs
        self.quotes = find_quotes(self.text) if quotes is None else quotes
        self.mask = quoted_mask(self.text, self.quotes)
        self.paragraph_spans = paragraphs(self.text)
        self.people = ArticlePeople(self.text)
        # Title-case headlines make the NER glue words to names: they never set a spelling, and
        # are read after the body, so that a glued name can be cut back to a person named there.
        read = sorted(
            ((is_headline(doc.text), offset, doc) for offset, doc in docs), key=lambda d: d[0]
        )
        # One word the NER reads as a person here and as a place elsewhere ("Riverton became
        # his base"), and never the surname of a full name, is the place.
        people = [e for _, doc in docs for e in doc.ents if e.label_ == "PERSON"]
        surnames = {e[-1].text for e in people if len(e) > 1}
        places = {e.text for _, doc in docs for e in doc.ents if e.label_ in _PLACES}
        # ... or that the article puts somewhere ("filmed outside Dakar", "a crowd in Tamale")
        places |= {
            word
            for word in {e.text for e in people if len(e) == 1}
            if re.search(rf"\b(?:in|outside|near) {re.escape(word)}\b(?!['’])", self.text)
        }
        # "Alasdair MacInnes" read as an organisation where "Morag MacInnes" is a person: a
        # relative who shares her surname (not "North Korea" where "N. Korea" was read as one)
        kin = surnames - places
        places -= surnames  # but "Roe" of "Jo Roe" is her surname, whatever the NER says
        # "Alasdair Munro" read as an organisation, "Munro" alone as a person (whose full name
        # the NER did not find: not "Actress Amandla Stenberg")
        lone = {e.text for e in people if len(e) == 1} - surnames
        # "The Kivu National Union of Porters (KNUP)": the short name of a body
        short_forms = _short_forms(docs) - surnames  # not "Roe" of "the Roe Campaign"
        for headline, offset, doc in read:
            self.people.add_entities(
                [
                    e
                    for e in doc.ents
                    if (
                        e.label_ == "PERSON"
                        and not (
                            len(e) == 1
                            and (e.text in places or e.text in short_forms or _home_town(e))
                        )
                    )
                    or dateline_person(e)
                    or (
                        not headline
                        and (
                            full_name_of(e, lone - places)
                            or (e.label_ == "ORG" and full_name_of(e, kin))
                            or misread_person_name(e)
                        )
                    )
                ],
                offset,
                not headline,
            )
            self.people.add_couples(doc, offset)
            self.people.add_titled(doc, offset)
            self.people.add_nicknamed(doc, offset)
            if not headline:
                self.people.add_named_subjects(doc, offset)
        if docs and docs[0][0] == 0:  # the first line is the headline
            self.people.add_headline_speaker(docs[0][1], 0)
        self.people.mentions.sort(key=lambda m: m.start)
        self.people.finish()
        for offset, doc in docs:
            self.people.add_surnames(doc, offset)
            self.people.learn_genders(doc, offset)
            self.people.add_descriptions(doc, offset)
            self.people.add_unnamed(doc, offset)
        bylines = [(s, e) for s, e in self.paragraph_spans if _BYLINE.match(self.text, s, e)]
        self.people.mentions = [  # the writer's name above the story is no one it quotes
            m for m in self.people.mentions if not any(s <= m.start < e for s, e in bylines)
        ]
        for mention in self.people.mentions + self.people.unnamed:
            mention.quoted = bool(self.mask[mention.start])
        self.recent: list[tuple[int, Person]] = []
        # non-person sources, for "it said" and "they said": (offset, name, plural)
        self.sources: list[tuple[int, str, bool]] = []
        self.found: list[Attribution] = []
        self.author = normalise_name(article.author or "") or None

    def is_author(self, speaker: str | None) -> bool:
        """The article's own byline: the writer is never one of its quoted speakers."""
        return bool(self.author and speaker and normalise_name(speaker) == self.author)

    def add_recent(self, pos: int, person: Person, cue: int | None = None) -> None:
        """A person credited at `pos` is a candidate for later pronouns, unless the credit (its
        `cue` when given) sits inside what someone else said ("Roe claimed that Vance wanted ...":
        Vance does not speak) or in a clause hung on another named subject's verb. "citing the
        testimony of Dr. Jo Roe, who testified that ...": Roe speaks, her cue outside the citing."""
        at = pos if cue is None else cue
        if any(s <= at < e for att in self.found for s, e in att.parts):
            return
        if any(
            m.subordinate and m.person is person and pos <= m.end and m.start - pos < 80
            for m in self.people.mentions
        ):
            return  # "Roe was grim when Vance asked whether ...": a later "he" is Roe
        self.recent.append((pos, person))

    def sentence_start(self, pos: int) -> int:
        """Where the parsed sentence holding article offset `pos` starts (`pos` if none does)."""
        for offset, doc in self.docs:
            if offset <= pos < offset + len(doc.text):
                for sent in doc.sents:
                    if sent.start_char <= pos - offset < sent.end_char:
                        return offset + sent.start_char
        return pos

    def token_at(self, pos: int) -> tuple[int, Token] | None:
        """(paragraph offset, token) of the parsed token covering article offset `pos`, if any."""
        for offset, doc in self.docs:
            if offset <= pos < offset + len(doc.text):
                for tok in doc:
                    if tok.idx <= pos - offset < tok.idx + len(tok.text):
                        return offset, tok
        return None

    # -- speakers ------------------------------------------------------------------------------
    def speaker_of(
        self,
        subj: Token,
        offset: int,
        cue: Token | None = None,
        content: list[tuple[int, int]] | None = None,
    ) -> tuple[str, str | None, float, Person | None]:
        """(mention as written, resolved speaker, confidence, person) for a cue's subject.

        An unnamed source keeps all that describes it ("a poll released last week"), short of the
        cue's own clause.
        """
        joined_name = next(  # "On the avenue, usually one of the busiest, Jo Roe, a driver, said":
            (  # the name the parse joined without "and" to a description of a place
                c
                for c in subj.children
                if c.dep_ == "conj" and c.ent_type_ == "PERSON" and cue is not None and c.i < cue.i
            ),
            None,
        )
        if (
            joined_name is not None
            and subj.ent_type_ != "PERSON"
            and subj.tag_ not in ("NNP", "NNPS")
            and not person_word(subj)
            and not any(c.dep_ == "cc" for c in subj.children)
            and subj.doc[joined_name.left_edge.i - 1].text == ","
        ):
            return self.speaker_of(joined_name, offset, cue, content)
        set_off = (
            _named_before_cue(subj, cue)
            if subj.ent_type_ != "PERSON" and subj.tag_ not in ("NNP", "NNPS")
            else None
        )
        if set_off is not None:
            return self.speaker_of(set_off, offset, cue, content)
        officer = next(  # "National Electoral Council (CNE) president Rafael Quintero said"
            (
                c
                for c in subj.children
                if c.dep_ == "appos"
                and c.ent_type_ == "PERSON"
                and any(w.dep_ == "compound" and w.lower_ in ROLE_NOUNS for w in c.lefts)
            ),
            None,
        )
        if officer is not None and subj.ent_type_ == "ORG" and subj.tag_ in ("NNP", "NNPS"):
            return self.speaker_of(officer, offset, cue, content)
        tokens = subject_tokens(subj)
        body = _listed_body(subj)
        if body is not None:  # "The Rail, Tram and Bus Union said": one union's name
            return body.text, _org_name(body), 0.7, None
        conjuncts = [
            subj,
            *[
                t
                for t in subj.conjuncts
                if t.i > subj.i
                and t.i <= tokens[-1].i
                # not "Jo Roe of the College of Administration and Governance"
                # nor "the Department of Trade and Overseas Markets" (the parse joins "Markets")
                and not (
                    t.tag_ in ("NNP", "NNPS")
                    and t.ent_type_ != "PERSON"
                    and any(w.lower_ == "of" for w in subj.doc[subj.i : t.i])
                )
            ],
        ]
        # "Rep. Jo Roe, R-Tenn., the chairman, and Rep. Ana Park, its ranking member, said": the
        # second name the parse joined to the first one's description
        conjuncts += [
            t
            for c in subj.children
            if c.dep_ == "appos" and len(conjuncts) == 1
            for t in c.conjuncts
            if t.i > c.i
            and t.ent_type_ == "PERSON"
            and t.tag_ == "NNP"
            and cue is not None
            and subj.i < t.i < cue.i
        ]
        if conjuncts[-1].i > tokens[-1].i:
            tokens = [tokens[0], *subject_tokens(conjuncts[-1])[-1:]]
        listed = listed_names(subj)
        if listed:  # "Jo Vance, Ted Roe and Ana Park said": all three
            tokens = [tokens[0], *subject_tokens(listed[-1])[-1:]]
            conjuncts = listed
        mention = subj.doc[tokens[0].i : tokens[-1].i + 1].text
        if (  # "presidential contender and former surgeon Jo Roe": two descriptions of one
            # person the parse coordinates (no article before the first, and one name)
            len(conjuncts) == 2
            and (subj.tag_ == "NN" or subj.lower_ in ROLE_NOUNS)  # "Vice President for parks
            # and trails Ana Kestrel", the parse joining the two; "Acme co-founder", read as a body)
            and (subj.ent_type_ == "" or (subj.ent_type_ == "ORG" and subj.is_lower))
            and conjuncts[1].ent_type_ == "PERSON"
            and not any(c.dep_ in ("det", "poss") for c in subj.children)
            and self.people.known(subj.text, offset + subj.idx) is None  # "Ruiz and Lo said"
        ):
            name, confidence, person = self._resolve(conjuncts[1], offset, [conjuncts[1]])
            return mention, name or mention, confidence, person
        if len(conjuncts) > 1:  # "Smith and Jones said": each resolved, joined
            names = [self._resolve(t, offset, [t]) for t in conjuncts]
            named = [n for n in names if n[0]]
            if (  # "real estate mogul and TV star Jo Roe": descriptions of the one person named
                len(named) == 1
                and all(t.tag_ == "NN" and t.ent_type_ == "" for t in conjuncts)
                and (
                    not any(c.dep_ in ("det", "poss") for c in subj.children)
                    # "Its founder and chief executive, Jo Roe, told": named after both roles
                    or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children)
                )
            ):
                return mention, *named[0]
            distinct = list(dict.fromkeys(n[0] for n in names))
            if len(distinct) == 1 and distinct[0]:  # "The party's leader and likely next
                return mention, *names[0]  # premier, Jo Roe,": two roles of the one named
            if all(n[0] for n in names):
                joint = _listed([n[0] for n in names])  # type: ignore[misc]
                return mention, joint, min(n[1] for n in names), None  # type: ignore[misc]
            return mention, mention, 0.5, None
        name, confidence, person = self._resolve(subj, offset, tokens, content)
        # "experts on trade", "those surveyed", "some who back her": what describes them too
        if (
            name in (None, mention)
            and cue is not None
            # "Republicans on Capitol Hill", "one Republican involved in the planning"
            and (subj.tag_ in ("NN", "NNS", "DT", "CD") or subj.ent_type_ == "NORP")
        ):
            described = subject_tokens(subj, cue)
            if len(described) <= _LONGEST_DESCRIPTION:
                described_as = subj.doc[described[0].i : described[-1].i + 1].text
                name = described_as if name == mention else name
                mention = described_as
        words = mention.split()
        if (
            name in (None, mention)
            and len(words) > 2
            and words[0].lower() in ORG_KINDS
            and words[1].istitle()
        ):
            name = " ".join(words[1:])  # "Brokerage Kell Securities said": Kell Securities
        named_body = next(  # "The U.N. peacekeeping mission, MONUSCO, said": the body named
            (
                c
                for c in subj.children
                if c.dep_ == "appos"
                and c.tag_ in ("NNP", "NNPS")
                and (c.ent_type_ == "ORG" or (c.ent_type_ == "" and _ACRONYM.fullmatch(c.text)))
            ),
            None,
        )
        if (
            name in (None, mention)
            and named_body is not None
            and (subj.tag_ == "NN" or (subj.tag_ == "NNP" and subj.is_lower))
        ):  # (a common noun the tagger reads as a name: "the state weather bureau")
            ent = next((e for e in subj.doc.ents if e.start <= named_body.i < e.end), None)
            if ent is None and not any(c.dep_ == "compound" for c in named_body.children):
                return f"{mention}, {named_body.text}", named_body.text, confidence, person
            if ent is not None and ent.root == named_body:
                return f"{mention}, {ent.text}", _org_name(ent), confidence, person
        return mention, name or mention, confidence, person

    def _resolve(
        self,
        subj: Token,
        offset: int,
        tokens: list[Token],
        content: list[tuple[int, int]] | None = None,
    ) -> tuple[str | None, float, Person | None]:
        """(name, confidence, person) of one subject noun; name None when it cannot be resolved."""
        mention = subj.doc[tokens[0].i : tokens[-1].i + 1].text
        at = offset + tokens[0].idx
        word = subj.lower_
        if word in PERSONAL:
            main = _cataphora(subj)
            if main is not None:
                name, confidence, person = self._resolve(main, offset, subject_tokens(main))
                if person is not None and not any(
                    m.person is person and m.start < at for m in self.people.mentions
                ):  # "After he blasted the film, Pastor Jo Roe turned on ...": met here first
                    return name, confidence, person
            described = self._description_just_before(word, at)
            if described is not None:
                return described, 0.5, None
            reported: list[tuple[int, int, Person | None]] = [
                (s, e, att.person) for att in self.found if att.person for s, e in att.parts
            ]
            # "Also, Roe is no conservative, he said": not a name inside his own words
            reported += [(s, e, None) for s, e in content or ()]
            person = self.people.pronoun(word, at, self.recent, reported=reported)
            if person is not None and SPEECH_FORMS.get(subj.head.lower_) in _REPLIES:
                person = self._answerer(person, word, at)
            if person is None:  # "The education secretary told MPs ... “…,” she said": a role
                described = self._description_just_before(word, at, definite=True)  # no one
                if described is not None:  # named holds
                    return described, 0.45, None
            return (person.name, 0.75, person) if person else (None, 0.2, None)
        if word == "one" and any(  # "one of them said": one of the group credited just before
            c.lower_ == "of" and any(g.lower_ in ("them", "those") for g in c.children)
            for c in subj.children
        ):
            group = self._recent_group(at)
            return (f"one of {group}", 0.4, None) if group else (None, 0.2, None)
        if word in ("they", "them"):  # the group or organisation credited just before, if any
            above = _plural_subject_above(subj)
            if above is not None:  # "leaders unveiled a pact that they said would ...": them
                tokens = subject_tokens(above)
                return above.doc[tokens[0].i : tokens[-1].i + 1].text, 0.4, None
            source = self.recent_source(at)
            return (source, 0.4, None) if source else (None, 0.2, None)
        owner = _owner(subj)
        if owner is not None:  # "His assumption was that ...", "Roe's catch phrase was that ...":
            name, confidence, person = self._resolve(owner, offset, subject_tokens(owner))
            if name is not None:  # the owner's words
                return name, confidence * 0.9, person
        if _demonym(subj):  # "the Welshman said", "the German added" (the NER may read either
            # as a name): the one in view; "the 22-year-old Romanian": the one of that age
            of_age = any(_age_noun(c) for c in subj.children)
            speaker = (of_age and self._of_age(_years_before(subj), at)) or self._last_in_view(at)
            if speaker is not None:
                return speaker.name, 0.55, speaker
        ent = person_entity(subj)
        # "a lawyer for the firm, Jo Park,", "the district Chairman Jo Park" (a title the tagger
        # reads as a name, with the name hung on it)
        if ent is None and (
            subj.tag_ in ("NN", "NNS")
            or subj.lower_ in ROLE_NOUNS
            # "The MP", "The bride's nan, Edna Roe," (a noun the tagger reads as a name)
            or (subj.tag_ == "NNP" and any(c.dep_ in ("det", "poss") for c in subj.children))
            # "In Kinvale, ..., customer Jo Roe, 66, said", the place read as the subject
            or (subj.ent_type_ in ("GPE", "LOC") and subj.i > 0 and subj.nbor(-1).lower_ == "in")
        ):
            appos = [  # not "Relatives of one of the men, Jo Roe, said": one is not many
                c
                for c in subj.children
                if c.dep_ == "appos" and (subj.tag_ != "NNS" or c.conjuncts)
            ]
            appos += [g for c in appos for g in c.children if g.dep_ == "appos"]  # "his son, Jo"
            appos += [  # "The party's leader and likely next premier, Jo Roe,": on the second
                g
                for c in subj.children
                if c.dep_ == "conj" and c.lower_ in ROLE_NOUNS
                for g in c.children
                if g.dep_ == "appos"
            ]
            appos += [  # "the director of the centre, Jo Roe,": the parse hangs her on "centre"
                g
                for prep in subj.rights
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
                for pobj in prep.children
                # "a spokesman for Mr. Roe, Jo Park,"; not "a lawyer for the widow, Jo Park,"
                if pobj.dep_ == "pobj"
                and (
                    prep.lower_ == "of"
                    or pobj.ent_type_ in ("PERSON", "ORG")
                    # "A spokeswoman for the vice president, Jo Park": a spokesperson's name
                    or subj.lower_ in _SPOKES
                    # "the pick for attorney general, Jo Park": an office, no one holding it
                    or not any(c.dep_ in ("det", "poss") for c in pobj.children)
                )
                and subj.tag_ != "NNS"  # not "Relatives of one of the men, Jo Roe,"
                for g in pobj.rights
                if g.dep_ == "appos" or (g.dep_ == "npadvmod" and g.ent_type_ == "PERSON")
            ]
            # "One survivor, a man who gave his name only as Haroun, said", "A woman who gave
            # her name as Olga said"
            appos += [
                g
                for c in (subj, *appos)
                for rel in c.children
                if rel.dep_ == "relcl"
                for prep in rel.children
                if prep.dep_ == "prep" and prep.lower_ == "as"
                for g in prep.children
                if named_as(g)
            ]
            # "A neighbour of the victim, who gave only his first name, Jakub, said" (the parse
            # hangs the clause on the man)
            appos += [
                g
                for g in (subj.subtree if " name" in subj.doc.text else ())
                if g.dep_ == "appos"
                and g.head.lower_ == "name"
                and g.i < subj.head.i
                and named_as(g)
            ]
            # "The state's first witness, a neighbor named Luis Roe, testified"
            appos += [
                g
                for c in appos
                for named in c.children
                if named.dep_ == "acl" and named.lower_ in ("named", "called")
                for g in named.children
                if g.dep_ in ("oprd", "dobj") and g.tag_ == "NNP"
            ]
            appos += [c for c in [_name_after_role(subj), _name_before_role(subj)] if c is not None]
            appos += [c for c in deep_appos(subj) if c not in appos]
            ent = next((person_entity(c) for c in appos if c.ent_type_ == "PERSON"), None)
            given = next((c for c in appos if named_as(c)), None)
            if ent is None and given is not None:  # "a man named Haroun" the NER took for a place
                person = self.people.add_speaker(subj.doc[given.i : given.i + 1], offset)
                if person is not None:
                    return person.name, 0.7, person
            kin = next(  # "His son, Tiago, said": one name the NER calls an organisation
                (
                    # "the elder, Roe, said": the parse reads "the elder" as a noun
                    # "the elder, Roe, said" (a bare surname: the one older than the others)
                    (self._by_age(subj, c.text, at) if name == c.text else None) or p
                    for c in appos
                    if c.tag_ == "NNP"
                    and (c.ent_type_ in ("ORG", "") or named_beside_person(c) or kin_name(c))
                    # "His older brother, Curtis Roe," (read as a body): Curtis Roe, not a Roe
                    for name in [written_name(c)]
                    for p in [self.people.known(name, offset + c.idx + len(c.text))]
                    if p is not None
                ),
                None,
            )
            if ent is None and kin is not None:
                return kin.name, 0.8, kin
            named = (
                next((n for c in appos for n in [unnamed_person(c)] if n is not None), None)
                if ent is None
                else None
            )
            if named is not None:  # "The leader of the team, Fergus Roe, told"
                person = self.people.add_speaker(named, offset)
                if person is not None:
                    return person.name, 0.7, person
        if ent is not None:
            name = entity_name(ent)
            # a title counts only where it is the name's own: not "Mr. Roe's sister, Ana Roe"
            own = mention if ent.start <= subj.i < ent.end else ent.text
            person = self.people.person_named(name, own, at) or self._named_in_full(
                name, at, at + len(subj.text)
            )
            words = name.split()
            if (  # "Figueiredo Bastos", a family name of two words, after "Ronaldo Figueiredo
                person is not None  # Bastos" the NER took for a place
                and person.name == name
                and len(words) == 2
                and given_name_gender(words[0]) is None
            ):
                person = self._named_in_full(name, at, at + len(subj.text)) or person
            if " " not in normalise_name(name):
                # "Okonkwo, the chief technology officer, says": the Okonkwo introduced so
                namesake = self.people.namesake_described(name, appos_roles(ent))
                if namesake is not None:
                    person = namesake
                elif person is not None:
                    person = self._by_age(subj, name, at) or self._relative_speaking(
                        person, name, mention, at
                    )
            return (person.name if person else self.people.full_name(name, at)), 0.9, person
        capitalised = subj.text[:1].isupper() and (
            subj.i > subj.sent.start
            or subj.tag_.startswith("NN")  # "Roe said ..." read as NNS
            or subj.tag_ == "RB"  # "Roe, asked ..., said" read as an adverb, the name known
        )
        if (subj.tag_ in ("NNP", "NNPS") or capitalised) and subj.lower_ not in _STAFF_NOUNS:
            # a surname the NER missed here (not "Former Roe Pollster": Roe's staff)
            namesake = self.people.namesake_described(
                subj.text, appos_roles(subj.doc[subj.i : subj.i + 1])
            )
            person = namesake or self.people.known(mention, at)
            if (  # "Zhang of Ridgeline said": the surname, and where they work after it
                person is None
                and tokens[0] == subj
                and subj.i + 1 < len(subj.doc)
                and subj.nbor(1).lower_ in ("of", "at", "from")
                and subj.nbor(1).head == subj
            ):
                person = self.people.known(subj.text, at, family_first=True)
            if person is None and _described_name(subj):  # "the elder Roe said"
                person = self._by_age(subj, subj.text, at) or self.people.known(subj.text, at)
            if (  # "Bundesbank chief Roe warns": a lower-case role right before the surname
                person is None
                and tokens[-1] == subj
                and subj.i > 0
                and subj.nbor(-1).lower_ in ROLE_NOUNS
                and subj.nbor(-1).is_lower
            ):
                known = self.people.known(subj.text, at)
                person = known if known and known.name.split()[-1] == subj.text else None
            if person is None and mention == subj.text:
                person = self._named_in_full(subj.text, at, at + len(subj.text))
            if person is not None and mention == subj.text and namesake is None:
                # "Roe said" after his son spoke
                person = self._relative_speaking(person, subj.text, mention, at)
            if person is not None:
                return person.name, 0.8, person
        by_age = _age_noun(subj) and any(
            t.lower_ == "the" for t in subj.doc[max(0, subj.i - 6) : subj.i]
        )
        if by_age:
            aged = self._of_age(_years_before(subj), at)
            if aged is not None:  # "Jack Morrow, 22, ... The 22-year-old said": him
                return aged.name, 0.7, aged
        if subj.lower_ in _TEEN_NOUNS and [t.lower_ for t in subj.lefts] == ["the"]:
            aged = self._of_age("teen", at)
            if aged is not None:  # "Hugo Roe, 18, ... the teenager said": him
                return aged.name, 0.6, aged
        if by_age:  # "“…,” the 20-year-old said" (a demonym, "the Dutchman", is looked up above)
            speaker = self._last_in_view(at)
            if speaker is not None:
                return speaker.name, 0.55, speaker
        if (  # "“…,” the Republican said": the party's member named before, or the one in view
            subj.ent_type_ == "NORP"
            and subj.lower_ in _PARTY_MEMBERS
            and [t.lower_ for t in subj.lefts] == ["the"]
        ):
            person = self.people.role(subj.lower_, [], at) or self._last_in_view(at)
            if person is not None:
                return person.name, 0.55, person
        # "The CFO", "CEO says": a role the NER tags as an organisation, alone
        lone_role = (
            subj.lower_ in ROLE_NOUNS
            and subj.ent_type_ == "ORG"
            and subj.ent_iob_ == "B"
            and (subj.i + 1 == len(subj.doc) or subj.doc[subj.i + 1].ent_iob_ != "I")
        )
        if subj.tag_.startswith("NN") and (subj.ent_type_ == "" or lone_role):
            det = [t.lower_ for t in subj.lefts if t.dep_ == "det"]
            mods = [t.text for t in subj.lefts if t.dep_ in ("amod", "compound")]
            if (
                subj.lower_ in KIN_NOUNS
                and not mods
                and any(c.dep_ == "poss" and c.lower_ in PERSONAL for c in subj.children)
            ):
                # "Yannis Roe and his son Giorgos ... His son said": the one called his son
                person = self.people.role(subj.lower_, [], at)
                if person is not None:
                    return person.name, 0.6, person
            if (
                not det
                and subj.lower_ in ROLE_NOUNS
                # "Agriculture secretary says ..." heading "Agriculture Secretary Jo Roe said"
                and (_owned_by_place_or_body(subj) or (at < 300 and is_headline(subj.sent.text)))
            ):
                # "the region's mobility minister confirmed ... said the minister, Elodie Roe":
                # the one person named with that role next (an earlier one may be another's)
                # "Tessaline CEO says": the company's name may be no part of the role
                person = self.people.role_named_next(
                    subj.lower_, mods, at
                ) or self.people.role_named_next(
                    subj.lower_, [t.text for t in subj.lefts if t.dep_ == "amod"], at
                )
                if person is not None:
                    return person.name, 0.5, person
            if (
                det[:1] in (["the"], ["this"], ["that"])
                and subj.lower_ in ROLE_NOUNS
                and not any(m.lower() in OTHER_ONE for m in mods)
            ):
                # ("the former supervisor" after "A former Acme depot supervisor said ...")
                described = self._description_just_before(subj.lower_, at, mods=mods)
                if described is not None:
                    return described, 0.5, None
                person = self.people.role(subj.lower_, mods, at)
                if person is not None:
                    return person.name, 0.7, person
                person = self.people.called(subj.lower_, at, self.recent) if not mods else None
                if person is not None:  # "The visitors' coach was ... the coach added"
                    return person.name, 0.6, person
                claims: list[tuple[int, int, Person | None]] = [
                    (s, e, att.person) for att in self.found for s, e in att.parts
                ]
                person = self.people.described(subj.lower_, at, self.recent, reported=claims)
                if person is not None:
                    return person.name, 0.55, person
                person = self.people.role_named_next(subj.lower_, mods, at)
                if person is not None:
                    return person.name, 0.5, person
            # "the victim's mother" after "Yolanda Roe, the victim's mother,": owned by a thing
            owned = any(
                c.dep_ == "poss"
                and c.tag_ in ("NN", "NNS")
                and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
                for c in subj.children
            )
            if (det[:1] == ["the"] or owned) and not mods:  # "Her landlord, Peter Grant, ...
                person = self.people.called(subj.lower_, at, self.recent)  # the landlord"
                if person is not None:
                    return person.name, 0.6, person
            if det == ["the"] and not mods and subj.lower_ in _LIFE_NOUNS and not owned:
                person = self._last_in_view(at)  # "Jo Roe, 71, said ... the grandmother said"
                if person is not None and person.gender == _LIFE_NOUNS[subj.lower_]:
                    return person.name, 0.55, person
        # "said Jo Quill", "one pastor, Jo Quill, said": a person the NER missed
        unnamed = unnamed_person(subj) or office_holder(subj)
        if unnamed is not None:
            person = self.people.add_speaker(unnamed, offset)
            if person is not None:
                return person.name, 0.7, person
        author = _document_author(subj)
        if author is not None:  # "a poll by the Pew Research Center": the named author speaks
            return self._resolve(author, offset, subject_tokens(author))
        if (
            subj.lower_ in DATA_NOUNS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in subj.children)
            and not any(  # not "The Reuters/Ipsos poll", "the earlier poll": another one
                c.tag_ in ("NNP", "NNPS") or c.lower_ in _ANOTHER_DOCUMENT
                for c in subj.lefts
                if c.dep_ in ("amod", "compound", "nmod", "nummod")
            )
        ):  # "The 64-page report says ...": the report credited before ("a report by the panel")
            earlier = self._earlier_document(subj.lower_, at)
            if earlier is not None:
                return earlier, 0.6, None
        if subj.ent_type_ == "NORP" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in subj.children
        ):  # "a Democrat familiar with the talks": a person described, not a party
            return None, 0.5, None
        lead = _person_before_of(tokens)
        if lead is not None:  # "Analyst Brian Otieno of Nairobi brokerage Kilima Capital said":
            name = entity_name(lead)  # the parse made the firm the subject
            person = self.people.person_named(name, mention, at)
            return (person.name if person else self.people.full_name(name, at)), 0.8, person
        org = _named_entity(subj, ("ORG", "GPE", "NORP", "FAC"))
        named = _person_of_org(org) if org is not None else None
        if named is not None:  # "Meenakshi Ganguly of Human Rights Watch", read as one name
            person = self.people.add_speaker(named, offset)
            if person is not None:
                return person.name, 0.7, person
        titled = _titled_name(org)
        if org and titled and len(titled) >= 2 and full_name_words(titled):  # "MK Moshe
            person = self.people.add_speaker(org, offset)  # Friedlander said", read as an
            if person is not None:  # organisation: a title, then a full name
                return person.name, 0.7, person
        if titled is not None:  # "Cllr Tully said", read as an organisation: a title, then
            person = self.people.known(titled.text, at)  # a person's name
            if person is not None:
                return person.name, 0.7, person
        if (  # "Roussel, who learned to shuck oysters, said": "who" is said of a person
            org is not None
            and org.label_ == "ORG"  # not "Democrats in Iowa who watched"
            and len(org) <= 3
            and all(t.tag_ == "NNP" for t in org)
            and full_name_words(org)
            and any(
                c.dep_ == "relcl"
                and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
                for c in subj.children
            )
        ):
            start = offset + org.start_char
            person = (
                self._named_in_full(org.text, start, start + len(org.text))
                or self.people.add_speaker(org, offset)
                or self.people.add_named(entity_name(org), start, start + len(org.text))
            )
            return person.name, 0.7, person
        if org is not None:  # an organisation is named as written, without its article
            return _org_name(org), 0.7, None
        if subj.tag_ in ("NN", "NNS"):  # "Her publisher, Editions Roe, said": the body named
            named_org = next(
                (
                    e
                    for c in subj.children
                    if c.dep_ == "appos"
                    for e in [_named_entity(c, ("ORG",))]
                    if e is not None and self.people.known(e.text, at) is None
                ),
                None,
            )
            if named_org is not None:
                return _org_name(named_org), 0.7, None
        # "One woman said ... Later the woman said": the words that first described her
        same = next((m.person for m in self.people.unnamed if m.start == at), None)
        if same is not None and any(m.person is same and m.start < at for m in self.people.unnamed):
            return same.name, 0.5, None
        return None, 0.5, None

    def _last_in_view(self, at: int) -> Person | None:
        """The one who spoke just before `at`, or a person named as a subject since ("Jo Roe won
        bronze. The 22-year-old said ...")."""
        spoke = next(
            ((pos, p) for pos, p in reversed(self.recent) if pos < at and at - pos <= 700), None
        )
        named = next(
            (
                (m.start, m.person)
                for m in reversed(self.people.mentions)
                if m.start < at
                and m.subject
                and not m.quoted
                and at - m.start <= 400
                # not one named inside another's words ("Roe insisted he had not seen Day")
                and not any(
                    s <= m.start < e and att.person is not m.person
                    for att in self.found
                    for s, e in att.parts
                )
            ),
            None,
        )
        if named is not None and (spoke is None or named[0] > spoke[0]):
            return named[1]
        return spoke[1] if spoke else None

    def _of_age(self, years: str, at: int) -> Person | None:
        """The one person the text gives this age before `at`: "Jack Morrow, 22," or "the
        22-year-old diver Jack Morrow"; `years` "teen" for an age from 13 to 19."""
        if years == "teen":
            years = "1[3-9]"
        elif not years.isdigit():
            return None
        name = r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
        patterns = (
            rf"{name},\s+{years}\b(?!-)",
            rf"\b{years}-year-old\s+(?:[a-z-]+\s+){{0,3}}{name}",
        )
        found = {
            id(person): person
            for pattern in patterns
            for match in re.finditer(pattern, self.text[:at])
            for person in [self.people.known(match.group(1), match.start(1))]
            if person is not None
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _answerer(self, person: Person, word: str, at: int) -> Person:
        """ "“You knew, didn't you?” Roe asked. “No, ma'am,” he answered": no one answers their own
        question. If `person` just asked one, the one named last before it answers (else
        `person`)."""
        asked = [
            att
            for att in self.found
            if att.block[0] < at
            and at - att.block[0] < 400
            and att.parts
            and self.text[att.parts[-1][0] : att.parts[-1][1]].rstrip("”\"’' ").endswith("?")
        ]
        if not asked or asked[-1].person is not person:
            return person
        gender = "m" if word in ("he", "him") else "f" if word in ("she", "her") else None
        other = next(
            (
                m.person
                for m in reversed(self.people.mentions)
                if m.start < at
                and m.person is not person
                and not m.quoted
                and m.person.gender in (None, gender)
            ),
            None,
        )
        return other or person

    def _named_in_full(self, word: str, start: int, end: int) -> Person | None:
        """ "Ferrand says" where the NER took no "Odile Ferrand" for a name ("Odile Ferrand's
        third novel"): the one full name the text writes with this surname is that person."""
        parts = word.split()  # "Figueiredo Bastos": a surname of two words
        if (
            len(parts) > 2
            or not all(part.isalpha() and part.istitle() for part in parts)
            or word.lower() in ROLE_NOUNS
        ):
            return None
        given = {
            found.group(1)
            for found in re.finditer(
                rf"\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)[ \t]+{' '.join(parts)}(?![\w-])", self.text
            )
            # not "New York Times", "the White House": a name opens its phrase
            for before in [self.text[max(0, found.start() - 30) : found.start()].split()[-1:]]
            if not before
            or not (
                before[0].lower() == "the"
                or (before[0][:1].isupper() and before[0].lower() not in STOP_WORDS)
            )
            if found.group(1).lower() not in STOP_WORDS
            and found.group(1).lower() not in ROLE_NOUNS
            and found.group(1).lower().rstrip(".") not in TITLES
        }
        if len(given) != 1:
            return None
        return self.people.add_named(f"{given.pop()} {word}", start, end)

    def _by_age(self, subj: Token, surname: str, at: int) -> Person | None:
        """ "the elder Roe", "the younger Roe": of the relatives sharing the surname, the one
        the text calls a parent, or a child."""
        age = subj.lower_ if subj.lower_ in AGE_WORDS else None
        age = age or next((t.lower_ for t in subj.lefts if t.lower_ in AGE_WORDS), None)
        if age is None:
            return None
        return self.people.by_age(surname, AGE_WORDS[age], at)

    def _relative_speaking(self, person: Person, surname: str, mention: str, at: int) -> Person:
        """ "His father, Jo Roe, said ... / “…,” Roe said": a bare surname several relatives
        share, as a source, goes on with the one of them who spoke just before (else `person`),
        unless a title says otherwise ("Mrs. Roe" after Mr. Roe)."""
        before_name = [w.lower().rstrip(".") for w in mention.split()[:-1]]
        if any(w not in TITLES for w in before_name):
            return person  # "the elder Ms Roe" says which Roe
        titled = {TITLE_GENDER.get(w) for w in before_name}
        before = [att for att in self.found if att.block[0] < at and at - att.block[0] < 600]
        if not before:
            return person
        latest = max(before, key=lambda att: att.block[0])
        last = latest.person
        if (
            last is not None
            and last is not person
            and id(last) not in self.people.namesakes_kin  # "Oduya's wife" is not "Oduya"
            and normalise_name(last.name).split()[-1] == normalise_name(surname)
            and not (titled - {None, last.gender})
            # not one the narrator calls by the given name ("Edith says"), where the other is not
            and not (
                self.people.called_by_given_name(last)
                and not self.people.called_by_given_name(person)
            )
            # in the same paragraph or the one just before
            and sum(latest.block[0] < p < at for p, _ in self.paragraph_spans) <= 1
            and not any(  # named again since, not as one talked about ("He testified that
                m.person is person  # Julian Roe bought ...")
                and latest.block[1] <= m.start < at
                and not any(a <= m.start < b for att in self.found for a, b in att.parts)
                for m in self.people.mentions
            )
        ):
            return last
        return person

    def _description_just_before(
        self, word: str, at: int, definite: bool = False, mods: list[str] | None = None
    ) -> str | None:
        """ "A police officer said the road was closed. She said ...": the unnamed person the
        sentence just before credits, when no one is named since, is the "he"/"she" that speaks;
        "One government MP conceded ... “…,” the MP said" is that MP too. With `definite`, a
        role with "the" that no one named holds ("The education secretary told MPs") too. The
        role's `mods` must be words of that description ("the former supervisor")."""
        if word not in ("he", "she", *ROLE_NOUNS):
            return None
        gender = "m" if word == "he" else "f" if word == "she" else None
        before = [att for att in self.found if att.block[0] < at]
        if not before:
            return None
        last = max(before, key=_reach)
        words = last.mention.lower().split()
        if any(m.lower() not in words for m in mods or ()):
            return None
        # the noun described: "An artisan cheesemaker in Vermont" is a cheesemaker
        head = next((k for k, w in enumerate(words) if k and w in _PLACING), len(words))
        noun = words[head - 1] if words else ""
        # "According to a juror who ... The juror, a woman in her 50s, said": the one introduced
        # unnamed before
        introduced = words[:1] == ["the"] and self._introduced_unnamed(noun, last.block[0])
        if (
            last.person is not None
            or not last.speaker
            or (last.cue or "").lower() in ASKING_FORMS  # a question, then someone else's answer
            or len(words) < 2
            # "The orchard's owner, who asked that his name not be used, said"
            or not (
                words[0] in _DESCRIBING
                or (words[0] == "the" and words[1].endswith(_OWNED))
                or introduced
                or (definite and words[0] == "the" and noun in ROLE_NOUNS)
            )
            or not (
                noun in ROLE_NOUNS
                or noun.endswith(_PERSON_ENDINGS)
                or (introduced and person_noun(noun))
            )
            or (gender is None and noun != word)  # "the MP" is the MP described, no one else
            or (gender and _DESCRIPTION_GENDER.get(noun, gender) != gender)  # not "a spokeswoman"
            or any(  # someone who may be meant is named since ("... said Jo Roe was ill"),
                last.block[0] <= m.start < at  # not inside the description ("A Roe spokesman",
                # "A spokesman for Helios, an experiment at the Gran Sasso lab, said")
                and not m.start < last.block[1]
                and m.person.gender in (None, gender)
                for m in self.people.mentions
            )
        ):
            return None
        end = _reach(last)
        # (not the stops inside the quotation the pronoun's own cue closes)
        stops = [m.end() for m in _STOP.finditer(self.text, end, at) if not self.mask[m.start()]]
        opening = stops[-1] if stops else end
        if len(stops) > 1 or not _ONLY_CLOSING.fullmatch(self.text, end, opening):
            return None  # another sentence between them
        return last.speaker

    def _introduced_unnamed(self, noun: str, at: int) -> bool:
        """An attribution before `at` credits "a"/"an"/"one" of this noun, with no name."""
        return any(
            att.block[0] < at
            and att.person is None
            and words[:1] in (["a"], ["an"], ["one"], ["another"])
            and noun in words[1:4]
            for att in self.found
            for words in [att.mention.lower().split()]
        )

    def _earlier_document(self, noun: str, at: int) -> str | None:
        """The author of the document of this kind credited last before `at`: "a report by the
        Reservoir Safety Panel" (an unnamed author's "a study" stays "the study", as written)."""
        for att in sorted(self.found, key=lambda a: a.block[0], reverse=True):
            if att.block[0] >= at or att.person is not None or not att.speaker:
                continue
            words = att.mention.lower().split()
            if noun in words and words[0] in ("a", "an", "another"):
                return att.speaker if att.speaker != att.mention else None
        return None

    def _recent_group(self, at: int, window: int = 800) -> str | None:
        """ "the sources" of "two of the sources", "the people familiar with the matter" of "three
        people familiar with the matter": the group of unnamed people credited last before `at`."""
        for att in sorted(self.found, key=lambda a: a.block[0], reverse=True):
            if att.block[0] >= at or at - att.block[0] > window or att.person is not None:
                continue
            group = _COUNTED_GROUP.match(att.speaker or "")
            if group:
                return "the " + group[1]
        return None

    def recent_source(self, at: int, window: int = 400, singular: bool = False) -> str | None:
        """The organisation or document most recently credited before `at`; with `singular`,
        not a group ("Critics say ... “…,” it said": not the critics)."""
        for pos, name, plural in reversed(self.sources):
            if pos < at and at - pos <= window and not (singular and plural):
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


def _plural_subject_above(pronoun: Token) -> Token | None:
    """The plural subject of a clause above the one "they" speaks in, in the same sentence:
    "heads of three unions formed a bloc that they said would ..." (no pronoun)."""
    tok, described = pronoun.head, None
    while (
        tok.dep_ in ("relcl", "conj", "advcl", "dobj", "pobj", "pcomp", "prep") and tok.head != tok
    ):
        if tok.dep_ == "relcl":
            described = tok.head  # "the kind of campaigns they run": not the campaigns
        tok = tok.head
        if not tok.tag_.startswith("VB"):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
        if (
            not plural
            or not _people(subject)
            or (described is not None and described in subject.subtree)
        ):
            return None
        return subject
    return None


def _people(noun: Token) -> bool:
    """A plural noun for people or their bodies: "leaders", "Democrats", "residents", "unions"
    (not "laws", "pronouncements")."""
    word = noun.lower_
    one = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    return (
        noun.ent_type_ in ("NORP", "ORG", "PERSON")
        or person_noun(one)
        or word.endswith("men")
        or (
            one.endswith(("er", "or", "ist", "ian", "ant", "ent", "at"))
            and not one.endswith("ment")
        )
        or one in ("party", "union", "group")
        or word in ("police", "staff", "personnel")  # plural in form only in what they do
    )


def listed_names(subj: Token) -> list[Token]:
    """ "Jo Vance, Ted Roe and Ana Park": the parse hangs the rest of a list of names on the
    first as an apposition; an apposition with its own "and" is a list, not a description."""
    if subj.ent_type_ != "PERSON" and subj.tag_ != "NNP":
        return []
    for child in subj.children:
        if (
            child.dep_ == "appos"
            and (child.ent_type_ == "PERSON" or child.tag_ == "NNP")  # the NER may miss one
            and any(g.dep_ == "cc" for g in child.children)
        ):
            rest = [
                t
                for t in child.conjuncts
                if t.ent_type_ == "PERSON" or (t.tag_ == "NNP" and t.ent_type_ == "")
            ]
            doc = subj.doc
            if (
                rest
                and subj.i + 1 < len(doc)
                and doc[subj.i + 1].text == ","
                # the verb right after the list, or its auxiliaries ("have all attacked")
                and rest[-1].right_edge.i < subj.head.i
                and all(
                    t.head == subj.head and t.dep_ in ("aux", "advmod", "neg")
                    for t in doc[rest[-1].right_edge.i + 1 : subj.head.i]
                )
            ):
                return [subj, child, *rest]
    return []


# Who works for or backs a person: "a Roe aide" speaks for Roe's side, and is not Roe.
_STAFF_NOUNS = frozenset(
    """aide aides adviser advisers advisor advisors pollster pollsters spokesman spokeswoman
    spokesperson strategist strategists staffer staffers surrogate surrogates supporter supporters
    backer backers campaign loyalist loyalists""".split()
)


# A number of unnamed people: "two of the sources", "three people familiar with the matter".
_COUNTED_GROUP = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|a few|both|\d+)\s+"
    r"(?:of\s+)?(?:the\s+|those\s+)?(\w+s\b.*)",
    re.IGNORECASE,
)


def person_span(doc: Doc, start: int | None = None, end: int | None = None) -> Span | None:
    """The PERSON entity of `doc` that starts at token `start` (or ends before token `end`)."""
    return next(
        (e for e in doc.ents if e.label_ == "PERSON" and (e.start == start or e.end == end)), None
    )


def _name_after_role(role: Token) -> Token | None:
    """ "Riverside midfielder Hannah Osei said", "Director of rugby Graham Pellow said": a full
    name written right after a role (and its field), the parse hanging the name on the role. Not
    "the wife of Jo Roe" (no field between) nor "a friend of former senator Jo Roe"."""
    doc, i = role.doc, role.i + 1
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
        while (
            i < len(doc)
            and doc[i].dep_ == "compound"
            and doc[i].tag_.startswith("NN")
            and not doc[i].ent_type_
            and not is_title(doc[i].text)
        ):
            i += 1
        if i == role.i + 2:
            return None
    ent = person_span(doc, start=i)
    if ent is None or len(ent) < 2 or not role.i <= ent.root.head.i < ent.start:
        return None
    return ent.root


def _named_before_cue(subj: Token, cue: Token | None) -> Token | None:
    """ "One of the board members who voted no, retired teacher Jo Roe, said", "Another author,
    epidemiologist Jo Roe, cautioned": a full name set off by commas right before the cue, after a
    role ("teacher"), that the parse hung elsewhere: the one described."""
    if cue is None or cue.i < 3 or cue.doc[cue.i - 1].text != "," or subj.i >= cue.i:
        return None
    doc = cue.doc
    ent = person_span(doc, end=cue.i - 1)
    if ent is None or len(ent) < 2:
        return None
    words: list[Token] = []
    i = ent.start - 1
    while i > subj.i and doc[i].text != "," and len(words) < 4:
        words.append(doc[i])
        i -= 1
    role = any(w.lower_ in ROLE_NOUNS for w in words)  # ("epidemiologist" read as a verb)
    if (
        doc[i].text != ","
        or not role
        or not all(w.is_lower or is_title(w.text) for w in words)
        # not "The aides, led by campaign manager Jo Roe, said": the one the others follow
        or any(
            w.tag_ in ("IN", "DT", "CC", "VBN", "VBD", "VBG", "TO") and w.dep_ != "amod"
            for w in words  # ("retired nurse" is a role)
        )
        # not "Jo Roe, a veteran of ..., declined": the subject has its own name
        or any(t.ent_type_ == "PERSON" for t in doc[subj.left_edge.i : i])
    ):
        return None
    return ent.root


def _name_before_role(role: Token) -> Token | None:
    """ "Jang Tae-sik, floor leader of the party, said", the parse hanging the name on the role
    it is set beside: the name."""
    doc, first = role.doc, role.left_edge
    ent = person_span(doc, start=first.i)
    if ent is None or len(ent) < 2 or ent.end >= role.i or doc[ent.end].text != ",":
        return None
    return ent[0]


def person_entity(token: Token) -> Span | None:
    """The PERSON entity a subject token belongs to (or heads through compounds)."""
    doc = token.doc
    if token.ent_type_ == "PERSON":
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                # The NER sometimes takes in a signature dash or an opening verb ("Said Roe").
                while len(ent) > 1 and ent.start < token.i and _not_name(ent[0]):
                    ent = ent[1:]
                if len(ent) > 1 and ent[-1].lower_ in _STAFF_NOUNS:
                    return None  # "Former Clinton Pollster Says": a headline's capitals, not a name
                return trim_entity(ent)
    if not doc.has_annotation("DEP"):
        return None
    if token.is_lower or token.lower_ in _STAFF_NOUNS:
        return None  # "Roe supporters", "the Roe campaign", "Roe Pollster" speak for themselves
    for child in token.lefts:
        if child.dep_ == "compound" and child.ent_type_ == "PERSON":
            return person_entity(child)
    return None


def _not_name(token: Token) -> bool:
    return token.is_punct or token.lower_ in SPEECH_FORMS


_MADE_THINGS = DATA_NOUNS | DOCUMENT_NOUNS | SOURCE_NOUNS


def _document_author(noun: Token) -> Token | None:
    """The named maker of an unnamed study, poll or report: "a study by X", "a report from X",
    "X's email"."""
    if not noun.tag_.startswith("NN") or noun.ent_type_ or not noun.doc.has_annotation("DEP"):
        return None
    owner = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ == "whose" and noun.lower_ in _MADE_THINGS:
        clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:  # "Jo Roe, whose poll had shown the race tied": Roe's poll
            return clause.head
    if (  # "Roe's fundraising email notes that ...": Roe's words
        noun.lower_ in _MADE_THINGS
        and owner is not None
        and owner.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    ):
        return owner
    for prep in noun.rights:
        # "a report from X" is X's; "a farmer from Aarhus" is a person, not the town
        if prep.dep_ == "prep" and (
            prep.lower_ == "by" or (prep.lower_ == "from" and noun.lower_ in _MADE_THINGS)
        ):
            pobj = _named_maker(next((c for c in prep.children if c.dep_ == "pobj"), None))
            if pobj is not None:
                return pobj
        if (  # "a poll conducted by X", not "emails obtained by X": X holds them, not wrote
            prep.dep_ == "acl" and prep.tag_ == "VBN" and prep.lower_ not in _HELD_BY
        ):
            agent = next((c for c in prep.children if c.dep_ == "agent"), None) or next(
                # "a poll conducted for the campaign by X": the parse hangs "by X" on the campaign
                (
                    t
                    for t in prep.subtree
                    if t.lower_ == "by" and t.dep_ == "prep" and t.head.head.head == prep
                ),
                None,
            )
            pobj = _named_maker(
                next((c for c in agent.children if c.dep_ == "pobj"), None)
                if agent is not None
                else None
            )
            if pobj is not None:
                return pobj
    return None


def _named_maker(pobj: Token | None) -> Token | None:
    """The named maker after "by": "the Pew Research Center", or the name set beside a kind of
    body ("the polling firm Invamer Andina", which the parse hangs on "firm")."""
    if pobj is None:
        return None
    if pobj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return pobj
    if pobj.lower_ in ORG_KINDS:
        return next(
            (c for c in pobj.rights if c.dep_ == "appos" and c.ent_type_ in ("PERSON", "ORG")),
            None,
        )
    return None


# Participles of a document's agent who got hold of it or read it, not who made it ("a poll
# released by X" is X's).
_HELD_BY = frozenset("obtained reviewed seen viewed received acquired leaked".split())


def _described_name(subj: Token) -> bool:
    """A name after "the" and words describing the person: "the elder Roe", "a defiant Roe"."""
    lefts = list(subj.lefts)
    return (
        subj.tag_ == "NNP"
        and len(lefts) > 1
        and lefts[0].dep_ == "det"
        and all(
            t.dep_ == "amod" and (t.tag_.startswith("JJ") or t.lower_ in AGE_WORDS)
            for t in lefts[1:]
        )
    )


# Words for one person from a country: "the Dutchman", "the Scot".
_DEMONYMS = frozenset(
    """dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman
    welshman welshwoman scotsman scotswoman scot spaniard dane swede finn pole briton kiwi
    aussie argentine american canadian mexican brazilian colombian chilean argentinian german
    italian austrian belgian norwegian russian ukrainian serb croat slovenian czech hungarian
    romanian bulgarian greek kenyan nigerian ghanaian ethiopian""".split()
)


def _demonym(noun: Token) -> bool:
    """ "the Dutchman", "the Scot": one person named by the country they are from."""
    word = noun.lower_
    return (
        noun.tag_ == "NNP"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
        and not any(c.dep_ in ("compound", "amod") and not _age_noun(c) for c in noun.children)
        and word in _DEMONYMS  # not "The Australian reported": a newspaper
    )


# What a person may be called for their stage of life, of their sex, not as someone's relative.
_TEEN_NOUNS = frozenset("teenager teen adolescent".split())
_LIFE_NOUNS = {"grandmother": "f", "grandfather": "m", "widow": "f", "widower": "m"}


def _years_before(noun: Token) -> str:
    """The number of "the 22-year-old [Romanian]"."""
    return next((t.text for t in noun.doc[max(0, noun.i - 5) : noun.i] if t.like_num), "")


def _age_noun(noun: Token) -> bool:
    """ "the 20-year-old": a person described by age alone."""
    return (
        noun.lower_ == "old"
        and noun.i >= 2
        and noun.nbor(-1).text == "-"
        and noun.nbor(-2).lower_ in ("year", "month")
    )


def _owned_by_place_or_body(noun: Token) -> bool:
    """ "the region's minister", "the project's engineer", "its chief executive": a role of a
    thing, not a person's."""
    return any(
        c.dep_ == "poss"
        and (
            c.lower_ == "its"
            or (
                c.tag_ == "NN"
                and c.ent_type_ == ""
                and c.lower_ not in ROLE_NOUNS
                and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
            )
        )
        for c in noun.children
    )


def _person_before_of(tokens: list[Token]) -> Span | None:
    """The person a mention opens with, after roles at most, when "of" and where they work
    follow: "Analyst Brian Otieno of Nairobi brokerage Kilima Capital"."""
    first = next((t for t in tokens if t.ent_type_ == "PERSON"), None)
    ent = person_entity(first) if first is not None else None
    if ent is None or ent.end >= len(ent.doc) or ent.doc[ent.end].lower_ != "of":
        return None
    before = [t for t in tokens if t.i < ent.start]
    if not all(t.lower_ in ROLE_NOUNS or t.lower_.rstrip(".") in TITLES for t in before):
        return None
    return ent


def _person_of_org(ent: Span) -> Span | None:
    """The name words before "of" in an organisation's entity that is a person and where they
    work ("Meenakshi Ganguly of Human Rights Watch"): two or three name words, none an
    organisation's word ("Bank of America", "University of Chicago" are no one)."""
    of = next((t for t in ent if t.lower_ == "of"), None)
    if of is None or not 2 <= of.i - ent.start <= 3:
        return None
    words = ent.doc[ent.start : of.i]
    if words.root.dep_ not in ("nsubj", "nsubjpass") or not full_name_words(words):
        return None
    if any(t.tag_ == "NNPS" for t in words):  # "Joint Chiefs of Staff", "Friends of the Earth"
        return None
    return words


def _named_entity(token: Token, labels: tuple[str, ...]) -> Span | None:
    """The entity of these labels that the token heads (the whole noun phrase is the name)."""
    if token.ent_type_ not in labels:
        return None
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end and ent.label_ in labels and ent.root == token:
            before = [t.lower_ for t in ent if t.i < token.i]
            if "," in before and "of" not in before:  # "outside Acme Hospital, Patrice said":
                return None  # the NER ran over the comma (not "University of California, Davis")
            start = ent.start  # "the research firm [Pulso] Ciudadano": a name word left out
            while start > 0 and _name_word_left_out(token.doc[start - 1], token):
                start -= 1
            if start < ent.start:
                ent = Span(token.doc, start, ent.end, label=ent.label_)
            # "the nonpartisan Congressional Budget Office" is the office; "its own Congress" is not
            lefts = [
                t
                for t in token.lefts
                if t.i < ent.start
                and t.dep_ not in ("det", "poss", "case", "punct")
                and not (t.dep_ == "amod" and t.tag_ == "JJ" and t.is_lower)
                and not (t.dep_ == "amod" and t.lower_ == "based")  # "the Dhaka-based Centre"
                # "the opposition National Renewal Party", "research firm Corvane Research": a
                # word for what kind of body it is
                and not (
                    t.dep_ == "compound" and t.tag_ == "NN" and t.is_lower and ent.label_ == "ORG"
                )
            ]
            return None if lefts else ent
    return None


def _listed_body(subj: Token) -> Span | None:
    """A body's name the parse read as a list of names or an apposition: "The Rail, Tram and Bus
    Union" (title-case words joined by commas and "and", no entity of their own, and a body's
    word at the end)."""
    doc = subj.doc
    start, end = subj.left_edge.i, subj.right_edge.i + 1
    phrase = doc[start:end]
    if subj.tag_ != "NNP" or phrase[-1].lower_ not in ORG_WORDS:
        return None
    if not any(t.text == "," for t in phrase) or not any(t.lower_ in ("and", "&") for t in phrase):
        return None
    words = [t for t in phrase if not (t.is_punct or t.lower_ in ("and", "&"))]
    if words[0].lower_ == "the":
        words = words[1:]
    if any(t.tag_ not in ("NNP", "NNPS") or t.ent_type_ not in ("", "ORG") for t in words):
        return None  # not "Both the House and Senate", "Apple, Google and the Teachers Union"
    return phrase


def _name_word_left_out(word: Token, head: Token) -> bool:
    """A capitalised word with no entity of its own that the parse hangs on the name's head."""
    return (
        word.dep_ == "compound"
        and word.head == head
        and word.tag_ == "NNP"
        and word.is_title
        and not word.ent_type_
    )


def _home_town(ent: Span) -> bool:
    """ "a retired nurse from Kaukauna": the one word after a person's "from" or "in" is a place."""
    prep = ent.root.head
    return (
        ent.root.dep_ == "pobj"
        and prep.lower_ in ("from", "in")
        and prep.head.tag_ == "NN"
        and person_noun(prep.head.lower_)
    )


_PARTY_MEMBERS = frozenset("republican democrat conservative tory liberal socialist".split())
_REPLIES = frozenset("answer reply respond retort".split())
# Titles only a person's name follows: "MK Moshe Friedlander" read as a body is a person.
_HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame rev sen rep gov mk mp msp mla mep td cllr cr".split()
)


_SHORT_FORM = re.compile(r"[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*")  # "FAA", "DepEd", "NYPD"


# Words that end a place's name the NER may read as a body's ("the Dorran Valley").
_PLACE_WORDS = frozenset("valley river mountains hills lake coast island islands bay".split())


def _short_forms(docs: list[tuple[int, Doc]]) -> set[str]:
    """Short names the article gives bodies: "the Department of Education (DepEd)", and an
    all-capital word the NER reads as an organisation somewhere. The NER may take one for a
    person elsewhere ("DepEd said", "KNUP disputed that"); it is never a person. So is the first
    word of a body's or a place's name ("Fairholm" of "Fairholm Lending Partners", "Dorran" of
    "the Dorran Valley")."""
    found = set()
    for _, doc in docs:
        found |= {
            name[0].text
            for e in doc.ents
            for name in [e[1:] if e[0].lower_ == "the" else e]
            if (
                (e.label_ == "ORG" and e[-1].lower_ in ORG_WORDS | _PLACE_WORDS)
                or e.label_ in _PLACES
            )
            and len(name) > 1
            and not any(t.is_punct for t in e)  # not "Politico, Democratic party", misread
            and name[0].tag_ == "NNP"
            and given_name_gender(name[0].text) is None
        }
        for tok in doc:
            if _ACRONYM.fullmatch(tok.text) and tok.ent_type_ == "ORG":
                found.add(tok.text)
            elif (  # "(" inside the body's own entity or right after it
                tok.i > 1
                and _SHORT_FORM.fullmatch(tok.text)
                and doc[tok.i - 1].text == "("
                and doc[tok.i - 2].ent_type_ == "ORG"
            ):
                found.add(tok.text)
    return found


def _titled_name(org: Span | None) -> Span | None:
    """The words after a title that opens an entity ("MK Moshe Friedlander", "Cllr Tully")."""
    if org is None or len(org) < 2 or org[0].text.lower().rstrip(".") not in _HONORIFICS:
        return None
    return org[1:]


_NAME_JOINERS = frozenset("and of for & the".split())


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,9}")


def _org_name(ent: Span) -> str:
    ent = _name_run_on(ent)
    ent = trim_entity(ent)  # "Jo Roe of" (of Human Rights Watch): no trailing "of"
    doc = ent.doc
    if (  # "United Service Workers Local 88": the number is part of the name
        ent.end < len(doc)
        and doc[ent.end].tag_ == "CD"
        and doc[ent.end].dep_ == "nummod"
        and doc[ent.end].head.i == ent.end - 1
    ):
        ent = doc[ent.start : ent.end + 1]
    while (  # "the state Department of Revenue": the name starts with its capital (but "the
        len(ent) > 1  # farm ministry" has none)
        and ent[0].is_lower
        and ent[0].is_alpha
        and ent[0].lower_ != "the"
        and ent[1].text[:1].isupper()
    ):
        ent = ent[1:]
    text = ent.text
    for prefix in ("the ", "The "):
        text = text.removeprefix(prefix)
    return _place_owner(ent) + text.removesuffix("'s").removesuffix("’s").strip()


def _name_run_on(ent: Span) -> Span:
    """The whole name of a body where the NER stopped inside it: "[The Department of Mineral
    and] Petroleum Resources", "[The Bishop] of Hereford" (an office of a place). The name runs
    on in title case, joined by "and", "of" or "&", to the end of the phrase the entity heads."""
    doc, end = ent.doc, ent.end
    cut = ent[-1].lower_ in _NAME_JOINERS or (
        len(ent) == 1 and ent[0].lower_ in TITLES and end < len(doc) and doc[end].lower_ == "of"
    )
    if not cut:
        return ent
    last = ent.root.right_edge.i
    while end <= last and (doc[end].lower_ in _NAME_JOINERS or doc[end].text[:1].isupper()):
        end += 1
    while end > ent.end and doc[end - 1].lower_ in _NAME_JOINERS:
        end -= 1
    return doc[ent.start : end] if end > ent.end and end == last + 1 else ent


_STATE_BODIES = frozenset(
    "ministry department office embassy army navy military government parliament police".split()
)


def _place_owner(ent: Span) -> str:
    """ "Japan's " of "Japan's Defense Ministry": the country whose body it is, written before it
    (every country has a defense ministry), else ""."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].tag_ != "POS":
        return ""
    owner = doc[ent.start - 2]
    # "Azerbaijan's Defence Ministry", "The UAE's Foreign Ministry": the NER may take the country
    # for a body when a state's body follows
    state = owner.ent_type_ == "ORG" and ent[-1].lower_ in _STATE_BODIES
    if (
        (owner.ent_type_ != "GPE" and not state)
        or owner.dep_ != "poss"
        or owner.head.i not in range(ent.start, ent.end)
    ):
        return ""
    first = owner.i
    while doc[first].ent_iob_ == "I":  # "South Korea's"
        first -= 1
    if doc[first].lower_ == "the":  # "The United States'"
        first += 1
    return doc[first : ent.start].text + doc[ent.start - 1].whitespace_


def entity_name(ent: Span) -> str:
    return clean_name(ent.text.split())


def is_headline(text: str) -> bool:
    """A title or subhead: a short line without sentence-final punctuation."""
    stripped = text.rstrip("”\"’' ")
    return len(text.split()) <= 20 and not stripped.endswith((".", "?", "!", ":", ";"))


def _cataphora(subj: Token) -> Token | None:
    """The named subject of the main clause when `subj` is the subject of a clause opening the
    sentence ("After he blasted the film, Pastor Jo Roe ...")."""
    verb = subj.head
    if (
        subj.dep_ not in ("nsubj", "nsubjpass")
        or verb.dep_ != "advcl"
        or verb.i > verb.head.i
        or not any(c.dep_ == "mark" for c in verb.children)
        or any(
            not (t.is_punct or t.dep_ == "cc")
            for t in verb.sent[: verb.left_edge.i - verb.sent.start]
        )
    ):
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.i > verb.right_edge.i
            and c.ent_type_ == "PERSON"
        ),
        None,
    )
