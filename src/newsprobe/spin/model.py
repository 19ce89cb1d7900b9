"""The shipped spin model: gradient-boosted trees over word features, pooled into an article score."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass

import numpy as np

from ..artifacts import Artifact, load_once
from .features import FEATURES, Alternatives, Lexicon, Word, word_features, words

ARTIFACT = Artifact("spin", "python training/spin.py")
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

    def word_probabilities(self, ws: list[Word], text: str):
        """Positions in ``ws`` of the content words, their probability of being swapped in, and the likely originals."""
        content, rows, originals = word_features(ws, text, self.lexicon)
        probabilities = self.booster.predict(rows) if len(rows) else np.empty(0)
        return content, probabilities, originals

    def assess(self, tokens, text: str) -> SpinAssessment:
        """Spin of ``text`` given its spaCy ``tokens`` (the text layer's words)."""
        ws = words(tokens)
        content, probabilities, originals = self.word_probabilities(ws, text)
        z = float(pooled(probabilities) @ self.pool_coef + self.pool_intercept)
        flagged = [
            self._phrase(text, ws, i, float(p), original)
            for i, p, original in zip(content, probabilities, originals, strict=True)
            if p >= self.phrase_threshold and not ws[i].named
        ]
        return SpinAssessment(1 / (1 + np.exp(-z)), list({w.span: w for w in flagged}.values()))

    def _phrase(self, text: str, ws: list[Word], i: int, probability: float, original: str | None) -> SpunWord:
        """The word, or the multi-word lemma it ends or starts ("Russian Federation" → "Russia")."""
        word = ws[i]
        for left, right in ((i - 1, i), (i, i + 1)):
            if left < 0 or right >= len(ws) or text[ws[left].end : ws[right].start] != " ":
                continue
            start, end = ws[left].start, ws[right].end
            if text[start:end].lower() in self.lexicon.alternatives:
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


def load_lexicon(directory) -> Lexicon:
    with gzip.open(directory / "synonyms.tsv.gz", "rt", encoding="utf-8") as handle:
        alternatives = Alternatives(line.rstrip("\n").split("\t", 1) for line in handle)
    with gzip.open(directory / "words.json.gz", "rt", encoding="utf-8") as handle:
        unigrams = json.load(handle)
    return Lexicon(alternatives, np.load(directory / "bigrams.npz")["counts"], unigrams)


@load_once
def default_model() -> SpinModel:
    meta = ARTIFACT.meta(features=FEATURES)
    with ARTIFACT.loading():
        lexicon = load_lexicon(ARTIFACT.directory)
        pool_coef, pool_intercept = np.array(meta["pool_coef"], dtype=float), float(meta["pool_intercept"])
        threshold = float(meta["phrase_threshold"])
    return SpinModel(lexicon, ARTIFACT.booster("gbdt.txt"), pool_coef, pool_intercept, threshold)
