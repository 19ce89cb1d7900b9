"""Batch runs under abuse: a killed run's workers die with it; resuming refuses inputs that changed."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsprobe.batch import output, run_batch

from .test_batch import article, read_rows

PROC = Path("/proc")


def children_of(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for stat in PROC.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """Running and not a zombie (a container's init may never reap the orphans it adopts)."""
    try:
        return (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not (PROC / "self" / "stat").exists(), reason="reads the process table from /proc")
def test_kill_9_of_a_batch_kills_its_workers(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(article(i)) for i in range(200)) + "\n")
    parts = tmp_path / "out.jsonl.parts"
    command = [sys.executable, "-m", "newsprobe", "batch", str(path), "-o", str(tmp_path / "out.jsonl"), "--workers", "2", "--chunk-size", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.time() + 60
        while len(workers) < 3:  # both pool processes (loading the models, or analysing) and the resource tracker
            assert time.time() < deadline and process.poll() is None, "the batch ended before it started its workers"
            time.sleep(0.05)
            workers = children_of(process.pid)
        time.sleep(0.5)
        workers = sorted(set(workers) | set(children_of(process.pid)))
        process.send_signal(signal.SIGKILL)
        process.wait()
        deadline = time.time() + 10
        while any(alive(pid) for pid in workers) and time.time() < deadline:
            time.sleep(0.05)
        assert not [pid for pid in workers if alive(pid)], "worker processes outlived their killed parent"
        assert not list(parts.glob("chunk-*.tmp")), "a chunk file is still being written"
    finally:
        process.kill()
        for pid in workers:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)


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
