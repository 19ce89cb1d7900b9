"""Claims in the report (issue #14): the example's figures among its top claims, numbers stated two ways as a
verdict note, the claims in the terminal report and on the report page, and the published schema."""

import io
import json

from lxml import html
from rich.console import Console

import newsprobe
from newsprobe.claims.analyzer import MAX_CLAIMS
from newsprobe.claims.model import default_model
from newsprobe.render import render_terminal
from newsprobe.report import Article, Claim, Quantity, Report, Verdict
from newsprobe.verdict import decide

from ..conftest import ROOT

FIGURES = {("4.1 billion dollars", 4.1e9, "USD"), ("£3.6bn", 3.6e9, "GBP"), ("2,400", 2400.0, None), ("3,000", 3000.0, None)}


def test_the_example_lists_its_figures_among_its_top_claims(example_report):
    claims = example_report.claims
    top = claims[:4]
    assert {(q.text, q.value, q.unit) for claim in top for q in claim.quantities} >= FIGURES
    normalised = {q.normalised() for claim in top for q in claim.quantities}
    assert {"4.1e9 USD", "3.6e9 GBP", "2,400 Russians"} <= normalised
    # The two sentences with the figures are the two most check-worthy, both quantity claims.
    assert [c.kind for c in claims[:2]] == ["quantity", "quantity"]
    assert "4.1 billion dollars" in claims[0].text and "2,400 Russians" in claims[1].text


def test_claims_are_ranked_thresholded_and_point_into_the_body(example_report):
    body, claims = example_report.article.body, example_report.claims
    assert 0 < len(claims) <= MAX_CLAIMS
    assert [c.score for c in claims] == sorted((c.score for c in claims), reverse=True)
    assert all(default_model().threshold <= c.score <= 1 for c in claims)
    for claim in claims:
        assert body[slice(*claim.span)] == claim.text
        for q in claim.quantities:
            assert body[slice(*q.span)] == q.text and claim.span[0] <= q.span[0] < q.span[1] <= claim.span[1]


def test_a_claim_in_a_quote_names_the_quote_and_its_speaker(example_report):
    quoted = [c for c in example_report.claims if c.quote is not None]
    assert quoted
    for claim in quoted:
        quote = example_report.quotes[claim.quote]
        assert claim.speaker == (quote.speaker.resolved or quote.speaker.text)
        inside = sum(max(0, min(claim.span[1], e) - max(claim.span[0], s)) for s, e in quote.content.spans)
        assert 2 * inside >= claim.span[1] - claim.span[0]
    assert all(c.speaker is None for c in example_report.claims if c.quote is None)


STATED_TWICE = """Fire destroys homes in hill village

A fire in the hill village of Ardmore destroyed 120 houses overnight, and firefighters worked until dawn to stop it.

Residents gathered in the school hall on the edge of the village, where volunteers handed out blankets, tea and food to the families who had lost everything.

The fire in Ardmore destroyed 150 houses overnight before firefighters brought it under control at dawn.

Officials have not said what started the blaze, and an investigation is expected to begin next week.
"""


def test_numbers_stated_two_ways_are_a_minor_reason_with_both_figures_as_evidence():
    report = newsprobe.analyze(STATED_TWICE)
    (reason,) = [r for r in report.verdict.reasons if r.code == "inconsistent-figures"]
    assert reason.severity == "minor"
    body = report.article.body
    assert sorted(body[s:e] for s, e in reason.evidence) == ["120", "150"]
    assert "“120” (paragraph 1)" in reason.message and "“150” (paragraph 3)" in reason.message and "houses" in reason.message
    # Alone, a minor reason leaves the article reliable; with another minor one it is questionable.
    assert decide([reason], body_words=80, quotes=1).label == "reliable"
    assert decide([reason, reason.model_copy(update={"code": "no-named-sources"})], body_words=80, quotes=1).label == "questionable"


def test_the_same_figure_stated_twice_is_no_reason(example_report):
    consistent = STATED_TWICE.replace("150 houses", "120 houses")
    assert not [r for r in newsprobe.analyze(consistent).verdict.reasons if r.code == "inconsistent-figures"]
    assert not [r for r in example_report.verdict.reasons if r.code == "inconsistent-figures"]


HOSTILE = "<script>alert(1)</script> [bold red]spent[/] :fire: $5bn on roads."


def report_with_a_hostile_claim() -> Report:
    body = "Intro paragraph here.\n\n" + HOSTILE
    start = body.index("<script>")
    money = body.index("$5bn")
    return Report(
        article=Article(id="a", body=body, title="T"),
        verdict=Verdict(label="reliable"),
        claims=[Claim(span=(start, len(body)), text=body[start:], score=0.91, kind="quantity", speaker="<b>Mayor</b> [/]",
                      quantities=[Quantity(text="$5bn", span=(money, money + 4), value=5e9, unit="USD", counted="<i>roads</i>")])],
    )


def test_the_terminal_report_lists_claims_as_written():
    console = Console(file=io.StringIO(), width=300, highlight=False)
    render_terminal(report_with_a_hostile_claim(), console)
    printed = console.file.getvalue()
    assert "Claims worth checking (1" in printed
    assert HOSTILE in printed and "$5bn → 5e9 USD <i>roads</i>" in printed and "<b>Mayor</b> [/]" in printed
    assert "🔥" not in printed


def test_the_terminal_report_of_the_example_shows_normalised_figures(example_report):
    console = Console(file=io.StringIO(), width=300, highlight=False)
    render_terminal(example_report, console)
    printed = console.file.getvalue()
    assert "4.1 billion dollars → 4.1e9 USD" in printed and "£3.6bn → 3.6e9 GBP" in printed


def render_page(report: Report) -> html.HtmlElement:
    from fastapi.templating import Jinja2Templates

    from newsprobe.server.app import HERE, _report_html

    return html.fromstring(_report_html(Jinja2Templates(directory=HERE / "templates"), "r1", report.to_json()))


def test_the_page_highlights_claims_and_lists_them_escaped():
    page = render_page(report_with_a_hostile_claim())
    assert not page.xpath("//script[contains(., 'alert')]") and not page.xpath("//b | //i")
    (item,) = page.xpath("//ol[@class='claims']/li")
    link = item.xpath(".//a")[0]
    assert link.text_content() == HOSTILE and link.get("href") == "#claim-1"
    assert "5e9 USD <i>roads</i>" in item.text_content() and "<b>Mayor</b> [/]" in item.text_content()
    target = page.get_element_by_id("claim-1")
    marked = page.xpath("//*[@data-claim='1']")
    assert marked and all("claim" in (e.get("class") or "").split() for e in marked)
    assert marked[0] in target.iterdescendants()
    assert "".join(e.text_content() for e in marked) == HOSTILE


def test_the_example_page_marks_every_claim(example_report):
    page = render_page(example_report)
    ids = page.xpath("//@id")
    assert len(ids) == len(set(ids))
    body = example_report.article.body
    for rank, claim in enumerate(example_report.claims, start=1):
        marked = page.xpath(f"//*[@data-claim='{rank}']")
        assert " ".join("".join(e.text_content() for e in marked).split()) == " ".join(body[slice(*claim.span)].split())
    assert "4.1e9 USD" in page.get_element_by_id("claims").text_content()


def published_validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(json.loads((ROOT / "docs" / "report-schema.json").read_text()))


def test_a_report_with_claims_validates_against_the_published_schema(example_report):
    validator = published_validator()
    data = example_report.to_dict()
    assert data["claims"] and list(validator.iter_errors(data)) == []
    claim = data["claims"][0]
    assert set(claim) == {"span", "text", "score", "kind", "quote", "speaker", "quantities"}
    assert set(claim["quantities"][0]) == {"text", "span", "value", "high", "unit", "counted", "qualifier"}
    broken = [
        {**claim, "kind": "opinion"},
        {**claim, "score": "high"},
        {**claim, "quantities": [{**claim["quantities"][0], "value": "4.1bn"}]},
        {k: v for k, v in claim.items() if k != "score"},
    ]
    for bad in broken:
        assert list(validator.iter_errors({**data, "claims": [bad]})), bad


def test_warm_up_loads_the_claims_model(monkeypatch):
    from newsprobe.claims import analyzer, model
    from newsprobe.pipeline import analyzers, warm_up

    assert analyzer.ANALYZER in analyzers() and analyzer.ANALYZER.reads == ("quotes",)
    calls = []
    monkeypatch.setattr(model, "CheckworthinessModel", type("Counting", (), {"load": classmethod(lambda cls: calls.append(1))}))
    model.default_model.reset()
    try:
        warm_up()
        assert calls == [1]
    finally:
        model.default_model.reset()
