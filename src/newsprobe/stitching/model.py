"""The shipped stitching model: boundary trees over paragraph transitions, an article model over them."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..artifacts import Artifact, load_once
from .features import ARTICLE_FEATURES, BOUNDARY_FEATURES, article_features, boundary_features

ARTIFACT = Artifact("stitching", "python training/stitching.py")
# Signals named as evidence at a boundary: (feature, test, words for readers).
SIGNALS = (
    ("cos_before_all", lambda v: v < 0.08, "new topic: few of its rarer words occur earlier"),
    ("new_names", lambda v: v >= 3, "names new to the article"),
    ("bare_surname_new", lambda v: v >= 1, "a surname quoted bare though never introduced"),
    ("reintroduced", lambda v: v >= 1, "a full name introduced earlier, written in full again"),
    ("opening_pronoun", lambda v: v >= 1, "opens with a pronoun"),
    ("orphan_pronoun", lambda v: v >= 1, "“he/she said” with nobody named in the paragraph before"),
    ("weekday_new", lambda v: v >= 1, "a different weekday from the ones before"),
    ("year_new", lambda v: v >= 1, "a different year from the ones before"),
    ("style_changes", lambda v: v >= 1, "house style changes (quote marks, U.S./US, spelling, dashes)"),
)


@dataclass
class StitchAssessment:
    score: float
    boundaries: list[tuple[int, float, list[str]]]  # (paragraph index it opens, probability, signals)


@dataclass
class StitchModel:
    boundary_model: object  # lightgbm.Booster over BOUNDARY_FEATURES
    article_model: object  # lightgbm.Booster over ARTICLE_FEATURES
    boundary_threshold: float
    reason_scores: dict[str, float] = field(default_factory=dict)  # article score from which the verdict's reason is "serious" / "minor"

    def assess(self, paragraphs: list[str]) -> StitchAssessment:
        """Score a body given as its paragraphs; fewer than 3 leave too little to judge (score 0)."""
        if len(paragraphs) < 3:
            return StitchAssessment(0.0, [])
        rows = boundary_features(paragraphs)
        probabilities = self.boundary_model.predict(rows)
        score = float(self.article_model.predict(article_features(probabilities, rows, paragraphs)[None, :])[0])
        boundaries = [
            (i + 1, round(float(p), 3), signals(row))
            for i, (p, row) in enumerate(zip(probabilities, rows, strict=True))
            if p >= self.boundary_threshold
        ]
        return StitchAssessment(score, boundaries)


def signals(row: np.ndarray) -> list[str]:
    return [words for name, test, words in SIGNALS if test(row[BOUNDARY_FEATURES.index(name)])]


@load_once
def default_model() -> StitchModel:
    meta = ARTIFACT.meta(boundary_features=BOUNDARY_FEATURES, article_features=ARTICLE_FEATURES)
    with ARTIFACT.loading():
        threshold, reason_scores = float(meta["boundary_threshold"]), {k: float(v) for k, v in meta["reason_scores"].items()}
    return StitchModel(ARTIFACT.booster("boundary.txt"), ARTIFACT.booster("article.txt"), threshold, reason_scores)
