"""The shipped check-worthiness model, and the claims of an article: score, kind, quantities, speaker.

The model is a logistic regression over hashed sentence terms (features.py), trained on
ClaimBuster and the CLEF 2019 CheckThat! debates by training/checkworthy.py. It needs only
the parse the pipeline already made: scoring an article's sentences costs a hash per term.
"""

from __future__ import annotations

import math
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..artifacts import Artifact, load_once
from ..text import ArticleText
from .features import BUCKETS, bucket, sentence_terms
from .kinds import claim_kind
from .quantities import Offsets, Quantity, inconsistent_pairs, quantities

ARTIFACT = Artifact("claims", "python training/checkworthy.py")


@dataclass
class CheckworthinessModel:
    weights: np.ndarray  # (BUCKETS,) float32: logistic-regression weight of each hashed term column
    bias: float
    calibration: tuple[float, float] = (1.0, 0.0)  # slope and intercept mapping the logit onto ClaimBuster's label
    threshold: float = 0.5  # the calibrated score from which a sentence counts as a claim
    meta: dict = field(default_factory=dict)

    @classmethod
    def load(cls, artifact: Artifact | None = None) -> CheckworthinessModel:
        artifact = artifact or ARTIFACT
        meta = artifact.meta()
        with artifact.loading():
            if int(meta["buckets"]) != BUCKETS:
                raise ValueError(f"built for {meta['buckets']} hashed columns, the features make {BUCKETS}")
            try:
                with np.load(artifact.path("weights.npz"), allow_pickle=False) as arrays:
                    columns, values = arrays["columns"], arrays["weights"]
            except (zipfile.BadZipFile, zlib.error) as exc:  # a damaged npz is a zip error, not an OSError
                raise ValueError(f"weights.npz is damaged: {exc}") from None
            if columns.shape != values.shape or (columns.size and (columns.min() < 0 or columns.max() >= BUCKETS)):
                raise ValueError("weights.npz holds columns outside the hashed range")
            weights = np.zeros(BUCKETS, dtype=np.float32)
            weights[columns] = values
            slope, intercept = (float(v) for v in meta["calibration"])
            model = cls(weights, float(meta["bias"]), (slope, intercept), float(meta["claim_threshold"]), meta)
        return model

    def logit(self, sentence) -> float:
        columns = np.fromiter({bucket(t) for t in sentence_terms(sentence)}, dtype=np.int64)
        return float(self.weights[columns].sum() / math.sqrt(len(columns)) + self.bias)

    def score(self, sentences: Sequence) -> np.ndarray:
        """Check-worthiness, 0–1, of each sentence (spaCy Spans or Docs): calibrated on ClaimBuster,
        the probability that it states a check-worthy factual claim."""
        slope, intercept = self.calibration
        logits = np.array([self.logit(s) for s in sentences], dtype=np.float64)
        return 1.0 / (1.0 + np.exp(-(slope * logits + intercept)))


@load_once
def default_model() -> CheckworthinessModel:
    return CheckworthinessModel.load()


@dataclass
class SentenceClaim:
    """One sentence of an article as a claim: how check-worthy, what kind, its figures, who says it."""

    span: Offsets
    score: float
    kind: str  # one of kinds.KINDS
    quantities: list[Quantity]
    quote: int | None = None  # index of the quote whose content holds the sentence
    speaker: str | None = None  # that quote's speaker: the resolved name, else as written


@dataclass
class Claims:
    sentences: list[SentenceClaim]  # every sentence, in text order
    inconsistencies: list[tuple[Quantity, Quantity]]  # the same counted thing stated with different values


def _quote_of(span: Offsets, quotes: Sequence) -> int | None:
    """The quote whose content covers most of the sentence, when it covers at least half of it."""
    best, best_overlap = None, 0
    for k, quote in enumerate(quotes):
        overlap = sum(max(0, min(span[1], end) - max(span[0], start)) for start, end in quote.content.spans)
        if overlap > best_overlap:
            best, best_overlap = k, overlap
    return best if best_overlap * 2 >= span[1] - span[0] else None


def claims_for(text: ArticleText, quotes: Sequence = (), model=None) -> Claims:
    """The claims of an article (its text layer): every sentence scored, kinded, with its quantities
    and the quote it sits in (``quotes``: report.Quote items), and the pairs of quantities the article
    states inconsistently across its paragraphs."""
    model = model or default_model()
    doc, paragraphs = text.doc, text.paragraphs
    spans = [doc.char_span(start, end, alignment_mode="expand") for start, end in text.sentences]
    scores = model.score(spans)
    found, article_quantities, sources = [], [], []
    for offsets, span, score in zip(text.sentences, spans, scores, strict=True):
        paragraph = paragraphs[text.paragraph_of(offsets[0])] if paragraphs else offsets
        figures = quantities(span, doc.char_span(*paragraph, alignment_mode="expand"))
        quote = _quote_of(offsets, quotes)
        speaker = None
        if quote is not None:
            speaker = quotes[quote].speaker.resolved or quotes[quote].speaker.text
        found.append(SentenceClaim(offsets, round(float(score), 4), claim_kind(span, figures), figures, quote, speaker))
        article_quantities += figures
        sources += [speaker] * len(figures)
    return Claims(found, inconsistent_pairs(article_quantities, paragraphs, sources))
