"""Faults from tune-site readings of real news (issue #12's twenty-sixth round): a surname the tagger read
as an adjective, a source's name after its title in "according to", and two people the parser ran into
one title."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_surname_read_as_an_adjective_speaks_through_by_noting():
    text = ("Dr. Amesh Adalja, an infectious disease expert, stresses that the findings should not be cause for alarm. "
            "Adalja bolsters this by noting that if the virus were spread through contaminated particles, infections "
            "would be different.")
    assert find(quotes_in(text), "contaminated particles").speaker.resolved == "Amesh Adalja"


def test_a_name_after_the_title_in_according_to_is_the_source():
    text = ("According to Vernal Heights Chief of Police, Gregory Moore, the 3-men were arrested when officers "
            "responded to a call.")
    quote = find(quotes_in(text), "were arrested")
    assert quote.speaker.resolved == "Gregory Moore" and quote.content.text.startswith("the 3-men")
    quote = find(quotes_in("The plan failed, according to the company's chief executive, Tim Cook."), "plan failed")
    assert quote.speaker.resolved == "Tim Cook" and quote.content.text == "The plan failed"
    # Not a name after an organisation's or a document's phrase, nor one a relative clause follows.
    for text in ("According to police, John Smith, 45, was arrested on Monday.",
                 "According to the mayor, John Smith, who was arrested on Monday, is innocent."):
        quote = find(quotes_in(text), "arrested")
        assert quote.speaker.resolved != "John Smith" and quote.content.text.startswith("John Smith"), text


def test_two_people_the_parser_ran_into_one_title_speak_together():
    text = ("President Barack Obama and Health and Human Services Secretary Kathleen Sebelius have defended their "
            "compromise proposal.")
    assert find(quotes_in(text), "compromise").speaker.resolved == "Barack Obama and Kathleen Sebelius"
    # Not a name owned by another ("Tom Smith's lawyer"), nor one that has the verb to itself.
    assert find(quotes_in("Tom Smith's lawyer and John Doe have said it failed."), "failed").speaker.resolved != "Tom Smith and John Doe"
    assert find(quotes_in("Secretary of State John Kerry has said it failed."), "failed").speaker.resolved == "John Kerry"


def test_a_name_after_a_title_after_the_cue_speaks():
    text = ("“We haven’t seen anything like this since the summer of 2014,” said US Border Patrol Agent Chris Cabrera "
            "speaking as Vice President for the NBPC Local 3307.")
    assert find(quotes_in(text), "summer of 2014").speaker.resolved == "Chris Cabrera"


def test_a_name_after_the_quotation_with_an_aside_before_the_cue_speaks():
    text = ("\"You can't be a professional woman without having a moment where someone is going to treat you "
            "differently because you're a woman,\" Sotomayor, who graduated from Princeton in 1976, said.")
    assert find(quotes_in(text), "professional woman").speaker.resolved == "Sotomayor"
    # The suffix a name is set off with stays the name's.
    quote = find(quotes_in("Joe Biden “can’t remember where he is fifty per cent of the time,” Trump, Jr., said."), "fifty")
    assert quote.speaker.text == "Trump, Jr"


def test_a_countrys_title_is_that_countrys_holder_before_a_nearer_one_with_no_country():
    text = ("Brazil will accept aid if French President Emmanuel Macron apologizes.\n\n"
            "\"We appreciate the offer,\" Onyx Lorenzoni, chief of staff to President Jair Bolsonaro, told the G1 news "
            "website.\n\nThe blazes have also fueled a diplomatic spat between Bolsonaro and Macron. The French president "
            "has threatened to block a huge new trade deal.")
    assert find(quotes_in(text), "trade deal").speaker.resolved == "Emmanuel Macron"


def test_a_name_owning_an_apposed_role_is_not_the_speaker():
    text = ("Tom Rath, a senior adviser to the Romney campaign, says it interrupted the news. Rath, the Romney adviser, "
            "suggests that voters are invested.")
    assert find(quotes_in(text), "voters are invested").speaker.resolved == "Tom Rath"


def test_a_quotes_byline_on_the_next_line_with_a_title_names_its_speaker():
    text = ("Pandemic re-emphasizes need for universal flu vaccine\n\n\"The universal flu vaccine is probably one of the "
            "most sought-after infectious disease countermeasures. And, most of our pandemic virus threats come from "
            "the influenza virus family.\"\n\n— Amesh Adalja, senior scholar, Johns Hopkins Center for Health Security\n\n"
            "Background: Currently, seasonal flu vaccines are the only options available to combat influenza.")
    speaker = find(quotes_in(text), "universal flu vaccine").speaker
    assert speaker.kind == "person" and speaker.resolved == "Amesh Adalja"


def test_a_party_member_described_by_a_state_is_no_organisation():
    text = ("Sen. Marco Rubio says the GOP went too far. The Florida Republican told The Atlantic that corporations "
            "will use the cut to buy back shares.")
    assert find(quotes_in(text), "buy back").speaker.kind != "organization"


def test_guards_from_the_review():
    """Cases a review of this round found the first version of its rules getting wrong."""
    # The sentence's subject after a title in "according to" is no source.
    for text in ("According to the sheriff, John Smith, 45, was arrested on Monday.",
                 "According to the governor, John Smith, the state's top lawyer, broke the law.",
                 "According to the director, John Smith, Jane Doe and Bob Jones were fired."):
        assert find(quotes_in(text), "John Smith").speaker.resolved != "John Smith", text
    text = "According to the governor, Andrew Cuomo, and the mayor, Bill de Blasio, the city will reopen."
    assert find(quotes_in(text), "reopen").speaker.resolved != "Andrew Cuomo"
    # A predecessor with the country's title is not the current holder named since.
    text = ("Russian President Boris Yeltsin resigned on Dec. 31, 1999, handing power to Vladimir Putin.\n\nTwo decades "
            "later, President Vladimir Putin still rules. The Russian president said on Monday that he would run again.")
    assert find(quotes_in(text), "run again").speaker.resolved == "Vladimir Putin"
    # A dash clause after a quotation, or a place and date under it, is no byline.
    text = 'Biden told the crowd: "We will rebuild this country."\n\n— Sen. Elizabeth Warren, D-Mass., introduced the bill on Tuesday.'
    assert [q.speaker.resolved for q in quotes_in(text) if q.cue.text == "—"] == []
    text = "“We choose to go to the moon and do the other things.”\n\n— Houston, Texas, Sept. 12, 1962"
    assert [q for q in quotes_in(text) if q.cue.text == "—"] == []
    # A place after a quote's dash is no person.
    assert find(quotes_in("“We will win.” — New Jersey"), "We will win").speaker.kind != "person"
    # A name that owns the speaker is not the speaker.
    text = "“We haven’t seen anything like this,” said US Border Patrol Agent Chris Cabrera's wife speaking as a volunteer."
    assert all(q.speaker.resolved != "Chris Cabrera" for q in quotes_in(text))
    # Two senators from their states speak together.
    text = "Sen. Dick Durbin of Illinois and Sen. Chuck Grassley of Iowa have defended the plan."
    assert find(quotes_in(text), "the plan").speaker.resolved == "Dick Durbin and Chuck Grassley"


def test_a_titled_name_the_parser_made_the_cues_object_keeps_its_title():
    text = "''Several of us were arguing we have to wait for the moment,'' recalled Mr. Rhodes. ''He said, 'I just need to go.''"
    assert find(quotes_in(text), "Several of us").speaker.text == "Mr. Rhodes"


def test_an_untagged_name_described_by_which_is_an_organisation():
    text = ("Real Clear Politics, which sifts through all the major national and state polls, says it looks like 265 "
            "Electoral College votes are solid.")
    speaker = find(quotes_in(text), "Electoral College").speaker
    assert speaker.kind == "organization" and speaker.resolved == "Real Clear Politics"
