"""Train the learned attribution cues (assistant/data/cue_model.json) from a gold file.

    python eval/train_cues.py GOLD.jsonl [--out assistant/data/cue_model.json]

GOLD.jsonl has the layout of ../shared/eval/attribution-dev.jsonl (one article per line: text,
quotes [{quote, start, end, kind, cue}]). Train on a split you do not measure on: the shipped
model was trained on PolNeAR's *train* split (converted to that layout outside the repository;
its texts must not be committed) and is measured on the dev file. A fifth of the articles,
chosen by a hash of their id, is held out to pick the decision threshold.

Each verb with a subject and a complement is a candidate (`learned_cues.candidate`); it is a
positive example when its complement matches a gold content span by the scorer's 50 %/50 %
token rule and the gold cue contains the verb. The model is a logistic regression on sparse
features, trained with AdaGrad; only feature weights are saved.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.attribute import load_nlp  # noqa: E402
from assistant.attribution_eval import _Span, match  # noqa: E402
from assistant.learned_cues import MODEL_PATH, candidate, features, probability  # noqa: E402
from assistant.quotemarks import find_quotes, paragraphs, quoted_mask  # noqa: E402

_MIN_COUNT = 2


def _held_out(article_id: str) -> bool:
    return hashlib.sha1(article_id.encode()).digest()[0] % 5 == 0


def examples(record: dict, nlp) -> list[tuple[list[str], int, str]]:  # type: ignore[no-untyped-def]
    """(features, label, verb form) for every candidate verb outside quotation marks."""
    text = record["text"]
    mask = quoted_mask(text, find_quotes(text))
    spans = paragraphs(text)
    gold = [
        _Span(q["start"], q.get("end", q["start"] + len(q["quote"])), q["kind"], None)
        for q in record["quotes"]
    ]
    cues = [set((q.get("cue") or "").lower().split()) for q in record["quotes"]]
    found = []
    docs = nlp.pipe([text[s:e] for s, e in spans], batch_size=64)
    for (offset, _), doc in zip(spans, docs, strict=True):
        for tok in doc:
            if mask[offset + tok.idx]:
                continue
            c = candidate(tok)
            if c is None:
                continue
            lo, hi = offset + c.first.idx, offset + c.last.idx + len(c.last.text)
            found.append((c, _Span(lo, hi, "indirect", None)))
    pairs = match(text, [f[1] for f in found], gold)
    positive = {pi for pi, gi in pairs if found[pi][0].cue.lower_ in cues[gi]}
    return [(features(c), int(i in positive), c.cue.lower_) for i, (c, _) in enumerate(found)]


def train(rows: list[tuple[list[str], int, str]], epochs: int = 8) -> dict[str, float]:
    counts = Counter(f for feats, _, _ in rows for f in feats)
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= _MIN_COUNT))}
    weights = np.zeros(len(vocab))
    grads = np.full(len(vocab), 1e-8)
    rng = np.random.default_rng(7)
    indexed = [(np.array([vocab[f] for f in feats if f in vocab]), y) for feats, y, _ in rows]
    rate, l2 = 0.5, 1e-5
    for _ in range(epochs):
        for k in rng.permutation(len(indexed)):
            idx, y = indexed[k]
            z = weights[idx].sum()
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            g = (p - y) + l2 * weights[idx]
            grads[idx] += g * g
            weights[idx] -= rate * g / np.sqrt(grads[idx])
    return {f: round(float(weights[i]), 4) for f, i in vocab.items() if abs(weights[i]) > 1e-3}


def pick_threshold(rows: list[tuple[list[str], int, str]], weights: dict[str, float]) -> dict:
    model = {"weights": weights}
    scored = sorted(((probability(f, model), y) for f, y, _ in rows), reverse=True)
    positives = sum(y for _, y in scored)
    best = {"threshold": 0.5, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    tp = 0
    for n, (p, y) in enumerate(scored, start=1):
        tp += y
        precision, recall = tp / n, tp / positives if positives else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 > best["f1"]:
            best = {
                "threshold": round(p, 4),
                "precision": round(precision, 4),
                "recall": round(recall, 4),
                "f1": round(f1, 4),
            }
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    nlp = load_nlp()
    fit: list[tuple[list[str], int, str]] = []
    held: list[tuple[list[str], int, str]] = []
    articles = 0
    for line in args.gold.open(encoding="utf-8"):
        record = json.loads(line)
        rows = examples(record, nlp)
        (held if _held_out(str(record.get("id", articles))) else fit).extend(rows)
        articles += 1
    weights = train(fit)
    chosen = pick_threshold(held, weights)
    positive_forms = Counter(form for _, y, form in fit if y)
    model = {
        "version": 1,
        "trained_on": f"{args.gold.name}: {articles} articles, {len(fit)} candidates "
        f"({sum(y for _, y, _ in fit)} attributions); threshold from {len(held)} held-out",
        "held_out": chosen,
        "threshold": chosen["threshold"],
        "forms": sorted(f for f, n in positive_forms.items() if n >= _MIN_COUNT),
        "weights": dict(sorted(weights.items())),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: model[k] for k in ("trained_on", "held_out")}, indent=2))
    print(f"{len(weights)} weights, {len(model['forms'])} verb forms -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
