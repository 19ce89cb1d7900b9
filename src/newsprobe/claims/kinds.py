"""What kind of claim a sentence makes, from its parse: prediction, causal, comparison, quantity or other.

A sentence can be several at once ("unemployment will rise to 6% because of the cuts"); it gets
the first kind of ``KINDS`` it shows, the order in which a fact-checker's method differs most:
a prediction cannot be checked yet, a causal claim needs more than a figure, a comparison needs
two figures, a quantity one.
"""

from __future__ import annotations

KINDS = ("prediction", "causal", "comparison", "quantity", "other")

FUTURE_AUXILIARIES = {"will", "'ll", "shall", "wo"}  # "wo" is spaCy's "wo|n't"
PREDICTION_VERBS = {"forecast", "predict", "project", "expect", "anticipate", "foresee", "estimate"}
# "is set to", "is likely to", "is due to" + verb: the outcome lies ahead.
PREDICTION_ADJECTIVES = {"set", "likely", "unlikely", "due", "expected", "poised", "projected", "forecast", "predicted"}
CAUSAL_MARKERS = {"because", "thanks", "owing", "hence", "therefore", "consequently"}
CAUSAL_VERBS = {"cause", "lead", "result", "blame", "trigger", "spark", "prompt", "drive", "fuel", "contribute", "force"}
CAUSAL_PHRASES = ("due to", "as a result", "result in", "led to", "lead to", "leads to", "responsible for", "because of")
CHANGE_VERBS = {
    "rise", "fall", "increase", "decrease", "drop", "double", "triple", "halve", "grow", "decline", "surge",
    "plunge", "jump", "climb", "soar", "slump", "shrink", "exceed", "outnumber", "outpace", "overtake", "slip",
}  # fmt: skip
COMPARISON_PHRASES = ("compared with", "compared to", "up from", "down from", "than ever", "record high", "record low")


def _predicts(token) -> bool:
    if token.tag_ == "MD" and token.lower_ in FUTURE_AUXILIARIES and token.head.pos_ in {"VERB", "AUX"}:
        return True
    if token.lower_ == "going" and token.i + 2 < len(token.doc) and token.nbor(1).lower_ == "to" and token.nbor(2).tag_ == "VB":
        return True
    if token.lemma_.lower() in PREDICTION_VERBS:
        return any(c.dep_ in {"xcomp", "ccomp"} for c in token.children)
    return token.lower_ in PREDICTION_ADJECTIVES and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in token.children)


def _causes(token) -> bool:
    if token.lower_ in CAUSAL_MARKERS and token.dep_ in {"mark", "advmod", "prep", "amod"}:
        return True
    return token.lemma_.lower() in CAUSAL_VERBS and token.pos_ == "VERB" and any(c.dep_ in {"dobj", "prep", "xcomp"} for c in token.children)


def _compares(token, has_than: bool) -> bool:
    if token.tag_ in {"JJR", "RBR"}:
        # "more than 3,000 people" qualifies a figure; "more jobs than" compares
        following = token.doc[token.i + 1 : token.i + 3]
        qualifier = len(following) == 2 and following[0].lower_ == "than" and following[1].like_num
        return has_than and not qualifier
    if token.tag_ in {"JJS", "RBS"}:
        return token.lower_ not in {"most", "least"}
    return token.lemma_.lower() in CHANGE_VERBS and token.pos_ == "VERB"


def claim_kind(sentence, quantities) -> str:
    """The kind of claim a sentence (a spaCy Span) makes, given the quantities found in it."""
    text = " " + " ".join(t.lower_ for t in sentence) + " "
    if any(_predicts(t) for t in sentence):
        return "prediction"
    if any(f" {phrase} " in text for phrase in CAUSAL_PHRASES) or any(_causes(t) for t in sentence):
        return "causal"
    if any(f" {phrase} " in text for phrase in COMPARISON_PHRASES) or any(_compares(t, " than " in text) for t in sentence):
        return "comparison"
    return "quantity" if quantities else "other"
