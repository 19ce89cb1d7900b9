"""Property-based fuzzing of batch inputs (JSONL, CSV, WARC): whatever the bytes, a run ends without a
traceback and writes exactly one row per input record, in input order, each ok or a named error.

The invariants are about records, so analysis is stubbed (a real one costs ~0.1 s per record);
a few end-to-end examples run the real analysis and check every report offset lies in its body.
"""

import csv
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsprobe.pipeline
from newsprobe.batch import run_batch
from newsprobe.batch.sources import count_units
from newsprobe.report import Report, Verdict

from ..conftest import EXAMPLE
from .fuzzing import assert_spans_inside, fuzz

KEYS = ["id", "uid", "title", "headline", "text", "body", "content", "html", "url", "published", "site", "authors"]
SENTENCES = [line for line in EXAMPLE.read_text(encoding="utf-8").splitlines() if len(line.split()) > 6]
# Text with what breaks line-oriented readers: carriage returns, Unicode line and paragraph
# separators, NUL, lone surrogates' replacement, right-to-left marks, combining characters.
awkward_text = st.text(st.characters(codec="utf-8") | st.sampled_from("\r\x85\u2028\u2029\x00\x1c\ufeff\u200f\u0301 \t\"',{}[]<>&"), max_size=120)
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | awkward_text,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(awkward_text, inner, max_size=3), max_leaves=8)
english = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join)
records = st.dictionaries(st.sampled_from(KEYS), json_values | awkward_text | english, max_size=6)
jsonl_lines = st.lists(records.map(lambda r: json.dumps(r, ensure_ascii=False).encode()) | st.binary(max_size=80).map(lambda b: b.replace(b"\n", b"")),
                       max_size=12)


@pytest.fixture
def stubbed(monkeypatch):
    """Reading, chunking, committing and merging are under test; the analysis is a stand-in."""
    monkeypatch.setattr(newsprobe.pipeline, "analyze", lambda article, **_: Report(article=article, verdict=Verdict(label="reliable")))
    monkeypatch.setattr("newsprobe.batch.runner.warm_up", lambda *args: None)


def run(name: str, data: bytes, **options) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        out = Path(folder) / "out.jsonl"
        summary = run_batch([str(path)], out, max_bytes=100_000, chunk_size=3, **options)
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert summary.records == len(rows)
        counted = count_units([str(path)])
    for row in rows:
        assert row["status"] in ("ok", "error") and row["id"] and row["input"].startswith(str(path))
        if row["status"] == "error":
            assert row["code"] and row["error"] and "\n" not in row["error"] and row["report"] is None
        else:
            assert row["report"]["article"]["id"] == row["id"]
    assert counted in (None, len(rows))
    return rows


@fuzz(80)
@given(jsonl_lines, st.sampled_from([b"\n", b"\r\n"]))
def test_jsonl_one_row_per_line(stubbed, lines, newline):
    data = newline.join(lines)
    rows = run("in.jsonl", data)
    # A record is a line ending in \n that is not blank; a \r, \x85 or \u2028 inside it is part of it.
    expected = [n for n, line in enumerate(data.split(b"\n"), start=1) if line.decode("utf-8", "replace").strip()]
    assert [int(row["input"].rsplit(":", 1)[1]) for row in rows] == expected


csv_cells = st.one_of(awkward_text, english)


@fuzz(60)
@given(st.lists(st.sampled_from(KEYS) | awkward_text, min_size=1, max_size=5), st.lists(st.lists(csv_cells, max_size=6), max_size=8))
def test_csv_one_row_per_record(stubbed, header, rows):
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    written = [row for row in rows if row]  # csv writes an empty row as a blank line, which readers skip
    writer.writerows(written)
    assert len(run("in.csv", buffer.getvalue().encode("utf-8", "surrogatepass"))) == len(written)


@fuzz(100)
@given(st.binary(max_size=300))
def test_any_bytes_as_csv_end_in_rows_not_a_traceback(stubbed, data):
    run("in.csv", data)


warc_records = st.lists(st.tuples(st.sampled_from(["response", "request", "metadata", "resource"]),
                                  st.sampled_from(["text/html; charset=utf-8", "text/html", "image/png", "application/json", ""]),
                                  st.binary(max_size=200) | english.map(lambda t: f"<html><body><article><p>{t}</p></article></body></html>".encode())),
                        max_size=6)


def warc_bytes(items, gzip: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    stream = io.BytesIO()
    writer = WARCWriter(stream, gzip=gzip)
    for number, (kind, content_type, payload) in enumerate(items):
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1") if kind == "response" else None
        payload = b"GET / HTTP/1.1\r\n\r\n" if kind == "request" else payload  # warcio parses a request's payload
        writer.write_record(writer.create_warc_record(f"https://news.example.org/{number}", kind, payload=io.BytesIO(payload), http_headers=headers))
    return stream.getvalue()


@fuzz(60)
@given(warc_records, st.booleans())
def test_warc_one_row_per_html_response(stubbed, items, gzip):
    rows = run("crawl.warc.gz" if gzip else "crawl.warc", warc_bytes(items, gzip))
    assert len(rows) == sum(kind == "response" and "html" in content_type for kind, content_type, _ in items)


@fuzz(60)
@given(warc_records, st.integers(min_value=1, max_value=400), st.binary(max_size=40))
def test_a_cut_or_corrupt_warc_ends_in_rows_not_a_traceback(stubbed, items, keep, junk):
    data = warc_bytes(items, gzip=True)
    rows = run("crawl.warc.gz", data[: max(len(data) - keep, 0)] + junk)
    assert sum(row["code"] == "bad_warc" for row in rows) <= 1  # the rest of a broken crawl is one error row


@fuzz(3)
@given(st.lists(st.fixed_dictionaries({"title": english, "text": st.lists(english, min_size=1, max_size=4).map("\n\n".join)}), min_size=1, max_size=3))
def test_end_to_end_reports_keep_offsets_inside_the_text(articles):
    data = "\n".join(json.dumps(a) for a in articles).encode()
    rows = run("in.jsonl", data)
    assert len(rows) == len(articles)
    for row in rows:
        if row["status"] == "ok":
            assert_spans_inside(row["report"])
