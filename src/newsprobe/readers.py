"""Readers: files, stdin, HTML, JSON and JSONL in; one normalised ``Article`` per record out.

``iter_articles`` never raises for a bad record: it yields an ``InputError`` in
its place, so a multi-record run gives exactly one result per record.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import InputError
from .language import LANGUAGE_NAMES, detect_language
from .report import Article

# A body above this is refused (configurable per call and by --max-bytes);
# the longest BBC News article is 25 KB, so 2 MB leaves room for any real story.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES

TITLE_KEYS = ("title", "headline")
TEXT_KEYS = ("text", "body", "content")


# ---------------------------------------------------------------- decoding

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes, input_name: str | None = None) -> str:
    """UTF-8, or UTF-8/16 with a BOM, else cp1252; binary data is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(input_name, f"not valid {encoding} despite its byte-order mark ({exc.reason})") from None
    if _looks_binary(data):
        raise InputError(input_name, "binary data, not text", code="binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    # Text files hold no control characters beyond tab/newline/form feed; a
    # few stray ones survive copy-paste, random bytes give about 12 %.
    return bool(sample) and controls / len(sample) > 0.02


# ----------------------------------------------------------- normalisation

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Four or more spaces inside a line separate layout blocks (a photo credit
# after the last sentence, table cells): they become a paragraph break.
_BLOCK_GAP = re.compile(r"[ \t\u00a0]{4,}")
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def normalize_text(text: str) -> str:
    """NFC, one space between words, one blank line between paragraphs, single line breaks kept."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", _LINE_BREAKS.sub("\n", text))
    text = _BLOCK_GAP.sub("\n\n", text)
    lines = [_HSPACE.sub(" ", line).strip() for line in text.split("\n")]
    paragraphs = [p.strip() for p in _PARAGRAPH_BREAK.split("\n".join(lines))]
    return "\n\n".join(p for p in paragraphs if p)


_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]$")


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of a normalised body.

    Paragraphs are joined by one blank line. A block whose every line ends a sentence is a run
    of paragraphs written one per line (feeds and exports often do); its lines are split apart.
    Hard-wrapped text, with lines ending mid-sentence, stays one paragraph.
    """
    spans, start = [], 0
    for block in body.split("\n\n"):
        lines = block.split("\n")
        if len(lines) > 1 and all(_SENTENCE_END.search(line.rstrip()) for line in lines):
            for line in lines:
                spans.append((start, start + len(line)))
                start += len(line) + 1
            start += 1
        else:
            spans.append((start, start + len(block)))
            start += len(block) + 2
    return spans


# ---------------------------------------------------------------- builders


def content_id(title: str | None, body: str) -> str:
    return hashlib.sha256(f"{title or ''}\n{body}".encode()).hexdigest()[:16]


def make_article(
    body: str,
    *,
    title: str | None = None,
    input_name: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    check_language: bool = True,
    **meta,
) -> Article:
    """Validate and normalise one record into an ``Article``; raises ``InputError``.

    ``check_language=False`` skips language detection (a reference index takes any language).
    """
    if len(body.encode("utf-8", "surrogatepass")) > max_bytes:
        raise InputError(input_name, f"body is larger than the {max_bytes:,}-byte limit", code="too_large")
    body = normalize_text(body)
    title = normalize_text(title).replace("\n", " ") if title else None
    if not body:
        raise InputError(input_name, "empty text: no article body", code="empty")
    language = detect_language(body) if check_language else None
    if check_language and language not in (None, "en"):
        raise InputError(
            input_name,
            f"not English (looks like {LANGUAGE_NAMES.get(language, language)}); newsprobe analyses English news only",
            code="not_english",
        )
    record_id = meta.pop("id", None)
    authors = meta.pop("authors", None) or []
    if isinstance(authors, str):
        authors = [a.strip() for a in re.split(r";|\band\b", authors) if a.strip()]
    return Article(
        id=str(record_id) if record_id not in (None, "") else content_id(title, body),
        title=title or None,
        body=body,
        authors=authors,
        language=(language or "en") if check_language else None,
        input=input_name,
        **{k: (str(v) if v is not None else None) for k, v in meta.items() if k in ("url", "site", "published")},
    )


def from_text(
    text: str, *, title: str | None = None, no_title: bool = False, input_name: str | None = None, **kwargs
) -> Article:
    """Plain text: the first non-empty line is the headline unless ``title`` or ``no_title`` says otherwise."""
    if title is None and not no_title:
        stripped = text.lstrip()
        first, _, rest = stripped.partition("\n")
        if rest.strip():
            title, text = first.strip(), rest
    return make_article(text, title=title, input_name=input_name, **kwargs)


def from_html(
    html: str | bytes,
    *,
    title: str | None = None,
    input_name: str | None = None,
    url: str | None = None,
    published: str | None = None,
    **kwargs,
) -> Article:
    """HTML through trafilatura: main text without comments and boilerplate, plus metadata.

    ``url`` and ``published`` (a crawl's record URI and date) take precedence over the page's own."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        raise InputError(input_name, "HTML page with no article text", code="empty")
    lines = [line for line in doc.text.split("\n") if line.strip()]
    page_title = title or doc.title
    if lines and page_title and lines[0].strip() == page_title.strip():
        lines = lines[1:]
    return make_article(
        "\n\n".join(lines),
        title=page_title,
        input_name=input_name,
        url=url or doc.url,
        site=doc.sitename,
        published=published or doc.date,
        authors=doc.author,
        **kwargs,
    )


def from_record(record: object, *, input_name: str | None = None, title: str | None = None, **kwargs) -> Article:
    """A JSON object with title/headline, text/body and optional id, url, published, site, authors."""
    if not isinstance(record, dict):
        raise InputError(input_name, f"expected a JSON object, got {type(record).__name__}")
    if "html" in record and not any(k in record for k in TEXT_KEYS):
        return from_html(record["html"], title=title, input_name=input_name, url=record.get("url"), **kwargs)
    text = next((record[k] for k in TEXT_KEYS if k in record), None)
    if text is None:
        raise InputError(input_name, "record has no text field (expected one of: text, body, content)", code="no_text")
    if not isinstance(text, str):
        raise InputError(input_name, "record's text field is not a string")
    record_title = title or next((record[k] for k in TITLE_KEYS if isinstance(record.get(k), str)), None)
    meta = {k: record.get(k) for k in ("id", "url", "site", "published", "authors") if record.get(k) is not None}
    if "id" not in meta and record.get("uid") is not None:
        meta["id"] = record["uid"]
    return make_article(text, title=record_title, input_name=input_name, **meta, **kwargs)


# ------------------------------------------------------------------ inputs


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
