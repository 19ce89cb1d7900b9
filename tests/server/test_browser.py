"""The page in a real browser: Playwright driving Debian's Chromium (installed by .ci/run)."""

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from ..conftest import EXAMPLE

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Debian's chromium (apt-get install chromium; .ci/run does)")
playwright = pytest.importorskip("playwright.sync_api", reason="needs playwright (in requirements.lock)")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from newsprobe.server import Settings, create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(Settings(store=tmp_path_factory.mktemp("store") / "reports.sqlite"))
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 60
    while not server.started:
        assert time.time() < deadline, "server did not start"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.outside = []
    page.on("request", lambda request: None if request.url.startswith(server) else page.outside.append(request.url))
    yield page
    context.close()


def test_paste_submit_read_report(page, server, tmp_path):
    page.goto(server + "/")
    page.fill("#text", EXAMPLE.read_text(encoding="utf-8"))
    page.click("#submit")
    page.wait_for_selector("#verdict")
    assert "/r/" in page.url
    assert page.inner_text("#verdict-label") == "UNRELIABLE"
    assert "credited only to a pronoun" in page.inner_text("#verdict")
    marks = page.locator("mark.quote")
    assert marks.count() >= 5
    assert page.locator("mark.quote.kind-pronoun").count() >= 3  # orphans marked differently
    assert page.locator("mark.quote.kind-anonymous").count() >= 1
    page.screenshot(path=str(tmp_path / "report.png"), full_page=True)

    # Keyboard focus on a quote shows its speaker.
    kerry = page.locator("mark.quote", has_text="is whether the Russians intend").first
    kerry.focus()
    tip = page.locator("#speaker-tip")
    assert tip.is_visible() and "John Kerry" in tip.inner_text()
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('data-speaker')")
    assert focused and tip.is_visible() and focused in tip.inner_text()

    # The permalink gives the same report.
    verdict, count = page.inner_text("#verdict"), marks.count()
    page.click("#permalink")
    page.wait_for_selector("#verdict")
    assert page.inner_text("#verdict") == verdict and page.locator("mark.quote").count() == count
    assert page.outside == []


def test_error_is_readable(page, server, tmp_path):
    page.goto(server + "/")
    page.click("#submit")
    alert = page.locator("#error")
    alert.wait_for()
    assert "empty text" in alert.inner_text()
    page.screenshot(path=str(tmp_path / "error.png"))


def test_phone_width_has_no_horizontal_scroll(browser, server, tmp_path):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(server + "/")
    page.fill("#text", EXAMPLE.read_text(encoding="utf-8"))
    page.click("#submit")
    page.wait_for_selector("#verdict")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    context.close()


def test_drop_a_file(page, server, tmp_path):
    page.goto(server + "/")
    page.set_input_files("#file", str(EXAMPLE))
    page.click("#submit")
    page.wait_for_selector("#verdict")
    assert page.locator("mark.quote").count() >= 5
