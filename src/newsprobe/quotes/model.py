"""The shipped attribution model: which candidate attributions are attributions at all.

The dependency rules (rules.py) propose candidates for every verb seen as a cue in
PolNeAR train; gradient-boosted trees over a few structural features (features.py)
keep the likely ones, and a second model places the spans' edges (boundaries.py).
Built by ``training/attribution.py``; its meta.json also carries each verb's cue
rate, from which the candidate lexicon comes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..artifacts import Artifact, load_once
from .boundaries import FEATURES as BOUNDARY_FEATURES
from .boundaries import BoundaryModel, reaches
from .cues import MANNER_OF_SPEAKING, SPEECH
from .features import FEATURES, CandidateShares, features

ARTIFACT = Artifact("quotes", "python training/attribution.py")
NAMES = Artifact("names", "python training/names.py")


@dataclass
class AttributionFilter:
    booster: object
    threshold: float
    rates: dict[str, tuple[int, int]]
    shares: CandidateShares

    def keep(self, attributions: list, doc, reading=None) -> list:
        """The likely attributions; with the tagger's ``reading`` (accurate mode) its cue probabilities count too."""
        if not attributions:
            return attributions
        matrix = np.array([features(a, doc, self.rates, self.shares) for a in attributions], dtype=np.float32)
        scores = self.booster.predict(matrix)
        threshold = self.threshold
        if reading is not None:
            scores, threshold = reading.candidate_scores(attributions, scores), reading.blend.threshold
        return [a for a, score in zip(attributions, scores, strict=True) if score >= threshold]


@dataclass
class QuoteModel:
    filter: AttributionFilter
    reporting_verbs: frozenset[str]  # lemmas that propose candidates: speech verbs and PolNeAR's frequent cues
    boundaries: BoundaryModel


@load_once
def default_model() -> QuoteModel:
    meta = ARTIFACT.meta(features=FEATURES, boundary_features=BOUNDARY_FEATURES)
    with ARTIFACT.loading():
        rates = {lemma: (int(cues), int(seen)) for lemma, (cues, seen) in meta["rates"].items()}
        minimum = float(meta["candidate_min_rate"])
        threshold = float(meta["threshold"])
        cue_reach = reaches(meta["cue_reach"])
        shares = CandidateShares.from_json(meta["candidate_shares"])
    always = SPEECH | MANNER_OF_SPEAKING
    verbs = always | frozenset(lemma for lemma, (cues, seen) in rates.items() if cues / seen >= minimum)
    # Speech verbs too rare in PolNeAR train to have a rate ("blurted out", "whispered", "retorted") are
    # cues all the same: they take the median speech verb's rate, so that the filter does not read them as
    # non-cues.
    known = sorted((cues / seen, (cues, seen)) for lemma, (cues, seen) in rates.items() if lemma in SPEECH)
    if known:
        typical = known[len(known) // 2][1]
        rates.update({lemma: typical for lemma in always if lemma not in rates})
    boundaries = BoundaryModel(ARTIFACT.booster("boundaries.txt"), cue_reach)
    return QuoteModel(AttributionFilter(ARTIFACT.booster("filter.txt"), threshold, rates, shares), verbs, boundaries)


@load_once
def first_name_genders() -> dict[str, str]:
    """First name → "m" or "f", for the names news text genders consistently (training/names.py)."""
    NAMES.meta()
    with NAMES.loading():
        lines = NAMES.path("first_names.tsv").read_text(encoding="utf-8").splitlines()
        return dict(line.split("\t") for line in lines)
