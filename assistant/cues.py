"""Word lists of attribution: reporting verbs, source nouns and role nouns (general English, no names)."""

from __future__ import annotations

# Verbs that report speech or a stated position; inflected forms are generated below.
SPEECH_VERBS = """say tell add argue warn claim note state emphasize emphasise declare insist explain
write ask suggest contend assert acknowledge admit announce report confirm deny predict stress
recall reply respond tweet post charge allege complain maintain observe conclude concede counter
caution urge promise vow pledge indicate reveal remark testify estimate agree disagree accuse
mention point reiterate repeat acknowledge boast brag joke quip retort proclaim affirm contend
continue disclose divulge lament concur opine underline underscore highlight signal hint predict
advise recommend propose threaten demand reckon speculate wonder muse shout yell scream whisper
tout assure reassure inform notify explain describe""".split()

# Verbs of belief and knowledge: attributions only with a clause ("X believes that ...").
THOUGHT_VERBS = """believe think feel hope fear worry expect know suspect doubt find show suggest
contend figure guess imagine presume assume understand recognize recognise realize realise
acknowledge""".split()

# Nouns that carry a source's position: "X's view is that ...", "the claim by X that ...".
SOURCE_NOUNS = frozenset(
    """view belief argument claim position statement assertion contention opinion message
    warning promise suggestion assessment conclusion prediction point thesis insistence""".split()
)

# Nouns that name a role a person holds; "the <role>" can refer back to a named person.
ROLE_NOUNS = frozenset(
    """general minister president senator governor mayor spokesman spokeswoman spokesperson
    secretary chancellor ambassador admiral colonel commander officer official chairman
    chairwoman chair director chief leader candidate nominee congressman congresswoman
    representative lawmaker legislator judge justice attorney lawyer prosecutor sheriff premier
    king queen prince princess pope analyst expert professor economist researcher scientist
    author writer journalist reporter executive founder ceo manager coach player actor singer
    activist advocate diplomat envoy commissioner adviser advisor aide strategist pollster
    businessman businesswoman billionaire veteran doctor physician historian mogul host
    democrat republican politician investigator inspector farmer councillor
    councilor curator engineer teacher nurse owner resident worker student officer
    superintendent trustee treasurer clerk""".split()
)

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
    return [base, third, base + "ed", base + "ing"]


def _forms(bases: list[str]) -> dict[str, str]:
    return {form: base for base in bases for form in inflections(base)}


SPEECH_FORMS = _forms(SPEECH_VERBS)
THOUGHT_FORMS = {k: v for k, v in _forms(THOUGHT_VERBS).items() if k not in SPEECH_FORMS}
CUE_FORMS = {**THOUGHT_FORMS, **SPEECH_FORMS}
