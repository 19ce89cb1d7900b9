"""Is this English, and if not, what is it? py3langid (langid.py's model: 140 languages) decides.

newsprobe's models are English-only, so a text is refused only when the identifier is sure it is
not English; a text too short to tell is analysed.
"""

from __future__ import annotations

import functools
import re

# Fewer letters than this and the language is left undetermined: the identifier's guesses on a few
# words are noise (it takes one BBC News headline in six, ~25 letters, for another language).
MIN_LETTERS = 20
# A text is English unless the identifier gives English less than this probability. Calibrated with
# benchmarks/language.py: English texts of MIN_LETTERS letters or more (BBC News and realnews outlets
# articles, and their headlines, first sentences and first paragraphs read as bodies) never scored
# below 0.0017 (a BBC headline), whole articles never below 0.99; spaCy's example sentences in 66
# other languages scored at most 0.022, and under this for 97 % of them.
MIN_ENGLISH_PROBABILITY = 0.001
# The identifier reads the first SAMPLE_CHARS characters, a paragraph or more of any article. A longer
# sample would let long texts in other languages pass: py3langid divides its scores by the square root
# of the length, so its probabilities flatten as a text grows (a French sentence repeated over 20,000
# characters gives English 0.004; over 2,000, 0.00005).
SAMPLE_CHARS = 2_000

_LETTER = re.compile(r"[^\W\d_]")


@functools.cache
def identifier():
    """The language identifier with probabilities, loaded once per process (about a second)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def letters(text: str) -> int:
    return len(_LETTER.findall(text))


def detect_language(text: str) -> str | None:
    """'en' for a text that may be English, the ISO 639 code of its language for one that is sure not
    to be, or None for one too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if letters(sample) < MIN_LETTERS:
        return None
    ranked = identifier().rank(sample)
    english = next(probability for code, probability in ranked if code == "en")
    return "en" if english >= MIN_ENGLISH_PROBABILITY else ranked[0][0]


def language_name(code: str) -> str:
    """The language's English name ('sv' → 'Swedish'), or its code where Babel has no name for it."""
    from babel import Locale

    return Locale("en").languages.get(code, code)
