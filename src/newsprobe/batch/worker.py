"""One chunk of records → one committed chunk of rows. Runs in a worker process (local pool or Dask)."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError
from ..inputs import iter_articles
from ..pipeline import warm_up
from ..readers import from_html, from_record
from .output import write_chunk
from .sources import Unit, rename


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


# How often a worker process checks that the process that started it is alive.
PARENT_CHECK_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """End this worker process when ``parent`` ends, even by kill -9: a killed run must not leave
    workers behind, still analysing and writing chunk files.

    A thread watches the parent's id (an orphan is adopted by another process). Linux's
    PR_SET_PDEATHSIG would fire when the *thread* that started the worker ends, which kills
    workers started from a thread pool (the server replaces its analysis process from one)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


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


def articles_of_unit(unit: Unit, options: Options):
    """Articles or InputErrors for one unit, and the record's own id where it has one."""
    if unit.kind == "error":
        code, problem = unit.payload
        return [InputError(unit.key, problem, code=code)], None
    record_id = None
    if unit.kind == "line":
        try:
            record = json.loads(unit.payload)
        except json.JSONDecodeError as exc:
            return [InputError(unit.key, f"not valid JSON ({exc.msg} at column {exc.colno})", code="bad_json")], None
        except RecursionError:
            return [InputError(unit.key, "not valid JSON (nested too deeply)", code="bad_json")], None
        unit = Unit(unit.key, "record", record)
    if unit.kind == "record":
        record = rename(unit.payload, options.fields)
        record_id = record.get("id") if isinstance(record, dict) else None
        unit = Unit(unit.key, "record", record)
    try:
        return _read(unit, options), record_id
    except InputError as err:
        return [err], record_id
    except Exception as exc:  # noqa: BLE001 — a record the readers cannot take ({"html": true}) is its own error row
        return [InputError(unit.key, unreadable(exc), code="bad_record")], record_id


def _read(unit: Unit, options: Options) -> list:
    read = {"max_bytes": options.max_bytes, "check_language": options.check_language}
    if unit.kind == "record":
        return [from_record(unit.payload, input_name=unit.key, **read)]
    if unit.kind == "html":
        meta = unit.meta or {}
        return [from_html(unit.payload, input_name=unit.key, url=meta.get("url"), published=meta.get("published"), **read)]
    return list(iter_articles([unit.payload], **read))


def unreadable(error: Exception) -> str:
    """Why the readers could not take a record, on one line: values that do not fit an article
    (``"authors": true``) or a value of a type they did not expect (``"html": true``)."""
    if isinstance(error, ValidationError):
        return "fields of the wrong type (" + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()) + ")"
    return " ".join(f"cannot read this record ({error.__class__.__name__}: {error})".split())


def rows_for_unit(unit: Unit, options: Options) -> list[dict]:
    from ..pipeline import analyze

    articles, record_id = articles_of_unit(unit, options)
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
