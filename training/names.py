"""Rebuild ``src/newsprobe/data/names/``: the gender news text gives each common first name.

    python training/names.py

Speaker resolution credits "she said" only to a woman named before it, when it knows. News
text says it two ways, both read with patterns from every article of the tune sites
(``training/realnews.py``: ReCOVery, FakeNewsNet, the outlets, PolNeAR, BBC News; held-out sites are
never read):

- an honorific on second reference: "John Smith" and later "Mr Smith" in one article (the only Smith);
- a pronoun opening the sentence after one that opens with the full name: "Nancy Pelosi said …. She …";
- the speaker's own pronoun in what a full name said: "Nancy Pelosi said she …", also past a description
  set off by commas with no possessive in it ("Kamala Harris, the California senator, said she …");
- a full name apposed to a word that gives a gender: "his wife, Hillary Clinton", "spokeswoman Jen Psaki".

A first name is kept when it was seen at least ``MIN_SEEN`` times and one gender holds at
least ``MIN_SHARE`` of them; other names stay unknown, which the resolver reads as either.
Deterministic.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from training import realnews  # noqa: E402
from training.synth import write_meta  # noqa: E402

from newsprobe.quotes.model import NAMES  # noqa: E402

NAME = r"([A-Z][a-z]{1,14}) (?:[A-Z]\. )?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
FULL_NAME = re.compile(rf"\b{NAME}\b")
HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
NEXT_PRONOUN = re.compile(rf"(?:^|[.!?”\"]\s+){NAME},? [^.!?\n]{{0,250}}[.!?][”\"]?\s+(He|She|His|Her)\b", re.M)
# A speaker's own pronoun in what they said: "Nancy Pelosi said she …", "John Smith told reporters he …", past a
# description ("Kamala Harris, the California senator, said she …"; not "Mary Smith, Tom's lawyer, said he …").
SAID_PRONOUN = re.compile(
    rf"\b{NAME},? (?:[^,.;:!?\n“”\"’']{{1,80}}, )?(?:(?:also|later|then|again|previously|repeatedly|has|had|[a-z]+ly) ){{0,2}}"
    r"(?:said|says|told [a-z]+|added|wrote|argued|insisted|explained|acknowledged)"
    r",? (?:that |on \w+ that )?(he|she)\b"
)
# A word that gives a gender, with the name apposed to it: "his wife, Hillary Clinton", "spokeswoman Jen Psaki".
GENDERED_WORDS = {
    **dict.fromkeys("wife mother daughter sister grandmother aunt niece girlfriend widow stepmother spokeswoman "
                    "chairwoman congresswoman businesswoman actress".split(), "f"),
    **dict.fromkeys("husband father son brother grandfather uncle nephew boyfriend widower stepfather spokesman "
                    "chairman congressman businessman".split(), "m"),
}
APPOSED = re.compile(rf"\b({'|'.join(sorted(GENDERED_WORDS))}),? {NAME}\b")
FEMALE = {"Mrs", "Ms", "Miss", "She", "Her", "she"}
# Capitalised words the patterns take for first names ("President Biden said …. He").
NOT_NAMES = frozenset(
    """The A An President Prime Secretary Senator Governor General Chief Judge Justice Mayor Minister Actress Lady
    Miss Mrs Ms Mr Sir Lord King Queen Prince Princess Prof Chairman Vice Count Last After So Campaign Foreign French
    Judiciary Lib Media Republican Senate House Supreme World""".split()
)
# Family names written first, which the patterns read as first names: "Kim" as a woman's from Kim Kardashian,
# though "Kim Jong Un" is a man; "Zhao" and "Geng" from China's (male) foreign ministry spokesmen.
FAMILY_FIRST = frozenset({"Kim", "Zhao", "Geng"})
# Seen this often, with one gender at least this share of the time (chosen so that "Bill", often
# beside a "Mrs Clinton", stays male and rare names with one or two noisy sightings stay unknown).
MIN_SEEN = 3
MIN_SHARE = 0.85


def observations(text: str) -> Counter:
    """(first name, "m" or "f") → how often this text shows it."""
    seen: Counter = Counter()
    honorific: dict[str, set[str]] = {}
    for m in HONORIFIC.finditer(text):
        honorific.setdefault(m.group(2), set()).add("f" if m.group(1) in FEMALE else "m")
    firsts: dict[str, set[str]] = {}
    for first, last in (m.groups() for m in FULL_NAME.finditer(text)):
        firsts.setdefault(last, set()).add(first)
    for last, names in firsts.items():
        # One person of that surname in the article ("Mrs Clinton" beside Bill and Hillary tells nothing).
        if len(names) == 1 and len(honorific.get(last, ())) == 1:
            seen[next(iter(names)), next(iter(honorific[last]))] += 1
    for m in NEXT_PRONOUN.finditer(text):
        seen[m.group(1), "f" if m.group(3) in FEMALE else "m"] += 1
    for m in SAID_PRONOUN.finditer(text):
        seen[m.group(1), "f" if m.group(3) in FEMALE else "m"] += 1
    for m in APPOSED.finditer(text):
        seen[m.group(2), GENDERED_WORDS[m.group(1)]] += 1
    return seen


def texts():
    for name in realnews.REALNEWS_FILES:
        yield from (r["text"] for r in realnews.realnews(name) if r["split"] == "tune")
    yield from (r["text"] for r in realnews.bbc())
    yield from (r["text"] for r in realnews.polnear() if r["split"] == "tune")


def main() -> int:
    started = time.time()
    counts: Counter = Counter()
    articles = 0
    for text in texts():
        counts.update(observations(text))
        articles += 1
    names = sorted({first for first, _ in counts} - NOT_NAMES - FAMILY_FIRST)
    kept = {}
    for first in names:
        female, male = counts[first, "f"], counts[first, "m"]
        if female + male >= MIN_SEEN and max(female, male) >= MIN_SHARE * (female + male):
            kept[first] = "f" if female > male else "m"
    directory = NAMES.directory
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "first_names.tsv").write_text("".join(f"{n}\t{g}\n" for n, g in sorted(kept.items())), encoding="utf-8")
    write_meta(directory, started, articles=articles, names=len(kept), female=sum(g == "f" for g in kept.values()),
               min_seen=MIN_SEEN, min_share=MIN_SHARE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
