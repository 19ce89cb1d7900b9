"""The page in a real browser: Playwright driving Debian's Chromium (installed by .ci/run)."""

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from ..conftest import EXAMPLE

# A French paragraph: the page answers "not English" quickly, whatever the length.
FRENCH = ("Le gouvernement a annoncé mardi une réforme des retraites qui sera présentée au Parlement dans les "
          "prochaines semaines, et les syndicats ont appelé à une grève pour protester contre cette décision.")

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
    assert page.locator("mark.quote.kind-pronoun").count() >= 2  # orphans marked differently
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


def submit_example(page, server):
    page.goto(server + "/")
    page.fill("#text", EXAMPLE.read_text(encoding="utf-8"))
    page.click("#submit")
    page.wait_for_selector("#verdict")


def test_phone_width_has_no_horizontal_scroll(browser, server, tmp_path):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    submit_example(page, server)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    # Every quote's text is on the screen, not in a column scrolled out of it.
    cells = page.locator("table.quotes tbody td:last-child")  # the quoted words
    assert cells.count() >= 5
    for box in (cells.nth(i).bounding_box() for i in range(cells.count())):
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, box
    page.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
    context.close()


HIGHLIGHTED = """target => document.activeElement.id === target && Array.from(
    document.querySelectorAll('.evidence.current')).some(el => el.dataset.evidence.split(' ').includes(target))"""


def test_evidence_links_land_on_highlighted_evidence(page, server):
    submit_example(page, server)
    links = page.locator(".evidence-links a")
    assert links.count() >= 10
    for i in range(links.count()):
        link = links.nth(i)
        target = link.get_attribute("href")[1:]
        link.click()
        # The page highlights in its hashchange handler, a task queued after the click returns: wait for it.
        page.wait_for_function(HIGHLIGHTED, arg=target, timeout=5000)
        assert page.evaluate("document.activeElement.id") == target
        current = page.locator(".evidence.current")
        assert current.first.is_visible()
        excerpt = link.inner_text().split("“", 1)[1].rstrip("”").rstrip("…")
        assert " ".join("".join(current.all_text_contents()).split()).startswith(excerpt)
        box = current.first.bounding_box()
        assert box["y"] + box["height"] > 0 and box["y"] < page.viewport_size["height"]  # scrolled into view


def test_a_skip_link_leads_to_the_quotes(page, server):
    submit_example(page, server)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").bounding_box()["y"] >= 0  # shown when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "quotes"


def test_pasting_over_a_megabyte_keeps_the_text(page, server):
    text = "Un article\n\n" + "\n\n".join([FRENCH] * (1_200_000 // len(FRENCH)))
    page.goto(server + "/")
    page.eval_on_selector("#text", "(area, text) => { area.value = text; }", text)  # as a paste does: fill() types it
    page.click("#submit")
    alert = page.locator("#error")
    alert.wait_for()
    assert "not English" in alert.inner_text()
    assert page.input_value("#text") == text


def test_a_file_over_the_limit_is_refused_before_it_is_sent(page, server, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Headline\n\n" + "All work and no play makes a dull story. " * 70_000)
    page.goto(server + "/")
    page.fill("#title", "kept")
    page.set_input_files("#file", str(big))
    page.click("#submit")
    problem = page.locator("#client-error")
    problem.wait_for()
    assert "big.txt" in problem.inner_text() and "2,097,152 bytes" in problem.inner_text()
    assert page.url == server + "/" and page.input_value("#title") == "kept"


def test_drop_a_file(page, server, tmp_path):
    page.goto(server + "/")
    page.set_input_files("#file", str(EXAMPLE))
    page.click("#submit")
    page.wait_for_selector("#verdict")
    assert page.locator("mark.quote").count() >= 5


def test_the_api_docs_render_under_the_security_policy(page, server):
    refused = []
    page.on("console", lambda message: refused.append(message.text) if message.type == "error" else None)
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock")
    assert "/api/v1/check" in page.inner_text(".swagger-ui") and refused == []
