"""Batch inputs under abuse (issue #13, items 1, 3, 7–10): special files, deep nesting, broken CSV
quoting, cut crawls, unreadable and empty folders, records over the size limit. Analysis is stubbed:
these are about which rows come out."""

import io
import json
import os

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from newsprobe.batch import run_batch
from newsprobe.batch.sources import count_units, iter_units

from ..test_inputs import DEEP, lock, release, within
from .test_batch import article, read_rows
from .test_fuzz import stubbed, warc_bytes  # noqa: F401 — a fixture


def rows_of(tmp_path, name: str, data: bytes | None = None, max_bytes: int = 100_000) -> list[dict]:
    """The rows of a run over ``tmp_path / name`` (written with ``data`` unless None), checking that
    the progress bar's count agrees."""
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    out = tmp_path / "out.jsonl"
    run_batch([str(path)], out, max_bytes=max_bytes, chunk_size=3)
    rows = read_rows(out)
    assert count_units([str(path)], max_bytes) in (None, len(rows))
    return rows


def outcomes(rows: list[dict]) -> list[tuple[str, str]]:
    """(where, code or 'ok') of each row, where being the line or record number."""
    return [(row["input"].rsplit(":", 1)[-1].rsplit("#", 1)[-1], row["code"] or "ok") for row in rows]


# 1. Not a regular file

@pytest.mark.parametrize("name", ["pipe.txt", "pipe.jsonl", "pipe.csv", "pipe.warc.gz"])
def test_a_named_pipe_is_one_error_row_and_the_run_completes(stubbed, tmp_path, name):
    pipe = tmp_path / name
    os.mkfifo(pipe)
    try:
        (row,) = within(20, lambda: rows_of(tmp_path, name))
    finally:
        release(pipe)
    assert (row["code"], row["error"]) == ("not_a_file", "not a regular file (a named pipe)")
    assert not (tmp_path / "out.jsonl.parts").exists()


# 3. Nesting deeper than the parser's recursion limit

def test_a_deeply_nested_json_file_is_a_bad_json_row(stubbed, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.json").write_text(json.dumps(article(1)))
    (tmp_path / "in" / "b.json").write_text(f'{{"text": {DEEP}}}')
    assert [row["code"] or "ok" for row in rows_of(tmp_path, "in")] == ["ok", "bad_json"]


# 7. CSV quoting

CSV_HEADER = "id,title,text\r\n"


def test_a_quote_left_open_in_a_csv_row_loses_no_other_record(stubbed, tmp_path):
    rows = rows_of(tmp_path, "in.csv", (CSV_HEADER + 'a1,One,"The council voted on Tuesday. It said\r\n'
                                        "a2,Two,The mayor said the plan would protect jobs.\r\n"
                                        'a3,Three,"Critics said ""no"" to the plan, loudly."\r\n'
                                        "a4,Four,Last record here.\r\n").encode())
    assert [(row["id"], row["code"] or "ok") for row in rows] == [
        (f"{tmp_path / 'in.csv'}:2", "bad_csv"), ("a2", "ok"), ("a3", "ok"), ("a4", "ok")]
    assert rows[0]["error"].startswith("malformed CSV row (")


def test_a_quote_left_open_at_the_end_of_a_csv_is_an_error_row(stubbed, tmp_path):
    rows = rows_of(tmp_path, "in.csv", (CSV_HEADER + 'a1,One,The council voted.\r\na2,Two,"The mayor said\r\n').encode())
    assert outcomes(rows) == [("2", "ok"), ("3", "bad_csv")] and "unexpected end of data" in rows[1]["error"]


def test_a_csv_row_with_more_or_fewer_fields_than_the_header_is_an_error_row(stubbed, tmp_path):
    rows = rows_of(tmp_path, "in.csv", (CSV_HEADER + "a1,One,The council voted, and then adjourned.\r\n"
                                        "the rest of an article, cut\r\na3,Three,The mayor said so.\r\n").encode())
    assert outcomes(rows) == [("2", "bad_csv"), ("3", "bad_csv"), ("4", "ok")]
    assert rows[0]["error"] == "malformed CSV row: 4 fields, the header has 3"


def test_a_multiline_quoted_csv_field_is_one_record_named_by_its_first_line(stubbed, tmp_path):
    rows = rows_of(tmp_path, "in.csv", (CSV_HEADER + 'a1,One,"First paragraph.\r\n\r\nSecond, with ""quotes""."\r\na2,Two,Three.\r\n').encode())
    assert [(where, row["id"]) for (where, _), row in zip(outcomes(rows), rows)] == [("2", "a1"), ("5", "a2")]


# 8. Cut crawls

def crawl(count: int, gzip: bool) -> bytes:
    page = "<html><body><article><h1>Story {n}</h1><p>" + "The council voted on Tuesday to approve the budget. " * 30 + "</p></article></body></html>"
    return warc_bytes([("response", "text/html", page.format(n=n).encode()) for n in range(count)], gzip)


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_a_crawl_cut_inside_a_record_ends_in_an_error_row_for_it(stubbed, tmp_path, gzip):
    data = crawl(5, gzip)
    rows = rows_of(tmp_path, "crawl.warc.gz" if gzip else "crawl.warc", data[: len(data) // 2])  # cut in the third record
    assert outcomes(rows) == [("1", "ok"), ("2", "ok"), ("3", "bad_warc")]
    assert "cut short" in rows[2]["error"]


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_a_crawl_cut_anywhere_gives_whole_records_only_and_an_error_for_the_cut(tmp_path, gzip):
    data = crawl(3, gzip)
    path = tmp_path / "crawl.warc"
    path.write_bytes(data)
    pages = [unit.payload for unit in iter_units([str(path)])]
    records = ArchiveIterator(io.BytesIO(data))
    spans = []
    for _ in records:
        records.read_to_end()
        spans.append((records.get_record_offset(), records.get_record_offset() + records.get_record_length()))
    for cut in range(0, len(data), 37):
        path.write_bytes(data[:cut])
        units = list(iter_units([str(path)]))
        read = [unit.payload for unit in units if unit.kind == "html"]
        assert read == pages[: len(read)] and len(read) >= sum(end <= cut for _, end in spans), f"cut at {cut}"
        cut_inside = any(start < cut < end for start, end in spans)
        assert [unit.kind for unit in units[len(read):]] == ["error"] * cut_inside, f"cut at {cut}"


# 9. Folders

def test_an_unreadable_folder_is_an_error_row_and_an_empty_one_too(stubbed, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.json").write_text(json.dumps(article(1)))
    lock(monkeypatch, folder / "locked")
    rows = rows_of(tmp_path, "in")
    assert [(row["input"], row["code"] or "ok") for row in rows] == [(str(folder / "a.json"), "ok"), (str(folder / "locked"), "unreadable")]
    assert rows[1]["error"] == "cannot read: Permission denied"
    (tmp_path / "empty").mkdir()
    (row,) = rows_of(tmp_path, "empty")
    assert (row["code"], row["error"]) == ("empty", "directory holds no .txt, .html, .json, .jsonl, .csv or WARC files")


# 10. Sizes checked before reading

def test_a_crawl_record_over_the_limit_is_an_error_row_and_not_read(stubbed, tmp_path, monkeypatch):
    page = b"<html><body><article><p>" + b"The council voted on Tuesday. " * 400 + b"</p></article></body></html>"  # 12 KB
    small = page[:500] + b"</p></article></body></html>"
    read = []
    content_stream = ArcWarcRecord.content_stream
    monkeypatch.setattr(ArcWarcRecord, "content_stream", lambda record: read.append(record.length) or content_stream(record))
    rows = rows_of(tmp_path, "crawl.warc.gz", warc_bytes([("response", "text/html", page), ("response", "text/html", small)], gzip=True),
                   max_bytes=1000)  # records of at most 8,000 bytes
    assert outcomes(rows) == [("1", "too_large"), ("2", "ok")] and rows[0]["error"].startswith("more than 8,000 bytes")
    assert all(length < 8000 for length in read)


def test_a_jsonl_line_over_the_limit_is_an_error_row(stubbed, tmp_path):
    lines = [json.dumps(article(1)), json.dumps({"id": "big", "text": "word " * 5000}), json.dumps(article(3))]
    rows = rows_of(tmp_path, "in.jsonl", "\n".join(lines).encode(), max_bytes=1000)
    assert [(row["id"], row["code"] or "ok") for row in rows] == [("a1", "ok"), (f"{tmp_path / 'in.jsonl'}:2", "too_large"), ("a3", "ok")]


def test_a_csv_row_over_the_limit_is_an_error_row_and_the_next_rows_are_read(stubbed, tmp_path):
    rows = rows_of(tmp_path, "in.csv", (CSV_HEADER + "a1,One,The council voted.\r\n" + f"a2,Two,{'word ' * 5000}\r\n"
                                        + 'a3,Three,"The mayor said so.\r\n' + "word " * 2000 + '"\r\na4,Four,Done.\r\n').encode(),
                   max_bytes=1000)  # records of at most 8,000 characters
    assert outcomes(rows)[:2] == [("2", "ok"), ("3", "too_large")] and outcomes(rows)[-1] == ("6", "ok")
