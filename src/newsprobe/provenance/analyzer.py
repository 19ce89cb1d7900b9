"""Provenance: which indexed documents each paragraph was copied from, and what was changed.

Runs only with a reference index (``analyze(article, index=…)``, ``check --index``).
"""

from __future__ import annotations

from ..analysis import Analyzer, Context, Findings
from ..index import Source
from ..index.shingles import tokens_with_offsets
from ..report import Change, ProvenanceMatch, Reason

# Paragraphs shorter than this many words (datelines, bylines) are not traced.
MIN_WORDS = 5
# Substituted words in copied passages above which the copy is called reworded (a wire
# reprint edits a word or two; the spun articles of benchmarks/provenance_quality.py change
# one word in ten or more).
REWORDED_SHARE = 0.05


def analyze_provenance(ctx: Context) -> Findings:
    body = ctx.article.body
    # The whole body, residue included: captions and credits are copied along with the text.
    spans = ctx.text.paragraphs
    words_in = {n: len(body[s:e].split()) for n, (s, e) in enumerate(spans, start=1)}
    numbered = [(n, span) for n, span in enumerate(spans, start=1) if words_in[n] >= MIN_WORDS]
    found = ctx.index.find_sources(body, [span for _, span in numbered])
    matches: list[ProvenanceMatch] = []
    source_offsets: dict[str, list[tuple[int, int]]] = {}  # word offsets of each source's text, found once
    for (number, span), sources in zip(numbered, found, strict=True):
        _, offsets = tokens_with_offsets(body, *span)
        for source in sources:
            if source.doc.id not in source_offsets:
                source_offsets[source.doc.id] = tokens_with_offsets(source.doc.text)[1]
            matches.append(_match(body, number, span, offsets, source, source_offsets[source.doc.id]))
    return Findings(matches, _reasons(matches, {n: words_in[n] for n, _ in numbered}) if matches else [])


def _match(body: str, number: int, span: tuple[int, int], offsets: list[tuple[int, int]], source: Source,
           doc_offsets: list[tuple[int, int]]) -> ProvenanceMatch:
    changes = []
    for change in source.alignment.changes:
        body_span = (offsets[change.body[0]][0], offsets[change.body[1] - 1][1]) if change.body else None
        source_text = (
            source.doc.text[doc_offsets[change.source[0]][0] : doc_offsets[change.source[1] - 1][1]] if change.source else None
        )
        changes.append(
            Change(kind=change.kind, body_text=body[body_span[0] : body_span[1]] if body_span else None, source_text=source_text, span=body_span)
        )
    return ProvenanceMatch(
        span=span, paragraph=number, doc_id=source.doc.id, title=source.doc.title, url=source.doc.url,
        score=round(source.alignment.score, 3), verbatim=round(source.alignment.copied, 3), changes=changes,
    )


def _reasons(matches: list[ProvenanceMatch], words_in: dict[int, int]) -> list[Reason]:
    """Stitched from several documents (serious), copied from one (minor), reworded copies (serious)."""
    reasons = []
    sources_of: dict[int, set[str]] = {}
    for m in matches:
        sources_of.setdefault(m.paragraph, set()).add(m.doc_id)
    cover = _fewest_documents(sources_of)
    paragraphs = sorted(sources_of)
    evidence = list(dict.fromkeys(m.span for m in matches if m.doc_id in cover))
    if len(cover) >= 2:
        parts = "; ".join(f"{doc} (¶{_ranges(ps)})" for doc, ps in cover.items())
        reasons.append(Reason(
            code="stitched-from-sources", severity="serious",
            message=f"Provenance: paragraphs {_ranges(paragraphs)} come from {len(cover)} different indexed articles: {parts}",
            evidence=evidence,
        ))
    else:
        doc = next(iter(cover))
        reasons.append(Reason(
            code="copied-from-source", severity="minor",
            message=f"Provenance: paragraphs {_ranges(paragraphs)} of {len(words_in)} are copied from indexed article {doc}",
            evidence=evidence,
        ))
    best: dict[int, ProvenanceMatch] = {}
    for m in matches:
        if m.paragraph not in best or m.score > best[m.paragraph].score:
            best[m.paragraph] = m
    substituted = [c for m in best.values() for c in m.changes if c.kind == "substituted"]
    copied_words = sum(words_in[m.paragraph] for m in best.values())
    if len(substituted) >= 3 and sum(len(c.body_text.split()) for c in substituted) >= REWORDED_SHARE * copied_words:
        examples = ", ".join(f"“{c.body_text}” for “{c.source_text}”" for c in substituted[:3])
        reasons.append(Reason(
            code="reworded-copy", severity="serious",
            message=f"Provenance: {len(substituted)} words or phrases of the copied paragraphs were swapped for others ({examples}, …)",
            evidence=[c.span for c in substituted],
        ))
    return reasons


def _fewest_documents(sources_of: dict[int, set[str]]) -> dict[str, list[int]]:
    """Greedy set cover: the fewest documents that account for every traced paragraph (reprints merge)."""
    left = set(sources_of)
    cover: dict[str, list[int]] = {}
    while left:
        counts: dict[str, list[int]] = {}
        for paragraph in sorted(left):
            for doc in sources_of[paragraph]:
                counts.setdefault(doc, []).append(paragraph)
        doc = min(counts, key=lambda d: (-len(counts[d]), d))
        cover[doc] = counts[doc]
        left -= set(counts[doc])
    return dict(sorted(cover.items(), key=lambda item: item[1][0]))


def _ranges(numbers: list[int]) -> str:
    """[2, 3, 4, 6] → '2–4, 6'."""
    parts, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            parts.append(f"{start}–{n}" if n > start else str(n))
            start = None
    return ", ".join(parts)


ANALYZER = Analyzer("provenance", analyze_provenance, needs_index=True)
