"""The benchmark's corpus generator and the ingest fast path (tiny sizes, no timings)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np

from assistant import ingest_pipeline
from assistant.bench_corpus import change_some, generate, write_corpus
from assistant.bench_report import table
from assistant.config import load_settings
from assistant.embeddings import _batches
from assistant.ingest_pipeline import PassageCache, known_hashes
from assistant.readers import read_paths
from assistant.service import Assistant
from tests.conftest import write_corpus as write_test_corpus


def test_generator_is_deterministic_and_seeded(tmp_path):
    first = [a.markdown() for a in generate(12, seed=3)]
    assert first == [a.markdown() for a in generate(12, seed=3)]
    assert first != [a.markdown() for a in generate(12, seed=4)]
    write_corpus(tmp_path / "a", 12, seed=3)
    assert [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "a").glob("*.md"))] == first


def test_generated_articles_read_as_dated_articles_with_quotes_and_syndicated_copies(tmp_path):
    articles = list(read_paths([write_corpus(tmp_path / "c", 60)]))
    assert len(articles) == 60 and all(hasattr(a, "text") for a in articles)
    assert all(a.published and a.source and a.author and a.title for a in articles)
    assert all(" said" in a.text for a in articles)
    assert sum("“" in a.text for a in articles) >= 50  # most have direct quotes
    bodies = [a.text for a in articles]
    assert len(set(bodies)) < len(bodies)  # wire copies: same body, another outlet
    assert len({a.content_hash for a in articles}) == 60  # ... but each is its own article


def test_change_some_edits_a_tenth_of_the_files(tmp_path):
    folder = write_corpus(tmp_path / "c", 30)
    before = {p.name: p.read_text() for p in folder.glob("*.md")}
    assert change_some(folder, 0.1) == 3
    after = {p.name: p.read_text() for p in folder.glob("*.md")}
    assert sum(before[n] != after[n] for n in before) == 3


def test_passage_cache_embeds_each_distinct_text_once():
    calls: list[list[str]] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)

    cache = PassageCache(embed)
    out = cache(["aa", "b", "aa", "ccc"])
    assert out[:, 0].tolist() == [2.0, 1.0, 2.0, 3.0]
    again = cache(["ccc", "dddd"])
    assert again[:, 0].tolist() == [3.0, 4.0]
    assert calls == [["aa", "b", "ccc"], ["dddd"]]
    assert cache.hits == 2


def test_embedding_batches_cover_every_passage_within_the_wordpiece_budget():
    lengths = [5, 250, 12, 40, 40, 256, 7, 128] * 20
    batches = _batches(lengths, 8)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    for batch in batches:
        assert len(batch) <= 16
        assert len(batch) == 1 or len(batch) * max(lengths[i] for i in batch) <= 8 * 128


def test_attribution_worker_gives_the_same_index_as_inline(tmp_path, monkeypatch):
    corpus = write_test_corpus(tmp_path / "articles")
    monkeypatch.setattr(ingest_pipeline, "POOL_MIN_ARTICLES", 2)
    found = []
    for workers in ("0", "1"):
        monkeypatch.setenv("ASSISTANT_INGEST_WORKERS", workers)
        assistant = Assistant(load_settings(index_dir=tmp_path / f"index{workers}"))
        report = assistant.ingest([corpus])
        assert not report.errors and report.articles == 3
        quotes = assistant.store.quotes_by([s.id for s in assistant.store.speakers()])
        found.append(sorted((q.speaker, q.kind, q.text, q.start) for q in quotes))
        assistant.close()
    assert found[0] == found[1] and found[0]


REINGEST = """
import json, sys
from pathlib import Path
from assistant.config import load_settings
from assistant.service import Assistant
report = Assistant(load_settings(index_dir=Path(sys.argv[1]))).ingest([Path(sys.argv[2])])
print(json.dumps({"unchanged": report.unchanged, "articles": report.articles,
                  "spacy": "spacy" in sys.modules, "onnxruntime": "onnxruntime" in sys.modules,
                  "chromadb": "chromadb" in sys.modules}))
"""


def test_reingest_of_unchanged_articles_loads_no_model(tmp_path):
    corpus = write_test_corpus(tmp_path / "articles")
    index = tmp_path / "index"
    assert known_hashes(load_settings(index_dir=index)) == set()

    def run() -> dict:
        out = subprocess.run(
            [sys.executable, "-c", REINGEST, str(index), str(corpus)],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[1],
        )
        return json.loads(out.stdout.strip().splitlines()[-1])

    first = run()
    assert first["articles"] == 3 and first["spacy"] and first["onnxruntime"]
    assert len(known_hashes(load_settings(index_dir=index)) or ()) == 3
    second = run()
    assert second == {
        "unchanged": 3,
        "articles": 0,
        "spacy": False,
        "onnxruntime": False,
        "chromadb": False,
    }


def test_report_table_marks_missed_targets():
    results = json.loads((Path(__file__).parent / "data" / "bench-sample.json").read_text())
    text = table(
        results,
        {
            "ingest_vs_baseline": 1.5,
            "reingest_in_process": 100.0,
            "reingest_whole_process": 20.0,
            "answer_p95_ms": 100.0,
            "peak_rss_mb": 2048.0,
        },
    )
    assert text.count("\n| ") >= 10
    assert "| ≥ 1.5× | **no** |" in text  # 0.9× the baseline is reported as a miss
    assert "p95 ≤ 100 ms | yes |" in text


def test_assistant_bench_takes_its_own_options(capsys):
    import pytest

    from assistant.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["bench", "--articles", "5", "--help"])
    assert exit_info.value.code == 0
    assert "--articles" in capsys.readouterr().out
