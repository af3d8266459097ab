"""Who is who across articles: one Speaker per person, however the articles name them.

"Marco Bertolini", "Bertolini" and "Gen. Marco Bertolini" are one speaker; two people who
share a surname are kept apart when their first names or roles conflict. Vague sources
("a NATO official", "many policymakers") get their own speakers and never merge with a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from .records import Quote, Speaker, content_hash

# Honorifics, ranks and offices dropped when names are compared.
TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady gen general lt col colonel maj major
    capt captain adm admiral cmdr commander sgt sen senator rep representative gov governor pres
    president vice prime minister secretary sec mayor judge justice rev reverend father sister
    ambassador amb chancellor chairman chairwoman chair speaker premier king queen prince princess
    sheikh pope cardinal bishop rabbi imam former candidate nominee commissioner director deputy
    chief attorney state u.s. us the gop democratic republican dem sheriff marshal
    congressman congresswoman councilman councilwoman councilmember councilperson alderman
    alderwoman alderperson assemblyman assemblywoman assemblymember st. saint cllr cr pm
    pro tem mp msp mpp mla mha mep td mk mullah ayatollah maulana datuk dato seri maître maitre
    mme mlle chairperson daw u datu barrister nawabzada begum haji hajji shri smt brigadier brig
    ssp dsp supt insp dci det ds dc pc pcso fr""".split()
)
# "DI Jo Roe" (a detective inspector): a title only in capitals, not the "Di" of "Di Maio".
CAPITAL_TITLES = frozenset(("DI",))
GROUP_ROLES = ("group", "unresolved")
_PRONOUNS = frozenset("he she him her his hers they them their it its i we you who whom".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_WORD = re.compile(r"[\w][\w.'’-]*")


def normalise_name(name: str) -> str:
    """Lower-case name without titles, possessives, punctuation and suffixes ("Gen. Bertolini's" -> "bertolini")."""
    text = re.sub(r"['’]s\b", "", name.strip())
    text = re.sub(r"\([^)]*\)", " ", text)  # "(D-Wis.)"
    first = text.split(maxsplit=1)
    if len(first) == 2 and first[0] in CAPITAL_TITLES:
        text = first[1]
    words = [w.strip(".,;:'’\"“”").lower() for w in text.split()]
    words = [w for w in words if w]
    while len(words) > 1 and (words[0] in TITLES or words[0].rstrip(".") in TITLES):
        words = words[1:]
    while len(words) > 1 and words[-1] in SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def is_pronoun(name: str | None) -> bool:
    """True for a bare pronoun such as "he" or "they"."""
    return bool(name) and name.strip().lower() in _PRONOUNS  # type: ignore[union-attr]


# Plural nouns that open sentences capitalised ("Officials said"): groups, never one person.
_GROUP_WORDS = frozenset(
    """officials experts analysts republicans democrats critics supporters residents lawmakers
    economists investigators prosecutors police sources aides advisers advisors voters protesters
    organizers organisers researchers scientists doctors authorities leaders members officers
    witnesses neighbors neighbours activists observers insiders diplomats executives""".split()
)


# Lower-case words inside a surname: "Bill de Blasio", "Ursula von der Leyen".
NAME_PARTICLES = frozenset("de del della di da van von der den al bin la le du".split())


def looks_like_name(name: str) -> bool:
    """A proper name (every word capitalised, no determiner), not a description."""
    words = name.split()
    if not words or len(words) > 6 or is_pronoun(name) or words[0].lower() in _GROUP_WORDS:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_PARTICLES for w in words)


def first_last(norm: str) -> tuple[str, str]:
    """(first word, last word) of a normalised name; no first word for a single word."""
    words = norm.split()
    return (words[0] if len(words) > 1 else "", words[-1] if words else "")


def _first_names_conflict(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a[0] != b[0]:
        return True
    if len(a.rstrip(".")) == 1 or len(b.rstrip(".")) == 1:  # an initial
        return False
    return a != b and fuzz.ratio(a, b) < 80


def _role_words(mention: str | None, name: str) -> set[str]:
    """Lower-case role words of a mention that are not part of the name ("the Italian general" -> {general, italian})."""
    if not mention:
        return set()
    name_words = {w.lower() for w in name.split()}
    words = {w.lower().strip(".,") for w in _WORD.findall(mention)}
    return {w for w in words if w not in name_words and w not in ("the", "a", "an", "of", "for")}


class SpeakerRegistry:
    """All speakers of a corpus, matched by name across articles."""

    def __init__(self, speakers: Iterable[Speaker] = ()) -> None:
        self.speakers: dict[str, Speaker] = {}
        for speaker in speakers:
            self.speakers[speaker.id] = speaker

    # -- assigning ---------------------------------------------------------------------------
    def assign(self, quotes: list[Quote]) -> list[Speaker]:
        """Set `speaker_id` and the canonical `speaker` on each non-author quote of one article.

        Returns the Speaker records created or changed, to persist.
        """
        changed: dict[str, Speaker] = {}
        local: dict[str, Speaker] = {}  # this article's names -> speaker
        named = [q for q in quotes if q.kind != "author" and q.speaker]
        # Fullest names first: a bare "Sanders" quoted before "Bernie Sanders" in one article
        # is then that Bernie Sanders, not a new speaker who later takes his full name.
        for quote in sorted(named, key=lambda q: -len(normalise_name(q.speaker or "").split())):
            key = (quote.speaker or "").strip().lower()
            if key not in local:
                local[key] = self._resolve(
                    quote.speaker or "", quote.speaker_mention, local, changed
                )
        for quote in quotes:
            speaker = None
            if quote.kind != "author" and quote.speaker:
                speaker = local[quote.speaker.strip().lower()]
            quote.speaker_id = speaker.id if speaker else None
            if speaker:
                quote.speaker = speaker.name
        return list(changed.values())

    def _resolve(self, name: str, mention: str | None, local: dict, changed: dict) -> Speaker:
        if not looks_like_name(name):
            return self._group(name, changed)
        norm = normalise_name(name)
        roles = _role_words(mention, name)
        # In one article, a bare surname is the article's full name with that surname.
        for other in list(local.values()):
            if other.role not in GROUP_ROLES and self._same_person(
                norm, roles, other, local_only=True
            ):
                return self._merge(other, name, changed)
        matches = [
            s
            for s in self.speakers.values()
            if s.role not in GROUP_ROLES and self._same_person(norm, roles, s)
        ]
        if len(matches) > 1:  # prefer exact full-name matches, then the one with a first name
            exact = [s for s in matches if normalise_name(s.name) == norm]
            matches = exact or matches
        if len(matches) == 1 or (matches and " " in norm):
            return self._merge(matches[0], name, changed)
        speaker = Speaker(
            id=content_hash(norm or name.lower()),
            name=_clean_display(name),
            aliases=[],
            role=" ".join(sorted(roles)) or None,
        )
        while speaker.id in self.speakers:  # same display, conflicting person: keep them apart
            speaker.id = content_hash(speaker.id, "next")
        self.speakers[speaker.id] = speaker
        changed[speaker.id] = speaker
        return speaker

    def _same_person(
        self, norm: str, roles: set[str], speaker: Speaker, local_only: bool = False
    ) -> bool:
        first, last = first_last(norm)
        names = [speaker.name, *speaker.aliases]
        for other in names:
            other_norm = normalise_name(other)
            if other_norm == norm:
                return True
            o_first, o_last = first_last(other_norm)
            if o_last != last or not last:
                continue
            if _first_names_conflict(first, o_first):
                return False
            if local_only:
                return True
            if not first or not o_first:  # a bare surname across articles: roles must agree
                other_roles = set((speaker.role or "").split())
                if roles and other_roles and not roles & other_roles:
                    return False
            return True
        return False

    def _merge(self, speaker: Speaker, name: str, changed: dict) -> Speaker:
        display = _clean_display(name)
        known = {speaker.name.lower(), *(a.lower() for a in speaker.aliases)}
        if display.lower() not in known:
            if len(normalise_name(display).split()) > len(normalise_name(speaker.name).split()):
                speaker.aliases.append(speaker.name)
                speaker.name = display
            else:
                speaker.aliases.append(display)
            changed[speaker.id] = speaker
        return speaker

    def _group(self, mention: str, changed: dict) -> Speaker:
        sid = content_hash("group", mention.strip().lower())
        speaker = self.speakers.get(sid)
        if speaker is None:
            role = "unresolved" if is_pronoun(mention) else "group"
            speaker = Speaker(id=sid, name=mention.strip(), aliases=[], role=role)
            self.speakers[sid] = speaker
            changed[sid] = speaker
        return speaker

    # -- finding -----------------------------------------------------------------------------
    def lookup(self, name: str) -> list[Speaker]:
        """Speakers matching a user-typed name: full name, surname or alias, small typos allowed."""
        norm = normalise_name(name)
        if not norm:
            return []
        exact, partial, fuzzy = [], [], []
        for speaker in self.speakers.values():
            names = self._prepared(speaker)[1]
            if norm in names:
                exact.append(speaker)
                continue
            if " " in norm and any(n.endswith(" " + norm) for n in names):
                partial.append(speaker)  # a two-word surname: "Wasserman Schultz"
                continue
            if speaker.role in GROUP_ROLES:
                continue
            first, last = first_last(norm)
            parts = [first_last(n) for n in names]
            # A bare-surname alias ("Rossi") says nothing of the first name: the speaker's
            # fuller names decide whether "Giulia Rossi" is them.
            same_last = [p_first for p_first, p_last in parts if p_last == last]
            firsts = [f for f in same_last if f]
            if same_last and (
                not firsts or any(not _first_names_conflict(first, f) for f in firsts)
            ):
                partial.append(speaker)
            elif any(
                p_last == norm or (not first and p_first == norm) for p_first, p_last in parts
            ):
                partial.append(speaker)
            elif max(fuzz.ratio(norm, n) for n in names) >= 85 or (
                len(norm) >= 5 and max(fuzz.ratio(norm, p_last) for _, p_last in parts) >= 85
            ):
                fuzzy.append(speaker)
        return exact or partial or fuzzy

    def find_in_text(self, text: str) -> list[tuple[Speaker, str]]:
        """Registry speakers named in a question, with the matched string, in order of mention."""
        found: list[tuple[int, int, Speaker, str]] = []
        lowered = text.lower()
        cased = text != lowered  # "what did rossi say" is typed all in lower case
        for speaker in self.speakers.values():
            for form in self._forms(speaker):
                if form not in lowered:  # cheap test first: compiling a pattern per form is slow
                    continue
                pattern = r"(?<![\w])" + re.escape(form) + r"(?:['’]s)?(?![\w])"
                for match in re.finditer(pattern, lowered):
                    if (
                        cased
                        and " " not in form
                        and speaker.role not in GROUP_ROLES
                        and not text[match.start()].isupper()
                    ):
                        continue  # "the bush fires" does not name Ann Bush
                    found.append(
                        (match.start(), match.end(), speaker, text[match.start() : match.end()])
                    )
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        result: list[tuple[Speaker, str]] = []
        taken: list[tuple[int, int]] = []
        seen: set[str] = set()
        for start, end, speaker, matched in found:
            overlaps = any(start < t_end and t_start < end for t_start, t_end in taken)
            if speaker.id in seen or (overlaps and (start, end) not in taken):
                continue
            seen.add(speaker.id)
            taken.append((start, end))
            result.append((speaker, re.sub(r"['’]s$", "", matched)))
        return result

    def _prepared(self, speaker: Speaker) -> tuple[set[str], list[str]]:
        """(forms, normalised names) of a speaker, cached until its name, aliases or role change
        (answering asks these for every speaker on every question)."""
        cache: dict[str, tuple[tuple, tuple[set[str], list[str]]]] = self.__dict__.setdefault(
            "_cache", {}
        )
        key = (speaker.name, tuple(speaker.aliases), speaker.role)
        hit = cache.get(speaker.id)
        if hit is None or hit[0] != key:
            names = [normalise_name(n) for n in (speaker.name, *speaker.aliases)]
            hit = (key, (self._compute_forms(speaker), names))
            cache[speaker.id] = hit
        return hit[1]

    def _forms(self, speaker: Speaker) -> set[str]:
        return self._prepared(speaker)[0]

    def _compute_forms(self, speaker: Speaker) -> set[str]:
        forms = set()
        for name in (speaker.name, *speaker.aliases):
            forms.add(name.lower())
            norm = normalise_name(name)
            if norm:
                forms.add(norm)
            if speaker.role not in GROUP_ROLES and looks_like_name(name):
                last = first_last(norm)[1]
                if len(last) > 2 and last not in TITLES:
                    forms.add(last)
        return {f for f in forms if f and f not in _PRONOUNS}


def _clean_display(name: str) -> str:
    """A name as shown: possessive and surrounding punctuation dropped, titles kept out."""
    text = re.sub(r"['’]s$", "", name.strip()).strip(' ,.;:"“”')
    words = text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return " ".join(words)
