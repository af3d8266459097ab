"""Files and directories -> Article records. One reader per kind, chosen by a plain registry."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import InputError
from assistant.records import Article

SEED_HEADER = re.compile(r"^\s*date\s+(\S+)\s+(.*\S)\s*$")
FRONT_MATTER = re.compile(r"^---\s*\n(.*?)\n---\s*(?:\n|$)", re.DOTALL)
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


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
    if not match:
        raise InputError(f"{where}: date {text!r} is not YYYY-MM-DD")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError as exc:
        raise InputError(f"{where}: impossible date {text!r} ({exc})") from exc


def decode(raw: bytes, where: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else latin-1 if plausible."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw[:4096]:
        raise InputError(f"{where}: binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
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
    if header and re.match(r"^\d", header[1]):
        published = parse_date(header[1], path)
        if not body.strip():
            raise InputError(f"{path}: article has a header but no text")
        # The body is kept exactly as read so quote offsets point into the file's own text.
        return [Article(title=header[2], text=body, published=published, path=path)]
    if not text.strip():
        raise InputError(f"{path}: empty file")
    title, _ = _title_and_body(text)
    return [Article(title=title, text=text, path=path)]


def read_markdown(text: str, path: str) -> list[Article]:
    """Markdown with optional YAML front matter: title, date, source, author, url."""
    text = _normalise_newlines(text).lstrip("\ufeff")
    match = FRONT_MATTER.match(text)
    if not match:
        return read_text(text, path)
    try:
        meta = yaml.safe_load(match[1]) or {}
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: front matter is not valid YAML ({exc.__class__.__name__})")
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
    for number, line in enumerate(_normalise_newlines(text).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path} line {number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(f"{where}: not a JSON object")
            body = record.get("text")
            if not isinstance(body, str) or not body.strip():
                raise InputError(f"{where}: record has no text")
            title = str(record.get("title") or _title_and_body(body)[0])
            yield _article_from_fields(record, body, title, path)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"invalid JSON ({exc.msg})")
        except (InputError, ValueError) as exc:
            yield ReadFailure(where, str(exc).removeprefix(f"{where}: "))


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
            yield ReadFailure(str(path), "no such file or directory")
        elif path.is_dir():
            yield from _walk(path)
        else:
            yield path


def _walk(root: Path) -> Iterator[Path | ReadFailure]:
    seen: set[tuple[int, int]] = set()
    for folder, dirs, files in os.walk(root, followlinks=True, onerror=None):
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen:
            dirs[:] = []
            yield ReadFailure(folder, "symlink loop, skipped")
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name in SKIPPED_NAMES:
                continue
            yield Path(folder) / name


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | ReadFailure]:
    """Articles of one file; failures are yielded, never raised."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadFailure(
                where, f"file is {size // 2**20} MB, over the {max_bytes // 2**20} MB limit"
            )
            return
        if size == 0:
            yield ReadFailure(where, "empty file")
            return
        text = decode(path.read_bytes(), where)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl_records(text, where)
            return
        reader = READERS.get(suffix)
        if reader is None:
            if suffix not in ("", ".text", ".news"):
                yield ReadFailure(where, f"unsupported file type {suffix!r} (txt, md, html, jsonl)")
                return
            reader = read_text
        yield from reader(text, where)
    except InputError as exc:
        yield ReadFailure(where, str(exc).removeprefix(f"{where}: "))
    except (OSError, ValueError) as exc:
        yield ReadFailure(where, f"cannot read ({exc.__class__.__name__}: {exc})")


def read_paths(
    paths: Iterable[Path], max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | ReadFailure]:
    """Stream articles (and failures) from files and directories, one file at a time."""
    for item in iter_files(paths):
        if isinstance(item, ReadFailure):
            yield item
        else:
            yield from read_file(item, max_bytes)
