"""Readers: one record (plain text, HTML, a JSON object) in, one validated, normalised ``Article`` out.

Files, directories, stdin and multi-record inputs are read by ``inputs.py``.
"""

from __future__ import annotations

import hashlib
import re

from .errors import InputError
from .language import detect_language, language_name
from .report import Article
from .text import normalize_text

# A body above this is refused (configurable per call and by --max-bytes);
# the longest BBC News article is 25 KB, so 2 MB leaves room for any real story.
DEFAULT_MAX_BYTES = 2 * 1024 * 1024
# A body longer than this is refused whatever --max-bytes says: it is spaCy's ``nlp.max_length``,
# the most a pipeline parses at once (its parser and NER need about 1 GB per 100,000 characters).
MAX_BODY_CHARS = 1_000_000

TITLE_KEYS = ("title", "headline")
TEXT_KEYS = ("text", "body", "content")


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
    if language not in (None, "en"):
        raise InputError(
            input_name,
            f"not English (looks like {language_name(language)}); newsprobe analyses English news only",
            code="not_english",
        )
    if len(body) > MAX_BODY_CHARS:
        raise InputError(input_name, f"body is longer than the {MAX_BODY_CHARS:,}-character limit", code="too_large")
    record_id = meta.pop("id", None)
    authors = meta.pop("authors", None) or []
    if isinstance(authors, str):
        authors = [a.strip() for a in re.split(r";|\band\b", authors) if a.strip()]
    return Article(
        id=str(record_id) if record_id not in (None, "") else content_id(title, body),
        title=title or None,
        body=body,
        authors=authors,
        language=language,
        input=input_name,
        undecodable=body.count("\ufffd"),
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
        raise InputError(input_name, f"expected a JSON object, got {type(record).__name__}", code="bad_record")
    for key in ("html", "url"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(input_name, f"record's {key} field is not a string", code="bad_record")
    authors = record.get("authors")
    if not (authors is None or isinstance(authors, str) or (isinstance(authors, list) and all(isinstance(a, str) for a in authors))):
        raise InputError(input_name, "record's authors field is neither a string nor a list of strings", code="bad_record")
    if "html" in record and not any(k in record for k in TEXT_KEYS):
        return from_html(record["html"], title=title, input_name=input_name, url=record.get("url"), **kwargs)
    text = next((record[k] for k in TEXT_KEYS if k in record), None)
    if text is None:
        raise InputError(input_name, "record has no text field (expected one of: text, body, content)", code="no_text")
    if not isinstance(text, str):
        raise InputError(input_name, "record's text field is not a string", code="bad_record")
    record_title = title or next((record[k] for k in TITLE_KEYS if isinstance(record.get(k), str)), None)
    meta = {k: record.get(k) for k in ("id", "url", "site", "published", "authors") if record.get(k) is not None}
    if "id" not in meta and record.get("uid") is not None:
        meta["id"] = record["uid"]
    return make_article(text, title=record_title, input_name=input_name, **meta, **kwargs)


