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
from assistant.records import Answer, Article, Quote, Speaker, Statement
from assistant.retrieve import (
    RELEVANT,
    Retriever,
    Understanding,
    follow_up_topic,
    namesakes_of,
    understand,
)
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
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage (bench profile)

    def summary(self) -> str:
        return (
            f"{self.articles} articles, {self.quotes} quotes, {self.chunks} chunks, "
            f"{len(self.errors)} errors"
            + (f" ({self.unchanged} unchanged)" if self.unchanged else "")
        )


QUESTION_NOISE = re.compile(
    r"<(script|style)\b.*?</\1\s*>|<[^<>]{0,200}>|[*_`~]+(?=\w)|(?<=\w)[*_`~]+|\[\d+\]"
    r"|[\x00-\x08\x0b-\x1f\x7f]",
    re.IGNORECASE | re.DOTALL,
)


def check_question(question: str) -> str:
    """The question cleaned up, or InputError with what is wrong with it."""
    question = (question or "")[: MAX_QUESTION_CHARS * 10]
    # Pasted markup (tags, scripts, **emphasis**, [1] markers) and control characters are not
    # part of what is asked: "<b>Ruth Lindqvist</b>" asks about Ruth Lindqvist.
    cleaned = " ".join(QUESTION_NOISE.sub(" ", question).split())
    if not cleaned:
        raise InputError("the question is empty: ask about a person or a statement")
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise InputError(
            f"the question is {len(cleaned)} characters; keep it under {MAX_QUESTION_CHARS}"
        )
    if not re.search(r"\w", cleaned):
        raise InputError("the question has no words: ask about a person or a statement")
    return cleaned


def _note(report: IngestReport, progress: Progress | None, where: str, outcome: str) -> None:
    report.results.append((where, outcome))
    if progress:
        progress(where, outcome)


class _Failed(Exception):
    """An article that could not be indexed; its message is the reason shown."""


def _failed(
    report: IngestReport, progress: Progress | None, article: Article, exc: Exception
) -> None:
    reason = (
        str(exc)
        if isinstance(exc, _Failed)
        else (f"could not be indexed ({exc.__class__.__name__}: {str(exc)[:200]})")
    )
    failure = ReadFailure(article.path or article.title, reason)
    report.errors.append(failure)
    _note(report, progress, failure.path, f"error: {reason}")


class _Writer:
    """The index opened for writing on first need (an all-unchanged ingest never opens it)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store: Store | None = None
        self.registry: SpeakerRegistry = SpeakerRegistry()

    def open(self) -> Store:
        if self.store is None:
            self.store = Store(self.settings, writer=True)
            self.registry = SpeakerRegistry(self.store.speakers())
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class Assistant:
    """One index opened for answering (and, on demand, for writing)."""

    def __init__(self, settings: Settings) -> None:
        offline_environment()
        self.settings = settings
        self._embedder: Any = None
        self._store: Store | None = None
        self._registry: SpeakerRegistry | None = None
        self._registry_version = -1
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
        # Rebuilt when another process (an ingest next to the chat) committed to the catalog.
        version = self.store.catalog_version()
        if self._registry is None or version != self._registry_version:
            self._registry = SpeakerRegistry(self.store.speakers())
            self._registry_version = version
        return self._registry

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- ingest -------------------------------------------------------------------------------

    def ingest(self, paths: Iterable[Path], progress: Progress | None = None) -> IngestReport:
        """Read, attribute, chunk, embed and store articles, streamed.

        Unchanged articles are skipped by content hash before Chroma, spaCy or the embedding
        model is loaded; new ones are attributed in a worker process while this one embeds,
        statements of several articles go through the model together, and each distinct
        passage (syndicated copies) is embedded once."""
        from assistant.ingest_pipeline import (
            PassageCache,
            Timings,
            attributed,
            groups,
            known_hashes,
        )

        report = IngestReport()
        report.timings = Timings()
        self.close()
        writer = _Writer(self.settings)
        try:
            fresh = self._new_articles(paths, known_hashes(self.settings), writer, report, progress)
            cache = PassageCache(self.embed)
            for group in groups(attributed(fresh, report.timings)):
                self._ingest_group(writer, group, cache, report, progress)
            report.timings["reused_passages"] = cache.hits
            if not (self.settings.index_path() / "catalog.sqlite").exists():
                writer.open()  # nothing new, but the index exists afterwards (empty)
        finally:
            writer.close()
        self._registry = None
        return report

    def _new_articles(self, paths, known, writer, report, progress):  # type: ignore[no-untyped-def]
        """Articles not in the index yet (failures and unchanged ones are reported here)."""
        seen: set[str] = set()
        for item in read_paths(paths, self.settings.max_file_mb * 2**20):
            if isinstance(item, ReadFailure):
                report.errors.append(item)
                _note(report, progress, item.path, f"error: {item.reason}")
                continue
            where = item.path or item.title
            if item.content_hash in seen or (
                item.content_hash in known
                if known is not None
                else writer.open().article_by_hash(item.content_hash)
            ):
                report.unchanged += 1
                _note(report, progress, where, "unchanged")
                continue
            seen.add(item.content_hash)
            yield item

    def _ingest_group(self, writer, group, cache, report, progress) -> None:  # type: ignore[no-untyped-def]
        """Speakers and chunks per article, one embedding call for the group, then storing."""
        import time

        from assistant.chunking import chunk_article

        store, registry, timings = writer.open(), writer.registry, report.timings
        began = time.perf_counter()
        ready = []
        for article, quotes in group:
            try:
                if isinstance(quotes, str):  # attribution failed for this article
                    raise _Failed(quotes)
                speakers = registry.assign(quotes)
                chunks = chunk_article(article, quotes, self.settings.chunk_tokens)
            except Exception as exc:  # one bad article must not stop the batch
                _failed(report, progress, article, exc)
                continue
            ready.append((article, quotes, speakers, chunks))
        timings.add("speakers_and_chunking", began)
        began = time.perf_counter()
        texts = [q.text for _, quotes, _, _ in ready for q in quotes]
        bare = [c.text for *_, chunks in ready for c in chunks if not c.quote_ids]
        vectors = cache(texts + bare)
        timings.add("embedding", began)
        at, bare_at = 0, len(texts)
        items = []
        for article, quotes, speakers, chunks in ready:
            quote_vectors = vectors[at : at + len(quotes)]
            at += len(quotes)
            n_bare = sum(1 for c in chunks if not c.quote_ids)
            chunk_vectors = self._chunk_vectors(
                chunks, quotes, quote_vectors, vectors[bare_at : bare_at + n_bare]
            )
            bare_at += n_bare
            items.append((article, quotes, chunks, quote_vectors, chunk_vectors, speakers))
        began = time.perf_counter()
        self._store_group(store, items, report, progress)
        timings.add("storing", began)

    def _store_group(self, store, items, report, progress) -> None:  # type: ignore[no-untyped-def]
        """All articles of a group in one write (Chroma calls cost the same for 1 or 500
        statements); if that fails, one by one, so one bad article costs only itself."""
        replaced = {
            item[0].id: [o for o in store.articles_with_key(item[0].key) if o != item[0].id]
            for item in items
        }
        try:
            for old in (o for olds in replaced.values() for o in olds):
                store.delete_article(old)  # only now: an article that failed above keeps it
            store.add_articles(items)
            done = items
        except (IndexProblem, sqlite3.Error):
            raise  # the index itself is in trouble: stop the run
        except Exception:
            done = []
            for item in items:
                try:
                    store.add_article(*item)
                except (IndexProblem, sqlite3.Error):
                    raise
                except Exception as exc:  # one bad article must not stop the batch
                    _failed(report, progress, item[0], exc)
                    continue
                done.append(item)
        for article, quotes, chunks, *_ in done:
            report.articles += 1
            report.quotes += len(quotes)
            report.chunks += len(chunks)
            report.replaced += len(replaced[article.id])
            outcome = "replaced" if replaced[article.id] else "ingested"
            _note(report, progress, article.path or article.title, outcome)

    def _chunk_vectors(  # type: ignore[no-untyped-def]
        self, chunks, quotes: list[Quote], quote_vectors: np.ndarray, bare: np.ndarray
    ) -> np.ndarray:
        """Chunk vectors from their statements' vectors (mean, renormalised): the statements
        already cover the chunk's text, so embedding it again would double the ingest cost
        (`assistant bench` measures what this costs in retrieval quality). Chunks holding no
        statement use `bare`, their own text's vectors, in order."""
        row = {q.id: i for i, q in enumerate(quotes)}
        vectors = []
        spare = iter(bare)
        for chunk in chunks:
            members = [row[q] for q in chunk.quote_ids if q in row]
            if members:
                mean = quote_vectors[members].mean(axis=0)
                vectors.append(mean / max(float(np.linalg.norm(mean)), 1e-12))
            else:
                vectors.append(next(spare))
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
        # One row is enough (counts() scans every statement: ~60 ms at 100k chunks).
        if self.store.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None:
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
        u = follow_up_topic(
            understand(question, self.registry, history), history, self.registry, self.store
        )
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
            u.namesakes = namesakes_of(name, self.registry)
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
