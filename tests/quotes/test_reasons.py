from newsprobe.quotes.analyzer import quote_reasons
from newsprobe.report import Quote, Speaker, TextSpan, TextSpans


def quote(kind: str, resolved: str | None = None, type: str = "speech") -> Quote:
    return Quote(
        type=type,
        direct=type == "speech",
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


def test_a_named_source_of_a_deed_or_finding_is_a_named_source():
    # "The FDA issued an emergency authorization": no quote, but the article names where a fact comes from.
    reasons = quote_reasons([quote("anonymous"), quote("unknown"), quote("organization", "FDA", type="thought")])
    assert {r.code for r in reasons} == {"anonymous-sources"}
    reasons = quote_reasons([quote("unknown"), quote("unknown", type="finding")])
    assert {r.code for r in reasons} == {"no-named-sources"}
    # A person's belief is no source of the facts: "Trump wants a wall".
    reasons = quote_reasons([quote("unknown"), quote("person", "Donald Trump", type="thought")])
    assert {r.code for r in reasons} == {"no-named-sources"}


def test_no_quotes_no_reasons():
    assert quote_reasons([]) == []
