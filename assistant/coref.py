"""Light coreference inside one article: surnames, pronouns and role nouns to named people.

The people table is built from spaCy PERSON entities plus the titles and appositions written
next to them ("Italian General Marco Bertolini", "Jane Roe, the county's treasurer").
Resolution only looks at what a reader has seen: the nearest compatible person before the mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .cues import (
    ABBREVIATED_ROLES,
    ASKING_FORMS,
    FINITE_TAGS,
    ROLE_NOUNS,
    SPEECH_FORMS,
    given_name_gender,
    unaccented,
    with_implied_roles,
)
from .speakers import CAPITAL_TITLES, NAME_PARTICLES, SUFFIXES, TITLES, normalise_name

MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
TITLE_GENDER = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "congressman": "m",
    "congresswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "father": "m",
    "sister": "f",
    "lord": "m",
    "lady": "f",
}
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘(]?[A-Z]|\n")
_AFTER_STOP = re.compile(r"[.!?][\"”’']?\s+[\"“‘]?$")
_ROLE_SKIP = frozenset("the a an his her their its this that who which , .".split())


def _same_given(one: str, other: str) -> bool:
    """Two spellings of one given name: equal, an initial of the other ("J." of "Jo"), or one
    cut short from the other ("Chris" of "Christopher"), accents aside ("Francois"); not
    "Tracy" and "Trayvon"."""
    one, other = (unaccented(name.rstrip(".")) for name in (one, other))
    if len(one) == 1 or len(other) == 1:
        return one[:1] == other[:1]
    return one.startswith(other) or other.startswith(one)


def _hyphen_in_word(doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """doc[i] is a hyphen between two words of letters, with no space either side."""
    return (
        0 < i < len(doc) - 1
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and doc[i - 1].is_alpha
        and doc[i + 1].is_alpha
    )


def _split_compound(doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """doc[i] is a hyphen inside one lower-case word ("co-founder", "Vice-chancellors" opening a
    sentence) that the parse split."""
    return (
        _hyphen_in_word(doc, i)
        and (doc[i - 1].is_lower or (doc[i - 1].is_title and doc[i + 1].is_lower))
        and doc[i - 1].head.i != doc[i + 1].i
        and doc[i].head.i != doc[i + 1].i
    )


_ARABIC_ARTICLES = ("al", "el")  # "al-Maqbali", "el-Sherbini"


def glued_hyphen(doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """doc[i] is a hyphen joining two capitalised words with no space: "Kovalchuk-Bray" (or the
    Arabic article to a name: "al-Maqbali")."""
    return (
        _hyphen_in_word(doc, i)
        and (doc[i - 1].text[0].isupper() or doc[i - 1].lower_ in _ARABIC_ARTICLES)
        and name_case(doc[i + 1])
    )


@dataclass
class Person:
    """One named person of the article: the fullest spelling and what is known about them."""

    name: str
    roles: set[str] = field(default_factory=set)
    # the nouns the text itself calls them ("Her landlord, Peter Grant," -> landlord)
    called: set[str] = field(default_factory=set)
    gender: str | None = None
    guessed: bool = False  # the gender comes from the given name alone ("Pat" may be either)

    def learn_gender(self, gender: str | None, beats_guess: bool = False) -> None:
        """A gender the text shows; a title before the full name ("Mrs. Pat Roe") also beats a
        guess from the given name (a title before a bare surname may be another Roe's)."""
        if gender is not None and (self.gender is None or (beats_guess and self.guessed)):
            self.gender, self.guessed = gender, False


@dataclass
class PersonMention:
    start: int  # character offsets of the name in the article
    end: int
    person: Person
    subject: bool  # the name opens its sentence or is a grammatical subject
    quoted: bool = False  # inside a quotation: not an antecedent for the narrator's pronouns
    introduced: bool = False  # presented with a role in apposition ("Jo Roe, a city nurse,")
    subordinate: bool = False  # subject of a "when ..." clause of another named subject
    passive: bool = False  # subject of a passive verb: "Lena Roe was hit by a train"


# Nouns that give an unnamed person's sex: "A Berlin woman ... she wrote".
# Roles whose word gives the sex: "A spokeswoman for the ministry said ... She declined ...".
_GENDERED_ROLES = {
    "f": "spokeswoman chairwoman businesswoman congresswoman councilwoman policewoman".split(),
    "m": "spokesman chairman businessman congressman councilman policeman".split(),
}
_GENDERED_NOUNS = {
    **dict.fromkeys(
        "woman mother wife girl daughter sister grandmother widow lady mom aunt".split()
        + _GENDERED_ROLES["f"],
        "f",
    ),
    **dict.fromkeys(
        "man father husband boy son brother grandfather widower gentleman dad uncle".split()
        + _GENDERED_ROLES["m"],
        "m",
    ),
}
# Relatives a person is introduced as: "his son Giorgos", "Her sister, Kylie,".
KIN_NOUNS = frozenset(
    """son daughter wife husband mother father brother sister grandson granddaughter
    grandmother grandfather widow widower partner""".split()
)
# What the owner of "his"/"her" is to a relative named after it ("his sister Kylie": her
# brother), as the owner's word if "his", if "her"
_RELATIVE_OF = {
    **dict.fromkeys(("sister", "brother"), ("brother", "sister")),
    **dict.fromkeys(("son", "daughter"), ("father", "mother")),
    **dict.fromkeys(("father", "mother"), ("son", "daughter")),
    **dict.fromkeys(("wife", "husband"), ("husband", "wife")),
    **dict.fromkeys(("grandson", "granddaughter"), ("grandfather", "grandmother")),
    **dict.fromkeys(("grandfather", "grandmother"), ("grandson", "granddaughter")),
}
_PARENTS = frozenset("father mother grandfather grandmother".split())
_CHILDREN = frozenset("son daughter grandson granddaughter".split())
# "the elder Roe" (True) and "the younger Roe" (False) among relatives
AGE_WORDS = {
    **dict.fromkeys(("elder", "older", "senior"), True),
    **dict.fromkeys(("younger", "junior"), False),
}
_INDEFINITE = frozenset("a an another one".split())
# People a sentence may introduce without a name or a sex: "One voter asked ...".
_UNSEXED_PERSONS = (
    ROLE_NOUNS
    | frozenset(
        """voter resident neighbour neighbor shopkeeper teacher nurse student worker supporter
        protester customer passenger witness parent farmer driver owner member fan listener
        viewer caller reader participant attendee critic observer volunteer patient survivor
        victim local juror employee staffer contractor colleague relative friend cousin soldier
        organiser campaigner graduate trainee apprentice inmate prisoner detainee refugee
        migrant immigrant pedestrian borrower investor shareholder trader broker dealer guest
        tourist visitor spectator pupil buyer seller subscriber client consumer claimant
        applicant defendant plaintiff""".split()
    )
) - frozenset(_GENDERED_NOUNS)


# 'Rosalind "Roz" Pettersen', "Thomas ‘Tip’ O'Neill": given name, nickname, surname
_NICKNAMED = re.compile(
    r"\b([A-Z][a-z]+)\s+[\"“‘']([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)[\"”’']\s+"
    r"((?:(?:de|van|von|da|del|la|le|di|du|ten|ter)\s+)?[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)"
)


# An unnamed person introduced anywhere: "profiled a female supporter", "a man who ...".
def _introducing(words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?:" + words + r")\b")


_UNNAMED_BEFORE = {
    gender: _introducing(words)
    for gender, words in (("f", "woman|female|girl|lady"), ("m", "man|male|boy|gentleman"))
}


def _unnamed_before(noun: str, gender: str) -> re.Pattern[str]:
    """What introduces the unnamed person "the <noun>" is: a role only by its own word."""
    return _introducing(noun) if noun in _GENDERED_ROLES[gender] else _UNNAMED_BEFORE[gender]


# Words that end organisation names the NER sometimes takes for people.
ORG_WORDS = frozenset(
    """department police office committee council party campaign university association court
    times post news house foundation institute center centre agency service bureau commission
    board company group corporation fund bank ministry administration network journal
    assurance insurance holdings airlines airways rovers rangers wanderers athletic united local
    assembly parliament senate congress legislature union alliance federation league society
    consortium coalition caucus trust authority partners partnership securities capital advisory
    analytics strategies inc corp ltd llc plc forum club guild chamber movement organisation
    organization cooperative industries academy tribunal action""".split()
)
# Kinds of body written right before a name: "the supermarket chain Marché Vert".
ORG_KINDS = frozenset(
    """chain retailer supermarket brand airline carrier insurer lender manufacturer firm company
    group charity nonprofit organization organisation magazine newspaper website coalition
    brokerage consultancy""".split()
)
# Apposition heads that make a "name" an organisation: "Kemp Lane, a law firm, ...".
_ORG_APPOSITIVES = ORG_WORDS | ORG_KINDS | frozenset("union outlet publication tank".split())
# Things named after a person: "The Jo Roe Show" holds the name of Jo Roe.
_NAMED_AFTER_WORDS = frozenset(
    """show program programme hour library museum award prize act law bridge airport stadium
    tower hall school hospital center centre foundation institute fund scholarship""".split()
)
_COURTESY_TITLES = frozenset("mr mrs ms miss mx dr".split())
_NOT_PERSON_TITLES = frozenset("the state u.s. us gop democratic republican dem former".split())
# Roles held for someone else: never the person named just before.
_AGENT_ROLES = frozenset(
    """spokesman spokeswoman spokesperson aide adviser advisor lawyer attorney assistant deputy
    staffer""".split()
)
# "the second official", "the other lawyer": one more unnamed person, not the one named before.
OTHER_ONE = frozenset("other second third fourth fifth".split())
# Letters after a name that are not part of it: rank, office, honour or degree.
_POSTNOMINALS = frozenset(
    "KC QC SC MP MS MSP MLA MPP MHA MNA MEP TD OBE CBE MBE KBE DBE PhD".split()
)
_FUNCTION_TAGS = frozenset("IN DT CC RB WRB UH".split())  # "Without", "The", "And" glued to a name
_GLUED_TAGS = _FUNCTION_TAGS | frozenset("PRP PRP$ VBD VBZ".split())


def _announces_person(word: str) -> bool:
    """A title that only comes before a person's name ("Minister", "Sen."), not "Republican"."""
    low = word.lower().rstrip(".")
    return is_title(word) and low not in _NOT_PERSON_TITLES


def is_title(word: str) -> bool:
    """A title or a role word ("Gen.", "Cllr", "minister"), in any case."""
    low = word.lower().rstrip(".")
    return low in TITLES or low in ROLE_NOUNS or word in CAPITAL_TITLES


_NICK_MARKS = frozenset("\"“”‘’'")


def _without_nickname(words: list[str]) -> list[str]:
    """'Christopher "Kit" Lawson' is Christopher Lawson: a quoted nickname inside a name."""
    quoted = [
        k
        for k, w in enumerate(words)
        if 0 < k < len(words) - 1 and len(w) > 2 and w[0] in _NICK_MARKS and w[-1] in _NICK_MARKS
    ]
    return [w for k, w in enumerate(words) if k not in quoted]


# Parties written before a member's name: "Conservative Raj Dhillon" (the NER keeps the party)
_PARTY_WORDS = frozenset(
    """conservative liberal labour labor tory democrat democratic republican green socialist
    unionist nationalist independent progressive libertarian""".split()
)


def clean_name(words: list[str]) -> str:
    """A person's name from entity words: leading titles/roles, a party before two or more
    name words, and possessive dropped, and nothing after a colon ("Jo Roe: Saying ..." in a
    transcript)."""
    words = _without_nickname([w for w in words if w not in ("'s", "’s")])
    words = [w.strip("[]") or w for w in words]  # "Major [Humayun] Khan": an editor's insertion
    for k, word in enumerate(words):
        if word.endswith(":") and k > 0:
            words = words[: k + 1]
            break
    while (len(words) > 1 and is_title(words[0])) or (
        len(words) > 2 and words[0].lower() in _PARTY_WORDS
    ):
        words = words[1:]
    roles = [
        k
        for k, w in enumerate(words[:-1])
        if w.lower() in ROLE_NOUNS or w.lower().rstrip(".") in ABBREVIATED_ROLES
    ]
    rest = words[roles[-1] + 1 :] if roles else []
    if (  # "Concord resident Whit Symms", "Dutch PM Jan van Dam"; not "Martin Luther King Jr."
        rest
        and (rest[0][:1].isupper() or rest[0].lower() in NAME_PARTICLES)
        and any(w.lower().rstrip(".") not in SUFFIXES for w in rest)
    ):
        words = rest
    name = " ".join(words).strip(" ,.;:")
    for suffix in ("'s", "’s"):
        name = name.removesuffix(suffix)
    return name


# Words that name a storm with a person's name after them
_WEATHER = frozenset("storm hurricane typhoon cyclone".split())


def _could_be_person(name: str) -> bool:
    words = name.split()
    return (
        bool(words)
        and words[-1].lower() not in ORG_WORDS
        and words[0].lower() not in _WEATHER  # "Storm Wilhelmina" is no one
        # "María Fernanda Restrepo de la Cruz": particles are no words of their own
        and sum(w not in SURNAME_PARTICLES for w in words) <= 5
    )


def _titled(titles: list[str]) -> str | None:
    """The gender a title gives ("Mrs." -> "f"), if any."""
    return next((TITLE_GENDER[t] for t in titles if t in TITLE_GENDER), None)


def _prefixed_first_name(longer: str, current: str) -> bool:
    """ "Rip Donald Trump" for "Donald Trump": a word glued before a known given name is no name."""
    words = current.split()
    if len(words) < 2:  # "Bobby Scott" for a bare "Scott" seen first: a surname, completed
        return False
    first = words[0].lower()
    return given_name_gender(first) is not None and longer.endswith(" " + current)


def capitalised(sent: Span) -> tuple[int, int]:
    """(capitalised words, all words) among the sentence's longer words: a title-case headline
    capitalises most of them."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return sum(t.text[:1].isupper() for t in words), len(words)


def _headline_spelling(ent: Span, name: str) -> bool:
    """A headline's name that may set the spelling: a given name, a name before a colon ("Ada
    Lind: I Quit" names the "Lind" of the article), or any name of a headline in sentence case;
    not a title-case name the NER may have glued a word to ("Defiant Lind Says ...")."""
    capitals, words = capitalised(ent.sent)
    sentence_case = (words - capitals) * 2 > words
    after = ent.doc[ent.end].text if ent.end < len(ent.doc) else ""
    return (
        not name.isupper()
        and len(name.split()) > 1
        and (
            sentence_case
            or after == ":"
            # "Carly Fiorina Endorses Cruz": in title case, a given name and one word after it
            or (given_name_gender(name.split()[0]) is not None and len(name.split()) == 2)
        )
    )


def trim_entity(ent: Span) -> Span:
    """The entity without punctuation, function words or verbs the NER took in: "Without Roe",
    and in a title-case headline "Jo Roe Described Her ..."."""
    while len(ent) > 1 and (ent[0].is_punct or ent[0].tag_ in _FUNCTION_TAGS):
        ent = ent[1:]
    dash = next(  # "Jo Roe - Al Day's partner": a spaced dash ends the name ("Jo Roe-Day" does not)
        (
            t
            for t in ent[1:]
            if t.text in ("-", "–", "—", "--")
            and t.whitespace_
            and t.nbor(-1).whitespace_
            and t.i < ent.end - 1
        ),
        None,
    )
    if dash is not None:  # "CLEVELAND - Jo Roe", "Sept 21 - Jo Roe": after a dateline's dash
        before = ent.doc[ent.start : dash.i]
        dateline = before.text.isupper() or any(t.like_num for t in before)
        ent = ent.doc[dash.i + 1 : ent.end] if dateline else before
    doc = ent.doc
    if (  # "the Opposition in the [Assembly Debabrata Gogoi]": the body ends the office
        len(ent) > 2
        and ent.label_ == "PERSON"
        and ent.start > 0
        and doc[ent.start - 1].tag_ in ("DT", "IN")
        and ent[0].lower_ in ORG_WORDS
        and all(_NAME_WORD.fullmatch(t.text) for t in ent)
    ):
        ent = ent[1:]
    if (  # "[Bill] Skelly": a given name alone, and the surname read as an adverb after it
        len(ent) == 1
        and ent.end < len(doc)
        and given_name_gender(ent[0].text) is not None
        and adverb_name(doc[ent.end])
    ):
        ent = doc[ent.start : ent.end + 1]
    while (  # "[Ursula von der] Leyen": the NER stopped at the particles of a surname
        ent.end < len(doc) and ent[-1].lower_ in NAME_PARTICLES and doc[ent.end].is_title
    ):
        ent = doc[ent.start : ent.end + 1]
    while (
        len(ent) > 1
        and (ent[-1].is_punct or ent[-1].tag_ in _GLUED_TAGS)
        and not adverb_name(ent[-1])
    ):
        ent = ent[:-1]
    return _name_continued(without_postnominal(ent))


def without_postnominal(ent: Span) -> Span:
    """The name without the letters after it: "Jo Roe KC", "Jo Roe MP" are Jo Roe."""
    return ent[:-1] if len(ent) > 2 and _postnominal(ent[-1]) else ent


def _postnominal(tok: Token) -> bool:
    """Letters written after a name ("KC", "MP", "OBE")."""
    return tok.text.rstrip(".") in _POSTNOMINALS


def _name_continued(ent: Span) -> Span:
    """The entity with the rest of the name the NER left out after it: "Song Min[-jae]",
    "Marieke [ter Horst]", "Julián Urquiola [Garmendia] said" (a given name opens the name, and
    the parse hangs it on one more capitalised word that ends it)."""
    doc, end = ent.doc, ent.end
    if end + 1 < len(doc) and doc[end].text == "-" and not ent[-1].whitespace_:
        if not doc[end].whitespace_ and doc[end + 1].is_alpha:
            return doc[ent.start : end + 2]
    k = end
    while k < len(doc) and doc[k].is_lower and doc[k].lower_ in SURNAME_PARTICLES:
        k += 1
    if k > end:  # "Marieke [ter Horst]": particles, then the name word they belong to
        named = k < len(doc) and _NAME_WORD.fullmatch(doc[k].text)
        return doc[ent.start : k + 1] if named and doc[k].ent_type_ in ("", "PERSON") else ent
    if end == len(doc) or len(ent) < 2:
        return ent
    if given_name_gender(ent[0].text) is None and not (
        ent.label_ == "PERSON" and all(t.tag_ == "NNP" for t in ent)
    ):  # "Yanira Santana [Frías] said": a given name not known, two name words the NER took
        return ent
    nxt = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    capitals, words = capitalised(ent.sent)
    if (
        nxt.tag_ == "NNP"
        and ent[-1].whitespace_
        and _NAME_WORD.fullmatch(nxt.text)
        and (
            nxt.ent_type_ in ("", "PERSON")
            # "[Yanira Santana] Frías said", the last surname read as a place: the words before
            # all hang on it
            or (nxt.ent_iob_ == "B" and all(t.head == nxt and t.dep_ == "compound" for t in ent))
        )
        and nxt.lower_ not in ORG_WORDS
        and not _postnominal(nxt)
        and not is_title(nxt.text)
        and ent.root.dep_ == "compound"
        and ent.root.head == nxt
        and (after is None or after.tag_ not in ("NNP", "NNPS"))
        and words - capitals >= 2  # not a title-case headline's "Jo Roe Email Probe"
    ):
        return doc[ent.start : end + 1]
    return ent


# What ends a dateline: "ROME —", "MACAU (Reuters) –", "ROSARIO, Argentina -".
DATELINE_MARKS = frozenset(("--", "—", "–", "-", "―", "("))
_STREET_WORDS = frozenset("street road lane avenue drive boulevard way close crescent".split())


def _in_dateline(ent: Span) -> bool:
    """The place of a dateline in capitals ("CARVER HILLS —"), or its country after a comma
    ("DORVAL, Velmar —"), at the start of the paragraph and before the dateline's mark."""
    doc = ent.doc
    if ent.end >= len(doc) or doc[ent.end].text not in DATELINE_MARKS | {","}:
        return False
    if ent.start == 0:
        return ent.text.isupper()
    return (
        doc[ent.start - 1].text == ","
        and doc[ent.end].text != ","
        and all(t.is_upper for t in doc[: ent.start - 1])
        and doc[0].is_alpha
    )


# A dateline's place in capitals at a paragraph's start: "CARVER HILLS —", "DORVAL, Velmar —"
_DATELINE_PLACE = re.compile(
    r"^([A-Z][A-Z'.]*(?: [A-Z][A-Z'.]*){0,3})(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?(?: \([A-Z]+\))? ?(?:--|[—–―-]) ",
    re.M,
)


def dateline_places(text: str) -> frozenset[str]:
    """The places an article's datelines name, in capitals ("CARVER HILLS")."""
    return frozenset(m.group(1) for m in _DATELINE_PLACE.finditer(text))


def dateline_person(ent: Span) -> bool:
    """ "ROME - Bernie Sanders met ...", read as one organisation, "RIGA, Sept 21 - Wei Yixuan, a
    19-year-old ...", read as a date: after the dateline's dash, a given name and a surname, or
    two or three name words with an age beside them."""
    after = trim_entity(ent)
    return (
        after.start > ent.start
        and ent.doc[after.start - 1].text in ("-", "–", "—", "--")
        and 2 <= len(after) <= 3
        and all(t.tag_ == "NNP" and t.text[:1].isupper() for t in after)
        and (given_name_gender(after[0].text) is not None or _aged(after.root))
    )


def adverb_name(tok: Token) -> bool:
    """A name the tagger read as an adverb for its "-ly" ("said Skelly", "Bill Kelly"): a
    capitalised "-ly" word inside a sentence."""
    if not (
        tok.tag_ == "RB"
        and tok.is_title
        and tok.lower_.endswith("ly")
        and not tok.lower_.endswith(_ADVERB_ENDINGS)
        and tok.i > tok.sent.start
        and not tok.doc[tok.i - 1].is_quote
    ):
        return False
    capitals, words = capitalised(tok.sent)  # not a title-case headline's "Jo Roe Finally"
    return capitals * 2 <= words


# "-ly" endings of adverbs, not of names: "Finally", "Quickly", "Really", "Only"
_ADVERB_ENDINGS = tuple(
    "ally ately ently antly ously fully ively ably ibly edly ingly arly ckly nly rly ely tly ghly ply ily".split()
)


# A surname in title case after a prefix with its own capital: "MacInnes", "McCall", "DeSoto"
_PREFIXED_NAME = re.compile(r"(?:Mac|Mc|De|Di|Da|La|Le|Van|Fitz)[A-Z][a-z'’]+")


def name_case(tok: Token) -> bool:
    """A word in the case of a name: title case, or a prefixed surname ("MacInnes")."""
    return tok.is_title or _PREFIXED_NAME.fullmatch(tok.text) is not None


def full_name_words(span: Span) -> bool:
    """Name words in title case, none a title or an organisation's word (a hyphen may join two:
    "Obiora-Lindahl")."""
    return all(
        (_name_word(t) and name_case(t) and t.lower_ not in ORG_WORDS)
        or glued_hyphen(span.doc, t.i)
        or _inner_particle(t, span)  # "María de los Ángeles Gutiérrez"
        # a known given name the tagger read as an adjective ("Inés")
        or (t.i == span.start and name_case(t) and given_name_gender(t.text) is not None)
        for t in span
    )


def _inner_particle(tok: Token, span: Span) -> bool:
    return span.start < tok.i < span.end - 1 and tok.is_lower and tok.lower_ in SURNAME_PARTICLES


def full_name_of(ent: Span, lone_names: set[str]) -> bool:
    """ "Alasdair Munro" tagged an organisation in an article where "Munro" alone is a person:
    two name words in title case, the last one that person's name (three with a known given
    name or a middle initial first: not "Actress Amandla Stenberg")."""
    name = without_postnominal(ent)
    return (
        ent.label_ in ("ORG", "GPE", "NORP")
        and (
            len(name) == 2
            or (
                len(name) == 3
                and (given_name_gender(name[0].text) is not None or len(name[1].text) <= 2)
            )
        )
        and (
            name[-1].text in lone_names
            # "LONDON — Rafe Calloway arrives ...", read as a place, where "Rafe" alone is a
            # person: the subject named in full
            or (
                name[0].text in lone_names
                # not "Nordhavn Air" (a body) where "Nordhavn" is the airline
                and (ent.label_ != "ORG" or given_name_gender(name[0].text) is not None)
                and ent.root.dep_ in ("nsubj", "nsubjpass")
            )
        )
        and full_name_words(name)
    )


def misread_person_name(ent: Span) -> bool:
    """ "Her apprentice, Sunniva Holt, 24, joined ...", "Gurpreet Anand, who chairs ...", "Jo
    Obiora-Lindahl, a physicist, ...", "The museum's director, Béatrice Lachenal,": two or three
    name words tagged an organisation or a place, with an age, a "who" clause or a person's
    description beside them, or letters after them ("Jo Roe KC"), are a person."""
    name = without_postnominal(ent)
    words = [t for t in name if not (glued_hyphen(ent.doc, t.i) or _inner_particle(t, name))]
    # "Luz Dary Ocampo Restrepo said": a known given name, then name words, speaking
    speaks = (
        ent.root.dep_ == "nsubj"
        and ent.root.head.lower_ in SPEECH_FORMS
        and given_name_gender(ent[0].text) is not None
    )
    return (
        ent.label_ in ("ORG", "GPE", "NORP", "FAC", "LOC")
        and 2 <= len(words) <= (4 if speaks else 3)
        and ent.doc.has_annotation("DEP")
        and (
            speaks
            or len(name) < len(ent)
            or _aged(ent.root)
            or any(
                c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.lefts)
                for c in ent.root.children
            )
            or any(_person_described(c) for c in ent.root.children if c.dep_ == "appos")
            # "The museum's director, Béatrice Lachenal, said"
            or (
                ent.root.dep_ == "appos"
                and ent.root.head.tag_ == "NN"
                and person_noun(ent.root.head.lower_)
            )
        )
        and full_name_words(name)
    )


def _person_described(noun: Token) -> bool:
    """ "a 49-year-old atmospheric physicist": an indefinite description of one person (not
    "a maker of widgets", which may be a firm)."""
    word = noun.lower_
    return (
        noun.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.lefts)
        and (person_noun(word) or word.endswith(("ist", "ian")))
        and word not in _ORG_APPOSITIVES
    )


def _with_given_name(ent: Span) -> Span:
    """The entity with the given name the NER left out before it: "Chair Debbie [Wasserman
    Schultz]", "Prince Alwaleed [Bin Talal]" (a known given name, or a word right after a title)."""
    if ent.start == 0:
        return ent
    doc, prev = ent.doc, ent.doc[ent.start - 1]
    given = given_name_gender(prev.text) is not None
    misread = (  # "[Marta] [Alicia Orellana]": a known given name read as a place on its own
        given
        and prev.ent_iob_ == "B"
        and prev.dep_ == "compound"
        and ent.start <= prev.head.i < ent.end
    )
    if (
        prev.tag_ != "NNP"
        or not prev.text[:1].isupper()
        or (prev.ent_type_ and not misread)
        or is_title(prev.text)
    ):
        return ent
    if given or (prev.i > 0 and _announces_person(doc[prev.i - 1].text)):
        return doc[prev.i : ent.end]
    # "Ilse [Quarry] said": a capitalised word the parse joins to a one-word name, with nothing
    # name-like before it, is the given name
    before = doc[prev.i - 1] if prev.i > 0 else None
    if (
        (len(ent) == 1 or (len(ent) == 3 and glued_hyphen(doc, ent.start + 1)))  # "Ben-Ami"
        and prev.dep_ == "compound"
        and prev.head == ent.root
        and _NAME_WORD.fullmatch(prev.text)
        and (before is None or before.tag_ not in ("NNP", "NNPS"))
    ):
        return doc[prev.i : ent.end]
    return ent


_FEMALE_NAME_WORDS = frozenset("kaur bint binti umm".split())  # "Paramjit Kaur Mann"
_MALE_NAME_WORDS = frozenset("bin ibn abu".split())  # "Khalid bin Rashid", "Abu Idris"


def _by_given_name(word: str, known: list[tuple[str, Person]]) -> Person | None:
    """ "Moussa" of "Moussa Ndiaye" when his sister shares the surname: a known given name
    alone is the one person known by it (never a choice between two)."""
    if given_name_gender(word) is None:
        return None
    named = {id(p): p for norm, p in known if len(norm.split()) > 1 and norm.split()[0] == word}
    return next(iter(named.values())) if len(named) == 1 else None


# A Korean given name after the family name: "Min-jun", "Soo-ah" (not "Garcia-Lopez").
_GIVEN_AFTER_FAMILY = re.compile(r"[A-Za-z]{2,4}-[a-z]{2,5}")


def name_gender(words: list[str]) -> str | None:
    """ "f" or "m" from a full name: a word that only one sex's names hold ("Kaur", "bint",
    "Umm"; "bin", "Abu", and "Singh" before the surname: "Ranjit Kaur Dhaliwal" is a woman), or
    its given name."""
    if len(words) == 2 and len(words[0]) <= 5 and _GIVEN_AFTER_FAMILY.fullmatch(words[1]):
        return None  # "Lee Min-jun", "Kim Soo-ah": the family name first, not "Lee" the woman
    inner = {w.lower() for w in words[:-1]}
    if inner & _FEMALE_NAME_WORDS:
        return "f"
    if inner & _MALE_NAME_WORDS or "singh" in {w.lower() for w in words[1:-1]}:
        return "m"
    return given_name_gender(words[0])


def _given(tok: Token) -> bool:
    return _name_word(tok) and given_name_gender(tok.text) is not None


def _display(span: Span) -> tuple[str, list[str]]:
    """The name without leading titles or possessive, and the titles that were dropped."""
    return _untitled([w for w in span.text.split() if w not in ("'s", "’s")])


# What popular papers set before a name like a title: "Victim Alan Roe", "Mum Jo Roe".
_LABELS = frozenset("victim mum dad grandad grandma gran granny nan teen teenager".split())


def _untitled(words: list[str]) -> tuple[str, list[str]]:
    """The name the words spell without their leading titles, and those titles."""
    titles = []
    # "Forward Majority Action": a body's name keeps its first word, a role's or not
    while (
        len(words) > 1
        and (is_title(words[0]) or words[0].lower() in _LABELS)
        and words[-1].lower() not in ORG_WORDS
    ):
        titles.append(words.pop(0).lower().rstrip("."))
    return clean_name(words), titles


def _left_roles(span: Span) -> list[str]:
    """Title words written just before the name: "Italian General" in "Italian General Marco Bertolini"."""
    doc, i = span.doc, span.start - 1
    roles: list[str] = []
    while i >= span.sent.start and len(roles) < 5:
        tok = doc[i]
        if tok.lower_ in _ROLE_SKIP or tok.is_punct or tok.ent_type_ == "PERSON":
            break
        if not (tok.tag_.startswith("NN") or tok.tag_ == "JJ" or tok.lower_.rstrip(".") in TITLES):
            break
        if tok.dep_ in ("dobj", "dative") and tok.head.i < tok.i and tok.head.tag_.startswith("VB"):
            break  # "He told the judge Roe had lied": whom he told, not Roe's title
        roles.append(tok.lower_.rstrip("."))
        i -= 1
    return roles


def _role_word(word: str) -> bool:
    """A word of an apposition that says what a person is: a listed role, or a noun for a
    person by its ending ("plumber", "pharmacist", "historian")."""
    return word not in KIN_NOUNS and (
        person_noun(word) or (len(word) > 4 and word.endswith(("er", "ist", "ian")))
    )


def appos_roles(span: Span) -> list[str]:
    """Words of an apposition next to the name: "Jane Roe, the county treasurer," -> treasurer, county."""
    roles: list[str] = []
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            roles.extend(
                t.lower_
                for t in child.subtree
                if (t.tag_.startswith("NN") or t.tag_ == "JJ")
                and not _in_clause(t, child)
                and not _owners_word(t, child)
            )
    if _beside_noun(root):
        head = root.head
        roles.extend(
            t.lower_
            for t in head.lefts
            if (t.tag_.startswith("NN") or t.tag_ == "JJ") and not _owners_word(t, head)
        )
        roles.append(head.lower_)
    return roles


def _beside_noun(name: Token) -> bool:
    """The name is set in apposition beside a noun ("the county treasurer, Jane Roe,"), not
    beside another person's name, nor after an opening phrase (`_lost_subject`)."""
    return name.dep_ == "appos" and name.head.ent_type_ != "PERSON" and not _lost_subject(name)


def _lost_subject(name: Token) -> bool:
    """ "In a letter to the judge, Carr, the youngest, wrote": the name the parse set beside a
    noun of an opening phrase is the subject the verb after it was left without, not the judge."""
    if name.head.dep_ != "pobj":
        return False
    verb = next((a for a in name.head.ancestors if a.tag_.startswith("VB")), None)
    return (
        verb is not None
        and verb.i > name.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children)
    )


def _owners_word(tok: Token, top: Token) -> bool:
    """`tok` names the owner of the noun `top` ("the governor's son"): the owner's role, not
    the person's."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "poss":
            return True
        tok = tok.head
    return False


def _appos_nouns(span: Span) -> list[str]:
    """The common nouns set beside the name as what the person is: "Her landlord, Peter Grant,",
    "Peter Grant, her landlord,"."""
    root = span.root
    heads = [c for c in root.children if c.dep_ == "appos" and c.ent_type_ != "PERSON"]
    if _beside_noun(root):
        heads.append(root.head)
    return [h.lower_ for h in heads if h.tag_ == "NN"]


def _appos_head(span: Span) -> str | None:
    """The head word of an apposition after the name ("Kemp Lane, a law firm," -> firm;
    "Gresham Assurance, the insurer," -> insurer)."""
    heads = [
        c
        for c in span.root.children
        if c.dep_ == "appos"
        and c.i > span.root.i
        and [t.lower_ for t in c.lefts if t.dep_ == "det"][:1] in (["a"], ["an"], ["the"])
    ]
    return heads[0].lower_ if heads else None


def _in_clause(tok: Token, top: Token) -> bool:
    """`tok` is in a clause under `top` ("donors who back the candidate": not a role)."""
    while tok != top:
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        tok = tok.head
    return False


_PLACE_TYPES = frozenset("GPE LOC FAC NORP".split())

_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*")  # "Ángeles", "Łukasz", "Øyvind"


def _name_word(tok: Token) -> bool:
    """A capitalised word that can continue a name ("Moreau", "O'Neill"), not a title or verb."""
    return (
        tok.tag_ in ("NNP", "NNPS")
        and _NAME_WORD.fullmatch(tok.text) is not None
        and not is_title(tok.text)
    )


def _aged(tok: Token) -> bool:
    """ "Reyes, 19, said", "Grace, a 22-year-old participant, said": a name with an age beside
    it is a person's (not "Acme, a 40-year-old firm")."""
    return any(
        c.dep_ == "appos"
        and (
            (c.tag_ == "CD" and c.i == tok.i + 2)
            or (
                c.tag_ == "NN"
                and c.lower_ not in _ORG_APPOSITIVES
                and any(t.lower_ == "old" and t.dep_ == "amod" for t in c.lefts)
                and "-year-" in c.doc[c.left_edge.i : c.i].text
            )
            or (c.lower_ == "old" and "-year-" in c.doc[c.left_edge.i : c.i + 1].text)
        )
        for c in tok.children
    )


def named_as(tok: Token) -> bool:
    """ "a neighbor named Luis Roe", "an elderly man called Haroun": the name given to a person
    just described."""
    verb = tok.head
    doc = tok.doc
    if (  # "a man who gave his name as Haroun said ...", read as "as Haroun said"
        tok.tag_ == "NNP"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.i >= 3
        and doc[tok.i - 1].lower_ == "as"
        and any(
            w.lower_ == "name" and w.head.lower_ in _GIVING_NAME for w in doc[tok.i - 3 : tok.i - 1]
        )
    ):
        return True
    if tok.dep_ == "pobj" and verb.lower_ == "as":  # "a man who gave his name only as Haroun"
        verb = verb.head
        return (
            tok.tag_ == "NNP"
            and verb.lower_ in _GIVING_NAME
            and verb.dep_ == "relcl"
            and person_word(verb.head)
        )
    if tok.dep_ == "appos" and tok.tag_ == "NNP" and verb.lower_ == "name":
        # "a friend, who gave only his first name, Jakub,", "a driver who would be named only
        # by her first name, Ines,": the name the described person gave
        chain = list(verb.ancestors)
        return any(a.lower_ in _GIVING_NAME or a.lower_ in _NAMED_BY for a in chain) and any(
            a.dep_ == "relcl"
            and (person_word(a.head) or any(c.lower_ == "who" for c in a.children))
            for a in chain
        )
    return (
        tok.dep_ in ("oprd", "dobj")
        and tok.tag_ == "NNP"
        and verb.lower_ in ("named", "called")
        and verb.dep_ == "acl"
        and person_word(verb.head)
    )


_GIVING_NAME = frozenset(
    "give gives gave giving identify identifies identified identifying".split()
)
# "asked to be named by her first name", "preferred to be known only by his first name"
_NAMED_BY = frozenset("named known called shared provided offered used".split())


def _name_giver_gender(tok: Token) -> str | None:
    """The sex "his" or "her" gives the one who gave the name `tok` ("his first name, Jakub")."""
    owner = next((c for c in tok.head.children if c.dep_ == "poss"), None)
    return {"his": "m", "her": "f"}.get(owner.lower_) if owner is not None else None


def _aged_name(tok: Token) -> bool:
    """One name word with an age beside it, untyped or tagged an organisation ("Reyes, 19,")."""
    return (
        tok.tag_ == "NNP"
        and tok.ent_type_ in ("ORG", "GPE", "")  # "Nurhayati, 36," is no place
        and _aged(tok)
        and _name_word(tok)
        and not any(c.dep_ == "compound" for c in tok.lefts)
        # "SPOKANE, Wash. — A 63-year-old trucker was ...": a dateline's place, in capitals
        and not (tok.is_upper and len(tok) > 1 and tok.i == tok.sent.start)
    )


def _owned_role(tok: Token) -> bool:
    """A role owned by a group or body, not by a named person: "The visitors' coach"."""
    return tok.lower_ in ROLE_NOUNS and any(
        c.dep_ in ("poss", "nmod")
        and c.tag_ in ("NN", "NNS")
        and c.ent_type_ == ""
        and any(g.dep_ == "case" for g in c.children)
        for c in tok.children
    )


def _one_name_set_off(tok: Token, types: tuple[str, ...]) -> bool:
    """One name word in apposition right after its noun, set off by commas ("his son, Tiago,"),
    tagged one of the entity `types` (or none)."""
    doc = tok.doc
    return (
        tok.tag_ == "NNP"
        and tok.dep_ == "appos"
        and tok.ent_type_ in (*types, "")
        and tok.head.i == tok.i - 2
        and _name_word(tok)
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text == ","
        and doc[tok.i - 1].text == ","
    )


def kin_name(tok: Token) -> bool:
    """One name word set off beside a relative ("Sousa's wife, Helena,", "his son, Tiago,"; "his
    daughter, June," a given name the NER took for a month)."""
    month = ("DATE",) if given_name_gender(tok.text) is not None else ()
    return (
        _one_name_set_off(tok, ("ORG", "PERSON", *month))
        and tok.head.lower_ in _GENDERED_NOUNS
        and any(c.dep_ == "poss" for c in tok.head.children)
    )


def named_beside_person(tok: Token) -> bool:
    """One name word set off beside a person described ("Another nurse, Kateryna,", "a soldier,
    Andriy,"), whatever the NER made of it."""
    head = tok.head
    return (
        _one_name_set_off(tok, ("ORG", "PERSON", "GPE", "NORP"))
        and head.tag_ == "NN"
        and person_noun(head.lower_)
        and any(c.dep_ == "det" for c in head.children)
    )


def person_noun(word: str) -> bool:
    """A listed word for a person: a role, "resident", "woman"."""
    return word in ROLE_NOUNS or word in _UNSEXED_PERSONS or word in _GENDERED_NOUNS


def person_word(tok: Token) -> bool:
    """A lower-case noun for a person: a role ("resident"), or one by its ending ("fisherman")."""
    word = tok.lower_
    return person_noun(word) or (
        tok.tag_ == "NN" and tok.is_lower and word.endswith(("man", "er", "ist", "ian"))
    )


_INITIAL = re.compile(r"[A-Z]\.")


def _name_words_before(head: Token) -> list[Token]:
    """The name words compounded on `head` right before it, across a hyphen joining two
    ("Siobhán Callaghan-Reyes": the parse may hang one on the other)."""
    doc, i = head.doc, head.i - 1
    words: list[Token] = []
    while i >= 0:
        if glued_hyphen(doc, i):
            i -= 1
        elif (
            doc[i].dep_ == "compound"
            and head.is_ancestor(doc[i])
            and doc[i].tag_ == "NNP"
            and not is_title(doc[i].text)  # "Rep. Jo Roe": the name starts after the title
        ):
            if not (_name_word(doc[i]) or _INITIAL.fullmatch(doc[i].text)):
                return []  # a word no name has
            words.insert(0, doc[i])
            i -= 1
        else:
            break
    return words


def written_name(head: Token) -> str:
    """A name word with the name words compounded on it before it ("Curtis" "Roe"), as written."""
    words = _name_words_before(head)
    return head.doc[words[0].i : head.i + 1].text if words else head.text


def name_set_off(doc, comma: int) -> Span | None:  # type: ignore[no-untyped-def]
    """Two to four name words between the comma at `comma` and the next one: the name set
    beside a description ("the project's chief engineer, Koen Desmet, ...")."""
    if comma + 3 >= len(doc) or doc[comma].text != ",":
        return None
    end = comma + 1
    while (
        end < len(doc)
        and end - comma <= 4
        and (
            _name_word(doc[end])
            or (
                doc[end].lower_ in SURNAME_PARTICLES
                and end + 1 < len(doc)
                and _name_word(doc[end + 1])
            )
        )
    ):
        end += 1
    if end - comma < 3 or end >= len(doc) or doc[end].text != ",":
        return None
    span = doc[comma + 1 : end]
    return span if _could_be_person(span.text) else None


def _presented_as_person(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """The name words doc[start:end] are set beside a word for a person, after a comma:
    "Marloes ten Brink, director of the museum", "Wim de Vries, a 41-year-old teacher"."""
    if end >= len(doc) or doc[end].text != "," or end - start < 2:
        return False
    return any(
        t.dep_ == "appos" and start <= t.head.i < end and person_word(t)
        for t in doc[end + 1 : end + 10]
    )


_SPEAKS_FOR = frozenset("spokesman spokeswoman spokesperson representative".split())


def deep_appos(role: Token) -> list[Token]:
    """ "The director of a shelter in Ohio, Jo Roe, said": a name set off right before the verb
    that the parse hangs on a noun inside the role's phrase ("Ohio"), not on the role."""
    doc, verb = role.doc, role.head
    # (not a spokesperson's: "A spokeswoman for the owner in Glasgow, Corran Marine," names
    # whom she speaks for)
    if role.lower_ not in ROLE_NOUNS or role.lower_ in _SPEAKS_FOR or verb.i < role.i:
        return []
    return [
        c
        for c in role.subtree
        if c.dep_ == "appos"
        and c.head != role
        # a person's name, not "A spokesperson for the shipbuilder, Caldermere Marine,"
        and (c.ent_type_ == "PERSON" or given_name_gender(c.left_edge.text) is not None)
        and c.right_edge.i + 2 < len(doc)
        and doc[c.right_edge.i + 1].text == ","
        and doc[c.right_edge.i + 2] == verb
    ]


def unnamed_person(tok: Token) -> Span | None:
    """The name words of a subject the NER left untyped ("Marla Kilfoyle"), or of its apposition;
    a single name word only with an age beside it ("Reyes, 19, said", even tagged an organisation)."""
    if _aged_name(tok):
        return tok.doc[tok.i : tok.i + 1]
    for head in (tok, *(c for c in tok.children if c.dep_ == "appos"), *deep_appos(tok)):
        # Beside a role noun ("one pastor, Jo Quill,") a name tagged as an organisation is a person.
        # So is one beside a relative ("Croft's mother, Parveen Croft,"), tagged a place or not.
        allowed = {"ORG", ""} if head != tok and tok.lower_ in ROLE_NOUNS else {""}
        if head != tok and tok.lower_ in ROLE_NOUNS and _name_words_before(head):
            allowed = {"ORG", "", "GPE", "NORP"}  # "Her lawyer, Anders Mbeki," (read as a place)
        if head != tok and tok.lower_ in _GENDERED_NOUNS:
            allowed = {"ORG", "", "FAC", "GPE", "LOC", "NORP"}
        if head == tok and any(  # "Maryam Violet, an Iranian journalist, told": a person
            c.dep_ == "appos" and c.lower_ in ROLE_NOUNS and c.tag_ == "NN" for c in tok.children
        ):
            allowed = {"ORG", ""}
        words = _name_words_before(head)
        before = head.doc[words[0].i - 1] if words and words[0].i > 0 else None
        if before is not None and person_word(before) and before.lower_ not in ORG_WORDS:
            allowed = {"ORG", ""}  # "Concord resident Whit Symms": a role written before
            # (not "Local Government New Zealand": a body's name)
        if words and given_name_gender(words[0].text) and head.lower_ not in ORG_WORDS:
            allowed = {"ORG", "", "NORP", "GPE", "FAC", "LOC"}  # "Gwen Tallis" read as a people
        words = _after_portfolio(words)
        if head.tag_ not in ("NNP", "NNPS") or head.ent_type_ not in allowed:
            continue
        # "Maître [Cheikh] Tidiane [Mbaye]": the NER may cut a name in pieces of its own
        if not words or any(w.ent_type_ not in {*allowed, "PERSON"} for w in words):
            continue
        if not _name_word(head):
            continue
        end = head.i
        while glued_hyphen(head.doc, end + 1):  # "Camila Estrada-Boone", split by the parse
            end += 2
        return without_postnominal(head.doc[words[0].i : end + 1])  # "Imogen Sallis KC"
    return None


def _after_portfolio(words: list[Token]) -> list[Token]:
    """The given name and initials of name words that run on from an office's portfolio:
    "(Leader of the Opposition in the) Assembly Debabrata [Gogoi]" is Debabrata Gogoi."""
    if len(words) < 2 or words[0].i == 0 or words[0].nbor(-1).tag_ not in ("IN", "DT"):
        return words
    k = len(words) - 1
    while k > 0 and (_INITIAL.fullmatch(words[k].text) or words[k].lower_ in SURNAME_PARTICLES):
        k -= 1
    return words[k:] if k > 0 else words


def office_holder(subj: Token) -> Span | None:
    """The name a capitalised office ends with, where the NER found no person: "Minister for
    Health Eimear Costigan said", "Minister of State for Health Sujata Mitra said"."""
    if subj.lower_ not in ROLE_NOUNS or subj.lower_ in _AGENT_ROLES or subj.ent_type_ == "PERSON":
        return None  # (not "a spokesman for Jo Roe": someone else)
    last = subj
    while True:  # down the chain of prepositions: "of State", "for Health ...", "to Islamabad"
        preps = [
            c for c in last.rights if c.dep_ == "prep" and c.lower_ in ("of", "for", "in", "to")
        ]
        objects = [o for p in preps[-1:] for o in p.children if o.dep_ == "pobj"]
        if not objects:
            break
        last = objects[-1]
    if last is subj or last.ent_type_ not in ("", "ORG", "PERSON") or not _name_word(last):
        return None
    words = _after_portfolio(_name_words_before(last))
    if (
        not words
        or any(w.ent_type_ not in ("", "ORG", "PERSON") for w in words)
        or words[0].lower_ in ORG_WORDS
        or last.lower_ in ORG_WORDS
    ):
        return None
    # "Secretary of Homeland Security": a portfolio, no name; "of England Mark Carney" one
    first = words[0]
    if not _name_word(first.nbor(-1)):
        return None
    return subj.doc[first.i : last.i + 1]


def _opens_clause(span: Span) -> bool:
    """The name is a subject: by the parse, or it opens a clause and a finite verb follows."""
    if _is_subject(span):
        return True
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ("'s", "’s"):
        return False
    before = doc[span.start - 1] if span.start > span.sent.start else None
    opens = before is None or before.text in (",", ";", "—", "–") or before.lower_ in ("and", "but")
    return opens and after is not None and after.tag_ in FINITE_TAGS


def under_main_subject(subject: Token) -> bool:
    """The subject of a clause hung on a verb whose own subject is a name: "Roe did not
    sound hopeful when Vance asked ...": Roe is who the sentence is about, not Vance."""
    verb = subject.head
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in verb.children
    ):
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NNP", "NNPS") for c in verb.head.children
    )


def _subordinate(span: Span) -> bool:
    """The name is the subject of such a clause (see `under_main_subject`)."""
    root = span.root
    return (
        span.doc.has_annotation("DEP")
        and root.dep_ in ("nsubj", "nsubjpass")
        and under_main_subject(root)
    )


def _kin_owner(ent: Span, kin: frozenset[str] = KIN_NOUNS) -> Token | None:
    """ "Oduya" of "Oduya's wife, Laura Oduya,": the one whose relative the name is set beside."""
    head = ent.root.head if ent.root.dep_ == "appos" else None
    if head is None or head.lower_ not in kin:
        return None
    return next((c for c in head.children if c.dep_ == "poss"), None)


def _namesakes_relative(ent: Span) -> bool:
    """ "Oduya's wife, Laura Oduya,": a full name set beside a relative of someone called by the
    same surname is that relative, another person than the surname's owner."""
    owner = _kin_owner(ent) if len(ent) >= 2 else None
    return owner is not None and owner.text == ent[-1].text


_SHARED_NAME_KIN = frozenset("son daughter wife husband brother sister widow widower".split())


def _with_relatives_surname(ent: Span, name: str, text: str) -> str:
    """ "Marsh's husband, Frank,": a given name alone, set beside a relative of someone named
    by surname, takes that surname (Frank Marsh). The owner's word is a surname when it is no
    given name, or when the `text` gives it after one ("Grant" of "Jo Grant's son, Tom,")."""
    owner = _kin_owner(ent, _SHARED_NAME_KIN) if len(ent) == 1 else None
    if (
        owner is None
        or owner.ent_type_ not in ("PERSON", "ORG", "")  # (the NER may read a surname so)
        or owner.tag_ != "NNP"
        or given_name_gender(name) is None
        or (
            given_name_gender(owner.text) is not None
            and not any(
                given_name_gender(m[1]) is not None
                for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(owner.text)}\b", text)
            )
        )
    ):
        return name
    return f"{name} {owner.text}"


def _kin_set_beside(ent: Span) -> bool:
    """ "his son, David Roe,", "her own brother, Jonas Roe,", "whose older brother, Dan Roe,": a
    full name set after a relative the writer names by "his"/"her"/"whose" (read from the words:
    the paragraph may have no parse)."""
    doc, i = ent.doc, ent.start - 1
    while i > 0 and (doc[i].lower_ in ("former", "late") or is_title(doc[i].text)):
        i -= 1  # "her father, former Gov. Dan Roe,"
    if len(ent) < 2 or i < 2 or doc[i].text != "," or doc[i - 1].lower_ not in KIN_NOUNS:
        return False
    owner = doc[i - 3] if doc[i - 2].lower_ in _KIN_AGES and i >= 3 else doc[i - 2]
    return owner.lower_ in ("his", "her", "their", "whose")


_GIVEN_NAME_ACTS = re.compile(r" (?!and\b|or\b)[a-z]+\b|,")
_KIN_AGES = frozenset("own older younger elder eldest youngest late".split())


def in_question_put(tok: Token) -> bool:
    """`tok` is inside a question put to the sentence's speaker ("Asked whether the president
    would veto it, she said ...", "Roe was asked whether Lee would concede"): talked about, not
    the one who answers."""
    return any(
        (a.lower_ == "asked" and a.dep_ == "advcl" and a.i < tok.i)
        or (
            a.dep_ == "ccomp"
            and a.head.lower_ in ASKING_FORMS
            and any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in a.children)
        )
        for a in tok.ancestors
    )


def _is_subject(span: Span) -> bool:
    root = span.root
    # "Jo Roe KC said": the parse heads the name with the letters after it
    if root.dep_ == "compound" and root.head.i == span.end and len(span) > 1:
        root = root.head if _postnominal(root.head) else root
    for _ in range(3):  # "The other man, his cousin Jo Roe, 40, cited ...": Roe is who acts
        if root.dep_ != "appos" or root.head == root:
            break
        root = root.head
        if (  # "A sommelier in Buenos Aires, Federico Lanús, was ...": hung on the place
            root.dep_ == "pobj"
            and root.head.dep_ == "prep"
            and root.head.head.dep_ in ("nsubj", "nsubjpass")
            and person_word(root.head.head)
        ):
            root = root.head.head
    if span.doc.has_annotation("DEP") and root.dep_ in ("nsubj", "nsubjpass"):
        return (
            root.head.dep_ != "relcl" and not under_main_subject(root) and not in_question_put(root)
        )
    if root.dep_ == "poss" and root.head.dep_ == "appos":
        return False  # "Victor Delgado, Northvale's general counsel, rejected ...": Delgado acts
    sent = span.sent
    lead = [t for t in sent[: max(0, span.start - sent.start)] if not t.is_space]
    if (  # "Tiago's mother, Helena Roe, watched ..." (the parse often loses the apposition)
        len(lead) >= 4
        and lead[-1].text == ","
        and (person_word(lead[-2]) or lead[-2].lower_ in KIN_NOUNS)
        and lead[-3].tag_ == "POS"
    ):
        lead = lead[:-4]
    if lead and lead[0].tag_ in ("IN", "RB") and lead[-1].text == "," and root.dep_ != "poss":
        lead = []  # "Back in Dexter, Roe's husband, Jo Roe, 74, wanders in": set off before
    return all(
        t.lower_ in ("the", "a", ",") or t.lower_.rstrip(".") in TITLES or t.tag_ in ("NNP", "JJ")
        for t in lead
    )


class ArticlePeople:
    """Named people of one article and the positions where they are mentioned."""

    def __init__(self, text: str = "") -> None:
        self.text = text
        # "Carver Hills’ first co-op" in the headline, after "CARVER HILLS —": a place
        self.places = dateline_places(text)
        self.people: dict[str, Person] = {}
        self.mentions: list[PersonMention] = []
        self.unnamed: list[PersonMention] = []  # "a 29-year-old nurse ... she" (see add_unnamed)
        # people introduced as a relative of a namesake ("Roe's wife, Ana Roe"): never "Roe"
        self.namesakes_kin: set[int] = set()
        self.kin_beside: set[int] = set()  # relatives set beside a namesake ("her brother, X")

    def _sentence_between(self, start: int, end: int) -> bool:
        """A sentence ends between the two positions: a newer sentence's subject beats the last speaker."""
        return bool(_SENTENCE_END.search(self.text, start, end))

    def add_entities(self, doc_spans: list[Span], offset: int, trusted: bool = True) -> None:
        """Record the PERSON entities of one paragraph (`offset` = its start in the article)."""
        taken = 0  # "Marieke [ter Horst]": the NER's own "Horst" is inside the name before it
        for ent in (_with_given_name(trim_entity(e)) for e in doc_spans):
            if ent.start < taken or any(t.tag_ == "VB" and t.dep_ != "compound" for t in ent):
                continue  # "Will Twitter Be Next?": a headline's question, no one's name (but
                # "Beatrix Aumont", its given name tagged a verb, is a name)
            if any(c.dep_ == "nummod" and c.i == ent.end for c in ent.root.children):
                continue  # "The KM Sinar Harapan 7 was carrying ...": a vessel's name
            if _in_dateline(ent) or ent.text.upper() in self.places:
                continue  # "CARVER HILLS — On a wet Monday ...": a dateline's place or country
            if (
                len(ent) > 1
                and ent[-1].lower_ in _STREET_WORDS
                and ent.doc[ent.start - 1 : ent.start].text.lower() in ("on", "at", "along", "off")
            ):
                continue  # "a building on Ferry Lane": a street
            if len(ent) == 1 and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") and c.i < ent.start - 1
                for c in ent.root.children
            ):
                continue  # "a battered Akubra on her head": a thing of that make, no one
            if (
                len(ent) == 1
                and ent.text.endswith("s")
                and ent.start > 0
                and ent.doc[ent.start - 1].lower_ == "the"
            ):
                continue  # "The Brandts are hardly alone": a family, not one of them
            taken = ent.end
            name, titles = _display(ent)
            name = _with_relatives_surname(ent, name, self.text)
            if not name or not any(c.isupper() for c in name[:1]) or not _could_be_person(name):
                continue
            appos = appos_roles(ent) if ent.doc.has_annotation("DEP") else []
            if appos and _appos_head(ent) in _ORG_APPOSITIVES:
                continue  # "Kemp Lane, a law firm, argued ...": not a person
            left_roles = _left_roles(ent)
            if left_roles[:1] and left_roles[0] in ORG_KINDS:
                continue  # "The supermarket chain Marché Vert said": not a person
            spelling = trusted or _headline_spelling(ent, name)
            left = _titled(left_roles[:1])  # "Mrs." the entity left out
            if _namesakes_relative(ent):  # "Oduya's wife, Laura Oduya,": not Oduya herself
                person = self.people.setdefault(normalise_name(name), Person(name=name))
                self.namesakes_kin.add(id(person))
            else:
                person = (
                    (None if trusted else self._named_at_start(name))
                    or self._titled_namesake(name, titles + left_roles[:1])
                    or self._person(name, spelling=spelling, gender=_titled(titles), prefer=left)
                )
            if left is not None and person.gender not in (None, left):
                person = self._person(name, spelling=spelling, gender=left)  # not Mr. Roe
            person.roles.update(titles)
            person.roles.update(left_roles)
            person.roles.update(appos)
            person.called.update(_appos_nouns(ent))
            for title in titles + left_roles[:1]:
                person.learn_gender(TITLE_GENDER.get(title), len(name.split()) > 1)
            if _kin_set_beside(ent) and any(  # "her own brother, Jonas Marrow," by a Marrow
                _same_surname(m, normalise_name(ent[-1].text)) and m.person is not person
                for m in self.mentions
            ):
                self.kin_beside.add(id(person))
            subject = _is_subject(ent)
            self.mentions.append(
                PersonMention(
                    offset + ent.start_char,
                    offset + ent.end_char,
                    person,
                    subject,
                    introduced=not subject and any(_role_word(r) for r in appos),
                    subordinate=_subordinate(ent),
                    passive=ent.root.dep_ == "nsubjpass",
                )
            )
            self._add_relative_of(ent, offset)

    def _add_relative_of(self, ent: Span, offset: int) -> None:
        """ "Brett Roe, who farms with his sister Kylie": Brett is her brother, so that "Her
        brother said" later is him. The one person named before in the sentence owns "his"."""
        doc, i = ent.doc, ent.start - 1
        if i >= 1 and doc[i].text == ",":
            i -= 1
        if i < 1 or doc[i].lower_ not in _RELATIVE_OF or doc[i - 1].lower_ not in ("his", "her"):
            return
        sent = offset + ent.sent.start_char
        before = [m for m in self.mentions if sent <= m.start < offset + doc[i - 1].idx]
        owners = {id(m.person): m.person for m in before}
        if len(owners) > 1:
            owners = {id(m.person): m.person for m in before if m.subject}
        if len(owners) == 1:
            male, female = _RELATIVE_OF[doc[i].lower_]
            owner = next(iter(owners.values()))
            owner.roles.add(male if doc[i - 1].lower_ == "his" else female)

    def add_titled(self, doc, offset: int) -> None:
        """Names the NER missed but a title announces: "Mayor Ines Dahl", "Sen. Jo Park"."""
        i, n = 0, len(doc)
        while i < n - 1:
            tok = doc[i]
            member = (  # "Council member Tyrell Banks", "board member Ana Roe"
                tok.lower_ == "member" and i > 0 and doc[i - 1].text[:1].isupper()
            )
            if tok.ent_type_ == "PERSON" or not (
                (tok.text[:1].isupper() and _announces_person(tok.text)) or member
            ):
                i += 1
                continue
            j, names = i + 1, 0
            while j < n and names < 3:
                k = j  # "Chief Justice Alejandro de la Fuente Ibarra": particles between names
                while k < n - 1 and k > i + 1 and doc[k].lower_ in SURNAME_PARTICLES:
                    k += 1
                if (
                    doc[k].tag_ != "NNP"
                    or not doc[k].text[:1].isupper()
                    or is_title(doc[k].text)
                    # ORG is allowed: the NER often takes "Minister Jo Park" for an organisation
                    or doc[k].ent_type_ in ("PERSON", "GPE", "NORP", "LOC")
                ):
                    break
                j, names = k + 1, names + 1
            if j - i >= 3 or (j - i == 2 and j < n and doc[j].tag_ != "NNP"):
                span = doc[i + 1 : j] if member else doc[i:j]
                name, titles = _display(span)
                if not _could_be_person(name):
                    i = j
                    continue
                person = self._person(name, gender=_titled(titles))
                person.roles.update(titles)
                person.roles.update(_left_roles(span))  # "Detective Superintendent Jo Roe"
                for title in titles:
                    person.learn_gender(TITLE_GENDER.get(title), len(name.split()) > 1)
                self.mentions.append(
                    PersonMention(
                        offset + doc[i + 1].idx,
                        offset + span.end_char,
                        person,
                        _is_subject(span),
                        subordinate=_subordinate(span),
                    )
                )
                self.mentions.sort(key=lambda m: m.start)
            i = j

    def add_nicknamed(self, doc, offset: int) -> None:  # type: ignore[no-untyped-def]
        """Names with a nickname in quotation marks, which the NER splits: 'Rosalind "Roz"
        Pettersen' is Rosalind Pettersen, and "Roz" alone is her too."""
        for found in _NICKNAMED.finditer(doc.text):
            given, nick, surname = found.group(1), found.group(2), found.group(3)
            span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
            if span is None or not _could_be_person(f"{given} {surname}"):
                continue
            person = self._person(f"{given} {surname}")
            self.people.setdefault(normalise_name(nick), person)
            self.mentions.append(
                PersonMention(
                    offset + found.start(),
                    offset + found.end(),
                    person,
                    _is_subject(span),
                    subordinate=_subordinate(span),
                )
            )
        self.mentions.sort(key=lambda m: m.start)

    def add_couples(self, doc, offset: int) -> None:  # type: ignore[no-untyped-def]
        """ "Arthur and Edna Lund": two given names sharing one surname are two people, Arthur
        Lund and Edna Lund (the NER finds "Arthur" alone, or "Edna Lund" alone), so "Mr. Lund"
        and "Mrs. Lund" are told apart."""
        for tok in doc[1:-2]:
            first, nxt = doc[tok.i - 1], doc[tok.i + 1]
            if (
                tok.lower_ != "and"
                or not _given(first)
                or not _name_word(nxt)
                or nxt.ent_type_ not in ("PERSON", "")
            ):
                continue
            if tok.i - 2 >= 0 and _name_word(doc[tok.i - 2]):
                continue  # "Jo Roe and Ann Lund": a full name already
            end = nxt.i + 1
            while end < len(doc) and _name_word(doc[end]):
                end += 1
            if end - nxt.i < 2 or any(t.lower_ in ORG_WORDS for t in doc[nxt.i : end]):
                continue  # not "the Bill and Hillary Clinton Foundation"
            surname = doc[nxt.i + 1 : end].text
            for given, stop in ((first, first.i + 1), (nxt, end)):
                person = self._person(f"{given.text} {surname}")
                start = offset + given.idx
                found = [m for m in self.mentions if m.start == start]
                self.mentions = [m for m in self.mentions if m.start != start]
                alone = self.people.get(normalise_name(given.text))
                if alone is not None and alone is not person:  # "Arthur" was Arthur Lund
                    if not any(m.person is alone for m in self.mentions):
                        del self.people[normalise_name(given.text)]
                last = doc[stop - 1]
                self.mentions.append(
                    PersonMention(
                        start,
                        offset + last.idx + len(last.text),
                        person,
                        bool(found) and found[0].subject,
                    )
                )
        self.mentions.sort(key=lambda m: m.start)

    def _person(
        self, name: str, spelling: bool = True, gender: str | None = None, prefer: str | None = None
    ) -> Person:
        """The person `name` is (a new one if none fits); `gender` from a title ("Mrs. Roe"),
        `prefer` from one the entity left out (a known person of that sex first)."""
        norm = normalise_name(name)
        if norm in self.people and (
            gender is None or self.people[norm].gender in (None, gender) or " " in norm
        ):
            person = self.people[norm]
        else:
            person = self._compatible(norm, gender, prefer) or Person(name=name)
            self.people.setdefault(norm, person)
        longer = len(name.split()) > len(person.name.split())
        if (
            spelling
            and (longer or (person.name.isupper() and not name.isupper()))
            and not _prefixed_first_name(name, person.name)
        ):
            person.name = name  # the fullest spelling, and "Jo Roe" over a headline's "JO ROE"
        if person.gender is None and len(name.split()) > 1:
            person.gender = name_gender(name.split())
            person.guessed = person.gender is not None
        return person

    def _named_at_start(self, name: str) -> Person | None:
        """A known person a headline's name starts with: in title case the NER glues verbs to
        names ("Roe Slams Plan" is Jo Roe). The glued spelling becomes an alias of that person."""
        if normalise_name(name) in self.people:  # the body names "Kristof Baranyi" too
            return self.people[normalise_name(name)]
        words = name.split()
        for k in range(len(words) - 1, 0, -1):
            person = self.known(" ".join(words[:k]), len(self.text))
            if person is not None:
                self.people[normalise_name(name)] = person
                return person
        return None

    def _one_namesake(self, name: str, fits: Callable[[str, Person], bool]) -> Person | None:
        """Of the people named in full, the one that `fits` (given its spelling, for the bare
        surname `name`), if only one does."""
        norm = normalise_name(name)
        if " " in norm:
            return None
        found = {
            id(person): person
            for other, person in self.people.items()
            if " " in other and fits(other, person)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def namesake_described(self, name: str, words: list[str]) -> Person | None:
        """ "Okonkwo, the chief technology officer," where two Okonkwos are named in full: the
        one introduced with all those words."""
        norm = normalise_name(name)
        return (
            self._one_namesake(
                name, lambda _, person: _same_surname(person, norm) and set(words) <= person.roles
            )
            if words
            else None
        )

    def _titled_namesake(self, name: str, titles: list[str]) -> Person | None:
        """ "Rep. Roe" where Sen. Ann Roe and Rep. Dan Roe are both named: the one Roe with that
        title."""
        norm = normalise_name(name)
        return (
            self._one_namesake(
                name,
                lambda other, person: (
                    other.split()[-1] == norm and bool(person.roles & set(titles))
                ),
            )
            if titles
            else None
        )

    def _compatible(
        self, norm: str, gender: str | None = None, prefer: str | None = None
    ) -> Person | None:
        """A known person this spelling can be: same surname, no conflicting first name or title."""
        words = norm.split()
        if gender is None and len(words) > 1:  # "Ana Roe" is not the "Mr. Roe" seen before
            gender = name_gender(words)
        known = list(reversed(list(self.people.items())))
        if len(words) == 1:  # a bare "Roe" among several Roes: the one named most so far, and
            # not one introduced as a relative ("Her daughter, Ruth Roe,"), called by her given name
            count = Counter(id(m.person) for m in self.mentions)
            known.sort(
                key=lambda kv: (
                    (gender or prefer) not in (None, kv[1].gender),  # "Mr. Roe": a known man first
                    bool(kv[1].roles & KIN_NOUNS),
                    -count[id(kv[1])],
                )
            )
        for other_norm, person in known:
            if gender is not None and person.gender not in (None, gender):
                continue  # "Mrs. Roe" is not Jo Roe's husband
            other = other_norm.split()
            if (
                len(words) > 1
                and len(other) > 1
                and (_run_of(other, words) or _run_of(words, other))
                and min(words, other, key=len)[0] not in NAME_PARTICLES  # "de Jong": a surname
                and self._in_body(max(words, other, key=len))
            ):
                return person  # "Ana María Ferreira" of "Ana María Ferreira López", either first
            if len(words) == 1 and _inner_surname(words[0], other):
                return person  # "Benítez" of "Aurelio Benítez Oyarzún"
            if not other or other[-1] != words[-1]:
                continue
            shorter, longer = sorted((words, other), key=len)
            if (
                len(shorter) > 1
                and longer[-len(shorter) :] == shorter
                and given_name_gender(shorter[0]) is None  # "Jo Roe" is no surname
                and shorter[0] not in NAME_PARTICLES  # "de Jong" is a bare surname
            ):
                return person  # "Garcia Lopez" of "Ana Garcia Lopez", either one seen first
            if (
                len(words) < len(other)
                and words[0] in NAME_PARTICLES
                and other[-len(words) :] == words
            ):
                return person  # "de Jong" of "Femke de Jong"
            full = normalise_name(person.name).split()
            if len(words) > 1 and len(full) > 1 and not _same_given(words[0], full[0]):
                continue  # "Jane Roe" is not the "Roe" already known as "John Roe"
            if len(words) == 1 or len(other) == 1 or _same_given(words[0], other[0]):
                return person
        if len(words) == 1:  # "Park" of "Park Ji-hoon"
            family_first = _family_name_first(words[0], [(o.split(), p) for o, p in known])
            return family_first or _by_given_name(words[0], known)
        return None

    def add_named_subjects(self, doc, offset: int) -> None:  # type: ignore[no-untyped-def]
        """Names the NER missed that start with a common given name: "Ines Moreau admitted ..."."""
        if not doc.has_annotation("DEP"):
            return
        taken = {t.i for t in doc if t.ent_type_ == "PERSON"}
        title_case: dict[int, bool] = {}  # by sentence start: counted once per sentence
        i, n = 0, len(doc)
        while i < n - 1:
            first = doc[i]
            if first.i in taken or first.tag_ not in ("NNP", "NNPS") or not _name_word(first):
                i += 1
                continue
            j, names = i + 1, 1
            sent = first.sent
            if sent.start not in title_case:
                capitals, words = capitalised(sent)
                title_case[sent.start] = (words - capitals) * 2 <= words
            # up to three name words; two in a title-case headline ("Jo Roe Endorses Lee")
            most = 2 if title_case[sent.start] else 3
            if most == 3 and given_name_gender(doc[i + 1].text) is not None:
                most = 4  # "Luz Marina Ospina Vélez": two given names, two family names
            while j < n and names < most:
                k = j  # "Marloes ten Brink", "Alejandro de la Fuente Ibarra"
                while k < n - 1 and doc[k].lower_ in SURNAME_PARTICLES:
                    k += 1
                if doc[k].i in taken or not _name_word(doc[k]):
                    break
                j, names = k + 1, names + 1
            if given_name_gender(first.text) is None and not _presented_as_person(doc, i, j):
                i += 1
                continue
            place = any(t.ent_type_ in _PLACE_TYPES for t in doc[i:j])
            if (
                j == i + 1
                or (place and doc[j - 1].dep_ not in ("nsubj", "nsubjpass"))
                # "BUENOS AIRES, Argentina (Wire) — ...": a dateline's place in capitals
                or (place and all(t.text.isupper() for t in doc[i:j]))
            ):
                i += 1
                continue
            start = i
            while (  # "Anne-Marie Dovell": the hyphenated given name is one word (its first
                start >= 2  # half may be tagged a common noun: "Sven-Olof")
                and doc[start - 1].tag_ == "HYPH"
                and not doc[start - 1].whitespace_
                and not doc[start - 2].whitespace_
                and (
                    _name_word(doc[start - 2])
                    or (doc[start - 2].is_title and _NAME_WORD.fullmatch(doc[start - 2].text))
                )
            ):
                start -= 2
            while glued_hyphen(doc, j):  # "Kwabena Asante-Mensah": the whole surname
                j += 2
            span = doc[start:j]
            if len(span) > 2 and span[-1].lower_ in _NAMED_AFTER_WORDS:
                span = span[:-1]  # "The Jo Roe Show", "the Jo Roe Library": Jo Roe
            span = without_postnominal(span)  # "Imogen Sallis KC"
            if _could_be_person(span.text):
                person = self._person(span.text)
                person.roles.update(appos_roles(span))  # "The envoy, Jo Roe-Day, said"
                person.called.update(_appos_nouns(span))
                self.mentions.append(
                    PersonMention(
                        offset + span.start_char,
                        offset + span.end_char,
                        person,
                        _opens_clause(span),
                        subordinate=_subordinate(span),
                    )
                )
            i = j
        for tok in doc:  # "Fiorina, the former chief executive, ...": one name, a role beside it
            roles = (
                [
                    w.lower_
                    for c in tok.children
                    if c.dep_ == "appos"
                    for w in c.subtree
                    if w.lower_ in ROLE_NOUNS
                ]
                if tok.dep_ in ("nsubj", "nsubjpass")
                and tok.tag_ == "NNP"
                and tok.ent_type_ not in _PLACE_TYPES
                and _name_word(tok)
                and not any(c.dep_ == "compound" for c in tok.lefts)
                else []
            )
            if roles:  # (with no role beside it, an age may still say it is a person's)
                if normalise_name(tok.text) not in self.people:
                    person = self._person(tok.text)
                    person.roles.update(roles)
                    start = offset + tok.idx
                    self._add_mention(start, start + len(tok.text), person)
            elif kin_name(tok) and normalise_name(tok.text) in self.people:
                # "His wife, Liesl," named by the NER: her sex is the relative's
                person = self.people[normalise_name(tok.text)]
                person.learn_gender(_GENDERED_NOUNS.get(tok.head.lower_), beats_guess=True)
            elif _aged_name(tok) or (
                (kin_name(tok) or named_beside_person(tok) or named_as(tok))
                and normalise_name(tok.text) not in self.people
            ):
                # "His daughter, Kirsty, 38, worries": a name with an age is a person's (and
                # "Rukmini, 34, ... disputes that" is the Rukmini the NER finds later)
                person = self._person(tok.text)
                if tok.dep_ == "appos":
                    person.learn_gender(_GENDERED_NOUNS.get(tok.head.lower_))
                start = offset + tok.idx
                # "a photo of her son, Trig, 6," names him, not as a subject
                subject = tok.dep_ != "appos" or tok.head.dep_ in ("nsubj", "nsubjpass")
                self._add_mention(start, start + len(tok.text), person, subject=subject)
        self.mentions.sort(key=lambda m: m.start)

    def add_surnames(self, doc, offset: int) -> None:  # type: ignore[no-untyped-def]
        """Bare surnames of people named in full elsewhere, where the NER missed them ("Roe said")."""
        by_last: dict[str, set[int]] = {}
        persons: dict[int, Person] = {}
        given: dict[str, set[int]] = {}  # the same people by given name ("Karin" of Karin Roe)
        for person in self.people.values():
            words = person.name.split()
            if len(words) > 1:
                by_last.setdefault(words[-1], set()).add(id(person))
                given.setdefault(words[0], set()).add(id(person))
                persons[id(person)] = person
        named = [(normalise_name(p.name).split(), p) for p in self.people.values()]
        for person in self.people.values():
            words = person.name.split()
            if (  # "Quispe" of "Juan Carlos Quispe Mamani": the first of two surnames
                len(words) >= 3
                and words[-2] not in by_last
                and _NAME_WORD.fullmatch(words[-2])
                and _inner_surname(normalise_name(words[-2]), normalise_name(person.name).split())
            ):
                by_last[words[-2]] = {id(person)}
                persons[id(person)] = person
            if (  # "Kang" of "Kang Tae-hyun"
                len(words) == 2
                and words[0] not in by_last
                and _NAME_WORD.fullmatch(words[0])
                and _family_name_first(normalise_name(words[0]), named) is person
            ):
                by_last[words[0]] = {id(person)}
        if not by_last:
            return
        lo, hi = offset, offset + len(doc.text)
        covered = [(m.start, m.end) for m in self.mentions if m.end > lo and m.start < hi]
        added = False
        for tok in doc:
            if glued_hyphen(doc, tok.i - 1):
                continue  # "Bray" of "Kovalchuk-Bray" is not a surname of its own
            last = tok.i  # a hyphenated surname is several tokens: "Kovalchuk" "-" "Bray"
            while glued_hyphen(doc, last + 1):
                last += 2
            word = doc[tok.i : last + 1]
            owners = by_last.get(word.text)
            if (  # "Karin has already picked ...", the NER's place: Karin Brandt, the one Karin
                not owners
                and last == tok.i
                and tok.dep_ in ("nsubj", "nsubjpass")
                and tok.ent_type_ != "PERSON"
                and len(given.get(tok.text, ())) == 1
                and normalise_name(word.text) not in self.people
            ):
                owners = given[tok.text]
            particle = tok.i > 0 and doc[tok.i - 1].lower_ in NAME_PARTICLES  # "von der Leyen"
            if not owners or (
                # "Lowell shrugged" where Derek Lowell is named: a surname read as a place,
                # unless it is not a subject
                tok.ent_type_ in _PLACE_TYPES
                and not particle
                and not (last == tok.i and tok.dep_ in ("nsubj", "nsubjpass"))
            ):
                continue
            start = offset + tok.idx
            if any(s <= start < e for s, e in covered):
                continue
            bare = self.people.get(normalise_name(word.text))
            if bare is not None and owners & self.namesakes_kin and id(bare) not in owners:
                persons[id(bare)] = bare  # "Oduya's wife, Laura Oduya": "Oduya" is the other one
                owners = {id(bare)}
            if len(owners) > 1:  # two Roes: the one the article already calls "Roe", if any,
                bare = self.people.get(normalise_name(tok.text))  # or the one Roe not introduced
                if bare is None or id(bare) not in owners:  # as a relative ("Her son, Jo Roe,")
                    own = {i for i in owners if not persons[i].roles & KIN_NOUNS}
                    bare = persons[next(iter(own))] if len(own) == 1 else None
                if bare is None:
                    continue
                owners = {id(bare)}
            nxt = doc[last + 1] if last + 1 < len(doc) else None
            if nxt is not None and nxt.text[:1].isupper() and nxt.tag_ == "NNP":
                continue  # part of a longer name ("Roe Foundation", "Roe Park")
            person = persons[next(iter(owners))]
            self.mentions.append(
                PersonMention(
                    start,
                    start + len(word.text),
                    person,
                    _opens_clause(word),
                    subordinate=_subordinate(word),
                )
            )
            added = True
        if added:
            self.mentions.sort(key=lambda m: m.start)

    def add_speaker(self, span: Span, offset: int) -> Person | None:
        """A proper name the NER missed, found as the subject of a reporting verb: a person."""
        name, titles = _display(span)
        named = named_as(span.root)
        if (len(name.split()) < 2 and not (_aged(span.root) or named)) or not _could_be_person(
            name
        ):
            return None
        person = self._person(name)
        person.roles.update(titles)
        if named:  # "an elderly man named Haroun": a man; "who gave only her first name": a woman
            person.learn_gender(
                _GENDERED_NOUNS.get(span.root.head.head.lower_) or _name_giver_gender(span.root)
            )
        if span.doc.has_annotation("DEP"):  # "The envoy for Sudan, Jo Roe-Day, said": the envoy
            person.roles.update(appos_roles(span))
            person.called.update(_appos_nouns(span))
        self._add_mention(
            offset + span.start_char, offset + span.end_char, person, _subordinate(span)
        )
        return person

    def add_named(self, name: str, start: int, end: int) -> Person:
        """A person the text names in full elsewhere, mentioned at [start, end)."""
        person = self._person(name)
        self._add_mention(start, end, person)
        return person

    def add_labelled(self, label: str, start: int) -> Person | None:
        """A person known only by a transcript's label ("COUNCILLOR OWEN PRICE:"), titles apart."""
        name, titles = _untitled(label.split())
        if not name or not _could_be_person(name):
            return None
        person = self._person(name)
        person.roles.update(titles)
        self._add_mention(start, start + len(label), person)
        return person

    def _add_mention(
        self, start: int, end: int, person: Person, subordinate: bool = False, subject: bool = True
    ) -> None:
        """A mention found after the first pass (a subject unless told), unless one starts there
        already."""
        if not any(m.start == start for m in self.mentions):
            self.mentions.append(
                PersonMention(
                    start, end, person, subject and not subordinate, subordinate=subordinate
                )
            )
            self.mentions.sort(key=lambda m: m.start)

    def learn_genders(self, doc, offset: int) -> None:  # type: ignore[no-untyped-def]
        """Gender from the subject's own pronouns: "Roe said she ...", "Roe put her finger on ..."."""
        if not doc.has_annotation("DEP"):
            return
        starts = {m.start: m.person for m in self.mentions if m.person.gender is None}
        if not starts:
            return
        for tok in doc:
            if tok.dep_ != "nsubj" or not tok.head.tag_.startswith("VB"):
                continue
            first = tok.left_edge if tok.left_edge.tag_ == "NNP" else tok
            if first.dep_ == "poss" or any(c.dep_ == "case" for c in first.children):
                first = tok  # "Octavio's daughter, Sofía Roe, ... she": not Octavio's sex
            person = starts.get(offset + first.idx) or starts.get(offset + tok.idx)
            if person is None:  # "The local MP, Siobhan Gallacher, said she ...", "Her
                # husband, the painter Jo Roe, died": the name inside the apposition
                person = next(
                    (
                        starts[offset + t.idx]
                        for c in tok.children
                        if c.dep_ == "appos"
                        for t in c.subtree
                        if (t == c.left_edge or t.tag_ == "NNP") and offset + t.idx in starts
                    ),
                    None,
                )
            if person is None or person.gender is not None:
                continue
            if tok.lower_ in _GENDERED_NOUNS:  # "His wife, Morag Roe, tells me he ...": hers
                person.learn_gender(_GENDERED_NOUNS[tok.lower_])
                continue
            verb = tok.head
            own = [
                g.lower_
                for c in verb.children
                if c.dep_ in ("dobj", "ccomp")
                for g in c.children
                if (c.dep_ == "dobj" and g.dep_ == "poss" and g.lower_ in ("his", "her"))
                or (
                    c.dep_ == "ccomp"
                    and g.dep_ == "nsubj"
                    and g.lower_ in ("he", "she")
                    and 0 < g.i - verb.i <= 2  # "Roe said she ...", "Roe said that she ..."
                )
            ]
            if len(set(own)) == 1:
                person.learn_gender("m" if own[0] in MALE else "f")

    def add_descriptions(self, doc, offset: int) -> None:  # type: ignore[no-untyped-def]
        """Subjects like "The minister" that refer back to a titled person count as mentions of
        them, and so does the owner of a subject ("The senator's speech leaned on ...", as
        "Roe's speech" makes Roe a subject)."""
        if not doc.has_annotation("DEP"):
            return
        for tok in doc:
            owner = tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass")
            if (
                (tok.dep_ != "nsubj" and not owner)
                or tok.lower_ not in ROLE_NOUNS
                or not tok.tag_.startswith("NN")
            ):
                continue
            if [t.lower_ for t in tok.lefts if t.dep_ == "det"][:1] != ["the"]:
                continue
            mods = [t.text for t in tok.lefts if t.dep_ in ("amod", "compound")]
            if any(m.lower() in OTHER_ONE for m in mods):
                continue
            person = self.role(tok.lower_, mods, offset + tok.idx)
            if person is not None:
                # "Roe read on until the chair cut her off": Roe is who the sentence is about
                subordinate = tok.dep_ == "nsubj" and under_main_subject(tok)
                self.mentions.append(
                    PersonMention(
                        offset + tok.idx,
                        offset + tok.idx + len(tok.text),
                        person,
                        not in_question_put(tok) and not subordinate,
                        subordinate=subordinate,
                    )
                )
        self.mentions.sort(key=lambda m: m.start)

    def add_unnamed(self, doc, offset: int) -> None:  # type: ignore[no-untyped-def]
        """Unnamed people a main clause's subject introduces with a word that gives their sex:
        "A 60-year-old woman from the east side said ...", "One man waited ...". A later "she"
        may be her, and then stays the description, not a named woman from further back. Once
        someone unnamed is introduced ("profiled a female supporter"), "the woman" as a main
        subject, or owning one ("The woman's anger is clear"), is that description again."""
        if not doc.has_annotation("DEP"):
            return
        for tok in doc:
            gender = _GENDERED_NOUNS.get(tok.lower_)
            if tok.tag_ != "NN" or (gender is None and tok.lower_ not in _UNSEXED_PERSONS):
                continue
            det = [t.lower_ for t in tok.lefts if t.dep_ in ("det", "nummod")]
            if (det[:1] == [] and not (gender is None and _owned_role(tok))) or any(
                t.ent_type_ == "PERSON" for t in tok.subtree
            ):
                continue  # "a woman, Jo Roe," is Jo Roe
            subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
            if gender is None:  # "One voter asked ... She said": her sex comes from the pronoun
                if not (subject and (det[:1] and det[0] in _INDEFINITE or _owned_role(tok))):
                    continue
            elif det[0] in _INDEFINITE:
                if not subject:  # not "the day after a man opened fire, Roe said ..."
                    continue
            elif det[0] != "the" or not _unnamed_before(tok.lower_, gender).search(
                self.text, 0, offset + tok.idx
            ):
                continue
            elif not subject and not (
                tok.dep_ == "poss"
                and tok.head.dep_ in ("nsubj", "nsubjpass")
                and tok.head.head.dep_ == "ROOT"
            ):
                continue
            words = subject_tokens(tok) if subject else [tok.left_edge, tok]
            start, end = offset + words[0].idx, offset + words[-1].idx + len(words[-1].text)
            person = Person(name=self.text[start:end], gender=gender)
            if gender is None:
                person.called.add(tok.lower_)  # "the coach" later, if no one else spoke since
            elif det[0] == "the":  # the one introduced before, if the text presented them
                person = next(
                    (m.person for m in reversed(self.unnamed) if m.person.gender == gender), person
                )
            self.unnamed.append(PersonMention(start, end, person, True))

    def add_headline_speaker(self, doc, offset: int) -> None:  # type: ignore[no-untyped-def]
        """ "Ada Lind: I Quit": proper nouns before a headline's colon that the NER missed are
        a person when the article names her by that surname ("Lind said")."""
        colon = next((t for t in doc if t.text == ":"), None)
        if colon is None or not 2 <= colon.i <= 4:
            return
        words = doc[: colon.i]
        if words.text.isupper() or any(
            t.ent_type_ or t.tag_ != "NNP" or not t.is_alpha or is_title(t.text) for t in words
        ):
            return
        surname = re.compile(rf"\b{re.escape(words[-1].text)}\b")
        if surname.search(self.text, offset + len(doc.text)) and _could_be_person(words.text):
            self._person(words.text)

    def finish(self) -> None:
        """Merge bare surnames seen before the full name into that full name; a full name seen
        only in capitals ("ROSA LINDQVIST:" of a transcript) is shown in title case."""
        for person in self.people.values():
            if person.name.isupper() and len(person.name.split()) > 1:
                person.name = person.name.title()
        by_last: dict[str, set[int]] = {}
        persons = {id(p): p for p in self.people.values()}
        for person in persons.values():
            last = _bare_surname(normalise_name(person.name).split()[-1])
            by_last.setdefault(last, set()).add(id(person))
        for norm, person in list(self.people.items()):
            words = norm.split()
            if len(words) == 1 and len(by_last.get(_bare_surname(words[0]), ())) > 1:
                fuller = [
                    persons[i]
                    for i in by_last[_bare_surname(words[0])]
                    if len(persons[i].name.split()) > 1
                    and person.gender in (None, persons[i].gender)  # not "Mr. Roe" into "Ana Roe"
                    and i not in self.namesakes_kin
                ]
                if len(fuller) == 1:
                    self._merge(person, fuller[0], norm)
        # "Ana María Ferreira" and "De la Cruz" are Ana María Ferreira López and Jorge de la Cruz
        # Beltrán, whose second surname or given name they leave out
        for norm, person in list(self.people.items()):
            words = norm.split()
            if len(words) < 2 or persons.get(id(person)) is None:
                continue
            if len(normalise_name(person.name).split()) > len(words):
                continue  # "de Jong", a spelling of Femke de Jong: not to merge into Pieter de Jong
            within = [
                other
                for other in persons.values()
                if other is not person
                and person.gender in (None, other.gender)
                and _run_of(words, normalise_name(other.name).split())
                and self._in_body(normalise_name(other.name).split())
            ]
            if len(within) == 1:
                self._merge(person, within[0], norm)
                persons.pop(id(person))

    def _in_body(self, words: list[str]) -> bool:
        """The name (normalised words) is written below the first line: not a headline's
        capitals gluing a verb to it ("Bernie Sanders Burns Hillary Clinton")."""
        body = unaccented(self.text[self.text.find("\n") + 1 :])
        pattern = r"\b" + r"\W+".join(map(re.escape, map(unaccented, words))) + r"\b"
        return any(  # as a name: "Sonia Sotomayor celebrating ..." is no "Sotomayor Celebrating"
            all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in found.group().split())
            for found in re.finditer(pattern, body, re.IGNORECASE)
        )

    def _merge(self, person: Person, into: Person, norm: str) -> None:
        """`person` (spelt `norm`) is `into`: one person with what is known of both."""
        into.roles |= person.roles
        into.gender = into.gender or person.gender
        for key, known in self.people.items():
            if known is person:
                self.people[key] = into
        self.people[norm] = into
        for mention in self.mentions:
            if mention.person is person:
                mention.person = into

    # -- resolving ---------------------------------------------------------------------------
    def full_name(self, name: str, at: int) -> str:
        """The fullest spelling of a person named `name` in this article (or `name` itself)."""
        norm = normalise_name(name)
        person = self.people.get(norm)
        if person is not None:
            return person.name
        cands = [
            m.person for m in reversed(self.mentions) if m.start < at and _same_surname(m, norm)
        ]
        if not cands:
            cands = [p for p in self.people.values() if _same_surname(p, norm)]
        return cands[0].name if cands else _strip_titles(name)

    def in_full(self, name: str) -> str:
        """A given name alone ("Maria said", after "Maria Lopez and her brother Daniel Lopez") as
        the one person of the article who has it, when nobody has it as a surname; otherwise
        `name` as it is. Only the name shown changes: who the mentions are stays as read."""
        norm = normalise_name(name)
        bare = self.people.get(norm)
        if " " in _strip_titles(name).strip() or (bare is not None and " " in bare.name.strip()):
            return name  # "Donald Jr"
        if bare is None and not (name.isalpha() and name.istitle()):
            return name  # a word the NER never took for a person, and no name ("EgyptAir")
        people = {id(p): p for p in self.people.values()}.values()
        fuller = []
        for person in people:
            words = normalise_name(person.name).split()
            if len(words) < 2:
                continue
            if _same_surname(person, norm):
                return name  # a surname
            if words[0] == norm and all(w.replace("-", "").isalpha() for w in words):
                fuller.append(person)
        return fuller[0].name if len(fuller) == 1 else name

    def mentioned_at(self, at: int) -> bool:
        """A mention of a known person covers the article offset `at`."""
        return any(m.start <= at < m.end for m in self.mentions)

    def known(self, mention: str, at: int, family_first: bool = False) -> Person | None:
        """A person of this article written this way (full name or surname), if any; with
        `family_first` (or a title: "Ms Park"), a family name written first ("Park Hye-rin").
        A title's sex picks among namesakes: "Mr Roe" is not Ana Roe where Dan Roe is named."""
        found = self._known(mention, at, family_first)
        gender = _titled([w.lower().rstrip(".") for w in mention.split()[:-1]])
        if found is None or gender is None or found.gender in (None, gender):
            return found
        return self._namesake_of_sex(normalise_name(mention), gender, at + len(mention)) or found

    def called_by_given_name(self, person: Person) -> bool:
        """The narrator calls this person by the given name alone ("Edith says"), as news tells
        apart two people who share a surname: the bare surname is then the other one's."""
        words = person.name.split()
        if len(words) < 2:
            return False
        given = normalise_name(words[0])
        return any(
            m.subject
            and not m.quoted
            and normalise_name(self.text[m.start : m.end]) == given
            # the subject of a verb: not "The Donald is", "Ann and Jo Roe said"
            and _GIVEN_NAME_ACTS.match(self.text, m.end)
            and not self.text[max(0, m.start - 4) : m.start].lower().endswith("the ")
            for m in self.mentions
        )

    def _surname_names(self, person: Person) -> bool:
        """A bare surname may mean this person: not a relative set beside a namesake ("her own
        brother, Jonas Roe,"), nor one the narrator calls by the given name."""
        return id(person) not in self.kin_beside and not self.called_by_given_name(person)

    def _surname_owner(self, norm: str, person: Person, at: int) -> Person:
        """For a bare surname, of namesakes, one the surname may mean (`_surname_names`): after
        "Edith Mercer ... Edith says", "Mercer says" is Harold Mercer."""
        if self._surname_names(person):
            return person
        others = [
            m
            for m in reversed(self.mentions)
            if m.person is not person
            and " " in m.person.name.strip()
            and _same_surname(m, norm)
            and self._surname_names(m.person)
        ]
        found = next((m for m in others if m.start < at), others[-1] if others else None)
        return person if found is None else found.person

    def _namesake_of_sex(self, norm: str, gender: str, before: int | None) -> Person | None:
        """The last person of this surname named before `before` known to be of this sex, else
        the last one of unknown sex."""
        for fits in (gender, None):
            for m in reversed(self.mentions):
                if (
                    (before is None or m.start < before)
                    and m.person.gender == fits
                    and _same_surname(m, norm)
                ):
                    return m.person
        return None

    def _known(self, mention: str, at: int, family_first: bool) -> Person | None:
        words = mention.split()
        if not words or not all(
            _bare_surname(w)[:1].isupper() or w in SURNAME_PARTICLES for w in words
        ):
            return None  # ("al-Abbadi" is a name)
        norm = normalise_name(mention)
        for k in range(len(words)):  # "Energy Minister Helena Varga" -> "Helena Varga"
            tail = normalise_name(" ".join(words[k:]))
            if tail in self.people and (k == 0 or " " in tail):
                return self.people[tail]
        if len(norm.split()) > 1:  # "von der Leyen", "De Vries", "ten Brink": one person's surname
            last = norm.split()
            owners = {  # ... or inside it: "de la Fuente" of "Alejandro de la Fuente Ibarra"
                id(m.person): m.person
                for m in self.mentions
                for name in [normalise_name(m.person.name).split()]
                if len(name) > len(last) and (name[-len(last) :] == last or _run_of(last, name))
            }
            return next(iter(owners.values())) if len(owners) == 1 else None
        same = [m for m in reversed(self.mentions) if _same_surname(m, norm)]
        # "Ilse Marrow ... her own brother, Jonas Marrow, ... Marrow said": not the relative
        # set beside the one the surname names, nor one the narrator calls by the given name
        may_mean = {id(m.person): self._surname_names(m.person) for m in same}
        if any(may_mean.values()):
            same = [m for m in same if may_mean[id(m.person)]]
        # the nearest Roe named before, or else the first one named after
        found = next((m.person for m in same if m.start < at), same[-1].person if same else None)
        if found is None:  # "Ferreira" of "Ana María Ferreira López", of one person only
            firsts = {
                id(m.person): m.person
                for m in self.mentions
                if _inner_surname(norm, normalise_name(m.person.name).split())
            }
            found = next(iter(firsts.values())) if len(firsts) == 1 else None
        titled = len(words) > 1 and words[0].lower().rstrip(".") in _COURTESY_TITLES
        if found is None and (titled or family_first) and " " not in norm:  # "Ms Park": a
            # family name written first
            named = [(normalise_name(m.person.name).split(), m.person) for m in self.mentions]
            found = _family_name_first(norm, named)
        return found

    def by_age(self, surname: str, elder: bool, at: int) -> Person | None:
        """Of the people named before `at` with this surname, the nearest the text calls a
        parent (`elder`) or a child; or the one other than those called the opposite; or, with
        no parent or child named, the nearest."""
        norm = normalise_name(surname)
        same = [
            m.person for m in reversed(self.mentions) if m.start < at and _same_surname(m, norm)
        ]
        want, other = (_PARENTS, _CHILDREN) if elder else (_CHILDREN, _PARENTS)
        found = next((p for p in same if p.roles & want and not p.roles & other), None)
        if found is None:
            rest = {id(p): p for p in same if not p.roles & other}
            if len(rest) == 1 and len({id(p) for p in same}) > 1:
                found = next(iter(rest.values()))
            elif not any(p.roles & (_PARENTS | _CHILDREN) for p in same):
                found = same[0] if same else None
        return found

    def person_named(self, name: str, mention: str = "", at: int | None = None) -> Person | None:
        """The person of this name; a title in the `mention` ("Mrs. Roe") rules out the other
        sex, and then the last such Roe named before `at` is meant."""
        norm = normalise_name(name)
        person = self.people.get(norm)
        titles = [w.lower().rstrip(".") for w in mention.split()[:-1]]
        gender = _titled(titles)
        if person is not None:  # "Rep. Roe" of Sen. Ann Roe and Rep. Dan Roe
            person = self._titled_namesake(name, titles) or person
        if person is not None and gender is None and " " not in norm:
            person = self._surname_owner(norm, person, len(self.text) if at is None else at)
        if person is None or gender is None or person.gender in (None, gender):
            return person
        before = None if at is None else at + len(mention)  # this very "Mr. Roe" too
        return (
            self._namesake_of_sex(norm, gender, before) or self._compatible(norm, gender) or person
        )

    def pronoun(
        self,
        word: str,
        at: int,
        recent_speakers: list[tuple[int, Person]],
        window: int = 1500,
        reported: list[tuple[int, int, Person | None]] | None = None,
    ) -> Person | None:
        """The person a third-person pronoun at `at` most likely refers to. A subject inside
        what someone else `reported` is not in view when that someone could be meant instead."""
        gender = "m" if word.lower() in MALE else "f" if word.lower() in FEMALE else None
        if gender is None:
            return None

        def fits(person: Person) -> bool:
            return person.gender in (None, gender)

        best: tuple[int, Person] | None = None
        for pos, person in reversed(recent_speakers):
            if pos < at and at - pos < window and fits(person):
                best = (pos, person)
                break
        own = [(s, e) for s, e, who in reported or () if who is None]

        def elsewhere(person: Person) -> bool:
            """Another who fits, named as a subject before `at` outside the words being resolved
            ("His lawyer, Jo Park, disagreed. Roe, he said, was threatened": Park)."""
            return any(
                m.subject
                and not m.quoted
                and m.start < at
                and at - m.start <= window
                and m.person is not person
                and fits(m.person)
                and not any(s <= m.start < e for s, e in own)
                for m in self.mentions
            )

        for mention in reversed(self.mentions):
            if mention.start >= at or at - mention.start > window or mention.quoted:
                continue
            if any(  # who is None: the words of the cue being resolved, when another could speak
                s <= mention.start < e
                and (
                    (best is not None or elsewhere(mention.person))
                    if who is None
                    else fits(who) and who is not mention.person
                )
                for s, e, who in reported or ()
            ):
                continue
            if mention.subject and fits(mention.person):
                if best is None or (
                    mention.start > best[0] and self._sentence_between(best[0], mention.start)
                ):
                    best = (mention.start, mention.person)
                break
        if best is None:
            for mention in reversed(self.mentions):
                if (
                    mention.start < at
                    and at - mention.start <= window
                    and fits(mention.person)
                    and not mention.quoted
                ):
                    best = (mention.start, mention.person)
                    break
        # Someone of that gender named in this very paragraph beats an older speaker.
        if best is not None:
            para_start = self.text.rfind("\n", 0, at) + 1
            if best[0] < para_start:
                for mention in reversed(self.mentions):
                    if (
                        para_start <= mention.start < at
                        and not mention.quoted
                        and mention.person.gender == gender
                    ):
                        best = (mention.start, mention.person)
                        break
        if best is not None and best[1].gender is None:
            # "“…,” said Bertrand Roe. Maureen Tiplady, 74, watched .... “…,” she said": one
            # just named for the first time, of the pronoun's sex, beats a speaker of unknown sex
            last = next((m for m in reversed(self.mentions) if m.start < at and not m.quoted), None)
            if (
                last is not None
                and last.person.gender == gender
                and not any(m.person is last.person and m.start < last.start for m in self.mentions)
                and not any(  # the one person of that sentence: not "songs by A, B and Ray Roe"
                    m.person is not last.person
                    and not self._sentence_between(*sorted((m.start, last.start)))
                    for m in self.mentions
                )
                and last.start > best[0]
                and self._sentence_between(best[0], last.start)
                and not any(s <= last.start < e for s, e, _ in reported or ())
            ):  # not "Roe said Ana Diaz had resigned": Roe's words name her
                best = (last.start, last.person)
        intro = self._just_introduced(at, fits, recent_speakers)
        if intro is not None and (best is None or intro.start > best[0]):
            best = (intro.start, intro.person)
        unnamed = next(
            (
                m
                for m in reversed(self.unnamed)
                if m.start < at and at - m.start <= window and not m.quoted
            ),
            None,
        )
        if (
            unnamed is not None
            and unnamed.person.gender == gender
            and (best is None or unnamed.start > best[0])
        ):  # "A Berlin woman got probation after she posted ...": her, not a named woman before
            return unnamed.person
        if (  # "One voter asked about it. She said ...": the last sentence's unnamed subject
            unnamed is not None
            and unnamed.person.gender is None
            and (best is None or unnamed.start > best[0])
            and self._opens_next_sentence(unnamed.end, at)
            and not any(unnamed.end <= m.start < at and fits(m.person) for m in self.mentions)
        ):
            unnamed.person.gender = gender
            return unnamed.person
        if best is None:  # no one of that sex in view: the last subject's guessed sex was wrong
            best = self._guessed_subject_before(at, gender)
        if best is not None and id(best[1]) in self.kin_beside:
            best = self._not_own_relative(best, at, own, fits)
        if best is not None and best[1].gender is None:
            best[1].gender = gender
        return best[1] if best else None

    def _not_own_relative(
        self,
        best: tuple[int, Person],
        at: int,
        own: list[tuple[int, int]],
        fits: Callable[[Person], bool],
    ) -> tuple[int, Person]:
        """ "Roe built it from his father's coat (his father, Emil Roe, a tailor), he said": a
        relative named only inside the words being resolved, beside the namesake they belong
        to, is not the one who says them; that namesake is."""
        before = [m for m in self.mentions if m.person is best[1] and m.start < at]
        if not own or not all(any(s <= m.start < e for s, e in own) for m in before):
            return best
        surname = normalise_name(best[1].name)
        other = next(
            (
                m
                for m in reversed(self.mentions)
                if m.start < at
                and m.person is not best[1]
                and fits(m.person)
                and _same_surname(m, surname)
            ),
            None,
        )
        return best if other is None else (other.start, other.person)

    def _opens_next_sentence(self, end: int, at: int) -> bool:
        """`at` is the subject of the sentence after the one ending past `end`, with at most a
        quotation and a word before it ("“…,” he said", "Then she said")."""
        ends = list(_SENTENCE_END.finditer(self.text, end, at + 1))
        if len(ends) != 1:
            return False
        start = ends[0].end() - 1
        while start > 0 and self.text[start - 1] in '“"‘(':
            start -= 1
        before = _QUOTED.sub(" ", self.text[start:at])
        return len(before.split()) <= 1

    def _opens_sentence(self, at: int) -> bool:
        return (
            at == 0
            or self.text[at - 1] == "\n"
            or bool(_AFTER_STOP.search(self.text, max(0, at - 4), at))
        )

    def _guessed_subject_before(self, at: int, gender: str) -> tuple[int, Person] | None:
        """The subject of the sentence just before a sentence-opening "She"/"He", when that
        person's sex was only guessed from the given name and the pronoun says otherwise:
        "Marty Roe ... Roe approaches it calmly. She said ..." (she, and her sex, are learnt)."""
        if not self.text[at : at + 1].isupper() or not self._opens_sentence(at):
            return None
        last = next((m for m in reversed(self.mentions) if m.start < at and not m.quoted), None)
        if (
            last is None
            or not last.subject
            or not self._opens_sentence(last.start)
            or not last.person.guessed
            or last.person.gender == gender
            or "\n" in self.text[last.start : at]
            or self._sentence_between(last.end, at)
        ):
            return None
        last.person.gender, last.person.guessed = gender, False
        return last.start, last.person

    def _just_introduced(
        self, at: int, fits: Callable[[Person], bool], recent_speakers: list[tuple[int, Person]]
    ) -> PersonMention | None:
        """The last person named before `at`, if the writer has just presented them with a role
        and no speaker is credited since: "That worries Jo Roe, a city nurse. “…,” she said."."""
        last = next(
            (
                m
                for m in reversed(self.mentions)
                if m.start < at and not m.quoted and fits(m.person)
            ),
            None,
        )
        if (
            last is None
            or not last.introduced
            or at - last.end > 600
            # "her son Jo Roe, a lawyer" is no antecedent of "she"; of unknown sex, one presented
            # in the sentence right before: "For Jo Roe, a nurse, it is personal. She said ..."
            or (
                last.person.gender is None
                and (
                    bool(last.person.roles & KIN_NOUNS)
                    or not self._opens_next_sentence(last.end, at)
                )
            )
        ):
            return None
        if any(
            last.start - 200 < pos < at
            and (pos > last.start or "\n" not in self.text[pos : last.start])
            for pos, _ in recent_speakers
        ):  # a speaker credited since, or in the paragraph presenting them
            return None
        if any(  # "Roe is selling the gun he used on Jo Park, a teenager": the sentence is Roe's
            m.subject
            and m.person is not last.person
            and m.start < last.start
            and not self._sentence_between(m.start, last.start)
            and self._opens_sentence(m.start)
            for m in self.mentions
        ):
            return None
        return last

    def role(self, head: str, modifiers: list[str], at: int) -> Person | None:
        """The nearest earlier person introduced with this role ("the general" -> a General X);
        first one introduced with all its words ("the council leader" is not the opposition
        leader named since)."""
        head = head.lower()
        words = {m.lower() for m in modifiers}
        for strict in (True, False):
            for mention in reversed(self.mentions):
                if (
                    mention.start < at
                    and _holds_role(mention.person, head, modifiers)
                    and (not strict or words <= with_implied_roles(mention.person.roles))
                ):
                    return mention.person
        return None

    def called(
        self, noun: str, at: int, recent: list[tuple[int, Person]] | None = None
    ) -> Person | None:
        """The one person the text has called `noun` before `at` ("the landlord" after "Her
        landlord, Peter Grant,"), if only one. Someone unnamed ("The visitors' coach was ...
        the coach added") only if no one else was credited since: "A lawmaker is calling ...
        Jo Roe said ... The lawmaker said" is Roe, whom the lead described."""
        people = {id(m.person): m.person for m in self.mentions if m.start < at}
        for m in self.unnamed:
            if m.start < at and not any(
                m.start < pos < at and who is not m.person for pos, who in recent or ()
            ):
                people[id(m.person)] = m.person
        called = [p for p in people.values() if noun in p.called]
        return called[0] if len(called) == 1 else None

    def role_named_next(
        self, head: str, modifiers: list[str], at: int, window: int = 800
    ) -> Person | None:
        """The one person introduced with this role soon after a lead that uses it alone ("..., the
        mayor told The Post. ... Mayor Tom Hale said"), if only one person of the article has it."""
        head = head.lower()
        holding = [m for m in self.mentions if _holds_role(m.person, head, modifiers)]
        if len({id(m.person) for m in holding}) != 1:
            return None
        first = min(holding, key=lambda m: m.start)
        return first.person if at < first.start <= at + window else None

    def described(
        self,
        head: str,
        at: int,
        recent_speakers: list[tuple[int, Person]],
        window: int = 700,
        reported: list[tuple[int, int, Person | None]] | None = None,
    ) -> Person | None:
        """ "The port chief" with no matching title seen: the nearest person who may hold that role.

        The last speaker or named subject close before the mention, unless that person was
        introduced with other titles (a "Councilman X" is not "the port chief"). A person inside
        what someone else `reported` ("Roe is right, Jo Vance said") is not in view.
        """

        described_as = re.compile(rf"\b(?:the|a|an)\s+{re.escape(head)}\b", re.I)

        def fits(person: Person) -> bool:
            titles = {r for r in with_implied_roles(person.roles) if r in ROLE_NOUNS}
            # "Jo Roe said the mayor had told him ...": whoever Roe reports of is not Roe
            own_words = any(
                described_as.search(self.text, s, e)
                for s, e, who in reported or ()
                if who is person
            )
            # (a title: "the defender" may be the captain just named)
            epithet = head.lower() in _EPITHETS
            return (not titles or epithet or head.lower() in titles) and not own_words

        if head.lower() in _AGENT_ROLES:
            return None  # "the spokesman" speaks for the person just named, and is someone else
        candidates = [(pos, p) for pos, p in recent_speakers if pos < at]
        candidates += [  # not one something happened to ("Lena Roe was hit by a train")
            (m.start, m.person)
            for m in self.mentions
            if m.start < at and m.subject and not m.quoted and not m.passive
        ]
        candidates = [
            (pos, p)
            for pos, p in candidates
            if not any(s <= pos < e and who is not p for s, e, who in reported or ())
        ]
        candidates.sort(key=lambda c: c[0])
        for pos, person in reversed(candidates):
            if at - pos > window:
                break
            return person if fits(person) else None
        return None


def _holds_role(person: Person, head: str, modifiers: list[str]) -> bool:
    """The person was introduced with the role `head` and its capitalised modifiers ("the
    Italian general": "general" and "Italian")."""
    roles = with_implied_roles(person.roles)
    roles = roles.union(*(ABBREVIATED_ROLES.get(r, ()) for r in roles))
    mods = {m.lower() for m in modifiers}
    return (
        head in roles
        and all(m.lower() in roles for m in modifiers if m[:1].isupper())
        # "the Home Secretary" is not the shadow home secretary, "the mayor" not a deputy mayor
        and not (roles & _SECOND_ROLES) - mods
        and not (mods & _SECOND_ROLES) - roles
    )


# Playing positions, said of a player beside a title they hold: "Captain Jo Roe ... the
# defender said".
_EPITHETS = frozenset(
    """defender forward winger keeper midfielder striker goalkeeper batsman batter bowler
    pitcher quarterback linebacker wicketkeeper rookie""".split()
)
_SECOND_ROLES = frozenset("shadow deputy vice assistant".split())


def _family_name_first(word: str, named: list[tuple[list[str], Person]]) -> Person | None:
    """The one person whose normalised name `word` opens, when it ends no one's name and is no
    known given name: "kang" of "kang tae-hyun", a family name written first."""
    if given_name_gender(word) is not None or any(name[-1:] == [word] for name, _ in named):
        return None
    owners = {id(p): p for name, p in named if len(name) > 1 and name[0] == word}
    return next(iter(owners.values())) if len(owners) == 1 else None


def _inner_surname(word: str, name: list[str]) -> bool:
    """`word` is a surname inside the normalised `name`, no given name: the first of two
    surnames ("benitez" of "aurelio benitez oyarzun"), or a family name before given names
    ("koh" of "benjamin koh jun jie")."""
    return len(name) >= 3 and word in name[1:-1] and given_name_gender(word) is None


def _run_of(words: list[str], name: list[str]) -> bool:
    """`words` are the given name and first surname of the longer `name`, or its surnames
    without the given name ("de la cruz" of "jorge de la cruz beltrán")."""
    if len(words) >= len(name):
        return False
    if name[: len(words)] == words:
        return len(name) - len(words) == 1 and given_name_gender(name[-1]) is None
    return any(name[i : i + len(words)] == words for i in range(1, len(name) - len(words) + 1))


# Lower-case words a surname may start with ("ten Brink", "dos Santos"), beyond the common ones.
SURNAME_PARTICLES = NAME_PARTICLES | frozenset(
    "ten ter te ní nic dos das los las bint ibn binti".split()
)


def _same_surname(who: Person | PersonMention, norm: str) -> bool:
    """The person (of a mention) has the last word of the normalised name `norm` as surname."""
    person = who.person if isinstance(who, PersonMention) else who
    own = normalise_name(person.name).split()[-1:]
    return bool(norm) and [_bare_surname(w) for w in own] == [
        _bare_surname(w) for w in norm.split()[-1:]
    ]


_ARABIC_ARTICLE = re.compile(rf"^(?:{'|'.join(_ARABIC_ARTICLES)})[-‐](?=\w)")


def _bare_surname(word: str) -> str:
    """A surname without the Arabic article: "al-Abbadi" is written "Abbadi" too."""
    return _ARABIC_ARTICLE.sub("", word)


def _strip_titles(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words).removesuffix("'s").removesuffix("’s")


_WHEN_PREPS = frozenset("during after before since on last this".split())


def _circumstantial(prep: Token, dated_only: bool = False) -> bool:
    """A time or place phrase that is not part of who the source is ("a study in 2014").

    `dated_only`: only a phrase with a date ("experts on trade", "a mother of three" describe
    the source).
    """
    if not dated_only and prep.lower_ in _WHEN_PREPS:
        return True
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return any(o.ent_type_ in ("DATE", "TIME") or (o.tag_ == "CD" and not dated_only) for o in objs)


def _set_off(clause: Token) -> bool:
    """A clause after a comma ("an aide, who declined to be named"): an aside, not a description."""
    first = clause.left_edge
    return first.i > 0 and first.nbor(-1).text == ","


_FOCUS_WORDS = frozenset("even only also just especially particularly notably".split())


def _before_amount(tokens: list[Token]) -> bool:
    """The words open with an amount's modifier: "just over a third", "only about half"."""
    return len(tokens) > 1 and tokens[1].lower_ in ("over", "under", "about", "more", "less")


def _how_it_was_said(clause: Token) -> bool:
    """ "who spoke on condition of anonymity", "speaking to the paper", "who asked not to be
    named": how the source spoke, not who the source is."""
    return clause.lower_ in _SPOKE or any(
        c.lower_ in ("anonymity", "named", "identified") for c in clause.subtree
    )


_SPOKE = frozenset("spoke speaking speaks requested insisted declined".split())


def _past_dateline(tokens: list[Token]) -> list[Token]:
    """The words after a story's dateline the parse hung on its first subject: "BRUSSELS
    (Reuters) - European Union energy ministers" are the ministers."""
    dash = next((k for k, t in enumerate(tokens[:8]) if t.text in ("-", "—", "–", "--")), None)
    if dash is None or dash == 0 or dash + 1 >= len(tokens):
        return tokens
    head = tokens[:dash]
    # "ABUJA, Sept 9 (Wire) - Nigeria's unions": the place the parse left out before the date
    place = list(head[0].doc[head[0].sent.start : head[0].i])
    if place and not (place[0].is_upper and all(t.is_upper or t.is_punct for t in place)):
        return tokens
    # "LIMA, Peru - Supporters of ...": after the place in capitals, its country or state
    region = place and all(t.tag_ == "NNP" and t.text[0].isupper() for t in head)
    if (place or (head[0].is_upper and len(head[0].text) > 2)) and (
        head[-1].text == ")" or all(t.is_upper or t.is_punct for t in head) or region
    ):
        return tokens[dash + 1 :]
    return tokens


def subject_tokens(token: Token, cue: Token | None = None) -> list[Token]:
    """The mention of a subject as written: the noun with its modifiers, without clauses or appositions.

    With the `cue`, what describes an unnamed source is kept ("a study that appeared in a
    journal", "experts on trade"): then only adverbial clauses, dates, asides after a comma and
    the cue's own clause ("officials saying ...") are left out.
    """
    described = cue is not None
    excluded: set[int] = set()
    clauses = (
        ("advcl", "parataxis") if described else ("relcl", "acl", "appos", "advcl", "parataxis")
    )
    # The cue's clause hung on an adjective's phrase describing the source ("close to ...",
    # "familiar with ..."): that phrase is kept up to the clause.
    clause_start = cue.left_edge.i if cue is not None else len(token.doc)
    path = [a for a in cue.ancestors if token.is_ancestor(a)] if cue is not None else []
    described_by = (
        {a.i for a in path if a.i < clause_start}
        if any(a.tag_ == "JJ" and a.head == token for a in path)
        else set()
    )
    for tok in token.subtree:
        if tok.i in excluded or tok == token:
            continue
        if tok.i in described_by:  # "a person close to the senator, who said ...": the words
            excluded.update(t.i for t in tok.subtree if t.i >= clause_start)  # before "who"
            continue
        if (  # "a coalition of 14 clubs that has long demanded ...": of clubs, up to "that"
            cue is not None
            and cue.dep_ == "relcl"
            and tok.is_ancestor(cue)
            and tok.i < clause_start
            and (tok.lower_ == "of" or (tok.dep_ == "pobj" and tok.head.lower_ == "of"))
        ):
            excluded.update(t.i for t in tok.subtree if t.i >= clause_start)
            continue
        if (
            tok.dep_ in clauses
            or (cue is not None and (tok == cue or tok.is_ancestor(cue)))
            or (described and tok.dep_ == "relcl" and _set_off(tok))
            or (described and tok.dep_ in ("relcl", "acl") and _how_it_was_said(tok))
            or (
                tok.dep_ == "punct"
                and tok.head == token
                and not tok.is_quote
                and tok.tag_ != "HYPH"  # "Anna-Lena Brandt"
            )
        ):
            excluded.update(t.i for t in tok.subtree)
        elif tok.dep_ == "prep" and tok.head == token and _circumstantial(tok, described):
            excluded.update(t.i for t in tok.subtree)
    # "Smith and the union": keep the whole coordination, not what the parse joined before it
    # ("no accident — Jo Roe")
    later = [conj for conj in token.conjuncts if conj.i > token.i]
    for conj in later:
        excluded.difference_update(
            t.i for t in conj.subtree if t.dep_ not in ("relcl", "acl", "appos")
        )
    # "Britain, France and Germany": the commas of the list too
    excluded.difference_update(
        t.i
        for t in token.doc[token.i + 1 : max((c.i for c in later), default=token.i)]
        if t.text == ","
        and t.head in (token, *token.conjuncts)
        and t.nbor(1) in token.conjuncts  # the comma before a name of the list, not before a
        # description ("China, Pyongyang's only ally, and ..."), nor a list the parse made of a
        # thing and people ("the summary, Roe and ...")
        and token.tag_[:3] == t.nbor(1).tag_[:3]
    )
    keep = {t.i for t in token.subtree if t.i not in excluded}
    lo = hi = token.i
    while lo - 1 in keep:
        lo -= 1
    while hi + 1 in keep:
        hi += 1
    doc = token.doc
    while glued_hyphen(doc, lo - 1):  # the parse may split a hyphenated name ("Okafor-Lisle")
        lo -= 2
        while lo - 1 in keep:  # and the words before it ("Yousuf Ali al-Maqbali")
            lo -= 1
    if _split_compound(doc, lo - 1):  # "Acme co-founder and CEO Jo Roe", "co" read apart
        lo -= 2
        while lo > 0 and doc[lo - 1].dep_ == "compound" and lo <= doc[lo - 1].head.i < hi:
            lo -= 1
    while glued_hyphen(doc, hi + 1):
        hi += 2
    if token.dep_ == "nsubj":  # "voters in Ohio, Iowa and Utah said": the parse made "Iowa"
        # a second subject of the verb; it ends this subject's phrase
        later = [
            c for c in token.head.children if c.dep_ == "nsubj" and hi < c.left_edge.i <= hi + 2
        ]
        if later and all(
            t.is_punct or t.tag_ in ("IN", "CC") for t in token.doc[hi + 1 : later[0].left_edge.i]
        ):
            hi = later[0].right_edge.i
    tokens = _past_dateline([token.doc[i] for i in range(lo, hi + 1)])
    if (  # "…, a move supporters said would ...": "a move [that] supporters", the plural theirs
        token.tag_ == "NNS"
        and len(tokens) > 2
        and tokens[0].lower_ in ("a", "an")
        and tokens[0].head == token
        and tokens[1].dep_ == "compound"
        and tokens[1].tag_ == "NN"
        and token.is_ancestor(tokens[1])  # "a step tenant organisers called …": organisers
    ):
        tokens = tokens[2:]
    while len(tokens) > 1 and (
        (tokens[-1].is_punct and tokens[-1].text != "%")
        or tokens[-1].is_space
        or tokens[-1].dep_ == "cc"
        or tokens[-1].tag_ == "POS"  # "the agency's demand": the agency
        or (tokens[-1].tag_ in ("WDT", "WP") and tokens[-2].is_punct)  # "a push, which"
    ):
        tokens.pop()
    while tokens and (
        tokens[0].is_punct
        or tokens[0].is_space
        # "Even China said": the source is China; but "Just over a third of them said"
        or (tokens[0].lower_ in _FOCUS_WORDS and not _before_amount(tokens))
    ):
        tokens.pop(0)
    return tokens or [token]
