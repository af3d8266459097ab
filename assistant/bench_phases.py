"""The measured parts of `assistant bench`, each run in its own process (so peak RSS is its own).

Every phase takes a dict of arguments and returns a dict of results; `run_phase` adds the
process's peak RSS. The orchestration and the report are in `assistant.bench`.
"""

from __future__ import annotations

import os
import random
import resource
import statistics
import time
from pathlib import Path
from typing import Any

from assistant.config import load_settings, offline_environment


def peak_rss_mb() -> float:
    """This process's peak resident set size in MiB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _texts(corpus: Path, limit: int) -> tuple[list[str], list[str]]:
    """Statement-sized passages (sentences) and whole article bodies from the corpus."""
    from assistant.chunking import sentence_spans
    from assistant.readers import read_paths

    sentences: list[str] = []
    bodies: list[str] = []
    for article in read_paths([corpus]):
        text = getattr(article, "text", None)
        if text is None:
            continue
        bodies.append(text)
        sentences.extend(text[s:e] for s, e in sentence_spans(text))
        if len(sentences) >= limit:
            break
    return sentences[:limit], bodies


def phase_embed(args: dict[str, Any]) -> dict[str, Any]:
    """Raw model throughput in passages/s at each batch size, for statements and 200-token chunks."""
    from llama_index.core.node_parser import SentenceSplitter

    from assistant.embeddings import MiniLMEmbedding

    offline_environment()
    sentences, bodies = _texts(Path(args["corpus"]), args.get("passages", 512))
    splitter = SentenceSplitter(chunk_size=200, chunk_overlap=20)
    chunks = [c for body in bodies for c in splitter.split_text(body)][: len(sentences) // 4]
    model = MiniLMEmbedding()
    model.embed(sentences[:32])  # load and warm up
    result: dict[str, Any] = {"statements": {}, "chunks200": {}}
    for label, texts in (("statements", sentences), ("chunks200", chunks)):
        for batch in args.get("batches", [8, 16, 32, 64, 128]):
            model.embed_batch_size = batch
            began = time.perf_counter()
            model.embed(texts)
            result[label][str(batch)] = round(len(texts) / (time.perf_counter() - began), 1)
    best = max(result["statements"], key=lambda b: result["statements"][b])
    result["best_batch"] = int(best)
    result["passages"] = {"statements": len(sentences), "chunks200": len(chunks)}
    return result


def phase_baseline(args: dict[str, Any]) -> dict[str, Any]:
    """Naive LlamaIndex: SimpleDirectoryReader -> SentenceSplitter -> MiniLM -> Chroma."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from assistant.embeddings import MAX_WORDPIECES, MiniLMEmbedding, wordpiece_count

    offline_environment()
    began = time.perf_counter()
    documents = SimpleDirectoryReader(args["corpus"]).load_data()
    splitter = SentenceSplitter(chunk_size=args["chunk"], chunk_overlap=args["overlap"])
    nodes = splitter.get_nodes_from_documents(documents)
    client = chromadb.PersistentClient(
        path=args["index"], settings=ChromaSettings(anonymized_telemetry=False)
    )
    collection = client.get_or_create_collection("baseline", embedding_function=None)
    storage = StorageContext.from_defaults(
        vector_store=ChromaVectorStore(chroma_collection=collection)
    )
    model = MiniLMEmbedding(batch_size=args.get("batch", 32))
    VectorStoreIndex(nodes, storage_context=storage, embed_model=model)
    seconds = time.perf_counter() - began
    pieces = [wordpiece_count(n.get_content()) for n in nodes]
    seen = sum(min(p, MAX_WORDPIECES) for p in pieces)
    return {
        "articles": len(documents),
        "chunks": len(nodes),
        "seconds": round(seconds, 2),
        "articles_per_s": round(len(documents) / seconds, 2),
        "coverage": round(seen / max(sum(pieces), 1), 3),
    }


def phase_ingest(args: dict[str, Any]) -> dict[str, Any]:
    """Our ingest of a folder, in-process time (the caller times the whole process)."""
    from assistant.service import Assistant

    batch = {"embedding_batch_size": args["batch"]} if args.get("batch") else {}
    settings = load_settings(index_dir=Path(args["index"]), **batch)
    assistant = Assistant(settings)
    began = time.perf_counter()
    report = assistant.ingest([Path(args["corpus"])])
    seconds = time.perf_counter() - began
    done = report.articles + report.unchanged
    return {
        "articles": report.articles,
        "unchanged": report.unchanged,
        "quotes": report.quotes,
        "chunks": report.chunks,
        "errors": len(report.errors),
        "seconds": round(seconds, 3),
        "articles_per_s": round(done / seconds, 2) if seconds else None,
        "profile": getattr(report, "timings", {}),
        "models_loaded": _models_loaded(),
    }


def _models_loaded() -> dict[str, bool]:
    """Whether this process loaded spaCy's pipeline or the ONNX session."""
    import sys

    attribute = sys.modules.get("assistant.attribute")
    embeddings = sys.modules.get("assistant.embeddings")
    return {
        "spacy": bool(attribute and getattr(attribute, "_NLP", None) is not None),
        "onnx": bool(embeddings and embeddings._onnx_runtime.cache_info().currsize),
    }


# --- answering at scale ------------------------------------------------------------------------


def phase_build_scale(args: dict[str, Any]) -> dict[str, Any]:
    """An index of `chunks` chunks (2 statements each) with precomputed vectors, no model runs
    except once to embed a pool of real statement texts whose vectors are reused with noise."""
    from assistant.bench_scale import backfill_mirror, build_scale_index, built_counts

    began = time.perf_counter()
    counts = built_counts(Path(args["index"]), args["chunks"])
    if counts is not None and not args.get("rebuild"):
        copied = backfill_mirror(Path(args["index"]))
        return counts | {
            "seconds": round(time.perf_counter() - began, 1),
            "reused": True,
            "backfilled": copied,
        }
    counts = build_scale_index(Path(args["index"]), Path(args["corpus"]), args["chunks"])
    return counts | {"seconds": round(time.perf_counter() - began, 1), "reused": False}


def phase_answer(args: dict[str, Any]) -> dict[str, Any]:
    """Extractive answer latency p50/p95, with and without speaker filters."""
    from assistant.bench_scale import questions
    from assistant.service import Assistant

    settings = load_settings(index_dir=Path(args["index"]))
    assistant = Assistant(settings)
    rng = random.Random(5)
    asked = questions(assistant, rng, args.get("questions", 40))
    assistant.ask(asked["filtered"][0])  # loads the model and the registry once, as a server does
    result: dict[str, Any] = {"counts": assistant.store.counts()}
    for label, items in asked.items():
        times = []
        cited = 0
        for question in items:
            began = time.perf_counter()
            answer = assistant.ask(question)
            times.append((time.perf_counter() - began) * 1000)
            cited += bool(answer.citations)
        times.sort()
        result[label] = {
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 1),
            "answered": f"{cited}/{len(items)}",
        }
    return result


PHASES = {
    "embed": phase_embed,
    "baseline": phase_baseline,
    "ingest": phase_ingest,
    "build_scale": phase_build_scale,
    "answer": phase_answer,
}


def run_phase(name: str, args: dict[str, Any]) -> dict[str, Any]:
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    result = PHASES[name](args)
    return result | {"peak_rss_mb": peak_rss_mb()}


def phase_chunk_vectors(args: dict[str, Any]) -> dict[str, Any]:
    """Chunk vectors as the mean of their statements' vectors vs the chunk's text embedded:
    their cosine, topic-query precision@5 for each, and what embedding chunks would cost."""
    import numpy as np

    from assistant.attribute import attribute
    from assistant.bench_corpus import TOPICS
    from assistant.chunking import chunk_article
    from assistant.embeddings import MiniLMEmbedding
    from assistant.readers import read_paths
    from assistant.records import Article

    offline_environment()
    model = MiniLMEmbedding()
    chunks, means, seconds = [], [], {"statements": 0.0, "chunks": 0.0}
    for n, article in enumerate(read_paths([Path(args["corpus"])])):
        if n >= args.get("articles", 40) or not isinstance(article, Article):
            break
        quotes = attribute(article)
        began = time.perf_counter()
        vectors = model.embed([q.text for q in quotes])
        seconds["statements"] += time.perf_counter() - began
        row = {q.id: i for i, q in enumerate(quotes)}
        for chunk in chunk_article(article, quotes, 180):
            members = [row[q] for q in chunk.quote_ids if q in row]
            if members:
                mean = vectors[members].mean(axis=0)
                chunks.append(chunk.text)
                means.append(mean / np.linalg.norm(mean))
    began = time.perf_counter()
    direct = model.embed(chunks)
    seconds["chunks"] = time.perf_counter() - began
    mean_matrix = np.asarray(means)
    subjects = [s for group in TOPICS.values() for s in group]
    precision: dict[str, list[float]] = {"mean": [], "direct": []}
    for subject in subjects:
        relevant = {i for i, text in enumerate(chunks) if subject.lower() in text.lower()}
        if len(relevant) < 5:
            continue
        query = model.embed([f"What was said about {subject}?"])[0]
        for label, matrix in (("mean", mean_matrix), ("direct", direct)):
            top = np.argsort(-(matrix @ query))[:5]
            precision[label].append(len(relevant & set(top.tolist())) / 5)
    return {
        "chunks": len(chunks),
        "cosine_mean_vs_direct": round(float((mean_matrix * direct).sum(axis=1).mean()), 3),
        "precision_at_5": {k: round(float(np.mean(v)), 3) for k, v in precision.items() if v},
        "queries": len(precision["mean"]),
        "embedding_seconds": {k: round(v, 2) for k, v in seconds.items()},
    }


PHASES["chunk_vectors"] = phase_chunk_vectors
