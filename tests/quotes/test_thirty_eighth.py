"""Faults read in tune-site news (issue #12's thirty-eighth round)."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_that_clause_hung_on_the_statement_is_what_the_statement_says():
    text = ("The director of the Bureau of Prisons, Kathleen Hawk Sawyer, said in a statement that the agency was taking "
            "the allegations of misconduct “very seriously” and that they “will be responded to appropriately.”")
    quote = find(quotes_in(text), "responded to appropriately")
    assert quote.content.text.startswith("that the agency was taking the allegations")
    assert quote.speaker.resolved == "Kathleen Hawk Sawyer"
    # "that" as a relative clause's subject says nothing of the statement.
    text = "The mayor said in a town that has lost its only factory that jobs would come back."
    assert not [q for q in quotes_in(text) if q.content.text.startswith("has lost")]


def test_complements_a_conjunction_joins_before_a_closing_cue_are_reported_whole():
    text = ("Mr. Thomas started there as a correction officer in 2007, and though he was assigned to another position "
            "within the jail in 2013, he frequently worked overtime shifts as an officer, the indictment said.")
    quote = find(quotes_in(text), "correction officer")
    assert quote.content.text.startswith("Mr. Thomas started there")
    assert quote.content.text.endswith("worked overtime shifts as an officer")


def test_the_subject_of_an_as_clause_the_parser_made_an_object_speaks():
    text = ("Now, it faces the possibility that its electric car factory will have to remain closed for longer than "
            "previously anticipated as public health officials say they will extend the stay-at-home orders in the "
            "San Francisco Bay Area through much of May.")
    quote = find(quotes_in(text), "extend the stay-at-home orders")
    assert quote.speaker.text == "public health officials"


def test_a_source_who_asked_for_anonymity_is_anonymous():
    text = ("Tesla’s quick about-face caused some whiplash among its factory line workers, according to one who spoke "
            "with The Verge on the condition of anonymity because the furloughed employees weren’t expecting to be "
            "called back so soon.")
    quote = find(quotes_in(text), "whiplash")
    assert quote.speaker.kind == "anonymous"


def test_according_to_holds_a_quote_in_its_content():
    text = ("The next morning, when Ms. Noel and Mr. Thomas entered Mr. Epstein’s cell, they found him unresponsive "
            "“with a noose around his neck,” according to the indictment.")
    quotes = quotes_in(text)
    outer = [q for q in quotes if not q.nested]
    assert [q.cue.text for q in outer] == ["according to"]
    assert "with a noose around his neck" in outer[0].content.text
    assert all(q.nested for q in quotes if q.cue.text == "found")


def test_words_the_writer_quotes_in_a_sentence_after_a_quote_do_not_continue_it():
    text = ("The listing for the home described it as “an amazing retreat for the nature lover who also wants total "
            "privacy.” Its features include a great room “with floor to ceiling fieldstone fireplace, cathedral "
            "ceiling, and a spectacular chandelier,” as well as a “fabulous barn for square dances and hoedowns!” the "
            "listing says.")
    quote = find(quotes_in(text), "amazing retreat")
    assert "fireplace" not in quote.content.text and "Its features" not in quote.content.text
    text = ("Senate Minority Leader Chuck Schumer of New York called it “the right thing to do.” Sen. Dianne Feinstein "
            "of California called the military response “a limited, and I think an important strike.”")
    assert "important strike" not in find(quotes_in(text), "right thing").content.text
    # Where the sentence's subject is a pronoun, the quoted words are most often the speaker's still.
    text = "\"The point is that we did not lie,\" Rabiei said. He went onto blame the U.S. for \"spreading the shadow of war.\""
    assert "spreading the shadow of war" in find(quotes_in(text), "did not lie").content.text


def test_a_quotation_opens_a_sentence_after_a_stop_inside_closing_marks():
    text = ("“He's absolutely right. There's a severe disconnect between this White House and our military,” Flynn, "
            "a top Trump surrogate, said Thursday morning on Fox News’s “Fox and Friends.” “I mean, there's a lot of "
            "frustration within the ranks.”")
    quote = find(quotes_in(text), "severe disconnect")
    assert "a lot of frustration within the ranks" in quote.content.text


def test_a_programme_title_after_the_cue_is_not_the_speaker():
    text = ("“There's a severe disconnect between this White House and our military,” Flynn, a top Trump surrogate, "
            "said Thursday morning on Fox News’s “Fox and Friends.”")
    quote = find(quotes_in(text), "severe disconnect")
    assert quote.speaker.resolved == "Flynn"
    # A speaker named after the cue outside quote marks still speaks.
    text = "“We will not back down,” said Senator Jane Smith on Sunday."
    assert find(quotes_in(text), "back down").speaker.resolved == "Jane Smith"


def test_a_holiday_the_tagger_takes_for_a_person_is_nobody_a_pronoun_stands_for():
    text = ("“It's a fun holiday for people,” said Carol Resh, 61, whose son, Army Capt. Mark Resh, was killed in Iraq.\n\n"
            "Some veterans say Memorial Day began to be watered down more than four decades ago when Congress changed "
            "the date.\n\n"
            "That leaves it to people like Resh, the Gold Star mother, to spread the message.\n\n"
            "Invited to speak to high school students in Allentown, Pennsylvania, she said she told them, “What is the "
            "true meaning of Memorial Day? Ask any Gold Star family.”")
    quote = find(quotes_in(text), "true meaning")
    assert quote.speaker.text == "she" and quote.speaker.resolved == "Carol Resh"
    # A person whose surname is "Day" is still one.
    text = "Doris Day starred in the film.\n\n“I loved every minute of it,” she said."
    assert find(quotes_in(text), "every minute").speaker.resolved == "Doris Day"


def test_a_subject_the_parser_hung_on_an_auxiliary_speaks_for_the_joined_cue():
    text = ("Larry Page and Sergey Brin may have stepped down from their day jobs, but they're still lurking. They have "
            "controlling stakes in the company and said they'd remain \"active\" board members.")
    quote = find(quotes_in(text), "board members")
    assert quote.speaker.text == "They" and quote.speaker.resolved == "Larry Page and Sergey Brin"


def test_review_guards_for_the_thirty_eighth_round():
    # A fragment with no cue about it after a quote is still the speaker's.
    text = "“It was terrifying,” said Ann Jones, 45. Her family had lived there “for three generations, and now it is all gone.”"
    assert "three generations" in find(quotes_in(text), "terrifying").content.text
    # An object or "so" on the cue: the clause on "a statement" is the statement's own.
    quote = find(quotes_in("The company said so in a statement that it posted online Monday."), "posted")
    assert not quote.content.text.startswith("that it posted")
    # A speaker's name in quote marks right after the cue is the speaker.
    assert find(quotes_in("“We are scared every single night,” said “Maria.”"), "scared").speaker.text == "Maria"
    # Of two people listed as objects, the one the pronoun's gender leaves.
    text = ("Gov. Kathy Hochul signed the law last year.\n\n"
            "The foundation gave grants to Tom Brown and Maria Lopez, a teacher in Queens. “I was stunned when I heard,” she said.")
    assert find(quotes_in(text), "stunned").speaker.resolved == "Maria Lopez"
    # An "according to" inside another's reported clause stays nested.
    quotes = quotes_in("Smith said that, according to the report, the deal was off.")
    assert all(q.nested for q in quotes if q.cue.text == "according to")


def test_an_according_to_that_opens_the_sentence_leaves_its_quotes_standing():
    text = ("According to the Associated Press, the witness said the shooter replied by saying, “because I’m really "
            "angry.”")
    replied = [q for q in quotes_in(text) if q.cue.text == "replied"]
    assert replied and replied[0].direct and replied[0].speaker.text == "the shooter"
