"""A learned filter over candidate attributions: which of them are attributions at all.

The dependency patterns propose candidates for every verb seen as a cue in
PolNeAR train; gradient-boosted trees over a few structural features (how
often the verb is a cue, what the source and content look like, how the
content was found) keep the likely ones. Built by ``training/attribution.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import ModelError
from ..report import require_compatible
from .cues import SPEECH

DATA = Path(__file__).resolve().parents[1] / "data"
META_PATH = DATA / "attribution.json"
MODEL_PATH = DATA / "attribution_filter.txt"
RETRAIN = "python training/attribution.py"

VIA = ("complement", "parenthetical", "preposition", "according", "quote")
TAGS = ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB")
DEPS = ("ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl", "parataxis", "acl", "pcomp")
FEATURES = (
    "cue_rate", "log_seen", "speech_verb", "direct", "nested", "has_source", "source_pronoun", "source_person",
    "source_org", "source_tokens", "content_tokens", "content_pieces", "via", "content_that", "cue_tag", "cue_dep",
    "cue_tokens", "quote_in_sentence", "source_before_cue", "content_before_cue", "cue_position",
)


def features(attribution, doc, rates: dict[str, tuple[int, int]]) -> list[float]:
    verb = attribution.cue_token
    lemma = verb.lemma_.lower()
    cues, seen = rates.get(lemma, (0, 0))
    source = attribution.source_token
    content_start = attribution.content[0][0] if attribution.content else attribution.cue[1]
    content_span = doc.char_span(content_start, attribution.content[-1][1], alignment_mode="expand") if attribution.content else None
    sentence = verb.sent
    return [
        cues / seen if seen else 0.0,
        float(np.log1p(seen)),
        float(lemma in SPEECH),
        float(attribution.direct),
        float(attribution.nested),
        float(source is not None),
        float(source is not None and source.pos_ == "PRON"),
        float(source is not None and source.ent_type_ == "PERSON"),
        float(source is not None and source.ent_type_ in ("ORG", "NORP", "GPE")),
        float(len(list(source.subtree)) if source is not None else 0),
        float(len(content_span) if content_span is not None else 0),
        float(len(attribution.content)),
        float(VIA.index(attribution.via)),
        float(content_span is not None and len(content_span) > 0 and content_span[0].lower_ == "that"),
        float(TAGS.index(verb.tag_) if verb.tag_ in TAGS else len(TAGS)),
        float(DEPS.index(verb.dep_) if verb.dep_ in DEPS else len(DEPS)),
        float(attribution.cue[1] - attribution.cue[0]),
        float(any(t.text in ('"', "“", "”") for t in sentence)),
        float(attribution.source is not None and attribution.source[0] < attribution.cue[0]),
        float(content_start < attribution.cue[0]),
        (verb.i - sentence.start) / max(len(sentence), 1),
    ]


@dataclass
class AttributionFilter:
    booster: object
    threshold: float
    rates: dict[str, tuple[int, int]]

    def keep(self, attributions: list, doc) -> list:
        if not attributions:
            return attributions
        matrix = np.array([features(a, doc, self.rates) for a in attributions], dtype=np.float32)
        scores = self.booster.predict(matrix)
        return [a for a, score in zip(attributions, scores) if score >= self.threshold]


def load_meta() -> dict:
    try:
        meta = json.loads(META_PATH.read_text(encoding="utf-8"))
        require_compatible(meta.get("schema"))
        meta["rates"] = {lemma: tuple(counts) for lemma, counts in meta["rates"].items()}
        return meta
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"attribution model {META_PATH} is missing or corrupt ({exc}); rebuild it with `{RETRAIN}`") from None


@lru_cache(maxsize=1)
def default_filter() -> AttributionFilter:
    import lightgbm

    meta = load_meta()
    try:
        booster = lightgbm.Booster(model_str=MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, lightgbm.basic.LightGBMError) as exc:
        raise ModelError(f"attribution filter {MODEL_PATH} is missing or corrupt ({exc}); rebuild it with `{RETRAIN}`") from None
    return AttributionFilter(booster, meta["threshold"], meta["rates"])
