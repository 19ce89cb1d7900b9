"""The report: one typed, versioned document per article, the same from every entry point.

Every character span in a report is a ``[start, end)`` pair of offsets into
``report.article.body``. Sections that a later analyzer fills exist from the
start with documented empty values, so consumers can rely on the shape.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Bump the major part when a field changes meaning or disappears, the minor
# part when fields are added. Shipped model artifacts record the schema they
# were built for and load under any schema of the same major version.
# 1.1: provenance matches gained paragraph, title, url and verbatim.
# 1.2: speaker kind "author"; reason severity "note"; stitching score is a calibrated probability;
#      article.undecodable.
# 1.3: quote type (speech, thought, finding); speaker title; claims filled (score, kind, quote, speaker,
#      quantities).
SCHEMA_VERSION = "1.3"
SCHEMA_ID = f"newsprobe/report/{SCHEMA_VERSION}"


def require_compatible(version: str | None) -> None:
    """Raise ValueError unless an artifact built for report schema ``version`` fits this one (same major version)."""
    if not version or version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise ValueError(f"built for report schema {version}, this is {SCHEMA_VERSION}")

Span = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Article(_Model):
    """What a reader produced: the text every span indexes into, and its metadata."""

    id: str = Field(description="Record id, or a content hash when the input has none.")
    title: str | None = Field(None, description="Headline, or null for a body-only input.")
    body: str = Field(description="Normalised body text; every span in the report indexes into it.")
    url: str | None = None
    site: str | None = None
    published: str | None = Field(None, description="Publication date as found (ISO 8601 where known).")
    authors: list[str] = Field(default_factory=list)
    language: str | None = Field(None, description="Detected language code, e.g. 'en'.")
    input: str | None = Field(None, description="Where the article came from: path, '-', or 'path:line'.")
    undecodable: int = Field(
        0, description="Characters of the input that were not valid text (invalid UTF-8 bytes), each shown as U+FFFD in the body."
    )


class TextSpan(_Model):
    text: str
    span: Span


class TextSpans(_Model):
    text: str = Field(description="The pieces joined with ' … ' where the content is split.")
    spans: list[Span]


SpeakerKind = Literal["person", "organization", "anonymous", "author", "pronoun", "unknown"]


# How renderers name each speaker kind to readers (terminal table, the page's tooltips).
SPEAKER_KIND_LABELS = {
    "person": "named person",
    "organization": "organisation",
    "anonymous": "anonymous source",
    "author": "the author",
    "pronoun": "orphan (pronoun)",
    "unknown": "unknown speaker",
}


class Speaker(_Model):
    text: str | None = Field(description="The speaker as written at the cue, or null when none is written.")
    span: Span | None = None
    kind: SpeakerKind = Field(
        description=(
            "person / organization: a named source; anonymous: an unnamed one ('a senior official', "
            "'sources', or a pronoun for someone described and never named: 'A child opens a box. … he says'); author: "
            "the article's writer ('I', 'we' outside quotation marks); pronoun: a pronoun nobody named or described "
            "before it in the article can stand for (an orphan quote); unknown: anything else."
        )
    )
    resolved: str | None = Field(
        description="The full name the speaker refers to (the byline for the author), or null when the text does not say."
    )
    title: str | None = Field(
        None,
        description="The role or title written with the name and kept out of it ('retiree' in 'retiree Doug Purdy', "
        "'the club's chairwoman' in 'Jane Porter, the club's chairwoman'), or null.",
    )


QuoteType = Literal["speech", "thought", "finding"]


class Quote(_Model):
    type: QuoteType = Field(
        "speech",
        description="What the cue attributes. speech: words said or written ('said', 'told', 'according to', any quotation "
        "in quote marks); thought: a belief, wish, intention or stance ('believes', 'wants', 'expects', 'decided'); "
        "finding: what evidence shows ('found', 'showed', 'data indicate', 'the study suggests'). Quote counts, the "
        "sourcing reasons and the page's highlights use speech only.",
    )
    direct: bool = Field(description="True for a quotation in quote marks, false for reported speech.")
    nested: bool = Field(
        False, description="True when reported inside another quote's paraphrased content ('X said Y told troops that …')."
    )
    cue: TextSpan
    content: TextSpans
    speaker: Speaker


class Reason(_Model):
    code: str = Field(description="Stable machine-readable identifier of the rule that fired.")
    severity: Literal["serious", "minor", "note"] = Field(
        description="serious: one makes an article questionable, two unreliable; minor: two make it questionable; "
        "note: worth a reader's attention, never changes the label (docs/verdict.md)."
    )
    message: str = Field(description="The reason in plain language.")
    evidence: list[Span] = Field(default_factory=list, description="Spans in the body that show it.")


VerdictLabel = Literal["reliable", "questionable", "unreliable", "insufficient evidence"]


class Verdict(_Model):
    label: VerdictLabel
    reasons: list[Reason] = Field(default_factory=list)


Stance = Literal["agree", "disagree", "discuss", "unrelated"]


class EvidenceSentence(_Model):
    span: Span
    text: str
    score: float


class Headline(_Model):
    """Does the body support the headline? Empty (stance null) until a stance model runs."""

    text: str | None = None
    stance: Stance | None = Field(None, description="FNC-1 stance of the body towards the headline.")
    probabilities: dict[str, float] = Field(default_factory=dict)
    supported: bool | None = Field(None, description="True only for 'agree'; null when not assessed.")
    evidence: list[EvidenceSentence] = Field(default_factory=list)
    missing_terms: list[str] = Field(
        default_factory=list, description="Headline content words and entities the body never mentions."
    )


class Change(_Model):
    """One difference between a passage and its source, word level."""

    kind: Literal["substituted", "inserted", "deleted"] = Field(
        description="substituted: body words in place of source words (spinning); inserted: body words the source lacks; "
        "deleted: source words the body dropped."
    )
    body_text: str | None = Field(None, description="The words in the body; null for a deletion.")
    source_text: str | None = Field(None, description="The words in the source; null for an insertion.")
    span: Span | None = Field(None, description="Where body_text is in the body; null for a deletion.")


class ProvenanceMatch(_Model):
    """An indexed document a passage of the body was copied from."""

    span: Span = Field(description="The passage (a paragraph) of the body.")
    paragraph: int = Field(description="1-based number of the paragraph in the body.")
    doc_id: str = Field(description="The indexed document's id.")
    title: str | None = None
    url: str | None = None
    score: float = Field(
        description="Share of the passage's word 3-grams the document holds, measured after undoing substitutions; ≥ 0.5."
    )
    verbatim: float = Field(description="Share of the passage's word 3-grams the document holds as written.")
    changes: list[Change] = Field(default_factory=list)


class Boundary(_Model):
    offset: int = Field(description="Body offset where the source appears to change.")
    score: float
    signals: list[str] = Field(default_factory=list)


class Stitching(_Model):
    """Was the body assembled from several articles? score null until assessed."""

    score: float | None = Field(
        None, description="Calibrated probability that the body was stitched from several articles (docs/provenance.md); "
        "null when the body has fewer than 3 prose paragraphs, too few to judge."
    )
    boundaries: list[Boundary] = Field(default_factory=list)


class SpunPhrase(_Model):
    span: Span
    text: str
    score: float = Field(description="How likely this phrase replaced a more usual one, 0–1; 1 when the source shows it.")
    likely_original: str | None = Field(None, description="The word it probably replaced: from the source when indexed.")


class Spin(_Model):
    """Was the text machine-reworded? score null until assessed."""

    score: float | None = None
    phrases: list[SpunPhrase] = Field(default_factory=list)


ClaimKind = Literal["quantity", "comparison", "causal", "prediction", "other"]


class Quantity(_Model):
    """A figure as the article states it, normalised ("4.1 billion dollars" → 4.1e9 USD)."""

    text: str = Field(description="The figure as written, with its currency sign or unit.")
    span: Span
    value: float = Field(description="The normalised value: 4.1 billion → 4.1e9, £3.6bn → 3.6e9, 5 per cent → 5; a range's low end.")
    high: float | None = Field(None, description="A range's high end ('3 to 5 million' → 5e6); null when the figure is not a range.")
    unit: str | None = Field(
        None, description="ISO 4217 currency code, '%', 'percentage point' or a measure ('tonne'); null for a plain count."
    )
    counted: str | None = Field(None, description="What is counted or measured, as written ('Russians'); null when the text leaves it implicit.")
    qualifier: str | None = Field(
        None, description="Why the value is not exact ('more than', 'about', 'up to', 'thousands'); null for an exact figure."
    )

    def normalised(self) -> str:
        """The figure as renderers show it: "4.1e9 USD", "2,400 Russians", "more than 3,000 people", "3e6–5e6 people"."""
        value = _figure(self.value) + (f"–{_figure(self.high)}" if self.high is not None else "")
        return " ".join(part for part in (self.qualifier, value, self.unit, self.counted) if part)


def _figure(value: float) -> str:
    """4100000000 → "4.1e9", 2400 → "2,400", 0.5 → "0.5": millions and more in powers of ten."""
    if abs(value) >= 1e6:
        mantissa, exponent = f"{value:.6e}".split("e")
        return f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"
    return f"{value:,.6g}"


class Claim(_Model):
    """A sentence worth checking: its check-worthiness, kind, figures and who states it (docs/claims.md)."""

    span: Span
    text: str
    score: float = Field(
        description="Check-worthiness, 0–1: how likely the sentence states a factual claim a fact-checker should verify."
    )
    kind: ClaimKind = Field(
        description="prediction, causal, comparison or quantity, the first the sentence shows (docs/claims.md); other when none."
    )
    quote: int | None = Field(None, description="Index into quotes of the quote whose content holds the sentence; null in the article's own voice.")
    speaker: str | None = Field(None, description="That quote's speaker: the resolved name, else as written; null outside quotes.")
    quantities: list[Quantity] = Field(default_factory=list, description="The figures in the sentence, in text order.")


ResidueKind = Literal["photo-credit", "caption", "read-more", "boilerplate"]


class Residue(_Model):
    kind: ResidueKind
    text: str
    span: Span


class Report(_Model):
    """The whole report for one article."""

    schema_: str = Field(SCHEMA_ID, alias="schema", description="Report schema identifier and version.")
    article: Article
    verdict: Verdict
    headline: Headline = Field(default_factory=Headline)
    quotes: list[Quote] = Field(default_factory=list)
    provenance: list[ProvenanceMatch] = Field(
        default_factory=list, description="Indexed documents each passage was copied from; empty without an index."
    )
    stitching: Stitching = Field(default_factory=Stitching)
    spin: Spin = Field(default_factory=Spin)
    claims: list[Claim] = Field(
        default_factory=list,
        description="The sentences most worth checking, highest check-worthiness first: those at or above the model's claim "
        "threshold, at most 10 (docs/claims.md).",
    )
    residue: list[Residue] = Field(
        default_factory=list, description="Captions, credits and link residue kept out of the prose analyzers read."
    )
    timings: dict[str, float] = Field(default_factory=dict, description="Seconds spent per stage.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json", by_alias=True)

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> Report:
        return cls.model_validate_json(data)


def json_schema() -> dict:
    """The report's JSON schema, generated from the models above (see docs/report-schema.json)."""
    schema = Report.model_json_schema(by_alias=True)
    schema["$id"] = SCHEMA_ID
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
