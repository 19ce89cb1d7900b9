"""Word tokens with offsets and hashed word 3-grams: the features the reference index stores.

Hashes are stable across processes and machines (blake2b of each token, mixed
with fixed odd multipliers), so an index built on one machine answers on another.
"""

from __future__ import annotations

import re
from hashlib import blake2b

import numpy as np

from ..wordstats import FUNCTION_WORDS

WORD = re.compile(r"\w+")
# Word 3-grams, as in the acceptance rule ("the document holds at least half of the
# paragraph's word 3-grams"); with 30 % of content words spun about 60 % of a
# paragraph's 3-grams survive unchanged (measured on BBC paragraphs spun with WordNet).
SHINGLE = 3
# One 3-gram in two is stored (content-defined by its hash, so a query samples the
# same ones). One in four halved the postings but lost short spun paragraphs: paragraph
# recall 0.975 against 0.993 with one in two (benchmarks/provenance_quality.py).
SAMPLE_BITS = 1
# 3-grams of three function words ("one of the") match everything; never stored.

_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9], dtype=np.uint64)
_MIX = np.uint64(0xFF51AFD7ED558CCD)


class TokenHasher:
    """Maps tokens to stable 64-bit ids, caching the ones it has seen (bounded)."""

    MAX_CACHE = 2_000_000

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._stop = np.array(sorted(self(word) for word in FUNCTION_WORDS), dtype=np.uint64)

    def __call__(self, token: str) -> int:
        value = self._ids.get(token)
        if value is None:
            if len(self._ids) >= self.MAX_CACHE:
                self._ids.clear()
            value = self._ids[token] = int.from_bytes(blake2b(token.encode(), digest_size=8).digest(), "little")
        return value

    def ids(self, tokens: list[str]) -> np.ndarray:
        get = self._ids.get
        return np.array([get(t) or self(t) for t in tokens], dtype=np.uint64)

    def shingles(self, tokens: list[str]) -> np.ndarray:
        """Hash of every word 3-gram, position i covering tokens i..i+2 (63-bit, int64)."""
        return self._hash(tokens)[0]

    def indexable(self, tokens: list[str]) -> np.ndarray:
        """The stored subset, unique: hashes whose low SAMPLE_BITS bits are zero, function-word 3-grams dropped."""
        return self.shingles_and_indexable(tokens)[1]

    def shingles_and_indexable(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Both of the above from one hashing pass."""
        hashes, function_only = self._hash(tokens)
        return hashes, np.unique(hashes[~function_only & ((hashes & ((1 << SAMPLE_BITS) - 1)) == 0)])

    def _hash(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        if len(tokens) < SHINGLE:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=bool)
        ids = self.ids(tokens)
        with np.errstate(over="ignore"):
            h = ids[:-2] * _MULT[0] + ids[1:-1] * _MULT[1] + ids[2:] * _MULT[2]
            h ^= h >> np.uint64(31)
            h *= _MIX
            h ^= h >> np.uint64(29)
        at = np.minimum(np.searchsorted(self._stop, ids), self._stop.size - 1)
        stop = self._stop[at] == ids
        return (h >> np.uint64(1)).astype(np.int64), stop[:-2] & stop[1:-1] & stop[2:]


def tokens(text: str) -> list[str]:
    lowered = text.lower()
    if len(lowered) == len(text):
        return WORD.findall(lowered)
    # Lower-cased word by word where lower-casing changes lengths ("İ"), as tokens_with_offsets does.
    return [word.lower() for word in WORD.findall(text)]


def tokens_with_offsets(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[tuple[int, int]]]:
    words, spans = [], []
    for match in WORD.finditer(text, start, len(text) if end is None else end):
        words.append(match.group().lower())
        spans.append(match.span())
    return words, spans
