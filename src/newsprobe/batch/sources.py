"""Batch inputs, streamed: every record of JSONL, CSV, directories of files and WARC crawls.

A ``Unit`` is one input record, small enough to send to a worker: a JSONL
line, a CSV row, a file path, or one WARC response's HTML. Units come out in a
deterministic order, so a resumed run sees the same sequence.
"""

from __future__ import annotations

import csv
import hashlib
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..inputs import READABLE_SUFFIXES

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
BATCH_SUFFIXES = READABLE_SUFFIXES | {".csv"}
# CSV cells holding whole articles exceed the csv module's 128 KB default.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass
class Unit:
    key: str  # where the record is: "path:line", "path#n", a file path
    kind: str  # "record" (a JSON object), "line" (JSONL text), "file", "html", "error" (payload: code, problem)
    payload: object
    meta: dict | None = None  # url and published of a WARC record


def parse_fields(spec: str | None) -> dict[str, str]:
    """'title=headline,text=content,id=uid' → {'headline': 'title', 'content': 'text', 'uid': 'id'}."""
    if not spec:
        return {}
    mapping = {}
    for part in spec.split(","):
        target, sep, source = part.partition("=")
        if not sep or not target.strip() or not source.strip():
            raise ValueError(f"--fields: expected target=source pairs, got {part!r}")
        mapping[source.strip()] = target.strip()
    return mapping


def rename(record: object, fields: dict[str, str]) -> object:
    """Apply a --fields mapping to a record's keys."""
    if not fields or not isinstance(record, dict):
        return record
    return {fields.get(k, k): v for k, v in record.items()}


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def input_files(inputs: list[str]) -> Iterator[Path]:
    """Each input path; a directory gives its readable files, sorted, recursively."""
    for name in inputs:
        path = Path(name)
        if not path.is_dir():
            yield path
            continue
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            if file.suffix.lower() in BATCH_SUFFIXES or is_warc(file):
                yield file


# Bytes of each input hashed for the resume check: an edit near the start (where appending to or
# rewriting a file shows) changes the hash; size and mtime catch the rest of ordinary changes.
HEAD_BYTES = 64 * 1024


def fingerprint(inputs: list[str]) -> dict[str, dict | None]:
    """Each input file (directories expanded) → its size, modification time and a hash of its head; None if missing."""
    prints: dict[str, dict | None] = {}
    for file in input_files(inputs):
        try:
            with file.open("rb") as handle:
                head = hashlib.sha256(handle.read(HEAD_BYTES)).hexdigest()
                stat = os.fstat(handle.fileno())
        except OSError:
            prints[str(file.resolve())] = None
            continue
        prints[str(file.resolve())] = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "head_sha256": head}
    return prints


def iter_units(inputs: list[str]) -> Iterator[Unit]:
    for file in input_files(inputs):
        yield from _units_of_file(file)


def _units_of_file(path: Path) -> Iterator[Unit]:
    suffix = path.suffix.lower()
    if not path.exists():
        yield Unit(str(path), "error", ("missing", "no such file or directory"))
    elif is_warc(path):
        yield from _warc_units(path)
    elif suffix in (".jsonl", ".ndjson"):
        for number, line in _jsonl_lines(path):
            yield Unit(f"{path}:{number}", "line", line)
    elif suffix == ".csv":
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                yield Unit(f"{path}:{number}", "record", dict(row))
    else:
        yield Unit(str(path), "file", str(path))


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line) of every record: lines end at \\n only (a \\r or U+2028 inside one is part of
    it, as JSONL has it; text mode would split there), and blank lines are not records."""
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            line = raw.decode("utf-8", errors="replace")
            if line.strip():
                yield number, line


def _warc_units(path: Path) -> Iterator[Unit]:
    from warcio.archiveiterator import ArchiveIterator

    number = 0
    with path.open("rb") as stream:
        try:
            for number, record in enumerate(ArchiveIterator(stream), start=1):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in content_type:
                    continue
                yield Unit(
                    f"{path}#{number}",
                    "html",
                    record.content_stream().read(),
                    {"url": record.rec_headers.get_header("WARC-Target-URI"), "published": record.rec_headers.get_header("WARC-Date")},
                )
        except Exception as exc:  # noqa: BLE001 — warcio and gzip raise many kinds for a cut or corrupt crawl
            problem = " ".join(f"not a readable WARC record ({exc.__class__.__name__}: {exc}); the rest of the file is skipped".split())
            yield Unit(f"{path}#{number + 1}", "error", ("bad_warc", problem))


def count_units(inputs: list[str]) -> int | None:
    """How many records, for the progress bar's ETA; None when counting would mean reading a crawl twice."""
    total = 0
    for file in input_files(inputs):
        suffix = file.suffix.lower()
        if is_warc(file):
            return None
        if not file.exists() or suffix not in (".jsonl", ".ndjson", ".csv"):
            total += 1
        elif suffix == ".csv":
            with file.open(encoding="utf-8", errors="replace", newline="") as handle:
                total += sum(1 for _ in csv.DictReader(handle))
        else:
            total += sum(1 for _ in _jsonl_lines(file))
    return total


