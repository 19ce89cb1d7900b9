import numpy as np
import pytest

from newsprobe.headline import LABELS, default_model
from newsprobe.headline.features import tokenize
from newsprobe.headline.model import ARTIFACT, missing_terms
from newsprobe.text import ArticleText

AGREE = (
    "Apple confirms it will buy Beats Electronics for $3 billion",
    "Apple has confirmed that it will buy Beats Electronics, the headphone maker founded by Dr. Dre, for $3 billion. "
    "The company announced the deal on Wednesday in an official statement. Apple chief executive Tim Cook said the "
    "purchase would strengthen its music business. The acquisition of Beats Electronics is the largest in Apple's "
    "history, the company confirmed.",
)
DISAGREE = (
    "Shark spotted swimming in flooded New Jersey street",
    "A photo that claims to show a shark swimming in a flooded New Jersey street is a hoax. The image of the shark "
    "in the street is fake: it was photoshopped from an old magazine picture, experts said. Police denied that any "
    "shark was spotted. The viral shark photo has been debunked several times and is not real.",
)
UNRELATED = (
    "Shark spotted swimming in flooded New Jersey street",
    "The central bank raised interest rates by a quarter point on Tuesday, citing stubborn inflation in services. "
    "Markets had expected the move, and bond yields barely changed. Economists said further increases were likely "
    "before the end of the year as wage growth remains strong.",
)


@pytest.fixture(scope="module")
def model():
    return default_model()


def assess(model, headline: str, body: str):
    return model.assess(headline, body, ArticleText.from_string(body).sentences)


@pytest.mark.parametrize(("pair", "expected"), [(AGREE, "agree"), (DISAGREE, "disagree"), (UNRELATED, "unrelated")], ids=["agree", "disagree", "unrelated"])
def test_hand_written_pairs(model, pair, expected):
    result = assess(model, *pair)
    assert result.stance == expected
    assert set(result.probabilities) == set(LABELS)
    assert sum(result.probabilities.values()) == pytest.approx(1.0, abs=1e-3)


def test_disagree_evidence_shows_refutation(model):
    result = assess(model, *DISAGREE)
    body = DISAGREE[1]
    first = body[slice(*result.evidence[0][0])]
    assert any(word in first for word in ("hoax", "fake", "denied", "not real", "debunked"))


def test_evidence_spans_are_sentences(model):
    result = assess(model, *AGREE)
    spans = ArticleText.from_string(AGREE[1]).sentences
    assert result.evidence and all(span in spans for span, _ in result.evidence)


def test_batch_predict_matches_single(model):
    bodies = {"a": (AGREE[1], ArticleText.from_string(AGREE[1]).sentences), "u": (UNRELATED[1], ArticleText.from_string(UNRELATED[1]).sentences)}
    probabilities = model.predict([(AGREE[0], "a"), (UNRELATED[0], "u")], bodies)
    assert probabilities.shape == (2, 4)
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert model.decide(probabilities) == [assess(model, *AGREE).stance, assess(model, *UNRELATED).stance]


def test_missing_terms_are_phrases_from_headline():
    body_tokens = set(tokenize("Russian jets were moved to Syria, officials said, as the Syrian war went on."))
    assert missing_terms("Russia fighter jets now seen at Syrian airfield", body_tokens) == ["Russia fighter", "airfield"]


def test_artifact_is_small():
    size = sum(p.stat().st_size for p in ARTIFACT.directory.iterdir())
    assert size < 25e6
