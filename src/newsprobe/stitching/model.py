"""The shipped stitching model: boundary trees over paragraph transitions, an article model over them,
and a calibration that turns the article model's score into a probability."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..artifacts import Artifact, load_once
from .features import ARTICLE_FEATURES, BOUNDARY_FEATURES, Paragraph, article_features, boundary_features

ARTIFACT = Artifact("stitching", "python training/stitching.py")
# Two boundaries at least: with one, nothing tells a change of source from a change of subject.
MIN_PARAGRAPHS = 3
# Signals named as evidence at a boundary: (feature, words for readers); each counts where it is 1 or more.
SIGNALS = (
    ("bare_surname_new", "a surname used bare though nobody of that name was introduced"),
    ("reintroduced", "a person introduced earlier is introduced again in full"),
    ("late_introduction", "a full name only after the bare surname"),
    ("title_changed", "a person's title differs from the one used before"),
    ("first_name_changed", "a surname with another first name than before"),
    ("orphan_pronoun", "“he/she said” with nobody named before"),
    ("dateline", "a dateline in mid-article"),
    ("lead_like", "reads like another article's lead: a date and new names"),
    ("figure_changed", "a figure stated before, with another number"),
    ("weekday_new", "a different weekday from the ones before"),
    ("year_new", "a different year from the ones before"),
    ("style_changes", "house style changes (quote marks, U.S./US, spelling, dashes, Mr./Mr)"),
    ("says_shift", "“says” where the article said “said” (or the reverse)"),
)
# Weighted overlap with everything before under which a boundary is named a new topic (for the
# reader only: the model reads the overlap itself).
NEW_TOPIC_OVERLAP = 0.08


@dataclass
class StitchAssessment:
    score: float  # the article model's score
    probability: float  # the score calibrated: how likely the body was assembled from several articles
    boundaries: list[tuple[int, float, list[str]]]  # (paragraph index it opens, probability, signals)


@dataclass
class StitchModel:
    boundary_model: object  # lightgbm.Booster over BOUNDARY_FEATURES
    article_model: object  # lightgbm.Booster over ARTICLE_FEATURES
    calibration: tuple[np.ndarray, np.ndarray]  # isotonic map from the article model's score to a probability
    boundary_threshold: float
    reason_scores: dict[str, float] = field(default_factory=dict)  # article scores from which the verdict's reason is serious / minor

    def assess(self, paragraphs: list[Paragraph]) -> StitchAssessment:
        """Judge a body given as its paragraphs; fewer than ``MIN_PARAGRAPHS`` leave too little to judge (probability 0)."""
        if len(paragraphs) < MIN_PARAGRAPHS:
            return StitchAssessment(0.0, 0.0, [])
        rows = boundary_features(paragraphs)
        probabilities = self.boundary_model.predict(rows)
        score = float(self.article_model.predict(article_features(probabilities, rows, paragraphs)[None, :])[0])
        boundaries = [
            (i + 1, round(float(p), 3), signals(row))
            for i, (p, row) in enumerate(zip(probabilities, rows, strict=True))
            if p >= self.boundary_threshold
        ]
        return StitchAssessment(score, self.calibrated(score), boundaries)

    def calibrated(self, score: float) -> float:
        scores, probabilities = self.calibration
        return float(np.interp(score, scores, probabilities))


def signals(row: np.ndarray) -> list[str]:
    fired = [words for name, words in SIGNALS if row[BOUNDARY_FEATURES.index(name)] >= 1]
    if row[BOUNDARY_FEATURES.index("cos_before_all")] < NEW_TOPIC_OVERLAP:
        fired.append("new topic: few of its rarer words occur earlier")
    return fired


@load_once
def default_model() -> StitchModel:
    meta = ARTIFACT.meta(boundary_features=BOUNDARY_FEATURES, article_features=ARTICLE_FEATURES)
    with ARTIFACT.loading():
        calibration = (np.array(meta["calibration"]["scores"], dtype=float), np.array(meta["calibration"]["probabilities"], dtype=float))
        threshold = float(meta["boundary_threshold"])
        reasons = {k: float(v) for k, v in meta["reason_scores"].items()}
    return StitchModel(ARTIFACT.booster("boundary.txt"), ARTIFACT.booster("article.txt"), calibration, threshold, reasons)
