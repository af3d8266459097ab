"""Odd questions get a sensible answer or one clear line; secrets never reach an error or log."""

from __future__ import annotations

import json
import logging
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from assistant.cli import main
from assistant.config import Settings, load_settings
from assistant.errors import InputError

SECRET = "sk-test-0123456789abcdefSECRET"


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """One index of the test corpus, shared by the question tests (they only read)."""
    from assistant.service import Assistant
    from tests.conftest import write_corpus

    base = tmp_path_factory.mktemp("questions")
    assistant = Assistant(load_settings(index_dir=base / "index"))
    assert not assistant.ingest([write_corpus(base / "articles")]).errors
    assistant.close()
    return base / "index"


def ask(capsys, index, question: str, *flags: str) -> tuple[int, str, str]:
    code = main(["--index-dir", str(index), "ask", question, *flags])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("", "the question is empty"),
        ("   \n\t ", "the question is empty"),
        ("?!?... ---", "the question has no words"),
        ("🙂🙂🙂", "the question has no words"),
        ("<b></b> **", "the question has no words"),
        ("Who said " + "port " * 2000 + "?", "the question is 10,"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(capsys, index, question, reason):
    code, out, err = ask(capsys, index, question)
    assert code == 2 and not out
    [line] = err.strip().splitlines()
    assert line.startswith("error: " + reason.split(",")[0].rstrip("0123456789 ")), line


def test_ten_thousand_characters_is_refused_with_the_limit(index):
    from assistant.service import check_question

    with pytest.raises(InputError, match=r"10\d{3} characters; keep it under 2000"):
        check_question("Who said " + "x" * 9_991)


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("<script>alert(1)</script> What did Peter Okafor say?", "Peter Okafor"),
        ("What did <b>Ruth Lindqvist</b> say about the levee?", "Ruth Lindqvist"),
        ("What did **Elena Vasquez** say about the *terminal*? [1]", "Elena Vasquez"),
        ("What did Peter\x00 Okafor say?", "Peter Okafor"),
        ("¿Qué dijo Elena Vasquez sobre la terminal?", "Elena Vasquez"),
    ],
)
def test_markup_and_other_languages_still_find_the_person(capsys, index, question, speaker):
    code, out, _err = ask(capsys, index, question, "--json")
    body = json.loads(out)
    assert code == 0 and not body["abstained"]
    assert {c["speaker"] for c in body["citations"]} == {speaker}
    assert "<" not in body["answer"].split("“")[0]  # the question's markup is not echoed


@pytest.mark.parametrize(
    "question",
    ["埃琳娜·巴斯克斯说了什么？", "Что сказал Питер Окафор?", "' OR 1=1; DROP TABLE quotes; --"],
)
def test_unanswerable_questions_abstain_cleanly(capsys, index, question):
    code, out, _err = ask(capsys, index, question, "--json")
    body = json.loads(out)
    assert code == 0 and body["abstained"] and "No statement" in body["answer"]
    code, out, _err = ask(capsys, index, "What did Peter Okafor say?", "--json")
    assert json.loads(out)["citations"], "the catalog survived the SQL-looking question"


# --- secrets --------------------------------------------------------------------------------------


def test_settings_never_show_keys():
    settings = Settings(llm_api_key=SECRET, auth=f"editor:{SECRET}")
    assert SECRET not in repr(settings) and SECRET not in str(settings)


def test_bad_setting_is_one_line_naming_the_variable_not_the_value(capsys, monkeypatch, index):
    monkeypatch.setenv("ASSISTANT_LLM_API_KEY", SECRET)
    monkeypatch.setenv("ASSISTANT_PORT", f"port-{SECRET}")
    code = main(["--index-dir", str(index), "speakers"])
    err = capsys.readouterr().err
    assert code == 2 and SECRET not in err
    [line] = err.strip().splitlines()
    assert line.startswith("error: invalid settings (ASSISTANT_PORT: Input should be")


class EchoingServer(BaseHTTPRequestHandler):
    """An OpenAI-compatible server at its worst: errors that echo the caller's API key."""

    status = 500

    def log_message(self, *args):  # quiet
        return

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        error = {"message": f"rejected {self.headers['Authorization']}", "type": "server_error"}
        data = json.dumps({"error": error}).encode()
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.mark.parametrize("status", [400, 401, 429, 500])
def test_llm_errors_never_echo_the_api_key(capsys, caplog, monkeypatch, index, status):
    EchoingServer.status = status
    server = ThreadingHTTPServer(("127.0.0.1", 0), EchoingServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("ASSISTANT_LLM_BASE_URL", f"http://127.0.0.1:{server.server_port}/v1")
        monkeypatch.setenv("ASSISTANT_LLM_API_KEY", SECRET)
        monkeypatch.setenv("ASSISTANT_LLM_RETRIES", "0")
        with caplog.at_level(logging.DEBUG):
            code, out, err = ask(capsys, index, "What did Peter Okafor say?", "--json")
    finally:
        server.shutdown()
        server.server_close()
    body = json.loads(out)
    assert code == 0 and body["fallback"] == "extractive"  # the extractive answer, and why
    assert body["fallback_reason"] and "LLM server" in body["fallback_reason"]
    assert SECRET not in out + err + caplog.text
    assert SECRET[-10:] not in out + err + caplog.text
