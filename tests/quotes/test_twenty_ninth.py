"""Faults from PolNeAR train's speaker errors and error classes (issue #12's twenty-ninth round)."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_relative_pronoun_the_parser_hung_on_the_cue_opens_the_content():
    text = "He criticized his opponents for their animosity toward the department, which he argued seeks to restore equity."
    quote = find(quotes_in(text), "restore equity")
    assert (quote.content.text, quote.speaker.text) == ("which … seeks to restore equity", "he")
    # Where the parser puts it in the reported clause, the same two pieces as before.
    text = "The policy changes, which officials said will go into effect in the next few months, will not apply to them."
    assert find(quotes_in(text), "go into effect").content.text == "which … will go into effect in the next few months"


def test_what_a_relative_pronoun_is_described_as_is_content():
    text = 'Officers marched with the protesters, whom he described as "peaceful," for the rest of the day.'
    quote = find(quotes_in(text), "peaceful")
    assert (quote.cue.text, quote.content.text) == ("described", 'whom … as "peaceful')
    text = "Will called on Republicans to back Chris Christie, whom he describes as having a prosecutor's bearing."
    assert find(quotes_in(text), "bearing").content.text == "whom … as having a prosecutor's bearing"
    text = ("Martin had denounced the annexation in an on-air diatribe, which RT pointed to as an example of its "
            "openness to opposing viewpoints.")
    assert find(quotes_in(text), "openness").content.text == "which … as an example of its openness to opposing viewpoints"
    # Not a role or a time: "as governor", "as a child".
    for text in ("The letter, which he wrote as governor, was published on Monday.",
                 "The books, which she read as a child, shaped her."):
        assert not [q for q in quotes_in(text) if " as " in q.content.text], text


def test_a_pronoun_carrying_the_topic_keeps_it_past_a_side_clause():
    text = ("Juanita Broaddrick recounted the incident on a radio show. She has gone public with her story again as "
            "Clinton has emerged to play a role in the campaign of his wife, Hillary Clinton, as she pursues the "
            "Democratic nomination for president.\n\n"
            "On Sunday, she disclosed for the first time that Bill Clinton had called her.")
    assert find(quotes_in(text), "called her").speaker.resolved == "Juanita Broaddrick"
    # Not after a clause that moves on to its own subject: "until Trump reached …, he said" is Trump.
    text = ("Donald Trump spoke for an hour. Kevin Ryan said yes, over and over again, until Trump reached the final "
            "three words of his speech.\n\n“I love you,” he said.")
    assert find(quotes_in(text), "I love you").speaker.resolved == "Donald Trump"
    # Nor after a name as the main subject, where the side clause's subject is as often the next speaker.
    text = ("Joe Biden watched from the front row as Barack Obama took the stage in Philadelphia.\n\n"
            "“It is good to be back,” he said.")
    assert find(quotes_in(text), "good to be back").speaker.resolved == "Barack Obama"


def test_the_subject_of_a_that_clause_the_parser_made_adverbial_is_no_antecedent():
    text = ("Joe Madison, a talk radio host, recalled in 2008 that before Iowa, Obama wasn’t treated as credibly by "
            "his listeners.\n\n“I’m certain that’s how folks looked at it,” he said.")
    assert find(quotes_in(text), "how folks looked").speaker.resolved == "Joe Madison"
    # Not a purpose: "so that".
    text = "Mike Pence stepped aside so that Donald Trump could address the crowd.\n\n“We will never concede,” he said."
    assert find(quotes_in(text), "never concede").speaker.resolved == "Donald Trump"


def test_a_speaker_between_two_pieces_of_a_quotation():
    text = ('"The risk," said Edward Leamer, an economist who is the director of the UCLA Anderson Forecast, '
            '"is that we\'re going to be attracting workers and repelling jobs."')
    quote = find(quotes_in(text), "attracting workers")
    assert quote.speaker.resolved == "Edward Leamer"
    assert quote.content.text == "The risk … is that we're going to be attracting workers and repelling jobs"


def test_a_name_after_a_title_and_the_closing_mark_speaks_past_an_aside_with_quotation_marks():
    text = ("“We’ve had more successful conventions than this one,” Texas delegate Bill Eastland, wearing a cowboy hat "
            "and “Ted Cruz” campaign pins, said matter-of-factly as confetti fluttered down around him.")
    assert find(quotes_in(text), "successful conventions").speaker.resolved == "Bill Eastland"
    # A nested quotation's closing mark after a comma is not the quotation's.
    text = "“They kept chanting, ‘Lock her up,’ for an hour,” Jones, 54, a retired steelworker from Ohio, said."
    assert find(quotes_in(text), "Lock her up").speaker.resolved == "Jones"


def test_a_participle_the_parser_made_the_root_lends_its_subject_to_the_cue():
    text = ("But Sen. Richard J. Durbin (D-Ill.), noting the size of Sanders's following, said, \"Let me tell you, "
            "he's got a heck of an email list.\"")
    assert find(quotes_in(text), "email list").speaker.resolved == "Richard J. Durbin"


def test_a_name_after_a_fronted_phrase_speaks():
    text = "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said that he spoke with Mr. Sanders."
    assert find(quotes_in(text), "spoke with").speaker.resolved == "Harry Reid"
    text = "As a part of his plea, Marcel Lehel Lazar, 44, said that he victimized nearly 100 Americans."
    assert find(quotes_in(text), "victimized").speaker.resolved == "Marcel Lehel Lazar"
    text = ("Though it costs new members $70,000 to sign up, Jay DiPietro, the club's 78-year-old president and general "
            "manager, suggested that the troubles were overstated.")
    assert find(quotes_in(text), "overstated").speaker.resolved == "Jay DiPietro"
    # Not one of several people listed, nor one apposed to a relation named in the fronted phrase.
    text = "In a statement to Reuters, Jones, Smith and Brown, officials of the union, said the talks failed."
    assert find(quotes_in(text), "talks failed").speaker.resolved != "Jones"
    for text in ("After the death of his son, Tom, the senator, 62, said that he would retire.",
                 "Flanked by his lawyer, Mark Geragos, the singer said that he was innocent.",
                 "Unlike his rival, Hillary Clinton, the Republican nominee, 70, said he would not release the records."):
        assert find(quotes_in(text), "he ").speaker.resolved is None, text


def test_a_pronoun_is_not_the_person_named_in_what_its_verb_reports_nor_the_one_its_clause_is_on():
    text = ("Donald Trump has criticized the judge. The federal judge Trump was referring to is Gonzalo Curiel, who was "
            "born and raised in Indiana.\n\nHe insisted Gonzalo Curiel had “an inherent conflict of interest” in the case.")
    assert find(quotes_in(text), "inherent conflict").speaker.resolved == "Donald Trump"
    # A bare surname there may be a relative's.
    text = "Jill Biden campaigned in Iowa on Tuesday.\n\nShe said Biden would “restore the soul of the nation.”"
    assert find(quotes_in(text), "restore the soul").speaker.resolved == "Jill Biden"
    text = ("Donald Trump skipped the debate on Thursday. His beef with Fox News was aimed at co-moderator Megyn Kelly, "
            "who he claims has been unfair to him.")
    assert find(quotes_in(text), "unfair to him").speaker.resolved == "Donald Trump"
    # Only the reported clause's subject itself: a name that merely owns it may be the pronoun's.
    text = "Tom Smith met voters in Ohio on Monday.\n\nHe said Smith's rival would lose the primary."
    assert find(quotes_in(text), "would lose").speaker.resolved == "Tom Smith"


def test_a_speaker_after_a_rank_is_the_name_not_the_rank():
    text = "The campaign is going well, said Pentagon spokesman Navy Capt. Jeff Davis."
    assert find(quotes_in(text), "going well").speaker.resolved == "Jeff Davis"
    text = "“I really don’t understand how a better candidate didn’t jump in,” said Air Force 1st Lt. Tyler Livingston."
    assert find(quotes_in(text), "better candidate").speaker.resolved == "Tyler Livingston"
    # A name opening with a stop word, which the parser gives a subject of its own beside the rank.
    assert find(quotes_in('"We are ready," said Capt. Will Smith of the Navy.'), "ready").speaker.resolved == "Will Smith"
