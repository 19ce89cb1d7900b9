"""newsprobe: reads news articles and shows, with evidence, what is in them and whether they hold up.

    >>> import newsprobe
    >>> report = newsprobe.analyze(newsprobe.read("examples/syria-jets.txt"))
    >>> report.verdict.label
"""

from .errors import InputError, ModelError
from .pipeline import analyze
from .readers import from_html, from_record, from_text, iter_articles, read
from .report import SCHEMA_VERSION, Article, Quote, Report, json_schema

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "InputError",
    "ModelError",
    "Quote",
    "Report",
    "__version__",
    "analyze",
    "from_html",
    "from_record",
    "from_text",
    "iter_articles",
    "json_schema",
    "read",
]
