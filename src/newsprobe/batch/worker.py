"""One chunk of records → one committed chunk of rows. Runs in a worker process (local pool or Dask)."""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..pipeline import warm_up
from ..processes import die_with_parent
from .output import write_chunk
from .sources import Unit, articles_of_unit


@dataclass(frozen=True)
class Options:
    max_bytes: int
    record_timeout: float  # seconds per record; 0 for none
    model: str | None = None
    fields: dict[str, str] = field(default_factory=dict)  # --fields: source column → report field
    check_language: bool = True  # False for reference documents, which may be in any language
    index: str | None = None  # reference index path; each process opens it once


class RecordTimeout(Exception):
    pass


def start_worker(parent: int, model: str | None, index: str | None) -> None:
    """Initializer of a worker process: tied to the run's process, models loaded once."""
    die_with_parent(parent)
    warm_up(model, index)


@contextmanager
def time_limit(seconds: float):
    """Interrupt with SIGALRM where possible (a worker process's main thread); elsewhere (Dask's
    task threads) a record that overran is reported as timed out once it finishes."""
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread():
        def expire(signum, frame):
            raise RecordTimeout

        previous = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    else:
        started = time.monotonic()
        yield
        if time.monotonic() - started > seconds:
            raise RecordTimeout


def rows_for_unit(unit: Unit, options: Options) -> list[dict]:
    from ..pipeline import analyze

    articles, record_id = articles_of_unit(unit, fields=options.fields, max_bytes=options.max_bytes,
                                           check_language=options.check_language)
    rows = []
    for item in articles:
        if isinstance(item, InputError):
            rows.append(error_row(record_id or unit.key, item.input or unit.key, item.code, item.problem))
            continue
        try:
            with time_limit(options.record_timeout):
                report = analyze(item, model=options.model, index=options.index)
        except RecordTimeout:
            rows.append(error_row(item.id, item.input, "timeout", f"analysis took longer than {options.record_timeout:g} s"))
            continue
        except Exception as exc:  # one broken record must not stop the others
            rows.append(error_row(item.id, item.input, "internal", f"internal error: {exc.__class__.__name__}: {exc}"))
            continue
        rows.append({"id": item.id, "input": item.input, "status": "ok", "error": None, "code": None, "report": report.to_dict()})
    return rows


def error_row(record_id: str | None, input_name: str, code: str, message: str) -> dict:
    return {"id": str(record_id) if record_id is not None else input_name, "input": input_name,
            "status": "error", "error": " ".join(message.split()), "code": code, "report": None}  # one line


def process_chunk(index: int, units: list[Unit], options: Options, parts: str) -> dict:
    """Analyse a chunk and write it; returns the summary the runner commits to the manifest."""
    rows = [row for unit in units for row in rows_for_unit(unit, options)]
    write_chunk(Path(parts), index, rows)
    errors = Counter(row["code"] for row in rows if row["status"] == "error")
    return {"chunk": index, "rows": len(rows), "ok": len(rows) - sum(errors.values()), "errors": dict(errors)}
