"""Load on `newsprobe serve`: requests/s and latency at concurrency 1 and 8, 1 KB and 8 KB articles.

    python benchmarks/server_load.py [--requests 40] [--workers 1]

Starts the server on loopback (a free port), drives POST /api/v1/check with
httpx from concurrent clients, bounded in count and time, and reports memory
per worker process. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc-news.jsonl"
MAX_SECONDS_PER_RUN = 300


def articles_of_size(target: int, count: int) -> list[dict]:
    """Distinct real articles (BBC News, else the example) cut at a sentence end near ``target`` bytes."""
    if BBC.exists():
        with BBC.open(encoding="utf-8") as lines:
            texts = [(r["title"], r["text"]) for r in map(json.loads, lines)]
    else:
        title, body = (ROOT / "examples" / "syria-jets.txt").read_text(encoding="utf-8").split("\n", 1)
        texts = [(title, body * (1 + target // len(body)))]
    long_enough = [(t, x) for t, x in texts if len(x.encode()) >= target]
    out = []
    for title, text in long_enough[:count]:
        cut = text.encode()[:target].decode(errors="ignore")
        out.append({"title": title, "text": cut[: cut.rfind(". ") + 1] or cut})
    return [out[i % len(out)] for i in range(count)]


async def drive(url: str, payloads: list[dict], concurrency: int) -> dict:
    latencies: list[float] = []
    errors = 0
    queue = list(payloads)
    deadline = time.monotonic() + MAX_SECONDS_PER_RUN

    async def client_loop(client: httpx.AsyncClient):
        nonlocal errors
        while queue and time.monotonic() < deadline:
            payload = queue.pop()
            started = time.perf_counter()
            response = await client.post(url, json=payload)
            latencies.append(time.perf_counter() - started)
            errors += response.status_code != 200

    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=120) as client:
        await asyncio.gather(*(client_loop(client) for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p95_ms": 1000 * latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))],
    }


def worker_memory_mib(parent: int) -> list[float]:
    """Resident memory of the server process and its children (the workers), from /proc."""
    pids = [parent] + [int(p) for p in Path(f"/proc/{parent}/task/{parent}/children").read_text().split()]
    sizes = []
    for pid in pids:
        status = Path(f"/proc/{pid}/status").read_text()
        rss = next(line for line in status.splitlines() if line.startswith("VmRSS:"))
        sizes.append(int(rss.split()[1]) / 1024)
    return sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=40, help="requests per (size, concurrency) run")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    store = Path(tempfile.mkdtemp()) / "reports.sqlite"
    server = subprocess.Popen(
        [sys.executable, "-m", "newsprobe", "serve", "--port", str(port), "--workers", str(args.workers), "--store", str(store)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 120
        while True:
            try:
                if httpx.get(base + "/api/v1/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.time() > deadline or server.poll() is not None:
                print("server did not start", file=sys.stderr)
                return 1
            time.sleep(0.5)
        print(f"server: {args.workers} worker(s), cores: {os.cpu_count()}")
        print(f"{'size':>5} {'conc':>4} {'requests':>8} {'errors':>6} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8}")
        for size in (1024, 8192):
            payloads = articles_of_size(size, args.requests)
            # warm-up so that every worker has loaded its models
            asyncio.run(drive(base + "/api/v1/check", payloads[:max(2, args.workers * 2)], args.workers))
            for concurrency in (1, 8):
                result = asyncio.run(drive(base + "/api/v1/check", list(payloads), concurrency))
                print(f"{size // 1024:>4}K {concurrency:>4} {result['requests']:>8} {result['errors']:>6} "
                      f"{result['rps']:>7.1f} {result['p50_ms']:>8.0f} {result['p95_ms']:>8.0f}")
        memory = worker_memory_mib(server.pid)
        print("resident memory (MiB): " + ", ".join(f"{m:.0f}" for m in memory) + " (server process first, then workers)")
    finally:
        server.terminate()
        server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
