"""Fault injection: an index build killed with SIGKILL at random points, again and again, then run
once more, holds exactly what an uninterrupted build holds: documents, postings, counts; and its
hashing processes end with it."""

import json
import sqlite3
import subprocess
import sys

import pytest

from newsprobe.index import ReferenceIndex

from ..batch.faults import PROC, SEED, killed_at_random_points, survivors_of_kill_9


def write_corpus(path) -> None:
    """3,200 records in four batches of the build; the last 600 replace documents of the first batches."""
    with path.open("w") as handle:
        for i in range(3200):
            n, version = (i, 1) if i < 2600 else (i - 2600, 2)
            words = " ".join(f"w{(n * 11 + k * version) % 3001}" for k in range(30))
            handle.write(json.dumps({"id": f"d{n}", "title": f"Story {n}", "text": f"Story {n}, version {version}: {words}."}) + "\n")


def contents(path) -> tuple:
    with sqlite3.connect(path) as db:
        docs = sorted(db.execute("SELECT id, hash, title, url, published, site, text FROM docs"))
        postings = sorted(db.execute("SELECT shingle, id FROM postings JOIN docs ON num = doc"))
        leftovers = db.execute("SELECT (SELECT COUNT(*) FROM pending), (SELECT COUNT(*) FROM postings WHERE doc NOT IN (SELECT num FROM docs))").fetchone()
    with ReferenceIndex.open(path) as index:
        stats = {k: v for k, v in index.stats().items() if k not in ("bytes", "last_added")}
    return docs, postings, leftovers, stats


def committed(path) -> int:
    try:
        with sqlite3.connect(path) as db:
            return db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def test_an_index_build_killed_again_and_again_then_finished_equals_an_uninterrupted_build(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)

    def build(path):
        return [sys.executable, "-m", "newsprobe", "index", "build", "--index", str(path), str(corpus), "--workers", "2"]

    subprocess.run(build(tmp_path / "reference.sqlite"), check=True, capture_output=True)
    interrupted = tmp_path / "interrupted.sqlite"
    killed_at_random_points(build(interrupted), lambda: committed(interrupted) // 1000, kills=3)
    subprocess.run(build(interrupted), check=True, capture_output=True)
    reference = contents(tmp_path / "reference.sqlite")
    assert reference[2] == (0, 0) and reference[3]["documents"] == 2600
    assert contents(interrupted) == reference, f"seed {SEED}"


@pytest.mark.skipif(not (PROC / "self" / "stat").exists(), reason="reads the process table from /proc")
def test_kill_9_of_an_index_build_kills_its_hashing_processes(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    command = [sys.executable, "-m", "newsprobe", "index", "build", "--index", str(tmp_path / "refs.sqlite"), str(corpus), "--workers", "2"]
    assert not survivors_of_kill_9(command, children=2), "hashing processes outlived their killed build"
