"""Verdict rules: a label and plain-language reasons, each pointing at evidence in the body.

Rules (docs/verdict.md explains them for readers):
- ``orphan-quotes``: quotes credited only to a pronoun with nobody named;
- ``anonymous-sources``: quotes credited to unnamed sources;
- ``no-named-sources``: the article quotes nobody by name;
- ``headline-*``: the body does not support or contradicts the headline (analyzers/headline.py);
- reasons added by later analyzers (provenance, stitching, spin) use the same shape.

Each reason carries its severity; serious ones alone make an article questionable.

Labels: ``unreliable`` with two or more serious reasons, ``questionable`` with
one serious reason or two or more minor ones, ``insufficient evidence`` when the
article is too short or quotes nobody and nothing else fired, else ``reliable``.
"""

from __future__ import annotations

from .report import Reason, Report, Verdict

# Fewer body words than this and the quote rules have too little to go on.
MIN_WORDS_FOR_VERDICT = 80
# Anonymous sourcing is normal in news; it becomes a reason past this share of quotes.
ANONYMOUS_SHARE = 0.34


def quote_reasons(report: Report) -> list[Reason]:
    quotes = report.quotes
    reasons: list[Reason] = []
    if not quotes:
        return reasons
    orphans = [q for q in quotes if q.speaker.kind == "pronoun"]
    if orphans:
        reasons.append(
            Reason(
                code="orphan-quotes",
                severity="serious",
                message=(
                    f"{len(orphans)} of {len(quotes)} quotes are credited only to a pronoun "
                    f"({', '.join(sorted({_said(q) for q in orphans}))}) with nobody named in the article before them"
                ),
                evidence=[span for q in orphans for span in [q.speaker.span or q.cue.span, *q.content.spans]],
            )
        )
    anonymous = [q for q in quotes if q.speaker.kind == "anonymous"]
    if anonymous and len(anonymous) / len(quotes) >= ANONYMOUS_SHARE:
        reasons.append(
            Reason(
                code="anonymous-sources",
                severity="minor",
                message=f"{len(anonymous)} of {len(quotes)} quotes come from unnamed sources",
                evidence=[q.speaker.span or q.cue.span for q in anonymous],
            )
        )
    named = [q for q in quotes if q.speaker.resolved]
    if not named:
        reasons.append(
            Reason(
                code="no-named-sources",
                severity="minor",
                message=f"none of the {len(quotes)} quotes is credited to a named person or organization",
                evidence=[q.cue.span for q in quotes],
            )
        )
    return reasons


def _said(quote) -> str:
    return f"“{quote.speaker.text} {quote.cue.text}”" if quote.speaker.text else f"“{quote.cue.text}”"


def decide(report: Report, extra: list[Reason] | None = None) -> Verdict:
    reasons = quote_reasons(report) + list(extra or [])
    serious = [r for r in reasons if r.severity == "serious"]
    if len(serious) >= 2:
        label = "unreliable"
    elif serious or len(reasons) >= 2:
        label = "questionable"
    elif not reasons and (len(report.article.body.split()) < MIN_WORDS_FOR_VERDICT or not report.quotes):
        label = "insufficient evidence"
    else:
        label = "reliable"
    return Verdict(label=label, reasons=reasons)
