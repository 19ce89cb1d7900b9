"""Spin without an index: how likely the body was reworded by synonym swapping, and the words that show it."""

from __future__ import annotations

from ..report import Reason, SpunPhrase
from ..spin import default_model
from . import Context, analyzer

# Spin score above which the verdict gets a reason. At 0.5 the shipped model separates unspun
# articles from 15 %-spun ones with AUC 0.999 on its evaluation split (data/spin/meta.json).
REASON_SCORE = 0.5


@analyzer("spin")
def analyze_spin(ctx: Context) -> None:
    result = default_model().assess(ctx.prose)
    phrases = [
        SpunPhrase(span=w.span, text=ctx.article.body[w.span[0] : w.span[1]], score=w.probability, likely_original=w.original)
        for w in result.words
    ]
    ctx.report.spin.score = round(float(result.score), 3)
    ctx.report.spin.phrases = phrases
    if result.score >= REASON_SCORE:
        examples = ", ".join(f"“{p.text}”" + (f" (for “{p.likely_original}”?)" if p.likely_original else "") for p in phrases[:4])
        ctx.reasons.append(Reason(
            code="spun-wording", severity="serious",
            message=f"Spin: the wording looks machine-reworded (score {result.score:.2f}); unusual word choices: {examples or 'spread thinly'}",
            evidence=[p.span for p in phrases],
        ))
