"""Cue verbs: the words that introduce what somebody said, wrote, thought or claimed.

``SPEECH`` verbs introduce direct quotes ("…," she said) and are always cues.
The wider set of reporting verbs ("X believes/warned/denied …", PolNeAR's broad
notion of attribution) is learned from PolNeAR train by
``training/attribution.py`` and shipped in ``data/quotes/meta.json`` (see model.py).
"""

from __future__ import annotations

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
