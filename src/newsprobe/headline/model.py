"""The shipped FNC-1 stance model: headline–body features, a stacked text model, gradient-boosted trees.

Any model that maps (headline, body) pairs to probabilities over ``LABELS``
can replace this one behind ``StanceModel.predict``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..artifacts import Artifact, load_once
from ..nlp import SENTENCE_STARTS, get_nlp
from ..text import ArticleText, normalize_text
from .features import (
    FEATURE_NAMES,
    NEGATIONS,
    REFUTE,
    Vectorizer,
    content_words,
    features_for_pairs,
    pair_features,
    prepare_body,
    tokenize,
)

LABELS = ("agree", "disagree", "discuss", "unrelated")
TEXT_LABELS = ("agree", "disagree", "discuss")
# The trees' inputs: the pair features, then the text model's probability of each text label.
MODEL_FEATURES = (*FEATURE_NAMES, *(f"text_{label}" for label in TEXT_LABELS))
ARTIFACT = Artifact("headline", "python training/stance.py")
EVIDENCE_SENTENCES = 3


@dataclass
class Assessment:
    stance: str
    probabilities: dict[str, float]
    evidence: list[tuple[tuple[int, int], float]]  # body sentence spans with their similarity to the headline
    missing_terms: list[str]


def text_probabilities(vectorizer: Vectorizer, coef: np.ndarray, intercept: np.ndarray, tokens) -> np.ndarray:
    """Softmax of the text model's linear scores for each token list."""
    scores = np.asarray(vectorizer.transform(tokens) @ coef.T) + intercept
    scores -= scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


@dataclass
class StanceModel:
    vectorizer: Vectorizer
    text_vectorizer: Vectorizer
    text_coef: np.ndarray  # (3, terms): multinomial logistic regression over near-sentence n-grams
    text_intercept: np.ndarray
    booster: object  # lightgbm.Booster
    decision_weights: np.ndarray  # per-label multipliers applied to probabilities before argmax
    meta: dict

    @classmethod
    def load(cls, artifact: Artifact | None = None) -> StanceModel:
        artifact = artifact or ARTIFACT
        meta = artifact.meta(features=MODEL_FEATURES)
        with artifact.loading(), np.load(artifact.path("arrays.npz"), allow_pickle=False) as arrays:
            vectorizer = Vectorizer.from_arrays(arrays, "pair")
            text_vectorizer = Vectorizer.from_arrays(arrays, "text")
            coef, intercept = arrays["text_coef"], arrays["text_intercept"]
            weights = np.array(meta["decision_weights"], dtype=float)
        return cls(vectorizer, text_vectorizer, coef, intercept, artifact.booster("gbdt.txt"), weights, meta)

    def text_probabilities(self, near_tokens: Sequence[Sequence[str]]) -> np.ndarray:
        return text_probabilities(self.text_vectorizer, self.text_coef, self.text_intercept, near_tokens)

    def predict(self, pairs: Sequence[tuple[str, str]], bodies: dict[str, tuple[str, list[tuple[int, int]]]]) -> np.ndarray:
        """Probabilities over ``LABELS`` for (headline, body id) pairs; ``bodies``: id → (text, sentence spans)."""
        features, near_tokens = features_for_pairs(pairs, bodies, self.vectorizer)
        return self.predict_features(features, near_tokens)

    def predict_features(self, features: np.ndarray, near_tokens: Sequence[Sequence[str]]) -> np.ndarray:
        if not len(features):
            return np.zeros((0, len(LABELS)))
        stacked = np.hstack([features, self.text_probabilities(near_tokens)])
        return np.asarray(self.booster.predict(stacked))

    def decide(self, probabilities: np.ndarray) -> list[str]:
        return [LABELS[i] for i in (probabilities * self.decision_weights).argmax(axis=1)]

    def assess(self, headline: str, body: str, sentences: Sequence[tuple[int, int]]) -> Assessment:
        """Stance of ``body`` (split into ``sentences``) towards ``headline``, with the sentences that show it."""
        prepared = prepare_body(body, sentences, self.vectorizer)
        head_tokens = tokenize(headline)
        head_vector = self.vectorizer.transform([head_tokens])
        features, similarities, near_tokens = pair_features(headline, head_tokens, head_vector, prepared)
        probabilities = self.predict_features(features[None, :], [near_tokens])[0]
        stance = self.decide(probabilities[None, :])[0]
        return Assessment(
            stance=stance,
            probabilities={label: round(float(p), 4) for label, p in zip(LABELS, probabilities)},
            evidence=_evidence(prepared, similarities, stance),
            missing_terms=missing_terms(headline, prepared.token_set),
        )


def _evidence(body, similarities: np.ndarray, stance: str) -> list[tuple[tuple[int, int], float]]:
    """The body sentences most similar to the headline; for a disagreeing body, refuting ones first."""
    order = [i for i in np.argsort(-similarities, kind="stable") if similarities[i] > 0]
    if stance == "disagree":
        refuting = [i for i in order if any(t in REFUTE or t in NEGATIONS for t in body.sentence_tokens[i])]
        order = refuting + [i for i in order if i not in refuting]
    return [(body.sentences[i], round(float(similarities[i]), 4)) for i in order[:EVIDENCE_SENTENCES]]


def missing_terms(headline: str, body_tokens: set[str]) -> list[str]:
    """Headline content words the body never uses, joined into phrases as the headline writes them."""
    phrases: list[str] = []
    run: list[str] = []
    for match in re.finditer(r"[\w’'-]+", headline):
        word = match.group()
        tokens = tokenize(word)
        is_content = bool(content_words(tokens))
        if is_content and not any(t in body_tokens for t in tokens):
            run.append(word)
            continue
        if run:
            phrases.append(" ".join(run))
            run = []
    if run:
        phrases.append(" ".join(run))
    return phrases


def sentence_split(bodies: dict[str, str], model: str | None = None) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    """Bodies as ``analyze()`` sees them: normalised, cut into the parse's sentences (for ``predict``)."""
    nlp = get_nlp(model)
    texts = {key: normalize_text(body) for key, body in bodies.items()}
    # Sentences come from the parser and the paragraph breaks set before it; the rest changes nothing there.
    docs = nlp.pipe(texts.values(), batch_size=32, disable=[p for p in nlp.pipe_names if p not in ("tok2vec", SENTENCE_STARTS, "parser")])
    return {key: (text, ArticleText(body=text, doc=doc).sentences) for (key, text), doc in zip(texts.items(), docs, strict=True)}


@load_once
def default_model() -> StanceModel:
    return StanceModel.load()
