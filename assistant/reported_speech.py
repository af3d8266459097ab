"""Reported speech: from a cue (a reporting verb, "according to", "X's view") to its source and content.

Each rule reads spaCy's dependency parse of one paragraph and returns an `Attribution`: the
content spans (article offsets), the speaker block (mention + cue) and the resolved speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from spacy.tokens import Span, Token

from .attribution_context import (
    NOT_SOURCES,
    PERSONAL,
    UNNAMED_OWNERS,
    ArticleContext,
    Attribution,
    entity_name,
    is_headline,
    listed_names,
    person_entity,
    person_span,
)
from .coref import (
    DATELINE_MARKS,
    ORG_KINDS,
    Person,
    adverb_name,
    name_set_off,
    person_noun,
    person_word,
    subject_tokens,
    under_main_subject,
)
from .cues import (
    ASKING_FORMS,
    CONTENT_NOUNS,
    CUE_FORMS,
    DATA_NOUNS,
    DOCUMENT_NOUNS,
    FINITE_TAGS,
    OBJECT_FORMS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SPEECH_FORMS,
    given_name_gender,
)
from .learned_cues import candidate, features, model_spelling, probability
from .quotemarks import OPENING_MARKS, QuoteSpan
from .speakers import normalise_name

_OBJECT_DEPS = frozenset("dobj xcomp prep oprd attr".split())

_OBJECT_PREPS = frozenset("for to on against of about in".split())

_NOT_REPORTING = frozenset(
    "be is are was were been being am 's 're have has had do does did make makes made ensure ensures ensured mean means meant".split()
)

# Speech verbs whose direct object is what was said ("noted the rise"), not an addressee or a fact.
_CONTENT_OBJECT_VERBS = frozenset(
    "say note claim stress emphasize emphasise underscore mention reiterate declare suggest write tweet state proclaim confirm allege recall".split()
)

# Spaces here include no-break spaces ("”\xa0― Jo Roe"), never a line break.
_DASH_NAME = re.compile(r"[^\S\n]*[—―–-]{1,2}[^\S\n]*(?=[A-Z@])")

# A quotation that fills its paragraph, signed on a line of its own: "“…”\n\n- Jo Roe."
_SIGNATURE_LINE = re.compile(
    r"[^\S\n]*\n\s*[—―–-]{1,2}[^\S\n]*(?=[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\.?[^\S\n]*(?:\n|$))"
)

# One to four capitalised words: a name signing a line ("Jo Roe:", "TAPPER:").
_LINE_NAME = r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):"

# A name opening its line right before a quotation: "Roe: “…”" (not "a message to Roe: “…”").
_NAME_COLON = re.compile(r"\s*" + _LINE_NAME + r"[^\S\n]*$")


# "Roe was quick to point out ...": adjectives of manner before a reporting verb, not of ability
# or chance ("free to support", "likely to say").
_EAGER = frozenset("quick eager keen careful happy glad swift first last anxious".split())


# Verbs whose subject made the document they take: "X released a statement saying ...", not
# "police received calls saying ...".
_AUTHORING = frozenset(
    """release released releases issue issued issues publish published publishes post posted
    posts send sent sends write wrote writes put puts tweet tweeted tweets file filed files air
    aired airs run ran runs deliver delivered delivers give gave gives launch launched launches
    sign signed signs make made makes""".split()
)


# Ways of speaking: "said by phone" names no one who said it
_MEDIA = frozenset(
    "phone telephone email e-mail text video videolink link radio letter fax".split()
)


def _may_be_source(noun: Token) -> bool:
    """A noun that can hold a view: a named or role noun, a group (plurals are taken as people:
    "officials", "policymakers"), data. Not a singular thing ("the meeting", "the talks")."""
    return (
        noun.tag_ == "NNS"
        or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or noun.lower_.removesuffix("s") in ROLE_NOUNS
        or noun.lower_ in DATA_NOUNS
        or noun.lower_ in _PEOPLE_NOUNS
        or noun.tag_ in ("NNP", "NNPS", "PRP")
    )


_PLACE_OR_BODY = frozenset("ORG GPE LOC FAC".split())


def _body_behind(thing: Token) -> Token | None:
    """The organisation a thing comes from: "a ruling from the court", "a decision by the
    board", or None."""
    for prep in thing.children:
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of"):
            body = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if body is not None and body.ent_type_ == "ORG":
                return body
    return None


def _person_noun(noun: Token) -> bool:
    """A person or people: a name, a role or a word for people ("listeners", "voters")."""
    word = noun.lower_
    return (
        noun.ent_type_ == "PERSON"
        # "Jo Roe, 58, a diabetic inmate at the unit, who ...": what describes a person
        or (noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" and noun.tag_ == "NN")
        or word.removesuffix("s") in ROLE_NOUNS
        or word in _PEOPLE_NOUNS
        or word.endswith(("ers", "ists", "ians", "ants", "ents"))
    )


_PEOPLE_NOUNS = frozenset(
    """people voters residents officials supporters critics members experts analysts leaders
    protesters demonstrators activists workers students parents citizens americans lawmakers
    politicians republicans democrats groups group agencies companies firms sources inmate
    inmates prisoner prisoners patient patients victim victims witness witnesses defendant
    plaintiff plaintiffs juror jurors suspect""".split()
)

_WHEN_NOUNS = frozenset("point time moment stage juncture day week month year night".split())


_TELLING = frozenset(
    "tell tells told telling warn warns warned warning assure assures assured assuring remind "
    "reminds reminded reminding inform informs informed informing".split()
)
# After a passive these report another's words: "Roe was stopped and told, “…”".
_TOLD_BY_ANOTHER = _TELLING | ASKING_FORMS


def _past_read_as_participle(cue: Token) -> bool:
    """A verb of speaking joined to a past tense but tagged as a participle: "Roe appeared on
    stage and joked, “…”"."""
    head = cue.head
    return (
        cue.tag_ == "VBN"
        and cue.dep_ == "conj"
        and cue.lower_ in SPEECH_FORMS
        and cue.lower_ not in _TOLD_BY_ANOTHER
        and not any(c.dep_ in ("auxpass", "aux", "agent") for c in cue.children)
        and (
            head.tag_ == "VBD"
            # "Roe was joined on stage by Al Day and joked, “…”"
            or (head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children))
        )
    )


# Passives that pass their subject on to the verb after them: "Roe is understood to believe
# ...", "She is said to have warned ...", "He is thought to have argued ..."
_RAISING = frozenset(
    "understood said thought believed reported known alleged rumoured rumored claimed".split()
)


def _raised_subject(cue: Token) -> Token | None:
    """The subject of a passive like "is understood" whose infinitive is the cue."""
    head = cue.head
    if cue.dep_ != "xcomp" or head.lower_ not in _RAISING or head.i > cue.i:
        return None
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


_DISPUTING = frozenset(
    """dispute disputed disputes deny denied denies reject rejected rejects contest contested
    contests challenge challenged challenges dismiss dismissed dismisses rebut rebutted
    refute refuted""".split()
)


_DESCRIBING = frozenset(
    """described called termed dubbed labelled labeled branded characterised
    characterized""".split()
)


def _refused_to(verb: Token) -> bool:
    """ "was denied access", "had been refused bail": the subject was refused something."""
    return verb.lower_ in ("denied", "refused") and any(c.dep_ == "auxpass" for c in verb.children)


def _disputer_before(cue: Token) -> Token | None:
    """ "Police said ..., a version the organisers contested, saying ...": a participle set
    off right after a clause in which someone disputes what was just said is theirs."""
    doc = cue.doc
    if cue.tag_ != "VBG" or cue.i < 3 or doc[cue.i - 1].text != ",":
        return None
    verb = doc[cue.i - 2]
    if verb.dep_ != "relcl" or verb.lower_ not in _DISPUTING:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that":
        return None
    return subject


def _subject(cue: Token) -> Token | None:
    """The source of a reporting verb: its subject, the agent of a passive, or its head's subject."""
    if (
        cue.tag_ == "VBN"
        and cue.dep_ == "acl"
        and cue.head.tag_ in ("NN", "NNS")
        # the noun opens the sentence or a clause after a semicolon, with no verb of its own
        and (cue.head.dep_ == "ROOT" or cue.doc[cue.head.left_edge.i - 1].text == ";")
        and (
            any(c.dep_ == "ccomp" for c in cue.children)
            or (
                cue.lower_ in OBJECT_FORMS and any(c.dep_ in ("oprd", "dobj") for c in cue.children)
            )
        )
    ):  # "A poll found last week that ...", "One lawmaker called Roe a fraud": a verb read as a
        return cue.head  # participle ("a lawmaker called Roe"), and no other verb in the sentence
    if cue.tag_ == "VBD" and cue.dep_ == "acl" and cue.head.dep_ == "ROOT" and cue.i > cue.head.i:
        # "Its president, Jo Roe, called on ...": a finite verb the parse hung on the subject
        return cue.head
    raised = _raised_subject(cue)
    if raised is not None:  # "Roe is understood to have told cabinet that ...": Roe told it
        return raised
    disputer = _disputer_before(cue)
    if disputer is not None:  # "..., an account the union disputed, saying ...": the union's
        return disputer
    if _refused_to(cue):
        return None  # "he had been denied access to his medication": refused, not a denial
    # "He's said he ...": the parse reads the contracted "has" as a passive's "is"
    passive_ok = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in cue.children)
    if (
        cue.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "nsubj", "agent") for c in cue.children)
        and not passive_ok
        and not _past_read_as_participle(cue)
    ):
        return None  # a passive participle: "asked about the plan, she said ..."
    speaking = cue.tag_ == "VBG" and (
        cue.lower_ in SPEECH_FORMS
        or (
            cue.lower_ in OBJECT_FORMS
            and cue.dep_ == "advcl"
            and cue.i > 0
            and cue.nbor(-1).text == ","
        )
    )  # "X said costs rose, citing the war": X cites it
    participle = cue.tag_ == "VBG" and cue.dep_ == "advcl"
    gerund = cue.tag_ == "VBG"
    for step in range(4 if speaking else 3):
        # Two subjects ("MACAU (Reuters) – Jo Roe said"): the one nearest the verb, not a dateline.
        children = sorted(cue.children, key=lambda c: abs(c.i - cue.i))
        subjects = [c for c in children if c.dep_ == "nsubj"]
        if len(subjects) > 1 and (
            # "A survey the district commissioned found ...": the survey, the district's
            # participle read as a relative clause of its own
            (
                any(
                    c.dep_ == "acl" and c.tag_ == "VBN" and c.i == subjects[0].i + 1
                    for c in subjects[0].children
                )
                and subjects[1].right_edge.i + 1 == subjects[0].left_edge.i
                and subjects[1].i < subjects[0].i
            )
            or _stray_subject(subjects[0])
            or _apposition_read_as_subject(subjects[0], subjects[1])
            or _body_named_after_its_kind(subjects[0], subjects[1])
            or _clause_subject_read_as_verbs(subjects[0], subjects[1], cue)
            # "The novelist Jo Roe, whose last book was a finalist, wrote ...": the relative
            # clause's subject, read as a second subject of the main verb
            or any(c.lower_ == "whose" for c in subjects[0].children)
        ):
            children.remove(subjects[0])
        outer = _reporting_verb_above(cue) if speaking and step else None
        if outer is None and speaking and step == 1 and participle:
            outer = _thing_in_clause_above(cue)
        if outer is not None:  # "X said the plan has “worked well” before claiming ...", "X said
            cue = outer  # Roe lost, adding, “…”": X speaks on, not the subject of X's clause
            continue
        climb = None
        for child in children:
            if (child.dep_ == "nsubj" or (passive_ok and child.dep_ == "nsubjpass")) and not (
                child.is_punct and child.tag_ != "NN"
            ):  # "85% of voters said"
                if child.lower_ in ("who", "that", "which") and cue.dep_ == "relcl":
                    noun = cue.head  # "Jo Roe, a lawyer who said ...": Roe, not "a lawyer"
                    if (  # "Roe had a strong moment that ..., denouncing the regime": Roe
                        participle
                        and child.lower_ != "who"
                        and not _may_be_source(noun)
                        and noun.dep_ == "dobj"
                        and noun.head.tag_.startswith("VB")
                    ):
                        climb = noun.head
                        break
                    if (  # "messages from viewers of her program who said ...": the viewers
                        child.lower_ == "who"  # "Jo Roe, an analyst at Acme Bank, who ...": Roe
                        and (
                            not _may_be_source(noun)
                            or noun.ent_type_ in _PLACE_OR_BODY
                            # "a blogger with a million followers who has accused ...": the blogger
                            or noun.head.lower_ == "with"
                        )
                        and noun.dep_ == "pobj"
                        and noun.head.head.tag_.startswith("NN")
                        and _person_noun(noun.head.head)
                    ):
                        noun = noun.head.head
                    elif (  # "a deckhand on an earlier voyage, who told ...", the phrase hung
                        child.lower_ == "who"  # on the verb: the deckhand
                        and not _may_be_source(noun)
                        and noun.tag_ == "NN"  # (not "information from those who know")
                        and noun.dep_ == "pobj"
                        and noun.head.i > 0
                        and noun.doc[noun.head.i - 1].tag_ in ("NN", "NNS")
                    ):
                        noun = noun.doc[noun.head.i - 1]
                    if (  # "tests at a laboratory in Utrecht, which found ...": the
                        child.lower_ in ("which", "that")  # laboratory, not the place
                        and (
                            noun.ent_type_ in ("GPE", "LOC")
                            # (a town the NER takes for a body)
                            or (noun.ent_type_ == "ORG" and noun.head.lower_ == "in")
                        )
                        and noun.dep_ == "pobj"
                        and noun.head.lower_ in ("in", "at", "near", "outside")
                        and noun.head.head.tag_ in ("NN", "NNS")
                    ):
                        noun = noun.head.head
                    if (  # "Corrigan Biologics, a company with about 300 employees, which
                        child.lower_ == "which"  # said ...": the company, not its employees
                        and noun.dep_ == "pobj"
                        and noun.head.lower_ == "with"
                        and noun.head.head.tag_.startswith("NN")
                    ):
                        noun = noun.head.head
                    if (  # "a coalition of 14 clubs that has long demanded ...": the verb
                        noun.tag_ == "NNS"  # agrees with the coalition, not the clubs
                        and noun.dep_ == "pobj"
                        and noun.head.lower_ == "of"
                        and noun.head.head.tag_ == "NN"
                        and _singular_verb(cue)
                    ):
                        noun = noun.head.head
                    if child.lower_ == "which" and not _may_be_source(noun):
                        # "a favorable decision from the Board of Elections, which ruled ...":
                        # a thing cannot rule; the body it came from did
                        body = _body_behind(noun)
                        noun = noun if body is None else body
                    if (  # "a person close to the senator, who said ...": the person
                        noun.dep_ == "pobj"
                        and noun.head.lower_ == "to"
                        and noun.head.head.lower_ == "close"
                        and noun.head.head.head.tag_.startswith("NN")
                    ):
                        noun = noun.head.head.head
                    named = noun.dep_ == "appos" and noun.head.tag_ in ("NNP", "NNPS")
                    return noun.head if named and noun.tag_ in ("NN", "NNS") else _described(noun)
                return _pronoun_of_main_subject(child, cue) or _name_beside_verb(child, cue)
            if child.dep_ == "csubj" and child.tag_ == "VBG" and child.i < cue.i:
                doer = next((c for c in child.lefts if c.dep_ == "nsubj"), None)
                if doer is not None and doer.tag_.startswith("NN"):
                    return doer  # "Activists hoping to stop it say ...": read as a clause
            if child.dep_ == "nsubjpass" and step and gerund:
                return child  # "Roe was booed by the crowd after telling them ...": Roe told
            if child.dep_ == "agent" and not (step and gerund):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.lower_ not in _MEDIA:
                        return pobj  # not "said by satellite phone": how, not who
        if climb is not None:
            cue = climb
            continue
        if (
            cue.dep_ == "acl"
            and cue.head.tag_.startswith("NN")
            and cue.tag_ == "VBG"
            # not "... if trade tensions flare, calling it ...": a clause read as a noun
            and not any(c.dep_ == "mark" for c in cue.head.children)
        ):
            noun = cue.head  # "officials saying that ..."
            seen = _seen_doing(noun, cue)
            if seen is not None:
                return seen
            if noun.ent_type_ in ("DATE", "TIME") or noun.lower_ in _WHEN_NOUNS:
                # "He battled the mayor, at one point calling him a liar": when, not who; the
                # speaker is the subject of the clause the time phrase belongs to.
                prep = noun.head
                if prep.dep_ == "prep" and prep.head.tag_.startswith("VB"):
                    cue = prep.head
                    continue
                return None
            if noun.dep_ == "pobj" and noun.head.lower_ == "to":
                # "sent a letter to donors saying ...": the letter says it, not the donors
                sent = noun.head.head
                sent = next((c for c in sent.children if c.dep_ == "dobj"), sent)
                noun = sent if sent.lower_ in DOCUMENT_NOUNS else noun
            verb = noun.head if noun.dep_ == "dobj" else None
            if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ != "with":
                verb = noun.head.head  # not "with many officials claiming that ...": theirs
            # "The committee responded with a statement calling ...": the committee's
            sent_with = noun.dep_ == "pobj" and noun.head.lower_ == "with"
            if sent_with and noun.lower_ in DOCUMENT_NOUNS:
                verb = noun.head.head
            owner = None
            while verb is not None and verb.tag_.startswith("VB"):
                owner = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                # "X called the ad a lie and released a response ad accusing ...": X's
                verb = verb.head if owner is None and verb.dep_ == "conj" else None
            if noun.lower_ in DOCUMENT_NOUNS:  # "X released a statement saying"
                authored = (noun.dep_ == "dobj" and noun.head.lower_ in _AUTHORING) or sent_with
                return owner if owner is not None and authored else noun
            if owner is not None and not _may_be_source(noun):
                return owner  # "The campaign entered the talks believing ...": the campaign
            if owner is not None and noun.dep_ == "dobj" and cue.nbor(-1).text == ",":
                return owner  # "Roe Unveils Housing Plan, Promising ...": set off, Roe's
            return noun
        after_cc = cue.i > 0 and cue.nbor(-1).dep_ == "cc"
        if (
            cue.dep_ == "ccomp"
            and after_cc
            and cue.head.lower_ in CUE_FORMS
            and cue.tag_ in ("VBD", "VBZ")
        ):
            cue = cue.head  # "X said Y was ready but warned ..." parsed as two clauses of "said"
            continue
        if (
            cue.dep_ == "conj"
            and cue.head.dep_ == "ccomp"
            and cue.head.head.lower_ in CUE_FORMS
            and not _backshifted(cue)
        ):
            cue = cue.head.head  # "X said Y was ready but warned that ...": X warned
            continue
        joined = _subject_read_as_conjunct(cue) or _relative_read_as_conjunct(cue)
        if joined is not None:
            return joined
        doer = _subject_of_participle_root(cue)
        if doer is not None:
            return doer
        if (
            cue.dep_ == "conj"
            and (cue.tag_ in FINITE_TAGS or _past_read_as_participle(cue))
            and cue.head.tag_ == "VBN"
            and cue.lower_ not in _TOLD_BY_ANOTHER
        ):
            shared = next((c for c in cue.head.children if c.dep_ == "nsubjpass"), None)
            if shared is not None:  # "Roe was pushed into it and said ...": Roe, not the agent
                return _name_beside_verb(shared, cue.head)
        if cue.dep_ in ("dep", "ccomp") and _asked_aside(cue.head):
            cue = cue.head  # "Roe, asked about it, quipped that ...": Roe quipped
            continue
        reduced = _reduced_relative_before(cue)
        if reduced is not None:
            return reduced
        if cue.dep_ in ("conj", "xcomp", "advcl") and cue.head.tag_.startswith("VB"):
            controller = _object_control(cue)
            if controller is not None:
                return controller
            cue = _past_subordinate(cue) or cue.head
            continue
        if (
            cue.dep_ == "xcomp"
            and cue.lower_ in SPEECH_FORMS
            and cue.head.lower_ in _EAGER
            and cue.head.head.tag_.startswith("VB")
        ):
            cue = cue.head.head  # "Roe was quick to point out that ...", "eager to say"
            continue
        for child in cue.lefts:  # "Roe, asked about it, said ..." parsed as "Roe asked"
            if child.dep_ in ("advcl", "ccomp") and child.tag_ == "VBD":
                lead = next((c for c in child.lefts if c.dep_ == "nsubj"), None)
                if (
                    lead is not None
                    and lead.left_edge.i == child.left_edge.i
                    and lead.i <= cue.sent.start + 3
                ):
                    return lead
        if (
            cue.dep_ == "pcomp"
            and cue.head.dep_ == "prep"
            and cue.head.lower_ != "from"  # "distract us from understanding that ...": not ours
            and cue.head.head.tag_.startswith("VB")
        ):
            cue = cue.head.head  # "X was quoted as saying ..."
            asked = _asked_to(cue)
            if asked is not None:  # "X called on Roe to apologize for claiming ...": Roe did
                return asked
            passive = next((c for c in cue.children if c.dep_ == "nsubjpass"), None)
            if passive is not None:  # "X was attacked by Y for suggesting ...": X suggested it
                return _name_beside_verb(passive, cue)
            passive_ok = True
            continue
        return _name_cut_off(cue)
    return None


def _named_after_label(subj: Token | None) -> Token | None:
    """ "Editor's note: Jo Roe has called for ... and has pledged to ...": the parse makes the
    label before the colon the subject; the source is the subject of the clause after it."""
    if subj is None or subj.i + 1 >= len(subj.doc) or subj.nbor(1).text != ":":
        return subj
    for clause in subj.rights:
        if clause.dep_ in ("acl", "relcl", "appos", "ccomp"):
            inner = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
            if inner is not None:
                return inner
    return subj


def _named_after_dateline(subj: Token | None) -> Token | None:
    """ "MELBOURNE, Australia — Jo Roe said ...": the parse makes the dateline's place (or its
    country) the subject and the name after the dash its apposition; the name speaks."""
    if subj is None:
        return subj
    sent, doc = subj.sent, subj.doc
    if not (sent[0].is_upper and len(sent[0]) > 1 and sent[0].tag_ == "NNP"):
        return subj
    dash = next((t for t in doc[sent.start : sent.start + 8] if t.text in DATELINE_MARKS), None)
    if dash is None or subj.i > dash.i:
        return subj
    # "ROSARIO, Argentina — The Grain Table, which ..., said": a body too
    name = next(
        (
            c
            for t in doc[sent.start : dash.i]
            for c in t.rights
            if c.dep_ == "appos" and c.i > dash.i and c.tag_ in ("NNP", "NNPS", "NN", "NNS")
        ),
        None,
    )
    return subj if name is None else name


def _headline_doer(cue: Token, offset: int) -> Token | None:
    """ "Judge refuses to toss charges, says bias claim falls short": in a headline a "says"
    with no subject of its own, after a comma, is said by the subject of the clause before."""
    if offset != 0 or cue.sent.start != 0 or cue.tag_ != "VBZ" or cue.i < 2:
        return None
    if cue.nbor(-1).text != "," or "\n" in cue.doc[: cue.i].text:
        return None
    before = next(
        (c for c in cue.lefts if c.dep_ in ("ccomp", "conj") and c.tag_ in ("VBZ", "VBD")), None
    )
    if before is None or not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return None
    return next((c for c in before.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)


def _backshifted(verb: Token) -> bool:
    """ "X said the mediators remained committed and had asked both sides to stay": a past
    perfect joined inside a clause reported in the past goes on with that clause."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
        and verb.head.head.tag_ == "VBD"
    )


def _name_cut_off(cue: Token) -> Token | None:
    """ "..., many of them wary of his bid, the campaign chief, Jo Park, bluntly suggested that
    ...": the parse hung the subject on a noun before it, and the main verb has none. The name
    set off by commas right before the verb (and its adverbs) is the source."""
    if cue.dep_ not in ("ROOT", "dep") or cue.tag_ not in FINITE_TAGS:
        return None
    if not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return None
    doc, i = cue.doc, cue.i - 1
    while i > cue.sent.start and doc[i].dep_ == "advmod" and doc[i].head == cue:
        i -= 1
    name = doc[i - 1] if i > cue.sent.start and doc[i].text == "," else None
    if name is not None and name.ent_type_ == "PERSON" and name.dep_ == "appos":
        return name
    return None


def _reporting_verb_above(verb: Token) -> Token | None:
    """The reporting verb whose clause holds `verb` (through coordinated verbs), if any."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i:
        clause = clause.head
    if clause.dep_ == "ccomp" and clause.head.lower_ in CUE_FORMS:
        return clause.head
    return None


def _pronoun_of_main_subject(pronoun: Token, cue: Token) -> Token | None:
    """ "Roe presented a plan he says will save money", "The group filed a petition it says
    carries 1,400 names": the pronoun of a relative clause on the object is the main subject."""
    if pronoun.lower_ not in ("he", "she", "it", "they") or cue.dep_ != "relcl":
        return None
    noun = cue.head
    if noun.dep_ != "dobj" or cue.left_edge.i != pronoun.i or noun.i + 1 != pronoun.i:
        return None
    main = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if main is None or main.tag_ in ("PRP", "WP", "WDT"):
        return None
    person = main.ent_type_ == "PERSON" or _person_noun(main)
    if pronoun.lower_ in ("he", "she") and not person:
        return None
    if pronoun.lower_ == "it" and (person or main.tag_ in ("NNS", "NNPS")):
        return None
    if pronoun.lower_ == "they" and main.tag_ not in ("NNS", "NNPS"):
        return None
    return main


def _singular_verb(verb: Token) -> bool:
    """The verb, or its first auxiliary, is third person singular ("has said", "says", "was")."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    first = aux[0] if aux else verb
    return first.tag_ == "VBZ" or first.lower_ == "was"


def _reduced_relative_before(verb: Token) -> Token | None:
    """ "..., and videos shared on social media showed ...": a participle the parse read as a
    verb of its own, joined to the clause before, right before a verb with no subject: the
    participle's noun is that verb's subject."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    before = [c for c in verb.head.children if c.dep_ == "conj" and c.i < verb.i]
    if not before:
        return None
    shared = before[-1]
    subject = next((c for c in shared.children if c.dep_ == "nsubj"), None)
    if (
        shared.tag_ in ("VBD", "VBN")
        and subject is not None
        and subject.tag_ in ("NNS", "NN")
        and shared.right_edge.i == verb.i - 1
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "cc") for c in shared.children)
        and all(t.dep_ != "cc" for t in verb.doc[shared.i : verb.i])
    ):
        return subject
    return None


def _thing_in_clause_above(verb: Token) -> Token | None:
    """ "Roe disputed that the comment had hurt him, noting that ...": a clause whose subject is
    a thing, taken by a verb whose subject may speak, is that verb's; its speaker notes on."""
    if verb.dep_ != "ccomp" or not verb.head.tag_.startswith("VB"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or speaker is None or _may_be_source(subject):
        return None
    return verb.head if _may_be_source(speaker) else None


def _seen_doing(noun: Token, cue: Token) -> Token | None:
    """ "the sight of Roe attacking the plan", "a video of Roe saying ...": the person the
    "of" phrase names right before the participle is the one who does it."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            person = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                person is not None
                and person.right_edge.i == cue.i - 1
                and (
                    person.tag_ == "NNP"
                    or person.ent_type_ == "PERSON"
                    # "a long list of neighbours writing ...", "dozens of officials saying ..."
                    or (person.tag_ == "NNS" and _may_be_source(person))
                )
            ):
                return person
    return None


def _subject_of_participle_root(verb: Token) -> Token | None:
    """ "Pickets marching through the village chanted ...", "activists clamoring to block him
    say ...", parsed with the participle as the main verb and the cue hung on it: the
    participle's subject is the verb's."""
    if (
        verb.dep_ in ("advcl", "dep")
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("mark", "advmod", "nsubj") and c.i < verb.i for c in verb.children)
        and verb.head.tag_ == "VBG"
        and verb.head.dep_ == "ROOT"
        and verb.head.i < verb.i
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.head.children)
    ):
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.tag_.startswith("NN"):
            return doer
    return None


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """ "X fined the bakery and Jo Roe dismissed her chief", "It was no slip — Jo Roe, an aide,
    told ...": a name the parse hung on the clause before, ending right before a verb with no
    subject of its own, is that verb's subject."""
    if verb.dep_ not in ("conj", "ROOT") or verb.tag_ not in FINITE_TAGS or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    name = verb.nbor(-1)
    while name.right_edge.i == verb.i - 1 and name.dep_ not in ("conj", "appos", "ROOT"):
        name = name.head
    # "Touring the valley for her brother, former senator Jo Roe said ...": after a fronted phrase
    leads = ("and", "but", "—", "--", "–") if verb.dep_ == "conj" else (",",)
    if (
        name.dep_ in ("conj", "appos")
        and name.right_edge.i == verb.i - 1
        and name.tag_ in ("NNP", "NNPS")
        and name.head.i < name.i
        and name.head.dep_ in ("pobj", "dobj", "attr")
        and name.left_edge.i > 0
        and name.doc[name.left_edge.i - 1].lower_ in leads
    ):
        return name
    # "Ohio has not elected one since 2012, and the party's chairman, Jo Roe, acknowledged
    # ...": a person described and named, read as the object of the clause before
    role = verb.nbor(-1)
    while role.right_edge.i == verb.i - 1 and role.head.i != role.i:
        if role.dep_ in ("dobj", "pobj") and _person_noun(role) and role.tag_ == "NN":
            break
        role = role.head
    if (
        verb.dep_ == "conj"
        and role.dep_ in ("dobj", "pobj")
        and role.tag_ == "NN"
        and role.right_edge.i == verb.i - 1
        and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in role.children)
        and role.left_edge.i > 1
        and role.doc[role.left_edge.i - 1].lower_ in ("and", "but")
        and role.doc[role.left_edge.i - 2].text == ","
    ):
        return role
    return None


def _relative_read_as_conjunct(verb: Token) -> Token | None:
    """ "The one no vote came from Jo Roe, who chairs the board and argued that ...": a verb
    joined by "and" right after a "who" clause, with no comma and no subject of its own, goes on
    that clause, whatever the parse hung it on."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or verb.i < 2:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.nbor(-1).lower_ != "and" or verb.nbor(-1).dep_ != "cc":
        return None
    clause = verb.nbor(-2)
    while (
        clause.dep_ != "relcl" and clause.head.i != clause.i and clause.right_edge.i == verb.i - 2
    ):
        clause = clause.head
    if (
        clause.dep_ != "relcl"
        or clause.right_edge.i != verb.i - 2
        or clause.tag_ not in FINITE_TAGS
        or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
        or clause.head.tag_ not in ("NNP", "NNPS")
    ):
        return None
    return clause.head


_CAUSING = frozenset(
    """lead leads leading led prompt prompts prompting prompted force forces forcing forced cause
    causes causing caused drive drives driving drove driven compel compels compelling compelled
    spur spurs spurring spurred inspire inspires inspiring inspired provoke provokes provoking
    provoked""".split()
)


def _asked_to(verb: Token) -> Token | None:
    """The one asked or told to do `verb`: "asked Roe to apologize", "called on Roe to quit"."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    for c in head.children:
        obj: Token | None
        if c.i > verb.i:
            continue
        if c.dep_ == "dobj":
            obj = c
        elif c.dep_ == "prep" and c.lower_ in ("on", "upon"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        else:
            continue
        if obj is not None and obj.tag_ != "PRP" and _may_be_source(obj):
            return obj
    return None


# Subordinate clauses of an event over before the main one: "X said ... after Y won the seat,
# remarking that ..." leaves Y's clause behind; the remark is X's.
_OVER_BEFORE = frozenset("after before because since although though until once".split())


def _past_subordinate(cue: Token) -> Token | None:
    """The main verb a set-off participle belongs to when the parse hangs it on the "after"
    clause before it: "Roe said it on air after Kole won, remarking that ..." is Roe remarking."""
    clause = cue.head
    if (
        cue.dep_ != "advcl"
        or cue.tag_ != "VBG"
        or cue.i == 0
        or cue.nbor(-1).text != ","
        or clause.dep_ != "advcl"
        or not clause.head.tag_.startswith("VB")
        or not any(c.dep_ == "mark" and c.lower_ in _OVER_BEFORE for c in clause.children)
        or not any(c.dep_ == "nsubj" for c in clause.children)
    ):
        return None
    return clause.head


def _object_control(verb: Token) -> Token | None:
    """ "The win led Roe to declare ...", "forced the mayor to admit ...": after a verb of cause
    an infinitive's subject is the object. Not after a request ("urged voters to reject ..."):
    that reports the one who asked."""
    if (
        verb.dep_ != "xcomp"
        or verb.head.lower_ not in _CAUSING
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is not None and obj.tag_ != "PRP" and _may_be_source(obj):
        return obj
    return None


def _dateline(tok: Token) -> bool:
    """A place in capitals opening a story ("WASHINGTON -- ..."), or any place before a wire
    credit and a dash ("New York (AFP) – ..."): never a speaker."""
    doc = tok.doc
    if (
        tok.left_edge.i == tok.sent.start
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].text == "("
        and any(
            t.text == ")" and t.i + 1 < len(doc) and doc[t.i + 1].text in DATELINE_MARKS
            for t in doc[tok.i + 2 : tok.i + 6]
        )
    ):
        return True
    if not tok.is_upper or len(tok.text) <= 2 or tok.i + 1 >= len(doc):
        return False
    if doc[tok.i + 1].text in DATELINE_MARKS:
        return True
    # "ORLANDO, Fla. (AP) — ...": a place opening the story, its state after a comma, then a dash
    dash = next((t for t in doc[tok.i + 2 : tok.i + 8] if t.text in DATELINE_MARKS), None)
    return (
        tok.left_edge.i == tok.sent.start  # "LA CROSSE, Wis. — ..." too
        and doc[tok.i + 1].text == ","
        and dash is not None
        # not "NATO, the alliance, said — ...", but "ADDIS ABABA, Ethiopia —" (the NER's ORG)
        and (
            tok.ent_type_ != "ORG"
            or all(t.tag_ in ("NNP", "NNPS") or t.text == "." for t in doc[tok.i + 2 : dash.i])
        )
    )


def _before_source_inside(comp: Token, last: Token, block: tuple[int, int], offset: int) -> Token:
    """The end of a claim before its cue, the source the parse hung on it left out: "The
    hospital was treating 340 patients, its director, Dr. Jo Roe, said" ends at "patients"."""
    source = next((t for t in comp.subtree if offset + t.idx == block[0]), None)
    if source is None or source.i > last.i:
        return last
    name = lead = source.head if source.dep_ == "compound" else source
    while lead.dep_ == "appos" and lead.head.tag_ == "NN" and _person_noun(lead.head):
        lead = lead.head  # "its director, Dr. Jo Roe": the phrase opens at "its"
    described = any(c.dep_ == "appos" and _person_noun(c) for c in name.children)
    if lead is name and not described:  # "its director, Dr. Jo Roe," / "Jo Roe, its director,"
        return last  # no role set beside the name: not a source the claim holds
    end = lead.left_edge.i - 1
    while end > comp.left_edge.i and comp.doc[end].is_punct:
        end -= 1
    return comp.doc[end] if end > comp.left_edge.i else last


def _runs_into_subject(cue: Token, comp: Token) -> bool:
    """ "The group includes the fund Nordvest, whose chief, Jo Roe, said that ...": a clause before
    the cue that runs straight into the cue's subject, with no comma or mark between, is a
    misread sentence, not what was said."""
    last, doc = comp.right_edge, comp.doc
    # (or with only words between: "The contest made headlines after a group found essays
    # Roe wrote": no mark sets the clause off, so it is no fronted report)
    return last.is_alpha and any(
        c.dep_ in ("nsubj", "nsubjpass")
        and c.left_edge.i > last.i
        and not any(t.is_punct for t in doc[last.i + 1 : c.left_edge.i])
        for c in cue.children
    )


def _after_dateline(first: Token) -> Token:
    """ "WASHINGTON — The deal is dead, an official said." / "Rome, Sept. 2 (Wire) - ...": the
    place (and date and wire) opening a story is not part of what was said."""
    doc = first.doc
    if first.i != first.sent.start:
        return first
    if first.i > 0 and "\n" not in doc[first.i - 1].text_with_ws:  # it opens a paragraph
        return first
    for tok in doc[first.i + 1 : first.i + 10]:
        if tok.text in DATELINE_MARKS and tok.text != "(" and (tok.text != "-" or tok.whitespace_):
            head = doc[first.i : tok.i]
            place = (first.is_upper and len(first) > 2) or doc[tok.i - 1].text == ")"
            # (a place in capitals may be tagged a plural noun: "VELDEN, Ostria —")
            named = all(
                t.tag_ in ("NNP", "CD", ",", ".", "-LRB-", "-RRB-") or (t.is_upper and t.is_alpha)
                for t in head
            )
            opens = tok.i + 1 < first.sent.end and doc[tok.i + 1].is_title  # not "NATO - the"
            return doc[tok.i + 1] if place and named and opens else first
    return first


# Verbs whose object is whom they address or what they name, not a clause's subject.
_ADDRESSING = (
    _TELLING
    | ASKING_FORMS
    | frozenset(
        """call calls called calling dub dubs dubbed dubbing label labels labeled labelled
        labeling labelling describe describes described describing""".split()
    )
)


def _subject_read_as_object(cue: Token, comp: Token) -> Token | None:
    """ "said a levy without exemptions would collapse", "complained the novel's ending is
    abrupt": the parse made the clause's subject the object of the verb and left the clause
    without one. The first word of that subject, when only the object and phrases hung on the
    verb stand between the verb and the clause. After a verb that addresses someone ("told the
    crowd the couple's well had gone dry"), the second object."""
    if not _speech(cue) or comp.dep_ != "ccomp":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in comp.children):
        return None
    objects = [c for c in cue.rights if c.dep_ in ("dobj", "dative") and c.i < comp.i]
    if cue.lower_ in _ADDRESSING:  # "told reporters", "called it a ...": the first is real
        if len(objects) != 2 or objects[1].left_edge.i != objects[0].right_edge.i + 1:
            return None
        obj = objects[1]
    elif objects and objects[0].dep_ == "dobj" and objects[0].left_edge.i == cue.i + 1:
        obj = objects[0]
    else:
        return None
    between = cue.doc[obj.right_edge.i + 1 : comp.left_edge.i]
    hung = {t.i for c in cue.rights if c.dep_ == "prep" and obj.i < c.i < comp.i for t in c.subtree}
    return obj.left_edge if all(t.i in hung or t.is_punct for t in between) else None


def _after_leading_date(comp: Token, first: Token) -> Token:
    """ "said on Tuesday she would not accept ...": the day the parse hangs on the reported
    clause is when it was said, not part of it (when the clause's subject follows). So is the
    phrase `_phrase_read_as_clause` found opening an adverbial clause ("said after the
    convention he would ...")."""
    lead = next((c for c in comp.lefts if c.left_edge == first), None)
    if lead is None:
        return first
    # "said after the convention he ...", "said later the plan ...", "told them afterward it ..."
    phrase = (comp.dep_ == "advcl" and lead.dep_ == "prep") or any(
        _adverb_read_as_mark(lead, s) for s in comp.children if s.dep_ in ("nsubj", "nsubjpass")
    )
    if not phrase and (
        lead.dep_ not in ("npadvmod", "prep", "advmod")
        or not any(t.ent_type_ in ("DATE", "TIME") for t in lead.subtree)
        or not all(t.ent_type_ in ("DATE", "TIME") or t.lower_ == "on" for t in lead.subtree)
        or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > lead.i for c in comp.children)
    ):
        return first
    after = lead.right_edge.i + 1
    while after < comp.i and comp.doc[after].is_punct:
        after += 1
    return comp.doc[after]


_REFLEXIVES = frozenset("itself himself herself themselves ourselves myself".split())


def _names_itself(cue: Token) -> bool:
    """ "calling itself Redline": a reflexive object, then a proper name."""
    doc = cue.doc
    return any(
        c.dep_ == "dobj"
        and c.lower_ in _REFLEXIVES
        and c.i + 1 < len(doc)
        and doc[c.i + 1].tag_ in ("NNP", "NNPS")
        for c in cue.children
    )


def _asked_aside(cue: Token) -> bool:
    """ "Roe, asked if she would yield, replied: ...", parsed with "asked" as the main verb: a
    question put to the subject between commas, before the verb that is hers."""
    doc = cue.doc
    if (  # "Asked what he would do first, Roe smiled": put to Roe, by no one named
        cue.lower_ == "asked"
        and cue.i == cue.sent.start
        and cue.dep_ == "advcl"
        and not any(c.dep_ in ("nsubj", "agent") for c in cue.children)
    ):
        return True
    if not (
        cue.lower_ in ASKING_FORMS
        and cue.i >= 2
        and doc[cue.i - 1].text == ","
        and any(c.dep_ == "nsubj" and c.i == cue.i - 2 for c in cue.children)
    ):
        return False
    end = _trim_back(cue.right_edge, cue)
    if (  # "Jo Roe, asked about the vote, said ...", parsed with "asked" under "said"
        cue.dep_ in ("advcl", "ccomp")
        and cue.head.i > end.i
        and cue.head.tag_ in FINITE_TAGS
        and doc[end.i + 1].text == ","
    ):
        return True
    return any(
        c.i > cue.i and c.tag_ in FINITE_TAGS and doc[c.i - 1].text == ","
        for c in cue.children
        if c.dep_ in ("ccomp", "conj", "dep")
    )


def _comma_between(first: Token, second: Token) -> bool:
    """Only a comma between the phrases of two subjects ("Ban Ki-moon, the secretary general")."""
    after = first.right_edge.i + 1
    return first.doc[after].text == "," and second.left_edge.i == after + 1


def _apposition_read_as_subject(near: Token, far: Token) -> bool:
    """ "Jo Roe, the head of the port authority, vowed ...", "Acme, the firm
    that runs the port, said": the parse makes the description after the name a second
    subject; the name is the source."""
    return (
        far.ent_type_ in ("PERSON", "ORG")
        and far.i < near.i
        and _comma_between(far, near)
        and near.tag_ in ("NN", "NNS")
        and near.ent_type_ == ""
    )


def _body_named_after_its_kind(near: Token, far: Token) -> bool:
    """ "Jo Roe of the trade paper Screen Ledger was warmer": the parse makes the paper's name,
    set after the kind of body it is, a second subject; the person is the source."""
    return (
        far.ent_type_ == "PERSON"
        and far.i < near.i
        and near.tag_ == "NNP"
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("of", "at", "from")
            and c.right_edge.i + 1 == near.left_edge.i
            and c.right_edge.tag_ in ("NN", "NNS")
            for c in far.children
        )
    )


def _clause_subject_read_as_verbs(near: Token, far: Token, cue: Token) -> bool:
    """ "The poet Jo Roe said boycotts ‘punish small festivals’": the subject of what was said,
    right after the verb and before its clause's verb, read as the verb's own second subject."""
    return (
        far.i < cue.i < near.i
        and near.ent_type_ != "PERSON"
        and any(
            c.dep_ == "ccomp"
            and c.i > near.i
            and all(t.is_punct or t.tag_ in ("RB", "MD") for t in cue.doc[near.i + 1 : c.i])
            for c in cue.children
        )
    )


def _stray_subject(noun: Token) -> bool:
    """Of two subjects the parse gives a verb, one that only continues the other's phrase: the
    object of a preposition ("officers with no ties but with experience in war said") or the next
    place of a list ("voters in Ohio, Iowa and Utah said"), or of a relative clause's verb ("a
    statement from the family that runs the shop said")."""
    doc, first = noun.doc, noun.left_edge.i
    # not "The tension rose after Roe told ranchers that ...": "after" marks Roe's own clause
    if first > 0 and doc[first - 1].tag_ == "IN" and doc[first - 1].dep_ != "mark":
        return True
    if (
        first > 0
        and doc[first - 1].dep_ == "relcl"
        and doc[first - 1].tag_ in ("VBZ", "VBP", "VBD")
    ):
        return True
    places = ("GPE", "LOC")
    return (
        noun.ent_type_ in places
        and first > 1
        and doc[first - 1].text == ","
        and doc[first - 2].ent_type_ in places
    )


def _one_of_group(subj: Token) -> bool:
    """ "One of the lawyers said", "One in four voters said", "One in three said": a member of
    a group, or a share of those asked, is a source; a bare "one" is not."""
    return subj.lower_ == "one" and any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "in", "out")
        and any(g.tag_ in ("NNS", "CD") or g.lower_ in ("them", "those", "of") for g in c.children)
        for c in subj.children
    )


# What someone answers or does with words: "her reply was to say ...", "his instinct was to deny".
_RESPONSE_NOUNS = frozenset(
    """response responses answer reply reaction instinct strategy approach defense defence
    explanation excuse tactic move""".split()
)


_SCENE_WORDS = frozenset("outside inside".split())


def _scene_read_as_subject(subj: Token) -> bool:
    """ "Outside court, the family said ...": the parse makes the place that opens the sentence
    the subject and hangs the speakers on it as an apposition after a comma."""
    first = subj.doc[subj.left_edge.i]
    return (
        subj.tag_ == "NN"
        and bool(first.is_sent_start)
        and first.lower_ in _SCENE_WORDS
        and first.head == subj
        and not any(c.dep_ in ("det", "poss") for c in subj.children)
        and any(c.dep_ == "appos" and c.doc[c.left_edge.i - 1].text == "," for c in subj.rights)
    )


def _clause_read_as_subject(subj: Token, cue: Token) -> Token | None:
    """ "A group of anglers called for a boycott, and the league denounced it and said ...": the
    parse reads the first clause as a noun with a participle and joins the second clause's subject
    to it. The subject after ", and" is the source."""
    doc = subj.doc
    for verb in subj.rights:
        if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN"):
            continue
        after = verb.right_edge.i + 1
        if after + 1 >= cue.i or doc[after].text != "," or doc[after + 1].lower_ != "and":
            return None
        return next(  # not "A poll conducted by X, and shared with Y, found": a verb joined
            (
                c
                for c in subj.rights
                if c.dep_ == "conj" and after + 1 < c.i < cue.i and not c.tag_.startswith("VB")
            ),
            None,
        )
    return None


def _name_beside_verb(subj: Token, cue: Token) -> Token:
    """The speaker among a subject and its apposition. "To know the real Jo Roe, Judge Ann Park
    said": the parse makes Roe the subject and Park an apposition; of two different people, the
    one named right before the verb speaks. "WASHINGTON -- Mayor Jo Roe said", "One of the
    lawyers, Jo Roe, said": the person, not the dateline or "one"."""
    doc = subj.doc
    if (  # "Dorely, 45, a farmer, said": the parse made the age the subject
        subj.tag_ == "CD"
        and subj.i >= 2
        and doc[subj.i - 1].text == ","
        and doc[subj.i - 2].is_alpha
        and doc[subj.i - 2].is_title
        and (subj.i == 2 or doc[subj.i - 3].is_punct)
    ):
        return doc[subj.i - 2]
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if (  # "His only answer was to say ...": he says it
        owner is not None
        and subj.lower_ in _RESPONSE_NOUNS
        and cue.lower_ in ("is", "was", "'s", "’s")
        and any(c.dep_ == "xcomp" for c in cue.children)
    ):
        return owner
    whose = next(  # "Nordvest, whose chief executive, Ingrid Solheim, said": she speaks
        (
            c
            for c in subj.children
            if c.dep_ == "appos" and c.i < cue.i and any(g.lower_ == "whose" for g in c.children)
        ),
        None,
    )
    if whose is not None:
        named = [c for c in whose.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if named or _may_be_source(whose):  # not "Jo Roe, whose gift paid for ..., said"
            return named[-1] if named else whose
    if _scene_read_as_subject(subj):  # "Outside court, the family of Jo Roe said ..."
        return next(c for c in subj.rights if c.dep_ == "appos")
    later = _clause_read_as_subject(subj, cue)
    if later is not None:
        return later
    if _dateline(subj) or subj.lower_ == "one":
        appositions = [c for c in subj.children if c.dep_ == "appos" and c.i < cue.i]
        people = [c for c in appositions if c.ent_type_ == "PERSON"]  # not "Fla." or "(AP)"
        if people or appositions:
            return (people or appositions)[-1]
    if subj.right_edge.i == cue.i - 1 and not _may_be_source(subj):
        # "The root of the appeal, dock workers say, is ...": the parse made the lead the
        # subject and hung the speakers on it after a comma
        for tok in subj.subtree:
            if (
                tok.dep_ in ("conj", "appos")
                and tok.right_edge.i == cue.i - 1
                and tok.left_edge.i > subj.i + 1
                and tok.doc[tok.left_edge.i - 1].text == ","
                and tok.tag_ in ("NNS", "NNPS")
            ):
                return tok
    for child in subj.children:
        if (  # "Real estate mogul and TV star Ted Vance said": the parse hangs the name on the
            child.dep_ == "appos"  # first title as an apposition with no comma before it
            and child.right_edge.i == cue.i - 1
            and child.ent_type_ == "PERSON"
            and not subj.ent_type_
            and subj.tag_ in ("NN", "NNS")
            and not child.doc[child.left_edge.i - 1].is_punct
        ):
            return child
        if (
            child.dep_ == "appos"
            and child.right_edge.i == cue.i - 1
            and child.ent_type_ == "PERSON"
            and subj.ent_type_ == "PERSON"
            and child.lower_ != subj.lower_
            and not listed_names(subj)
        ):
            return child
    return subj


_CLOSING_MARKS = frozenset(("”", '"', "''", "’’"))


def _subject_after_quote(cue: Token) -> Token | None:
    """The name between a closing quotation mark and its cue: "“…,” Roe, a campaign aide, said"."""
    doc, floor = cue.doc, max(cue.sent.start, cue.i - 24)
    marks = [t for t in reversed(doc[floor : cue.i]) if t.text in _CLOSING_MARKS]
    mark = next(  # the mark closing the quoted words ("…,”"), not a quoted name in an aside
        (t for t in marks if t.i > 0 and doc[t.i - 1].text in (",", "?", "!", ".")),
        next((t for t in marks if t.i >= cue.i - 16), None),
    )
    if mark is None:
        return None
    words = [t for t in doc[mark.i + 1 : cue.i] if not t.is_punct]
    if not words or words[0].tag_ not in ("NNP", "NNPS", "DT", "PRP"):
        return None
    head = words[0]
    # "the 16-year-old": a number and hyphens after "the" too
    numbered = words[0].lower_ == "the"
    while head.i + 1 < cue.i and (
        doc[head.i + 1].tag_ in ("NNP", "NNPS", "NN", "NNS", "JJ", "POS")
        or (numbered and doc[head.i + 1].tag_ in ("CD", "HYPH"))
    ):
        head = doc[head.i + 1]  # "Jo Roe", "the campaign aide", "the agency's chief"
    if doc[head.i + 1].text == "," and doc[cue.i - 1].text == ",":
        words = [t for t in words if t.i <= head.i]  # "Roe, an aide then working there, said"
    if any(t.tag_.startswith("VB") for t in words):
        return None  # a clause of its own: not a bare speaker block
    aged = head.lower_ == "old" and "-year-" in doc[words[0].i : head.i + 1].text
    return head if head.tag_ in ("NNP", "NNPS", "NN", "NNS", "PRP") or aged else None


def _inverted_subject(cue: Token) -> Token | None:
    """The noun right after a cue that follows a closing quotation mark: "“…,” said the woman,
    who ...", when the parse hangs the noun on a later verb."""
    doc = cue.doc
    # the cue may open a sentence of its own: "''…?'' asked Roe" split after the question mark
    floor = cue.sent.start if cue.i > cue.sent.start else cue.i - 3
    before = [t for t in doc[max(0, floor) : cue.i] if t.text != ","]
    if not before or before[-1].text not in _CLOSING_MARKS:
        return None
    head = None
    for tok in doc[cue.i + 1 : min(len(doc), cue.i + 6)]:
        if tok.tag_ in ("NN", "NNS", "NNP", "NNPS") or adverb_name(tok):
            head = tok
        elif tok.tag_ == "POS" and head is not None:
            head = None  # "Cleveland's Plain Dealer": the paper, not the city
        elif (
            tok.tag_ not in ("DT", "JJ", "PRP$", "CD") and tok.dep_ != "amod"
        ) or head is not None:
            break  # "said retired surgeon Ben Corson": a participle before the noun describes it
    return head


# Nouns, or nouns the tagger took for verbs ("screenwriter" as VB).
_ROLE_TAGS = frozenset(("NN", "NNS", "JJ", "VB", "VBP"))


def _role_after_quote(first: Token) -> list[Token]:
    """The lower-case role words between a closing quotation mark and a name: "“…,”
    screenwriter Jo Roe said" (the parse may read "screenwriter" as a verb)."""
    doc, i = first.doc, first.i - 1
    role: list[Token] = []
    while (
        i >= 0
        and len(role) < 3
        and doc[i].is_alpha
        and doc[i].is_lower
        and doc[i].tag_ in _ROLE_TAGS
        and doc[i].lower_ not in CUE_FORMS
    ):
        role.append(doc[i])
        i -= 1
    return role if role and i >= 0 and doc[i].text in _CLOSING_MARKS else []


_RETORTS = frozenset("shot shoots fired fires hit hits pushed pushes".split())


def retort(cue: Token) -> bool:
    """A phrasal verb of answering: "Roe shot back, “…”", "fired back that ..."."""
    return cue.lower_ in _RETORTS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" and c.i == cue.i + 1
        for c in cue.children
    )


def document_reads(cue: Token) -> bool:
    """A document's wording: "“…,” the statement read", "a sign reads, “…”"."""
    return cue.lower_ in ("read", "reads") and any(
        (c.dep_ == "nsubj" and (c.lower_ in _WRITINGS or c.lower_ == "it"))
        or (  # "“…,” read the statement": inverted, the parse takes the document for an object
            c.dep_ == "dobj"
            and c.lower_ in _WRITINGS
            and cue.i > 0
            and cue.nbor(-1).is_quote
            and c.i > cue.i
        )
        for c in cue.children
    )


_WRITINGS = DOCUMENT_NOUNS | frozenset(
    """sign signs caption banner banners headline placard placards note shirt hat card text
    inscription plaque message notice label""".split()
)


def _speech(cue: Token) -> bool:
    """A verb of speaking, phrasal retorts and a document's wording included."""
    return cue.lower_ in SPEECH_FORMS or retort(cue) or document_reads(cue)


def _person_before(cue: Token) -> Token | None:
    """A person named right before a subjectless verb: "On Dec. 2, Col. Jo Roe, a spokesman in
    Basra, said, “…”" (the parse hangs Roe on the date). Climbs from the word before the verb."""
    doc = cue.doc
    i = cue.i - 1
    while i >= cue.sent.start and doc[i].is_punct:
        i -= 1
    if i < cue.sent.start:
        return None
    tok = doc[i]
    for _ in range(6):
        if tok.ent_type_ == "PERSON" and tok.tag_ in ("NNP", "NNPS"):
            return tok
        if tok.head == tok or tok.head.i >= cue.i:
            return None
        tok = tok.head
    return None


def _name_before_aside(reader: ArticleContext, cue: Token, offset: int) -> Token | None:
    """ "The producer Graham Ellery, whose series was shut out, told ...", "Pike, reached by
    text message, said ...": the name opening the sentence, before an aside set off by commas
    (a relative clause or a participle the parse took for the main verb), speaks."""
    doc, sent = cue.doc, cue.sent
    if cue.i < 3 or doc[cue.i - 1].text != ",":
        return None
    comma = next((t for t in sent if t.text == ","), None)
    if comma is None or comma.i < sent.start + 1 or comma.i >= cue.i - 2:
        return None
    aside = doc[comma.i + 1]
    if not (aside.lower_ in ("who", "whose") or aside.tag_ in ("VBN", "VBG")):
        return None
    name = doc[comma.i - 1]
    known = name.ent_type_ == "PERSON" or reader.people.mentioned_at(offset + name.idx)
    lead = doc[sent.start : comma.i]
    if known and all(t.tag_ in ("DT", "NNP", "NNPS") or person_word(t) or t == name for t in lead):
        return name
    return None


def _name_after_opening_phrase(cue: Token) -> Token | None:
    """ "In the old center of Santa Ana, Jo Roe, 29, who sells phone cases there, said ...": a
    name right after an opening phrase of place or time, before an aside, the parse hanging it on
    that phrase and leaving the verb no subject."""
    doc, sent = cue.doc, cue.sent
    if cue.i < 6 or doc[cue.i - 1].text != "," or doc[sent.start].tag_ != "IN":
        return None
    comma = next((t for t in doc[sent.start : cue.i - 1] if t.text == ","), None)
    if comma is None:
        return None
    ent = person_span(doc, start=comma.i + 1)
    if ent is None or len(ent) < 2 or ent.end >= cue.i - 2 or doc[ent.end].text != ",":
        return None
    return ent[-1]


def _name_read_as_adverb(reader: ArticleContext, cue: Token, offset: int) -> Token | None:
    """A person's surname opening the sentence that the tagger read as an adverb of the verb
    ("Tolliver said an audit had found ..."), where the article names that person."""
    lead = next((c for c in cue.lefts if c.dep_ in ("advmod", "npadvmod")), None)
    if lead is None or not lead.is_title or lead.i != cue.sent.start or lead.i + 1 != cue.i:
        return None
    return lead if reader.people.mentioned_at(offset + lead.idx) else None


def _before_asked_aside(reader: ArticleContext, cue: Token, offset: int) -> Token | None:
    """ "Roe, asked whether he still backed the plan, said only that ...", parsed with "asked" as
    the main verb and the cue as its clause: the one asked, opening the sentence, speaks."""
    asked = cue.head
    if cue.dep_ not in ("ccomp", "conj", "dep") or asked.lower_ not in ASKING_FORMS:
        return None
    lead = cue.sent[0]
    if (
        lead.head != asked
        or lead.i + 2 != asked.i
        or asked.nbor(-1).text != ","
        or cue.nbor(-1).text != ","
        or not (lead.dep_ == "nsubj" or lead.is_title)
    ):
        return None
    return lead if reader.people.mentioned_at(offset + lead.idx) else None


def _under_imperative(cue: Token, reader: ArticleContext, offset: int) -> bool:
    """Inside an order ("tell readers that X endorsed it"): nothing below it is asserted. An
    order inside quotation marks ("“Follow us,” Roe said") is the quoted speaker's, not ours."""
    subj = next((c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i), None)
    if (  # "Take action now, they said, and you risk ...": the order is what they said
        cue.dep_ == "parataxis"
        and subj is not None
        and subj.left_edge.i > 0
        and cue.doc[subj.left_edge.i - 1].text == ","
    ):
        return False
    for verb in cue.ancestors:
        if (
            verb.dep_ == "ROOT"
            and not reader.in_quote(offset, verb)
            and verb.tag_ == "VB"
            and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
        ):
            return True
    return False


def _only_circumstance_between(cue: Token, end: int) -> bool:
    """Between the cue and `end` only punctuation and the cue's own time, place or manner
    phrases ("said in a telephone interview,", "said following a vote in 2001")."""
    # "told reporters at a briefing on Monday that ...": the people told too
    allowed = _own_phrases(cue, end, addressed=cue.lower_ in _TELLING)
    return all(t.is_punct or t.i in allowed for t in cue.doc[cue.i + 1 : end])


def _own_phrases(cue: Token, end: int, addressed: bool = False) -> set[int]:
    """Token indexes of the cue's own phrases of time, place and manner after it (and, if
    `addressed`, of whom it addresses) that start before `end`."""
    return {
        t.i
        for c in cue.rights
        if c.i < end
        and (
            c.dep_ in ("prep", "npadvmod", "advmod") or (addressed and c.dep_ in ("dobj", "dative"))
        )
        for t in c.subtree
    }


def _that_clause_after(cue: Token, clause: Token) -> bool:
    first = clause.left_edge
    return (
        clause.i > cue.i
        and first.lower_ == "that"
        and first.dep_ == "mark"
        and _only_circumstance_between(cue, first.i)
    )


def _second_cue_read_as_clause(cue: Token, comp: Token) -> bool:
    """ "said in a newsletter that it was reviewing the study and noted that ...": the parse made
    the second cue, joined by "and" with no subject of its own, the clause the first reports."""
    return (
        comp.i > cue.i + 1
        and comp.lower_ in CUE_FORMS
        and comp.tag_ in FINITE_TAGS
        and cue.doc[comp.i - 1].dep_ == "cc"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in comp.children)
    )


def _that_after(cue: Token) -> Token | None:
    """A "that" opening the reported clause when the parse did not attach it to the cue."""
    doc = cue.doc
    if makes_plain(cue):  # "made it clear to the board on Friday that ...": past the phrase
        plain = _plain_word(cue)
        assert plain is not None
        for tok in doc[plain.i + 1 : cue.sent.end - 1]:
            if tok.lower_ == "that":
                return tok
            if tok.tag_.startswith("VB") or tok.tag_ == "MD" or tok.text in (".", ";", ":"):
                return None
        return None
    # the cue's own phrases of time, place and manner ("said before attending the town hall that
    # ...", "said on CNN, where he is a contributor, that ...") may have verbs of their own
    circumstance = _own_phrases(cue, len(doc))
    for tok in doc[cue.i + 1 : min(cue.i + 13, cue.sent.end)]:
        if tok.i - cue.i > 4 and not _only_circumstance_between(cue, tok.i):
            return None  # far from the cue only past its own phrases ("said following a vote")
        if (
            tok.lower_ == "that"
            and tok.dep_ in ("mark", "dobj", "nsubj")
            # not "..., Roe said, a policy that could ...": a relative clause after the cue's comma
            and not (tok.head.dep_ == "relcl" and doc[cue.i + 1].text == ",")
            # not "criticized the storm that closed the port": a relative pronoun (but "said at
            # a vigil outside the hospital that her son had called her": the verb has its own
            # subject and object, so "that" opens what was said)
            and not (
                tok.dep_ in ("nsubj", "dobj")
                and tok.head.dep_ == "relcl"
                and not any(
                    c.dep_ == tok.dep_ and c is not tok and c.i > tok.i for c in tok.head.children
                )
            )
            # not "cited a memo that the FBI said was forged": the relative pronoun of the
            # noun before it, subject of the clause another's verb reports
            and not (
                tok.dep_ == "nsubj"
                and tok.head.dep_ == "ccomp"
                and tok.head.head.dep_ == "relcl"
                and tok.head.head.head.i == tok.i - 1
            )
            # not "..., she said, though that would be a last resort": a pronoun, its clause
            # marked by a word of its own
            and not (tok.dep_ == "nsubj" and any(c.dep_ == "mark" for c in tok.head.children))
            # not "said, just before Roe's announcement that ...": another's words, in an aside
            and not (
                doc[cue.i + 1].text == ","
                and tok.head.dep_ == "acl"
                and any(c.dep_ == "poss" and c.tag_ == "NNP" for c in tok.head.head.children)
            )
            and tok.i + 1 < cue.sent.end
        ):
            rest = doc[tok.i + 1 : cue.sent.end]
            return tok if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in rest) else None
        if (  # "Critics counter that similar promises accompanied ...", the parse reading "that"
            tok.lower_ == "that"  # as a preposition (as a determiner it often is one: "found
            and tok.dep_ == "prep"  # that action unconstitutional")
            and cue.lower_ in CUE_FORMS
            and any(t.tag_ in FINITE_TAGS for t in doc[tok.i + 1 : cue.sent.end])
        ):
            return tok
        if (
            tok.tag_.startswith("VB")
            and tok.dep_ not in ("prep", "amod")
            and (
                tok.i not in circumstance
                # "pointed to an interview in which Roe said that ...": Roe's clause, not theirs
                or (tok.lower_ in SPEECH_FORMS and any(c.dep_ == "nsubj" for c in tok.children))
            )
        ) or (
            tok.is_punct and tok.text != "," and tok.tag_ != "HYPH"  # "season-ticket holders"
        ):
            return None  # a verb of its own, but not "following" used as a preposition
    return None


def _trim_back(last: Token, floor: Token) -> Token:
    """`last` moved back past punctuation and spaces, never before `floor`."""
    while last.i > floor.i and (last.is_punct or last.is_space):
        last = last.nbor(-1)
    return last


def _last_word(sent: Span) -> Token:
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    return words[-1] if words else sent[-1]


def _goes_on_doing(verb: Token) -> bool:
    """ "would continue to run the shop": going on doing something, not saying it."""
    return SPEECH_FORMS.get(verb.lower_) == "continue" and any(
        c.dep_ == "xcomp" for c in verb.children
    )


def _clause_end(cue: Token, last: Token) -> Token:
    """Extend a reported clause to the end of its sentence unless another cue follows."""
    sent = cue.sent
    rest = sent.doc[last.i + 1 : sent.end]
    if cue.dep_ in ("relcl", "acl", "advcl", "conj", "xcomp", "pcomp"):
        return last
    if any(
        (
            t.lower_ in CUE_FORMS
            and t.tag_.startswith("VB")
            and not _goes_on_doing(t)
            and not _refused_to(t)
        )
        or t.lower_ == "according"
        for t in rest
    ):
        return last
    if any(  # "X said Y was wrong, but he sounded a note ...": the writer's clause, with a subject
        c.dep_ == "conj" and c.i > last.i and any(g.dep_ == "nsubj" for g in c.children)
        for c in cue.children
    ):
        return last
    tail = [t for t in rest if not t.is_space]
    while tail and tail[-1].is_punct:
        tail.pop()
    return tail[-1] if tail else last


def _before_next_subject(first: Token, last: Token) -> Token:
    """ "X said Y mishandled the case and Democrats accused ...": a noun conjoined at the clause's
    end and followed by a finite verb is the next clause's subject, not part of what was said."""
    doc = last.doc
    noun = last
    while noun.dep_ == "pobj" and noun.head.head.right_edge == last:  # "and one in four said"
        noun = noun.head.head
    if (
        last.i + 1 >= len(doc)
        or doc[last.i + 1].tag_ not in FINITE_TAGS
        or noun.dep_ != "conj"
        or not (noun.tag_.startswith("NN") or noun.lower_ == "one")
    ):
        return last
    cc = noun.left_edge.i - 1
    if cc <= first.i + 1 or doc[cc].dep_ != "cc":
        return last
    end = doc[cc - 1]
    while end.i > first.i and end.is_punct:
        end = doc[end.i - 1]
    return end


_APPOSITION_MARKS = frozenset((",", "—", "–", "--"))


def _before_closing_apposition(first: Token, last: Token, noun: Token | None = None) -> Token:
    """ "Critics say the money is better spent through NATO, the alliance that ...", "... would
    beat Roe, who trails in the polls": the writer's description of a name at the end of a
    reported clause is not part of what was reported. With `noun`, the object a verb reports
    ("endorsed Roe, the former mayor"), but not a list of names ("praised Roe, Ann Vance and
    Ted Quarry")."""
    doc = last.doc
    shortest = 2 if noun is None else 0  # words past the first that must stay
    for tok in doc[first.i + shortest + 1 : last.i + 1]:
        if (
            (
                (tok.dep_ == "appos" and tok.head.tag_ in ("NNP", "NNPS"))
                or (
                    tok.dep_ == "relcl"
                    and tok.left_edge.lower_ in ("who", "whose")
                    and tok.head.tag_ in ("NNP", "NNPS")
                )
                or (  # "..., a proposal Roe derided as “…”": what another named person made
                    # of it is the writer's aside
                    tok.dep_ in ("appos", "dobj", "npadvmod")  # (the parse may make it a
                    # second object)
                    and any(
                        c.dep_ == "relcl"
                        and any(
                            g.dep_ == "nsubj"
                            and (
                                g.ent_type_ in ("PERSON", "ORG")
                                or g.tag_ == "NNP"
                                # "..., a claim the company rejected": whoever disputes it;
                                # "..., a decision he described as “…”": a label put on it
                                or (
                                    c.lower_ in _DISPUTING | _DESCRIBING
                                    and g.tag_ in ("NN", "NNS", "PRP")
                                    # not "Dr Jo Roe, whom she described as ...": a person
                                    and tok.tag_ in ("NN", "NNS")
                                )
                            )
                            for g in c.children
                        )
                        for c in tok.children
                    )
                )
                or (  # after a reported object ("acknowledged the risk, which ..."), a common
                    # noun's description is the writer's too
                    noun is not None
                    and tok.dep_ == "relcl"
                    and tok.left_edge.lower_ in ("which", "where")
                    and tok.head.tag_ in ("NN", "NNS")
                )
            )
            and tok.head.i < tok.i
            and tok.right_edge.i >= last.i
            and doc[tok.left_edge.i - 1].text in _APPOSITION_MARKS
            and (noun is None or not any(c.dep_ == "conj" for c in tok.children))
        ):
            end = doc[tok.left_edge.i - 2]
            return end if end.i - first.i >= shortest else last
    return last


_COPULAS = frozenset("is was are were be been being 's".split())


def _described(noun: Token) -> Token:
    """ "Roe is a veteran councillor who pledged ...": the subject a copula describes, not the
    description ("a veteran councillor", "a populist and a showman"); a cleft ("It was Roe who
    said") keeps its name, and a thing is not described by people ("the obstacle is voters
    who ...")."""
    attr = noun
    while attr.dep_ == "conj" and attr.head.i < attr.i:
        attr = attr.head
    if attr.dep_ != "attr" or noun.tag_ not in ("NN", "NNS") or attr.head.lower_ not in _COPULAS:
        return noun
    subject = next((c for c in attr.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she")):
        return noun  # "The main obstacle is voters who ...": only a person is described so
    return subject


_PARTICIPLE_LEADS = frozenset((",", "-", "—", "–", "--", "and", "before", "after", "while"))


def _that_after_addressee(tok: Token, last: Token) -> bool:
    """ "telling a skeptical audience that ...": a "that" after the people told, before any mark."""
    for word in tok.doc[tok.i + 2 : min(tok.i + 10, last.i)]:
        if word.lower_ == "that":
            return True
        if word.is_punct or word.is_quote:
            return False
    return False


def _infinitive_joined(cue: Token, last: Token) -> Token:
    """ "said the country was “not here to draw maps” but to help ...": an infinitive the parse
    joined to the cue goes on with what was said (a finite verb there is the speaker's act). So
    does a bare one after an infinitive that ends what was said: "touted her plans to invest in
    roads, expand benefits and enable free college"."""
    doc = last.doc
    infinitive_before = cue.tag_ != "VB" and any(
        t.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for t in doc[max(cue.i + 1, last.i - 12) : last.i + 1]
    )
    for conj in cue.rights:
        if (
            conj.dep_ == "conj"
            and conj.tag_ == "VB"
            and conj.left_edge.i > last.i
            and (
                any(c.dep_ == "aux" and c.lower_ == "to" for c in conj.children)
                or (
                    infinitive_before
                    and not any(c.dep_ in ("aux", "nsubj") for c in conj.children)
                    and doc[conj.left_edge.i - 1].text == ","
                )
            )
            and all(t.dep_ == "cc" or t.is_punct for t in doc[last.i + 1 : conj.left_edge.i])
        ):
            return _trim_back(conj.right_edge, last)
    return last


def _before_participle_cue(first: Token, last: Token) -> Token:
    """ "X said the deal is “fair,” stating later that ...", "... in an interview before claiming
    that ...": a reporting participle starts a statement of its own."""
    doc = last.doc
    after_cue = first.i > first.sent.start  # the claim follows its cue (a claim opening the
    # sentence, "Her friends mocked it, calling it “…”, Roe said", may be its subject's calling)
    for tok in doc[first.i + 3 : last.i + 1]:
        if tok.tag_ != "VBG":
            continue
        naming = (  # "..., calling the project “a ribbon-cutting waiting to happen.”"
            after_cue
            and tok.lower_ in _ADDRESSING
            and any(
                c.dep_ == "dobj" and doc[min(c.right_edge.i + 1, len(doc) - 1)].is_quote
                for c in tok.children
            )
        )
        if (
            (tok.lower_ in SPEECH_FORMS or naming)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            # a statement with words of its own: "stating that ...", "adding, “…”"
            and (
                naming
                or any(c.dep_ == "ccomp" for c in tok.children)
                or any(t.is_quote for t in doc[tok.i + 1 : tok.i + 3])
                # "telling a skeptical audience that ...", the "that" misread as a pronoun
                or (tok.lower_ in _TELLING and _that_after_addressee(tok, last))
            )
            and (
                doc[tok.i - 1].lower_ in _PARTICIPLE_LEADS
                or (doc[tok.i - 1].is_quote and doc[tok.i - 2].lower_ in _PARTICIPLE_LEADS)
            )
        ):
            end = doc[tok.i - 1]  # a closing quotation mark stays with its quotation
            while (
                end.i > first.i
                and not end.is_quote
                and (end.is_punct or end.lower_ in _PARTICIPLE_LEADS)
            ):
                end = doc[end.i - 1]
            return end if end.i - first.i >= 2 else last
    return last


# Verbs of saying or judging someone, and refusals: after a reported participle, the source's
# own next act
_JUDGING = frozenset(
    """say add tell warn argue insist note call criticize criticise attack blast slam praise
    accuse blame condemn dismiss denounce decry mock ridicule label dub characterize
    characterise urge reject describe thank hail welcome applaud question challenge""".split()
)
_REFUSALS = frozenset("declined declines refused refuses".split())


def _before_marked_report(first: Token, last: Token) -> Token:
    """ "Roe said the plan would fail as rivals warned of delays": a clause of another source,
    marked by "as" or "while", ends what was said before it."""
    doc = last.doc
    for tok in doc[first.i + 3 : last.i + 1]:
        verb = tok.head
        if (
            tok.dep_ == "mark"
            and tok.lower_ in ("as", "while", "whereas")
            and doc[tok.i - 1].lower_ != "even"  # "even as he says ...": a concession inside
            and verb.lower_ in SPEECH_FORMS
            and verb.tag_ in FINITE_TAGS
            and any(c.dep_ == "nsubj" and c.i > tok.i for c in verb.children)
        ):
            end = doc[tok.i - 1]
            while end.i > first.i and end.is_punct:
                end = doc[end.i - 1]
            return end
    return last


def _before_own_act(cue: Token, first: Token, last: Token) -> Token:
    """ "Roe suggested the rule was behind it, called it “absurd” and boycotted the vote": a verb
    of the same tense with no subject, after a comma, is the reporter's next act when it is itself
    a verb of saying or judging; the reported clause ends before it. So is one joined by "and" or
    "but" to a verb of another form ("said the aid had been “approved” and blamed the rebels":
    the reported verb is a participle, "blamed" the cue's own tense)."""
    if cue.tag_ not in ("VBD", "VBZ"):
        return last
    doc = last.doc
    for tok in doc[first.i + 2 : last.i + 1]:
        before = doc[tok.i - 1]
        if before.lower_ == "and" and tok.i - 2 > first.i:
            before = doc[tok.i - 2] if doc[tok.i - 2].text == "," else before
        # "had granted ... and blamed": not one tense, so not one clause (but "was alarmed and
        # wanted to see": what he wanted goes on with what he said)
        joined = (
            before.lower_ in ("and", "but")
            and tok.dep_ == "conj"
            # ("said the agency “welcomes oversight” but called ...": present, then past)
            and tok.head.tag_ in ("VBN", "VBG", *(("VBZ", "VBP") if cue.tag_ == "VBD" else ()))
            and tok.head.i >= first.i
            and (
                (SPEECH_FORMS.get(tok.lower_) or OBJECT_FORMS.get(tok.lower_)) in _JUDGING
                or tok.lower_ in _REFUSALS  # "... but declined to name the group"
            )
        )
        if (
            tok.tag_ == cue.tag_
            and (
                joined
                or (
                    before.text == ","
                    and (tok.lower_ in SPEECH_FORMS or tok.lower_ in OBJECT_FORMS)
                )
            )
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
            and tok.head.i < tok.i
        ):
            end = _trim_back(doc[before.i - 1], first)
            return end if end.i - first.i >= 2 else last
    return last


def _to_quote_end(reader: ArticleContext, first: Token, last: Token, offset: int) -> Token:
    """The last word of a quotation that opens a clause and closes after the parse ended it
    ("that “we fix the roads, we answer the letters”", read as two clauses)."""
    lo, hi = offset + first.idx, offset + last.idx + len(last.text)
    q = next(
        (
            q
            for q in reader.quotes
            if lo <= q.start < hi < q.end
            and reader.text[lo : q.start].strip().lower() in ("", "that")
        ),
        None,
    )
    if q is None:
        return last
    inside = [t for t in last.doc[last.i : last.sent.end] if offset + t.idx + len(t.text) < q.end]
    return inside[-1] if inside else last


def _with_second_that_clause(last: Token) -> Token:
    """ "X said Y happened and that Z followed": the second "that" clause is said too."""
    doc, i = last.doc, last.i + 1
    while i < len(doc) and (doc[i].text == "," or (doc[i].is_quote and doc[i].tag_ != "``")):
        i += 1  # "... ''could be harsh,'' and that ...": past a closing quotation mark too
    if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "but") or doc[i + 1].lower_ != "that":
        return last
    that = doc[i + 1]
    if that.dep_ != "mark" or that.head.i <= that.i:
        return last
    return _trim_back(that.head.right_edge, that)


def _marked(clause: Token, words: Collection[str]) -> bool:
    """The clause opens with one of `words` as its marker ("if", "because", "as", "that")."""
    return any(m.dep_ == "mark" and m.lower_ in words for m in clause.children)


# Markers of a question put to someone: "asked if ...", "wondered whether ...".
_QUESTION_MARKS = frozenset(("if", "whether"))


_ADVERBIAL_MARKS = frozenset(
    "after before when while because although though once until unless whereas".split()
)


def _joined_to_earlier_clause(clause: Token) -> bool:
    """ "Roe nodded, but Lee was tired, and as it ended, Ann said ...": a clause after "but" or
    "and" that follows a finished clause of the sentence is narration, not what was said."""
    doc = clause.doc
    before = clause.left_edge.i - 1
    if before <= clause.sent.start or doc[before].dep_ != "cc" or doc[before - 1].text != ",":
        return False
    return any(t.tag_ in FINITE_TAGS for t in doc[clause.sent.start : before - 1])


# The predicate of a relative clause's "be" that leaves its "that" no gap to fill (after an
# object or an infinitive one may remain: "the 50 that Roe sent to help").
_CLAUSE_FILLED = frozenset(("acomp", "attr"))


def _that_clause_misread(cue: Token) -> Token | None:
    """ "told a rally outside the hospital that members were tired": the parse hangs the clause
    on the last noun as a relative clause, but its verb has a subject and a predicate of its
    own, so "that" introduces what was told."""
    if cue.lower_ not in _TELLING:
        return None  # "fended off attacks that he was ...": a noun's own content clause
    for tok in cue.doc[cue.i + 1 : cue.right_edge.i + 1]:
        if tok.dep_ != "relcl" or tok.left_edge.lower_ != "that" or tok.left_edge.i <= cue.i + 1:
            continue
        that = tok.left_edge
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject == that or subject.i < that.i:
            continue
        if tok.lower_ in _COPULAS and any(c.dep_ in _CLAUSE_FILLED for c in tok.children):
            return tok
        # "telling an audience of donors that the cuts would pay for themselves": a clause with
        # its subject right after "that", hung on the people told
        if subject.left_edge.i == that.i + 1 and (
            _person_noun(tok.head) or tok.head.lower_ in _AUDIENCE_NOUNS
        ):
            return tok
    return None


def _bare_clause_on_addressee(cue: Token) -> Token | None:
    """ "told a news conference the analyst had been recruited by ...": with no "that", the
    parse reads what was told as a relative clause of the people told. It is not one when its
    subject follows the addressee directly and its verb leaves no gap (passive, or with an
    object or a complement of its own)."""
    if cue.lower_ not in _TELLING:
        return None
    for told in (c for c in cue.rights if c.dep_ in ("dobj", "dative")):
        # "told a crowd of about 1,500 people the race was ...": the clause may hang on the
        # people of the addressee's phrase
        holders = [told] + [
            g
            for c in told.rights
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for holder in holders:
            for clause in (c for c in holder.rights if c.dep_ == "relcl"):
                subject = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
                if (
                    subject is not None
                    and subject.left_edge.i == holder.i + 1
                    and subject.tag_ not in ("WP", "WDT")
                    and subject.lower_ != "that"
                    and (
                        any(_fills_clause(clause, c) for c in clause.children)
                        or _pronoun_clause_without_gap(cue, clause, subject)
                    )
                ):
                    return clause
    return None


_NOMINATIVE = frozenset("i he she we they".split())


def _pronoun_clause_without_gap(cue: Token, clause: Token, subject: Token) -> bool:
    """ "told the council she had lived there for 51 years", "told reporters he would resign":
    a personal pronoun opening a clause with every preposition filled, and a place or a modal in
    it, is what was told, not a relative clause on the people told (no clause follows)."""
    preps = [c for c in clause.children if c.dep_ == "prep"]
    return (
        subject.lower_ in _NOMINATIVE
        and all(any(g.dep_ in ("pobj", "pcomp") for g in p.children) for p in preps)
        and (bool(preps) or any(c.tag_ == "MD" for c in clause.children))
        and not any(c.dep_ == "ccomp" and c.i > clause.i for c in cue.children)
    )


def _fills_clause(verb: Token, child: Token) -> bool:
    """`child` leaves no gap in the clause of `verb`: a passive's subject, an object, a
    complement, or a copula's full phrase ("was about whether ...")."""
    return child.dep_ in ("nsubjpass", "dobj", "ccomp", "xcomp", "attr", "acomp") or (
        verb.lower_ in _COPULAS
        and child.dep_ == "prep"
        and any(g.dep_ in ("pobj", "pcomp") for g in child.children)
    )


def addressee_as_subject(cue: Token, clause: Token) -> bool:
    """ "told a crowd of residents gathered at the site": "told" names whom it told first, so a
    clause whose subject starts right after it is the people told and what they did."""
    return cue.lower_ in _TELLING - _WARNING and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == cue.i + 1 for c in clause.children
    )


_WARNING = frozenset("warn warns warned warning".split())  # "warned prices would rise"
_AUDIENCE_NOUNS = frozenset("audience audiences crowd crowds rally gathering room".split())


def _complement(cue: Token) -> Token | None:
    if makes_plain(cue):  # "made clear she would not intervene": the clause hangs on "clear"
        plain = _plain_word(cue)
        assert plain is not None
        if plain.head != cue and plain.head.head == cue:
            return plain.head  # "made clear she would ...": "clear" read as the clause's
        clause = next(
            (
                c
                for c in plain.children
                if c.dep_ in ("ccomp", "advcl")
                and c.left_edge.i == plain.i + 1
                and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                and not _marked(c, _ADVERBIAL_MARKS)
            ),
            None,
        )
        if clause is not None:
            return clause
    clauses = [
        c
        for c in cue.children
        if c.dep_ == "ccomp"
        # "... to ban him; one lawmaker called him “…”": a clause before a semicolon is its own
        and not (c.i < cue.i and any(t.text == ";" for t in cue.doc[c.right_edge.i : cue.i]))
        # "after a ruling made it legal, he urged ...": a clause of time or cause, not content
        and not _marked(c, _ADVERBIAL_MARKS)
        and not (c.i < cue.i and _joined_to_earlier_clause(c))
        and c.lower_ not in _MADE_PLAIN  # "made clear that ...": the clause, not "clear"
        and not addressee_as_subject(cue, c)
    ]
    if clauses:  # "The papers show, he said in an interview, that ...": the clause after the cue
        # "... - in fact, she said it “steadies” her": of two clauses, the one the cue governs
        after = [c for c in clauses if c.i > cue.i and c.left_edge.i == cue.i + 1]
        return next((c for c in clauses if _that_clause_after(cue, c)), (after or clauses)[0])
    for (
        child
    ) in cue.children:  # "told reporters that ..." sometimes hangs the clause off the object
        if child.dep_ in ("dobj", "dative"):
            for grand in child.children:
                if grand.dep_ == "ccomp":
                    return grand
    misread = _that_clause_misread(cue) or _bare_clause_on_addressee(cue)
    if misread is not None:
        return misread
    phrased = _phrase_read_as_clause(cue)
    if phrased is not None:
        return phrased
    subjects = sorted((c for c in cue.lefts if c.dep_ == "nsubj"), key=lambda c: c.i)
    if (  # "Trump views NATO as a client, retired general Jo Roe noted": the parse reads the
        # clause as a noun phrase ("views") and makes it a second subject of the cue
        len(subjects) == 2
        and cue.lower_ in SPEECH_FORMS
        and subjects[0].right_edge.i - subjects[0].left_edge.i >= 3
        and _comma_between(subjects[0], subjects[1])
        and subjects[0].left_edge.i == cue.sent.start
        and subjects[0].tag_ not in ("NNP", "NNPS")  # not "Ban Ki-moon, the secretary general,"
        and all(t.is_punct for t in cue.doc[cue.i + 1 : cue.sent.end])  # the cue ends it
    ):
        return subjects[0]
    if cue.lower_ in ASKING_FORMS:  # "asked the students if they were serious": the question
        for child in cue.rights:
            if child.dep_ == "advcl" and _marked(child, _QUESTION_MARKS):
                return child
    return None


def _phrase_read_as_clause(cue: Token) -> Token | None:
    """ "said after the regatta he would not accept ...": the parse hangs the reported clause
    on the speech verb as an adverbial clause opened by the phrase of when it was said. The
    clause has no marker and its subject follows that phrase directly."""
    if cue.lower_ not in SPEECH_FORMS:
        return None
    opens = cue.i + 1  # the clause opens after the verb, or after whom it told
    if cue.lower_ in _TELLING:
        told = (c.right_edge.i + 1 for c in cue.rights if c.dep_ in ("dobj", "dative"))
        opens = next(told, opens)
    for clause in cue.rights:
        if clause.dep_ != "advcl":
            continue
        lead = next((c for c in clause.children if c.i == clause.left_edge.i), None)
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if lead is None or subject is None or lead.i != opens:
            continue
        if (
            lead.dep_ == "prep"
            and not any(c.dep_ == "mark" for c in clause.children)
            and subject.left_edge.i == lead.right_edge.i + 1
        ) or _adverb_read_as_mark(lead, subject):
            return clause
    return None


def _adverb_read_as_mark(lead: Token, subject: Token) -> bool:
    """ "told reporters afterward the city should ...": an adverb of time the parse took for the
    word opening a clause, with the clause's subject right after it."""
    return (
        lead.dep_ in ("mark", "advmod")
        and lead.lower_ in _WHEN_SAID
        and subject.left_edge.i == lead.i + 1
    )


# Adverbs of when something was said, which the parse may put inside what was said.
_WHEN_SAID = frozenset(
    "afterward afterwards later earlier then again today yesterday tonight recently".split()
)


# "said that could come later": "that" is what could come, not the word opening a clause
_DEMONSTRATIVE_SUBJECT = re.compile(
    r"that\s+(?:is|was|were|are|would|could|will|should|can|may|might|must|has|had|did|does"
    r"|isn['’]t|wasn['’]t|won['’]t|wouldn['’]t|couldn['’]t|doesn['’]t|didn['’]t)\b",
    re.I,
)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, separators and a dangling 'that' from both ends of a content span."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    if (
        text[start : start + 5].lower() in ("that ", "that,")
        and end - start > 5
        and not _DEMONSTRATIVE_SUBJECT.match(text, start)
    ):
        start += 5
        while start < end and (text[start].isspace() or text[start] == ","):
            start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;—–-"):
        end -= 1
    if end > start + 1 and text[end - 1] == "." and text[end - 2].isalpha():
        end -= 1
    for dangling in (" but", " and", " or"):  # "ready to deliver but [warned ...]"
        if text[start:end].endswith(dangling) and end - start > len(dangling) + 10:
            end -= len(dangling)
    return start, end


def _block(tokens: list[Token], offset: int) -> tuple[int, int]:
    lo = min(t.idx for t in tokens)
    hi = max(t.idx + len(t.text) for t in tokens)
    return offset + lo, offset + hi


def _extent(tok: Token, offset: int) -> tuple[int, int]:
    """Article offsets of a token's whole phrase (its subtree)."""
    return _block([tok.left_edge, tok.right_edge], offset)


def _free_participle(cue: Token, subj: Token) -> bool:
    """A participle set off by a comma that takes its subject from an earlier verb."""
    return (
        cue.dep_ == "advcl"
        and cue.tag_ == "VBG"
        and subj.head != cue
        and subj.i < cue.i
        and any(t.text == "," for t in cue.doc[subj.i : cue.i])
    )


# Words that give leave to speak: "on condition of anonymity to discuss", "not authorized to
# comment", "requested anonymity to describe"
_LEAVE = frozenset(
    """anonymity authorized authorised permitted allowed cleared permission authority
    empowered""".split()
)


def _leave_to_speak(cue: Token) -> bool:
    """The cue is what someone was (not) given leave to do: "not authorized to discuss ..."."""
    return (
        cue.tag_ == "VB"
        and cue.i >= 2
        and cue.nbor(-1).lower_ == "to"
        and cue.doc[cue.i - 2].lower_ in _LEAVE
    )


def _on_condition(cue: Token) -> bool:
    """ "who spoke on condition that he not be named": the terms of speaking, not what was said."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "on" and pobj.lower_ == "condition"
        for prep in cue.children
        for pobj in prep.children
        if any(c.dep_ in ("acl", "ccomp", "relcl") for c in pobj.children)
    )


def verb_attribution(
    reader: ArticleContext, cue: Token, offset: int, unit: Span
) -> Attribution | None:
    if _goes_on_doing(cue):
        return None  # "Roe continues to push the plan": what she does, not what she says
    if _leave_to_speak(cue) or _on_condition(cue):
        return None  # "who talked on condition of anonymity to explain the bids": no report
    subj = _named_after_dateline(_named_after_label(_subject(cue)))
    if subj is not None and reader.in_quote(offset, subj) and _speech(cue):
        subj = None  # a word of a quoted title ("on “Fox and Friends”") never speaks: look again
    loose = subj is None and _speech(cue)
    if (
        loose
    ):  # "“…,” Roe, a campaign aide, said." parsed with Roe as an apposition inside the quote
        found = (
            _subject_after_quote(cue),
            _person_before(cue),
            _inverted_subject(cue),
            _name_read_as_adverb(reader, cue, offset),
            _before_asked_aside(reader, cue, offset),
            _name_before_aside(reader, cue, offset),
            _name_after_opening_phrase(cue),
            _headline_doer(cue, offset),
        )
        # a name inside the quotation before the cue ("“Is Jo Roe lying?” asked Lee") is talked about
        subj = next((s for s in found if s is not None and not reader.in_quote(offset, s)), None)
    if (
        subj is None
        or (subj.lower_ in NOT_SOURCES and not _one_of_group(subj))
        or _dateline(subj)
        or reader.in_quote(offset, subj)
        or _under_imperative(cue, reader, offset)
    ):
        return None
    if (  # "Roe Just Got Asked About ...": she was asked, not asking (but "Roe was convinced
        subj.head == cue  # that ...": her belief)
        and (cue.lower_ in CUE_FORMS or cue.lower_ in OBJECT_FORMS)
        and any(c.dep_ == "auxpass" and c.lower_ not in ("'s", "’s") for c in cue.children)
    ):
        return None
    clause = cue.head if cue.dep_ == "xcomp" else cue
    if (  # "a contest that could help decide control", "an idea that could offer Warsaw a way
        clause.dep_ == "relcl"  # out": a thing that does something, no one who says it
        and cue.lower_ not in SPEECH_FORMS
        and cue.lower_ not in CUE_FORMS
        and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in clause.children)
        and not _may_be_source(subj)
        and subj.lower_ not in DOCUMENT_NOUNS
    ):
        return None
    if OBJECT_FORMS.get(cue.lower_) == "call" and any(  # "The unions called off a strike":
        c.dep_ == "prt" and c.lower_ in ("off", "up", "in")
        for c in cue.children  # an act
    ):
        return None
    if OBJECT_FORMS.get(cue.lower_) == "call" and _names_itself(cue):
        return None  # "a group calling itself Redline": its name (not "called himself pro-choice")
    if cue.head.lower_ in ASKING_FORMS and _marked(cue, _QUESTION_MARKS):
        return None  # "Asked if he thought the plan went too far, ...": a question put to him
    if cue.dep_ != "ROOT" and _marked(cue, ("whether",)):
        return None  # "pressed Roe on whether he would support a ban": asked, not said
    if _asked_aside(cue):
        return None  # "Roe, asked if she would yield, replied ...": the question was put to her
    if _relayed_by(cue):
        return None  # "“…,” Roe noted in a podcast, as reported by the Ledger": Roe's words
    comp = _complement(cue)
    aside = _inverted_aside(cue, subj, comp)
    if aside is not None:  # "Any reading of it, said Jo Roe, an expert, would ...": Roe's
        return _aside_attribution(reader, cue, *aside, offset)
    that = (
        _that_after(cue)
        if comp is None or comp.i < cue.i or _second_cue_read_as_clause(cue, comp)
        else None
    )
    if that is not None and comp is not None and comp.i > cue.i:
        comp = None
    data = subj.lower_ in DATA_NOUNS and cue.lower_ in CUE_FORMS  # "polls show ...", "records show"
    if (
        comp is None
        and that is None
        and not _speech(cue)
        and cue.lower_ not in OBJECT_FORMS
        and not as_put_it(cue)
        and not holds_as(cue)
        and not data
        and not (cue.dep_ == "parataxis" and cue.lower_ in CUE_FORMS)
    ):
        return None
    block_toks = [*subject_tokens(subj), cue]
    if loose:
        block_toks += _role_after_quote(block_toks[0])
        # "“…,” the 22-year-old said", its "the" hung on the verb
        block_toks += [c for c in cue.children if c.dep_ == "det" and c.i < cue.i]
    if cue.i == cue.sent.start and comp is not None and comp.right_edge.i < subj.i:
        block_toks = [cue]  # "Declaring that ..., the mogul offered": the source after the content
    elif _free_participle(cue, subj):
        block_toks = [cue]  # "X announced that she filed it, saying ...": the participle alone,
        # so the borrowed subject inside the first content does not nest this one in it
    block_toks += [
        c
        for c in cue.children
        if (c.dep_ in ("prt", "neg", "aux", "auxpass") or c.lower_ == "back")
        and abs(c.i - cue.i) <= 2
    ]
    block_toks += _parenthetical_tail(cue)
    block = _block(block_toks, offset)
    parts = _verb_content(reader, cue, comp, that, block, offset, unit, loose, data)
    names = [  # "Luiz Fernando dos Santos said": "dos" read as a verb, the name as its clause
        (offset + e.start_char, offset + e.end_char) for e in cue.doc.ents if e.label_ == "PERSON"
    ]
    parts = _merge_parts(
        reader,
        [
            (s, e)
            for s, e in parts
            if e - s > 1
            and not (s < block[1] and block[0] < e)
            and not any(lo <= s and e <= hi and (lo, hi) != (s, e) for lo, hi in names)
        ],
    )
    label = labelled(reader, cue, offset)
    if label is not None:
        parts = [label[0]]
    if not parts:
        return None
    speaker: str | None
    if subj.lower_ == "it":  # "It said ...": the organisation or document just quoted, if any
        source = reader.recent_source(offset + subj.idx, singular=True)
        # "The agency will cut fees, it said": the agency; "The study followed 6,412 people. It
        # found that ...", "Acme grew fast. It said ...": that one
        before = _body_subject_before(cue) or _document_subject_before(subj)
        if before is not None:
            source = reader.speaker_of(before, offset)[1]
        body = _body_subject_above(subj) if source is None else None
        if body is not None:  # "SeatSwift buckled under what it called ...": the body
            source = reader.speaker_of(body, offset)[1]
        quoted = all(reader.mask[s] for s, _ in parts)
        if source is None and not (quoted and subj.head == cue and _speech(cue)):
            return None  # "It goes without saying", "It has shown it knows how"
        # none: "“…,” it said" keeps "it" as written, like a pronoun no one answers to (the
        # quotation is not left to join a claim before it)
        confidence = 0.5 if source else 0.2
        mention, speaker, person = subj.text, source or subj.text, None
    else:
        mention, speaker, confidence, person = reader.speaker_of(subj, offset, cue, parts)
    if reader.is_author(speaker):
        return None
    # an organisation or document a later "it" may stand for; not "The actress" or "the minister"
    organisation = (person is None or mention.lower().startswith("the ")) and (
        subj.lower_ not in ROLE_NOUNS
    )
    if (
        organisation
        and speaker
        and speaker.lower() not in PERSONAL | {"it", "they", "them"}
        # not one inside what another source said ("The report found that 140 homes promised
        # wires ..., and it warned": the report)
        and not any(s <= block[0] < e for att in reader.found for s, e in att.parts)
    ):
        plural = (
            subj.tag_ in ("NNS", "NNPS")
            or subj.lower_ in ("they", "them")
            or any(c.dep_ == "nummod" for c in subj.children)
        )
        reader.sources.append((block[0], speaker, plural))
    about = _about(reader, comp, speaker, offset) if comp is not None else None
    if about is None and _speech(cue):
        about = _said_of(reader, cue, speaker, offset)
    if comp is None and that is None and not _speech(cue):
        confidence *= 0.8  # "called for a recount": the object is a position, not words
    if subj.head != cue:
        confidence *= 0.9  # subject borrowed from another verb: the verb with its own subject wins
    said = cue.text
    if cue.dep_ == "xcomp" and cue.head.lower_ in _REFUSALS and cue.head.i < cue.i:
        said = cue.doc[cue.head.i : cue.i + 1].text  # "refused to endorse": not an endorsement
    attribution = Attribution(parts, block, mention, speaker, said, confidence, about, person)
    attribution.aside = None if label is None else label[1]
    # "Roe was grim when Vance asked whether ...": a later "he" is Roe, not the asker
    if person is not None and not (subj.dep_ == "nsubj" and under_main_subject(subj)):
        reader.add_recent(block[0], person, offset + cue.idx)
    return attribution


# Verbs that put a label on a thing named before them: "a charge Roe dismissed as “…”".
_LABELLING = frozenset(
    "call describe dismiss label dub characterize characterise denounce reject decry hail".split()
)
_ASIDE_PUNCT = frozenset(", ; — – --".split())


def labelled(
    reader: ArticleContext, cue: Token, offset: int
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """ "..., a charge Roe dismissed as “projection”", "the bill, which he called “cruel”",
    "praising what he called “a triumph”": the quoted label is the statement of whoever puts it
    on the thing named before the verb. Returns the quotation and, when the label stands in an
    aside set off by a comma or dash, the aside (from that mark to the quotation's end): a wider
    claim around it gives the aside up, so the label is not taken for part of that claim."""
    if OBJECT_FORMS.get(cue.lower_) not in _LABELLING or cue.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subj = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _RELATIVE_WORDS | {"who"}:
        return None  # "Roe, who called the plan “…”": the object is after the verb
    what = next((c for c in cue.lefts if c.lower_ == "what"), None)
    if cue.dep_ != "relcl" and what is None:
        return None
    doc = cue.doc
    after = cue.i + 1
    if after < len(doc) and doc[after].lower_ == "as":
        after += 1
    if after >= len(doc):
        return None
    q = reader.quote_at(offset + doc[after].idx)
    if q is None or q.start != offset + doc[after].idx:
        return None
    noun = next((t for t in doc[after:] if offset + t.idx >= q.end), None)
    if noun is not None and noun.idx + offset == q.end + 1 and noun.tag_ in ("NN", "NNS"):
        return None  # "what it calls “smart” fees": the quotation is not the whole label
    if what is not None:  # "..., praising what he called": the phrase after the last comma
        first = next(
            (
                t
                for t in reversed(doc[cue.sent.start : what.i])
                if t.text in _ASIDE_PUNCT or t.tag_ in FINITE_TAGS
            ),
            None,
        )
    else:  # "..., which he called", "..., a charge Roe dismissed as"
        first = next(
            (
                doc[t.i - 1]
                for t in (cue.left_edge, cue.head.left_edge)
                if t.i > cue.sent.start and doc[t.i - 1].text in _ASIDE_PUNCT
            ),
            None,
        )
    aside = None
    if first is not None and first.text in _ASIDE_PUNCT:
        aside = (offset + first.idx, q.end)
    return (q.start, q.end), aside


def _verb_content(
    reader: ArticleContext,
    cue: Token,
    comp: Token | None,
    that: Token | None,
    block: tuple[int, int],
    offset: int,
    unit: Span,
    loose: bool = False,
    data: bool = False,
) -> list[tuple[int, int]]:
    """Article offsets of what a reporting verb reports: its clause, object or adjacent quotation.

    `loose`: the subject was found after a closing quotation mark, not by the parse. `data`: a
    poll, record or study "shows" or "finds" something: its object and asides count too."""
    parts: list[tuple[int, int]] = []
    speech = _speech(cue)
    hung = False  # the source was found inside the claim the parse hung it on
    fronted = (
        _claim_before_closing_cue(cue)
        if speech
        and that is None
        # "The experts think the buses won't be ready, she claimed", parsed with the end of
        # the claim as the closing cue's own clause
        and (comp is None or (comp.i < cue.i and comp.left_edge.i > cue.sent.start))
        else None
    )
    if fronted is not None:  # "Roe believes the talks are over, an engineer who asked not to
        # be identified said", parsed with the closing cue as the object of "believes"
        first, last = fronted
        return [(offset + first.idx, offset + last.idx + len(last.text))]
    adjacent = _adjacent_quotes(reader, block, offset, unit, cue)
    if (
        cue.dep_ == "advcl"
        and comp is None
        and that is None  # "..., as the four agreed that trade deals were needed": their clause
        and _marked(cue, ("as",))
        and (speech or data or as_put_it(cue))  # not "as Roe speaks to the club": an event
        and not any(  # "as Roe continues to push the plan, ...": an event, not a source
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "dobj" and c.lower_ not in ("it", "this"))
            for c in cue.children
        )
    ):
        lo, hi = _extent(cue.head, offset)  # "As she put it, the plan will fail."
        skip = _extent(cue, offset)
        return [
            (a, b) for a, b in ((lo, skip[0]), (skip[1], hi)) if len(reader.text[a:b].split()) >= 2
        ]
    if that is not None:
        clause = that.head if that.dep_ == "mark" and that.head.i > that.i else None
        end = _clause_end(cue, clause.right_edge if clause is not None else that)
        if end.i == that.i:  # no clause found: up to the end of the sentence
            end = _last_word(cue.sent)
        end = _with_second_that_clause(end)
        start = offset + that.idx + len(that.text)
        noun = clause.head if clause is not None and clause.dep_ in ("acl", "ccomp") else None
        if (  # "rejected the idea that ...": the idea is what the verb takes, not the clause alone
            noun is not None
            and noun.dep_ == "dobj"
            and noun.head == cue
            and noun.lower_ in CONTENT_NOUNS
        ):
            start = offset + noun.left_edge.idx
        parts.append((start, offset + end.idx + len(end.text)))
    elif comp is not None and comp.i > cue.i and _relative_subject(comp, cue):
        # "a charity that prosecutors said was a front": what follows the cue, the relative
        # pronoun before it standing for the noun it describes
        first = cue.nbor(1)
        last = _before_closing_apposition(first, _clause_end(cue, comp.right_edge))
        parts.append((offset + first.idx, offset + last.idx + len(last.text)))
    elif (
        comp is not None
        and not (comp.left_edge.i <= cue.i <= comp.right_edge.i)
        and (comp.i > cue.i or cue.lower_ in CUE_FORMS)  # "X, Russia could attack": no report
        # "The group includes the fund Nordvest, whose chief, Jo Roe, said that ...": a clause
        # before the cue runs straight into its subject only when the parse misread the sentence
        and not (comp.i < cue.i and _runs_into_subject(cue, comp))
    ):
        first, last = comp.left_edge, comp.right_edge
        if first.lower_ in _MADE_PLAIN and first.i == cue.i + 1:
            first = first.nbor(1)  # "made clear she would push": after "clear"
        if comp.i > cue.i:
            first = _with_leading_condition(cue, first)
            first = _after_leading_date(comp, first)
            first = _subject_read_as_object(cue, comp) or first
        else:
            first = _after_dateline(first)
            whole, last = last, _before_source_inside(comp, last, block, offset)
            hung = last is not whole
        if comp.i > cue.i:
            split = next((c for c in cue.rights if c.dep_ == "ccomp" and c.i > comp.i), None)
            if (  # "that voters fleeing it “cannot come here”": one clause the parse cut in
                split is not None  # two at the quotation mark that opens the second
                and split.left_edge.i == last.i + 1
                and (
                    split.left_edge.is_quote
                    # "said samples her group collected showed ...": a bare noun read as a
                    # clause of its own, the rest of its clause after it
                    or (comp.tag_ in ("NN", "NNS") and comp.n_lefts + comp.n_rights == 0)
                )
            ):
                last = split.right_edge
        else:  # "Roe tried to leave, and in doing so he “erred,” X said": the parse split one
            joined = [c for c in cue.lefts if c.dep_ == "ccomp" and c.i > comp.i]  # statement
            if (
                joined
                and not any(  # into two clauses of the cue; not two quotations with a
                    t.text in "()" or (t.lower_ in CUE_FORMS and t.tag_.startswith("VB"))  # cue
                    for t in cue.doc[comp.left_edge.i : joined[-1].right_edge.i + 1]  # between
                )
            ):
                last = joined[-1].right_edge
        later_cue = next(  # not "... and that the council would continue to inspect"
            (
                c
                for c in comp.rights
                if c.dep_ == "conj"
                and c.lower_ in CUE_FORMS
                and not any(m.dep_ == "mark" for m in c.children)
                # not "is hoarding permits and showing contempt for ...": a verb of thought or
                # evidence goes on with what was said unless it reports a clause of its own
                and (c.lower_ in SPEECH_FORMS or any(g.dep_ == "ccomp" for g in c.children))
                # not "her client denied it and would plead not guilty": a modal keeps it reported
                and not any(g.tag_ == "MD" for g in c.children)
                and not _backshifted(c)  # nor "... and had asked both sides to stay"
                # not "had been unwell but had continued to sketch": going on doing, not saying
                and not _goes_on_doing(c)
                and not _refused_to(c)  # nor "... but had been denied access to ..."
            ),
            None,
        )
        if (
            later_cue is not None
        ):  # "... ready to deliver but warned that ...": stop before "but warned"
            last = later_cue.left_edge.nbor(-1)
            while last.i > first.i and (last.is_punct or last.dep_ == "cc"):
                last = last.nbor(-1)
        elif comp.i > cue.i:
            last = _clause_end(cue, last)
            last = _infinitive_joined(cue, last)
        last = _with_second_that_clause(
            _to_quote_end(reader, first, _before_next_subject(first, last), offset)
        )
        last = _before_closing_apposition(first, _before_participle_cue(first, last))
        last = _before_own_act(cue, first, last)
        last = _before_marked_report(first, last)
        lo = offset + first.idx
        introduced = [  # "Roe ran through the rules: “Be civil,” he said.": the quotation only
            q
            for q in adjacent
            if q[1] <= block[0] and reader.text[lo : q[0]].rstrip().endswith(":")
        ]
        if comp.i < cue.i and introduced:
            lo = introduced[-1][0]
        parts.append((lo, offset + last.idx + len(last.text)))
        lead = next(
            (c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i and c.i != comp.i), None
        )
        if (
            lead is not None
            and comp.i > cue.i
            and any(c.dep_ == "nsubj" for c in lead.children)
            and lead.left_edge.i == cue.sent.start
            and not any(t.tag_ in ("WDT", "WP") for t in lead.subtree)  # "during which she ..."
            and reader.text[_extent(lead, offset)[1] : block[0]].strip()
            in (",", "")  # not "(her campaign disclosed that ...)"
            and not reader.text[slice(*_extent(lead, offset))].endswith(":")  # "Coverage was
            # harsh: the Ledger said ...": after a colon the cue opens a sentence of its own
        ):  # "The papers show, he said, that ...": both clauses, right around the cue
            parts.append(_extent(lead, offset))
        if comp.i < cue.i:
            parts += _reason_after(cue, offset) or _clause_after(cue, offset)
    elif (
        comp is None
        and (speech or data or cue.dep_ == "parataxis")  # "The plan, she believes, will fail."
        and (cue.dep_ in ("parataxis", "ccomp", "advcl") or _frame_read_as_conjunct(cue))
        and not (  # "After Roe testified, the panel ...": a clause of time, not a frame
            cue.dep_ == "advcl"
            and any(c.dep_ == "mark" or (c.dep_, c.tag_) == ("advmod", "WRB") for c in cue.children)
        )
        and (host := _host_clause(cue)) is not None
        and any(c.dep_ == "nsubj" for c in cue.children)
        and not any(c.dep_ == "dobj" and not _addressee(cue, c) for c in cue.children)
        and (  # "were thought to be safe"; "..., he said, feels right": a cue verb reporting nothing
            host.lower_ not in CUE_FORMS
            or _passive(host)
            or not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in host.children)
            # "Some residents assume the foxes are starving, Roe said, but ...": her claim
            # about what they assume, its whole clause before the cue
            or (
                any(c.dep_ == "nsubj" and c.i < host.i for c in host.children)
                and all(
                    c.right_edge.i < cue.i
                    for c in host.children
                    if c.dep_ in ("ccomp", "xcomp", "dobj")
                )
            )
        )
        and not any(  # "- “…,” one ad declared -"; not "… like “maybe”, he told reporters"
            q[0] < block[0] and q[0] <= _extent(host, offset)[0] + 2 for q in adjacent
        )
    ):  # "The plan, she said, will fail."
        lo, hi = _extent(host, offset)
        lo = max(lo, offset + unit.start_char)
        # after the speaker and her apposition (", said the chief, Jo Roe, ...")
        rest = max(
            [block[1]]
            + [_extent(c, offset)[1] for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i]
        )
        pieces = [(lo, block[0]), (rest, hi)] if hi > rest else [(lo, block[0])]
        tail = [t for t in cue.doc if rest <= offset + t.idx < hi and not t.is_punct]
        if (  # "…, he says, before turning back to the bench": what he does, not words
            tail
            and tail[0].lower_ in ("before", "after", "while", "upon")  # not "by creating ..."
            and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tail[0].children)
            and tail[-1].i <= tail[0].right_edge.i
        ):
            pieces = pieces[:1]
        if any(q[0] >= block[1] for q in adjacent):  # "The plan, she said, “will fail.”": the
            # quotation is a part of its own, and only a subject before the cue is another
            # ("After the vote, she said, “…”" is not)
            pieces = (
                [(lo, block[0])] if _fronted_claim(cue.doc, lo - offset, block[0] - offset) else []
            )
        for a, b in pieces:
            words = reader.text[a:b].lower().split()
            if _scene_setting(cue.doc, a - offset, b - offset):
                continue  # "In an interview with the paper, Roe said, “…”": where, not what
            subject = len(words) == 1 and (
                any(  # "Ines, they said, sent them home."
                    c.dep_ in ("nsubj", "nsubjpass") and c.tag_.startswith("NN") and not c.n_lefts
                    for c in host.children
                    if c.i < cue.i
                )
                # a name however the parse reads it ("Pruitt, he said, had been threatened")
                or any(
                    t.ent_type_ == "PERSON" for t in _words_between(cue.doc, a - offset, b - offset)
                )
            )
            if (len(words) >= 2 or subject) and words[-1].strip(",") not in (
                "what",
                "which",
                "who",
                "how",
                "that",
                "as",
            ):
                parts.append((a, b))
    if not parts and comp is None and that is None and (speech or data):
        parts += _misparsed_parenthetical(reader, cue, block, offset)
    if loose and not hung:
        # "At a rally, Roe, a former chairman, said the plan would fail" (the parse hangs Roe on
        # the rally): with no quotation beside it, the clause after the verb
        after = (
            comp is not None
            and comp.i > cue.i
            and comp.dep_ == "ccomp"
            and cue.tag_ in ("VBD", "VBZ", "VBP")  # not "..., saying he is": another's subject
            # the source opens its own phrase after a comma ("At a rally, Roe, ..., said"), not
            # "In an interview with Al Day and Jo Roe, the candidate said"; or it opens the
            # sentence ("Tolliver said ...", the name read as an adverb)
            and (
                cue.doc.text[: block[0] - offset].rstrip().endswith(",")
                or block[0] - offset == cue.sent.start_char
                or _name_before_aside(reader, cue, offset) is not None
            )
        )
        return adjacent or (parts if after else [])
    if speech and (
        any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in cue.children)
        or _subject_of_participle_root(cue) is not None
        or (  # "Roe shook her head and said, “No.”"
            cue.dep_ == "conj"
            and (cue.tag_ in FINITE_TAGS or _past_read_as_participle(cue))
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.head.children)
        )
        or (  # "The email went on to say, “…”", "Roe wanted to add: “…”"
            cue.dep_ == "xcomp"
            and cue.tag_ == "VB"
            and any(c.dep_ == "nsubj" for c in cue.head.children)
        )
    ):
        parts += [
            _object_around(reader, cue, q, offset)
            for q in adjacent or _after_colon(reader, cue, offset)
        ]
    if not parts and comp is None and that is None and SPEECH_FORMS.get(cue.lower_) in _REQUESTS:
        parts += _requested(cue, offset)
    if not parts and comp is None and that is None and _passive(cue):
        agent = any(c.dep_ == "agent" for c in cue.children)
        theme = next((c for c in cue.lefts if c.dep_ == "nsubjpass"), None)
        if agent and theme is not None and _reports_object(cue, theme):
            # "The plan was criticized by Mayor Roe": what the agent criticized
            first, last = (
                theme.left_edge,
                _before_closing_apposition(theme.left_edge, theme.right_edge, theme),
            )
            if _enough_to_cite(first, last) and not reader.in_quote(offset, theme):
                parts.append((offset + first.idx, offset + last.idx + len(last.text)))
    # "Decrying the “sham,” Roe accused Lee of lying": the quotation before the cue is one
    # part, and the object after it another
    quoted_before = bool(parts) and all(
        e <= block[0] and s > offset + cue.sent.start_char + 1 for s, e in parts
    )  # (a quotation inside a phrase before the subject, not one opening the sentence)
    if not parts and comp is None and OBJECT_FORMS.get(cue.lower_) == "call":
        for clause in cue.rights:  # "calling for Roe to be banned", parsed as a "for" clause
            mark = next((m for m in clause.children if m.dep_ == "mark"), None)
            if clause.dep_ == "advcl" and mark is not None and mark.i == cue.i + 1:
                if mark.lower_ == "for" and clause.right_edge.i - mark.i >= 3:
                    first, last = mark.nbor(1), clause.right_edge
                    parts.append((offset + first.idx, offset + last.idx + len(last.text)))
    if (not parts or quoted_before) and comp is None:
        obj = next(
            (
                c
                for c in cue.rights
                if c.dep_ in _OBJECT_DEPS
                and not c.is_punct
                and (_reports_object(cue, c) or (data and c.dep_ == "dobj"))
                and not (quoted_before and c.dep_ != "dobj")
            ),
            None,
        )
        if obj is not None:
            objects = [
                c
                for c in cue.rights
                if c.dep_ in _OBJECT_DEPS | {"dative", "advmod", "npadvmod"}
                and not (
                    c.i > obj.right_edge.i
                    and _circumstance(c)
                    and not any(reader.in_quote(offset, t) for t in c.subtree)
                )
            ] or [obj]
            last = max((c.right_edge for c in objects), key=lambda t: t.i)
            aim = _noun_infinitive(cue, obj)
            if aim is not None and last.i < aim.i:
                last = aim  # "decried the mayor's calls to close the harbour", parsed as a purpose
            last = _before_second_predicate(obj.left_edge, _trim_back(last, obj))
            last = _before_closing_apposition(obj.left_edge, _infinitive_joined(cue, last), obj)
            quoted = (last.i + 1 < len(last.doc) and last.doc[last.i + 1].tag_ == "``") or (
                reader.in_quote(offset, obj.left_edge) and reader.in_quote(offset, last)
            )  # "called Roe “a fraud”", "which Roe called “a disaster,” failed"
            # "Christie endorsed Trump": whom one endorses or backs is a stance, one name enough
            backed = cue.lower_ in _BACKING_FORMS and obj.ent_type_ in ("PERSON", "ORG")
            if _enough_to_cite(obj.left_edge, last) or quoted or backed:  # "called Roe “a fraud”"
                parts.append((offset + obj.left_edge.idx, offset + last.idx + len(last.text)))
    if not parts and comp is None and that is None and speech:
        parts += _relative_report(cue, offset)
    return _with_trailing_quote(reader, parts, offset, unit)


_RELATIVE_WORDS = frozenset("what which that".split())


_BODY_NOUNS = ORG_KINDS | frozenset(
    """agency ministry department council court committee union bank board commission authority
    government regulator operator utility hospital university party campaign""".split()
)


def _body_subject_above(it: Token) -> Token | None:
    """The named body an "it" inside a clause stands for: the subject of the nearest verb above
    it with one ("SeatSwift buckled under what it called ...")."""
    for verb in it.head.ancestors:
        # the subject nearest the verb: not a dateline's place the parse made a second subject
        # ("ROSSA, Norvale — Norvale's cabinet unveiled a plan that it says ...")
        subj = max(
            (c for c in verb.children if c.dep_ == "nsubj" and c.i < it.i),
            key=lambda c: c.i,
            default=None,
        )
        if subj is not None:
            named = (
                subj.ent_type_ in ("ORG", "")
                and subj.tag_ in ("NNP", "NNPS")
                and given_name_gender(subj.text) is None
            ) or (
                subj.lower_ in _BODY_NOUNS
                and subj.tag_ == "NN"
                and any(c.dep_ in ("det", "poss") for c in subj.children)
            )
            return subj if named else None
    return None


def _document_subject_before(it: Token) -> Token | None:
    """The organisation, study or report the sentence before the one opening with "It" is
    about: its subject ("The study followed 6,412 people. It found that ...")."""
    sent = it.sent
    # "The company denied it. In a statement, it said ...": after a phrase set off by a comma
    fronted = (
        it.i > sent.start
        and it.nbor(-1).text == ","
        and not any(t.dep_ in ("nsubj", "nsubjpass") for t in it.doc[sent.start : it.i])
    ) or (  # "“We follow the law,” it said.": after the quotation that opens the sentence
        it.i > sent.start + 1 and sent[0].is_quote and it.nbor(-1).is_quote
    )
    if (it.i != sent.start and not fronted) or sent.start == 0:
        return None
    before = it.doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.ent_type_ == "ORG" and subj.tag_ in ("NNP", "NNPS"):
        return subj
    if subj is None or subj.tag_ in ("NNS", "NNPS"):
        # "Critics say Acme has delayed claims. “…,” it said": the one body a clause is about
        bodies = [
            t for t in before if t.dep_ == "nsubj" and t.ent_type_ == "ORG" and t.tag_ == "NNP"
        ]
        return bodies[0] if len(bodies) == 1 else None
    if subj.tag_ != "NN" or (subj.lower_ not in DATA_NOUNS and subj.lower_ not in _BODY_NOUNS):
        return None  # "it" is one thing: not "the numbers"
    return subj if any(c.dep_ == "det" for c in subj.children) else None


def _body_subject_before(cue: Token) -> Token | None:
    """The body a clause before "it said" is about: its subject, a named organisation or a
    body's noun ("The authority that runs the port will raise fees, it said")."""
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    subj = None if clause is None else next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.ent_type_ == "ORG" and subj.tag_ == "NNP":
        return subj
    named = subj.lower_ in _BODY_NOUNS and subj.tag_ == "NN"
    return subj if named and any(c.lower_ == "the" for c in subj.children) else None


def _relative_report(cue: Token, offset: int) -> list[tuple[int, int]]:
    """ "cater to what she said is rising demand for kayaks", parsed with no clause under the
    cue: the verb right after "what/which + speaker + said" opens what was said, up to the end
    of the clause."""
    doc = cue.doc
    subj = max(
        (c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i),
        key=lambda t: t.i,
        default=None,
    )
    if (
        subj is None
        or subj.left_edge.i < 1
        or doc[subj.left_edge.i - 1].lower_ not in _RELATIVE_WORDS
        or cue.i + 2 >= len(doc)
        or doc[cue.i + 1].tag_ not in ("VBZ", "VBD", "VBP", "MD")
        or doc[cue.i + 1].head.i == cue.i
    ):
        return []
    last = doc[cue.i + 1]
    for tok in doc[cue.i + 2 : cue.sent.end]:
        if tok.is_punct and tok.text not in ("-", "'", "’"):
            break
        last = tok
    if last.i - cue.i < 3:
        return []
    first = doc[cue.i + 1]
    return [(offset + first.idx, offset + last.idx + len(last.text))]


def _object_around(
    reader: ArticleContext, cue: Token, quote: tuple[int, int], offset: int
) -> tuple[int, int]:
    """ "promised “support” for the fishermen and a “lasting” tie": a quotation that only opens
    the verb's object is part of it; the whole object is what was said (a mixed statement)."""
    obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return quote
    lo, hi = _extent(obj, offset)
    if lo <= quote[0] and quote[1] <= hi and len(reader.text[quote[1] : hi].split()) >= 3:
        return lo, hi
    return quote


# Speech verbs that can ask someone to do something: "asked the board to delay the vote".
_REQUESTS = frozenset("ask tell advise plead".split())


def _relayed_by(cue: Token) -> bool:
    """ "as reported by X", "as quoted by X" on a cue with a speaker of its own: X only carried
    the words."""
    return (
        cue.dep_ == "advcl"
        and _marked(cue, ("as",))
        and any(c.dep_ == "agent" for c in cue.children)
        and _speech(cue.head)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.head.children)
    )


def _requested(cue: Token, offset: int) -> list[tuple[int, int]]:
    """What a person was asked to do: the infinitive after the addressee ("told the staff to
    wait", "asked residents to stay home"), not the addressee."""
    if not any(c.dep_ in ("dobj", "dative") and c.i > cue.i for c in cue.children):
        return []
    for c in cue.rights:
        to = next((a for a in c.children if a.dep_ == "aux" and a.lower_ == "to"), None)
        if c.dep_ in ("xcomp", "ccomp") and to is not None and to.i == c.left_edge.i:
            first = to
        elif (  # "told swimmers not to enter the lake"
            c.dep_ in ("xcomp", "ccomp")
            and to is not None
            and c.left_edge.dep_ == "neg"
            and c.left_edge.i == to.i - 1
        ):
            first = c.left_edge
        else:
            continue
        last = _trim_back(c.right_edge, c)
        if last.i - to.i >= 2:
            return [(offset + first.idx, offset + last.idx + len(last.text))]
    return []


def _after_colon(reader: ArticleContext, cue: Token, offset: int) -> list[tuple[int, int]]:
    """ "..., who told Congress last month: “…”", "who lamented in an interview, “…”": a
    quotation right after a colon or comma that ends the cue's own phrase is what the cue
    reports, however the parse hangs it."""
    doc, tail = cue.doc, cue.right_edge
    mark = doc[tail.i + 1] if tail.i + 1 < len(doc) else None
    if mark is None or mark.text not in (":", ",") or tail.i - cue.i > 12:
        return []
    q = reader.adjacent_quote(offset + mark.idx + 1, 1, offset + len(doc.text))
    return [(q.start, q.end)] if q is not None and not quoted_title(reader, q) else []


def _before_second_predicate(first: Token, last: Token) -> Token:
    """ "Roe rejected the claim and ordered a recount": an object ends before a finite verb the
    subject also governs ("and ordered ..."), however the parse hangs it."""
    doc = first.doc
    for tok in doc[first.i + 1 : last.i + 1]:
        if (
            tok.dep_ == "cc"
            and tok.i + 1 <= last.i
            and doc[tok.i + 1].tag_ in ("VBD", "VBZ")
            and doc[tok.i + 1].dep_ == "conj"
        ) or (  # "... her links while Roe suggests she is ...": another's statement
            tok.dep_ == "mark"
            and tok.lower_ in ("while", "whereas")
            and tok.head.lower_ in CUE_FORMS
            and any(c.dep_ == "nsubj" for c in tok.head.children)
        ):
            end = doc[tok.i - 1]
            while end.i > first.i and end.is_punct:
                end = doc[end.i - 1]
            return end
    return last


def _noun_infinitive(cue: Token, obj: Token) -> Token | None:
    """The last word of an infinitive right after a noun object that the parse hung on the verb
    as a purpose ("decried the calls to close the harbour during a speech"), before any when or
    where of its own."""
    after = obj.right_edge.i + 1
    if not obj.tag_.startswith("NN") or obj.ent_type_ or after + 1 >= len(obj.doc):
        return None
    clause = obj.doc[after + 1]
    if not (
        obj.doc[after].lower_ == "to"
        and obj.doc[after].head == clause
        and clause.dep_ == "advcl"
        and clause.head == cue
        and clause.tag_ == "VB"
    ):
        return None
    end = clause.right_edge
    for child in clause.rights:
        if _circumstance(child):
            end = child.left_edge.nbor(-1)
            break
    return _trim_back(end, clause)


_BACKING_FORMS = frozenset("endorse endorses endorsed endorsing back backs backed backing".split())


def _enough_to_cite(first: Token, last: Token) -> bool:
    """Three words or more, or two that name something ("Jo Roe", "further details"); not "the
    decision" or "that view", which lean on what the article said before."""
    return last.i > first.i + 1 or (last.i == first.i + 1 and first.tag_ not in ("DT", "PRP$"))


def _circumstance(phrase: Token) -> bool:
    """When, where or through whom something was said, after its object: "denied the charges
    on Sunday", "through his lawyer", "at a forum in Ohio"."""
    if phrase.dep_ in ("advmod", "npadvmod"):
        return True
    if phrase.dep_ != "prep":
        return False
    pobj = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    return phrase.lower_ in _CIRCUMSTANCE_PREPS or (
        pobj is not None
        and (
            pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC")
            or (phrase.lower_ == "in" and pobj.lower_ in _OCCASIONS)  # "in a tweet", "in a speech"
        )
    )


_OCCASIONS = DOCUMENT_NOUNS | frozenset(
    """speech speeches interview interviews remarks op-ed column essay book diatribe tirade rant
    address appearance testimony debate rally briefing conversation sermon lecture""".split()
)


_CIRCUMSTANCE_PREPS = frozenset("at on during through via after before since".split())


_REASON_MARKS = frozenset("because since unless if".split())


def _reason_after(cue: Token, offset: int) -> list[tuple[int, int]]:
    """ "He is leaning toward Roe, he said, because she can win": a reason or condition right
    after a cue that follows its clause goes on with what was said, as does what it includes
    ("The files covered years of work, the paper said, including budgets")."""
    for c in cue.rights:
        if (
            (
                (c.dep_ == "advcl" and _marked(c, _REASON_MARKS))
                or (c.dep_, c.lower_) == ("prep", "including")
            )
            and c.left_edge.i >= 2
            and cue.doc[c.left_edge.i - 1].text == ","
            # nothing but the cue's own words before the comma ("he said on Friday, because")
            and not any(t.tag_.startswith("VB") for t in cue.doc[cue.i + 1 : c.left_edge.i])
        ):
            first, last = c.left_edge, _trim_back(c.right_edge, c.left_edge)
            return [(offset + first.idx, offset + last.idx + len(last.text))]
    return []


_SPEAKER_PRONOUNS = frozenset("i we he she they".split())


def _clause_after(cue: Token, offset: int) -> list[tuple[int, int]]:
    """ "The tool helps, a spokeswoman said on Friday, and it has been used five times": a
    clause joined right after a cue that follows its clause goes on with what was said, unless
    it tells what the speaker did ("..., he said, and he left")."""
    for c in cue.rights:
        if c.dep_ != "conj" or not c.tag_.startswith("VB") or c.lower_ in CUE_FORMS:
            continue
        cc = c.left_edge.i - 1
        subj = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subj is not None
            and cue.doc[cc].dep_ == "cc"
            and cue.doc[cc - 1].text == ","
            and subj.lower_ not in _SPEAKER_PRONOUNS
            and subj.ent_type_ != "PERSON"
            and not any(t.tag_.startswith("VB") for t in cue.doc[cue.i + 1 : cc])
            and not any(t.lower_ in CUE_FORMS and t.tag_.startswith("VB") for t in c.subtree)
        ):
            first, last = c.left_edge, _trim_back(c.right_edge, c.left_edge)
            return [(offset + first.idx, offset + last.idx + len(last.text))]
    return []


def _with_leading_condition(cue: Token, first: Token) -> Token:
    """ "Roe says no matter what the mayor does, “the law stands”": a condition between the cue
    and its clause belongs to what was said."""
    for c in cue.rights:
        if c.i >= first.i:
            break
        clause = c.dep_ == "advmod" and any(t.dep_ in ("ccomp", "advcl") for t in c.subtree)
        condition = c.dep_ == "advcl" and _marked(
            c, ("if", "unless", "although", "though", "whether")
        )
        if (clause or condition) and c.left_edge.i == cue.i + 1:
            between = cue.doc[c.right_edge.i + 1 : first.i]
            if all(t.is_punct or t.is_space for t in between):
                return c.left_edge
    return first


def _relative_subject(comp: Token, cue: Token) -> bool:
    """The clause's subject is a relative pronoun before the cue ("which the probe said were")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.tag_ in ("WDT", "WP") or c.lower_ == "that")  # the tagger reads "that" as IN too
        and c.i < cue.i
        for c in comp.children
    )


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _claim_before_closing_cue(cue: Token) -> tuple[Token, Token] | None:
    """The sentence before ", <source> said." when the parse made that closing cue a clause of
    the sentence's main verb: its first and last words."""
    doc, sent = cue.doc, cue.sent
    # the subject right before the cue (the parse may give it another, inside the claim)
    subj = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)
    after = doc[cue.i + 1 : sent.end]
    # "Dockers will strike, their union has announced, in a dispute that ...": a phrase set off
    # after the closing cue (read as joined to the claim's verb) says where the news stands
    joined = (
        cue.dep_ == "conj"
        and not any(c.dep_ == "cc" for c in cue.head.children if c.i < cue.i)
        and len(after) > 2
        and after[0].text == ","
        and after[1].lower_ in ("in", "amid", "as", "after")
    )
    if (
        (cue.dep_ not in ("ccomp", "advcl") and not joined)
        or subj is None
        or cue.head.dep_ != "ROOT"
        or cue.head.i > subj.left_edge.i
        or not (joined or all(t.is_punct or _circumstance_of(t, cue) for t in after))
        or doc[subj.left_edge.i - 1].text != ","
        or cue.head.left_edge.i != sent.start
    ):
        return None
    last = doc[subj.left_edge.i - 2]
    return (sent[0], last) if last.i - sent.start >= 3 else None


def _circumstance_of(tok: Token, cue: Token) -> bool:
    """`tok` says where, when or how the cue was said ("in a letter to members last week")."""
    return any(
        c.dep_ in ("prep", "npadvmod", "advmod") and c.left_edge.i <= tok.i <= c.right_edge.i
        for c in cue.rights
    )


def _aside_attribution(
    reader: ArticleContext,
    cue: Token,
    source: Token,
    pieces: list[tuple[Token, Token]],
    offset: int,
) -> Attribution | None:
    """The attribution of an inverted aside (`_inverted_aside`): the source's, in two parts."""
    block = _block([cue, *subject_tokens(source)], offset)
    parts = _merge_parts(
        reader, [(offset + a.idx, offset + b.idx + len(b.text)) for a, b in pieces]
    )
    mention, speaker, confidence, person = reader.speaker_of(source, offset, cue, parts)
    if not parts or speaker is None or reader.is_author(speaker):
        return None
    if person is not None:
        reader.add_recent(block[0], person)
    return Attribution(parts, block, mention, speaker, cue.text, confidence, None, person)


def _inverted_aside(
    cue: Token, subj: Token, comp: Token | None
) -> tuple[Token, list[tuple[Token, Token]]] | None:
    """ "Any reading of his actions, said Jo Roe, an expert on Russia, would see this as ...":
    the parse makes the clause's subject the speaker and the named source the subject of the
    rest. The source is the name right after the cue, closed by a comma; what was said is the
    phrase before the cue and the rest of the clause after the source."""
    doc = cue.doc
    if (
        comp is None
        or comp.dep_ != "ccomp"
        or not _speech(cue)
        or cue.tag_ not in ("VBD", "VBZ")
        or subj.i > cue.i
        or cue.i < 2
        or doc[cue.i - 1].text != ","
        or subj.left_edge.i != cue.sent.start
    ):
        return None
    source = next((c for c in comp.lefts if c.dep_ == "nsubj"), None)
    if source is None:
        return None
    close = source.right_edge  # the comma closing the source's phrase (the parse may hold it)
    if close.text != "," and close.i + 1 < len(doc):
        close = doc[close.i + 1]
    last = _last_word(comp.doc[comp.left_edge.i : comp.right_edge.i + 1])
    if (
        source.left_edge.i != cue.i + 1
        or not (source.ent_type_ == "PERSON" or source.tag_ == "NNP")
        or close.text != ","
        or close.i + 1 >= last.i
    ):
        return None
    return source, [(subj.left_edge, doc[cue.i - 2]), (doc[close.i + 1], last)]


def _misparsed_parenthetical(
    reader: ArticleContext, cue: Token, block: tuple[int, int], offset: int
) -> list[tuple[int, int]]:
    """ "This sort of talk, the network claimed, violates its code" parsed with the cue as the
    main verb: the fronted phrase and the subjectless verb after the cue are what was said."""
    doc = cue.doc
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    rest = next(
        (
            c
            for c in cue.rights
            if c.dep_ == "conj"
            and c.tag_ in ("VBZ", "VBD", "VBP", "MD")
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ),
        None,
    )
    if (
        subj is None
        or rest is None
        or subj.left_edge.i < 2
        or doc[subj.left_edge.i - 1].text != ","
        or doc[cue.i + 1].text != ","
        or rest.left_edge.i != cue.i + 2
    ):
        return []
    front = doc[cue.sent.start : subj.left_edge.i - 1]
    if not any(t.tag_.startswith("NN") or t.tag_ == "PRP" for t in front):
        return []
    end = rest.right_edge
    for t in rest.rights:  # "..., and so she was suspended": the clause ends before "and"
        if t.dep_ == "cc" or t.is_punct:
            end = doc[t.i - 1]
            break
    return [
        (offset + front.start_char, offset + front.end_char),
        (offset + rest.left_edge.idx, offset + end.idx + len(end.text)),
    ]


def _frame_read_as_conjunct(cue: Token) -> bool:
    """ "This includes a new unit, Secretary Ann Carter told a panel on Friday.": a cue ending the
    sentence after a comma, with no "and" or "but", that the parse joined to the clause it
    reports."""
    if cue.dep_ != "conj" or cue.tag_ not in ("VBD", "VBZ", "VBP") or not _speech(cue):
        return False
    subj = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subj is None or cue.right_edge.i < _last_word(cue.sent).i:
        return False
    # ", Secretary Ann Carter told ..." or, inverted, ", said the company's chief, Jo Roe."
    first = subj.left_edge if subj.i < cue.i else cue
    return (
        first.i > 1
        and cue.doc[first.i - 1].text == ","
        and cue.doc[first.i - 2].dep_ != "cc"  # not "and, he argued, ..."
        and (
            subj.i < cue.i
            or (  # nothing but the speaker after the verb
                (subj.left_edge.i == cue.i + 1 or cue.nbor(1).dep_ == "det")
                and subj.right_edge.i >= _last_word(cue.sent).i
            )
        )
    )


def _host_clause(cue: Token) -> Token | None:
    """The verb of the clause a parenthetical cue interrupts; the parse may hang the cue on that
    clause's subject ("The difference now, he told me, is that ...")."""
    head = cue.head
    if head.tag_.startswith("VB"):
        return head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.tag_.startswith("VB"):
        return head.head
    if (  # "..., he said, those checks paid for ...": the parse reads "checks paid" as a
        head.dep_ == "ROOT"  # noun and its participle
        and head.tag_.startswith("NN")
        and head.i > cue.i
        and any(c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") for c in head.rights)
    ):
        return head
    if (  # "The hashtag, he said, accompanied posts": the parse reads the predicate as a
        head.dep_ == "ROOT"  # description of the subject
        and head.tag_.startswith("NN")
        and head.i < cue.i
        and any(c.dep_ in ("appos", "acl") and c.i > cue.i for c in head.children)
    ):
        return head
    return None


def _parenthetical_tail(cue: Token) -> list[Token]:
    """Words of a parenthetical cue after the verb: "he told me on Friday", "she said in June"."""
    if (cue.dep_ != "parataxis" and not _frame_read_as_conjunct(cue)) or any(
        c.dep_ == "ccomp" for c in cue.children
    ):
        return []
    comma = cue.i + 1 < len(cue.doc) and cue.nbor(1).text == ","
    tail = [
        c
        for c in cue.rights
        if (c.dep_ in ("dative", "prep", "npadvmod", "advmod") and not (comma and c.i > cue.i + 1))
        or (c.dep_ == "dobj" and _addressee(cue, c))
    ]
    return [t for c in tail for t in c.subtree if not t.is_punct]


def _addressee(cue: Token, obj: Token) -> bool:
    """The object of a parenthetical "he told me", "she told reporters": who was spoken to, not
    what was said."""
    return (cue.dep_ == "parataxis" or _frame_read_as_conjunct(cue)) and (
        obj.tag_ == "PRP" or cue.lower_ in ("told", "tells")
    )


def _with_trailing_quote(
    reader: ArticleContext, parts: list[tuple[int, int]], offset: int, unit: Span
) -> list[tuple[int, int]]:
    """A quotation closing the same sentence right after the content belongs to it:
    "calls for credit reform, “to make banks work for borrowers.”", "criticized X, hitting “…”"."""
    if not parts:
        return parts
    start, end = parts[-1]
    unit_end = offset + unit.end_char
    for q in reader.quotes:
        if q.start < end or q.start >= unit_end or quoted_title(reader, q):
            continue
        gap = reader.text[end : q.start].lower()
        tail = reader.text[q.end : unit_end]
        words = re.findall(r"[a-z]+", gap) + re.findall(r"[a-z]+", tail.lower())
        if (
            len(gap.split()) <= 3
            and not any(c in gap for c in ".;:?!")
            and len(tail.split()) <= 2
            and not any(w in CUE_FORMS or w == "according" for w in words)
        ):
            parts = [*parts[:-1], (start, q.end)]
        break
    return parts


def _words_between(doc, lo: int, hi: int) -> list[Token]:  # type: ignore[no-untyped-def]
    """The words (no punctuation or spaces) of a paragraph doc between two character offsets."""
    span = doc.char_span(lo, hi, alignment_mode="expand")
    return [t for t in span or () if not (t.is_punct or t.is_space)]


def _subject_phrase(doc, lo: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """A stretch with no verb that opens like a noun phrase ("The new levy", "No change of name")."""
    words = _words_between(doc, lo, hi)
    return (
        bool(words)
        and words[0].tag_ in ("DT", "PDT", "PRP$", "NNP", "NNPS", "NN", "NNS", "JJ", "CD")
        and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in words)
    )


def _fronted_claim(doc, lo: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """What opens a sentence before a parenthetical cue and its quotation, and belongs to what
    was said: a subject ("The plan, she said, “…”") or a condition leading into the quotation
    ("If Roe is elected, he said, “…”"); not a time or place ("After the vote, she said, “…”"),
    nor a clause with a cue of its own ("When Roe noted that ..., she said, “…”")."""
    words = _words_between(doc, lo, hi)
    if not words:
        return False
    if _subject_phrase(doc, lo, hi):
        return True
    return words[0].lower_ in _CONDITION_MARKS and not any(
        t.lower_ in CUE_FORMS or t.lower_ in ASKING_FORMS for t in words
    )


# Conjunctions opening a condition or contrast that leads into a quotation: "If Roe is elected,
# he said, “…”", "While confidence is high, she said, “…”".
_CONDITION_MARKS = frozenset("if unless while although though whereas because once".split())


def _scene_setting(doc, lo: int, hi: int) -> bool:  # type: ignore[no-untyped-def]
    """A stretch with no verb that opens with a preposition and names when or where the words
    were said ("In an interview with the paper", "On Tuesday"), not part of what was said ("In
    the long run", "Among the risks")."""
    words = _words_between(doc, lo, hi)
    while len(words) > 1 and words[0].tag_ == "CC":
        words = words[1:]  # "But in recent days, aides say, ..."
    if not words or words[0].tag_ != "IN" or any(t.tag_.startswith("VB") for t in words):
        return False
    return any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in _SPEECH_SCENES for t in words)


_SPEECH_SCENES = DOCUMENT_NOUNS | frozenset(
    """rally rallies conference hearing meeting debate appearance briefing session event remarks
    forum visit trip stop gathering program show broadcast podcast""".split()
)


_NOT_CONTENT_PREP = frozenset(("DATE", "TIME", "GPE", "LOC", "FAC", "ORG"))
# Where or how someone spoke ("spoke on the radio", "talked on the phone"), not what about.
_MEDIUM_NOUNS = frozenset(
    """radio television tv phone telephone air camera record stage floor show program programme
    podcast panel line call broadcast video livestream stream""".split()
)


def _reports_object(cue: Token, obj: Token) -> bool:
    """The verb's object is what was said: "criticized the plan", "noted the rise", "spoke about the plan"."""
    if obj.dep_ == "prep":
        pobj = next((c for c in obj.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.ent_type_ in _NOT_CONTENT_PREP or pobj.lower_ == "condition":
            return False  # "spoke on Tuesday", "spoke in Ohio", "on condition of anonymity"
        if obj.lower_ in ("in", "on", "via", "through", "during") and pobj.lower_ in DOCUMENT_NOUNS:
            return False  # "wrote in an email", "said in a statement": how, not what
        if obj.lower_ == "to" and cue.lower_ in SPEECH_FORMS and cue.lower_ not in OBJECT_FORMS:
            return False  # "wrote to the secretary": to whom, not what
    if OBJECT_FORMS.get(cue.lower_) in ("speak", "talk"):  # "spoke about the plan"; not "spoke
        # to reporters", "spoke in the lobby", "spoke for fear of ..."
        pobj = next((c for c in obj.children if c.dep_ == "pobj"), None)
        return (
            obj.dep_ == "prep"
            and obj.lower_ in ("about", "of", "against", "on")
            and pobj is not None
            and pobj.lower_ != "behalf"
            and pobj.lower_ not in _MEDIUM_NOUNS
        )
    if OBJECT_FORMS.get(cue.lower_) == "refer":  # "..., she said, referring to the deal"; not
        # "the jet, referred to as ...", "referring Roe to a doctor"
        return (
            obj.dep_ == "prep"
            and obj.lower_ == "to"
            and cue.dep_ != "acl"
            and not _passive(cue)
            and not any(c.dep_ == "dobj" for c in cue.children)
        )
    if (
        cue.lower_ in OBJECT_FORMS
        or SPEECH_FORMS.get(cue.lower_) in _CONTENT_OBJECT_VERBS
        or holds_as(cue)
    ):
        return obj.dep_ != "prep" or obj.lower_ in _OBJECT_PREPS
    if SPEECH_FORMS.get(cue.lower_) == "advise" and obj.lower_ == "on":
        return False  # "is advising the bank on its sale": the adviser's work, not words
    return cue.lower_ in SPEECH_FORMS and obj.dep_ == "prep" and obj.lower_ in ("about", "on")


_TITLE_LEAD = re.compile(
    r"(?:\b(?:on|in|of|at|from|titled|called|named|dubbed|told|tells|telling|show|program|programme|book|film"
    r"|series|episode|column|article|album|song|podcast|documentary|segment|movie|novel|memoir"
    r"|musical|poem|magazine|blog|video)|['’]s)\s*$",
    re.I,
)


def _inner_words(reader: ArticleContext, q: QuoteSpan) -> list[str]:
    """The words of a quotation, without its marks."""
    return reader.text[slice(*q.inner(reader.text))].split()


def quoted_title(reader: ArticleContext, q: QuoteSpan) -> bool:
    """The name of a show, book or paper in marks ("said on WKRB's “Harbour Hour.”", "told
    “Good Morning America”"): capitalised like a title, right after "on", "of", "titled", "told"
    or a possessive."""
    words = _inner_words(reader, q)
    lead = reader.text[max(0, q.start - 20) : q.start]
    tail = reader.text[q.end : q.end + 20]
    return (
        bool(words)
        and _titled(words)
        and (_TITLE_LEAD.search(lead) is not None or _TITLE_TAIL.match(tail) is not None)
    )


# "“Orange Grove” star Jo Roe", "the “Harbor Lights” author": a work named before its maker.
_TITLE_TAIL = re.compile(
    r"\s*(?:star|stars|host|hosts|author|actor|actress|creator|producer|director|writer|singer"
    r"|series|show|movie|film|book|album|song|episode)\b",
    re.I,
)


def _reported_by_another(quote: QuoteSpan, cue: Token, offset: int) -> bool:
    """ "Before Roe argued that farms do better with “hardier seed,” Vance replied: ...": the
    quotation ends what the cue of an earlier clause of time reports, not what the next cue
    does."""
    first = next(
        (t for t in cue.sent if quote.start <= offset + t.idx < quote.end and not t.is_punct), None
    )
    if first is None:
        return False
    for verb in first.ancestors:
        if verb == cue:
            return False
        if (
            verb.lower_ in CUE_FORMS
            and verb.tag_.startswith("VB")
            and verb.dep_ in ("advcl", "relcl")  # not "Roe said Vance said “…”": nested
            and verb.i < first.i
            and any(c.dep_ == "nsubj" for c in verb.children)
        ):
            return True
    return False


def _adjacent_quotes(
    reader: ArticleContext, block: tuple[int, int], offset: int, unit: Span, cue: Token
) -> list[tuple[int, int]]:
    """Quotations right before ("“…,” she said") or right after ("she said: “…”") the cue."""
    text, parts = reader.text, []
    para_start = max((p for p, _ in reader.paragraph_spans if p <= block[0]), default=0)
    before = reader.adjacent_quote(block[0], -1, para_start)
    if (
        before is not None
        and not quoted_title(reader, before)
        and not _reported_by_another(before, cue, offset)
    ):
        inner_end = before.inner(text)[1]
        ends_sentence = (
            text[inner_end : inner_end + 1] == "." or text[inner_end - 1 : inner_end] == "."
        )
        if not (ends_sentence and text[block[0]].isupper()):
            parts.append((before.start, before.end))
    para_end = min((e for p, e in reader.paragraph_spans if e >= block[1]), default=len(text))
    below = None
    if text[block[1] : para_end].strip() == ":":  # "She told the crowd:" then the quotation below
        below = next(((p, e) for p, e in reader.paragraph_spans if p > para_end), None)
        para_end = below[1] if below is not None else para_end
    after = reader.adjacent_quote(block[1], 1, para_end)
    if after is None and below is not None and _set_out_below(reader, below):
        parts.append(below)  # "The governor added:" then her words set out as a paragraph
    if (
        after is not None
        and "." not in text[block[1] : after.start]
        and not quoted_title(reader, after)
    ):
        parts.append((after.start, after.end))
    return parts


def _set_out_below(reader: ArticleContext, para: tuple[int, int]) -> bool:
    """A paragraph below "X added:" that is X's words, set out without quotation marks: no mark
    opens it and no quotation of its own is in it."""
    text = reader.text[para[0] : para[1]]
    return (
        len(text.split()) >= 3
        and text[:1] not in OPENING_MARKS
        and not any(para[0] <= q.start < para[1] for q in reader.quotes)
    )


# ", who ...", ", citing ...": a comment of the writer's or a phrase of the reporting verb, after
# the content; ", which ..." only when someone's report is inside it (`_cut_aside`).
_ASIDE = re.compile(
    r",\s+(?:which|who|whom|whose|although|though|whereas|while|citing|saying|arguing|adding|noting|contradicting|according"
    r"|an?\s+(?:[\w-]+\s+){0,2}(?:that|which)|(?:putting|making|leaving|giving|sending|bringing|raising))\b"
    r"|\s(?:--|[—–])\s(?=(?:a|an)\s)"
)


# A turn to a time or a reason, which cuts what was said only when it reports on its own
_TURN = re.compile(r",\s+as\b")


# "..., to which Roe interjected: “…”", "..., at which point Vance shouted “…”": the writer's
# narration of someone else's words, after the content.
_NARRATED_ASIDE = re.compile(r",\s+(?:to|at|in|after|upon)\s+which\b|\s[—–-]\s+at\s+which\b")


def _cut_aside(reader: ArticleContext, start: int, end: int) -> int:
    """End a reported clause before a non-restrictive aside that is outside quotation marks, or
    before someone else's quotation the writer narrates in the middle of it."""
    text = reader.text
    for found in _NARRATED_ASIDE.finditer(text, start, end):
        if (
            not reader.mask[found.start()]
            and any(reader.mask[found.start() : end])  # the narrated words are quoted
            and len(text[start : found.start()].split()) >= 3
        ):
            return found.start()
    for q in reader.quotes:  # "X hinted Y - “He loves Z,” Roe said later - and ..."
        if not start < q.start < end:
            continue
        dash = text.rfind(" ", start, q.start)
        if (
            dash > start
            and text[dash - 1 : dash].strip() in ("-", "—", "–")
            and not text[dash : q.start].strip()
            and len(text[start:dash].split()) >= 3
            and any(w in CUE_FORMS for w in re.findall(r"[a-z]+", text[q.end : q.end + 40]))
        ):
            return dash - 1
    for found in _TURN.finditer(text, start, end):  # ", as lawmakers accused the agency of ..."
        if len(text[start : found.start()].split()) >= 3 and _reports_on_its_own(reader, found):
            return found.start()
    for found in _ASIDE.finditer(text, start, end):
        if (
            # quoted words after it are still what was said, unless the aside reports someone
            # else's in its own words (", while Cruz said that the “stakes ...”")
            (not any(reader.mask[found.start() : end]) or _reports_on_its_own(reader, found))
            and len(text[start : found.start()].split()) >= 3
            and not _BRIEF_CONCESSION.match(text, found.start())
            and not _describes_subject(reader, found.start(), end)
            and not _plain_which(reader, found, end)
        ):
            return found.start()
    return end


def _reports_on_its_own(reader: ArticleContext, found: re.Match[str]) -> bool:
    """ ", while Cruz said that ...": a turn of the writer's to another report (the verb of the
    clause the turn opens is a cue)."""
    if not re.match(r",\s+(?:while|whereas|although|though|as)\b", found.group()):
        return False
    at = reader.token_at(found.end() + 1)
    if at is None:
        return False
    verb = at[1]
    for _ in range(4):
        if verb.tag_.startswith("VB") or verb.head == verb:
            break
        verb = verb.head
    return verb.lower_ in CUE_FORMS and verb.tag_.startswith("VB")


def _plain_which(reader: ArticleContext, found: re.Match[str], end: int) -> bool:
    """ "said the verdict would not affect access to the drug, which is sold as Weeklin": a
    relative clause on a thing goes on with what was said; one with a report of its own
    ("..., which Obama said he would veto") is cut off for that report, and one on the whole
    claim ("found the infringement was willful, which means ...") is the writer's comment."""
    if not found.group().lstrip(", \n").startswith("which") or any(
        w in CUE_FORMS for w in re.findall(r"[a-z]+", reader.text[found.end() : end].lower())
    ):
        return False
    at = reader.token_at(found.end() - 1)
    if at is None:
        return True
    which = at[1]
    clause = which.head if which.lower_ == "which" else None
    return clause is not None and clause.dep_ == "relcl" and clause.head.tag_.startswith("NN")


def _describes_subject(reader: ArticleContext, comma: int, end: int) -> bool:
    """ "that Gov. Roe, who must decide, has said nothing": a relative clause on the subject of
    a clause whose verb comes after it is inside what was said, not an aside after it."""
    found = reader.token_at(comma)
    if found is None or found[1].i + 1 >= len(found[1].doc):
        return False
    offset, tok = found
    clause = tok.nbor(1).head
    noun = clause.head
    return (
        clause.dep_ == "relcl"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and clause.right_edge.i < noun.head.i
        and offset + noun.head.idx < end
    )


# ", although short, chance": a concession inside a noun phrase, not a clause of the writer's
_BRIEF_CONCESSION = re.compile(r",\s+(?:although|though|while)\s+(?:not\s+)?[\w-]+(?:\s+[\w-]+)?,")


def _merge_parts(reader: ArticleContext, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Widen parts to whole quotations they touch, and merge overlaps."""
    widened = []
    for start, end in parts:
        for q in reader.quotes:
            if q.start < end and start < q.end:
                start, end = min(start, q.start), max(end, q.end)
        start, end = _trim(reader.text, start, _cut_aside(reader, start, end))
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


def _about(reader: ArticleContext, comp: Token, speaker: str | None, offset: int) -> str | None:
    """The person a reported clause is about: its subject, when that is a named person."""
    subjects = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
    first = comp.left_edge
    misread = not subjects and comp.dep_ == "nsubj" and first != comp and first.is_title
    if misread:  # "Trump views NATO as a client, Jo Roe noted", read as a noun phrase
        subjects = [first]
    return _other_person(reader, subjects[0], offset, speaker, misread) if subjects else None


def _other_person(
    reader: ArticleContext, noun: Token, offset: int, speaker: str | None, misread: bool = False
) -> str | None:
    """The full name of the person a noun names, if it names one other than the speaker ("his
    promoter, Jo Roe," names Roe through the apposition)."""
    ent = person_entity(noun)
    if ent is None and noun.is_lower:
        ent = next(
            (e for c in noun.children if c.dep_ == "appos" and (e := person_entity(c)) is not None),
            None,
        )
    if ent is None:
        toks = subject_tokens(noun)
        written = noun.doc[toks[0].i : toks[-1].i + 1].text
        known = (
            reader.people.known(written, offset + noun.idx)
            if noun.tag_ == "NNP" or misread
            else None
        )
        if known is None:
            return None
        full = known.name
    else:
        name = entity_name(ent)
        person = reader.people.person_named(name)
        full = person.name if person else reader.people.full_name(name, offset + ent.start_char)
    return None if speaker and normalise_name(full) == normalise_name(speaker) else full


def _said_of(reader: ArticleContext, cue: Token, speaker: str | None, offset: int) -> str | None:
    """ "“He's a monster,” the coach said of rookie Malik Osei": whom the words are about."""
    for prep in cue.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                full = _other_person(reader, noun, offset, speaker) if noun.dep_ == "pobj" else None
                if full:
                    return full
    return None


# What carries someone's words without being their source: "according to a translation".
_CARRIERS = frozenset("translation translations recording recordings interpreter".split())
# What records words: a source of its own, but not where a speaker's own verb carries them. (A
# transcript stays a source even then, as PolNeAR annotates a host's quoted words that a
# transcript reports.)
_RECORDS = frozenset("tape tapes video videos footage".split())


def according_attribution(
    reader: ArticleContext, tok: Token, offset: int, unit: Span
) -> Attribution | None:
    """ "According to X, …": the rest of the sentence is X's."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.lower_ != "to":
        return None
    pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ in NOT_SOURCES:
        return None
    if pobj.lower_ in _CARRIERS and any(
        t.lower_ in SPEECH_FORMS for t in tok.doc[max(0, tok.i - 3) : tok.i]
    ):
        return None  # "he said, according to a translation by Radio Sur:": still his words
    if (
        pobj.lower_ in _CARRIERS | _RECORDS
        and tok.head.lower_ in SPEECH_FORMS
        and any(c.dep_ == "nsubj" for c in tok.head.children)
    ):
        return None  # "“…,” Roe told the staff, according to a recording": Roe's words
    mention, speaker, confidence, person = reader.speaker_of(pobj, offset, tok)
    sent = tok.sent
    source = subject_tokens(pobj)
    opens = tok.i == sent.start and person_word(pobj)
    named = name_set_off(tok.doc, pobj.right_edge.i + 1) if opens else None
    if named is not None:  # "According to the chief engineer, Koen Desmet, the machine ...":
        # the parse takes the name into the claim
        found = reader.people.add_speaker(named, offset)
        if found is not None:
            speaker, confidence, person = found.name, 0.8, found
            source.extend(named)
    if tok.i > sent.start or any(  # "..., according to Republicans who critiqued it",
        # "according to the document he released", "according to Acme, a firm that ...": all of
        # it the source; so, opening the sentence, is "According to a juror who spoke to ...,"
        c.dep_ in ("relcl", "acl") and c.i > pobj.i
        for c in pobj.children
    ):
        source.append(_trim_back(pobj.right_edge, pobj))
    block = _block([tok, nxt, *source], offset)
    lo, hi = (
        offset + max(sent.start_char, unit.start_char),
        offset + min(sent.end_char, unit.end_char),
    )
    if lo == offset + sent.start_char:  # "ROME — Prices rose, according to X": not the place
        lo = offset + _after_dateline(sent[0]).idx
    colon = reader.text.rfind(": ", lo, block[0])
    if colon > lo and not reader.mask[colon]:
        lo = colon + 2  # "The city leads the table: London was first, according to X": the claim
    lo = _last_piece(reader, tok.doc, offset, lo, block[0])
    if _OPENS_CLAUSE.search(reader.text, lo, block[0]):
        lo = block[0]  # "A has threatened to leave, but according to X, B": X vouches for B only
    parts = _merge_parts(reader, [(lo, block[0]), (block[1], hi)])
    parts = [(s, e) for s, e in parts if len(reader.text[s:e].split()) >= 2]
    if (
        len(parts) > 1
    ):  # "A, according to X, in a statement": only the pieces with a verb of their own, or
        # a fronted phrase that belongs to the claim ("Over the long term, according to X, ...")
        clauses = [
            (s, e)
            for s, e in parts
            # "..., according to X, well below the level that experts say is needed": a verb
            # of a relative clause is no verb of the piece's own
            if any(
                t.tag_ in FINITE_TAGS
                and not any(
                    a.dep_ == "relcl" and not a.left_edge.i <= tok.i <= a.right_edge.i
                    for a in (t, *t.ancestors)
                )
                for t in sent
                if s <= offset + t.idx < e
            )
            or (e <= block[0] and not _scene_setting(tok.doc, s - offset, e - offset))
        ]
        parts = clauses or parts
    if len(parts) > 1 and _writers_turn(tok.doc, parts[-1][0] - offset):
        parts = parts[:-1]  # "Sales rose, according to X, but the pace slowed": the writer's
    if not parts:
        return None
    if person is not None:
        reader.add_recent(block[0], person)
    inner = next(  # "Roe said ..., according to the Ledger": the Ledger's claim about Roe
        (
            t
            for t in sent
            if t.tag_.startswith("VB")
            and t.lower_ in SPEECH_FORMS
            and any(s <= offset + t.idx < e for s, e in parts)
        ),
        None,
    )
    about = _about(reader, inner, speaker, offset) if inner is not None else None
    return Attribution(
        parts, block, mention, speaker, "according to", confidence * 0.95, about, person
    )


_LAST_PIECE = re.compile(r",\s+(and|with)\s+")
# A conjunction right before "according to": the source opens a clause of its own.
_OPENS_CLAUSE = re.compile(
    r"[,;]\s+(?:but|and|yet|while|although|though|whereas)\s+$", re.IGNORECASE
)
# Words that open the writer's own turn after a finished, sourced clause.
_TURNS = frozenset("but although though whereas yet while with".split())


def _writers_turn(doc, at: int) -> bool:  # type: ignore[no-untyped-def]
    """The piece at character `at` opens with a turn of the writer's ("but ...", "although
    ...", "even as ...", "with ...") or a participle ("taking a step ...")."""
    words = _words_between(doc, at, len(doc.text))[:2]
    if not words:
        return False
    first = words[0]
    return (
        first.lower_ in _TURNS
        or (first.lower_ == "even" and len(words) > 1 and words[1].lower_ in ("as", "though"))
        or (first.tag_ == "VBG" and first.dep_ == "advcl")
    )


def _last_piece(reader: ArticleContext, doc, offset: int, lo: int, hi: int) -> int:  # type: ignore[no-untyped-def]
    """ "Sales rose, and profit fell by half, according to X", "It is a cash machine, with $2
    billion in profit, according to X": a source named after the claim vouches for its last
    clause or figures, not for the writer's setting of them. Where that piece starts."""
    found = list(_LAST_PIECE.finditer(reader.text, lo, hi))
    if not found or reader.mask[found[-1].start()] or any(reader.mask[found[-1].end() : hi]):
        return lo
    mark = found[-1]
    if (
        len(reader.text[lo : mark.start()].split()) < 3
        or len(reader.text[mark.end() : hi].split()) < 2
    ):
        return lo
    if (
        mark.group(1) == "and"
        and (  # "..., and he added a line, according to X"
            "," in reader.text[mark.end() : hi].rstrip(", ")
            or not any(
                t.dep_ in ("nsubj", "nsubjpass")
                and mark.end() <= offset + t.idx < hi
                and mark.end() <= offset + t.head.idx < hi
                and t.head.tag_ in FINITE_TAGS
                for t in doc
            )
        )
    ):
        return lo
    return mark.end()


_SURVEYS = frozenset("poll polls survey surveys".split())


def survey_attribution(
    reader: ArticleContext, tok: Token, offset: int, unit: Span
) -> Attribution | None:
    """ "In a poll released Monday, Roe leads by six points": a finding is the survey's."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    closed = _clause_closed_by(tok)  # "Roe led by six points in a poll released Monday."
    after = closed is not None
    head = closed if closed is not None else tok.head
    if (
        tok.dep_ != "prep"
        or (tok.i != tok.sent.start and not after)
        or pobj is None
        or not head.tag_.startswith("VB")
        or not (
            pobj.lower_ in _SURVEYS
            or (not after and any(t.lower_ in _SURVEYS and t.dep_ == "pobj" for t in pobj.subtree))
        )
        or (after and any(t.tag_ in ("WP", "WDT") for t in head.subtree if t.i < tok.i))
        or reader.in_quote(offset, pobj)
        or (  # "In a poll of 800 voters, the firm found that ...": the firm's finding
            head.lower_ in CUE_FORMS
            and any(c.dep_ == "nsubj" and c.ent_type_ in ("PERSON", "ORG") for c in head.children)
        )
    ):
        return None
    block = _block([tok, tok.right_edge], offset)
    lo, hi = _extent(head, offset)
    lo, hi = max(lo, offset + unit.start_char), min(hi, offset + unit.end_char)
    pieces = ((lo, block[0]),) if after else ((lo, block[0]), (block[1], hi))
    parts = [_trim(reader.text, s, e) for s, e in pieces if len(reader.text[s:e].split()) >= 2]
    parts = [  # the finding's clause, not a trailing "this year"
        (s, e)
        for s, e in parts
        if any(t.tag_ in FINITE_TAGS and s <= offset + t.idx < e for t in head.sent)
    ]
    if not parts:
        return None
    mention, speaker, confidence, person = reader.speaker_of(pobj, offset, tok)
    return Attribution(
        _merge_parts(reader, parts), block, mention, speaker, "in", confidence * 0.8, None, person
    )


# "In Roe's view, ...", "In the words of one fan, ...": a frame giving whose view the clause is.
_VIEW_FRAMES = frozenset("view words opinion estimation judgment judgement eyes".split())


def view_attribution(reader: ArticleContext, tok: Token, offset: int) -> Attribution | None:
    """ "In Blake's words, the club is “not a supermarket”", "the plan would, in Roe's view,
    fail": the clause the frame opens, or stands inside, is the one whose view it names."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.lower_ not in _VIEW_FRAMES or tok.dep_ != "prep":
        return None
    source = next((c for c in pobj.children if c.dep_ == "poss"), None)
    said = tok.doc[tok.i : pobj.i + 1].text  # "In Roe's view"
    if source is None and any(c.lower_ == "the" for c in pobj.lefts):
        of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        source = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        said = tok.doc[tok.i : pobj.i + 2].text  # "In the words of"
    head, doc = tok.head, tok.doc
    frame_end = tok.right_edge.i + 1
    set_off = frame_end < len(doc) and doc[frame_end].text == ","
    if tok.i != tok.sent.start:  # inside the clause, after its subject or verb, not deeper
        before = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "," else None
        subject = next((c for c in head.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        set_off = set_off and (
            before is not None
            and (
                before.head == head
                or before == head
                or (subject is not None and before == subject.right_edge)
            )
        )
    if (
        source is None
        or not set_off
        or head.dep_ != "ROOT"
        or not head.tag_.startswith(("VB", "MD"))
        # "In its written judgment, the court said ...": where the court said it, not a view
        or (head.lower_ in SPEECH_FORMS and any(c.dep_ == "nsubj" for c in head.children))
        # "In its judgment, the appeal board found ...": "its" is the subject's own
        or (
            source.tag_ == "PRP$"
            and head.lower_ in CUE_FORMS
            and any(c.dep_ == "nsubj" and c.tag_ != "PRP" for c in head.children)
        )
        or reader.in_quote(offset, tok)
        or source.lower_ in NOT_SOURCES | {"my", "our"}  # the writer's own view
    ):
        return None
    block = _block([tok, tok.right_edge], offset)
    lo, hi = _extent(head, offset)
    parts = [
        _trim(reader.text, s, e)
        for s, e in ((lo, block[0]), (block[1], hi))
        if len(reader.text[s:e].split()) >= 2
    ]
    if not parts:
        return None
    mention, speaker, confidence, person = reader.speaker_of(source, offset, tok)
    if reader.is_author(speaker):
        return None
    return Attribution(
        _merge_parts(reader, parts), block, mention, speaker, said, confidence * 0.8, None, person
    )


def _clause_closed_by(prep: Token) -> Token | None:
    """The head of the clause a phrase after it ends ("..., where he leads in the polls"; "Roe
    has a big lead in the polls": the verb of the object the phrase hangs on), or None."""
    doc, head = prep.doc, prep.head
    if head.dep_ in ("dobj", "attr"):
        head = head.head
    nxt = prep.right_edge.i + 1
    closes = (
        head.i < prep.i
        and all(t.is_punct for t in doc[nxt : head.right_edge.i + 1])
        and (nxt >= len(doc) or doc[nxt].text in (".", ";", ",", ":", "—", "–", "--"))
    )
    return head if closes else None


def noun_attribution(reader: ArticleContext, noun: Token, offset: int) -> Attribution | None:
    """ "X's view is that …" / "X's claim that …" / "The view of X is that …"."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:  # "The view of Jo Roe, who heads the guild, is that ..."
        poss = next(
            (
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1
                for g in c.children
                if g.dep_ == "pobj"
                and g.tag_ == "NNP"
                and (
                    g.ent_type_ == "PERSON"  # or a name the NER misread, with "who" after it
                    or any(r.dep_ == "relcl" and r.left_edge.lower_ == "who" for r in g.rights)
                )
            ),
            None,
        )
    if poss is None or poss.lower_ in NOT_SOURCES or poss.lower_ in UNNAMED_OWNERS:
        return None
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i), None)
    if clause is None and noun.dep_ == "nsubj":
        verb = noun.head
        if (  # "His view, offered later over tea, is that ...": the parse makes the aside's
            verb.tag_ == "VBN"  # participle the noun's verb
            and verb.dep_ == "ccomp"
            and verb.head.lower_ in _COPULAS
            and verb.head.i > verb.i
            and verb.doc[verb.right_edge.i + 1].text == ","
        ):
            verb = verb.head
        clause = next(
            (c for c in verb.children if c.dep_ in ("ccomp", "attr") and c.i > max(noun.i, verb.i)),
            None,
        )
        if (
            clause is not None
            and clause.dep_ == "attr"
            and not any(t.dep_ == "mark" for t in clause.subtree)
        ):
            clause = None
    if clause is None or (  # "his comments made on the radio", "claims involving ...": what
        # describes the words, not what they say
        clause.tag_ in ("VBN", "VBG")
        and not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "aux") for c in clause.children)
    ):
        return None
    mention, speaker, confidence, person = reader.speaker_of(poss, offset)
    block = _block([*subject_tokens(poss), noun], offset)
    parts = _merge_parts(reader, [_extent(clause, offset)])
    if not parts:
        return None
    return Attribution(parts, block, mention, speaker, noun.text, confidence * 0.9, None, person)


# Adjectives of belief or fear that take a clause: "Roe is confident that the bill will pass".
STANCE_ADJECTIVES = frozenset(
    """confident sure convinced certain worried concerned hopeful optimistic pessimistic skeptical
    sceptical afraid adamant fearful doubtful unsure uncertain insistent positive""".split()
)


def stance_attribution(reader: ArticleContext, adj: Token, offset: int) -> Attribution | None:
    """ "Roe is confident that the bill will pass", "Officials are worried the dam could fail":
    the subject's stated belief or fear is what the clause says (an attitude, not words)."""
    verb = adj.head
    if adj.dep_ != "acomp" or not verb.tag_.startswith("VB"):
        return None
    clause = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None) or next(
        (  # the parse may hang the clause on the verb: "are worried that ..."
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "conj")  # or read it as a second clause: "was adamant the
            and c.i > adj.i  # offer was final" (no "and" before it)
            and c.left_edge.i == adj.i + 1
        ),
        None,
    )
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if (
        clause is None
        or subj is None
        or subj.lower_ in NOT_SOURCES
        or subj.lower_ == "it"
        or reader.in_quote(offset, subj)
        or reader.in_quote(offset, adj)
        or not _may_speak(subj)
        or _marked(clause, _ADVERBIAL_MARKS)
    ):
        return None
    parts = _merge_parts(reader, [_extent(clause, offset)])
    if not parts or sum(len(reader.text[a:b].split()) for a, b in parts) < 3:
        return None  # not "was sure it would": too little to cite
    block = _block([*subject_tokens(subj), verb, adj], offset)
    mention, speaker, confidence, person = reader.speaker_of(subj, offset, verb, parts)
    if reader.is_author(speaker):
        return None
    return Attribution(parts, block, mention, speaker, adj.text, confidence * 0.8, None, person)


_DATA_VERBS = "shows?|showed|shown|found|finds|suggests?|suggested|indicates?|indicated"

# "<content>, records show." / "<content>, the poll found." / "X, F.A.A. records show, Y": a data
# source set off after its content, which the small parser often mis-tags ("show" as a noun).
_DATA_TAIL = re.compile(
    r",\s+((?:(?:the|a|an|new|recent|official|[A-Z][\w.&'’-]*)\s+){0,3}(?:"
    + "|".join(sorted(DATA_NOUNS, key=len, reverse=True))
    + r"))\s+("
    + _DATA_VERBS
    + r")\s*(?=[.,;]|$)"
)


def data_tagline(reader: ArticleContext, unit: Span, offset: int) -> Attribution | None:
    """ "The plane was insured for $35 million, records show.": the records report the clause."""
    text, base = unit.text, offset + unit.start_char
    found = _DATA_TAIL.search(text)
    if found is None or reader.mask[base + found.start()]:
        return None
    rest = text[found.end() :]
    pieces = [(base, base + found.start())]
    if rest.startswith(","):  # set off mid-sentence: the clause goes on after it
        pieces.append((base + found.end() + 1, base + len(text)))
    doc = unit.doc
    kept = [
        (a, b)
        for a, b in pieces
        if len(reader.text[a:b].split()) >= 3 and not _scene_setting(doc, a - offset, b - offset)
    ]
    parts = _merge_parts(reader, kept)
    if not parts:
        return None
    mention = found.group(1)
    block = (base + found.start(1), base + found.end(2))
    return Attribution(parts, block, mention, mention, found.group(2), 0.6, None, None)


def mistagged_cue(tok: Token) -> bool:
    """A reporting verb the tagger read as a noun but the parse gave a subject and a clause:
    "Roe claims that ...", "the agency forecast that ..."."""
    return (
        tok.tag_ in ("NN", "NNS")
        and tok.lower_ in CUE_FORMS
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
    )


def _puts_it(verb: Token) -> bool:
    """ "One juror put it more bluntly:": words put a certain way are said."""
    return verb.lower_ in ("put", "puts") and any(
        c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
    )


def as_put_it(verb: Token) -> bool:
    return verb.lower_ in ("put", "puts") and _marked(verb, ("as",))


VIEW_FORMS = frozenset(
    """see sees saw seen seeing view views viewed viewing regard regards regarded
    regarding""".split()
)
_MADE_PLAIN = frozenset("clear plain known".split())


def holds_as(verb: Token) -> bool:
    """A view of something or someone: "Roe sees the tax as a mistake", "voters regard him as
    honest"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        verb.lower_ in VIEW_FORMS
        and obj is not None
        and any(
            c.dep_ in ("prep", "oprd") and c.lower_ == "as" and c.i > obj.i for c in verb.children
        )
    )


def makes_plain(verb: Token) -> bool:
    """ "Roe made clear that ...", "made it plain that ...": a statement."""
    return verb.lower_ in ("make", "makes", "made", "making") and _plain_word(verb) is not None


def _plain_word(verb: Token) -> Token | None:
    """The "clear" of "made clear ...": the verb's own within two words, or the next word when
    the parse hung it on the clause that follows ("made clear she would push")."""
    found = next((c for c in verb.children if c.lower_ in _MADE_PLAIN and c.i <= verb.i + 2), None)
    if found is None and verb.i + 1 < len(verb.doc):
        after = verb.nbor(1)
        if (
            after.lower_ in _MADE_PLAIN
            and after.dep_ == "acomp"
            and after.head.dep_ == "ccomp"
            and after.head.head == verb
        ):
            found = after
    return found


def reports_clause(verb: Token) -> bool:
    """A verb outside the cue lists that still reports a person's clause: "X conceded that ..."."""
    if verb.lower_ in _NOT_REPORTING or verb.dep_ in ("aux", "auxpass", "amod"):
        return False
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if comp is None or not _marked(comp, ("that",)):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.tag_ in ("NN", "NNS") and subj.lower_.removesuffix("s") in ROLE_NOUNS:
        return True  # "the minister conceded that ...", "officials acknowledged that ..."
    return subj.lower_ in ("he", "she") or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")


def _proper_name(tok: Token) -> Span | None:
    """Two to four capitalised proper nouns from `tok` on, as after a signature dash."""
    doc, end = tok.doc, tok.i
    while (
        end < len(doc)
        and end - tok.i < 4
        and doc[end].tag_ == "NNP"
        and doc[end].text[:1].isupper()
    ):
        end += 1
    if end - tok.i < 2 or doc[tok.i].ent_type_ in ("ORG", "GPE", "NORP", "FAC"):
        return None
    return doc[tok.i : end]


def _inverted_lead(colon: Token) -> tuple[Token, Token] | None:
    """(verb, speaker) of a sentence opening with its reporting verb: "Said Roe: “…”", "Added one
    official: “…”" (the parse often reads the verb as part of a name)."""
    words = [t for t in colon.doc[colon.sent.start : colon.i] if not (t.is_punct or t.is_space)]
    if len(words) < 2 or len(words) > 6 or not words[0].text[:1].isupper():
        return None
    verb, subj = words[0], words[-1]
    if verb.lower_ not in SPEECH_FORMS or not verb.lower_.endswith(("ed", "id", "ld", "ote")):
        return None  # a past-tense form only: "Says" can open a headline about someone
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in words[1:]):
        return None
    return (verb, subj) if subj.tag_ in ("NN", "NNS", "NNP", "NNPS") else None


def _writing_of(colon: Token) -> Token | None:
    """ "From Jo Roe's Facebook post: “…”", "In Roe's words: “…”": the person whose writing or
    words the verbless lead before the colon names."""
    lead = colon.doc[colon.sent.start : colon.i]
    if (
        len(lead) < 3
        or lead[0].lower_ not in ("from", "in")
        or any(t.tag_.startswith("VB") for t in lead)
    ):
        return None
    for tok in lead:
        if (
            tok.dep_ == "poss"
            and tok.head.head == lead[0]
            and (tok.head.lower_ in DOCUMENT_NOUNS or tok.head.lower_ in ("words", "remarks"))
            and (tok.ent_type_ == "PERSON" or tok.tag_ == "NNP")
        ):
            return tok
    return None


_ANSWER_NOUNS = SOURCE_NOUNS | frozenset(
    "response reply answer reaction retort comment remark words verdict".split()
)


# A pronoun the parse makes the subject of a clause it only completes ("watched him give").
_OBJECT_PRONOUNS = frozenset("him her them me us".split())


def _answer_from(colon: Token) -> Token | None:
    """ "That got a reply from Desai himself: “…”": the person an answer before the colon is
    from."""
    for noun in colon.sent:
        if noun.i >= colon.i or noun.lower_ not in _ANSWER_NOUNS or not noun.tag_.startswith("NN"):
            continue
        for prep in noun.rights:
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                prep.lower_ == "from"
                and source is not None
                and source.right_edge.i == colon.i - 1
                and (
                    source.ent_type_ == "PERSON"
                    or source.lower_ in PERSONAL
                    or source.lower_ in ROLE_NOUNS
                )
            ):
                return source
    return None


def _introduced_by_colon(reader: ArticleContext, q: QuoteSpan) -> None:
    """ "She had a message for voters: “…”": a quotation after a colon closing a clause about a person."""
    i = q.start
    while i > 0 and reader.text[i - 1] in " \t\n":
        i -= 1
    if i == 0 or reader.text[i - 1] != ":":
        return
    found = reader.token_at(i - 1)
    if found is None:
        return
    offset, colon = found
    writer = _writing_of(colon)
    if writer is not None and not reader.in_quote(offset, writer):
        block = _block([*subject_tokens(writer), writer.head], offset)
        _credit_quote(reader, q, block, None, reader.speaker_of(writer, offset))
        return
    answer = _answer_from(colon)
    if answer is not None and not reader.in_quote(offset, answer):
        noun = answer.head.head
        block = _block([noun, answer.head, answer], offset)
        _credit_quote(reader, q, block, noun.text, reader.speaker_of(answer, offset))
        return
    verb, subj = colon.nbor(-1) if colon.i > 0 else colon, None
    inverted = _inverted_lead(colon)
    if inverted is not None:
        verb, subj = inverted
    for _ in range(0 if inverted else 8):  # up to the verb that has the words' subject
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in _OBJECT_PRONOUNS:
            subj = None  # "She recalled the lesson she watched him give:": not "him"
        if (verb.tag_.startswith("VB") and subj is not None) or verb.head == verb:
            break
        verb = verb.head
    outer = verb  # ... and the one who recalled it, when a clause about the lesson came between
    while (
        not inverted
        and subj is not None
        and not _speech(outer)
        and outer.dep_ not in ("ROOT", "conj", "parataxis")  # not another clause's speaker
        and outer.head.i < colon.i  # nor a verb of the quotation
    ):
        outer = outer.head
        said_by = next((c for c in outer.children if c.dep_ == "nsubj"), None)
        if _speech(outer) and said_by is not None and said_by.lower_ not in _OBJECT_PRONOUNS:
            verb, subj = outer, said_by
    if subj is not None and subj.lower_ in _ANSWER_NOUNS:
        # "Roe's response was: “…”": the owner of the response speaks
        subj = next((c for c in subj.children if c.dep_ == "poss"), subj)
    if subj is not None and not inverted:  # "One of the operators, Jo Roe, told them:": Roe
        subj = _name_beside_verb(subj, verb)
    if (
        subj is None
        or subj.i > colon.i
        or not (verb.tag_.startswith("VB") or inverted)
        or reader.in_quote(offset, subj)
        or verb.i > colon.i
    ):
        return
    if not (
        subj.lower_ in PERSONAL
        or person_entity(subj) is not None
        or reader.people.known(subj.text, offset + subj.idx)
        or inverted  # "Said one voter:": the sentence's shape names a speaker
        # "The union's president, Rita Gomez, put it this way:"
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children)
        # "The Ledger confirmed it, reporting:", "The group describes itself this way:"
        or (_speech(verb) or _speech(colon.nbor(-1)) or _puts_it(verb))
        and subj.tag_.startswith("NN")
    ):
        return
    mention, speaker, confidence, person = reader.speaker_of(subj, offset)
    if inverted:  # the NER often reads "Said Roe" as one name
        named = reader.people.known(subj.doc[verb.i + 1 : subj.i + 1].text, offset + verb.idx)
        if named is not None:
            speaker, person = named.name, named
        mention = subj.doc[verb.i + 1 : subj.i + 1].text
    block = _block([*subject_tokens(subj), verb], offset)
    said = colon.nbor(-1) if colon.i > 0 else verb
    # "Roe, asked if she would yield, replied: “…”", parsed with "asked" as the main verb
    cue = said.text if said.tag_ in FINITE_TAGS and _speech(said) else verb.text
    _credit_quote(reader, q, block, cue, (mention, speaker, confidence, person))


def _credit_quote(
    reader: ArticleContext,
    q: QuoteSpan,
    block: tuple[int, int],
    cue: str | None,
    credit: tuple[str, str | None, float, Person | None],
) -> None:
    """A quotation introduced by a colon, credited to (mention, speaker, confidence, person)."""
    mention, speaker, confidence, person = credit
    parts = _merge_parts(reader, [(q.start, q.end)])
    reader.found.append(
        Attribution(parts, block, mention, speaker, cue, confidence * 0.7, None, person)
    )


# "ROE: ...", and in Markdown "**Jo Roe:** ..." or "**Roe**: ..."
_EMPHASIS = r"(?:\*\*|__|\*|_)?"
_SPEAKER_LINE = re.compile(
    _EMPHASIS
    + _LINE_NAME.removesuffix(":")
    + r"(?:[ \t]+\(([^()\n]{2,60})\))?"  # a record's "Keir Dunmore (Leader of the Opposition):"
    + _EMPHASIS
    + ":"
    + _EMPHASIS
    + r"[ \t]+(?=\S)"
)


# One word naming who or what reports, before a colon opening a headline or paragraph.
_SOURCE_LABELS = DATA_NOUNS | frozenset(
    "sources officials police prosecutors investigators experts witnesses memo lawsuit".split()
)


def speaker_lines(reader: ArticleContext) -> None:
    """A paragraph or headline opening with a person's name and a colon ("ROE: We never ...",
    "Jane Roe: ‘Of Course’ the Plan Works"): the rest of it is that person's."""
    text = reader.text
    lines = [
        (p_start, p_end, line)
        for p_start, p_end in reader.paragraph_spans
        if (line := _SPEAKER_LINE.match(text, p_start, p_end)) is not None
        # a label naming no one does not make a transcript, but an interview's "Q:" and "A:" do
        and (
            not _names_no_one(line.group(1))
            or line.group(1).lower() in ("q", "a", "question", "answer")
        )
    ]
    # Two or more labels in capitals ("PRICE: ..."), or one label heading two lines or more among
    # three: a transcript, its lines the words spoken
    labels = Counter(line.group(1) for *_, line in lines)
    # (or two labels with a role or a name in brackets, as a parliament's record writes them)
    transcript = (
        sum(n for name, n in labels.items() if name.isupper() and len(name) > 1) > 1
        or (len(lines) > 2 and max(labels.values(), default=0) > 1)
        or sum(1 for *_, line in lines if line.group(2)) > 1
    )
    # The outlet or writer asking ("**Harbour Gazette:** What is ...?") is the article's voice.
    own = {n.lower() for n in (reader.article.source, reader.article.author) if n}
    for p_start, p_end, line in lines:
        if line.group(1).lower() in own:
            continue
        lo, hi = _trim(text, line.end(), p_end)
        touching = [
            att for att in reader.found if any(s < hi and lo < e for s, e in att.parts + att.extra)
        ]
        spoken = (
            transcript and not _title_case(text[lo:hi]) and not is_headline(text[p_start:p_end])
        )
        if hi - lo < 8 or (
            not spoken and any(not p_start <= att.block[0] < lo for att in touching)
        ):
            continue  # too short, or credited by a cue of its own (in a transcript: the label's)
        for att in touching:  # "Roe: ‘Of Course’ ...": the whole line, not only the quoted words
            reader.found.remove(att)
        hi = _quotation_before_news(reader, lo, hi)
        name, name_at = line.group(1), p_start
        if _names_no_one(name):
            continue  # "A:" heads the interviewee's answer (`interview_answers`)
        owned = list(re.finditer(r"['’]s\s+(?=[A-Z])", name))
        if owned:  # "Norvale's Kaspar: ‘…’": Kaspar, not her country
            name, name_at = name[owned[-1].end() :], line.start(1) + owned[-1].end()
        found = reader.token_at(name_at)
        ent = person_entity(found[1]) if found is not None else None
        written = entity_name(ent) if ent is not None else name
        if name.isupper():
            written = written.title()  # transcript labels: "TAPPER:", "MAYOR ROSA LINDQVIST:"
        person = reader.people.known(written, name_at)
        if person is None and ent is None and line.group(2):  # "The Prime Minister (Rishi
            person = reader.people.known(line.group(2), line.start(2))  # Harlow):"
        if person is None and ent is None and spoken and _transcript_label(reader, line):
            person = reader.people.add_labelled(written, p_start)
        if person is None and ent is None:
            if name.lower() not in _SOURCE_LABELS and not (  # "Report: ...", "Poll: ..."
                p_start == 0 and _headline_source(found, name)
            ):
                continue  # "Update:", "Washington:", "Editor's note:" are not people
            speaker = name
        else:
            speaker = person.name if person else reader.people.full_name(written, p_start)
        reader.found.append(
            Attribution(
                [(lo, hi)] if spoken else _merge_parts(reader, [(lo, hi)]),
                (name_at, name_at + len(name)),
                name,
                speaker,
                ":",
                0.6,
                None,
                person,
                verbatim=spoken,
            )
        )


# After a headline's quotation, the news it comes with: "Lyle: ‘We were robbed’ as late penalty
# sinks Rovers", "... after defeat", "... — report"
_NEWS_AFTER = re.compile(
    r"\s*(?:[—–-]|,|(?:as|after|amid|over|following|despite|before|while|when|in|at|on)\b)",
    re.IGNORECASE,
)


def _quotation_before_news(reader: ArticleContext, lo: int, hi: int) -> int:
    """The end of a line's words after a label: the quotation that opens it, when the news it
    comes with follows ("Lyle: ‘We were robbed’ as late penalty sinks Rovers"), else `hi`."""
    q = reader.quote_at(lo)
    if q is None or q.start != lo or q.end >= hi or not _NEWS_AFTER.match(reader.text, q.end, hi):
        return hi
    return q.end


def _headline_source(found: tuple[int, Token] | None, name: str) -> bool:
    """A headline's label that is a body's name or a group ("NY Post: ...", "Judicial Watch:
    ...", "Historians: ..."), not a place ("Iowa: ...") or a headline of its own ("Trump
    Addresses Munich Attack: ...")."""
    words = name.split()
    if words[-1].lower().endswith("s") and person_noun(words[-1].lower()[:-1]):
        return True  # "Historians", "Fans"
    if found is None or len(words) > 3:
        return False
    tok = found[1]
    label = tok.doc[tok.i : tok.i + len(words)]
    return all(t.ent_type_ == "ORG" for t in label)  # the label is the body's name, no more


def _title_case(line: str) -> bool:
    """ "‘Of Course’ the Port Plan Is Ready To Go.": a headline's capitals, not a spoken line."""
    words = re.findall(r"[^\W\d_]+", line)[1:]  # the first word is capitalised anyway
    return len(words) > 1 and sum(w[0].isupper() for w in words) * 2 > len(words)


# Labels in capitals that head a line of a transcript but name no one.
_NOT_SPEAKERS = frozenset(
    """q a question answer update note editor's editors correction breaking watch related photo
    video listen read summary background analysis context transcript source sources claim facts
    fact latest verdict warning disclaimer spoiler spoilers alert disclosure""".split()
)


def _names_no_one(label: str) -> bool:
    """A label before a colon that names no one: "Analysis:", "Update:", "Editor's note:", or a
    fact check's "THE CLAIM:" and "THE FACTS:" (but "Sources:" and "Memo:" are sources)."""
    words = label.lower().replace("’", "'").split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    name = " ".join(words)
    return name in _PIECE_LABELS or (
        all(w in _NOT_SPEAKERS for w in words) and name not in _SOURCE_LABELS
    )


# Labels of a kind of piece before a headline's colon: "Analysis: ...", "Explainer: ...".
_PIECE_LABELS = frozenset(
    "analysis explainer opinion commentary editorial review exclusive".split()
)


def _transcript_label(reader: ArticleContext, line: re.Match[str]) -> bool:
    """A transcript's capitals label that may be a person: not a place, an organisation or a
    date the NER sees, nor a word such as "UPDATE" or "Q"."""
    name = line.group(1)
    found = reader.token_at(line.start(1))
    if len(name) < 2 or any(w.lower() in _NOT_SPEAKERS for w in name.split()):
        return False
    if found is None:
        return True
    tok = found[1]
    label = tok.doc[tok.i : tok.i + len(name.split())]
    return not any(t.ent_type_ and t.ent_type_ != "PERSON" for t in label)


_QUESTION_LABEL = re.compile(r"(?:Q|QUESTION|Question)\s*[:.][ \t]+(?=\S)")
_ANSWER_LABEL = re.compile(r"(?:A|ANSWER|Answer)\s*[:.][ \t]+(?=\S)")


def interview_answers(reader: ArticleContext) -> None:
    """An interview printed as questions and answers ("Q: Is the deal dead?" / "A: Not yet."):
    each answer is the interviewee's own words, the person the introduction names most often
    (a subject, then the latest, of equals). The questions stay the article's."""
    text = reader.text
    spans = reader.paragraph_spans
    questions = [p for p in spans if _QUESTION_LABEL.match(text, p[0], p[1])]
    answers = [(p, m) for p in spans if (m := _ANSWER_LABEL.match(text, p[0], p[1]))]
    if not questions or not answers:
        return
    introduction = [m for m in reader.people.mentions if m.end <= questions[0][0]]
    count = Counter(id(m.person) for m in introduction)
    named = [m for m in introduction if not m.quoted]
    if not named:
        return
    # (of those named equally often, one named as a subject: "Lena Okafor, 29, has captained
    # ... her brother Femi, who plays for Saracens" is Okafor's interview)
    subjects = {id(m.person) for m in named if m.subject}
    person = max(
        reversed(named), key=lambda m: (count[id(m.person)], id(m.person) in subjects)
    ).person
    # What others said inside an answer is nested in it ("My deputy says ..."): the whole answer.
    for (p_start, p_end), label in answers:
        lo, hi = label.end(), p_end
        if hi - lo < 2:
            continue
        reader.found.append(
            Attribution(
                [(lo, hi)],
                (p_start, label.end()),
                label.group().strip(),
                person.name,
                None,
                0.6,
                None,
                person,
                verbatim=True,
            )
        )


_SENTENCE_GAP = re.compile(r"[.!?][\"”’']?[^\S\n]+")


def _name_opening(text: str, at: int) -> int | None:
    """Where "Roe:" opens a line or a sentence right before the quotation at `at`
    ("Clinton: “…” Bush: “…”"), if it does."""
    line_start = text.rfind("\n", 0, at) + 1
    starts = [line_start] + [m.end() for m in _SENTENCE_GAP.finditer(text, line_start, at)]
    colon = _NAME_COLON.match(text, starts[-1], at)
    return colon.start(1) if colon else None


# A word, then a spaced dash right before a quotation ("Jo Roe -- “…”"), and a dash after it.
_DASHED_ASIDE = re.compile(r"\w(?=\s+(?:--|[—–])\s*$)")
_DASH_AFTER = re.compile(r"[,.]?[’”'\"]*\s*(?:--|[—–])\s")


def tagline_attributions(reader: ArticleContext) -> None:
    """Quotations signed with a dash ("“…” — Jane Roe") or a name and colon ("Roe: “…”")."""
    text = reader.text
    for q in reader.quotes:
        _introduced_by_colon(reader, q)
        dash = _DASH_NAME.match(text, q.end)
        para_start = max((p for p, _ in reader.paragraph_spans if p <= q.start), default=0)
        if dash is None and not text[para_start : q.start].strip():
            dash = _SIGNATURE_LINE.match(text, q.end)
        name_at = dash.end() if dash else None
        if name_at is None:
            name_at = _name_opening(text, q.start)
        aside = None
        if name_at is None:  # "..., including Jo Roe -- “…” -- and ...": set off after the name
            aside = _DASHED_ASIDE.search(text, para_start, q.start)
            if aside is not None and _DASH_AFTER.match(text, q.end):
                name_at = aside.start()
        found = reader.token_at(name_at) if name_at is not None else None
        if found is None:
            continue
        offset, tok = found
        ent = person_entity(tok) or (None if aside else _proper_name(tok))
        surname = None
        if ent is None and dash is not None and tok.tag_ == "NNP":  # "“…” / - Roe.": the
            # surname alone of someone the article names in full
            surname = reader.people.known(tok.text, offset + tok.idx)
            ent = tok.doc[tok.i : tok.i + 1] if surname is not None else None
        if ent is None:
            continue
        name = entity_name(ent)
        person = reader.people.person_named(name) or surname
        full = person.name if person else reader.people.full_name(name, offset + ent.start_char)
        block = (offset + ent.start_char, offset + ent.end_char)
        parts = _merge_parts(reader, [(q.start, q.end)])
        reader.found.append(
            Attribution(parts, block, ent.text, full, "—" if dash else ":", 0.7, None, person)
        )


_OBJECT_CHANCE = 0.6

# Prepositions that go on describing a verb's object when the parse hangs them on the verb
# ("unveiled a list of backers from five states"); "in", "at", "on" tell where or when instead.
_OBJECT_PREPOSITIONS = frozenset("from of as to about into with for".split())

# Verbs whose infinitive did not happen: "refused to endorse", "declined to back".
_REFUSALS = frozenset(
    """refuse refuses refused refusing decline declines declined declining""".split()
)

# Verbs of phase: "began to argue", "kept trying" say when, not who holds a view.
_ASPECTUAL = frozenset(
    """begin began begun begins beginning start starts started starting continue continues
    continued continuing keep keeps kept keeping stop stops stopped stopping cease ceases ceased
    ceasing resume resumes resumed resuming""".split()
)

_NOT_SPEAKING = frozenset("DATE TIME CARDINAL ORDINAL PERCENT MONEY QUANTITY".split())


def _may_speak(subj: Token) -> bool:
    """A subject that can hold a view: a name, a pronoun, a determined noun ("the report", "his
    aide") or a group the sentence pins down ("officials with the campaign", "people close to
    her", "Roe allies"); not a number, a date, a dateline or a bare plural ("Western leaders have
    acknowledged ..." stays the article's own claim)."""
    bare = (
        subj.tag_ in ("NN", "NNS")
        and not subj.ent_type_
        and not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children)
        and not any(_pins_down(c) for c in subj.children)
    )
    return (
        not bare
        and subj.tag_ in ("NN", "NNS", "NNP", "NNPS", "PRP")
        and subj.ent_type_ not in _NOT_SPEAKING
        and not subj.lower_.endswith("self")
        and not subj.lower_.endswith("selves")
        and not (subj.is_upper and len(subj.text) > 3)
    )


def _pins_down(child: Token) -> bool:
    """A modifier that says which group a plural is: a phrase or clause after it ("with the
    campaign", "who backed her"), an adjective with its own complement ("close to her") or a
    named person or organisation ("Roe allies")."""
    return (
        child.dep_ in ("prep", "relcl", "acl")
        or (child.dep_ == "amod" and any(True for _ in child.children))
        or (child.dep_ == "compound" and child.ent_type_ in ("PERSON", "ORG"))
    )


def _quotes_words(
    reader: ArticleContext, q: QuoteSpan, lo: int, hi: int, named: bool = False
) -> bool:
    """A quotation that is someone's words inside a longer complement: not the whole complement
    ("read “War and Peace”"), not a title ("the “Art of the Deal” book") and not a scare-quoted
    term ("the “carried interest” loophole"). A two-word label counts when it is `named` by the
    verb's own object or "as" phrase ("painted Roe as a “snake-oil seller”")."""
    inner = _inner_words(reader, q)
    outside = reader.text[lo : q.start].split() + reader.text[q.end : hi].split()
    label = (
        named
        and _AS_LABEL.search(reader.text[lo : q.start]) is not None
        and _ends_phrase(reader, q)
    )
    return (
        len(inner) >= (2 if label else 3) and bool(outside) and not _titled(inner)
    )  # not a scare-quoted term


def _ends_phrase(reader: ArticleContext, q: QuoteSpan) -> bool:
    """The quotation's last word heads its phrase ("as a “snake-oil seller”"), not a modifier of a
    word after it ("as a “floating storage” asset")."""
    inner = reader.text[q.start : q.end].rstrip(_CLOSING_PUNCT + " ;:")
    found = reader.token_at(q.start + len(inner) - 1) if inner else None
    return found is not None and found[1].head.i <= found[1].i


_CLOSING_PUNCT = ",.!?’”'\""  # what may stand between a phrase's last word and its mark
# Right before a quoted label: "as a “…”" (a label of the verb's), or "a “…”" too (a naming
# frame in which a stop may stand inside the marks: "labelled it a “pariah.”").
_AS_LABEL = re.compile(r"\bas\s+(?:a|an|the)\s+\W?$", re.I)
_NAMING = re.compile(r"\b(?:as\s+(?:a|an|the)|a|an)\s+\W?$", re.I)


def _titled(words: list[str]) -> bool:
    """Capitalised like a title: "War and Peace", "The Art of the Deal"."""
    return all(w[:1].isupper() for w in words if len(w) > 3)


def _only_a_title(reader: ArticleContext, lo: int, hi: int) -> bool:
    """The whole complement is one quoted title ("read “War and Peace”"): a work, not words."""
    return any(
        q.start <= lo and hi <= q.end and _titled(_inner_words(reader, q)) for q in reader.quotes
    )


def _with_bare_conjunct(verb: Token, last: Token) -> Token:
    """ "declined to fault the guards or even question them", parsed with "question" joined to
    "declined": a bare verb right after the infinitive, with no subject of its own, is a second
    infinitive."""
    doc = verb.doc
    end = last
    while end.i > verb.i + 1 and (end.dep_ == "cc" or end.is_punct):
        end = end.nbor(-1)  # the parse may hang the "or" on the first infinitive
    for conj in verb.rights:
        if (
            conj.dep_ == "conj"
            and conj.tag_ in ("VB", "VBP")
            and conj.left_edge.i > end.i
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in conj.children)
        ):
            between = doc[end.i + 1 : conj.left_edge.i]
            if [t.lower_ for t in between if t.text != ","] in (["or"], ["and"]):
                return _trim_back(conj.right_edge, conj)
    return end  # not "declined to elaborate or": a dangling "or" is no part of it


def _object_continued(
    reader: ArticleContext, last: Token, hi: int, tail: list[Token], offset: int
) -> tuple[Token, int]:
    """An object's own phrase that the parse hung on the verb ("unveiled a list of backers from
    five states", "called the plan a ploy") runs on with it, unless it would cut a quotation."""
    follows = next(
        (
            c
            for c in tail
            if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPOSITIONS)
        ),
        None,
    )
    if follows is None or follows.i != last.i + 1:
        return last, hi
    end = follows.right_edge
    while end.is_punct and end.i > follows.i:
        end = end.nbor(-1)
    end_char = offset + end.idx + len(end.text)
    if any(q.start < end_char and q.end > hi for q in reader.quotes):
        return last, hi
    return end, end_char


def _labelled_by_another(first: Token) -> bool:
    """A complement that opens "what <subject> <verb>": the inner verb's subject says it."""
    inner = first.head
    return first.lower_ == "what" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in inner.children
    )


def learned_attribution(
    reader: ArticleContext, verb: Token, offset: int, model: dict
) -> Attribution | None:
    """A verb the rules skipped, read by the learned cue model (`learned_cues`)."""
    found = candidate(verb)
    if (
        found is None
        or (found.shape == "xcomp" and verb.lower_ in _ASPECTUAL)
        or _under_imperative(verb, reader, offset)
        or _asked_aside(verb)
    ):
        return None  # "continued to build": the infinitive's own verb may report, not this one
    subj = found.subject
    if subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        subj = _described(verb.head)  # "officials who warned that ...": the officials
    if (
        subj.lower_ in NOT_SOURCES
        or subj.lower_ == "it"
        or reader.in_quote(offset, subj)
        or not _may_speak(subj)
    ):
        return None
    word = model_spelling(verb.lower_, model)
    chance = probability(features(found, word), model)
    clause = found.shape.startswith("ccomp")
    lo, hi = _trim(
        reader.text, offset + found.first.idx, offset + found.last.idx + len(found.last.text)
    )
    # Quoted words in the complement ("Norway labelled the junta a “pariah regime”", "Seoul
    # faulted the regime for its “reckless provocation”") are the subject's own words framed by
    # the writer: the verb reports them whatever its rarity.
    quoting = False
    ends = [hi]
    naming = [(lo, hi)]  # where a quoted label names what the verb reports ("as a “…”")
    if found.shape == "dobj" or found.shape.startswith("prep_"):  # the object and what
        # follows it: "for its “…”", "as “…”", "branded the regime an “…”"
        tail = [
            c
            for c in verb.rights
            if c.i > found.last.i
            and (
                (found.shape == "dobj" and c.dep_ in ("prep", "oprd"))
                or (c.dep_ == "prep" and c.lower_ == "as")  # "went after Roe as a “…”"
                or (c.dep_ == "dobj" and c.left_edge.i == found.last.i + 1)  # "branded X a “…”"
            )
        ]
        if tail:
            ends.append(_trim(reader.text, lo, _block([tail[-1].right_edge], offset)[1])[1])
        naming += [_extent(c, offset) for c in tail if c.lower_ == "as" or c.dep_ == "dobj"]
    # a quotation closing at the end of the complement; then one whose stop stands inside its
    # marks after a naming frame ("admires Roe as a “true statesman,”", "labelled it a “pariah.”")
    for relaxed, end in [(False, e) for e in ends] + [(True, e) for e in ends]:
        framed = [
            q
            for q in reader.quotes
            if lo <= q.start
            and (
                q.end <= end + 1
                if not relaxed
                else not reader.text[end : q.end].strip(_CLOSING_PUNCT)
                and _NAMING.search(reader.text[lo : q.start]) is not None
            )
            and _quotes_words(reader, q, lo, end, any(a <= q.start < b for a, b in naming))
        ]
        if framed:  # to the closing mark
            quoting, hi = True, max([end] + [q.end for q in framed if q.end <= end + 3])
            break
    whole = next(  # "a proposal Roe derided as “a fantasy.”": the quotation is all it names
        (
            q
            for q in reader.quotes
            if found.shape == "prep_as"
            and q.start < lo
            and not reader.text[q.start : lo].strip(OPENING_MARKS + " ")
            and not reader.text[hi : q.end].strip(_CLOSING_PUNCT)
        ),
        None,
    )
    if not quoting and whole is not None:
        quoting, lo, hi = True, whole.start, whole.end
    if quoting and _labelled_by_another(found.first):
        return None  # "The talks collapsed into what one official called “a farce”": his label
    if quoting:
        chance = max(chance, model["threshold"])
    elif _only_a_title(reader, lo, hi) or "w=" + word not in model["weights"]:
        return None  # a title, or a verb the training never saw ("reside"): no evidence
    elif chance < (model["threshold"] if clause else max(model["threshold"], _OBJECT_CHANCE)):
        return None  # an object or an infinitive ("welcomed the decision", "declined to
        # comment", "sought to calm the crowd") needs more certainty than a clause
    if found.shape == "xcomp" and not quoting:
        last = _with_bare_conjunct(verb, found.last)
        if last.i != found.last.i:
            found.last = last
            hi = offset + last.idx + len(last.text)
    if found.shape == "dobj" and not quoting:
        last = _before_second_predicate(found.first, found.last)
        obj = next(c for c in verb.children if c.dep_ == "dobj")
        aside = next(  # "endorsed Roe, who said he was grateful": Roe's own statement follows
            (
                c
                for c in obj.children
                if c.dep_ == "relcl" and c.lower_ in CUE_FORMS and c.left_edge.nbor(-1).text == ","
            ),
            None,
        )
        if aside is not None and aside.left_edge.i - 2 >= found.first.i:
            last = min(last, aside.left_edge.nbor(-2), key=lambda t: t.i)
        described = _before_closing_apposition(found.first, last, obj)
        if described.i - found.first.i >= 2:  # "endorsed Jo Roe, the mayor" keeps its words
            last = described
        if last.i < found.last.i:
            found.last = last
            hi = offset + last.idx + len(last.text)
        else:
            found.last, hi = _object_continued(reader, found.last, hi, tail, offset)
    if found.last.i - found.first.i < 2 and not quoting:
        return None  # "read the letter": a rare verb needs more than two words to be a statement
    block = _block([*subject_tokens(subj), verb], offset)
    if hi - lo < 2 or (lo < block[1] and block[0] < hi):
        return None
    mention, speaker, confidence, person = reader.speaker_of(subj, offset, verb)
    if reader.is_author(speaker):
        return None
    return Attribution(
        [(lo, hi)], block, mention, speaker, verb.text, round(confidence * chance, 3), None, person
    )


# Adverbs between a headline's source and its verb: "Roe Finally Endorses Park".
_HEADLINE_ADVERBS = frozenset("just also still now again finally officially reportedly".split())

# Plural nouns spelt like a verb's "-s" form: "Power Plant Rules", "Battleground States".
_HEADLINE_NOUNS = frozenset(
    """states rules plans claims questions demands promises talks details estimates forecasts
    reports records notes points""".split()
)


def _plain(words: str) -> str:
    """Lower-case words without punctuation, to compare a headline's quotation with the body."""
    return " ".join(re.findall(r"\w+(?:['’-]\w+)*", words.lower()))


def headline_quote_labels(reader: ArticleContext) -> None:
    """A headline that opens with a quotation and a colon, then says who speaks ("‘A sad day’:
    judge jails notary", "‘Not for sale’: Norvale rejects bid"): the quotation is the subject's
    of the verb after the colon."""
    if not reader.paragraph_spans:
        return
    h_start, h_end = reader.paragraph_spans[0]
    text = reader.text
    q = next((q for q in reader.quotes if q.start == h_start), None)
    if q is None or len(_inner_words(reader, q)) < 2:
        return
    if any(s < q.end and q.start < e for att in reader.found for s, e in att.parts):
        return
    colon = re.match(r"[ \t]*:[ \t]+", text[q.end : h_end])
    found = reader.token_at(q.end + colon.end()) if colon else None
    if found is None:
        return
    offset, first = found
    verb = next(
        (
            t
            for t in first.doc[first.i : first.i + 6]
            # ("defends" may be tagged a plural name in a headline)
            if (t.tag_ in ("VBZ", "VBP") or t.lower_ in CUE_FORMS or t.lower_ in OBJECT_FORMS)
            and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)
        ),
        None,
    )
    if verb is None:
        return
    subj = next(c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i)
    if subj.left_edge.i != first.i or reader.in_quote(offset, subj):
        return
    mention, speaker, confidence, person = reader.speaker_of(subj, offset, verb, [(q.start, q.end)])
    if speaker is None:
        return
    block = _block([*subject_tokens(subj), verb], offset)
    parts = _merge_parts(reader, [(q.start, q.end)])
    reader.found.append(
        Attribution(parts, block, mention, speaker, verb.text, confidence * 0.7, None, person)
    )


def headline_echoes(reader: ArticleContext) -> None:
    """A headline crediting a quotation to a role ("Envoy: ‘A shameful day’") above a body that
    credits those words to a named person ("“It is a shameful day for us,” said Ambassador Jo
    Roe"): the headline's quotation is that person's, when nothing else credits it."""
    if not reader.paragraph_spans:
        return
    h_start, h_end = reader.paragraph_spans[0]
    text = reader.text
    for q in reader.quotes:
        if not h_start <= q.start < h_end or quoted_title(reader, q):
            continue
        words = _inner_words(reader, q)
        if len(words) < 2 or any(
            s < q.end and q.start < e for att in reader.found for s, e in att.parts
        ):
            continue
        label = re.search(r"([^\n:;]{2,60}):\s*$", text[h_start : q.start])
        if label is None:
            continue
        said = _plain(" ".join(words))
        source = next(
            (
                att
                for att in reader.found
                if att.person is not None
                and att.block[0] >= h_end
                and any(said in _plain(text[s:e]) for s, e in att.parts + att.extra)
            ),
            None,
        )
        lo, hi = q.inner(text)
        credit: tuple[str, str | None, Person | None] | None = (
            (label.group(1).strip(), source.speaker, source.person)
            if source is not None  # else "Pensioner on food prices: ‘…’", "Roe at PMQs: ‘…’"
            else _headline_label_source(reader, label, h_start)
        )
        if credit is None:
            continue
        mention, speaker, person = credit
        reader.found.append(
            Attribution(
                [(lo, hi)],
                (h_start + label.start(1), h_start + label.end(1)),
                mention,
                speaker,
                ":",
                0.5,
                None,
                person,
            )
        )


_LABEL_SETTING = re.compile(r"\s+(?:on|at|after|over|about|in|before)\s+\S")


def _headline_label_source(
    reader: ArticleContext, label: re.Match[str], h_start: int
) -> tuple[str, str, Person | None] | None:
    """The source a headline's label names before its colon: a person of the article ("Roe at
    PMQs"), or a role or kind of person ("Pensioner on food prices", "union leader"), as written;
    not a topic ("Budget 2027")."""
    raw = label.group(1)
    setting = _LABEL_SETTING.search(raw)
    written = raw[: setting.start()] if setting else raw
    written = written.strip(" ,;-–—")
    words = written.split()
    bare = re.sub(r"[’']s\b", "", written)  # "Victim’s mother": a possessive, no quotation
    if not words or len(words) > 4 or any(c in bare for c in "‘’“”\"'"):
        return None
    at = h_start + label.start(1)
    person = reader.people.known(written, at)
    if person is not None:
        return written, person.name, person
    noun = words[-1].lower().removesuffix("’s").removesuffix("'s")
    if person_noun(noun):
        mods = words[:-1]  # "Labour leader" names the party; "union leader" leaves it open
        found = (
            reader.people.role_named_next(noun, mods, at, window=2000)
            if all(m[:1].isupper() for m in mods)
            else None
        )
        return written, (found.name if found else written), found
    return None


def headline_attributions(reader: ArticleContext) -> None:
    """A title-case headline built on a reporting verb ("Senate Veteran Jo Roe Endorses Ann Park",
    "Former Aide Says Roe Is In Trouble"): the words before the verb are the source, the words
    after it what was said. The parse reads such lines poorly (every word a name)."""
    if not reader.paragraph_spans:
        return
    p_start, p_end = reader.paragraph_spans[0]
    text = reader.text
    words = list(re.finditer(r"[^\s]+", text[p_start:p_end]))
    alpha = [w.group() for w in words if w.group()[0].isalpha()]
    if not 3 <= len(words) <= 25 or sum(w[0].isupper() for w in alpha) < 0.8 * len(alpha):
        return
    if any(s < p_end and p_start < e for att in reader.found for s, e in att.parts):
        return  # the parse found something of its own there
    for i, w in enumerate(words[1:-1], start=1):
        verb = w.group().lower()
        if (
            not verb.endswith("s")
            or not (verb in SPEECH_FORMS or verb in OBJECT_FORMS)
            or verb in _HEADLINE_NOUNS
        ):
            continue
        source = words[:i]
        while source and source[-1].group().lower() in _HEADLINE_ADVERBS:
            source.pop()
        breaks = [j for j, s in enumerate(source) if s.group().rstrip("’'\"”").endswith((":", ","))]
        lead = source[: breaks[-1] + 1] if breaks else []  # "Wow: Roe Says ...", "Railing
        source = source[breaks[-1] + 1 :] if breaks else source  # Against It, Roe Vows ..."
        if not source or source[-1].group().endswith(("'s", "’s")):
            return  # "Roe's Claims Fall Flat": a noun, not a verb
        lo, hi = p_start + source[0].start(), p_start + source[-1].end()
        c_lo, c_hi = _trim(text, p_start + w.end(), p_end)
        if any(mark in piece.group() for piece in lead for mark in '‘“"'):
            # "‘A Crisis,’ Roe Tells Convention": the quotation before the source is what was said
            c_lo, c_hi = _trim(text, p_start + lead[0].start(), p_start + lead[-1].end())
        while c_hi > c_lo and text[c_hi - 1] in ".!":
            c_hi -= 1
        if c_hi - c_lo < 3:
            return
        mention = text[lo:hi]
        person, speaker = None, mention
        found = reader.token_at(hi - 1)
        if found is not None and found[1].ent_type_ == "PERSON":
            last = first = found[1]  # "Senate Veteran Jo Roe": the name that ends the source (the
            while first.i > 0 and first.nbor(-1).ent_type_ == "PERSON":  # NER may run on into
                first = first.nbor(-1)  # the verb: "Roe Endorses")
            if found[0] + first.idx >= lo:
                name = text[found[0] + first.idx : found[0] + last.idx + len(last.text)]
                person = reader.people.person_named(name)
                speaker = person.name if person else reader.people.full_name(name, hi)
        parts = _merge_parts(reader, [(c_lo, c_hi)])
        reader.found.append(
            Attribution(
                parts, (lo, p_start + w.end()), mention, speaker, w.group(), 0.5, None, person
            )
        )
        return
