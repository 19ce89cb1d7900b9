"""Reference-index scale: build rate, size per document and lookup latency at 10k, 100k and 1M documents.

    python benchmarks/provenance.py [--sizes 10000 100000 1000000] [--out /tmp/newsprobe-scale]

Documents are synthetic, assembled from real sentences of ../shared/data: each takes
8–20 random sentences and replaces one word in three with another word of the corpus,
so documents share phrases the way news does without being copies. Each size is
built with ``newsprobe index build`` (timed end to end: reading JSONL, normalising,
hashing, committing) and its peak memory recorded. Lookup: 200 articles of 3–6
paragraphs taken from indexed documents (half spun at 30 % with random words),
traced with ``ReferenceIndex.find_sources`` as ``check --index`` does, in a fresh
process with a cold page cache for the index only as far as the OS allows.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

SEED = 5
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def sentences() -> list[str]:
    from training.synth import bbc, fnc, polnear

    out = []
    for doc in bbc() + fnc() + polnear("train"):
        for paragraph in doc.paragraphs:
            out += [s for s in SENTENCE.split(paragraph) if 6 <= len(s.split()) <= 60]
    return out


def write_corpus(path: Path, n: int, pool: list[str], vocabulary: list[str]) -> None:
    rng = random.Random(SEED)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            paragraphs = []
            for _ in range(rng.randint(3, 6)):
                text = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 4)))
                paragraphs.append(" ".join(w if rng.random() > 1 / 3 else rng.choice(vocabulary) for w in text.split()))
            handle.write(json.dumps({"id": f"doc-{i}", "title": f"Document {i}", "text": "\n\n".join(paragraphs)}) + "\n")


def build(corpus: Path, index: Path) -> dict:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", "import resource, sys; from newsprobe.cli import main; sys.argv = ['newsprobe', 'index', 'build', '--index', "
         f"{str(index)!r}, {str(corpus)!r}]\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
         "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"],
        capture_output=True, text=True, check=True,
    )
    seconds = time.perf_counter() - started
    peak_kib = int(proc.stderr.strip().splitlines()[-1])
    return {"build_s": round(seconds, 1), "build_peak_mib": round(peak_kib / 1024)}


def lookup(index: Path, corpus: Path, n_docs: int, vocabulary: list[str]) -> dict:
    """Latency per article, in a child process so its memory is its own."""
    code = f"""
import json, random, resource, sys, time
import numpy as np
from newsprobe.index import ReferenceIndex
from newsprobe.text import paragraph_spans
rng = random.Random({SEED})
wanted = set(rng.sample(range({n_docs}), 800))
docs = []
with open({str(corpus)!r}, encoding="utf-8") as lines:
    for i, line in enumerate(lines):
        if i in wanted:
            docs.append(json.loads(line)["text"].split("\\n\\n"))
vocabulary = {vocabulary[:2000]!r}
index = ReferenceIndex.open({str(index)!r})
latencies, found = [], 0
for k in range(200):
    paragraphs = [rng.choice(rng.choice(docs)) for _ in range(rng.randint(3, 6))]
    if k % 2:
        paragraphs = [" ".join(w if rng.random() > 0.15 else rng.choice(vocabulary) for w in p.split()) for p in paragraphs]
    body = "\\n\\n".join(paragraphs)
    started = time.perf_counter()
    result = index.find_sources(body, paragraph_spans(body))
    latencies.append(time.perf_counter() - started)
    found += sum(1 for r in result if r)
print(json.dumps({{"lookup_p50_ms": round(1000 * float(np.median(latencies[10:])), 1),
                  "lookup_p95_ms": round(1000 * float(np.percentile(latencies[10:], 95)), 1),
                  "paragraphs_traced": found,
                  "lookup_peak_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}}))
"""
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsprobe-scale"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    pool = sentences()
    vocabulary = sorted({w for s in pool[:20000] for w in s.split() if w.isalpha()})
    rows = []
    for n in args.sizes:
        corpus = args.out / f"docs-{n}.jsonl"
        if not corpus.exists():
            write_corpus(corpus, n, pool, vocabulary)
        index = args.out / f"index-{n}.sqlite"
        row = {"documents": n, **build(corpus, index)}
        row["docs_per_s"] = round(n / row["build_s"])
        row["bytes_per_doc"] = round(index.stat().st_size / n)
        row.update(lookup(index, corpus, n, vocabulary))
        rows.append(row)
        print(json.dumps(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
