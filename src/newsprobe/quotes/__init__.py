"""Quotes and sources: who said what, with cue, content and a resolved speaker."""

from .analyzer import quotes_in

__all__ = ["quotes_in"]
