"""newsprobe: reads news articles and shows, with evidence, what is in them and whether they hold up.

    >>> import newsprobe
    >>> report = newsprobe.analyze(newsprobe.read("examples/syria-jets.txt"))
    >>> report.verdict.label
"""

from .errors import InputError, ModelError
from .index import ReferenceIndex
from .inputs import iter_articles, read
from .pipeline import analyze, warm_up
from .readers import from_html, from_record, from_text
from .report import SCHEMA_VERSION, Article, Quote, Report, json_schema

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "InputError",
    "ModelError",
    "Quote",
    "ReferenceIndex",
    "Report",
    "__version__",
    "analyze",
    "from_html",
    "from_record",
    "from_text",
    "iter_articles",
    "json_schema",
    "read",
    "warm_up",
]
