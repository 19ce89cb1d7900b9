"""Dependency rules: candidate attributions around cue verbs and "according to", from one parse.

Reported speech: the cue verb's subject is the speaker, its clausal complement the
content ("X said that …"), or the clause beside it ("…, X said."), or the object of a
preposition that joins the cue ("called for …"). A passive that names nobody ("X is expected
to …") has no speaker; its subject and complement are the content. Spans are character ranges
into the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import dateline_place
from .cues import FINDING, LISTENER_OBJECT, SPEECH, SPEECH_ACTS, THOUGHT, clause_marks, goes_on_doing, puts_it, quotes_words, that_clause
from .quotemarks import CLOSING_TOKENS, OPENING_TOKENS

Span = tuple[int, int]
# A quotation's closing or opening mark, curly or straight.
CLOSING_MARKS = CLOSING_TOKENS | {'"'}
OPENING_MARKS = OPENING_TOKENS | {'"'}
# What records a person's words, whose "of" names who speaks in a participle after it ("a tape of Romney saying").
RECORDINGS = frozenset("tape video recording footage clip audio".split())
# Passive verbs of hearsay whose subject is said to have spoken ("is reported to have said").
HEARSAY = frozenset("report say rumor rumour allege hear quote".split())

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Prepositions that end PolNeAR cues most often ("called for", "talked about", "railed against");
# "in", "by" and "from" mostly start adjuncts instead ("said in a statement").
CUE_PREPOSITIONS = frozenset("to about of for on with against as at over".split())
# After an adverb only these join the cue ("spoke highly of", "talked glowingly about"): "talked openly
# on social media about …" has its place first, "spoke publicly for the first time" its time.
TOPIC_PREPOSITIONS = frozenset("about of against".split())
# Where something was said, before a topic preposition that takes what about ("bragged on Twitter about …",
# "spoke on the air about …"); after "on" or "in" only.
MEDIA = frozenset("twitter facebook instagram tiktok youtube television tv radio media podcast air".split())
QUOTING = frozenset("quote cite".split())  # "was quoted as saying", "is cited by the New Yorker as saying"
NAME_SUFFIXES = frozenset("jr sr".split())  # generational: "Donald Trump Jr.", "Donald Trump, Jr." (not "Charles III")
# Dashes that end a clause; a hyphen only with spaces round it ("follow-up" is one word).
CLAUSE_DASHES = frozenset({"--", "–", "—", "―"})
# Speech participles that carry on the speaker's own words after what they reported ("X said A, adding
# that B"); "saying" or "shouting" there are as often the reported clause's subject's ("Police said the
# man attacked two officers, shouting …").
CONTINUING = frozenset("add note".split())
# Participles after a reported clause that a source does, not somebody in what it reports ("Trump said a
# shutdown “could happen,” insisting Democrats would be blamed"; not "…, yelling at flight attendants").
SOURCES_PARTICIPLES = CONTINUING | frozenset("cite insist stress argue warn explain".split())
# Words for a source a sourcing "per" names ("per a source familiar with …", "per officials", "per a report"),
# and the words after "per" that make it a rate or Latin, never a source (sourcing_preposition).
PER_SOURCE_WORDS = frozenset("source official report statement filing memo spokesperson spokesman spokeswoman aide".split())
PER_LATIN = frozenset("diem se capita annum cent curiam".split())
NUMERIC_LABELS = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
# Titles a source's name may follow after a comma, "according to the company's chief executive, Tim Cook".
SOURCE_TITLES = frozenset(
    """chief spokesman spokeswoman spokesperson executive director president official officer secretary
    minister chairman chairwoman chair head leader commissioner superintendent sheriff mayor governor
    attorney lawyer representative senator manager founder""".split()
)
# Cues an inverted speaker follows after a comma ("…, points out attorney Leonard Wolfe"); not ones whose
# object is as often a person spoken of ("acknowledged Mike Pence", "described him").
INVERTED_CUES = frozenset("say note point add explain write argue observe warn caution insist contend".split())
COMPLEMENT_DEPS = ("ccomp", "xcomp")
# Adverbs that open a clause the way a conjunction does: the parser makes "when" an adverb.
WHEN_WORDS = frozenset("when whenever while where".split())
# Verbs of speech that also report figures ("the index added 0.4 per cent", "posted a loss of $3 billion").
MARKET_VERBS = frozenset("add post gain lose shed close end finish record".split())
QUANTITY_ENTITIES = ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")
# The prepositions after a passive cue that take what is alleged or thought of its subject ("was accused
# of", "criticized for", "seen as", "charged with"); the others mostly start adjuncts ("released on Monday").
PASSIVE_PREPOSITIONS = frozenset("of for as about against with".split())
# A passive's prepositional object that names a time, a place or an amount is an adjunct, not content.
ADJUNCT_ENTITIES = frozenset(("DATE", "TIME", "GPE", "LOC", "FAC", "ORDINAL", *QUANTITY_ENTITIES))
EDGE_CHARS = " \t\n,.;:!?\"'“”‘’«»()[]—–-"


@dataclass
class Attribution:
    cue: Span
    cue_token: object  # spaCy Token heading the cue
    speaker_token: object | None  # head of the speaker phrase
    speaker: Span | None  # the speaker as written (PolNeAR's "source")
    content: list[Span] = field(default_factory=list)
    direct: bool = False
    nested: bool = False  # inside another attribution's reported (not quoted) content
    via: str = "complement"  # how the content was found: complement, parenthetical, preposition, passive, according, quote, label, tagger
    colon: bool = False  # marked by punctuation: a colon ("took to Twitter with this: “…”", "PENCE: …") or a byline dash


# An apostrophe that opens a contraction ("He’s saying", "who’ve said"): part of a cue, never a quote mark.
CONTRACTION = re.compile(r"(?<=[A-Za-z])['’](?:s|ve|d|ll|re|m)\b")


def trim(text: str, start: int, end: int) -> Span | None:
    """Shrink a character span past white space and punctuation at its edges, but for a closing bracket
    that closes one the span opens ("Sen. Pat Roberts (R-KS)")."""
    while start < end and text[start] in EDGE_CHARS and not CONTRACTION.match(text, start):
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS and not _closes_bracket(text, start, end):
        end -= 1
    return (start, end) if end > start else None


# Closing brackets and the opening ones they close.
BRACKETS = {")": "(", "]": "["}


def bracket_closed(text: str, span: Span | None) -> Span | None:
    """``span`` with the bracket right after it (past an abbreviation's stop) that closes one it opens:
    "Sen. Pat Roberts (R-Kan" is "Sen. Pat Roberts (R-Kan.)" (PolNeAR train's sources hold both brackets
    171 times, the opening one alone 3 times)."""
    if span is None:
        return None
    start, end = span
    after = end + (text[end : end + 1] == ".")
    closing = text[after : after + 1]
    if closing in BRACKETS and text.count(BRACKETS[closing], start, end) > text.count(closing, start, end):
        return (start, after + 1)
    return span


def _closes_bracket(text: str, start: int, end: int) -> bool:
    """Whether the span's last character closes a bracket it opens ("Sen. Pat Roberts (R-KS)")."""
    closing = text[end - 1]
    return closing in BRACKETS and text.count(BRACKETS[closing], start, end) == text.count(closing, start, end)


def token_ranges(tokens, text: str) -> list[Span]:
    """Contiguous runs of the given tokens as trimmed character spans."""
    spans: list[Span] = []
    ordered = sorted(tokens, key=lambda t: t.i)
    run: list = []
    for tok in ordered:
        if run and tok.i != run[-1].i + 1:
            spans.append((run[0].idx, run[-1].idx + len(run[-1])))
            run = []
        run.append(tok)
    if run:
        spans.append((run[0].idx, run[-1].idx + len(run[-1])))
    trimmed = (bracket_closed(text, trim(text, s, e)) for s, e in spans)
    return [s for s in trimmed if s]


def _said_to_be(verb) -> bool:
    """"A factory said to be producing light arms blew up", "The man, said to have fled, was …": the
    participle of a report nobody is said to make, as in "is said to be", which the parser reads as the
    noun before it saying something (PolNeAR annotates these cues with no source), with the sentence's
    own verb after it left without a subject; not an instruction or a relative clause ("He said to be
    there at 5", "The governor said to be calm, adding …", "Johnson said to be honest, he had …", "the
    powder that the suspect said to be flour")."""
    doc = verb.doc
    if not (verb.lower_ == "said" and verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "to" and doc[verb.i + 2].lower_ in ("be", "have")):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or verb.dep_ == "relcl" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    # The sentence's own verb, hung on "said" as its complement with no subject of its own ("… blew up", "… was
    # killed"); not one of a clause on it ("… because the virus is spreading") or a conjunct ("… and promised").
    return any(
        c.dep_ == "ccomp" and c.i > verb.i + 2 and not any(g.dep_ in SUBJECT_DEPS or g.dep_ == "expl" for g in c.children)
        and (c.tag_ in ("VBD", "VBZ", "VBP") or any(g.dep_ in ("aux", "auxpass") and g.tag_ in ("VBD", "VBZ", "VBP", "MD") for g in c.children))
        for c in verb.children
    )


def subject_of(verb):
    """The subject of a cue verb, inherited through conjunction and participle clauses."""
    if _said_to_be(verb):
        return None
    # Never an auxiliary's contraction, which the parser can make the subject beside the real one ("Dreamers
    # who’d insisted") or above it ("who’ve already said", "he’s said"); "let's" is "us".
    children = [c for c in (_uncontracted(c) for c in verb.children) if c is not None]
    pieces = [c for c in children if c.dep_ == "nsubj" and _hyphened_head(c)]
    if any(c.dep_ == "nsubj" and c not in pieces for c in children):
        children = [c for c in children if c not in pieces]
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        return speaking_subject(verb, subjects)
    for child in children:
        if child.dep_ in SUBJECT_DEPS:
            # "Mr. Orbán was quoted as telling his hosts, “…”", the words hung on "quoted": the one quoted
            # speaks (in "was quoted as saying …" the participle holds them, and is the cue)
            if child.dep_ == "nsubjpass":
                quoted = _quoted_as(verb) == child and any(c.dep_ == "ccomp" for c in verb.children)
                return child if quoted or _perfect_read_as_passive(verb, child) else None
            return child
        if child.dep_ == "expl":
            return None
    # "They have controlling stakes in the company and said …": the parser hung the subject on the auxiliary.
    held = next((s for c in children if c.dep_ == "aux" for s in c.children if s.dep_ in SUBJECT_DEPS), None)
    if held is not None:
        return held
    # "Clinton, asked about the emails, said …": the parser makes the aside the clause with the subject.
    aside = next((c for c in verb.children if _asked_aside(c)), None)
    if aside is not None:
        return next(c for c in aside.children if c.dep_ == "nsubj")
    # "Still, McNeely said …": the parser hangs a name right before the cue on it as a modifier.
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.head == verb and before.dep_ in ("advmod", "npadvmod", "dep") and (
        before.pos_ == "PROPN" or before.ent_type_ == "PERSON"
    ):
        return before
    # "… adviser Carter Page, a person familiar with the situation said Friday.": the parser hung the speaker
    # after the comma on the content's last noun, as its apposition.
    apposed = _apposed_before_cue(verb)
    if apposed is not None:
        return apposed
    # "… closed for longer than anticipated as public health officials say they will extend …": the parser
    # made the subject of an "as" clause the preposition's object.
    if before is not None and verb.tag_ in ("VBD", "VBP", "VBZ") and _as_object(before):
        return before
    inverted = _named_after_joined_cue(verb)
    if inverted is not None:
        return inverted
    joining = _joining_cue(verb)
    if joining is not None:
        return subject_of(joining)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        joined = _conjoined_with(verb)
        subject = subject_of(joined)
        conjunction = verb.doc[verb.left_edge.i - 1]
        if subject is None and conjunction.dep_ == "cc" and conjunction.head == joined and not any(c.dep_ == "auxpass" for c in verb.children):
            # "Trump Jr. was emailed an offer … and responded, “…”": who the passive is about acts in the
            # active verb joined to it; not where "and" joins nouns the parser ran the conjunct's subject
            # into ("Smith was charged with murder and prosecutors said …").
            subject = next((c for c in joined.children if c.dep_ == "nsubjpass"), None)
        return subject
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and _closes_reported_clause(verb):
        return subject_of(verb.head.head)  # "Krispy Kreme said errors had forced the move, adding that …"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head != verb:
        held = _with_participle(verb)
        if held is not None:
            return held
    if verb.dep_ in ("advcl", "xcomp", "conj") and _participle(verb) and verb.head != verb:
        return _quoted_as(verb.head) or _clause_above_relative(verb) or subject_of(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VB" and verb.head.dep_ == "pobj" and verb.head.head.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head.head.head)  # "Trump was at pains to say …": the verb the preposition hangs on
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head  # "a Donald Trump tweet attacking a former Miss Universe"
    if verb.tag_ in ("VBD", "VBZ") and verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i:
        return verb.head  # "Trump, who has urged …, again called on the NFL": the parser made the name the root
    if _finite_as_participle(verb):
        return verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _quoted_as(verb.head.head) or subject_of(verb.head.head)  # "Trump responded by saying …", "… before asking her"
    hearsay = _said_to_have(verb)
    if hearsay is not None:
        return hearsay
    if verb.dep_ in ("advcl", "xcomp") and (verb.tag_ == "VB" or _perfect_infinitive(verb)) and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        # "prompted NATO to order …": the object is who acts; "took to Twitter to accuse …": the subject.
        listener = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if listener is not None and verb.dep_ == "xcomp":
            return listener
        head = verb.head
        # "Farage turned to those sat behind him to ask whether …": a purpose hung on a participle of the
        # object ("sat") is the main clause's subject's (not "when forced to defend …", the participle's own).
        while verb.dep_ == "advcl" and head.dep_ in ("advcl", "acl") and head.tag_ in ("VBD", "VBN") and head.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in SUBJECT_DEPS for c in head.children
        ):
            head = head.head
        return subject_of(head)
    between = _speaker_between_pieces(verb)
    if between is not None:
        return between
    if verb.dep_ == "parataxis" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i:
        # "White House economic adviser Larry Kudlow, during an appearance on …, said …": the parser made
        # the name the sentence's root and the cue an aside on it; "Durbin, noting the size of Sanders's
        # following, said, “…”": it made the participle the root, with the name its subject.
        if verb.head.pos_ == "PROPN":
            return verb.head
        held = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None) if verb.head.tag_ == "VBG" else None
        if held is not None:
            return held
    # “…,” asked Representative Ro Khanna: the speaker follows the cue and may be parsed as its object.
    if verb.i > 0 and verb.doc[verb.i - 1].is_punct and verb.lemma_.lower() in SPEECH:
        for child in verb.rights:
            # Not a time: "…, posted on its Facebook page this week that …". A name the tagger took for an
            # adjective is still one ("“…,” said Siegfried", read as what was said).
            if child.ent_type_ not in ("DATE", "TIME") and (
                child.dep_ in ("dobj", "attr", "npadvmod") and child.pos_ in ("PROPN", "NOUN")
                or child.dep_ == "acomp" and child.ent_type_ == "PERSON"
            ):
                return child
    return _misparsed_name(verb) or _subject_of_clause_after(verb) or _fronted_name_of_any(verb)


def _as_object(tok) -> bool:
    """Whether ``tok`` is a noun phrase's head that the parser made the object of an "as" right before it."""
    return tok.dep_ == "pobj" and tok.pos_ in ("NOUN", "PROPN") and tok.head.lower_ == "as" and tok.left_edge.i == tok.head.i + 1


def _fronted_name_of_any(verb):
    """``_named_after_fronted_phrase`` for a verb of any kind that a cue hangs on: "Amid tensions over Syria,
    the US secretary of state, Rex Tillerson, appeared to go even further, saying …" (the parser hung the
    name on "Syria"), "…, Russ Vought, scoffed at … and vowed that …" (a finite verb parsed as a participle
    on the sentence's noun root, ``_finite_as_participle``)."""
    if verb.dep_ != "ROOT" or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in verb.children):
        return None
    return _named_after_fronted_phrase(verb)


def _subject_of_clause_after(verb):
    """"“…,” says the ad by a conservative group, part of an effort to help …, oust …": the speaker after a
    quotation's cue, made the subject of a clause the parser hung on the cue; None otherwise."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in CLOSING_MARKS or verb.lemma_.lower() not in SPEECH:
        return None
    subject = next(_subjects_right_after(verb, [c for c in verb.rights if c.dep_ == "ccomp"]), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _subjects_right_after(verb, heads):
    """The subjects among the children of ``heads`` whose phrase opens right after the cue ``verb``."""
    return (s for head in heads for s in head.children if s.dep_ in SUBJECT_DEPS and s.left_edge.i == verb.i + 1)


def _speaker_between_pieces(verb):
    """"“The risk,” said Edward Leamer, an economist …, “is that …”": a cue between two pieces of a
    quotation, right after the first, whose speaker the parser made the subject of the second piece
    (the speaker's phrase ends at a comma before the quotation goes on). None otherwise."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.i == 0 or not doc[verb.i - 1].is_quote or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.left_edge.i == verb.right_edge.i + 1), None)
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN"):
        return None
    end = _after_phrase(speaker)
    return speaker if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_quote else None


def _after_phrase(tok) -> int:
    """The index just past the phrase ``tok`` heads, its closing punctuation there if the parser kept it
    inside ("As Breitbart News reported, even on Friday morning, …")."""
    return tok.right_edge.i if tok.right_edge.is_punct else tok.right_edge.i + 1


def _quoted_as(verb):
    """"Trump was quoted as speaking of …, saying …", "Ramirez is cited by the New Yorker as saying …": the
    one quoted, who speaks in the participles on "quoted as"; None for any other verb ("Gold was quoted at
    $1,900" quotes nobody's words)."""
    if verb.lemma_.lower() not in QUOTING or not any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def _speaks_as(verb) -> bool:
    """Whether a speech participle follows ``verb``'s "as" ("quoted as saying", "cited as telling")."""
    return any(
        p.dep_ == "prep" and p.lower_ == "as" and any(c.dep_ == "pcomp" and c.lemma_.lower() in SPEECH for c in p.children)
        for p in verb.children
    )


def _said_to_have(verb):
    """"Mitt Romney is reported to have said that …", "she is said to have told friends …": the subject of
    the passive report (HEARSAY) is who spoke. None otherwise."""
    head = verb.head
    # Not one said to have done something else: "Three people are reported to have died" is the report's.
    if verb.dep_ != "xcomp" or verb.lemma_.lower() not in SPEECH or not _perfect_infinitive(verb) or head.lemma_.lower() not in HEARSAY:
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def _participle(verb) -> bool:
    """A present participle, or a perfect one ("Having warned that …, the manager admitted …"); not a
    perfect passive ("Having been told by doctors that …, Smith said": the doctors told)."""
    if verb.tag_ == "VBG":
        return True
    children = list(verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in children) and not any(c.dep_ == "auxpass" for c in children)


def _clause_above_relative(participle):
    """"Trump was buoyed by victories that added to the majority, telling reporters that …": a participle
    set off by a comma that the parser hung on a relative clause about a thing ("that", "which") speaks for
    the clause that relative clause sits in; the subject of that clause's verb, or None."""
    clause = participle.head
    relative = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if clause.dep_ != "relcl" or relative is None or relative.tag_ != "WDT" or participle.doc[participle.i - 1].text != ",":
        return None
    above = clause.head
    while above.pos_ not in ("VERB", "AUX") and above.head != above:
        above = above.head
    if above.pos_ not in ("VERB", "AUX"):
        return None
    subject = subject_of(above)
    if subject is not None or passive_agent(above) != clause.head:
        return subject
    # "Trump was buoyed by victories that …": the person the passive is about, whose agent the thing is.
    # Not a participle on a passive otherwise, which is often its unnamed agent's ("Jones was suspended for
    # six games, citing …", "Trump was widely condemned, calling his remarks racist").
    passive = next((c for c in above.children if c.dep_ == "nsubjpass"), None)
    return passive if passive is not None and (passive.ent_type_ == "PERSON" or passive.lower_ in ("he", "she")) else None


def _with_participle(verb):
    """"The day began with police chief Medaria Arradondo telling reporters that …": the name "with" takes
    right before the participle, which the parser hung on the main verb, is who speaks; so is a person's
    name after a recording's "of" ("… in the form of a leaked tape of Romney saying that …"; not "ruled
    in favor of Jennifer Smith saying …"). None otherwise, and for a common noun ("reacted with fury
    saying …" is the subject's)."""
    noun = verb.doc[verb.i - 1] if verb.i else None
    if noun is None or noun.dep_ != "pobj" or noun.pos_ != "PROPN":
        return None
    with_ = noun.head.lower_ == "with" and noun.head.head == verb.head
    recorded = noun.head.lower_ == "of" and noun.ent_type_ == "PERSON" and noun.head.head.lemma_.lower() in RECORDINGS
    return noun if with_ or recorded else None


def _named_after_joined_cue(verb):
    """"Of course, politics play into all these decisions, points out government policy attorney Leonard
    Wolfe, from …": a verb an inverted speaker follows (``INVERTED_CUES``) after a comma, with a person's
    name right after it ending its phrase, which the parser joined to the clause before (no "and") with
    the name for its object. Not an action in a list ("Trump stood up, thanked the crowd, acknowledged
    Mike Pence and sat down"). None otherwise."""
    doc, head = verb.doc, verb.head
    if not (verb.dep_ == "conj" and doc[verb.i - 1].text == "," and verb.lemma_.lower() in INVERTED_CUES
            and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
            and not any(c.dep_ in ("conj", "cc") for c in verb.children)):
        return None
    name = next((c for c in verb.rights if c.dep_ == "dobj" and c.ent_type_ == "PERSON" and c.left_edge.i <= verb.i + 2), None)
    after = doc[name.i + 1] if name is not None and name.i + 1 < len(doc) else None
    return name if name is not None and (after is None or after.text in (",", ".")) else None


def _perfect_read_as_passive(verb, subject) -> bool:
    """"though he's conceded they were …": a perfect with "has" contracted, which the parser reads as a
    passive ("is conceded"); only with a clause reported and a speaker for subject, and not for a verb
    whose passive has a listener for subject ("he's told that …")."""
    return (
        subject.lower_ != "it" and verb.lemma_.lower() not in LISTENER_OBJECT
        and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children)
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def _perfect_infinitive(verb) -> bool:
    """"appears to have confirmed": an active participle after "to have"."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    passive = any(c.dep_ == "auxpass" for c in verb.children)  # "appear to have been told": the listeners
    return verb.tag_ == "VBN" and auxiliaries[-2:] == ["to", "have"] and not passive


def _closes_reported_clause(verb) -> bool:
    """Whether the participle ``verb`` is a source's (``SOURCES_PARTICIPLES``) after a comma that ends a clause a
    speech verb reports ("Krispy Kreme said accounting errors had forced the move, adding that …"),
    where the parser hangs it on the reported clause; not where that clause reports speech itself."""
    clause, doc = verb.head, verb.doc
    # The comma may close a quotation first: "She said the deal “is dead,” citing the vote".
    comma = verb.i - 2 if verb.i > 1 and doc[verb.i - 1].text in CLOSING_MARKS else verb.i - 1
    lemma = verb.lemma_.lower()
    return (
        lemma in SOURCES_PARTICIPLES and comma >= 0 and doc[comma].text == ","
        and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH and clause.head.i < clause.i
        and clause.lemma_.lower() not in SPEECH | LISTENER_OBJECT
        # Insisting, arguing, warning … may be a person's the clause reports on: "Prosecutors said the suspect
        # confessed, insisting he acted alone" (adding and citing are the source's).
        and (lemma in CONTINUING | {"cite"} or not any(c.dep_ in ("nsubj", "nsubjpass") and _somebody(c) for c in clause.children))
    )


# Nouns for people a reported clause may be about ("Police said the man …"), not sources.
SCENE_PEOPLE = frozenset(
    """man woman men women boy girl child children person people suspect suspects driver gunman shooter attacker
    victim victims officer officers passenger passengers protester protesters student students patient patients""".split()
)


def _somebody(tok) -> bool:
    """Whether ``tok`` is somebody else than the source: a person's name or a noun for people (a pronoun is
    as often the source itself: "Sen. David Perdue said he …, arguing that …")."""
    return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in SCENE_PEOPLE or tok.lower_ in SCENE_PEOPLE


def _conjoined_with(verb):
    """The verb a conjoined cue shares its subject with: its head, or where the parser joined a finite cue
    to a modal's clause inside the sentence ("Mr. Lavrov called for rules under which Syria would join the
    convention and said …", "He said the deal would fail and warned …"), the nearest verb above of the
    cue's own tense."""
    head = verb.head
    # A base form under a modal only: "had lied and told", "has resigned and said" keep their clause's subject.
    # Also a modal's passive ("did not disclose when the drone would be returned but said …"), whose verb of
    # the cue's tense may be an auxiliary's.
    if verb.tag_ in ("VBD", "VBZ") and head.tag_ in ("VB", "VBN") and head.dep_ in ("relcl", "acl", "ccomp", "advcl") and any(
        c.tag_ == "MD" for c in head.children
    ) and (head.tag_ == "VB" or any(c.dep_ == "auxpass" for c in head.children)):
        return next((
            a for a in head.ancestors
            if a.pos_ in ("VERB", "AUX") and (a.tag_ == verb.tag_ or any(c.dep_ == "aux" and c.tag_ == verb.tag_ for c in a.children))
        ), head)
    return head


def is_suffix(word: str) -> bool:
    """Whether ``word`` is a generational suffix ("Jr.", "Sr")."""
    return word.lower().rstrip(".") in NAME_SUFFIXES


def sets_off(tok) -> bool:
    """Whether the token is a comma or a dash that sets off a clause or an aside (not a hyphen inside a word)."""
    spaced = bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    return tok.text == "," or tok.text in CLAUSE_DASHES or tok.text == "-" and spaced


def suffix_after_comma(tok) -> bool:
    """"Jr." in "Donald Trump, Jr.," (the New Yorker's style): a generational suffix set off from the name."""
    return tok.i > 1 and is_suffix(tok.text) and tok.doc[tok.i - 1].text == "," and tok.doc[tok.i - 2].ent_type_ == "PERSON"


def suffix_after(name):
    """The suffix set off by a comma after the name span ``name`` ("Donald Trump" in "Donald Trump, Jr."), or None."""
    doc = name.doc
    return doc[name.end + 1] if name.end + 1 < len(doc) and suffix_after_comma(doc[name.end + 1]) else None


def _misparsed_name(verb):
    """The speaker of a speech verb left without a subject where the parser hung the name elsewhere: a name
    right after the cue ("“…,” said Bart Yasso, …, and one of the few people to have run …"), right before
    it ("…including Sanders, Buttigieg's campaign manager Mike Schmuhl pointed out …", the name parsed as a
    conjunct), after the quotation with an aside before the cue ("“…,” Sotomayor, who graduated from
    Princeton in 1976, said", also past a title), after a phrase the sentence opens with
    (``_named_after_fronted_phrase``) or opening the sentence before a comma ("Soto, who also co-writes a
    blog, says …"); or an age the parser hung on the verb ("“…,” the 36-year-old said")."""
    if verb.lemma_.lower() not in SPEECH or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ != "ROOT":
        return None
    if any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in verb.children):
        return None
    doc, sentence = verb.doc, verb.sent
    aged = next((c for c in verb.lefts if c.dep_ == "amod" and age_of(c) is not None), None)
    if aged is not None:
        return aged  # "“…,” the 36-year-old said": the parser hangs the age on the verb
    # Past the title before the name ("“…,” said US Border Patrol Agent Chris Cabrera speaking as …"); not
    # a name that owns the speaker ("said Chris Cabrera's wife").
    name = person_named_at(doc, verb.i + 1, skip=5, end=sentence.end)
    if name is not None and verb.i > 0 and doc[verb.i - 1].is_punct:
        # Not one the parser made the cue's object, which keeps its title ("…,'' recalled Mr. Rhodes").
        if (name.end >= len(doc) or doc[name.end].tag_ != "POS") and not (name[-1].head == verb and name[-1].dep_ != "nsubj"):
            return name[-1]
    before = doc[verb.i - 1] if verb.i > sentence.start else None
    if before is not None and before.ent_type_ == "PERSON" and not before.is_punct:
        return before
    if before is not None and before.text == "," and verb.i - 2 > sentence.start and suffix_after_comma(doc[verb.i - 2]):
        return doc[verb.i - 2]  # "“…,” Trump, Jr., said": the parser hangs the suffix on the quote's verb
    # "“…,” Sotomayor, who graduated from Princeton in 1976, said", "“…,” Texas delegate Bill Eastland,
    # wearing a cowboy hat and “Ted Cruz” campaign pins, said": the name (past a title) opening the clause
    # after the quotation, its aside set off by commas, which the parser hung inside the quotation.
    closing = _closing_mark(sentence, verb)
    opening = doc[closing + 1] if closing is not None else None
    titled = person_named_at(doc, closing + 1, skip=3, end=verb.i, titles=True) if closing is not None else None
    named = opening is not None and opening.pos_ == "PROPN" and (
        opening.ent_iob_ == "B" and opening.ent_type_ == "PERSON" or not opening.ent_type_
    )
    if (named or titled is not None) and doc[verb.i - 1].text == ",":
        name = titled if titled is not None else (entity_span(opening) if opening.ent_type_ else doc[opening.i : opening.i + 1])
        # An untagged word only before "who", as below.
        if name.end < verb.i - 2 and doc[name.end].text == "," and (name[-1].ent_type_ or doc[name.end + 1].lower_ == "who"):
            return name[-1]
    fronted = _named_after_fronted_phrase(verb)
    if fronted is not None:
        return fronted
    first = sentence[0]
    if first.pos_ == "PROPN" and first.ent_type_ in ("PERSON", ""):
        name = entity_span(first)[-1] if first.ent_iob_ == "B" else first
        # An untagged word only before "who": "Washington, which …" or "Meanwhile, …" is no one.
        if name.i + 2 < verb.i and doc[name.i + 1].text == "," and (first.ent_type_ or doc[name.i + 2].lower_ == "who"):
            return name
    return None


# Words for people a name set off after them may be apposed to, which makes the name theirs, not the
# speaker's: "After the death of his son, Tom, the senator said …", "Flanked by his lawyer, Mark Geragos,
# the singer said …".
RELATIONS = frozenset(
    """son daughter wife husband father mother brother sister child children friend lawyer attorney aide
    adviser advisor rival opponent predecessor successor colleague partner boss deputy assistant
    spokesman spokeswoman client""".split()
)


def _named_after_fronted_phrase(verb):
    """"Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said …", "As a part of his
    plea, Marcel Lehel Lazar, 44, said …", "As the party faithful wrapped up their meeting in Prague,
    longtime Communist Party member Jiri Stary, a lawyer, stated …": a name (past a title of up to four
    words) between the commas after a fronted phrase and before
    the cue, with at most one description or an age (no verb, nobody else but in the speaker's relation
    to them: "Laura Bush, wife of the previous Republican president, George W. Bush, said") after it, which
    the parser hung on the fronted phrase. Not a name apposed to a relation (RELATIONS: "his son, Tom,
    the senator, 62, said"), nor one after a quotation (the Sotomayor case of ``_misparsed_name``). Its
    head word, or None."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    for comma in reversed([t.i for t in doc[verb.sent.start + 1 : verb.i - 1] if t.text == ","]):
        name = person_named_at(doc, comma + 1, skip=4, end=verb.i - 1, titles=True)
        if name is None or (doc[name.end].text != "," and name.end != verb.i - 1):
            continue
        if _relation_of(doc[comma - 1]):
            # "Laura Bush, wife of the previous Republican president, George W. Bush, said": the relative
            # named before speaks (unlike a name apposed to the relation itself, "his son, Tom,", below).
            continue
        description = doc[name.end + 1 : verb.i - 1]
        # Not a list of people ("Jones, Smith and Brown, officials of the union, said"); "and" only in a
        # description ("the club's president and general manager").
        listed = any(t.pos_ == "CCONJ" for t in description) and not (description and description[0].pos_ == "DET")
        # The speaker's relation to somebody named may hold that name: "Laura Bush, (the) wife of …, George W. Bush,".
        words = [t for t in description if t.pos_ != "DET"]
        kin = len(words) > 1 and words[0].lower_ in RELATIONS and words[1].lower_ == "of"
        if (
            listed or doc[comma - 1].is_quote or doc[comma - 1].lower_ in RELATIONS
            or any(t.pos_ in ("VERB", "AUX") or t.is_quote or (t.ent_type_ == "PERSON" or t.text == ",") and not kin for t in description)
        ):
            return None
        return name[-1]
    return None


def _relation_of(tok) -> bool:
    """Whether ``tok`` is the object of the "of" of a relation apposed to a person's name ("Laura Bush, wife
    of the president"), a name apposed to which is that relative's, not the speaker's; not a relation
    that opens the speaker's own phrase ("a longtime adviser of the president, Kellyanne Conway, said")."""
    relation = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    return relation is not None and relation.lower_ in RELATIONS and relation.dep_ == "appos" and relation.head.ent_type_ == "PERSON"


def age_of(tok) -> int | None:
    """The age N of "N-year-old" when ``tok`` is its "old" ("the 36-year-old said"), else None."""
    doc, i = tok.doc, tok.i
    if tok.lower_ != "old" or i < 4 or doc[i - 2].lower_ != "year" or not doc[i - 4].text.isdigit():
        return None
    return int(doc[i - 4].text)


def token_at(doc, char: int):
    """The token of ``doc`` that holds the character at offset ``char``, or None."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def entity_span(tok):
    """The entity ``tok`` is part of, as a span of its doc; ``tok`` alone outside an entity."""
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def person_named_at(doc, start: int, skip: int = 0, end: int | None = None, titles: bool = False):
    """The person's name (an entity span) that opens at token ``start``, or after up to ``skip`` proper
    nouns that name nobody, a title ("US Border Patrol Agent Chris Cabrera"; with ``titles`` common nouns
    and adjectives too: "Texas delegate Bill Eastland", "former first lady Laura Bush"), before token
    ``end``; None otherwise."""
    for tok in doc[start : min(start + skip + 1, len(doc) if end is None else end)]:
        if tok.ent_type_ == "PERSON":
            return entity_span(tok) if tok.ent_iob_ == "B" else None
        if tok.pos_ != "PROPN" and not (titles and tok.tag_ in ("NN", "JJ")):
            return None
    return None


def _closing_mark(sentence, verb) -> int | None:
    """The quotation mark before the cue that closes the quotation: in a sentence that opens with one, the
    first double mark after a comma ("“…,” Texas delegate Bill Eastland, wearing “Ted Cruz” pins, said";
    not a nested quotation's single one, "“They kept chanting, ‘Lock her up,’ for an hour,” Jones said"),
    else the last mark."""
    doc = sentence.doc
    marks = [t.i for t in doc[sentence.start + 1 : verb.i] if t.is_quote]
    if not marks:
        return None
    after_comma = next((i for i in marks if doc[i].text in CLOSING_MARKS and doc[i - 1].text == ","), None) if sentence[0].is_quote else None
    return marks[-1] if after_comma is None else after_comma


# Verbs whose question may come as an "if" clause the parser reads as an adverbial one.
ASKING = frozenset("ask wonder inquire".split())
# Verbs whose passive makes the subject the listener: "X, asked about …, said", "X, pressed on …, said".
ASKED = LISTENER_OBJECT | frozenset({"press", "question"})


def _asked_aside(verb) -> bool:
    """"Clinton, asked about the emails, said …", "Trump, told that he had lost, said …": a listener's
    passive between commas that the parser reads as the subject's own clause under the cue after it."""
    doc = verb.doc
    if not (verb.lemma_.lower() in ASKED and verb.tag_ in ("VBD", "VBN")
            and verb.dep_ in ("ccomp", "advcl") and verb.head.i > verb.i and verb.i > 0 and doc[verb.i - 1].text == ","):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject is not None and subject.right_edge.i in (verb.i - 2, verb.i - 1) and not any(c.dep_ in SUBJECT_DEPS for c in verb.head.children)


def _finite_as_participle(verb) -> bool:
    """"Dream Cruise Parking, which helps cruisers …, posted … that …": a finite cue verb parsed as a
    participle on the name before it, or on the sentence's noun root. Not a listener's passive ("Trump, told that he had lost, said …")
    nor one without a that-clause ("Clinton, asked about the emails, said …")."""
    return (
        verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.doc[verb.i - 1].text == "," and verb.lemma_.lower() not in LISTENER_OBJECT
        and (
            verb.head.pos_ == "PROPN" and any(c.dep_ == "ccomp" and that_clause(c) for c in verb.children)
            # The sentence's only verb, on its noun root: "The acting director of the budget office, Russ
            # Vought, scoffed at Democrats' inquiry … and vowed that …".
            or verb.head.dep_ == "ROOT" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i
        )
    )


def contraction_as_subject(tok) -> bool:
    """Whether ``tok`` is an auxiliary's contraction the parser made a subject ("who’d insisted", "he’s
    said"); not "let's", whose "'s" is "us"."""
    return tok.dep_ == "nsubj" and tok.text[:1] in ("'", "’") and tok.lemma_.lower() != "us"


def _uncontracted(tok):
    """``tok``, or for an auxiliary's contraction made a subject the subject the parser hung on it, if any."""
    if not contraction_as_subject(tok):
        return tok
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def speaking_subject(verb, subjects):
    """Of two subjects the parser gave a cue ("People like Scott, he said", "12:15 p.m. Donald Trump
    says …", "“…,” said Leslie Wimes"), the speaker: the one after the cue, else the one nearest before it.
    The other is usually the reported clause or a dateline. Of 17 such cues on PolNeAR dev, this choice
    is the annotated source for 12, the first subject was for 2."""
    # Not a rank the parser made a subject of its own before the name: "said Capt. Will Smith".
    after = [s for s in subjects if s.i > verb.i and not _rank_before(s, subjects)]
    return min(after, key=lambda s: s.i) if after else max(subjects, key=lambda s: s.i)


def _rank_before(subject, subjects) -> bool:
    """Whether ``subject`` is an abbreviated rank with only proper nouns between it and another subject."""
    doc = subject.doc
    return subject.text.endswith(".") and any(
        o.i > subject.i and all(t.pos_ == "PROPN" for t in doc[subject.i + 1 : o.i]) for o in subjects
    )


def fronted_content(verb, subject):
    """"People like Scott, he said.": the reported clause parsed as a second subject, set off from the
    speaker by a comma or a quote mark; None when there is no such subject."""
    if subject is None:
        return None
    for other in verb.children:
        if other.dep_ == "nsubj" and other.i < subject.i and other != subject and not _hyphened_head(other):
            between = verb.doc[other.right_edge.i + 1 : subject.left_edge.i]
            if any(t.is_punct for t in between):
                return list(other.subtree)
    return None


CAPTION_PLACES = frozenset("left right center centre pictured above below top inset".split())  # not "(R)", a party


def speaker_phrase(subject, left_out=()) -> list:
    """The tokens of the speaker's phrase: the subject's subtree without ``left_out`` (token indices), from
    the last line break, spaced dash or quotation's end before its head word (datelines and timestamps
    the parser hangs on it: "7:25 a.m.⏎⏎Donald Trump", "BRUSSELS - European leaders"; a quotation parsed
    into the name's title) to the first line break after it (a
    dash after the name sets off an aside that stays: "Sen. John McCain - who chairs the committee -"),
    without a photo caption's "(left)"."""
    # "or what Gen. James Amos … calls …": the parser can hang the relative pronoun on the name (not the
    # World Health Organization's "WHO’s Director-General", a possessive).
    tokens = [t for t in subject.subtree if t.i not in left_out and not (t.tag_ in ("WP", "WDT") and t.i < subject.i and t.dep_ != "poss")]
    said = {i for clause in subject.subtree if _reports_own_words(clause, subject) for i in range(clause.left_edge.i - 1, clause.right_edge.i + 1)}
    said |= {i for clause in subject.children for i in _cue_aside(clause, subject)}
    # "… — a step critics say falls short": "a" and a singular noun the parser compounded onto a plural
    # speaker are what the clause describes.
    if subject.tag_ == "NNS":
        article = next((c for c in subject.lefts if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
        nouns = [c for c in subject.lefts if c.dep_ == "compound" and c.tag_ == "NN"]
        if article is not None and nouns:
            said |= {article.i} | {t.i for c in nouns for t in c.subtree}
    # "Trump on Sunday called Mexico …", "Trump in September announced …": the day is the cue's.
    said |= {
        t.i for c in subject.children
        if c.dep_ == "prep" and c.lower_ in ("on", "in") and c.i > subject.i
        # the day alone: not "Biden on Tuesday and Harris", a speaker the parser joined to the day
        and any(g.dep_ == "pobj" and all(t.ent_type_ == "DATE" or t.dep_ == "det" for t in g.subtree) for g in c.children)
        for t in c.subtree
    }
    tokens = [t for t in tokens if t.i not in said]

    def breaks(t) -> bool:
        return "\n" in t.text or t.text in ("-", "—", "–") and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)

    start = max((t.i for t in tokens if t.i < subject.i and (breaks(t) or _ends_quotation(t))), default=-1)
    end = min((t.i for t in tokens if t.i > subject.i and "\n" in t.text), default=len(subject.doc))
    doc = subject.doc
    # A photo caption's "(left)" is no part of the name: "Seyed Araghchi (right) said …".
    caption = {i for t in tokens if t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in CAPTION_PLACES
               and doc[t.i + 2].text == ")" for i in range(t.i, t.i + 3)}
    kept = [t for t in tokens if start < t.i < end and t.i not in caption]
    return _hyphened_before(kept[0]) + kept if kept else kept


def _reports_own_words(clause, subject) -> bool:
    """Whether ``clause`` is a relative clause after the speaker's name that reports words of its own
    ("Mr. Ekovich, who noted that …, said", "Barkley, who said he typically votes Democratic, …", "Guardian,
    who declined to say …"): another attribution, which PolNeAR mostly leaves out of the source (train: 56
    annotated sources end before such a clause, 11 hold it; with any relative clause, 151 and 108)."""
    first = clause.left_edge.i
    if clause.dep_ != "relcl" or clause.i < subject.i or not any(c.tag_ in ("WP", "WDT") and c.dep_ == "nsubj" for c in clause.children):
        return False
    if first == 0 or clause.doc[first - 1].text != ",":
        return False  # "The woman who accused the judge said": the clause tells who speaks
    lemmas = {clause.lemma_.lower(), *(c.lemma_.lower() for c in clause.children if c.dep_ == "xcomp")}
    return bool(lemmas & (SPEECH | SPEECH_ACTS))


def _cue_aside(clause, subject) -> range:
    """The token indices, commas included, of another's cue set off by commas that the parser hung on the
    speaker's phrase as a relative clause: "The attackers, he later told police, also said, “…”" (who said
    it was told by him); empty for any other clause."""
    if clause.dep_ != "relcl" or clause.i < subject.i or clause.lemma_.lower() not in SPEECH:
        return range(0)
    words = [t.i for t in clause.subtree if not t.is_punct]
    doc, first, last = clause.doc, words[0], words[-1]
    if (
        doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","
        and any(c.dep_ == "nsubj" and c.tag_ in ("PRP", "NNP") for c in clause.children)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in clause.children)
        and not any(t.tag_ in ("WDT", "WP", "WP$") for t in clause.subtree)  # "The statement, which Smith posted, said"
    ):
        return range(first - 1, last + 2)
    return range(0)


def _hyphened_before(first) -> list:
    """The first half of a hyphened word the parser left out of the phrase ``first`` opens, with the words
    it took for that half's own ("“…,” vice-president Joe Biden told CNN" with "vice" and "-" hung on a verb
    inside the quotation; "said the vice-president" with "the vice", "-" and "president" three subjects)."""
    doc = first.doc
    if first.i < 2 or not _joining_hyphen(hyphen := doc[first.i - 1]) or not (word := doc[first.i - 2]).is_alpha:
        return []
    start = word.i
    while start > 0 and word.is_ancestor(doc[start - 1]) and not doc[start - 1].is_punct:
        start -= 1
    return [*doc[start : word.i], word, hyphen]


def _hyphened_head(tok) -> bool:
    """Whether ``tok`` is a hyphen joining two words, or the word before one: what the parser makes a
    subject of its own in "the vice-president said" is no second subject (but the only one in "The
    mother-of-two said")."""
    doc = tok.doc
    if tok.text == "-":
        return _joining_hyphen(tok) and doc[tok.i + 1].is_alpha
    return tok.i + 1 < len(doc) and not tok.whitespace_ and _hyphened_head(doc[tok.i + 1])


def _joining_hyphen(tok) -> bool:
    """Whether ``tok`` is a hyphen written between two tokens with no space on either side."""
    doc = tok.doc
    return tok.text == "-" and 0 < tok.i < len(doc) - 1 and not tok.whitespace_ and not doc[tok.i - 1].whitespace_


def _ends_quotation(tok) -> bool:
    """Whether ``tok`` is a quotation's closing mark after its last stop or comma, which no speaker's phrase
    runs over ("“…,” Reps. Sander M. Levin … said", the quotation parsed into the title); not after "!" or
    "?", which end titles too ("Longtime “Jeopardy!” host Alex Trebek said"). A straight mark after a
    comma may open a quotation instead, which no speaker's phrase holds before its name either."""
    return tok.text in CLOSING_MARKS and tok.i > 0 and tok.doc[tok.i - 1].text in (",", ".")


def passive_agent(verb):
    """The object of a passive verb's "by" ("is supported by far fewer publications"), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


CUE_MODIFIERS = ("aux", "auxpass", "neg", "advmod")


def cue_tokens(verb) -> list:
    """The cue: the verb with its particle and the auxiliaries, negation and adverbs right before it
    ("has also said", "did not respond", "pointed out"), as PolNeAR marks cues."""
    # A particle joins the cue when it follows the verb ("pointed out"), not after the object
    # ("ruled that out": the cue "ruled", the content "that", as PolNeAR marks them).
    tokens = [verb] + [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
    start = verb.i
    for child in sorted((c for c in verb.lefts if c.dep_ in CUE_MODIFIERS), key=lambda c: -c.i):
        if child.i != start - 1 or child.pos_ in ("PROPN", "PRON", "NOUN") or child.is_upper and len(child) > 1:
            break  # not a name the tagger took for an adverb: "the payroll processor ADP reported"
        tokens.append(child)
        start = child.i
    return tokens


def _second_that_clause(verb, first):
    """A second that-clause of the cue's right after the ``first`` one, past only punctuation and a
    conjunction, which the parser made a conjunct of the cue ("said that he and Comey “worked very well
    together,” but that there “were glitches” in communication": quote marks mislead it); or None."""
    if not that_clause(first):
        return None
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.i > first.right_edge.i and conj.left_edge.lower_ == "that" and conj.left_edge.dep_ == "mark":
            between = doc[first.right_edge.i + 1 : conj.left_edge.i]
            if all(t.is_punct or t.dep_ == "cc" for t in between) and any(t.dep_ == "cc" for t in between):
                return conj
    return None


def _clause_end(clause) -> int:
    """The last token of ``clause`` before what the parser hangs on its right that is no part of it: a
    conjunct, another clause, or a phrase set off by a comma ("… but that they were “open to talks,”
    according to aides"; "…, while his rival said …"; "… and he urged parents to prepare")."""
    doc = clause.doc
    for child in sorted((c for c in clause.children if c.i > clause.i), key=lambda c: c.i):
        first = child.left_edge.i
        set_off = any(t.text == "," for t in doc[max(first - 2, clause.i) : first])
        if child.dep_ in ("conj", "cc", "advcl", "parataxis") or set_off and child.dep_ in ("prep", "npadvmod", "advmod"):
            end = first - 1
            while end > clause.i and (doc[end].is_punct or doc[end].dep_ == "cc"):
                end -= 1
            return end
    return clause.right_edge.i


# Axios's labels run to four words ("What they're saying:", "Why it matters:", "Between the lines:") and
# open with one of these words (or two: "The big picture:"); a short clause before a colon otherwise is
# as often words said ("Enough is enough: protesters chanted …").
LABEL_WORDS = 5
LABEL_OPENERS = frozenset({"why", "what", "how", "where", "when", "who", "between", "yes", "go", "catch", "driving",
                           "flashback", "reality", "context", "details", "zoom", "the big", "the bottom", "by the"})


def _label_before(clause, verb) -> bool:
    """Whether ``clause``, a few words, opens the sentence before the cue and a colon ends it: a house style's
    label ("Why it matters: The disconnect adds to the wealth gap"), not what the sentence reports (a clause
    that long is: "… never seem to tire of telling the story of Copenhagen: … the two learned of …")."""
    doc = clause.doc
    start, after = clause.left_edge.i, clause.right_edge.i + 1
    return (
        clause.i < verb.i and start == clause.sent.start and after - start <= LABEL_WORDS
        and after < verb.i and doc[after].text == ":"
        and (doc[start].lower_ in LABEL_OPENERS or doc[start : start + 2].text.lower() in LABEL_OPENERS)
    )


# Verbs of a meeting or a visit, which take no that-clause of their own.
MEETING_VERBS = frozenset("meet visit tour attend host".split())


def _that_clause_in_adjunct(verb) -> list:
    """A that-clause ending the sentence that the parser hung on the verb of a preposition's clause on the
    cue, a verb of meeting that cannot take one: "saying on Sunday after meeting his counterparts that he
    would keep pursuing talks" says what "meeting" cannot (not "tweeted … without disclosing that …", "wrote
    … after learning that …": those verbs take their own); or on the noun of its "in" phrase
    (_said_in_statement_that)."""
    last = max((t.i for t in verb.sent if not t.is_punct), default=verb.i)
    return [
        t for prep in verb.children if prep.dep_ == "prep" and prep.i > verb.i for t in prep.subtree
        if t.dep_ == "ccomp" and that_clause(t) and t.right_edge.i >= last and t.head.dep_ == "pcomp"
        and t.head.lemma_.lower() in MEETING_VERBS
        or _said_in_statement_that(t, prep)
    ][:1]


def _said_in_statement_that(clause, prep) -> bool:
    """Whether ``clause`` is the that-clause the parser hung on the noun of the cue's "in" phrase as that
    noun's complement: "said in a statement that the agency was taking the allegations “very seriously”"
    reports what the statement says (not "said in a town that has …", where "that" is the subject)."""
    return (
        prep.lower_ == "in" and clause.dep_ in ("acl", "relcl") and clause.head.dep_ == "pobj" and clause.head.head.i == prep.i
        and that_clause(clause) and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
        # not "said so in a statement that it posted", "said it in an interview that the network aired": the cue
        # has what was said, and the clause is the statement's own
        and not any(c.dep_ == "dobj" or c.lower_ == "so" for c in prep.head.children if c.i < prep.i)
    )


def complement_of(verb, lemma: str) -> list | None:
    """Tokens of the reported content governed by the cue verb, or None."""
    clauses = [
        c for c in verb.children
        if c.dep_ in COMPLEMENT_DEPS and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and not _asked_aside(c) and set_off_cue(c) is None
    ]
    if lemma in ASKING and not clauses:
        clauses = [c for c in verb.children if _asked_question(verb, c)]
    # Not the speaker's description: "“…,” said Dr. Joseph Habboushe, …, who co-authored a study" (after a
    # speaker named after the cue and none before it: "Francois Hollande Says Donald Trump ‘Makes You …’"),
    # whatever clause the parser hangs on the cue there, up to a full stop (what follows is the next
    # sentence's, which the parser may run on: "… noted a report by E3G. It ''amounts to …''"); nor a
    # relative clause on an adjunct (_relative_on_adjunct).
    subjects = [c.i for c in verb.children if c.dep_ == "nsubj"]
    speaker_after = subjects[0] if subjects and subjects[0] > verb.i else None
    clauses = [
        c for c in clauses
        if not (speaker_after is not None and c.i > speaker_after and not any(_ends_sentence(t) for t in verb.doc[speaker_after : c.left_edge.i]))
        and not _relative_on_adjunct(c, verb) and not _clause_before_own_object(c, verb, lemma) and not _label_before(c, verb)
    ]
    if not clauses and lemma in SPEECH:
        clauses = _that_clause_in_adjunct(verb)
    if clauses:
        # "…, X said on Friday that …": the that-clause over a fronted adjunct clause.
        best = max(clauses, key=lambda c: (that_clause(c), c.i > verb.i))
        tokens = list(best.subtree)
        if best.dep_ == "xcomp" and best.tag_ == "VBN":
            # "Experts say poorly run meetings grind away …": the parser made the clause's subject a participle
            # clause of the cue's and the rest a clause of its own.
            rest = next((c for c in clauses if c.dep_ == "ccomp" and c.left_edge.i == best.right_edge.i + 1), None)
            if rest is not None:
                return tokens + list(rest.subtree)
        if best.dep_ == "xcomp":
            # "urged his supporters to vote": the object is the infinitive's subject and part of the content.
            tokens += [t for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < best.i for t in c.subtree]
        second = _second_that_clause(verb, best)
        if second is not None:
            tokens += verb.doc[best.right_edge.i + 1 : _clause_end(second) + 1]
        if best.i < verb.i and (joined := _joined_before(best, clauses)) is not None:
            tokens = list(verb.doc[best.left_edge.i : joined.right_edge.i + 1])
        return _relative_subject(verb, best) + tokens
    children = list(verb.children)
    for child in children:
        if child.dep_ == "dobj" and child.i > verb.i and lemma not in LISTENER_OBJECT:
            clause = _subject_before_aside(child) if lemma in SPEECH else None
            if clause is not None:
                return clause
            # "called Moscow an “impartial” player": the object with its predicate.
            tokens = list(child.subtree)
            for sibling in children:
                # "… an “impartial” player", "criticized Clinton for …", "described him as …", "accused the
                # U.S. of taking out …" (PolNeAR's content for "accused": the accused and the accusation).
                if sibling.i > child.i and (
                    sibling.dep_ in ("oprd", "xcomp", "ccomp") or sibling.dep_ == "prep" and sibling.lower_ in ("for", "as", "of")
                ):
                    tokens.extend(sibling.subtree)
            return tokens
        if child.dep_ == "dobj" and lemma in LISTENER_OBJECT:
            # "told reporters that …" parsed with the clause under the listener.
            for grandchild in child.children:
                if grandchild.dep_ in ("ccomp", "relcl") and any(g.lower_ == "that" for g in grandchild.children):
                    return list(grandchild.subtree)
    return _named_as(children, verb)


def _joined_before(first, clauses):
    """The last of ``clauses`` before the cue that conjunctions join to the ``first`` one, the parser having
    made each a complement of the cue: "Mr. Thomas started there in 2007, and though he was assigned
    elsewhere, he frequently worked overtime, the indictment said" reports both; or None."""
    doc = first.doc
    joined, previous = None, first
    for clause in sorted((c for c in clauses if first.i < c.i < c.head.i), key=lambda c: c.i):
        between = doc[previous.right_edge.i + 1 : clause.left_edge.i]
        if not all(t.is_punct or t.dep_ == "cc" for t in between):
            break
        if not (doc[previous.right_edge.i].dep_ == "cc" or any(t.dep_ == "cc" for t in between)):
            break
        joined = previous = clause
    return joined


def _clause_before_own_object(clause, verb, lemma: str) -> bool:
    """"Planned Parenthood is the only option for low-income patients; a 2015 analysis by the Guttmacher
    Institute found 103 counties where …": a clause set off before a cue of finding by a semicolon, where
    the cue has an object of its own after it, which is what it reports. Not an object that points back
    to the clause ("…; the study confirmed this finding") or names somebody, and not another verb's: a
    quotation, a claim or a belief set off before a speech verb or a verb of thought is as often its
    content ("“…” — Trump promised Americans", "The election was stolen — Trump repeated his claim",
    "Climate change is real; scientists see overwhelming evidence")."""
    doc = verb.doc
    after = clause.right_edge.i + 1
    return (
        clause.i < verb.i and after < verb.i and doc[after].text == ";" and lemma in FINDING
        and any(c.dep_ == "dobj" and c.i > verb.i and c.pos_ != "PROPN" and not _points_back(c) for c in verb.children)
    )


def _points_back(obj) -> bool:
    """Whether an object may refer to what came before it: a pronoun, or a noun after "the", "this", "that"
    or a possessive ("his claim")."""
    return obj.pos_ == "PRON" or any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") or c.dep_ == "poss" for c in obj.children
    )


def _relative_subject(verb, clause) -> list:
    """"the department, which he argued seeks to restore equity": the relative pronoun that is the reported
    clause's subject, where the parser hung it on the cue beside the speaker; PolNeAR marks it as the
    content's first piece, as it does where the parser puts it in the clause ("which officials said will
    go into effect"). Empty where the clause has a subject of its own."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if verb.dep_ != "relcl" or len(subjects) < 2 or subjects[0].tag_ not in ("WDT", "WP"):
        return []
    if any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return []
    return [subjects[0]]


def _asked_question(verb, clause) -> bool:
    """"asked the students if they were …": a question the parser makes an adverbial clause of the cue,
    right after it or its object; not a condition ("asked anyone with information to call if they saw
    anything", "will ask Congress for more money if the talks fail")."""
    if clause.dep_ != "advcl" or not clause_marks(clause) & {"if", "whether"}:
        return False
    before = [c for c in verb.children if verb.i < c.i < clause.i]
    return all(c.dep_ == "dobj" for c in before) and clause.left_edge.i == max([verb.i, *(c.right_edge.i for c in before)]) + 1


def _subject_before_aside(obj) -> list | None:
    """"saying the economy — as measured from … — stands at 3.0 percent": the parser made the reported
    clause's subject the cue's object and its verb, after an aside between dashes, a conjunct elsewhere.
    The whole clause, or None."""
    doc = obj.doc
    opening = obj.right_edge.i + 1
    if opening >= obj.sent.end or doc[opening].text not in CLAUSE_DASHES:
        return None
    closing = next((t.i for t in doc[opening + 1 : obj.sent.end] if t.text in CLAUSE_DASHES), None)
    if closing is None or closing + 1 >= obj.sent.end:
        return None
    verb = doc[closing + 1]
    if verb.tag_ not in ("VBZ", "VBD", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return list(doc[obj.left_edge.i : verb.right_edge.i + 1])


def _ends_sentence(tok) -> bool:
    """A full stop, or one the tokenizer left on a word before a new sentence ("E3G. It …"); not an
    abbreviation's ("U.S.", "Jr.", "Dr.")."""
    doc = tok.doc
    if tok.text in (".", "!", "?"):
        return True
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.text.endswith(".") and "." not in tok.text[:-1] and not (len(tok) <= 4 and tok.text[:-1].isalpha())
        and after is not None and after.pos_ in ("PRON", "DET") and after.is_title
    )


def _relative_on_adjunct(clause, verb) -> bool:
    """"“…,” the Ohio governor said in an interview with CNN that aired Friday": after a quotation the cue
    reports, a relative clause on the adjunct's last noun, which the parser made the cue's complement
    ("that" its only subject, right after a preposition's object; not "told students that reading
    mattered", nor "said on Twitter that was “fake news”", with no quotation before the cue)."""
    first = clause.left_edge
    return (
        clause.i > verb.i and first.tag_ == "WDT" and first.dep_ == "nsubj" and first.head == clause
        and any(t.is_quote for t in verb.doc[verb.sent.start : verb.i])
        and not any(c.dep_ in SUBJECT_DEPS and c != first for c in clause.children)
        and first.i > verb.i + 1 and verb.doc[first.i - 1].dep_ == "pobj"
    )


# Verbs that say what something is with "as": "whom he described as “peaceful”", "which RT pointed to as
# an example of its openness" (not "which he wrote as governor", "which she read as a child").
NAMING_AS = frozenset(
    """describe characterize characterise portray depict label brand dub hail denounce dismiss view see
    regard cast tout paint frame present identify point refer cite""".split()
)


def _named_as(children, verb) -> list | None:
    """What a speaker calls something where the parser found no object after the cue: "what he calls
    “corruption in politics”" (the relative pronoun before the cue and the name, two pieces, as PolNeAR
    marks them), "whom he described as “peaceful”" (NAMING_AS) and "Cruz called Trump a “pathological
    liar”" read as two predicates. Only with the speaker in the parse: "a group called the “We The People
    Foundation”" names, nobody speaks."""
    predicates = [c for c in children if c.dep_ == "oprd" and c.i > verb.i]
    if not any(c.dep_ == "nsubj" for c in children):
        return None
    relative = [c for c in children if c.dep_ == "dobj" and c.i < verb.i and c.tag_ in ("WP", "WDT")]
    if relative:
        if not predicates and verb.lemma_.lower() in NAMING_AS:
            predicates = [c for c in children if c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i]
        if predicates:
            return [t for c in relative + predicates[:1] for t in c.subtree]  # the relative is the object
    return [t for c in predicates for t in c.subtree] if len(predicates) > 1 else None


# Adjectives after which "it is … to say" stands for nothing ("It is important to note that …"), unlike
# those that say something of what "it" stands for ("It is ready to announce layoffs": the company).
EXTRAPOSING = frozenset(
    """important fair safe worth necessary possible impossible hard difficult easy accurate reasonable
    interesting notable striking clear true wrong right crucial essential tempting useful helpful premature
    instructive relevant early unclear uncertain""".split()
)


# Verbs of NAMING_AS that name, not judge: as participles joined to the clause before they are no one's words.
NAMING_PARTICIPLES = frozenset("refer describe dub label brand characterize characterise portray depict".split())


def _expletive_it(verb) -> bool:
    """Whether the cue is an infinitive after "it", "be" and an adjective of ``EXTRAPOSING`` ("It is also
    important to acknowledge that …", "It's too early to tell if …"), an "it" that stands for nothing."""
    if verb.dep_ != "xcomp":
        return False
    adjective = verb.head if verb.head.dep_ == "acomp" else next((c for c in verb.head.children if c.dep_ == "acomp"), None)
    be = adjective.head if adjective is not None else None
    return (
        adjective is not None and adjective.lower_ in EXTRAPOSING and be.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children)
    )


def _naming_participle(verb) -> bool:
    """Whether the cue is a participle of ``NAMING_AS`` after a comma, with no subject or agent of its own,
    that says what a thing is called ("cortisol, often referred to as the stress hormone", "the tax, described
    as a levy on success"); the parser hangs it on the clause before, whose subject it would take, or joins it
    to that clause's verb with no conjunction (only a verb of ``NAMING_PARTICIPLES`` then: "many whites, who
    were insured …, saw the program as detrimental" is what they saw)."""
    doc = verb.doc
    start = verb.left_edge.i
    return (
        verb.lemma_.lower() in (NAMING_PARTICIPLES if verb.dep_ == "conj" else NAMING_AS) and verb.tag_ in ("VBN", "VBD")
        and verb.dep_ in ("dep", "acl", "advcl", "conj")
        and start > 0 and doc[start - 1].text == ","
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass", "dobj") for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    )


def _split_around(verb, complement) -> bool:
    """"It is on his watch, Scheer said, that the deficit grew": a cue set in its sentence between commas,
    its that-clause after the second; the sentence's start is reported too."""
    first = min(complement, key=lambda t: t.i)
    return (
        verb.dep_ == "parataxis" and first.i > verb.i and first.lower_ == "that" and first.dep_ == "mark"
        and verb.doc[first.i - 1].text == "," and verb.left_edge.i > verb.sent.start
        and verb.doc[verb.left_edge.i].text == ","
    )


def _closing_cue_content(verb, complement) -> list | None:
    """"A, but B, Shamtoob says.": a cue that closes its sentence after a comma reports all of the sentence
    before it, where the parser joined the cue to the first clause and gave it the last alone as its
    complement (PolNeAR train: content before its cue runs on over ", but" 259 times in 280 and over
    ", and" 522 times in 547). None where nothing is to add."""
    doc, sentence = verb.doc, verb.sent
    own = {t.i for t in complement}
    # The cue's clause: the verb with its subject, auxiliaries and adverbs, but not the complement.
    clause_start = min([verb.i] + [c.left_edge.i for c in verb.lefts if c.i not in own and not c.is_punct])
    first = min(own)
    if not (sentence.start < first and max(own) < clause_start and doc[clause_start - 1].text == ","):
        return None
    # Nothing but the cue's own adjuncts after it ("…, Ben Embarek said on Tuesday.").
    mine = {t.i for t in verb.subtree}
    if any(not t.is_punct and t.i not in mine for t in doc[verb.i + 1 : sentence.end]):
        return None
    lead = [t for t in doc[sentence.start : first] if not t.is_quote]
    if len(lead) != first - sentence.start or any(t.lemma_.lower() in SPEECH or t.lower_ == "according" for t in lead):
        return None  # a quotation or a cue there is another attribution's ("Sales rose, the company said, but …")
    return lead + sorted(complement, key=lambda t: t.i)


def _quotation_after_inner_cue(verb, complement) -> list | None:
    """"Mr. Kasich said it’s “very unlikely” he’ll vote for Mr. Trump … “too much water under the bridge,”
    the Ohio governor said": a cue closing a sentence that opens with another cue and its speaker reports
    the quotation just before it, not the other attribution the parser gave it as its complement. None
    where the complement is no such cue or no quotation closes right before the cue."""
    doc = verb.doc
    inner = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if inner is None or inner.lemma_.lower() not in SPEECH or not any(c.dep_ == "nsubj" for c in inner.children):
        return None  # not "refugees will only be admitted if … “deemed to be in the national interest,” an official said"
    own = sorted(complement, key=lambda t: t.i)
    if not own or not any(t.text in CLOSING_MARKS for t in doc[own[-1].i + 1 : min(own[-1].i + 3, verb.i)]):
        return None
    straight = [t for t in own if t.text == '"']
    openings = [t for t in own if t.text in OPENING_TOKENS] or (straight[-1:] if len(straight) % 2 else [])
    before = doc[openings[-1].i - 1] if openings else None
    if not openings or openings[-1].i < inner.i or not (before.is_punct or before.pos_ in ("VERB", "AUX")):
        return None  # a quoted end of the other's clause: "… have said bathroom access is one of their “most pressing challenges,” Seelman writes"
    return [t for t in own if t.i >= openings[-1].i]


def _parenthetical_content(verb):
    """"…, Carter said." or "One question, Kerry told reporters, is …": the cue sits beside the clause."""
    head = verb.head
    if head == verb:
        return None
    if _as_aside(verb):
        # "As Clinton told the New York Daily News, tax relief is given in exchange for …": the clause after.
        return [t for t in head.subtree if t.sent == verb.sent and not verb.left_edge.i <= t.i <= verb.right_edge.i]
    if (aside := set_off_cue(verb)) is not None:
        return [t for t in verb.sent if t.i not in aside and not t.is_space]
    if verb.dep_ != "parataxis":
        if head.i > verb.i or verb.dep_ not in ("ccomp", "advcl", "conj"):
            return None
        if not any(t.is_punct for t in verb.doc[max(head.i, verb.left_edge.i - 2) : verb.left_edge.i]):
            return None
        if verb.dep_ == "conj" and verb.doc[verb.left_edge.i - 1].dep_ == "cc":
            return None  # "Cook said …, but Cook did not say when": a clause of its own, not an aside
        if verb.dep_ == "advcl" and (clause_marks(verb) - {"as", "like"} or opened_by_when(verb)):
            return None  # "“…,” the mayor said, after the ban passed": when, not an aside (", as police have said" is)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not clause_marks(verb):
            return None  # "Cities voiced their support for a ban, urging the judge …": the participle's own act
    own = {t.i for t in verb.subtree}
    if verb.dep_ == "parataxis" and (comma := _closing_comma(verb)) is not None and not any(c.dep_ in PREDICATES for c in head.children):
        # A complement the parser hangs on the cue after the comma that closes it is the clause's: "But the
        # final day of early voting Friday was, Ralston writes, “cataclysmic” for Republicans." (Not a clause
        # on the cue, "“Don't fall,” he said, when a protester seemed to stumble", nor one after a clause whole
        # before it, "The team is ready, the coach said, confident that …".)
        own -= {t.i for c in verb.rights if c.i > comma and c.dep_ in PREDICATES for t in c.subtree}
    speaker = _speaker_between_pieces(verb)
    if speaker is not None:
        own |= {t.i for t in speaker.subtree}
    if verb.dep_ == "parataxis" and head.dep_ == "conj" and head.head.i < verb.left_edge.i:
        # "…, saying: “No one is trying to steal Brexit” but, he said, the UK would have to bear …": the
        # clause the cue sits in, where the rest of the sentence holds another speech cue; else both, as
        # PolNeAR marks "It's an investment, they say, that would be recouped …" (and a scare quote there,
        # "was a “huge success” and, she said, it will be expanded", is no other attribution).
        clause = {t.i for t in head.subtree}
        if any(t.lemma_.lower() in SPEECH and t.pos_ == "VERB" for t in verb.sent if t.i not in own and t.i not in clause):
            return [t for t in head.subtree if t.i not in own]
    return [t for t in verb.sent if t.i not in own]


PREDICATES = ("acomp", "attr", "oprd")


def _closing_comma(verb) -> int | None:
    """The index of the comma the parser hangs on a cue right after the cue's own words, if any."""
    return next((c.i for c in verb.rights if c.text == "," and c.dep_ == "punct" and c.i > verb.i), None)


def set_off_cue(verb) -> range | None:
    """The token indices of a speech cue's aside, its subject to its last word, where the cue says nothing
    of its own (no clause, no topic, no object but a listener: ``_says_nothing_itself``), sits between
    commas inside its sentence, ``ASIDE_TOKENS`` long at most, and is what the parser made a clause of the
    verb after it: "After Hillary Clinton called Trump to concede the election, he told supporters, he
    offered her his congratulations" (the rest of the sentence is the content, and none of it is
    "offered"'s). Not "In a letter …, the media groups complained about restrictions …, the Los Angeles
    Times reported", what the Times reported, nor "In 2019, Smith warned her superiors, the report said",
    whose later verb closes its sentence as a cue (``_ends_as_cue``)."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or verb.dep_ != "ccomp" or verb.head.i < verb.i or verb.lemma_.lower() not in SPEECH:
        return None
    before, after = subject.left_edge.i - 1, verb.right_edge.i + 1
    if (
        before > verb.sent.start and doc[before].text == "," and after < verb.head.i and doc[after].text == ","
        and after - subject.left_edge.i <= ASIDE_TOKENS and _says_nothing_itself(verb) and not _ends_as_cue(verb.head)
    ):
        return range(subject.left_edge.i, after + 1)
    return None


# The longest aside a set-off cue makes, its subject to its last word ("he told supporters", "a senior
# administration official told reporters on Tuesday").
ASIDE_TOKENS = 9


# Prepositions that say where, when or of what a closing cue was said ("police said in a statement", "told CBC
# on Friday", "he said of Cruz").
CUE_SETTINGS = frozenset("in on at during via through of".split())


def _ends_as_cue(verb) -> bool:
    """Whether the verb is a cue that closes its sentence, nothing after it but punctuation, its subject, a day
    or a manner word, a listener ("told Reuters"), where it was said or a participle after a comma ("…,
    adding that …"): the clause before it is its content ("On Monday, the company announced layoffs, a
    spokesperson said.")."""
    if verb.lemma_.lower() not in SPEECH | FINDING | THOUGHT:
        return False
    for c in verb.rights:
        if c.is_punct or c.is_space or c.dep_ in SUBJECT_DEPS or c.dep_ in ("npadvmod", "advmod") and c.right_edge == c:
            continue
        if c.dep_ in ("dobj", "dative") and _listener(verb, c) and not any(t.dep_ in ("prep", "relcl", "acl") for t in c.subtree):
            continue
        if c.dep_ == "prep" and c.lower_ in CUE_SETTINGS and not any(t.pos_ in ("VERB", "AUX") for t in c.subtree):
            continue
        if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and c.doc[c.left_edge.i - 1].text == ",":
            continue
        return False
    return True


def _listener(verb, obj) -> bool:
    """Whether the object ``obj`` of a cue that takes a listener ("told reporters", "told Reuters", "told
    him") is that listener."""
    return verb.lemma_.lower() in LISTENER_OBJECT and (obj.pos_ in ("PROPN", "PRON") or obj.tag_ == "NNS")


def _says_nothing_itself(verb) -> bool:
    """Whether the cue's words after it are only when, where or to whom it was said ("told supporters",
    "said on Tuesday"): no clause, topic or thing said."""
    lemma = verb.lemma_.lower()
    for child in verb.rights:
        if child.dep_ in COMPLEMENT_DEPS or child.dep_ == "prep" and child.lower_ in TOPIC_PREPOSITIONS | {"for"}:
            return False
        if child.dep_ == "dobj" and lemma not in LISTENER_OBJECT:
            return False
    return True


def opened_by_when(clause) -> bool:
    """Whether an adverb of ``WHEN_WORDS`` opens the clause ("…, as when Rahm Emanuel talked about …")."""
    return any(c.dep_ == "advmod" and c.lower_ in WHEN_WORDS and c.i == clause.left_edge.i for c in clause.children)


# Speech verbs an "as" clause uses for when, not for what was said: "As he testified, his wife looked on".
AS_TIMES = frozenset("ask testify answer shout yell scream whisper mutter continue describe recount".split())


def _as_aside(verb) -> bool:
    """"As Clinton told the Daily News, …", "As I wrote on Tuesday, …", "As reported by Western
    Journalism, …": an "as" clause in the past that opens its sentence before a comma or a colon, with a
    subject or a passive's agent and no words of its own, its cue's words being the clause it hangs on.
    Not a broadcast's "As NPR's Anthony Kuhn reports, …", which hands over to its own reporter, nor a time
    ("As she told the story, her voice broke", "As he testified, …", "As noted above, …")."""
    if puts_it(verb):
        return verb.head != verb  # "… an ''extreme makeover,'' as one diplomat put it" too, wherever it stands
    first, doc, lemma = verb.left_edge, verb.doc, verb.lemma_.lower()
    end = _after_phrase(verb)
    if not (
        verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBN") and verb.head.i > verb.i
        and first.i == verb.sent.start and first.lower_ == "as" and first.dep_ == "mark" and first.head == verb
        and end < len(doc) and doc[end].text in (",", ":")
        and lemma in (SPEECH | {"reveal"}) - AS_TIMES and any(c.dep_ in ("nsubj", "agent") for c in verb.children)
    ):
        return False
    # Only a listener for object ("told the Daily News", "told reporters"), nothing said or asked about.
    return not any(
        c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ in ("about", "of")
        or c.dep_ == "dobj" and not _listener(verb, c)
        for c in verb.children
    )


def sourcing_preposition(tok) -> bool:
    """Whether ``tok`` opens "according to" or a "per" that names a source as "according to" does (Axios and
    others: "…,” per NPR, …", "Per a source familiar with the talks, …"): after a comma, a dash or at the
    sentence's start, before a name or a word for a source; never a rate ("$5 per share, per year", "per
    cent"), "as per the contract", a count ("per 100,000 people"), a demonym or a law's section. "Per"
    opening a sentence is as often a first name: there, only before an organisation or a word for a
    source, and not before the name of the verb's subject or of its apposition."""
    doc = tok.doc
    if tok.lower_ == "according":
        return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
    if tok.lower_ != "per" or tok.pos_ != "ADP" or tok.ent_type_ or tok.text == "Per" and not tok.is_sent_start:
        return False  # a capitalised "Per" inside a sentence, or one the tagger puts in a name, is a first name
    before = doc[tok.i - 1] if tok.i else None
    if before is not None and before.is_quote and tok.i > 1:
        before = doc[tok.i - 2]  # "…,” per NPR"
    if not (tok.is_sent_start or before is None or before.text in (",", "—", "–", "(")):
        return False
    source = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if source is None or source.lower_ in PER_LATIN or source.ent_type_ in ("NORP", "LAW", *NUMERIC_LABELS) or any(
        c.dep_ == "nummod" for c in source.children
    ):
        return False  # "per diem", "Per Texan, the state spends …", "Per Section 3 of the law"
    if tok.i < tok.head.i:
        subjects = [c for c in tok.head.children if c != tok and (c.dep_ in SUBJECT_DEPS or c.dep_ == "expl")]
        # "Per Sandberg, Norway’s former finance minister, said …": the name is the verb's subject, or the
        # subject is the name's apposition, set off by commas.
        if not subjects or any(
            c.left_edge.i == source.right_edge.i + 2 and "," in (doc[c.right_edge.i].text, doc[min(c.right_edge.i + 1, len(doc) - 1)].text)
            for c in subjects
        ):
            return False
    if source.lemma_.lower() in PER_SOURCE_WORDS:
        return True
    # "Per" opening a sentence is as often a first name ("Per Mertesacker, the academy director, welcomed …"):
    # there, only an organisation's name.
    return source.pos_ == "PROPN" and (tok.text == "per" or source.ent_type_ == "ORG")


def according_to(tok, text: str) -> Attribution | None:
    """The attribution "according to" or a sourcing "per" (``sourcing_preposition``) opens at ``tok``."""
    to = tok if tok.lower_ == "per" else tok.doc[tok.i + 1]
    # "according to show insiders": the parser may read the source as a verb's phrase (pcomp).
    objects = [c for c in to.children if c.dep_ in ("pobj", "pcomp")] or [c for c in tok.children if c.dep_ == "pobj"]
    if not objects or objects[0].lower_ in ("plan", "schedule", "script") and not list(objects[0].children):
        return None  # "if all goes according to plan"
    speaker_tokens = list(objects[0].subtree)
    head = tok.head if tok.head != tok else None
    own = {t.i for t in tok.subtree}
    sentence = tok.sent
    if head is None:
        # The parser hung the sentence on "According" ("According to … host Rush Limbaugh, the move reeks
        # of …"): the phrase ends at its comma, and the rest of the sentence is the content.
        comma = next((t for t in sentence if t.i > to.i and t.text == ","), None)
        if comma is None or sum(not t.is_punct for t in tok.doc[comma.i + 1 : sentence.end]) < 3:
            return None  # "According to MSNBC, basically.": what it reports is in the sentence before
        own = set(range(tok.i, comma.i + 1))
        speaker_tokens = [t for t in speaker_tokens if t.i in own]
    source = objects[0]
    named = _name_apposed_after(source, max(t.i for t in speaker_tokens))
    if named is not None:
        # "According to Vernal Heights Chief of Police, Gregory Moore, the 3-men were …": the name after
        # the title's comma, which the parser hangs on the clause, is the source.
        source, speaker_tokens = named, speaker_tokens + list(entity_span(named))
        own |= set(range(tok.i, named.i + 2))
    closing = tok.i > sentence.start and tok.doc[tok.i - 1].text == "," and all(t.is_punct for t in tok.doc[max(own) + 1 : sentence.end])
    # ", according to the Tax Policy Center." closing its sentence sources all of it, wherever the parser
    # hangs it (PolNeAR train: the sentence before the comma is the content 70 times in 98, the
    # parser's head clause 63).
    scope = sentence if closing or head is None else head.subtree
    content_tokens = [t for t in scope if t.i not in own and t.sent == sentence and (not closing or t.i < tok.i)]
    content = token_ranges(_without_lead_in(content_tokens), text)
    speaker = token_ranges(speaker_tokens, text)
    if not content or not speaker:
        return None
    cue = trim(text, tok.idx, to.idx + len(to))
    return Attribution(cue=cue, cue_token=tok, speaker_token=source, speaker=cover(speaker), content=content, via="according")


def _name_apposed_after(title, end: int):
    """The last word of a person's name set off by commas (or closing the sentence) right after the
    phrase of ``title``, a person's title (``SOURCE_TITLES``), ending at token ``end``. Not a name that
    is the sentence's subject: with an apposition, a conjunct or a relative clause of its own ("According
    to the sheriff, John Smith, 45, was arrested", "According to the mayor, John Smith, who …"), or the
    clause's only subject; nor one listed on ("…, Andrew Cuomo, and the mayor, …"). None otherwise."""
    doc = title.doc
    if title.lower_ not in SOURCE_TITLES or title.tag_ not in ("NN", "NNP") or end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    span = person_named_at(doc, end + 2)
    if span is None:
        return None
    name, after = span[-1], doc[span.end] if span.end < len(doc) else None
    if after is None or after.text not in (",", ".") or span.end + 1 < len(doc) and doc[span.end + 1].tag_ in ("WP", "WDT", "CC"):
        return None
    if any(c.dep_ in ("appos", "conj", "relcl") for c in name.children):
        return None
    if name.dep_ in SUBJECT_DEPS and not any(c.dep_ in SUBJECT_DEPS and c != name for c in name.head.children):
        return None
    return name


def reported(verb, text: str) -> Attribution | None:
    lemma = verb.lemma_.lower()
    if goes_on_doing(verb):
        return None
    if _imperative(verb):
        return None  # the writer to the reader: "Of note: …", "Remember: …", "Ask yourself: …"
    if _asked_aside(verb):
        return None  # what the speaker was asked or told, by someone unnamed
    if 0 < verb.i < len(verb.doc) - 1 and verb.doc[verb.i - 1].text == "[" and verb.doc[verb.i + 1].text == "]":
        return None  # a transcript's sound: "[screaming] In response, the U.S. debated airstrikes"
    if _labels_a_cued_quote(verb):
        return None  # "What they're saying: “…,” said a campaign aide": a section label
    if _naming_participle(verb):
        return None  # "That includes cortisol, often referred to as the stress hormone": a name, nobody's words
    if any(_said_to_have(c) is not None for c in verb.children):
        return None  # "Romney is reported to have said that …": the infinitive is the cue
    if _quoted_as(verb) is not None and _speaks_as(verb) and not any(c.dep_ == "ccomp" for c in verb.children):
        return None  # "Ramirez is cited by the New Yorker as saying …": the participle is the cue
    subject = subject_of(verb)
    if subject is not None and _quoted_title(subject, verb):
        subject = None  # "… said Thursday morning on Fox News’s “Fox and Friends.”": a programme, read as the subject
    subject = _past_quotation(_past_label(_past_dateline(subject), verb), verb) or _hung_in_quotation(verb)
    if subject is not None and _asks_who(subject, verb):
        return None  # "What explains her apparent ease …?", "Who said that?": the writer asks
    if _expletive_it(verb):
        return None  # "It is also important to acknowledge that …": the writer, in a figure of speech
    cue_words = cue_tokens(verb)
    via, trailing = "complement", None
    content_tokens = complement_of(verb, lemma)
    if puts_it(verb):
        # "As one analyst put it, the deal is dead": "it" is the cue's, the clause the aside hangs on the content.
        cue_words += [c for c in verb.children if c.dep_ == "dobj"]
        content_tokens = None
    if (inside := _speaker_inside_content(verb)) is not None:
        subject, content_tokens = inside
    if subject is not None and content_tokens and subject in content_tokens:
        # "“…,” said Bart Yasso, …, and one of the few people to have run …": the speaker's own phrase; but
        # "“…,” Trump, Jr., said" hangs the name on the quote, which is what comes before it.
        if suffix_after_comma(subject):
            name_start = _name_start(subject)
            content_tokens = [t for t in content_tokens if t.i < name_start]
        elif (trailing := _trailing_speaker_start(subject, content_tokens)) is not None:
            content_tokens = [t for t in content_tokens if t.i < trailing - 1]
        else:
            content_tokens = None
    unheld = subject if _raises(verb, subject) else None
    if unheld is not None:
        subject = None  # "Chris Christie appeared to end his bid …": how he seemed, to nobody named
    agent = passive_agent(verb) if subject is None and unheld is None else None
    unheld = unheld or (_unheld_subject(verb) if subject is None and agent is None and lemma not in SPEECH else None)
    if agent is not None:
        # "was first reported by The Washington Post": the agent speaks; "by" ends the cue.
        subject = agent
        cue_words.append(agent.head)
        if not content_tokens:
            content_tokens = [t for c in verb.children if c.dep_ == "nsubjpass" for t in c.subtree]
    if content_tokens and (day := _day_after_cue(verb, cue_words, content_tokens)) is not None:
        # "saying Monday it replaced him": the day is when it was said, the cue's, as in "said Monday that …"
        cue_words.append(day)
        content_tokens = [t for t in content_tokens if t != day]
    if content_tokens and _split_around(verb, content_tokens):
        content_tokens = _parenthetical_content(verb) + content_tokens
    elif content_tokens:
        content_tokens = (
            _closing_cue_content(verb, content_tokens) or _quotation_after_inner_cue(verb, content_tokens) or content_tokens
        )
    # A participle that takes its content through a preposition is no aside on the clause it hangs on
    # ("Romney has been sensitive to …, calling for donations to the American Red Cross").
    participle = verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    joined = _prepositional_object(verb, cue_words) if not content_tokens else None
    if not content_tokens and not (participle and joined is not None):
        via, content_tokens = "parenthetical", _parenthetical_content(verb) or fronted_content(verb, subject)
    if not content_tokens and lemma in SPEECH:
        misplaced = _misplaced_complement(verb) or _one_word_answer(verb)
        if misplaced:
            via, content_tokens = "complement", misplaced
    if not content_tokens and joined is not None:
        # "called for …", "railed against …", "spoke out Tuesday about …": the preposition (and a day or
        # manner adverb before it) belongs to the cue.
        cue_words += joined[0]
        via, content_tokens = "preposition", joined[1]
    if unheld is not None:
        held = _passive_content(verb, unheld, via, content_tokens, cue_words)
        if held:
            via, content_tokens = "passive", held
    content_tokens = _quotation_alone(_without_writers_asides(_without_joined_cue(verb, _without_writers_lead(verb, content_tokens))))
    if lemma in MARKET_VERBS and via == "complement" and content_tokens and _quantity_only(content_tokens):
        return None  # "the index added 0.4 per cent", "the company posted a $3-billion loss": no attribution
    if lemma == "claim" and any(c.dep_ == "dobj" and c.lemma_.lower() == "life" for c in verb.children):
        return None  # "the assault, which claimed the life of the ambassador", "the storm claimed 12 lives": deaths
    if lemma == "add" and via == "complement" and content_tokens and _added_not_said(verb, content_tokens):
        return None
    cue = token_ranges(cue_words, text)
    if not cue:
        return None
    # A subject above the cue ("a tweet attacking …") is its phrase without the cue's clause, or the clause
    # the cue is joined to ("Trump, who …, again called on the NFL to act, and said …").
    branch = _branch_under(subject, verb) if subject is not None and subject.is_ancestor(verb) else None
    own = range(branch.left_edge.i, branch.right_edge.i + 1) if branch is not None else ()
    if subject is not None and subject == verb.head and verb.dep_ == "parataxis":
        own = range(subject.i + 1, verb.right_edge.i + 1)  # the name the parser made the root, not the aside after it
    speaker = cover(token_ranges(speaker_phrase(subject, own), text)) if subject is not None else None
    if subject is not None and subject == _misparsed_name(verb):
        # The parser gave the name a phrase of some other clause's ("Soto, who also co-writes …"): the name alone.
        speaker = cover(token_ranges(list(subject.doc[_name_start(subject) : subject.i + 1]), text))
    if trailing is not None and speaker:
        speaker = (subject.doc[trailing].idx, speaker[1])  # "the judge, Richard Seeborg"
    content = token_ranges(_without_lead_in(content_tokens), text) if content_tokens else []
    if speaker and content:
        content = minus(content, speaker)
    if subject is None and lemma not in SPEECH and via != "passive":
        return None
    if not content and lemma not in SPEECH:
        return None
    return Attribution(cue=cover(cue), cue_token=verb, speaker_token=subject, speaker=speaker, content=content, via=via)


def _branch_under(ancestor, tok):
    """The child of ``ancestor`` whose subtree holds ``tok``."""
    return next(a for a in [tok, *tok.ancestors] if a.head == ancestor)


def _labels_a_cued_quote(verb) -> bool:
    """Whether ``verb`` is in a section label (``SAYING_LABEL``) before a paragraph with a speech cue of its
    own, or on a line of its own before a speaker's label ("What they're saying: ⏎⏎ McConnell: “…”"); a
    label alone is the attribution ("What he's saying: “…”")."""
    doc = verb.doc
    if not any(verb.i >= back and saying_label_end(doc[verb.i - back]) > verb.idx for back in range(1, 5)):
        return False
    after = doc[verb.i + 1 :]
    paragraph = after[: next((k for k, t in enumerate(after) if "\n" in t.text_with_ws), len(after))]
    if all(t.is_punct for t in paragraph):
        following = [t for t in doc[paragraph.end : paragraph.end + 6] if not t.is_space]
        colon = next((k for k, t in enumerate(following) if t.text == ":"), None)
        return colon is not None and 0 < colon <= 3 and all(t.pos_ == "PROPN" for t in following[:colon])
    quoted = False  # a speech verb inside the quotation is the speaker's words ("What he's saying: “I told them …”")
    for t in paragraph:
        if t.text in OPENING_MARKS or t.text in CLOSING_MARKS:
            quoted = t.text in OPENING_MARKS if t.text != '"' else not quoted
        elif not quoted and t.lemma_.lower() in SPEECH and t.pos_ in ("VERB", "AUX"):
            return True
    return False


def _added_not_said(verb, content) -> bool:
    """Something added, not said: "with another amnesty added to compensate for …" (a bare participle
    before an infinitive), "Retail trade … also added jobs for the month" (a bare noun for its object,
    with no clause and no quotation; "added a caveat", "added a personal note about …" stay words), or
    a name signed ("James L. Jones … added his name" to a letter) or a thing added to another."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ("name", "signature") and not any(d.dep_ in ("prep", "relcl", "acl") for d in c.children)
           for c in verb.children):
        return True
    if verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) and _infinitive(min(content, key=lambda t: t.i)):
        return True
    bare = any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not any(d.dep_ in ("det", "poss") for d in c.children) for c in verb.children)
    # "Jessica added a pop of color to her ensemble": a thing added to another.
    added_to = any(c.dep_ == "dobj" for c in verb.children) and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    return (bare or added_to) and _no_clause(content) and not quotes_words(content)


def _infinitive(tok) -> bool:
    """Whether ``tok`` is the "to" that opens an infinitive clause."""
    return tok.lower_ == "to" and tok.dep_ == "aux" and tok.head.dep_ == "xcomp"


def _speaker_inside_content(verb):
    """"The quickest legal way for Trump to …, said Yale-Loehr, could be by expanding …": a cue set off by
    commas inside what was said, with the speaker's name after it, which the parser makes the subject of
    the rest (or the cue's second subject, or the cue an aside on the rest), and the content's own subject
    the cue's. (speaker, content tokens), or None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in SPEECH:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    rest = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if rest is None and verb.dep_ == "parataxis" and verb.head.i > verb.i:
        rest = verb.head  # "The plan, said Smith, would fail", the cue an aside on the rest
    if subject is None or rest is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    # The name right after the cue, as the rest's subject or as the cue's second one ("The hardest part of
    # the bill, said Mr. Cornyn, is …").
    speaker = next((s for s in _subjects_right_after(verb, (rest, verb)) if s.pos_ == "PROPN"), None)
    if speaker is None:
        return None
    comma = speaker.right_edge.i if doc[speaker.right_edge.i].text == "," else speaker.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or rest.left_edge.i <= verb.i and rest.i <= comma:
        return None
    # Not a clause of its own joined to the rest: "The bill, said Pelosi, “is a disgrace,” and she vowed …".
    joined = {t.i for c in rest.children if c.dep_ == "conj" and any(g.dep_ in SUBJECT_DEPS for g in c.children) for t in c.subtree}
    tail = [t for t in rest.subtree if t.i > comma and t.i not in joined]
    while tail and (tail[-1].is_punct and not tail[-1].is_quote or tail[-1].dep_ == "cc"):
        tail.pop()
    return speaker, [*subject.subtree, *tail]


def _apposed_before_cue(verb):
    """The head of an apposition set off by a comma that ends right before a closing speech cue the parser
    made its sentence's root with no subject, a common noun ("a person familiar with the situation"), else
    None."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in SPEECH or verb.i < 3:
        return None
    before = doc[verb.i - 1]
    apposed = next((t for t in (before, *before.ancestors) if t.dep_ == "appos"), None)
    if apposed is None or apposed.pos_ != "NOUN" or apposed.right_edge.i != verb.i - 1 or doc[apposed.left_edge.i - 1].text != ",":
        return None
    return apposed


def _trailing_speaker_start(subject, content) -> int | None:
    """Where the speaker's phrase opens that the parser ran into the end of the content before the cue,
    after a comma ("The “remain in Mexico” policy lacked …, the judge, Richard Seeborg, said", with "the
    judge" made a conjunct of the content's last noun): the name, and a role of up to four words before
    it set off by a comma; None where content follows the name. Also a described speaker the parser made
    an apposition ("…, a person familiar with the situation said": ``_apposed_before_cue``)."""
    doc = subject.doc
    described = subject.dep_ == "appos" and subject.pos_ == "NOUN"
    start, end = (subject.left_edge.i, subject.right_edge.i) if described else (_name_start(subject), subject.i)
    if any(t.i > end and not t.is_punct for t in content) or start == 0 or doc[start - 1].text != ",":
        return None
    role = next((i for i in range(start - 2, max(start - 6, 0), -1) if doc[i].is_punct), None)
    if not described and role is not None and doc[role].text == "," and doc[role + 1].dep_ == "det" and doc[start - 2].pos_ == "NOUN":
        start = role + 1  # "the judge, Richard Seeborg"
    return start if start > content[0].i + 1 and doc[start - 1].text == "," else None


def _name_start(name) -> int:
    """The index of the first word of the name that ends at ``name``, a suffix set off by a comma included."""
    return entity_span(name.doc[name.i - 2] if suffix_after_comma(name) else name).start


def _past_dateline(subject):
    """"SEOUL, South Korea -- North Korean state radio on Tuesday announced …": the parser makes the
    dateline the subject and the speaker its apposition."""
    if subject is None or subject.idx >= (past := dateline_end(subject.sent[0])):
        return subject
    return _apposed_past(subject, past)


def _past_label(subject, verb):
    """"The big picture: Trump and his allies have alleged …": a label of a few words before a colon that
    opens the paragraph is no speaker; the subject after the colon is, which the parser may hang on the
    cue's auxiliary, and with none there, nobody named."""
    if subject is None or not _opens_paragraph(subject.sent[0]) or subject.i > verb.i:
        return subject
    colon = next((t for t in subject.sent[:6] if t.text == ":"), None)
    if colon is None or subject.i > colon.i or verb.i < colon.i:
        return subject
    return next((
        t for t in subject.doc[colon.i + 1 : verb.i]
        if t.dep_ in SUBJECT_DEPS and (t.head == verb or t.head.head == verb and t.head.dep_ in ("aux", "auxpass"))
    ), None)


def _asks_who(subject, verb) -> bool:
    """Whether ``subject`` is a question's "what" or "who", not a relative pronoun."""
    last = next((t for t in reversed(verb.sent) if not t.is_space and t.text not in CLOSING_MARKS), None)
    return subject.tag_ == "WP" and verb.dep_ != "relcl" and last is not None and last.text == "?"


def _past_quotation(subject, verb):
    """"“… other than Joe Biden, the best shot of winning Nevada,” Dan Pfeiffer, a former adviser …, told
    Politico": the parser makes a name inside the quotation the subject and the speaker after its closing
    mark its apposition. Only a subject after an opening mark that is not closed before it ("Nancy
    Pelosi, speaking on “Meet the Press,” Speaker of the House …" stays Pelosi), in its sentence or, for a
    curly closing mark with no mark before the subject in its sentence, since its paragraph's start (the
    quotation opened sentences before)."""
    if subject is None or subject.i > verb.i:
        return subject
    doc = subject.doc
    before = doc[subject.sent.start : subject.i]
    closing = next((t for t in doc[subject.i + 1 : verb.i] if t.text in CLOSING_MARKS), None)
    if closing is not None and closing.text in CLOSING_TOKENS and not any(t.is_quote for t in before):
        # "“I believe … seriously. He has a very good shot …, and other than Joe Biden, the best shot …,” Dan
        # Pfeiffer … told Politico" (a straight mark may open as well as close: "“…," he said. … "more work")
        before = doc[_paragraph_start(subject) : subject.i]
    if closing is None or not _left_open(before):
        return subject
    apposed = _apposed_past(subject, closing.idx)
    opening = max((t.i for t in before if t.text in OPENING_MARKS), default=-1)
    # The closing mark closes the quotation the subject is in, not one opened after it ("Pastor Darrell Scott
    # defended Trump’s “Look at my African-American over here!” line by saying", in a paragraph a block
    # quote's unclosed mark opens).
    inner = any(t.text in OPENING_TOKENS for t in doc[subject.i + 1 : closing.i])
    if apposed is subject and opening < subject.left_edge.i and closing.i > subject.right_edge.i + 1 and not inner:
        # "“We can assist … but we can't do it for them,” adding that …": the speaker's own words, not the
        # speaker (a scare-quoted name, "the so-called “Squad” said" or "“The Squad” said", closes its marks
        # right after its phrase); the name between the closing mark and the cue is ("“…: We will achieve
        # justice,” Tulsa police Chief Chuck Jordan said").
        between = [t for t in doc[closing.i + 1 : verb.i] if not (t.is_punct or t.is_space)]
        # (a place the tagger took for a verb, "Tulsa police Chief …", is a name's word)
        named = between and between[-1].pos_ in ("PROPN", "NOUN") and not any(t.pos_ in ("VERB", "AUX") and not t.ent_type_ for t in between)
        return between[-1] if named else None
    return apposed


def _hung_in_quotation(verb):
    """"“…,” a joint statement from the chairmen … said.": a speech cue with no subject, right after a
    quotation and a noun phrase the parser hung on a word inside it; the phrase's head. None otherwise."""
    doc = verb.doc
    if verb.lemma_.lower() not in SPEECH or any(c.dep_ in SUBJECT_DEPS and not _quoted_title(c, verb) for c in verb.children):
        return None
    closing = next((t for t in reversed(doc[verb.sent.start : verb.i]) if t.text in CLOSING_MARKS), None)
    if closing is None or closing.i < 1 or doc[closing.i - 1].text != ",":
        return None
    phrase = doc[closing.i + 1 : verb.i]
    heads = [t for t in phrase if not phrase.start <= t.head.i < phrase.end and not t.is_punct]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN") or heads[0].head.i > closing.i:
        return None
    return None if any(t.pos_ in ("VERB", "AUX") or t.text in CLOSING_MARKS for t in phrase) else heads[0]


def _quoted_title(subject, verb) -> bool:
    """Whether ``subject``, after the cue, is all of a quotation: a title ("said … on Fox News’s “Fox and
    Friends.”"), not a speaker."""
    doc = subject.doc
    start, end = subject.left_edge.i, subject.right_edge.i
    closing = next((t for t in doc[end + 1 : end + 3] if t.text in CLOSING_MARKS), None)
    return (
        subject.i > verb.i and start > verb.i + 2 and doc[start - 1].text in OPENING_MARKS  # not "said “Maria.”"
        and closing is not None and all(t.is_punct for t in doc[end + 1 : closing.i])
    )


def _apposed_past(subject, offset: int):
    """The apposition in the subject's phrase whose head word is past character ``offset``, hung on a word
    before it ("BIARRITZ, France (Reuters) - U.S. President Donald Trump said": on "France"), else the
    subject."""
    return next((c for c in subject.subtree if c.dep_ == "appos" and c.idx >= offset > c.head.idx), subject)


def _imperative(verb) -> bool:
    """A sentence that opens with its main verb, in the base form (or before a colon: "Of note:"), with
    no subject and no auxiliary: the writer to the reader. PolNeAR train annotates 7 of its 221 as cues
    ("Take a look at …", "Let's hope …"); a verb after its quote stays ("“…,” read one")."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or not (verb.tag_ == "VB" or verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "expl") for c in verb.children):
        return False
    return all(t.pos_ in ("ADV", "PUNCT", "SPACE") or t.tag_ == "RB" for t in doc[verb.sent.start : verb.i])


def _raises(verb, subject) -> bool:
    """Whether ``verb`` is "appear" or "seem" before an infinitive that reports nothing itself ("Trump
    appeared to end his bid …", not "She appeared to imply that …"): what the subject seems, to nobody
    named, as PolNeAR marks it (train: 100 of the 106 "appear"/"seem" cues before "to" have no source and
    the subject and the infinitive for content)."""
    if subject is None or verb.lemma_.lower() not in RAISING_VERBS or subject.dep_ not in ("nsubj", "appos"):
        return False  # an apposition: a name the parser hung on a fronted phrase (``_fronted_name_of_any``)
    infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    return infinitive is not None and any(c.lower_ == "to" and c.dep_ == "aux" for c in infinitive.children) and (
        infinitive.lemma_.lower() not in SPEECH | THOUGHT and not any(c.dep_ == "ccomp" for c in infinitive.children)
    )


def _unheld_subject(verb):
    """The subject of a passive cue that names nobody holding the view ("The rules are expected to …",
    "Mr. Quiros was accused of …"); None for a relative pronoun ("The rules, which are expected to …"
    is the noun's own clause: a reader could not tell what "which" is)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that":
        return None
    return subject


def _passive_content(verb, subject, via: str, complement: list, cue_words: list) -> list | None:
    """The content of a passive that names nobody: its subject with the complement, as PolNeAR marks it
    ("About one in nine voters / to be Latino", "it / a threat to troops"); an expletive "it" before a
    that-clause is no part of it ("It is believed that …"). None where the complement is no content: a
    preposition other than those that take a topic or a charge, or an adjunct after one (``_adjunct``)."""
    if via == "preposition":
        preposition = max(cue_words, key=lambda t: t.i)
        if preposition.lower_ not in PASSIVE_PREPOSITIONS or any(_adjunct(t) for t in complement if t.head == preposition):
            return None
    elif via != "complement" and complement:
        return None
    complement = complement or [t for c in verb.rights if c.dep_ == "oprd" for t in c.subtree]
    if not complement:
        return None
    if subject.lower_ == "it" and any(t.dep_ == "ccomp" and t.head == verb for t in complement):
        return complement
    return [*subject.subtree, *complement]


def _adjunct(obj) -> bool:
    """A passive's prepositional object that says when, where or how many ("released on Monday", "approved
    with 60 votes"; not "charged with two counts of treason"), or a speech verb that reports the words
    itself ("was quoted as saying that …")."""
    if obj.ent_type_ in ADJUNCT_ENTITIES or obj.like_num or obj.lemma_.lower() in SPEECH and obj.pos_ == "VERB":
        return True
    return any(c.dep_ == "nummod" for c in obj.children) and not any(c.dep_ in ("prep", "relcl", "acl") for c in obj.children)


def _quantity_only(tokens) -> bool:
    """Content that is an amount and no clause: a market move or a result, not words reported."""
    return any(t.like_num or t.ent_type_ in QUANTITY_ENTITIES or t.text == "%" for t in tokens) and _no_clause(tokens)


def _no_clause(tokens) -> bool:
    """Whether ``tokens`` hold no verb: a thing, not words reported."""
    return not any(t.pos_ in ("VERB", "AUX") for t in tokens)


# A dateline as text.DATELINE reads it, with a typewriter's double hyphen ("SEOUL, South Korea -- "), an
# em dash closed up to the next word ("WASHINGTON—President Donald Trump", The Wall Street Journal) or two
# places ("MONTREAL/RIYADH (Reuters) - "), which the stitching model's dateline feature was trained without.
WIRE_DATELINE = re.compile(dateline_place("/") + r"(?:(?:--|[-—–:])\s|—(?=[A-Z]))")
# A section label that opens a paragraph (Axios: "What they're saying: “…,” said a campaign aide"): the
# quotes after it have cues of their own.
SAYING_LABEL = re.compile(r"What (?:they|he|she|we|people|others|critics|experts|officials)(?:['’]re|['’]s| are| is)? (?:saying|said):\s")


def saying_label_end(first) -> int:
    """Where the section label that opens the paragraph at token ``first`` ends, else ``first.idx``."""
    if not _opens_paragraph(first):
        return first.idx
    found = SAYING_LABEL.match(first.doc[first.i : first.i + 8].text)
    return first.idx + found.end() if found else first.idx


def _opens_paragraph(tok) -> bool:
    """Whether ``tok`` is the first of its paragraph."""
    return not tok.i or "\n" in tok.doc[tok.i - 1].text_with_ws


def _paragraph_start(tok) -> int:
    """The index of the first token of ``tok``'s paragraph, back over the sentences the parser found in it."""
    start = tok.sent.start
    while not _opens_paragraph(tok.doc[start]):
        start = tok.doc[start - 1].sent.start
    return start


def dateline_end(first) -> int:
    """Where the dateline that opens the paragraph at token ``first`` ends ("WASHINGTON (Reuters) - "),
    else ``first.idx``: capitals with a comma or an agency ("COLUMBUS, Ohio — "), or a place's name
    of four capitals or more and a dash ("LONDON - "); not "U.S. - China talks", "NATO - Russia
    tensions" or a label's colon."""
    if not _opens_paragraph(first):
        return first.idx
    found = WIRE_DATELINE.match(first.doc[first.i : first.i + 30].text)  # not Doc.text, which joins every token
    if not found or found.group().rstrip().endswith(":"):
        return first.idx
    place = first.ent_type_ in ("GPE", "LOC") and re.search("[A-Z]{4}", found.group())
    if not (place or any(ch in found.group() for ch in ",(")):
        return first.idx
    return first.idx + found.end()


def _without_lead_in(tokens):
    """"And Mrs. Clinton now holds …": a clause-opening conjunction links sentences, it is not reported,
    nor is one left at the end before another speaker's clause; nor is a dateline ("COLUMBUS, Ohio —
    America's role …": PolNeAR train starts the content after it all 21 times)."""
    ordered = sorted(tokens, key=lambda t: t.i)
    if ordered:
        past = max(dateline_end(ordered[0]), saying_label_end(ordered[0]))
        ordered = [t for t in ordered if t.idx >= past]
    while ordered and (ordered[0].dep_ == "cc" or ordered[0].is_punct or ordered[0].is_space):
        ordered.pop(0)
    if ordered and ordered[-1].dep_ == "cc" and _opens_speakers_clause(ordered[-1]):
        ordered.pop()  # before the next speaker's clause: "… in Bright's complaint and Secretary Azar said"
    return ordered


def _opens_speakers_clause(conjunction) -> bool:
    """Whether the words after ``conjunction`` open a clause whose subject speaks ("and Secretary Azar said");
    a content the parser cut at any other conjunction goes on past it, which the learned edges read from the
    conjunction ("the moment of leadership or the policy behind it would last")."""
    doc = conjunction.doc
    if conjunction.i + 1 >= len(doc):
        return False
    first = doc[conjunction.i + 1]
    subject = next((t for t in first.sent if t.dep_ in SUBJECT_DEPS and t.left_edge == first), None)
    return subject is not None and subject.head.lemma_.lower() in SPEECH and subject.head.i > subject.i


def _prepositional_object(verb, cue_words):
    """(the words that join the cue, the content) for a preposition after the cue that takes the
    content as its object ("called for …"), with a day or manner adverb between them ("spoke out
    Tuesday about …": PolNeAR's cue runs over it), a medium ("bragged on Twitter about …"), how long
    ("bragging for a year about …") or a day's preposition ("called on Friday for …"); None when there is none."""
    end = max(t.i for t in cue_words)
    between = []
    topics_only = dated = False  # after an adverb or a medium only what about joins; after a day, "for" too
    for child in verb.rights:
        if child.i <= end:
            continue
        if child.left_edge.i == end + 1 and _dated(child):
            # "called on Friday for the firing of …", "apologized on Thursday": the day is no content; after it
            # only "for" or what about joins the cue ("spoke on Tuesday at a news conference" has none).
            between += list(child.subtree)
            end = child.right_edge.i
            dated = True
            continue
        if child.left_edge.i == end + 1 and _lasting(child) and (topic := _topic_of_duration(child)) is not None:
            # The parser hangs the topic on the duration: "bragging for a year about how cheaply …".
            objects = [t for c in topic.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
            return ([*between, *(t for t in child.subtree if t.i <= topic.i)], objects) if objects else None
        if child.left_edge.i == end + 1 and (child.right_edge.i == child.i and _time_or_manner(child) or _medium(child) or _lasting(child)):
            between += list(child.subtree)
            end = child.right_edge.i
            topics_only = True
            continue
        joining = TOPIC_PREPOSITIONS if topics_only else TOPIC_PREPOSITIONS | {"for"} if dated else CUE_PREPOSITIONS
        if child.dep_ == "prep" and child.lower_ in joining and child.i == end + 1:
            if verb.lower_ == "reporting" and child.lower_ in ("for", "from"):
                return None  # a reporter's sign-off: "Abby Wendle, reporting for the program"
            objects = [t for c in child.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
            return ([*between, child], objects) if objects else None
        first = child.left_edge
        if child.dep_ == "advcl" and first.i == end + 1 and first.lower_ == "for" and first.dep_ == "mark" and not topics_only:
            # "is calling for the United States to step up …": the parser makes "for" the mark of a clause.
            return [first], [t for t in child.subtree if t != first]
        break
    return None


def _day_after_cue(verb, cue_words, content_tokens):
    """The one-word day right after the cue that the parser hung on the reported clause's verb, where the
    clause's subject follows it ("saying Monday it replaced him"), or None."""
    first = min(content_tokens, key=lambda t: t.i)
    after = max(t.i for t in cue_words) + 1
    if first.i != after or first.ent_type_ not in ("DATE", "TIME") or first.dep_ != "npadvmod" or first.right_edge != first:
        return None
    opens = any(c.dep_ in SUBJECT_DEPS and c.left_edge.i == after + 1 for c in first.head.children)
    return first if opens else None


def _dated(prep) -> bool:
    """"on Friday", "on Thursday night": a preposition whose object is a date or a time."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.dep_ == "prep" and prep.lower_ in ("on", "in", "at") and bool(objects) and all(
        t.ent_type_ in ("DATE", "TIME") for o in objects for t in o.subtree
    )


def _lasting(prep) -> bool:
    """"for about an hour", "for months": how long, not what for."""
    return prep.dep_ == "prep" and prep.lower_ == "for" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")
        # Not a day or a time of something, what was called for ("a national day of action", "a minute of silence").
        and not any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        for c in prep.children
    )


def _topic_of_duration(prep):
    """The topic's preposition the parser hung on a duration's noun ("for a year about …"), if any."""
    return next((
        p for o in prep.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPOSITIONS
    ), None)


def _medium(prep) -> bool:
    """"on Twitter", "on television": where it was said, before what about ("bragged on Twitter about …")."""
    return prep.dep_ == "prep" and prep.lower_ in ("on", "in") and any(
        c.dep_ == "pobj" and c.lower_ in MEDIA for c in prep.children
    )


def _time_or_manner(tok) -> bool:
    """A day or a manner adverb between a cue and its preposition ("spoke out Tuesday about", "spoke
    highly of"); not "earlier" or "later", which leave the preposition to an adjunct ("said earlier on Friday")."""
    return tok.dep_ == "npadvmod" and tok.ent_type_ in ("DATE", "TIME") or tok.dep_ == "advmod" and tok.lower_.endswith("ly")


def _misplaced_complement(verb) -> list | None:
    """The speech verb's complement where the parser puts it elsewhere: "said earlier on Friday during
    a news conference that he may wait" hangs the that-clause on an adjunct's noun as a relative clause
    ("that" as its mark, not its subject or object), or makes the that-clause adverbial with "that" its
    adverb ("tweeted in the early morning hours that Machado was …"); "said after the convention he would not accept"
    makes the clause an adverbial one, with a subject, a finite verb and no conjunction of its own; a
    quotation opened after the cue's comma is what was said, whatever word opens it."""
    doc = verb.doc
    for child in verb.rights:
        if child.dep_ == "advcl" and any(_that_opens(c, child) for c in child.children):
            return list(child.subtree)
        first = child.left_edge.i
        if child.dep_ == "advcl" and first >= 2 and doc[first - 1].text in OPENING_MARKS and doc[first - 2].text in (",", ":"):
            # "responded in part, “If it's what you say I love it,” before adding …": the quotation, to its closing mark.
            closing = next((t.i for t in doc[first : child.right_edge.i + 1] if t.text in CLOSING_MARKS), child.right_edge.i + 1)
            return [t for t in child.subtree if t.i < closing]
        start = _unmarked_clause_start(child) if child.dep_ == "advcl" else None
        if start is not None:
            return [t for t in child.subtree if t.i >= start]  # the adjunct before the subject is the verb's
        if child.dep_ != "prep":
            continue
        for tok in child.subtree:
            if tok.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < tok.i for c in tok.children):
                return list(tok.subtree)
    return None


def _that_opens(word, clause) -> bool:
    """"that" as the adverb the parser sometimes makes of it when it opens an adverbial clause on the cue
    with a subject of its own ("tweeted in the early morning hours that Machado was …"). Not a relative
    clause on a noun: "tweeted on the night that Trump won" is when, not what."""
    return (word.lower_ == "that" and word.dep_ == "advmod" and word.i == clause.left_edge.i
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children))


def _unmarked_clause_start(clause) -> int | None:
    """Where a clause with its own subject and a finite verb or modal ("he would not accept") starts
    (its subject's first word), when nothing but an adjunct phrase lies between it and the cue and no
    word of its own makes it an adjunct: a conjunction ("as the train left") or a question word
    ("said when Boyle asked him"); else None."""
    children = list(clause.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i]
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("MD", "VBD", "VBZ", "VBP") for c in children)
    if not subjects or not finite or any(c.dep_ == "mark" or c.tag_ in ("WRB", "WP") for c in children):
        return None
    start = min(s.left_edge.i for s in subjects)
    between = clause.doc[clause.head.i + 1 : subjects[0].left_edge.i]
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ == "mark" or t.tag_ in ("WRB", "WP", "WDT") for t in between):
        return None
    return start


def _one_word_answer(verb) -> list | None:
    """"75 percent of Democrats said yes", "half said so": the answer is the content."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.head == verb and after.lower_ in ("yes", "no", "so") and after.dep_ in ("intj", "advmod", "dobj"):
        return [after]
    return None


# Conjunctions of the writer's closing asides ("…, although he again refused …"). "while" only with a
# cue of its own (", while critics said …", ", while analysts had expected …"): on PolNeAR train a
# ", while …" clause closing its sentence on reported content is in the content 14 times in 16.
ASIDE_MARKS = frozenset("although though whereas".split())
# Cues of the writer's closing asides: speech verbs, and ", calling …" and ", citing …" (PolNeAR train's
# content ends before ", calling" 25 times and runs over it 4; ", citing": 5 and 1). Not every speech
# act: ", offering 500 new jobs" and ", refusing to stop" are often what was said.
ASIDE_CUES = SPEECH | frozenset({"call", "cite"})
# Speech verbs that tell how somebody in a scene acted more often than how a source attributes.
MANNER_OF_SPEAKING = frozenset("yell scream shout whisper mutter exclaim blurt demand".split())
# What makes a ", while …" clause the writer's: somebody else saying or thinking something in it.
WHILE_ASIDE_CUES = SPEECH | THOUGHT


# Verbs that say how their subject seems to nobody named, before an infinitive ("appeared to end his bid").
RAISING_VERBS = frozenset("appear seem".split())
# Conjunctions that open the writer's account of the moment after a quotation that ends on a comma ("…,” as
# bystanders gather around); not "while" or "until", which may bound what was said ("“nobody will be evicted”
# while the moratorium is in place").
SCENE_MARKS = frozenset("as before after".split())


def writers_aside(tok) -> bool:
    """Whether ``tok`` heads a clause the writer adds after a comma, not the reported content:
    a closing aside ("…, although he again refused …", "…, who says he is honored") or an
    attribution of its own ("…, adding that …", "…, citing …", "…, calling him …"), also after a
    quotation's closing mark ("… “is dead,” citing the vote"; not a relative clause on a quoted term,
    "a “targeted employment area,” which is defined as …")."""
    first, doc = tok.left_edge.i, tok.doc
    cited = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp") and tok.lemma_.lower() in ASIDE_CUES
    # After a closing mark only a participle that opens its clause ("…,” citing", not "…,” because he wasn’t asking").
    opens = first == tok.i or all(t.dep_ == "advmod" and t.head == tok for t in doc[first : tok.i])  # "…,” also citing"
    if cited and opens and first > 1 and doc[first - 1].text in CLOSING_MARKS and doc[first - 2].text == "," and _speakers_after_quotation(tok):
        return True
    if first == 0 or doc[first - 1].text != ",":
        return False
    marks = clause_marks(tok) if tok.dep_ == "advcl" else set()
    if tok.dep_ == "relcl" or marks & ASIDE_MARKS:
        return True
    if "while" in marks and any(t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in WHILE_ASIDE_CUES for t in tok.subtree):
        return True
    return cited


def _speakers_after_quotation(tok) -> bool:
    """Whether the participle ``tok`` after a quotation's closing mark is the speaker's own, not how somebody
    in the reported clause acted ("Passengers said the man became “belligerent,” yelling at …") nor what a
    thing did ("The CDC said masks were “essential,” urging …", whose speaker would be "masks"): one
    ``_closes_reported_clause`` gives the speaker, or one on a clause about a pronoun or a name ("he
    “expanded the Republican party,” claiming …")."""
    lemma = tok.lemma_.lower()
    if lemma in SOURCES_PARTICIPLES:
        return True
    if lemma in MANNER_OF_SPEAKING:
        return False
    # On a clause a speech verb reports ("The White House said the report was “deeply flawed,” calling it …"):
    # the writer's attribution whatever the clause's subject.
    if tok.head.dep_ == "ccomp" and tok.head.head.lemma_.lower() in SPEECH and tok.head.head.i < tok.head.i:
        return True
    return any(c.dep_ in SUBJECT_DEPS and (c.pos_ in ("PRON", "PROPN") or c.ent_type_ == "PERSON") for c in tok.head.children)


def _without_writers_asides(tokens):
    """Cut the writer's own clauses off the end of the reported content."""
    if not tokens:
        return tokens
    members = {t.i for t in tokens}
    # The last word: a sentence's closing stop and the paragraph break after it are not where an aside ends.
    last = max((t.i for t in tokens if not (t.is_punct or t.is_space)), default=max(members))
    cut: set[int] = set()
    for tok in tokens:
        first = tok.left_edge.i
        if first - 1 in members and tok.head.i in members and (
            writers_aside(tok) and (tok.right_edge.i >= last or tok.tag_ == "VBG") or _closing_description(tok, last)
        ):
            cut.update(range(first - 1, tok.right_edge.i + 1))
    return [t for t in tokens if t.i not in cut]


def _without_writers_lead(verb, tokens):
    """Cut the writer's words before the cue off content that is a quotation opening right after the cue's
    own words with a clause whole, its subject inside: "Asked whether …, he said, “I can’t know …”",
    "… did not dwell on it; as he told Fresh Air, "I think …"" (not "The plan, he said, “would fail,”"
    whose subject stands before the cue, nor a quotation the cue interrupts)."""
    if not tokens or min(t.i for t in tokens) >= verb.left_edge.i:
        return tokens
    doc, own = verb.doc, {t.i for t in verb.subtree}
    opening = next((t for t in doc[verb.i + 1 : verb.sent.end] if t.i not in own and t.text not in (",", ":") or t.text in OPENING_MARKS), None)
    if opening is None or opening.text not in OPENING_MARKS or doc[opening.i - 1].text not in (",", ":"):
        return tokens
    # A quotation that carries on the words before the cue keeps them: "The plant will close by June, a
    # spokesman said, “and we are working with every employee …”".
    if opening.i + 1 < len(doc) and doc[opening.i + 1].dep_ == "cc":
        return tokens
    lead = [t for t in tokens if t.i < verb.left_edge.i]
    if any(t.text in OPENING_MARKS | CLOSING_MARKS for t in lead):
        return tokens
    # The clause the quotation's first word opens ("he says, “in an Elijah-type of way …" opens none).
    quoted = {t.i for t in tokens if t.i > opening.i}
    root = doc[opening.i + 1] if opening.i + 1 in quoted else None
    while root is not None and root.head.i in quoted and root.head != root:
        root = root.head
    # Its subject opens the quotation: "“I can’t know …”", not a parse that hangs "in an Elijah-type of way"
    # on a later clause.
    # Or right after a fronted phrase the quotation sets off with a comma ("“At this point, we have no plans”").
    if root is None or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i in quoted and (c.left_edge.i <= opening.i + 3 or doc[c.left_edge.i - 1].text == ",")
        for c in root.children
    ):
        return tokens
    return [t for t in tokens if t.i > verb.i]


def _without_joined_cue(verb, tokens):
    """Cut off the content a second cue of the same speaker's that the parser joined into it
    (``_joining_cue``)."""
    members = {t.i for t in tokens or ()}
    for tok in tokens or ():
        if tok.head.i in members and _joining_cue(tok) == verb:
            first = tok.left_edge.i - 1
            return [t for t in tokens if t.i < first and not (t.i == first - 1 and t.text == ",")]
    return tokens


def _joining_cue(verb):
    """The cue whose content the parser ran on into ``verb``, a cue of the same form after "and" or "but"
    with no subject of its own, hung on a verb of another form: "telling CNN that Trump is a “faker” and
    questioning how …", "Sanders says the response was to break up … and says he introduced …", "said he
    would order a review and warned against …" (PolNeAR train: the content ends before such a cue, and
    the cue is the same speaker's). None otherwise."""
    doc = verb.doc
    if verb.dep_ not in ("conj", "advcl") or verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH | SPEECH_ACTS:
        return None
    if doc[verb.left_edge.i - 1].dep_ != "cc" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.head.tag_ == verb.tag_:
        return None  # "Her lawyer said Trump phoned her and said he wanted to meet": the reported clause's
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ != "MD" for c in verb.head.children):
        return None  # "said Smith had lied to investigators and told a friend …": the participle shares "had"
    return next((
        a for a in verb.ancestors
        if a.pos_ == "VERB" and a.tag_ == verb.tag_ and a.lemma_.lower() in SPEECH | SPEECH_ACTS
    ), None)


def _closing_description(tok, last: int) -> bool:
    """Whether ``tok`` heads a noun phrase the writer apposes after a comma at the end of the content, outside
    any quotation: "… attacks on Trump, the presumptive Republican nominee", "… banning fracking, an
    oil-and-gas extraction method" (PolNeAR train: the content stops before such a phrase 272 times and
    runs over one about 66 times)."""
    doc = tok.doc
    if tok.dep_ != "appos" or tok.right_edge.i < last or doc[tok.left_edge.i - 1].text != ",":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") and c.i == tok.left_edge.i for c in tok.children):
        return False
    return not _left_open(doc[tok.sent.start : tok.left_edge.i])


def _left_open(tokens) -> bool:
    """Whether a quotation opened in ``tokens`` is not closed by their end."""
    curly = [t.text for t in tokens if t.text in OPENING_TOKENS | CLOSING_TOKENS]
    return bool(curly and curly[-1] in OPENING_TOKENS or sum(t.text == '"' for t in tokens) % 2)


def _quotation_alone(tokens):
    """Content that opens with a quotation the parser joined to another subject's clause after it ("with
    Democrats shouting “Call the vote” and Republicans holding it open …") is the quotation."""
    # The opening mark may be the cue's, not the clause's ("he pleads, “Please, …”").
    if not tokens or not (tokens[0].text in OPENING_MARKS or tokens[0].i and tokens[0].doc[tokens[0].i - 1].text in OPENING_MARKS):
        return tokens
    close = next((k for k, tok in enumerate(tokens[1:], 1) if tok.text in CLOSING_MARKS), None)
    rest = tokens[close + 1 :] if close is not None else []
    joined = rest and rest[0].dep_ == "cc" and any(
        t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in rest
    )
    # "while he pleads, “Please, I can’t breathe,” as bystanders gather around": the writer's scene.
    scene = rest and tokens[close - 1].text == "," and rest[0].dep_ == "mark" and rest[0].lower_ in SCENE_MARKS and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in rest[0].head.children
    )
    return tokens[: close + 1] if joined or scene else tokens


def cover(spans: list[Span]) -> Span | None:
    return (spans[0][0], spans[-1][1]) if spans else None


def minus(spans: list[Span], cut: Span) -> list[Span]:
    out = []
    for s, e in spans:
        if e <= cut[0] or s >= cut[1]:
            out.append((s, e))
        else:
            if s < cut[0]:
                out.append((s, cut[0]))
            if e > cut[1]:
                out.append((cut[1], e))
    return out


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))
