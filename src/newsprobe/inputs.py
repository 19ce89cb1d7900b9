"""Inputs: files, directories, stdin, JSON and JSONL; every record becomes an ``Article`` or an ``InputError``.

``iter_articles`` never raises for a bad record: it yields an ``InputError`` in
its place, so a multi-record run gives exactly one result per record. Inputs are
streamed: JSONL is read line by line, and nothing is read past a record's size limit.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .decoding import decode
from .errors import InputError
from .readers import DEFAULT_MAX_BYTES, from_html, from_record, from_text
from .report import Article

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

# How much larger than its body one record's bytes may be: a body within --max-bytes written as
# JSON \u escapes takes up to 6 bytes a character, and a news page's HTML runs to a few MB around
# its story (the server's fetcher stops at 5 MB). A larger record is refused before it is read.
READ_FACTOR = 8
# Bytes read to tell JSON from text in a file too large to be one record (see _sniff).
SNIFF_BYTES = 1000
# Bytes read at a time when splitting a stream into lines.
CHUNK_BYTES = 1 << 16


def read_limit(max_bytes: int) -> int:
    """The most bytes one record (a file, a JSONL line, a CSV row, a WARC response) may take."""
    return READ_FACTOR * max_bytes


def too_large(input_name: str | None, max_bytes: int) -> InputError:
    return InputError(input_name, f"more than {read_limit(max_bytes):,} bytes, the most one record may take "
                      f"({READ_FACTOR} × the {max_bytes:,}-byte body limit)", code="too_large")


_NOT_REGULAR = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a character device"),
                (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def open_input(path: Path) -> BinaryIO:
    """``path`` opened for reading; ``InputError`` if it is missing, unreadable or not a regular file
    (reading a named pipe waits for a writer, forever; a device never ends)."""
    name = str(path)
    try:
        # O_NONBLOCK: opening a named pipe returns at once instead of waiting for a writer;
        # it changes nothing for a regular file.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(name, "no such file or directory", code="missing") from None
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}", code="unreadable") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = next((what for is_kind, what in _NOT_REGULAR if is_kind(mode)), "a special file")
        raise InputError(name, f"not a regular file ({kind})", code="not_a_file")
    return os.fdopen(fd, "rb")


def walk(directory: Path, wanted: Callable[[Path], bool], what: str) -> Iterator[Path | InputError]:
    """The files under ``directory`` that are ``wanted``, recursively, in path order; a folder that
    cannot be read is an ``InputError`` in its place, and so is a directory with no ``what`` at all."""
    found = failed = False

    def visit(folder: Path) -> Iterator[Path | InputError]:
        nonlocal found, failed
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            failed = True
            yield InputError(str(folder), f"cannot read: {exc.strerror or exc}", code="unreadable")
            return
        for entry in entries:
            path = folder / entry.name
            if entry.is_dir():
                if not entry.is_symlink():  # a linked folder is not followed: no loops
                    yield from visit(path)
            elif wanted(path):
                found = True
                yield path

    yield from visit(directory)
    if not (found or failed):
        yield InputError(str(directory), f"directory holds no {what}", code="empty")


def lines_of(stream: BinaryIO, limit: int, head: bytes = b"") -> Iterator[bytes | None]:
    """The lines of ``head`` and then ``stream``, ending at \\n only (a \\r or U+2028 inside a line is
    part of it, as JSONL has it); None for a line over ``limit`` bytes, which is skipped unread."""
    buffer, start, skipping = head, 0, False
    while True:
        end = buffer.find(b"\n", start)
        if end >= 0:
            yield None if skipping or end - start > limit else buffer[start : end + 1]
            start, skipping = end + 1, False
            continue
        rest = buffer[start:]
        if len(rest) > limit:
            rest, skipping = b"", True
        chunk = stream.read(CHUNK_BYTES)
        if not chunk:
            if rest or skipping:
                yield None if skipping else rest
            return
        buffer, start = rest + chunk, 0


def jsonl_lines(stream: BinaryIO, max_bytes: int, head: bytes = b"") -> Iterator[tuple[int, str | InputError]]:
    """(line number, text) of every JSONL record in a stream, or an ``InputError`` without an input name
    for a line over the record limit or one that is not text; blank lines are not records."""
    for number, raw in enumerate(lines_of(stream, read_limit(max_bytes), head), start=1):
        if raw is None:
            yield number, too_large(None, max_bytes)
        elif raw.decode("utf-8", "replace").strip():
            try:
                yield number, decode(raw)
            except InputError as err:
                yield number, err


def parse_json(text: str, input_name: str | None) -> object:
    """The JSON value in ``text``; ``InputError`` (bad_json) if it is not valid JSON or nests too deeply."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(input_name, f"not valid JSON ({exc.msg} at column {exc.colno})", code="bad_json") from None
    except RecursionError:
        raise InputError(input_name, "not valid JSON (nested too deeply)", code="bad_json") from None


def _sniff(text: str) -> str:
    head = text.lstrip()[:SNIFF_BYTES].lower()
    if head.startswith("{") or head.startswith("["):
        return "json"
    if head.startswith("<") and re.search(r"<(html|body|p|article|div|!doctype)\b", head):
        return "html"
    return "text"


def _records_of(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of every JSONL record in a decoded text (see jsonl_lines)."""
    return ((number, line) for number, line in enumerate(text.split("\n"), start=1) if line.strip())


def _articles_from_json_text(text: str, input_name: str, **kwargs) -> Iterator[Article | InputError]:
    try:
        data = parse_json(text, input_name)
    except InputError:
        # Not one JSON document: one record per line.
        yield from _articles_from_jsonl(_records_of(text), input_name, **kwargs)
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records):
        name = input_name if len(records) == 1 else f"{input_name}[{i}]"
        yield _guard(lambda: from_record(record, input_name=name, **kwargs))


def _articles_from_jsonl(lines: Iterable[tuple[int, str | InputError]], input_name: str, **kwargs) -> Iterator[Article | InputError]:
    for number, line in lines:
        name = f"{input_name}:{number}"
        if isinstance(line, InputError):
            yield InputError(name, line.problem, code=line.code)
        else:
            yield _guard(lambda: from_record(parse_json(line, name), input_name=name, **kwargs))


def _guard(make) -> Article | InputError:
    try:
        return make()
    except InputError as err:
        return err


def articles_from_bytes(
    data: bytes,
    input_name: str,
    *,
    kind: str | None = None,
    title: str | None = None,
    no_title: bool = False,
    **kwargs,
) -> Iterator[Article | InputError]:
    """Every article in one input's bytes; ``kind`` is text/html/json/jsonl, sniffed when None."""
    try:
        text = decode(data, input_name)
    except InputError as err:
        yield err
        return
    if not text.strip():
        yield InputError(input_name, "empty input", code="empty")
        return
    kind = kind or _sniff(text)
    if kind == "jsonl":
        yield from _articles_from_jsonl(_records_of(text), input_name, title=title, **kwargs)
    elif kind == "json":
        yield from _articles_from_json_text(text, input_name, title=title, **kwargs)
    elif kind == "html":
        yield _guard(lambda: from_html(text, title=title, input_name=input_name, **kwargs))
    else:
        yield _guard(lambda: from_text(text, title=title, no_title=no_title, input_name=input_name, **kwargs))


def articles_from_stream(
    stream: BinaryIO,
    input_name: str,
    *,
    kind: str | None = None,
    size: int | None = None,
    title: str | None = None,
    no_title: bool = False,
    **kwargs,
) -> Iterator[Article | InputError]:
    """Every article in a stream of ``size`` bytes (None: unknown), read only as far as the limits allow:
    JSONL line by line; anything else whole when it fits one record, else as JSONL if it is JSON."""
    max_bytes = kwargs.get("max_bytes", DEFAULT_MAX_BYTES)
    limit = read_limit(max_bytes)
    if kind == "jsonl":
        yield from _articles_from_jsonl(jsonl_lines(stream, max_bytes), input_name, title=title, **kwargs)
        return
    if size is None or size <= limit:
        head = stream.read(limit + 1)
        if len(head) <= limit:
            yield from articles_from_bytes(head, input_name, kind=kind, title=title, no_title=no_title, **kwargs)
            return
    else:
        head = stream.read(SNIFF_BYTES)
    if kind is None and _sniff(head[:SNIFF_BYTES].decode("utf-8", "replace")) == "json":
        # More than one record's worth of JSON: JSON Lines, read line by line.
        yield from _articles_from_jsonl(jsonl_lines(stream, max_bytes, head), input_name, title=title, **kwargs)
    else:
        yield too_large(input_name, max_bytes)


def kind_for(path: Path) -> str | None:
    """html, json or jsonl by file suffix, or None to sniff the content."""
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    return None


def iter_articles(inputs: Iterable[str | Path], **kwargs) -> Iterator[Article | InputError]:
    """Articles from paths, directories (recursively, readable suffixes only) and '-' for stdin."""
    for source in inputs:
        if str(source) == "-":
            yield from articles_from_stream(sys.stdin.buffer, "<stdin>", **kwargs)
        elif Path(source).is_dir():
            readable = walk(Path(source), lambda path: path.suffix.lower() in READABLE_SUFFIXES, ".txt, .html, .json or .jsonl files")
            for item in readable:
                if isinstance(item, InputError):
                    yield item
                else:
                    yield from _articles_from_path(item, **kwargs)
        else:
            yield from _articles_from_path(Path(source), **kwargs)


def _articles_from_path(path: Path, **kwargs) -> Iterator[Article | InputError]:
    try:
        handle = open_input(path)
    except InputError as err:
        yield err
        return
    with handle:
        yield from articles_from_stream(handle, str(path), kind=kind_for(path), size=os.fstat(handle.fileno()).st_size, **kwargs)


def read(source: str | Path, **kwargs) -> Article:
    """Read one article from a path or '-'; raises ``InputError`` if it holds none or several."""
    results = list(iter_articles([source], **kwargs))
    if len(results) != 1:
        raise InputError(str(source), f"holds {len(results)} records; use iter_articles for multi-record inputs")
    if isinstance(results[0], InputError):
        raise results[0]
    return results[0]
