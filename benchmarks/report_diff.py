"""Reports before and after a change: dump them for a fixed article set, then compare two dumps.

    python benchmarks/report_diff.py dump --out /tmp/before.jsonl [--limit 200]
    python benchmarks/report_diff.py compare /tmp/before.jsonl /tmp/after.jsonl

The set is the example and every 11th article of ../shared/data/bbc-news.jsonl (the first
``--limit``). Timings are left out of the dumps; ``compare`` lists, per report section, how many
reports differ and shows the first differences.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc-news.jsonl"
EXAMPLE = ROOT / "examples" / "syria-jets.txt"


def articles(limit: int):
    import newsprobe

    yield newsprobe.read(EXAMPLE)
    with BBC.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 11 == 0:
                yield newsprobe.from_record(json.loads(line), input_name=f"bbc:{number}")
                limit -= 1
                if not limit:
                    return


def dump(out: Path, limit: int) -> None:
    import newsprobe

    with out.open("w", encoding="utf-8") as handle:
        for article in articles(limit):
            report = newsprobe.analyze(article).to_dict()
            report.pop("timings", None)
            handle.write(json.dumps(report, ensure_ascii=False, sort_keys=True) + "\n")


def compare(before: Path, after: Path, show: int) -> int:
    old = [json.loads(line) for line in before.open(encoding="utf-8")]
    new = [json.loads(line) for line in after.open(encoding="utf-8")]
    if len(old) != len(new):
        print(f"{len(old)} reports before, {len(new)} after")
        return 1
    differing: Counter[str] = Counter()
    shown = 0
    for a, b in zip(old, new, strict=True):
        for section in sorted(set(a) | set(b)):
            if a.get(section) != b.get(section):
                differing[section] += 1
                if shown < show:
                    shown += 1
                    print(f"--- {a['article'].get('input')} · {section}\n  before: {json.dumps(a.get(section))[:600]}\n"
                          f"  after:  {json.dumps(b.get(section))[:600]}")
    print(f"{len(old)} reports; sections that differ: " + (", ".join(f"{k} {v}" for k, v in differing.most_common()) or "none"))
    return 1 if differing else 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--limit", type=int, default=200)
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    c.add_argument("--show", type=int, default=10)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.out, args.limit)
    else:
        sys.exit(compare(args.before, args.after, args.show))


if __name__ == "__main__":
    main()
