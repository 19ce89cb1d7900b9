"""Per-word evidence of synonym spinning: rare words with a common synonym, and unusual collocations.

A spinner swaps a word for a WordNet synonym chosen without regard to use, so a spun
word tends to be rarer than a synonym it has (``zipf`` from wordfreq), to be a base
form or a multi-word lemma ("Russian Federation"), and to sit in a bigram news text
rarely uses ("past year") where a synonym makes a common one ("last year").
"""

from __future__ import annotations

import math
import zlib
from dataclasses import dataclass

import numpy as np

from ..wordstats import FUNCTION_WORDS, zipf

# Inflected words are looked up by their base form; a spinner that re-inflects swaps
# "reported" for "accounted". (suffix, replacement) in the order tried.
SUFFIXES = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))
FEATURES = (
    "zipf", "has_synonym", "inflected", "synonym_gap", "synonyms", "left_count", "right_count", "context_gap",
    "capitalised_inside", "phrase", "phrase_gap", "news_count",
)
# Bigram counts are hashed into this many buckets (log2 counts, uint8); 2^22 keeps
# collisions under 1 in 6 for the ~0.7 M distinct bigrams of the training text.
BUCKETS = 1 << 22


class Alternatives(dict):
    """Word or phrase → its synonyms with their Zipf frequency, most frequent first.

    Held as the shipped "alt\tzipf\t…" text and parsed on lookup: 110k parsed lists
    would take ~100 MiB in every process that loads the model.
    """

    def __getitem__(self, word: str) -> list[tuple[str, float]]:
        fields = super().__getitem__(word)
        if isinstance(fields, str):
            parts = fields.split("\t")
            fields = [(parts[i], float(parts[i + 1])) for i in range(0, len(parts), 2)]
        return fields

    def get(self, word: str, default=None):
        return self[word] if word in self else default

    @staticmethod
    def line(word: str, alternatives: list[tuple[str, float]]) -> str:
        return "\t".join([word, *(f"{w}\t{z}" for w, z in alternatives)])


@dataclass
class Lexicon:
    """What the features look words up in, shipped in data/spin/ (built by training/spin.py)."""

    alternatives: Alternatives
    bigrams: np.ndarray  # uint8[BUCKETS]: 4·log2(1 + count) of hashed bigrams of news text
    unigrams: dict[str, int]  # news-text counts of words

    def __post_init__(self) -> None:
        # Indexing a memoryview gives a Python int without the numpy scalar a lookup in the array makes:
        # an article looks up about 2,000 bigrams (spin's features 3.6 → 2.7 ms an article).
        self._counts = memoryview(self.bigrams)

    def bigram(self, left: str, right: str) -> float:
        return float(self._counts[bucket(left, right)])


def bucket(left: str, right: str) -> int:
    """Bucket of a bigram: crc32 is stable across processes, unlike hash()."""
    return zlib.crc32(f"{left} {right}".encode()) % BUCKETS


def base_forms(word: str):
    """``word`` and the base forms its suffix suggests, (form, suffix) — suffix "" for the word itself."""
    yield word, ""
    for suffix, replacement in SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            yield word[: -len(suffix)] + replacement, suffix


@dataclass
class Word:
    text: str
    start: int
    end: int
    content: bool
    named: bool = False  # part of a name no spinner swaps: scored like any word, never shown as spun


# Names of people, works and places other than countries are never swapped by a synonym spinner
# ("Betsy Ross", "Potomac River"), so they are not shown as spun phrases. Countries and organisations
# can be: spinners swap "Russia" for "Russian Federation", which spaCy tags ORG. The model's features
# count every word, as at training time (tokens from a tokenizer alone carry no entity).
NAMED = frozenset("PERSON FAC LOC PRODUCT EVENT WORK_OF_ART LAW".split())


def words(tokens) -> list[Word]:
    """The alphabetic words among spaCy ``tokens`` (the text layer's, or a tokenizer's: the same tokens)."""
    return [
        Word(t.text, t.idx, t.idx + len(t), len(t) > 2 and t.lower_ not in FUNCTION_WORDS, t.ent_type_ in NAMED)
        for t in tokens
        if t.is_alpha
    ]


def word_features(ws: list[Word], text: str, lexicon: Lexicon) -> tuple[list[int], np.ndarray, list[str | None]]:
    """For the content words among ``ws`` (words of ``text``): their positions in ``ws``, a feature
    row for each, and the synonym each likely replaced."""
    lower = [w.text.lower() for w in ws]
    content, rows, originals = [], [], []
    for i, w in enumerate(ws):
        if not w.content:
            continue
        word = lower[i]
        left = lower[i - 1] if i > 0 else "<s>"
        right = lower[i + 1] if i + 1 < len(ws) else "</s>"
        alternatives, suffix = next(
            ((lexicon.alternatives[form], suffix) for form, suffix in base_forms(word) if form in lexicon.alternatives), ([], "")
        )
        word_zipf = zipf(word)
        left_count, right_count = lexicon.bigram(left, word), lexicon.bigram(word, right)
        fit = left_count + right_count
        best_fit, original = 0.0, None
        for alt, _ in alternatives:
            alt_fit = lexicon.bigram(left, alt) + lexicon.bigram(alt, right)
            if original is None or alt_fit > best_fit:
                best_fit, original = alt_fit, alt
        phrase, phrase_gap = 0.0, 0.0
        for pair in (f"{left} {word}", f"{word} {right}"):
            if pair in lexicon.alternatives:
                phrase = 1.0
                phrase_gap = max(phrase_gap, lexicon.alternatives[pair][0][1] - zipf(pair))
        sentence_start = i == 0 or text[ws[i - 1].end : w.start].strip()[-1:] in (".", "!", "?", "“", '"')
        rows.append((
            word_zipf,
            float(bool(alternatives)),
            float(bool(suffix)),
            (alternatives[0][1] - word_zipf) if alternatives else 0.0,
            float(len(alternatives)),
            left_count,
            right_count,
            (best_fit - fit) if alternatives else 0.0,
            float(w.text[0].isupper() and not sentence_start),
            phrase,
            phrase_gap,
            math.log1p(lexicon.unigrams.get(word, 0)),
        ))
        content.append(i)
        originals.append(original)
    return content, np.array(rows, dtype=np.float32).reshape(-1, len(FEATURES)), originals
