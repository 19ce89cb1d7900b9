"""The article body cut into paragraphs of marked segments, for the HTML report."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..report import Report

KIND_LABELS = {
    "person": "named person",
    "organization": "organisation",
    "anonymous": "anonymous source",
    "pronoun": "orphan: a pronoun with nobody named",
    "unknown": "unknown speaker",
}


@dataclass
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    quote: int | None = None  # index into report.quotes of the quote whose content this is
    speaker: str | None = None  # tooltip text for quote content
    source: int | None = None  # index of the provenance source shading this segment
    anchor: str | None = None  # id for links from verdict evidence


def speaker_label(quote) -> str:
    speaker = quote.speaker
    who = speaker.resolved or speaker.text or "nobody named"
    if speaker.text and speaker.resolved and speaker.resolved not in speaker.text:
        who = f"{speaker.resolved} (written “{speaker.text}”)"
    return f"{who} — {KIND_LABELS[speaker.kind]}"


def source_colours(report: Report) -> dict[str, int]:
    """A colour number per source document, in order of first appearance."""
    return {doc_id: i for i, doc_id in enumerate(dict.fromkeys(m.doc_id for m in report.provenance))}


def paragraphs(report: Report) -> list[list[Segment]]:
    """Every paragraph of the body as segments carrying the marks that cover them."""
    body = report.article.body
    # (start, end, mark) where mark is (kind, value)
    spans: list[tuple[int, int, tuple[str, object]]] = []
    for index, quote in enumerate(report.quotes):
        if quote.nested:
            continue
        for start, end in quote.content.spans:
            spans.append((start, end, ("quote", index)))
        if quote.speaker.span:
            spans.append((*quote.speaker.span, ("class", "speaker")))
        spans.append((*quote.cue.span, ("class", "cue")))
    for item in report.residue:
        spans.append((*item.span, ("class", "residue")))
    for phrase in report.spin.phrases:
        spans.append((*phrase.span, ("class", "spun")))
    sources = source_colours(report)
    for match in report.provenance:
        spans.append((*match.span, ("source", sources[match.doc_id])))
    for number, reason in enumerate(report.verdict.reasons):
        for k, (start, end) in enumerate(reason.evidence):
            spans.append((start, start, ("anchor", f"ev-{number}-{k}")))

    result: list[list[Segment]] = []
    start = 0
    for chunk in body.split("\n\n"):
        end = start + len(chunk)
        segments = _segments(body, start, end, spans)
        for segment in segments:
            if segment.quote is not None:
                segment.speaker = speaker_label(report.quotes[segment.quote])
        result.append(segments)
        start = end + 2
    return result


def _segments(body: str, start: int, end: int, spans) -> list[Segment]:
    inside = [s for s in spans if s[0] < end and s[1] > start or (s[0] == s[1] and start <= s[0] < end)]
    cuts = sorted({start, end} | {min(max(s, start), end) for s, _, _ in inside} | {min(max(e, start), end) for _, e, _ in inside})
    segments: list[Segment] = []
    anchors = {s: mark[1] for s, e, mark in inside if mark[0] == "anchor"}
    for left, right in zip(cuts, cuts[1:]):
        segment = Segment(text=body[left:right], anchor=anchors.pop(left, None))
        for s, e, (kind, value) in inside:
            if s <= left and right <= e and s < e:
                if kind == "quote" and segment.quote is None:
                    segment.quote = value
                elif kind == "class":
                    segment.classes.append(value)
                elif kind == "source":
                    segment.source = value
        segments.append(segment)
    return segments
