"""Batch inputs, streamed: every record of JSONL, CSV, directories of files and WARC crawls.

A ``Unit`` is one input record, small enough to send to a worker: a JSONL
line, a CSV row, a file path, or one WARC response's HTML. Units come out in a
deterministic order, so a resumed run sees the same sequence.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import os
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..inputs import CHUNK_BYTES, JSONL_SUFFIXES, READABLE_SUFFIXES, iter_articles, jsonl_lines, open_input, parse_json, read_limit, too_large, walk
from ..processes import unreadable
from ..readers import DEFAULT_MAX_BYTES, from_html, from_record

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
BATCH_SUFFIXES = READABLE_SUFFIXES | {".csv"}
# The csv module's own limit on a cell (128 KB by default) is off: a record's size is bounded by
# read_limit, and whole articles fill cells.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class Unit:
    key: str  # where the record is: "path:line", "path#n", a file path
    kind: str  # "record" (a JSON object), "line" (JSONL text), "file", "html", "error" (payload: code, problem)
    payload: object
    meta: dict | None = None  # url and published of a WARC record


def error_unit(key: str, error: InputError) -> Unit:
    """The unit of a record that cannot be read: at ``key`` unless the error names another input."""
    return Unit(error.input or key, "error", (error.code, error.problem))


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


def input_files(inputs: list[str]) -> Iterator[Path | InputError]:
    """Each input path; a directory gives its readable files, sorted, recursively, or an error for
    a folder that cannot be read or holds none."""
    for name in inputs:
        path = Path(name)
        if path.is_dir():
            yield from walk(path, lambda file: file.suffix.lower() in BATCH_SUFFIXES or is_warc(file),
                            ".txt, .html, .json, .jsonl, .csv or WARC files")
        else:
            yield path


# Bytes of each input hashed for the resume check: an edit near the start (where appending to or
# rewriting a file shows) changes the hash; size and mtime catch the rest of ordinary changes.
HEAD_BYTES = 64 * 1024


def fingerprint(inputs: list[str]) -> dict[str, dict | None]:
    """Each input file (directories expanded) → its size, modification time and a hash of its head;
    None if it cannot be read."""
    prints: dict[str, dict | None] = {}
    for file in input_files(inputs):
        if isinstance(file, InputError):
            continue
        try:
            with open_input(file) as handle:
                head = hashlib.sha256(handle.read(HEAD_BYTES)).hexdigest()
                stat = os.fstat(handle.fileno())
        except (InputError, OSError):
            prints[str(file.resolve())] = None
            continue
        prints[str(file.resolve())] = {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns, "head_sha256": head}
    return prints


def iter_units(inputs: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Unit]:
    """Every record of the inputs, in order; none is read past ``read_limit(max_bytes)``."""
    for file in input_files(inputs):
        if isinstance(file, InputError):
            yield error_unit(file.input, file)
        else:
            yield from _units_of_file(file, max_bytes)


def _units_of_file(path: Path, max_bytes: int) -> Iterator[Unit]:
    suffix = path.suffix.lower()
    if not (is_warc(path) or suffix in JSONL_SUFFIXES or suffix == ".csv"):
        yield Unit(str(path), "file", str(path))  # read by the worker, through the readers
        return
    try:
        handle = open_input(path)
    except InputError as err:
        yield error_unit(str(path), err)
        return
    with handle:
        if is_warc(path):
            yield from _warc_units(path, handle, max_bytes)
        else:
            records, kind = (_csv_records(handle, max_bytes), "record") if suffix == ".csv" else (jsonl_lines(handle, max_bytes), "line")
            for number, record in records:
                key = f"{path}:{number}"
                yield error_unit(key, record) if isinstance(record, InputError) else Unit(key, kind, record)


class _RecordTooLarge(Exception):
    pass


class _Lines:
    """A CSV file's lines for ``csv.reader``, numbered, remembering the lines of the record being
    read so that those after its first can be read again when it turns out malformed."""

    def __init__(self, stream, limit: int):
        self.stream = stream
        self.limit = limit  # characters a record may take
        self.number = 0
        self.taken: list[tuple[int, str]] = []  # (line number, line) of the record being read
        self.taken_chars = 0
        self.again: deque[tuple[int, str]] = deque()

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.again:
            item = self.again.popleft()
            line = item[1]
        else:
            line = self.stream.readline(self.limit + 1)
            if not line:
                raise StopIteration
            self.number += 1
            item = (self.number, line)
        self.taken.append(item)
        self.taken_chars += len(item[1])
        if self.taken_chars > self.limit:
            while line and not line.endswith(("\n", "\r")):  # the rest of a line too long to keep
                line = self.stream.readline(CHUNK_BYTES)
            self.taken[-1] = (item[0], "")  # read again, it is a blank line
            raise _RecordTooLarge
        return item[1]

    def next_record(self) -> None:
        self.taken, self.taken_chars = [], 0

    def read_again_after_first(self) -> int:
        """Give back the lines of the record being read but its first; returns the first's number."""
        (first, _), *rest = self.taken
        self.again.extendleft(reversed(rest))
        return first


def _csv_records(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, dict | InputError]]:
    """(line number, record) of every CSV row after the header, or an ``InputError`` (no input name)
    for a row that cannot be read: malformed (a quote left open), over the record limit, or with
    another number of fields than the header. Reading goes on at the second line of a row that
    cannot be read, so a quote left open swallows no record."""
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="replace", newline="")
    lines = _Lines(text, read_limit(max_bytes))
    rows = csv.reader(lines, strict=True)
    header = None
    while True:
        lines.next_record()
        try:
            fields = next(rows)
        except StopIteration:
            return
        except (csv.Error, _RecordTooLarge) as exc:
            too_long = isinstance(exc, _RecordTooLarge)
            yield lines.read_again_after_first(), too_large(None, max_bytes) if too_long else InputError(None, f"malformed CSV row ({exc})", code="bad_csv")
            if header is None:
                return  # without a header no row can be read
            continue
        if not fields:
            continue  # a blank line
        number = lines.taken[0][0]
        if header is None:
            header = fields
        elif len(fields) != len(header):
            yield number, InputError(None, f"malformed CSV row: {len(fields)} fields, the header has {len(header)}", code="bad_csv")
        else:
            yield number, dict(zip(header, fields))


class CutCrawl(Exception):
    """A crawl that ends inside a record."""


class _GzipStream(gzip.GzipFile):
    """A gzipped crawl whose cut end is an error, not the end: warcio takes an ``EOFError`` (what
    gzip raises there) for the end of the crawl, and the records after the cut would vanish.
    A read gives what is there (``read1``): a full one would drop the bytes before the cut."""

    def read(self, size: int = -1) -> bytes:
        try:
            return super().read1(size)
        except EOFError:
            raise CutCrawl("the file ends inside a record: the crawl was cut short") from None


def _read_to_end(record) -> None:
    """Read the rest of ``record``; ``CutCrawl`` if the crawl ends inside it: in its headers (warcio
    then gives a record without a length) or before the bytes its length promises."""
    if record.length is None:
        raise CutCrawl("the file ends inside this record's headers: the crawl was cut short")
    while record.raw_stream.read(CHUNK_BYTES):
        pass
    if record.raw_stream.limit > 0:
        raise CutCrawl("the file ends inside this record: the crawl was cut short")


def _warc_units(path: Path, handle: BinaryIO, max_bytes: int) -> Iterator[Unit]:
    """One unit per HTML response; a record over the limit is refused unread, and a crawl cut short
    or corrupt ends in one ``bad_warc`` unit for what cannot be read."""
    from warcio.archiveiterator import ArchiveIterator

    limit = read_limit(max_bytes)
    stream = _GzipStream(fileobj=handle) if handle.peek(2)[:2] == GZIP_MAGIC else handle
    position = 1  # the record being read
    records = ArchiveIterator(stream)
    try:
        for position, record in enumerate(records, start=1):
            key = f"{path}#{position}"
            headers = record.http_headers
            wanted = record.rec_type == "response" and headers is not None and "html" in (headers.get_header("Content-Type") or "").lower()
            unit = None
            if wanted and record.length is not None and record.length > limit:
                unit = error_unit(key, too_large(key, max_bytes))
            elif wanted:
                html = record.content_stream().read(limit + 1)
                unit = error_unit(key, too_large(key, max_bytes)) if len(html) > limit else Unit(key, "html", html, {
                    "url": record.rec_headers.get_header("WARC-Target-URI"), "published": record.rec_headers.get_header("WARC-Date")})
            _read_to_end(record)
            position += 1  # read whole: an error from here on is in the next record
            if unit:
                yield unit
        if records.offset < stream.tell():  # where warcio stops quietly, in headers cut short, bytes are left
            raise CutCrawl("the file ends inside this record's headers: the crawl was cut short")
    except Exception as exc:  # noqa: BLE001 — warcio and gzip raise many kinds for a cut or corrupt crawl
        what = str(exc) if isinstance(exc, CutCrawl) else f"not a readable WARC record ({exc.__class__.__name__}: {exc})"
        yield Unit(f"{path}#{position}", "error", ("bad_warc", " ".join(f"{what}; the rest of the file is skipped".split())))


def count_units(inputs: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> int | None:
    """How many records, for the progress bar's ETA; None when counting would mean reading a crawl twice."""
    total = 0
    for file in input_files(inputs):
        if isinstance(file, InputError):
            total += 1
        elif is_warc(file):
            return None
        else:
            total += sum(1 for _ in _units_of_file(file, max_bytes))  # a file read by a worker is one, unread
    return total


def articles_of_unit(unit: Unit, *, max_bytes: int, fields: dict[str, str] | None = None, check_language: bool = True):
    """Articles or InputErrors for one unit, and the record's own id where it has one."""
    if unit.kind == "error":
        code, problem = unit.payload
        return [InputError(unit.key, problem, code=code)], None
    record_id = None
    if unit.kind == "line":
        try:
            unit = Unit(unit.key, "record", parse_json(unit.payload, unit.key))
        except InputError as err:
            return [err], None
    if unit.kind == "record":
        record = rename(unit.payload, fields or {})
        record_id = record.get("id") if isinstance(record, dict) else None
        unit = Unit(unit.key, "record", record)
    try:
        return _read(unit, max_bytes=max_bytes, check_language=check_language), record_id
    except InputError as err:
        return [err], record_id
    except Exception as exc:  # noqa: BLE001 — a record the readers did not foresee is its own error row
        return [InputError(unit.key, unreadable(exc), code="bad_record")], record_id


def _read(unit: Unit, **read) -> list:
    if unit.kind == "record":
        return [from_record(unit.payload, input_name=unit.key, **read)]
    if unit.kind == "html":
        meta = unit.meta or {}
        return [from_html(unit.payload, input_name=unit.key, url=meta.get("url"), published=meta.get("published"), **read)]
    return list(iter_articles([unit.payload], **read))


def iter_records(inputs: list[str], **read) -> Iterator:
    """Every record of ``inputs`` (JSONL, CSV, WARC, files, directories) as an Article or an InputError,
    streamed: what batch runs and index builds read. ``read``: max_bytes, fields, check_language."""
    for unit in iter_units(inputs):
        yield from articles_of_unit(unit, **read)[0]
