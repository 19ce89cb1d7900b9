"""The article body cut into paragraphs of marked segments, for the HTML report."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ..report import SPEAKER_KIND_LABELS, Report
from ..text import paragraph_spans, strip_span

# Words of an evidence span quoted in the link to it.
EXCERPT_WORDS = 6


@dataclass
class Segment:
    text: str
    classes: list[str] = field(default_factory=list)
    quote: int | None = None  # index into report.quotes of the quote whose content this is
    speaker: str | None = None  # tooltip text for quote content
    source: int | None = None  # index of the provenance source shading this segment
    evidence: list[str] = field(default_factory=list)  # targets of the evidence spans covering this segment
    targets: list[str] = field(default_factory=list)  # targets of the evidence spans and claims starting here (link anchors)
    claim: int | None = None  # rank (from 1) of the claim this is part of: the ranked list links to its start


@dataclass
class EvidenceLink:
    target: str  # id of the element the link lands on, at the start of the highlighted evidence
    paragraph: int
    excerpt: str  # the evidence's first words: what the link points to


def evidence_target(start: int, end: int) -> str:
    """One id per span, so that reasons citing the same span share a target and spans sharing a start do not collide."""
    return f"ev-{start}-{end}"


def evidence_spans(report: Report) -> list[list[tuple[int, int]]]:
    """Each reason's evidence inside the body, trimmed of white space, without empty spans (nothing
    to show) or repeats: every span starts on a character some paragraph shows."""
    body = report.article.body
    clamp = lambda offset: max(0, min(offset, len(body)))  # noqa: E731
    spans = []
    for reason in report.verdict.reasons:
        trimmed = (strip_span(body, clamp(start), clamp(end)) for start, end in reason.evidence)
        spans.append(list(dict.fromkeys(span for span in trimmed if span)))
    return spans


def evidence_links(report: Report) -> list[list[EvidenceLink]]:
    """The links of each verdict reason to its evidence: where it is and how it begins."""
    body = report.article.body
    starts = [start for start, _ in paragraph_spans(body)]
    links = []
    for spans in evidence_spans(report):
        reason = []
        for start, end in spans:
            words = body[start:end].split()
            excerpt = " ".join(words[:EXCERPT_WORDS]) + ("…" if len(words) > EXCERPT_WORDS else "")
            reason.append(EvidenceLink(evidence_target(start, end), max(bisect_right(starts, start), 1), excerpt))
        links.append(reason)
    return links


def claim_target(rank: int) -> str:
    """Where the ranked list's link to the claim of that rank (from 1) lands."""
    return f"claim-{rank}"


def speaker_label(quote) -> str:
    speaker = quote.speaker
    who = speaker.resolved or speaker.text or "nobody named"
    if speaker.text and speaker.resolved and speaker.resolved not in speaker.text:
        who = f"{speaker.resolved} (written “{speaker.text}”)"
    return f"{who} — {SPEAKER_KIND_LABELS[speaker.kind]}"


def source_colours(report: Report) -> dict[str, int]:
    """A colour number per source document, in order of first appearance."""
    return {doc_id: i for i, doc_id in enumerate(dict.fromkeys(m.doc_id for m in report.provenance))}


def paragraphs(report: Report) -> list[list[Segment]]:
    """Every paragraph of the body (as ``paragraph_spans`` cuts it, so that ¶ numbers match) as
    segments carrying the marks that cover them."""
    body = report.article.body
    # (start, end, mark) where mark is (kind, value)
    spans: list[tuple[int, int, tuple[str, object]]] = []
    for index, quote in enumerate(report.quotes):
        if quote.nested or quote.type != "speech":
            continue  # thoughts, deeds and findings are listed, not highlighted as quotes
        for start, end in quote.content.spans:
            spans.append((start, end, ("quote", index)))
        if quote.speaker.span:
            spans.append((*quote.speaker.span, ("class", "speaker")))
        spans.append((*quote.cue.span, ("class", "cue")))
    for item in report.residue:
        spans.append((*item.span, ("class", "residue")))
    for phrase in report.spin.phrases:
        spans.append((*phrase.span, ("class", "spun")))
    for rank, claim in enumerate(report.claims, start=1):
        spans.append((*claim.span, ("claim", rank)))
    sources = source_colours(report)
    for match in report.provenance:
        spans.append((*match.span, ("source", sources[match.doc_id])))
    for start, end in dict.fromkeys(span for reason in evidence_spans(report) for span in reason):
        spans.append((start, end, ("evidence", evidence_target(start, end))))

    result: list[list[Segment]] = []
    for start, end in paragraph_spans(body):
        segments = _segments(body, start, end, spans)
        for segment in segments:
            if segment.quote is not None:
                segment.speaker = speaker_label(report.quotes[segment.quote])
        result.append(segments)
    return result


def _segments(body: str, start: int, end: int, spans) -> list[Segment]:
    inside = [s for s in spans if s[0] < end and s[1] > start]
    cuts = sorted({start, end} | {min(max(s, start), end) for s, _, _ in inside} | {min(max(e, start), end) for _, e, _ in inside})
    segments: list[Segment] = []
    for left, right in zip(cuts, cuts[1:]):
        segment = Segment(text=body[left:right])
        for s, e, (kind, value) in inside:
            if s <= left and right <= e:
                if kind == "quote" and segment.quote is None:
                    segment.quote = value
                elif kind == "class":
                    segment.classes.append(value)
                elif kind == "source":
                    segment.source = value
                elif kind == "claim" and segment.claim is None:
                    segment.claim = value
                    segment.classes.append("claim")
                    if s == left:
                        segment.targets.append(claim_target(value))
                elif kind == "evidence":
                    segment.evidence.append(value)
                    if s == left:
                        segment.targets.append(value)
        if segment.evidence:
            segment.classes.append("evidence")
        segments.append(segment)
    return segments
