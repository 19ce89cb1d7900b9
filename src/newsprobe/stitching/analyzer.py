"""Stitching without an index: how likely the body was assembled from several articles, and where."""

from __future__ import annotations

from ..analysis import Analyzer, Context, Findings
from ..report import Boundary, Reason, Stitching
from .features import paragraphs_of
from .model import MIN_PARAGRAPHS, default_model


def analyze_stitching(ctx: Context) -> Findings:
    text = ctx.text
    spans = [span for _, span in text.prose_paragraphs]
    if len(spans) < MIN_PARAGRAPHS:
        return Findings(Stitching())  # too little to judge: the score stays null
    model = default_model()
    result = model.assess(paragraphs_of(text))
    stitching = Stitching(
        score=round(result.probability, 3),
        boundaries=[Boundary(offset=spans[i][0], score=p, signals=signals) for i, p, signals in result.boundaries],
    )
    # Reason thresholds come with the model: the scores that 0.5 % (serious) and 5 % (minor) of real
    # single-source articles of the tune sites reach (training/stitching.py).
    if result.score < model.reason_scores["minor"]:
        return Findings(stitching)
    opens = ", ".join(str(text.paragraph_of(b.offset) + 1) for b in stitching.boundaries) or "no single place"
    reason = Reason(
        code="stitched", severity="serious" if result.score >= model.reason_scores["serious"] else "minor",
        message=f"Stitching: the body looks assembled from several articles (probability {result.probability:.2f}); "
                f"the source seems to change at paragraphs {opens}",
        evidence=[spans[i] for i, _, _ in result.boundaries],
    )
    return Findings(stitching, [reason])


ANALYZER = Analyzer("stitching", analyze_stitching, load=default_model)
