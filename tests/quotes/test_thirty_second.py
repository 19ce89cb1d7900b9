"""Faults read in tune-site news from outlets outside PolNeAR (issue #12's thirty-second round)."""

from __future__ import annotations

from newsprobe import analyze
from newsprobe.readers import from_text

from .finding import find, quotes_in


def test_a_pronoun_does_not_stand_for_a_name_in_a_phrase_fronted_on_its_own_verb():
    text = ("Neil Diamond has announced he will retire from touring.\n\n"
            "With a nod to his hit Sweet Caroline, he added: “This ride has been so good, thanks to you.”")
    assert find(quotes_in(text), "This ride").speaker.resolved == "Neil Diamond"
    text = ("Matt Smith has broken his silence on the pay gap.\n\n"
            "Speaking at the premiere of his latest film Mapplethorpe he told Hollywood Reporter: “Claire is one of my "
            "best friends.”")
    assert find(quotes_in(text), "best friends").speaker.resolved == "Matt Smith"
    # A fronted clause with a subject of its own may name the pronoun's person, and so may a phrase on
    # something of theirs.
    text = "Tom Brown met the press on Monday. After Anne Smith met the press, she said the plan was sound."
    assert find(quotes_in(text), "the plan was sound").speaker.resolved == "Anne Smith"
    text = ("Wendy Sherman spoke on Monday. Barack Obama was there too.\n\n"
            "In Sherman’s speech to the American Foreign Service Association, she said the talks had worked.")
    assert find(quotes_in(text), "the talks").speaker.resolved == "Wendy Sherman"
    text = ("Cruz warned against a brokered convention, the Texas senator said.\n\n"
            "As for Trump, he said he’s not worried about the delegates.")
    assert find(quotes_in(text), "not worried").speaker.resolved == "Trump"


TWEETS = (
    "Fox News hosted a town hall with the president on Tuesday.\n\n"
    "“I would love to have it opened by Easter,” Trump said.\n\n"
    "\"That would be a great American resurrection,\" host Bill Hemmer replies. pic.twitter.com/G1AhP1biNI — Aaron "
    "Rupar (@atrupar) March 24, 2020\n\n"
    "Pro-tip: my name is pronounced exactly how it's spelled. Exactly. Sound it out. — Kumail Nanjiani (@kumailn) "
    "March 24, 2017"
)


def test_a_tweet_that_quotes_somebody_with_a_cue_is_that_persons_quote():
    quotes = quotes_in(TWEETS)
    quote = find(quotes, "resurrection")
    assert (quote.speaker.resolved, quote.cue.text, quote.content.text) == (
        "Bill Hemmer", "replies", "That would be a great American resurrection")
    assert not any(q.speaker.resolved == "Aaron Rupar" for q in quotes)
    # A tweet in its author's own words stays theirs.
    assert find(quotes, "Pro-tip").speaker.resolved == "Kumail Nanjiani"


def test_words_a_quotation_ends_before_a_name_do_not_make_it_nobody():
    text = "Benjamin Brafman filed a motion. “Not surprised but very disappointed,” Brafman, said of the decision."
    assert find(quotes_in(text), "Not surprised").speaker.resolved == "Benjamin Brafman"
    # A subject that opens with "no" still names nobody.
    assert find(quotes_in("No serious analyst said the plan would work."), "the plan").speaker.resolved is None


def test_a_paragraph_of_residue_does_not_part_it_from_the_source_before_it():
    body = ("In a statement on Friday, the White House said Stone was a victim of the Russia hoax.\n\n"
            "Roger Stone: five things to know about Trump's controversial ally Read more\n\n"
            "It added: “There was never any collusion between the Trump campaign and Russia.”")
    report = analyze(from_text(body, title="Stone"))
    assert [r.kind for r in report.residue] == ["read-more"]
    quote = find(report.quotes, "collusion")
    assert (quote.speaker.kind, quote.speaker.resolved) == ("organization", "White House")


def test_a_name_the_tagger_takes_for_an_adjective_after_the_cue_is_the_speaker():
    text = ("Republican strategist Evan Siegfried said the party needed to find an answer.\n\n"
            "“There are some Republicans who have pointed to, ‘Oh, it wasn’t really a blue wave because we beat the "
            "historical average for seat losses,’” said Siegfried. “Um, we lost over 30 seats.”")
    quote = find(quotes_in(text), "some Republicans")
    assert (quote.speaker.text, quote.speaker.resolved) == ("Siegfried", "Evan Siegfried")


def test_a_clause_set_off_before_a_cue_with_an_object_of_its_own_is_not_its_content():
    text = ("At least some voters seem to believe as Richmond does — Biden announced his candidacy Thursday and "
            "quickly raised $6.3 million on his first day.")
    quote = next(q for q in quotes_in(text) if q.cue.text == "announced")
    assert quote.content.text == "his candidacy"
    # An object that points back to the clause, or a listener, leaves it the content.
    for text, cue in (
        ("Prices will rise next year; the company announced the change on Monday.", "announced"),
        ("Prices will rise next year — the company told reporters on Monday.", "told"),
    ):
        quote = next(q for q in quotes_in(text) if q.cue.text == cue)
        assert quote.content.text == "Prices will rise next year"
