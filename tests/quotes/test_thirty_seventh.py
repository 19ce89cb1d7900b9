"""Faults read in tune-site news (issue #12's thirty-seventh round)."""

from __future__ import annotations

from newsprobe.quotes import quotes_in as quotes_of_text
from newsprobe.text import ArticleText

from .finding import find, quotes_in


def test_an_editors_brackets_inside_a_quotation_end_no_sentence():
    text = ("Carol Friendly, 67, an Oregon Republican, voted for Hillary Clinton.\n\n"
            "On the other hand, she says, \"I know it put 22 million [people] in the health care system that weren't "
            "there before. So that's a plus.\"")
    quote = find(quotes_in(text), "22 million")
    assert quote.content.text.endswith("So that's a plus") and "[people] in the health care system" in quote.content.text
    assert quote.direct and quote.speaker.resolved == "Carol Friendly"
    # A bracketed insertion after a sentence's stop, or one that opens a line, is left to the parser.
    text = "The vote was close. [Update: The count has since been certified.] Officials said the result would stand."
    assert find(quotes_in(text), "the result would stand").content.text == "the result would stand"


def test_a_quotation_before_a_clause_on_its_own_words_is_the_later_speakers():
    text = ("\"I didn't like that it mandated people to carry health insurance. And I thought it was just a lie\" when "
            "it promised affordability, says Amber Alexander, 27, a Pennsylvania independent.")
    quote = find(quotes_in(text), "mandated people")
    assert quote.cue.text == "says" and quote.speaker.resolved == "Amber Alexander" and quote.direct
    assert quote.content.text.startswith("I didn't like") and quote.content.text.endswith("promised affordability")
    assert not [q for q in quotes_in(text) if q.cue.text == "promised"]
    # A participle after the quotation is still a cue of its own, and a clause before the quotation too.
    text = ("Speaking earlier Tuesday in Florida, Trump insisted that he has “expanded the Republican party,” claiming "
            "that he is responsible for higher voter turnout in the primary states.\n\n"
            "Steve Adler said the Trump campaign has yet to follow up, though he contended his firm’s services “would be "
            "the perfect system for [Trump] on many levels.”")
    claiming = [q for q in quotes_in(text) if q.cue.text == "claiming"]
    assert claiming and claiming[0].content.text.startswith("that he is responsible")
    # The quotation is what he insisted, the participle after its closing mark no part of it (round 39).
    assert find(quotes_in(text), "expanded the Republican party").content.text.endswith("“expanded the Republican party")
    assert find(quotes_in(text), "perfect system").cue.text == "contended"


def test_a_pronoun_is_not_the_person_its_own_clause_names_when_a_later_full_name_shares_the_surname():
    text = ("Mitt Romney responded Thursday to a barrage of Twitter insults from Donald Trump.\n\n"
            "Lightweight losing candidate Mitt Romney asks about my tax returns. Posted by Donald J. Trump on Thursday.\n\n"
            "He labeled Romney \"one of the dumbest and worst candidates in the history of Republican politics\" in a "
            "tweet.\n\n"
            "\"@ahernandez85a: Mr Tough Guy Romney should be backing Trump\" — Donald J. Trump (@realDonaldTrump) "
            "February 25, 2016")
    quote = find(quotes_in(text), "one of the dumbest")
    assert quote.speaker.text == "He" and quote.speaker.resolved == "Donald J. Trump"


def test_a_lead_in_to_an_embedded_tweet_makes_no_second_quote():
    text = ("He has been more voluble in his personal responses to Romney, though. Trump tweeted:\n\n"
            "Mitt Romney,who totally blew an election that should have been won and whose tax returns made him look "
            "like a fool, is now playing tough guy — Donald J. Trump (@realDonaldTrump) February 24, 2016\n\n"
            "And he's been on a roll since that first tweet.")
    quotes = [q for q in quotes_in(text) if "tough guy" in q.content.text]
    assert len(quotes) == 1 and quotes[0].speaker.resolved == "Donald J. Trump"
    assert quotes[0].content.text.endswith("playing tough guy")
    # A lead-in to a paragraph with no byline still takes it.
    text = "The governor added:\n\nIt's typical of what we have seen from this administration for four years."
    assert find(quotes_in(text), "typical of what").cue.text == "added"


def test_a_cue_set_off_by_commas_that_the_parser_hung_on_the_next_verb_reports_the_whole_sentence():
    text = ("After Hillary Clinton called Trump to concede the election, he told supporters, he offered her his "
            "congratulations to her for \"a very, very hard-fought campaign.\"")
    quote = find(quotes_in(text), "hard-fought campaign")
    assert quote.cue.text == "told"
    assert quote.content.text.startswith("After Hillary Clinton called Trump") and "he offered her" in quote.content.text
    assert not [q for q in quotes_in(text) if q.cue.text == "offered"]
    # A cue with a topic of its own between commas is what the outer cue reports.
    text = ("In a letter sent last week, followed by a meeting among White House officials and members of the press, "
            "the media groups complained about restrictions that have been placed on photographers, the Los Angeles "
            "Times reported.")
    quote = find(quotes_in(text), "complained about restrictions")
    assert quote.cue.text == "reported" and quote.speaker.resolved == "Los Angeles Times"


MATTIS = (
    "“Donald Trump is the first president in my lifetime who does not try to unite the American people. Instead, he "
    "tries to divide us,” Mattis writes.\n\n"
    "He goes on to contrast the American ethos of unity with Nazi ideology.\n\n"
    "Mattis’s dissatisfaction with Trump was no secret inside the Pentagon. But after his resignation, he argued "
    "publicly that it would be inappropriate for a former general to criticize a sitting president. Doing so, he "
    "said, would threaten the apolitical nature of the military."
)


def test_a_surname_only_the_headline_gives_in_full_is_that_persons():
    quotes = quotes_of_text(ArticleText.from_string(
        MATTIS, title="James Mattis Denounces President Trump, Describes Him as a Threat to the Constitution"))
    quote = find(quotes, "first president in my lifetime")
    assert quote.speaker.kind == "person" and quote.speaker.resolved == "James Mattis"
    assert find(quotes, "apolitical nature").speaker.resolved == "James Mattis"
    # Without the headline nobody gives the surname a first name.
    quote = find(quotes_in(MATTIS), "first president in my lifetime")
    assert quote.speaker.resolved != "James Mattis"


def test_the_owner_of_the_main_subject_is_whom_a_later_pronoun_stands_for():
    text = ("Jim Mattis, the former defense secretary, spoke at the academy.\n\n"
            "Mattis’s dissatisfaction with Donald Trump was no secret inside the Pentagon. But after his resignation, he "
            "argued that it would be inappropriate to criticize a sitting president.")
    assert find(quotes_in(text), "inappropriate to criticize").speaker.resolved == "Jim Mattis"


def test_a_naming_participle_after_a_comma_is_no_attribution():
    text = ("\"There are a number of ways chronic stress can kill you,\" says Aldwin. That includes increased levels of "
            "cortisol, often referred to as the stress hormone.\n\n"
            "He referred to Clinton as a liar at the rally.")
    assert not [q for q in quotes_in(text) if "cortisol" in q.content.text or "includes" in q.content.text]
    assert find(quotes_in(text), "Clinton as a liar").speaker.text == "He"
    # A verb that judges, joined to the clause before, is the subject's (PolNeAR train).
    text = "Many whites, who were insured at a higher rate, saw the program as detrimental to their interests."
    assert find(quotes_in(text), "detrimental").speaker.text.startswith("Many whites")


def test_a_commanders_abbreviated_rank_ends_no_sentence():
    text = ("Annapolis officials appointed an officer to conduct an internal investigation, Annapolis spokeswoman Cdr. "
            "Alana Garas said.")
    assert find(quotes_in(text), "internal investigation").speaker.resolved == "Alana Garas"


def test_an_embedded_tweets_signature_is_no_part_of_its_words():
    text = ("\"I won't stop calling out bigotry and racist rhetoric in this campaign.\" —Hillary "
            "pic.twitter.com/C3Z7GybJ53 — Hillary Clinton (@HillaryClinton) September 10, 2016")
    quote = find(quotes_in(text), "bigotry")
    assert quote.speaker.resolved == "Hillary Clinton"
    assert quote.content.text == "I won't stop calling out bigotry and racist rhetoric in this campaign"


def test_how_long_somebody_spoke_is_nothing_said():
    text = ("Verified users were blocked from tweeting for about an hour. The senator spoke for 90 minutes on Tuesday.\n\n"
            "Activists called for a boycott.")
    assert [q.content.text for q in quotes_in(text)] == ["a boycott"]
    # A topic after how long is what was said, the duration the cue's, as PolNeAR marks it.
    quote = find(quotes_in("Donald Trump has been bragging for a year about how cheaply he was running his campaign."),
                 "how cheaply")
    assert quote.cue.text.endswith("bragging for a year about") and quote.content.text.startswith("how cheaply")


def test_an_abbreviated_title_before_a_name_read_as_a_works_title_is_no_part_of_the_name():
    text = ("\"The Board determined that a change in leadership was necessary to restore confidence in the company,\" CFO "
            "Greg Smith, who became interim CEO, said in a statement.")
    quote = find(quotes_in(text), "change in leadership")
    assert quote.speaker.kind == "person" and quote.speaker.resolved == "Greg Smith"


def test_words_the_parser_hangs_on_a_parenthetical_cue_after_its_closing_comma_are_the_content():
    text = "But the final day of early voting Friday was, Ralston writes, “cataclysmic” for Republicans."
    quote = find(quotes_in(text), "final day")
    assert quote.cue.text == "writes" and quote.content.text.endswith("for Republicans")
    assert quote.content.text.startswith("the final day of early voting Friday was")


def test_a_conjunction_before_the_next_speakers_clause_is_no_part_of_the_content():
    text = ("The Department of Health and Human Services has said that it strongly disagrees with the claims in Bright's "
            "complaint and Secretary Azar said, \"his allegations do not hold water.\"")
    assert find(quotes_in(text), "strongly disagrees").content.text.endswith("Bright's complaint")


def test_it_before_an_adjective_and_a_cue_is_nobody():
    text = ("It is also important to acknowledge that I believe Mueller’s indictment is probably correct in its "
            "particulars. It is fair to say the plan failed.\n\n"
            "The company said it is ready to announce layoffs.")
    assert [q.cue.text for q in quotes_in(text) if not q.nested] == ["said"]


def test_a_day_right_after_the_cue_is_the_cues():
    text = "Boeing ousted CEO Dennis Muilenburg, saying Monday it replaced him with the company's chairman."
    quote = find(quotes_in(text), "replaced him")
    assert quote.cue.text == "saying Monday" and quote.content.text.startswith("it replaced him")


def test_a_pronoun_in_a_clause_fronted_before_the_main_clause_stands_for_its_named_subject():
    text = ("White House spokesman Hogan Gidley said the matter was closed.\n\n"
            "A day before he announced Bolton had been bounced, Donald Trump blasted the news media.")
    assert find(quotes_in(text), "Bolton had been bounced").speaker.resolved == "Donald Trump"
    # Not where somebody is named before the pronoun in its sentence.
    text = ("Mitt Romney spoke first.\n\n"
            "After Barack Obama met John Smith, he said the talks went well.")
    assert find(quotes_in(text), "the talks went well").speaker.resolved != "John Smith"


def test_whoever_questions_in_a_participle_that_opens_the_sentence_is_not_who_answers():
    text = ("Todd Akin told supporters he would stay in the race.\n\n"
            "Pressed about his staying power by “Good Morning America”‘s George Stephanopoulos, he conceded, “I’m never "
            "going to say everything that can possibly happen.”")
    assert find(quotes_in(text), "never going to say").speaker.resolved == "Todd Akin"


def test_a_particle_surname_capitalised_at_a_sentence_start_is_the_full_name():
    text = ("Mayor Bill de Blasio said he would monitor the impact of the protests.\n\n"
            "“We’re all mindful we had a very unique situation with the protests,” De Blasio said on Wednesday.")
    assert find(quotes_in(text), "very unique situation").speaker.resolved == "Bill de Blasio"


def test_a_surname_after_a_preposition_is_whom_the_next_sentences_pronoun_stands_for():
    text = ("Senator Claire McCaskill faces Josh Hawley in November.\n\n"
            "\"It will be close,\" said Kyle Kondik, a political analyst at the Center for Politics.\n\n"
            "That could spell trouble for Hawley. He has said he wants to protect people with pre-existing conditions.")
    assert find(quotes_in(text), "wants to protect").speaker.resolved == "Josh Hawley"
    # Not who is named in the words a closing cue reports.
    text = ("Bobby Scott is the ranking Democrat on the committee.\n\n"
            "\"We need people of substance,\" said Cornell William Brooks, president of the NAACP.\n\n"
            "People like Scott, he said.")
    assert find(quotes_in(text), "People like Scott").speaker.resolved == "Cornell William Brooks"


def test_a_clause_before_a_closing_cue_is_no_aside_of_a_cue_inside_it():
    # The first review's probes of the thirty-seventh round: the closing cue reports the clause before it.
    for text, cue in (("On Monday, the company announced layoffs, a spokesperson said.", "said"),
                      ("In 2019, Smith warned her superiors, the report said.", "said"),
                      ("In March, the premier denied the allegations, the Globe and Mail reported.", "reported"),
                      ("On Friday, Ottawa announced new sanctions against Russia, a senior official told Reuters.", "told")):
        quote = next((q for q in quotes_in(text) if q.cue.text == cue), None)
        assert quote is not None and quote.content.text.startswith(("On ", "In ")), text


def test_what_is_no_quotation_near_brackets_and_quote_marks_stays_with_the_parser():
    text = "Police say a man was arrested Tuesday [Photo: CBC] Investigators said the suspect had fled."
    assert find(quotes_in(text), "a man was arrested").content.text == "a man was arrested Tuesday"
    text = "The motion was tabled by NDP MP Charlie Angus \"This is about accountability,\" Angus said."
    quote = find(quotes_in(text), "about accountability")
    assert quote.direct and quote.content.text == "This is about accountability"
    text = "The team is ready, the coach said, confident that his players will deliver on Sunday."
    assert find(quotes_in(text), "The team is ready").content.text == "The team is ready"


def test_a_descriptor_before_a_name_of_several_words_makes_it_an_organisation():
    text = ("Nonprofit watchdog group Public Citizen later filed suit, urging the court to \"bar Trump from using the "
            "declaration.\"\n\nIt's too early to tell if the shift will do any lasting damage.")
    quote = find(quotes_in(text), "bar Trump")
    assert quote.speaker.kind == "organization" and quote.speaker.resolved == "Public Citizen"
    assert not [q for q in quotes_in(text) if "lasting damage" in q.content.text]


def test_headline_names_the_second_review_probed():
    def resolved(body, title, piece):
        return find(quotes_of_text(ArticleText.from_string(body, title=title)), piece).speaker.resolved

    # A company that speaks of itself as "it" is no headline person of its name.
    assert resolved("Ford said Tuesday it would cut 3,000 jobs in Ontario.", "Doug Ford Says Ontario Will Fight Auto Job "
                    "Cuts", "3,000 jobs") != "Doug Ford"
    # A word title case runs into the name is no part of it; two headline names sharing a surname give it neither.
    assert resolved("Yellen said the economy needed help.", "Biden Taps Janet Yellen As Treasury Secretary",
                    "economy needed help") == "Janet Yellen"
    assert resolved("Obama said the election mattered.", "Barack Obama And Michelle Obama Campaign In Ohio",
                    "election mattered") not in ("Barack Obama", "Michelle Obama")


def test_the_owner_of_a_subject_mid_paragraph_takes_no_topic_from_the_subject_before():
    text = ("Lindsey Graham spoke on the Senate floor on Tuesday. Donald Trump's nominee faces a tough confirmation vote. "
            "He said the vote would be close.")
    assert find(quotes_in(text), "the vote would be close").speaker.resolved == "Lindsey Graham"


def test_what_was_called_for_and_a_verb_with_an_object_in_a_series_stay_attributions():
    quote = find(quotes_in("Union leaders called for a national day of action against the back-to-work legislation."),
                 "day of action")
    assert quote.cue.text == "called for"
    text = "Poilievre spoke to reporters in Ottawa, described the tax as a scam and vowed to scrap it."
    assert find(quotes_in(text), "the tax as a scam").cue.text == "described"


def test_the_subject_of_what_a_closing_cue_reports_may_be_its_speaker():
    text = ("Adam Hergenreder, 18, of Gurnee, cannot breathe without oxygen tubes.\n\n"
            "“I’m glad I could be an example,” Hergenreder said Tuesday.\n\n"
            "Hergenreder started out using about one and a half Juul pods per day, he told WLS-TV.")
    assert find(quotes_in(text), "Juul pods").speaker.resolved == "Adam Hergenreder"


def test_a_content_the_parser_cut_at_a_conjunction_goes_on():
    text = ("Mr. Kristol and other Trump critics said they were unsure how long the moment of leadership or the policy "
            "behind it would last, given Mr. Trump’s record of inconsistency.")
    assert find(quotes_in(text), "unsure how long").content.text.endswith("record of inconsistency")
