"""Provenance, stitching and spin on built articles, through the commands users run.

    python benchmarks/provenance_quality.py [--out /tmp/newsprobe-provenance] [--per-kind 100]

1. Builds, from ../shared/data (needs Debian's wordnet-base for spinning):
   - ``index.jsonl``: every BBC News article, FNC-1 body and PolNeAR article (id, title, text);
   - ``articles.jsonl``: single-source articles and stitches of 3–5 different stories or of
     3–5 articles on one story, each unspun or with 15 % or 30 % of content words spun,
     from the held-out stories no newsprobe model trained on (training/synth.py);
   - ``gold.json``: each article's paragraphs before spinning, kind and spin level.
2. Runs ``newsprobe index build --index index.sqlite index.jsonl`` and
   ``newsprobe check --index index.sqlite --format jsonl articles.jsonl``.
3. Scores the reports like the acceptance test of issue #4: a reported source of a
   paragraph is correct when it holds at least half of the paragraph's word 3-grams
   (before spinning); recall counts every such document. Stitching AUC (different /
   same story against single-source) and spin AUC (30 % against unspun) use the
   reports' scores.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from training.synth import DATA, Spinner, bbc, build_article, fnc, held_out, polnear, spun, stories  # noqa: E402

from newsprobe.index.shingles import tokens  # noqa: E402
from newsprobe.text import normalize_text  # noqa: E402

NEWSPROBE = [sys.executable, "-m", "newsprobe"]
SEED = 11


def grams(text: str) -> set[tuple[str, ...]]:
    words = tokens(text)
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def build(out: Path, per_kind: int) -> None:
    docs = [d for d in bbc() + fnc() + polnear("train") + polnear("dev") if d.paragraphs]
    with (out / "index.jsonl").open("w", encoding="utf-8") as handle:
        for record in reference_records():
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    pool = [d for d in docs if held_out(d.story)]
    groups = stories(pool)
    rng = random.Random(SEED)
    spinner = Spinner()
    gold = {}
    with (out / "articles.jsonl").open("w", encoding="utf-8") as handle:
        for kind in ("single", "different", "same"):
            for n in range(per_kind):
                article = spun(build_article(kind, pool, groups, rng, f"{kind}-{n:03d}"), (0.0, 0.15, 0.3)[n % 3], spinner, rng)
                handle.write(json.dumps(article.record(), ensure_ascii=False) + "\n")
                gold[article.id] = {"kind": kind, "spin": article.spin, "paragraphs": article.originals,
                                    "published": article.paragraphs, "sources": article.sources}
    (out / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    print(f"built {len(gold)} articles from {len(pool)} held-out documents ({len(groups)} same-story groups)", file=sys.stderr)


def reference_records():
    """Every document of the shared corpora, whole, as the index's JSONL."""
    with (DATA / "bbc-news.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            yield {"id": r["id"], "title": r["title"], "text": r["text"]}
    import csv

    with (DATA / "fnc-1" / "train_bodies.csv").open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            yield {"id": f"fnc-{r['Body ID']}", "title": "", "text": r["articleBody"]}
    for split in ("train", "dev"):
        for path in sorted((DATA / "polnear" / split / "text").glob("*.txt")):
            title, _, text = path.read_text(encoding="utf-8").partition("\n")
            yield {"id": f"polnear-{path.stem}", "title": title.strip(), "text": text}


def run(out: Path) -> dict:
    timings = {}
    index = out / "index.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{index}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([*NEWSPROBE, "index", "build", "--index", str(index), str(out / "index.jsonl")], check=True)
    timings["index_build_s"] = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    with (out / "reports.jsonl").open("w", encoding="utf-8") as handle:
        subprocess.run([*NEWSPROBE, "check", "--index", str(index), "--format", "jsonl", str(out / "articles.jsonl")], stdout=handle, check=True)
    timings["check_s"] = round(time.perf_counter() - started, 1)
    return timings


def locate(body: str, paragraphs: list[str]) -> list[tuple[int, int]]:
    """Where each published paragraph is in the report's body (the reader normalises whitespace)."""
    spans, start = [], 0
    for paragraph in paragraphs:
        text = normalize_text(paragraph)
        start = body.index(text, start)
        spans.append((start, start + len(text)))
        start += len(text)
    return spans


def score(out: Path) -> dict:
    from sklearn.metrics import roc_auc_score

    gold = json.loads((out / "gold.json").read_text(encoding="utf-8"))
    holders: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for record in reference_records():
        for gram in grams(record["text"]):
            holders[gram].add(record["id"])
    counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    stitching, spin = defaultdict(list), defaultdict(list)
    stitched_serious, spun_serious = defaultdict(list), defaultdict(list)  # did the verdict give the serious reason?
    seen = set()
    for line in (out / "reports.jsonl").open(encoding="utf-8"):
        report = json.loads(line)
        article_id = report["article"]["id"]
        truth = gold[article_id]
        seen.add(article_id)
        spans = locate(report["article"]["body"], truth["published"])
        found = defaultdict(set)
        for match in report["provenance"]:
            for i, (start, end) in enumerate(spans):
                if match["span"][0] < end and match["span"][1] > start:
                    found[i].add(match["doc_id"])
        for i, original in enumerate(truth["paragraphs"]):
            g = grams(original)
            hits = defaultdict(int)
            for gram in g:
                for doc in holders.get(gram, ()):
                    hits[doc] += 1
            true = {doc for doc, n in hits.items() if n >= 0.5 * len(g)}
            c = counts[truth["spin"]]
            c["tp"] += len(true & found[i])
            c["fp"] += len(found[i] - true)
            c["fn"] += len(true - found[i])
        stitching[truth["kind"]].append(report["stitching"]["score"])
        spin[truth["spin"]].append(report["spin"]["score"])
        serious = {r["code"] for r in report["verdict"]["reasons"] if r["severity"] == "serious"}
        stitched_serious[truth["kind"]].append("stitched" in serious)
        spun_serious[truth["spin"]].append("spun-wording" in serious)
    assert seen == set(gold), "every article gets exactly one report"

    def prf(c):
        return {"precision": round(c["tp"] / max(1, c["tp"] + c["fp"]), 4), "recall": round(c["tp"] / max(1, c["tp"] + c["fn"]), 4), **c}

    total = {k: sum(c[k] for c in counts.values()) for k in ("tp", "fp", "fn")}

    def share(fired):
        return round(sum(fired) / len(fired), 3)

    def auc(negative, positive):
        return round(float(roc_auc_score([0] * len(negative) + [1] * len(positive), negative + positive)), 4)

    return {
        "articles": len(gold),
        "paragraph_sources": prf(total),
        "paragraph_sources_by_spin": {str(k): prf(c) for k, c in sorted(counts.items())},
        "stitching_auc_different": auc(stitching["single"], stitching["different"]),
        "stitching_auc_same": auc(stitching["single"], stitching["same"]),
        "spin_auc_30": auc(spin[0.0], spin[0.3]),
        "spin_auc_15": auc(spin[0.0], spin[0.15]),
        # How often the verdict's serious reasons fire, by kind, as the reports give them.
        "stitched_reason_rate": {kind: share(fired) for kind, fired in stitched_serious.items()},
        "spun_reason_rate": {str(rate): share(fired) for rate, fired in sorted(spun_serious.items())},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=Path("/tmp/newsprobe-provenance"))
    parser.add_argument("--per-kind", type=int, default=100, help="articles per kind (single, different, same)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    build(args.out, args.per_kind)
    result = {**run(args.out), **score(args.out)}
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
