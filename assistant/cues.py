"""Word lists of attribution: reporting verbs, source nouns and role nouns (general English, no names)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

# Verbs that report speech or a stated position; inflected forms are generated below.
SPEECH_VERBS = """say tell add argue warn claim note state emphasize emphasise declare insist explain
write ask suggest contend assert acknowledge admit announce report confirm deny predict stress
recall reply respond tweet post charge allege complain maintain observe conclude concede counter
caution urge promise vow pledge indicate reveal remark testify estimate agree disagree accuse
mention point reiterate repeat acknowledge boast brag joke quip retort proclaim affirm contend
continue disclose divulge lament concur opine underline underscore highlight signal hint predict
advise recommend propose threaten demand reckon speculate wonder muse shout yell scream whisper
tout assure reassure inform notify explain describe chant sing exclaim scoff snap mutter plead
gush marvel answer surmise project forecast beam sigh grumble elaborate interject recount reason
tease bark bellow holler gripe grouse murmur cry""".split()

# Verbs of belief and knowledge: attributions only with a clause ("X believes that ...").
THOUGHT_VERBS = """believe think feel hope fear worry expect know suspect doubt find show suggest
contend figure guess imagine presume assume understand recognize recognise realize realise
acknowledge accept""".split()


def _with_plurals(
    nouns: list[str], uncountable: frozenset[str] | set[str] = frozenset()
) -> frozenset[str]:
    """The nouns and their plain "-s" plurals ("claim", "claims")."""
    return frozenset(nouns + [n + "s" for n in nouns if n not in uncountable])


# Nouns that carry a source's position: "X's view is that ...", "the claim by X that ...".
_SOURCE_NOUNS = """view belief argument claim position statement assertion contention opinion message
    warning promise suggestion assessment conclusion prediction point thesis insistence pledge vow
    demand allegation accusation assurance denial admission threat comment remark answer response
    reply explanation hope fear concern announcement
    acknowledgment acknowledgement observation reminder declaration boast""".split()
SOURCE_NOUNS = _with_plurals(_SOURCE_NOUNS, uncountable={"insistence"})

# Nouns whose "that" clause is their content, whoever holds it: "rejected the idea that ...".
CONTENT_NOUNS = SOURCE_NOUNS | _with_plurals(
    """idea notion implication charge report rumor rumour speculation perception impression
    premise theory narrative characterization""".split(),
    uncountable={"speculation"},
)

# Nouns that hold what their owner says or thinks: "his assumption was that ...".
OWNED_NOUNS = (
    CONTENT_NOUNS
    | _with_plurals(["assumption", "expectation"])
    | frozenset("phrase slogan mantra refrain motto".split())
)

# Nouns that name a role a person holds; "the <role>" can refer back to a named person.
ROLE_NOUNS = frozenset(
    """cfo coo cto cmo cio general minister president senator governor mayor spokesman spokeswoman spokesperson
    secretary chancellor ambassador admiral colonel commander officer official chairman
    chairwoman chairperson chair director chief leader candidate nominee congressman congresswoman
    representative lawmaker legislator judge justice attorney lawyer prosecutor sheriff premier
    king queen prince princess pope analyst expert professor economist researcher scientist
    author writer journalist reporter executive founder ceo manager coach player actor singer
    activist advocate diplomat envoy commissioner adviser advisor aide strategist pollster
    businessman businesswoman billionaire veteran doctor physician historian mogul host
    democrat republican politician investigator inspector farmer councillor
    councilor curator engineer teacher nurse owner resident worker student officer pastor
    priest rabbi imam bishop reverend minister preacher pensioner retiree grazier homeowner
    shopkeeper villager commuter vendor landlord tenant motorist shopper neighbour neighbor
    passenger bystander
    superintendent trustee treasurer clerk councilman councilwoman councilmember alderman
    alderwoman assemblyman assemblywoman congressman congresswoman delegate regulator inspector counsel
    comedian filmmaker anchor columnist commentator editor novelist playwright poet entrepreneur
    consultant lobbyist organizer rapper musician artist photographer pundit blogger
    correspondent broadcaster detective sergeant constable garda grandmaster referee archbishop rector
    provost ombudsman regent architect designer chef pilot captain midfielder striker goalkeeper moderator warden
    coroner principal trooper chaplain surgeon actress librarian epidemiologist virologist
    toxicologist meteorologist pharmacist dentist psychologist psychiatrist therapist biologist
    chemist physicist geologist ecologist accountant auditor firefighter paramedic lecturer
    veterinarian pathologist midwife oncologist cardiologist neurologist pediatrician
    paediatrician radiologist immunologist microbiologist geneticist astronomer statistician
    archaeologist
    barrister solicitor magistrate administrator coordinator supervisor planner rancher
    fisherman defender forward winger keeper batsman batter bowler pitcher quarterback skipper
    rookie sprinter hurdler cyclist swimmer golfer boxer jockey linebacker wicketkeeper taoiseach
    tánaiste mp msp mpp mla mep whip""".split()
)

# Roles a title also names: "Justice Jo Roe" is "the judge", "Sen. Jo Roe" may be "the lawmaker".
_LAWMAKER = ("lawmaker", "legislator")
ROLE_ALSO: dict[str, tuple[str, ...]] = {
    "justice": ("judge",),
    "attorney": ("lawyer",),
    "lawyer": ("attorney",),
    "adviser": ("advisor",),
    "advisor": ("adviser",),
    "chairman": ("chair",),
    "chairwoman": ("chair",),
    "spokesman": ("spokesperson",),
    "spokeswoman": ("spokesperson",),
    "councillor": ("councilor",),
    "councilor": ("councillor",),
    "senator": _LAWMAKER,
    "congressman": ("representative", *_LAWMAKER),
    "congresswoman": ("representative", *_LAWMAKER),
    "representative": _LAWMAKER,
    "assemblyman": _LAWMAKER,
    "assemblywoman": _LAWMAKER,
    # police ranks: "Chief Constable Jo Roe ... the senior officer said"
    **{rank: ("officer",) for rank in ("constable", "sergeant", "inspector", "superintendent")},
}
# Abbreviated ranks and the role they name: "Gen. Jo Roe" is "the general". Only for finding
# who holds a role: a "Col." may still be "the candidate". (Not "Sen.": of many senators, "the
# senator" is the one the text is about, not the last one titled.)
ABBREVIATED_ROLES: dict[str, tuple[str, ...]] = {
    "gov": ("governor",),
    "gen": ("general",),
    "lt": ("lieutenant",),
    "col": ("colonel",),
    "maj": ("major",),
    "capt": ("captain",),
    "adm": ("admiral",),
    "cmdr": ("commander",),
    "sgt": ("sergeant",),
    "prof": ("professor",),
    "amb": ("ambassador",),
    "supt": ("superintendent",),
    "insp": ("inspector",),
    "det": ("detective",),
    "cllr": ("councillor",),
    "rep": ("representative", "congressman", "congresswoman"),
    "sen": ("senator", *_LAWMAKER),
    "pm": ("minister", "premier"),
    # members of a parliament or assembly: "Labour MP Jo Roe", "Scottish Conservative MSP Jo Roe"
    **{member: _LAWMAKER for member in ("mp", "msp", "mpp", "mla", "mha", "mep", "td", "mk")},
}


def with_implied_roles(roles: set[str]) -> set[str]:
    """The roles and the ones their titles also name (ROLE_ALSO); a chief executive is the CEO."""
    implied = roles.union(*(ROLE_ALSO.get(r, ()) for r in roles))
    if "ceo" in roles:
        implied |= {"chief", "executive"}
    elif {"chief", "executive"} <= roles:
        implied.add("ceo")
    if {"prime", "minister"} <= roles:  # "Prime Minister Jo Roe ... the premier said"
        implied.add("premier")
    for short, words in _CHIEF_OFFICERS.items():  # "Chief Financial Officer Jo Roe" is the CFO
        if {"chief", words, "officer"} <= roles:
            implied.add(short)
        elif short in roles:
            implied |= {"chief", words, "officer"}
    if {"chief", "officer"} <= implied:  # "its chief operating officer ... the executive said"
        implied.add("executive")
    return implied


_CHIEF_OFFICERS = {
    "cfo": "financial",
    "coo": "operating",
    "cto": "technology",
    "cmo": "marketing",
    "cio": "information",
}


_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "written", "writes", "writing"],
    "think": ["thought", "thinks", "thinking"],
    "feel": ["felt", "feels", "feeling"],
    "know": ["knew", "known", "knows", "knowing"],
    "find": ["found", "finds", "finding"],
    "show": ["showed", "shown", "shows", "showing"],
    "understand": ["understood", "understands", "understanding"],
    "admit": ["admitted", "admits", "admitting"],
    "quip": ["quipped", "quips", "quipping"],
    "concur": ["concurred", "concurs", "concurring"],
    "tweet": ["tweeted", "tweets", "tweeting"],
    "hint": ["hinted", "hints", "hinting"],
    "yell": ["yelled", "yells", "yelling"],
    "speak": ["spoke", "spoken", "speaks", "speaking"],
    "compare": ["compared", "compares", "comparing"],
    "sing": ["sang", "sung", "sings", "singing"],
    "snap": ["snapped", "snaps", "snapping"],
    "forecast": ["forecasts", "forecasted", "forecasting"],
    # a final consonant doubled before -ed and -ing
    "brag": ["bragged", "brags", "bragging"],
    "slam": ["slammed", "slams", "slamming"],
    "plan": ["planned", "plans", "planning"],
    "dub": ["dubbed", "dubs", "dubbing"],
    "refer": ["referred", "refers", "referring"],
}


def inflections(base: str) -> list[str]:
    """The base form and its -s, -ed and -ing forms (regular rules plus a few irregulars)."""
    if base in _IRREGULAR:
        return [base, *_IRREGULAR[base]]
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z")) else base + "s"
    forms = [base, third, base + "ed", base + "ing"]
    if base.endswith("l") and base[-2] in "aeiou" and base[-3] not in "aeiou":
        forms += [base + "led", base + "ling"]  # British "signalled", "labelling"
    return forms


def _forms(bases: list[str]) -> dict[str, str]:
    return {form: base for base in bases for form in inflections(base)}


SPEECH_FORMS = _forms(SPEECH_VERBS)
THOUGHT_FORMS = {k: v for k, v in _forms(THOUGHT_VERBS).items() if k not in SPEECH_FORMS}
CUE_FORMS = {**THOUGHT_FORMS, **SPEECH_FORMS}

# Verbs that put a question: what follows is asked of someone, not said by the subject.
ASKING_FORMS = frozenset("ask asks asked asking wonder wonders wondered wondering".split())

# Verbs whose object is what was said or proposed: "X called for a recount", "X criticized the plan".
OBJECT_VERBS = """call criticize criticise attack blast slam praise cite propose support oppose pledge
promise vow urge want plan demand reject accuse blame defend endorse back applaud condemn dismiss
question challenge describe recommend seek push offer threaten hail welcome
denounce decry mock ridicule label dub characterize characterise tout predict estimate forecast
announce deny insist warn rule liken compare thank speak talk decide rate discuss outline detail
debate dispute echo advocate protest refer report""".split()

# Documents that carry their author's words: "X released a statement calling the ad false".
_DOCUMENT_NOUNS = """statement ad advertisement letter video message tweet post memo release email
    op-ed column interview speech report filing complaint lawsuit article editorial story call""".split()
DOCUMENT_NOUNS = _with_plurals(_DOCUMENT_NOUNS)
OBJECT_FORMS = _forms(OBJECT_VERBS)

# Fine-grained tags of a finite verb: a clause of its own.
FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())

# Sources that are data, not people: "polls show a tightening race", "records show he ...".
DATA_NOUNS = frozenset(
    """poll polls survey surveys study studies data records analysis analyses audit research
    figures numbers report reports review census tally estimates documents filings statistics
    projections""".split()
)

# Common given names, to tell "he" from "she" when no title or earlier pronoun says. Names
# borne by both sexes in English-language news (Jan, Pat, Terry, Jean, Alexis, Toni, ...) are
# left out: a wrong guess hides the person from the next "she" or "he".
_GIVEN_NAMES = json.loads(
    (Path(__file__).with_name("data") / "given_names.json").read_text(encoding="utf-8")
)
FEMALE_NAMES = frozenset(_GIVEN_NAMES["female"])
MALE_NAMES = frozenset(_GIVEN_NAMES["male"])


def unaccented(word: str) -> str:
    """The word without its accents: "Tomás" -> "Tomas"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def given_name_gender(word: str) -> str | None:
    """ "f" or "m" for a common given name in any case, accents aside ("Tomás", "ZOË"), else None."""
    plain = unaccented(word.lower())
    return "f" if plain in FEMALE_NAMES else "m" if plain in MALE_NAMES else None
