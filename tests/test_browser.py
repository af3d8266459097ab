"""The research chat in a real browser: `assistant serve` in a subprocess, headless Debian chromium.

One server per module (plus a small one with basic auth); each test drives the page like a user.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, write_corpus

try:
    from playwright.sync_api import expect
except ImportError:  # collected without the dev extras: the fixtures skip
    expect = None  # type: ignore[assignment]

pytestmark = pytest.mark.integration

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WAIT_MS = 60_000

HOSTILE = """---
title: Levee report <b>bold</b>
date: 2024-06-01
source: Example Wire
---
Mayor Ruth Lindqvist said that the river wall will hold <script>window.__pwned = 1</script> this spring.

“Nothing in <img src=x onerror="window.__pwned = 2"> this sentence runs,” Lindqvist said.
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_server(index_dir: Path, log: Path, **env: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("ASSISTANT_")}
    environ.update({"GRADIO_ANALYTICS_ENABLED": "False", "PYTHONUNBUFFERED": "1", **env})
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assistant",
            "--index-dir",
            str(index_dir),
            "serve",
            "--port",
            str(port),
        ],
        cwd=REPO,
        env=environ,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return process, url
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
    process.terminate()
    raise RuntimeError(f"server did not answer on {url}: {log.read_text()[-2000:]}")


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """The real server on a free port over an index of the test corpus."""
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian chromium: make browser-deps")
    from assistant.config import load_settings
    from assistant.service import Assistant

    root = tmp_path_factory.mktemp("ui")
    assistant = Assistant(load_settings(index_dir=root / "index"))
    assert not assistant.ingest([write_corpus(root / "articles")]).errors
    assistant.close()
    process, url = _start_server(root / "index", root / "server.log")
    yield url
    _stop(process)


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian chromium: make browser-deps")
    pytest.importorskip("playwright.sync_api", reason="needs the dev extras: make dev")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    expect.set_options(timeout=WAIT_MS)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    yield page
    context.close()


def ask(page, question: str):
    """Type a question, send it, and return the newest answer once its cards are shown."""
    before = page.get_by_test_id("bot").count()
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    answer = page.get_by_test_id("bot").nth(before)
    answer.locator(".answer:not(.draft)").wait_for()
    return answer


def test_ask_shows_cited_quote_speaker_date_and_opens_the_source(server, page, tmp_path):
    outside = []
    page.on("request", lambda r: outside.append(r.url) if "127.0.0.1" not in r.url else None)
    page.goto(server)
    answer = ask(page, "Who said taxpayers deserve to know where every dollar went?")
    card = answer.locator(".cite-card").first
    card.wait_for()
    assert "Peter Okafor" in card.inner_text()
    assert "2023-03-14" in card.inner_text() and "✓" in card.inner_text()
    assert "Taxpayers deserve to know where every dollar went" in card.inner_text()
    assert "Port chief promises terminal on time" in card.inner_text()
    card.locator(".cite-open").click()
    passage = page.locator("#source mark.passage")
    passage.wait_for()
    assert "Taxpayers deserve to know where every dollar went" in passage.inner_text()
    assert "Port chief promises terminal on time" in page.locator("#source").inner_text()
    expect(page.get_by_text("Click a citation card")).to_have_count(0)  # placeholder replaced
    answer.locator(".cite-marker").first.click()  # a [n] marker opens its card
    expect(answer.locator(".cite-card.active")).to_have_count(1)
    assert answer.locator(".cite-card.active b").first.inner_text() == "[1]"
    page.screenshot(path=str(tmp_path / "chat.png"))

    page.reload()  # the conversation, with its cards, survives a reload
    restored = page.get_by_test_id("bot").first.locator(".cite-card").first
    restored.wait_for()
    assert "Peter Okafor" in restored.inner_text()
    assert outside == [], f"the page fetched from outside: {outside[:3]}"


def test_people_view_lists_a_person_with_statements_newest_first(server, page):
    page.goto(server)
    page.get_by_role("tab", name="People").click()
    table = page.locator("#speakers")
    expect(table).to_contain_text("Elena Vasquez")
    assert "2024-09-02" in table.inner_text()
    page.locator("#person input").click()
    page.get_by_role("option", name="Elena Vasquez").click()
    timeline = page.locator("#person-statements .timeline")
    timeline.wait_for()
    dates = re.findall(r"\d{4}-\d{2}-\d{2}", timeline.inner_text())
    assert dates[0] == "2024-09-02" and dates == sorted(dates, reverse=True)
    page.locator("#person-summary .cite-card").first.wait_for()


def test_uploaded_article_is_counted_and_its_markup_runs_nothing(server, page, tmp_path):
    page.goto(server)
    counts = page.locator("#counts")
    expect(counts).to_contain_text(re.compile(r"\d+ articles"))
    before = int(re.search(r"(\d+) articles", counts.inner_text())[1])
    upload = write_corpus(tmp_path / "up", {"levee-report.md": HOSTILE}) / "levee-report.md"
    page.get_by_role("tab", name="Articles").click()
    page.locator("#upload input[type=file]").set_input_files(str(upload))
    expect(page.locator("#upload-results")).to_contain_text("levee-report.md")
    expect(page.locator("#upload-results")).to_contain_text("ingested")
    expect(counts).to_contain_text(f"{before + 1} articles")
    expect(page.locator("#articles")).to_contain_text("Levee report <b>bold</b>")

    page.get_by_role("tab", name="Chat").click()
    answer = ask(page, "What did Ruth Lindqvist say?")
    card = answer.locator(".cite-card", has_text="this sentence runs")
    card.first.wait_for()
    assert '<img src=x onerror="window.__pwned = 2">' in card.first.inner_text()
    card.first.locator(".cite-open").click()
    page.locator("#source mark.passage").wait_for()
    page.wait_for_timeout(300)  # give an injected onerror handler its chance to fire
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#source img, #source script, .answer img").count() == 0
    assert "<script>window.__pwned = 1</script>" in page.locator("#source").inner_text()


@pytest.fixture(scope="module")
def auth_server(tmp_path_factory) -> Iterator[str]:
    """A second server, basic auth on, over an empty index (a new user's first start)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian chromium: make browser-deps")
    root = tmp_path_factory.mktemp("auth")
    process, url = _start_server(
        root / "index", root / "server.log", ASSISTANT_AUTH="ann:correct-horse"
    )
    yield url
    _stop(process)


def test_basic_auth_refuses_a_wrong_login_and_accepts_the_right_one(auth_server, page):
    page.goto(auth_server)
    user = page.get_by_label("username")
    password = page.get_by_label("password")
    user.fill("ann")
    password.fill("wrong")
    password.press("Enter")
    page.get_by_text(re.compile("incorrect", re.I)).wait_for()
    assert page.locator("#counts").count() == 0
    user.fill("ann")
    password.fill("correct-horse")
    password.press("Enter")
    page.locator("#counts").get_by_text("No articles indexed yet").wait_for()
