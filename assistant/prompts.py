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

from assistant.errors import AssistantError

PROMPTS_DIR = Path(__file__).resolve().parents[1] / "prompts"
VARIABLE = re.compile(r"\{\{\s*(\w+)\s*\}\}")
SECTION = re.compile(r"^##\s+(system|user)\s*$", re.M)

# prompt name -> the variables its file must use (all of them, and no others)
REQUIRED: dict[str, set[str]] = {
    "answer": {"passages", "question"},
    "structured": {"passages", "question"},
    "condense": {"history", "question"},
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
