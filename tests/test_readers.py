from datetime import date
from pathlib import Path

from assistant.readers import ReadFailure, read_paths


def read(tmp_path: Path, name: str, content: str | bytes) -> list:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return list(read_paths([path]))


def test_seed_format_header_gives_date_and_title(tmp_path):
    [article] = read(tmp_path, "a.txt", " date 2021-04-02 Bridge reopens\n\nThe bridge reopened.")
    assert article.published == date(2021, 4, 2)
    assert article.title == "Bridge reopens"
    assert "date 2021" not in article.text and "The bridge reopened." in article.text


def test_plain_text_title_is_first_line(tmp_path):
    [article] = read(
        tmp_path, "b.txt", "Rain expected\n\nIt will rain on Friday, forecasters said."
    )
    assert article.title == "Rain expected" and article.published is None


def test_markdown_front_matter(tmp_path):
    text = (
        "---\ntitle: Mill closes\ndate: 2020-01-31\nsource: Valley Ledger\nauthor: Jo Park\n"
        "url: https://example.org/mill\n---\nThe mill closed on Friday.\n"
    )
    [article] = read(tmp_path, "c.md", text)
    assert (article.title, article.source, article.author) == (
        "Mill closes",
        "Valley Ledger",
        "Jo Park",
    )
    assert article.published == date(2020, 1, 31) and article.url == "https://example.org/mill"
    assert article.text.startswith("The mill closed")


def test_jsonl_bad_line_fails_alone(tmp_path):
    lines = [
        '{"id": "n1", "title": "One", "text": "First story.", "date": "2019-06-01", "source": "Wire"}',
        "{not json",
        '{"title": "Three", "text": "Third story.", "date": "2019-13-45"}',
        '{"title": "Four", "text": "Fourth story."}',
    ]
    items = read(tmp_path, "d.jsonl", "\n".join(lines))
    articles = [i for i in items if not isinstance(i, ReadFailure)]
    failures = [i for i in items if isinstance(i, ReadFailure)]
    assert [a.title for a in articles] == ["One", "Four"]
    assert articles[0].id == "n1" and articles[0].source == "Wire"
    assert "line 2" in failures[0].path and "invalid JSON" in failures[0].reason
    assert "line 3" in failures[1].path and "impossible date" in failures[1].reason


def test_html_article_text(tmp_path):
    body = " ".join(["The harbour board met on Monday to discuss the new ferry schedule."] * 6)
    page = (
        f"<html><head><title>Ferry plan</title></head><body><article><h1>Ferry plan</h1>"
        f"<p>{body}</p><p>“We will add two boats,” the chair said.</p></article></body></html>"
    )
    [article] = read(tmp_path, "e.html", page)
    assert "two boats" in article.text


def test_bad_files_give_one_clear_reason_each(tmp_path):
    assert "empty file" in read(tmp_path, "empty.txt", "")[0].reason
    assert "binary" in read(tmp_path, "bin.txt", b"\x00\x01\x02garbage\x00" * 50)[0].reason
    assert "unsupported file type" in read(tmp_path, "x.pdf", "%PDF-1.4")[0].reason
    assert "impossible date" in read(tmp_path, "d.txt", "date 2025-13-45 Odd\n\nText.")[0].reason
    [missing] = list(read_paths([tmp_path / "nope"]))
    assert "no such file" in missing.reason


def test_encodings(tmp_path):
    [latin] = read(
        tmp_path, "l.txt", "Caf\xe9 owners protest\n\nThe caf\xe9 closed.".encode("latin-1")
    )
    assert "café" in latin.text
    [utf16] = read(tmp_path, "u.txt", "Title\n\nNaïve text here.".encode("utf-16"))
    assert "Naïve" in utf16.text


def test_directories_are_recursive_and_survive_symlink_loops(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text("One\n\nFirst.")
    (tmp_path / "a" / "b" / "two.txt").write_text("Two\n\nSecond.")
    (tmp_path / "a" / "b" / "loop").symlink_to(tmp_path / "a")
    items = list(read_paths([tmp_path / "a"]))
    titles = sorted(i.title for i in items if not isinstance(i, ReadFailure))
    assert titles == ["One", "Two"]


def test_plain_text_header_fields_give_title_date_and_source(tmp_path):
    text = "Title: Mill closes\nDate: 2020-01-31\nSource: Valley Ledger\n\nThe mill closed."
    [article] = read(tmp_path, "h.txt", text)
    assert (article.title, article.published, article.source) == (
        "Mill closes",
        date(2020, 1, 31),
        "Valley Ledger",
    )
    assert article.text == "The mill closed."
    [story] = read(tmp_path, "s.txt", "Source: a leak\nThe mill will close.\n\nMore text.")
    assert story.published is None and story.text.startswith("Source: a leak")
    [failure] = read(tmp_path, "bad.txt", "Title: Mill\nDate: 2020-02-30\n\nThe mill closed.")
    assert isinstance(failure, ReadFailure) and "impossible date" in failure.reason
