"""`assistant bench` / `make bench`: ingest and answering measured side by side, honestly.

Each measurement runs in a child process (its peak RSS is its own; whole-process times include
Python start-up and imports). Results go to OUT/latest.json and OUT/latest.md.

    assistant bench [--articles 200] [--scales 1000,10000,100000] [--out eval/bench]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.bench_corpus import change_some, write_corpus

TARGETS = {
    "ingest_vs_baseline": 1.5,
    "reingest_in_process": 100.0,
    "reingest_whole_process": 20.0,
    "answer_p95_ms": 100.0,
    "peak_rss_mb": 2048.0,
}


def _env(index_dir: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    env |= {"GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False"}
    if index_dir is not None:
        env["ASSISTANT_INDEX_DIR"] = str(index_dir)
    return env


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MiB, stdout) of a whole child process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        began = time.perf_counter()
        child = subprocess.Popen(command, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - began
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if child.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command[:5])} failed ({child.returncode}): {stderr[-3000:]}")
    return seconds, round(usage.ru_maxrss / 1024, 1), stdout


def phase(name: str, args: dict[str, Any], index_dir: Path | None = None) -> dict[str, Any]:
    """Run one phase in a child process; its result plus the whole-process wall time."""
    command = [sys.executable, "-m", "assistant.bench", "--phase", name, "--args", json.dumps(args)]
    seconds, _, out = timed(command, _env(index_dir))
    if not out.strip():
        raise RuntimeError(f"phase {name} printed nothing")
    result = json.loads(out.strip().splitlines()[-1])
    return result | {"process_seconds": round(seconds, 2)}


def cli_ingest(corpus: Path, index_dir: Path) -> dict[str, Any]:
    """`assistant ingest DIR` as a user runs it: whole-process wall time."""
    command = [sys.executable, "-m", "assistant", "ingest", str(corpus)]
    seconds, rss, out = timed(command, _env(index_dir))
    lines = out.strip().splitlines() or [""]
    return {"process_seconds": round(seconds, 2), "peak_rss_mb": rss, "summary": lines[-1]}


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 2) if a and b else None


def run(opts: argparse.Namespace, work: Path) -> dict[str, Any]:
    corpus = write_corpus(work / "corpus", opts.articles, opts.seed)
    n = opts.articles
    results: dict[str, Any] = {"articles": n, "machine": _machine()}
    log = (lambda s: print(s, file=sys.stderr, flush=True)) if not opts.quiet else (lambda s: None)
    log(f"corpus: {n} articles in {corpus}")
    results["embed"] = embed = phase("embed", {"corpus": str(corpus), "passages": opts.passages})
    batch = embed["best_batch"]
    chunk_batch = int(max(embed["chunks200"], key=lambda b: embed["chunks200"][b]))
    log(f"embedding: {embed} (best batch {batch}, for 200-token chunks {chunk_batch})")
    if not opts.skip_baseline:
        for chunk, overlap in ((200, 20), (512, 20)):
            key = f"baseline_{chunk}"
            results[key] = phase(
                "baseline",
                {
                    "corpus": str(corpus),
                    "index": str(work / key),
                    "chunk": chunk,
                    "overlap": overlap,
                    "batch": chunk_batch,  # each side at its own best batch size
                },
            )
            log(f"{key}: {results[key]}")
    results["chunk_vectors"] = phase(
        "chunk_vectors", {"corpus": str(corpus), "articles": min(n, opts.quality_articles)}
    )
    log(f"chunk vectors: {results['chunk_vectors']}")
    ours = work / "ours"
    results["ingest"] = phase(
        "ingest", {"corpus": str(corpus), "index": str(ours), "batch": batch}, ours
    )
    log(f"ingest: {results['ingest']}")
    results["reingest"] = phase("ingest", {"corpus": str(corpus), "index": str(ours)}, ours)
    results["reingest_cli"] = cli_ingest(corpus, ours)
    log(f"re-ingest: {results['reingest']} cli {results['reingest_cli']}")
    # The ingest child does what `assistant ingest` does (same imports, same call), so its
    # wall time is the whole-process figure; running the CLI again would double the bench.
    results["ingest_cli"] = {
        "process_seconds": results["ingest"]["process_seconds"],
        "peak_rss_mb": results["ingest"]["peak_rss_mb"],
    }
    results["changed_files"] = change_some(corpus, 0.1)
    results["changed10"] = phase("ingest", {"corpus": str(corpus), "index": str(ours)}, ours)
    log(f"10% changed: {results['changed10']}")
    results["answer"] = {}
    for size in opts.scales:
        index = opts.cache / f"scale-{size}"  # kept between runs: building is the slow part
        built = phase(
            "build_scale",
            {"index": str(index), "corpus": str(corpus), "chunks": size, "rebuild": opts.rebuild},
        )
        asked = phase("answer", {"index": str(index), "questions": opts.questions}, index)
        results["answer"][str(size)] = {"build": built, **asked}
        log(f"answer at {size} chunks: {asked}")
    results["ratios"] = _ratios(results)
    return results


def _ratios(r: dict[str, Any]) -> dict[str, Any]:
    ours = r["ingest"]
    base = r.get("baseline_200", {})
    return {
        "ingest_vs_baseline": ratio(ours["articles_per_s"], base.get("articles_per_s")),
        "ingest_vs_baseline_process": ratio(
            base.get("process_seconds"), r["ingest_cli"]["process_seconds"]
        ),
        "ingest_passages_vs_model": ratio(
            ours["quotes"] / ours["seconds"] if ours["seconds"] else None,
            max(r["embed"]["statements"].values()),
        ),
        "reingest_in_process": ratio(ours["seconds"], r["reingest"]["seconds"]),
        "reingest_whole_process": ratio(
            r["ingest_cli"]["process_seconds"], r["reingest_cli"]["process_seconds"]
        ),
    }


def _machine() -> dict[str, Any]:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "load_at_start": load,
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


def markdown(r: dict[str, Any]) -> str:
    """The results as a Markdown table (what README shows)."""
    from assistant.bench_report import table

    return table(r, TARGETS)


def _cache_dir() -> Path:
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "assistant" / "bench"


def parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="assistant bench", description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=200, help="synthetic articles to ingest")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--scales", default="1000,10000,100000", help="chunks in answer benchmarks")
    p.add_argument("--questions", type=int, default=40, help="questions per latency figure")
    p.add_argument("--passages", type=int, default=1024, help="passages for model throughput")
    p.add_argument("--quality-articles", type=int, default=40, help="articles for chunk vectors")
    p.add_argument("--out", type=Path, default=Path("eval/bench"))
    p.add_argument("--workdir", type=Path, default=None, help="kept after the run if given")
    p.add_argument("--skip-baseline", action="store_true")
    p.add_argument("--cache", type=Path, default=_cache_dir(), help="large indexes kept here")
    p.add_argument("--rebuild", action="store_true", help="rebuild the cached large indexes")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--phase", help=argparse.SUPPRESS)
    p.add_argument("--args", help=argparse.SUPPRESS)
    opts = p.parse_args(argv)
    opts.scales = [int(s) for s in str(opts.scales).split(",") if s.strip()]
    return opts


def main(argv: list[str] | None = None) -> int:
    argv = list(argv if argv is not None else sys.argv[1:])
    opts = parse(argv[1:] if argv[:1] == ["--"] else argv)
    if opts.phase:
        from assistant.bench_phases import run_phase

        print(json.dumps(run_phase(opts.phase, json.loads(opts.args or "{}"))))
        return 0
    work = opts.workdir or Path(tempfile.mkdtemp(prefix="assistant-bench-"))
    try:
        results = run(opts, work)
    finally:
        if opts.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    opts.out.mkdir(parents=True, exist_ok=True)
    (opts.out / "latest.json").write_text(json.dumps(results, indent=2) + "\n")
    (opts.out / "latest.md").write_text(markdown(results) + "\n")
    print(markdown(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
