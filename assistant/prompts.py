"""The LLM prompts, kept as files in prompts/ and checked for their variables when loaded.

Each file has a `## system` and a `## user` section; `{{name}}` marks a variable. A prompt
that lacks a variable the code fills in, or names one the code does not know, is an error at
start-up rather than a silently wrong request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.chunking import count_tokens
from assistant.errors import AssistantError
from assistant.records import Statement
from assistant.verify import split_sentences

PROMPTS_DIR = Path(__file__).resolve().parents[1] / "prompts"
VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")
SECTION = re.compile(r"^##\s+(system|user)\s*$", re.M)

# prompt name -> the variables its file must use (all of them, and no others)
REQUIRED: dict[str, set[str]] = {
    "answer": {"passages", "question"},
    "structured": {"passages", "question"},
    "condense": {"history", "question"},
}


KIND_FOR_MODEL = {
    "direct": "direct quote",
    "indirect": "reported speech",
    "mixed": "partly quoted",
    "author": "the article's own claim",
}


class PromptError(AssistantError):
    """A prompt file is missing, malformed or does not use the variables the code fills in."""


@dataclass(frozen=True)
class Prompt:
    name: str
    system: str
    user: str

    def messages(self, **values: str) -> list[dict[str, str]]:
        """Chat messages with every variable filled in (values are inserted as plain text)."""
        missing = REQUIRED[self.name] - values.keys()
        if missing:
            raise PromptError(f"prompt {self.name!r} needs {sorted(missing)}")

        def fill(text: str) -> str:
            return VARIABLE.sub(lambda m: values[m.group(1)], text)

        return [
            {"role": "system", "content": fill(self.system)},
            {"role": "user", "content": fill(self.user)},
        ]


def parse_prompt(name: str, text: str) -> Prompt:
    """A Prompt from a file's text, or PromptError saying what is wrong with it."""
    parts = SECTION.split(text)
    sections = dict(zip(parts[1::2], (p.strip() for p in parts[2::2]), strict=True))
    if set(sections) != {"system", "user"} or not all(sections.values()):
        raise PromptError(f"prompts/{name}.md needs a '## system' and a '## user' section")
    used = set(VARIABLE.findall(text))
    expected = REQUIRED.get(name)
    if expected is None:
        raise PromptError(f"prompts/{name}.md is not a prompt the assistant uses")
    if used != expected:
        problems = []
        if expected - used:
            problems.append(f"missing {{{{{', '.join(sorted(expected - used))}}}}}")
        if used - expected:
            problems.append(f"unknown {{{{{', '.join(sorted(used - expected))}}}}}")
        raise PromptError(f"prompts/{name}.md: {'; '.join(problems)}")
    return Prompt(name, sections["system"], sections["user"])


def load_prompts(folder: Path | None = None) -> dict[str, Prompt]:
    """Every prompt the LLM path needs, read and checked (cached for the default folder)."""
    if folder is None:
        return _default_prompts()
    return _read(folder)


@lru_cache(maxsize=1)
def _default_prompts() -> dict[str, Prompt]:
    return _read(PROMPTS_DIR)


def _read(folder: Path) -> dict[str, Prompt]:
    prompts = {}
    for name in REQUIRED:
        path = folder / f"{name}.md"
        if not path.is_file():
            raise PromptError(f"prompt file {path} is missing")
        prompts[name] = parse_prompt(name, path.read_text(encoding="utf-8"))
    return prompts


# --- what the model reads: numbered passages and the chat so far, within budget ------------


def passage_text(n: int, statement: Statement) -> str:
    """One numbered passage: its facts on a header line, then the statement's words."""
    quote = statement.quote
    speaker = quote.speaker or "the article itself (not a person)"
    kind = KIND_FOR_MODEL.get(quote.kind, quote.kind)
    return (
        f"[{n}] speaker: {speaker} | kind: {kind} | date: {statement.published or 'undated'}"
        f" | title: {statement.title} | source: {statement.source or 'unknown'}\n"
        f"{quote.text.strip()}"
    )


def fit_passages(statements: list[Statement], budget: int) -> list[Statement]:
    """The statements, in order, whose whole passages fit in `budget` tokens (none is cut)."""
    kept: list[Statement] = []
    used = 0
    for statement in statements:
        cost = count_tokens(passage_text(len(kept) + 1, statement)) + 2
        if used + cost > budget:
            continue
        kept.append(statement)
        used += cost
    return kept


def passage_budget(prompt: Prompt, window: int, reply_tokens: int, question: str) -> int:
    """Tokens left for passages once the prompt, question and reply are accounted for.

    cl100k tokens undercount a small model's own tokens a little, hence the 0.8 margin."""
    fixed = count_tokens(prompt.system + prompt.user + question) + 32
    return int((window - reply_tokens - fixed) * 0.8)


def trim_history(history: list[dict], budget: int) -> str:
    """The latest turns of a chat that fit in `budget` tokens, oldest first; a turn too long
    keeps its last whole sentences (a sentence is never cut inside a quotation)."""
    lines: list[str] = []
    used = 0
    for message in reversed(history):
        content = message.get("content")
        if not isinstance(content, str) or not content.strip():
            continue
        who = "User" if message.get("role") == "user" else "Assistant"
        line = f"{who}: {' '.join(content.split())}"
        cost = count_tokens(line)
        if used + cost > budget:
            tail: list[str] = []
            for sentence in reversed(split_sentences(" ".join(content.split()))):
                extra = count_tokens(sentence) + 1
                if used + count_tokens(who) + extra > budget:
                    break
                tail.insert(0, sentence)
                used += extra
            if tail:
                lines.insert(0, f"{who}: … {' '.join(tail)}")
            break
        lines.insert(0, line)
        used += cost
    return "\n".join(lines)
