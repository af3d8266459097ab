"""Bad input: every strange file gets one clear reason, valid articles still ingest, and nothing
already indexed is lost. All files are generated here."""

from __future__ import annotations

import json
import os
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import load_settings
from assistant.readers import MAX_ARTICLE_CHARS, ReadFailure, read_paths
from assistant.service import Assistant
from tests.conftest import write_corpus

NO_QUOTES = """date 2024-02-01 Library extends opening hours

The central library will stay open until nine in the evening from March onwards.
The change follows a survey of readers carried out last autumn.
"""
ONLY_QUOTES = """date 2024-02-02 Voices from the market

“Prices have doubled since the summer.”

“We cannot keep the stall open on these margins.”

“Nobody from the council has come to ask us.”
"""
UNBALANCED = """date 2024-02-03 Bus lane dispute continues

“The new bus lane is a disaster for shops, said trader Omar Haddad on Friday.

Transport officer Lena Brandt said the lane “will cut journey times by a quarter.

She added: “We will review it in June.”
"""
NAMED_DATE = """date 3 March 2024 Harbour dredging begins

Dredging of the harbour mouth began on Sunday, the harbour master Ivo Petrov said.
“The channel will be deep enough for the new ferries by May,” Petrov said.
"""


def reasons(items: list) -> dict[str, str]:
    return {Path(i.path).name: i.reason for i in items if isinstance(i, ReadFailure)}


def read_one(path: Path, content: str | bytes) -> list:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return list(read_paths([path]))


# --- one file at a time: the reader's verdict ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", "   \n\n  \t\n", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary"),
        ("bad16.txt", b"\xff\xfe" + "Title\n\nText.".encode("utf-16-le") + b"\x00", "UTF-16"),
        ("impossible.txt", "date 2025-13-45 Odd\n\nThe text.", "impossible date '2025-13-45'"),
        ("ambiguous.txt", "date 10/11/2025 Title\n\nThe text.", "ambiguous (day and month"),
        ("feb30.md", "---\ntitle: X\ndate: 2024-02-30\n---\nThe text.", "impossible date"),
        ("header-only.txt", "date 2024-01-01 Title\n\n", "header but no text"),
        ("report.pdf", b"%PDF-1.4 binary", "unsupported file type '.pdf'"),
    ],
)
def test_bad_file_gets_one_clear_reason(tmp_path, name, content, reason):
    [failure] = read_one(tmp_path / name, content)
    assert isinstance(failure, ReadFailure), failure
    assert reason in failure.reason and failure.path.endswith(name)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("latin-1", "Café owners protest\n\nThe café on the square closed, the owner said."),
        ("utf-16", "Naïve plan\n\n“We were naïve,” the mayor said."),
        ("utf-8-sig", "Señor Ruiz\n\n“Mañana,” Ruiz said."),
        ("cp1252", "Word export\n\n“We will rebuild the pier,” the mayor said."),
    ],
)
def test_other_encodings_are_decoded(tmp_path, encoding, text):
    [article] = read_one(tmp_path / "a.txt", text.encode(encoding))
    body = text.split("\n\n", 1)[1]
    # Curly quotes from a Windows-1252 file stay quotes (latin-1 would make them controls).
    assert body in article.text


def test_stray_control_characters_become_spaces(tmp_path):
    body = "The council met. " * 300 + "“We will \x00 win,” Mayor Ann Lee said.\x1b\n"
    [article] = read_one(tmp_path / "nul.txt", "Damaged file\n\n" + body)
    assert "\x00" not in article.text and "\x1b" not in article.text
    assert article.text.endswith("“We will   win,” Mayor Ann Lee said. \n")


def test_dates_missing_iso_and_spelled_out(tmp_path):
    [undated] = read_one(tmp_path / "u.txt", "No date here\n\nJust some text.")
    assert undated.published is None
    [iso] = read_one(tmp_path / "i.txt", "date 2024-03-03 Harbour\n\nText.")
    [named] = read_one(tmp_path / "n.txt", NAMED_DATE)
    [us] = read_one(tmp_path / "s.txt", "date March 3, 2024 Harbour\n\nText.")
    assert iso.published == named.published == us.published == date(2024, 3, 3)
    assert named.title == "Harbour dredging begins"
    [plain] = read_one(tmp_path / "p.txt", "Date night ideas\n\nTen places to eat.")
    assert plain.title == "Date night ideas" and plain.published is None


def test_malformed_json_lines_fail_alone_and_records_stay_separate(tmp_path):
    lines = [
        json.dumps({"title": "Ferry", "text": "The ferry sails at noon, the captain said."}),
        '{"title": "Broken", "text": "unterminated',
        "[1, 2, 3]",
        json.dumps({"title": "Dated", "text": "Text.", "date": "2025-13-45"}),
        json.dumps({"title": "Pier", "text": "The pier reopens on Monday."}),
    ]
    items = read_one(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    articles = [i for i in items if not isinstance(i, ReadFailure)]
    failures = {f.path.rsplit(" ", 1)[-1]: f.reason for f in items if isinstance(f, ReadFailure)}
    assert [a.title for a in articles] == ["Ferry", "Pier"]
    assert failures == {
        "2": failures["2"],
        "3": "not a JSON object",
        "4": failures["4"],
    }
    assert "invalid JSON" in failures["2"] and "impossible date" in failures["4"]
    # Records without ids are different articles (they used to replace each other).
    assert articles[0].key != articles[1].key


def test_symlink_loops_pipes_and_dangling_links(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "ok.txt").write_text("Fine\n\nA fine article.")
    (folder / "sub" / "loop").symlink_to(folder)  # folder loop
    (folder / "self.txt").symlink_to(folder / "self.txt")  # file loop
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    os.mkfifo(folder / "pipe.txt")  # would block a naive reader forever
    items = list(read_paths([folder]))
    assert [i.title for i in items if not isinstance(i, ReadFailure)] == ["Fine"]
    found = reasons(items)
    assert found["self.txt"] == found["gone.txt"] == "broken symlink (or a symlink loop)"
    assert "not a regular file" in found["pipe.txt"]
    assert "symlink loop" in found["loop"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_and_folder(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "locked").mkdir(parents=True)
    (folder / "secret.txt").write_text("Secret\n\nText.")
    (folder / "secret.txt").chmod(0)
    (folder / "locked").chmod(0)
    try:
        found = reasons(list(read_paths([folder])))
    finally:
        (folder / "locked").chmod(0o755)
    assert "Permission denied" in found["secret.txt"]
    assert "cannot read folder" in found["locked"]


def test_unreadable_file_even_as_root(tmp_path, monkeypatch):
    """CI runs as root, where chmod 000 does not stop reads: make the read itself fail."""
    (tmp_path / "ok.txt").write_text("Fine\n\nA fine article.")
    (tmp_path / "locked.txt").write_text("Locked\n\nText.")
    real = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    items = list(read_paths([tmp_path]))
    assert [i.title for i in items if not isinstance(i, ReadFailure)] == ["Fine"]
    assert "Permission denied" in reasons(items)["locked.txt"]


# --- size: limits, and memory that stays flat ------------------------------------------------------


def test_file_over_the_configured_limit_is_rejected(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Big\n\n" + "The council met again. " * 100_000)  # ~2.3 MB
    [failure] = list(read_paths([big], max_bytes=1 * 2**20))
    assert failure.reason == "file is 2 MB, over the 1 MB limit"


def _peak_bytes(paths: list[Path]) -> tuple[list, int]:
    tracemalloc.start()
    try:
        kept = []
        for item in read_paths(paths):
            kept.append(item if isinstance(item, ReadFailure) else item.title)
        return kept, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_50_mb_files_are_handled_without_loading_them_whole(tmp_path):
    record = {"title": "", "text": "The harbour board met on Monday. " * 300}
    feed = tmp_path / "feed.jsonl"
    with feed.open("w") as handle:
        for n in range(5_200):  # ~50 MB of JSON Lines: 5,200 articles of ~10 KB
            handle.write(json.dumps(record | {"title": f"Meeting {n}"}) + "\n")
    blob = tmp_path / "blob.txt"
    with blob.open("wb") as handle:
        handle.truncate(50 * 2**20)
        handle.seek(0)
        handle.write(b"One giant article\n\n")
    assert feed.stat().st_size > 50 * 10**6
    kept, peak = _peak_bytes([feed, blob])
    assert kept[:2] == ["Meeting 0", "Meeting 1"] and kept[5_199] == "Meeting 5199"
    assert "too big for one article" in kept[-1].reason
    assert peak < 8 * 2**20, f"reading used {peak / 2**20:.0f} MB at its peak"


def test_one_record_over_the_article_limit_fails_alone(tmp_path):
    huge = "word " * (MAX_ARTICLE_CHARS // 5 + 10)
    lines = [
        json.dumps({"title": "Huge", "text": huge}),
        json.dumps({"title": "Ok", "text": "Ok."}),
    ]
    items = read_one(tmp_path / "feed.jsonl", "\n".join(lines))
    assert "over the 1,000,000-character limit" in items[0].reason
    assert items[0].path.endswith("feed.jsonl line 1") and items[1].title == "Ok"


# --- a whole batch through the CLI: valid ones kept, bad ones reported, nothing lost --------------


def test_bad_batch_keeps_the_good_loses_nothing_and_exits_1(corpus_dir, tmp_path, capsys):
    index = str(tmp_path / "index")
    assert main(["--index-dir", index, "ingest", str(corpus_dir)]) == 0
    before = _titles(index)
    capsys.readouterr()
    bad = write_corpus(
        tmp_path / "bad",
        {
            "no-quotes.txt": NO_QUOTES,
            "only-quotes.txt": ONLY_QUOTES,
            "unbalanced.txt": UNBALANCED,
            "named-date.txt": NAMED_DATE,
            "long-line.txt": "date 2024-02-05 Long minutes\n\n"
            + " ".join(f"Item {n} was approved by the board." for n in range(300)),
            "empty.txt": "",
            "impossible.txt": "date 2025-13-45 Odd\n\nThe text.",
            "ambiguous.txt": "date 10/11/2025 Title\n\nThe text.",
        },
    )
    (bad / "latin1.txt").write_bytes(
        'Café reopens\n\n"Our café is back," owner Zoé Martin said.'.encode("latin-1")
    )
    (bad / "utf16.txt").write_bytes("Kiosk\n\n“The kiosk stays,” Ana Silva said.".encode("utf-16"))
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (bad / "feed.jsonl").write_text(
        json.dumps({"title": "Pier", "text": "The pier reopens on Monday, the mayor said."})
        + "\n{oops\n"
    )
    (bad / "loop").symlink_to(bad)
    code = main(["--index-dir", index, "ingest", str(bad)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "8 articles" in out and "6 errors" in out
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 6 and "Traceback" not in err
    for name, reason in [
        ("empty.txt", "empty file"),
        ("impossible.txt", "impossible date"),
        ("ambiguous.txt", "ambiguous"),
        ("binary.txt", "binary file"),
        ("feed.jsonl line 2", "invalid JSON"),
        ("loop", "symlink loop"),
    ]:
        assert any(name in line and reason in line for line in errors), (name, err)
    after = _titles(index)
    assert before <= after and len(after) == len(before) + 8
    assert {"Café reopens", "Kiosk", "Voices from the market", "Harbour dredging begins"} <= after


def _titles(index: str) -> set[str]:
    assistant = Assistant(load_settings(index_dir=index))
    try:
        return {row.title for row in assistant.store.articles()}
    finally:
        assistant.close()


def test_kept_odd_articles_have_verbatim_statements(make_assistant):
    articles = {"u.txt": UNBALANCED, "o.txt": ONLY_QUOTES, "n.txt": NO_QUOTES}
    assistant = make_assistant(articles)
    store = assistant.store
    assert store.counts()["articles"] == 3
    for row in store.articles():
        text = store.article_text(row.id)
        quotes = store.quotes_by_id(_quote_ids(store, row.id))
        assert len(quotes) == row.n_quotes
        for quote in quotes:
            assert text[quote.start : quote.end] == quote.text
            assert quote.end - quote.start < 400, "an unbalanced mark swallowed the article"


def _quote_ids(store, article_id: str) -> list[str]:
    rows = store.db.execute("SELECT id FROM quotes WHERE article_id = ?", (article_id,))
    return [r[0] for r in rows]
