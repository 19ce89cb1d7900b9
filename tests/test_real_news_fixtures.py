"""Ordinary journalism must not look like a content farm: written-here articles in the forms that
set off false alarms on real news (issue #11). Each fails if its false alarm returns."""

from pathlib import Path

import pytest

import newsprobe

FIXTURES = Path(__file__).parent / "fixtures" / "realnews"


@pytest.fixture(scope="module", params=sorted(p.name for p in FIXTURES.glob("*.txt")))
def report(request):
    return newsprobe.analyze(newsprobe.read(FIXTURES / request.param))


def test_no_orphan_quotes(report):
    assert "orphan-quotes" not in {r.code for r in report.verdict.reasons}
    assert not [q for q in report.quotes if q.speaker.kind == "pronoun"]


def test_no_serious_reason(report):
    assert not [r.message for r in report.verdict.reasons if r.severity == "serious"]


def test_follow_up_he_said_is_the_named_council_member():
    report = newsprobe.analyze(newsprobe.read(FIXTURES / "follow_up_he_said.txt"))
    quote = next(q for q in report.quotes if q.content.text.startswith("We heard from hundreds"))
    assert quote.speaker.text == "he" and quote.speaker.resolved == "David Ortiz"


def test_columnist_is_the_author():
    report = newsprobe.analyze(newsprobe.read(FIXTURES / "first_person_column.txt"))
    assert any(q.speaker.kind == "author" for q in report.quotes)


def test_interviewee_speaks_as_she():
    report = newsprobe.analyze(newsprobe.read(FIXTURES / "interview.txt"))
    quote = next(q for q in report.quotes if "running on goodwill" in q.content.text)
    assert quote.speaker.resolved == "Margaret Holloway"
