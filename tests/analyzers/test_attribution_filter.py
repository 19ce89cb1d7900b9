import pytest

from newsprobe import ModelError
from newsprobe.analyzers import attribution_filter
from newsprobe.analyzers.attribution import extract
from newsprobe.analyzers.attribution_filter import FEATURES, default_filter, features
from newsprobe.nlp import get_nlp

TEXT = ("Senator Mark Hill said the bill would pass. The river flows past the old mill, which dates "
        "from 1820. Critics fear the new tax will hurt small firms.")


def candidates():
    doc = get_nlp()(TEXT)
    return doc, extract(doc, TEXT, attribution_filter=None)


def test_features_have_the_declared_length():
    doc, found = candidates()
    assert found
    assert all(len(features(a, doc, default_filter().rates)) == len(FEATURES) for a in found)


def test_filter_keeps_clear_attributions():
    doc, found = candidates()
    kept = default_filter().keep(found, doc)
    cues = {TEXT[slice(*a.cue)] for a in kept}
    assert "said" in cues
    assert all(any(a is f for f in found) for a in kept)


def test_missing_model_names_retrain_command(monkeypatch, tmp_path):
    monkeypatch.setattr(attribution_filter, "META_PATH", tmp_path / "attribution.json")
    with pytest.raises(ModelError, match="training/attribution.py"):
        attribution_filter.load_meta()


def test_schema_mismatch_refused(monkeypatch, tmp_path):
    meta = tmp_path / "attribution.json"
    meta.write_text(attribution_filter.META_PATH.read_text().replace('"schema": "', '"schema": "0.', 1))
    monkeypatch.setattr(attribution_filter, "META_PATH", meta)
    with pytest.raises(ModelError, match="report schema"):
        attribution_filter.load_meta()
