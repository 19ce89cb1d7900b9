"""Quantities in parsed text — "4.1 billion dollars" → 4.1e9 USD — and numbers an article states two ways.

A quantity is read from the spaCy parse: number tokens (digits, "3.6bn", written numbers,
"a dozen"), grouped into one expression with their scale words and a range's second number,
then given a unit (currency, per cent, a measure) and what they count, from the dependency tree
("2,400 Russians" → "Russians"). Years, dates, times, ages, ordinals, phone numbers, sports
scores and numbers that name things ("Article 50", "Boeing 747") and the word "one" are not quantities.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

Offsets = tuple[int, int]

SMALL_NUMBERS = {
    word: float(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
} | {word: 10.0 * (k + 2) for k, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALE_WORDS = {"dozen": 12.0, "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Abbreviated scales, written apart ("2.5 m") or glued to the digits ("3.6bn").
SCALE_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
# "Thousands of people", "dozens": a number only as an order of magnitude.
VAGUE = {"dozens": 12.0, "scores": 20.0, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?(k|m|mn|mln|bn|b|tn|trn)?$", re.IGNORECASE)
CURRENCY_SIGNS = {
    "$": "USD", "us$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL", "rs": "INR", "₹": "INR", "₽": "RUB",
}  # fmt: skip
CURRENCY_CODES = {"usd", "gbp", "eur", "jpy", "cny", "aud", "cad", "chf", "hkd", "inr", "rub", "nzd", "sgd", "brl"}
CURRENCY_CODES_UPPER = {code.upper() for code in CURRENCY_CODES} | set(CURRENCY_SIGNS.values())
MONEY_AND_SHARES = CURRENCY_CODES_UPPER | {"%", "percentage point"}
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
    "rouble": "RUB", "ruble": "RUB", "franc": "CHF", "sterling": "GBP", "pound": "GBP",
}  # fmt: skip
# "Australian dollars": the word before "dollars" names the currency.
DOLLAR_COUNTRIES = {"australian": "AUD", "canadian": "CAD", "kong": "HKD", "zealand": "NZD", "singapore": "SGD"}
MONEY_FRACTIONS = {"cent": ("USD", 0.01), "cents": ("USD", 0.01), "pence": ("GBP", 0.01), "p": ("GBP", 0.01)}
MEASURES = {
    "km", "kilometre", "kilometer", "mile", "metre", "meter", "foot", "feet", "inch", "acre", "hectare", "kg",
    "kilogram", "gram", "tonne", "ton", "ounce", "lb", "litre", "liter", "gallon", "barrel", "mph", "kph",
    "degree", "mw", "gw", "kwh", "megawatt", "gigawatt", "calorie", "sq",
}  # fmt: skip
# What a number counts when it is a time span, a multiplier or a sports result: never a fact to compare.
NOT_COUNTED = {
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "time", "am", "pm", "a.m.",
    "p.m.", "goal", "point", "run", "wicket", "game", "match", "set", "lap", "stroke", "shot", "hole", "round",
    "seed", "place", "innings", "over", "try", "yard", "birdie", "par", "ball", "inning", "start", "win",
}  # fmt: skip
QUALIFIERS = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as",
    "no more than", "close to", "upwards of", "an estimated", "estimated", "about", "around", "nearly",
    "almost", "some", "roughly", "approximately", "over", "under", "below", "above", "only", "just", "a few",
    "several", "few",
)  # fmt: skip
# Entities whose numbers are not quantities: dates, times, ordinals and numbers inside names.
NOT_QUANTITY_ENTITIES = {"DATE", "TIME", "ORDINAL", "PERSON", "ORG", "PRODUCT", "FAC", "LAW", "EVENT", "WORK_OF_ART"}
MONTHS = set(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
NAMES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
TOPIC_TAGS = {"NOUN", "PROPN", "VERB", "ADJ"}
REPORTING = {"say", "tell", "add", "report", "claim", "state", "according", "accord", "announce", "note"}
# Two figures are about one thing when their sentences share TOPIC_OVERLAP of the shorter one's topic
# words and at least TOPIC_SHARED: calibrated on the "dev" half of BBC and outlets articles
# (benchmarks/checkworthy.py inconsistencies --half dev), where every firing was a false alarm; one
# shared word let "five nominations" (of one film) meet "four nominations" (of another), and "five
# officers fired 17 shots" (in Dallas) meet "the case against the three officers" (elsewhere).
TOPIC_SHARED = 2
TOPIC_OVERLAP = 0.5
PHONE = re.compile(r"\(?\+?\d{2,5}\)?[ .-]\d{3,4}[ .-]?\d{3,4}")
YEARS = range(1800, 2101)


@dataclass(frozen=True)
class Quantity:
    """A number as the text states it, normalised."""

    span: Offsets  # character offsets in the parsed text: the number with its currency sign or unit
    text: str
    value: float  # 4.1 billion → 4.1e9, £3.6bn → 3.6e9, 5 per cent → 5.0; a range's low end
    high: float | None  # a range's high end ("3 to 5" → 5.0), else None
    unit: str | None  # ISO 4217 code, "%", "percentage point", a measure's lemma ("tonne"); None for a count
    counted: str | None  # what is counted or measured, as written ("Russians", "Syrian refugees"); None when implicit
    qualifier: str | None  # "more than", "about", "thousands": the value is not exact
    part: bool = False  # no whole: a part of a group ("10 of the directors") or a rate ("80 million a second")
    sentence: Offsets = (0, 0)  # the span it was read from
    time: tuple[str, ...] = ()  # dates named in its sentence, lower-cased: the time the figure is about
    names: tuple[str, ...] = ()  # who and where: names (people, organisations, places) around it, lower-cased
    topic: tuple[str, ...] = ()  # content lemmas of its sentence but the counted words and reporting verbs


def entities(span) -> list:
    """The named entities inside a spaCy Span (or Doc), as ``span.ents`` gives them, read from the tokens'
    IOB tags: ``Span.ents`` walks the whole document's entities at every call, this only the span."""
    from spacy.tokens import Doc, Span

    if isinstance(span, Doc):
        return list(span.ents)
    doc, found = span.doc, []
    for token in span:
        if token.ent_iob_ == "B":
            end = token.i + 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if end <= span.end:
                found.append(Span(doc, token.i, end, label=token.ent_type))
    return found


def parse_number(words: Sequence[str]) -> float | None:
    """The value of a number in words and digits: "4.1 billion", "twenty-five", "3.6bn", "a dozen", "thousands"."""
    if len(words) == 1 and words[0].lower() in VAGUE:
        return VAGUE[words[0].lower()]
    total = current = 0.0
    seen = False
    for raw in words:
        word = raw.lower()
        if seen and word.rstrip(".") in SCALE_SUFFIXES:
            word = word.rstrip(".")
        if word in {"-", "a", "an"}:
            continue
        digits = DIGITS.match(word)
        if digits and (digits.group(1) or digits.group(2)):
            number = float((digits.group(1) or "0").replace(",", "") + (digits.group(2) or ""))
            current += number * SCALE_SUFFIXES.get((digits.group(3) or "").lower(), 1.0)
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
        elif word in SCALE_WORDS or seen and word in SCALE_SUFFIXES:
            current = (current or 1.0) * SCALE_WORDS.get(word, SCALE_SUFFIXES.get(word, 1.0))
            if current >= 1e3:  # "two million three hundred thousand": one group done
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    return _rounded(total + current) if seen else None


def _trailing_scale(words: Sequence[str]) -> float:
    """The scale a number ends with: "5 million" → 1e6, "5bn" → 1e9, "5" → 1."""
    last = words[-1].lower()
    digits = DIGITS.match(last)
    if digits and digits.group(3):
        return SCALE_SUFFIXES[digits.group(3).lower()]
    return SCALE_WORDS.get(last, SCALE_SUFFIXES.get(last, 1.0) if len(words) > 1 else 1.0)


def _suffix(token) -> str:
    """A scale suffix written apart, "m." at a sentence end included; "" for any other token."""
    word = token.lower_.rstrip(".")
    return word if word in SCALE_SUFFIXES and token.lower_ in {word, word + "."} else ""


def _digits(token) -> bool:
    return any(c.isdigit() for c in token.text) and bool(DIGITS.match(token.lower_))


def _starts_number(token) -> bool:
    word = token.lower_
    if word == "dozen":  # "a dozen", "two dozen"; "dozens" is vague
        return token.i > 0 and token.nbor(-1).lower_ in {"a", "an"}
    return _digits(token) or word in SMALL_NUMBERS or word in SCALE_WORDS or word in VAGUE


def _number_end(doc, start: int, stop: int) -> int:
    """End of the number starting at ``start``: "4.1 billion", "twenty-five", "one hundred", "2.5 m"."""
    end = start + 1
    if doc[start].lower_ in VAGUE:
        return end
    while end < stop:
        token, before = doc[end], doc[end - 1]
        if token.text == "-" and end + 1 < stop and before.lower_ in SMALL_NUMBERS and doc[end + 1].lower_ in SMALL_NUMBERS:
            end += 2  # "twenty-five"
        elif token.lower_ in SCALE_WORDS or _suffix(token) and _digits(before):
            end += 1
        elif token.lower_ in SMALL_NUMBERS and before.lower_ in SMALL_NUMBERS.keys() | SCALE_WORDS.keys():
            end += 1  # "one hundred twenty"
        else:
            break
    return end


@dataclass
class _Expression:
    low: tuple[int, int]  # token range of the number, or of a range's low end
    high: tuple[int, int] | None  # token range of a range's high end
    hyphenated: bool  # "3-1": a range, or a score

    @property
    def start(self) -> int:
        return self.low[0]

    @property
    def end(self) -> int:
        return (self.high or self.low)[1]


def _words(doc, part: tuple[int, int]) -> list[str]:
    return [t.text for t in doc[part[0] : part[1]]]


def _expressions(span) -> list[_Expression]:
    """Number expressions in a span: a number, or a rising range ("3 to 5", "3-5", "between 3 and 5")."""
    doc, i, found = span.doc, span.start, []
    while i < span.end:
        token = doc[i]
        if not _starts_number(token):
            i += 1
            continue
        article = i > span.start and doc[i - 1].lower_ in {"a", "an"} and token.lower_ in SCALE_WORDS
        low = (i - 1 if article else i, _number_end(doc, i, span.end))
        expression = _Expression(low, None, False)
        link = low[1]
        if link + 1 < span.end and token.lower_ not in VAGUE and _starts_number(doc[link + 1]):
            between = low[0] > span.start and doc[low[0] - 1].lower_ == "between"
            word = doc[link].lower_
            if word in {"to", "-", "–", "—"} or word == "and" and between:
                high = (link + 1, _number_end(doc, link + 1, span.end))
                hyphenated = word in {"-", "–"} and not doc[link].whitespace_ and not doc[link - 1].whitespace_
                rises = (parse_number(_words(doc, high)) or 0) > (parse_number(_words(doc, low)) or 0)
                if rises or hyphenated:  # "from 20 to 15" is two numbers; "3-1" is kept to be seen as a score
                    expression = _Expression(low, high, hyphenated)
        found.append(expression)
        i = expression.end
    return found


def _unit(doc, expr: _Expression, span) -> tuple[str | None, float, int, int]:
    """(unit, factor, first token, end token) of a quantity: a currency sign before it or a unit word after it."""
    first, end = expr.start, expr.end
    before = doc[first - 1] if first > span.start else None
    if before is not None and (before.lower_ in CURRENCY_SIGNS or before.tag_ == "$"):
        return CURRENCY_SIGNS.get(before.lower_, "USD"), 1.0, first - 1, end
    if before is not None and before.lower_ in CURRENCY_CODES:
        return before.text.upper(), 1.0, first - 1, end
    if end >= span.end:
        return None, 1.0, first, end
    after = doc[end]
    word, lemma = after.lower_, after.lemma_.lower()
    following = doc[end + 1] if end + 1 < span.end else None
    if word in {"%", "percent", "pc"} or word == "per" and following is not None and following.lower_ == "cent":
        return "%", 1.0, first, end + (2 if word == "per" else 1)
    if word == "percentage" and following is not None and following.lemma_.lower() == "point":
        return "percentage point", 1.0, first, end + 2
    if word in CURRENCY_CODES:
        return word.upper(), 1.0, first, end + 1
    if word in DOLLAR_COUNTRIES and following is not None and following.lemma_.lower() == "dollar":
        return DOLLAR_COUNTRIES[word], 1.0, first, end + 2
    if lemma in CURRENCY_WORDS and (lemma != "pound" or after.ent_type_ == "MONEY"):
        return CURRENCY_WORDS[lemma], 1.0, first, end + 1
    if word in MONEY_FRACTIONS and after.ent_type_ == "MONEY":
        code, factor = MONEY_FRACTIONS[word]
        return code, factor, first, end + 1
    if lemma in MEASURES or lemma == "pound":
        return lemma, 1.0, first, end + 1
    return None, 1.0, first, end


def _counted(doc, expr: _Expression, unit: str | None, end: int) -> tuple[list, bool]:
    """The words of what a quantity counts, and whether it is no whole: the noun a number modifies
    ("2,400 Russians"), "of" + noun ("thousands of people"), or the noun an amount is of, in or for
    ("5% of voters", "$4bn in aid", "a $5tn tax cut"); a part ("10 of the directors") or a rate
    ("80 million operations a second", "two each") is no whole."""
    noun, part = None, False
    # The unit word or the number's last token holds the noun; in a range, often the low end does.
    for holder in dict.fromkeys((doc[end - 1], doc[expr.low[1] - 1])):
        if holder.head.i >= end and holder.head.pos_ in {"NOUN", "PROPN"} and holder.dep_ in {"nummod", "compound", "nmod", "amod", "quantmod"}:
            noun = holder.head
        for child in holder.children:
            if noun is None and child.dep_ == "prep" and child.lower_ in {"of", "in", "for", "on"} and child.i == end:
                noun = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}), None)
                part = noun is not None and unit is None and any(c.dep_ in {"det", "poss"} for c in noun.children)
        if noun is not None:
            break
    if noun is None or noun.lemma_.lower() in NOT_COUNTED | MEASURES or noun.lower_ in MONTHS:
        return [], False
    if any(t.is_space for t in doc[end : noun.i]):
        return [], False  # a noun on the next line ("speaker 4" / "Press …") is not what the number counts
    after = [t.lemma_.lower() for t in doc[noun.i + 1 : noun.i + 3]]
    per_time = len(after) == 2 and after[0] in {"a", "an", "per", "every"} and after[1] in NOT_COUNTED  # "a second"
    rate = per_time or after[:1] in (["each"], ["apiece"])
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound"} and end <= c.i < noun.i and not c.like_num]
    return [*modifiers, noun], part or rate


def _qualifier(doc, first: int, span) -> str | None:
    preceding = " " + " ".join(t.lower_ for t in doc[max(span.start, first - 3) : first])
    return next((phrase for phrase in QUALIFIERS if preceding.endswith(" " + phrase)), None)


def _not_quantity(doc, expr: _Expression, unit: str | None, counted: str | None, first: int, end: int, span) -> bool:
    """Dates, times, ages, ordinals, phone numbers, scores, numbers in names, and the word "one"."""
    stated = counted is not None or unit in CURRENCY_CODES_UPPER or unit == "%"
    # The entity recogniser calls "between 3 and 5 million people" a date: a counted noun overrules it.
    if any(t.ent_type_ in NOT_QUANTITY_ENTITIES for t in doc[expr.start : expr.end]) and not stated:
        return True
    neighbours = [*doc[max(span.start, first - 1) : first], *doc[end : min(span.end, end + 1)]]
    if any(t.pos_ == "PROPN" and t.lower_.rstrip(".") in MONTHS for t in neighbours):
        return True  # "16 July", "Jan. 17": dates the recogniser missed
    if doc[expr.start].lower_ in SCALE_WORDS and expr.end - expr.start == 1:
        return True  # "per thousand", "hundred": a scale word without a number is no figure
    window = doc[max(span.start, first - 1) : min(span.end, end + 2)].text
    if PHONE.search(window) or any(":" in t.text or "/" in t.text for t in doc[first:end]):
        return True
    after = " ".join(t.lower_ for t in doc[end : min(span.end, end + 3)])
    if after.startswith(("- year", "-year", "year old", "years old")) or first > span.start and doc[first - 1].lower_ in {"aged", "age"}:
        return True
    if expr.hyphenated and unit is None and counted is None:
        return True  # "3-1" alone is as often a score ("won 3-1") as a range
    number = doc[expr.start]
    if unit is None and expr.end - expr.start == 1 and number.text.isdigit() and (int(number.text) in YEARS or len(number.text) > 6):
        return True  # "2014 elections", "191119175813787": news writes counts of a thousand and more with commas
    last = doc[expr.end - 1]
    if last.i + 2 < len(doc) and doc[last.i + 1].text == "-" and not last.whitespace_ and doc[last.i + 2].is_alpha:
        return True  # "a two-day visit", "one-note": a number inside a compound adjective describes, it does not count
    if unit is None and counted is None and expr.start > span.start and doc[expr.start - 1].pos_ in {"NOUN", "PROPN"}:
        return True  # "Article 50", "Flight 370", "No. 10", "speaker 4": a number after a noun names
    # "one of the best", "one question on his mind", "no one": the word "one" is rarely a figure
    return number.lower_ == "one" and expr.end - expr.start == 1


def _rounded(value: float) -> float:
    """4.1 * 1e9 is 4099999999.9999995 in floating point; what was written had at most 12 digits."""
    return float(f"{value:.12g}")


def quantities(span, context=None) -> list[Quantity]:
    """The quantities in a spaCy Span or Doc, in text order; offsets index the Doc's text.

    ``context`` (a Span holding ``span``, such as its paragraph; default ``span``) is where the
    names a figure is about are read: "In Seattle, … Seven people were arrested."
    """
    span = span[:] if span.doc is span else span
    context = span if context is None else context
    doc = span.doc
    found = []
    for expr in _expressions(span):
        unit, factor, first, end = _unit(doc, expr, span)
        counted_words, part = _counted(doc, expr, unit, end)
        # "two of their 12 seats", "88th out of 144 countries": a denominator, no whole either
        before = doc[max(span.start, first - 4) : first]
        part = part or any(t.lower_ == "of" for t in before[-3:]) and any(t.like_num or t.ent_type_ == "ORDINAL" for t in before[:-1])
        # As written, not lemmatised (the lemmatiser makes "taxes" "taxis"); the rule compares lower case.
        counted = " ".join(w.text for w in counted_words) or None
        low = parse_number(_words(doc, expr.low))
        high = parse_number(_words(doc, expr.high)) if expr.high else None
        if low is None or _not_quantity(doc, expr, unit, counted, first, end, span) or high is not None and high <= low:
            continue
        if high is not None:
            scale = _trailing_scale(_words(doc, expr.high))
            if _trailing_scale(_words(doc, expr.low)) == 1.0 and low * scale <= high:
                low *= scale  # "3 to 5 million": the scale is written once
        vague = doc[expr.start].lower_ in VAGUE
        text = doc[first:end]
        # "£400m." at a sentence's end: the full stop is not the figure's
        end_char = text.end_char - (1 if _suffix(doc[end - 1]) and doc[end - 1].text.endswith(".") else 0)
        found.append(
            Quantity(
                span=(text.start_char, end_char),
                text=text.text[: end_char - text.start_char],  # not doc.text: a Doc joins all its tokens at every call
                value=_rounded(low * factor),
                high=None if high is None else _rounded(high * factor),
                unit=unit,
                counted=counted,
                part=part,
                topic=tuple(w.lemma_.lower() for w in counted_words),  # replaced below; the counted words leave it
                qualifier=doc[expr.start].lower_ if vague else _qualifier(doc, first, span),
            )
        )
    if not found:
        return []
    # What the figures are about: the sentence's dates (not those the recogniser made of a figure),
    # the names around it, the sentence's words.
    inside = {i for q in found for i in range(*q.span)}
    time = tuple(sorted({e.text.lower() for e in entities(span) if e.label_ in {"DATE", "TIME"} and e.start_char not in inside}))
    names = tuple(sorted({e.text.lower() for e in entities(context) if e.label_ in NAMES}))
    topic = {t.lemma_.lower() for t in span if t.pos_ in TOPIC_TAGS and not (t.is_stop or t.like_num)} - REPORTING
    sentence = (span.start_char, span.end_char)
    return [replace(q, sentence=sentence, time=time, names=names, topic=tuple(sorted(topic - set(q.topic)))) for q in found]


def _paragraph(offset: int, paragraphs: Sequence[Offsets]) -> int:
    return next((k for k, (start, end) in enumerate(paragraphs) if start <= offset < end), -1)


def _significant_unit(value: float) -> float:
    """The rounding step a written value implies: 2,400 → 100, 4.1e9 → 1e8, 7 → 1."""
    digits = f"{abs(value):.12g}"
    mantissa, _, exponent = digits.partition("e")
    if "." in mantissa:
        return 10.0 ** (-len(mantissa.split(".")[1]) + int(exponent or 0))
    stripped = mantissa.rstrip("0")
    return 10.0 ** (len(mantissa) - len(stripped) + int(exponent or 0))


def same_figure(a: float, b: float) -> bool:
    """Whether two written values can be one figure rounded differently ("4.1 billion" and "4 billion")."""
    return abs(a - b) <= max(_significant_unit(a), _significant_unit(b)) / 2


def _breakdowns(candidates) -> set[tuple]:
    """Keys (counted thing, unit) an article breaks down rather than states: more than two values
    ("5 states … 6 states … 2 states"), or two values in one sentence ("30,000 ventilators from GM and
    43,000 from Philips")."""
    values, in_sentence = defaultdict(set), defaultdict(set)
    for q, _, _ in candidates:
        values[_key(q)].add(q.value)
        in_sentence[_key(q), q.sentence].add(q.value)
    return {key for key, found in values.items() if len(found) > 2} | {key for (key, _), found in in_sentence.items() if len(found) > 1}


def _key(q: Quantity) -> tuple:
    return (q.counted.lower(), q.unit)


def inconsistent_pairs(
    found: Sequence[Quantity], paragraphs: Sequence[Offsets], sources: Sequence[str | None] | None = None
) -> list[tuple[Quantity, Quantity]]:
    """Pairs of quantities that state the same counted thing with different values in different paragraphs.

    Conservative, because articles give many counts of the same noun for good reasons (nominations
    of several films, delegates of several states): both figures are exact counts (no range, no
    "about" / "more than", not "10 of the directors" or "a second", not money or per cent), count
    the same thing with the same modifiers ("Russian fighters" is not "fighters") in the same unit,
    which the article does not break down (``_breakdowns``); their sentences are about the same
    thing (``TOPIC_OVERLAP``), name the same dates, and the paragraphs around them no different
    names ("In Seattle" against "in Berkeley"); the values cannot be one figure rounded two ways;
    and one source states both (``sources``: who each quantity is attributed to, None for the
    article's own voice; two sources disagreeing is reporting, not inconsistency).
    """
    sources = sources if sources is not None else [None] * len(found)
    candidates = [
        (q, _paragraph(q.span[0], paragraphs), source)
        for q, source in zip(found, sources, strict=True)
        if q.counted and q.high is None and q.qualifier is None and not q.part and q.unit not in MONEY_AND_SHARES
    ]
    broken_down = _breakdowns(candidates)
    pairs = []
    for (a, para_a, source_a), (b, para_b, source_b) in combinations(candidates, 2):
        shared, shorter = len(set(a.topic) & set(b.topic)), min(len(a.topic), len(b.topic))
        comparable = (
            para_a != para_b
            and source_a == source_b
            and _key(a) == _key(b) not in broken_down
            and a.time == b.time
            and (not a.names or not b.names or set(a.names) & set(b.names))
            and shared >= max(TOPIC_SHARED, TOPIC_OVERLAP * shorter)
        )
        if comparable and not same_figure(a.value, b.value):
            pairs.append((a, b))
    return pairs
