"""Word-level alignment of a passage with a source document: how much of it was copied, and what changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

import numpy as np

# Equal runs shorter than this are coincidence ("the", "said"), not copying; two-word runs
# survive 30 % spin well (most runs between substitutions are longer than two words).
MIN_RUN = 2
# A replaced stretch this short between two copied runs is a substitution (a spun word or
# phrase, "last year" → "past year"); longer stretches are the author's own text.
MAX_SUBSTITUTION = 4


@dataclass
class Edit:
    kind: str  # substituted | inserted | deleted
    body: tuple[int, int] | None  # token range in the passage
    source: tuple[int, int] | None  # token range in the document


@dataclass
class Alignment:
    score: float  # share of the passage copied from the document, substitutions included
    copied: float  # share copied unchanged
    changes: list[Edit] = field(default_factory=list)
    window: tuple[int, int] = (0, 0)  # document token range aligned with the passage
    restored: list[str] = field(default_factory=list)  # the passage with substitutions undone


def best_window(passage_shingles: np.ndarray, doc_shingles: np.ndarray, length: int) -> tuple[int, int]:
    """The document token range, about the passage's length, holding most of its 3-grams."""
    hits = np.flatnonzero(np.isin(doc_shingles, passage_shingles))
    if hits.size == 0:
        return 0, 0
    # Densest run of hits spanning at most twice the passage's length.
    ends = np.searchsorted(hits, hits + 2 * length, side="right")
    best = int(np.argmax(ends - np.arange(hits.size)))
    first, last = int(hits[best]), int(hits[ends[best] - 1])
    return max(0, first - length // 2), last + 3 + length // 2


def align(passage: list[str], document: list[str], window: tuple[int, int]) -> Alignment:
    start = window[0]
    target = document[window[0] : window[1]]
    ops = SequenceMatcher(None, passage, target, autojunk=False).get_opcodes()
    anchored = [tag == "equal" and i2 - i1 >= MIN_RUN for tag, i1, i2, _, _ in ops]
    if not any(anchored):
        return Alignment(0.0, 0.0, window=window, restored=list(passage))
    first = anchored.index(True)
    last = len(ops) - 1 - anchored[::-1].index(True)
    copied = substituted = 0
    changes: list[Edit] = []
    restored: list[str] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        short = max(i2 - i1, j2 - j1) <= MAX_SUBSTITUTION
        if first < k < last and tag != "equal" and short:
            # Between copied runs: a spun word or phrase, or a word added or dropped.
            substituted += i2 - i1
            restored += target[j1:j2]
            kind = {"replace": "substituted", "delete": "inserted", "insert": "deleted"}[tag]
            changes.append(Edit(kind, (i1, i2) if i2 > i1 else None, (start + j1, start + j2) if j2 > j1 else None))
        elif tag == "replace" and k in (first - 1, last + 1) and i2 - i1 <= MAX_SUBSTITUTION:
            # Next to the first or last copied run: the same number of words, the source's.
            n = i2 - i1
            j1, j2 = (max(j1, j2 - n), j2) if k < first else (j1, min(j2, j1 + n))
            substituted += n
            restored += target[j1:j2]
            changes.append(Edit("substituted", (i1, i2), (start + j1, start + j2)))
        else:
            copied += (i2 - i1) if anchored[k] else 0
            restored += passage[i1:i2]
            if tag in ("replace", "delete") and not anchored[k]:
                changes.append(Edit("inserted", (i1, i2), None))
            elif tag in ("replace", "insert") and first < k < last:
                changes.append(Edit("deleted", None, (start + j1, start + j2)))
    span = (start + ops[first][3], start + ops[last][4])
    return Alignment((copied + substituted) / len(passage), copied / len(passage), changes, span, restored)
