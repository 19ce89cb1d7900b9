"""Features of a candidate attribution for the learned filter: how often its verb is a cue, what
its speaker and content look like, how the content was found, and how often PolNeAR train's
candidates like it (by cue verb, by how the content was found, by the speaker's head word) are
annotated attributions."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .cues import SPEECH

VIA = ("complement", "parenthetical", "preposition", "according", "quote", "label", "passive")
TAGS = ("VBD", "VBZ", "VBP", "VBG", "VBN", "VB")
DEPS = ("ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl", "parataxis", "acl", "pcomp")
FEATURES = (
    "cue_rate", "log_seen", "speech_verb", "direct", "nested", "has_source", "source_pronoun", "source_person",
    "source_org", "source_tokens", "content_tokens", "content_pieces", "via", "content_that", "cue_tag", "cue_dep",
    "cue_tokens", "quote_in_sentence", "source_before_cue", "content_before_cue", "cue_position",
    "negated", "modal", "passive", "first_person", "has_object",
    "share_by_lemma", "share_by_lemma_via", "share_by_lemma_dep", "share_by_speaker",
)
# What a candidate's share of annotated attributions is counted by (CandidateShares), in FEATURES' order.
SHARED_BY = ("lemma", "lemma_via", "lemma_dep", "speaker")
# A share is smoothed towards the share of all candidates as if this many more candidates had been seen:
# a key seen twice says little. Not tuned.
SMOOTHING = 5.0
# Keys seen fewer times than this among the candidates are not kept (they would read as the prior anyway).
MIN_SEEN = 3


def shared_keys(attribution) -> tuple[str, ...]:
    """The candidate's keys, in SHARED_BY's order: its cue lemma, with how its content was found, with
    the cue's place in the parse, and its speaker's head (the word for a noun or pronoun, "rally" or
    "they"; the entity type or part of speech for a name)."""
    verb, speaker = attribution.cue_token, attribution.speaker_token
    lemma = verb.lemma_.lower()
    if speaker is None:
        who = "-"
    elif speaker.pos_ in ("NOUN", "PRON"):
        who = speaker.lemma_.lower()
    else:
        who = speaker.ent_type_ or speaker.pos_
    return lemma, f"{lemma}|{attribution.via}", f"{lemma}|{verb.dep_}", who


@dataclass
class CandidateShares:
    """For each key of SHARED_BY: key → (annotated, seen) among PolNeAR train's candidates, and the
    share of all candidates that are annotated (the prior a rare or unseen key falls back to)."""

    counts: dict[str, dict[str, tuple[int, int]]]
    prior: float

    @classmethod
    def count(cls, candidates, labels) -> CandidateShares:
        counts: dict[str, dict[str, list[int]]] = {name: {} for name in SHARED_BY}
        for attribution, label in zip(candidates, labels, strict=True):
            for name, key in zip(SHARED_BY, shared_keys(attribution), strict=True):
                tally = counts[name].setdefault(key, [0, 0])
                tally[0] += bool(label)
                tally[1] += 1
        kept = {name: {key: (hits, seen) for key, (hits, seen) in sorted(table.items()) if seen >= MIN_SEEN}
                for name, table in counts.items()}
        return cls(kept, float(np.mean(labels)) if len(labels) else 0.0)

    def to_json(self) -> dict:
        return {"prior": self.prior, "counts": {name: {key: list(counts) for key, counts in table.items()}
                                                for name, table in self.counts.items()}}

    @classmethod
    def from_json(cls, stored: dict) -> CandidateShares:
        counts = {name: {key: (int(hits), int(seen)) for key, (hits, seen) in stored["counts"][name].items()} for name in SHARED_BY}
        return cls(counts, float(stored["prior"]))

    def of(self, attribution) -> list[float]:
        shares = []
        for name, key in zip(SHARED_BY, shared_keys(attribution), strict=True):
            hits, seen = self.counts[name].get(key, (0, 0))
            shares.append((hits + SMOOTHING * self.prior) / (seen + SMOOTHING))
        return shares


def features(attribution, doc, rates: dict[str, tuple[int, int]], shares: CandidateShares) -> list[float]:
    verb = attribution.cue_token
    lemma = verb.lemma_.lower()
    cues, seen = rates.get(lemma, (0, 0))
    speaker = attribution.speaker_token
    content_start = attribution.content[0][0] if attribution.content else attribution.cue[1]
    content_span = doc.char_span(content_start, attribution.content[-1][1], alignment_mode="expand") if attribution.content else None
    sentence = verb.sent
    children = list(verb.children)
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
        float(any(c.dep_ == "neg" for c in children)),
        float(any(c.tag_ == "MD" for c in children)),
        float(any(c.dep_ == "auxpass" for c in children)),
        float(speaker is not None and speaker.lower_ in ("i", "we")),
        float(any(c.dep_ == "dobj" for c in children)),
        *shares.of(attribution),
    ]
