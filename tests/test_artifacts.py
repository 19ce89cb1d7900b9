"""Every shipped model loads through one loader: a missing, corrupt or mismatched artifact is one ModelError."""

import importlib
import json
import shutil

import pytest

from newsprobe import ModelError
from newsprobe.artifacts import Artifact

# (module with ARTIFACT and default_model, a model file of it)
SHIPPED = [
    ("newsprobe.quotes.model", "filter.txt"),
    ("newsprobe.headline.model", "gbdt.txt"),
    ("newsprobe.stitching.model", "boundary.txt"),
    ("newsprobe.spin.model", "gbdt.txt"),
]


@pytest.fixture(params=SHIPPED, ids=[m.split(".")[1] for m, _ in SHIPPED])
def copy(request, tmp_path, monkeypatch):
    """A copy of one shipped artifact that the module loads instead, and a loader that does not cache."""
    module = importlib.import_module(request.param[0])
    shipped = module.ARTIFACT
    directory = tmp_path / shipped.name
    shutil.copytree(shipped.directory, directory)
    monkeypatch.setattr(module, "ARTIFACT", Artifact(shipped.name, shipped.retrain, directory))
    return directory, request.param[1], module.default_model.__wrapped__, shipped.retrain


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
    key = next(k for k in meta if k.endswith("features"))
    meta[key] = meta[key][::-1]
    (directory / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="built for other"):
        load()
