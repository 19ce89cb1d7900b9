"""Quotation marks: quote regions become direct quotes of the right cue.

A reported clause mostly in quote marks is a direct quote of exactly those marks; other
regions go to the nearest speech cue of their sentences, are introduced by a colon, or
continue the quote of the paragraph before ("…," Smith said. ⏎ "There is no doubt …").
"""

from __future__ import annotations

from ..text import ArticleText
from .cues import SPEECH, clause_marks, goes_on_doing
from .quotemarks import CLOSED_WITH_COMMA, QuoteRegion
from .rules import (
    COMPLEMENT_DEPS, EDGE_CHARS, SUBJECT_DEPS, Attribution, Span, cover, cue_tokens, minus, opened_by_when, overlap, sets_off, speaker_phrase,
    subject_of, token_at, token_ranges, trim,
)

# A quote region of fewer words is a scare quote or a title ("an “impartial”
# player"), not a quotation.
MIN_QUOTE_WORDS = 3
# A reported clause becomes a direct quote when quote marks cover at least
# this share of its characters; below that it is a paraphrase with a quoted
# fragment. Chosen on PolNeAR train; dev confirms it (docs/benchmarks.md).
DIRECT_COVERAGE = 0.6


def attach_quotes(text: ArticleText, regions: list[QuoteRegion], found: list[Attribution]) -> None:
    """Turn quotation-mark regions into direct quotes of the right cue (edits ``found`` in place)."""
    prose = text.prose
    titles = [r for r in regions if _is_title(text, r)]
    regions = [
        r for r in regions
        if (len(prose[r.start : r.end].split()) >= MIN_QUOTE_WORDS or _short_quotation(text, r)) and r not in titles
    ]
    claimed: set[int] = set()
    # 1. A reported clause that is mostly in quote marks is a direct quote of exactly those marks.
    for attribution in found:
        inside = [i for i, r in enumerate(regions) if any(overlap(c, (r.start, r.end)) for c in attribution.content)]
        if not inside:
            continue
        covered = sum(overlap(c, regions[i].inner) for c in attribution.content for i in inside)
        total = sum(e - s for s, e in attribution.content)
        if total and covered / total >= DIRECT_COVERAGE:
            quoted = [s for s in (trim(prose, *regions[i].inner) for i in inside) if s]
            # The clause's unquoted lead-in and tail stay ("he “has offended …” voters"), as annotators mark
            # them; not a tail the parser hung on a quotation its own comma closes, which is the writer's ("“… to
            # lift the sanctions,” a move that allows the president to act without a vote"). A label's content
            # is what punctuation marks (a tweet's whole text), whatever it quotes.
            quoted[0] = (min(quoted[0][0], attribution.content[0][0]), quoted[0][1])
            if attribution.colon or not CLOSED_WITH_COMMA.match(prose, quoted[-1][1]):
                quoted[-1] = (quoted[-1][0], max(quoted[-1][1], attribution.content[-1][1]))
            attribution.content = _joined(quoted, attribution.content)
            # A speaker label inside the quote marks ("“WALLACE: Do you …”") is not what was said.
            for mark in (attribution.speaker, attribution.cue):
                if mark is not None:
                    attribution.content = [t for t in (trim(prose, *s) for s in minus(attribution.content, mark)) if t]
            attribution.direct = True
            attribution.colon = attribution.colon or attribution.speaker is not None and _introduced(text, attribution.cue, regions[inside[0]])
            claimed.update(inside)
    # 2. Other regions go to the nearest speech cue in their sentences, outside any quote, or
    #    continue the quote before them in the same or the previous paragraph.
    previous: Attribution | None = None
    for i, region in enumerate(regions):
        owner = next((a for a in found if i in claimed and a.direct and any(overlap(c, region.inner) for c in a.content)), None)
        if owner is None:
            continuing = previous is not None and _continues(text, previous, region, found)
            owner = _cue_for_region(text, region, regions, found, continuing)
            holder = _reporting(region, found) if owner is not None else None
            if holder is not None and owner is not holder and not (
                any(s <= owner.cue[0] < e for s, e in holder.content) and not _beside_side_clause(owner, region)
            ):
                # A quoted fragment of reported speech ("… and that Paddock “appears to have …”. She said …")
                # is reported already; a cue inside that speech may still take a quotation in its own clause
                # ("which spokeswoman Marie Harf told reporters were taken “out of an abundance of caution,” …,
                # the Monitor adds"), not one beside it ("said that while Pence reiterated many of his
                # criticisms, there was still “room for optimism”" is the Global Times's).
                previous = None
                continue
            if owner is None and continuing:
                owner = previous
            inner = trim(prose, *region.inner)
            reported = _reported_before(text, region, found) if owner is None and inner else None
            if reported is not None:
                # The quotation joins the reported speech, which stays a paraphrase: not all of it is verbatim.
                reported.content = sorted(reported.content + [inner])
            if owner is not None and inner and not owner.direct and owner.via == "preposition":
                # “Get out,” she said to the guard: the quote is the content, "to the guard" the listener.
                owner.content, owner.via = [], "quote"
                owner.cue = cover(token_ranges(cue_tokens(owner.cue_token), prose))
            if owner is not None and inner and _said_right_after(prose, region, owner) and _clause_before(prose, region, owner):
                # "Mr. Trump also reiterated that he wouldn’t sign a deal without a wall: “It’s got to include the
                # wall,” he said.": what he said is the quotation, not the writer's clause the parser hung on it
                # ("With thousands of systems, “there is no single point of failure,” he said" keeps its lead-in).
                owner.content = [c for c in owner.content if c[0] >= region.end]
            if owner is not None and inner and not any(overlap(c, inner) for c in owner.content):
                owner.content = sorted(owner.content + [inner])
                owner.direct = True
            elif owner is not None and inner and owner.content[0][0] in range(inner[0] + 1, inner[1]):
                # The parser's clause began at the quotation's last sentence ("“I didn't like … And I thought it
                # was just a lie” when it promised affordability, says …"): the quotation is all of it.
                owner.content[0] = (inner[0], owner.content[0][1])
                owner.direct = True
        previous = owner if owner is not None and owner.direct else None
    # A programme's title the parser took for what was said ("…,” Mr. McCain said on the NBC program “Meet the
    # Press.” “That would …”") is no words of a speaker quoted beside it.
    for attribution in found:
        if attribution.direct and len(attribution.content) > 1:
            words = [c for c in attribution.content if not any(t.inner[0] <= c[0] and c[1] <= t.inner[1] for t in titles)]
            attribution.content = words or attribution.content


def _beside_side_clause(attribution: Attribution, region: QuoteRegion) -> bool:
    """Whether the quotation, inside another speaker's reported clause, is outside the clause the
    attribution's cue heads: before it ("aside “if you don't want …,” after President Trump claimed …", "“to
    express my support” with the country that he described as …", "“was not paying attention” and that no
    one advising Rubio has ever suggested …"), or after a comma that follows a cue in a clause a
    conjunction opens ("while Pence reiterated …, there was still “room for optimism”"; the parser may hang
    the side clause's own words on the main clause: "while Trump insisted the economy was “the greatest in
    history,” wages …")."""
    verb = attribution.cue_token
    if region.end <= verb.left_edge.idx:
        # Not an aside ("“I can't breathe,” as Eric Garner said"), nor a verb the parser left without its subject.
        return not clause_marks(verb) & {"as", "like"} and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return (
        verb.dep_ == "advcl" and clause_marks(verb)
        and region.start >= verb.right_edge.idx + len(verb.right_edge)
        and "," in verb.doc.text[verb.idx : region.start]
    )


def _said_right_after(prose: str, region: QuoteRegion, attribution: Attribution) -> bool:
    """Whether the attribution's speaker or cue, whichever is first, follows the quotation's closing
    mark with nothing but punctuation between ("“…,” he said")."""
    first = min(attribution.cue[0], attribution.speaker[0]) if attribution.speaker else attribution.cue[0]
    return region.end <= first and not any(ch.isalnum() for ch in prose[region.end : first])


def _clause_before(prose: str, region: QuoteRegion, attribution: Attribution) -> bool:
    """Whether the attribution's content opens before the quotation with a clause that a colon ends."""
    return bool(attribution.content) and attribution.content[0][0] < region.start and prose[
        attribution.content[0][0] : region.start
    ].rstrip().endswith(":")


def _reporting(region: QuoteRegion, found: list[Attribution]) -> Attribution | None:
    """The attribution with a speaker whose reported clause holds the quotation after words of its own,
    if any (a clause that opens with the quotation is the parser's guess as often: "The spot concludes
    with footage of Trump saying during the debate, “That makes me smart,”" is no conclusion)."""
    return next((
        a for a in found
        if a.speaker is not None and any(s < region.start and region.inner[0] < e for s, e in a.content)
    ), None)


def _joined(quoted: list, clause: list) -> list:
    """Quoted pieces of one reported clause stay one span where the clause runs between them
    (that fraud is “a big problem” but “nobody has the guts …”)."""
    merged = [quoted[0]]
    for start, end in quoted[1:]:
        gap = (merged[-1][1], start)
        if any(s <= gap[0] and gap[1] <= e for s, e in clause):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


# Words a title leaves in lower case between capitalised ones ("State of the Union", "Fox and Friends").
TITLE_MINOR_WORDS = frozenset("a an the and or nor but of in on at to for with by from as".split())


def _is_title(text: ArticleText, region: QuoteRegion) -> bool:
    """A title in quote marks inside a sentence (on “Fox News Sunday.”, “American Skin (41 Shots)”, on
    CNN's “State of the Union”): a few words, each capitalised but for short function words inside."""
    words = [w for w in text.prose[region.inner[0] : region.inner[1]].split() if w[0].isalpha()]
    if not 0 < len(words) <= 6 or _opens_sentence(text, region):
        return False
    return words[0][0].isupper() and words[-1][0].isupper() and all(w[0].isupper() or w in TITLE_MINOR_WORDS for w in words)


def _opens_sentence(text: ArticleText, region: QuoteRegion) -> bool:
    before = _paragraph_before(text, region.start).rstrip().rstrip("”’\"'")  # "… on “Fox and Friends.” “I mean, …”"
    return not before or before[-1] in ".!?:"


def _paragraph_before(text: ArticleText, offset: int) -> str:
    """The paragraph's text up to ``offset``."""
    return text.prose[text.paragraphs[text.paragraph_of(offset)][0] : offset]


def _opens_paragraph(text: ArticleText, offset: int) -> bool:
    return not _paragraph_before(text, offset).strip()


def _closing_colon(text: ArticleText, sentence):
    """The colon that ends ``sentence`` and its paragraph ("He said: ⏎ …"), or None."""
    colon = sentence[-1]
    while colon.is_space and colon.i > sentence.start:
        colon = colon.nbor(-1)
    if colon.text != ":" or text.prose[colon.idx + 1 : text.paragraphs[text.paragraph_of(colon.idx)][1]].strip():
        return None
    return colon


def _introduces(verb, colon) -> bool:
    """The verb's clause runs on to the colon: what follows is what it reports ("In a speech last July, he
    said:"; not "After Smith testified, the committee released the following statement:")."""
    return verb.right_edge.i >= colon.i - 1


def _short_quotation(text: ArticleText, region: QuoteRegion) -> bool:
    """“It's heartbreaking,” Ryan said: a short region that opens its sentence and closes on
    punctuation is a quotation; a scare quote sits inside a sentence ("an “impartial” player")."""
    inner = text.prose[region.inner[0] : region.inner[1]].rstrip()
    return region.closed and inner[-1:] in (",", ".", "!", "?") and _opens_sentence(text, region)


def _continues(text: ArticleText, previous: Attribution, region: QuoteRegion, found: list[Attribution]) -> bool:
    """Same paragraph as the previous quote, opening the next paragraph right after it, or the whole of
    the paragraph after the one its cue is in (a follow-on paragraph); never after a byline."""
    end = max(previous.content, key=lambda s: s[1])[1]
    if previous.colon and previous.cue[0] >= end:
        return False  # "“…” ― Name" closes its quote: a list of readers' quotes, one a line
    paragraphs_apart = text.paragraph_of(region.start) - text.paragraph_of(end - 1)
    if paragraphs_apart == 0:
        # Not words the writer quotes in a sentence of their own after the quote with a cue of another's before
        # them in it or after them in the paragraph ("Sen. Dianne Feinstein called the response “…”", "The listing
        # described it as “…” Its features include a great room “with …,” … the listing says"), unless the
        # sentence's subject is a pronoun, most often the speaker's ("“…,” Rabiei said. He went on to blame the
        # U.S. for “…”"); with no cue about them they are most often the speaker's ("“It was terrifying,” said
        # Ann Jones. Her family had lived there “for three generations …”").
        return (
            _opens_sentence(text, region) or _same_sentence(text, end - 1, region.start) or _pronoun_subject(text, region.start)
            or not _cue_around(text, region, found)
        )
    if paragraphs_apart != 1:
        return False
    if not text.prose[end : region.start].strip(EDGE_CHARS):
        return True  # a quotation left open at the end of a paragraph, reopened in the next
    # "…," Smith said. ⏎ "There is no doubt …": a paragraph that is one quotation with no cue of its own
    # continues the quote whose cue closed the paragraph before.
    return _whole_paragraph(text, region) and text.paragraph_of(previous.cue[0]) == text.paragraph_of(region.start) - 1


def _same_sentence(text: ArticleText, first: int, second: int) -> bool:
    """Whether the characters at offsets ``first`` and ``second`` are in one sentence of the parse."""
    one, other = token_at(text.doc, first), token_at(text.doc, second)
    return one is not None and other is not None and one.sent.start == other.sent.start


def _cue_around(text: ArticleText, region: QuoteRegion, found: list[Attribution]) -> bool:
    """Whether an attribution's cue is in the quotation's sentence before it, or after it in its paragraph."""
    tok = token_at(text.doc, region.start)
    if tok is None:
        return False
    stop = text.paragraphs[text.paragraph_of(region.start)][1]
    return any(tok.sent.start_char <= a.cue[0] < region.start or region.end <= a.cue[0] < stop for a in found)


THIRD_PERSON_SUBJECTS = frozenset("he she they it".split())


def _pronoun_subject(text: ArticleText, offset: int) -> bool:
    """Whether the main clause of the sentence at ``offset`` has "he", "she", "they" or "it" for subject."""
    tok = token_at(text.doc, offset)
    return tok is not None and any(c.dep_ in SUBJECT_DEPS and c.lower_ in THIRD_PERSON_SUBJECTS for c in tok.sent.root.children)


def _whole_paragraph(text: ArticleText, region: QuoteRegion) -> bool:
    stop = text.paragraphs[text.paragraph_of(region.start)][1]
    return _opens_paragraph(text, region.start) and not text.prose[region.end : stop].strip(EDGE_CHARS)


def _reported_before(text: ArticleText, region: QuoteRegion, found: list[Attribution]) -> Attribution | None:
    """Smith said the plan was dead. ⏎ “We tried everything.”: a paragraph that is one quotation with no
    cue of its own continues the reported speech that closes the paragraph before (PolNeAR train
    annotates it so 25 times; 8 such paragraphs are nobody's there); so does a quotation of sentences that
    opens a sentence right after the one the reported speech ends ("The movement is about “people telling
    leaders …,” Wilcox said. “What we're seeing is a revolt of parents …”")."""
    within = _reported_just_before(text, region, found)
    if within is not None:
        return within
    paragraph = text.paragraph_of(region.start)
    if paragraph == 0 or not _whole_paragraph(text, region) or text.prose[region.inner[0] : region.inner[1]].rstrip()[-1:] not in (".", "!", "?"):
        return None  # not a quotation of sentences ("“Yes We Can”" is a slogan)
    closing = [
        a for a in found
        if a.speaker is not None and a.content and a.cue_token.lemma_.lower() in SPEECH and text.paragraph_of(a.cue[0]) == paragraph - 1
    ]
    if not closing:
        return None
    closer = max(closing, key=lambda a: (_end(a), -a.cue[0]))  # the outer of two that end together
    return closer if not text.prose[_end(closer) : text.paragraphs[paragraph - 1][1]].strip(EDGE_CHARS) else None


def _reported_just_before(text: ArticleText, region: QuoteRegion, found: list[Attribution]) -> Attribution | None:
    """The reported speech with a speaker that ends, with its sentence, right before the quotation in its
    paragraph, where the quotation is sentences of its own; None otherwise."""
    inner = text.prose[region.inner[0] : region.inner[1]].rstrip(" ’'\"”")
    if not _opens_sentence(text, region) or inner[-1:] not in (".", "!", "?", ","):
        return None
    paragraph = text.paragraph_of(region.start)
    before = [
        a for a in found
        if a.speaker is not None and a.content and a.cue_token.lemma_.lower() in SPEECH
        and text.paragraph_of(a.cue[0]) == paragraph and _end(a) <= region.start
    ]
    if not before:
        return None
    closer = max(before, key=lambda a: (_end(a), -a.cue[0]))
    return closer if not text.prose[_end(closer) : region.start].strip(EDGE_CHARS) else None


def _end(attribution: Attribution) -> int:
    return max(end for _, end in [attribution.cue, attribution.speaker, *attribution.content])


def _introduced(text: ArticleText, cue, region: QuoteRegion) -> bool:
    """The quote opens right after a colon that ends the cue's clause, in the same paragraph."""
    between = text.prose[cue[1] : region.start]
    return (
        cue[1] <= region.start
        and between.rstrip().endswith(":")
        and "\n" not in between
        and not any(ch in between for ch in ".!?")
    )


def _cue_for_region(text: ArticleText, region: QuoteRegion, regions: list[QuoteRegion], found: list[Attribution], continuing: bool):
    doc, prose = text.doc, text.prose
    paragraph = text.paragraph_of(region.start)
    span = doc.char_span(region.start, region.end, alignment_mode="expand")
    if span is None:
        return None
    sentences = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    after = span[-1].i + 1
    split_after = None
    if after < len(doc) and doc[after].sent.start not in sentences and text.paragraph_of(doc[after].idx) == paragraph:
        split_after = doc[after].sent.start
        sentences[split_after] = doc[after].sent  # “….” he said.  split after the closing mark
    before = span[0].i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    lead_in = None  # X said: ⏎ “…”: the colon that ends the paragraph before introduces this one
    if before >= 0 and prose[doc[before].idx : region.start].rstrip().endswith(":"):
        sentences[doc[before].sent.start] = doc[before].sent  # X said:  “…”
        colon = _closing_colon(text, doc[before].sent)
        if colon is not None and _opens_paragraph(text, region.start) and text.paragraph_of(colon.idx) == paragraph - 1:
            lead_in = colon
    candidates = []
    for sent in sentences.values():
        for tok in sent:
            if tok.lemma_.lower() not in SPEECH or tok.pos_ not in ("VERB", "AUX") or goes_on_doing(tok):
                continue
            if any(r.start <= tok.idx < r.end for r in regions):
                continue
            if text.paragraph_of(tok.idx) != paragraph and not (lead_in is not None and sent.start == lead_in.sent.start and _introduces(tok, lead_in)):
                continue
            if sent.start == split_after and not _closes_quotation(tok, after, continuing):
                continue
            distance = region.start - tok.idx if tok.idx < region.start else tok.idx - region.end
            candidates.append((_modifies_quoted_words(tok, region), distance, tok))
    if not candidates and before >= 0 and _introduced(text, (doc[before].idx, doc[before].idx), region):
        # "… took to Twitter with this: “…”": no speech verb, the clause before the colon introduces the quote.
        verb = doc[before].sent.root
        subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is not None and subject.i < before and not any(r.start <= verb.idx < r.end for r in regions):
            existing = next((a for a in found if a.cue_token == verb), None)
            if existing is not None:
                existing.colon = existing.speaker is not None
                return existing
            found.append(_quote_attribution(verb, subject, prose, colon=True))
            return found[-1]
    for *_, tok in sorted(candidates, key=lambda c: c[:2]):
        existing = next((a for a in found if a.cue_token == tok), None)
        if existing is not None:
            if existing.speaker is None:
                continue  # "could not be confirmed": nobody to credit the quote to
            return existing
        subject = subject_of(tok)
        if subject is not None:
            found.append(_quote_attribution(tok, subject, prose))
            return found[-1]
    return None


def _modifies_quoted_words(verb, region: QuoteRegion) -> bool:
    """Whether the verb heads a clause after the quotation that a conjunction or "when" opens and the parser
    hangs on the quotation's own words, which is the quotation's last resort as its cue ("“And I thought it
    was just a lie” when it promised affordability, says Amber Alexander": the quotation is hers, not the
    law's). Not an aside ("“It is over,” as he put it"), nor a participle ("insisted that he has “expanded
    the party,” claiming that …" may be what claims)."""
    return (
        verb.dep_ == "advcl" and verb.idx >= region.end and region.start <= verb.head.idx < region.end
        and bool(clause_marks(verb) - {"as", "like"} or opened_by_when(verb))
    )


def _closes_quotation(verb, after: int, continuing: bool) -> bool:
    """Whether a speech verb in the sentence after a quotation's closing mark (which starts at token
    ``after``) may be the quotation's own: no comma or dash before it but in its subject's phrase
    ("Smith, the mayor, said."; "That is what the mayor told the council"; not "The city filed charges
    on Sunday, saying …" or "The church attracts followers - by promising …"), and where the quotation
    may continue the quote before it (``continuing``), no reported clause of its own ("“…,” he says. “…”
    Lee says this is how …")."""
    subject = subject_of(verb)
    phrase = {t.i for t in subject.subtree} if subject is not None else set()
    if any(sets_off(t) and t.i not in phrase for t in verb.doc[after : verb.i]):
        return False
    return not continuing or not any(c.dep_ in COMPLEMENT_DEPS and c.i > verb.i for c in verb.children)


def attach_block_quotes(text: ArticleText, regions: list[QuoteRegion], found: list[Attribution]) -> None:
    """"The governor added: ⏎ It's typical of …": a speech cue with a speaker and no content, whose
    clause runs on to the colon that ends its paragraph, introduces the next paragraph, quoted or not (a block
    quote loses its marks when a page becomes text). One paragraph: PolNeAR train annotates a single
    one 21 times in 31 such quotes; the quote-mark rules carry quoted ones on (edits ``found`` in place)."""
    prose = text.prose
    for attribution in found:
        verb = attribution.cue_token
        if attribution.content or attribution.speaker is None or verb.lemma_.lower() not in SPEECH:
            continue
        colon = _closing_colon(text, verb.sent)
        paragraph = text.paragraph_of(verb.idx)
        if colon is None or not _introduces(verb, colon) or text.paragraph_of(colon.idx) != paragraph or paragraph + 1 >= len(text.paragraphs):
            continue
        start, end = text.paragraphs[paragraph + 1]
        if any(r.start <= start < r.end or r.start == start for r in regions):
            continue  # a quotation: the quote-mark rules read it (a block quote may quote somebody inside it)
        content = trim(prose, start, end)
        if content and any(o.via == "label" and start <= o.cue[0] < end for o in found):
            continue  # an embedded tweet or a speaker's label ("FREELAND: …"): its byline or label credits it
        if content and not (_as_aside(verb) and any(_attributed_after(other, content, prose) for other in found if other is not attribution)):
            attribution.content, attribution.colon = [content], True


def _as_aside(verb) -> bool:
    """"As she noted in a recent blog post:": a cue in a clause "as" opens, which points at words given
    elsewhere (a block quote the page may have lost) rather than introducing the next paragraph as "He
    said:" does."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _attributed_after(attribution: Attribution, paragraph: Span, prose: str) -> bool:
    """Whether ``paragraph`` is one sentence that ``attribution`` closes, reporting all of it before its
    speech cue and a named or "he"/"she" speaker ("As she noted in a recent blog post: ⏎ All of that may
    slow distribution of the payments, Holtzblatt said."): the paragraph is that speaker's, not the
    colon's. Not an aside in somebody's words ("This is a scam, I believe, and regulators must act", "…,
    many of my colleagues told me", "…, the numbers tell us, but …")."""
    verb, speaker = attribution.cue_token, attribution.speaker_token
    if attribution.speaker is None or speaker is None or not attribution.content or attribution.content[0][0] != paragraph[0]:
        return False
    sentence = verb.sent
    closed = max(attribution.cue[1], attribution.speaker[1])  # where the cue and its speaker end
    return (
        verb.lemma_.lower() in SPEECH and (speaker.pos_ == "PROPN" or speaker.lower_ in ("he", "she"))
        and sentence.start_char <= paragraph[0] and sentence.end_char >= paragraph[1]
        and len(prose[closed : paragraph[1]].split()) <= 3 and not any(t.pos_ in ("VERB", "AUX") for t in sentence if t.idx >= closed)
    )


def _quote_attribution(cue, subject, prose: str, colon: bool = False) -> Attribution:
    """A new attribution for a quotation, from the verb that introduces it and that verb's subject."""
    return Attribution(
        cue=cover(token_ranges(cue_tokens(cue), prose)),
        cue_token=cue,
        speaker_token=subject,
        speaker=cover(token_ranges(speaker_phrase(subject), prose)),
        via="quote",
        colon=colon,
    )
