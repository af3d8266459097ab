"""Files and directories -> Article records. One reader per kind, chosen by a plain registry."""

from __future__ import annotations

import io
import json
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import InputError
from assistant.records import Article

MONTHS = {
    name: number
    for number, full in enumerate(
        "january february march april may june july august september october november "
        "december".split(),
        start=1,
    )
    for name in (full, full[:3], "sept" if full == "september" else full[:3])
}
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "10 November 2025", "November 10, 2025", "Nov. 10th 2025": unambiguous, so they are parsed.
NAMED_DATE = re.compile(
    rf"(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)"
    r",?\s+(?P<y>\d{4})",
    re.IGNORECASE,
)
# Seed format: `date YYYY-MM-DD Title` (a header starting with a digit or a month name).
SEED_HEADER = re.compile(
    rf"^\s*date\s+(?P<date>{NAMED_DATE.pattern}|\d\S*)(?:\s+(?P<title>.*\S))?\s*$",
    re.IGNORECASE,
)
# Plain text that opens with "Title: ...", "Date: ..." lines (an e-mail-like header block,
# ended by a blank line): the fields are read as front matter is.
HEADER_FIELDS = ("title", "date", "published", "source", "outlet", "author", "url")
FIELD_LINE = re.compile(rf"^\s*(?P<name>{'|'.join(HEADER_FIELDS)})\s*:\s*(?P<value>.*?)\s*$", re.I)
FRONT_MATTER = re.compile(r"^---\s*\n(.*?)\n---\s*(?:\n|$)", re.DOTALL)
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
# One article: spaCy parses a paragraph of at most 1,000,000 characters, and no news article
# comes near it. A single-article file (txt, md, html) over 8 MB is rejected before it is read.
MAX_ARTICLE_CHARS = 1_000_000
MAX_ARTICLE_BYTES = 8 * 1024 * 1024
CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")


@dataclass
class ReadFailure:
    """A file (or one record of it) that could not be read, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def parse_date(value: Any, where: str) -> date | None:
    """A date from YYYY-MM-DD (or a date/datetime); InputError naming `where` when impossible."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$", text)
    named = NAMED_DATE.fullmatch(text)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif named:
        year = int(named["y"])
        month = MONTHS[(named["m1"] or named["m2"]).lower().rstrip(".")]
        day = int(named["d1"] or named["d2"])
    elif re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", text):
        # 10/11/2025 is 10 November in Europe and October 11 in the US: never guess.
        raise InputError(
            f"{where}: date {text!r} is ambiguous (day and month order); write it as YYYY-MM-DD"
        )
    else:
        raise InputError(f"{where}: date {text!r} is not YYYY-MM-DD")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise InputError(f"{where}: impossible date {text!r} ({exc})") from exc


def decode(raw: bytes, where: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16/32 with BOM, else Windows-1252 or
    latin-1 if plausible; InputError for binary data."""
    for boms, encoding in ((UTF32_BOMS, "utf-32"), (UTF16_BOMS, "utf-16")):
        if raw.startswith(boms):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(
                    f"{where}: starts with a {encoding.upper()} byte-order mark but is not "
                    f"valid {encoding.upper()}"
                ) from None
    if b"\x00" in raw[:4096]:
        raise InputError(f"{where}: binary file, not text (or UTF-16 without a byte-order mark)")
    return _decode_8bit(raw, where)


def _decode_8bit(raw: bytes, where: str) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Windows-1252 before latin-1: its curly quotes (0x93/0x94) are what Word writes, and
    # latin-1 would turn them into invisible control characters.
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f")
    if controls > 8:
        raise InputError(f"{where}: binary file, not text")
    return text


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _title_and_body(text: str) -> tuple[str, str]:
    """First non-empty line as title when it looks like one, else a prefix of the text."""
    stripped = text.strip()
    first, _, rest = stripped.partition("\n")
    if rest.strip() and len(first) <= 200:
        return first.strip(), stripped
    return stripped[:80].rsplit(" ", 1)[0] + "…", stripped


def read_text(text: str, path: str) -> list[Article]:
    """Seed format (`date YYYY-MM-DD Title` first line) or plain text (title = first line)."""
    text = _normalise_newlines(text)
    first, _, body = text.lstrip("\ufeff").partition("\n")
    header = SEED_HEADER.match(first)
    if header:
        # A header whose date cannot be read rejects the file: an article is never undated
        # (or dated) by a guess. See parse_date for the accepted forms.
        published = parse_date(header["date"], path)
        if not body.strip():
            raise InputError(f"{path}: article has a header but no text")
        title = header["title"] or _title_and_body(body)[0]
        # The body is kept exactly as read so quote offsets point into the file's own text.
        return [Article(title=title, text=body, published=published, path=path)]
    fields = _field_header(text)
    if fields:
        meta, body = fields
        if not body.strip():
            raise InputError(f"{path}: article has a header but no text")
        title = str(meta.get("title") or _title_and_body(body)[0])
        return [_article_from_fields(meta, body, title, path)]
    if not text.strip():
        raise InputError(f"{path}: empty file")
    title, _ = _title_and_body(text)
    return [Article(title=title, text=text, path=path)]


def _field_header(text: str) -> tuple[dict[str, str], str] | None:
    """The fields of a leading "Title: ..." / "Date: ..." block and the text after its blank line.

    Every line before the first blank one must be such a field, so a story that opens with
    "Source: ..." in its own words is not cut.
    """
    head, blank, body = text.lstrip("\ufeff").partition("\n\n")
    lines = head.strip("\n").split("\n")
    matches = [FIELD_LINE.match(line) for line in lines]
    if not blank or not all(matches):
        return None
    return {m["name"].lower(): m["value"] for m in matches if m}, body


def read_markdown(text: str, path: str) -> list[Article]:
    """Markdown with optional YAML front matter: title, date, source, author, url."""
    text = _normalise_newlines(text).lstrip("\ufeff")
    match = FRONT_MATTER.match(text)
    if not match:
        return read_text(text, path)
    try:
        meta = yaml.safe_load(match[1]) or {}
    except yaml.YAMLError as exc:
        raise InputError(
            f"{path}: front matter is not valid YAML ({exc.__class__.__name__})"
        ) from None
    except ValueError as exc:  # YAML builds dates itself: `date: 2024-02-30` fails here
        raise InputError(f"{path}: impossible date in the front matter ({exc})") from None
    if not isinstance(meta, dict):
        raise InputError(f"{path}: front matter must be a mapping of fields")
    body = text[match.end() :]
    if not body.strip():
        raise InputError(f"{path}: article has front matter but no text")
    title = str(meta.get("title") or _title_and_body(body)[0])
    return [_article_from_fields(meta, body, title, path)]


def _article_from_fields(meta: dict[str, Any], body: str, title: str, path: str) -> Article:
    def text_field(name: str) -> str | None:
        value = meta.get(name)
        return str(value).strip() if value not in (None, "") else None

    return Article(
        title=title,
        text=body,
        published=parse_date(meta.get("date") or meta.get("published"), path),
        source=text_field("source") or text_field("outlet"),
        author=text_field("author"),
        url=text_field("url"),
        path=path,
        record_id=text_field("id"),
    )


def read_html(text: str, path: str) -> list[Article]:
    """HTML page -> main text and metadata via trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(text, with_metadata=True, favor_precision=True)
    if extracted is None:
        raise InputError(f"{path}: no article text found in the HTML")
    fields = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = fields.get("text") or ""
    if not body.strip():
        raise InputError(f"{path}: no article text found in the HTML")
    meta = {
        "date": fields.get("date"),
        "source": fields.get("sitename") or fields.get("hostname"),
        "author": fields.get("author"),
        "url": fields.get("url"),
    }
    try:
        parse_date(meta["date"], path)
    except InputError:
        meta["date"] = None  # a page's odd date format is no reason to lose its text
    title = fields.get("title") or _title_and_body(body)[0]
    return [_article_from_fields(meta, body, title, path)]


def read_jsonl_records(text: str, path: str) -> Iterator[Article | ReadFailure]:
    """One article per line (title, text, date, source, author, url, id); bad lines fail alone."""
    lines = enumerate(_normalise_newlines(text).split("\n"), start=1)
    yield from _jsonl_articles(lines, path)


def _jsonl_articles(
    lines: Iterable[tuple[int, str | None]], path: str
) -> Iterator[Article | ReadFailure]:
    for number, line in lines:
        where = f"{path} line {number}"
        if line is None:
            yield ReadFailure(where, f"line is over {MAX_ARTICLE_BYTES // 2**20} MB, skipped")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(f"{where}: not a JSON object")
            body = record.get("text")
            if not isinstance(body, str) or not body.strip():
                raise InputError(f"{where}: record has no text")
            title = str(record.get("title") or _title_and_body(body)[0])
            # Each record is its own article: keyed by its id or url, else by its line, so
            # records without ids never replace each other.
            yield _article_from_fields(record, body, title, where)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"invalid JSON ({exc.msg})")
        except (InputError, ValueError) as exc:
            yield ReadFailure(where, str(exc).removeprefix(f"{where}: "))


def _jsonl_lines(path: Path, where: str) -> Iterator[tuple[int, str | None]]:
    """(line number, text) of a JSON Lines file read one line at a time, so memory stays flat
    however big the file; None for a line over the size limit (which is skipped unread)."""
    with path.open("rb") as handle:
        head = handle.read(4096)
        handle.seek(0)
        if head.startswith(UTF16_BOMS) and not head.startswith(UTF32_BOMS):
            wrapped = io.TextIOWrapper(handle, encoding="utf-16", newline=None)
            yield from enumerate((line.rstrip("\n") for line in wrapped), start=1)
            return
        if head.startswith(UTF32_BOMS) or b"\x00" in head:
            raise InputError(f"{where}: binary file, not text (or UTF-16/32 JSON Lines)")
        number = 0
        while line := handle.readline(MAX_ARTICLE_BYTES + 1):
            number += 1
            if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
                while (rest := handle.readline(2**20)) and not rest.endswith(b"\n"):
                    pass
                yield number, None
                continue
            try:
                text = line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                text = _decode_8bit(line, f"{where} line {number}")
            yield number, text.rstrip("\r\n")


Reader = Callable[[str, str], list[Article]]

# Registry of readers by file suffix; the first entry is the default for unknown text files.
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
}
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


def iter_files(paths: Iterable[Path]) -> Iterator[Path | ReadFailure]:
    """Files under the given paths (directories recursively, sorted, no symlink loops)."""
    for path in paths:
        if not path.exists():
            reason = "no such file or directory"
            if path.is_symlink():
                reason = "broken symlink (or a symlink loop)"
            yield ReadFailure(str(path), reason)
        elif path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(root: Path) -> Iterator[Path | ReadFailure]:
    seen: set[tuple[int, int]] = set()
    problems: list[OSError] = []  # unreadable folders, reported instead of silently skipped
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=problems.append):
        yield from _folder_failures(problems)
        try:
            info = os.stat(folder)
        except OSError as exc:
            yield ReadFailure(folder, f"cannot read folder ({exc.strerror})")
            continue
        if (info.st_dev, info.st_ino) in seen:
            dirs[:] = []
            yield ReadFailure(folder, "symlink loop, skipped")
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name in SKIPPED_NAMES:
                continue
            yield Path(folder) / name
    yield from _folder_failures(problems)


def _folder_failures(problems: list[OSError]) -> Iterator[ReadFailure]:
    while problems:
        exc = problems.pop(0)
        yield ReadFailure(str(exc.filename), f"cannot read folder ({exc.strerror})")


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadFailure]:
    """Articles of one file; failures are yielded, never raised."""
    where = str(path)
    try:
        for item in _read_file(path, where, max_bytes):
            if isinstance(item, Article) and CONTROLS.search(item.text):
                # NULs and other control characters (a damaged file) become spaces: same
                # length, so nothing shifts, and no downstream stage chokes on them.
                item = replace(item, text=CONTROLS.sub(" ", item.text), id="", content_hash="")
            if isinstance(item, Article) and len(item.text) > MAX_ARTICLE_CHARS:
                item = ReadFailure(
                    item.path or where,
                    f"article is {len(item.text):,} characters, over the "
                    f"{MAX_ARTICLE_CHARS:,}-character limit for one article; split it",
                )
            yield item
    except InputError as exc:
        yield ReadFailure(where, str(exc).removeprefix(f"{where}: "))
    except (OSError, ValueError) as exc:
        yield ReadFailure(where, f"cannot read ({exc.__class__.__name__}: {exc})")


def _read_file(path: Path, where: str, max_bytes: int) -> Iterator[Article | ReadFailure]:
    if path.is_symlink() and not path.exists():
        yield ReadFailure(where, "broken symlink (or a symlink loop)")
        return
    info = path.stat()
    size = info.st_size
    suffix = path.suffix.lower()
    if not stat.S_ISREG(info.st_mode):
        # A pipe or device would block or never end.
        yield ReadFailure(where, "not a regular file (pipe, socket or device), skipped")
    elif size > max_bytes:
        yield ReadFailure(
            where, f"file is {size / 2**20:.0f} MB, over the {max_bytes // 2**20} MB limit"
        )
    elif size == 0:
        yield ReadFailure(where, "empty file")
    elif suffix in JSONL_SUFFIXES:
        yield from _jsonl_articles(_jsonl_lines(path, where), where)
    elif suffix not in READERS and suffix not in ("", ".text", ".news"):
        yield ReadFailure(where, f"unsupported file type {suffix!r} (txt, md, html, jsonl)")
    elif size > MAX_ARTICLE_BYTES:
        yield ReadFailure(
            where,
            f"file is {size / 2**20:.0f} MB, too big for one article (at most "
            f"{MAX_ARTICLE_BYTES // 2**20} MB): split it, or put one article per line in a .jsonl file",
        )
    else:
        text = decode(path.read_bytes(), where)
        yield from READERS.get(suffix, read_text)(text, where)


def read_paths(
    paths: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | ReadFailure]:
    """Stream articles (and failures) from files and directories, one file at a time."""
    for item in iter_files(paths):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_file(item, max_bytes)
