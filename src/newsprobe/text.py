"""The text layer: normalised text and one definition of paragraphs, lines, sentences and words.

Every analyzer, the residue finder and the renderers read the body through this
module. An ``ArticleText`` is built once per article from the reader's output and
the one spaCy parse of its prose; every span is a ``[start, end)`` range of
offsets into the body (the prose has the same length, residue blanked out).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

Span = tuple[int, int]

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Four or more spaces inside a line separate layout blocks (a photo credit
# after the last sentence, table cells): they become a paragraph break.
_BLOCK_GAP = re.compile(r"[ \t\u00a0]{4,}")
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n\s*\n")


def normalize_text(text: str) -> str:
    """NFC, one space between words, one blank line between paragraphs, single line breaks kept."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", _LINE_BREAKS.sub("\n", text))
    text = _BLOCK_GAP.sub("\n\n", text)
    lines = [_HSPACE.sub(" ", line).strip() for line in text.split("\n")]
    paragraphs = [p.strip() for p in _BLANK_LINES.split("\n".join(lines))]
    return "\n\n".join(p for p in paragraphs if p)


def dateline_place(also: str = "") -> str:
    """The pattern of a dateline's place and agency at a paragraph's start ("WASHINGTON (Reuters) ",
    "COLUMBUS, Ohio "), its capitals also taking the characters ``also`` ("/" for "MONTREAL/RIYADH")."""
    return rf"^[A-Z][A-Z.'’ {also}-]{{2,}}(?:,\s*[A-Z][A-Za-z. ]+)?\s*(?:\([A-Za-z .]+\)\s*)?"


# A wire dateline opening a paragraph: "WASHINGTON (Reuters) - ", "COLUMBUS, Ohio — ".
DATELINE = re.compile(dateline_place() + r"[-—–:]\s")


# A line that ends like this ends a sentence (or a quote, a parenthesis); see paragraph_spans.
_SENTENCE_END = re.compile(r"[.!?:;\"'”’)\]]$")
_LINE = re.compile(r"[^\n]+")


def ends_sentence(line: str) -> bool:
    """Whether ``line`` ends the way a sentence, a quote or a parenthesis ends (captions, headlines and
    list items do not)."""
    return _SENTENCE_END.search(line.rstrip()) is not None


def paragraph_spans(body: str) -> list[Span]:
    """(start, end) of each paragraph of a normalised body: the one definition of a paragraph.

    Paragraphs are joined by one blank line. A block whose every line ends a sentence is a run
    of paragraphs written one per line (feeds and exports often do); its lines are split apart.
    Hard-wrapped text, with lines ending mid-sentence, stays one paragraph.
    """
    spans, start = [], 0
    for block in body.split("\n\n"):
        lines = block.split("\n")
        if len(lines) > 1 and all(map(ends_sentence, lines)):
            for line in lines:
                spans.append((start, start + len(line)))
                start += len(line) + 1
            start += 1
        else:
            spans.append((start, start + len(block)))
            start += len(block) + 2
    return spans


def line_spans(body: str) -> list[Span]:
    """(start, end) of every non-empty line. Residue is found line by line: a photo credit or a
    caption is a line of its own even inside a hard-wrapped paragraph."""
    return [m.span() for m in _LINE.finditer(body)]


def strip_span(text: str, start: int, end: int) -> Span | None:
    """The span without the white space at its edges, or None when nothing else is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


@dataclass
class ArticleText:
    """The body as analyzers read it: paragraphs, sentences and words over one parse.

    ``doc`` is the spaCy parse of ``prose``; ``nlp`` is the pipeline that made it, used only
    to parse the headline, once, when an analyzer asks for it.
    """

    body: str
    doc: Any  # spacy.tokens.Doc over ``prose``
    prose: str = ""  # the body with residue blanked to spaces: same length, same offsets
    title: str | None = None
    nlp: Any = None
    residue: list = field(default_factory=list)  # report.Residue items blanked out of the prose

    def __post_init__(self) -> None:
        self.prose = self.prose or self.body

    @classmethod
    def from_string(cls, text: str, *, title: str | None = None, model: str | None = None) -> ArticleText:
        """A text parsed as it is, without reading or residue: training data, benchmarks, tests."""
        from .nlp import get_nlp

        nlp = get_nlp(model)
        return cls(body=text, doc=nlp(text), title=title, nlp=nlp)

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Every paragraph of the body, residue included (numbered from 1 in messages)."""
        return paragraph_spans(self.body)

    @cached_property
    def prose_paragraphs(self) -> list[tuple[int, Span]]:
        """(index into ``paragraphs``, span) of the paragraphs with prose left once residue is blanked."""
        return [(i, span) for i, span in enumerate(self.paragraphs) if self.prose[span[0] : span[1]].strip()]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [start for start, _ in self.paragraphs]

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph holding ``offset`` (a break belongs to the paragraph before it)."""
        return max(bisect_right(self._paragraph_starts, offset) - 1, 0)

    @cached_property
    def sentences(self) -> list[Span]:
        """Sentences from the parse, cut at paragraph breaks, without edge white space or blank residue."""
        found: list[Span] = []
        for sent in self.doc.sents:
            start, end = sent.start_char, sent.end_char
            first, last = self.paragraph_of(start), self.paragraph_of(max(end - 1, start))
            for p in range(first, last + 1):
                p_start, p_end = self.paragraphs[p]
                piece = strip_span(self.prose, max(start, p_start), min(end, p_end))
                if piece:
                    found.append(piece)
        return found

    @cached_property
    def words(self) -> list:
        """The parse's word tokens: no punctuation, no white space."""
        return [t for t in self.doc if not (t.is_punct or t.is_space)]

    @cached_property
    def headline(self):
        """The headline's own parse, made once, or None for a body-only article."""
        return self.nlp(self.title) if self.title and self.nlp is not None else None
