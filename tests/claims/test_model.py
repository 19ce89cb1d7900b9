"""The shipped check-worthiness model, the claims of the example, and the CLEF predict/score commands."""

import json
import shutil
import sys

import numpy as np
import pytest

from newsprobe.artifacts import Artifact
from newsprobe.claims.model import ARTIFACT, CheckworthinessModel, claims_for, default_model
from newsprobe.errors import ModelError

from ..conftest import EXAMPLE, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import checkworthy  # noqa: E402

DEBATE = ROOT / "tests" / "fixtures" / "clef_debate.tsv"


@pytest.fixture(scope="module")
def nlp():
    from newsprobe.nlp import get_nlp

    return get_nlp()


def test_ranks_a_factual_claim_above_chit_chat(nlp):
    sentences = [
        "Thank you very much, it is great to be here.",
        "Unemployment fell to 4.1 percent last year, the lowest rate since 2000.",
        "What do you think about that?",
    ]
    scores = default_model().score([nlp(s) for s in sentences])
    assert ((scores >= 0) & (scores <= 1)).all()
    assert scores.argmax() == 1


def test_example_lists_its_figures_among_the_top_claims(nlp):
    from newsprobe.text import ArticleText, normalize_text

    body = normalize_text(EXAMPLE.read_text(encoding="utf-8").split("\n", 1)[1])
    text = ArticleText(body=body, doc=nlp(body))
    found = claims_for(text)
    top = sorted(found.sentences, key=lambda c: -c.score)[:4]
    figures = {(q.text, q.value, q.unit) for claim in top for q in claim.quantities}
    assert {("4.1 billion dollars", 4.1e9, "USD"), ("£3.6bn", 3.6e9, "GBP"), ("2,400", 2400, None), ("3,000", 3000, None)} <= figures
    assert {c.kind for c in top if c.quantities} == {"quantity"}


def copy_artifact(tmp_path):
    directory = tmp_path / "claims"
    shutil.copytree(ARTIFACT.directory, directory)
    return Artifact("claims", "python training/checkworthy.py", directory)


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("weights.npz", b"not a zip file"),
        ("weights.npz", None),
        ("meta.json", b"{not json"),
        ("meta.json", None),
    ],
)
def test_a_damaged_artifact_raises_model_error(tmp_path, filename, content):
    artifact = copy_artifact(tmp_path)
    if content is None:
        artifact.path(filename).unlink()
    else:
        artifact.path(filename).write_bytes(content)
    with pytest.raises(ModelError, match="training/checkworthy.py"):
        CheckworthinessModel.load(artifact)


@pytest.mark.parametrize(
    "change",
    [{"schema": "0.1"}, {"buckets": 1024}, {"calibration": None}, {"bias": "high"}],
)
def test_an_artifact_built_for_something_else_raises_model_error(tmp_path, change):
    artifact = copy_artifact(tmp_path)
    meta = json.loads(artifact.path("meta.json").read_text(encoding="utf-8")) | change
    artifact.path("meta.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError):
        CheckworthinessModel.load(artifact)


def test_a_truncated_weights_file_raises_model_error(tmp_path):
    artifact = copy_artifact(tmp_path)
    data = artifact.path("weights.npz").read_bytes()
    artifact.path("weights.npz").write_bytes(data[: len(data) // 2])
    with pytest.raises(ModelError):
        CheckworthinessModel.load(artifact)


def read_scores(path):
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    assert all(len(r) == 2 for r in rows)
    return [int(n) for n, _ in rows], np.array([float(s) for _, s in rows])


def test_predict_writes_one_score_per_line_and_ignores_labels(tmp_path):
    labelled, unlabelled = tmp_path / "labelled", tmp_path / "unlabelled"
    labelled.mkdir()
    unlabelled.mkdir()
    shutil.copy(DEBATE, labelled / DEBATE.name)
    lines = DEBATE.read_text(encoding="utf-8").splitlines()
    (unlabelled / DEBATE.name).write_text("".join("\t".join(line.split("\t")[:3]) + "\n" for line in lines), encoding="utf-8")
    assert checkworthy.predict(labelled, tmp_path / "out1") == 0
    assert checkworthy.predict(unlabelled, tmp_path / "out2") == 0
    numbers, scores = read_scores(tmp_path / "out1" / DEBATE.name)
    assert numbers == [int(line.split("\t")[0]) for line in lines]  # every line, the empty one too, in order
    assert np.array_equal(scores, read_scores(tmp_path / "out2" / DEBATE.name)[1])
    assert ((scores >= 0) & (scores <= 1)).all()


def test_score_computes_clef_average_precision(tmp_path, capsys):
    debates, pred = tmp_path / "debates", tmp_path / "pred"
    debates.mkdir()
    pred.mkdir()
    shutil.copy(DEBATE, debates / DEBATE.name)
    # Check-worthy lines 3 and 6 ranked 1st and 3rd: AP = (1/1 + 2/3) / 2.
    scores = {1: 0.1, 2: 0.2, 3: 0.9, 4: 0.0, 5: 0.0, 6: 0.5, 7: 0.6, 8: 0.3}
    (pred / DEBATE.name).write_text("".join(f"{n}\t{s}\n" for n, s in scores.items()), encoding="utf-8")
    assert checkworthy.score(debates, pred) == 0
    assert f"MAP {(1 + 2 / 3) / 2:.4f}" in capsys.readouterr().out


def test_score_refuses_predictions_for_other_lines(tmp_path):
    debates, pred = tmp_path / "debates", tmp_path / "pred"
    debates.mkdir()
    pred.mkdir()
    shutil.copy(DEBATE, debates / DEBATE.name)
    (pred / DEBATE.name).write_text("1\t0.5\n2\t0.1\n", encoding="utf-8")
    assert checkworthy.score(debates, pred) == 2
