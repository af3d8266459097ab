"""Turn an attribution gold file into a grounding check on real articles.

    python eval/gold_questions.py GOLD.jsonl OUT_DIR [--articles N] [--seed S]
    assistant eval --corpus OUT_DIR/corpus --questions OUT_DIR/questions.jsonl

GOLD.jsonl has the layout of ../shared/eval/attribution-dev.jsonl (one article per line: id,
date, title, text, quotes [{quote, speaker, kind, ...}]). The articles are written to
OUT_DIR/corpus/articles.jsonl and questions in the eval format to OUT_DIR/questions.jsonl:

- per article, one direct quote of a named speaker (first and last name) becomes "What did X say
  about T?" in one of several phrasings, T being the quote's rarest noun; it must cite the quote's
  first words with the article's date; a third of them are asked again by surname alone;
- "Who said "…"?" with eight words from the middle of a long quote;
- a conversation: the first question, then "And what about T2?" for another of their quotes;
- abstentions: people the articles name but the gold never credits with anything, a made-up
  first name before a quoted person's surname, and made-up people.

The human gold has its own slips (a quote credited to the person it is about), so read the
failures before trusting the pass rate. Keep OUT_DIR outside the repository when the gold's
license says so: the articles are copied there.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.attribute import load_nlp  # noqa: E402
from assistant.speakers import TITLES  # noqa: E402

FULL_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][A-Za-z'\-]+)+")
PHRASINGS = (
    "What did {s} say about {t}?",
    "What has {s} said about {t}?",
    "Did {s} say anything about {t}?",
    "What did {s} think of {t}?",
    "Summarize what {s} said about {t}.",
    "What were {s}'s comments on {t}?",
)
MADE_UP = ("Hortensia Blackwood", "Egon Vallemar", "Priya Castellanos-Ruiz", "Lars Okonkwo")
NOT_TOPICS = frozenset(
    """i you he she it we they me him her us them this that what who which these those something
    anything everything nothing one lot people thing things way time everybody everyone""".split()
)


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z]+", text)]


def _topic(doc, frequency: Counter) -> str | None:  # type: ignore[no-untyped-def]
    """The noun (with its modifiers) of a quote that is rarest in the corpus."""
    best: tuple[int, str] | None = None
    for noun in doc:
        if not noun.tag_.startswith("NN") or not _plain(noun):
            continue
        phrase = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and _plain(t)] + [noun]
        score = frequency[noun.lower_]
        if best is None or score < best[0]:
            best = (score, " ".join(t.text for t in phrase))
    return best[1] if best else None


def _without_titles(words: list[str]) -> list[str]:
    """ "Assemblywoman Ada Lind" is asked about, and credited, as "Ada Lind"."""
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLES:
        words = words[1:]
    return words


def _opening(quote: str) -> str:
    """The first six words of a quote, without the quotation marks around them."""
    return " ".join(quote.split()[:6]).strip("\"“”'‘’ ")


def _plain(token) -> bool:  # type: ignore[no-untyped-def]
    return token.is_alpha and not token.is_stop and token.lower_ not in NOT_TOPICS


def build(articles: list[dict], rng: random.Random) -> list[dict]:
    """Questions in the eval format for these gold articles."""
    nlp = load_nlp()
    frequency = Counter(w for a in articles for w in set(_words(a["text"])))
    credited = {w for a in articles for q in a["quotes"] for w in _words(q.get("speaker") or "")}
    questions: list[dict] = []
    for article in articles:
        key = re.sub(r"\W+", "-", article["id"])[-40:]
        named = [
            q
            for q in article["quotes"]
            if q["kind"] == "direct"
            and FULL_NAME.fullmatch(q.get("speaker") or "")
            and len(q["quote"].split()) >= 10
        ]
        if named:
            quote = rng.choice(named)
            words = quote["quote"].split()
            speaker = " ".join(_without_titles(quote["speaker"].split()))  # the answer's spelling
            topic = _topic(nlp(quote["quote"]), frequency)
            if topic:
                asked = {
                    "id": f"{key}-statements",
                    "question": rng.choice(PHRASINGS).format(s=speaker, t=topic),
                    "speakers": [speaker],
                    "must_cite": [_opening(quote["quote"])],
                    "dates": [article["date"]],
                    "abstain": False,
                }
                questions.append(asked)
                if rng.random() < 1 / 3:
                    surname = speaker.split()[-1]
                    questions.append(
                        dict(
                            asked,
                            id=f"{key}-surname",
                            question=asked["question"].replace(speaker, surname),
                        )
                    )
            others = [
                q
                for q in named
                if q["speaker"] == quote["speaker"]
                and q is not quote
                and len(q["quote"].split()) >= 6
            ]
            follow = _topic(nlp(others[0]["quote"]), frequency) if others and topic else None
            if follow and follow.lower() != topic.lower():
                questions.append(
                    {
                        "id": f"{key}-follow-up",
                        "turns": [asked["question"], f"And what about {follow}?"],
                        "speakers": [speaker],
                        "must_cite": [_opening(others[0]["quote"])],
                        "dates": [article["date"]],
                        "abstain": False,
                    }
                )
            if len(words) >= 14:
                middle = " ".join(words[3:11]).strip("\"“”'‘’,.;: ")
                questions.append(
                    {
                        "id": f"{key}-who",
                        "question": f'Who said "{middle}"?',
                        "speakers": [speaker],
                        "must_cite": [middle],
                        "dates": [article["date"]],
                        "abstain": False,
                    }
                )
        silent = [
            e.text
            for e in nlp(article["text"][:20000]).ents
            if e.label_ == "PERSON"
            and FULL_NAME.fullmatch(e.text)
            and not set(_words(e.text)) & credited
        ]
        if silent:
            name = rng.choice(silent)
            questions.append(
                {
                    "id": f"{key}-silent",
                    "question": f"What did {name} say?",
                    "silent": [name],
                    "abstain": True,
                }
            )
    surnames = sorted({q["speakers"][0].split()[-1] for q in questions if q.get("speakers")})
    for surname in rng.sample(surnames, min(5, len(surnames))):
        name = f"Quentin {surname}"
        questions.append(
            {
                "id": f"namesake-{surname.lower()}",
                "question": f"What did {name} say about the campaign?",
                "silent": [name],
                "abstain": True,
            }
        )
    for name in MADE_UP:
        questions.append(
            {
                "id": f"made-up-{name.split()[-1].lower()}",
                "question": f"What did {name} say about taxes?",
                "silent": [name],
                "abstain": True,
            }
        )
    return questions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=0, help="at most this many (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    with args.gold.open(encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    articles = [a for a in articles if a.get("date") and a.get("text")]
    rng.shuffle(articles)
    if args.articles:
        articles = articles[: args.articles]
    (args.out / "corpus").mkdir(parents=True, exist_ok=True)
    with (args.out / "corpus" / "articles.jsonl").open("w", encoding="utf-8") as out:
        for a in articles:
            record = {k: a.get(k) for k in ("id", "date", "title", "text")}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    questions = build(articles, rng)
    with (args.out / "questions.jsonl").open("w", encoding="utf-8") as out:
        out.writelines(json.dumps(q, ensure_ascii=False) + "\n" for q in questions)
    print(f"{len(articles)} articles, {len(questions)} questions in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
