"""Stored reports: an embedded SQLite database keyed by the article's content hash, for permalinks.

Its calls block (disk, locks): the server makes them in worker threads, never on the event loop.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


class ReportStore:
    """Reports (their JSON) by id; older than ``retention_days`` are purged on write. One connection per call."""

    def __init__(self, path: Path, retention_days: float = 30.0):
        self.path = Path(path)
        self.retention_seconds = retention_days * 86400
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("CREATE TABLE IF NOT EXISTS reports (id TEXT PRIMARY KEY, created REAL NOT NULL, report TEXT NOT NULL)")
            db.execute("CREATE INDEX IF NOT EXISTS reports_created ON reports (created)")

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def put(self, report_id: str, report: str) -> None:
        now = time.time()
        with self._connect() as db:
            db.execute("INSERT OR REPLACE INTO reports VALUES (?, ?, ?)", (report_id, now, report))
            db.execute("DELETE FROM reports WHERE created < ?", (now - self.retention_seconds,))

    def get(self, report_id: str) -> str | None:
        with self._connect() as db:
            row = db.execute(
                "SELECT report FROM reports WHERE id = ? AND created >= ?", (report_id, time.time() - self.retention_seconds)
            ).fetchone()
        return row[0] if row else None
