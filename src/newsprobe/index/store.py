"""Index storage behind one small interface; SQLite (one file, WAL) is the embedded default.

A store holds documents (id, content hash, metadata, compressed text) and a
posting list from sampled 3-gram hashes to documents. Everything a store does
is in ``IndexStore``; a server database is another subclass (see docs/provenance.md).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np


@dataclass
class StoredDoc:
    id: str
    hash: str  # sha256 of title and text (first 16 hex digits)
    title: str | None
    text: str
    url: str | None = None
    published: str | None = None
    site: str | None = None


@dataclass
class NewDoc:
    doc: StoredDoc
    shingles: np.ndarray  # sampled 3-gram hashes, int64, unique
    compressed: bytes  # zlib of the UTF-8 text, made where the hashing runs (a worker process)


class IndexStore(ABC):
    """What the reference index needs from storage."""

    @abstractmethod
    def known(self, ids: list[str]) -> dict[str, str]:
        """Content hash of each of ``ids`` already stored."""

    @abstractmethod
    def add(self, docs: list[NewDoc]) -> None:
        """Store a batch atomically (after a crash all of it is there or none); a stored id is replaced,
        and the replaced document's postings are deleted.

        Added documents become searchable at ``finish``."""

    @abstractmethod
    def finish(self) -> None:
        """Make every added document searchable (an interrupted build leaves some that are not)."""

    @abstractmethod
    def unfinished(self) -> int:
        """How many stored documents are not searchable yet."""

    @abstractmethod
    def postings(self, shingles: Iterable[int], limit: int) -> Iterator[tuple[int, list[int]]]:
        """For each hash, the internal numbers of documents holding it; at most ``limit`` + 1 of them."""

    @abstractmethod
    def documents(self, numbers: Iterable[int]) -> dict[int, StoredDoc]:
        """Stored documents by internal number."""

    @abstractmethod
    def stats(self) -> dict:
        """Counts and sizes, for ``newsprobe index stats``; ``dead_documents`` and ``dead_postings`` are
        replaced documents whose postings are still stored, and those postings."""

    @abstractmethod
    def compact(self) -> dict:
        """Delete the postings of replaced documents and give their space back (``newsprobe index compact``):
        ``removed_postings``, ``dead_documents``, ``bytes_before``, ``bytes``."""

    @abstractmethod
    def get_meta(self, key: str) -> str | None: ...

    @abstractmethod
    def set_meta(self, key: str, value: str) -> None: ...

    @abstractmethod
    def close(self) -> None: ...
