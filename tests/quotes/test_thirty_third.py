"""Faults read in tune-site news from outlets outside PolNeAR (issue #12's thirty-third round)."""

from __future__ import annotations

import re

from .finding import find, quotes_in


def test_a_sourcing_per_is_an_attribution_as_according_to_is():
    text = ("Maduro's government detained eight journalists last month, per the New York Times.\n\n"
            'Orbán and his allies have "systematically taken control of roughly 90% of the country\'s media '
            'outlets," per NPR, consolidating dozens of outlets into one conglomerate.\n\n'
            "Per a source familiar with the talks, the deal is done.")
    quotes = quotes_in(text)
    times = find(quotes, "detained eight journalists")
    assert (times.cue.text, times.type, times.speaker.kind, times.speaker.resolved) == ("per", "speech", "organization", "New York Times")
    assert find(quotes, "media outlets").speaker.resolved == "NPR"
    source = find(quotes, "the deal is done")
    assert (source.cue.text, source.speaker.kind) == ("Per", "anonymous")
    # A rate, a count or "as per" names no source.
    for text in ("The company earned $5 per share, per year.", "The disease kills 12 people per 100,000, per capita.",
                 "The vote was held as per the rules, per the bylaws.", "Prices rose 3 per cent, per month.",
                 "Per Texan, the state spends about $10,000 a year on schools.", "The workers get $50, per diem, for meals.",
                 "Per Section 3 of the law, the board must meet twice a year."):
        assert not [q for q in quotes_in(text) if q.cue.text.lower() == "per"], text
    # Nor does "Per" as a first name.
    for text in ("Per Sandberg, Norway’s former finance minister, said the budget was sound.",
                 "The coach, Per Nilsson, said the team would recover."):
        quotes = quotes_in(text)
        assert [q.cue.text for q in quotes] == ["said"], text
    for text in ("Per Mertesacker, the academy director, welcomed the decision.",
                 "Per Unckel, a former education minister, died on Sunday at 69."):
        assert not quotes_in(text), text


def test_a_noun_said_to_be_something_is_nobody_who_speaks():
    # The parser reads "A factory said to …" as the factory saying something; PolNeAR gives "said to be" no source.
    for text in ("A factory said to be producing light arms blew up in spectacular fashion on Oct. 22.",
                 "The man, said to be a senior commander, was killed."):
        assert all(q.speaker.text is None for q in quotes_in(text)), text
    assert find(quotes_in("The man said that he was a senior commander."), "senior commander").speaker.text == "The man"
    # An instruction has its speaker.
    for text, speaker in (("He said to be there at 5 p.m. sharp.", "He"),
                          ("The governor said to be calm, adding that the storm would pass by morning.", "The governor"),
                          ("Trump said to be careful because the virus is spreading.", "Trump"),
                          ("The president said to be patient and promised that help was coming.", "The president")):
        assert find(quotes_in(text), "to be").speaker.text == speaker, text


def test_a_second_that_clause_the_parser_hangs_on_the_cue_is_content_too():
    text = ("Mr. Johnson also said that he and then-FBI Director James Comey “worked very well together,” but that "
            "there “were glitches” in communication.")
    content = find(quotes_in(text), "worked very well together").content.text
    assert "but that there “were glitches" in content
    assert "but that he left early" in find(quotes_in("Mr. Smith said that the deal was “done,” but that he left early."), "the deal").content.text
    # Not a clause of the speaker's own after the conjunction, nor what the parser hangs on the second clause.
    assert "left early" not in find(quotes_in("Mr. Smith said that the deal was “done,” but he left early."), "the deal").content.text
    for text, mine, not_mine in (
        ("Pelosi said that Democrats “will not back down,” but that they were “open to talks,” according to aides.",
         "back down", "according"),
        ("Police said that the suspect fled, but that there was no danger to the public, and the FBI said that it was "
         "investigating.", "suspect fled", "FBI"),
    ):
        content = find(quotes_in(text), mine).content.text
        assert "but that" in content and not_mine not in content, content


def test_no_span_edge_cuts_a_hyphenated_word():
    text = ("The blueprint also targets programs important to moderate Republicans and those with large rural "
            "constituencies, who expressed alarm at cuts in money to support air-travel to rural airport and other "
            "programs.")
    quotes = quotes_in(text)
    assert quotes
    for quote in quotes:
        for start, end in quote.content.spans:
            assert not re.match(r"-\w", text[end:]) and not re.search(r"\w-$", text[:start]), quote.content.text


def test_a_cue_keeps_the_contraction_it_opens_with():
    assert quotes_in("He’s saying that the plan failed.")[0].cue.text == "’s saying"
    assert quotes_in("He's saying that the plan failed.")[0].cue.text == "'s saying"
    quotes = quotes_in("Biden's saying the tariffs will stay.")
    assert [(q.cue.text, q.speaker.resolved, q.content.text) for q in quotes] == [("'s saying", "Biden", "the tariffs will stay")]


def test_a_caption_closed_by_a_bare_photo_credit_names_nobody_a_pronoun_stands_for():
    text = ("WASHINGTON—President Trump said Sunday he doesn’t believe congressional negotiators will strike a deal.\n\n"
            "President Trump announced Friday that he has agreed to a plan to reopen the government. WSJ's Gerald F. "
            "Seib explains three things to know about this agreement. Photo: Getty\n\n"
            "“I doubt it,” he said, when asked if he would agree to citizenship for a group of immigrants.")
    quotes = quotes_in(text)
    assert find(quotes, "I doubt it").speaker.resolved == "Trump"
    assert not [q for q in quotes if q.speaker.resolved == "Gerald F. Seib"]
    # A title in a sentence is no credit.
    quotes = quotes_in("Curator Maria Lopez said the museum's new show is titled Image: Reflections of War.\n\n"
                       "She said it opens on Friday.")
    assert [q.speaker.resolved for q in quotes] == ["Maria Lopez", "Maria Lopez"]


def test_a_colon_does_not_take_a_paragraph_attributed_at_its_end():
    text = ("Janet Holtzblatt is a fellow at the Tax Policy Center.\n\nAs she noted in a recent blog post:\n\n"
            "All of that may slow distribution of the payments, Holtzblatt said.")
    quotes = quotes_in(text)
    assert [q.cue.text for q in quotes if "slow distribution" in q.content.text] == ["said"]
    # A paragraph that reports somebody else's words, or has an aside in the quoted words, is still the colon's.
    for text, words in (("The governor added:\n\nMy father said we should work hard.", "My father said"),
                        ("He said:\n\nThe poor are the treasure of the church, Saint Lawrence told the emperor.", "treasure"),
                        ("Elizabeth Warren spoke on Monday. She wrote:\n\nThis is a scam, I believe, and regulators must act.",
                         "regulators must act"),
                        ("Deputy Director Karen Hill wrote:\n\nThe agency has lost its way, many of my colleagues told me.",
                         "many of my colleagues")):
        assert find(quotes_in(text), words).cue.text in ("added", "wrote", "said"), text


def test_a_capitalised_title_before_a_name_makes_the_name_the_speaker():
    text = ("Office of Management and Budget Director Mick Mulvaney Thursday argued the cuts to programs were "
            "“compassionate” because they will reduce the tax burden on many Americans.")
    assert find(quotes_in(text), "compassionate").speaker.resolved == "Mick Mulvaney"
    # Not a titled person named in a clause on the organisation, or after a preposition.
    for text, content, name in (
        ("Greenpeace, which sued Governor Jerry Brown, said the ruling was a victory.", "victory", "Greenpeace"),
        ("Veterans for President Trump said they would rally on Sunday.", "rally", "Veterans"),
        ("Republicans and President Trump said they would rally on Sunday.", "rally", "Republicans"),
    ):
        speaker = find(quotes_in(text), content).speaker
        assert (speaker.kind, speaker.resolved) == ("organization", name), text


def test_a_transcript_label_with_an_honorific_or_run_on_by_the_tagger_names_its_speaker():
    text = ("BlueDot's founder and CEO, Dr. Kamran Khan, was on his way to work.\n\n"
            "Bill Whitaker: So you're following those devices from Wuhan to these other cities?\n\n"
            "Dr. Kamran Khan: That's correct. I do wanna point out these are also anonymized data.\n\n"
            "Dylan George: Data technology has transformed the way we do business in many aspects of our lives.")
    quotes = quotes_in(text)
    assert find(quotes, "anonymized data").speaker.resolved == "Kamran Khan"
    assert find(quotes, "Data technology").speaker.resolved == "Dylan George"
    assert not [q for q in quotes if q.speaker.kind == "author"]
    # An honorific before one word names a show as often as a person.
    text = "Dr. Phil McGraw has hosted the show since 2002.\n\nDr. Phil: Guests confront their estranged parents on Monday's episode."
    assert not [q for q in quotes_in(text) if q.cue.text == ":"]
