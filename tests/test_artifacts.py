"""Every shipped model loads through one loader: a missing, corrupt or mismatched artifact is one ModelError."""

import importlib
import json
import shutil

import pytest

from newsprobe import ModelError
from newsprobe.artifacts import Artifact

# (module with ARTIFACT and its loader, a model file of it, the loader's name)
SHIPPED = [
    ("newsprobe.quotes.model", "filter.txt", "default_model"),
    ("newsprobe.headline.model", "gbdt.txt", "default_model"),
    ("newsprobe.stitching.model", "boundary.txt", "default_model"),
    ("newsprobe.spin.model", "gbdt.txt", "default_model"),
    ("newsprobe.quotes.tagger", "tagger.onnx", "default_tagger"),
]


@pytest.fixture(params=SHIPPED, ids=[m.split(".", 1)[1] for m, _, _ in SHIPPED])
def copy(request, tmp_path, monkeypatch):
    """A copy of one shipped artifact that the module loads instead, and a loader that does not cache."""
    if request.param[2] == "default_tagger":
        pytest.importorskip("onnxruntime", reason="the accurate extra (onnxruntime) is not installed")
    module = importlib.import_module(request.param[0])
    shipped = module.ARTIFACT
    directory = tmp_path / shipped.name
    shutil.copytree(shipped.directory, directory)
    monkeypatch.setattr(module, "ARTIFACT", Artifact(shipped.name, shipped.retrain, directory))
    return directory, request.param[1], getattr(module, request.param[2]).__wrapped__, shipped.retrain


def test_the_copy_loads(copy):
    _, _, load, _ = copy
    assert load() is not None


def test_missing_file_names_the_retrain_command(copy):
    directory, model_file, load, retrain = copy
    (directory / model_file).unlink()
    with pytest.raises(ModelError, match=f"cannot load .*{retrain}"):
        load()


def test_corrupt_model_file_is_a_model_error(copy):
    directory, model_file, load, _ = copy
    (directory / model_file).write_text("this is not a model")
    with pytest.raises(ModelError, match="cannot load"):
        load()


def test_other_schema_is_refused(copy):
    directory, _, load, _ = copy
    meta = json.loads((directory / "meta.json").read_text())
    meta["schema"] = "0." + meta["schema"]
    (directory / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="report schema"):
        load()


def test_other_features_are_refused(copy):
    directory, _, load, _ = copy
    meta = json.loads((directory / "meta.json").read_text())
    key = next((k for k in meta if k.endswith("features")), "labels")  # the tagger names its outputs instead
    meta[key] = meta[key][::-1]
    (directory / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="built for other"):
        load()
