from newsprobe.report import Article, Quote, Reason, Report, Speaker, TextSpan, TextSpans, Verdict
from newsprobe.verdict import decide

LONG_BODY = "word " * 200


def quote(kind: str, resolved: str | None = None) -> Quote:
    return Quote(
        direct=True,
        cue=TextSpan(text="said", span=(0, 4)),
        content=TextSpans(text="x", spans=[(5, 6)]),
        speaker=Speaker(text="he", span=(7, 9), kind=kind, resolved=resolved),
    )


def report(quotes, body=LONG_BODY) -> Report:
    return Report(article=Article(id="t", body=body), verdict=Verdict(label="reliable"), quotes=quotes)


def test_named_sources_are_reliable():
    verdict = decide(report([quote("person", "Ann Lee"), quote("organization", "Pentagon")]))
    assert verdict.label == "reliable" and verdict.reasons == []


def test_orphan_quote_is_questionable_with_evidence():
    verdict = decide(report([quote("person", "Ann Lee"), quote("pronoun")]))
    assert verdict.label == "questionable"
    (reason,) = verdict.reasons
    assert reason.code == "orphan-quotes"
    assert reason.message.startswith("1 of 2 quotes are credited only to a pronoun")
    assert (7, 9) in reason.evidence


def test_two_serious_reasons_are_unreliable():
    extra = [Reason(code="headline-unsupported", severity="serious", message="the body does not support the headline")]
    assert decide(report([quote("person", "Ann Lee"), quote("pronoun")]), extra).label == "unreliable"


def test_mostly_anonymous_is_a_reason():
    verdict = decide(report([quote("anonymous"), quote("anonymous"), quote("person", "Ann Lee")]))
    assert [r.code for r in verdict.reasons] == ["anonymous-sources"]
    assert verdict.label == "reliable"  # one minor reason alone does not change the label


def test_no_named_sources_plus_anonymous_is_questionable():
    verdict = decide(report([quote("anonymous"), quote("unknown")]))
    assert {r.code for r in verdict.reasons} == {"anonymous-sources", "no-named-sources"}
    assert verdict.label == "questionable"


def test_short_article_without_quotes_is_insufficient():
    assert decide(report([], body="Too short.")).label == "insufficient evidence"
    assert decide(report([])).label == "insufficient evidence"
