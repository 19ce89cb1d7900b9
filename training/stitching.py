"""Rebuild the shipped stitching model in ``src/newsprobe/data/stitching/``.

    python training/stitching.py

Needs ../shared/data and Debian's wordnet-base (training/synth.py spins part of the articles).

1. Stories (a BBC or PolNeAR article; FNC-1 bodies sharing a headline claim) are split
   into training (85 %) and evaluation (15 %, ``synth.held_out``), so no story is in both.
2. Built articles (training/synth.py): single-source runs of 4–10 paragraphs, and stitches of
   3–5 documents, of different stories or of one story, each unspun or spun at 15 or 30 %.
3. Boundary model: LightGBM on every paragraph boundary, label = the source changes there.
   Its out-of-fold probabilities (2 folds) train the article model, LightGBM on pooled
   boundary probabilities and house-style mixes; the shipped boundary model sees all articles.
4. Figures on the evaluation stories: AUC of stitched (different / same story) against
   single-source articles, by spin level, written to meta.json.

Deterministic: fixed seeds, one thread for the trees.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from training.spin import GBDT_PARAMS, auc  # noqa: E402
from training.synth import Spinner, bbc, build_article, fnc, held_out, polnear, spun, stories, write_meta  # noqa: E402

from newsprobe.stitching.features import ARTICLE_FEATURES, BOUNDARY_FEATURES, article_features, boundary_features  # noqa: E402
from newsprobe.stitching.model import ARTIFACT, StitchModel  # noqa: E402

SEED = 0
ARTICLES_PER_KIND = 3000  # training articles per kind (single, different, same), spread over spin levels
EVAL_PER_KIND = 300
SPIN_RATES = (0.0, 0.15, 0.3)
# Boundaries at or above this probability are shown as evidence (about one in five
# single-source paragraph breaks of the evaluation articles reaches it; most source changes do).
BOUNDARY_THRESHOLD = 0.3
# The verdict's stitching reason is serious above this share of single-source evaluation
# articles' scores, minor above the lower one: about 3 % and 10 % of single-source articles get one.
SERIOUS_QUANTILE = 0.97
MINOR_QUANTILE = 0.90
BOUNDARY_PARAMS = {**GBDT_PARAMS, "min_data_in_leaf": 50}  # the spin trainer's trees, larger leaves
ARTICLE_PARAMS = {**BOUNDARY_PARAMS, "num_leaves": 7, "min_data_in_leaf": 30}
ROUNDS = 300


def build_set(docs, per_kind: int, spinner: Spinner, rng: random.Random, tag: str):
    groups = stories(docs)
    built = []
    for kind in ("single", "different", "same"):
        for n in range(per_kind):
            article = build_article(kind, docs, groups, rng, f"{tag}-{kind}-{n}")
            built.append(spun(article, SPIN_RATES[n % len(SPIN_RATES)], spinner, rng))
    return built


def boundary_data(articles):
    rows, labels, owner = [], [], []
    for k, a in enumerate(articles):
        r = boundary_features(a.paragraphs)
        rows.append(r)
        labels += [int(a.sources[i] != a.sources[i - 1]) for i in range(1, len(a.paragraphs))]
        owner += [k] * len(r)
    return np.vstack(rows), np.array(labels), np.array(owner)


def main() -> int:
    import lightgbm as lgb

    started = time.time()
    rng = random.Random(SEED)
    docs = [d for d in bbc() + fnc() + polnear("train") if d.paragraphs]
    train_docs = [d for d in docs if not held_out(d.story)]
    eval_docs = [d for d in docs if held_out(d.story)]
    spinner = Spinner()
    train = build_set(train_docs, ARTICLES_PER_KIND, spinner, rng, "train")
    X, y, owner = boundary_data(train)
    print(f"{len(train)} training articles, {len(y):,} boundaries ({y.mean():.0%} source changes), {time.time() - started:.0f} s", flush=True)

    # Out-of-fold boundary probabilities for the article model.
    fold = np.array([k % 2 for k in owner])
    oof = np.zeros(len(y))
    for f in (0, 1):
        model = lgb.train(BOUNDARY_PARAMS, lgb.Dataset(X[fold != f], y[fold != f], feature_name=list(BOUNDARY_FEATURES)), ROUNDS)
        oof[fold == f] = model.predict(X[fold == f])
    boundary = lgb.train(BOUNDARY_PARAMS, lgb.Dataset(X, y, feature_name=list(BOUNDARY_FEATURES)), ROUNDS)

    A = np.array([article_features(oof[owner == k], X[owner == k], a.paragraphs) for k, a in enumerate(train)])
    ya = np.array([int(a.kind != "single") for a in train])
    article = lgb.train(ARTICLE_PARAMS, lgb.Dataset(A, ya, feature_name=list(ARTICLE_FEATURES)), ROUNDS)

    model = StitchModel(boundary, article, BOUNDARY_THRESHOLD)
    evaluation = build_set(eval_docs, EVAL_PER_KIND, spinner, rng, "eval")
    scores = {}
    for a in evaluation:
        scores.setdefault((a.kind, a.spin), []).append(model.assess(a.paragraphs).score)
    figures = {}
    for kind in ("different", "same"):
        single = [s for (k, _), v in scores.items() if k == "single" for s in v]
        stitched = [s for (k, _), v in scores.items() if k == kind for s in v]
        figures[f"auc_{kind}"] = round(auc(single, stitched), 4)
        for rate in SPIN_RATES:
            figures[f"auc_{kind}_spin{int(rate * 100)}"] = round(auc(scores[("single", rate)], scores[(kind, rate)]), 4)
    # Same-story stitches are all FNC-1 bodies: against FNC-1 single-source articles only,
    # house style cannot tell them apart.
    fnc_single = []
    for n in range(EVAL_PER_KIND):
        a = build_article("single", eval_docs, [], rng, f"eval-fnc-{n}", corpus="fnc")
        fnc_single.append(model.assess(a.paragraphs).score)
    figures["auc_same_vs_fnc_single"] = round(auc(fnc_single, [s for (k, _), v in scores.items() if k == "same" for s in v]), 4)
    figures["eval_articles"] = len(evaluation)
    single = np.array([s for (k, _), v in scores.items() if k == "single" for s in v])
    reason_scores = {"serious": round(float(np.quantile(single, SERIOUS_QUANTILE)), 3),
                     "minor": round(float(np.quantile(single, MINOR_QUANTILE)), 3)}
    for kind in ("different", "same"):
        stitched = np.array([s for (k, _), v in scores.items() if k == kind for s in v])
        figures[f"serious_reason_share_{kind}"] = round(float((stitched >= reason_scores["serious"]).mean()), 3)
    print(figures, flush=True)

    directory = ARTIFACT.directory
    directory.mkdir(parents=True, exist_ok=True)
    boundary.save_model(str(directory / "boundary.txt"))
    article.save_model(str(directory / "article.txt"))
    write_meta(
        directory, started, boundary_features=list(BOUNDARY_FEATURES), article_features=list(ARTICLE_FEATURES),
        boundary_threshold=BOUNDARY_THRESHOLD, reason_scores=reason_scores, figures=figures,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
