"""Batch runs under abuse: a killed run's workers die with it; resuming refuses inputs that changed."""

import json
import os
import sys
import time
from pathlib import Path

import pytest

from newsprobe.batch import output, run_batch

from .faults import PROC, survivors_of_kill_9
from .test_batch import article, read_rows


@pytest.mark.skipif(not (PROC / "self" / "stat").exists(), reason="reads the process table from /proc")
def test_kill_9_of_a_batch_kills_its_workers(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(article(i)) for i in range(200)) + "\n")
    command = [sys.executable, "-m", "newsprobe", "batch", str(path), "-o", str(tmp_path / "out.jsonl"), "--workers", "2", "--chunk-size", "2"]
    # Both pool processes (loading the models, or analysing) and the resource tracker.
    assert not survivors_of_kill_9(command, children=3), "worker processes outlived their killed parent"
    assert not list((tmp_path / "out.jsonl.parts").glob("chunk-*.tmp")), "a chunk file is still being written"


def interrupted(tmp_path, monkeypatch, lines: list[str]) -> tuple[Path, Path]:
    """A run whose chunks are all committed, killed before the merge: its parts folder is left."""
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"

    def killed(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(output, "merge", killed)
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(path)], out, max_bytes=1_000_000, chunk_size=1)
    monkeypatch.undo()
    return path, out


CHANGES = {
    "a record appended": lambda path: path.write_text(path.read_text() + json.dumps(article(9)) + "\n"),
    "a record edited in place": lambda path: path.write_text(path.read_text().replace("Council 0", "Council 7")),
    "the same bytes written again": lambda path: os.utime(path, ns=(time.time_ns(), path.stat().st_mtime_ns + 10**9)),
}


@pytest.mark.parametrize("change", CHANGES)
def test_resume_refuses_an_input_changed_since_the_run_began(tmp_path, monkeypatch, change):
    path, out = interrupted(tmp_path, monkeypatch, [json.dumps(article(i)) for i in range(2)])
    CHANGES[change](path)
    with pytest.raises(ValueError, match=f"{path}: changed since the interrupted run began") as refused:
        run_batch([str(path)], out, max_bytes=1_000_000, chunk_size=1, resume=True)
    assert "\n" not in str(refused.value) and "rerun without --resume" in str(refused.value)


def test_resume_refuses_a_file_added_to_an_input_folder(tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps(article(1)))
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(output, "merge", lambda *args: (_ for _ in ()).throw(KeyboardInterrupt))
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(folder)], out, max_bytes=1_000_000)
    monkeypatch.undo()
    (folder / "b.json").write_text(json.dumps(article(2)))
    with pytest.raises(ValueError, match=f"{folder / 'b.json'}: not an input of the interrupted run"):
        run_batch([str(folder)], out, max_bytes=1_000_000, resume=True)


def test_resume_of_an_unchanged_input_finishes_the_run(tmp_path, monkeypatch):
    path, out = interrupted(tmp_path, monkeypatch, [json.dumps(article(i)) for i in range(2)])
    summary = run_batch([str(path)], out, max_bytes=1_000_000, chunk_size=1, resume=True)
    assert summary.resumed_chunks == 2 and [r["id"] for r in read_rows(out)] == ["a0", "a1"]
