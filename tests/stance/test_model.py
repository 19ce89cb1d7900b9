import shutil

import numpy as np
import pytest

from newsprobe import ModelError
from newsprobe.stance import LABELS, StanceModel, default_model
from newsprobe.stance.model import ARTIFACT_DIR, missing_terms
from newsprobe.stance.features import sentence_spans, tokenize

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


@pytest.mark.parametrize(("pair", "expected"), [(AGREE, "agree"), (DISAGREE, "disagree"), (UNRELATED, "unrelated")], ids=["agree", "disagree", "unrelated"])
def test_hand_written_pairs(model, pair, expected):
    result = model.assess(*pair)
    assert result.stance == expected
    assert set(result.probabilities) == set(LABELS)
    assert sum(result.probabilities.values()) == pytest.approx(1.0, abs=1e-3)


def test_disagree_evidence_shows_refutation(model):
    result = model.assess(*DISAGREE)
    body = DISAGREE[1]
    first = body[slice(*result.evidence[0][0])]
    assert any(word in first for word in ("hoax", "fake", "denied", "not real", "debunked"))


def test_evidence_spans_are_sentences(model):
    result = model.assess(*AGREE)
    spans = sentence_spans(AGREE[1])
    assert result.evidence and all(span in spans for span, _ in result.evidence)


def test_batch_predict_matches_single(model):
    bodies = {"a": AGREE[1], "u": UNRELATED[1]}
    probabilities = model.predict([(AGREE[0], "a"), (UNRELATED[0], "u")], bodies)
    assert probabilities.shape == (2, 4)
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert model.decide(probabilities) == [model.assess(*AGREE).stance, model.assess(*UNRELATED).stance]


def test_missing_terms_are_phrases_from_headline():
    body_tokens = set(tokenize("Russian jets were moved to Syria, officials said, as the Syrian war went on."))
    assert missing_terms("Russia fighter jets now seen at Syrian airfield", body_tokens) == ["Russia fighter", "airfield"]


def test_missing_artifact_names_retrain_command(tmp_path):
    with pytest.raises(ModelError, match="training/stance.py"):
        StanceModel.load(tmp_path / "nowhere")


def test_corrupt_artifact_names_retrain_command(tmp_path):
    copy = tmp_path / "stance"
    shutil.copytree(ARTIFACT_DIR, copy)
    (copy / "gbdt.txt").write_text("this is not a model")
    with pytest.raises(ModelError, match="corrupt.*training/stance.py"):
        StanceModel.load(copy)


def test_artifact_schema_mismatch_refused(tmp_path):
    copy = tmp_path / "stance"
    shutil.copytree(ARTIFACT_DIR, copy)
    meta = (copy / "meta.json").read_text().replace('"schema": "', '"schema": "0.')
    (copy / "meta.json").write_text(meta)
    with pytest.raises(ModelError, match="report schema"):
        StanceModel.load(copy)


def test_artifact_is_small():
    size = sum(p.stat().st_size for p in ARTIFACT_DIR.iterdir())
    assert size < 25e6
