from newsprobe.quotes.analyzer import quote_reasons
from newsprobe.report import Quote, Speaker, TextSpan, TextSpans


def quote(kind: str, resolved: str | None = None) -> Quote:
    return Quote(
        direct=True,
        cue=TextSpan(text="said", span=(0, 4)),
        content=TextSpans(text="x", spans=[(5, 6)]),
        speaker=Speaker(text="he", span=(7, 9), kind=kind, resolved=resolved),
    )


def test_named_sources_give_no_reason():
    assert quote_reasons([quote("person", "Ann Lee"), quote("organization", "Pentagon")]) == []


def test_orphan_quote_is_a_serious_reason_with_evidence():
    (reason,) = quote_reasons([quote("person", "Ann Lee"), quote("pronoun")])
    assert reason.code == "orphan-quotes" and reason.severity == "serious"
    assert reason.message.startswith("1 of 2 quotes are credited only to a pronoun")
    assert (7, 9) in reason.evidence and (5, 6) in reason.evidence


def test_mostly_anonymous_is_only_a_note():
    reasons = quote_reasons([quote("anonymous"), quote("anonymous"), quote("person", "Ann Lee")])
    assert [(r.code, r.severity) for r in reasons] == [("anonymous-sources", "note")]


def test_nobody_named_adds_its_own_reason():
    reasons = quote_reasons([quote("anonymous"), quote("unknown")])
    assert {r.code for r in reasons} == {"anonymous-sources", "no-named-sources"}


def test_no_quotes_no_reasons():
    assert quote_reasons([]) == []
