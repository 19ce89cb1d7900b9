"""Cue verbs: the words that introduce what somebody said, wrote, thought or claimed.

``SPEECH`` verbs introduce direct quotes ("…," she said) and are always cues.
The wider set of reporting verbs ("X believes/warned/denied …", PolNeAR's broad
notion of attribution) is learned from PolNeAR train by
``training/cue_lexicon.py`` and shipped as ``data/cue_lexicon.json``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError

SPEECH = frozenset(
    """say tell add ask write explain note tweet reply respond answer insist
    continue argue claim declare state remark recall warn announce acknowledge
    admit concede confirm deny report suggest testify complain joke quip shout
    yell scream whisper mutter exclaim predict promise vow pledge reiterate
    repeat stress emphasise emphasize observe point caution counter lament boast
    urge demand contend assert maintain allege post recount describe""".split()
)

# Verbs whose direct object is the listener, not the content ("told reporters that …").
LISTENER_OBJECT = frozenset("tell ask inform notify assure remind warn advise urge persuade convince".split())

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "cue_lexicon.json"
RETRAIN = "python training/cue_lexicon.py"


@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Speech verbs plus the reporting verbs learned from PolNeAR."""
    try:
        artifact = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
        learned = frozenset(artifact["lemmas"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"cue lexicon {LEXICON_PATH} is missing or corrupt ({exc}); rebuild it with `{RETRAIN}`") from None
    return SPEECH | learned
