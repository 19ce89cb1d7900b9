import json
import multiprocessing

import pytest
from fastapi.testclient import TestClient

from newsprobe import Report
from newsprobe.server import Settings, create_app
from newsprobe.server.analysis import Unavailable

from ..conftest import EXAMPLE

EXAMPLE_TEXT = EXAMPLE.read_text(encoding="utf-8")
TITLE, BODY = EXAMPLE_TEXT.split("\n", 1)


def assert_json_error(response, status, code=None):
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) == {"code", "message"} and error["message"]
    assert "Traceback" not in response.text
    if code:
        assert error["code"] == code


def test_check_example_returns_report_and_permalink(client):
    response = client.post("/api/v1/check", json={"title": TITLE, "text": BODY})
    assert response.status_code == 200
    report = Report.model_validate(response.json())
    assert report.verdict.label == "unreliable"
    assert any(q.speaker.resolved == "John Kerry" for q in report.quotes)
    stored = client.get(response.headers["location"])
    assert stored.status_code == 200 and stored.json() == response.json()


def test_same_report_as_cli_schema(client):
    response = client.post("/api/v1/check", content=EXAMPLE_TEXT.encode(), headers={"content-type": "text/plain"})
    data = response.json()
    assert data["schema"].startswith("newsprobe/report/")
    assert data["article"]["title"] == TITLE


def test_html_body(client):
    html = f"<html><head><title>{TITLE}</title></head><body><article><h1>{TITLE}</h1>" + "".join(
        f"<p>{p}</p>" for p in BODY.split("\n\n") if p.strip()
    ) + "</article></body></html>"
    response = client.post("/api/v1/check", json={"html": html})
    assert response.status_code == 200
    assert response.json()["article"]["title"] == TITLE


def test_multipart_upload(client):
    response = client.post("/api/v1/check", files={"file": ("syria.txt", EXAMPLE_TEXT.encode(), "text/plain")})
    assert response.status_code == 200
    assert response.json()["article"]["input"] == "syria.txt"


def test_malformed_json(client):
    assert_json_error(client.post("/api/v1/check", content=b"{not json", headers={"content-type": "application/json"}), 400, "bad_json")


def test_empty_text(client):
    assert_json_error(client.post("/api/v1/check", json={"text": "   "}), 422, "empty")


def test_json_without_object(client):
    assert_json_error(client.post("/api/v1/check", json=["a"]), 422)


def test_body_over_limit(client):
    big = json.dumps({"text": "word " * 700_000}).encode()  # 3.5 MB
    assert_json_error(client.post("/api/v1/check", content=big, headers={"content-type": "application/json"}), 413, "too_large")


def test_binary_octet_stream(client):
    assert_json_error(
        client.post("/api/v1/check", content=bytes(range(256)) * 8, headers={"content-type": "application/octet-stream"}), 415
    )


def test_non_english(client):
    text = ("Le gouvernement a annoncé mardi une réforme des retraites qui sera présentée au Parlement dans les "
            "prochaines semaines, et les syndicats ont appelé à une grève pour protester contre cette décision.")
    assert_json_error(client.post("/api/v1/check", json={"text": text}), 422, "not_english")


def test_url_refused_without_flag(client):
    assert_json_error(client.post("/api/v1/check", json={"url": "http://example.org/a"}), 422, "fetch_disabled")


def test_unknown_report(client):
    assert_json_error(client.get("/api/v1/reports/0000"), 404, "not_found")


def test_unknown_route_is_json(client):
    assert_json_error(client.get("/api/v1/nothing"), 404)


def test_health_and_docs(client):
    assert client.get("/api/v1/health").json()["status"] == "ok"
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/swagger/swagger-ui-bundle.js" in docs.text
    assert "cdn" not in docs.text.lower()
    assert client.get("/openapi.json").json()["paths"]["/api/v1/check"]


def test_page_loads_nothing_from_outside(client):
    page = client.get("/")
    assert page.status_code == 200 and "<form" in page.text
    for attribute in ("src=", "href="):
        for value in page.text.split(attribute)[1:]:
            target = value.strip("\"'").split('"')[0]
            assert not target.startswith(("http:", "https:", "//")), target


def test_page_form_flow_and_permalink(client):
    response = client.post("/check", data={"text": EXAMPLE_TEXT}, follow_redirects=False)
    assert response.status_code == 303
    page = client.get(response.headers["location"])
    assert page.status_code == 200
    assert "UNRELIABLE" in page.text and page.text.count('<mark class="quote') >= 5
    assert "kind-pronoun" in page.text and "Nicholas Kamm Getty Images" in page.text


def test_page_error_is_readable(client):
    response = client.post("/check", data={"text": ""})
    assert response.status_code == 422
    assert 'role="alert"' in response.text and "empty text" in response.text


@pytest.mark.parametrize("size", [1_200_000, 3_000_000])  # over Starlette's 1 MB form field default; over --max-bytes
def test_a_long_pasted_text_gets_a_page_not_json(client, size):
    text = "Un article\n\n" + "Le gouvernement a annoncé une réforme des retraites. " * (size // 52)
    response = client.post("/check", data={"text": text})
    assert response.headers["content-type"].startswith("text/html") and 'role="alert"' in response.text
    if size < 2 * 1024 * 1024:
        assert response.status_code == 422 and "not English" in response.text and text[-200:] in response.text  # the text is kept
    else:
        assert response.status_code == 413 and "2,097,152-byte limit" in response.text


def test_token_required_for_check(make_client):
    guarded = make_client(token="s3cret")
    assert_json_error(guarded.post("/api/v1/check", json={"text": BODY}), 401, "unauthorized")
    ok = guarded.post("/api/v1/check", json={"text": BODY}, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200
    assert guarded.get("/api/v1/health").status_code == 200


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://localhost:8000/x", "http://10.1.2.3/", "ftp://example.org/"])
def test_fetch_refuses_private_and_odd_urls(make_client, url):
    response = make_client(allow_fetch=True).post("/api/v1/check", json={"url": url})
    assert_json_error(response, 422)
    assert response.json()["error"]["code"] in ("forbidden_address", "bad_url")


def test_retention(tmp_path):
    from newsprobe.server.store import ReportStore

    store = ReportStore(tmp_path / "r.sqlite", retention_days=0)
    store.put("a", Report.model_validate({"article": {"id": "a", "body": "b"}, "verdict": {"label": "reliable"}}).to_json())
    assert store.get("a") is None
    assert ReportStore(tmp_path / "k.sqlite").get("missing") is None


def test_an_app_starts_and_stops_its_own_analysis_process(tmp_path):
    before = set(multiprocessing.active_children())
    with TestClient(create_app(Settings(store=tmp_path / "r.sqlite"))) as own:
        assert own.get("/api/v1/health").json()["analysis"] == "ready"
        assert len(set(multiprocessing.active_children()) - before) == 1
        assert own.post("/api/v1/check", json={"title": TITLE, "text": BODY}).status_code == 200
    assert set(multiprocessing.active_children()) == before


def test_an_analysis_process_that_cannot_load_stops_the_start(tmp_path):
    before = set(multiprocessing.active_children())
    with pytest.raises(Unavailable, match="no-such-spacy-model"), TestClient(create_app(Settings(store=tmp_path / "r.sqlite", model="no-such-spacy-model"))):
        pass
    assert set(multiprocessing.active_children()) == before
