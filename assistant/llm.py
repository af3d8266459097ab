"""Answers written by an LLM on any OpenAI-compatible server, verified before they are shown.

The model only ever sees numbered passages (each with speaker, kind, title, source and date)
and writes either free-form prose with [n] markers or, in structured mode, JSON points naming
passage numbers; in structured mode code inserts each verbatim quote, speaker and date. Either
way the verifier of the extractive path checks the result, and when nothing verified is left
the extractive answer is returned with `fallback="extractive"` and the reason.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TextIO
from urllib.parse import urlparse

from assistant.compose import KIND_LABEL, TITLE_QUOTES, Citations, by_date
from assistant.config import Settings
from assistant.errors import LLMError
from assistant.prompts import (
    fit_passages,
    load_prompts,
    passage_budget,
    passage_text,
    trim_history,
)
from assistant.records import Answer, Citation, Statement
from assistant.retrieve import Understanding, understand
from assistant.verify import (
    MARKER,
    QUOTED,
    check_citation,
    check_claims,
    check_sentence,
    split_sentences,
    verify_answer,
)

if TYPE_CHECKING:
    from assistant.service import Assistant

log = logging.getLogger(__name__)

ANSWER_TOKENS = {"freeform": 450, "structured": 350}
CONDENSE_TOKENS = 80
MAX_POINTS = 6
NO_ANSWER = re.compile(r"^\W*no answer\W*$", re.I)
POINTS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "points": {
            "type": "array",
            "maxItems": MAX_POINTS,
            "items": {
                "type": "object",
                "properties": {
                    "passages": {
                        "type": "array",
                        "items": {"type": "integer"},
                        "minItems": 1,
                        "maxItems": 4,
                    },
                    "point": {"type": "string"},
                },
                "required": ["passages", "point"],
            },
        }
    },
    "required": ["points"],
}


# --- the model contract: one transport, a real one and a fake ------------------------------


class LLMUnavailable(LLMError):
    """A failure worth retrying: the server refused, dropped the connection or was busy."""


class LLMTimeout(LLMError):
    """The server took longer than `ASSISTANT_LLM_TIMEOUT` seconds (not retried)."""


class ChatModel(Protocol):
    """Send chat messages; get the reply text, whole or as pieces of text."""

    def reply(
        self, messages: list[dict[str, str]], schema: dict | None, max_tokens: int
    ) -> str: ...

    def stream(
        self, messages: list[dict[str, str]], schema: dict | None, max_tokens: int
    ) -> Iterator[str]: ...


class OpenAIChat:
    """The `openai` client pointed at any OpenAI-compatible server (OpenAI, llama.cpp, vLLM,
    Ollama). Its own retries are off: `with_retries` does them, for the fake too."""

    def __init__(self, settings: Settings) -> None:
        import openai

        self.settings = settings
        self.url = settings.llm_base_url or "https://api.openai.com/v1"
        self.local = is_local(settings.llm_base_url)
        self.client = openai.OpenAI(
            base_url=settings.llm_base_url or None,
            api_key=settings.llm_api_key or "not-needed",
            timeout=settings.llm_timeout,
            max_retries=0,
        )

    def _request(self, messages: list[dict[str, str]], schema: dict | None, max_tokens: int):  # type: ignore[no-untyped-def]
        body: dict[str, Any] = {
            "model": self.settings.llm_model or "local",
            "messages": messages,
            "temperature": 0,
            "max_tokens": max_tokens,
        }
        if schema is not None:
            # llama-cpp-python's server enforces a schema given this way (as a grammar);
            # OpenAI and vLLM take the standard json_schema form.
            body["response_format"] = (
                {"type": "json_object", "schema": schema}
                if self.local
                else {"type": "json_schema", "json_schema": {"name": "answer", "schema": schema}}
            )
        return body

    def reply(self, messages: list[dict[str, str]], schema: dict | None, max_tokens: int) -> str:
        with self._errors():
            response = self.client.chat.completions.create(
                **self._request(messages, schema, max_tokens)
            )
            return response.choices[0].message.content or ""

    def stream(
        self, messages: list[dict[str, str]], schema: dict | None, max_tokens: int
    ) -> Iterator[str]:
        with self._errors():
            chunks = self.client.chat.completions.create(
                **self._request(messages, schema, max_tokens), stream=True
            )
            for chunk in chunks:
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content

    def _errors(self) -> AbstractContextManager[None]:
        return _without_key(
            self.settings.llm_api_key, _translate_errors(self.url, self.settings.llm_timeout)
        )


@contextmanager
def _without_key(key: str, errors: AbstractContextManager[None]) -> Iterator[None]:
    """LLMErrors that never carry the API key: some servers echo the Authorization header in
    their error body, which would reach the answer's fallback reason, logs and tracebacks."""
    try:
        with errors:
            yield
    except LLMError as exc:
        if not key or (key not in str(exc) and key not in str(exc.__cause__)):
            raise
        raise type(exc)(str(exc).replace(key, "[API key hidden]")) from None


@contextmanager
def _translate_errors(url: str, timeout: float) -> Iterator[None]:
    """openai's exceptions as LLMError subclasses whose messages say what to do."""
    import openai

    try:
        yield
    except openai.APITimeoutError as exc:
        raise LLMTimeout(
            f"the LLM server at {url} did not answer within {timeout:g} s "
            "(raise ASSISTANT_LLM_TIMEOUT for a slow model)"
        ) from exc
    except openai.APIConnectionError as exc:
        raise LLMUnavailable(
            f"cannot reach the LLM server at {url}: start it (`assistant llm serve`) "
            "or unset ASSISTANT_LLM_BASE_URL"
        ) from exc
    except (openai.RateLimitError, openai.InternalServerError) as exc:
        raise LLMUnavailable(f"the LLM server at {url} is busy or failing: {exc}") from exc
    except openai.AuthenticationError as exc:
        raise LLMError(
            f"the LLM server at {url} refused the key: set ASSISTANT_LLM_API_KEY"
        ) from exc
    except openai.OpenAIError as exc:
        raise LLMError(f"the LLM server at {url} failed: {exc}") from exc


@dataclass
class FakeLLM:
    """A scripted model for tests: queues replies (text, or an exception to raise) and
    records every call's messages and schema."""

    replies: list[str | Exception] = field(default_factory=list)
    calls: list[dict[str, Any]] = field(default_factory=list)

    def _next(self, messages: list[dict[str, str]], schema: dict | None, stream: bool) -> str:
        self.calls.append({"messages": messages, "schema": schema, "stream": stream})
        if not self.replies:
            raise AssertionError("FakeLLM has no reply queued for this call")
        reply = self.replies.pop(0)
        if isinstance(reply, Exception):
            raise reply
        return reply

    def reply(self, messages: list[dict[str, str]], schema: dict | None, max_tokens: int) -> str:
        return self._next(messages, schema, False)

    def stream(
        self, messages: list[dict[str, str]], schema: dict | None, max_tokens: int
    ) -> Iterator[str]:
        text = self._next(messages, schema, True)
        yield from re.findall(r"\S+\s*|\s+", text)


def is_local(base_url: str) -> bool:
    host = (urlparse(base_url).hostname or "") if base_url else ""
    return host in {"localhost", "127.0.0.1", "::1", "0.0.0.0"} or host.endswith(".local")


def answer_mode(settings: Settings) -> str:
    """structured or freeform: `auto` means free-form for OpenAI itself, structured elsewhere."""
    if settings.llm_mode != "auto":
        return settings.llm_mode
    if not settings.llm_base_url:  # OpenAI itself
        return "freeform"
    host = urlparse(settings.llm_base_url).hostname or ""
    return "freeform" if host.endswith("openai.com") else "structured"


def client_for(assistant: Assistant) -> ChatModel:
    """The assistant's model (tests set `assistant.llm_client` to a FakeLLM)."""
    client = getattr(assistant, "llm_client", None)
    if client is None:
        client = OpenAIChat(assistant.settings)
        assistant.llm_client = client  # type: ignore[attr-defined]
    return client


def with_retries(
    call: Callable[[], Any], settings: Settings, sleep: Callable[[float], None] = time.sleep
) -> Any:
    """`call()`, retried with exponential backoff while the server is unreachable or busy."""
    for attempt in range(settings.llm_retries + 1):
        try:
            return call()
        except LLMUnavailable:
            if attempt == settings.llm_retries:
                raise
            sleep(min(0.5 * 2**attempt, 8.0))
    raise AssertionError("unreachable")


# --- what the model reads: passages and history (built in assistant/prompts.py) --------


def condense_understanding(
    assistant: Assistant, u: Understanding, history: list[dict] | None
) -> Understanding:
    """For a follow-up that names nobody (and inherited nobody), let the model rewrite it as a
    standalone question from the chat history; keep the first reading when that fails."""
    if not history or u.speakers or u.unknown or u.intent == "who":
        return u
    settings = assistant.settings
    messages = load_prompts()["condense"].messages(
        history=trim_history(history, settings.llm_context_window // 4), question=u.question
    )
    try:
        client = client_for(assistant)
        text = with_retries(lambda: client.reply(messages, None, CONDENSE_TOKENS), settings)
    except LLMError as exc:
        log.warning("condensing the follow-up failed: %s", exc)
        return u
    standalone = " ".join((text or "").strip().splitlines()[:1]).strip(" \"“”'")[:300]
    if not re.search(r"\w", standalone):
        return u
    rewritten = understand(standalone, assistant.registry)
    if not (rewritten.speakers or rewritten.unknown):
        return u
    rewritten.inherited = True
    return rewritten


# --- generating, composing and verifying ------------------------------------------------------


def _names(assistant: Assistant) -> Callable[[str], list[tuple[str, str]]]:
    registry = assistant.registry
    return lambda text: [(s.name, matched) for s, matched in registry.find_in_text(text)]


def _normalise_markers(text: str) -> str:
    """[1, 2] and [1][2] as "[1] [2]", so each marker is read."""
    text = re.sub(
        r"\[(\d+(?:\s*[,;]\s*\d+)+)\]",
        lambda m: " ".join(f"[{n}]" for n in re.findall(r"\d+", m.group(1))),
        text,
    )
    return re.sub(r"\](?=\[)", "] ", text)


def _renumber(answer: Answer) -> Answer:
    """Citations numbered 1..n in order of first mention; those never mentioned are dropped."""
    # A "[3]" inside a quote is the article's own text, verified verbatim: never renumbered.
    quoted = [m.span() for m in QUOTED.finditer(answer.answer)]

    def cites(m: re.Match[str]) -> bool:
        return not any(begin <= m.start() < end for begin, end in quoted)

    order: list[int] = []
    for m in MARKER.finditer(answer.answer):
        if cites(m) and int(m.group(1)) not in order:
            order.append(int(m.group(1)))
    new = {old: i + 1 for i, old in enumerate(order)}
    answer.answer = MARKER.sub(
        lambda m: f"[{new[int(m.group(1))]}]" if cites(m) else m.group(0), answer.answer
    )
    kept = [c for c in answer.citations if c.n in new]
    for citation in kept:
        citation.n = new[citation.n]
    answer.citations = sorted(kept, key=lambda c: c.n)
    return answer


def _evidence(statement: Statement, mark: str) -> str:
    quote = statement.quote
    name = quote.speaker or "The article"
    verb = KIND_LABEL.get(quote.kind, "said") + (f" about {quote.about}" if quote.about else "")
    where = statement.title.translate(TITLE_QUOTES) + (
        f", {statement.source}" if statement.source else ""
    )
    return f"{name} {verb} ({statement.published or 'undated'}, {where}): “{quote.text.strip()}” {mark}"


def parse_points(text: str) -> list[dict[str, Any]]:
    """The points of a structured reply, or ValueError when it is not the JSON asked for."""
    match = re.search(r"\{.*\}", text or "", re.S)
    if not match:
        raise ValueError("the model's reply is not the JSON asked for")
    body = json.loads(match.group(0))
    points = body.get("points") if isinstance(body, dict) else None
    if not isinstance(points, list):
        raise ValueError("the model's reply has no list of points")
    return [p for p in points if isinstance(p, dict)][:MAX_POINTS]


def compose_points(
    assistant: Assistant, u: Understanding, numbered: list[Statement], points: list[dict]
) -> Answer:
    """Each point as its paraphrase (checked like any model-written sentence), followed by the
    verbatim quote, speaker and date of every passage it rests on, written by code; then the
    statements found that no point used, so that nothing retrieved is silently left out."""
    removed: list[str] = []
    truth = {}
    for n, statement in enumerate(numbered, start=1):
        citation = Citation.from_statement(n, statement)
        citation.verified = check_citation(citation, assistant.source(citation.quote_id)) is None
        truth[n] = citation
    cites = Citations()
    blocks: list[str] = []
    for point in points:
        numbers = [n for n in point.get("passages") or [] if isinstance(n, int) and n in truth]
        numbers = list(dict.fromkeys(numbers))
        paraphrase = " ".join(str(point.get("point") or "").split())
        paraphrase = MARKER.sub("", paraphrase).strip()
        if not numbers or not paraphrase:
            removed.append("removed point: it names no passage that was given")
            continue
        local = " ".join(f"[{n}]" for n in numbers)
        sentences = [f"{s.rstrip(' .')} {local}." for s in split_sentences(paraphrase)]
        reason = next(
            (
                r
                for s in sentences
                for r in (check_sentence(s, truth), check_claims(s, truth, _names(assistant)))
                if r
            ),
            None,
        )
        if reason:
            removed.append(f"removed point: {reason}")
            continue
        fresh = [n for n in numbers if numbered[n - 1].quote.id not in cites.items]
        marks = " ".join(cites.mark(numbered[n - 1]) for n in numbers)
        lines = [" ".join(f"{s.rstrip(' .')} {marks}." for s in split_sentences(paraphrase))]
        lines += [_evidence(numbered[n - 1], cites.mark(numbered[n - 1])) for n in fresh]
        blocks.append("\n".join(lines))
    rest = [s for s in numbered if s.quote.id not in cites.items]
    if blocks and rest and u.intent != "who":  # a small model's omission hides nothing found
        lines = [_evidence(s, cites.mark(s)) for s in by_date(rest)]
        blocks.append("\n".join(["Also found (not summarised):", *lines]))
    return Answer(
        question=u.question,
        answer="\n\n".join(blocks),
        abstained=False,
        citations=cites.all(),
        removed=removed,
    )


def _draft_points(raw: str) -> str:
    """The paraphrases readable so far in a streaming JSON reply."""
    return "\n".join(
        m.group(1) for m in re.finditer(r'"point"\s*:\s*"((?:[^"\\]|\\.)*)', raw or "")
    )


def generate(
    assistant: Assistant, u: Understanding, statements: list[Statement], extractive: Answer
) -> Generator[str, None, Answer]:
    """Yields the model's draft as it grows; returns the verified Answer (or the extractive
    one, marked as a fallback with the reason). Never raises for a failing server."""
    settings = assistant.settings
    mode = answer_mode(settings)
    started = time.monotonic()
    prompt = load_prompts()["structured" if mode == "structured" else "answer"]
    budget = passage_budget(prompt, settings.llm_context_window, ANSWER_TOKENS[mode], u.question)
    numbered = fit_passages(statements, budget)
    passages = "\n\n".join(passage_text(n, s) for n, s in enumerate(numbered, start=1))
    messages = prompt.messages(passages=passages, question=u.question)
    schema = POINTS_SCHEMA if mode == "structured" else None
    client = client_for(assistant)
    pieces: list[str] = []
    first_token: float | None = None
    try:
        if not numbered:
            raise ValueError("no passage fits in the model's context window")
        stream = with_retries(
            lambda: _started(client.stream(messages, schema, ANSWER_TOKENS[mode])), settings
        )
        for piece in stream:
            first_token = first_token or time.monotonic() - started
            pieces.append(piece)
            yield _draft_points("".join(pieces)) if mode == "structured" else "".join(pieces)
        raw = "".join(pieces)
        answer = _checked(assistant, u, numbered, raw, mode, extractive)
    except (LLMError, ValueError) as exc:
        answer = fallback(extractive, str(exc))
    answer.searched = dict(answer.searched) | {
        "llm": {
            "mode": mode,
            "passages": len(numbered),
            "first_token_s": round(first_token, 2) if first_token else None,
            "total_s": round(time.monotonic() - started, 2),
        }
    }
    return answer


def _started(pieces: Iterator[str]) -> Iterator[str]:
    """Pull the first piece now, so that a refused connection is retried before any output."""
    first = next(pieces, None)

    def chain() -> Iterator[str]:
        if first is not None:
            yield first
        yield from pieces

    return chain()


def _checked(
    assistant: Assistant,
    u: Understanding,
    numbered: list[Statement],
    raw: str,
    mode: str,
    extractive: Answer,
) -> Answer:
    if mode == "structured":
        points = parse_points(raw)
        if not points:
            return fallback(extractive, "the model found no passage that answers the question")
        answer = compose_points(assistant, u, numbered, points)
        answer = verify_answer(answer, assistant.source)
    else:
        if not raw.strip() or NO_ANSWER.match(raw.strip()):
            return fallback(extractive, "the model found no passage that answers the question")
        answer = Answer(
            question=u.question,
            answer=_normalise_markers(raw.strip()),
            abstained=False,
            citations=[Citation.from_statement(n, s) for n, s in enumerate(numbered, start=1)],
        )
        answer = _renumber(verify_answer(answer, assistant.source, True, _names(assistant)))
    answer.mode = f"llm-{mode}"
    answer.searched = extractive.searched
    answer.config_hash = extractive.config_hash
    if not answer.answer or not answer.citations:
        reasons = "; ".join(answer.removed[:3]) or "it cited nothing"
        return fallback(
            extractive, f"nothing the model wrote passed verification ({reasons})", answer.removed
        )
    return answer


def fallback(extractive: Answer, reason: str, removed: list[str] | None = None) -> Answer:
    """The extractive answer, saying why the model's answer is not shown."""
    extractive.fallback = "extractive"
    extractive.fallback_reason = reason
    extractive.removed = list(extractive.removed) + list(removed or [])
    return extractive


def llm_answer(
    assistant: Assistant, u: Understanding, statements: list[Statement], extractive: Answer
) -> Answer:
    """The model's verified answer (or the extractive one as a fallback), without streaming."""
    drafts = generate(assistant, u, statements, extractive)
    while True:
        try:
            next(drafts)
        except StopIteration as done:
            return done.value


# --- streaming to the CLI and the chat ----------------------------------------------------------


def stream_chat(
    assistant: Assistant, question: str, history: list[dict] | None = None
) -> Iterator[tuple[str, Answer | None]]:
    """For the chat: (text to show, None) while working, then (final text, final Answer).

    The first item is the extractive answer, at once; then the model's growing draft; the
    last item is the verified answer, which replaces the draft."""
    u, statements, extractive = assistant.ask_extractive(question, history)
    if not (assistant.settings.llm_enabled and statements):
        yield extractive.answer, extractive
        return
    yield extractive.answer, None
    shown = ""
    drafts = generate(assistant, u, statements, _copy(extractive))
    while True:
        try:
            draft = next(drafts)
        except StopIteration as done:
            final: Answer = done.value
            break
        if draft and draft != shown:
            shown = draft
            yield draft, None
    yield final.answer, final


def _copy(answer: Answer) -> Answer:
    import copy

    return copy.deepcopy(answer)


def stream_answer(assistant: Assistant, question: str, out: TextIO) -> Answer:
    """`assistant ask --stream`: the extractive answer at once, then the model's draft as it
    streams, then the verified answer if the checks changed anything (always its citations)."""
    from assistant.cli import render_answer

    draft = ""
    final: Answer | None = None
    for index, (text, answer) in enumerate(stream_chat(assistant, question)):
        if answer is not None:
            final = answer
            break
        if index == 0:
            out.write(f"{text}\n\n(extractive answer; the model is writing…)\n\n")
        elif text.startswith(draft):
            out.write(text[len(draft) :])
        else:
            out.write("\n" + text)
        if index:
            draft = text
        out.flush()
    assert final is not None
    rendered = render_answer(final)
    if draft and final.answer.strip() == draft.strip() and not final.fallback:
        rendered = rendered[len(final.answer) :]
    elif draft:
        out.write("\n\nVerified answer:\n")
    out.write(rendered.rstrip() + "\n")
    if draft and final.removed:
        out.write("Removed by verification:\n" + "".join(f"  - {r}\n" for r in final.removed))
    out.flush()
    return final


def serve_local(args: Any) -> int:
    """`assistant llm serve`: llama.cpp's server on 127.0.0.1 with a packaged model."""
    from assistant.localmodel import serve

    return serve(getattr(args, "model", "qwen1.5b"), int(getattr(args, "port", 8088)))
