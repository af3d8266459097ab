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

    settings = load_settings(index_dir=Path(args["index"]))
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
    from assistant.bench_scale import build_scale_index

    began = time.perf_counter()
    counts = build_scale_index(Path(args["index"]), Path(args["corpus"]), args["chunks"])
    return counts | {"seconds": round(time.perf_counter() - began, 1)}


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
