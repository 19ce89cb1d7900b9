"""Learned span boundaries: where an attribution's cue, source and content begin and end.

The dependency rules find each span's head well but its edges by fixed rules, and PolNeAR's
annotators draw edges the rules cannot know ("said Friday" and "said in an interview" are cues,
"said" alone is not; content often runs on to the sentence's end). For each edge of each span
the tokens near the rules' edge are candidates; gradient-boosted trees (trained on PolNeAR train by
``training/attribution.py``) score each candidate from its place in the parse, and the best one
becomes the edge. The rules' own edge is always a candidate, so the model can keep it, and nested
attributions keep the rules' edges.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from ..text import ArticleText
from .cues import QUOTE_CHARS, SPEECH, clause_marks
from .features import VIA
from .quotemarks import QuoteRegion, closed_quotes
from .rules import Attribution, Span, opened_by_when, bracket_closed, dateline_end, overlap, token_at, trim, writers_aside

ROLES = ("cue", "source", "content")
SIDES = ("start", "end")
# Candidates lie within this many tokens of the rules' edge. On PolNeAR train (candidates whose cue is
# an annotated cue) the annotated edge is that close for 99.3 % of cue edges, 97.7 % of source edges
# and 93.3 % of content edges (1.8 % of content edges are in another sentence, out of reach).
WINDOW = {"cue": 6, "source": 8, "content": 14}
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
FEATURES = (
    "role", "side", "offset", "abs_offset", "length", "pos", "dep", "marker", "prev_pos", "prev_punct",
    "prev_quote", "prev_comma", "next_pos", "next_punct", "next_quote", "next_comma", "sent_start", "sent_end",
    "para_start", "para_end", "subtree_left", "subtree_right", "in_cue_subtree", "cue_child_dep", "head_is_cue",
    "depth_below_cue", "before_cue", "quote_chars_between", "in_quote", "entity_inside", "person",
    "direct", "via", "speech_verb", "pieces", "is_rule", "cue_reach",
)


@dataclass
class BoundaryModel:
    booster: object
    # Cue lemma → the share of its candidates' annotated cues in PolNeAR train that run on past it ("made
    # it clear": "make" 0.87, "talked about" 0.90, "railed against" 1.0; "said" 0.06, "told" 0.01).
    cue_reach: dict[str, float] = field(default_factory=dict)

    def refine(self, attributions: list[Attribution], text: ArticleText, regions: list[QuoteRegion], reading=None) -> None:
        """Move each span's edges to the best-scoring candidates (edits ``attributions`` in place); with
        the tagger's ``reading`` (accurate mode) its edge probabilities count too."""
        table = ParseTable(text.doc, text.prose, regions)
        jobs = list(placed_edges(attributions, table, self.cue_reach))
        if not jobs:
            return
        scores = self.booster.predict(np.array([row for _, _, rows in jobs for row in rows], dtype=np.float32))
        first = 0
        for edge, candidates, _ in jobs:
            scored = scores[first : first + len(candidates)]
            if reading is not None and (reading.blend.edges or reading.blend.bounds):
                starts, ends = [table.offset[i] for i in candidates], [table.end[i] for i in candidates]
                scored = reading.edge_scores(edge.role, edge.side, starts, ends, scored)
            # Content never ends before the verb of the clause the rules found it to report ("Brooks, 27,
            # died after …, the office said" is no "Brooks"); the candidates are scored as trained, the
            # verb only bars the choice.
            floor = _clause_verb(table.doc, edge.opposite.i, edge.token.i) if edge.role == "content" and edge.side == "end" else -1
            best = max((k for k, i in enumerate(candidates) if i >= floor), key=lambda k: scored[k])
            edge.move_to(candidates[best], table)
            first += len(candidates)


def reaches(counts) -> dict[str, float]:
    """Cue lemma → reach (BoundaryModel.cue_reach), from each lemma's (cues that run on past the verb,
    cues) as training/attribution.py counts them and meta.json stores them."""
    return {lemma: runs / cues for lemma, (runs, cues) in counts.items()}


def placed_edges(attributions: list[Attribution], table: ParseTable, cue_reach: dict[str, float]):
    """Each span edge with two candidates or more: (the edge, its candidate tokens, their features).
    Nested attributions keep the rules' edges: PolNeAR does not annotate them, so the model never saw any.
    No edge moves onto a span of another of the attributions that is not nested ("announced the arrest
    … and said a curfew would continue": a word belongs to one attribution; PolNeAR dev exact F1 +0.001
    source, +0.0005 cue, +0.0025 content). So a span the rules gave two attributions (one speaker for
    "announced … and said") keeps the rules' edges: letting it move scored lower on dev (source 0.759 →
    0.758, content 0.5848 → 0.5843). ``cue_reach``: each cue lemma's reach (BoundaryModel)."""
    outer = [a for a in attributions if not a.nested]
    spans = SpanIndex(outer)
    for attribution in outer:
        for role in ROLES:
            for side in SIDES:
                edge = Edge.locate(attribution, table, role, side, cue_reach)
                candidates = edge.candidates(table, spans) if edge is not None else []
                if len(candidates) >= 2:
                    yield edge, candidates, [edge.features(i, table) for i in candidates]


class ParseTable:
    """What the edge features read of one article's parse, as plain lists filled sentence by sentence
    where edges are placed: spaCy builds a Token object at every attribute read, which made the
    features the quotes analyzer's largest cost."""

    ATTRIBUTES = ("pos", "dep", "marker", "punct", "space", "quote_mark", "comma", "head", "left", "right", "offset",
                  "end", "entity_inside", "person", "sentence")

    def __init__(self, doc, text: str, regions: list[QuoteRegion]):
        self.doc, self.text = doc, text
        for name in self.ATTRIBUTES:
            setattr(self, name, [None] * len(doc))
        closed = closed_quotes(regions)
        self.region_starts, self.region_ends = [s for s, _ in closed], [e for _, e in closed]
        # Offsets of quote characters, with the straight marks that open or close a region: single marks
        # where an article quotes with them, the first of the wire style's two ('').
        self.straight_marks = {o for r in regions for o in (r.start, r.end - 1) if text[o] == "'"}
        self.marks = sorted(self.straight_marks.union(i for i, ch in enumerate(text) if ch in QUOTE_CHARS))

    def read(self, token) -> tuple[int, int, int]:
        """Fill in the sentence that holds ``token`` (and the word on each side of it); its start, end
        and last token that is not punctuation."""
        if self.sentence[token.i] is not None:
            return self.sentence[token.i]
        sentence = token.sent
        words = [t.i for t in sentence if not (t.is_punct or t.is_space)]
        bounds = (sentence.start, sentence.end, max(words, default=token.i))
        for t in self.doc[max(sentence.start - 1, 0) : sentence.end + 1]:
            i = t.i
            self.pos[i], self.dep[i], self.marker[i] = _index(POS, t.pos_), _index(DEPS, t.dep_), _index(MARKERS, t.lower_)
            self.punct[i], self.space[i], self.quote_mark[i], self.comma[i] = t.is_punct, t.is_space, t.text in QUOTE_CHARS or t.idx in self.straight_marks, t.text == ","
            self.head[i], self.left[i], self.right[i] = t.head.i, t.left_edge.i, t.right_edge.i
            self.offset[i], self.end[i] = t.idx, t.idx + len(t)
            self.entity_inside[i], self.person[i] = t.ent_iob_ == "I", t.ent_type_ == "PERSON"
        for i in range(sentence.start, sentence.end):
            self.sentence[i] = bounds
        return bounds

    def quoted(self, offset: int) -> bool:
        """Whether ``offset`` is inside a closed quotation (they never overlap)."""
        at = bisect_right(self.region_starts, offset) - 1
        return at >= 0 and offset < self.region_ends[at]

    def below(self, i: int, verb: int) -> tuple[int | None, int]:
        """The cue verb's child whose subtree holds token ``i`` (or None), and the steps from ``i`` up
        to the verb (-1 when the verb is not above it or is more than 8 steps up)."""
        node, steps = i, 0
        while node != verb and self.head[node] != node:
            if self.head[node] == verb:
                return node, (steps + 1 if steps < 8 else -1)
            node, steps = self.head[node], steps + 1
        return None, (0 if node == verb else -1)


class SpanIndex:
    """The spans of a set of attributions, sorted by start, for finding those that overlap a stretch: an
    edge's candidates keep off the spans of the others (placed_edges), and an article may have hundreds."""

    def __init__(self, attributions: list[Attribution]):
        self.spans = sorted((s[0], s[1], id(a)) for a in attributions for role in ROLES for s in role_spans(a, role))
        self.starts = [start for start, _, _ in self.spans]
        self.longest = max((end - start for start, end, _ in self.spans), default=0)

    def overlapping(self, low: int, high: int, attribution: Attribution) -> list[Span]:
        """The spans of attributions other than ``attribution`` that overlap ``low`` to ``high``."""
        first, stop = bisect_left(self.starts, low - self.longest), bisect_left(self.starts, high)
        return [(start, end) for start, end, owner in self.spans[first:stop] if end > low and owner != id(attribution)]


def _clause_verb(doc, first: int, last: int) -> int:
    """The first verb among the tokens ``first`` to ``last`` that heads them (its head outside them), else
    ``first``."""
    return next((t.i for t in doc[first : last + 1] if t.pos_ in ("VERB", "AUX") and not first <= t.head.i <= last), first)


def role_spans(attribution: Attribution, role: str) -> list[Span]:
    if role == "cue":
        return [attribution.cue]
    if role == "source":
        return [attribution.speaker] if attribution.speaker else []
    return attribution.content


@dataclass
class Edge:
    """One edge (start or end) of one span (cue, source or content) of an attribution."""

    attribution: Attribution
    role: str
    side: str
    spans: list[Span]
    token: object  # the rules' edge
    opposite: object  # the span's other edge
    sentence_start: int
    sentence_end: int
    last_word: int  # the sentence's last token that is not punctuation
    cue_reach: float = -1.0  # BoundaryModel.cue_reach of the cue's lemma; -1 for a lemma without one

    @classmethod
    def locate(cls, attribution: Attribution, table: ParseTable, role: str, side: str, cue_reach: dict[str, float]) -> Edge | None:
        spans = role_spans(attribution, role)
        if not spans:
            return None
        first, last = token_at(table.doc, spans[0][0]), token_at(table.doc, spans[-1][1] - 1)
        if first is None or last is None:
            return None
        token, opposite = (first, last) if side == "start" else (last, first)
        table.read(attribution.cue_token)
        reach = cue_reach.get(attribution.cue_token.lemma_.lower(), -1.0)
        return cls(attribution, role, side, spans, token, opposite, *table.read(token), reach)

    def candidates(self, table: ParseTable, barred: SpanIndex | None = None) -> list[int]:
        """Word tokens near the rules' edge, within the edge's sentence and paragraph, that keep the span
        non-empty and off the attribution's other spans and the ``barred`` attributions' spans; the rules'
        edge first."""
        edge, verb = self.token.i, self.attribution.cue_token.i
        others = [s for r in ROLES if r != self.role for s in role_spans(self.attribution, r)]
        window = WINDOW[self.role]
        first, stop = max(self.sentence_start, edge - window), min(self.sentence_end, edge + window + 1)
        if self.role == "content" and self.side == "end":
            # Content never runs on into the writer's own clause the rules cut off (rules.writers_aside).
            after = table.doc[edge + 1 : self.sentence_end]
            stop = min([stop, *(t.left_edge.i for t in after if t.left_edge.i > edge and (writers_aside(t) or _when_said(t, verb)))])
        if self.role == "content" and table.left[verb] <= edge <= table.right[verb]:
            # Content found in the cue's clause stays there ("supporters chanting slogans lined the street").
            first, stop = max(first, table.left[verb]), min(stop, table.right[verb] + 1)
        if self.role == "content" and self.side == "start":
            # Nor does it start inside a dateline (rules._without_lead_in).
            opening = next((i for i in range(first, stop) if not (table.punct[i] or table.space[i])), first)
            past = dateline_end(table.doc[opening])
            while first < stop and table.offset[first] < past:
                first += 1
        if self.role == "cue" and self.side == "end":
            # A cue may take "to" but not its object: "responded to", not "whispered to the guard" (PolNeAR
            # train: the object is in the cue 44 times in 613 cues that take the "to").
            stop = min([stop, *(t.i + 1 for t in self.attribution.cue_token.rights if t.dep_ == "prep" and t.lower_ == "to"
                                and t.i >= edge and any(c.dep_ in ("pobj", "pcomp") for c in t.children))])
        if stop > first:  # only spans near the candidates can bar any (a long article has hundreds)
            low, high = min(table.offset[first], table.offset[edge]), max(table.end[stop - 1], table.end[edge])
            others = [s for s in others if overlap((low, high), s)]
            if barred is not None:
                others += barred.overlapping(low, high, self.attribution)
        found = [edge]
        for i in range(first, stop):
            if i == edge or table.punct[i] or table.space[i]:
                continue
            if self.side == "start" and table.offset[i] >= self.spans[0][1] or self.side == "end" and table.end[i] <= self.spans[-1][0]:
                continue  # the first (last) piece would be empty
            if _inside_hyphenated(table.text, table.end[i] if self.side == "end" else table.offset[i] - 1):
                continue  # "alarm at cuts in money to support air" out of "air-travel"
            stretch = (table.offset[min(i, edge)], table.end[max(i, edge)])
            if "\n" in table.text[stretch[0] : stretch[1]]:
                continue  # spans do not cross paragraphs here; the quote-mark rules join those
            if any(overlap(stretch, s) for s in others):
                continue
            found.append(i)
        return found

    @cached_property
    def constants(self) -> tuple[float, ...]:
        """The features every candidate of this edge shares, worked out once."""
        attribution = self.attribution
        return (float(ROLES.index(self.role)), float(SIDES.index(self.side)), float(attribution.direct),
                float(VIA.index(attribution.via)), float(attribution.cue_token.lemma_.lower() in SPEECH),
                float(len(self.spans)), self.cue_reach)

    def features(self, i: int, table: ParseTable) -> list[float]:
        edge, other, verb = self.token.i, self.opposite.i, self.attribution.cue_token
        last = len(table.head) - 1
        low, high = sorted((table.offset[i], table.offset[edge]))
        child, depth = table.below(i, verb.i)
        text = table.text
        role, side, direct, via, speech_verb, pieces, cue_reach = self.constants
        return [
            role,
            side,
            float(i - edge),
            float(abs(i - edge)),
            float(abs(i - other) + 1),
            table.pos[i],
            table.dep[i],
            table.marker[i],
            table.pos[i - 1] if i > 0 else -1.0,
            float(i > 0 and table.punct[i - 1]),
            float(i > 0 and table.quote_mark[i - 1]),
            float(i > 0 and table.comma[i - 1]),
            table.pos[i + 1] if i < last else -1.0,
            float(i < last and table.punct[i + 1]),
            float(i < last and table.quote_mark[i + 1]),
            float(i < last and table.comma[i + 1]),
            float(i == self.sentence_start),
            float(i >= self.last_word),
            float(table.offset[i] == 0 or text[table.offset[i] - 1] == "\n"),
            float(_paragraph_ends_after(text, table.end[i])),
            float(table.left[i] == i),
            float(table.right[i] == i),
            float(table.left[verb.i] <= i <= table.right[verb.i]),
            table.dep[child] if child is not None else -1.0,
            float(table.head[i] == verb.i),
            float(depth),
            float(i < verb.i),
            float(bisect_left(table.marks, high) - bisect_left(table.marks, low)),
            float(table.quoted(table.offset[i])),
            float(table.entity_inside[i]),
            float(table.person[i]),
            direct,
            via,
            speech_verb,
            pieces,
            float(i == edge),
            cue_reach,
        ]

    def move_to(self, i: int, table: ParseTable) -> None:
        """Move the edge to token ``i``, unless that is the rules' edge, or the span would come out
        empty or run into another span of the attribution as it now stands."""
        if i == self.token.i:
            return
        spans = list(role_spans(self.attribution, self.role))  # as they are now: the other edge may have moved
        if self.side == "start":
            spans[0] = trim(table.text, table.offset[i], spans[0][1])
        else:
            spans[-1] = bracket_closed(table.text, trim(table.text, spans[-1][0], table.end[i]))
        others = [s for r in ROLES if r != self.role for s in role_spans(self.attribution, r)]
        if any(s is None for s in spans) or any(overlap(s, o) for s in spans for o in others):
            return
        if self.role == "cue":
            self.attribution.cue = spans[0]
        elif self.role == "source":
            self.attribution.speaker = spans[0]
        else:
            self.attribution.content = spans


def _when_said(tok, verb: int) -> bool:
    """Whether ``tok`` heads a clause on the cue itself that a conjunction, or "when", "where" or "while"
    as the adverb the parser makes of them, opens: when or why it was said, not what ("She said goodbye
    as the train left the station")."""
    return tok.dep_ == "advcl" and tok.head.i == verb and (bool(clause_marks(tok)) or opened_by_when(tok))


def _inside_hyphenated(text: str, position: int) -> bool:
    """Whether a hyphen at ``position`` joins two words: a span edge there would cut a word in two."""
    return 0 < position < len(text) - 1 and text[position] == "-" and text[position - 1].isalnum() and text[position + 1].isalnum()


def _paragraph_ends_after(text: str, position: int) -> bool:
    """Only punctuation and spaces between ``position`` and the paragraph's end."""
    newline = text.find("\n", position)
    rest = text[position : newline if newline >= 0 else len(text)]
    return not any(ch.isalnum() for ch in rest)


def _index(names: tuple[str, ...], value: str) -> float:
    return float(names.index(value)) if value in names else -1.0
