"""The product's functions, shared by the CLI and the web UI: ingest, ask, speakers, quotes, summary."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from assistant.compose import (
    compose_abstention,
    compose_statements,
    compose_summary,
    compose_who,
)
from assistant.config import Settings, offline_environment
from assistant.errors import IndexProblem, InputError
from assistant.readers import ReadFailure, read_paths
from assistant.records import Answer, Article, Quote, Speaker, Statement, trim_quote
from assistant.retrieve import RELEVANT, Retriever, Understanding, understand
from assistant.speakers import SpeakerRegistry
from assistant.store import Store
from assistant.verify import Source, verify_answer

MAX_QUESTION_CHARS = 2000
Progress = Callable[[str, str], None]  # (path or article title, outcome)


@dataclass
class IngestReport:
    """What one ingest run did."""

    articles: int = 0
    quotes: int = 0
    chunks: int = 0
    unchanged: int = 0
    replaced: int = 0
    errors: list[ReadFailure] = field(default_factory=list)
    results: list[tuple[str, str]] = field(default_factory=list)  # (path, outcome)

    def summary(self) -> str:
        return (
            f"{self.articles} articles, {self.quotes} quotes, {self.chunks} chunks, "
            f"{len(self.errors)} errors"
            + (f" ({self.unchanged} unchanged)" if self.unchanged else "")
        )


def check_question(question: str) -> str:
    """The question cleaned up, or InputError with what is wrong with it."""
    cleaned = " ".join((question or "").split())
    if not cleaned:
        raise InputError("the question is empty: ask about a person or a statement")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise InputError(
            f"the question is {len(cleaned)} characters; keep it under {MAX_QUESTION_CHARS}"
        )
    if not re.search(r"\w", cleaned):
        raise InputError("the question has no words: ask about a person or a statement")
    return cleaned


class Assistant:
    """One index opened for answering (and, on demand, for writing)."""

    def __init__(self, settings: Settings) -> None:
        offline_environment()
        self.settings = settings
        self._embedder: Any = None
        self._store: Store | None = None
        self._registry: SpeakerRegistry | None = None
        if settings.llm_enabled:  # a broken prompt file is an error at start-up, not mid-answer
            from assistant.prompts import load_prompts

            load_prompts()

    # --- shared resources, loaded once --------------------------------------------------------

    @property
    def embedder(self) -> Any:
        if self._embedder is None:
            from assistant.embeddings import make_embedder

            self._embedder = make_embedder(self.settings)
        return self._embedder

    def embed(self, texts: list[str]) -> np.ndarray:
        from assistant.embeddings import embed_texts

        return embed_texts(self.embedder, texts)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.settings)
        return self._store

    @property
    def registry(self) -> SpeakerRegistry:
        if self._registry is None:
            self._registry = SpeakerRegistry(self.store.speakers())
        return self._registry

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- ingest -------------------------------------------------------------------------------

    def ingest(self, paths: Iterable[Path], progress: Progress | None = None) -> IngestReport:
        """Read, attribute, chunk, embed and store articles; unchanged ones are skipped."""
        from assistant.attribute import attribute
        from assistant.chunking import chunk_article

        report = IngestReport()
        self.close()
        store = Store(self.settings, writer=True)
        try:
            registry = SpeakerRegistry(store.speakers())
            for item in read_paths(paths, self.settings.max_file_mb * 2**20):
                if isinstance(item, ReadFailure):
                    report.errors.append(item)
                    report.results.append((item.path, f"error: {item.reason}"))
                    if progress:
                        progress(item.path, f"error: {item.reason}")
                    continue
                try:
                    outcome = self._ingest_article(
                        store, registry, item, attribute, chunk_article, report
                    )
                except (IndexProblem, sqlite3.Error):
                    raise  # the index itself is in trouble: stop the run
                except Exception as exc:  # one bad article must not stop the batch
                    failure = ReadFailure(
                        item.path or item.title,
                        f"could not be indexed ({exc.__class__.__name__}: {str(exc)[:200]})",
                    )
                    report.errors.append(failure)
                    outcome = f"error: {failure.reason}"
                report.results.append((item.path or item.title, outcome))
                if progress:
                    progress(item.path or item.title, outcome)
        finally:
            store.close()
        self._registry = None
        return report

    def _ingest_article(
        self,
        store,
        registry,
        article: Article,
        attribute,
        chunk_article,  # type: ignore[no-untyped-def]
        report: IngestReport,
    ) -> str:
        if store.article_by_hash(article.content_hash):
            report.unchanged += 1
            return "unchanged"
        replaced = [old for old in store.articles_with_key(article.key) if old != article.id]
        quotes: list[Quote] = [trim_quote(q, article.text) for q in attribute(article)]
        speakers = registry.assign(quotes)
        chunks = chunk_article(article, quotes, self.settings.chunk_tokens)
        quote_vectors = self.embed([q.text for q in quotes])
        chunk_vectors = self._chunk_vectors(chunks, quotes, quote_vectors)
        for old in replaced:  # only now: an article that fails above keeps its old version
            store.delete_article(old)
        store.add_article(article, quotes, chunks, quote_vectors, chunk_vectors, speakers)
        report.articles += 1
        report.quotes += len(quotes)
        report.chunks += len(chunks)
        report.replaced += len(replaced)
        return "replaced" if replaced else "ingested"

    def _chunk_vectors(self, chunks, quotes: list[Quote], quote_vectors: np.ndarray) -> np.ndarray:  # type: ignore[no-untyped-def]
        """Chunk vectors from their statements' vectors (mean, renormalised): the statements
        already cover the chunk's text, so embedding it again would double the ingest cost.
        Chunks holding no statement are embedded from their own text."""
        row = {q.id: i for i, q in enumerate(quotes)}
        vectors = []
        missing = []
        for index, chunk in enumerate(chunks):
            members = [row[q] for q in chunk.quote_ids if q in row]
            if members:
                mean = quote_vectors[members].mean(axis=0)
                vectors.append(mean / max(float(np.linalg.norm(mean)), 1e-12))
            else:
                vectors.append(None)
                missing.append(index)
        if missing:
            fresh = self.embed([chunks[i].text for i in missing])
            for slot, index in enumerate(missing):
                vectors[index] = fresh[slot]
        return np.asarray(vectors, dtype=np.float32).reshape(len(chunks), -1)

    def delete_article(self, article_id: str) -> bool:
        self.close()
        store = Store(self.settings, writer=True)
        try:
            return store.delete_article(article_id)
        finally:
            store.close()

    # --- answering ----------------------------------------------------------------------------

    def _require_content(self) -> None:
        if self.store.counts()["articles"] == 0:
            raise IndexProblem(
                f"the index at {self.store.path} is empty: run `assistant ingest PATH...` first"
            )

    def source(self, quote_id: str) -> Source | None:
        """The stored truth for a cited quote (for the verifier)."""
        quotes = self.store.quotes_by_id([quote_id])
        if not quotes:
            return None
        quote = quotes[0]
        meta = self.store.article_meta([quote.article_id]).get(quote.article_id)
        text = self.store.article_text(quote.article_id)
        if meta is None or text is None:
            return None
        return Source(quote, text, meta["published"])

    def retrieve(self, u: Understanding) -> tuple[list[Statement], dict[str, Any]]:
        """Statements for an understood question, and a record of what was searched."""
        retriever = Retriever(self.store, self.embed_query)
        limit = self.settings.top_k
        searched: dict[str, Any] = {
            "speakers": [s.name for s in u.speakers],
            "unknown_people": u.unknown,
            "topic": u.topic,
            "intent": u.intent,
            "from_history": u.inherited,
        }
        if u.intent == "who":
            found = retriever.search(u.claim or u.question, limit)
            best = found[0].score if found else 0.0
            keep = [s for s in found if s.score >= max(best - 0.08, RELEVANT + 0.15)]
            return keep[:3], searched
        if not u.speakers:
            if u.unknown:
                return [], searched
            found = retriever.search(u.topic or u.question, limit)
            return [s for s in found if s.score >= RELEVANT + 0.1], searched
        if u.intent == "verify":
            found = retriever.by_speakers(u.speakers, u.claim, limit)
            return [s for s in found if s.score >= 0.55], searched
        return retriever.by_speakers(u.speakers, u.topic, limit if u.topic else 50), searched

    def ask(self, question: str, history: list[dict] | None = None) -> Answer:
        """A verified, cited answer (or an abstention saying what was searched). With an LLM
        configured the model writes it, verified the same way (assistant/llm.py)."""
        u, statements, answer = self.ask_extractive(question, history)
        if self.settings.llm_enabled and statements:
            from assistant.llm import llm_answer

            return llm_answer(self, u, statements, answer)
        return answer

    def ask_extractive(
        self, question: str, history: list[dict] | None = None
    ) -> tuple[Understanding, list[Statement], Answer]:
        """The understood question, the statements found, and the extractive answer."""
        question = check_question(question)
        self._require_content()
        u = understand(question, self.registry, history)
        if self.settings.llm_enabled and history:
            from assistant.llm import condense_understanding

            u = condense_understanding(self, u, history)
        statements, searched = self.retrieve(u)
        if statements:
            compose = compose_who if u.intent == "who" else compose_statements
            answer = compose(u, statements)
            answer.searched = searched
        else:
            about = Retriever(self.store, self.embed_query).about(u.unknown, 3) if u.unknown else []
            answer = compose_abstention(u, searched, about)
        answer.config_hash = self.settings.config_hash()
        return u, statements, verify_answer(answer, self.source)

    # --- people -------------------------------------------------------------------------------

    def speakers(self) -> list[dict[str, Any]]:
        """Quoted people with counts and date ranges (most quoted first)."""
        return self.store.speaker_stats()

    def find_speaker(self, name: str) -> list[Speaker]:
        name = check_question(name)
        self._require_content()
        return self.registry.lookup(name)

    def quotes_of(self, name: str) -> tuple[list[Speaker], list[Statement]]:
        """Every statement credited to that person, oldest first."""
        people = self.find_speaker(name)
        quotes = [q for q in self.store.quotes_by([p.id for p in people]) if q.kind != "author"]
        retriever = Retriever(self.store, self.embed_query)
        statements = retriever.statements(quotes, {})
        return people, sorted(statements, key=lambda s: (s.published or "9999", s.quote.start))

    def summary(self, name: str, about: str | None = None) -> Answer:
        """A cited summary of one person's statements (optionally on one topic)."""
        people = self.find_speaker(name)
        if not people and (name.rstrip().endswith("?") or len(name.split()) > 4):
            # A whole question given as the name: summarise whoever it asks about.
            asked = understand(check_question(name), self.registry)
            if asked.intent not in ("statements", "change") or not asked.speakers:
                return self.ask(name)
            people, about = asked.speakers, about or asked.topic
            name = people[0].name
        question = f"What did {name} say" + (f" about {about}?" if about else "?")
        u = Understanding(question, "statements", people, [] if people else [name], about or "")
        if not people:
            answer = compose_abstention(u, {"speakers": [], "unknown_people": [name]})
        else:
            statements, searched = self.retrieve(u)
            if statements:
                vectors = self.store.quote_vectors([s.quote.id for s in statements])
                answer = compose_summary(u, statements, vectors)
            else:
                answer = compose_abstention(u, searched)
        answer.config_hash = self.settings.config_hash()
        return verify_answer(answer, self.source)
