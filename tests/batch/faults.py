"""Fault injection: run a command and kill -9 it at a random point of its progress.

The points come from ``NEWSPROBE_FAULT_SEED`` (default 13): a failure names its seed, and the
same seed kills at the same points of the same progress again.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

SEED = int(os.environ.get("NEWSPROBE_FAULT_SEED", "13"))
PROC = Path("/proc")


def killed_at_random_points(command: list[str], progress: Callable[[], int], kills: int) -> list[int]:
    """Start ``command`` ``kills`` times, each killed with SIGKILL once ``progress()`` (work committed so
    far) has grown by 0–2 more steps, and a random fraction of a second after; returns the progress at each kill."""
    rng = random.Random(SEED)
    seen = []
    for _ in range(kills):
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        target = progress() + rng.randint(0, 2)
        deadline = time.monotonic() + 120
        while progress() < target and process.poll() is None:
            assert time.monotonic() < deadline, f"no progress (seed {SEED})"
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        seen.append(progress())
    return seen


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


def survivors_of_kill_9(command: list[str], children: int) -> list[int]:
    """Start ``command``, kill it with SIGKILL once it has ``children`` child processes (and half a
    second later, with any it started meanwhile), and return those still alive 10 s on; they are
    killed before returning."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started: list[int] = []
    try:
        deadline = time.time() + 60
        while len(started) < children:
            assert time.time() < deadline and process.poll() is None, "it ended before it started its workers"
            time.sleep(0.05)
            started = children_of(process.pid)
        time.sleep(0.5)
        started = sorted(set(started) | set(children_of(process.pid)))
        process.send_signal(signal.SIGKILL)
        process.wait()
        deadline = time.time() + 10
        while any(alive(pid) for pid in started) and time.time() < deadline:
            time.sleep(0.05)
        return [pid for pid in started if alive(pid)]
    finally:
        process.kill()
        for pid in started:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
