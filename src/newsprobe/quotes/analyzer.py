"""The quotes analyzer: direct and reported speech with cue, content and a resolved speaker, and the
verdict reasons about sourcing (orphan quotes, anonymous sources, nobody named)."""

from __future__ import annotations

from ..analysis import Analyzer, Context, Findings
from ..report import Quote, Reason, Speaker, TextSpan, TextSpans
from ..text import ArticleText
from .extract import extract
from .model import default_model
from .rules import Attribution
from .speakers import SpeakerResolver

# Anonymous sourcing is normal in news; it becomes a reason past this share of quotes.
ANONYMOUS_SHARE = 0.34


def quotes_in(text: ArticleText, attributions: list[Attribution] | None = None) -> list[Quote]:
    """Quotes in the text's parse; every span indexes into ``text.prose``.

    ``attributions`` overrides extraction (training and benchmarks pass their own)."""
    resolver = SpeakerResolver(text)
    return [_to_quote(a, text.prose, resolver) for a in (attributions if attributions is not None else extract(text))]


def _to_quote(attribution: Attribution, text: str, resolver: SpeakerResolver) -> Quote:
    resolution = resolver.resolve(attribution.speaker_token)
    if resolution.resolved and resolution.kind == "person":
        resolver.note_speaker(attribution.cue[0], resolution.resolved)
    written = attribution.speaker
    speaker = Speaker(
        text=text[written[0] : written[1]] if written else None,
        span=written,
        kind=resolution.kind,
        resolved=resolution.resolved,
    )
    return Quote(
        direct=attribution.direct,
        nested=attribution.nested,
        cue=TextSpan(text=text[attribution.cue[0] : attribution.cue[1]], span=attribution.cue),
        content=TextSpans(text=" … ".join(text[s:e] for s, e in attribution.content), spans=attribution.content),
        speaker=speaker,
    )


def quote_reasons(quotes: list[Quote]) -> list[Reason]:
    reasons: list[Reason] = []
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
                severity="minor",
                message=f"{len(anonymous)} of {len(quotes)} quotes come from unnamed sources",
                evidence=[q.speaker.span or q.cue.span for q in anonymous],
            )
        )
    if not any(q.speaker.resolved for q in quotes):
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


def analyze_quotes(ctx: Context) -> Findings:
    quotes = quotes_in(ctx.text)
    return Findings(quotes, quote_reasons(quotes))


ANALYZER = Analyzer("quotes", analyze_quotes, load=default_model)
