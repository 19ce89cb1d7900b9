"""Spin: how likely the body was reworded by synonym swapping, and the words that show it.

Without an index the spin model judges the words; with one, the substitutions that
provenance found against a source are the surest evidence and join the phrases.
"""

from __future__ import annotations

from ..analysis import Analyzer, Context, Findings
from ..report import Reason, Spin, SpunPhrase
from .model import default_model

# Spin score from which the verdict gets a reason. 0.5 fired on 5 % of real articles of the tune
# sites (benchmarks/false_alarms.py); 0.8 fires on 0.7 % of them (0.5 % of held-out sites), and on
# 95 % of articles built with 15 % of their words spun and all at 30 % (docs/benchmarks.md).
REASON_SCORE = 0.8
# Fewer words than this and the pooled score rests on a handful of them ("Hello." alone scored over
# 0.8): no reason. In benchmarks/false_alarms.py the shortest built spun article that fired had 78
# words and the shortest real article 94, so the floor changes none of its figures.
MIN_REASON_WORDS = 50


def analyze_spin(ctx: Context) -> Findings:
    body = ctx.article.body
    result = default_model().assess(ctx.text.words, ctx.text.prose)
    found = [
        SpunPhrase(span=w.span, text=body[w.span[0] : w.span[1]], score=w.probability, likely_original=w.original)
        for w in result.words
    ]
    phrases = {p.span: p for p in found}
    for match in ctx.sections["provenance"]:
        for change in match.changes:
            if change.kind == "substituted" and change.span:
                phrases[change.span] = SpunPhrase(span=change.span, text=change.body_text, score=1.0, likely_original=change.source_text)
    spin = Spin(score=round(float(result.score), 3), phrases=sorted(phrases.values(), key=lambda p: p.span))
    if result.score < REASON_SCORE or len(ctx.text.words) < MIN_REASON_WORDS:
        return Findings(spin)
    examples = ", ".join(f"“{p.text}”" + (f" (for “{p.likely_original}”?)" if p.likely_original else "") for p in found[:4])
    return Findings(spin, [Reason(
        code="spun-wording", severity="serious",
        message=f"Spin: the wording looks machine-reworded (score {result.score:.2f}); unusual word choices: {examples or 'spread thinly'}",
        evidence=[p.span for p in found],
    )])


ANALYZER = Analyzer("spin", analyze_spin, reads=("provenance",), load=default_model)
