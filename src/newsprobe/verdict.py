"""The verdict: a label from the reasons the analyzers gave, each pointing at evidence in the body.

Analyzers build their own reasons (docs/verdict.md lists them all, with the share of
reliable-outlet articles each fires on); this module only combines them. Each reason carries
its severity: serious ones alone make an article questionable, notes never change the label.

Labels: ``unreliable`` with two or more serious reasons, or one serious reason and two or more
minor ones (three independent problems); ``questionable`` with one serious reason or two or more
minor ones; ``insufficient evidence`` when the article is too short or quotes nobody and nothing
but notes fired; else ``reliable``.
"""

from __future__ import annotations

from .report import Reason, Verdict

# Fewer body words than this and the rules have too little to go on.
MIN_WORDS_FOR_VERDICT = 80


def decide(reasons: list[Reason], *, body_words: int, quotes: int) -> Verdict:
    serious = [r for r in reasons if r.severity == "serious"]
    counted = [r for r in reasons if r.severity != "note"]
    if len(serious) >= 2 or (serious and len(counted) >= 3):
        label = "unreliable"
    elif serious or len(counted) >= 2:
        label = "questionable"
    elif not counted and (body_words < MIN_WORDS_FOR_VERDICT or not quotes):
        label = "insufficient evidence"
    else:
        label = "reliable"
    return Verdict(label=label, reasons=list(reasons))
