"""Renderers: the terminal report (Rich) and JSON. HTML lives with the web server.

Everything that comes from the article (or an indexed document) is printed as a plain ``Text``:
Rich reads markup (``[/link]``) and emoji codes (``:smile:``) in strings, and article text is neither.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .text import paragraph_spans
from .report import SPEAKER_KIND_LABELS, Report

VERDICT_STYLES = {
    "reliable": "bold green",
    "questionable": "bold yellow",
    "unreliable": "bold red",
    "insufficient evidence": "bold blue",
}
SEVERITY_STYLES = {"serious": "bold red", "minor": "yellow", "note": "dim"}
KIND_STYLES = {
    "pronoun": "bold red",
    "anonymous": "bold yellow",
    "person": "green",
    "organization": "cyan",
    "author": "blue",
    "unknown": "dim",
}
CLAIM_KIND_STYLES = {"quantity": "bold cyan", "comparison": "magenta", "causal": "yellow", "prediction": "blue", "other": "dim"}
MAX_CONTENT = 90


def _clip(text: str, limit: int = MAX_CONTENT) -> Text:
    """The text on one line, cut to ``limit`` characters, as plain text (no markup, no emoji codes)."""
    text = " ".join(text.split())
    return Text(text if len(text) <= limit else text[: limit - 1] + "…")


def _line(*parts: str | Text | tuple[str, str]) -> Text:
    """One output line from plain strings, ``Text`` and (string, style) pairs: nothing in it is markup."""
    return Text.assemble(*parts)


def render_terminal(report: Report, console: Console) -> None:
    article = report.article
    verdict = report.verdict
    title = Text(article.title or "(no headline)", style="bold")
    meta = Text(f"id {article.id}" + (f" · {article.input}" if article.input else ""), style="dim")
    if article.undecodable:
        meta.append(f" · {article.undecodable} characters of the input were not valid text (shown as �)", style="yellow")

    reasons = Text()
    for reason in verdict.reasons:
        reasons.append("• ", style="bold")
        reasons.append(f"{reason.severity} ", style=SEVERITY_STYLES[reason.severity])
        reasons.append(reason.message + "\n")
    if not verdict.reasons:
        reasons.append("No rule fired.\n", style="dim")
    console.print(
        Panel(
            Group(title, meta, Text(), Text(verdict.label.upper(), style=VERDICT_STYLES[verdict.label]), reasons),
            title="newsprobe",
            title_align="left",
            border_style=VERDICT_STYLES[verdict.label].split()[-1],
        )
    )

    headline = report.headline
    if headline.stance:
        supported = "supported" if headline.supported else "NOT supported"
        console.print(_line(("Headline", "bold"), ": stance ", (headline.stance, "bold"), f" — {supported} by the body"))
        if headline.missing_terms:
            console.print(_line("  never mentioned in the body: ", ", ".join(headline.missing_terms)))

    if report.quotes:
        said = sum(q.type == "speech" for q in report.quotes)
        others = f", and {len(report.quotes) - said} thoughts, deeds and findings" if said < len(report.quotes) else ""
        table = Table(title=f"Quotes and sources ({said}{others})", title_justify="left", expand=True)
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        table.add_column("speaker", ratio=2)
        table.add_column("kind")
        table.add_column("cue")
        table.add_column("content", ratio=4)
        for number, quote in enumerate(report.quotes, start=1):
            speaker = quote.speaker
            who = speaker.resolved or speaker.text or "—"
            if speaker.resolved and speaker.text and speaker.resolved not in speaker.text:
                who = f"{speaker.text} → {speaker.resolved}"
            kind = Text(SPEAKER_KIND_LABELS[speaker.kind], style=KIND_STYLES[speaker.kind])
            content = _clip(quote.content.text)
            cue = quote.cue.text if quote.type == "speech" else f"{quote.cue.text} ({quote.type})"
            table.add_row(str(number), _clip(who, 40), kind, _clip(cue, 24), _line("“", content, "”") if quote.direct else content)
        console.print(table)
    else:
        console.print("[dim]No quotes or attributed statements found.[/]")

    if report.claims:
        table = Table(title=f"Claims worth checking ({len(report.claims)}, most check-worthy first)", title_justify="left", expand=True)
        table.add_column("#", justify="right", style="dim", no_wrap=True)
        table.add_column("score", justify="right", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("claim", ratio=4)
        table.add_column("figures", ratio=2)
        table.add_column("speaker", ratio=1)
        for number, claim in enumerate(report.claims, start=1):
            figures = Text("\n").join(_line(_clip(q.text, 30), " → ", _clip(q.normalised(), 40)) for q in claim.quantities)
            table.add_row(str(number), f"{claim.score:.2f}", Text(claim.kind, style=CLAIM_KIND_STYLES[claim.kind]),
                          _clip(claim.text, 160), figures if claim.quantities else Text("—", style="dim"),
                          _clip(claim.speaker, 30) if claim.speaker else Text("—", style="dim"))
        console.print(table)

    body = report.article.body
    paragraph_of = {start: n for n, (start, _) in enumerate(paragraph_spans(body), start=1)}
    if report.provenance:
        table = Table(title="Provenance (reference index)", title_justify="left", expand=True)
        table.add_column("¶", justify="right", style="dim", no_wrap=True)
        table.add_column("source", ratio=2)
        table.add_column("score", justify="right", no_wrap=True)
        table.add_column("verbatim", justify="right", no_wrap=True)
        table.add_column("changed words", ratio=3)
        for match in report.provenance:
            swaps = [f"{c.body_text} ← {c.source_text}" for c in match.changes if c.kind == "substituted"]
            table.add_row(str(match.paragraph), _clip(match.doc_id + (f" · {match.title}" if match.title else ""), 50),
                          f"{match.score:.2f}", f"{match.verbatim:.2f}", _clip("; ".join(swaps) or "—", 80))
        console.print(table)
    stitching = report.stitching
    if stitching.score is not None:
        console.print(_line(("Stitching", "bold"), f": {stitching.score:.2f} — how likely the body was assembled from several articles"))
        for boundary in stitching.boundaries:
            number = paragraph_of.get(boundary.offset, "?")
            opening = _clip(body[boundary.offset : boundary.offset + 60], 50)
            # The opening as it stands (a paragraph may itself open with a quotation mark).
            console.print(_line(f"  ¶{number} ({boundary.score:.2f}) ", opening, " — ", "; ".join(boundary.signals) or "topic and wording shift"))
    if report.spin.score is not None:
        console.print(_line(("Spin", "bold"), f": {report.spin.score:.2f} — how likely the wording was machine-reworded"))
        for phrase in report.spin.phrases[:12]:
            instead = f" (for “{phrase.likely_original}”?)" if phrase.likely_original else ""
            console.print(_line("  “", phrase.text, "”", instead, f" at {phrase.span[0]}–{phrase.span[1]}"))
    if report.residue:
        console.print(_line(("Residue", "bold"), " (kept out of the analysed prose):"))
        for item in report.residue:
            console.print(_line("  ", (item.kind, "dim"), " “", _clip(item.text, 90), f"” at {item.span[0]}–{item.span[1]}"))
    total = report.timings.get("total")
    if total is not None:
        console.print(f"[dim]analysed in {total:.2f}s · schema {report.schema_}[/]")
