"""The language check: how often English is refused, and how often other languages get through.

    python benchmarks/language.py [--outlets 1000] [--seed 0]

English: every BBC News article (../shared/data/bbc-news.jsonl) and a random sample of realnews
outlets (../shared/data/realnews/outlets.jsonl), as bodies, plus their headlines, first sentences
and first paragraphs read as short bodies. Other languages: spaCy's example sentences for each of
its languages, one by one, joined into a paragraph, and that paragraph repeated to a long text. Each text goes through ``detect_language``
as the readers call it; it prints the share refused (not English) and, for the calibration of
``MIN_ENGLISH_PROBABILITY``, the lowest English probability of an English text and the highest of
another language's, among texts with at least ``MIN_LETTERS`` letters.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"


def english_sets(outlets: int, seed: int) -> dict[str, list[str]]:
    bbc = [json.loads(line) for line in (DATA / "bbc-news.jsonl").open(encoding="utf-8")]
    sample = [json.loads(line) for line in (DATA / "realnews" / "outlets.jsonl").open(encoding="utf-8")]
    sample = random.Random(seed).sample(sample, min(outlets, len(sample)))
    sets = {}
    for name, records in (("BBC News", bbc), (f"realnews outlets (sample of {len(sample)})", sample)):
        sets[f"{name}: articles"] = [r["text"] for r in records]
        sets[f"{name}: headlines"] = [r["title"] for r in records if r.get("title")]
        sets[f"{name}: first sentences"] = [re.split(r"(?<=[.!?])\s", r["text"].strip())[0] for r in records]
        sets[f"{name}: first paragraphs"] = [r["text"].strip().split("\n\n")[0] for r in records]
    return sets


def other_sets() -> dict[str, list[tuple[str, str]]]:
    """(language, text) of spaCy's example sentences, alone and joined per language."""
    import spacy

    sentences, paragraphs = [], []
    for examples in sorted((Path(spacy.__file__).parent / "lang").glob("*/examples.py")):
        code = examples.parent.name
        if code in ("en", "xx"):
            continue
        found = importlib.import_module(f"spacy.lang.{code}.examples").sentences
        sentences += [(code, s) for s in found]
        paragraphs.append((code, " ".join(found)))
    long = [(code, " ".join([text] * (20_000 // len(text) + 1))) for code, text in paragraphs]
    return {"spaCy examples: sentences": sentences, "spaCy examples: one paragraph per language": paragraphs,
            "spaCy examples: the paragraph repeated to 20,000 characters": long}


def english_probability(text: str) -> float:
    from newsprobe.language import SAMPLE_CHARS, identifier

    return dict(identifier().rank(text[:SAMPLE_CHARS]))["en"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--outlets", type=int, default=1000, help="realnews outlets articles to sample")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    from newsprobe.language import MIN_ENGLISH_PROBABILITY, MIN_LETTERS, detect_language, identifier, letters

    identifier()
    print("| English texts | texts | refused | lowest P(en), 20+ letters | ms per text |\n|---|---:|---:|---:|---:|")
    for name, texts in english_sets(args.outlets, args.seed).items():
        started = time.perf_counter()
        refused = [t for t in texts if detect_language(t) not in (None, "en")]
        milliseconds = (time.perf_counter() - started) * 1000 / len(texts)
        lowest = min(english_probability(t) for t in texts if letters(t) >= MIN_LETTERS)
        print(f"| {name} | {len(texts):,} | {len(refused)} ({len(refused) / len(texts):.2%}) | {lowest:.4f} | {milliseconds:.2f} |")
    print(f"\n| other languages | texts | refused | highest P(en), {MIN_LETTERS}+ letters | P(en) < {MIN_ENGLISH_PROBABILITY} |\n"
          "|---|---:|---:|---:|---:|")
    for name, texts in other_sets().items():
        refused = [(code, t) for code, t in texts if detect_language(t) not in (None, "en")]
        measured = [english_probability(t) for _, t in texts if letters(t) >= MIN_LETTERS]
        under = sum(p < MIN_ENGLISH_PROBABILITY for p in measured) / len(measured)
        print(f"| {name} | {len(texts):,} | {len(refused)} ({len(refused) / len(texts):.1%}) | {max(measured):.4f} | {under:.0%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
