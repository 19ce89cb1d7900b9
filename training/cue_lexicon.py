"""Rebuild ``src/newsprobe/data/cue_lexicon.json``: which verbs introduce attributions.

    python training/cue_lexicon.py [--polnear ../shared/data/polnear]

For every verb lemma in PolNeAR *train* it counts how often the verb heads an
annotated cue against how often it occurs, then keeps lemmas seen as a cue at
least ``MIN_CUES`` times with a cue rate of at least the threshold. The
threshold is chosen on *dev* by the mean exact-span F1 of source, cue and
content of the whole extractor. Deterministic: same data, same file.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

import polnear  # noqa: E402

from newsprobe.analyzers import attribution  # noqa: E402
from newsprobe.analyzers.cues import LEXICON_PATH, SPEECH  # noqa: E402
from newsprobe.nlp import get_nlp  # noqa: E402
from newsprobe.report import SCHEMA_VERSION  # noqa: E402

# A lemma needs this many annotated cues in train to be trusted at all.
MIN_CUES = 3
THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)


def parse(split: Path):
    nlp = get_nlp()
    texts = polnear.texts(split)
    return texts, dict(zip(texts, nlp.pipe(texts.values(), batch_size=16)))


def cue_rates(split: Path, texts, docs) -> dict[str, tuple[int, int]]:
    cues: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for stem, doc in docs.items():
        starts = set()
        for relation in polnear.gold(split, stem):
            for s, e in relation.get("cue", []):
                starts.update(range(s, e))
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass") and tok.is_alpha:
                lemma = tok.lemma_.lower()
                seen[lemma] += 1
                if tok.idx in starts:
                    cues[lemma] += 1
    return {lemma: (cues[lemma], seen[lemma]) for lemma in cues}


def evaluate(split: Path, texts, docs, lexicon: frozenset[str]) -> dict[str, float]:
    out = Path(tempfile.gettempdir()) / "newsprobe-cue-lexicon-dev.jsonl"
    polnear.write_predictions(texts, docs.values(), out, lexicon)
    scores = polnear.score(split, out)
    return {role: scores[f"{role}_exact"]["f1"] for role in polnear.ROLES}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--polnear", type=Path, default=ROOT.parent / "shared" / "data" / "polnear")
    args = parser.parse_args()
    if not (args.polnear / "train" / "text").is_dir():
        print(f"{args.polnear}: PolNeAR not found (expected train/ and dev/ inside)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    train_texts, train_docs = parse(args.polnear / "train")
    rates = cue_rates(args.polnear / "train", train_texts, train_docs)
    dev_texts, dev_docs = parse(args.polnear / "dev")
    best = None
    for threshold in THRESHOLDS:
        lemmas = frozenset(l for l, (c, n) in rates.items() if c >= MIN_CUES and c / n >= threshold)
        print(f"threshold {threshold}: {len(lemmas)} lemmas")
        f1 = evaluate(args.polnear / "dev", dev_texts, dev_docs, lemmas | SPEECH)
        mean = sum(f1.values()) / len(f1)
        if best is None or mean > best[0]:
            best = (mean, threshold, lemmas, f1)
    mean, threshold, lemmas, f1 = best
    artifact = {
        "schema": SCHEMA_VERSION,
        "built_from": "PolNeAR train (cue rates), dev (threshold)",
        "min_cues": MIN_CUES,
        "threshold": threshold,
        "dev_exact_f1": {k: round(v, 4) for k, v in f1.items()},
        "lemmas": {l: list(rates[l]) for l in sorted(lemmas)},
    }
    LEXICON_PATH.write_text(json.dumps(artifact, indent=1) + "\n")
    print(f"chose threshold {threshold} ({len(lemmas)} lemmas, dev exact F1 {f1}) in "
          f"{time.perf_counter() - started:.0f}s -> {LEXICON_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
