"""Renderers: the terminal report (Rich) and JSON. HTML lives with the web server."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .report import Report

VERDICT_STYLES = {
    "reliable": "bold green",
    "questionable": "bold yellow",
    "unreliable": "bold red",
    "insufficient evidence": "bold blue",
}
KIND_STYLES = {
    "pronoun": "bold red",
    "anonymous": "bold yellow",
    "person": "green",
    "organization": "cyan",
    "unknown": "dim",
}
KIND_LABELS = {"pronoun": "orphan (pronoun)", "anonymous": "anonymous"}
MAX_CONTENT = 90


def _clip(text: str, limit: int = MAX_CONTENT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_terminal(report: Report, console: Console) -> None:
    article = report.article
    verdict = report.verdict
    title = Text(article.title or "(no headline)", style="bold")
    meta = Text(f"id {article.id}" + (f" · {article.input}" if article.input else ""), style="dim")

    reasons = Text()
    for reason in verdict.reasons:
        reasons.append("• ", style="bold")
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
        console.print(f"[bold]Headline[/]: stance [bold]{headline.stance}[/] — {supported} by the body")
        if headline.missing_terms:
            console.print(f"  never mentioned in the body: {', '.join(headline.missing_terms)}")

    if report.quotes:
        table = Table(title=f"Quotes and sources ({len(report.quotes)})", title_justify="left", expand=True)
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
            kind = Text(KIND_LABELS.get(speaker.kind, speaker.kind), style=KIND_STYLES[speaker.kind])
            content = _clip(quote.content.text)
            table.add_row(str(number), _clip(who, 40), kind, _clip(quote.cue.text, 24), f"“{content}”" if quote.direct else content)
        console.print(table)
    else:
        console.print("[dim]No quotes or attributed statements found.[/]")

    if report.stitching.score is not None:
        console.print(f"[bold]Stitching[/]: {report.stitching.score:.2f} ({len(report.stitching.boundaries)} boundaries)")
    if report.spin.score is not None:
        console.print(f"[bold]Spin[/]: {report.spin.score:.2f} ({len(report.spin.phrases)} suspicious phrases)")
    if report.residue:
        console.print("[bold]Residue[/] (kept out of the analysed prose):")
        for item in report.residue:
            console.print(f"  [dim]{item.kind}[/] {_clip(item.text, 90)!r} at {item.span[0]}–{item.span[1]}")
    total = report.timings.get("total")
    if total is not None:
        console.print(f"[dim]analysed in {total:.2f}s · schema {report.schema_}[/]")
