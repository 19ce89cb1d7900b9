"""Real-text material for provenance, stitching and spin: corpora, a WordNet spinner, stitched articles.

Used by training/stitching.py, training/spin.py and benchmarks/provenance_quality.py.
Needs ../shared/data, and for spinning Debian's wordnet-base (/usr/share/wordnet;
``apt-get install wordnet-base``) — the WordNet data synonym spinners use.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
import time
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
WORDNET = Path("/usr/share/wordnet")
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
sys.path.insert(0, str(ROOT / "src"))
from newsprobe.spin.features import base_forms  # noqa: E402
from newsprobe.wordstats import FUNCTION_WORDS  # noqa: E402

WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]")


@dataclass
class Doc:
    id: str
    title: str
    paragraphs: list[str]
    story: str  # documents sharing a story id report the same event
    corpus: str

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def held_out(story: str) -> bool:
    """The 15 % of stories no model trains on: training/*.py report figures and benchmarks build articles from them."""
    return zlib.crc32(story.encode()) % 100 >= 85


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if len(p.split()) >= 8]


def bbc() -> list[Doc]:
    docs = []
    with (DATA / "bbc-news.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            docs.append(Doc(r["id"], r["title"], split_paragraphs(r["text"]), r["id"], "bbc"))
    return docs


def fnc() -> list[Doc]:
    """FNC-1 bodies; bodies attached (agree/disagree/discuss) to the same headline share a story."""
    with (DATA / "fnc-1" / "train_bodies.csv").open(encoding="utf-8", newline="") as handle:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(handle)}
    story_of: dict[str, str] = {}
    with (DATA / "fnc-1" / "train_stances.csv").open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            if r["Stance"] != "unrelated":
                story_of.setdefault(r["Body ID"], r["Headline"])
    return [Doc(f"fnc-{bid}", "", split_paragraphs(text), story_of.get(bid, f"fnc-{bid}"), "fnc") for bid, text in bodies.items()]


def polnear(split: str = "train") -> list[Doc]:
    docs = []
    for path in sorted((DATA / "polnear" / split / "text").glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        docs.append(Doc(f"polnear-{path.stem}", lines[0].strip(), split_paragraphs("\n".join(lines[1:])), f"polnear-{path.stem}", "polnear"))
    return docs


def write_meta(directory: Path, started: float, **fields) -> None:
    """An artifact's meta.json: the report schema it was built for, its fields, how long it took."""
    from newsprobe.report import SCHEMA_VERSION

    meta = {"schema": SCHEMA_VERSION, **fields, "seconds": round(time.time() - started)}
    (directory / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {directory} in {time.time() - started:.0f} s")


# ------------------------------------------------------------------ spinning


def _wordnet_lines(wordnet: Path, kind: str):
    """(part of speech, fields) of every entry of WordNet's data.* or index.* files."""
    if not (wordnet / "data.noun").exists():
        raise SystemExit(f"needs WordNet data at {wordnet}: apt-get install wordnet-base")
    for pos in ("noun", "verb", "adj", "adv"):
        with (wordnet / f"{kind}.{pos}").open(encoding="latin-1") as handle:
            yield from ((pos, line.split()) for line in handle if not line.startswith("  "))


def read_synsets(wordnet: Path = WORDNET) -> dict[str, list[str]]:
    """Every synset ("noun00001740") → its lemmas, multi-word ones with spaces."""
    return {
        pos + parts[0]: [parts[4 + 2 * i].split("(")[0].replace("_", " ") for i in range(int(parts[3], 16))]
        for pos, parts in _wordnet_lines(wordnet, "data")
    }


class Spinner:
    """Replaces a share of content words with a WordNet synonym, as article spinners do.

    The synonym comes from the word's most frequent senses, any lemma but the word itself;
    multi-word lemmas are used as they are ("Russia" → "Russian Federation").
    """

    def __init__(self, wordnet: Path = WORDNET):
        synsets = read_synsets(wordnet)
        self.senses: dict[str, list[list[str]]] = defaultdict(list)
        for pos, parts in _wordnet_lines(wordnet, "index"):
            lemma, n_synsets = parts[0].replace("_", " "), int(parts[2])
            for offset in parts[-n_synsets:][:3]:
                others = [w for w in synsets[f"{pos}{offset}"] if w.lower() != lemma]
                if others:
                    self.senses[lemma].append(others)

    def synonyms(self, word: str, inflect: bool = False) -> list[str]:
        """Synonyms of the word as written; with ``inflect``, of its base form too, given the word's suffix."""
        for form, suffix in base_forms(word.lower()) if inflect else [(word.lower(), "")]:
            found = [w for sense in self.senses.get(form, [])[:2] for w in sense]
            if found:
                ending = {"ies": "s", "es": "s", "ied": "ed"}.get(suffix, suffix)
                return [w + ending for w in found]
        return []

    def spin(self, text: str, rate: float, rng: random.Random, inflect: bool = False) -> tuple[str, list[tuple[str, str, int, int]]]:
        """``text`` with ``rate`` of its content words replaced; returns it and (old, new, start, end) in the new text.

        ``inflect`` also swaps inflected words, re-inflecting the synonym ("reported" → "accounted")."""
        matches = [m for m in WORD.finditer(text) if m.group().lower() not in FUNCTION_WORDS and len(m.group()) > 2]
        target = round(rate * len(matches))
        candidates = [m for m in matches if self.synonyms(m.group(), inflect)]
        rng.shuffle(candidates)
        chosen = sorted(candidates[:target], key=lambda m: m.start())
        out, pairs, last, length = [], [], 0, 0
        for m in chosen:
            word = m.group()
            new = rng.choice(self.synonyms(word, inflect))
            if word[0].isupper():
                new = new[0].upper() + new[1:]
            out.append(text[last : m.start()] + new)
            length += m.start() - last
            pairs.append((word, new, length, length + len(new)))
            length += len(new)
            last = m.end()
        out.append(text[last:])
        return "".join(out), pairs


# ------------------------------------------------------------------ stitching


@dataclass
class Built:
    id: str
    kind: str  # single | different | same
    spin: float
    title: str
    paragraphs: list[str]  # as published (spun)
    originals: list[str]  # before spinning
    sources: list[str]  # the document each paragraph was taken from
    replaced: list[list[tuple[str, str, int, int]]] = field(default_factory=list)  # per paragraph

    def record(self) -> dict:
        return {"id": self.id, "title": self.title, "text": "\n\n".join(self.paragraphs)}


def stories(docs: list[Doc], min_docs: int = 3) -> list[list[Doc]]:
    groups: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs:
        if len(doc.paragraphs) >= 3:
            groups[doc.story].append(doc)
    return [g for g in groups.values() if len(g) >= min_docs]


def _runs(doc: Doc, n: int, rng: random.Random) -> list[str]:
    start = rng.randrange(0, max(1, len(doc.paragraphs) - n + 1))
    return doc.paragraphs[start : start + n]


def build_article(kind: str, pool: list[Doc], groups: list[list[Doc]], rng: random.Random, ident: str, corpus: str | None = None) -> Built:
    """A single-source article (4–10 consecutive paragraphs of one document, of ``corpus`` if given) or a stitch of 3–5 documents."""
    if kind == "single":
        doc = rng.choice([d for d in pool if len(d.paragraphs) >= 4 and (corpus is None or d.corpus == corpus)])
        paragraphs = _runs(doc, rng.randint(4, 10), rng)
        return Built(ident, kind, 0.0, doc.title or paragraphs[0][:60], paragraphs, list(paragraphs), [doc.id] * len(paragraphs))
    k = rng.randint(3, 5)
    if kind == "same":
        group = rng.choice([g for g in groups if len(g) >= k])
        chosen = rng.sample(group, k)
    else:
        # One corpus per stitch: mixing corpora would give away the stitch by house style alone.
        corpus = rng.choice(sorted({d.corpus for d in pool}))
        same_corpus = [d for d in pool if d.corpus == corpus]
        chosen, seen = [], set()
        while len(chosen) < k:
            doc = rng.choice(same_corpus)
            if doc.story not in seen and len(doc.paragraphs) >= 2:
                chosen.append(doc)
                seen.add(doc.story)
    paragraphs, sources = [], []
    for doc in chosen:
        run = _runs(doc, rng.randint(1, 3), rng)
        paragraphs += run
        sources += [doc.id] * len(run)
    title = chosen[0].title or paragraphs[0][:60]
    return Built(ident, kind, 0.0, title, paragraphs, list(paragraphs), sources)


def spun(article: Built, rate: float, spinner: Spinner, rng: random.Random) -> Built:
    if rate == 0:
        return article
    results = [spinner.spin(p, rate, rng) for p in article.originals]
    return Built(article.id, article.kind, rate, article.title, [r[0] for r in results], article.originals, article.sources, [r[1] for r in results])
