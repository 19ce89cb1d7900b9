"""Faults from PolNeAR train's error classes and tune-site readings of real news (issue #12's twenty-eighth
round)."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_clause_joined_by_but_is_no_aside_on_the_one_before():
    text = ("Defense Secretary Ash Carter said the U.S. approach remained strong, but he also warned China against "
            "provocative behavior in the region.")
    quotes = quotes_in(text)
    assert find(quotes, "approach remained strong").speaker.resolved == "Ash Carter"
    assert not [q for q in quotes if "Carter said" in q.content.text]
    # An aside it is with no conjunction: "…, the company said, …".
    quote = find(quotes_in("Sales rose sharply, the company said on Tuesday."), "Sales rose")
    assert quote.cue.text == "said"


def test_a_second_cue_joined_into_the_content_ends_it_and_has_the_same_speaker():
    text = ("She escalated her criticism on Tuesday, telling CNN that Trump is a “faker” and questioning how he has "
            "“gotten away with not turning over his tax returns.”")
    quotes = quotes_in(text)
    assert find(quotes, "faker").content.text == "that Trump is a “faker"
    questioning = find(quotes, "gotten away")
    assert (questioning.cue.text, questioning.speaker.text) == ("questioning", "She")
    text = "Sanders says the obvious response was to break up fraudulent operators and says he introduced a bill."
    quotes = quotes_in(text)
    assert find(quotes, "obvious response").content.text == "the obvious response was to break up fraudulent operators"
    assert find(quotes, "introduced a bill").speaker.text == "Sanders"
    # Not a verb of another form, which the reported subject does ("will highlight … and argue"), nor one of
    # the reported clause's own form: what the lawyer said Trump did.
    text = "Tyler said that the campaign will highlight contrasts with Trump and argue that voters can trust Cruz."
    assert find(quotes_in(text), "highlight contrasts").content.text.endswith("voters can trust Cruz")
    text = "Her lawyer said Trump phoned her in 2011 and said he wanted to meet."
    assert find(quotes_in(text), "phoned her").content.text == "Trump phoned her in 2011 and said he wanted to meet"
    assert {q.speaker.text for q in quotes_in(text) if q.content.text == "he wanted to meet"} <= {"Trump"}


def test_a_question_the_parser_reads_as_an_if_clause_is_what_was_asked():
    quote = find(quotes_in("Then Mr. Rubin asked the students if they were always so serious."), "always so serious")
    assert (quote.cue.text, quote.speaker.resolved, quote.content.text) == ("asked", "Rubin", "if they were always so serious")
    # Not a condition on what was asked for.
    assert not [q for q in quotes_in("The White House will ask Congress for more money if the talks fail.")
                if q.content.text == "if the talks fail"]
    # Put by nobody named, the question is no quote of the one asked.
    quote = find(quotes_in("Asked if he was ever bullied, the candidate said no."), "ever bullied")
    assert quote.type != "speech" and quote.speaker.resolved is None


def test_a_day_after_the_cue_is_no_content():
    quote = find(quotes_in("U.S. President Donald Trump called on Friday for the firing of comedian Samantha Bee."), "firing")
    assert quote.content.text == "the firing of comedian Samantha Bee"
    assert not [q for q in quotes_in("Both Bee and the TBS cable network apologized on Thursday.") if q.content.text == "Thursday"]
    text = "Senator Elizabeth Warren called on Friday for Congress to pass a law making it clear that presidents can be indicted."
    assert find(quotes_in(text), "Congress to pass").cue.text == "called on Friday for"
    # After a day, where it was said or to whom is no content.
    assert not [q for q in quotes_in("Biden spoke on Tuesday at a news conference in Wilmington.") if "news conference" in q.content.text]


def test_a_bare_surname_is_the_one_who_acted_not_a_relative_named_in_a_phrase():
    text = ("U.S. President Donald Trump called on Friday for comedian Samantha Bee to be fired after she made a vulgar "
            "comment about his daughter and White House adviser Ivanka Trump on her program.\n\n"
            "Trump criticized ABC on Twitter. He took exception to a crude term Bee used to describe Ivanka Trump.\n\n"
            "“Why aren’t they firing no talent Samantha Bee?” Trump said on Twitter on Friday.")
    assert find(quotes_in(text), "no talent").speaker.resolved == "Donald Trump"
    # The other one named as the one who acts, in the paragraph before, is who the surname stands for.
    text = ("Hillary Clinton spoke in Ohio on Monday. Clinton said she would win.\n\n"
            "Former President Bill Clinton campaigned in Florida. Clinton said the race was close.")
    assert find(quotes_in(text), "race was close").speaker.resolved == "Bill Clinton"
    # As is one who acts there, named before the surname first stood alone.
    text = ("Former President Bill Clinton campaigned in Ohio for his wife, Hillary Clinton. Clinton spoke at a rally "
            "in Toledo.\n\nHillary Clinton leads Donald Trump by five points in the state. “We are going to win "
            "Ohio,” Clinton told supporters.")
    assert find(quotes_in(text), "win Ohio").speaker.resolved == "Hillary Clinton"


def test_a_tweets_web_addresses_are_no_name():
    text = ("Biden spoke in South Carolina.\n\n\"Let the Justice Department do its job. Period.\" Former Vice President "
            "Joe Biden says President Trump has \"weaponized\" the DOJ. #CNNTownHall https://t.co/hOfGArFyjf "
            "pic.twitter.com/Q2Evgtk59X — CNN (@CNN) February 21, 2020")
    speakers = {q.speaker.resolved for q in quotes_in(text) if "do its job" in q.content.text}
    # The tweet relays Biden's words with a cue of its own (thirty-second round): they are his, not CNN's.
    assert speakers == {"Joe Biden"}


def test_the_holder_of_one_office_is_no_anonymous_source():
    text = ("Hillary Clinton expressed regret on Saturday.\n\n"
            "The former secretary of state said she would not stop calling out bigotry.")
    assert find(quotes_in(text), "bigotry").speaker.kind == "unknown"
    for text in ("A senior official said the talks failed.", "An official of the agency said the talks failed.",
                 "A former official, who spoke on condition of anonymity, said it.\n\nThe former official said the talks failed."):
        assert find(quotes_in(text), "talks failed").speaker.kind == "anonymous", text


def test_a_speaker_phrase_the_parser_hung_inside_the_quotation_speaks():
    text = ("“We are pleased to announce that we’ve reached an agreement in principle on the 2018 Farm Bill,” a joint "
            "statement from the chairmen and ranking members of Senate and House Agriculture Committees said.")
    quote = find(quotes_in(text), "pleased to announce")
    assert quote.speaker.text.startswith("a joint statement from the chairmen")
    assert quote.content.text == "We are pleased to announce that we’ve reached an agreement in principle on the 2018 Farm Bill"


def test_a_name_with_an_age_is_a_person_wherever_it_stands():
    text = ("Chase, 57, the most-watched daily news broadcaster in the country, will moderate the first debate.\n\n"
            "Chase demanded that the candidate show evidence for a recent claim.")
    speaker = find(quotes_in(text), "show evidence").speaker
    assert (speaker.kind, speaker.resolved) == ("person", "Chase")
    # Without the age, the word the tagger reads as a company's stays one.
    text = "Chase said on Tuesday that its profits rose. Chase demanded that the regulator show evidence."
    assert find(quotes_in(text), "show evidence").speaker.kind == "organization"


def test_the_name_the_parser_made_the_root_speaks_for_the_verbs_hung_on_it():
    text = ("Trump, who has urged the NFL to suspend protesting players - who have mostly been black Americans - "
            "again called on the NFL to act, and said players should find another way to speak out.")
    speaker = find(quotes_in(text), "another way").speaker
    assert speaker.resolved == "Trump" and "called" not in speaker.text


def test_a_name_in_capitals_the_tagger_took_for_an_adverb_is_no_part_of_the_cue():
    text = "On Thursday, the payroll processor ADP reported that private employers added 195,000 jobs in August."
    assert find(quotes_in(text), "195,000 jobs").cue.text == "reported"


def test_a_label_before_a_colon_is_no_speaker():
    text = ("The big picture: Trump and his Republican allies in Congress have for years alleged that social media "
            "companies are attempting to censor Republican voices.")
    assert find(quotes_in(text), "censor").speaker.text == "Trump and his Republican allies in Congress"


def test_a_dateline_closed_up_to_its_em_dash_is_no_content():
    text = "WASHINGTON—President Donald Trump is open to waiting until later this year, White House officials said."
    assert find(quotes_in(text), "open to waiting").content.text.startswith("President Donald Trump")


def test_a_name_in_a_relative_clause_on_another_is_not_whom_the_next_he_stands_for():
    text = ("The repeal bill would not apply to Michael Addison, who killed Manchester officer Michael Briggs.\n\n"
            "Six Republicans voted to keep it. The latter included Lou Dallesandro, who represents the district in "
            "which Briggs was killed. He urged his colleagues to remember law enforcement officers.")
    assert find(quotes_in(text), "remember law enforcement").speaker.resolved == "Lou Dallesandro"
    # Who acts in the clause stays a candidate.
    text = "The chamber honored Officer Michael Briggs, who was killed by Michael Addison in 2006. He told reporters he was sorry."
    assert find(quotes_in(text), "was sorry").speaker.resolved == "Michael Addison"


def test_an_as_clause_in_the_past_attributes_the_clause_after_it():
    text = "As Clinton told the New York Daily News, tax relief is given in exchange for creating jobs."
    quote = find(quotes_in(text), "tax relief")
    assert (quote.cue.text, quote.speaker.resolved, quote.content.text) == (
        "told", "Clinton", "tax relief is given in exchange for creating jobs")
    # Also where the parser keeps the comma in the clause, and by a passive's agent.
    quote = find(quotes_in("As Breitbart News reported, even on Friday morning, the White House was refusing to call it terrorism."), "refusing")
    assert (quote.cue.text, quote.speaker.text) == ("reported", "Breitbart News")
    quote = find(quotes_in("As reported by Western Journalism, the former secretary of state was made aware of it."), "made aware")
    assert quote.speaker.text == "Western Journalism"
    # Not a time, nor a broadcast handing over to its reporter, nor the writer's own "as noted above".
    for text in ("As the storm approached, the mayor closed the schools.", "As she told the story, her voice broke.",
                 "As he testified, his wife looked on from the gallery.", "As noted above, the figures are preliminary.",
                 "As NPR's Anthony Kuhn reports, the founder is now apologizing."):
        assert not [q for q in quotes_in(text) if q.content.text.startswith(("the mayor", "her voice", "his wife", "the figures", "the founder"))], text


def test_who_a_passive_is_about_speaks_in_the_verb_joined_to_it():
    text = ("(Trump Jr. was emailed an offer of “information that would incriminate Hillary,” and responded in part, "
            "“If it’s what you say I love it.”)")
    quote = find(quotes_in(text), "I love it")
    assert (quote.speaker.resolved, quote.content.text) == ("Trump Jr", "If it’s what you say I love it")
    # The quotation ends at its closing mark.
    text = "He responded in part, “If it’s what you say I love it,” before adding that he would call back."
    assert find(quotes_in(text), "I love it").content.text == "If it’s what you say I love it"
    # Not a noun joined to the passive's object that the parser ran the conjunct's subject into.
    quote = find(quotes_in("Smith was charged with murder and prosecutors said he would be held without bail."), "without bail")
    assert quote.speaker.resolved != "Smith"
    text = ("When Trump was quoted as speaking of some African nations as “shithole nations,” saying Haitians “all have "
            "AIDS” and describing Norwegian newcomers as desirable, many of his supporters felt embarrassed.")
    assert find(quotes_in(text), "Norwegian newcomers").speaker.resolved == "Trump"
    # A price quoted is nobody's words.
    assert not quotes_in("Gold was quoted at $1,900 an ounce.")
