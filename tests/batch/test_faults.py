"""Fault injection: a batch killed with SIGKILL at random points, again and again, then resumed,
writes exactly what an uninterrupted run writes."""

import json
import subprocess
import sys

from newsprobe.batch import run_batch
from newsprobe.readers import DEFAULT_MAX_BYTES

from .faults import SEED, killed_at_random_points
from .test_batch import article, read_rows, without_timings


def test_a_batch_killed_again_and_again_then_resumed_equals_an_uninterrupted_run(tmp_path):
    path = tmp_path / "in.jsonl"
    # Enough chunks that three kills, each up to two chunks and half a second late, cannot reach the end.
    lines = [json.dumps(article(i)) for i in range(40)]
    lines[7:7] = ["{not json", json.dumps({"id": "empty", "title": "t", "text": " "})]
    path.write_text("\n".join(lines) + "\n")
    reference = tmp_path / "reference.jsonl"
    run_batch([str(path)], reference, max_bytes=DEFAULT_MAX_BYTES, chunk_size=2)

    out = tmp_path / "out.jsonl"
    manifest = tmp_path / "out.jsonl.parts" / "manifest.jsonl"
    command = [sys.executable, "-m", "newsprobe", "batch", str(path), "-o", str(out), "--chunk-size", "2", "--resume"]
    killed_at_random_points(command, lambda: len(manifest.read_text().splitlines()) if manifest.exists() else 0, kills=3)
    assert not out.exists(), f"the run finished before its last kill (seed {SEED})"
    subprocess.run(command, check=True, capture_output=True)
    assert without_timings(read_rows(out)) == without_timings(read_rows(reference)), f"seed {SEED}"
