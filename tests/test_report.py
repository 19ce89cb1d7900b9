import json

from newsprobe import SCHEMA_VERSION, Report, json_schema
from newsprobe.report import SCHEMA_ID

from .conftest import ROOT


def test_round_trip(example_report):
    text = example_report.to_json()
    again = Report.from_json(text)
    assert again == example_report
    assert again.to_json() == text


def test_top_level_sections(example_report):
    data = example_report.to_dict()
    assert list(data) == [
        "schema", "article", "verdict", "headline", "quotes", "provenance",
        "stitching", "spin", "claims", "residue", "timings",
    ]
    assert data["schema"] == SCHEMA_ID == f"newsprobe/report/{SCHEMA_VERSION}"
    # Without an index provenance stays empty; the claims analyzer needs none.
    assert data["provenance"] == [] and data["claims"]
    assert 0 <= data["stitching"]["score"] <= 1 and 0 <= data["spin"]["score"] <= 1


def test_quote_shape(example_report):
    quote = example_report.to_dict()["quotes"][0]
    assert set(quote) == {"type", "direct", "nested", "cue", "content", "speaker"}
    assert quote["type"] in ("speech", "thought", "finding")
    assert set(quote["cue"]) == {"text", "span"}
    assert set(quote["content"]) == {"text", "spans"}
    assert set(quote["speaker"]) == {"text", "span", "kind", "resolved", "title"}


def test_every_span_indexes_into_body(example_report):
    body = example_report.article.body
    for quote in example_report.quotes:
        assert body[slice(*quote.cue.span)] == quote.cue.text
        if quote.speaker.span:
            assert body[slice(*quote.speaker.span)] == quote.speaker.text
        for start, end in quote.content.spans:
            assert body[start:end] in quote.content.text
    for item in example_report.residue:
        assert body[slice(*item.span)] == item.text


def test_published_schema_is_current():
    published = json.loads((ROOT / "docs" / "report-schema.json").read_text())
    assert published == json_schema(), "docs/report-schema.json is stale: run `make schema`"


def published_schema_validator():
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "docs" / "report-schema.json").read_text())
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def test_report_validates_against_schema(example_report):
    validator = published_schema_validator()
    assert validator.schema["$id"] == SCHEMA_ID
    data = example_report.to_dict()
    assert list(validator.iter_errors(data)) == []
    # The validator checks the values, not just the keys: each of these breaks the schema.
    broken = [
        ("verdict", {**data["verdict"], "label": "fine"}),
        ("quotes", [{**data["quotes"][0], "speaker": {**data["quotes"][0]["speaker"], "kind": "martian"}}]),
        ("article", {k: v for k, v in data["article"].items() if k != "body"}),
        ("stitching", {**data["stitching"], "score": "high"}),
        ("claims", [{**data["claims"][0], "kind": "opinion"}]),
        ("unexpected", 1),
    ]
    for key, value in broken:
        assert list(validator.iter_errors({**data, key: value})), key
