"""A corrupt, foreign or damaged index folder: one clear line saying how to rebuild, exit code 2,
never a traceback and never answers from a silent mix."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.config import load_settings
from assistant.errors import IndexProblem
from assistant.service import Assistant
from assistant.store import Store
from tests.corpus import LEVEE_2022

QUESTION = "What did Peter Okafor say?"


@pytest.fixture
def built(corpus_dir: Path, tmp_path: Path):
    """Factory: a freshly built (and closed) index; returns (index dir, index folder)."""

    def build(name: str = "index", **overrides) -> tuple[Path, Path]:
        settings = load_settings(index_dir=tmp_path / name, **overrides)
        assistant = Assistant(settings)
        assert not assistant.ingest([corpus_dir]).errors
        assistant.close()
        return tmp_path / name, settings.index_path()

    return build


def run(capsys, index: Path, *args: str) -> tuple[int, str]:
    code = main(["--index-dir", str(index), *args])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err.strip()


def assert_clear(code: int, err: str, *words: str) -> None:
    assert code == 2
    [line] = err.splitlines()  # one line, not a traceback
    assert line.startswith("error: ") and "assistant ingest" in line, line
    for word in words:
        assert word in line, line


def test_garbage_catalog(built, capsys, tmp_path):
    index, folder = built()
    for leftover in folder.glob("catalog.sqlite-*"):
        leftover.unlink()
    (folder / "catalog.sqlite").write_bytes(os.urandom(4096))
    assert_clear(*run(capsys, index, "ask", QUESTION), "corrupt")
    new = tmp_path / "new"
    new.mkdir()
    (new / "levee.txt").write_text(LEVEE_2022.replace("2022-05-20", "2022-05-21"))
    assert_clear(*run(capsys, index, "ingest", str(new)), "corrupt")


def test_damaged_catalog(built, capsys):
    index, folder = built()
    db = sqlite3.connect(folder / "catalog.sqlite")
    db.execute("DELETE FROM quotes")  # the articles claim statements the catalog lost
    db.commit()
    db.close()
    assert_clear(*run(capsys, index, "ask", QUESTION), "damaged")


def test_garbage_chroma_files(built, capsys):
    index, folder = built()
    for path in (folder / "chroma").rglob("*"):
        if path.is_file():
            path.write_bytes(os.urandom(2048))
    assert_clear(*run(capsys, index, "ask", QUESTION), "Chroma store")


def test_deleted_or_foreign_chroma_folder(built, capsys):
    index, folder = built()
    shutil.rmtree(folder / "chroma")
    assert_clear(*run(capsys, index, "ask", QUESTION), "vectors", "missing")
    other_index, other_folder = built("other", chunk_tokens=64)
    shutil.rmtree(folder / "chroma", ignore_errors=True)
    shutil.copytree(other_folder / "chroma", folder / "chroma")  # another index's vectors
    assert_clear(*run(capsys, index, "ask", QUESTION), "vectors", "another index")


def test_manifest_from_other_settings_or_garbage(built, capsys, corpus_dir):
    index, folder = built()
    manifest = json.loads((folder / "manifest.json").read_text())
    (folder / "manifest.json").write_text(json.dumps(manifest | {"chunk_tokens": 999}))
    assert_clear(*run(capsys, index, "ask", QUESTION), "other settings")
    (folder / "manifest.json").write_text("{not json")
    assert_clear(*run(capsys, index, "ask", QUESTION), "unreadable")


def test_index_dir_that_is_a_file(tmp_path, capsys, corpus_dir):
    index = tmp_path / "index"
    index.write_text("not a folder")
    assert_clear(*run(capsys, index, "ask", QUESTION), "no index")
    code, err = run(capsys, index, "ingest", str(corpus_dir))
    assert code == 2 and "cannot create the index folder" in err and "--index-dir" in err


def test_failed_open_releases_the_writer_lock(built):
    _index, folder = built()
    settings = load_settings(index_dir=_index)
    good = (folder / "manifest.json").read_text()
    (folder / "manifest.json").write_text("{}")
    with pytest.raises(IndexProblem, match="other settings"):
        Store(settings, writer=True)
    (folder / "manifest.json").write_text(good)
    store = Store(settings, writer=True)  # same process: not "another ingest is writing"
    store.close()


def test_settings_change_points_at_the_rebuild(built, capsys, monkeypatch):
    index, _folder = built()
    monkeypatch.setenv("ASSISTANT_CHUNK_TOKENS", "64")
    code, err = run(capsys, index, "ask", QUESTION)
    assert_clear(code, err, "no index", "other settings")
