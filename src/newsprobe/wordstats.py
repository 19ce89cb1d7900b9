"""English word statistics shared by the models: word frequencies (wordfreq, cached) and function words."""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

# Closed-class English words: never spun, never a topic, never worth indexing alone.
FUNCTION_WORDS = frozenset(
    "a an the and or but if of to in on at by for with from as is are was were be been being it its this that "
    "these those he she they we you i his her their our your my him them us me not no so than then there here "
    "which who whom whose what when where why how all any each some such also into over after before about up "
    "out has have had do does did will would can could should may might must said says say s t".split()
)


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    """Zipf frequency: log10 of occurrences per billion words (0 for unknown words, ~7 for "the")."""
    return zipf_frequency(word, "en")
