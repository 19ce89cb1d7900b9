"""The reference index: building, re-adding, replacing, stats, crash consistency, finding sources."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from newsprobe import iter_articles
from newsprobe.cli import app
from newsprobe.errors import InputError
from newsprobe.index import ReferenceIndex
from newsprobe.readers import from_text
from newsprobe.text import paragraph_spans

from ..conftest import ROOT

REFERENCE = ROOT / "tests" / "fixtures" / "reference.jsonl"
runner = CliRunner()


def records():
    return [json.loads(line) for line in REFERENCE.read_text().splitlines()]


def paragraphs(doc_id):
    return next(r for r in records() if r["id"] == doc_id)["text"].split("\n\n")


@pytest.fixture
def index(tmp_path):
    with ReferenceIndex.open(tmp_path / "ref.sqlite", create=True) as built:
        built.add(iter_articles([REFERENCE], check_language=False))
    opened = ReferenceIndex.open(tmp_path / "ref.sqlite")
    yield opened
    opened.close()


def sources_of(index, body):
    spans = paragraph_spans(body)
    return [[s.doc.id for s in found] for found in index.find_sources(body, spans)]


def test_stats_count_documents_and_distinct_texts(index):
    stats = index.stats()
    assert stats["documents"] == 6
    assert stats["distinct_texts"] == 6
    assert stats["postings"] > 100 and stats["bytes"] > 0
    assert stats["last_added"].startswith("20")


def test_re_adding_is_a_no_op_and_changed_content_replaces(tmp_path):
    path = tmp_path / "ref.sqlite"
    with ReferenceIndex.open(path, create=True) as index:
        first = index.add(iter_articles([REFERENCE], check_language=False))
        postings = index.stats()["postings"]
        again = index.add(iter_articles([REFERENCE], check_language=False))
        assert (first.added, again.added, again.unchanged) == (6, 0, 6)
        assert index.stats()["postings"] == postings
        changed = {"id": "wire-chess", "title": "Chess", "text": "A completely different story about a marathon run in the rain by ten thousand people."}
        edited = tmp_path / "edited.jsonl"
        edited.write_text(json.dumps(changed) + "\n")
        summary = index.add(iter_articles([edited], check_language=False))
        assert (summary.added, summary.replaced) == (0, 1)
        assert index.stats()["documents"] == 6
    with ReferenceIndex.open(path) as index:
        assert sources_of(index, "\n\n".join(paragraphs("wire-chess"))) == [[], [], []]
        assert sources_of(index, changed["text"]) == [["wire-chess"]]


def test_finds_verbatim_reordered_and_reprinted_paragraphs(index):
    harbour, vaccine, rates = paragraphs("wire-harbour"), paragraphs("wire-vaccine"), paragraphs("wire-rates")
    body = "\n\n".join([vaccine[2], harbour[1], rates[0], harbour[0]])
    assert sources_of(index, body) == [["wire-vaccine"], ["wire-harbour"], ["wire-rates", "wire-rates-reprint"], ["wire-harbour"]]


def test_finds_a_spun_paragraph_and_shows_the_substitutions(index):
    original = paragraphs("wire-harbour")[1]
    spun = (original.replace("vessel", "watercraft").replace("lost", "mislaid").replace("northern", "boreal")
            .replace("crew", "crowd").replace("attempt", "endeavour").replace("slow", "dull"))
    (found,) = index.find_sources(spun, [(0, len(spun))])
    assert [s.doc.id for s in found] == ["wire-harbour"]
    source = found[0]
    assert source.alignment.score >= 0.9  # substitutions undone, the paragraph is all there
    assert source.alignment.copied < 0.8  # as written, spinning broke many 3-grams
    swaps = {(tuple(source.tokens[slice(*c.source)])) for c in source.alignment.changes if c.kind == "substituted"}
    assert {("vessel",), ("lost",), ("crew",), ("attempt",)} <= swaps


def test_finds_one_paragraph_taken_from_a_long_document(index):
    paragraph = paragraphs("wire-long-report")[3]
    body = f"Local volunteers were busy this year.\n\n{paragraph}"
    assert sources_of(index, body) == [[], ["wire-long-report"]]


def test_unrelated_text_and_shared_phrases_find_nothing(index):
    body = ("The central bank said on Wednesday that it would publish its annual report in the spring, "
            "and that the board would meet twice before then to discuss staffing at its regional offices.")
    assert sources_of(index, body) == [[]]


def test_missing_and_foreign_files_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such index"):
        ReferenceIndex.open(tmp_path / "none.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database at all " * 100)
    with pytest.raises(InputError, match="not a newsprobe index"):
        ReferenceIndex.open(junk)
    foreign = tmp_path / "reports.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE reports (id TEXT)").connection.commit()
    with pytest.raises(InputError, match="will not write into it"):
        ReferenceIndex.open(foreign, create=True)
    assert [r[0] for r in sqlite3.connect(foreign).execute("SELECT name FROM sqlite_master")] == ["reports"]


def test_cli_build_add_stats(tmp_path):
    path = tmp_path / "ref.sqlite"
    first = runner.invoke(app, ["index", "build", "--index", str(path), str(REFERENCE)])
    assert first.exit_code == 0, first.output
    assert "6 added" in first.stderr
    article = tmp_path / "extra.txt"
    article.write_text("Extra story\n\nA brand new story about a lighthouse keeper who retired after forty years on the island.")
    added = runner.invoke(app, ["index", "add", "--index", str(path), str(article), str(REFERENCE)])
    assert "1 added" in added.stderr and "6 already in" in added.stderr
    stats = runner.invoke(app, ["index", "stats", "--index", str(path), "--format", "json"])
    assert json.loads(stats.stdout)["documents"] == 7


def test_cli_refuses_a_missing_index_with_one_line(tmp_path):
    for args in (["index", "add", "--index", str(tmp_path / "none.sqlite"), str(REFERENCE)],
                 ["index", "stats", "--index", str(tmp_path / "none.sqlite")],
                 ["check", "--index", str(tmp_path / "none.sqlite"), str(REFERENCE)]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and "no such index" in result.stderr


def test_killed_build_keeps_committed_batches_and_resumes_without_duplicates(tmp_path):
    corpus = tmp_path / "many.jsonl"
    with corpus.open("w") as handle:
        for i in range(12_000):
            words = " ".join(f"w{(i * 7 + k) % 5003}" for k in range(60))
            handle.write(json.dumps({"id": f"d{i}", "title": "", "text": f"Story {i} begins. {words}."}) + "\n")
    path = tmp_path / "ref.sqlite"
    command = [sys.executable, "-m", "newsprobe", "index", "build", "--index", str(path), str(corpus)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    committed = 0
    while time.time() < deadline and committed < 2000 and process.poll() is None:
        time.sleep(0.05)
        try:
            committed = sqlite3.connect(path).execute("SELECT COUNT(*) FROM docs").fetchone()[0]
        except sqlite3.Error:
            committed = 0
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    kept = db.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
    assert 0 < kept < 12_000 and kept % 1000 == 0  # whole batches only
    # Kept documents are stored with their postings, not yet merged into the searchable table.
    with ReferenceIndex.open(path) as index:
        assert index.stats()["unsearchable"] == kept
        with pytest.raises(InputError, match="run the same `newsprobe index build` command again"):
            index.find_sources("Story 1 begins.", [(0, 15)])
    db.close()
    resumed = subprocess.run(command, capture_output=True, text=True)
    assert resumed.returncode == 0
    assert f"{kept:,} already in" in resumed.stderr
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*), COUNT(DISTINCT id) FROM docs").fetchone() == (12_000, 12_000)
    with ReferenceIndex.open(path) as index:
        assert index.stats()["unsearchable"] == 0
        text = json.loads(corpus.read_text().splitlines()[7])["text"]
        assert "d7" in [s.doc.id for s in index.find_sources(text, [(0, len(text))])[0]]


def test_analyze_with_an_index_fills_provenance_and_reasons(index):
    harbour, chess, rates = paragraphs("wire-harbour"), paragraphs("wire-chess"), paragraphs("wire-rates")
    article = from_text("Stitched\n\n" + "\n\n".join([harbour[0], harbour[2], chess[1], rates[1]]))
    from newsprobe import analyze

    report = analyze(article, index=index)
    by_paragraph = {}
    for match in report.provenance:
        assert article.body[slice(*match.span)] == article.body.split("\n\n")[match.paragraph - 1]
        by_paragraph.setdefault(match.paragraph, set()).add(match.doc_id)
    assert by_paragraph == {1: {"wire-harbour"}, 2: {"wire-harbour"}, 3: {"wire-chess"}, 4: {"wire-rates"}}
    reason = next(r for r in report.verdict.reasons if r.code == "stitched-from-sources")
    assert "paragraphs 1–4 come from 3 different indexed articles" in reason.message
    assert reason.severity == "serious"


def stitched_record(tmp_path):
    harbour, chess = paragraphs("wire-harbour"), paragraphs("wire-chess")
    record = {"id": "farm-1", "title": "Bridge", "text": "\n\n".join([harbour[0], chess[1], harbour[3]])}
    path = tmp_path / "farm.jsonl"
    path.write_text(json.dumps(record) + "\n")
    return path


def test_batch_and_server_trace_sources_with_an_index(tmp_path):
    from fastapi.testclient import TestClient

    from newsprobe.batch import run_batch
    from newsprobe.server import Settings, create_app

    path = tmp_path / "ref.sqlite"
    with ReferenceIndex.open(path, create=True) as built:
        built.add(iter_articles([REFERENCE], check_language=False))
    articles = stitched_record(tmp_path)
    out = tmp_path / "out.jsonl"
    run_batch([str(articles)], out, max_bytes=1_000_000, index=str(path))
    (row,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(m["paragraph"], m["doc_id"]) for m in row["report"]["provenance"]] == [(1, "wire-harbour"), (2, "wire-chess"), (3, "wire-harbour")]
    with TestClient(create_app(Settings(store=tmp_path / "reports.sqlite", index=path))) as client:
        response = client.post("/api/v1/check", json=json.loads(articles.read_text()))
        assert response.status_code == 200
        report = response.json()
        assert [m["doc_id"] for m in report["provenance"]] == ["wire-harbour", "wire-chess", "wire-harbour"]
        page = client.get(response.headers["Link"].split(">")[0].lstrip("<")).text
        assert "Where the passages come from" in page and "wire-chess" in page
        assert f"Stitching: {report['stitching']['score']:.2f}" in page and "Spin:" in page


def test_cli_check_with_an_index_prints_the_sources(tmp_path):
    path = tmp_path / "ref.sqlite"
    assert runner.invoke(app, ["index", "build", "--index", str(path), str(REFERENCE)]).exit_code == 0
    articles = stitched_record(tmp_path)
    text = runner.invoke(app, ["check", "--index", str(path), str(articles)], env={"COLUMNS": "200"})
    assert text.exit_code == 0
    assert "Provenance (reference index)" in text.stdout and "wire-chess" in text.stdout
    assert "come from 2 different indexed articles" in text.stdout
    lines = runner.invoke(app, ["check", "--index", str(path), "--format", "jsonl", str(articles)]).stdout.splitlines()
    (report,) = [json.loads(line) for line in lines]
    assert report["article"]["id"] == "farm-1"
    assert {m["doc_id"] for m in report["provenance"]} == {"wire-harbour", "wire-chess"}
