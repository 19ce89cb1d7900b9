"""FNC-1 stance benchmark: predict with newsprobe's stance model, score like the competition.

    python benchmarks/fnc1.py predict --stances S.csv --bodies B.csv --out P.csv
    python benchmarks/fnc1.py score --gold G.csv --pred P.csv

S has columns Headline, Body ID (a Stance column may be present, blank or
absent); P gets Headline, Body ID, Stance in S's row order. The score is the
FNC-1 weighted accuracy as a percentage of the best possible, with macro-F1,
per-class F1 and the confusion matrix.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

import numpy as np

LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED = LABELS[:3]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_bodies(path: Path) -> dict[str, str]:
    return {row["Body ID"]: row["articleBody"] for row in read_csv(path)}


def fnc_score(gold: list[str], pred: list[str]) -> float:
    """Competition score: 0.25 for related/unrelated right, 0.75 more for the right related label."""
    score = best = 0.0
    for g, p in zip(gold, pred):
        best += 0.25 if g == "unrelated" else 1.0
        if g == p:
            score += 0.25
            if g != "unrelated":
                score += 0.5
        if g in RELATED and p in RELATED:
            score += 0.25
    return 100 * score / best if best else 0.0


def metrics(gold: list[str], pred: list[str]) -> dict:
    confusion = np.zeros((len(LABELS), len(LABELS)), dtype=int)
    for g, p in zip(gold, pred):
        confusion[LABELS.index(g), LABELS.index(p)] += 1
    f1 = {}
    for i, label in enumerate(LABELS):
        tp = confusion[i, i]
        precision = tp / confusion[:, i].sum() if confusion[:, i].sum() else 0.0
        recall = tp / confusion[i].sum() if confusion[i].sum() else 0.0
        f1[label] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "fnc": fnc_score(gold, pred),
        "macro_f1": float(np.mean(list(f1.values()))),
        "f1": f1,
        "confusion": confusion.tolist(),
    }


def print_metrics(result: dict, title: str = "") -> None:
    if title:
        print(title)
    print(f"FNC score: {result['fnc']:.2f}   macro-F1: {result['macro_f1']:.3f}")
    print("per-class F1: " + "  ".join(f"{label} {result['f1'][label]:.3f}" for label in LABELS))
    print("confusion (rows gold, columns predicted: " + ", ".join(LABELS) + ")")
    for label, row in zip(LABELS, result["confusion"]):
        print(f"  {label:<10}" + "".join(f"{n:>8}" for n in row))


def predict(stances: Path, bodies_path: Path, out: Path) -> None:
    from newsprobe.headline import default_model
    from newsprobe.headline.model import sentence_split

    rows = read_csv(stances)
    bodies = read_bodies(bodies_path)
    missing = sorted({r["Body ID"] for r in rows} - set(bodies))
    if missing:
        raise SystemExit(f"{stances}: {len(missing)} Body IDs have no body in {bodies_path} (first: {missing[0]})")
    started = time.perf_counter()
    model = default_model()
    probabilities = model.predict([(r["Headline"], r["Body ID"]) for r in rows], sentence_split(bodies))
    labels = model.decide(probabilities)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Headline", "Body ID", "Stance"])
        for row, label in zip(rows, labels):
            writer.writerow([row["Headline"], row["Body ID"], label])
    elapsed = time.perf_counter() - started
    print(f"predicted {len(rows)} pairs in {elapsed:.1f}s ({len(rows) / elapsed:.0f} pairs/s) -> {out}")


def score(gold_path: Path, pred_path: Path) -> dict:
    gold = read_csv(gold_path)
    pred = read_csv(pred_path)
    if len(gold) != len(pred):
        raise SystemExit(f"{pred_path}: {len(pred)} rows, but {gold_path} has {len(gold)}")
    for i, (g, p) in enumerate(zip(gold, pred), start=2):
        if (g["Headline"], g["Body ID"]) != (p["Headline"], p["Body ID"]):
            raise SystemExit(f"{pred_path}:{i}: row does not match {gold_path} (rows must be in the same order)")
    result = metrics([g["Stance"] for g in gold], [p["Stance"] for p in pred])
    print_metrics(result)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("predict")
    p.add_argument("--stances", type=Path, required=True)
    p.add_argument("--bodies", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    s = commands.add_parser("score")
    s.add_argument("--gold", type=Path, required=True)
    s.add_argument("--pred", type=Path, required=True)
    args = parser.parse_args(argv)
    for path in (args.stances, args.bodies) if args.command == "predict" else (args.gold, args.pred):
        if not path.is_file():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
    if args.command == "predict":
        predict(args.stances, args.bodies, args.out)
    else:
        score(args.gold, args.pred)
    return 0


if __name__ == "__main__":
    sys.exit(main())
