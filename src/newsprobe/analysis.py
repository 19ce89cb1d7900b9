"""What an analyzer is: a capability that reads the text layer and fills one report section.

Each capability package (``quotes/``, ``headline/``, …) has an ``analyzer.py`` that
defines ``ANALYZER = Analyzer(...)``; ``pipeline.CAPABILITIES`` lists the packages.
An analyzer declares the sections of other analyzers it reads, so the pipeline runs
those first, and returns its section with its verdict reasons: it never edits
another analyzer's section.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .report import Article, Reason
from .text import ArticleText


@dataclass
class Findings:
    """What an analyzer found: its report section, and the verdict reasons it gives."""

    section: Any
    reasons: list[Reason] = field(default_factory=list)


@dataclass
class Context:
    """What an analyzer may read: the article, its text layer, resources, and the sections it declared."""

    article: Article
    text: ArticleText
    index: Any = None  # an open ReferenceIndex, or None
    sections: dict[str, Any] = field(default_factory=dict)  # only the sections the analyzer reads


@dataclass(frozen=True)
class Analyzer:
    name: str  # the report section it fills (a field of Report)
    run: Callable[[Context], Findings]
    reads: tuple[str, ...] = ()  # sections of other analyzers it reads; they run before it
    needs_index: bool = False  # runs only with a reference index; otherwise the section keeps its empty value
    load: Callable[[], object] | None = None  # loads its models once per process (warm_up calls it)
