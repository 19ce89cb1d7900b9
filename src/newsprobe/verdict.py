"""The verdict: a label from the reasons the analyzers gave, each pointing at evidence in the body.

Analyzers build their own reasons (docs/verdict.md lists them all); this module only
combines them. Each reason carries its severity; serious ones alone make an article
questionable.

Labels: ``unreliable`` with two or more serious reasons, ``questionable`` with
one serious reason or two or more minor ones, ``insufficient evidence`` when the
article is too short or quotes nobody and nothing else fired, else ``reliable``.
"""

from __future__ import annotations

from .report import Reason, Verdict

# Fewer body words than this and the rules have too little to go on.
MIN_WORDS_FOR_VERDICT = 80


def decide(reasons: list[Reason], *, body_words: int, quotes: int) -> Verdict:
    serious = [r for r in reasons if r.severity == "serious"]
    if len(serious) >= 2:
        label = "unreliable"
    elif serious or len(reasons) >= 2:
        label = "questionable"
    elif not reasons and (body_words < MIN_WORDS_FOR_VERDICT or not quotes):
        label = "insufficient evidence"
    else:
        label = "reliable"
    return Verdict(label=label, reasons=list(reasons))
