"""The terminal report prints article text as it is (issue #13, item 6): Rich markup (``[/link]``) and
emoji codes (``:fire:``) in an article are text, not instructions, and never crash a check."""

import io

from rich.console import Console
from typer.testing import CliRunner

import newsprobe.pipeline
from newsprobe.cli import app
from newsprobe.render import render_terminal
from newsprobe.report import (
    Article, Boundary, Change, Headline, ProvenanceMatch, Quote, Report, Residue, Speaker, Spin, SpunPhrase, Stitching,
    TextSpan, TextSpans, Verdict,
)

# What Rich would read as markup or emoji, in every place article text reaches the terminal.
HOSTILE = ["[/link]", "[bold red]", "[/]", ":fire:", "[link=https://evil.example]"]
BODY = "Officials said [bold red]nothing[/] :fire: about it.\n\nRead more: [/link] [/] :fire:"


def hostile_report() -> Report:
    said = BODY.index("said")
    residue = BODY.index("Read more")
    return Report(
        article=Article(id="[/]", title="[bold red]Headline[/] :fire:", body=BODY, input="[/link].txt"),
        verdict=Verdict(label="questionable"),
        headline=Headline(text="[/link]", stance="discuss", supported=False, missing_terms=["[/link]", ":fire:"]),
        quotes=[Quote(direct=True, cue=TextSpan(text="[/]", span=(said, said + 4)),
                      content=TextSpans(text="[bold red]nothing[/] :fire:", spans=[(said + 5, residue - 2)]),
                      speaker=Speaker(text="[link=https://evil.example]Officials", span=(0, 9), kind="anonymous",
                                      resolved="[/link]"))],
        provenance=[ProvenanceMatch(span=(0, residue - 2), paragraph=1, doc_id="[/link]", title=":fire: [/]", score=0.9,
                                    verbatim=0.8, changes=[Change(kind="substituted", body_text="[/]", source_text="[bold red]")])],
        stitching=Stitching(score=0.9, boundaries=[Boundary(offset=residue, score=0.8, signals=["[/link] shift"])]),
        spin=Spin(score=0.5, phrases=[SpunPhrase(span=(said, said + 4), text="[/link]", score=0.7, likely_original=":fire:")]),
        residue=[Residue(kind="read-more", text="Read more: [/link] [/] :fire:", span=(residue, len(BODY)))],
    )


def test_article_text_with_markup_and_emoji_codes_is_printed_as_written():
    console = Console(file=io.StringIO(), width=300, highlight=False)
    render_terminal(hostile_report(), console)
    printed = console.file.getvalue()
    for text in ("Read more: [/link] [/] :fire:", "[bold red]Headline[/] :fire:", "[link=https://evil.example]Officials",
                 "“[/link]” (for “:fire:”?)", "[/link] shift", "[/] ← [bold red]"):
        assert text in printed
    assert "🔥" not in printed


def test_check_prints_a_report_whose_residue_holds_markup(tmp_path, monkeypatch):
    monkeypatch.setattr(newsprobe.pipeline, "analyze", lambda article, **_: hostile_report())
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nThe council voted on Tuesday to approve the new budget after a long debate.")
    result = CliRunner().invoke(app, ["check", str(path)], env={"COLUMNS": "300"})
    assert result.exit_code == 0, result.output
    assert "Read more: [/link] [/] :fire:" in result.stdout


def test_a_boundary_paragraph_opening_with_a_quotation_is_shown_as_it_stands():
    body = "The talks ended on Monday.\n\n“We will be back,” he said."
    opens = body.index("“")
    report = Report(article=Article(id="a", title="Talks end", body=body), verdict=Verdict(label="reliable"),
                    stitching=Stitching(score=0.8, boundaries=[Boundary(offset=opens, score=0.7, signals=["new topic"])]))
    console = Console(file=io.StringIO(), width=300, highlight=False)
    render_terminal(report, console)
    printed = console.file.getvalue()
    assert "¶2 (0.70) “We will be back,” he said. — new topic" in printed
    assert "““" not in printed
