"""Attribution extraction: who said (or claimed, or believes) what, with cue, source and content spans.

Works on one parsed spaCy ``Doc``. Reported speech comes from dependency
patterns around cue verbs (subject = source, clausal complement = content,
"according to X"); quotation-mark regions then become direct quotes, attached
to the cue of their sentence, split around it ("“A,” he said, “B.”"), introduced
by a colon, or continuing the previous paragraph's quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .attribution_filter import default_filter
from .cues import LISTENER_OBJECT, SPEECH, reporting_verbs
from .quotemarks import QuoteRegion, find_quote_regions

Span = tuple[int, int]

# A quote region of fewer words is a scare quote or a title ("an “impartial”
# player"), not a quotation.
MIN_QUOTE_WORDS = 3
# A reported clause becomes a direct quote when quote marks cover at least
# this share of its characters; below that it is a paraphrase with a quoted
# fragment. Chosen on PolNeAR train; dev confirms it (docs/benchmarks.md).
DIRECT_COVERAGE = 0.6

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Prepositions that end PolNeAR cues most often ("called for", "talked about", "railed against");
# "in", "by" and "from" mostly start adjuncts instead ("said in a statement").
CUE_PREPOSITIONS = frozenset("to about of for on with against as at over".split())
COMPLEMENT_DEPS = ("ccomp", "xcomp")
_EDGE_CHARS = " \t\n,.;:!?\"'“”‘’«»()[]—–-"


@dataclass
class Attribution:
    cue: Span
    cue_token: object  # spaCy Token heading the cue
    source_token: object | None  # head of the source phrase
    source: Span | None
    content: list[Span] = field(default_factory=list)
    direct: bool = False
    nested: bool = False  # inside another attribution's reported (not quoted) content
    via: str = "complement"  # how the content was found: complement, parenthetical, preposition, according, quote


def trim(text: str, start: int, end: int) -> Span | None:
    """Shrink a character span past white space and punctuation at its edges."""
    while start < end and text[start] in _EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in _EDGE_CHARS:
        end -= 1
    return (start, end) if end > start else None


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
    trimmed = (trim(text, s, e) for s, e in spans)
    return [s for s in trimmed if s]


def subject_of(verb):
    """The subject of a cue verb, inherited through conjunction and participle clauses."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return None if child.dep_ == "nsubjpass" else child
        if child.dep_ == "expl":
            return None
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)
    if verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG" and verb.head != verb:
        return subject_of(verb.head)
    # “…,” asked Representative Ro Khanna: the speaker follows the cue and may be parsed as its object.
    if verb.i > 0 and verb.doc[verb.i - 1].is_punct and verb.lemma_.lower() in SPEECH:
        for child in verb.rights:
            if child.dep_ in ("dobj", "attr", "npadvmod") and child.pos_ in ("PROPN", "NOUN"):
                return child
    return None


CUE_MODIFIERS = ("aux", "auxpass", "neg", "advmod")


def cue_tokens(verb) -> list:
    """The cue: the verb with its particle and the auxiliaries, negation and adverbs right before it
    ("has also said", "did not respond", "pointed out"), as PolNeAR marks cues."""
    tokens = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    start = verb.i
    for child in sorted((c for c in verb.lefts if c.dep_ in CUE_MODIFIERS), key=lambda c: -c.i):
        if child.i != start - 1:
            break
        tokens.append(child)
        start = child.i
    return tokens


def complement_of(verb, lemma: str) -> list | None:
    """Tokens of the reported content governed by the cue verb, or None."""
    clauses = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")]
    if clauses:
        # "…, X said on Friday that …": the that-clause over a fronted adjunct clause.
        best = max(clauses, key=lambda c: (any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children), c.i > verb.i))
        tokens = list(best.subtree)
        if best.dep_ == "xcomp":
            # "urged his supporters to vote": the object is the infinitive's subject and part of the content.
            tokens += [t for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < best.i for t in c.subtree]
        return tokens
    children = list(verb.children)
    for child in children:
        if child.dep_ == "dobj" and child.i > verb.i and child.pos_ != "PRON" and lemma not in LISTENER_OBJECT:
            # "called Moscow an “impartial” player": the object with its predicate.
            tokens = list(child.subtree)
            for sibling in children:
                # "… an “impartial” player", "criticized Clinton for …", "described him as …"
                if sibling.i > child.i and (
                    sibling.dep_ in ("oprd", "xcomp", "ccomp") or sibling.dep_ == "prep" and sibling.lower_ in ("for", "as")
                ):
                    tokens.extend(sibling.subtree)
            return tokens
        if child.dep_ == "dobj" and lemma in LISTENER_OBJECT:
            # "told reporters that …" parsed with the clause under the listener.
            for grandchild in child.children:
                if grandchild.dep_ in ("ccomp", "relcl") and any(g.lower_ == "that" for g in grandchild.children):
                    return list(grandchild.subtree)
    return None


def _parenthetical_content(verb):
    """"…, Carter said." or "One question, Kerry told reporters, is …": the cue sits beside the clause."""
    head = verb.head
    if head == verb:
        return None
    if verb.dep_ != "parataxis":
        if head.i > verb.i or verb.dep_ not in ("ccomp", "advcl", "conj"):
            return None
        if not any(t.is_punct for t in verb.doc[max(head.i, verb.left_edge.i - 2) : verb.left_edge.i]):
            return None
    own = {t.i for t in verb.subtree}
    return [t for t in verb.sent if t.i not in own]


SHIPPED = "shipped"


def extract(doc, text: str, lexicon: frozenset[str] | None = None, attribution_filter=SHIPPED) -> list[Attribution]:
    """All attributions in ``doc`` (parsed from ``text``), in reading order.

    ``attribution_filter`` keeps the likely candidates: the shipped model by default, none with None.
    """
    lexicon = lexicon if lexicon is not None else reporting_verbs()
    if attribution_filter == SHIPPED:
        attribution_filter = default_filter()
    found: list[Attribution] = []
    quoted = [(r.start, r.end) for r in find_quote_regions(text) if r.closed]
    for tok in doc:
        if any(s <= tok.idx < e for s, e in quoted):
            continue  # the speaker's own words, not a new attribution
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            attribution = _according_to(tok, text)
        elif tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lexicon:
            attribution = _reported(tok, text)
        else:
            continue
        if attribution:
            found.append(attribution)
    _attach_quotes(doc, text, found)
    found = _univocal(found)
    if attribution_filter is not None:
        found = attribution_filter.keep(found, doc)
    found.sort(key=lambda a: a.cue[0])
    return found


def _according_to(tok, text: str) -> Attribution | None:
    to = tok.doc[tok.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"] or [c for c in tok.children if c.dep_ == "pobj"]
    if not objects:
        return None
    source_tokens = list(objects[0].subtree)
    head = tok.head if tok.head != tok else None
    own = {t.i for t in tok.subtree}
    content_tokens = [t for t in (head.subtree if head is not None else tok.sent) if t.i not in own]
    content_tokens = [t for t in content_tokens if t.sent == tok.sent]
    content = token_ranges(_without_leading_conjunction(content_tokens), text)
    source = token_ranges(source_tokens, text)
    if not content or not source:
        return None
    cue = trim(text, tok.idx, to.idx + len(to))
    return Attribution(cue=cue, cue_token=tok, source_token=objects[0], source=_cover(source), content=content, via="according")


def _reported(verb, text: str) -> Attribution | None:
    lemma = verb.lemma_.lower()
    subject = subject_of(verb)
    cue_words = cue_tokens(verb)
    via = "complement"
    content_tokens = complement_of(verb, lemma)
    if not content_tokens:
        via, content_tokens = "parenthetical", _parenthetical_content(verb)
    if not content_tokens:
        preposition = _prepositional_object(verb, cue_words)
        if preposition is not None:
            # "called for …", "railed against …", "pointed to …": the preposition belongs to the cue.
            cue_words.append(preposition)
            via, content_tokens = "preposition", [t for c in preposition.children if c.dep_ == "pobj" for t in c.subtree]
    content_tokens = _without_trailing_participles(content_tokens)
    cue = token_ranges(cue_words, text)
    if not cue:
        return None
    source = _cover(token_ranges(list(subject.subtree), text)) if subject is not None else None
    content = token_ranges(_without_leading_conjunction(content_tokens), text) if content_tokens else []
    if source and content:
        content = _minus(content, source)
    if subject is None and lemma not in SPEECH:
        return None
    if not content and lemma not in SPEECH:
        return None
    return Attribution(cue=_cover(cue), cue_token=verb, source_token=subject, source=source, content=content, via=via)


def _without_leading_conjunction(tokens):
    """"And Mrs. Clinton now holds …": a clause-opening conjunction links sentences, it is not reported."""
    ordered = sorted(tokens, key=lambda t: t.i)
    while ordered and (ordered[0].dep_ == "cc" or ordered[0].is_punct or ordered[0].is_space):
        ordered.pop(0)
    return ordered


def _prepositional_object(verb, cue_words):
    """The preposition right after the cue that takes the content as its object, or None."""
    end = max(t.i for t in cue_words)
    for child in verb.rights:
        if (
            child.dep_ == "prep"
            and child.lower_ in CUE_PREPOSITIONS
            and child.i == end + 1
            and any(c.dep_ == "pobj" for c in child.children)
        ):
            return child
    return None


def _without_trailing_participles(tokens):
    """Cut ", adding that …" / ", citing …" off a clause: it is an attribution of its own."""
    if not tokens:
        return tokens
    members = {t.i for t in tokens}
    cut: set[int] = set()
    for tok in tokens:
        if (
            tok.tag_ == "VBG"
            and tok.dep_ in ("advcl", "conj", "xcomp")
            and tok.head.i in members
            and tok.i > 0
            and tok.doc[tok.left_edge.i - 1].text == ","
            and tok.lemma_.lower() in SPEECH
        ):
            cut.update(t.i for t in tok.subtree)
    return [t for t in tokens if t.i not in cut]


def _cover(spans: list[Span]) -> Span | None:
    return (spans[0][0], spans[-1][1]) if spans else None


def _minus(spans: list[Span], cut: Span) -> list[Span]:
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


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _attach_quotes(doc, text: str, found: list[Attribution]) -> None:
    """Turn quotation-mark regions into direct quotes of the right cue."""
    regions = [r for r in find_quote_regions(text) if len(text[r.start : r.end].split()) >= MIN_QUOTE_WORDS]
    claimed: set[int] = set()
    # 1. A reported clause that is mostly in quote marks is a direct quote of exactly those marks.
    for attribution in found:
        inside = [i for i, r in enumerate(regions) if any(_overlap(c, (r.start, r.end)) for c in attribution.content)]
        if not inside:
            continue
        covered = sum(_overlap(c, regions[i].inner) for c in attribution.content for i in inside)
        total = sum(e - s for s, e in attribution.content)
        if total and covered / total >= DIRECT_COVERAGE:
            quoted = [s for s in (trim(text, *regions[i].inner) for i in inside) if s]
            # The clause's unquoted lead-in and tail stay ("he “has offended …”"), as annotators mark them.
            quoted[0] = (min(quoted[0][0], attribution.content[0][0]), quoted[0][1])
            quoted[-1] = (quoted[-1][0], max(quoted[-1][1], attribution.content[-1][1]))
            attribution.content = quoted
            attribution.direct = True
            claimed.update(inside)
    # 2. Other regions go to the nearest speech cue in their sentences, outside any quote, or
    #    continue the quote before them in the same or the previous paragraph.
    previous: Attribution | None = None
    for i, region in enumerate(regions):
        owner = next((a for a in found if i in claimed and a.direct and any(_overlap(c, region.inner) for c in a.content)), None)
        if owner is None:
            owner = _cue_for_region(doc, text, region, regions, found)
            if owner is None and previous is not None and _continues(text, previous, region):
                owner = previous
            inner = trim(text, *region.inner)
            if owner is not None and inner and not any(_overlap(c, inner) for c in owner.content):
                owner.content = sorted(owner.content + [inner])
                owner.direct = True
        previous = owner if owner is not None and owner.direct else None


def _continues(text: str, previous: Attribution, region: QuoteRegion) -> bool:
    """Same paragraph as the previous quote, or opening the next paragraph right after it."""
    last = max(previous.content, key=lambda s: s[1])
    between = text[last[1] : region.start]
    breaks = between.count("\n")
    if breaks == 0:
        return True
    return not between.strip(_EDGE_CHARS) and breaks <= 2


def _cue_for_region(doc, text: str, region: QuoteRegion, regions: list[QuoteRegion], found: list[Attribution]):
    span = doc.char_span(region.start, region.end, alignment_mode="expand")
    if span is None:
        return None
    sentences = {span[0].sent.start: span[0].sent, span[-1].sent.start: span[-1].sent}
    after = span[-1].i + 1
    if after < len(doc) and doc[after].sent.start not in sentences and text.count("\n", region.end, doc[after].idx) == 0:
        sentences[doc[after].sent.start] = doc[after].sent  # “….” he said.  split after the closing mark
    before = span[0].i - 1
    if before >= 0 and text[doc[before].idx : region.start].rstrip().endswith(":"):
        sentences[doc[before].sent.start] = doc[before].sent  # X said:  “…”
    candidates = []
    for sent in sentences.values():
        for tok in sent:
            if tok.lemma_.lower() not in SPEECH or tok.pos_ not in ("VERB", "AUX"):
                continue
            if any(r.start <= tok.idx < r.end for r in regions):
                continue
            if text.count("\n", min(tok.idx, region.start), max(tok.idx, region.start)):
                continue
            distance = region.start - tok.idx if tok.idx < region.start else tok.idx - region.end
            candidates.append((distance, tok))
    for _, tok in sorted(candidates, key=lambda c: c[0]):
        existing = next((a for a in found if a.cue_token == tok), None)
        if existing is not None:
            if existing.source is None:
                continue  # "could not be confirmed": nobody to credit the quote to
            return existing
        subject = subject_of(tok)
        if subject is not None:
            attribution = Attribution(
                cue=_cover(token_ranges(cue_tokens(tok), text)),
                cue_token=tok,
                source_token=subject,
                source=_cover(token_ranges(list(subject.subtree), text)),
                via="quote",
            )
            found.append(attribution)
            return attribution
    return None


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
    kept = sorted(by_cue.values(), key=lambda a: (not a.direct, a.cue[0]))
    result: list[Attribution] = []
    for attribution in kept:
        outer = [o for o in result if any(_overlap(attribution.cue, c) for c in o.content)]
        if any(o.direct or o.nested for o in outer):
            continue
        attribution.nested = bool(outer)
        result.append(attribution)
    return result
