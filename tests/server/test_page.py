"""The report page's evidence links (issue #13, item 19): each lands on highlighted evidence and says what it points to."""

from lxml import html

from newsprobe import Report
from newsprobe.server.marks import evidence_links, paragraphs

from .test_api import EXAMPLE_TEXT


def classes(element) -> set[str]:
    return set((element.get("class") or "").split())


def example_page(client) -> tuple[html.HtmlElement, dict]:
    location = client.post("/check", data={"text": EXAMPLE_TEXT}, follow_redirects=False).headers["location"]
    report = client.get(f"/api/v1/reports/{location.rsplit('/', 1)[1]}").json()
    return html.fromstring(client.get(location).text), report


def test_every_evidence_link_lands_on_highlighted_evidence(client):
    page, report = example_page(client)
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))
    body = report["article"]["body"]
    for reason, item in zip(report["verdict"]["reasons"], page.xpath("//li[contains(@class, 'reason')]"), strict=True):
        spans = list(dict.fromkeys(tuple(span) for span in reason["evidence"]))
        links = item.xpath(".//a[starts-with(@href, '#')]")
        assert len(links) == len(spans)  # every piece of evidence, none twice
        for link, (start, end) in zip(links, spans, strict=True):
            target = page.get_element_by_id(link.get("href").removeprefix("#"))
            highlighted = [e for e in page.xpath("//*[@data-evidence]") if target.get("id") in e.get("data-evidence").split()]
            assert highlighted and all("evidence" in classes(e) for e in highlighted)
            assert highlighted[0] in target.iterdescendants()  # the link lands at the start of the highlight
            shown = " ".join("".join(e.text_content() for e in highlighted).split())
            assert shown == " ".join(body[start:end].split())
            # It says what it points to: the paragraph and the evidence's first words.
            label = link.text_content()
            excerpt = label.split("“", 1)[1].rstrip("”").rstrip("…")
            assert label.startswith("¶") and excerpt and shown.startswith(excerpt)
            assert link.get("aria-label").startswith(label.split(" ", 1)[0]) and excerpt in link.get("aria-label")


def report_with_evidence(body: str, *reasons: list[tuple[int, int]]) -> Report:
    return Report.model_validate({"article": {"id": "a", "body": body}, "verdict": {"label": "questionable", "reasons": [
        {"code": f"r{n}", "severity": "minor", "message": "m", "evidence": evidence} for n, evidence in enumerate(reasons)]}})


def test_evidence_sharing_a_start_gets_one_target_each_and_a_shared_span_one_target():
    body = "First paragraph here.\n\nHe said it was over, and then he left the room."
    second = body.index("He")
    report = report_with_evidence(body, [(second, second + 2), (second, second + 18)], [(second, second + 18), (0, 5)], [(3, 3), (40, 999)])
    links = evidence_links(report)
    targets = [[link.target for link in reason] for reason in links]
    assert targets[0][1] == targets[1][0] and len({t for reason in targets for t in reason}) == 4
    assert [link.paragraph for reason in links for link in reason] == [2, 2, 2, 1, 2]
    assert [link.target for link in links[2]] == [f"ev-40-{len(body)}"]  # an empty span has no link; the end is clamped
    starts = [s for paragraph in paragraphs(report) for s in paragraph if s.targets]
    assert sorted(t for s in starts for t in s.targets) == sorted({t for reason in targets for t in reason})
    (shared,) = [s for s in starts if len(s.targets) == 2]  # two targets at one offset: both on the segment starting there
    assert shared.text == "He" and "evidence" in shared.classes
