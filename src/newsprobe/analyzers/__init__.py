"""Analyzers: each module fills one part of the report from the shared ``Context``.

Adding an analyzer is one module with a function decorated ``@analyzer("name")``
and one import line in ``_load_builtin``. Analyzers run in registration order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..report import Article, Reason, Report, Residue


@dataclass
class Context:
    """Everything an analyzer may read; analyzers write into ``report``."""

    article: Article
    prose: str  # the body with residue blanked out: same length, same offsets
    residue: list[Residue]
    doc: Any  # spaCy Doc over ``prose``
    nlp: Any  # the pipeline that parsed it, for analyzers that parse a little more (the headline)
    report: Report
    reasons: list[Reason] = field(default_factory=list)  # verdict reasons from analyzers
    resources: dict[str, Any] = field(default_factory=dict)


AnalyzerFn = Callable[[Context], None]
REGISTRY: dict[str, AnalyzerFn] = {}


def analyzer(name: str) -> Callable[[AnalyzerFn], AnalyzerFn]:
    def register(fn: AnalyzerFn) -> AnalyzerFn:
        REGISTRY[name] = fn
        return fn

    return register


def registered() -> dict[str, AnalyzerFn]:
    _load_builtin()
    return REGISTRY


def _load_builtin() -> None:
    # Import order is run order: provenance adds its substitutions to the spin phrases.
    from . import headline, quotes, stitching, spin, provenance  # noqa: F401, I001
