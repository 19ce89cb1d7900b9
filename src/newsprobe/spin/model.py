"""The shipped spin model: gradient-boosted trees over word features, pooled into an article score."""

from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..report import require_compatible
from .features import FEATURES, Alternatives, Lexicon, word_features

ARTIFACT_DIR = Path(__file__).resolve().parents[1] / "data" / "spin"
RETRAIN = "python training/spin.py"
POOLED = ("mean", "share_likely", "top_decile", "words")


@dataclass
class SpunWord:
    span: tuple[int, int]
    text: str
    probability: float
    original: str | None


@dataclass
class SpinAssessment:
    score: float
    words: list[SpunWord]  # content words at or above the model's phrase threshold, in text order


@dataclass
class SpinModel:
    lexicon: Lexicon
    booster: object  # lightgbm.Booster over FEATURES
    pool_coef: np.ndarray  # logistic regression over pooled word probabilities (POOLED)
    pool_intercept: float
    phrase_threshold: float

    def word_probabilities(self, text: str):
        content, rows, originals = word_features(text, self.lexicon)
        probabilities = self.booster.predict(rows) if len(rows) else np.empty(0)
        return content, probabilities, originals

    def assess(self, text: str) -> SpinAssessment:
        content, probabilities, originals = self.word_probabilities(text)
        z = float(pooled(probabilities) @ self.pool_coef + self.pool_intercept)
        flagged = [
            self._phrase(text, w, float(p), original)
            for w, p, original in zip(content, probabilities, originals, strict=True)
            if p >= self.phrase_threshold
        ]
        return SpinAssessment(1 / (1 + np.exp(-z)), list({w.span: w for w in flagged}.values()))

    def _phrase(self, text: str, word, probability: float, original: str | None) -> SpunWord:
        """The word, or the multi-word lemma it ends or starts ("Russian Federation" → "Russia")."""
        before = re.search(r"([A-Za-z]+) $", text[max(0, word.start - 40) : word.start])
        after = re.match(r" ([A-Za-z]+)", text[word.end : word.end + 40])
        for start, end in (
            (word.start - len(before.group(0)) if before else None, word.end),
            (word.start, word.end + len(after.group(0)) if after else None),
        ):
            if start is not None and end is not None and text[start:end].lower() in self.lexicon.alternatives:
                original = self.lexicon.alternatives[text[start:end].lower()][0][0]
                return SpunWord((start, end), text[start:end], round(probability, 3), _case_like(text[start], original))
        return SpunWord((word.start, word.end), word.text, round(probability, 3), original and _case_like(word.text[0], original))


def _case_like(first: str, word: str) -> str:
    return word[0].upper() + word[1:] if first.isupper() else word


def pooled(probabilities: np.ndarray) -> np.ndarray:
    """Article features from word probabilities: mean, share above 0.5, mean of the top tenth, log word count."""
    if probabilities.size == 0:
        return np.zeros(len(POOLED))
    top = np.sort(probabilities)[-max(1, probabilities.size // 10) :]
    return np.array([probabilities.mean(), (probabilities >= 0.5).mean(), top.mean(), np.log1p(probabilities.size)])


def load_lexicon(directory: Path) -> Lexicon:
    with gzip.open(directory / "synonyms.tsv.gz", "rt", encoding="utf-8") as handle:
        alternatives = Alternatives(line.rstrip("\n").split("\t", 1) for line in handle)
    with gzip.open(directory / "words.json.gz", "rt", encoding="utf-8") as handle:
        unigrams = json.load(handle)
    return Lexicon(alternatives, np.load(directory / "bigrams.npz")["counts"], unigrams)


@lru_cache(maxsize=1)
def default_model() -> SpinModel:
    import lightgbm as lgb

    try:
        meta = json.loads((ARTIFACT_DIR / "meta.json").read_text(encoding="utf-8"))
        require_compatible(meta.get("schema"))
        if tuple(meta["features"]) != FEATURES:
            raise ValueError("built for other features")
        booster = lgb.Booster(model_file=str(ARTIFACT_DIR / "gbdt.txt"))
        lexicon = load_lexicon(ARTIFACT_DIR)
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(f"cannot load the spin model from {ARTIFACT_DIR} ({exc}); rebuild it with `{RETRAIN}`") from None
    return SpinModel(lexicon, booster, np.array(meta["pool_coef"]), float(meta["pool_intercept"]), float(meta["phrase_threshold"]))
