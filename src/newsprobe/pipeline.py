"""``analyze()``: one article in, one report out — the single path behind CLI, HTTP and batch."""

from __future__ import annotations

import time

from .analyzers import Context, registered
from .nlp import get_nlp
from .readers import from_text
from .report import Article, Report, Verdict
from .residue import find_residue, prose_without
from .verdict import decide


def analyze(article: Article | str, *, model: str | None = None, **resources) -> Report:
    """Analyse one article (or a plain text, headline on its first line) into a ``Report``.

    ``resources`` are handed to analyzers by name (for example ``index=``).
    """
    if isinstance(article, str):
        article = from_text(article)
    timings: dict[str, float] = {}
    started = time.perf_counter()

    residue = find_residue(article.body)
    prose = prose_without(article.body, residue)
    nlp = get_nlp(model)
    timings["load"] = time.perf_counter() - started

    mark = time.perf_counter()
    doc = nlp(prose)
    timings["parse"] = time.perf_counter() - mark

    report = Report(article=article, verdict=Verdict(label="insufficient evidence"), residue=residue)
    report.headline.text = article.title
    ctx = Context(article=article, prose=prose, residue=residue, doc=doc, nlp=nlp, report=report, resources=resources)
    for name, run in registered().items():
        mark = time.perf_counter()
        run(ctx)
        timings[name] = time.perf_counter() - mark

    report.verdict = decide(report, ctx.reasons)
    timings["total"] = time.perf_counter() - started
    report.timings = {k: round(v, 4) for k, v in timings.items()}
    return report
