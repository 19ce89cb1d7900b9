"""Rebuild the shipped FNC-1 stance model in ``src/newsprobe/data/headline/``.

    python training/stance.py [--fnc ../shared/data/fnc-1]

1. Claim-grouped 5-fold cross-validation on the non-hold-out bodies (bodies and
   headlines joined by a related pair belong to one claim, so no claim is in
   two folds — the competition test set is about new claims). Its out-of-fold
   probabilities choose the decision weights.
2. Hold-out figures: train on the other bodies, measure on the 337 standard
   hold-out bodies.

Bodies are read as ``analyze()`` reads them: normalised and cut into the spaCy parse's sentences.
3. The shipped model: trained on all training pairs.

Deterministic: fixed seeds, one thread for the trees.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

import fnc1  # noqa: E402

from newsprobe.report import SCHEMA_VERSION  # noqa: E402
from newsprobe.headline.features import Vectorizer, features_for_pairs, tokenize  # noqa: E402
from newsprobe.headline.model import (  # noqa: E402
    ARTIFACT, LABELS, MODEL_FEATURES, TEXT_LABELS, StanceModel, sentence_split, text_probabilities,
)

SEED = 0
FOLDS = 5
GBDT_PARAMS = {
    "objective": "multiclass",
    "num_class": len(LABELS),
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 20,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "feature_fraction": 0.8,
    "seed": SEED,
    "deterministic": True,
    "force_row_wise": True,
    "num_threads": 1,
    "verbose": -1,
}
GBDT_ROUNDS = 400
TEXT_C = 1.0  # logistic-regression regularisation for the near-sentence text model
# Decision weights are searched on this grid (agree, disagree multipliers; discuss and unrelated 1).
AGREE_WEIGHTS = (1.0, 1.25, 1.5, 1.75, 2.0)
DISAGREE_WEIGHTS = (1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 10.0, 12.0, 15.0)
# ... keeping the FNC score within this many points of plain argmax.
MAX_FNC_LOSS = 1.0


def claim_groups(rows: list[dict]) -> np.ndarray:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for row in rows:
        if row["Stance"] != "unrelated":
            a, b = find("h:" + row["Headline"]), find("b:" + row["Body ID"])
            if a != b:
                parent[a] = b
    roots = sorted({find("b:" + r["Body ID"]) for r in rows})
    index = {root: i for i, root in enumerate(roots)}
    return np.array([index[find("b:" + r["Body ID"])] for r in rows])


def group_folds(groups: np.ndarray, folds: int) -> list[np.ndarray]:
    """Deterministic grouped folds: groups shuffled with the seed, dealt round-robin by size."""
    rng = np.random.default_rng(SEED)
    unique = rng.permutation(np.unique(groups))
    sizes = {g: int((groups == g).sum()) for g in unique}
    loads = [0] * folds
    members: list[list[int]] = [[] for _ in range(folds)]
    for g in sorted(unique, key=lambda g: -sizes[g]):
        k = int(np.argmin(loads))
        members[k].append(g)
        loads[k] += sizes[g]
    return [np.flatnonzero(np.isin(groups, m)) for m in members]


def fit_text_model(vectorizer: Vectorizer, near_tokens, y: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    related = np.flatnonzero(y != LABELS.index("unrelated"))
    model = LogisticRegression(C=TEXT_C, max_iter=500, class_weight="balanced", random_state=SEED)
    model.fit(vectorizer.transform([near_tokens[i] for i in related]), y[related])
    return model.coef_.astype(np.float32), model.intercept_.astype(np.float32)


def train(rows: list[dict], bodies: dict[str, tuple[str, list]], groups: np.ndarray) -> StanceModel:
    """Fit every part of the model on ``rows``; the text model's inputs to the trees are out-of-fold."""
    import lightgbm

    y = np.array([LABELS.index(r["Stance"]) for r in rows])
    used = {r["Body ID"] for r in rows}
    documents = [tokenize(bodies[b][0]) for b in sorted(used)] + [tokenize(h) for h in sorted({r["Headline"] for r in rows})]
    vectorizer = Vectorizer.fit(documents)
    features, near_tokens = features_for_pairs([(r["Headline"], r["Body ID"]) for r in rows], bodies, vectorizer)
    text_vectorizer = Vectorizer.fit(near_tokens, max_terms=50_000, min_df=3, stop=frozenset())

    stacked_text = np.zeros((len(rows), len(TEXT_LABELS)), dtype=np.float32)
    for fold in group_folds(groups, FOLDS - 1):
        rest = np.setdiff1d(np.arange(len(rows)), fold)
        coef, intercept = fit_text_model(text_vectorizer, [near_tokens[i] for i in rest], y[rest])
        stacked_text[fold] = text_probabilities(text_vectorizer, coef, intercept, [near_tokens[i] for i in fold])
    coef, intercept = fit_text_model(text_vectorizer, near_tokens, y)

    data = lightgbm.Dataset(np.hstack([features, stacked_text]), label=y, free_raw_data=False)
    booster = lightgbm.train(GBDT_PARAMS, data, num_boost_round=GBDT_ROUNDS)
    return StanceModel(vectorizer, text_vectorizer, coef, intercept, booster, np.ones(len(LABELS)), {})


def choose_weights(gold: list[str], probabilities: np.ndarray) -> tuple[np.ndarray, dict]:
    plain = fnc1.metrics(gold, [LABELS[i] for i in probabilities.argmax(axis=1)])
    best = (plain["macro_f1"], np.ones(len(LABELS)), plain)
    for a, d in itertools.product(AGREE_WEIGHTS, DISAGREE_WEIGHTS):
        weights = np.array([a, d, 1.0, 1.0])
        result = fnc1.metrics(gold, [LABELS[i] for i in (probabilities * weights).argmax(axis=1)])
        if result["fnc"] >= plain["fnc"] - MAX_FNC_LOSS and result["macro_f1"] > best[0]:
            best = (result["macro_f1"], weights, result)
    return best[1], best[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fnc", type=Path, default=ROOT.parent / "shared" / "data" / "fnc-1")
    args = parser.parse_args()
    if not (args.fnc / "train_stances.csv").is_file():
        print(f"{args.fnc}: FNC-1 training data not found", file=sys.stderr)
        return 2
    started = time.perf_counter()
    rows = fnc1.read_csv(args.fnc / "train_stances.csv")
    bodies = sentence_split(fnc1.read_bodies(args.fnc / "train_bodies.csv"))  # as analyze() sees them
    print(f"{len(bodies)} bodies parsed into sentences ({time.perf_counter() - started:.0f}s)", flush=True)
    holdout = set((args.fnc / "holdout_body_ids.txt").read_text().split())
    groups = claim_groups(rows)
    development = [i for i, r in enumerate(rows) if r["Body ID"] not in holdout]
    held_out = [i for i, r in enumerate(rows) if r["Body ID"] in holdout]

    # 1. Claim-grouped cross-validation on the development bodies: decision weights.
    dev_rows = [rows[i] for i in development]
    dev_groups = groups[development]
    oof = np.zeros((len(dev_rows), len(LABELS)))
    for k, fold in enumerate(group_folds(dev_groups, FOLDS), start=1):
        rest = np.setdiff1d(np.arange(len(dev_rows)), fold)
        model = train([dev_rows[i] for i in rest], bodies, dev_groups[rest])
        oof[fold] = model.predict([(dev_rows[i]["Headline"], dev_rows[i]["Body ID"]) for i in fold], bodies)
        print(f"cross-validation fold {k}/{FOLDS} done ({time.perf_counter() - started:.0f}s)")
    dev_gold = [r["Stance"] for r in dev_rows]
    weights, cv_result = choose_weights(dev_gold, oof)
    cv_plain = fnc1.metrics(dev_gold, [LABELS[i] for i in oof.argmax(axis=1)])
    fnc1.print_metrics(cv_plain, "claim-grouped CV, argmax")
    fnc1.print_metrics(cv_result, f"claim-grouped CV, decision weights {weights.tolist()}")

    # 2. Standard hold-out split.
    model = train(dev_rows, bodies, dev_groups)
    model.decision_weights = weights
    pairs = [(rows[i]["Headline"], rows[i]["Body ID"]) for i in held_out]
    tick = time.perf_counter()
    probabilities = model.predict(pairs, bodies)
    pairs_per_second = len(pairs) / (time.perf_counter() - tick)
    holdout_result = fnc1.metrics([rows[i]["Stance"] for i in held_out], model.decide(probabilities))
    fnc1.print_metrics(holdout_result, "hold-out split (337 bodies)")

    # 3. The shipped model, on everything.
    tick = time.perf_counter()
    final = train(rows, bodies, groups)
    final_seconds = time.perf_counter() - tick
    directory = ARTIFACT.directory
    directory.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        directory / "arrays.npz",
        **final.vectorizer.to_arrays("pair"),
        **final.text_vectorizer.to_arrays("text"),
        text_coef=final.text_coef,
        text_intercept=final.text_intercept,
    )
    (directory / "gbdt.txt").write_text(final.booster.model_to_string(), encoding="utf-8")
    meta = {
        "schema": SCHEMA_VERSION,
        "labels": list(LABELS),
        "features": list(MODEL_FEATURES),
        "decision_weights": weights.tolist(),
        "trained_on": f"FNC-1 train, {len(rows)} pairs, {len(bodies)} bodies",
        "claim_cv": {k: cv_result[k] for k in ("fnc", "macro_f1", "f1")},
        "holdout": {k: holdout_result[k] for k in ("fnc", "macro_f1", "f1", "confusion")},
        "holdout_pairs_per_second": round(pairs_per_second),
        "final_training_seconds": round(final_seconds),
        "total_training_seconds": round(time.perf_counter() - started),
    }
    (directory / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in directory.iterdir()) / 1e6
    print(f"hold-out: {pairs_per_second:.0f} pairs/s; final model trained in {final_seconds:.0f}s; "
          f"artifact {size:.1f} MB in {directory}; total {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
