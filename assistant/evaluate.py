"""Grounding evaluation: ask the eval questions, judge every answer without an LLM, score.

The checks are those of the independent judge (`check_answers.py`, see eval/README.md): the
raw article files are the ground truth for verbatim quotes and dates, names match by words,
and a conversation (`turns`) is judged on the answer to its last turn.
"""

from __future__ import annotations

import html
import io
import json
import logging
import re
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import AssistantError, IndexProblem, InputError

log = logging.getLogger(__name__)

DEFAULT_CORPUS = Path("eval/corpus")
DEFAULT_QUESTIONS = Path("eval/questions.jsonl")
DEFAULT_THRESHOLDS = Path("eval/thresholds.toml")

METRICS: tuple[str, ...] = (
    "verbatim_rate",
    "misattributions",
    "speaker_precision",
    "speaker_recall",
    "date_accuracy",
    "abstention_accuracy",
    "must_cite_recall",
    "answer_rate",
    "off_target",
    "passed",
    "total",
)
RATES = {"verbatim_rate", "speaker_precision", "speaker_recall", "date_accuracy"} | {
    "abstention_accuracy",
    "must_cite_recall",
    "answer_rate",
}
LOWER_IS_BETTER = {"misattributions", "off_target"}
LIST_FIELDS = ("speakers", "not_speakers", "must_cite", "dates", "silent")
KNOWN_FIELDS = {"id", "question", "turns", "abstain", "attributed", *LIST_FIELDS}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# A quoted string of 20+ characters in an answer text: it must be verbatim in some article.
_ANSWER_QUOTE = re.compile(r"[“\"]([^”\"]{20,})[”\"]")


@dataclass(frozen=True)
class ArticleText:
    """One article as the ground truth sees it: whitespace-normalised raw text and its date."""

    text: str
    published: str | None
    path: str = ""


@dataclass
class Judgement:
    """What one answer got wrong, and the counts the metrics are built from."""

    failures: list[str] = field(default_factory=list)
    quotes: int = 0  # citations + quoted strings in the answer text
    verbatim: int = 0
    cited_verbatim: int = 0  # citations only: the denominator of date accuracy
    date_errors: int = 0
    misattributions: int = 0
    off_target: int = 0
    credited: int = 0  # citations credited to someone, in questions that expect speakers
    credited_expected: int = 0
    speakers: int = 0
    speakers_found: int = 0
    must_cite: int = 0
    must_cite_found: int = 0


def normalize(text: str | None) -> str:
    """Collapse all whitespace (and no-break spaces) to single spaces."""
    text = (text or "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def name_match(expected: str, speaker: str | None) -> bool:
    """True if every word of the expected name is one of the credited speaker's words."""
    if not speaker:
        return False
    words = set(re.findall(r"\w+", speaker.lower()))
    return all(word in words for word in re.findall(r"\w+", expected.lower()))


# --- the ground truth ---------------------------------------------------------------------


def load_article_texts(corpus: Path) -> list[ArticleText]:
    """Every article under `corpus` as raw normalised text with its date.

    Reads the files the way the independent judge does (whole raw file for .txt/.md, `text` of
    each JSON Lines record, tag-stripped .html), so the runner and the judge agree on what is
    verbatim; the product's readers give the same body text for these formats.
    """
    corpus = Path(corpus)
    if not corpus.exists():
        raise InputError(f"eval corpus not found: {corpus} (pass --corpus DIR)")
    files = [corpus] if corpus.is_file() else sorted(p for p in corpus.rglob("*") if p.is_file())
    articles: list[ArticleText] = []
    for path in files:
        articles.extend(_article_texts_in(path))
    if not articles:
        raise InputError(f"no articles (.txt, .md, .html, .jsonl) found in {corpus}")
    return articles


def _article_texts_in(path: Path) -> list[ArticleText]:
    raw = path.read_text(encoding="utf-8", errors="replace")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        found = []
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:  # ingest reports it too; judge the rest
                log.warning("%s:%d: skipped, not a JSON record (%s)", path, n, exc.msg)
                continue
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                found.append(ArticleText(normalize(record["text"]), record.get("date"), str(path)))
        return found
    if suffix in (".html", ".htm"):
        meta = re.search(r'<meta[^>]+name="date"[^>]+content="(\d{4}-\d{2}-\d{2})"', raw)
        body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
        text = normalize(html.unescape(re.sub(r"<[^>]+>", " ", body)))
        return [ArticleText(text, meta.group(1) if meta else None, str(path))]
    if suffix in (".txt", ".md"):
        first_line = re.match(r"\s*date (\d{4}-\d{2}-\d{2})", raw)
        front_matter = re.search(r"^date:\s*(\d{4}-\d{2}-\d{2})", raw, re.M)
        published = first_line or front_matter
        return [ArticleText(normalize(raw), published.group(1) if published else None, str(path))]
    return []


# --- the questions ------------------------------------------------------------------------


def load_questions(path: Path) -> list[dict[str, Any]]:
    """The items of a questions file (JSON Lines, eval/README.md); InputError names bad lines."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"questions file not found: {path} (pass --questions FILE)")
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
        problem = _item_problem(item)
        if problem is None and item["id"] in seen:
            problem = f"duplicate id {item['id']!r}"
        if problem:
            raise InputError(f"{path}:{n}: {problem}")
        unknown = sorted(set(item) - KNOWN_FIELDS)
        if unknown:
            log.warning("%s:%d: ignoring unknown field(s) %s", path, n, ", ".join(unknown))
        seen.add(item["id"])
        items.append(item)
    if not items:
        raise InputError(f"{path}: no questions in the file")
    return items


def _item_problem(item: Any) -> str | None:
    """Why an item is malformed, or None."""
    if not isinstance(item, dict):
        return "each line must be a JSON object"
    if not isinstance(item.get("id"), str) or not item["id"].strip():
        return "missing 'id' (a non-empty string)"
    has_question, has_turns = "question" in item, "turns" in item
    if has_question == has_turns:
        return "give exactly one of 'question' (a string) or 'turns' (a list of strings)"
    if has_question and not (isinstance(item["question"], str) and item["question"].strip()):
        return "'question' must be a non-empty string"
    turns = item.get("turns")
    if has_turns and not (
        isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)
    ):
        return "'turns' must be a non-empty list of non-empty strings"
    for name in LIST_FIELDS:
        value = item.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"'{name}' must be a list of strings"
    bad_dates = [d for d in item.get("dates", []) if not _DATE.fullmatch(d)]
    if bad_dates:
        return f"'dates' must be YYYY-MM-DD, got {bad_dates[0]!r}"
    if item.get("abstain") not in (True, False, None):
        return "'abstain' must be true, false or absent"
    attributed = item.get("attributed", [])
    if not isinstance(attributed, list) or not all(_is_attribution(a) for a in attributed):
        return '\'attributed\' must be a list of {"quote": string, "speaker": string or null}'
    return None


def _is_attribution(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("quote"), str)
        and bool(value["quote"].strip())
        and "speaker" in value
        and (value["speaker"] is None or isinstance(value["speaker"], str))
    )


# --- judging one answer -------------------------------------------------------------------


def judge_answer(
    item: dict[str, Any], answer: dict[str, Any], articles: list[ArticleText]
) -> Judgement:
    """Check one answer (the JSON contract) against its item's expectations."""
    result = Judgement()
    citations = answer.get("citations") or []
    for citation in citations:
        _judge_citation(item, citation, articles, result)
    for expected in item.get("attributed", []):
        _judge_attributed(expected, citations, result)
    for fragment in _ANSWER_QUOTE.findall(answer.get("answer") or ""):
        result.quotes += 1
        if any(normalize(fragment).rstrip(".,") in a.text for a in articles):
            result.verbatim += 1
        else:
            result.failures.append(f"answer quotes text not in corpus: {fragment[:70]!r}")
    _judge_expectations(item, answer, citations, result)
    return result


def score_answer(
    item: dict[str, Any], answer_json: dict[str, Any], articles: list[ArticleText]
) -> list[str]:
    """The failures of one answer against its item; empty if it passes."""
    return judge_answer(item, answer_json, articles).failures


def _judge_citation(
    item: dict[str, Any], citation: dict[str, Any], articles: list[ArticleText], result: Judgement
) -> None:
    quote = normalize(citation.get("quote"))
    speaker = citation.get("speaker")
    result.quotes += 1
    homes = [a for a in articles if quote and quote in a.text]
    if homes:
        result.verbatim += 1
        result.cited_verbatim += 1
        if citation.get("published") not in {a.published for a in homes}:
            result.date_errors += 1
            dates = [a.published for a in homes]
            result.failures.append(f"date {citation.get('published')} != source {dates}")
    else:
        result.failures.append(f"citation not verbatim: {quote[:70]!r}")
    for person in item.get("silent", []):
        if name_match(person, speaker):
            result.misattributions += 1
            result.failures.append(f"credited to {person}, who said nothing of it: {quote[:60]!r}")
    for person in item.get("not_speakers", []):
        if name_match(person, speaker):
            result.off_target += 1
            result.failures.append(f"cites {person}, off target: {quote[:60]!r}")
    expected = item.get("speakers", [])
    if expected and speaker:
        result.credited += 1
        result.credited_expected += any(name_match(person, speaker) for person in expected)


def _judge_attributed(
    expected: dict[str, Any], citations: list[dict[str, Any]], result: Judgement
) -> None:
    """Any citation of the passage must name its true speaker (nobody, for the author's voice)."""
    passage = normalize(expected["quote"]).lower()
    for citation in citations:
        cited = normalize(citation.get("quote")).lower()
        if expected["speaker"] is None:
            wrong = bool(citation.get("speaker")) and citation.get("kind") != "author"
        else:
            wrong = not name_match(expected["speaker"], citation.get("speaker"))
        overlaps = passage in cited or (len(cited.split()) >= 5 and cited in passage)
        if cited and overlaps and wrong:
            result.misattributions += 1
            result.failures.append(
                f"{expected['quote'][:40]!r} credited to {citation.get('speaker')!r}, "
                f"not {expected['speaker']}"
            )


def _judge_expectations(
    item: dict[str, Any],
    answer: dict[str, Any],
    citations: list[dict[str, Any]],
    result: Judgement,
) -> None:
    for person in item.get("speakers", []):
        result.speakers += 1
        if any(name_match(person, c.get("speaker")) for c in citations):
            result.speakers_found += 1
        else:
            result.failures.append(f"no citation credited to {person}")
    cited = [normalize(c.get("quote")).lower() for c in citations]
    for passage in item.get("must_cite", []):
        result.must_cite += 1
        if any(normalize(passage).lower() in quote for quote in cited):
            result.must_cite_found += 1
        else:
            result.failures.append(f"missing cited passage {passage[:50]!r}")
    for day in item.get("dates", []):
        if not any(c.get("published") == day for c in citations):
            result.failures.append(f"no citation dated {day}")
    expected = item.get("abstain")
    if expected is not None and bool(answer.get("abstained")) != expected:
        result.failures.append(f"abstained={answer.get('abstained')} expected {expected}")


# --- metrics ------------------------------------------------------------------------------


def _rate(part: float, whole: float) -> float:
    """A share in 0..1; with nothing to measure, nothing went wrong."""
    return round(part / whole, 4) if whole else 1.0


def compute_metrics(
    items: list[dict[str, Any]], answers: list[dict[str, Any]], judgements: list[Judgement]
) -> dict[str, float | int]:
    """The report's metrics from each item, its answer and its judgement (same order)."""

    def total(name: str) -> int:
        return sum(getattr(j, name) for j in judgements)

    with_abstain = [
        (i, a) for i, a in zip(items, answers, strict=True) if i.get("abstain") is not None
    ]
    abstained_right = sum(bool(a.get("abstained")) == i["abstain"] for i, a in with_abstain)
    answerable = [a for i, a in zip(items, answers, strict=True) if i.get("abstain") is False]
    answered = sum(not a.get("abstained") and bool(a.get("citations")) for a in answerable)
    cited_verbatim = total("cited_verbatim")
    return {
        "verbatim_rate": _rate(total("verbatim"), total("quotes")),
        "misattributions": total("misattributions"),
        "speaker_precision": _rate(total("credited_expected"), total("credited")),
        "speaker_recall": _rate(total("speakers_found"), total("speakers")),
        "date_accuracy": _rate(cited_verbatim - total("date_errors"), cited_verbatim),
        "abstention_accuracy": _rate(abstained_right, len(with_abstain)),
        "must_cite_recall": _rate(total("must_cite_found"), total("must_cite")),
        "answer_rate": _rate(answered, len(answerable)),
        "off_target": total("off_target"),
        "passed": sum(not j.failures for j in judgements),
        "total": len(judgements),
    }


def build_report(
    items: list[dict[str, Any]], answers: list[dict[str, Any]], articles: list[ArticleText]
) -> dict[str, Any]:
    """Judge every answer: {"metrics": {...}, "questions": [{id, passed, failures, answer}]}."""
    judgements = [judge_answer(i, a, articles) for i, a in zip(items, answers, strict=True)]
    questions = [
        {"id": i["id"], "passed": not j.failures, "failures": j.failures, "answer": a}
        for i, a, j in zip(items, answers, judgements, strict=True)
    ]
    return {"metrics": compute_metrics(items, answers, judgements), "questions": questions}


# --- running ------------------------------------------------------------------------------


def run_eval(
    settings: Settings,
    corpus: Path | None,
    questions: Path,
    use_existing_index: bool = False,
) -> dict[str, Any]:
    """Ask every question through the chat's code path and judge the answers.

    Builds a fresh index from `corpus` in a temporary folder (the configured index is not
    touched) unless `use_existing_index`; the corpus is the ground truth either way.
    Returns the report of `build_report`.
    """
    from assistant.service import Assistant  # the whole pipeline; imported only to run

    corpus = Path(corpus) if corpus is not None else DEFAULT_CORPUS
    items = load_questions(Path(questions))
    articles = load_article_texts(corpus)
    with tempfile.TemporaryDirectory(prefix="assistant-eval-", ignore_cleanup_errors=True) as tmp:
        if use_existing_index:
            assistant = Assistant(settings)
        else:
            # Embedded Chroma in the temporary folder: with a Chroma server configured, the
            # eval would otherwise write into the user's collections of the same name.
            fresh = {"index_dir": Path(tmp), "chroma_url": ""}
            assistant = Assistant(settings.model_copy(update=fresh))
            ingested = assistant.ingest([corpus])
            for failure in ingested.errors:  # unreadable files: the rest is still judged
                log.warning("eval corpus: not ingested: %s", failure)
        answers = [answer_item(assistant, item) for item in items]
        close = getattr(assistant, "close", None)
        if callable(close):
            close()
    return build_report(items, answers, articles)


def answer_item(assistant: Any, item: dict[str, Any]) -> dict[str, Any]:
    """The answer JSON to the item's question, or to the last of its turns (with history)."""
    turns = item.get("turns") or [item["question"]]
    history: list[dict[str, str]] = []
    answer_json: dict[str, Any] = {}
    for turn in turns:
        try:
            answer = assistant.ask(turn, history=list(history) or None)
        except IndexProblem:
            raise
        except AssistantError as exc:  # one bad question fails that item, not the run
            return {
                "question": turn,
                "answer": "",
                "abstained": False,
                "citations": [],
                "error": str(exc),
            }
        answer_json = answer.to_json()
        history += [
            {"role": "user", "content": turn},
            {"role": "assistant", "content": answer_json.get("answer") or ""},
        ]
    return answer_json


# --- thresholds and baselines -------------------------------------------------------------


def load_thresholds(path: Path) -> dict[str, dict[str, float]]:
    """{"min": {metric: value}, "max": {metric: value}} from a TOML file (eval/thresholds.toml).

    Top-level keys are also accepted: counts (misattributions, off_target) as maxima, the rest
    as minima.
    """
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"thresholds file not found: {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from exc
    thresholds: dict[str, dict[str, float]] = {"min": {}, "max": {}}
    for key, value in raw.items():
        if key in ("min", "max") and isinstance(value, dict):
            for metric, limit in value.items():
                thresholds[key][metric] = _threshold_value(path, metric, limit)
        else:
            bound = "max" if key in LOWER_IS_BETTER else "min"
            thresholds[bound][key] = _threshold_value(path, key, value)
    return thresholds


def _threshold_value(path: Path, metric: str, value: Any) -> float:
    if metric not in METRICS:
        raise InputError(f"{path}: unknown metric {metric!r}; known: {', '.join(METRICS)}")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InputError(f"{path}: {metric} must be a number, got {value!r}")
    return float(value)


def check_thresholds(metrics: dict[str, Any], thresholds: dict[str, dict[str, float]]) -> list[str]:
    """One line per missed threshold; empty if all hold."""
    missed = []
    for bound, limits in thresholds.items():
        for metric, limit in limits.items():
            value = metrics.get(metric)
            if value is None:
                missed.append(f"{metric}: missing from the metrics")
            elif bound == "min" and value < limit:
                missed.append(f"{metric} {_show(value)} is below the minimum {_show(limit)}")
            elif bound == "max" and value > limit:
                missed.append(f"{metric} {_show(value)} is above the maximum {_show(limit)}")
    return missed


def compare_to_baseline(
    metrics: dict[str, Any], baseline_report: dict[str, Any] | Path
) -> list[str]:
    """One line per metric that got worse than in the baseline report; empty if none did."""
    if not isinstance(baseline_report, dict):
        baseline_report = read_report(Path(baseline_report))
    before = baseline_report.get("metrics", baseline_report)
    drops = []
    for metric in METRICS:
        if metric in ("passed", "total") or metric not in before or metric not in metrics:
            continue
        old, new = before[metric], metrics[metric]
        worse = new > old if metric in LOWER_IS_BETTER else new < old - 1e-9
        if worse:
            drops.append(f"{metric} went from {_show(old)} to {_show(new)}")
    if "passed" in before and before.get("total") and metrics.get("total"):
        old_share = before["passed"] / before["total"]
        new_share = metrics["passed"] / metrics["total"]
        if new_share < old_share - 1e-9:
            drops.append(
                f"passed went from {before['passed']}/{before['total']} "
                f"to {metrics['passed']}/{metrics['total']}"
            )
    return drops


def read_report(path: Path) -> dict[str, Any]:
    """A JSON report written by `write_reports` (e.g. a --baseline)."""
    try:
        report = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"baseline report not found: {path}") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not a JSON eval report ({exc.msg})") from exc
    if not isinstance(report, dict) or not isinstance(report.get("metrics"), dict):
        raise InputError(f'{path}: not an eval report (no "metrics" object)')
    return report


def _show(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) and not value.is_integer() else f"{value:g}"


# --- rendering ----------------------------------------------------------------------------


def render_table(report: dict[str, Any]) -> str:
    """The metrics and the failing questions as rich tables, rendered to plain text."""
    from rich.console import Console
    from rich.table import Table

    metrics = Table(title="Grounding eval")
    metrics.add_column("metric")
    metrics.add_column("value", justify="right")
    for name in METRICS:
        metrics.add_row(name, _format_metric(name, report["metrics"].get(name)))
    console = Console(file=io.StringIO(), width=120, record=True, color_system=None)
    console.print(metrics)
    failing = [q for q in report["questions"] if not q["passed"]]
    if failing:
        table = Table(title=f"Failing questions ({len(failing)})", show_lines=True)
        table.add_column("id", no_wrap=True)
        table.add_column("failures")
        for question in failing:
            table.add_row(question["id"], "\n".join(question["failures"]))
        console.print(table)
    return console.export_text()


def _format_metric(name: str, value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.1%}" if name in RATES else str(value)


def render_markdown(report: dict[str, Any]) -> str:
    """The report as Markdown: metrics, then failing questions with their failures."""
    metrics = report["metrics"]
    lines = ["# Grounding eval", "", "| metric | value |", "|---|---|"]
    lines += [f"| {name} | {_format_metric(name, metrics.get(name))} |" for name in METRICS]
    failing = [q for q in report["questions"] if not q["passed"]]
    lines += ["", f"## Failing questions ({len(failing)} of {len(report['questions'])})", ""]
    for question in failing:
        asked = (question.get("answer") or {}).get("question", "")
        lines.append(f"- **{question['id']}** ({asked})")
        lines += [f"  - {failure}" for failure in question["failures"]]
    if not failing:
        lines.append("None.")
    return "\n".join(lines) + "\n"


def write_reports(report: dict[str, Any], path: Path) -> list[Path]:
    """Write the JSON report at `path` and a Markdown summary beside it; return both paths."""
    path = Path(path)
    json_path = path.with_suffix(".json") if path.suffix.lower() == ".md" else path
    markdown_path = json_path.with_suffix(".md")
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    markdown_path.write_text(render_markdown(report), encoding="utf-8")
    return [json_path, markdown_path]
