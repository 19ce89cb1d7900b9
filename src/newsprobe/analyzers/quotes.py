"""The quotes analyzer: direct and reported speech with cue, content and a resolved speaker."""

from __future__ import annotations

from ..report import Quote, Speaker, TextSpan, TextSpans
from . import Context, analyzer
from .attribution import Attribution, extract
from .speakers import SpeakerResolver


def quotes_from_doc(doc, text: str, attributions: list[Attribution] | None = None) -> list[Quote]:
    """Quotes in ``doc``, a parse of ``text``; every span indexes into ``text``.

    ``attributions`` overrides extraction (training and benchmarks pass their own)."""
    resolver = SpeakerResolver(doc, text)
    quotes = []
    for attribution in attributions if attributions is not None else extract(doc, text):
        quotes.append(_to_quote(attribution, text, resolver))
    return quotes


def _to_quote(attribution: Attribution, text: str, resolver: SpeakerResolver) -> Quote:
    resolution = resolver.resolve(attribution.source_token)
    if resolution.resolved and resolution.kind == "person":
        resolver.note_speaker(attribution.cue[0], resolution.resolved)
    source = attribution.source
    speaker = Speaker(
        text=text[source[0] : source[1]] if source else None,
        span=source,
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


@analyzer("quotes")
def analyze_quotes(ctx: Context) -> None:
    ctx.report.quotes = quotes_from_doc(ctx.doc, ctx.prose)
