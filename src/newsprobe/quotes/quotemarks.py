"""Quotation-mark regions in running text: curly, straight and single quotes, per paragraph.

A region is the span from an opening mark to its closing mark, marks included.
A region left open at the end of a paragraph runs to the paragraph's end and
is flagged, because news style reopens a quote that continues into the next
paragraph without closing the first.

Straight single marks ('…') are quotation marks only in an article that quotes
with nothing else (the Daily Mail's house style); elsewhere they are apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_MARKS = re.compile('["“”„«»]')
# A quotation's own comma and its closing mark ("“…,” he said"; "“…,” a move that …"): the quotation ends its
# clause there, whatever the parser hangs after it.
CLOSED_WITH_COMMA = re.compile(r"\s*,\s*[”\"’'»]")
# A quotation's closing mark, after the quotation's own punctuation if any.
QUOTATION_CLOSED = re.compile(r"\s*[,.!?]?\s*[”\"’'»]")
# The tokens of double marks that only open or only close a quotation (a straight mark does either; the wire
# style writes '' to close one).
OPENING_TOKENS = frozenset({"“", "„", "«", "``"})
CLOSING_TOKENS = frozenset({"”", "»", "''"})
# Straight single marks that open a quotation (before a capital, after a space or a line's start) and
# that close one (after a word and a full stop, comma, ! or ?, before a space or the line's end:
# "… by mistake!' he tweeted", "… anywhere else.'"; not "the U.S.' allies").
SINGLE_OPENER = re.compile(r"(?:^|\s)'[A-Z]", re.M)
SINGLE_CLOSER = re.compile(r"(?<=[a-z\d])[.,!?]'(?=\s|$)", re.M)
# An opening single mark that is an elision ('90s, '98, 'em, 'til, 'n'), not a quotation.
ELISION = re.compile(r"'(?:\d\ds?\b|em\b|til\b|tis\b|bout\b|n\b|cause\b)", re.I)
# A straight single mark that can close (not an apostrophe inside a word: "weren't"), and a sentence's end.
CAN_CLOSE = re.compile(r"(?<=\S)'(?!\w)")
SENTENCE_STOP = re.compile(r"[.!?]\s")


@dataclass
class QuoteRegion:
    start: int  # offset of the opening mark
    end: int  # offset just past the closing mark (or the paragraph end)
    closed: bool
    paragraph: int  # index of the paragraph it starts in

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def find_quote_regions(text: str, paragraphs: list[tuple[int, int]]) -> list[QuoteRegion]:
    """Every quote region of ``text``, paragraph by paragraph (``paragraphs``: the text layer's spans)."""
    # Some wires write double quotes as two apostrophes (''…'', ‘‘…’’, “…’’); read them as
    # one straight mark followed by a space, so offsets stay put.
    for pair in ("''", "``", "‘‘", "’’"):
        text = text.replace(pair, '" ')
    single = quotes_with_apostrophes(text)
    regions: list[QuoteRegion] = []
    for index, (start, end) in enumerate(paragraphs):
        regions.extend(_regions_in_paragraph(text, start, end, index, single))
    return regions


def quotes_with_apostrophes(text: str) -> bool:
    """Whether ``text`` quotes with straight single marks: no other quotation mark in it, one of them
    opening a quotation and one closing a sentence or a clause."""
    return not DOUBLE_MARKS.search(text) and SINGLE_OPENER.search(text) is not None and SINGLE_CLOSER.search(text) is not None


def _possessive(text: str, i: int, end: int) -> bool:
    """Whether the straight mark after an s at ``i`` is a plural's possessive ('The drivers' union …'):
    a mark that can close comes later in the same sentence."""
    later = CAN_CLOSE.search(text, i + 1, end)
    return later is not None and not SENTENCE_STOP.search(text, i + 1, later.start())


def _regions_in_paragraph(text: str, start: int, end: int, paragraph: int, single: bool) -> list[QuoteRegion]:
    regions = []
    open_at: int | None = None
    closer = ""
    nested = 0  # curly quotes inside an open curly quote (“… he calls “hell” than …”)
    inner_close: int | None = None  # the first closing mark an inner quote took
    for i in range(start, end):
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if ch in "“„«":
                open_at, closer = i, {"“": "”", "„": "“", "«": "»"}[ch]
            elif ch == '"' and not _is_word(before):
                open_at, closer = i, '"'
            elif ch == "‘" and not _is_word(before) and _is_word(after):
                open_at, closer = i, "’"
            elif ch == "”" and before.isspace() and _is_word(after):
                open_at, closer = i, "”"  # a closing mark typed as the opening one ("\n”Fear. I am …”")
            elif single and ch == "'" and not _is_word(before) and (_is_word(after) or after in "[(")\
                    and not ELISION.match(text, i):
                open_at, closer = i, "'"
        elif ch == "“" and closer == "”" and not nested and before in ",.!?" and (after.isspace() or i + 1 == end):
            # A closing mark typed as the opening one ("… here,“ said Jim Clyburn").
            regions.append(QuoteRegion(open_at, i + 1, True, paragraph))
            open_at, inner_close = None, None
        elif ch == text[open_at] and ch in "“«" and not _is_word(before) and _is_word(after):
            nested += 1  # an opening mark where an opening mark goes, not a stray one ("bad,“ he said")
        elif nested and ch == closer:
            nested -= 1
            inner_close = i if inner_close is None else inner_close
        elif ch == closer or (closer == "”" and ch == '"'):
            # A closing single mark is an apostrophe when a letter follows ("don’t"), and so is a straight
            # one after a space or a plural's possessive.
            if closer in "’'" and _is_word(after):
                continue
            if closer == "'" and (before.isspace() or before == "s" and _possessive(text, i, end)):
                continue
            regions.append(QuoteRegion(open_at, i + 1, True, paragraph))
            open_at, nested, inner_close = None, 0, None
        elif closer == '"' and ch == "”":
            regions.append(QuoteRegion(open_at, i + 1, True, paragraph))
            open_at, nested, inner_close = None, 0, None
    if open_at is not None and inner_close is not None:
        # The inner quote was not one ("“It was bad “ he said. “We left,” she said."): close at its
        # closing mark, as if nothing had nested, and read on from there.
        regions.append(QuoteRegion(open_at, inner_close + 1, True, paragraph))
        return regions + _regions_in_paragraph(text, inner_close + 1, end, paragraph, single)
    if open_at is not None and closer != "’":
        regions.append(QuoteRegion(open_at, end, False, paragraph))
    return regions


def runs_on(region: QuoteRegion, text: str) -> bool:
    """Whether ``region`` is a quotation left open to run on into the next paragraph: open, with no
    closing mark in it that the pairing missed."""
    return not region.closed and not any(ch in text[region.start + 1 : region.end] for ch in "”»")


def closed_quotes(regions: list[QuoteRegion]) -> list[tuple[int, int]]:
    """The regions whose quote closes, as character spans."""
    return [(r.start, r.end) for r in regions if r.closed]


def quoted_spans(regions: list[QuoteRegion], text: str) -> list[tuple[int, int]]:
    """The speaker's own words, as character spans: quotations that close and those left open to run on
    ("…," Jiles said. "But the kids did understand that …). A cue inside one is no new attribution."""
    return [(r.start, r.end) for r in regions if r.closed or runs_on(r, text)]
