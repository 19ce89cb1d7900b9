"""Throughput of ``analyze()`` against the spaCy pipeline alone, and peak memory of one ``newsprobe check``.

    python benchmarks/throughput.py [--data ../shared/data/bbc-news.jsonl] [--limit 500] [--quotes accurate]

Both timings run in this one process over the same texts, one document at a
time (as ``check`` does), interleaved article by article so that neither side
gets warmer caches, after one warm-up document; reading is not timed.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "bbc-news.jsonl"


def load_articles(path: Path, limit: int):
    from newsprobe import from_record

    articles = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            articles.append(from_record(json.loads(line), input_name=str(path)))
            if len(articles) == limit:
                break
    return articles


def peak_memory_of_check(example: Path) -> float:
    """Peak resident memory (MiB) of `newsprobe check` on one article, as a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run([sys.executable, "-m", "newsprobe", "check", str(example), "--format", "json"],
                   check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(before, after) / 1024


def main() -> int:
    from newsprobe.quotes.tagger import MODES, use_quote_mode

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--quotes", choices=MODES, default=None, help="quote mode (default: $NEWSPROBE_QUOTES or fast)")
    args = parser.parse_args()
    use_quote_mode(args.quotes)  # through the environment: the memory check's child process inherits it
    if not args.data.exists():
        print(f"{args.data}: not found (pass --data with a JSONL file of articles)", file=sys.stderr)
        return 2

    from newsprobe import analyze
    from newsprobe.nlp import get_nlp

    articles = load_articles(args.data, args.limit)
    nlp = get_nlp()
    analyze(articles[0])  # warm-up: loads the pipeline and artifacts once
    characters = sum(len(a.body) for a in articles)

    spacy_seconds = analyze_seconds = own_seconds = 0.0
    steps: dict[str, float] = {}
    for article in articles:
        started = time.perf_counter()
        nlp(article.body)
        middle = time.perf_counter()
        report = analyze(article)
        spacy_seconds += middle - started
        analyze_seconds += time.perf_counter() - middle
        own_seconds += report.timings["total"] - report.timings["parse"] - report.timings["load"]
        for step, seconds in report.timings.items():
            steps[step] = steps.get(step, 0.0) + seconds

    memory = peak_memory_of_check(ROOT / "examples" / "syria-jets.txt")
    print(f"articles: {len(articles)} ({characters / len(articles):.0f} characters on average) from {args.data.name}")
    print(f"spaCy pipeline alone: {len(articles) / spacy_seconds:.1f} articles/s")
    print(f"analyze():            {len(articles) / analyze_seconds:.1f} articles/s")
    print(f"cost relative to spaCy alone: {analyze_seconds / spacy_seconds:.2f}x (target <= 1.5x)")
    print(f"newsprobe's own work beyond the parse: {1000 * own_seconds / len(articles):.1f} ms/article")
    print("ms/article by step:", ", ".join(f"{step} {1000 * s / len(articles):.1f}" for step, s in steps.items() if step != "load"))
    print(f"peak memory of `newsprobe check` on one article: {memory:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
