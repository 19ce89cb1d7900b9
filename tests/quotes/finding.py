"""Quotes of a hand-written text, and the one whose content holds a given piece."""

from __future__ import annotations

from newsprobe.quotes import quotes_in as quotes_of_text
from newsprobe.text import ArticleText


def quotes_in(text: str):
    return quotes_of_text(ArticleText.from_string(text))


def find(quotes, content_piece: str):
    matches = [q for q in quotes if content_piece in q.content.text]
    assert matches, f"no quote with content {content_piece!r} in {[q.content.text for q in quotes]}"
    return matches[0]
