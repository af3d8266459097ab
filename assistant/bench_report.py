"""The benchmark's Markdown table: one row per measurement, with its target when it has one."""

from __future__ import annotations

from typing import Any


def _met(value: float | None, target: float, higher: bool = True) -> str:
    if value is None:
        return "–"
    return "yes" if (value >= target if higher else value <= target) else "**no**"


def _rss(d: dict[str, Any] | None) -> str:
    return f"{d['peak_rss_mb']:.0f} MB" if d and d.get("peak_rss_mb") is not None else ""


def _ingest_rows(r: dict[str, Any], t: dict[str, float]) -> list[tuple[str, ...]]:
    e, ratios = r["embed"], r["ratios"]
    best = e["best_batch"]
    rows: list[tuple[str, ...]] = [
        (
            "Embedding model, statements",
            f"{e['statements'][str(best)]:.0f} passages/s at batch {best} (all: {e['statements']})",
            _rss(e),
            "",
            "",
        ),
        (
            "Embedding model, 200-token chunks",
            f"{max(e['chunks200'].values()):.0f} passages/s at best (all: {e['chunks200']})",
            "",
            "",
            "",
        ),
    ]
    for key, label in (
        ("baseline_200", "LlamaIndex naive, chunk 200/20"),
        ("baseline_512", "LlamaIndex naive, chunk 512/20"),
    ):
        b = r.get(key)
        if b:
            rows.append(
                (
                    label,
                    f"{b['articles_per_s']:.2f} articles/s in-process, "
                    f"{b['process_seconds']:.1f} s whole process; {b['chunks']} chunks; "
                    f"{b['coverage']:.0%} of wordpieces embedded",
                    _rss(b),
                    "",
                    "",
                )
            )
    cv = r.get("chunk_vectors")
    if cv:
        p5 = cv["precision_at_5"]
        rows.append(
            (
                "Chunk vectors: mean of statements vs chunk text embedded",
                f"cosine {cv['cosine_mean_vs_direct']}; topic P@5 {p5.get('mean')} vs "
                f"{p5.get('direct')} ({cv['queries']} queries); embedding chunks too would "
                f"cost +{cv['embedding_seconds']['chunks']:.0f} s on "
                f"{cv['embedding_seconds']['statements']:.0f} s",
                _rss(cv),
                "",
                "",
            )
        )
    i, cli = r["ingest"], r["ingest_cli"]
    rows += [
        (
            "Our full ingest (attribution included)",
            f"{i['articles_per_s']:.2f} articles/s in-process ({i['quotes']} statements, "
            f"{i['chunks']} chunks); {cli['process_seconds']:.1f} s as `assistant ingest`",
            _rss(i),
            "",
            "",
        ),
        (
            "… vs naive full-coverage baseline",
            f"{ratios['ingest_vs_baseline']}× in-process, "
            f"{ratios['ingest_vs_baseline_process']}× whole process",
            "",
            f"≥ {t['ingest_vs_baseline']}×",
            _met(ratios["ingest_vs_baseline"], t["ingest_vs_baseline"]),
        ),
        (
            "… statements/s vs the model's passages/s",
            f"{ratios['ingest_passages_vs_model']}×",
            "",
            "",
            "",
        ),
    ]
    re_, rc = r["reingest"], r["reingest_cli"]
    loaded = [k for k, v in re_.get("models_loaded", {}).items() if v] or ["none"]
    rows += [
        (
            "Re-ingest unchanged, in-process",
            f"{re_['seconds']:.2f} s "
            f"({ratios['reingest_in_process']:.0f}× faster); models loaded: {', '.join(loaded)}",
            _rss(re_),
            f"≥ {t['reingest_in_process']:.0f}×",
            _met(ratios["reingest_in_process"], t["reingest_in_process"]),
        ),
        (
            "Re-ingest unchanged, whole process",
            f"{rc['process_seconds']:.2f} s ({ratios['reingest_whole_process']:.0f}× faster)",
            _rss(rc),
            f"≥ {t['reingest_whole_process']:.0f}×",
            _met(ratios["reingest_whole_process"], t["reingest_whole_process"]),
        ),
    ]
    c = r["changed10"]
    rows.append(
        (
            f"Re-ingest with {r['changed_files']} files changed (10 %)",
            f"{c['seconds']:.2f} s ({c['articles']} replaced, {c['unchanged']} skipped)",
            _rss(c),
            "",
            "",
        )
    )
    return rows


def _answer_rows(r: dict[str, Any], t: dict[str, float]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    biggest = max((int(k) for k in r.get("answer", {})), default=0)
    for size, a in sorted(r.get("answer", {}).items(), key=lambda kv: int(kv[0])):
        counts = a["counts"]
        big = int(size) == biggest and biggest >= 100_000
        for label in ("filtered", "unfiltered"):
            x = a[label]
            rows.append(
                (
                    f"Answer at {int(size):,} chunks ({counts['quotes']:,} statements), "
                    f"{'speaker filter' if label == 'filtered' else 'no speaker filter'}",
                    f"p50 {x['p50_ms']:.0f} ms, p95 {x['p95_ms']:.0f} ms ({x['answered']} cited)",
                    _rss(a),
                    f"p95 ≤ {t['answer_p95_ms']:.0f} ms" if big else "",
                    _met(x["p95_ms"], t["answer_p95_ms"], higher=False) if big else "",
                )
            )
        if big:
            rows.append(
                (
                    f"Peak RSS answering at {int(size):,} chunks",
                    _rss(a),
                    _rss(a),
                    f"≤ {t['peak_rss_mb']:.0f} MB",
                    _met(a["peak_rss_mb"], t["peak_rss_mb"], higher=False),
                )
            )
    return rows


def table(r: dict[str, Any], targets: dict[str, float]) -> str:
    m = r.get("machine", {})
    head = (
        f"Bench of {r['articles']} synthetic articles, {m.get('date', '')}, "
        f"{m.get('cpus')} CPUs (load {m.get('load_at_start', 0):.1f} at start)\n\n"
        "| Measure | Result | Peak RSS | Target | Met |\n|---|---|---|---|---|"
    )
    rows = _ingest_rows(r, targets) + _answer_rows(r, targets)
    return head + "\n" + "\n".join("| " + " | ".join(row) + " |" for row in rows)
