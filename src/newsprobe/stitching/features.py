"""Evidence that a paragraph starts text from another article: what changes at each paragraph boundary.

Text-only (no parse), so training on thousands of built articles takes seconds:
- topic: weighted word overlap with the paragraphs before and after (rare words weigh more);
- people and places: names new to the article, surnames used bare though never introduced,
  full names introduced a second time, pronouns that open a paragraph with no name before;
- time: weekdays and years that disagree with the ones before;
- house style: quote marks, "U.S."/"US", British/American spelling, "per cent"/"%", dashes.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from ..wordstats import zipf

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
NAME = re.compile(r"\b[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?\b")
FULL_NAME = re.compile(r"\b([A-Z][a-z]+) ((?:[A-Z]\. )?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
SAID = re.compile(r"\b([A-Z][a-z]+) (?:said|says|told|added|explained|noted|argued|insisted|warned)\b|"
                  r"\b(?:said|says|told|added) ([A-Z][a-z]+)\b")
OPENING_PRONOUN = re.compile(r"^[“\"‘']?(He|She|They|It|His|Her|Their|This|These|Those|That)\b")
PRONOUN_SAID = re.compile(r"\b(he|she) (?:said|says|told|added)\b|\b(?:said|says|told|added) (he|she)\b", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
STYLE_MARKERS = {
    "curly_quotes": re.compile(r"[“”]"),
    "straight_quotes": re.compile(r'"'),
    "us_dotted": re.compile(r"\bU\.S\.?"),
    "us_plain": re.compile(r"\bUS\b"),
    "british": re.compile(r"\b\w+(?:isation|ised|ising|our|ourable|ence)\b|\bdefence\b|\bper cent\b"),
    "american": re.compile(r"\b\w+(?:ization|ized|izing)\b|\bdefense\b|\bpercent\b|%"),
    "en_dash": re.compile(r" – "),
    "em_dash": re.compile(r"—| -- "),
}
CAPITALISED_FUNCTION = frozenset(
    "The A An In On At By For With From As It Its This That These Those He She They We I His Her Their Our But And Or If "
    "When While After Before Since Mr Mrs Ms Dr Sir However Meanwhile Also There Here What Who Why How Some Many Most".split()
)
DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][A-Za-z. ]+)?\s*(?:\([A-Za-z .]+\)\s*)?[-—–:]\s")
BOUNDARY_FEATURES = (
    "cos_prev", "cos_next", "cos_window", "cos_before_all", "cos_drop", "cos_repeat",
    "new_full_names", "dateline",
    "new_names", "new_names_before_share", "bare_surname_new", "reintroduced", "late_introduction", "opening_pronoun", "orphan_pronoun",
    "weekday_new", "weekday_known", "year_new", "style_changes", "style_new",
    "words", "words_prev", "position",
)


def weight(word: str) -> float:
    """Rare words tell topics apart: 0 for the commonest English words, up to ~6 for unknown ones."""
    return max(0.0, 7.0 - zipf(word))


def bag(text: str) -> Counter[str]:
    return Counter(w.lower() for w in WORD.findall(text) if len(w) > 2)


def cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(weight(w) ** 2 * n * b[w] for w, n in a.items() if w in b)
    na = math.sqrt(sum((weight(w) * n) ** 2 for w, n in a.items()))
    nb = math.sqrt(sum((weight(w) * n) ** 2 for w, n in b.items()))
    return dot / (na * nb) if na and nb else 0.0


def names(text: str) -> set[str]:
    """Capitalised words that are not sentence openers of the function-word kind."""
    return {m.group() for m in NAME.finditer(text) if m.group() not in CAPITALISED_FUNCTION}


def styles(text: str) -> set[str]:
    return {name for name, pattern in STYLE_MARKERS.items() if pattern.search(text)}


def boundary_features(paragraphs: list[str]) -> np.ndarray:
    """One row per boundary (before paragraph 1, 2, …): how much changes there."""
    bags = [bag(p) for p in paragraphs]
    rows = []
    seen_names: set[str] = set(names(paragraphs[0]))
    introduced: set[str] = {m.group(2) for m in FULL_NAME.finditer(paragraphs[0])}
    seen_full: set[str] = {m.group(0) for m in FULL_NAME.finditer(paragraphs[0])}
    weekdays = set(WEEKDAY.findall(paragraphs[0]))
    years = set(YEAR.findall(paragraphs[0]))
    style_counts: Counter[str] = Counter(styles(paragraphs[0]))
    before = Counter(bags[0])
    for i in range(1, len(paragraphs)):
        text = paragraphs[i]
        here = names(text)
        new = here - seen_names
        said = {g for m in SAID.finditer(text) for g in m.groups() if g}
        full = {m.group(2) for m in FULL_NAME.finditer(text)}
        bare_new = {s for s in said if s not in seen_names and s not in full}
        reintroduced = {s for s in full if s in introduced}
        opening = bool(OPENING_PRONOUN.match(text))
        orphan = bool(PRONOUN_SAID.search(text)) and not (names(paragraphs[i - 1]) - CAPITALISED_FUNCTION)
        days, yrs = set(WEEKDAY.findall(text)), set(YEAR.findall(text))
        style = styles(text)
        # Styles this paragraph uses that the article so far used the rival of.
        rivals = {"curly_quotes": "straight_quotes", "straight_quotes": "curly_quotes", "us_dotted": "us_plain",
                  "us_plain": "us_dotted", "british": "american", "american": "british", "en_dash": "em_dash", "em_dash": "en_dash"}
        style_changes = sum(1 for s in style if style_counts[rivals[s]] and not style_counts[s])
        window_before = bags[i - 1] + (bags[i - 2] if i >= 2 else Counter())
        window_after = bags[i] + (bags[i + 1] if i + 1 < len(bags) else Counter())
        cos_prev = cosine(bags[i], bags[i - 1])
        cos_next = cosine(bags[i], bags[i + 1]) if i + 1 < len(bags) else cos_prev
        rows.append((
            cos_prev,
            cos_next,
            cosine(window_before, window_after),
            cosine(bags[i], before),
            cos_next - cos_prev,
            max((cosine(bags[i], bags[j]) for j in range(i - 1)), default=0.0),  # restates an earlier paragraph
            len({m.group(0) for m in FULL_NAME.finditer(text)} - seen_full),
            float(bool(DATELINE.match(text))),
            len(new) / max(1, len(here)),
            len(new),
            len(bare_new),
            len(reintroduced),
            len({s for s in full if s in seen_names and s not in introduced}),  # "Kerry" before "John Kerry"
            float(opening),
            float(orphan),
            float(bool(days) and bool(weekdays) and not days & weekdays),
            float(bool(days) and bool(days & weekdays)),
            float(bool(yrs) and bool(years) and not yrs & years),
            style_changes,
            len(style - set(style_counts)),
            len(text.split()),
            len(paragraphs[i - 1].split()),
            i / len(paragraphs),
        ))
        seen_names |= here
        introduced |= full
        seen_full |= {m.group(0) for m in FULL_NAME.finditer(text)}
        weekdays |= days
        years |= yrs
        style_counts.update(style)
        before.update(bags[i])
    return np.array(rows, dtype=np.float32).reshape(-1, len(BOUNDARY_FEATURES))


ARTICLE_FEATURES = (
    "max", "second", "third", "mean", "share_likely", "style_mixes", "orphans", "paragraphs_log",
    "reintroduced", "late_introductions", "bare_surnames", "restated", "time_changes",
)
# Boundary features summed over the article: each is weak at one boundary, telling in number.
SUMMED = ("reintroduced", "late_introduction", "bare_surname_new", "cos_repeat", "weekday_new")


def article_features(boundary_probabilities: np.ndarray, boundary_rows: np.ndarray, paragraphs: list[str]) -> np.ndarray:
    p = np.sort(boundary_probabilities)[::-1]
    whole = styles("\n".join(paragraphs))
    mixes = sum(1 for a, b in (("curly_quotes", "straight_quotes"), ("us_dotted", "us_plain"), ("british", "american")) if a in whole and b in whole)
    column = {name: boundary_rows[:, BOUNDARY_FEATURES.index(name)] if len(boundary_rows) else np.zeros(0) for name in (*SUMMED, "orphan_pronoun")}
    return np.array([
        *(p[k] if p.size > k else 0.0 for k in range(3)),
        p.mean() if p.size else 0.0,
        (p >= 0.5).mean() if p.size else 0.0,
        mixes,
        float(column["orphan_pronoun"].sum()),
        math.log(len(paragraphs)),
        *(float(column[name].sum()) for name in SUMMED[:3]),
        float((column["cos_repeat"] >= 0.5).sum()),
        float(column["weekday_new"].sum()),
    ], dtype=np.float32)
