from newsprobe.report import Reason
from newsprobe.verdict import decide


def reason(severity: str, code: str = "some-rule") -> Reason:
    return Reason(code=code, severity=severity, message=code)


def test_no_reason_is_reliable():
    verdict = decide([], body_words=200, quotes=2)
    assert verdict.label == "reliable" and verdict.reasons == []


def test_one_serious_reason_is_questionable_and_keeps_its_reasons():
    serious = reason("serious", "orphan-quotes")
    verdict = decide([serious], body_words=200, quotes=2)
    assert verdict.label == "questionable" and verdict.reasons == [serious]


def test_two_serious_reasons_are_unreliable():
    assert decide([reason("serious"), reason("serious")], body_words=200, quotes=2).label == "unreliable"


def test_minor_reasons_count_from_two():
    assert decide([reason("minor")], body_words=200, quotes=2).label == "reliable"
    assert decide([reason("minor"), reason("minor")], body_words=200, quotes=2).label == "questionable"


def test_short_or_unquoted_article_without_reasons_is_insufficient():
    assert decide([], body_words=12, quotes=1).label == "insufficient evidence"
    assert decide([], body_words=200, quotes=0).label == "insufficient evidence"
    assert decide([reason("minor")], body_words=12, quotes=0).label == "reliable"


def test_notes_never_change_the_label():
    notes = [reason("note"), reason("note"), reason("note")]
    assert decide(notes, body_words=200, quotes=2).label == "reliable"
    assert decide(notes + [reason("minor")], body_words=200, quotes=2).label == "reliable"
    assert decide(notes, body_words=12, quotes=0).label == "insufficient evidence"


def test_one_serious_and_two_minor_reasons_are_unreliable():
    assert decide([reason("serious"), reason("minor")], body_words=200, quotes=2).label == "questionable"
    assert decide([reason("serious"), reason("minor"), reason("minor")], body_words=200, quotes=2).label == "unreliable"
    assert decide([reason("minor")] * 3, body_words=200, quotes=2).label == "questionable"
