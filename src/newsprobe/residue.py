"""Caption, credit and link residue that scrapers leave in article bodies.

Residue stays in ``article.body`` (spans index into it) but is blanked out of
the *prose* that analyzers read, so a photographer's name never becomes a
speaker and "Read more: …" never becomes a claim.
"""

from __future__ import annotations

import re

from .report import Residue
from .text import line_spans

_AGENCIES = (
    r"Getty\s+Images|AFP(?:/Getty\s+Images)?|AP(?:\s+Photo)?|Reuters|EPA(?:-EFE)?|Bloomberg|Xinhua|"
    r"Shutterstock|Alamy|PA(?:\s+Wire|\s+Images)?|Corbis|Sipa|NurPhoto|Anadolu(?:\s+Agency)?|WireImage|"
    r"The\s+Associated\s+Press|Associated\s+Press|File|Handout"
)
_NAME = r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*"
# Wire style puts the agency first: "… on Tuesday. REUTERS/Kevin Lamarque".
_WIRE_CREDIT = r"(?:REUTERS|AFP|AP|EPA)\s*/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
_MONTHS = r"Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"

# Credits that chain a photographer and an event or a pool before the agency, slash by slash:
# "(Kevin Mazur/Hand in Hand/Getty Images)" under a photo of a televised benefit.
_CREDIT_CHAIN = (
    rf"(?:(?:Photo(?:graph)?|Image|Picture)\s*:\s*)?"
    rf"(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|in|of|and|the|for|on|at))*\s*/\s*){{1,3}}(?:{_AGENCIES})"
)

# Whole paragraphs that are residue, with their kind.
_PARAGRAPH_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("photo-credit", re.compile(rf"^\(?(?:(?:{_NAME}\s*[/|,]?\s*)?(?:{_AGENCIES})(?:\s*[/|]\s*{_NAME})?|{_CREDIT_CHAIN})\)?\.?$")),
    ("photo-credit", re.compile(r"^\(?(?:photo|image|picture|photograph|video|illustration)s?(?:\s+credit)?\s*(?:by\b|:|/|\|)", re.I)),
    ("caption", re.compile(r"^(?:image\s+)?caption\b\s*:?|^file\s+photo\s*:", re.I)),
    # A wire photo's caption, which ends on its date and credit: "… New York City, U.S. August 21, 2018.
    # REUTERS/Mike Segar" (a tune-site reading, twenty-fifth round: the lawyer it names stood for the next
    # paragraph's "He added"); not a quote that ends on a credit alone, whose credit _TRAILING_CREDIT cuts.
    ("caption", re.compile(
        rf"\b(?:{_MONTHS})\.? \d{{1,2}}, \d{{4}}\.?\s+\(?{_WIRE_CREDIT}\)?$"
    )),
    # Video and gallery teasers in capitals ("WATCH: Trudeau speaks to reporters", "PHOTOS: …", "LISTEN | …").
    ("caption", re.compile(r"^(?:WATCH|LISTEN|VIDEO|PHOTOS?|GALLERY|IN PHOTOS)\s*[:|]")),
    # "Read more" leading a link line, "Read:" before a linked headline (The Atlantic), or "Read more"
    # closing a teaser line ("'Desperate to find a way out' … Read more").
    ("read-more", re.compile(r"^read\s*:|^(?:read|see)\s+(?:more|also)\b|"
                             r"^related(?:\s+(?:articles?|stories|coverage))?\s*:|"
                             r"\bread more\W*$", re.I)),
    ("boilerplate", re.compile(
        r"^(?:advertisement|click here\b|follow us\b|sign up\b|by signing up\b|subscribe\b|share this\b|story highlights\b|"
        r"copyright\b|©|all rights reserved|this (?:article|story) (?:was|has been) (?:updated|corrected)|"
        # A writer's sign-off: "Follow Warner Todd Huston on Twitter @warnerthuston, or email the author at …",
        # a handle, "or" or the line's end after the network (not "Follow-up reports on Twitter suggested …").
        r"follow\s[^.,\n]{0,60}?\bon (?:twitter|facebook|instagram)\b\W*(?:@\w+\W*)?(?:$|or\b))",
        re.I,
    )),
]
# A credit glued to the end of a paragraph's last sentence: "... over Syria. Nicholas Kamm Getty Images".
_TRAILING_CREDIT = re.compile(rf"(?<=[.!?”\"’])\s+\(?(?:{_NAME}\s*[/|,]?\s*(?:{_AGENCIES})|{_CREDIT_CHAIN}|{_WIRE_CREDIT})\)?\s*$")
# Residue paragraphs are short; a long paragraph that starts with "Copyright" is prose.
MAX_RESIDUE_CHARS = 300


def find_residue(body: str) -> list[Residue]:
    found: list[Residue] = []
    for start, end in line_spans(body):
        paragraph = body[start:end]
        if len(paragraph) <= MAX_RESIDUE_CHARS:
            kind = next((k for k, pattern in _PARAGRAPH_PATTERNS if pattern.search(paragraph)), None)
            if kind:
                found.append(Residue(kind=kind, text=paragraph, span=(start, end)))
                continue
        tail = _TRAILING_CREDIT.search(paragraph)
        if tail:
            offset = start + tail.start() + (len(tail.group()) - len(tail.group().lstrip()))
            found.append(Residue(kind="photo-credit", text=body[offset:end], span=(offset, end)))
    return found


def prose_without(body: str, residue: list[Residue]) -> str:
    """The body with residue blanked to spaces, so offsets into it stay offsets into the body."""
    chars = list(body)
    for item in residue:
        start, end = item.span
        chars[start:end] = " " * (end - start)
    return "".join(chars)
