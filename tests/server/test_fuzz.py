"""Property-based fuzzing of the HTTP API: whatever a client sends, the answer is a report whose
offsets lie inside its text or a JSON error naming the problem; never a 500 or a traceback."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ..batch.fuzzing import assert_spans_inside, fuzz
from ..batch.test_fuzz import KEYS, awkward_text, english, json_values

CLIENT_ERRORS = {400, 401, 403, 413, 415, 422}


@pytest.fixture(scope="module")
def api(tmp_path_factory, analysis):
    from fastapi.testclient import TestClient

    from newsprobe.server import Settings, create_app

    settings = Settings(store=tmp_path_factory.mktemp("store") / "fuzz.sqlite", max_bytes=64 * 1024, timeout=20)
    with TestClient(create_app(settings, analysis=analysis), raise_server_exceptions=False) as client:
        yield client


def assert_answered(response) -> None:
    assert "Traceback" not in response.text
    if response.status_code == 200:
        assert_spans_inside(response.json())
        return
    assert response.status_code in CLIENT_ERRORS, (response.status_code, response.text[:300])
    error = response.json()["error"]
    assert set(error) == {"code", "message"} and error["code"] and error["message"]


bodies = st.dictionaries(st.sampled_from(KEYS), json_values | awkward_text | english, max_size=6)


@fuzz(60)
@given(json_values | bodies)
def test_any_json_value(api, value):
    assert_answered(api.post("/api/v1/check", content=json.dumps(value).encode(), headers={"content-type": "application/json"}))


@fuzz(60)
@given(st.binary(max_size=400), st.sampled_from(["application/json", "text/plain", "text/html", "text/plain; charset=utf-16",
                                                 "multipart/form-data", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", ""]))
def test_any_bytes_under_any_content_type(api, data, content_type):
    assert_answered(api.post("/api/v1/check", content=data, headers={"content-type": content_type}))


@fuzz(40)
@given(st.binary(max_size=400) | english.map(str.encode), st.text(max_size=40), st.one_of(st.none(), awkward_text))
def test_any_upload(api, data, filename, title):
    form = {"title": title} if title is not None else {}
    assert_answered(api.post("/api/v1/check", files={"file": (filename or "x", data)}, data=form))


@fuzz(40)
@given(awkward_text, awkward_text)
def test_the_page_form_answers_with_a_page(api, text, title):
    response = api.post("/check", data={"text": text, "title": title}, follow_redirects=False)
    assert response.status_code in {303} | CLIENT_ERRORS and "Traceback" not in response.text
    if response.status_code != 303:
        assert 'role="alert"' in response.text


@fuzz(4)
@given(st.fixed_dictionaries({"title": english, "text": st.lists(english, min_size=1, max_size=5).map("\n\n".join)}))
def test_end_to_end_reports_keep_offsets_inside_the_text(api, record):
    response = api.post("/api/v1/check", json=record)
    assert response.status_code == 200
    assert_spans_inside(response.json())
    assert api.get(response.headers["Link"].split(">")[0][1:]).status_code == 200  # the page renders it
