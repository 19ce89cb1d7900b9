"""The embedded index store: one SQLite file in WAL mode (format in docs/provenance.md)."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timezone
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from .shingles import TokenHasher, tokens
from .store import IndexStore, NewDoc, StoredDoc

FORMAT = "newsprobe-index/1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS docs (
    num INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL,
    title TEXT, url TEXT, published TEXT, site TEXT,
    added REAL NOT NULL,
    text BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS docs_hash ON docs(hash);
CREATE TABLE IF NOT EXISTS postings (shingle INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (shingle, doc)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pending (shingle INTEGER NOT NULL, doc INTEGER NOT NULL);
"""
# Postings (or pending rows) of a document number that is no longer stored.
_DEAD = "doc NOT IN (SELECT num FROM docs)"
# Page cache per connection in KiB: the build's working set; lookups read a few pages each.
# Memory stays bounded by it whatever the index size (benchmarks/provenance.py reports peak RSS).
CACHE_KIB = 131_072
SORT_CACHE_KIB = 32_768


def _chunks(ids: list[str], size: int = 500):
    """Pieces of ``ids`` small enough for one IN (?, ?, …) list, with their placeholders."""
    for i in range(0, len(ids), size):
        chunk = ids[i : i + size]
        yield chunk, ",".join("?" * len(chunk))


def _iso(epoch: float | None) -> str | None:
    return datetime.fromtimestamp(epoch, timezone.utc).isoformat(timespec="seconds") if epoch else None


class SQLiteStore(IndexStore):
    """Documents and postings in one SQLite file; ``readonly`` for lookups (``check``, the server)."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = Path(path)
        if readonly:
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if tables and "meta" not in tables:
                raise ValueError("another SQLite database; newsprobe will not write into it")
            self.db.execute("PRAGMA auto_vacuum=INCREMENTAL")  # takes effect on a new file only
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a crash loses at most uncommitted batches
            self.db.executescript(SCHEMA)
            if self.get_meta("format") is None:
                self.set_meta("format", FORMAT)
        self.db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        found = self.get_meta("format")
        if found not in (None, FORMAT):
            raise ValueError(f"index format {found}; this newsprobe reads {FORMAT}")

    def known(self, ids: list[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk, marks in _chunks(ids):
            found.update(self.db.execute(f"SELECT id, hash FROM docs WHERE id IN ({marks})", chunk).fetchall())
        return found

    def add(self, docs: list[NewDoc]) -> None:
        # A replaced document gets a new number (AUTOINCREMENT never reuses one); the old
        # number's postings go with it, in the same transaction.
        now = time.time()
        db = self.db
        db.execute("BEGIN IMMEDIATE")
        try:
            self._retire([new.doc.id for new in docs])
            first = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM sqlite_sequence WHERE name = 'docs'").fetchone()[0]
            db.executemany(
                "INSERT INTO docs (num, id, hash, title, url, published, site, added, text) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    (first + k, new.doc.id, new.doc.hash, new.doc.title, new.doc.url, new.doc.published, new.doc.site, now, new.compressed)
                    for k, new in enumerate(docs)
                ),
            )
            shingles = np.concatenate([new.shingles for new in docs]) if docs else np.empty(0, dtype=np.int64)
            owners = np.repeat(np.arange(first, first + len(docs), dtype=np.int64), [new.shingles.size for new in docs])
            db.executemany("INSERT INTO pending (shingle, doc) VALUES (?, ?)", zip(shingles.tolist(), owners.tolist()))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _retire(self, ids: list[str]) -> None:
        """Delete the stored documents with these ids and their postings (inside the caller's transaction).

        A document's postings are the stored 3-grams of its text, so they are found by key, not by a
        scan. Its rows still in ``pending`` are left to ``finish``, which merges live documents only."""
        hasher = None
        removed = retired = 0
        for chunk, marks in _chunks(ids):
            for num, blob in self.db.execute(f"SELECT num, text FROM docs WHERE id IN ({marks})", chunk).fetchall():
                hasher = hasher or TokenHasher()
                shingles = hasher.indexable(tokens(zlib.decompress(blob).decode())).tolist()
                before = self.db.total_changes
                self.db.executemany("DELETE FROM postings WHERE shingle = ? AND doc = ?", ((s, num) for s in shingles))
                removed += self.db.total_changes - before
                retired += 1
            self.db.execute(f"DELETE FROM docs WHERE id IN ({marks})", chunk)
        if retired:
            self._count("postings", -removed)
            self._count("purged", retired)

    def _count(self, key: str, change: int) -> None:
        self.set_meta(key, str(int(self.get_meta(key) or 0) + change))

    def finish(self) -> None:
        # One sorted pass: inserting each batch into the big B-tree as it came would rewrite
        # most of its pages every batch (measured: 1,136 documents/s at 100k documents).
        db = self.db
        # The sort may use a helper thread; each sorter holds up to the page cache in memory,
        # so the cache shrinks while it runs (128 MiB × 3 sorters measured 630 MiB peak at 100k documents).
        db.execute("PRAGMA threads=2")
        db.execute(f"PRAGMA cache_size=-{SORT_CACHE_KIB}")
        db.execute("BEGIN IMMEDIATE")
        try:
            before = db.total_changes
            # Rows of a document replaced before its build finished belong to no document: not merged.
            db.execute("INSERT OR IGNORE INTO postings (shingle, doc) SELECT shingle, doc FROM pending "
                       "WHERE doc IN (SELECT num FROM docs) ORDER BY shingle, doc")
            added = db.total_changes - before
            db.execute("DELETE FROM pending")
            self._count("postings", added)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        db.executescript("PRAGMA incremental_vacuum;")  # run to completion: execute() frees one page

    def unfinished(self) -> int:
        return self.db.execute("SELECT COUNT(DISTINCT doc) FROM pending").fetchone()[0]

    def postings(self, shingles: Iterable[int], limit: int) -> Iterator[tuple[int, list[int]]]:
        # Live documents only: postings an earlier newsprobe left behind (see ``compact``) must not
        # count towards the caller's cap.
        query = "SELECT doc FROM postings JOIN docs ON num = doc WHERE shingle = ? LIMIT ?"
        for shingle in shingles:
            yield shingle, [row[0] for row in self.db.execute(query, (shingle, limit + 1))]

    def documents(self, numbers: Iterable[int]) -> dict[int, StoredDoc]:
        numbers = list(numbers)
        if not numbers:
            return {}
        marks = ",".join("?" * len(numbers))
        rows = self.db.execute(f"SELECT num, id, hash, title, text, url, published, site FROM docs WHERE num IN ({marks})", numbers)
        return {
            num: StoredDoc(id=id_, hash=hash_, title=title, text=zlib.decompress(blob).decode(), url=url, published=published, site=site)
            for num, id_, hash_, title, blob, url, published, site in rows
        }

    def stats(self) -> dict:
        one = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        page_size = one("PRAGMA page_size")
        documents = one("SELECT COUNT(*) FROM docs")
        dead_documents = self._dead_documents(documents)
        return {
            "documents": documents,
            "distinct_texts": one("SELECT COUNT(DISTINCT hash) FROM docs"),
            "postings": int(self.get_meta("postings") or 0),  # kept per batch: counting 10^8 rows takes a minute
            "unsearchable": self.unfinished(),
            "dead_documents": dead_documents,
            # Counting them scans every posting: done only when there are some to count.
            "dead_postings": one(f"SELECT COUNT(*) FROM postings WHERE {_DEAD}") if dead_documents else 0,
            "bytes": one("PRAGMA page_count") * page_size,
            "last_added": _iso(one("SELECT MAX(added) FROM docs")),
        }

    def _dead_documents(self, documents: int) -> int:
        """Replaced documents whose postings are still stored: earlier versions of newsprobe kept them (``compact`` removes them).

        Numbers are never reused, so every number handed out and no longer stored was replaced;
        ``purged`` counts those whose postings were deleted."""
        handed_out = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = 'docs'").fetchone()[0]
        return handed_out - documents - int(self.get_meta("purged") or 0)

    def compact(self) -> dict:
        db = self.db
        before = db.execute("PRAGMA page_count").fetchone()[0]
        dead_documents = self._dead_documents(db.execute("SELECT COUNT(*) FROM docs").fetchone()[0])
        db.execute("BEGIN IMMEDIATE")
        try:
            removed = db.execute(f"DELETE FROM postings WHERE {_DEAD}").rowcount
            db.execute(f"DELETE FROM pending WHERE {_DEAD}")
            self._count("postings", -removed)
            self._count("purged", dead_documents)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("VACUUM")  # rewrites the file without the freed pages
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        return {"removed_postings": removed, "dead_documents": dead_documents,
                "bytes_before": before * page_size, "bytes": db.execute("PRAGMA page_count").fetchone()[0] * page_size}

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def close(self) -> None:
        self.db.close()
