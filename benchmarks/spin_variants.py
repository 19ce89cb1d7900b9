"""Spin model against spinner variants it was not trained on.

    python benchmarks/spin_variants.py [--documents 300]

Held-out documents (``training/synth.py held_out``) scored unspun and spun at 15 % and 30 % by
variants of the WordNet spinner: synonyms of the first sense only, of all senses, and single-word
synonyms only (the shipped model was trained on the first two senses, multi-word lemmas included).
Prints the AUC of spun against unspun for each. Needs Debian's wordnet-base.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from training.spin import auc  # noqa: E402
from training.synth import Spinner, bbc, fnc, held_out, polnear  # noqa: E402

from newsprobe.spin.model import default_model  # noqa: E402
from newsprobe.text import ArticleText  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=300)
    args = parser.parse_args(argv)
    model = default_model()
    docs = [d for d in bbc() + fnc() + polnear("train") if held_out(d.story) and len(d.paragraphs) >= 2][: args.documents]
    spinner, rng = Spinner(), random.Random(3)
    def score(text: str) -> float:
        return model.assess(ArticleText.from_string(text).words, text).score

    unspun = [score("\n\n".join(d.paragraphs[:10])) for d in docs]
    variants = {
        "first sense": lambda w: [x for sense in spinner.senses.get(w.lower(), [])[:1] for x in sense],
        "all senses": lambda w: [x for sense in spinner.senses.get(w.lower(), []) for x in sense],
        "single words only": lambda w: [x for sense in spinner.senses.get(w.lower(), [])[:2] for x in sense if " " not in x],
    }
    for name, synonyms in variants.items():
        spinner.synonyms = lambda word, inflect=False, synonyms=synonyms: synonyms(word)
        for rate in (0.15, 0.3):
            spun = [score("\n\n".join(spinner.spin(p, rate, rng)[0] for p in d.paragraphs[:10])) for d in docs]
            print(f"{name}, {rate:.0%}: AUC {auc(unspun, spun):.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
