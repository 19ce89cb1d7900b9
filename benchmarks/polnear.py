"""PolNeAR attribution benchmark: predict with newsprobe, score exact-span and token P/R/F1 per role.

    python benchmarks/polnear.py predict --split ../shared/data/polnear/dev --out /tmp/dev.jsonl [--quotes accurate]
    python benchmarks/polnear.py score --split ../shared/data/polnear/dev --pred /tmp/dev.jsonl
    python benchmarks/polnear.py speakers --split ../shared/data/polnear/dev
    python benchmarks/polnear.py edges --split ../shared/data/polnear/dev
    python benchmarks/polnear.py coverage --split ../shared/data/polnear/dev [--quotes accurate]

Gold: each article's first ``attributions/<stem>_<annotator>.ann`` in name order
(some articles were annotated several times). Spans are compared after
trimming white space and punctuation at their edges; a role with several
pieces (a quote split around its cue) matches only when every piece does.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

ROLES = ("source", "cue", "content")


def trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    def edge(ch: str) -> bool:
        return ch.isspace() or unicodedata.category(ch).startswith("P")

    while start < end and edge(text[start]):
        start += 1
    while end > start and edge(text[end - 1]):
        end -= 1
    return (start, end) if end > start else None


def texts(split: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((split / "text").glob("*.txt"))}


def gold(split: Path, stem: str) -> list[dict]:
    files = sorted((split / "attributions").glob(f"{stem}_*.ann"))
    if not files:
        return []
    spans: dict[str, tuple[str, list[list[int]]]] = {}
    events = []
    for line in files[0].read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue  # the continuation of a span text that holds a line break
        if parts[0].startswith("T"):
            label, _, ranges = parts[1].partition(" ")
            spans[parts[0]] = (label, [[int(x) for x in r.split()] for r in ranges.split(";")])
        elif parts[0].startswith("E"):
            events.append(dict(a.split(":") for a in parts[1].split()))
    # Event lines may name text-bound annotations defined after them.
    return [{role: spans[e[role.title()]][1] for role in ROLES if e.get(role.title()) in spans} for e in events]


def annotated(cue: tuple[int, int], events: list[dict]) -> dict | None:
    """The annotated attribution whose cue overlaps ``cue`` (a predicted cue's span), if any."""
    return next((e for e in events if any(cue[0] < b and a < cue[1] for a, b in e.get("cue", []))), None)


def write_predictions(articles: dict[str, str], docs, out: Path, extracted=None) -> None:
    """One interchange line per article from parsed ``docs`` (in ``articles`` order);
    ``extracted`` maps an article to its attributions, to score other extractor settings."""
    from newsprobe.quotes import quotes_in
    from newsprobe.text import ArticleText

    with out.open("w", encoding="utf-8") as sink:
        for stem, doc in zip(articles, docs):
            text = ArticleText(body=articles[stem], doc=doc)
            quotes = quotes_in(text, extracted[stem] if extracted is not None else None)
            attributions = [
                {
                    "source": [list(q.speaker.span)] if q.speaker.span else [],
                    "cue": [list(q.cue.span)],
                    "content": [list(s) for s in q.content.spans],
                }
                for q in quotes
                if not q.nested  # PolNeAR is univocal: a token belongs to one attribution at most
            ]
            sink.write(json.dumps({"id": stem, "attributions": attributions}) + "\n")


def predict(split: Path, out: Path, model: str | None) -> None:
    from newsprobe.nlp import get_nlp

    nlp = get_nlp(model)
    articles = texts(split)
    started = time.perf_counter()
    write_predictions(articles, nlp.pipe(articles.values(), batch_size=16), out)
    elapsed = time.perf_counter() - started
    print(f"predicted {len(articles)} articles in {elapsed:.1f}s ({len(articles) / elapsed:.1f} articles/s) -> {out}")


def _role_key(text: str, ranges: list[list[int]]) -> tuple | None:
    pieces = [trim(text, s, e) for s, e in ranges]
    pieces = sorted(p for p in pieces if p)
    return tuple(pieces) or None


_WORD = re.compile(r"\w+", re.UNICODE)


def _tokens(text: str, ranges: list[list[int]]) -> set[int]:
    covered = set()
    for s, e in ranges:
        covered.update(m.start() for m in _WORD.finditer(text, s, e))
    return covered


def score(split: Path, pred: Path) -> dict:
    predictions = {}
    for line in pred.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        predictions[record["id"]] = record["attributions"]
    counts = {role: {"exact": [0, 0, 0], "token": [0, 0, 0]} for role in ROLES}  # matched, predicted, gold
    for stem, text in texts(split).items():
        golds = gold(split, stem)
        preds = predictions.get(stem, [])
        for role in ROLES:
            gold_keys = [k for k in (_role_key(text, g.get(role, [])) for g in golds) if k]
            pred_keys = [k for k in (_role_key(text, p.get(role, [])) for p in preds) if k]
            remaining = list(gold_keys)
            matched = 0
            for key in pred_keys:
                if key in remaining:
                    remaining.remove(key)
                    matched += 1
            exact = counts[role]["exact"]
            exact[0] += matched
            exact[1] += len(pred_keys)
            exact[2] += len(gold_keys)
            gold_tokens = set().union(*(_tokens(text, g.get(role, [])) for g in golds)) if golds else set()
            pred_tokens = set().union(*(_tokens(text, p.get(role, [])) for p in preds)) if preds else set()
            token = counts[role]["token"]
            token[0] += len(gold_tokens & pred_tokens)
            token[1] += len(pred_tokens)
            token[2] += len(gold_tokens)
    results = {}
    print(f"{'role':<8} {'measure':<6} {'P':>6} {'R':>6} {'F1':>6}   matched/pred/gold")
    for role in ROLES:
        for measure in ("exact", "token"):
            m, p, g = counts[role][measure]
            precision = m / p if p else 0.0
            recall = m / g if g else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            results[f"{role}_{measure}"] = {"p": precision, "r": recall, "f1": f1}
            print(f"{role:<8} {measure:<6} {precision:6.3f} {recall:6.3f} {f1:6.3f}   {m}/{p}/{g}")
    return results


PRONOUNS = frozenset("he she him her".split())


def _person(doc, start: int, end: int) -> str | None:
    """The person a source span names: the PERSON entity holding the span's head word ("Mr. Obama",
    "Kenneth Baer, a former official"), cleaned of titles; None for "Obama's aides", "a spokeswoman
    for Hillary Clinton" or a source that names nobody."""
    from newsprobe.quotes.speakers import _clean_name

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    entity = next((e for e in doc.ents if e.label_ == "PERSON" and e.start <= root.i < e.end), None)
    return (_clean_name(entity.text) or None) if entity is not None else None


def same_person(resolved: str | None, gold: str | None, listed: bool = False) -> bool:
    """The gold name's words in the resolved name: a surname alone matches the full name that holds it
    ("Ban" → "Ban Ki-moon"); a full name needs its first and last words ("Bill Clinton" is not
    "Hillary Clinton"), a surname with or without its article ("Assad", "Bashar al-Assad"); a gold name of
    several words the resolved name ends with is a surname of several words ("Van Voorhis" is "Chandler
    Van Voorhis"). Where the
    annotated source lists several people (``listed``: ``_person`` takes one of them), resolved names
    listed ("Jon Tester and David Vitter") match when one does."""
    from newsprobe.quotes.speakers import _surname_keys

    if not resolved or not gold:
        return False
    b = [_surname_keys(word)[1] for word in gold.split()]  # "Assad" is "Bashar al-Assad"
    for name in re.split(r", | and ", resolved) if listed and " and " in resolved else [resolved]:
        a = [_surname_keys(word)[1] for word in name.split()]
        if a and (b[0] in a if len(b) == 1 else a[-1] == b[-1] and (len(a) < 2 or a[0] == b[0] or a[-len(b):] == b)):
            return True
    return False


def _quoted(split: Path, model: str | None):
    """(stem, text, parse, quotes) for every article of ``split``, nested quotes left out."""
    from newsprobe.nlp import get_nlp
    from newsprobe.quotes import quotes_in
    from newsprobe.text import ArticleText

    articles = texts(split)
    for (stem, body), doc in zip(articles.items(), get_nlp(model).pipe(articles.values(), batch_size=16)):
        yield stem, body, doc, [q for q in quotes_in(ArticleText(body=body, doc=doc)) if not q.nested]


def _in_order(events) -> list[dict]:
    """Annotated attributions in the order a reader meets their cues (their content where a cue is
    missing): the order ``_gold_people`` takes for "nearest earlier"."""
    return sorted(events, key=lambda g: min(s for s, _ in g.get("cue") or g["content"]))


def _gold_people(body: str, doc, events: list[dict]) -> list[tuple[str, str, bool] | None]:
    """For each annotated attribution, in the order given (the article's), the person its source is:
    ("named", name, listed) for a source that names one (``listed``: among others joined by "and"),
    ("pronoun", name, False) for "he"/"she", standing in for the person the nearest earlier named
    source names, else None."""
    people = []
    last_named = None
    for event in events:
        person = None
        if event.get("source"):
            source = (min(s for s, _ in event["source"]), max(e for _, e in event["source"]))
            named = _person(doc, *source)
            if named:
                last_named = named
                person = ("named", named, " and " in body[source[0] : source[1]])
            elif body[source[0] : source[1]].strip().lower() in PRONOUNS and last_named:
                person = ("pronoun", last_named, False)
        people.append(person)
    return people


def _tally(counts: dict[str, list[int]], person: tuple[str, str, bool] | None, resolved: str | None) -> None:
    """Count one resolved speaker against the annotated ``person`` (from ``_gold_people``) in
    ``counts`` (kind → [correct, scored]); a gold source that names nobody is not scored."""
    if person:
        counts[person[0]][0] += same_person(resolved, person[1], person[2])
        counts[person[0]][1] += 1


def speakers(split: Path, model: str | None) -> dict:
    """Speaker resolution: for each gold attribution whose cue a predicted quote's cue overlaps, is the
    predicted resolved name the person the annotated source names? Gold sources that name a person
    (a PERSON entity inside the span) are scored directly; "he"/"she" sources against the person the
    nearest earlier gold source in the article names (PolNeAR has no coreference, so this stands in
    for the pronoun's referent)."""
    counts = {"named": [0, 0], "pronoun": [0, 0]}  # correct, scored
    matched = total = 0
    for stem, body, doc, quotes in _quoted(split, model):
        events = _in_order(g for g in gold(split, stem) if g.get("source") and g.get("cue"))
        for event, person in zip(events, _gold_people(body, doc, events)):
            total += 1
            pred = next(
                (q for q in quotes if any(q.cue.span[0] < e and s < q.cue.span[1] for s, e in event["cue"])), None
            )
            if pred is not None:
                matched += 1
                _tally(counts, person, pred.speaker.resolved)
    correct = sum(c for c, _ in counts.values())
    scored = sum(n for _, n in counts.values())
    print(f"gold attributions with a source: {total}; cue matched by a prediction: {matched}")
    for label, (c, n) in counts.items():
        print(f"{label:<8} {c}/{n} = {c / n if n else 0:.3f}")
    print(f"{'all':<8} {correct}/{scored} = {correct / scored if scored else 0:.3f}")
    return {label: c / n if n else 0.0 for label, (c, n) in counts.items()}


# The Gender Gap Tracker project's matching rule (issue #12's Canadian set): a gold quote is found when
# one predicted quote covers at least 30 % of its characters, each quote matched once.
COVERED = 0.3
QUOTE_MARKS = "\"'“”‘’«»"


def _characters(text: str, ranges: list[list[int]]) -> frozenset[int]:
    return frozenset(i for piece in _role_key(text, ranges) or () for i in range(*piece))


def _gold_type(body: str, doc, event: dict) -> str:
    """The type newsprobe's cue typing gives an annotated attribution: from its cue's head word, a quote
    mark at its content's start, its source's head word, and whether the cue and the content's head
    word report words (``cues.reports_words``)."""
    from newsprobe.quotes.cues import SPEECH, cue_type, reports_words

    def covering(ranges):
        span = doc.char_span(min(s for s, _ in ranges), max(e for _, e in ranges), alignment_mode="expand") if ranges else None
        return span if span is not None and len(span) else None

    def head(ranges):
        span = covering(ranges)
        return span.root if span is not None else None

    def lemma(ranges):
        token = head(ranges)
        return token.lemma_.lower() if token is not None else None

    start = min(s for s, _ in event["content"])
    direct = any(ch in QUOTE_MARKS for ch in body[max(0, start - 1) : start + 1])  # a mark at the content's edge, not "I'm"
    cue = head(event.get("cue"))
    # A passive naming nobody ("was accused of …") is typed as newsprobe types its own (rules.py).
    unheld = (not event.get("source") and cue is not None and cue.lemma_.lower() not in SPEECH
              and any(c.dep_ == "auxpass" for c in cue.children))
    words = cue is None or reports_words(cue, covering(event["content"]))
    return cue_type(lemma(event.get("cue")) or "", direct, head(event.get("source")), unheld=unheld, words=words)


def _pairs(golds: list[frozenset[int]], preds: list[frozenset[int]]) -> list[tuple[int, int]]:
    """(gold, prediction) index pairs under COVERED, each quote used once: as many pairs as can be
    made, and among those the ones that share the most (a quote nested in another one is matched to
    the quote it covers best, not to whichever comes first)."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    if not golds or not preds:
        return []
    weight = np.zeros((len(golds), len(preds)))
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            shared = len(g & p)
            if g and shared >= COVERED * len(g):
                weight[gi, pi] = len(golds) + 1 + shared / len(g | p)  # a pair outweighs any overlap bonus
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return sorted((int(g), int(p)) for g, p in zip(rows, cols) if weight[g, p] > 0)


def coverage(split: Path, model: str | None) -> dict:
    """Quote-level precision, recall and F1 under the Gender Gap Tracker's 30 % rule, as a development
    stand-in for issue #12's Canadian figures: over every attribution ("all") and over speech only (the
    Canadian set annotates speech; PolNeAR's attributions are typed here by newsprobe's own cue typing,
    so "speech" recall counts what the typing keeps). For matched speech quotes: the speaker span
    overlaps the annotated source, and the resolved speaker is the annotated person (as ``speakers``)."""
    counts = {scope: [0, 0, 0] for scope in ("all", "speech")}  # matched, predicted, gold
    spans = [0, 0]  # speaker spans overlapping, matched quotes with an annotated source
    people = {"named": [0, 0], "pronoun": [0, 0]}  # correct, scored
    for stem, body, doc, quotes in _quoted(split, model):
        events = _in_order(g for g in gold(split, stem) if g.get("content"))
        persons = _gold_people(body, doc, events)
        types = [_gold_type(body, doc, g) for g in events]
        for scope in counts:
            gold_index = [i for i, t in enumerate(types) if scope == "all" or t == scope]
            found = [q for q in quotes if q.content.spans and (scope == "all" or q.type == scope)]
            pairs = _pairs([_characters(body, events[i]["content"]) for i in gold_index],
                           [_characters(body, [list(s) for s in q.content.spans]) for q in found])
            counts[scope] = [a + b for a, b in zip(counts[scope], (len(pairs), len(found), len(gold_index)))]
            if scope != "speech":
                continue
            for gi, pi in pairs:
                event, quote = events[gold_index[gi]], found[pi]
                if event.get("source"):
                    spans[0] += bool(quote.speaker.span) and any(quote.speaker.span[0] < e and s < quote.speaker.span[1] for s, e in event["source"])
                    spans[1] += 1
                _tally(people, persons[gold_index[gi]], quote.speaker.resolved)
    results = {}
    print(f"{'quotes':<8} {'P':>6} {'R':>6} {'F1':>6}   matched/pred/gold (a gold quote found when >= {COVERED:.0%} of it is covered)")
    for scope, (m, p, g) in counts.items():
        precision, recall = (m / p if p else 0.0), (m / g if g else 0.0)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        results[scope] = {"p": precision, "r": recall, "f1": f1}
        print(f"{scope:<8} {precision:6.3f} {recall:6.3f} {f1:6.3f}   {m}/{p}/{g}")
    print(f"speech quotes matched: speaker span overlaps the source {spans[0]}/{spans[1]} = {spans[0] / max(1, spans[1]):.3f}")
    for label, (c, n) in people.items():
        results[f"speaker_{label}"] = c / n if n else 0.0
        print(f"speech quotes matched: resolved speaker right, {label:<7} {c}/{n} = {c / n if n else 0:.3f}")
    results["speaker_span"] = spans[0] / spans[1] if spans[1] else 0.0
    return results


def edges(split: Path, model: str | None) -> None:
    """The span-edge model against the rules' edges: over every candidate attribution (before the
    filter) whose cue overlaps an annotated cue, for each edge of each annotated span, how often the
    rules' edge, the model's choice and any candidate meet the annotated edge."""
    from collections import Counter

    import numpy as np

    from newsprobe.nlp import get_nlp
    from newsprobe.quotes import boundaries
    from newsprobe.quotes.extract import extract
    from newsprobe.quotes.model import default_model
    from newsprobe.quotes.quotemarks import find_quote_regions
    from newsprobe.text import ArticleText

    edge_model = default_model().boundaries
    articles = texts(split)
    counts: Counter = Counter()
    for (stem, body), doc in zip(articles.items(), get_nlp(model).pipe(articles.values(), batch_size=16)):
        text = ArticleText(body=body, doc=doc)
        table = boundaries.ParseTable(doc, text.prose, find_quote_regions(text.prose, text.paragraphs))
        events = gold(split, stem)
        for attribution in extract(text, attribution_filter=None, boundary_model=None):
            event = annotated(attribution.cue, events)
            if event is None or attribution.nested:
                continue
            for edge, candidates, features in boundaries.placed_edges([attribution], table, edge_model.cue_reach):
                key = _role_key(text.prose, event.get(edge.role, []))
                if not key:
                    continue
                target = key[0][0] if edge.side == "start" else key[-1][1]
                hits = [w is not None and w[0 if edge.side == "start" else 1] == target
                        for w in (trim(text.prose, table.offset[i], table.end[i]) for i in candidates)]
                chosen = int(np.argmax(edge_model.booster.predict(np.array(features, dtype=np.float32))))
                counts[edge.role, edge.side] += np.array([1, hits[0], hits[chosen], any(hits)])
    print(f"{'span':<8} {'edge':<6} {'edges':>6} {'rules':>6} {'model':>6} {'reach':>6}")
    for (role, side), (n, rules, chosen, reach) in counts.items():
        print(f"{role:<8} {side:<6} {n:6d} {rules:6d} {chosen:6d} {reach:6d}")


def main(argv: list[str] | None = None) -> int:
    from newsprobe.quotes.tagger import MODES, use_quote_mode

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help: str, parse: bool = True, quotes: bool = True):
        """A subcommand over a PolNeAR split; ``parse``: it runs a spaCy pipeline, ``quotes``: in a quote mode."""
        sub = commands.add_parser(name, help=help)
        sub.add_argument("--split", type=Path, required=True)
        if parse:
            sub.add_argument("--model", default=None, help="spaCy pipeline (default: newsprobe's)")
        if parse and quotes:
            sub.add_argument("--quotes", choices=MODES, default=None, help="quote mode (default: $NEWSPROBE_QUOTES or fast)")
        return sub

    command("predict", "run newsprobe's attribution on DIR/text/*.txt").add_argument("--out", type=Path, required=True)
    command("score", "exact-span and token P/R/F1 per role", parse=False).add_argument("--pred", type=Path, required=True)
    command("speakers", "speaker resolution against the annotated sources")
    command("coverage", "quote P/R/F1 under the Gender Gap Tracker's 30 %% rule, speaker accuracy")
    command("edges", "the span-edge model against the rules' edges", quotes=False)
    args = parser.parse_args(argv)
    if not (args.split / "text").is_dir():
        print(f"{args.split}: no text/ folder; expected a PolNeAR split directory", file=sys.stderr)
        return 2
    use_quote_mode(getattr(args, "quotes", None))
    if args.command == "predict":
        predict(args.split, args.out, args.model)
    elif args.command == "speakers":
        speakers(args.split, args.model)
    elif args.command == "coverage":
        coverage(args.split, args.model)
    elif args.command == "edges":
        edges(args.split, args.model)
    else:
        score(args.split, args.pred)
    return 0


if __name__ == "__main__":
    sys.exit(main())
