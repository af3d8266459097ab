"""Learned attribution cues: the long tail of reporting verbs that the hand-written rules skip.

The rules in `reported_speech` know the common reporting verbs. News also attributes through
hundreds of rarer constructions ("X declined to comment", "X railed against the plan", "X
expressed concern"). For those, every verb with a subject proposes its complement as content, and
a logistic model over general features (the verb's form, the shape of its complement, what kind
of subject it has, where it sits in the sentence) decides whether it is an attribution.

The weights are trained by `eval/train_cues.py` from a gold file in the attribution-dev format
(the PolNeAR train split was used: see docs/attribution.md). They are feature weights only: no
article text, no names.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from .cues import FINITE_TAGS

MODEL_PATH = Path(__file__).with_name("data") / "cue_model.json"

_PRONOUNS = frozenset("he she they we i you it".split())
_WH = frozenset("what whether how why who when where which if".split())
_SUBJECT_DEPS = frozenset(("nsubj",))  # a passive's subject is what is talked about


@dataclass
class Candidate:
    """A verb, its source token and the content it may report (token indexes, inclusive)."""

    cue: Token
    subject: Token
    first: Token
    last: Token
    shape: str


def stem(word: str) -> str:
    """A crude stem so "warns", "warned" and "warning" share weights (no lemmatizer needed)."""
    word = word.lower()
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS:
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ in ("conj", "xcomp") and verb.head.tag_.startswith("VB"):
        return _subject_of(verb.head) if verb.head != verb else None
    return None


def _content(verb: Token) -> tuple[Token, Token, str] | None:
    """The complement a verb reports, preferring a clause, then an infinitive, object or prepositional object."""
    kids = [c for c in verb.children if c.i > verb.i]
    for dep in ("ccomp", "xcomp", "dobj"):
        child = next((c for c in kids if c.dep_ == dep), None)
        if child is not None:
            return child.left_edge, child.right_edge, dep
    prep = next((c for c in kids if c.dep_ == "prep"), None)
    if prep is not None:
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is not None:
            return pobj.left_edge, pobj.right_edge, "prep_" + prep.lower_
    # "The plan will fail, she predicted.": a clause before the verb, set off by a mark (with
    # only words between, the parse misread a run-on sentence)
    before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if before is not None and any(t.is_punct for t in verb.doc[before.right_edge.i : verb.i]):
        return before.left_edge, before.right_edge, "ccomp_before"
    return None


def candidate(verb: Token) -> Candidate | None:
    """A verb with a subject and a complement: a possible attribution."""
    if not verb.tag_.startswith("VB") or not verb.is_lower or not verb.is_alpha:
        return None  # a capitalised "verb" is most often a mistagged name
    subject = _subject_of(verb)
    content = _content(verb)
    if subject is None or content is None:
        return None
    first, last, shape = content
    while last.i > first.i and (last.is_punct or last.is_space):
        last = last.nbor(-1)
    while first.i < last.i and (first.is_punct or first.is_space):
        first = first.nbor(1)
    if first.is_punct:
        return None
    return Candidate(verb, subject, first, last, shape)


def _subject_kind(tok: Token) -> str:
    if tok.lower_ in _PRONOUNS:
        return "pron_" + tok.lower_
    if tok.ent_type_:
        return "ent_" + tok.ent_type_
    if tok.lower_ in ("who", "that", "which"):
        return "rel"
    return "tag_" + tok.tag_


def features(c: Candidate, word: str | None = None) -> list[str]:
    """General features of one candidate (no names, no article words beyond the cue itself);
    `word` is the cue as the model spells it (`model_spelling`)."""
    verb = c.cue
    word = word or verb.lower_
    base = stem(word)
    length = c.last.i - c.first.i + 1
    size = "1" if length == 1 else "2-3" if length <= 3 else "4-8" if length <= 8 else "9+"
    span = verb.doc[c.first.i : c.last.i + 1]
    has_finite = any(t.tag_ in FINITE_TAGS for t in span)
    opener = c.first.lower_
    opens = (
        "that"
        if opener == "that"
        else "to"
        if opener == "to"
        else "wh"
        if opener in _WH
        else "other"
    )
    subject = _subject_kind(c.subject)
    negated = any(ch.dep_ == "neg" for ch in verb.children)
    feats = [
        "bias",
        "w=" + word,
        "s=" + base,
        "shape=" + c.shape,
        "s+shape=" + base + "|" + c.shape,
        "subj=" + subject,
        "s+subj=" + base + "|" + subject.split("_")[0],
        "tag=" + verb.tag_,
        "dep=" + verb.dep_,
        "size=" + size,
        "shape+size=" + c.shape + "|" + size,
        "finite=" + str(has_finite),
        "shape+finite=" + c.shape + "|" + str(has_finite),
        "opens=" + opens,
        "s+opens=" + base + "|" + opens,
        "neg=" + str(negated),
        "own_subject=" + str(c.subject.head == verb),
    ]
    return feats


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> dict | None:
    """The trained weights, or None when no model ships (the rules then work alone)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def probability(feats: list[str], model: dict) -> float:
    weights = model["weights"]
    z = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def model_spelling(word: str, model: dict) -> str:
    """A British form the training (American news) never saw as the American one it did:
    "apologised" as "apologized" (the rules' own lists have both spellings)."""
    weights = model["weights"]
    if "w=" + word in weights:
        return word
    other = re.sub(r"is(e|es|ed|ing)$", r"iz\1", word)
    return other if "w=" + other in weights else word


def known_forms(model: dict) -> frozenset[str]:
    """Verb forms the model may accept, with their British spellings (`model_spelling`):
    paragraphs holding one get the parser."""
    forms = frozenset(model.get("forms", ()))
    return forms | {re.sub(r"iz(e|es|ed|ing)$", r"is\1", form) for form in forms}
