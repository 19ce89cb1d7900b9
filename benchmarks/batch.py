"""Batch throughput: 1 and 2 local workers, Dask-local, on BBC News JSONL and on a WARC.gz built from it.

    python benchmarks/batch.py [--limit 600] [--out /tmp/newsprobe-batch]

Also runs the acceptance scenario: a JSONL of real articles plus 20 bad records
(empty text, lines that are not JSON, 5 MB texts, non-English articles, records
without a text field), killed with SIGKILL part-way and resumed, and checks
that every input record has exactly one output row. Reports peak memory per
worker process.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc-news.jsonl"
FRENCH = ("Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au Parlement dans les "
          "prochaines semaines. Les syndicats ont appelé à une grève nationale pour protester contre cette décision.")


def bbc_records(limit: int) -> list[dict]:
    with BBC.open(encoding="utf-8") as lines:
        return [json.loads(line) for _, line in zip(range(limit), lines)]


def bad_lines(count: int = 20) -> list[str]:
    """Four of each kind of bad record."""
    kinds = [
        lambda i: json.dumps({"id": f"bad-empty-{i}", "title": "Empty", "text": ""}),
        lambda i: f"{{this is not json {i}",
        lambda i: json.dumps({"id": f"bad-huge-{i}", "title": "Huge", "text": "word " * (1024 * 1024)}),
        lambda i: json.dumps({"id": f"bad-french-{i}", "title": "Retraites", "text": FRENCH}),
        lambda i: json.dumps({"id": f"bad-notext-{i}", "title": "No text field"}),
    ]
    return [kinds[i % len(kinds)](i) for i in range(count)]


def write_jsonl(path: Path, records: list[dict], extra_lines: list[str] = ()) -> None:
    lines = [json.dumps(r) for r in records]
    step = max(len(lines) // (len(extra_lines) + 1), 1)
    for n, bad in enumerate(extra_lines):
        lines.insert((n + 1) * step + n, bad)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_warc(path: Path, records: list[dict]) -> None:
    """A gzipped WARC with, per article, its HTML response, a request record and a non-HTML response."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for record in records:
            url = f"https://news.example.org/{record['id']}"
            paragraphs = "".join(f"<p>{p}</p>" for p in record["text"].split("\n") if p.strip())
            html = (f"<html><head><title>{record['title']}</title></head><body><nav>Home | News</nav>"
                    f"<article><h1>{record['title']}</h1>{paragraphs}</article><footer>© Example</footer></body></html>").encode()
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            response = writer.create_warc_record(url, "response", payload=io.BytesIO(html), http_headers=headers)
            image_headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            image = writer.create_warc_record(url + ".png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image_headers)
            for item in (request, response, image):
                writer.write_record(item)


def newsprobe(*args: str) -> list[str]:
    return [sys.executable, "-m", "newsprobe", "batch", *args]


class PeakMemory:
    """Samples the resident memory of a process tree every 0.2 s; keeps each process's peak (MiB)."""

    def __init__(self, root: int):
        self.root, self.peaks, self._stop = root, {}, threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _tree(self) -> list[int]:
        pids, frontier = [], [self.root]
        while frontier:
            pid = frontier.pop()
            pids.append(pid)
            try:
                for task in Path(f"/proc/{pid}/task").iterdir():
                    frontier += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                pass
        return pids

    def _run(self):
        while not self._stop.is_set():
            for pid in self._tree():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    name = next(l.split()[1] for l in status.splitlines() if l.startswith("Name:"))
                    rss = int(next(l.split()[1] for l in status.splitlines() if l.startswith("VmRSS:"))) / 1024
                except (OSError, StopIteration):
                    continue
                self.peaks[(pid, name)] = max(self.peaks.get((pid, name), 0), rss)
            time.sleep(0.2)

    def stop(self) -> dict:
        self._stop.set()
        self.thread.join()
        return self.peaks


def timed_run(args: list[str]) -> tuple[float, dict]:
    started = time.perf_counter()
    process = subprocess.Popen(newsprobe(*args), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    memory = PeakMemory(process.pid)
    _, stderr = process.communicate()
    peaks = memory.stop()
    if process.returncode != 0:
        raise SystemExit(f"batch failed: {stderr}")
    return time.perf_counter() - started, peaks


def count_rows(path: Path) -> tuple[int, int, int]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    ids = [r["input"] for r in rows]
    return len(rows), sum(r["status"] == "error" for r in rows), len(ids) - len(set(ids))


def kill_and_resume(source: Path, out: Path, expected: int) -> None:
    process = subprocess.Popen(newsprobe(str(source), "-o", str(out), "--workers", "2"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    manifest = out.with_name(out.name + ".parts") / "manifest.jsonl"
    deadline = time.time() + 600
    while time.time() < deadline and (not manifest.exists() or len(manifest.read_text().splitlines()) < 10):
        time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    committed = len(manifest.read_text().splitlines())
    subprocess.run(newsprobe(str(source), "-o", str(out), "--workers", "2", "--resume"), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rows, errors, duplicates = count_rows(out)
    print(f"kill -9 after {committed} committed chunks, then --resume: {rows} rows (expected {expected}), "
          f"{errors} errors, {duplicates} duplicates")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=600, help="articles for the throughput runs")
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsprobe-batch"))
    args = parser.parse_args()
    if not BBC.exists():
        print(f"{BBC}: not found; the batch benchmark needs the shared BBC News data", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    records = bbc_records(args.limit)
    jsonl, warc = args.out / "bbc.jsonl", args.out / "bbc.warc.gz"
    write_jsonl(jsonl, records)
    write_warc(warc, records)
    print(f"{len(records)} BBC News articles; WARC.gz {warc.stat().st_size / 1e6:.1f} MB (3 records per article)")

    print(f"{'input':<9} {'mode':<22} {'seconds':>8} {'articles/s':>11} {'peak MiB, largest process':>22}")
    results = {}
    for name, source in (("jsonl", jsonl), ("warc.gz", warc)):
        for mode, extra in (("1 worker", ["--workers", "1"]), ("2 workers", ["--workers", "2"]), ("dask local, 2 workers", ["--workers", "2", "--dask", "local"])):
            out = args.out / f"out-{name}-{mode.replace(' ', '-').replace(',', '')}.jsonl"
            seconds, peaks = timed_run([str(source), "-o", str(out), *extra])
            rows, _, _ = count_rows(out)
            assert rows == len(records), f"{rows} rows for {len(records)} records"
            results[(name, mode)] = seconds
            print(f"{name:<9} {mode:<22} {seconds:>8.1f} {rows / seconds:>11.1f} {max(peaks.values()):>22.0f}")
        print(f"{name}: 2 workers are {results[(name, '1 worker')] / results[(name, '2 workers')]:.2f}x faster than 1; "
              f"Dask local takes {100 * (results[(name, 'dask local, 2 workers')] / results[(name, '2 workers')] - 1):+.0f} % "
              f"against 2 local workers")

    acceptance = args.out / "acceptance.jsonl"
    write_jsonl(acceptance, bbc_records(1980), bad_lines(20))
    kill_and_resume(acceptance, args.out / "acceptance-out.jsonl", 2000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
