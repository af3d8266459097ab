"""A deterministic synthetic news corpus for benchmarks: articles with quotes, people, outlets, dates.

Same seed and size, same bytes. About one article in ten is a syndicated copy of an earlier one
(same body, another outlet and headline), as wire stories are in real archives.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

FIRST = """Elena Marco Ruth Peter Amara Jonas Sofia Tomasz Ingrid Rafael Leila Oskar Hana Daniel
Nadia Viktor Clara Samuel Irene Mateo Yuki Farah Lukas Greta Anton Priya Emil Carmen Idris
Maren""".split()
LAST = """Vasquez Bertolini Lindqvist Okafor Mensah Albers Castellano Nowak Halvorsen Duarte
Haddad Brandt Kowalczyk Ferreira Petrov Moreau Adeyemi Varga Sato Rahman Keller Novak Ibarra
Lund Costa Achebe Fischer Romano Szabo Quint""".split()
ROLES = [
    "Finance Minister",
    "Mayor",
    "Senator",
    "union leader",
    "central bank governor",
    "opposition leader",
    "Health Minister",
    "port chief",
    "economist",
    "police commissioner",
]
OUTLETS = [
    "Harbor Gazette",
    "Coastal Times",
    "Daily Ledger",
    "Northern Post",
    "Evening Herald",
    "Metro Wire",
    "Capital Chronicle",
    "Valley Courier",
]
TOPICS = {
    "inflation": ("prices", "interest rates", "the cost of living", "wages", "the budget"),
    "energy": ("nuclear power", "wind farms", "electricity bills", "the grid", "gas imports"),
    "transport": ("the tunnel", "rail fares", "the new bridge", "bus lanes", "the airport"),
    "health": ("hospital staffing", "waiting lists", "nurses' pay", "the new clinic", "vaccines"),
    "housing": ("rents", "social housing", "building permits", "mortgages", "homelessness"),
    "water": ("the drought", "water meters", "the reservoir", "farm irrigation", "the levee"),
    "defence": ("NATO", "military spending", "the border", "arms exports", "conscription"),
    "schools": ("teacher shortages", "exam results", "school meals", "class sizes", "tuition"),
}
CLAIMS = [
    "{x} will not change before the end of the year",
    "the government has underestimated the problem of {x}",
    "{x} must be the first priority of the next budget",
    "nobody in this city should pay more for {x}",
    "we have a plan for {x} and we will deliver it on time",
    "the numbers on {x} simply do not add up",
    "{x} has turned from a local issue into a national crisis",
    "the reform of {x} is long overdue",
    "we were wrong about {x} and I take responsibility for that",
    "{x} is the single biggest risk to our economy",
    "families cannot wait another decade for a decision on {x}",
    "the critics of our policy on {x} have offered no alternative",
]
CUES = ["said", "told reporters", "argued", "warned", "added", "insisted", "noted"]
INDIRECT_CUES = ["said", "argued", "warned", "claimed", "insisted"]
FACTS = [
    "The debate over {x} has dominated the council's agenda for {n} months.",
    "Figures published {ago} showed a {n} percent rise in complaints about {x}.",
    "Critics have long argued that the {n} million spent on {x} was poorly planned.",
    "The issue of {x} is expected to feature prominently in the {year} election.",
    "{n} independent studies have examined the effect of {x} on households since {year}.",
    "A parliamentary committee is due to publish its report on {x} {ago2}.",
    "Public opinion on {x} has shifted by {n} points since the survey of {year}.",
]
AGO = ["last week", "on Monday", "in January", "this month", "two weeks ago", "last year"]
AGO2 = ["in the spring", "next month", "before the summer", "in the autumn", "by December"]


def _fact(rng: random.Random, subject: str) -> str:
    return (
        rng.choice(FACTS)
        .format(
            x=subject,
            n=rng.randint(2, 90),
            year=rng.randint(2012, 2026),
            ago=rng.choice(AGO),
            ago2=rng.choice(AGO2),
        )
        .replace("{x}", subject)
    )


@dataclass(frozen=True)
class Person:
    name: str
    role: str
    pronoun: str

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def people(count: int = 120, seed: int = 7) -> list[Person]:
    """A fixed cast of distinct named people with roles."""
    rng = random.Random(seed)
    names = [f"{f} {s}" for f in FIRST for s in LAST]
    rng.shuffle(names)
    taken: set[str] = set()
    cast = []
    for name in names:
        if name.split()[-1] in taken:  # one person per surname keeps surname mentions unambiguous
            continue
        taken.add(name.split()[-1])
        he = rng.random() < 0.5
        cast.append(Person(name, rng.choice(ROLES), "he" if he else "she"))
        if len(cast) == count:
            break
    return cast


WHEN = [
    "this year",
    "next spring",
    "by 2027",
    "within months",
    "after the election",
    "before the summer",
    "in the long run",
    "for a generation",
    "this winter",
    "by March",
]
WHERE = [
    "in the north",
    "in the capital",
    "in rural areas",
    "on the coast",
    "in our city",
    "across the region",
    "in every district",
    "for young families",
    "for pensioners",
    "",
]


def _claim(rng: random.Random, subject: str) -> str:
    """A claim with a number, a time and a place, so that texts rarely repeat exactly."""
    text = rng.choice(CLAIMS).format(x=subject)
    extra = rng.choice(
        [
            f"{rng.choice(WHEN)}",
            f"by {rng.randint(2, 60)} percent",
            f"{rng.choice(WHERE)}",
            f"at a cost of {rng.randint(2, 900)} million",
            f"{rng.choice(WHEN)} {rng.choice(WHERE)}",
        ]
    ).strip()
    return f"{text} {extra}".strip() if extra else text


def _statement(rng: random.Random, subject: str) -> str:
    text = _claim(rng, subject)
    return text[0].upper() + text[1:]


def _paragraphs(rng: random.Random, topic: str, cast: list[Person]) -> list[str]:
    """8-20 paragraphs: a lead, each speaker introduced by full name, quotes, background."""
    subjects = TOPICS[topic]
    speakers = rng.sample(cast, rng.randint(2, 4))
    lead = speakers[0]
    paras = [
        f"{lead.role.capitalize()} {lead.name} said on {rng.choice(DAYS)} that "
        f"{_claim(rng, rng.choice(subjects))}."
    ]
    for n, person in enumerate(speakers):
        if n:
            paras.append(
                f"{person.name}, the {person.role.lower()}, {rng.choice(INDIRECT_CUES)} "
                f"that {_claim(rng, rng.choice(subjects))}."
            )
        for _ in range(rng.randint(1, 4)):
            kind = rng.random()
            x = rng.choice(subjects)
            if kind < 0.55:
                paras.append(
                    f"“{_statement(rng, x)},” {person.surname} {rng.choice(CUES)}. "
                    f"“{_statement(rng, rng.choice(subjects))},” {person.pronoun} added."
                )
            elif kind < 0.75:
                paras.append(f"{person.surname} {rng.choice(INDIRECT_CUES)} that {_claim(rng, x)}.")
            else:
                paras.append(" ".join(_fact(rng, x) for _ in range(2)))
        paras.append(" ".join(_fact(rng, rng.choice(subjects)) for _ in range(3)))
    return paras


DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


@dataclass
class GeneratedArticle:
    name: str  # file name
    title: str
    published: date
    source: str
    author: str
    body: str

    def markdown(self) -> str:
        return (
            f"---\ntitle: {json.dumps(self.title)}\ndate: {self.published.isoformat()}\n"
            f"source: {self.source}\nauthor: {self.author}\n---\n{self.body}\n"
        )


def generate(n: int, seed: int = 42) -> Iterator[GeneratedArticle]:
    """n articles, deterministic for (n, seed); streamed, nothing kept but recent bodies."""
    rng = random.Random(seed)
    cast = people()
    authors = [f"{f} {s}" for f, s in zip(FIRST[::-1], LAST[5:], strict=False)]
    recent: list[tuple[str, str]] = []  # (title, body) that may be syndicated
    start = date(2019, 1, 1)
    for i in range(n):
        published = start + timedelta(days=rng.randrange(0, 2500))
        source = rng.choice(OUTLETS)
        if recent and rng.random() < 0.1:
            title, body = rng.choice(recent)
            title = f"{title} ({source})"
        else:
            topic = rng.choice(sorted(TOPICS))
            paras = _paragraphs(rng, topic, cast)
            title = f"{rng.choice(TOPICS[topic]).capitalize()}: {paras[0].split(' said ')[0]} speaks out"
            body = "\n\n".join(paras)
            recent = (recent + [(title, body)])[-50:]
        yield GeneratedArticle(f"{i:06d}.md", title, published, source, rng.choice(authors), body)


def write_corpus(folder: Path, n: int, seed: int = 42) -> Path:
    """Write n generated articles as Markdown files into folder (streamed)."""
    folder.mkdir(parents=True, exist_ok=True)
    for article in generate(n, seed):
        (folder / article.name).write_text(article.markdown(), encoding="utf-8")
    return folder


def change_some(folder: Path, fraction: float, seed: int = 1) -> int:
    """Edit a fraction of the corpus's files in place (one added sentence); returns how many."""
    rng = random.Random(seed)
    files = sorted(folder.glob("*.md"))
    chosen = rng.sample(files, max(1, round(len(files) * fraction))) if files else []
    for path in chosen:
        text = path.read_text(encoding="utf-8").rstrip("\n")
        path.write_text(text + "\n\nThe story was updated with new figures.\n", encoding="utf-8")
    return len(chosen)
