"""Learned span boundaries: where an attribution's cue, source and content begin and end.

The dependency rules find each span's head well but its edges by fixed rules, and PolNeAR's
annotators draw edges the rules cannot know ("said Friday" and "said in an interview" are cues,
"said" alone is not; content runs on past "which …" or stops at "but"). For each edge of each span
the tokens near the rules' edge are candidates; gradient-boosted trees (trained on PolNeAR train by
``training/attribution.py``) score each candidate from its place in the parse, and the best one
becomes the edge. The rules' own edge is always a candidate, so the model can keep it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .cues import SPEECH
from ..text import ArticleText
from .features import VIA
from .quotemarks import QuoteRegion, closed_quotes
from .rules import Attribution, Span, overlap, writers_aside

ROLES = ("cue", "source", "content")
SIDES = ("start", "end")
# Candidates lie within this many tokens of the rules' edge: PolNeAR train's edge corrections are
# within 12 tokens for 96 % of the cues and sources and 85 % of the contents the rules find.
WINDOW = {"cue": 8, "source": 8, "content": 14}
POS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
       "SCONJ", "SYM", "VERB", "X", "SPACE")
DEPS = ("ROOT", "nsubj", "nsubjpass", "dobj", "iobj", "pobj", "prep", "ccomp", "xcomp", "advcl", "advmod",
        "npadvmod", "conj", "cc", "mark", "relcl", "acl", "amod", "compound", "det", "poss", "appos", "aux",
        "auxpass", "neg", "prt", "punct", "attr", "acomp", "oprd", "agent", "pcomp", "parataxis", "dep", "nummod")
# Words that open or close spans in PolNeAR often enough to be worth naming to the model.
MARKERS = ("that", "to", "but", "and", "or", "which", "who", "because", "if", "when", "as", "in", "on", "for",
           "of", "with", "by", "about", "after", "before", "while", "although", "the", "a", "his", "her",
           "their", "this", "saying", "adding", "according", "also", "not", "friday", "monday", "tuesday",
           "wednesday", "thursday", "saturday", "sunday", "interview", "statement")
QUOTE_CHARS = frozenset('"“”‘’«»')
FEATURES = (
    "role", "side", "offset", "abs_offset", "length", "pos", "dep", "marker", "prev_pos", "prev_punct",
    "prev_quote", "prev_comma", "next_pos", "next_punct", "next_quote", "next_comma", "sent_start", "sent_end",
    "para_start", "para_end", "subtree_left", "subtree_right", "in_cue_subtree", "cue_child_dep", "head_is_cue",
    "depth_below_cue", "before_cue", "quote_chars_between", "in_quote", "entity_inside", "person",
    "direct", "via", "speech_verb", "pieces", "is_rule",
)


@dataclass
class BoundaryModel:
    booster: object

    def refine(self, attributions: list[Attribution], text: ArticleText, regions: list[QuoteRegion]) -> None:
        """Move each span's edges to the best-scoring candidates (edits ``attributions`` in place)."""
        doc, prose = text.doc, text.prose
        quoted = closed_quotes(regions)
        jobs = []  # (attribution, role, side, candidate tokens, first feature row)
        rows: list[list[float]] = []
        for attribution in attributions:
            for role in ROLES:
                for side in SIDES:
                    candidates = candidate_edges(attribution, doc, prose, role, side)
                    if len(candidates) < 2:
                        continue
                    jobs.append((attribution, role, side, candidates, len(rows)))
                    rows.extend(edge_features(attribution, doc, prose, quoted, role, side, t) for t in candidates)
        if not rows:
            return
        scores = self.booster.predict(np.array(rows, dtype=np.float32))
        for attribution, role, side, candidates, first in jobs:
            best = candidates[int(np.argmax(scores[first : first + len(candidates)]))]
            move_edge(attribution, role, side, best)


def role_spans(attribution: Attribution, role: str) -> list[Span]:
    if role == "cue":
        return [attribution.cue]
    if role == "source":
        return [attribution.speaker] if attribution.speaker else []
    return attribution.content


def edge_token(doc, spans: list[Span], side: str):
    """The token at a span list's first (start) or last (end) character, or None."""
    if not spans:
        return None
    char = spans[0][0] if side == "start" else spans[-1][1] - 1
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def candidate_edges(attribution: Attribution, doc, text: str, role: str, side: str) -> list:
    """Word tokens near the rules' edge, within the edge's sentence and paragraph, that keep the span
    non-empty and off the attribution's other spans; the rules' edge first."""
    spans = role_spans(attribution, role)
    edge = edge_token(doc, spans, side)
    other_edge = edge_token(doc, spans, "end" if side == "start" else "start")
    if edge is None or other_edge is None:
        return []
    others = [s for r in ROLES if r != role for s in role_spans(attribution, r)]
    sentence = edge.sent
    window = WINDOW[role]
    stop = sentence.end
    if role == "content" and side == "end":
        # Content never runs on into the writer's own clause the rules cut off (rules.writers_aside).
        stop = min((t.left_edge.i - 1 for t in sentence if t.left_edge.i > edge.i and writers_aside(t)), default=stop)
    first = max(sentence.start, edge.i - window)
    verb = attribution.cue_token
    if role == "content" and verb.left_edge.i <= edge.i <= verb.right_edge.i:
        # Content found in the cue's clause stays there ("supporters chanting slogans lined the street").
        first, stop = max(first, verb.left_edge.i), min(stop, verb.right_edge.i + 1)
    found = [edge]
    for i in range(first, min(stop, edge.i + window + 1)):
        tok = doc[i]
        if i == edge.i or tok.is_punct or tok.is_space:
            continue
        if side == "start" and i > other_edge.i or side == "end" and i < other_edge.i:
            continue  # the span would be empty
        low, high = sorted((i, edge.i))
        stretch = (doc[low].idx, doc[high].idx + len(doc[high]))
        if "\n" in text[stretch[0] : stretch[1]]:
            continue  # spans do not cross paragraphs here; the quote-mark rules join those
        if any(overlap(stretch, s) for s in others):
            continue
        found.append(tok)
    return found


def edge_features(attribution: Attribution, doc, text: str, quoted: list[Span], role: str, side: str, tok) -> list[float]:
    spans = role_spans(attribution, role)
    edge = edge_token(doc, spans, side)
    other = edge_token(doc, spans, "end" if side == "start" else "start")
    verb = attribution.cue_token
    prev = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    low, high = sorted((tok.idx, edge.idx))
    child = _cue_child(tok, verb)
    depth = _depth_below(tok, verb)
    return [
        float(ROLES.index(role)),
        float(SIDES.index(side)),
        float(tok.i - edge.i),
        float(abs(tok.i - edge.i)),
        float(abs(tok.i - other.i) + 1),
        _index(POS, tok.pos_),
        _index(DEPS, tok.dep_),
        _index(MARKERS, tok.lower_),
        _index(POS, prev.pos_) if prev is not None else -1.0,
        float(prev is not None and prev.is_punct),
        float(prev is not None and prev.text in QUOTE_CHARS),
        float(prev is not None and prev.text == ","),
        _index(POS, after.pos_) if after is not None else -1.0,
        float(after is not None and after.is_punct),
        float(after is not None and after.text in QUOTE_CHARS),
        float(after is not None and after.text == ","),
        float(tok.is_sent_start or tok.i == tok.sent.start),
        float(all(t.is_punct or t.is_space for t in doc[tok.i + 1 : tok.sent.end])),
        float(tok.idx == 0 or text[tok.idx - 1] == "\n"),
        float(_paragraph_ends_after(text, tok.idx + len(tok))),
        float(tok.left_edge.i == tok.i),
        float(tok.right_edge.i == tok.i),
        float(verb.left_edge.i <= tok.i <= verb.right_edge.i),
        _index(DEPS, child.dep_) if child is not None else -1.0,
        float(tok.head == verb),
        float(depth),
        float(tok.i < verb.i),
        float(sum(ch in QUOTE_CHARS for ch in text[low:high])),
        float(any(s <= tok.idx < e for s, e in quoted)),
        float(tok.ent_iob_ == "I"),
        float(tok.ent_type_ == "PERSON"),
        float(attribution.direct),
        float(VIA.index(attribution.via)),
        float(verb.lemma_.lower() in SPEECH),
        float(len(spans)),
        float(tok.i == edge.i),
    ]


def move_edge(attribution: Attribution, role: str, side: str, tok) -> None:
    spans = list(role_spans(attribution, role))
    if side == "start":
        spans[0] = (tok.idx, spans[0][1])
    else:
        spans[-1] = (spans[-1][0], tok.idx + len(tok))
    if any(s >= e for s, e in spans):
        return
    if role == "cue":
        attribution.cue = spans[0]
    elif role == "source":
        attribution.speaker = spans[0]
    else:
        attribution.content = spans


def _cue_child(tok, verb):
    """The cue verb's child whose subtree holds ``tok``, or None."""
    node = tok
    while node.head != node:
        if node.head == verb:
            return node
        node = node.head
    return None


def _depth_below(tok, verb) -> int:
    """Steps from ``tok`` up to the cue verb; -1 when the verb is not above it (capped at 8)."""
    node, steps = tok, 0
    while node != verb and node.head != node and steps < 8:
        node, steps = node.head, steps + 1
    return steps if node == verb else -1


def _paragraph_ends_after(text: str, position: int) -> bool:
    """Only punctuation and spaces between ``position`` and the paragraph's end."""
    newline = text.find("\n", position)
    rest = text[position : newline if newline >= 0 else len(text)]
    return not any(ch.isalnum() for ch in rest)


def _index(names: tuple[str, ...], value: str) -> float:
    return float(names.index(value)) if value in names else -1.0
