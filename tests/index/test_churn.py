"""Replacing documents: their old postings go, never count against the per-3-gram cap; `index compact`."""

import json
import sqlite3

from typer.testing import CliRunner

from newsprobe import iter_articles
from newsprobe.cli import app
from newsprobe.index import ReferenceIndex
from newsprobe.index.reference import MAX_POSTINGS
from newsprobe.readers import from_record

from .test_index import REFERENCE, paragraphs

HARBOUR = paragraphs("wire-harbour")[1]


def version(k: int):
    """The k-th edit of one wire story: the same copied paragraph, a different update under it."""
    return from_record({"id": "wire-harbour", "title": "Harbour bridge", "text": f"{HARBOUR}\n\nUpdate {k}: the harbour master "
                        f"said on day {k} that inspection number {k * 7} found {k + 2} cracked supports."}, check_language=False)


def dead_postings(path) -> tuple[int, int]:
    """(all postings, postings of no stored document), counted directly in the file."""
    with sqlite3.connect(path) as db:
        return db.execute("SELECT COUNT(*), COUNT(*) FILTER (WHERE doc NOT IN (SELECT num FROM docs)) FROM postings").fetchone()


def built(tmp_path):
    path = tmp_path / "ref.sqlite"
    with ReferenceIndex.open(path, create=True) as index:
        index.add(iter_articles([REFERENCE], check_language=False))
    return path


def sources(path, text):
    with ReferenceIndex.open(path) as index:
        return [s.doc.id for s in index.find_sources(text, [(0, len(text))])[0]]


def test_replacing_a_document_deletes_its_old_postings(tmp_path):
    path = built(tmp_path)
    for k in range(4):
        with ReferenceIndex.open(path, write=True) as index:
            assert index.add([version(k)]).replaced == 1
    total, dead = dead_postings(path)
    assert dead == 0
    with ReferenceIndex.open(path) as index:
        stats = index.stats()
    assert stats["postings"] == total and stats["dead_documents"] == stats["dead_postings"] == 0
    assert sources(path, HARBOUR) == ["wire-harbour"]


def test_churn_within_one_build_keeps_recall(tmp_path):
    """Postings of replaced versions must not fill the per-3-gram cap: the live document stays findable."""
    path = built(tmp_path)
    with ReferenceIndex.open(path, write=True) as index:
        index.add([version(k) for k in range(MAX_POSTINGS + 5)], batch_size=1)
    assert dead_postings(path)[1] == 0
    assert sources(path, HARBOUR) == ["wire-harbour"]


def test_stats_report_and_compact_removes_postings_older_versions_left(tmp_path):
    path = built(tmp_path)
    # What replacing did before postings were deleted with their document: the row goes, its postings stay.
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM docs WHERE id = 'wire-harbour'")
    with ReferenceIndex.open(path, write=True) as index:
        index.add([version(0)])
    left = dead_postings(path)[1]
    assert left > 20
    stats = json.loads(CliRunner().invoke(app, ["index", "stats", "--index", str(path), "--format", "json"]).stdout)
    assert (stats["dead_documents"], stats["dead_postings"]) == (1, left)

    result = CliRunner().invoke(app, ["index", "compact", "--index", str(path)])
    assert result.exit_code == 0, result.output
    assert f"removed {left:,} postings of 1 replaced document" in result.stderr
    assert dead_postings(path)[1] == 0
    with ReferenceIndex.open(path) as index:
        stats = index.stats()
    assert stats["dead_documents"] == stats["dead_postings"] == 0 and stats["postings"] == dead_postings(path)[0]
    assert sources(path, HARBOUR) == ["wire-harbour"]


def test_compact_refuses_a_missing_index_with_one_line(tmp_path):
    result = CliRunner().invoke(app, ["index", "compact", "--index", str(tmp_path / "none.sqlite")])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "no such index" in result.stderr
