"""Cue verbs: the words that introduce what somebody said, wrote, thought or claimed.

``SPEECH`` verbs introduce direct quotes ("…," she said) and are always cues.
The wider set of reporting verbs ("X believes/warned/denied …", PolNeAR's broad
notion of attribution) is learned from PolNeAR train by
``training/attribution.py`` and shipped in ``data/attribution.json``.
"""

from __future__ import annotations

from functools import lru_cache

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

@lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Speech verbs plus every verb PolNeAR train shows as a cue often enough to propose candidates;
    the attribution filter then decides which candidates stand."""
    from .attribution_filter import load_meta

    meta = load_meta()
    minimum = meta["candidate_min_rate"]
    return SPEECH | frozenset(lemma for lemma, (cues, seen) in meta["rates"].items() if cues / seen >= minimum)
