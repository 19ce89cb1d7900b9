"""The quotes analyzer: direct and reported speech with cue, content and a resolved speaker, and the
verdict reasons about sourcing (orphan quotes, anonymous sources, nobody named)."""

from __future__ import annotations

import re

from ..analysis import Analyzer, Context, Findings
from ..report import Quote, Reason, Speaker, TextSpan, TextSpans
from ..text import ArticleText
from .cues import cue_lemma, cue_type, reports_words
from .extract import extract
from .model import default_model, first_name_genders
from .rules import Attribution
from .speakers import GROUP_PRONOUNS, THIRD_PERSON, SpeakerResolver
from .tagger import default_tagger, quote_mode, reading_of

# Anonymous sourcing is normal in news: past this share of quotes it is pointed out, as a note that
# never changes the label (issue #11).
ANONYMOUS_SHARE = 0.34
# An age apposed to a name, before any role after it: "Brown, 38, …".
AGE_FIRST = re.compile(r"^\d{1,3}(?:,\s*|$)")
REFLEXIVES = (" himself", " herself", " itself", " themselves")


def quotes_in(text: ArticleText, attributions: list[Attribution] | None = None, authors: list[str] | None = None) -> list[Quote]:
    """Quotes in the text's parse, in the process's quote mode; every span indexes into ``text.prose``.

    ``attributions`` overrides extraction (training and benchmarks pass their own); ``authors``
    are the bylines "I" and "we" stand for."""
    resolver = SpeakerResolver(text, first_name_genders(), authors)
    found = attributions if attributions is not None else extract(text, reading=reading_of(text.prose))
    return [_to_quote(a, text.prose, resolver) for a in found]


def _to_quote(attribution: Attribution, text: str, resolver: SpeakerResolver) -> Quote:
    written = attribution.speaker
    written_text = text[written[0] : written[1]] if written else None
    if attribution.via == "label" and written_text:
        resolution = resolver.resolve_label(attribution.speaker_token, written_text, written[0])
    else:
        resolution = resolver.resolve(attribution.speaker_token)
    # A named speaker, or one described and singular ("the president", "a senior official"), is what a
    # later "he said" most likely refers to; a group ("Obama and Trump", or "they" for them) is not.
    # So is a "he"/"she" standing for someone described ("the interpreter … “…,” she says"): the next one too.
    token = attribution.speaker_token
    group = resolution.several or token is not None and token.lower_ in GROUP_PRONOUNS
    if not group and (resolution.kind == "person" or (resolution.kind == "anonymous" and token.tag_ in ("NN", "NNP"))):
        resolver.note_speaker(attribution.cue[0], resolution.resolved)
    elif resolution.kind == "anonymous" and token.lower_ in THIRD_PERSON:
        resolver.note_speaker(attribution.cue[0], None, THIRD_PERSON[token.lower_])
    resolver.note_source(attribution.cue_token, resolution)
    speaker = Speaker(
        text=written_text,
        span=written,
        kind=resolution.kind,
        resolved=resolution.resolved,
        title=_title(written_text, resolution.resolved) if resolution.kind == "person" and not resolution.several else None,
    )
    verb = attribution.cue_token
    content = verb.doc.char_span(attribution.content[0][0], attribution.content[-1][1], alignment_mode="expand") if attribution.content else None
    words = reports_words(verb, content)
    return Quote(
        type=cue_type(
            cue_lemma(verb), attribution.direct, token, unheld=attribution.via == "passive", words=words, source_kind=resolution.kind
        ),
        direct=attribution.direct,
        nested=attribution.nested,
        cue=TextSpan(text=text[attribution.cue[0] : attribution.cue[1]], span=attribution.cue),
        content=TextSpans(text=" … ".join(text[s:e] for s, e in attribution.content), spans=attribution.content),
        speaker=speaker,
    )


def _title(written: str | None, name: str | None) -> str | None:
    """The role written with the name: before it ("retiree Doug Purdy", "Toronto Mayor John Tory") or
    apposed after it ("Jane Porter, the club’s chairwoman")."""
    if not written or not name:
        return None
    at = written.find(name.split()[0])
    if at < 0:
        return None
    before = written[:at].strip(" ,")
    if before.lower() in ("", "the", "a", "an"):
        if written.endswith(REFLEXIVES):
            return None  # "Obama himself"
        end = written.find(name.split()[-1], at)
        # Not the age: "Brown, 38, a former city employee".
        before = AGE_FIRST.sub("", written[end + len(name.split()[-1]) :].strip(" ,.")) if end >= 0 else ""  # "Jr., the coach"
        if before.startswith(("’s", "'s")) or before.split(" ", 1)[0].lower() in ("who", "which", "whose"):
            return None  # "Nancy Pelosi’s latest broadside …": hers; "Andrew Olvera, who leads …": what he does
        # "Chad Griffin, the president of the Human Rights Campaign, who introduced …": the role, not the clause.
        before = re.split(r",\s+(?:who|which)\b", before, maxsplit=1)[0]
    return before.rstrip(" ,") or None


def quote_reasons(quotes: list[Quote]) -> list[Reason]:
    """Sourcing reasons over the quotes proper: words said or written (``type == "speech"``). Nobody
    named is said only when no finding and no organisation's deed names a source either ("The FDA
    issued an emergency authorization", "the World Health Organization declared a pandemic": not
    quotes, but where a fact comes from; a person's belief, "Trump wants a wall", is not)."""
    reasons: list[Reason] = []
    named_elsewhere = any(
        q.speaker.resolved and (q.type == "finding" or q.speaker.kind == "organization") for q in quotes if q.type != "speech"
    )
    quotes = [q for q in quotes if q.type == "speech"]
    if not quotes:
        return reasons
    orphans = [q for q in quotes if q.speaker.kind == "pronoun"]
    if orphans:
        reasons.append(
            Reason(
                code="orphan-quotes",
                severity="serious",
                message=(
                    f"{len(orphans)} of {len(quotes)} quotes are credited only to a pronoun "
                    f"({', '.join(sorted({_said(q) for q in orphans}))}) with nobody named in the article before them"
                ),
                evidence=[span for q in orphans for span in [q.speaker.span or q.cue.span, *q.content.spans]],
            )
        )
    anonymous = [q for q in quotes if q.speaker.kind == "anonymous"]
    if anonymous and len(anonymous) / len(quotes) >= ANONYMOUS_SHARE:
        reasons.append(
            Reason(
                code="anonymous-sources",
                severity="note",
                message=f"{len(anonymous)} of {len(quotes)} quotes come from unnamed sources",
                evidence=[q.speaker.span or q.cue.span for q in anonymous],
            )
        )
    if not named_elsewhere and not any(q.speaker.resolved for q in quotes):
        reasons.append(
            Reason(
                code="no-named-sources",
                severity="minor",
                message=f"none of the {len(quotes)} quotes is credited to a named person or organization",
                evidence=[q.cue.span for q in quotes],
            )
        )
    return reasons


def _said(quote: Quote) -> str:
    return f"“{quote.speaker.text} {quote.cue.text}”" if quote.speaker.text else f"“{quote.cue.text}”"


# A participle on a cue restates that cue's words when this share of its content is the cue's content.
RESTATED_SHARE = 0.8
# Verbs whose participle with a preposition names what the words were about, not what they said ("referring
# to", "talking about", "commenting on").
TOPIC_VERBS = frozenset("refer talk speak comment allude hint respond reply react".split())


def analyze_quotes(ctx: Context) -> Findings:
    found = extract(ctx.text, reading=reading_of(ctx.text.prose))
    quotes = quotes_in(ctx.text, [a for a in found if not any(_frames(a, other) for other in found)], ctx.article.authors)
    return Findings(quotes, quote_reasons(quotes))


def _frames(frame: Attribution, other: Attribution) -> bool:
    """Whether ``frame`` is a participle on the cue of ``other`` that reports no words of its own: it
    restates the cue's ("“…,” CNN reported, referring to the DNC's rules"; "replied …, saying …"), or
    names only the topic ("Describing his family, Floyd said …"). PolNeAR annotates such participles
    as attributions (``quotes_in`` keeps them for the benchmark); the report lists the words once,
    under the cue they hang on."""
    verb = frame.cue_token
    if frame is other or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or verb.head != other.cue_token:
        return False
    length = sum(e - s for s, e in frame.content)
    shared = sum(max(0, min(e, f) - max(s, b)) for s, e in frame.content for b, f in other.content)
    if length and shared / length >= RESTATED_SHARE:
        return True
    if frame.via == "preposition":
        # "…, referring to the party requiring candidates to have 2 percent support": what about; "warning
        # of a downturn", "calling for a tougher bill" say something.
        return verb.lemma_.lower() in TOPIC_VERBS
    topic = verb.doc.char_span(frame.content[0][0], frame.content[-1][1], alignment_mode="expand") if frame.content else None
    # A topic: no clause and no characterisation ("describing it as reckless", "calling him a liar").
    return not frame.direct and topic is not None and not any(
        t.pos_ in ("VERB", "AUX") or t.dep_ in ("oprd", "acomp") or t.lower_ == "as" for t in topic
    )


def load() -> None:
    default_model()
    first_name_genders()
    if quote_mode() == "accurate":
        default_tagger()


ANALYZER = Analyzer("quotes", analyze_quotes, load=load)
