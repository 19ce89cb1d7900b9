"""Attributions only the accurate mode's tagger reads: a cue outside every attribution the rules and
the filter kept ("has no illusions about", "is raising questions about", "chalks up the
contradictions to"), with the source and the content the tagger reads beside it.

The tagger's runs (tagger.Reading.runs) are snapped to whole words. A run counts as a cue where its
probability reaches the blend's ``propose`` (chosen on PolNeAR dev), outside every span of the
attributions kept (a candidate the filter dropped may come back this way) and every quotation the
rules skip too (quotemarks.quoted_spans); the source is the source run nearest the cue in its
sentence, the content the content run nearest it in its paragraph (the first after it unless one
before is closer). Without both there is no attribution: a quote credited to nobody is what the
orphan-quote flag is for, and the tagger alone is not evidence enough for it.
"""

from __future__ import annotations

from ..text import ArticleText
from .quotemarks import QuoteRegion, quoted_spans
from .rules import Attribution, Span, overlap, trim

SPAN_THRESHOLD = 0.5  # a source or content run: the tagger's own decision threshold, not tuned


def tagged_attributions(text: ArticleText, reading, found: list[Attribution], regions: list[QuoteRegion]) -> list[Attribution]:
    """The tagger's attributions where ``found`` (the rules' attributions) and quotations leave room."""
    if reading.blend.propose is None:
        return []
    doc, prose = text.doc, text.prose
    taken = [a.cue for a in found] + [a.speaker for a in found if a.speaker] + [c for a in found for c in a.content] + quoted_spans(regions, prose)
    added = []
    for run in reading.runs("cue_inside", reading.blend.propose):
        cue = _words(doc, prose, run)
        if cue is None or any(overlap(cue[0], t) for t in taken):
            continue
        span, token = cue
        sentence = token.sent
        paragraph = text.paragraphs[text.paragraph_of(span[0])]
        blocked = [span, *taken]
        sources = [r for r in reading.runs("source_inside", SPAN_THRESHOLD, sentence.start_char, sentence.end_char)
                   if not any(overlap(r, t) for t in blocked)]
        contents = [r for r in reading.runs("content_inside", SPAN_THRESHOLD, *paragraph) if not any(overlap(r, t) for t in blocked)]
        source = _words(doc, prose, min(sources, key=lambda r: _distance(r, span))) if sources else None
        content = _nearest_content(contents, span)
        content = _words(doc, prose, content) if content else None
        if source is None or content is None or overlap(source[0], content[0]):
            continue
        added.append(Attribution(
            cue=span, cue_token=token, speaker_token=source[1], speaker=source[0], content=[content[0]], via="tagger",
        ))
        taken += [span, source[0], content[0]]
    return added


def _words(doc, prose: str, run: Span):
    """The run widened to whole words and trimmed: (its span, its head word), or None."""
    words = doc.char_span(run[0], run[1], alignment_mode="expand")
    if words is None or not len(words):
        return None
    span = trim(prose, words.start_char, words.end_char)
    return (span, words.root) if span else None


def _distance(run: Span, cue: Span) -> int:
    return run[0] - cue[1] if run[0] >= cue[1] else cue[0] - run[1]


def _nearest_content(runs: list[Span], cue: Span) -> Span | None:
    after = [r for r in runs if r[0] >= cue[1]]
    before = [r for r in runs if r[1] <= cue[0]]
    if after and (not before or _distance(after[0], cue) <= _distance(before[-1], cue)):
        return after[0]
    return before[-1] if before else None
