"""One strict settings object, read from ASSISTANT_* environment variables and an optional .env."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

# Bump when attribution or the stored schema changes what is written to the index.
ATTRIBUTION_VERSION = 53
SCHEMA_VERSION = 1


class Settings(BaseSettings):
    """Every setting of the product. Unknown ASSISTANT_* keys in .env are rejected."""

    model_config = SettingsConfigDict(
        env_prefix="ASSISTANT_", env_file=".env", extra="forbid", populate_by_name=True
    )

    index_dir: Path = Field(Path("indexes"), description="Folder holding the indexes.")
    chroma_url: str = Field(
        "", description="Chroma server URL (http://host:port); empty = embedded Chroma."
    )
    embedding_backend: Literal["minilm", "openai"] = Field(
        "minilm", description="minilm = offline all-MiniLM-L6-v2 ONNX; openai = OpenAI API."
    )
    embedding_model: str = Field(
        "all-MiniLM-L6-v2-int8",
        description="Embedding model name (OpenAI model name when the backend is openai).",
    )
    embedding_batch_size: int = Field(32, ge=1, description="Passages per embedding batch.")
    chunk_tokens: int = Field(
        180, ge=32, description="Chunk budget in tiktoken tokens (MiniLM reads 256 wordpieces)."
    )
    top_k: int = Field(8, ge=1, description="Statements cited at most in one answer.")
    llm_base_url: str = Field(
        "",
        description="OpenAI-compatible server URL; empty = extractive answers.",
        validation_alias=AliasChoices("ASSISTANT_LLM_BASE_URL", "OPENAI_BASE_URL"),
    )
    llm_model: str = Field("", description="Model name on the LLM server.")
    llm_api_key: str = Field(
        "",
        description="API key for the LLM server (or OPENAI_API_KEY).",
        validation_alias=AliasChoices("ASSISTANT_LLM_API_KEY", "OPENAI_API_KEY"),
        repr=False,
    )
    llm_mode: Literal["auto", "structured", "freeform"] = Field(
        "auto", description="structured = JSON points, code inserts quotes; auto picks by server."
    )
    llm_context_window: int = Field(4096, ge=512, description="Model context window in tokens.")
    llm_timeout: float = Field(60.0, gt=0, description="Seconds before an LLM call gives up.")
    llm_retries: int = Field(2, ge=0, description="Retries with backoff on LLM errors.")
    host: str = Field("127.0.0.1", description="Web UI bind address.")
    port: int = Field(7860, ge=0, le=65535, description="Web UI port.")
    auth: str = Field(
        "", description="Web UI basic auth as user:password; empty = none.", repr=False
    )
    max_upload_mb: int = Field(20, ge=1, description="Largest file the web UI accepts.")
    max_file_mb: int = Field(64, ge=1, description="Largest file ingest reads.")

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url or (self.llm_api_key and self.llm_model))

    def stored_settings(self) -> dict[str, object]:
        """The settings that change what is stored: they name the index."""
        return {
            "embedding_backend": self.embedding_backend,
            "embedding_model": self.embedding_model,
            "chunk_tokens": self.chunk_tokens,
            "attribution_version": ATTRIBUTION_VERSION,
            "schema_version": SCHEMA_VERSION,
        }

    def index_name(self) -> str:
        """A folder name encoding the embedding model and a hash of the stored settings."""
        blob = json.dumps(self.stored_settings(), sort_keys=True).encode()
        slug = re.sub(r"[^a-z0-9]+", "-", self.embedding_model.lower()).strip("-")
        return f"{slug}-{hashlib.sha256(blob).hexdigest()[:10]}"

    def index_path(self) -> Path:
        return Path(self.index_dir) / self.index_name()

    def config_hash(self) -> str:
        """Hash of every setting that changes answers (carried by each answer and eval row)."""
        shown = self.stored_settings() | {
            "top_k": self.top_k,
            "llm": self.llm_model if self.llm_enabled else "",
            "llm_mode": self.llm_mode if self.llm_enabled else "",
        }
        return hashlib.sha256(json.dumps(shown, sort_keys=True).encode()).hexdigest()[:12]


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit overrides (e.g. --index-dir) on top."""
    from pydantic import ValidationError

    from assistant.errors import InputError

    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)  # type: ignore[arg-type]
    except ValidationError as exc:
        # Name the variable and what is wrong, never the value given: it may be a key.
        problems = "; ".join(
            f"ASSISTANT_{'_'.join(str(part) for part in error['loc']).upper()}: {error['msg']}"
            for error in exc.errors()
        )
        raise InputError(f"invalid settings ({problems}); see assistant/config.py") from None


def offline_environment() -> None:
    """Point tiktoken at llama-index's bundled cache and switch off network-calling defaults."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if "TIKTOKEN_CACHE_DIR" not in os.environ:
        import importlib.util

        spec = importlib.util.find_spec("llama_index.core")
        if spec and spec.origin:
            cache = Path(spec.origin).parent / "_static" / "tiktoken_cache"
            os.environ["TIKTOKEN_CACHE_DIR"] = str(cache)
