"""Quotation marks: quote regions become direct quotes of the right cue.

A reported clause mostly in quote marks is a direct quote of exactly those marks; other
regions go to the nearest speech cue of their sentences, are introduced by a colon, or
continue the quote of the paragraph before ("…," Smith said. ⏎ "There is no doubt …").
"""

from __future__ import annotations

from ..text import ArticleText
from .cues import SPEECH
from .quotemarks import QuoteRegion
from .rules import EDGE_CHARS, Attribution, cover, cue_tokens, overlap, subject_of, token_ranges, trim

# A quote region of fewer words is a scare quote or a title ("an “impartial”
# player"), not a quotation.
MIN_QUOTE_WORDS = 3
# A reported clause becomes a direct quote when quote marks cover at least
# this share of its characters; below that it is a paraphrase with a quoted
# fragment. Chosen on PolNeAR train; dev confirms it (docs/benchmarks.md).
DIRECT_COVERAGE = 0.6


def attach_quotes(text: ArticleText, regions: list[QuoteRegion], found: list[Attribution]) -> None:
    """Turn quotation-mark regions into direct quotes of the right cue (edits ``found`` in place)."""
    prose = text.prose
    regions = [r for r in regions if len(prose[r.start : r.end].split()) >= MIN_QUOTE_WORDS]
    claimed: set[int] = set()
    # 1. A reported clause that is mostly in quote marks is a direct quote of exactly those marks.
    for attribution in found:
        inside = [i for i, r in enumerate(regions) if any(overlap(c, (r.start, r.end)) for c in attribution.content)]
        if not inside:
            continue
        covered = sum(overlap(c, regions[i].inner) for c in attribution.content for i in inside)
        total = sum(e - s for s, e in attribution.content)
        if total and covered / total >= DIRECT_COVERAGE:
            quoted = [s for s in (trim(prose, *regions[i].inner) for i in inside) if s]
            # The clause's unquoted lead-in and tail stay ("he “has offended …”"), as annotators mark them.
            quoted[0] = (min(quoted[0][0], attribution.content[0][0]), quoted[0][1])
            quoted[-1] = (quoted[-1][0], max(quoted[-1][1], attribution.content[-1][1]))
            attribution.content = quoted
            attribution.direct = True
            claimed.update(inside)
    # 2. Other regions go to the nearest speech cue in their sentences, outside any quote, or
    #    continue the quote before them in the same or the previous paragraph.
    previous: Attribution | None = None
    for i, region in enumerate(regions):
        owner = next((a for a in found if i in claimed and a.direct and any(overlap(c, region.inner) for c in a.content)), None)
        if owner is None:
            owner = _cue_for_region(text, region, regions, found)
            if owner is None and previous is not None and _continues(text, previous, region):
                owner = previous
            inner = trim(prose, *region.inner)
            if owner is not None and inner and not any(overlap(c, inner) for c in owner.content):
                owner.content = sorted(owner.content + [inner])
                owner.direct = True
        previous = owner if owner is not None and owner.direct else None


def _continues(text: ArticleText, previous: Attribution, region: QuoteRegion) -> bool:
    """Same paragraph as the previous quote, or opening the next paragraph right after it."""
    end = max(previous.content, key=lambda s: s[1])[1]
    paragraphs_apart = text.paragraph_of(region.start) - text.paragraph_of(end - 1)
    if paragraphs_apart == 0:
        return True
    return paragraphs_apart == 1 and not text.prose[end : region.start].strip(EDGE_CHARS)


def _cue_for_region(text: ArticleText, region: QuoteRegion, regions: list[QuoteRegion], found: list[Attribution]):
    doc, prose = text.doc, text.prose
    paragraph = text.paragraph_of(region.start)
    span = doc.char_span(region.start, region.end, alignment_mode="expand")
    if span is None:
        return None
    sentences = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    after = span[-1].i + 1
    if after < len(doc) and doc[after].sent.start not in sentences and text.paragraph_of(doc[after].idx) == paragraph:
        sentences[doc[after].sent.start] = doc[after].sent  # “….” he said.  split after the closing mark
    before = span[0].i - 1
    if before >= 0 and prose[doc[before].idx : region.start].rstrip().endswith(":"):
        sentences[doc[before].sent.start] = doc[before].sent  # X said:  “…”
    candidates = []
    for sent in sentences.values():
        for tok in sent:
            if tok.lemma_.lower() not in SPEECH or tok.pos_ not in ("VERB", "AUX"):
                continue
            if any(r.start <= tok.idx < r.end for r in regions):
                continue
            if text.paragraph_of(tok.idx) != paragraph:
                continue
            distance = region.start - tok.idx if tok.idx < region.start else tok.idx - region.end
            candidates.append((distance, tok))
    for _, tok in sorted(candidates, key=lambda c: c[0]):
        existing = next((a for a in found if a.cue_token == tok), None)
        if existing is not None:
            if existing.speaker is None:
                continue  # "could not be confirmed": nobody to credit the quote to
            return existing
        subject = subject_of(tok)
        if subject is not None:
            attribution = Attribution(
                cue=cover(token_ranges(cue_tokens(tok), prose)),
                cue_token=tok,
                speaker_token=subject,
                speaker=cover(token_ranges(list(subject.subtree), prose)),
                via="quote",
            )
            found.append(attribution)
            return attribution
    return None
