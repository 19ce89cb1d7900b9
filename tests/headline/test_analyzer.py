import pytest

import newsprobe
from newsprobe.headline.analyzer import _reason

BODY = (
    "Apple has confirmed that it will buy Beats Electronics, the headphone maker, for $3 billion. "
    "The company announced the deal on Wednesday in an official statement. Apple chief executive Tim Cook "
    "said the purchase would strengthen its music business. The acquisition of Beats Electronics is the "
    "largest in Apple's history, the company confirmed."
)


def test_supported_headline_adds_no_reason():
    report = newsprobe.analyze(newsprobe.from_text(BODY, title="Apple confirms it will buy Beats Electronics for $3 billion"))
    assert report.headline.stance == "agree" and report.headline.supported is True
    assert not [r for r in report.verdict.reasons if r.code.startswith("headline")]


def test_unrelated_headline_is_a_reason():
    report = newsprobe.analyze(newsprobe.from_text(BODY, title="Shark spotted swimming in flooded New Jersey street"))
    assert report.headline.stance == "unrelated" and report.headline.supported is False
    (reason,) = [r for r in report.verdict.reasons if r.code == "headline-unsupported"]
    assert reason.severity == "minor"
    assert "Shark spotted swimming" in reason.message


def test_body_only_input_has_no_headline_section():
    report = newsprobe.analyze(newsprobe.from_text(BODY, no_title=True))
    assert report.headline.stance is None and report.headline.supported is None


@pytest.mark.parametrize(
    ("stance", "probability", "share", "nouns", "expected"),
    [
        ("agree", 0.9, 0.0, 0, None),
        ("disagree", 0.7, 0.0, 0, ("headline-contradicted", "serious")),
        ("disagree", 0.2, 0.0, 0, ("headline-contradicted", "note")),
        ("unrelated", 0.99, 0.6, 2, ("headline-unsupported", "minor")),
        ("unrelated", 0.99, 0.25, 0, ("headline-unsupported", "note")),  # punning headline, body on topic
        ("discuss", 0.4, 0.6, 3, ("headline-unsupported", "minor")),  # the example: jets and airfield never mentioned
        ("discuss", 0.8, 0.6, 1, ("headline-not-confirmed", "note")),
    ],
)
def test_reason_rules(stance, probability, share, nouns, expected):
    assert _reason(stance, probability, share, nouns) == expected
