"""Rebuild the shipped check-worthiness model in ``src/newsprobe/data/claims/``.

    python training/checkworthy.py            # cross-validation figures, then the shipped model
    python training/checkworthy.py --grid     # also the hyper-parameter grid the shipped values were chosen from

Needs ../shared/data/claims: ClaimBuster 2.5×NCS (9,674 debate sentences, 1 = check-worthy
factual claim) and the 19 CLEF 2019 CheckThat! Task 1 training debates.

1. Every CLEF line and ClaimBuster sentence is parsed with the pipeline newsprobe uses
   (cached under /tmp, keyed by the texts and the pipeline) and becomes hashed terms
   (newsprobe.claims.features).
2. Cross-validation, leave one debate out over the 19 CLEF debates: a logistic regression on
   the other 18 debates and ClaimBuster (weighted ``CLAIMBUSTER_WEIGHT``; ClaimBuster holds
   sentences of three of the 2016 debates, dropped while that debate is held out) ranks the
   held-out debate's lines; MAP (average precision per debate, mean over debates) and P@5 the
   CLEF way. These are development figures: the hyper-parameters were chosen on them.
3. Calibration: ClaimBuster's sentences scored out of fold; a logistic fit of its label on the
   model's logit turns scores into probabilities of "check-worthy factual claim", and the
   F1-best of them is the threshold from which the report lists a sentence as a claim.
4. The shipped model: the same regression on all debates and ClaimBuster, its non-zero
   weights in weights.npz, the figures in meta.json.

Deterministic: liblinear with a fixed seed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from training.synth import write_meta  # noqa: E402

from newsprobe.claims.features import BUCKETS, sentence_terms, term_matrix  # noqa: E402
from newsprobe.claims.model import ARTIFACT  # noqa: E402
from newsprobe.nlp import get_nlp, model_name  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "claims"
CACHE = Path("/tmp/newsprobe-checkworthy")
SEED = 0
# Chosen by the leave-one-debate-out MAP of the grid below (``--grid``; docs/claims.md has the table).
C = 3.0
CLAIMBUSTER_WEIGHT = 0.1
GRID = [(c, w) for c in (1.0, 3.0, 10.0) for w in (0.0, 0.1, 0.3, 1.0)]


@dataclass
class Debate:
    name: str
    line_numbers: list[int]
    speakers: list[str]
    texts: list[str]
    labels: np.ndarray


def read_debate(path: Path) -> Debate:
    """A CLEF file: line_number<TAB>speaker<TAB>text[<TAB>label]; a missing label reads as 0."""
    numbers, speakers, texts, labels = [], [], [], []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        fields = line.split("\t")
        if not fields[0].strip():
            continue
        numbers.append(int(fields[0]))
        speakers.append(fields[1] if len(fields) > 1 else "")
        texts.append(fields[2] if len(fields) > 2 else "")
        labels.append(int(fields[3]) if len(fields) > 3 and fields[3].strip() else 0)
    return Debate(path.name, numbers, speakers, texts, np.array(labels))


def parse_cached(texts: list[str]) -> list:
    """The pipeline's parse of each text, cached in /tmp: parsing is most of a run's time."""
    from spacy.tokens import DocBin

    nlp = get_nlp()
    key = hashlib.sha1("\n".join([model_name(), nlp.meta.get("version", ""), *texts]).encode()).hexdigest()[:16]
    path = CACHE / f"{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=256))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(path)
    return docs


def average_precision(labels: np.ndarray, scores: np.ndarray) -> float:
    """CLEF's average precision: lines ranked by score (ties in file order), precision at each
    check-worthy line, summed over the debate's check-worthy lines."""
    ranked = labels[np.argsort(-scores, kind="stable")]
    if not ranked.sum():
        return 0.0
    precision = np.cumsum(ranked) / np.arange(1, len(ranked) + 1)
    return float((precision * ranked).sum() / ranked.sum())


def precision_at(labels: np.ndarray, scores: np.ndarray, k: int) -> float:
    """CLEF's P@k: check-worthy lines among the first k, divided by k."""
    return float(labels[np.argsort(-scores, kind="stable")][:k].sum() / k)


def normalized(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def fit(matrix, labels: np.ndarray, weights: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, solver="liblinear", max_iter=2000, random_state=SEED).fit(matrix, labels, sample_weight=weights)


def cross_validate(debates, debate_rows, claimbuster_rows, claimbuster_labels, claimbuster_texts, c: float, cb_weight: float):
    """Leave-one-debate-out: per-debate AP and P@5 of a model trained without that debate."""
    from scipy import sparse

    per_debate = {}
    for k, debate in enumerate(debates):
        held_out = {normalized(t) for t in debate.texts}
        keep = np.array([cb_weight > 0 and t not in held_out for t in claimbuster_texts])
        others = [j for j in range(len(debates)) if j != k]
        matrix = sparse.vstack([debate_rows[j] for j in others] + [claimbuster_rows[keep]])
        labels = np.concatenate([debates[j].labels for j in others] + [claimbuster_labels[keep]])
        weights = np.concatenate([np.ones(sum(len(debates[j].labels) for j in others)), np.full(keep.sum(), cb_weight)])
        scores = fit(matrix, labels, weights, c).decision_function(debate_rows[k])
        per_debate[debate.name] = (average_precision(debate.labels, scores), precision_at(debate.labels, scores, 5))
    return per_debate


def calibration(debate_rows, debate_labels: np.ndarray, claimbuster_rows, claimbuster_labels: np.ndarray):
    """(slope, intercept, threshold, F1): the model's logit mapped onto ClaimBuster's label, and the
    calibrated score from which a sentence counts as a claim (F1-best).

    ClaimBuster's sentences are scored out of fold (5 folds, each model trained on every debate and
    the other folds). Its label, any check-worthy factual claim, is nearer than CLEF's (claims a
    fact-checker did check) to what a reader of a news article wants listed, and a score calibrated
    on it reads as a probability: 0.5 is a sentence as likely check-worthy as not.
    """
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression

    folds = np.random.default_rng(SEED).permutation(len(claimbuster_labels)) % 5
    logits = np.zeros(len(claimbuster_labels))
    for fold in range(5):
        train = folds != fold
        matrix = sparse.vstack([debate_rows, claimbuster_rows[train]])
        labels = np.concatenate([debate_labels, claimbuster_labels[train]])
        weights = np.concatenate([np.ones(len(debate_labels)), np.full(train.sum(), CLAIMBUSTER_WEIGHT)])
        logits[~train] = fit(matrix, labels, weights, C).decision_function(claimbuster_rows[~train])
    platt = LogisticRegression(C=1e6).fit(logits[:, None], claimbuster_labels)
    slope, intercept = float(platt.coef_[0, 0]), float(platt.intercept_[0])
    scores = 1 / (1 + np.exp(-(slope * logits + intercept)))
    order = np.argsort(-scores, kind="stable")
    hits = np.cumsum(claimbuster_labels[order])
    f1 = 2 * hits / (np.arange(1, len(order) + 1) + claimbuster_labels.sum())
    best = int(f1.argmax())
    return slope, intercept, float(scores[order[best]]), float(f1[best])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--grid", action="store_true", help="cross-validate every (C, ClaimBuster weight) of GRID")
    args = parser.parse_args()
    started = time.time()
    debates = [read_debate(p) for p in sorted((DATA / "clef2019-train").glob("*.tsv"))]
    claimbuster = json.loads((DATA / "claimbuster-2.5ncs.json").read_text(encoding="utf-8"))
    texts = [t for d in debates for t in d.texts] + [r["text"] for r in claimbuster]
    docs = parse_cached(texts)
    print(f"parsed {len(texts)} sentences in {time.time() - started:.0f} s", flush=True)
    rows = term_matrix(sentence_terms(doc) for doc in docs)
    bounds = np.cumsum([0] + [len(d.texts) for d in debates])
    debate_rows = [rows[a:b] for a, b in zip(bounds, bounds[1:])]
    claimbuster_rows = rows[bounds[-1] :]
    claimbuster_labels = np.array([int(r["label"]) for r in claimbuster])
    claimbuster_texts = [normalized(r["text"]) for r in claimbuster]

    results, grid = {}, {}
    for c, cb_weight in GRID if args.grid else [(C, CLAIMBUSTER_WEIGHT)]:
        results[c, cb_weight] = cross_validate(debates, debate_rows, claimbuster_rows, claimbuster_labels, claimbuster_texts, c, cb_weight)
        figures = np.mean(list(results[c, cb_weight].values()), axis=0)
        grid[f"C={c} claimbuster_weight={cb_weight}"] = {"map": round(figures[0], 4), "p_at_5": round(figures[1], 4)}
        print(f"C={c} ClaimBuster weight={cb_weight}: MAP {figures[0]:.4f} P@5 {figures[1]:.4f}", flush=True)
    cv = results[C, CLAIMBUSTER_WEIGHT]
    for name, (ap, p5) in cv.items():
        print(f"  {name:32s} AP {ap:.4f} P@5 {p5:.2f}")
    cv_map, cv_p5 = np.mean(list(cv.values()), axis=0)

    n_debate = bounds[-1]
    debate_labels = np.concatenate([d.labels for d in debates])
    slope, intercept, threshold, threshold_f1 = calibration(rows[:n_debate], debate_labels, claimbuster_rows, claimbuster_labels)
    print(f"calibration {slope:.3f} × logit + {intercept:.3f}; claim threshold {threshold:.3f} (out-of-fold F1 {threshold_f1:.3f} on ClaimBuster)")
    weights = np.concatenate([np.ones(n_debate), np.full(len(claimbuster), CLAIMBUSTER_WEIGHT)])
    labels = np.concatenate([debate_labels, claimbuster_labels])
    model = fit(rows, labels, weights, C)
    coef = model.coef_[0].astype(np.float32)
    columns = np.flatnonzero(coef).astype(np.int32)
    ARTIFACT.directory.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(ARTIFACT.path("weights.npz"), columns=columns, weights=coef[columns])
    write_meta(
        ARTIFACT.directory,
        started,
        buckets=BUCKETS,
        bias=float(model.intercept_[0]),
        c=C,
        claimbuster_weight=CLAIMBUSTER_WEIGHT,
        calibration=[round(slope, 6), round(intercept, 6)],
        claim_threshold=round(threshold, 4),
        training={"clef_debates": len(debates), "clef_lines": int(n_debate), "claimbuster_sentences": len(claimbuster)},
        development={
            "what": "leave-one-debate-out over the 19 CLEF 2019 training debates; hyper-parameters chosen on it",
            "map": round(float(cv_map), 4),
            "p_at_5": round(float(cv_p5), 4),
            "average_precision": {name: round(ap, 4) for name, (ap, _) in cv.items()},
            **({"grid": grid} if args.grid else {}),
        },
        claimbuster_out_of_fold_f1=round(threshold_f1, 4),
    )
    print(f"development (leave-one-debate-out) MAP {cv_map:.4f} P@5 {cv_p5:.4f}; {len(columns)} weights")
    return 0


if __name__ == "__main__":
    sys.exit(main())
