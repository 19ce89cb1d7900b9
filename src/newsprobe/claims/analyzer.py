"""Claims: the sentences of the body most worth checking, with their figures, and numbers stated two ways."""

from __future__ import annotations

from ..analysis import Analyzer, Context, Findings
from ..report import Claim, Quantity, Reason
from ..text import ArticleText
from . import quantities as parsed
from .model import SentenceClaim, claims_for, default_model

# The claims a report lists: the sentences at or above the model's claim threshold (meta.json
# "claim_threshold", F1-best on ClaimBuster), highest score first, at most this many. A fact-checker
# starts with a handful; a long article can have thirty factual sentences, and the rest of them are
# still in the body. docs/claims.md.
MAX_CLAIMS = 10

# "Numbers stated two ways" counts as minor: it fired on 1 of 379 reliable-outlet articles in a first
# benchmarks/false_alarms.py run (--per-site 6), 0 of 600 BBC and outlets articles in
# benchmarks/checkworthy.py inconsistencies; docs/benchmarks.md has the full run.
INCONSISTENT_SEVERITY = "minor"


def _quantity(q: parsed.Quantity) -> Quantity:
    return Quantity(text=q.text, span=q.span, value=q.value, high=q.high, unit=q.unit, counted=q.counted, qualifier=q.qualifier)


def _claim(text: ArticleText, found: SentenceClaim) -> Claim:
    start, end = found.span
    return Claim(
        span=found.span, text=text.body[start:end], score=found.score, kind=found.kind, quote=found.quote,
        speaker=found.speaker, quantities=[_quantity(q) for q in found.quantities],
    )


def ranked(sentences: list[SentenceClaim], threshold: float) -> list[SentenceClaim]:
    """The sentences that count as claims, highest check-worthiness first (ties in text order), at most ``MAX_CLAIMS``."""
    return sorted((s for s in sentences if s.score >= threshold), key=lambda s: (-s.score, s.span[0]))[:MAX_CLAIMS]


def inconsistency_reason(text: ArticleText, pairs: list[tuple[parsed.Quantity, parsed.Quantity]]) -> Reason | None:
    """One reason for all the figures the article states two ways, both figures of each pair as evidence."""
    if not pairs:
        return None

    def where(q: parsed.Quantity) -> str:
        return f"“{q.text}” (paragraph {text.paragraph_of(q.span[0]) + 1})"

    stated = "; ".join(f"{a.counted}: {where(a)} and {where(b)}" for a, b in pairs)
    return Reason(
        code="inconsistent-figures", severity=INCONSISTENT_SEVERITY,
        message=f"Figures stated two ways: the article gives the same count with different values — {stated}",
        evidence=list(dict.fromkeys(q.span for pair in pairs for q in pair)),
    )


def analyze_claims(ctx: Context) -> Findings:
    text = ctx.text
    model = default_model()
    found = claims_for(text, ctx.sections["quotes"], model)
    claims = [_claim(text, s) for s in ranked(found.sentences, model.threshold)]
    reason = inconsistency_reason(text, found.inconsistencies)
    return Findings(claims, [reason] if reason else [])


ANALYZER = Analyzer("claims", analyze_claims, reads=("quotes",), load=default_model)
