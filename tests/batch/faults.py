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

SEED = int(os.environ.get("NEWSPROBE_FAULT_SEED", "13"))


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
