"""Faults from tune-site readings of real news (issue #12's twenty-fifth round): speakers the tagger
mislabelled ("Trump" read as a common noun or a verb, "Jean-Claude Juncker" and "President-elect Trump"
as organisations), lists with a title for a member, transcript labels with their owner, and content
taken from the speaker's description, an adjunct's relative clause or the clause before a conjunction."""

from __future__ import annotations

from newsprobe import analyze
from newsprobe.readers import from_text

from .finding import find, quotes_in


def test_a_full_names_surname_the_tagger_reads_as_a_noun_or_a_verb_is_that_person():
    text = ("Donald Trump won. The selection capped a firestorm after President Trump abruptly fired James Comey on "
            "May 9. Trump initially cited the director's controversial actions to justify the dismissal. Trump "
            "himself joined the chorus, claiming on Twitter that Hillary Clinton should be the real focus of scrutiny.")
    quotes = quotes_in(text)
    assert find(quotes, "controversial actions").speaker.resolved == "Donald Trump"
    assert find(quotes, "real focus").speaker.resolved == "Donald Trump"


def test_a_name_apposed_to_a_role_is_the_speaker_though_tagged_an_organisation():
    text = ("The European commission president, Jean-Claude Juncker, speaking after Tusk on the subject of Tuesday's "
            "summit, told MEPs he awaited the Commons decision with interest. Juncker said the debate was long.")
    quotes = quotes_in(text)
    told = find(quotes, "awaited").speaker
    assert told.kind == "person" and told.resolved == "Jean-Claude Juncker"
    assert find(quotes, "debate was long").speaker.resolved == "Jean-Claude Juncker"
    # Not a name of an organisation's words.
    assert find(quotes_in("The group's founder, Jean Monnet Foundation, said it would act."), "act").speaker.kind != "person"


def test_a_president_elect_is_a_person():
    text = ("Negotiations over the transfer of the drone came as President-elect Trump accused China of stealing the "
            "research device.\n\n“China steals United States Navy research drone,” he tweeted.")
    quotes = quotes_in(text)
    assert find(quotes, "of stealing").speaker.kind == "person"
    assert find(quotes, "China steals").speaker.resolved == "Trump"


def test_a_title_listed_before_a_name_stands_for_that_name():
    text = ("But House Speaker Nancy Pelosi and Senate Minority Leader Chuck Schumer on Wednesday said "
            "congressional Democrats would act.")
    assert find(quotes_in(text), "would act").speaker.resolved == "Nancy Pelosi and Chuck Schumer"
    text = ("In a memo, CEO Oscar Munoz and United's president, Scott Kirby, who's scheduled to take the helm in May, "
            "wrote that the company expects to fly less.")
    assert find(quotes_in(text), "fly less").speaker.resolved == "Oscar Munoz and Scott Kirby"
    text = ("Hillary Clinton and Tim Kaine campaigned.\n\nMrs. Clinton and her running mate, Sen. Tim Kaine of Virginia, "
            "said Mr. Trump seemed less intent on governing.")
    assert find(quotes_in(text), "less intent").speaker.resolved == "Hillary Clinton and Tim Kaine"


def test_a_transcript_label_with_its_owner_names_the_person_alone():
    text = ("Mulvaney says investigation was one reason for aid freeze\n\nActing chief of staff Mulvaney told reporters "
            "on Thursday that the investigation was a factor.\n\nThe exchange:\n\nABC NEWS' JONATHAN KARL: So the demand "
            "for an investigation was part of the reason?\n\nMULVANEY: The look back to what happened in 2016 certainly was "
            "part of the thing.\n\nKARL: That was a factor in withholding the money?")
    quotes = quotes_in(text)
    assert find(quotes, "So the demand").speaker.resolved == "Jonathan Karl"
    assert find(quotes, "withholding the money").speaker.resolved == "Jonathan Karl"
    assert find(quotes, "The look back").speaker.resolved == "Mulvaney"


def test_a_clause_after_a_speaker_named_after_the_cue_is_the_speakers_description():
    text = ("“It’s very underdiagnosed,” said Dr. Joseph Habboushe, an assistant professor of emergency medicine at "
            "New York University Langone/Bellevue Medical Center, who co-authored a 2018 study on CHS. “Doctors aren’t "
            "thinking about it.”")
    quote = find(quotes_in(text), "underdiagnosed")
    assert "authored" not in quote.content.text and "Doctors aren’t thinking" in quote.content.text
    # Not a clause after a full stop, the next sentence's, nor a headline's with a subject before the cue.
    text = ("Environmentalists hated it. ''Instead of being fined, utilities will get paid,'' noted a report for Oxfam by "
            "the environmental nonprofit E3G. It ''amounts to a golden handshake for utilities.''")
    assert "It ''amounts" in find(quotes_in(text), "golden handshake").content.text
    text = "Francois Hollande Says Donald Trump ‘Makes You Want To Retch.’\n\nHollande spoke in Paris on Tuesday."
    assert find(quotes_in(text), "Makes You Want").cue.text == "Says"


def test_a_relative_clause_on_the_cues_adjunct_is_no_content():
    text = "“Too much water under the bridge,” the Ohio governor said in an interview with CNN that aired Friday."
    quotes = quotes_in(text)
    assert find(quotes, "water under").content.text == "Too much water under the bridge"
    assert not [q for q in quotes if "aired" in q.content.text]


def test_a_cue_set_in_the_clause_after_a_conjunction_reports_that_clause():
    text = ("Michel Barnier, the EU's chief negotiator, also spoke, saying: \"No one is trying to steal Brexit from you\" "
            "but, he said, the UK would have to bear the consequences of its decisions.")
    quote = find(quotes_in(text), "bear the consequences")
    assert quote.cue.text == "said" and quote.content.text == "the UK would have to bear the consequences of its decisions"
    # Where the clause before is nobody else's, both, as PolNeAR marks them.
    quote = find(quotes_in("It's an investment, they say, that would be recouped in the first three years."), "recouped")
    assert quote.content.text.startswith("It's an investment")


def test_a_purpose_on_a_participle_of_the_object_is_the_subjects():
    text = ("Nigel Farage spoke.\n\nIn a pantomime moment, Farage turned to those sat behind him to ask whether they "
            "really wanted him to return as an MEP.")
    assert find(quotes_in(text), "return as an MEP").speaker.resolved == "Nigel Farage"
    # Not an infinitive under a participle of its own: "when forced to defend …".
    text = "Trump was similarly defensive when forced to defend not paying an architect who said he was stiffed."
    assert not [q for q in quotes_in(text) if q.cue.text.endswith("defend")]


def test_a_cue_joined_to_a_modals_passive_shares_the_sentences_subject():
    text = ("U.S. military officials did not disclose when or how the drone would be returned but said they objected "
            "to China’s “unlawful seizure” of their equipment.")
    speaker = find(quotes_in(text), "they objected").speaker
    assert speaker.text == "U.S. military officials"


def test_the_described_role_is_the_person_who_bears_that_title():
    text = ("Republican National Committee Chairman Reince Priebus threatened Ohio Gov. John Kasich on Sunday.\n\n"
            "Mr. Priebus denied that he was threatening Mr. Kasich, Mr. Cruz or anyone else.\n\n"
            "“It’s not a threat. It’s just a question,” the RNC chairman said.")
    assert find(quotes_in(text), "just a question").speaker.resolved == "Reince Priebus"


def test_a_title_word_opening_an_organisations_name_stays_in_it():
    text = "The report is late, but the Justice Department outlined a schedule, saying that it will have a summary ready."
    assert find(quotes_in(text), "summary ready").speaker.resolved == "Justice Department"


def test_he_is_nobody_named_as_the_object_of_his_own_verb():
    text = ("Mitt Romney suggested that there might be something amiss in Trump's tax returns.\n\n"
            "On Facebook, Trump called Romney a \"lightweight losing candidate.\"\n\n"
            "Lightweight losing candidate Mitt Romney asks about my tax returns. I have a store that is worth more than "
            "him. Posted by Donald J. Trump on Thursday, February 25, 2016\n\n"
            "Another tweet explained that the photo, of Trump glaring as he looks up from signing a stack of papers, "
            "depicted him \"signing a recent tax return.\"\n\n"
            "He labeled Romney \"one of the dumbest and worst candidates in the history of Republican politics\" in a tweet.")
    (labeled,) = [q for q in quotes_in(text) if q.cue.text == "labeled"]
    assert labeled.speaker.text == "He" and "Trump" in labeled.speaker.resolved


def test_a_wire_photos_caption_names_nobody_a_pronoun_stands_for():
    body = ("Michael Cohen would not accept a presidential pardon, his attorney said.\n\n"
            "\"He will not, and does not want anything from Donald Trump,\" Cohen's attorney, Lanny Davis, told MSNBC.\n\n"
            "U.S. President Donald Trump's former lawyer, Michael Cohen, leaves the Daniel Patrick Moynihan United States "
            "Court House in lower Manhattan, New York City, U.S. August 21, 2018. REUTERS/Mike Segar\n\n"
            "He added, on CNN, that \u201cCohen has knowledge that would be of interest to the special counsel.\u201d")
    report = analyze(from_text(body, title="Cohen would not accept pardon: lawyer"))
    assert find(report.quotes, "special counsel").speaker.resolved == "Lanny Davis"


def test_a_name_the_parser_made_the_root_speaks_the_cue_hung_on_it():
    text = ("White House economic adviser Larry Kudlow, during an appearance on ABC News’ “This Week,” said May’s "
            "unemployment statistics could also be dire.")
    speaker = find(quotes_in(text), "could also be dire").speaker
    assert speaker.text == "White House economic adviser Larry Kudlow" and speaker.resolved == "Larry Kudlow"


def test_a_perfect_with_has_contracted_has_its_speaker():
    text = "Mitt Romney has stood by his comments, though he's conceded they were \"not elegantly stated.\""
    assert find(quotes_in(text), "elegantly").speaker.text == "he"
    # A listener's passive stays one: nobody named speaks.
    assert find(quotes_in("He's told that the plan failed."), "plan failed").speaker.text is None


def test_a_speech_verb_joined_to_the_clause_before_with_the_name_after_it_is_that_persons():
    text = ("Of course, politics play into all these decisions, points out government policy attorney Leonard Wolfe, "
            "from the law firm Dykema in Lansing, Mich.")
    quote = find(quotes_in(text), "politics play")
    assert quote.speaker.resolved == "Leonard Wolfe" and quote.content.text == "Of course, politics play into all these decisions"


def test_a_name_added_to_a_letter_is_no_attribution():
    assert quotes_in("James L. Jones, the retired Marine Corps general, added his name.") == []
    assert find(quotes_in("“It is over,” he added, his voice breaking."), "It is over").cue.text == "added"


def test_a_scoop_label_names_no_speaker():
    quotes = quotes_in("SCOOP: Sources tell me George Stephanopoulos literally worked in Bill Clinton's White House.")
    assert [q.speaker.text for q in quotes] == ["Sources"]


def test_a_reported_clause_with_an_aside_between_dashes_stays_whole():
    text = ("On Thursday, the Commerce Department revised its growth estimates for 2018, saying the economy — as measured "
            "from the fourth quarter of 2017 to the fourth quarter of 2018 — stands at 3.0 percent, down a bit from the "
            "initially reported 3.1 percent.")
    assert "stands at 3.0 percent" in find(quotes_in(text), "the economy").content.text


def test_an_offices_capitalised_title_with_no_name_is_no_name():
    text = ("U.S. Defense Secretary Says No Plans To Leave Iraq, Forces Being Repositioned\n\n"
            "Secretary of Defense Mark Esper announced that some forces are being repositioned.")
    speaker = find(quotes_in(text), "No Plans").speaker
    assert speaker.kind == "anonymous" and speaker.resolved is None
    assert find(quotes_in("Rep. Steve King spoke. King said he would stay."), "would stay").speaker.resolved == "Steve King"


def test_guards_from_the_review():
    """Cases a review of this round found the first version of its rules getting wrong."""
    # A speech act in a list of actions keeps its subject; its object is no inverted speaker.
    quote = find(quotes_in("Trump stood up, thanked the crowd, acknowledged Mike Pence and sat down."), "Mike Pence")
    assert quote.speaker.text == "Trump"
    # "that" as a demonstrative with no quotation before the cue is the content.
    assert find(quotes_in('Asked about the report, Trump said on Twitter that was "fake news."'), "fake news").cue.text == "said"
    assert find(quotes_in("The minister said on Tuesday that could change."), "could change").content.text == "that could change"
    # A role described by what the titled person is not is nobody named.
    text = ("Republican National Committee Chairman Reince Priebus threatened Ohio Gov. John Kasich on Sunday.\n\n"
            "Mr. Priebus denied that he was threatening Mr. Kasich, Mr. Cruz or anyone else.\n\n"
            "“It’s a disgrace,” the DNC chairman said.")
    assert find(quotes_in(text), "disgrace").speaker.resolved is None
    # A surname two full names share names neither as the object.
    text = ("Hillary Clinton accepted the nomination on Thursday.\n\nBill Clinton spoke the night before. He praised "
            "Clinton as \"the best darn change-maker I have ever known.\"")
    assert find(quotes_in(text), "change-maker").speaker.resolved == "Bill Clinton"
    # A company apposed to a company's role, after a person who shares its last word, is no person.
    text = "Tom Jones sang. The paper's publisher, Dow Jones, said profits rose."
    assert find(quotes_in(text), "profits rose").speaker.kind != "person"
    # A scare quote before the conjunction is no other attribution: both clauses are reported.
    text = 'The program was a "huge success" and, she said, it will be expanded next year.'
    assert find(quotes_in(text), "expanded").content.text.startswith("The program")
    # An abbreviation's stop is no sentence end: the description is still no content.
    text = ("“It’s very underdiagnosed,” said Dr. Joseph Habboushe, an assistant professor of emergency medicine at "
            "the U.S. Naval Academy, who co-authored a 2018 study on CHS.")
    assert "authored" not in find(quotes_in(text), "underdiagnosed").content.text
    # A label in capitals is written as the text writes a name, never as a common word.
    text = "The senator rose from her chair.\n\nROSE: Tell me about the campaign.\n\nAOC: We will win."
    assert [q.speaker.resolved for q in quotes_in(text) if q.cue.text == ":"] == ["ROSE", "AOC"]
