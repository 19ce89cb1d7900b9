"""Faults from tune-site readings of real news (issue #12's twenty-seventh round): ages read as titles or
organisations, speakers of participles the parser hung elsewhere, and quotations whose content ran on past
their closing mark or began before their opening one."""

from __future__ import annotations

from newsprobe import analyze
from newsprobe.quotes.analyzer import _title
from newsprobe.readers import from_text

from .finding import find, quotes_in


def test_a_name_with_an_age_is_a_person_and_the_age_no_title():
    quote = find(quotes_in("Smith, 45, said the police had arrived late."), "arrived late")
    assert (quote.speaker.kind, quote.speaker.resolved, quote.speaker.title) == ("person", "Smith", None)
    assert _title("Brown, 38, a former city employee", "Brown") == "a former city employee"
    assert _title("Jones, 22, who was injured in the crash", "Jones") is None
    assert _title("Jane Porter, the club’s chairwoman", "Jane Porter") == "the club’s chairwoman"


def test_the_noun_with_takes_before_a_participle_speaks():
    text = ("The day began with Minneapolis police chief Medaria Arradondo telling reporters that the FBI had opened "
            "an inquiry.")
    assert find(quotes_in(text), "opened an inquiry").speaker.resolved == "Medaria Arradondo"
    # Not a noun set off from the participle by a comma, nor a common noun: the main clause's subject speaks.
    for text in ("Sen. John Smith ended the call with a joke, telling reporters that he would win.",
                 "Sen. John Smith reacted with fury saying that he would win."):
        assert find(quotes_in(text), "would win").speaker.resolved == "John Smith", text


def test_a_perfect_participle_speaks_through_the_main_clause():
    text = ("Having warned that Britain leaving the EU was a catastrophe, George Soros admitted that Britain may be "
            "better off.")
    assert find(quotes_in(text), "catastrophe").speaker.resolved == "George Soros"
    # Not a perfect passive: the one told is no speaker.
    quote = find(quotes_in("Having been told by doctors that he had cancer, John Smith said he would retire."), "had cancer")
    assert quote.speaker.resolved != "John Smith"


def test_a_relative_clause_on_the_role_of_a_person_is_not_the_persons():
    text = ("“There’s a lot of opportunity out there right now,” said Charmaine Yoest, president of Americans United "
            "for Life, which writes antiabortion legislation.")
    speaker = find(quotes_in(text), "opportunity").speaker
    assert (speaker.kind, speaker.resolved) == ("person", "Charmaine Yoest")
    speaker = find(quotes_in("Politico, which first reported his departure, said the talks had failed."), "talks").speaker
    assert speaker.kind == "organization"


def test_the_writers_scene_after_a_quotation_is_no_content():
    text = ("Floyd can be heard moaning while he pleads, “Please, I can’t breathe, please, man,” as bystanders gather "
            "around, growing increasingly agitated.")
    assert find(quotes_in(text), "breathe").content.text == "Please, I can’t breathe, please, man"
    # Not a clause that bounds what was said, after a quotation with no comma.
    text = "The mayor promised “nobody will be evicted” while the moratorium is in place."
    assert find(quotes_in(text), "evicted").content.text.endswith("in place")


def test_a_transcripts_sound_is_no_cue():
    text = ("[screaming] In response, the U.S. debated airstrikes, but they were avoided when Syria agreed to give up "
            "its chemical weapons. But a new threat was also emerging — ISIS.")
    assert not [q for q in quotes_in(text) if q.cue.text == "screaming"]


def test_a_quotation_right_before_its_cue_is_what_was_said_not_the_lead_in():
    text = ("Mr. Trump also reiterated on Wednesday that he wouldn’t sign an immigration deal that didn’t include funding "
            "for a border wall: “It’s got to include the wall,” he said.")
    assert find(quotes_in(text), "include the wall").content.text == "It’s got to include the wall"


def test_a_section_label_before_a_cued_quote_is_no_attribution():
    text = ("He pays his staff more than any other campaign, according to a campaign official.\n\n"
            "What they're saying: \"He’s building his own infrastructure,\" said a Bloomberg campaign aide.")
    quotes = [q for q in quotes_in(text) if "infrastructure" in q.content.text]
    assert [(q.cue.text, q.content.text) for q in quotes] == [("said", "He’s building his own infrastructure")]
    # A label with no cue after it is the attribution.
    quote = find(quotes_in("Mr. Smith spoke on Monday.\n\nWhat he's saying: “We will win.”"), "We will win")
    assert quote.speaker.resolved == "Smith"


def test_a_tweets_signature_is_the_full_name_the_tagger_read_as_a_title():
    text = ("The headline first gained widespread attention when it was tweeted by the prominent statistician Nate Silver:"
            "\n\nNot sure \"TRUMP URGES UNITY VS. RACISM\" is how I would have framed the story. pic.twitter.com/quOibXsp32 "
            "— Nate Silver (@NateSilver538) August 6, 2019")
    speaker = find(quotes_in(text), "framed the story").speaker
    assert (speaker.resolved, speaker.title) == ("Nate Silver", None)


def test_the_last_word_of_an_organisations_name_after_the_is_that_organisation():
    text = ("The Christian Science Monitor reports that the threat is real.\n\n"
            "The closures were taken out of caution, the Monitor adds.")
    speaker = find(quotes_in(text), "closures").speaker
    assert (speaker.kind, speaker.resolved) == ("organization", "The Christian Science Monitor")
    # Not an organisation whose name ends so too, nor another word than a newspaper's, nor a person's surname
    # the article writes without "the".
    text = "The New York Fed released its survey.\n\nThe Fed said it would keep rates unchanged."
    assert find(quotes_in(text), "rates unchanged").speaker.resolved != "The New York Fed"
    text = "The Defense Department has transferred the money.\n\nThe Justice Department welcomed the decision, saying it was right."
    assert find(quotes_in(text), "was right").speaker.resolved == "The Justice Department"
    text = "The Smith Foundation gave money. Smith said the gift was generous."
    assert find(quotes_in(text), "generous").speaker.kind == "person"


def test_a_participle_with_a_prepositional_object_is_no_aside():
    text = ("Romney has been sensitive to the ravages caused by the superstorm, collecting donated food in Ohio on "
            "Tuesday, calling for donations to the American Red Cross and sending out messages of sympathy.")
    quote = next(q for q in quotes_in(text) if q.cue.text == "calling for")
    assert quote.content.text == "donations to the American Red Cross"


def test_a_participle_on_a_cue_that_names_the_topic_is_listed_once_and_one_that_says_something_stays():
    report = analyze(from_text("“We will win,” the senator said, referring to the election in November.", title="Vote"))
    assert [q.cue.text for q in report.quotes] == ["said"]
    text = "Warning of a downturn that could cost millions of jobs, the IMF said governments should act quickly."
    assert "Warning of" in [q.cue.text for q in analyze(from_text(text, title="IMF")).quotes]


def test_the_president_is_not_an_organisations_or_another_countrys_before_the_one_titled_plainly():
    text = ("President Trump is inviting Russian President Vladimir Putin to come to Washington.\n\n"
            "\"There's a real disconnect,\" said Richard Fontaine, president of the Center for a New American Security.\n\n"
            "The Washington Post reported Trump was irritated. The president was also reportedly reluctant to send weapons, "
            "arguing again that Europe should take the lead.")
    assert find(quotes_in(text), "take the lead").speaker.resolved == "Trump"
    # Not where the organisation's or the country's president was mentioned after him.
    text = ("President Biden called French President Emmanuel Macron on Monday.\n\nMacron has faced weeks of protests "
            "over his pension reform.\n\nThe president said he would not back down.")
    assert find(quotes_in(text), "back down").speaker.resolved == "Emmanuel Macron"
    # With nobody else titled so, the organisation's or the country's president.
    text = "Richard Fontaine, president of the Center for a New American Security, spoke first. The president said it would grow."
    assert find(quotes_in(text), "would grow").speaker.resolved == "Richard Fontaine"
    text = "Russian President Vladimir Putin met reporters. The president said the talks went well."
    assert find(quotes_in(text), "went well").speaker.resolved == "Vladimir Putin"


def test_a_company_the_tagger_reads_as_a_person_is_an_organisation():
    for text in ("Facebook said it would remove the posts.",
                 "Twitter has locked Malkin out of her account. Twitter says it is a violation of the platform’s policy."):
        speaker = quotes_in(text)[-1].speaker
        assert (speaker.kind, speaker.resolved) == ("organization", text.split()[0]), text


def test_a_reflexive_after_a_name_is_no_title():
    assert _title("Obama himself", "Obama") is None
    assert _title("Senator Obama", "Obama") == "Senator"


def test_the_speakers_own_words_are_not_the_speaker():
    text = ("“The nature of this problem is not one that a U.S. military can solve,” he said. “We can assist ... but we "
            "can't do it for them,” adding that the situation was “a long-term project.”")
    assert find(quotes_in(text), "long-term project").speaker.kind != "author"
    # The name between the closing mark and the cue speaks where the parser took the quotation's "We".
    text = ("The U.S. Department of Justice is investigating the shooting.\n“I will just make this promise to you: We "
            "will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday.")
    assert find(quotes_in(text), "achieve justice").speaker.resolved == "Chuck Jordan"
    # Nor where the closing mark closes a quotation opened after the name, in a paragraph a block quote's
    # unclosed mark opens.
    text = ("From Josh Feldman writing at Mediaite:\n\n\"Pastor Darrell Scott defended Trump’s “Look at my African-"
            "American over here!” line by saying it was a “term of endearment.”")
    assert find(quotes_in(text), "term of endearment").speaker.resolved == "Darrell Scott"
    # A scare-quoted name speaks, also opening the sentence.
    for text in ("The so-called “Squad” said the plan would fail.", "“The Squad” said the plan would fail."):
        assert find(quotes_in(text), "plan would fail").speaker.resolved == "Squad", text


def test_a_titled_name_the_tagger_reads_as_a_verb_speaks():
    text = "President Trump spoke on Monday. Trump himself says it all the time."
    assert find(quotes_in(text), "all the time").speaker.resolved == "Trump"


def test_the_former_vice_president_is_not_a_former_president():
    text = ("Presumptive Democratic nominee Joe Biden later admitted that he had spoken to former President Barack Obama "
            "about his potential picks. The former vice president said he would be choosing from a large group.")
    assert find(quotes_in(text), "large group").speaker.resolved != "Barack Obama"


def test_how_a_subject_appears_is_nobodys_view_with_the_subject_in_the_content():
    quote = find(quotes_in("Chris Christie appeared to end his bid owing roughly $200,000."), "end his bid")
    assert (quote.type, quote.speaker.text) == ("thought", None)
    assert quote.content.text == "Chris Christie … to end his bid owing roughly $200,000"
    # Not an infinitive that reports something itself.
    quote = find(quotes_in("She appeared to imply that Trump could lead to more radical change."), "radical change")
    assert quote.speaker.text == "She"


def test_a_candidate_nested_only_in_dropped_ones_is_read_on_its_own():
    quote = find(quotes_in("He made a decision which he said was a mistake."), "mistake")
    assert (quote.cue.text, quote.content.text) == ("said", "which … was a mistake")


def test_a_description_the_writer_apposes_at_the_end_is_no_content():
    text = "Clinton criticized his support for Mr. Trump, the presumptive Republican presidential nominee."
    assert find(quotes_in(text), "his support").content.text == "his support for Mr. Trump"
    # Not inside a quotation.
    text = "He said, “We met John Smith, the mayor.”"
    assert find(quotes_in(text), "We met").content.text == "We met John Smith, the mayor"


def test_a_quotation_of_sentences_after_the_reported_speech_in_its_paragraph_continues_it():
    text = ("The “opt out” movement is about “people telling leaders, 'this is not what we want,'” Wilcox said. “What "
            "we’re seeing is a revolt of parents who are saying, ‘we are not going to do this anymore.’”")
    quote = find(quotes_in(text), "revolt of parents")
    assert quote.speaker.resolved == "Wilcox" and quote.content.text.startswith("The “opt out” movement")
