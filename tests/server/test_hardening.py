"""The server under abuse (issue #13, items 14–18): time and memory limits that hold, a free event
loop, malformed and rebinding URLs, stored links, response headers, cross-site posts, the token."""

import ipaddress
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import anyio
import pytest

from newsprobe.server import Settings
from newsprobe.server.fetch import fetch_url
from newsprobe.server.security import exposure_warning
from newsprobe.server.store import ReportStore

from .test_api import BODY, EXAMPLE_TEXT, TITLE, assert_json_error

# ~120 KB of English prose: minutes of analysis (a 400 KB text took 68 s).
SLOW_TEXT = TITLE + "\n\n" + "\n\n".join([BODY] * 45)
# A page whose extraction takes seconds and finds no text: 8,000 empty nested elements.
SLOW_HTML = "<html><body><article>" + "<div><span><b></b></span></div>" * 8000 + "</article></body></html>"
# A page whose extraction needs well over 64 MiB: 20,000 list items.
BIG_HTML = "<html><body><article><h1>Title</h1><ul>" + "".join(f"<li><a href='/x{i}'>link {i}</a></li>" for i in range(20_000)) + "</ul></article></body></html>"


def test_slow_input_times_out_and_the_server_recovers(make_client):
    """The limit holds while the analysis runs: the work is stopped, not awaited."""
    hasty = make_client(timeout=2)
    started = time.monotonic()
    assert_json_error(hasty.post("/api/v1/check", content=SLOW_TEXT.encode(), headers={"content-type": "text/plain"}), 504, "timeout")
    assert time.monotonic() - started < 6
    patient = make_client()
    assert patient.post("/api/v1/check", json={"title": TITLE, "text": BODY}).status_code == 200  # a new analysis process


def test_the_event_loop_answers_while_a_page_is_extracted(make_client):
    client = make_client(timeout=60)
    answer = {}
    post = threading.Thread(target=lambda: answer.update(response=client.post(
        "/api/v1/check", content=SLOW_HTML.encode(), headers={"content-type": "text/html"})))
    post.start()
    waits = []
    time.sleep(0.3)
    while post.is_alive():
        started = time.monotonic()
        assert client.get("/api/v1/health").status_code == 200
        waits.append(time.monotonic() - started)
        time.sleep(0.2)
    post.join()
    assert_json_error(answer["response"], 422, "empty")  # extraction found no text, after seconds of work
    assert len(waits) >= 3 and max(waits) < 0.5, waits


def test_memory_of_reading_a_page_is_bounded(make_client):
    client = make_client(memory_limit=64 * 2**20, max_bytes=4 * 2**20)
    response = client.post("/api/v1/check", content=BIG_HTML.encode(), headers={"content-type": "text/html"})
    assert_json_error(response, 413, "too_complex")
    assert "64 MiB" in response.json()["error"]["message"]
    assert make_client().post("/api/v1/check", json={"title": TITLE, "text": BODY}).status_code == 200  # a new analysis process


@pytest.mark.parametrize("url", ["http://[::1", "http://example.org:99999/", "https://[::1]:99999/a", "http://[nonsense]/", "http://exa mple.org/"])
def test_malformed_urls_are_bad_url(make_client, url):
    response = make_client(allow_fetch=True).post("/api/v1/check", json={"url": url})
    assert_json_error(response, 422, "bad_url")


def test_a_url_that_is_not_a_string_is_bad_url(make_client):
    assert_json_error(make_client(allow_fetch=True).post("/api/v1/check", json={"url": ["http://example.org/"]}), 422, "bad_url")


class Recorder(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 — http.server's name
        self.server.hosts.append(self.headers["Host"])
        page = f"<html><body><p>{self.server.text}</p></body></html>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, *args):
        pass


def recording_server(address: str, port: int, text: str) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((address, port), Recorder)
    server.hosts, server.text = [], text
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_fetch_connects_to_the_address_it_checked(monkeypatch):
    """DNS rebinding: the name resolves to a public address for the check, to a private one after."""
    public = recording_server("127.0.0.2", 0, "the public page")  # stands in for a public address
    port = public.server_address[1]
    private = recording_server("127.0.0.1", port, "a private service")
    resolve = socket.getaddrinfo
    answers = iter(["127.0.0.2"] + ["127.0.0.1"] * 9)

    def rebinding(host, *args, **kwargs):
        if host not in ("rebind.test", b"rebind.test"):  # anyio passes the name IDNA-encoded
            return resolve(host, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(ipaddress.IPv4Address, "is_global", property(lambda address: str(address) == "127.0.0.2"))
    try:
        page = anyio.run(fetch_url, f"http://rebind.test:{port}/story")
    finally:
        public.shutdown()
        private.shutdown()
    assert b"the public page" in page
    assert private.hosts == [] and public.hosts == [f"rebind.test:{port}"]  # the name kept in the Host header


def stored_report_with_source(client, store_path, url: str) -> str:
    report = client.post("/api/v1/check", json={"title": TITLE, "text": BODY}).json()
    report["provenance"] = [{"span": [0, 40], "paragraph": 1, "doc_id": "planted", "url": url, "score": 0.9, "verbatim": 0.9}]
    ReportStore(store_path).put("planted", json.dumps(report))
    return client.get("/r/planted").text


def test_a_stored_javascript_url_is_never_a_link(make_client, tmp_path):
    client = make_client(store=tmp_path / "reports.sqlite")
    page = stored_report_with_source(client, tmp_path / "reports.sqlite", "javascript:alert(1)")
    assert "planted" in page and "javascript:" not in page
    page = stored_report_with_source(client, tmp_path / "reports.sqlite", "https://wire.example/story")
    assert 'href="https://wire.example/story"' in page


def test_security_headers_on_pages_and_api(client):
    location = client.post("/api/v1/check", json={"title": TITLE, "text": BODY}).headers["Link"].split(">")[0][1:]
    for path in ("/", location, "/docs", "/api/v1/health", "/api/v1/reports/0000"):
        headers = client.get(path).headers
        policy = headers["content-security-policy"]
        assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy, path
        assert "unsafe-inline" not in policy
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_the_docs_page_runs_no_inline_script(client):
    page = client.get("/docs").text
    scripts = page.split("<script")[1:]
    assert scripts and all(s.lstrip().startswith("src=") for s in scripts)
    for script in ("/static/swagger/swagger-ui-bundle.js", "/static/swagger-init.js"):
        assert script in page
        served = client.get(script)
        assert served.status_code == 200 and "javascript" in served.headers["content-type"]


@pytest.mark.parametrize("headers", [{"origin": "http://evil.example"}, {"origin": "null"}, {"sec-fetch-site": "cross-site"},
                                     {"origin": "http://testserver.evil.example"}])
def test_cross_site_posts_are_refused(client, headers):
    page = client.post("/check", data={"text": EXAMPLE_TEXT}, headers=headers, follow_redirects=False)
    assert page.status_code == 403 and 'role="alert"' in page.text and "other sites" in page.text
    assert_json_error(client.post("/api/v1/check", content=EXAMPLE_TEXT.encode(), headers={"content-type": "text/plain", **headers}), 403, "cross_site")


def test_same_site_posts_go_through(client):
    headers = {"origin": "http://testserver", "sec-fetch-site": "same-origin"}
    assert client.post("/check", data={"text": EXAMPLE_TEXT}, headers=headers, follow_redirects=False).status_code == 303


def test_token_from_a_file(make_client, tmp_path, monkeypatch):
    secret = tmp_path / "token"
    secret.write_text("s3cret-from-file\n")
    guarded = make_client(token_file=secret)
    assert_json_error(guarded.post("/api/v1/check", json={"text": BODY}), 401, "unauthorized")
    assert guarded.post("/api/v1/check", json={"text": BODY}, headers={"Authorization": "Bearer s3cret-from-file"}).status_code == 200
    monkeypatch.setenv("NEWSPROBE_TOKEN_FILE", str(secret))
    assert Settings().bearer_token() == "s3cret-from-file"
    assert Settings(token="given").bearer_token() == "given"


def test_settings_reach_uvicorn_workers_through_the_environment(monkeypatch, tmp_path):
    settings = Settings(store=tmp_path / "r.sqlite", token_file=tmp_path / "token", timeout=2.5, allow_fetch=True, memory_limit=123)
    for name, value in settings.to_env().items():
        monkeypatch.setenv(name, value)
    assert Settings.from_env() == settings


def test_an_unreadable_token_file_is_a_one_line_error(tmp_path):
    with pytest.raises(ValueError, match=r"^[^\n]*none: cannot read the token file"):
        Settings(token_file=tmp_path / "none").bearer_token()
    (tmp_path / "empty").write_text("\n")
    with pytest.raises(ValueError, match="the token file is empty"):
        Settings(token_file=tmp_path / "empty").bearer_token()


@pytest.mark.parametrize(("host", "token", "warned"), [
    ("127.0.0.1", None, False), ("localhost", None, False), ("::1", None, False), ("[::1]", None, False),
    ("0.0.0.0", None, True), ("::", None, True), ("192.168.1.5", None, True), ("news.example.org", None, True),
    ("0.0.0.0", "s3cret", False),
])
def test_a_warning_when_listening_beyond_loopback_without_a_token(host, token, warned):
    warning = exposure_warning(host, token)
    assert (warning is not None) == warned
    if warned:
        assert host in warning and "NEWSPROBE_TOKEN" in warning and "\n" not in warning
