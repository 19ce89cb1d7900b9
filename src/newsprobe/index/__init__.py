"""The reference index: documents newsprobe can trace an article's passages to.

    >>> from newsprobe import ReferenceIndex
    >>> with ReferenceIndex.open("refs.sqlite", create=True) as index:
    ...     index.add(newsprobe.iter_articles(["wire.jsonl"], check_language=False))
    >>> report = newsprobe.analyze(article, index=ReferenceIndex.open("refs.sqlite"))

``reference.py`` finds sources; ``building.py`` prepares documents; storage sits behind
``IndexStore`` (store.py), with SQLite (sqlite.py) the embedded default.
"""

from .reference import AddSummary, ReferenceIndex, Source, load_index
from .store import IndexStore, StoredDoc

__all__ = ["AddSummary", "IndexStore", "ReferenceIndex", "Source", "StoredDoc", "load_index"]
