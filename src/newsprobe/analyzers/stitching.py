"""Stitching without an index: how likely the body was assembled from several articles, and where."""

from __future__ import annotations

from bisect import bisect_right

from ..readers import paragraph_spans
from ..report import Boundary, Reason
from ..stitch import default_model
from . import Context, analyzer


@analyzer("stitching")
def analyze_stitching(ctx: Context) -> None:
    spans = [(s, e) for s, e in paragraph_spans(ctx.prose) if ctx.prose[s:e].strip()]
    model = default_model()
    result = model.assess([ctx.prose[s:e] for s, e in spans])
    stitching = ctx.report.stitching
    stitching.score = round(result.score, 3)
    stitching.boundaries = [Boundary(offset=spans[i][0], score=p, signals=signals) for i, p, signals in result.boundaries]
    # Reason thresholds come with the model: the scores that ~3 % (serious) and ~10 % (minor)
    # of single-source articles reach (training/stitching.py).
    if result.score < model.reason_scores["minor"]:
        return
    starts = [s for s, _ in paragraph_spans(ctx.article.body)]
    opens = ", ".join(str(bisect_right(starts, b.offset)) for b in stitching.boundaries) or "no single place"
    ctx.reasons.append(Reason(
        code="stitched", severity="serious" if result.score >= model.reason_scores["serious"] else "minor",
        message=f"Stitching: the body looks assembled from several articles (score {result.score:.2f}); "
                f"the source seems to change at paragraphs {opens}",
        evidence=[spans[i] for i, _, _ in result.boundaries],
    ))
