"""Batch inputs, streamed: every record of JSONL, CSV, directories of files and WARC crawls.

A ``Unit`` is one input record, small enough to send to a worker: a JSONL
line, a CSV row, a file path, or one WARC response's HTML. Units come out in a
deterministic order, so a resumed run sees the same sequence.
"""

from __future__ import annotations

import csv
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
    kind: str  # "record" (a JSON object), "line" (JSONL text), "file", "html"
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


def iter_units(inputs: list[str]) -> Iterator[Unit]:
    for file in input_files(inputs):
        yield from _units_of_file(file)


def _units_of_file(path: Path) -> Iterator[Unit]:
    suffix = path.suffix.lower()
    if not path.exists():
        yield Unit(str(path), "missing", None)
    elif is_warc(path):
        yield from _warc_units(path)
    elif suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield Unit(f"{path}:{number}", "line", line)
    elif suffix == ".csv":
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                yield Unit(f"{path}:{number}", "record", dict(row))
    else:
        yield Unit(str(path), "file", str(path))


def _warc_units(path: Path) -> Iterator[Unit]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as stream:
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
            with file.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
    return total


