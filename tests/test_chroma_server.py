"""Server mode: a real `chroma run` server, ingest through it, ask, compare with embedded mode."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.service import Assistant
from tests.conftest import write_corpus

pytestmark = pytest.mark.integration

QUESTIONS = [
    "What did Elena Vasquez say about the container terminal?",
    "Who said that taxpayers deserve to know where every dollar went?",
    "What did Ruth Lindqvist say about the levee?",
    "Did anyone quote Angela Merkel?",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _chroma_binary() -> str:
    beside = Path(sys.executable).parent / "chroma"
    found = str(beside) if beside.exists() else shutil.which("chroma")
    if not found:
        pytest.fail("the `chroma` command is missing: `pip install chromadb` installs it")
    return found


@pytest.fixture
def chroma_server(tmp_path):
    port = _free_port()
    log = (tmp_path / "chroma.log").open("w")
    server = subprocess.Popen(
        [
            _chroma_binary(),
            "run",
            "--path",
            str(tmp_path / "server"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail(f"chroma run exited: {(tmp_path / 'chroma.log').read_text()}")
                time.sleep(0.1)
        else:
            pytest.fail("chroma run did not answer within 30 s")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def _answers(assistant: Assistant) -> list[tuple]:
    rows = []
    for question in QUESTIONS:
        answer = assistant.ask(question)
        rows.append(
            (
                question,
                answer.abstained,
                answer.answer,
                [(c.speaker, c.quote, c.published, c.title) for c in answer.citations],
            )
        )
    return rows


def test_server_mode_answers_like_embedded_mode_and_is_shared(chroma_server, tmp_path):
    corpus = write_corpus(tmp_path / "articles")
    embedded = Assistant(load_settings(index_dir=tmp_path / "embedded"))
    assert not embedded.ingest([corpus]).errors
    expected = _answers(embedded)
    embedded.close()

    alice = Assistant(load_settings(index_dir=tmp_path / "alice", chroma_url=chroma_server))
    report = alice.ingest([corpus])
    assert not report.errors and report.articles == 3
    assert _answers(alice) == expected
    assert not (tmp_path / "alice" / alice.settings.index_name() / "chroma").exists()

    # A teammate with an empty index folder of their own sees the same index through the server.
    bob = Assistant(load_settings(index_dir=tmp_path / "bob", chroma_url=chroma_server))
    assert _answers(bob) == expected
    assert bob.store.counts() == alice.store.counts()
    assert {s["name"] for s in bob.speakers()} == {s["name"] for s in alice.speakers()}

    # Removing an article on one machine removes it for everyone.
    article = next(a for a in alice.store.articles() if "levee" in a.title.lower())
    assert alice.delete_article(article.id)
    alice.close()
    bob.close()
    again = Assistant(load_settings(index_dir=tmp_path / "bob", chroma_url=chroma_server))
    assert again.store.counts()["articles"] == 2
    assert "Ruth Lindqvist" not in {s["name"] for s in again.speakers()}
    again.close()
