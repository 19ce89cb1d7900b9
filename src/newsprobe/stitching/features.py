"""Evidence that a paragraph starts text from another article: what changes at each paragraph boundary.

Each paragraph is read once from the text layer's parse into a ``Paragraph`` (its people,
topic words, times, tenses, house style and figures); boundary features then compare a
paragraph with everything before it:

- people: who is introduced where and how — a full name introduced again, a surname used bare
  though never introduced, a full name only after the bare surname, a person's title or first
  name changing;
- topic: weighted word overlap with the paragraphs before and after (rare words weigh more);
- time: weekdays, years and tense that disagree with the ones before;
- house style: quote marks, "U.S."/"US", British/American spelling, "per cent"/"%", dashes,
  "said"/"says", a dateline in mid-article;
- a paragraph that reads as another article's lead; the same counted thing with another number.

Training builds articles out of the ``Paragraph`` records of real ones (training/stitching.py),
so the features are computed by exactly this code at training and run time.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from ..text import DATELINE
from ..wordstats import FUNCTION_WORDS, zipf

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
STYLE_MARKERS = {
    "curly_quotes": re.compile(r"[“”]"),
    "straight_quotes": re.compile(r'"'),
    "us_dotted": re.compile(r"\bU\.S\.?"),
    "us_plain": re.compile(r"\bUS\b"),
    "british": re.compile(r"\b\w+(?:isation|ised|ising|our|ourable)\b|\bdefence\b|\bper cent\b"),
    "american": re.compile(r"\b\w+(?:ization|ized|izing)\b|\bdefense\b|\bpercent\b|%"),
    "en_dash": re.compile(r" – "),
    "em_dash": re.compile(r"—| -- "),
    "honorific_dotted": re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\."),
    "honorific_plain": re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\s"),
}
RIVALS = {"curly_quotes": "straight_quotes", "us_dotted": "us_plain", "british": "american", "en_dash": "em_dash",
          "honorific_dotted": "honorific_plain"}
RIVALS.update({b: a for a, b in list(RIVALS.items())})
OPENING_PRONOUN = frozenset("he she they it his her their this these those".split())
SPEECH = frozenset("say tell add explain note argue insist warn".split())
TITLE_WORDS = re.compile(r"^(?:mr|mrs|ms|miss|dr|sen|rep|gov|gen|lt|col|sgt|capt|prof)\.?$", re.I)


@dataclass
class Person:
    first: str | None  # None when only the surname is written
    last: str
    title: str | None  # the role written before the name ("spokesman", "Secretary of State"), lower case
    salient: bool  # a subject


@dataclass
class Paragraph:
    """What one paragraph says, read from the parse."""

    words: Counter = field(default_factory=Counter)  # content lemmas
    people: list[Person] = field(default_factory=list)
    weekdays: set = field(default_factory=set)
    years: set = field(default_factory=set)
    past: int = 0  # main verbs in the past tense
    present: int = 0  # main verbs in the present tense
    says: int = 0  # "says" attributions
    said: int = 0  # "said" attributions
    styles: set = field(default_factory=set)
    dateline: bool = False
    opening_pronoun: bool = False
    pronoun_said: bool = False  # "he said" / "she told"
    quoted: bool = False  # holds quotation marks
    dated: bool = False  # a date or time expression ("on Thursday", "last week")
    places: set = field(default_factory=set)  # places and organisations named
    figures: list = field(default_factory=list)  # (counted noun lemma, value)
    n_words: int = 0


def paragraph_of(span, text: str, ents) -> Paragraph:
    """Read one paragraph (a spaCy Span over the text-layer prose, and its entities) into a ``Paragraph``."""
    p = Paragraph(styles={name for name, pattern in STYLE_MARKERS.items() if pattern.search(text)},
                  dateline=bool(DATELINE.match(text.lstrip())), quoted=any(ch in text for ch in '"“”'))
    words = [t for t in span if not (t.is_punct or t.is_space)]
    p.n_words = len(words)
    if words:
        p.opening_pronoun = words[0].lower_ in OPENING_PRONOUN
    for t in words:
        lower = t.lower_
        if t.is_alpha and len(lower) > 2 and lower not in FUNCTION_WORDS and not t.ent_type_ == "PERSON":
            p.words[t.lemma_.lower()] += 1
        if lower in WEEKDAYS:
            p.weekdays.add(lower)
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp"):
            if t.tag_ == "VBD":
                p.past += 1
            elif t.tag_ in ("VBZ", "VBP"):
                p.present += 1
        if t.lemma_ in SPEECH:
            if t.tag_ == "VBZ":
                p.says += 1
            elif t.tag_ == "VBD":
                p.said += 1
            for c in t.children:
                if c.dep_ != "nsubj":
                    continue
                if c.lower_ in ("he", "she"):
                    p.pronoun_said = True
                elif c.pos_ == "PROPN" and not c.ent_type_ and c.i == c.left_edge.i:
                    p.people.append(Person(None, c.text, None, True))  # "Earnest said": a speaker the tagger missed
    p.years = set(YEAR.findall(text))
    for ent in ents:
        if ent.label_ == "PERSON":
            person = _person(ent)
            if person:
                p.people.append(person)
        elif ent.label_ in ("GPE", "ORG", "NORP", "LOC", "FAC"):
            p.places.add(ent.text.lower())
        elif ent.label_ in ("DATE", "TIME"):
            p.dated = True
        elif ent.label_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
            figure = _figure(ent)
            if figure:
                p.figures.append(figure)
    return p


def _person(ent) -> Person | None:
    parts = [t for t in ent if not t.is_punct and t.lower_ not in ("’s", "'s")]
    while len(parts) > 1 and TITLE_WORDS.match(parts[0].text):
        parts = parts[1:]
    if not parts:
        return None
    before = ent.doc[ent.start - 1] if ent.start else None
    title = before.lower_ if before is not None and before.pos_ in ("NOUN", "PROPN") and not before.ent_type_ else None
    first = parts[0].text if len(parts) >= 2 else None
    return Person(first, parts[-1].text, title, ent.root.dep_ in ("nsubj", "nsubjpass"))


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figure(ent) -> tuple[str, float] | None:
    """(the noun a number counts, its value): "2,400 Russians" → ("russian", 2400.0)."""
    match = _NUMBER.search(ent.text)
    head = ent.root.head
    if not match or head.pos_ != "NOUN" or head.i in range(ent.start, ent.end):
        return None
    value = float(match.group().replace(",", ""))
    scale = {"million": 1e6, "billion": 1e9, "thousand": 1e3, "bn": 1e9, "m": 1e6}
    for t in ent:
        value *= scale.get(t.lower_, 1)
    return head.lemma_.lower(), value


def paragraphs_of(text) -> list[Paragraph]:
    """The prose paragraphs of an ``ArticleText`` (``text.prose_paragraphs``, in order), read once."""
    doc, prose = text.doc, text.prose
    ents_in: dict[int, list] = {}
    for ent in doc.ents:  # built once: Span.ents rebuilds the document's entities on every call
        ents_in.setdefault(text.paragraph_of(ent.start_char), []).append(ent)
    found = []
    for index, (start, end) in text.prose_paragraphs:
        span = doc.char_span(start, end, alignment_mode="expand")
        found.append(paragraph_of(span, prose[start:end], ents_in.get(index, [])) if span is not None else Paragraph())
    return found


def weight(word: str) -> float:
    """Rare words tell topics apart: 0 for the commonest English words, up to ~6 for unknown ones."""
    return max(0.0, 7.0 - zipf(word))


class Vector(dict):
    """Word counts weighted by rarity, with their norm: what topic overlaps compare."""

    def __init__(self, weighted: dict[str, float]):
        super().__init__(weighted)
        self.norm = math.sqrt(sum(v * v for v in self.values()))

    @classmethod
    def of(cls, words: Counter) -> Vector:
        return cls({w: weight(w) * n for w, n in words.items()})

    def __add__(self, other: Vector) -> Vector:
        total = dict(self)
        for w, v in other.items():
            total[w] = total.get(w, 0.0) + v
        return Vector(total)


def cosine(a: Vector, b: Vector) -> float:
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(v * large[w] for w, v in small.items() if w in large) / (a.norm * b.norm)


BOUNDARY_FEATURES = (
    "cos_prev", "cos_next", "cos_window", "cos_before_all", "cos_repeat",
    "new_people", "new_full_names", "bare_surname_new", "reintroduced", "late_introduction", "title_changed", "first_name_changed",
    "opening_pronoun", "orphan_pronoun", "weekday_new", "year_new", "tense_shift", "says_shift",
    "style_changes", "dateline", "lead_like", "figure_changed",
    "words", "words_prev", "position", "paragraphs",
)


def boundary_features(paragraphs: list[Paragraph]) -> np.ndarray:
    """One row per boundary (before paragraph 1, 2, …): how much changes there."""
    n = len(paragraphs)
    rows = []
    introduced: dict[str, str] = {}  # surname → first name, of people named in full so far
    titles: dict[str, str] = {}  # surname → the title it was introduced with
    seen_names: set[str] = set()  # surnames and first names seen in any form
    weekdays: set[str] = set()
    years: set[str] = set()
    figures: dict[str, set[float]] = {}
    styles: Counter = Counter()
    past = present = says = said = 0
    places: set[str] = set()
    vectors = [Vector.of(p.words) for p in paragraphs]
    before: dict[str, float] = {}

    def remember(p: Paragraph) -> None:
        nonlocal past, present, says, said
        for person in p.people:
            if person.first:
                introduced.setdefault(person.last, person.first)
                seen_names.add(person.first)
            if person.title:
                titles.setdefault(person.last, person.title)
            seen_names.add(person.last)
        weekdays.update(p.weekdays)
        years.update(p.years)
        for noun, value in p.figures:
            figures.setdefault(noun, set()).add(value)
        styles.update(p.styles)
        past, present, says, said = past + p.past, present + p.present, says + p.says, said + p.said
        places.update(p.places)

    remember(paragraphs[0])
    for w, v in vectors[0].items():
        before[w] = v
    for i in range(1, n):
        p, prev = paragraphs[i], paragraphs[i - 1]
        full = [x for x in p.people if x.first]
        bare = [x for x in p.people if not x.first]
        new_full = [x for x in full if x.last not in seen_names]
        here, last = vectors[i], vectors[i - 1]
        window_before = last + vectors[i - 2] if i >= 2 else last
        window_after = here + vectors[i + 1] if i + 1 < n else here
        tense_here = p.present / (p.present + p.past) if p.present + p.past else 0.5
        tense_before = present / (present + past) if present + past else 0.5
        new_entities = len(new_full) + len(p.places - places)
        rows.append((
            cosine(here, last),
            cosine(here, vectors[i + 1]) if i + 1 < n else cosine(here, last),
            cosine(window_before, window_after),
            cosine(here, Vector(before)),
            max((cosine(here, vectors[j]) for j in range(i - 1)), default=0.0),  # restates an earlier one
            sum(1 for x in p.people if x.last not in seen_names),
            len(new_full),
            sum(1 for x in bare if x.last not in seen_names and x.salient),
            sum(1 for x in full if introduced.get(x.last) == x.first),
            sum(1 for x in full if x.last in seen_names and x.last not in introduced),  # "Kerry" before "John Kerry"
            sum(1 for x in p.people if x.title and titles.get(x.last, x.title) != x.title),
            sum(1 for x in full if introduced.get(x.last, x.first) != x.first),  # "Bashir" where "Bashar" was introduced
            float(p.opening_pronoun),
            float(p.pronoun_said and not any(x.salient or x.first for q in paragraphs[: i + 1] for x in q.people)),
            float(bool(p.weekdays) and bool(weekdays) and not p.weekdays & weekdays),
            float(bool(p.years) and bool(years) and not p.years & years),
            abs(tense_here - tense_before) if p.present + p.past else 0.0,
            float((p.says and said and not says) or (p.said and says and not said)),
            sum(1 for s in p.styles if styles[RIVALS.get(s, s)] and not styles[s] and s in RIVALS),
            float(p.dateline),
            float(p.n_words >= 20 and p.dated and new_entities >= 2 and not p.quoted),
            sum(1 for noun, value in p.figures if noun in figures and value not in figures[noun]),
            p.n_words,
            prev.n_words,
            i / n,
            n,
        ))
        remember(p)
        for w, v in here.items():
            before[w] = before.get(w, 0.0) + v
    return np.array(rows, dtype=np.float32).reshape(-1, len(BOUNDARY_FEATURES))


ARTICLE_FEATURES = (
    "max", "second", "third", "mean", "share_likely", "paragraphs_log", "style_mixes",
    "bare_surnames", "reintroduced", "late_introductions", "orphans", "restated", "time_changes",
    "datelines", "leads", "figures_changed", "people", "first_named_bare",
)
# Boundary features summed over the article: each is weak at one boundary, telling in number.
SUMMED = ("bare_surname_new", "reintroduced", "late_introduction", "orphan_pronoun")


def first_named_bare(paragraphs: list[Paragraph]) -> tuple[int, float]:
    """How many people the article names, and the share of them it first names by surname alone:
    news introduces people in full, bar the most famous; a stitch names them as its sources did."""
    first_seen: dict[str, bool] = {}
    for p in paragraphs:
        for person in p.people:
            first_seen.setdefault(person.last, person.first is None)
    return len(first_seen), (sum(first_seen.values()) / len(first_seen) if first_seen else 0.0)


def article_features(probabilities: np.ndarray, rows: np.ndarray, paragraphs: list[Paragraph]) -> np.ndarray:
    p = np.sort(probabilities)[::-1]
    column = {name: rows[:, BOUNDARY_FEATURES.index(name)] if len(rows) else np.zeros(0) for name in BOUNDARY_FEATURES}
    return np.array([
        *(p[k] if p.size > k else 0.0 for k in range(3)),
        p.mean() if p.size else 0.0,
        (p >= 0.5).mean() if p.size else 0.0,
        math.log(len(p) + 1),
        float(column["style_changes"].sum()),
        *(float(column[name].sum()) for name in SUMMED),
        float((column["cos_repeat"] >= 0.5).sum()),
        float(column["weekday_new"].sum() + column["year_new"].sum()),
        float(column["dateline"].sum()),
        float(column["lead_like"].sum()),
        float(column["figure_changed"].sum()),
        *first_named_bare(paragraphs),
    ], dtype=np.float32)
