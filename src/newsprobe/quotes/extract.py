"""Attribution extraction: who said (or claimed, or believes) what, with cue, source and content spans.

Works on the text layer's one parse: the dependency rules (rules.py) propose candidates,
punctuation marks speaker labels (labels.py), quotation marks make direct quotes of them
(attach.py), each cue is kept once, the learned filter (model.py) keeps the likely ones and the
learned boundary model (boundaries.py) places each span's edges. In the accurate mode the tagger
adds the attributions it reads outside those kept (tagged.py).
"""

from __future__ import annotations

import re

from ..text import ArticleText
from .attach import attach_block_quotes, attach_quotes
from .cues import MANNER_OF_SPEAKING, puts_it
from .labels import captions, inverted_quotes, quote_bylines, speaker_labels, tweet_embeds
from .model import default_model
from .quotemarks import QUOTATION_CLOSED, find_quote_regions, quoted_spans
from .rules import Attribution, Span, according_to, overlap, reported, sourcing_preposition
from .tagged import tagged_attributions

SHIPPED = "shipped"
TWEET_WORD = re.compile(r"\S+")
# A stop after a word: the writer's sentence ends there (not a quotation's stop before its closing mark).
SENTENCE_END = re.compile(r"\w[.!?]\s")


def extract(
    text: ArticleText, lexicon: frozenset[str] | None = None, attribution_filter=SHIPPED, boundary_model=SHIPPED,
    reading=None,
) -> list[Attribution]:
    """All attributions in the text's parse, in reading order; spans index into ``text.prose``.

    ``lexicon`` (the verbs that propose candidates), ``attribution_filter`` and ``boundary_model``
    default to the shipped model's; ``None`` keeps every candidate with the rules' span edges
    (training does). ``reading`` is the accurate mode's tagger reading of ``text.prose`` (tagger.py).
    """
    if lexicon is None or SHIPPED in (attribution_filter, boundary_model):
        model = default_model()
        lexicon = model.reporting_verbs if lexicon is None else lexicon
        attribution_filter = model.filter if attribution_filter == SHIPPED else attribution_filter
        boundary_model = model.boundaries if boundary_model == SHIPPED else boundary_model
    doc, prose = text.doc, text.prose
    regions = find_quote_regions(prose, text.paragraphs)
    quoted = quoted_spans(regions, prose)
    found: list[Attribution] = []
    for tok in doc:
        according = sourcing_preposition(tok)
        if not according and not (tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lexicon):
            continue
        if any(s <= tok.idx < e for s, e in quoted):
            continue  # the speaker's own words, not a new attribution
        attribution = according_to(tok, prose) if according else reported(tok, prose)
        if attribution:
            found.append(attribution)
    inverted = inverted_quotes(text, regions)
    found = [a for a in found if not any(overlap(a.cue, i.cue) for i in inverted)] + inverted
    tweets = tweet_embeds(text)
    found += speaker_labels(text) + quote_bylines(text, regions) + tweets
    attach_quotes(text, regions, found)
    attach_block_quotes(text, regions, found)
    # A tweet that quotes somebody with a cue of its own is that person's words, though it reads as a caption.
    relayed = {id(t): _relayed(t, found, prose) for t in tweets}
    found = [a for a in found if not relayed.get(id(a))]
    relayed_ids = {id(a) for quotes in relayed.values() for a in quotes}
    found = [a for a in found if _own_cue_if_manner(a, found)]
    found = _univocal(found)
    if attribution_filter is not None:
        # An attribution marked by punctuation (a colon, a byline dash) needs no filter: the mark is the cue.
        # Nor does a sourcing "per", which the filter never saw (PolNeAR's outlets do not write it) and
        # rules.sourcing_preposition admits only before a source, nor "as … put it", which the filter
        # reads as the verb "put" (mostly deeds: "put … at $45 billion").
        unfiltered = [a for a in found if _unfiltered(a)]
        candidates = [a for a in found if not _unfiltered(a)]
        kept = unfiltered + attribution_filter.keep(candidates, doc, reading)
        # A candidate the filter read as nested in attributions it then dropped is read again on its own ("He
        # made a decision which he said was a mistake": "made" goes, "said" stands).
        kept_ids = {id(a) for a in kept}
        freed = [a for a in candidates if a.nested and id(a) not in kept_ids and not any(_holds(o, a) for o in kept)]
        for attribution in freed:
            attribution.nested = False
        found = _nest(kept + attribution_filter.keep(freed, doc, reading), drop=False)
    if boundary_model is not None:
        boundary_model.refine(found, text, regions, reading)
    if reading is not None:
        found += tagged_attributions(text, reading, found, regions)
    if boundary_model is not None:  # training places edges on the pieces as the rules left them
        for attribution in found:
            attribution.content = _joined(attribution, prose)
    lines = captions(text, regions)
    found = [a for a in found if a.colon or id(a) in relayed_ids or not any(s <= a.cue[0] < e for s, e in lines)]
    found.sort(key=lambda a: a.cue[0])
    return found


def _unfiltered(attribution: Attribution) -> bool:
    return attribution.colon or attribution.cue_token.lower_ == "per" or puts_it(attribution.cue_token)


def _own_cue_if_manner(attribution: Attribution, found: list[Attribution]) -> bool:
    """Whether a cue of manner ("retorted", "gushed", ``MANNER_OF_SPEAKING``) is a quotation's own: direct,
    with no other cue in its content and no words another quotation's cue holds (not "She laughed at the
    joke", nor "“…,” said Smith, smiling", which the parser gives the quotation and "said"). Other cues
    always are."""
    if _not_manner(attribution):
        return True
    return attribution.direct and not any(
        other is not attribution and any(
            overlap(piece, other.cue) or other.direct and _not_manner(other) and any(overlap(piece, words) for words in other.content)
            for piece in attribution.content
        )
        for other in found
    )


def _relayed(tweet: Attribution, found: list[Attribution], prose: str) -> list[Attribution]:
    """The quotations an embedded tweet relays, each with a cue of its own: "“That would be a great
    American resurrection,” host Bill Hemmer replies. pic.twitter.com/… — Aaron Rupar (@atrupar)" is
    Hemmer's, not Rupar's: every word of the tweet but its links and hashtags is a quotation's, its cue's
    or its speaker's. Empty where the account holder has words of their own beside them, a sentence or
    one ("Trump just said “…”. This is a stunning abdication of leadership. — Kamala Harris", "“…,” Trump
    says. Sure. — George Conway"). Not a quotation a pronoun speaks ("“…,” I told supporters tonight" is
    the holder's; "He said “…”" may be anybody's) nor one a label gives ("NEW: “…”")."""
    words = [m for m in TWEET_WORD.finditer(prose, *tweet.content[0]) if not _link(m.group())]
    inner = [
        o for o in found
        if o is not tweet and o.direct and o.via != "label" and overlap(o.cue, tweet.content[0])
        and o.speaker_token is not None and o.speaker_token.pos_ != "PRON"
    ]
    spans = [s for o in inner for s in (o.cue, *([o.speaker] if o.speaker else []), *o.content)]
    return inner if inner and all(any(s <= m.start() < e for s, e in spans) for m in words) else []


def _link(word: str) -> bool:
    return "/" in word or word.startswith(("#", "@"))


def _not_manner(attribution: Attribution) -> bool:
    return attribution.cue_token.lemma_.lower() not in MANNER_OF_SPEAKING


def _joined(attribution: Attribution, prose: str) -> list[Span]:
    """The content in as few pieces as its cue, its source and line breaks allow: a paraphrase and
    the quoted words it runs into are one span ("that voting fraud is “a big, big problem” but “nobody
    has the guts”"), not pieces with the words between them left out (PolNeAR dev, issue #12's
    twenty-first round: of the joins that change whether a content matches, 8 right and none wrong in
    the fast mode, 9 right and 1 wrong in the accurate mode). Not over a line break, which may end a
    paragraph the text layer could not tell ("…themselves.”&nbsp;⏎Liberal writers …" in PolNeAR train)."""
    own = [attribution.cue, *([attribution.speaker] if attribution.speaker else [])]
    pieces: list[Span] = []
    for piece in sorted(attribution.content):
        gap = prose[pieces[-1][1] : piece[0]] if pieces else ""
        if pieces and "\n" not in gap and not any(pieces[-1][1] <= s < piece[0] for s, _ in own) and not _writers_words(gap):
            pieces[-1] = (pieces[-1][0], max(pieces[-1][1], piece[1]))
        else:
            pieces.append(piece)
    return pieces


def _writers_words(gap: str) -> bool:
    """Whether the stretch between two pieces of content ends a sentence of the writer's, after a quotation
    its own punctuation closes: "“… to lift the sanctions,” a move that allows the president to act without a
    vote in Congress. “We would …”" and "“… change the regime itself.” It’s no secret that Bolton has long
    been a foe of the Iranian government. “And that’s why …”" are quotations and the writer's words between;
    "being “confused,” and the partner being supportive …: “You know …”" is one paraphrase that quotes."""
    return bool(QUOTATION_CLOSED.match(gap)) and SENTENCE_END.search(gap) is not None


def _univocal(found: list[Attribution]) -> list[Attribution]:
    """Each cue once, each attribution with content; one inside another's reported clause is
    marked nested ("Earnest said … when Obama told troops that …"); PolNeAR keeps only the outer."""
    by_cue: dict[Span, Attribution] = {}
    for attribution in found:
        if attribution.cue is None or not attribution.content:
            continue
        kept = by_cue.get(attribution.cue)
        if kept is None or len(attribution.content) > len(kept.content):
            by_cue[attribution.cue] = attribution
    return _nest(list(by_cue.values()), drop=True)


def _nest(attributions: list[Attribution], drop: bool) -> list[Attribution]:
    """Mark each attribution inside another's reported content nested, outer ones first: direct quotes,
    then by how many reported clauses hold the cue, so that an inner cue before its outer one is nested
    too ("The tax is expected to raise $10 billion, officials said."). ``drop``: leave out those inside a
    quotation or inside a nested one. After the filter (``drop=False``) an attribution whose outer ones
    were all dropped stands on its own again."""

    def depth(attribution: Attribution) -> int:
        return sum(_holds(o, attribution) for o in attributions if not o.direct)

    result: list[Attribution] = []
    for attribution in sorted(attributions, key=lambda a: (not (a.direct or _closing_according(a) and not depth(a)), depth(a), a.cue[0])):
        outer = [o for o in result if _holds(o, attribution)]
        if drop and any(o.direct or o.nested for o in outer):
            continue
        attribution.nested = bool(outer)
        result.append(attribution)
    return result


def _closing_according(attribution: Attribution) -> bool:
    """Whether ``attribution`` is an "according to" after what it reports ("they found him unresponsive “with a
    noose around his neck,” according to the indictment"), which holds the sentence's other cues; not one that
    opens it ("According to the AP, the witness said the shooter replied …", whose quotes stand as they are)."""
    return attribution.via == "according" and attribution.cue[0] > attribution.content[0][0]


def _holds(outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner``'s cue is in what ``outer`` reports."""
    return outer is not inner and any(overlap(inner.cue, c) for c in _reported(outer))


def _reported(attribution: Attribution) -> list[Span]:
    """The content that reports what was said or thought: a passive's subject is only what it is about
    ("Mr. Jones, who told reporters …, was accused of lying": the telling is no part of the accusation)."""
    if attribution.via == "passive":
        return [c for c in attribution.content if c[0] > attribution.cue[0]]
    return attribution.content
