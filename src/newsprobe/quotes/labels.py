"""Attributions marked by punctuation, not by a verb: speaker labels and quote bylines.

- A paragraph that opens with a name and a colon: transcripts (``PENCE: Well, look, …``) and
  headline-style claims (``Pence: Gennifer Flowers won't be at debate``). The colon is the cue,
  the name the source, the rest of the paragraph the content.
- A quotation followed by a dash and a name (``“…” ― Sonya Herridge``): the dash is the cue.
- An embedded tweet (``… — Jason Furman (@jasonfurman) May 5, 2020``): the dash is the cue.

It also finds the lines that are not prose at all: captions, headlines and highlights (``captions``).

PolNeAR annotates both (2 % of dev cues). Section labels ("Analysis:", "Update:") are not speakers,
and the reader has already blanked scraper residue ("WATCH: …").
"""

from __future__ import annotations

import re

from ..text import ArticleText, ends_sentence
from .cues import EVIDENCE_NOUNS, QUOTE_CHARS
from .quotemarks import QuoteRegion, runs_on
from .rules import Attribution, trim

# Capitalised words that open a paragraph with a colon without naming who speaks.
SECTION_LABELS = frozenset(
    """analysis opinion editorial exclusive review interview update updated live breaking related read more
    correction clarification note editor's advertisement source sources credit caption file tags topics
    share follow see also click image photo photos graphic map chart timeline factbox explainer q
    quote quotes date time location where when price cost tickets contact email phone website address
    category section by posted published filed reporting writing editing additional sign subscribe
    transcript summary background context bottom line key takeaways what why how warning disclaimer
    ps p.s slideshow gallery video videos watch listen podcast letter letters scoop developing alert""".split()
)
LABEL = re.compile(r"[\"“'‘]?([A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})[ ]?:[ ]+(?=\S)")
DASHES = "―—–"
_BYLINE_NAME = r"([A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})"
# At the quotation's line end, or on a line of its own after it with the name's title ("— Amesh Adalja,
# senior scholar, Johns Hopkins Center for Health Security", as Axios sets a quote off; the title has no
# verb and no figure: not "— Sen. Elizabeth Warren, D-Mass., introduced the bill", ``quote_bylines``).
BYLINE = re.compile(
    rf"[ \u00a0]*(?:[{DASHES}][ \u00a0]*{_BYLINE_NAME}"
    rf"|\n\n?[ \u00a0]*[{DASHES}][ \u00a0]*{_BYLINE_NAME}(,[^\n\d]{{1,150}})?)[ \u00a0.]*(?:\n|$)"
)
# An embedded tweet as a scraper leaves it, at its paragraph's end: "… pic.twitter.com/… — Jason Furman
# (@jasonfurman) May 5, 2020", the links before the dash no part of the words, nor a signature the account
# signs with ("“I won't stop calling out bigotry …” —Hillary pic.twitter.com/… — Hillary Clinton").
TWEET = re.compile(
    rf"(?:\s+[{DASHES}][A-Z][a-z]{{0,14}})?(?:\s+(?:pic\.twitter\.com|https?://t\.co)/\S+)*\s*([{DASHES}])\s*([^\s({DASHES}][^()\n{DASHES}]{{0,60}}?)\s*\(@\w{{1,15}}\)"
    r"\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$"
)
MIN_CONTENT_WORDS = 3
# A sentence that opens with its cue and gives the speaker before the quotation: "Said Trump: “…”", "Added
# Leigh, “…”" (14 of 5,032 tune-site articles, from NPR, Reuters, the WSJ, Deadline, People).
INVERTED_CUE_WORDS = frozenset(
    "Said Says Added Adds Wrote Writes Noted Notes Explained Explains Recalled Recalls Quipped Declared".split()
)
INVERTED = re.compile(rf"({'|'.join(sorted(INVERTED_CUE_WORDS))})[ ]+([^\n:;“”\"]{{2,160}}?)[ ]?[:,][ ]+(?=[“\"])")
FINITE_VERBS = ("VBD", "VBZ", "VBP")
# Prepositions that say where an inverted speaker said it ("Says Putin in a televised address: “…”").
PLACES_OF_SAYING = frozenset("in on during at via through".split())
# A transcript's own voices ("DAVID GREENE, HOST:", "ANTHONY KUHN, BYLINE:"): their lines are the
# programme's narration, which reports others' words as an article's prose does (recovery:npr:78, a
# tune-site transcript: the reporter's seven lines were quotes of his own holding the founder's apology).
OWN_VOICE = re.compile(r"(?m)^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}), (?:HOST|BYLINE)[ ]?:")
SPEAKER_ENTITIES = ("PERSON", "ORG", "NORP")


def speaker_labels(text: ArticleText) -> list[Attribution]:
    """``NAME: words`` paragraphs, one attribution each."""
    doc, prose = text.doc, text.prose
    voices = own_voices(prose)
    labels = [(match, end) for start, end in text.paragraphs if (match := LABEL.match(prose, start, end))]
    labelled = [(match.start(1), match.end(1)) for match, _ in labels]
    found, unconfirmed = [], []
    for match, end in labels:
        if match.group(1) in voices:
            continue
        label = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
        content = trim(prose, match.end(), end)
        colon = doc.char_span(match.end(1), match.end(), alignment_mode="expand")
        if label is None or colon is None or content is None or not _names_somebody(label):
            continue
        words = prose[content[0] : content[1]].split()
        lettered = sum(any(ch.isalpha() for ch in word) for word in words)
        # A spoken line of figures ends as a sentence does; a list's line does not ("JAMES: 28 points, 10 rebounds").
        spoken = len(words) >= MIN_CONTENT_WORDS and lettered >= 2 and prose[match.end() : end].rstrip()[-1:] in (".", "!", "?")
        if lettered < MIN_CONTENT_WORDS and not spoken:
            continue  # also a list's figures: "Epcot: 55,000 (50%) and 82,500 (75%)"; not "TRUMP: 100 percent, 100 percent."
        if not label.text.isupper() and _linked_title(label, doc.char_span(*content, alignment_mode="expand")):
            continue
        mark = next((t for t in colon if t.text == ":"), None)
        if mark is None:
            continue
        headline = match.start() == text.paragraphs[0][0]  # "Erdogan: Turkey will not bow to threats"
        (found if headline or _confirmed(label, labelled, prose[match.end() : end]) else unconfirmed).append(Attribution(
            cue=(mark.idx, mark.idx + 1), cue_token=mark, speaker_token=label.root,
            speaker=(label.start_char, label.end_char), content=[content],
            direct=label.text.isupper(), via="label", colon=True,
        ))
    # A label nothing else confirms still names somebody in a transcript or a list where another label is
    # confirmed ("Emma Green: …", then "Buttigieg: Happy to be here, Emma.").
    return sorted(found + unconfirmed, key=lambda a: a.cue) if found else found


def _linked_title(label, words) -> bool:
    """Whether a label and the words after its colon are a link to another article ("Derek Thompson: The
    four rules of pandemic economics" in The Atlantic), not a claim: no verb, no quote mark, not in title
    case (a headline's verbs are often tagged proper nouns: "Poll: Wealthy Voters Abandon …"), and a name
    the article does not name anywhere else ("Pence: No apology for the remarks" after "Mike Pence")."""
    if words is None or any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_CHARS for t in words) or title_case(words):
        return False
    return label.doc.text.count(label.text) == 1


def own_voices(prose: str) -> set[str]:
    """The labels of a transcript's own voices (``OWN_VOICE``): each name in full, and its surname alone
    unless a guest's label shares it ("MARY LOUISE KELLY, HOST:" beside "MARK KELLY:": "KELLY:" is either)."""
    names = {m.group(1) for m in OWN_VOICE.finditer(prose)}
    guests = {m.group(1) for m in LABEL.finditer(prose)} - names
    return names | {
        name.split()[-1] for name in names
        if not any(g.split()[-1] == name.split()[-1] and g != name.split()[-1] for g in guests)
    }


def quote_bylines(text: ArticleText, regions: list[QuoteRegion]) -> list[Attribution]:
    """``“…” ― Name`` at a line's end: the quotation is the named person's."""
    doc, prose = text.doc, text.prose
    found = []
    for region in regions:
        if not region.closed:
            continue
        match = BYLINE.match(prose, region.end)
        inner = trim(prose, *region.inner)
        if match is None or inner is None:
            continue
        group = 1 if match.group(1) else 2
        title = doc.char_span(*match.span(3), alignment_mode="expand") if match.group(3) else None
        if title is not None and any(t.pos_ in ("VERB", "AUX") for t in title):
            continue
        end = match.end(group) - 1 if match.group(group).endswith(".") else match.end(group)  # "― Carla Sanchez.": not the name's
        name = doc.char_span(match.start(group), end, alignment_mode="expand")
        at = next(i for i in range(region.end, match.start(group)) if prose[i] in DASHES)
        dash = doc.char_span(at, at + 1, alignment_mode="expand")
        if name is None or dash is None or not all(t.pos_ == "PROPN" for t in name):
            continue
        found.append(Attribution(
            cue=(at, at + 1), cue_token=dash[0], speaker_token=name.root,
            speaker=(name.start_char, name.end_char), content=[inner], direct=True, via="label", colon=True,
        ))
    return found


def tweet_embeds(text: ArticleText) -> list[Attribution]:
    """Embedded tweets (``TWEET``): the tweet's words are the account holder's, the dash the cue."""
    doc, prose = text.doc, text.prose
    found = []
    for start, end in text.paragraphs:
        match = TWEET.search(prose[start:end])
        if match is None:
            continue
        content = trim(prose, start, start + match.start())
        name = doc.char_span(start + match.start(2), start + match.end(2), alignment_mode="expand")
        dash = doc.char_span(start + match.start(1), start + match.end(1), alignment_mode="expand")
        if content is None or name is None or dash is None or len(prose[content[0] : content[1]].split()) < MIN_CONTENT_WORDS:
            continue
        found.append(Attribution(
            cue=(dash.start_char, dash.end_char), cue_token=dash[0], speaker_token=name[-1],
            speaker=(name.start_char, name.end_char), content=[content], direct=True, via="label", colon=True,
        ))
    return found


def inverted_quotes(text: ArticleText, regions: list[QuoteRegion]) -> list[Attribution]:
    """``Said Jeff Ortiz, a co-chairman …: “…”``: a sentence that opens with its cue, the speaker after it
    and the quotation last (``INVERTED``), which the parser reads as a name ("Said Leigh") or as nothing."""
    doc, prose = text.doc, text.prose
    opening = {r.start: r for r in regions}
    found = []
    for match in INVERTED.finditer(prose):
        region = opening.get(match.end())
        name = _inverted_speaker(doc, match)
        if region is None or name is None or not region.closed or not _ends_sentence_after(prose, region.end):
            continue  # not "Declared a national emergency last month, “the drought” has cost farmers billions"
        inner, cue = trim(prose, *region.inner), doc.char_span(*match.span(1), alignment_mode="expand")
        if cue is None or inner is None:
            continue
        found.append(Attribution(
            cue=match.span(1), cue_token=cue[0], speaker_token=name.root, speaker=(name.start_char, name.end_char),
            content=[inner], direct=True, via="quote", colon=True,
        ))
    return found


def inverted_cue(tok) -> bool:
    """Whether ``tok`` is the cue that opens an inverted quote (``inverted_quotes``), which the tagger
    often runs into the speaker's name ("Said Leigh"); not "Said Qutb, the Egyptian thinker, wrote"."""
    if tok.text not in INVERTED_CUE_WORDS:
        return False  # before the doc's text, which spaCy joins anew at each read
    match = INVERTED.match(tok.doc.text, tok.idx)
    return match is not None and _inverted_speaker(tok.doc, match) is not None


def _inverted_speaker(doc, match):
    """The speaker's phrase of an ``INVERTED`` match at a sentence's start: a name or a noun phrase ("Said
    the lede:"), without what says where it was said ("Says the mayor, Eric Adams, in a statement: “…”"),
    and no finite verb ("Added to the list of grievances, Smith said, “…”") nor preposition or participle
    first ("Recalled to the stand on Tuesday, “…,” the witness told jurors"); None otherwise."""
    if not _opens_sentence(doc.text, match.start()):
        return None
    span = trim(doc.text, *match.span(2))
    name = doc.char_span(*span, alignment_mode="expand") if span else None
    if name is None or name[0].pos_ not in ("PROPN", "DET", "PRON") or any(t.tag_ in FINITE_VERBS for t in name):
        return None
    said_where = next((
        t for t in name[1:] if t.dep_ == "prep" and t.lower_ in PLACES_OF_SAYING and (t.nbor(-1).pos_ == "PROPN" or t.nbor(-1).text == ",")
        and not any(o.dep_ == "pobj" and o.ent_type_ for o in t.children)
    ), None)
    if said_where is not None:
        name = doc[name.start : said_where.i]
        while len(name) > 1 and name[-1].is_punct:
            name = name[:-1]
    return name


def _ends_sentence_after(prose: str, at: int) -> bool:
    """Whether nothing but a stop, a line break or the text's end follows ``at`` before the next sentence."""
    rest = prose[at : at + 3].lstrip(" .")
    return not rest or rest[0] == "\n" or rest[0].isupper() or rest[0] in "“\"‘"


def _opens_sentence(prose: str, at: int) -> bool:
    return at == 0 or prose[at - 1] == "\n" or re.search(r"[.!?][\"”’']?\s$", prose[max(at - 3, 0) : at]) is not None


# Honorifics, written with a stop or without ("Dr. Kamran Khan:", "Mr Smith").
HONORIFICS = frozenset("mr mrs ms mx dr".split())


def _names_somebody(label) -> bool:
    """A person, an organisation or a poll, not a section label or a dateline."""
    if any(t.lower_ in SECTION_LABELS for t in label) or any(t.ent_type_ == "GPE" for t in label):
        return False
    if len(label) == 1 and label[0].lemma_.lower() in EVIDENCE_NOUNS:
        return True
    if label.text.isupper():
        return len(label.text) > 1
    # Title-case headlines ("Stealth Over Health: …") are proper nouns to the tagger, not speakers: a
    # label names somebody the article names as a person or organisation, there or elsewhere ("Pence";
    # "McCain", which is no title case to Python; "Issa", a name the tagger calls an adjective).
    if not all((t.pos_ in ("PROPN", "NOUN") or t.ent_type_ in SPEAKER_ENTITIES) and t.text[:1].isupper() for t in label if not t.is_punct):
        return False
    words = {t.lower_ for t in label}
    name = {t.lower_ for t in _name_words(label)}
    if len(name) >= 2:
        words = name  # "Dr. Kamran Khan:" names Kamran Khan; "Dr. Phil:" and "Ms. Marvel:" are shows
    return any(e.label_ in SPEAKER_ENTITIES and words <= {t.lower_ for t in e} for e in label.doc.ents)


def _name_words(label) -> list:
    """The label's words but punctuation and honorifics ("Dr. Kamran Khan" → Kamran, Khan)."""
    return [t for t in label if not t.is_punct and t.lower_.rstrip(".") not in HONORIFICS]


# What a speaker's label introduces: a quotation, or words in the first or second person outside one.
QUOTED_PART = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’")
OWN_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]e|[Mm]y|[Oo]ur|us|[Yy]ou|[Yy]our)\b")


def _confirmed(label, labelled: list[tuple[int, int]], words: str) -> bool:
    """Whether a label that names somebody (``_names_somebody``) is surely a speaker's: the tagger takes a
    capitalised word before a colon for a name ("Edge: Sanders." in a debate preview, "Chic: Karlie Kloss
    wore …" in a caption, "Dutch: wil (nl)"), so one word is a speaker's only where the article writes it
    as a name other than as a one-word label (``labelled``: the labels' spans; "Green:" after "Emma Green:")
    or where the ``words`` after it are speech ("Obama: 'We are not done yet'", "Buttigieg: I think …")."""
    name = _name_words(label)
    if label.text.isupper() or len(name) != 1 or name[0].lemma_.lower() in EVIDENCE_NOUNS:
        return True
    if words.lstrip()[:1] in QUOTE_CHARS | {"'"} or OWN_PERSON.search(QUOTED_PART.sub(" ", words)):
        return True
    return any(
        e.label_ in SPEAKER_ENTITIES and name[0].lower_ in {t.lower_ for t in e}
        and (len(e) > 1 or not any(s < e.end_char and e.start_char < t for s, t in labelled))
        for e in label.doc.ents
    )


# A caption is one sentence of at most this many characters on a line of its own. Captions and highlights
# with attributions in the real-news set (training/realnews.py, tune and held-out sites) run 100-300
# characters, median 181; the longer lines that end unpunctuated are body paragraphs with a byline or an
# advert's residue after their last sentence ("… he said. By Laurie McGinley"), which the one-sentence
# test also keeps.
CAPTION_MAX = 400
SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[A-Z“\"]")
# Last characters that end a sentence in the middle of a thought or a quotation («…», „…“, a dash), and
# first ones of a list's items: neither is a caption.
OPEN_ENDINGS = "…»“—–"
BULLETS = "-–—•*·"


# A photo credit: "(Photo: Sakchai Lalit, AP)", "(AP Photo/Evan Vucci, File)", "(Image: Getty)".
CREDIT = re.compile(r"\([^()\n]*\b(?:Photo|Photograph|Image|Picture)s?\b[^()\n]*\)")

# A credit closing a caption with no brackets, as the Wall Street Journal and the Guardian write them ("… Photo:
# Getty", "… Photograph: John Moore/Getty Images"). In the real-news set (tune and held-out sites, read for
# their form only), 469 lines of at most 400 characters with no quotation marks end in one, 357 of them the
# Guardian's or the Journal's; the 15 drawn at random from the 43 with a speech verb and more than one
# sentence were all captions.
# The credit opens after a sentence's end or the line's start and names its source in capitalised words
# ("via" aside), never a title in a sentence ("… is titled Image: Reflections of War.").
BARE_CREDIT = re.compile(
    r"(?:^|[.!?][\"”’']?\s)(?:Photo|Photograph|Image|Video|Illustration)s?: (?:(?:[A-Z][\w.&'’-]*|via)[ /,]*){1,8}$"
)


def photo_credits(text: ArticleText) -> list[tuple[int, int]]:
    """Where the text credits a photographer (a tune-site reading, fifteenth round: the photographer
    stood for the next three "he said" of a Detroit News article)."""
    return [match.span() for match in CREDIT.finditer(text.prose)]


def captions(text: ArticleText, regions: list[QuoteRegion]) -> list[tuple[int, int]]:
    """Paragraphs that end the way no sentence does, outside a quotation running on to the next
    paragraph: photo captions, headlines and highlights ("Araghchi then goaded the US, suggesting …",
    "Story highlights A foreign government told the FBI …"), which repeat the body or stand in for it.
    Their attributions are left out (a speaker's label, "SMITH: Thank you", stays), and the people they
    name stand for no pronoun (speakers.py)."""
    open_in = {r.paragraph for r in regions if runs_on(r, text.prose)}
    found = []
    for i, (start, end) in text.prose_paragraphs:
        line = text.prose[start:end].strip()
        if i in open_in or len(line) > CAPTION_MAX or "\n" in line or line[0] in BULLETS or line[-1] in OPEN_ENDINGS:
            continue
        credit = CREDIT.search(line)
        if credit and credit.end() == len(line):
            # One sentence of description before a photo credit, whatever ends it ("… in Bangkok, Thailand,
            # Friday. (Photo: Sakchai Lalit, AP)"); a quotation there is somebody's words.
            line = line[: credit.start()].rstrip()
            if line and not SENTENCE_BREAK.search(line) and not any(ch in QUOTE_CHARS for ch in line):
                found.append((start, end))
        elif BARE_CREDIT.search(line) and not any(ch in QUOTE_CHARS for ch in line):
            # "… WSJ's Gerald F. Seib explains three things to know about this agreement. Photo: Getty": a
            # video's or photo's caption, however many sentences it has.
            found.append((start, end))
        elif not ends_sentence(line) and not SENTENCE_BREAK.search(line):
            found.append((start, end))
    return found


def title_case(line) -> bool:
    """Whether the tokens ``line`` are a headline or a video title in the body ("Obama Says African-American
    Museum Will Tell …"), whose capitalised words run names together (speakers.py: no full names from
    it) and whose verbs the tagger often takes for names. A lower-case verb makes it a sentence of names
    ("Sen. Susan Collins spoke in Maine on Monday.")."""
    words = [t for t in line if t.is_alpha and t.lower_ not in _SMALL_WORDS]
    if any(t.pos_ in ("VERB", "AUX") and t.text[0].islower() for t in words):
        return False
    return len(words) >= 4 and sum(t.text[0].isupper() for t in words) >= 0.8 * len(words)


_SMALL_WORDS = frozenset("a an the of and or in on at to for by with from as but nor vs".split())
