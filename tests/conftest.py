"""Shared fixtures: the tiny corpus on disk, and a factory for an assistant with its own index."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.service import Assistant
from tests.corpus import ARTICLES

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
for _name in [n for n in os.environ if n.startswith("ASSISTANT_") or n.startswith("OPENAI_")]:
    os.environ.pop(_name)  # tests run with default settings, whatever the developer's shell says

REPO = Path(__file__).resolve().parents[1]


def write_corpus(folder: Path, articles: dict[str, str] | None = None) -> Path:
    """Write articles (name -> text) into a folder and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles or ARTICLES).items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "articles")


@pytest.fixture
def make_assistant(tmp_path: Path) -> Callable[..., Assistant]:
    """Factory: an Assistant on a fresh index holding the given articles (default: the corpus)."""
    made: list[Assistant] = []

    def factory(articles: dict[str, str] | None = None, **overrides: object) -> Assistant:
        folder = write_corpus(tmp_path / f"articles{len(made)}", articles)
        settings = load_settings(index_dir=tmp_path / f"index{len(made)}", **overrides)
        assistant = Assistant(settings)
        report = assistant.ingest([folder])
        assert not report.errors, report.errors
        made.append(assistant)
        return assistant

    yield factory
    for assistant in made:
        assistant.close()


@pytest.fixture(scope="session")
def seed_text() -> str | None:
    seeds = sorted((REPO.parent / "shared" / "seeds").glob("*.txt"))
    return seeds[0].read_text(encoding="utf-8") if seeds else None
