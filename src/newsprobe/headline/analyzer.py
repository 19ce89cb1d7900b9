"""Headline vs body: FNC-1 stance of the body towards the headline, with the sentences that show it."""

from __future__ import annotations

from ..analysis import Analyzer, Context, Findings
from ..report import EvidenceSentence, Headline, Reason
from .features import content_words, tokenize
from .model import default_model


# The model's own probability for its label above which a headline reason counts.
CONFIDENT = 0.5
# FNC-1 calls any pair with little word overlap "unrelated"; punning news headlines ("Wenger rules
# out new keeper") overlap little with sound bodies. A headline is called unsupported only when
# the body also never uses at least this share of its content words, and for a discussing body
# also this many nouns ("fighter jets", "airfield"). Set on BBC News (benchmarks/headline_reasons.py:
# 24 of 318 articles got an unsupported reason with them) and kept after measuring the reason's rate
# on real outlets below.
MISSING_SHARE = 0.5
MISSING_NOUNS = 2
# Severities, from benchmarks/false_alarms.py on real articles of reliable outlets: a confident
# "contradicted" fired on 0.5 % of them (serious); "unsupported" on 5.8 % (headlinese, idioms:
# "Stunning Upset", "collision course"), so it is minor (5.4 % as minor now); a body that discusses
# the headline without confirming it is how news is written (42 %), and an unconfident
# "contradicted" (12 %) is mostly the FNC-1 model meeting headlinese: both are notes.
MESSAGES = {
    "headline-unsupported": "Headline: the body does not support the headline",
    "headline-contradicted": "Headline: the body contradicts the headline",
    "headline-not-confirmed": "Headline: the body discusses the headline's claim without confirming it",
}


def analyze_headline(ctx: Context) -> Findings:
    title = ctx.article.title
    headline = Headline(text=title)
    if not title:
        return Findings(headline)
    result = default_model().assess(title, ctx.text.prose, ctx.text.sentences)
    headline.stance = result.stance
    headline.probabilities = result.probabilities
    headline.supported = result.stance == "agree"
    headline.missing_terms = result.missing_terms
    headline.evidence = [
        EvidenceSentence(span=span, text=ctx.article.body[span[0] : span[1]], score=score) for span, score in result.evidence
    ]
    missing_share = _missing_share(title, result.missing_terms)
    # Only a discussing body is judged by its missing nouns, and only when it misses enough of the words
    # for them to count: the headline's own parse costs about a tenth of the rest of the analysis.
    judged_by_nouns = result.stance == "discuss" and missing_share >= MISSING_SHARE
    missing_nouns = _missing_nouns(ctx.text.headline, result.missing_terms) if judged_by_nouns else 0
    reason = _reason(result.stance, result.probabilities[result.stance], missing_share, missing_nouns)
    if not reason:
        return Findings(headline)
    code, severity = reason
    message = MESSAGES[code]
    if result.missing_terms:
        message += f"; it never mentions {', '.join(repr(t) for t in result.missing_terms)}"
    evidence = [e.span for e in headline.evidence]
    return Findings(headline, [Reason(code=code, severity=severity, message=message, evidence=evidence)])


def _reason(stance: str, probability: float, missing_share: float, missing_nouns: int) -> tuple[str, str] | None:
    """(code, severity) of the headline's reason, or None when the body supports it."""
    if stance == "agree":
        return None
    if stance == "disagree":
        return "headline-contradicted", "serious" if probability >= CONFIDENT else "note"
    if stance == "unrelated":
        return "headline-unsupported", "minor" if probability >= CONFIDENT and missing_share >= MISSING_SHARE else "note"
    if missing_nouns >= MISSING_NOUNS and missing_share >= MISSING_SHARE:
        return "headline-unsupported", "minor"  # the missing words are the evidence, whatever the model's confidence
    return "headline-not-confirmed", "note"


def _missing_share(title: str, missing_terms: list[str]) -> float:
    words = content_words(tokenize(title))
    missing = content_words(tokenize(" ".join(missing_terms)))
    return len(missing) / len(words) if words else 0.0


def _missing_nouns(headline_doc, missing_terms: list[str]) -> int:
    """How many of the missing headline words are nouns or names (tagged in the headline's own parse)."""
    if not missing_terms:
        return 0
    missing = {w.lower() for term in missing_terms for w in term.split()}
    return sum(1 for tok in headline_doc if tok.lower_ in missing and tok.pos_ in ("NOUN", "PROPN"))


ANALYZER = Analyzer("headline", analyze_headline, load=default_model)
