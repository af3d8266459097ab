"""Web UI uploads at the handler level: nothing is written outside the upload folder, refused
files leave no trace, and a bad upload never costs the index an article."""

from __future__ import annotations

import pytest

from assistant.ui import Handlers


@pytest.fixture
def handlers(make_assistant):
    made = Handlers(make_assistant(max_upload_mb=1))
    yield made
    made.close()


def test_a_symlink_planted_in_the_upload_folder_is_not_written_through(handlers, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("precious")
    handlers.upload_dir.mkdir(parents=True, exist_ok=True)
    (handlers.upload_dir / "notes.txt").symlink_to(outside)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "notes.txt").write_text("Notes\n\nThe pier reopens on Monday, the mayor said.")
    staged, refused = handlers.stage_uploads([str(incoming / "notes.txt")])
    assert not staged and refused == [["notes.txt", "error: not a plain file name"]]
    assert outside.read_text() == "precious"


@pytest.mark.parametrize(
    "name",
    ["\u202etxt.exe.txt", "a" * 200 + ".md", "con:stream.txt", "új hír.txt", "..hidden.txt"],
)
def test_odd_names_land_inside_the_upload_folder(handlers, tmp_path, name):
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    source = incoming / name
    source.write_text("Pier\n\nThe pier reopens on Monday, the mayor said.")
    staged, refused = handlers.stage_uploads([str(source)])
    assert not refused and len(staged) == 1
    assert staged[0].parent == handlers.upload_dir and len(staged[0].name) <= 131
    assert "\u202e" not in staged[0].name and not staged[0].name.startswith(".")


def test_refused_and_failing_uploads_leave_the_index_as_it_was(handlers, tmp_path):
    before = handlers.run(counts, handlers)
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "big.jsonl").write_text('{"text": "x"}\n' * 80_000)  # over the 1 MB limit
    (incoming / "photo.txt").write_bytes(bytes(range(256)) * 16)  # binary, named .txt
    (incoming / "script.sh").write_text("rm -rf /")
    (incoming / "bad-date.txt").write_text("date 2025-13-45 Odd\n\nText.")
    rows = dict(handlers.upload([str(p) for p in sorted(incoming.iterdir())]))
    assert rows["big.jsonl"].endswith("over the 1 MB upload limit")
    assert rows["script.sh"].startswith("error: not accepted")
    assert "binary file" in rows["photo.txt"] and "impossible date" in rows["bad-date.txt"]
    stored = {p.name for p in handlers.upload_dir.iterdir()}
    assert not stored & {"big.jsonl", "script.sh"}  # refused files are never copied
    assert handlers.run(counts, handlers) == before


def counts(handlers: Handlers) -> dict[str, int]:
    return handlers.assistant.store.counts()  # on the handlers' own thread, like the page
