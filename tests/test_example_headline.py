"""The example article's headline is never supported by its body, and the report says so."""


def test_stance_not_supported(example_report):
    headline = example_report.headline
    assert headline.text == "Russia fighter jets now seen at Syrian airfield"
    assert headline.stance in ("discuss", "unrelated")
    assert headline.supported is False
    assert set(headline.probabilities) == {"agree", "disagree", "discuss", "unrelated"}


def test_missing_terms(example_report):
    assert {"fighter jets", "airfield"} <= set(example_report.headline.missing_terms)


def test_evidence_sentences_index_into_body(example_report):
    body = example_report.article.body
    evidence = example_report.headline.evidence
    assert evidence
    for sentence in evidence:
        assert body[slice(*sentence.span)] == sentence.text


def test_verdict_says_headline_not_supported(example_report):
    reasons = [r for r in example_report.verdict.reasons if r.code == "headline-unsupported"]
    assert reasons and "does not support the headline" in reasons[0].message
    assert "fighter jets" in reasons[0].message
    assert example_report.verdict.label == "unreliable"
