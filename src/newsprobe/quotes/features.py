"""Features of a candidate attribution for the learned filter: how often its verb is a cue, what
its speaker and content look like, how the content was found."""

from __future__ import annotations

import numpy as np

from .cues import SPEECH

VIA = ("complement", "parenthetical", "preposition", "according", "quote", "label")
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
    speaker = attribution.speaker_token
    content_start = attribution.content[0][0] if attribution.content else attribution.cue[1]
    content_span = doc.char_span(content_start, attribution.content[-1][1], alignment_mode="expand") if attribution.content else None
    sentence = verb.sent
    return [
        cues / seen if seen else 0.0,
        float(np.log1p(seen)),
        float(lemma in SPEECH),
        float(attribution.direct),
        float(attribution.nested),
        float(speaker is not None),
        float(speaker is not None and speaker.pos_ == "PRON"),
        float(speaker is not None and speaker.ent_type_ == "PERSON"),
        float(speaker is not None and speaker.ent_type_ in ("ORG", "NORP", "GPE")),
        float(len(list(speaker.subtree)) if speaker is not None else 0),
        float(len(content_span) if content_span is not None else 0),
        float(len(attribution.content)),
        float(VIA.index(attribution.via)),
        float(content_span is not None and len(content_span) > 0 and content_span[0].lower_ == "that"),
        float(TAGS.index(verb.tag_) if verb.tag_ in TAGS else len(TAGS)),
        float(DEPS.index(verb.dep_) if verb.dep_ in DEPS else len(DEPS)),
        float(attribution.cue[1] - attribution.cue[0]),
        float(any(t.text in ('"', "“", "”") for t in sentence)),
        float(attribution.speaker is not None and attribution.speaker[0] < attribution.cue[0]),
        float(content_start < attribution.cue[0]),
        (verb.i - sentence.start) / max(len(sentence), 1),
    ]
