"""Preparing documents for the index, in worker processes: content hash, sampled 3-grams, compressed text."""

from __future__ import annotations

import zlib

from ..readers import content_id
from ..report import Article
from .shingles import TokenHasher, tokens
from .store import NewDoc, StoredDoc


_HASHER: TokenHasher | None = None  # one per process that prepares documents


def prepare(articles: list[Article]) -> tuple[int, list[NewDoc]]:
    """Documents ready to store (content hash, sampled 3-grams); the last record of a repeated id wins."""
    global _HASHER
    _HASHER = _HASHER or TokenHasher()
    docs = []
    for article in {a.id: a for a in articles}.values():
        digest = content_id(article.title, article.body)
        doc = StoredDoc(article.id, digest, article.title, article.body, article.url, article.published, article.site)
        docs.append(NewDoc(doc, _HASHER.indexable(tokens(article.body)), zlib.compress(article.body.encode(), 6)))
    return len(articles), docs


