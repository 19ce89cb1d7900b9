"""Word frequencies (wordfreq, English), cached: spin and stitching features look words up often."""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency: log10 of occurrences per billion words (0 for unknown words, ~7 for "the")."""
    return zipf_frequency(word, "en")
