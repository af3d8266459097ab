"""The command line: parse arguments, call one library function, render. Nothing else."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from assistant.config import Settings, load_settings
from assistant.errors import AssistantError
from assistant.records import Answer


def _settings(args: argparse.Namespace) -> Settings:
    return load_settings(index_dir=getattr(args, "index_dir", None))


def _print_json(body: Any) -> None:
    print(json.dumps(body, ensure_ascii=False, indent=2))


def render_answer(answer: Answer) -> str:
    """Plain text: the answer, then one line per citation with quote, speaker, title and date."""
    lines = [answer.answer, ""]
    for c in answer.citations:
        who = c.speaker or "the article itself"
        mark = "✓" if c.verified else "✗"
        where = c.title + (f", {c.source}" if c.source else "")
        lines.append(f"[{c.n}] {mark} {who} ({c.kind}), {c.published or 'undated'}, {where}")
        lines.append(f"    “{c.quote}”")
    if answer.fallback:
        lines.append(f"(LLM answer not used: {answer.fallback_reason})")
    return "\n".join(lines).rstrip()


def cmd_ingest(args: argparse.Namespace) -> int:
    from rich.progress import Progress

    from assistant.readers import iter_files
    from assistant.service import Assistant

    paths = [Path(p) for p in args.paths]
    total = sum(1 for _ in iter_files(paths))
    assistant = Assistant(_settings(args))
    with Progress(transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("ingesting", total=total)

        def progress(path: str, outcome: str) -> None:
            if outcome.startswith("error"):
                bar.console.print(f"[red]error[/red] {path}: {outcome.removeprefix('error: ')}")
            bar.update(task, description=Path(path).name[:40])
            bar.advance(task, 0 if ".jsonl" in path and "line" in path else 1)

        report = assistant.ingest(paths, progress)
    if not sys.stderr.isatty():
        for failure in report.errors:
            print(f"error: {failure}", file=sys.stderr)
    print(report.summary())
    return 1 if report.errors else 0


def cmd_ask(args: argparse.Namespace) -> int:
    from assistant.service import Assistant

    assistant = Assistant(_settings(args))
    if getattr(args, "stream", False):
        from assistant.llm import stream_answer  # type: ignore[attr-defined]

        # With --json the draft goes to stderr, so stdout stays one JSON document.
        answer = stream_answer(assistant, args.question, sys.stderr if args.json else sys.stdout)
    else:
        answer = assistant.ask(args.question)
    if args.json:
        _print_json(answer.to_json())
    elif not getattr(args, "stream", False):
        print(render_answer(answer))
    return 0


def cmd_speakers(args: argparse.Namespace) -> int:
    from assistant.service import Assistant

    rows = Assistant(_settings(args)).speakers()
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("nobody is quoted in the index yet: run `assistant ingest PATH...`")
    for row in rows:
        span = row["first"] if row["first"] == row["last"] else f"{row['first']} … {row['last']}"
        said = f"{row['n']:>4} statement{'s' if row['n'] != 1 else ' '}"
        seen = f"{row['articles']:>3} article{'s' if row['articles'] != 1 else ' '}"
        print(f"{row['name']:<32} {said}  {seen}  {span}")
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    from assistant.service import Assistant

    people, statements = Assistant(_settings(args)).quotes_of(args.name)
    if args.json:
        _print_json(
            {
                "name": args.name,
                "speakers": [p.name for p in people],
                "quotes": [
                    {
                        "speaker": s.speaker,
                        "kind": s.quote.kind,
                        "quote": s.quote.text,
                        "cue": s.quote.cue,
                        "about": s.quote.about,
                        "article_id": s.quote.article_id,
                        "title": s.title,
                        "source": s.source,
                        "published": s.published,
                        "start": s.quote.start,
                        "end": s.quote.end,
                    }
                    for s in statements
                ],
            }
        )
        return 0
    if not statements:
        print(f"No statement by {args.name} in the indexed articles.")
        return 0
    for s in statements:
        where = s.title + (f", {s.source}" if s.source else "")
        print(f"{s.published or 'undated'}  {s.speaker} ({s.quote.kind}) — {where}")
        print(f"    “{s.quote.text}”")
    return 0


def render_markdown(answer: Answer) -> str:
    """A ready-to-paste brief: the text with footnotes [^n] carrying quote, speaker, title, date."""
    from assistant.verify import renumber_markers

    body = renumber_markers(answer.answer, lambda n: f"[^{n}]")
    notes = []
    for c in answer.citations:
        where = c.title + (f", {c.source}" if c.source else "")
        notes.append(
            f"[^{c.n}]: {c.speaker or 'The article'} ({c.kind}): “{c.quote}” — *{where}*, "
            f"{c.published or 'undated'}."
        )
    return f"{body}\n\n" + "\n".join(notes)


def cmd_summary(args: argparse.Namespace) -> int:
    from assistant.service import Assistant

    answer = Assistant(_settings(args)).summary(args.name, args.about)
    if args.json:
        _print_json(answer.to_json())
    elif args.markdown:
        print(render_markdown(answer))
    else:
        print(render_answer(answer))
    return 0


def cmd_attribute(args: argparse.Namespace) -> int:
    from assistant.attribute import attribute
    from assistant.readers import ReadFailure, read_paths

    failed = 0
    for item in read_paths([Path(p) for p in args.paths]):
        if isinstance(item, ReadFailure):
            print(f"error: {item}", file=sys.stderr)
            failed += 1
            continue
        quotes = attribute(item)
        if args.jsonl:
            print(
                json.dumps(
                    {
                        "article_id": item.id,
                        "title": item.title,
                        "published": item.published_iso,
                        "quotes": [q.as_attribution() for q in quotes],
                    },
                    ensure_ascii=False,
                )
            )
            continue
        print(f"# {item.title} ({item.published_iso or 'undated'})")
        for q in quotes:
            if q.kind == "author":
                continue
            about = f" [about {q.about}]" if q.about else ""
            print(f"- {q.speaker} ({q.kind}, {q.cue or '-'}){about}: “{q.text}”")
    return 1 if failed else 0


def cmd_eval(args: argparse.Namespace) -> int:
    if args.target == "attribution":
        from assistant.attribution_eval import render_report, score_gold

        if not args.gold:
            raise AssistantError("eval attribution needs --gold FILE.jsonl")
        report = score_gold(Path(args.gold))
        if args.json:
            _print_json(report)
        else:
            print(render_report(report))
        return 0
    from assistant import evaluate

    settings = _settings(args)
    report = evaluate.run_eval(
        settings,
        Path(args.corpus) if args.corpus else None,
        Path(args.questions),
        use_existing_index=args.corpus is None and args.use_index,
    )
    problems = evaluate.check_thresholds(
        report["metrics"], evaluate.load_thresholds(Path(args.thresholds))
    )
    if args.baseline:
        baseline = json.loads(Path(args.baseline).read_text())
        problems += evaluate.compare_to_baseline(report["metrics"], baseline)
    if args.report:
        evaluate.write_reports(report, Path(args.report))
    if args.json:
        _print_json(report)
    else:
        print(evaluate.render_table(report))
    for problem in problems:
        print(f"regression: {problem}", file=sys.stderr)
    return 1 if problems else 0


def cmd_serve(args: argparse.Namespace) -> int:
    from assistant.ui import serve

    settings = _settings(args)
    serve(settings, host=args.host or settings.host, port=args.port or settings.port)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from assistant.bench import main as bench_main  # type: ignore[attr-defined]

    return int(bench_main(args.bench_args) or 0)


def cmd_llm(args: argparse.Namespace) -> int:
    from assistant.llm import serve_local  # type: ignore[attr-defined]

    return int(serve_local(args) or 0)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description="Who said what, with proof.")
    parser.add_argument(
        "--index-dir", help="index folder (default $ASSISTANT_INDEX_DIR or indexes/)"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, func, help: str) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
        p = sub.add_parser(name, help=help)
        p.add_argument("--index-dir", default=argparse.SUPPRESS, help="index folder")
        p.set_defaults(func=func)
        return p

    p = command("ingest", cmd_ingest, "read, attribute and index articles")
    p.add_argument("paths", nargs="+", help="files or directories")
    p = command("ask", cmd_ask, "answer a question with verified, dated citations")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the answer JSON contract")
    p.add_argument("--stream", action="store_true", help="stream the LLM answer as it comes")
    p = command("speakers", cmd_speakers, "who is quoted, with counts and date ranges")
    p.add_argument("--json", action="store_true")
    p = command("quotes", cmd_quotes, "every statement credited to a person")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p = command("summary", cmd_summary, "a cited summary of a person's statements")
    p.add_argument("name")
    p.add_argument("--about", help="only statements on this topic")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--markdown", action="store_true", help="a brief with footnotes")
    p = command("attribute", cmd_attribute, "print who said what in articles (nothing indexed)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--jsonl", action="store_true", help="one JSON line per article")
    p = command("eval", cmd_eval, "grounding regression tests (or: eval attribution --gold F)")
    p.add_argument("target", nargs="?", choices=["answers", "attribution"], default="answers")
    p.add_argument("--corpus", default="eval/corpus", help="articles to index for the eval")
    p.add_argument("--questions", default="eval/questions.jsonl")
    p.add_argument("--thresholds", default="eval/thresholds.toml")
    p.add_argument("--use-index", action="store_true", help="ask the configured index instead")
    p.add_argument("--gold", help="attribution gold JSON Lines (for `eval attribution`)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--report", help="write JSON + Markdown reports to this path")
    p.add_argument("--baseline", help="fail if a metric dropped versus this JSON report")
    p = command("serve", cmd_serve, "open the research chat in the browser")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p = command("bench", cmd_bench, "benchmark ingest and answering")
    p.add_argument("bench_args", nargs=argparse.REMAINDER)
    p = command("llm", cmd_llm, "run a local LLM server (llm serve)")
    p.add_argument("action", choices=["serve"])
    p.add_argument("--model", default="qwen1.5b", help="packaged model to serve")
    p.add_argument("--port", type=int, default=8088)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point: user mistakes become one line on stderr and exit code 2 (1 for partial)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["bench"]:  # its own options (argparse's REMAINDER refuses leading --flags)
        from assistant.bench import main as bench_main

        return int(bench_main(argv[1:]) or 0)
    args = build_parser().parse_args(argv)
    if args.command == "eval" and args.use_index:
        args.corpus = None
    try:
        return int(args.func(args))
    except AssistantError as exc:
        if (
            os.environ.get("ASSISTANT_DEBUG")
            or "pytest" in sys.modules
            and os.environ.get("ASSISTANT_RAISE")
        ):
            raise
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
