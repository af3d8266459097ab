"""Score attribution against gold quote records: `assistant eval attribution --gold FILE.jsonl`.

Scoring rule (issue 5, so figures compare across tools): a prediction matches a gold record of
the same article when its word tokens cover >= 50 % of the gold record's tokens and >= 50 % of
its own tokens lie inside the gold span; matches are one-to-one, greedy by overlap. The speaker
is right when the normalised names are equal (titles, possessives, punctuation, a leading
"the" and a trailing Jr./Sr./II dropped) or one is the other's surname alone (with its
particle: "de Blasio"); a bare pronoun is never right. `author` predictions are not scored.
Gold records whose drafted speaker is a bare pronoun count for spans, not for speakers.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .records import Article
from .speakers import NAME_PARTICLES

KINDS = ("direct", "mixed", "indirect")
_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"\w+(?:['’-]\w+)*")  # "O'Neill", "Obiora-Lindahl": one word of a name
_PRONOUNS = frozenset(
    "he she him her his hers they them their it its i me we us you who whom which that".split()
)
# Honorifics, ranks and offices dropped before names are compared.
_TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady gen general lt col colonel maj major
    capt captain adm admiral sgt sen senator rep representative gov governor pres president vice
    secretary mayor judge justice rev reverend ambassador chancellor chairman chairwoman speaker
    premier minister prime former sheriff congressman congresswoman""".split()
)


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    speaker: str | None


def normalise_speaker(name: str | None) -> str:
    """Lower-case words of a name, titles, possessives and punctuation dropped."""
    if not name:
        return ""
    text = re.sub(r"['’]s\b", "", name)
    text = re.sub(r"\([^)]*\)", " ", text)
    words = [w.lower().replace("’", "'") for w in _NAME_WORD.findall(text)]
    if len(words) > 1 and words[0] == "the":  # "The White House" is the White House
        words = words[1:]
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    while len(words) > 2 and words[-1] in ("jr", "sr", "ii", "iii", "iv"):
        words = words[:-1]
    return " ".join(words)


def is_bare_pronoun(name: str | None) -> bool:
    return bool(name) and name.strip().lower() in _PRONOUNS  # type: ignore[union-attr]


def same_speaker(predicted: str | None, gold: str | None) -> bool:
    """Equal after normalising, or one is the other's surname alone; pronouns never count."""
    if not predicted or not gold or is_bare_pronoun(predicted):
        return False
    p, g = normalise_speaker(predicted), normalise_speaker(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    shorter, longer = sorted((p.split(), g.split()), key=len)
    return shorter == longer[-len(shorter) :] and (
        len(shorter) == 1 or shorter[0] in NAME_PARTICLES  # "de Blasio" of "Bill de Blasio"
    )


# -- reading -----------------------------------------------------------------------------------
def read_gold(path: Path) -> list[dict[str, Any]]:
    """Gold articles of a JSON Lines file; InputError naming the line when one is malformed."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold file ({exc.__class__.__name__})") from None
    articles = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            raise InputError(f"{path}:{number}: not a JSON object") from None
        problem = _check_record(record)
        if problem:
            raise InputError(f"{path}:{number}: {problem}")
        articles.append(record)
    if not articles:
        raise InputError(f"{path}: no gold articles in the file")
    return articles


def _check_record(record: Any) -> str | None:
    if not isinstance(record, dict):
        return "not a JSON object"
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        return "'text' must be a non-empty string"
    if not isinstance(record.get("quotes"), list):
        return "'quotes' must be a list"
    for quote in record["quotes"]:
        if not isinstance(quote, dict) or not isinstance(quote.get("start"), int):
            return "each quote needs an integer 'start'"
        if not isinstance(quote.get("quote"), str) or quote.get("kind") not in (*KINDS, "author"):
            return "each quote needs 'quote' (string) and 'kind' (direct|mixed|indirect)"
        end = quote.get("end", quote["start"] + len(quote["quote"]))
        if record["text"][quote["start"] : end] != quote["quote"]:
            return f"quote at {quote['start']} does not match the text at its offsets"
    return None


def _gold_spans(record: dict[str, Any]) -> list[_Span]:
    spans = []
    for q in record["quotes"]:
        if (
            q["kind"] == "author"
        ):  # the article's own claims are not scored, like author predictions
            continue
        end = q.get("end", q["start"] + len(q["quote"]))
        spans.append(_Span(q["start"], end, q["kind"], q.get("speaker")))
    return spans


# -- matching ----------------------------------------------------------------------------------
def _token_sets(text: str, spans: list[_Span]) -> list[set[int]]:
    """Word-token indices (midpoint inside the span) for each span."""
    mids = [(m.start() + m.end()) / 2 for m in _WORD.finditer(text)]
    result = []
    for span in spans:
        result.append({i for i, mid in enumerate(mids) if span.start <= mid < span.end})
    return result


def match(text: str, predicted: list[_Span], gold: list[_Span]) -> list[tuple[int, int]]:
    """One-to-one (prediction, gold) index pairs, greedily by token overlap."""
    p_tokens, g_tokens = _token_sets(text, predicted), _token_sets(text, gold)
    pairs = []
    for pi, pt in enumerate(p_tokens):
        if not pt:
            continue
        for gi, gt in enumerate(g_tokens):
            overlap = len(pt & gt)
            if overlap and overlap >= 0.5 * len(gt) and overlap >= 0.5 * len(pt):
                pairs.append((overlap, pi, gi))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, pi, gi in pairs:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            matched.append((pi, gi))
    return matched


class _Tally:
    """Counts for one system: per kind, spans and speakers."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.confusions: Counter[tuple[str, str]] = Counter()
        self.errors: Counter[str] = Counter()

    def add(self, text: str, predicted: list[_Span], gold: list[_Span]) -> None:
        pairs = match(text, predicted, gold)
        matched_p = {pi for pi, _ in pairs}
        matched_g = {gi for _, gi in pairs}
        for g in gold:
            for k in (g.kind, "all"):
                self.c[f"{k}.gold"] += 1
                if not is_bare_pronoun(g.speaker):
                    self.c[f"{k}.sgold"] += 1
        for pi, gi in pairs:
            p, g = predicted[pi], gold[gi]
            scored = not is_bare_pronoun(g.speaker)
            right = scored and same_speaker(p.speaker, g.speaker)
            for k in (g.kind, "all"):
                self.c[f"{k}.tp"] += 1
                self.c[f"{k}.pred"] += 1
                self.c[f"{k}.spred"] += scored
                self.c[f"{k}.stp"] += right
            if scored and not right:
                self.confusions[(g.speaker or "", p.speaker or "")] += 1
                self.errors[
                    "wrong speaker (pronoun left)"
                    if is_bare_pronoun(p.speaker)
                    else "wrong speaker"
                ] += 1
        for pi, p in enumerate(predicted):
            if pi not in matched_p:
                for k in (p.kind, "all"):
                    self.c[f"{k}.pred"] += 1
                    self.c[f"{k}.spred"] += 1
                self.errors[f"spurious {p.kind}"] += 1
        for gi, g in enumerate(gold):
            if gi not in matched_g:
                self.errors[f"missed {g.kind}"] += 1

    def scores(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for k in (*KINDS, "all"):
            out[k] = {
                "span": _prf(self.c[f"{k}.tp"], self.c[f"{k}.pred"], self.c[f"{k}.gold"]),
                "speaker": _prf(self.c[f"{k}.stp"], self.c[f"{k}.spred"], self.c[f"{k}.sgold"]),
            }
        return out


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


# -- systems -----------------------------------------------------------------------------------
def _system_spans(article: Article, nlp) -> list[_Span]:  # type: ignore[no-untyped-def]
    from .attribute import attribute

    return [
        _Span(q.start, q.end, q.kind, q.speaker)
        for q in attribute(article, nlp)
        if q.kind != "author"
    ]


_BASELINE_NLP = None


def _baseline_nlp():  # type: ignore[no-untyped-def]
    """The full spaCy pipeline (textacy's rules need lemmas and coarse POS tags)."""
    global _BASELINE_NLP
    if _BASELINE_NLP is None:
        import spacy

        from .attribute import SPACY_MODEL

        _BASELINE_NLP = spacy.load(SPACY_MODEL)
    return _BASELINE_NLP


def _textacy_spans(text: str, quotations) -> list[_Span]:  # type: ignore[no-untyped-def]
    """textacy's direct quotations on the whole article; per paragraph when it bails out on an
    odd number of quotation marks in the article (so one stray mark does not zero an article)."""
    nlp = _baseline_nlp()
    doc = nlp(text)
    try:
        return [_triple_span(t, 0) for t in quotations(doc)]
    except ValueError:
        pass
    spans = []
    offset = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            try:
                spans += [_triple_span(t, offset) for t in quotations(nlp(paragraph))]
            except ValueError:
                pass
        offset += len(paragraph) + 1
    return spans


def _triple_span(triple, offset: int) -> _Span:  # type: ignore[no-untyped-def]
    content = triple.content
    speaker = " ".join(t.text for t in triple.speaker)
    return _Span(offset + content.start_char, offset + content.end_char, "direct", speaker)


def _load_textacy():  # type: ignore[no-untyped-def]
    try:
        from textacy.extract.triples import direct_quotations
    except Exception as exc:  # noqa: BLE001 - any import failure means "no baseline"
        return (
            None,
            f"textacy is not available ({exc.__class__.__name__}: {exc}); install it with `pip install textacy`",
        )
    return direct_quotations, None


def score_gold(gold_path: Path, include_baseline: bool = True) -> dict[str, Any]:
    """Precision, recall and F1 of spans and speakers per kind, for the system and textacy."""
    from .attribute import load_nlp

    records = read_gold(Path(gold_path))
    nlp = load_nlp()
    system, baseline = _Tally(), _Tally()
    quotations, baseline_error = (
        _load_textacy() if include_baseline else (None, "baseline not requested")
    )
    words = 0
    seconds = 0.0
    for record in records:
        text = record["text"]
        article = Article(
            title=str(record.get("title") or ""),
            text=text,
            record_id=record.get("id"),
            author=record.get("author"),
        )
        gold = _gold_spans(record)
        began = time.perf_counter()
        predicted = _system_spans(article, nlp)
        seconds += time.perf_counter() - began
        words += len(text.split())
        system.add(text, predicted, gold)
        if quotations is not None:
            try:
                baseline.add(text, _textacy_spans(text, quotations), gold)
            except Exception as exc:  # noqa: BLE001 - a baseline failure must not fail the report
                quotations, baseline_error = (
                    None,
                    f"textacy failed ({exc.__class__.__name__}: {exc})",
                )
    report: dict[str, Any] = {
        "system": system.scores(),
        "textacy": baseline.scores() if quotations is not None else {"error": baseline_error},
        "articles": len(records),
        "gold_quotes": sum(1 for r in records for q in r["quotes"] if q["kind"] != "author"),
        "confusions": [
            {"gold": g, "predicted": p, "count": n}
            for (g, p), n in system.confusions.most_common(15)
        ],
        "errors": dict(system.errors.most_common()),
        "words_per_second": round(words / seconds) if seconds else None,
    }
    return report


def render_report(report: dict[str, Any]) -> str:
    """A plain-text table of the report: one row per kind, system beside textacy."""
    lines = [f"Attribution: {report['articles']} articles, {report['gold_quotes']} gold quotes"]
    header = f"{'kind':<9}{'':<9}{'span P':>8}{'R':>7}{'F1':>7}   {'speaker P':>9}{'R':>7}{'F1':>7}"
    lines += [header, "-" * len(header)]
    baseline = report.get("textacy") or {}
    for kind in (*KINDS, "all"):
        for label, scores in (("system", report["system"]), ("textacy", baseline)):
            if kind not in scores:
                continue
            span, speaker = scores[kind]["span"], scores[kind]["speaker"]
            lines.append(
                f"{kind if label == 'system' else '':<9}{label:<9}"
                f"{span['precision']:>8.3f}{span['recall']:>7.3f}{span['f1']:>7.3f}   "
                f"{speaker['precision']:>9.3f}{speaker['recall']:>7.3f}{speaker['f1']:>7.3f}"
            )
    if "error" in baseline:
        lines.append(f"textacy baseline: {baseline['error']}")
    if report.get("words_per_second"):
        lines.append(f"attribution speed: {report['words_per_second']} words/s")
    if report.get("errors"):
        lines.append("errors: " + ", ".join(f"{k} {v}" for k, v in report["errors"].items()))
    if report.get("confusions"):
        lines.append("worst speaker confusions (gold -> predicted, count):")
        lines += [
            f"  {c['gold']!r} -> {c['predicted']!r}: {c['count']}"
            for c in report["confusions"][:10]
        ]
    return "\n".join(lines)
