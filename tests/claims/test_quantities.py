"""Quantities from the parse, their normalisation, and the numbers-stated-twice rule."""

import pytest

from newsprobe.claims.quantities import inconsistent_pairs, parse_number, quantities, same_figure

from ..conftest import EXAMPLE


@pytest.fixture(scope="module")
def nlp():
    from newsprobe.nlp import get_nlp

    return get_nlp()


def figures(nlp, text):
    return [(q.text, q.value, q.high, q.unit, q.counted) for q in quantities(nlp(text))]


@pytest.mark.parametrize(
    ("words", "value"),
    [
        (["2,400"], 2400),
        (["4.1", "billion"], 4.1e9),
        (["3.6bn"], 3.6e9),
        (["2.5", "m"], 2.5e6),
        (["twenty", "-", "five"], 25),
        (["a", "dozen"], 12),
        (["two", "dozen"], 24),
        (["one", "hundred", "twenty"], 120),
        (["thousands"], 1e3),
        (["banana"], None),
    ],
)
def test_parse_number(words, value):
    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund holds 4.1 billion dollars.", ("4.1 billion dollars", 4.1e9, None, "USD", None)),
        ("It cost £3.6bn last year.", ("£3.6bn", 3.6e9, None, "GBP", None)),
        ("The company raised US$2.5m from investors.", ("US$2.5m", 2.5e6, None, "USD", None)),
        ("Brussels pledged €40 million in aid.", ("€40 million", 4e7, None, "EUR", "aid")),
        ("Tickets cost 20 Australian dollars.", ("20 Australian dollars", 20, None, "AUD", None)),
        ("The bill came to 50 cents.", ("50 cents", 0.5, None, "USD", None)),
        ("Unemployment rose to 5.2 per cent.", ("5.2 per cent", 5.2, None, "%", None)),
        ("Turnout was 61.4%.", ("61.4%", 61.4, None, "%", None)),
        ("About 5% of voters stayed home.", ("5%", 5, None, "%", "voters")),
        ("Between 3 and 5 million people fled.", ("3 and 5 million", 3e6, 5e6, None, "people")),
        ("Officials expect 3 to 5 inspectors a week.", ("3 to 5", 3, 5, None, "inspectors")),
        ("Three people were hurt.", ("Three", 3, None, None, "people")),
        ("Twenty-five soldiers were killed.", ("Twenty-five", 25, None, None, "soldiers")),
        ("He bought a dozen eggs.", ("a dozen", 12, None, None, "eggs")),
        ("The mine produced 300,000 tonnes of coal.", ("300,000 tonnes", 3e5, None, "tonne", "coal")),
        ("A $5 trillion tax cut was proposed.", ("$5 trillion", 5e12, None, "USD", "tax cut")),
    ],
)
def test_quantities_are_normalised(nlp, text, expected):
    assert figures(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 2014.",  # a year
        "The 45-year-old was arrested.",  # an age
        "The victim, aged 45, was named.",
        "Chelsea won 3-1 on Sunday.",  # a score
        "Call 555-1234 for details.",  # a phone number
        "It was the 2nd time this year.",  # an ordinal
        "Article 50 was triggered.",  # a number in a name
        "It was one of the best deals.",  # "one" as a pronoun
        "The meeting starts at 10:30.",  # a clock time
        "They met three years ago.",  # a time span
    ],
)
def test_not_quantities(nlp, text):
    assert figures(nlp, text) == []


def test_the_example_figures(nlp):
    found = {q.text: q for q in quantities(nlp(EXAMPLE.read_text(encoding="utf-8")))}
    assert (found["4.1 billion dollars"].value, found["4.1 billion dollars"].unit) == (4.1e9, "USD")
    assert (found["£3.6bn"].value, found["£3.6bn"].unit) == (3.6e9, "GBP")
    assert (found["2,400"].value, found["2,400"].counted) == (2400, "Russians")
    assert found["3,000"].value == 3000


def test_offsets_index_the_text(nlp):
    text = "Prices rose. The firm paid £3.6bn for it."
    (q,) = quantities(nlp(text))
    assert text[q.span[0] : q.span[1]] == q.text == "£3.6bn"


def test_same_figure_allows_rounding():
    assert same_figure(4.1e9, 4e9)  # "4.1 billion" and "4 billion"
    assert same_figure(2400, 2450)
    assert not same_figure(2400, 2800)
    assert not same_figure(7, 8)


def article(nlp, paragraphs):
    text = "\n\n".join(paragraphs)
    spans, start = [], 0
    for p in paragraphs:
        spans.append((start, start + len(p)))
        start += len(p) + 2
    doc = nlp(text)
    paragraph_of = {start: doc.char_span(start, end) for start, end in spans}
    found = []
    for sent in doc.sents:
        paragraph = paragraph_of[max(start for start in paragraph_of if start <= sent.start_char)]
        found += quantities(sent, paragraph)
    return found, spans


@pytest.mark.parametrize(
    ("paragraphs", "values"),
    [
        (["Officials said 2,400 Russians are fighting for the group.", "The report added that 3,100 Russians are fighting for the group."], {2400, 3100}),
        (
            [
                "In Seattle, protesters marched downtown. Seven people were arrested after the march turned violent.",
                "Police in Seattle said later that six people were arrested after the march turned violent.",
            ],
            {7, 6},
        ),
    ],
)
def test_rule_fires_on_a_count_stated_two_ways(nlp, paragraphs, values):
    found, spans = article(nlp, paragraphs)
    (pair,) = inconsistent_pairs(found, spans)
    assert {pair[0].value, pair[1].value} == values


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the same figure rounded
        ["Officials said 2,400 Russians are fighting for the group.", "About 2,400 Russians are fighting, the report said."],
        ["The camp now holds 4,100 refugees from the war.", "The camp now holds 4,000 refugees from the war, aides said."],
        # years and ages are not counts
        ["The plant opened in 2004 with a staff of 200 workers.", "It closed in 2009, when the owner was 63 years old."],
        # different time references
        ["In 2019, 2,400 Russians were fighting for the group.", "In 2021, 3,100 Russians were fighting for the group."],
        ["Last year 300 workers were hired.", "This year 450 workers were hired."],
        # different places
        ["In London, 12 people were arrested.", "In Manchester, 5 people were arrested."],
        # a qualified figure
        ["Officials said 2,400 Russians are fighting for the group.", "More than 3,000 Russians are fighting for the group."],
        # one paragraph
        ["Officials said 2,400 Russians are fighting for the group; 3,100 Russians are fighting for the group."],
        # other things counted in sentences about other things
        ["The Aviator leads the field with 14 nominations.", "Vera Drake, a British film about an abortionist, has 11 nominations."],
        # one shared word is not one topic
        ["Film studio Lions Gate has announced an initial list of 12 movies for the format.", "Four movies have already been announced for PSP."],
        # rates
        ["It would be capable of 1,000 trillion operations a second.", "The Cray-1 was capable of 80 million operations a second."],
        # other names around them
        [
            "In Seattle, protesters marched downtown. Seven people were arrested after the march turned violent.",
            "In Berkeley, protesters marched downtown. Six people were arrested after the march turned violent.",
        ],
        # a breakdown: more than two values, or two in one sentence
        ["Georgia has 105 delegates.", "Connecticut has 60 delegates.", "The state has 82 delegates."],
        ["GM will deliver 30,000 ventilators and Philips 43,000 ventilators.", "GM will deliver 30,000 ventilators by August."],
        # a denominator
        ["Indonesia is ranked 88th out of 144 countries in the gender gap report.", "Indonesia is ranked 85th out of 153 countries in the gender gap report."],
        # a part of a group
        ["The poll covered 22 countries in all.", "In eight of the countries, the poll covered cities only."],
        # money and shares are left to the reader: what they measure is rarely in the sentence
        ["Only 16% of women earn more than £50,000, compared with 30% of men.", "The study found 60% of women hold degrees, compared with 39% of men."],
    ],
)
def test_rule_stays_quiet(nlp, paragraphs):
    found, spans = article(nlp, paragraphs)
    assert inconsistent_pairs(found, spans) == []


def test_rule_ignores_sources_that_disagree(nlp):
    found, paragraphs = article(nlp, ["Police said 1,000 protesters marched through the city centre.", "Organisers said 5,000 protesters marched through the city centre."])
    assert inconsistent_pairs(found, paragraphs)  # one voice: the rule sees two figures
    sources = ["police" if q.value == 1000 else "organisers" for q in found]
    assert inconsistent_pairs(found, paragraphs, sources) == []
