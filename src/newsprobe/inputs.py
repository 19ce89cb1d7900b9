"""Inputs: files, directories, stdin, JSON and JSONL; every record becomes an ``Article`` or an ``InputError``.

``iter_articles`` never raises for a bad record: it yields an ``InputError`` in
its place, so a multi-record run gives exactly one result per record.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .decoding import decode
from .errors import InputError
from .readers import from_html, from_record, from_text
from .report import Article

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES


def _sniff(text: str) -> str:
    head = text.lstrip()[:1000].lower()
    if head.startswith("{") or head.startswith("["):
        return "json"
    if head.startswith("<") and re.search(r"<(html|body|p|article|div|!doctype)\b", head):
        return "html"
    return "text"


def _articles_from_json_text(text: str, input_name: str, **kwargs) -> Iterator[Article | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # Not one JSON document: one record per line.
        yield from _articles_from_jsonl(text.splitlines(), input_name, **kwargs)
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records):
        name = input_name if len(records) == 1 else f"{input_name}[{i}]"
        yield _guard(lambda: from_record(record, input_name=name, **kwargs))


def _articles_from_jsonl(lines: Iterable[str], input_name: str, **kwargs) -> Iterator[Article | InputError]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        name = f"{input_name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(name, f"not valid JSON ({exc.msg} at column {exc.colno})", code="bad_json")
            continue
        yield _guard(lambda: from_record(record, input_name=name, **kwargs))


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
        yield from _articles_from_jsonl(text.splitlines(), input_name, title=title, **kwargs)
    elif kind == "json":
        yield from _articles_from_json_text(text, input_name, title=title, **kwargs)
    elif kind == "html":
        yield _guard(lambda: from_html(text, title=title, input_name=input_name, **kwargs))
    else:
        yield _guard(lambda: from_text(text, title=title, no_title=no_title, input_name=input_name, **kwargs))


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
        name = str(source)
        if name == "-":
            yield from articles_from_bytes(sys.stdin.buffer.read(), "<stdin>", **kwargs)
            continue
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES)
            if not files:
                yield InputError(name, "directory holds no .txt, .html, .json or .jsonl files", code="empty")
            for file in files:
                yield from _articles_from_path(file, **kwargs)
        else:
            yield from _articles_from_path(path, **kwargs)


def _articles_from_path(path: Path, **kwargs) -> Iterator[Article | InputError]:
    name = str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield InputError(name, "no such file or directory", code="missing")
        return
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror or exc}", code="unreadable")
        return
    yield from articles_from_bytes(data, name, kind=kind_for(path), **kwargs)


def read(source: str | Path, **kwargs) -> Article:
    """Read one article from a path or '-'; raises ``InputError`` if it holds none or several."""
    results = list(iter_articles([source], **kwargs))
    if len(results) != 1:
        raise InputError(str(source), f"holds {len(results)} records; use iter_articles for multi-record inputs")
    if isinstance(results[0], InputError):
        raise results[0]
    return results[0]
