import csv
import json
import sys

import pytest
from typer.testing import CliRunner

from newsprobe.batch import run_batch
from newsprobe.cli import app

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import batch as batch_benchmark  # noqa: E402

FRENCH = batch_benchmark.FRENCH


def article(i: int) -> dict:
    return {
        "id": f"a{i}",
        "title": f"Council {i} approves new budget",
        "text": (
            f"The council of district {i} voted on Tuesday to approve a new budget after a long debate. "
            f"“This protects jobs and keeps taxes low,” Mayor Anne Hidalgo said. Critics said the plan would "
            f"raise costs for families, and the opposition leader, Paul Grant, warned that it was not enough."
        ),
    }


def read_rows(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def without_timings(rows):
    for row in rows:
        if row["report"]:
            row["report"].pop("timings")
    return rows


@pytest.fixture
def jsonl_with_bad(tmp_path):
    lines = [json.dumps(article(i)) for i in range(8)]
    lines[2:2] = [json.dumps({"id": "empty", "title": "x", "text": ""}), "{not json"]
    lines[6:6] = [json.dumps({"id": "huge", "title": "h", "text": "word " * 300_000}), json.dumps({"id": "fr", "title": "t", "text": FRENCH}),
                  json.dumps({"id": "notext", "title": "no text"})]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_one_row_per_record_and_errors_named(jsonl_with_bad, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(jsonl_with_bad)], out, max_bytes=1_000_000, chunk_size=3)
    rows = read_rows(out)
    assert len(rows) == 13 == summary.records
    assert [r["input"].rsplit(":", 1)[1] for r in rows] == [str(n) for n in range(1, 14)]  # input order
    errors = {r["id"]: (r["code"], r["error"]) for r in rows if r["status"] == "error"}
    unparsable = f"{jsonl_with_bad}:4"  # a line that is not JSON has no id of its own: its place names it
    assert set(errors) == {"empty", unparsable, "huge", "fr", "notext"}
    assert errors["empty"][0] == "empty" and errors["huge"][0] == "too_large" and errors["fr"][0] == "not_english"
    assert errors["notext"][0] == "no_text" and "not valid JSON" in errors[unparsable][1]
    ok = [r for r in rows if r["status"] == "ok"]
    assert len(ok) == 8 and all(r["report"]["article"]["id"] == r["id"] for r in ok)
    assert summary.errors == {"empty": 1, "bad_json": 1, "too_large": 1, "not_english": 1, "no_text": 1}
    assert not out.with_name("out.jsonl.parts").exists()


def test_csv_with_field_mapping(tmp_path):
    path = tmp_path / "in.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["uid", "headline", "content"])
        for i in range(3):
            a = article(i)
            writer.writerow([a["id"], a["title"], a["text"]])
    out = tmp_path / "out.jsonl"
    run_batch([str(path)], out, fields="title=headline,text=content,id=uid", max_bytes=1_000_000)
    rows = read_rows(out)
    assert [r["id"] for r in rows] == ["a0", "a1", "a2"]
    assert rows[0]["report"]["article"]["title"] == "Council 0 approves new budget"


def test_directory_of_files(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(f"{article(1)['title']}\n\n{article(1)['text']}")
    (folder / "b.html").write_text(f"<html><body><article><h1>{article(2)['title']}</h1><p>{article(2)['text']}</p></article></body></html>")
    (folder / "c.json").write_text(json.dumps(article(3)))
    (folder / "ignored.png").write_bytes(b"\x89PNG")
    out = tmp_path / "out.jsonl"
    run_batch([str(folder)], out, max_bytes=1_000_000)
    rows = read_rows(out)
    assert [r["status"] for r in rows] == ["ok"] * 3
    assert [r["report"]["article"]["title"] for r in rows] == [article(i)["title"] for i in (1, 2, 3)]


def test_warc_gz_one_row_per_html_response(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    batch_benchmark.write_warc(warc, [article(i) for i in range(4)])
    out = tmp_path / "out.jsonl"
    run_batch([str(warc)], out, max_bytes=1_000_000)
    rows = read_rows(out)
    assert len(rows) == 4  # requests and the PNG responses are not articles
    first = rows[0]["report"]["article"]
    assert first["url"] == "https://news.example.org/a0"
    assert first["published"].startswith("20") and first["title"] == article(0)["title"]


def test_parquet_output(jsonl_with_bad, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    run_batch([str(jsonl_with_bad)], out, max_bytes=1_000_000, chunk_size=4)
    table = pq.read_table(out).to_pylist()
    assert len(table) == 13
    ok = [r for r in table if r["status"] == "ok"]
    assert ok[0]["verdict"] in ("reliable", "questionable", "unreliable", "insufficient evidence")
    assert json.loads(ok[0]["report"])["article"]["id"] == ok[0]["id"] and ok[0]["quotes"] >= 1
    assert [r["code"] for r in table if r["status"] == "error"] == ["empty", "bad_json", "too_large", "not_english", "no_text"]


def test_same_reports_in_every_mode(jsonl_with_bad, tmp_path):
    outputs = {}
    for mode, kwargs in {"in-process": {}, "2 workers": {"workers": 2}, "dask local": {"workers": 2, "dask": "local"}}.items():
        out = tmp_path / f"{mode.replace(' ', '-')}.jsonl"
        run_batch([str(jsonl_with_bad)], out, max_bytes=1_000_000, chunk_size=3, **kwargs)
        outputs[mode] = without_timings(read_rows(out))
    assert outputs["in-process"] == outputs["2 workers"] == outputs["dask local"]


def test_record_timeout_gives_error_rows(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(article(1)) + "\n")
    out = tmp_path / "out.jsonl"
    run_batch([str(path)], out, max_bytes=1_000_000, record_timeout=0.001)
    (row,) = read_rows(out)
    assert row["status"] == "error" and row["code"] == "timeout" and row["id"] == "a1"


def test_resume_refuses_other_inputs(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for path in (first, second):
        path.write_text(json.dumps(article(1)) + "\n")
    out = tmp_path / "out.jsonl"
    parts = tmp_path / "out.jsonl.parts"
    parts.mkdir()
    (parts / "run.json").write_text(json.dumps({"inputs": [str(first)]}))
    result = CliRunner().invoke(app, ["batch", str(second), "-o", str(out), "--resume"])
    assert result.exit_code == 2 and "other inputs or settings" in result.stderr


def test_bad_output_suffix_is_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"newsprobe: {tmp_path / 'out.csv'}: output must end in .jsonl or .parquet"


def test_missing_input_is_an_error_row(tmp_path):
    out = tmp_path / "out.jsonl"
    run_batch([str(tmp_path / "nope.jsonl")], out, max_bytes=1_000_000)
    (row,) = read_rows(out)
    assert row["code"] == "missing"


def test_a_run_records_its_quote_mode(tmp_path, monkeypatch):
    """A resumed run is refused when its settings differ (above), so the quote mode must be one of them."""
    from newsprobe.batch import output

    recorded = []
    start = output.start
    monkeypatch.setattr(output, "start", lambda parts, description, resume: recorded.append(description) or start(parts, description, resume))
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(article(1)) + "\n")
    monkeypatch.setenv("NEWSPROBE_QUOTES", "fast")
    run_batch([str(path)], tmp_path / "out.jsonl", max_bytes=1_000_000)
    assert recorded[0]["quotes"] == "fast"
