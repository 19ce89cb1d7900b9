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
    urge demand contend assert maintain allege post recount describe blurt""".split()
)

# Verbs whose direct object is the listener, not the content ("told reporters that …").
LISTENER_OBJECT = frozenset("tell ask inform notify assure remind warn advise urge persuade convince".split())

# What kind of attribution a cue makes (``cue_type``): words said or written ("speech"), a state of mind
# ("thought": believes, wants, expects, decided) or what evidence shows ("finding": found, showed, data
# indicate). Only speech counts as a quote: quote counts, orphan and anonymous-source flags, highlights.
SPEECH_ACTS = frozenset(
    """call accuse criticize criticise praise blast slam attack condemn denounce decry dismiss reject
    question mention cite talk speak discuss propose offer defend thank applaud congratulate blame
    charge mock deride lambast rail tout hail quote reference retweete retweet email comment echo
    recite chant voice express declare decline refuse threaten order request plead apologize
    interject proclaim rebuke rebut counter spar brag chide scoff lecture preach label dub name
    issue release publish share read reveal disclose liken compare invoke characterize portray""".split()
)
THOUGHT = frozenset(
    """believe think want hope hop expect decide feel fear know worry doubt wish intend plan consider
    assume suspect guess imagine wonder understand realize realise remember forget prefer like love
    hate seek try aim seem appear view regard see agree disagree support oppose endorse back favor
    favour trust anticipate envision foresee mull contemplate regret enjoy care""".split()
)
FINDING = frozenset(
    """find show indicate demonstrate conclude estimate project prove document calculate
    forecast discover measure detect rank""".split()
)
# Subjects that are evidence, not people: "the study suggests", "data show", "polls found".
EVIDENCE_NOUNS = frozenset(
    """study studies data survey surveys poll polls report reports research analysis analyses figure
    figures statistic statistics number numbers evidence result results finding findings census record
    records document documents review test tests experiment trial trials model models estimate
    estimates audit paper""".split()
)


def cue_type(lemma: str, direct: bool, source_head: str | None, unheld: bool = False) -> str:
    """"speech", "thought" or "finding" for a cue ``lemma`` ("according" for "according to"),
    a direct quote or not, and the lemma of the source's head word. ``unheld``: a passive that names
    nobody ("X is expected to …", "X was accused of …"): what is thought or alleged about X, nobody's
    words, so never a quote."""
    if unheld:
        return "finding" if lemma in FINDING else "thought"  # quote marks or not ("was accused of “…”")
    if direct:
        return "speech"  # a quote mark: somebody's words
    if source_head in EVIDENCE_NOUNS:
        return "finding"
    if lemma in FINDING:
        return "finding"
    if not any(ch.isalpha() for ch in lemma):
        return "speech"  # a speaker label's colon or a quote's byline dash
    if lemma in THOUGHT:
        return "thought"
    if lemma in SPEECH or lemma in SPEECH_ACTS or lemma == "accord":
        return "speech"
    return "thought"  # stances and deeds PolNeAR counts ("hedge funds back Clinton"): nobody said them
