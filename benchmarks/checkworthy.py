"""Check-worthiness and claim benchmarks: CLEF 2019 CheckThat! Task 1 debates, labelled news sentences,
the numbers-stated-twice rule's firing rate on real news, and the claims' cost per article.

    python benchmarks/checkworthy.py predict --debates DIR --out DIR
    python benchmarks/checkworthy.py score --debates DIR --pred DIR
    python benchmarks/checkworthy.py news
    python benchmarks/checkworthy.py inconsistencies [--half dev|held-out|all] [--articles N] [--show N]
    python benchmarks/checkworthy.py cost [--articles 100]   # analyze() with and without the claims analyzer

``predict`` reads CLEF files (``line_number<TAB>speaker<TAB>text``; a 4th label column is
ignored) and writes, for each, a file of the same name holding ``line_number<TAB>score`` for every
line. ``score`` ranks each debate's lines by score (ties in file order, as CLEF's scorer) and
prints average precision, R-precision, reciprocal rank and P@k per debate and their means (MAP).

``news`` scores benchmarks/data/news_checkworthy.tsv, sentences of ../shared/data articles
labelled check-worthy or not (docs/claims.md gives the rule), used only for testing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from training.checkworthy import average_precision, parse_cached, precision_at, read_debate  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
NEWS_SET = ROOT / "benchmarks" / "data" / "news_checkworthy.tsv"
THRESHOLDS = (1, 3, 5, 10, 20, 50)


def predict(debates: Path, out: Path) -> int:
    from newsprobe.claims.model import default_model
    from newsprobe.nlp import get_nlp

    nlp, model = get_nlp(), default_model()
    files = sorted(p for p in debates.iterdir() if p.is_file() and p.suffix == ".tsv")
    if not files:
        print(f"no .tsv files in {debates}", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    started, lines = time.time(), 0
    for path in files:
        debate = read_debate(path)
        scores = model.score(list(nlp.pipe(debate.texts, batch_size=256)))
        (out / path.name).write_text("".join(f"{n}\t{s:.8f}\n" for n, s in zip(debate.line_numbers, scores, strict=True)), encoding="utf-8")
        lines += len(scores)
    print(f"{len(files)} debates, {lines} lines in {time.time() - started:.1f} s → {out}")
    return 0


def read_predictions(path: Path) -> dict[int, float]:
    scores = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        number, score = line.split("\t")
        scores[int(number)] = float(score)
    return scores


def evaluate(labels: np.ndarray, scores: np.ndarray) -> dict[str, float]:
    ranked = labels[np.argsort(-scores, kind="stable")]
    relevant = int(labels.sum())
    first = int(np.argmax(ranked)) if relevant else None
    return {
        "AP": average_precision(labels, scores),
        "R-P": float(ranked[:relevant].sum() / relevant) if relevant else 0.0,
        "RR": 1.0 / (first + 1) if first is not None else 0.0,
        **{f"P@{k}": precision_at(labels, scores, k) for k in THRESHOLDS},
    }


def score(debates: Path, pred: Path) -> int:
    rows = {}
    for path in sorted(p for p in debates.iterdir() if p.suffix == ".tsv"):
        debate = read_debate(path)
        predicted = read_predictions(pred / path.name)
        if set(predicted) != set(debate.line_numbers):
            print(f"{path.name}: predictions do not match the debate's line numbers", file=sys.stderr)
            return 2
        # Ranked in prediction-file order for ties, as CLEF's scorer does.
        order = list(predicted)
        gold = dict(zip(debate.line_numbers, debate.labels, strict=True))
        rows[path.name] = evaluate(np.array([gold[n] for n in order]), np.array([predicted[n] for n in order]))
    names = list(next(iter(rows.values())))
    print(f"{'debate':34s}" + "".join(f"{n:>7s}" for n in names))
    for name, figures in rows.items():
        print(f"{name:34s}" + "".join(f"{figures[n]:7.4f}" for n in names))
    means = {n: float(np.mean([r[n] for r in rows.values()])) for n in names}
    print(f"{'mean (' + str(len(rows)) + ' debates)':34s}" + "".join(f"{means[n]:7.4f}" for n in names))
    print(f"MAP {means['AP']:.4f}  P@5 {means['P@5']:.4f}")
    return 0


def read_articles(dataset: str, wanted: set[str] | None = None) -> dict[str, str]:
    """id → text of the articles of ../shared/data/<dataset> (all, or the ``wanted`` ids)."""
    texts = {}
    with (SHARED / dataset).open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if wanted is None or record["id"] in wanted:
                texts[record["id"]] = record["text"]
    return texts


def news() -> int:
    from newsprobe.claims.model import default_model
    from newsprobe.nlp import get_nlp

    labelled = defaultdict(list)  # (dataset, id) → [(start, end, label)]
    for line in NEWS_SET.read_text(encoding="utf-8").splitlines()[1:]:
        dataset, article, start, end, label = line.split("\t")
        labelled[dataset, article].append((int(start), int(end), int(label)))
    texts = {}
    for dataset in {d for d, _ in labelled}:
        texts |= {(dataset, k): v for k, v in read_articles(dataset, {a for d, a in labelled if d == dataset}).items()}
    nlp, model = get_nlp(), default_model()
    all_labels, all_scores, per_article = [], [], []
    for key, sentences in labelled.items():
        doc = nlp(texts[key])
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e, _ in sentences]
        labels, scores = np.array([lab for _, _, lab in sentences]), model.score(spans)
        all_labels += list(labels)
        all_scores += list(scores)
        if labels.sum():
            per_article.append((average_precision(labels, scores), precision_at(labels, scores, 3)))
    labels, scores = np.array(all_labels), np.array(all_scores)
    positives, negatives = scores[labels == 1], scores[labels == 0]
    auc = float((positives[:, None] > negatives[None, :]).mean() + 0.5 * (positives[:, None] == negatives[None, :]).mean())
    mean_ap, mean_p3 = np.mean(per_article, axis=0)
    print(f"{len(labels)} sentences ({int(labels.sum())} check-worthy) in {len(labelled)} articles")
    print(f"AUC {auc:.4f}  MAP over articles {mean_ap:.4f}  P@3 {mean_p3:.4f}  ({len(per_article)} articles with a check-worthy sentence)")
    return 0


def inconsistencies(half: str, show: int, limit: int = 0) -> int:
    """How often the numbers-stated-twice rule fires on ordinary news (every firing is a candidate
    false alarm), through the pipeline's text layer (residue blanked) and quotes (the sources).
    ``half``: the articles the rule was calibrated on (``dev``, crc32 of the id even), the others
    (``held-out``), or ``all``; ``limit``: the first that many of them per data set (0: all).
    Parses are cached in /tmp (training/checkworthy.py)."""
    from newsprobe.claims.model import claims_for
    from newsprobe.errors import InputError
    from newsprobe.pipeline import prose_of
    from newsprobe.quotes import quotes_in
    from newsprobe.readers import from_text
    from newsprobe.text import ArticleText

    for dataset in ("bbc-news.jsonl", "realnews/outlets.jsonl"):
        articles = {}
        for k, v in read_articles(dataset).items():
            if limit and len(articles) >= limit:
                break
            if half == "all" or (zlib.crc32(k.encode()) % 2 == 0) == (half == "dev"):
                try:
                    articles[k] = from_text(v, no_title=True, check_language=False)
                except InputError:
                    continue  # an empty or oversized body: analyze() would refuse it too
        prose = {k: prose_of(a) for k, a in articles.items()}
        fired, shown = 0, 0
        for article, doc in zip(articles, parse_cached([p for _, p in prose.values()]), strict=True):
            residue, blanked = prose[article]
            text = ArticleText(body=articles[article].body, prose=blanked, doc=doc, residue=residue)
            found = claims_for(text, quotes_in(text))
            if not found.inconsistencies:
                continue
            fired += 1
            for a, b in found.inconsistencies:
                if shown < show:
                    shown += 1
                    print(f"  {article}: {a.text!r} {a.counted!r} ≠ {b.text!r}")
                    for q in (a, b):
                        sentence = next(s for s in text.sentences if s[0] <= q.span[0] < s[1])
                        print(f"      {text.body[sentence[0] : sentence[1]]}")
        print(f"{dataset} ({half}): the rule fires on {fired} of {len(articles)} articles ({100 * fired / len(articles):.2f} %)")
    return 0


def cost(articles: int) -> int:
    """What the claims analyzer adds to ``analyze()`` on BBC articles, after ``warm_up()``: each article
    analysed with and without it, interleaved article by article so neither gets warmer caches (after
    one warm-up article), in CPU time of this process (the machine is shared: wall time measures the
    neighbours too); and the analyzer's own wall time as ``analyze()`` reports it (``timings``)."""
    import newsprobe
    import newsprobe.pipeline as pipeline
    from newsprobe import from_record

    with (SHARED / "bbc-news.jsonl").open(encoding="utf-8") as lines:
        records = [from_record(json.loads(line)) for _, line in zip(range(articles + 1), lines, strict=False)]
    newsprobe.warm_up()
    every = pipeline.analyzers()
    without = tuple(a for a in every if a.name != "claims")
    totals, own = {"with": 0.0, "without": 0.0}, {"claims": 0.0, "rest": 0.0}
    for n, article in enumerate(records):
        for name, chosen in (("with", every), ("without", without)) if n % 2 else (("without", without), ("with", every)):
            pipeline.analyzers = lambda chosen=chosen: chosen
            started = time.process_time()
            report = newsprobe.analyze(article)
            if n:  # the first article warms the caches
                totals[name] += time.process_time() - started
                if name == "with":
                    own["claims"] += report.timings["claims"]
                    own["rest"] += report.timings["total"] - report.timings["claims"]
    count = len(records) - 1
    print(f"{count} BBC articles: analyze() {1000 * totals['with'] / count:.1f} CPU ms/article with the claims analyzer, "
          f"{1000 * totals['without'] / count:.1f} without: +{100 * (totals['with'] / totals['without'] - 1):.1f} %")
    print(f"the claims analyzer's own time (timings): {1000 * own['claims'] / count:.2f} ms/article, "
          f"{100 * own['claims'] / own['rest']:.1f} % of the rest of analyze()")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("predict", help="write line_number<TAB>score files for CLEF debates")
    p.add_argument("--debates", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("score", help="MAP and P@k of prediction files against labelled CLEF debates")
    s.add_argument("--debates", type=Path, required=True)
    s.add_argument("--pred", type=Path, required=True)
    sub.add_parser("news", help="AUC and MAP on the labelled news sentences")
    i = sub.add_parser("inconsistencies", help="firing rate of the inconsistent-numbers rule on BBC and outlets news")
    i.add_argument("--half", choices=("dev", "held-out", "all"), default="all", help="which articles (the rule was calibrated on dev)")
    i.add_argument("--articles", type=int, default=0, help="the first N articles of each data set (default: all)")
    i.add_argument("--show", type=int, default=20, help="firings to print")
    c = sub.add_parser("cost", help="what the claims analyzer adds to analyze() on BBC articles")
    c.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    if args.command == "predict":
        return predict(args.debates, args.out)
    if args.command == "score":
        return score(args.debates, args.pred)
    if args.command == "news":
        return news()
    if args.command == "inconsistencies":
        return inconsistencies(args.half, args.show, args.articles)
    return cost(args.articles)


if __name__ == "__main__":
    sys.exit(main())
