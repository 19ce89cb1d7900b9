"""Speakers and kinds of attribution as real news writes them (a tune-site reading, thirteenth round):
a surname shared by a wife named later, a dateline the parser makes the subject, "X, asked about Y,
said", a person named only in apposition to "his mother", and codes, embeds and dates the tagger takes
for people or speakers; pleas and echoes that report no words."""

from __future__ import annotations

from spacy.tokens import Span

from newsprobe.quotes import quotes_in as quotes_of_text
from newsprobe.text import ArticleText

from .finding import find, quotes_in


def test_a_bare_surname_is_the_first_person_it_stood_for_even_where_the_tagger_missed_it():
    text = (
        "Andrew Gillum was caught in a hotel room on Friday.\n\n"
        "The man who overdosed on crystal meth in a Florida hotel room with Gillum, a Democrat who made an "
        "unsuccessful bid for Florida governor, was an escort, Local10 reported Friday.\n\n"
        "Gillum has been married to wife R. Jai Gillum since 2009. The couple has three children.\n\n"
        "Police found three bags of a substance in the room, the report said.\n\n"
        "Dyson rented the room on behalf of a third man, who arrived at the hotel around 11 p.m.\n\n"
        "In a statement, Gillum said he was sorry and had stayed drug-free."
    )
    assert find(quotes_in(text), "drug-free").speaker.resolved == "Andrew Gillum"


def test_the_wife_named_in_the_paragraph_before_is_who_her_surname_stands_for():
    text = (
        "Andrew Gillum was caught in a hotel room on Friday, with Gillum telling police nothing.\n\n"
        "He has been married to R. Jai Gillum since 2009.\n\n"
        "Gillum said the family needed privacy."
    )
    assert find(quotes_in(text), "privacy").speaker.resolved == "R. Jai Gillum"


def test_a_dateline_the_parser_makes_the_subject_is_not_the_speaker():
    text = (
        "SEOUL, South Korea -- North Korean state radio on Tuesday announced that President Kim Jung Un "
        "planned to hold off launching missiles at Guam."
    )
    (quote,) = quotes_in(text)
    assert quote.speaker.text == "North Korean state radio"


def test_what_a_speaker_was_asked_between_commas_is_not_their_words():
    text = (
        "Clinton, asked about the emails, said she regretted it.\n\n"
        "Trump, told that he had lost, said the vote was rigged."
    )
    quotes = quotes_in(text)
    assert [(q.cue.text, q.speaker.text, q.content.text) for q in quotes] == [
        ("said", "Clinton", "she regretted it"), ("said", "Trump", "the vote was rigged")
    ]
    # Nor is the question the content of a cue with no clause of its own.
    (quote,) = quotes_in("Smith, asked whether he would run, said no.")
    assert (quote.speaker.text, quote.content.text) == ("Smith", "no")
    # Asked in the speaker's own clause, the question is theirs.
    assert find(quotes_in("Smith asked about the emails, and Jones said nothing."), "the emails").speaker.text == "Smith"


def test_a_name_apposed_to_a_kin_noun_is_a_person_of_that_gender():
    text = (
        "That was the case for Brian Smith Jr., whose mother, Regina Denney, rushed him to an emergency room, "
        "after he told her he had been vomiting for three days.\n\n"
        "Habboushe said that a specific receptor in the body, the TRPV1 receptor, is activated by hot showers.\n\n"
        "Denney doubted the diagnosis. She said he had lost 40 pounds in a matter of months."
    )
    quotes = quotes_in(text)
    assert find(quotes, "vomiting").speaker.resolved == "Brian Smith Jr"
    assert find(quotes, "40 pounds").speaker.resolved == "Regina Denney"
    # Guards: the noun gives the gender of that person only, where the first name does not, and not
    # after "of"; a company apposed to a role is no person.
    text = "Former President Bill Clinton spoke in Flint for his wife Hillary Clinton.\n\n“It is crazy,” he said."
    assert find(quotes_in(text), "crazy").speaker.resolved == "Bill Clinton"
    text = (
        "The son of the actress, Jane Fonda, told reporters he was proud of his mother.\n\n"
        "Fonda, 80, spoke later at the premiere. “I am proud of him,” she said."
    )
    assert find(quotes_in(text), "proud of him").speaker.resolved == "Jane Fonda"
    text = "His former client, Goldman Sachs, paid $5 million to settle. Goldman said the case was closed."
    assert find(quotes_in(text), "case was closed").speaker.kind == "organization"


def test_a_code_or_an_embed_line_is_nobody_a_pronoun_can_stand_for():
    text = (
        "Hillary Clinton spoke last at the dinner.\n\n"
        "Embed Watch Trump, Clinton Zingers from Al Smith Charity Dinner 1:59 autoplay autoplay Copy this code "
        "to your website or blog\n\n"
        "“They are hard to keep up with,” she said."
    )
    assert find(quotes_in(text), "keep up with").speaker.resolved == "Hillary Clinton"
    text = "The TRPV1 receptor is activated by heat.\n\n“It helps,” she said."
    assert find(quotes_in(text), "It helps").speaker.resolved is None
    # A caption's name still gives a surname in the body its full name (guard).
    text = (
        "Democratic presidential nominee Hillary Clinton speaks at a rally in Des Moines, Iowa, on Monday\n\n"
        "The rally drew thousands.\n\nClinton said the plan would create jobs."
    )
    assert find(quotes_in(text), "create jobs").speaker.resolved == "Hillary Clinton"


def test_a_verb_the_tagger_calls_a_person_is_no_antecedent():
    article = ArticleText.from_string(
        "Hillary Clinton spoke last.\n\nCopy this code to your website.\n\n“They are hard to keep up with,” she said."
    )
    doc = article.doc
    copy = next(t for t in doc if t.text == "Copy")
    # As the tagger read an NBC embed's line in a real article.
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, copy.i, copy.i + 1, label="PERSON")]
    (quote,) = quotes_of_text(article)
    assert quote.speaker.resolved == "Hillary Clinton"


def test_a_date_after_the_cue_is_not_the_speaker():
    text = (
        "Woodward Dream Cruise Parking, which helps cruisers find spots on the crowded route, posted on its "
        "Facebook page this week that the cruise is going to happen this year."
    )
    (quote,) = quotes_in(text)
    assert quote.speaker.text.startswith("Woodward Dream Cruise Parking")


def test_pleas_and_echoes_report_no_words():
    text = (
        "The actress is pleading no contest to a charge of battery.\n\n"
        "Echoing a false claim made by Trump, Paxton asked for a recount. He spoke, referencing an email exposed by WikiLeaks."
    )
    quotes = quotes_in(text)
    for thing in ("no contest", "a false claim made by Trump", "an email exposed"):
        assert find(quotes, thing).type == "thought", thing
    # A plea for something or with somebody and a reference to words in quotation marks say something.
    text = (
        "The mayor pleaded for calm. Trump pleaded with Pence to contest the results in Congress.\n\n"
        "He then referenced her “basket of deplorables” remark."
    )
    quotes = quotes_in(text)
    assert {find(quotes, thing).type for thing in ("calm", "Pence to contest", "deplorables")} == {"speech"}


def test_tracking_is_evidence():
    text = "About 20 percent of shops were closed, according to tracking by the League of American Bicyclists."
    (quote,) = quotes_in(text)
    assert quote.type == "finding"


def test_content_split_around_a_cue_between_commas_whichever_way_it_is_parsed():
    # The parser hangs the cue on the first clause here, on the that-clause in test_failure_modes.py.
    (quote,) = quotes_in("It is on his watch, Scheer said, that the deficit grew.")
    assert quote.content.text == "It is on his watch … that the deficit grew"
    # Without commas on both sides the cue's own that-clause is all it reports.
    (quote,) = quotes_in("Prices rose, Smith said that wages fell.")
    assert quote.content.text == "that wages fell"


def test_the_lawyers_are_nobody_whose_lawyers_they_are():
    # Plural: several lawyers are no one person.
    text = "Dr. Blasey’s lawyers provided the F.B.I. with the names of eight people.\n\n“It is a stain,” the lawyers wrote."
    assert (find(quotes_in(text), "a stain").speaker.kind, find(quotes_in(text), "a stain").speaker.resolved) == ("anonymous", None)
    # Singular: a name's lawyer is not that name, nor anybody named near it or before it.
    for text in (
        "Dr. Blasey’s lawyer provided the F.B.I. with the names of eight people.\n\n“It is a stain,” the lawyer wrote.",
        "Prosecutors said Mueller questioned Kavanaugh’s lawyer on Friday.\n\n“It is a stain,” the lawyer said.",
        "Defence lawyer John Dowd left the team in March.\n\nMonths later, Dr. Blasey’s lawyer provided the F.B.I. "
        "with names.\n\n“It is a stain,” the lawyer wrote.",
    ):
        assert find(quotes_in(text), "a stain").speaker.resolved is None, text
    # Guards: a title a name bears still names, whoever else owns it.
    for text, name in (
        ("Defence ministry spokesman Igor Petrov briefed reporters.", "Igor Petrov"),
        ("Sean Spicer, Trump’s spokesman, spoke on Monday.", "Sean Spicer"),
        ("Sen. Chuck Grassley’s spokesman, George Hartmann, spoke on Monday.", "George Hartmann"),
    ):
        assert quotes_in(text + "\n\nThe spokesman said the vote would be held.")[-1].speaker.resolved == name, text


def test_an_offer_of_a_thing_and_an_autopsy_report_no_words():
    text = (
        "In a statement, Gillum offered an apology.\n\n"
        "An autopsy later revealed that he had died of a heart attack."
    )
    quotes = quotes_in(text)
    assert (find(quotes, "an apology").type, find(quotes, "heart attack").type) == ("thought", "finding")
