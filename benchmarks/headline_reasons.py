"""How often real, edited news gets headline reasons: stances and verdict reasons on BBC News.

    python benchmarks/headline_reasons.py [--every 7]

Runs ``analyze()`` on every N-th article of ``bbc-news.jsonl`` (professionally edited news, so
serious reasons there are false alarms or headlinese) and counts stances, labels and reasons by
severity. Used to calibrate the headline reasons' severity rules (docs/stance.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

BBC = Path(__file__).resolve().parents[2] / "shared" / "data" / "bbc-news.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=BBC)
    parser.add_argument("--every", type=int, default=7)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"{args.data}: not found", file=sys.stderr)
        return 2
    import newsprobe

    stances, labels, reasons = Counter(), Counter(), Counter()
    articles = 0
    with args.data.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % args.every:
                continue
            report = newsprobe.analyze(newsprobe.from_record(json.loads(line)))
            articles += 1
            stances[report.headline.stance] += 1
            labels[report.verdict.label] += 1
            reasons.update(f"{r.code} ({r.severity})" for r in report.verdict.reasons)
    print(f"{articles} articles (every {args.every}th of {args.data.name})")
    for title, counter in (("stance", stances), ("verdict", labels), ("reason", reasons)):
        print(f"{title}: " + ", ".join(f"{k} {v} ({100 * v / articles:.1f} %)" for k, v in counter.most_common()))
    serious = sum(v for k, v in reasons.items() if k.startswith("headline") and k.endswith("(serious)"))
    print(f"serious headline reasons: {serious} ({100 * serious / articles:.1f} % of articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
