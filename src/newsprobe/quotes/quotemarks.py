"""Quotation-mark regions in running text: curly, straight and single quotes, per paragraph.

A region is the span from an opening mark to its closing mark, marks included.
A region left open at the end of a paragraph runs to the paragraph's end and
is flagged, because news style reopens a quote that continues into the next
paragraph without closing the first.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    # Some wires write double quotes as two apostrophes (''…''); read them as
    # one straight mark followed by a space, so offsets stay put.
    text = text.replace("''", '" ').replace("``", '" ')
    regions: list[QuoteRegion] = []
    for index, (start, end) in enumerate(paragraphs):
        regions.extend(_regions_in_paragraph(text, start, end, index))
    return regions


def _regions_in_paragraph(text: str, start: int, end: int, paragraph: int) -> list[QuoteRegion]:
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
        elif ch == text[open_at] and ch in "“«" and not _is_word(before) and _is_word(after):
            nested += 1  # an opening mark where an opening mark goes, not a stray one ("bad,“ he said")
        elif nested and ch == closer:
            nested -= 1
            inner_close = i if inner_close is None else inner_close
        elif ch == closer or (closer == "”" and ch == '"'):
            # A closing single mark is an apostrophe when a letter follows ("don’t").
            if closer == "’" and _is_word(after):
                continue
            regions.append(QuoteRegion(open_at, i + 1, True, paragraph))
            open_at, nested, inner_close = None, 0, None
        elif closer == '"' and ch == "”":
            regions.append(QuoteRegion(open_at, i + 1, True, paragraph))
            open_at, nested, inner_close = None, 0, None
    if open_at is not None and inner_close is not None:
        # The inner quote was not one ("“It was bad,“ he said. “We left,” she said."): close at its
        # closing mark, as if nothing had nested, and read on from there.
        regions.append(QuoteRegion(open_at, inner_close + 1, True, paragraph))
        return regions + _regions_in_paragraph(text, inner_close + 1, end, paragraph)
    if open_at is not None and closer != "’":
        regions.append(QuoteRegion(open_at, end, False, paragraph))
    return regions


def closed_quotes(regions: list[QuoteRegion]) -> list[tuple[int, int]]:
    """The regions whose quote closes, as character spans."""
    return [(r.start, r.end) for r in regions if r.closed]
