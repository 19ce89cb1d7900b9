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
    # Anyone else a fronted phrase names may be the pronoun's person.
    for text, content, name in (
        ("Tom Brown met the press on Monday. After Anne Smith met the press, she said the plan was sound.",
         "the plan was sound", "Anne Smith"),
        ("Wendy Sherman spoke on Monday. Barack Obama was there too.\n\nIn Sherman’s speech to the American "
         "Foreign Service Association, she said the talks had worked.", "the talks", "Wendy Sherman"),
        ("Cruz warned against a brokered convention, the Texas senator said.\n\nAs for Trump, he said he’s not "
         "worried about the delegates.", "not worried", "Trump"),
        ("Taylor Swift has broken her silence.\n\nIn a video posted by Taylor Swift on Instagram, she said: “I’m "
         "sad.”", "sad", "Taylor Swift"),
        ("Joe Biden spoke on Monday. At Joe Biden’s first rally in Pittsburgh, he said the country needed healing.",
         "healing", "Joe Biden"),
        # A title of another's thing ("his wife"), or one that is the name of somebody named elsewhere.
        ("Melania Trump rarely speaks in public.\n\nAt a state dinner hosted by the president and his wife Melania "
         "Trump, she said: “We are honored to welcome you.”", "honored", "Melania Trump"),
        ("Taylor Swift spoke to Rolling Stone about her early career.\n\nRecalling her first album Taylor Swift, she "
         "said: “I wrote those songs in my bedroom.”", "bedroom", "Taylor Swift"),
        ("Dolly Parton reflected on her career on Sunday.\n\nLooking back at her memoir Dolly Parton, Songteller, she "
         "said: “Every song has a story.”", "Every song", "Dolly Parton"),
    ):
        assert find(quotes_in(text), content).speaker.resolved == name, text


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
    # A tweet in its author's own words stays theirs, and so does one with words of theirs beside the
    # quotation, or one quoting them in the first person.
    assert find(quotes, "Pro-tip").speaker.resolved == "Kumail Nanjiani"
    for tweet, author in (
        ("Trump just said \"I don't take responsibility at all.\" This is a stunning abdication of leadership. "
         "pic.twitter.com/abc123 — Kamala Harris (@KamalaHarris) March 13, 2020", "Kamala Harris"),
        ("\"We will not rest until every vote is counted,\" I told supporters tonight in Wilmington. Keep the "
         "faith, folks. — Joe Biden (@JoeBiden) November 4, 2020", "Joe Biden"),
        ("\"I have the best words,\" Trump says. Sure. pic.twitter.com/qq — George Conway (@gtconway3d) March 1, 2019",
         "George Conway"),
    ):
        quotes = quotes_in("The remarks drew a swift reaction online.\n\n" + tweet)
        assert any(q.speaker.resolved == author and q.cue.text == "—" for q in quotes), tweet


def test_words_a_quotation_ends_before_a_name_do_not_make_it_nobody():
    text = "Benjamin Brafman filed a motion. “Not surprised but very disappointed,” Brafman, said of the decision."
    assert find(quotes_in(text), "Not surprised").speaker.resolved == "Benjamin Brafman"
    # A subject that opens with "no" still names nobody, past a scare quote or an apostrophe too.
    for text in ("No serious analyst said the plan would work.", "No teachers' union has said the plan would work.",
                 "No \"Never Trump\" Republicans said the plan would work.",
                 "No self-described “moderate,” or “centrist” Republican has said the plan would work."):
        assert find(quotes_in(text), "the plan").speaker.resolved is None, text


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


def test_a_clause_set_off_before_a_finding_with_an_object_of_its_own_is_not_its_content():
    text = ("In many places, Planned Parenthood is the only option for low-income patients; a 2015 analysis by the "
            "Guttmacher Institute found 103 counties where it is the only provider.")
    quote = next(q for q in quotes_in(text) if q.cue.text == "found")
    assert quote.content.text == "103 counties where it is the only provider"
    # An object that points back to the clause, or a speech verb's, leaves it the content.
    for text, cue, content in (
        ("Prices will rise next year; the study confirmed this finding on Monday.", "confirmed", "Prices will rise next year"),
        ("The election was stolen; Trump repeated his claim at a rally.", "repeated", "The election was stolen"),
        ("“We will beat this virus” — Trump promised Americans on Tuesday.", "promised", "We will beat this virus"),
        ("The defendant is innocent; jurors believed Smith.", "believed", "The defendant is innocent"),
    ):
        quote = next(q for q in quotes_in(text) if q.cue.text == cue)
        assert quote.content.text == content, text
