"""Faults from a tune-site reading (issue #12's twenty-first round): names joined by "and" credited to the
first alone, an auxiliary's contraction taken for the speaker ("who’d insisted"), "added to compensate"
as speech, "the president" the tagger made a proper noun resolved to the word itself, a hyphenated
surname the tagger took for a title, a party word counted or singular taken for the party, the reported
clause's subject parsed as a participle clause of the cue's, "the companies" taken for the last of them,
"he" after "Trump’s grandiosity" opening an article, "Trump" tagged a common noun, and "Mr. Moallem"
after "Walid al-Moallem" left a surname."""

from __future__ import annotations

from .finding import find, quotes_in

PAIR = "Attorney General William Barr and Commerce Secretary Wilbur Ross refused to hand over the papers.\n\n"


def test_names_joined_by_and_are_all_the_speakers():
    text = PAIR + "Barr and Ross urged Speaker Nancy Pelosi to delay the vote, saying she should wait."
    quotes = quotes_in(text)
    assert find(quotes, "to delay the vote").speaker.resolved == "William Barr and Wilbur Ross"
    # "who" after the pair is both.
    text = "Attorney General William Barr and Commerce Secretary Wilbur Ross, who said the papers were privileged, refused."
    assert find(quotes_in(text), "privileged").speaker.resolved == "William Barr and Wilbur Ross"
    pair = find(quotes, "hand over the papers").speaker
    assert pair.resolved == "William Barr and Wilbur Ross" and pair.title is None  # the title is one man's
    # Guards: a name listed with an organisation is the person; "they" after the pair is both.
    quote = find(quotes_in("Sen. Chuck Schumer and the White House said the talks had failed."), "talks")
    assert quote.speaker.resolved == "Chuck Schumer"
    text = PAIR + "Barr and Ross said the vote was a stunt.\n\n“We will fight it,” they said. “It is a disgrace,” he said."
    quotes = quotes_in(text)
    assert find(quotes, "fight it").speaker.resolved == "William Barr and Wilbur Ross"
    assert find(quotes, "disgrace").speaker.resolved == "William Barr"  # "he" is one of them, never both


def test_a_contraction_is_never_the_speaker():
    cases = (
        ("Democrats led the filibuster, heeding the call of illegal-immigrant “Dreamers” who’d insisted no funding "
         "could pass unless there was a plan to grant a pathway to citizenship.", "no funding could pass", "who"),
        # The subject the parser hung on the contraction (PolNeAR train).
        ("Sanders’ only path to the nomination is now to convince enough of the superdelegates who’ve already said "
         "they support Clinton to switch their allegiances.", "they support Clinton", "who"),
        ("Trump is popular. While he’s said he believes marriage is between a man and a woman, he’s also feted gay "
         "friends.", "he believes marriage", "he"),
    )
    for text, words, speaker in cases:
        assert find(quotes_in(text), words).speaker.text == speaker, text
    # Guard: "let's" is "us", the subject, without which "hope" is no attribution.
    assert find(quotes_in("Trump has a following.\n\nAnd let's hope it stays that way."), "it stays").speaker.span is not None
    # "who" past the contraction stands for the name before it.
    assert find(quotes_in("Sen. Ben Cardin, who’s said the deal is flawed, voted no."), "flawed").speaker.resolved == "Ben Cardin"


def test_something_added_to_do_something_is_not_speech():
    text = ("The deal would have offered a pathway to citizenship in exchange for a downpayment on the wall — though "
            "with another new amnesty added to compensate for the loss of the lottery.")
    assert not any(q.cue.text == "added" for q in quotes_in(text))
    # Guards: "added" with what was said is speech, an infinitive after a quotation's cue included.
    assert find(quotes_in("The mayor added that the city would pay for the repairs."), "the city would pay").type == "speech"
    text = "Economists agree. But ''it is a better use of political capital,'' he added, to pursue a hybrid system."
    assert find(quotes_in(text), "political capital").content.text.endswith("to pursue a hybrid system")


def test_the_president_in_lower_case_is_the_president_named_before():
    text = ("President Trump attacked the FBI on Friday.\n\n"
            "He added, “My firing of James Comey was a great day for America. He was a Crooked Cop.”\n\n"
            "“He was a Crooked Cop who is being totally protected by his best friend,” the president wrote.")
    assert find(quotes_in(text), "totally protected").speaker.resolved == "Trump"


def test_a_hyphenated_surname_is_the_full_name_that_holds_it():
    text = ("Scott Ryan-Hart is a cartographer for the Ohio Department of Transportation, where a typical meeting can "
            "last more than two hours.\n\n\"I would be needed for 15 minutes in the middle of it,\" Ryan-Hart says.")
    assert find(quotes_in(text), "15 minutes").speaker.resolved == "Scott Ryan-Hart"


def test_a_party_word_counted_or_singular_is_not_the_party():
    for text, words in (
        ("From Huntsville, Texas, 51-year-old Wes Brummett thinks the economy will improve.\n\nObama, this Democrat "
         "says, seems like an all-right guy and a good dad, but “he needs to show more leadership.”", "all-right guy"),
        ("More than 9 in 10 Republicans say they disapprove of the way Congress is handling its job.", "they disapprove"),
    ):
        speaker = find(quotes_in(text), words).speaker
        assert (speaker.kind, speaker.resolved) == ("unknown", None), text
    # Guards: the party itself speaks, and "the Democrat" is as it was.
    assert find(quotes_in("Republicans said the bill would fail."), "the bill").speaker.kind == "organization"
    assert find(quotes_in("Sen. Joe Manchin voted no. The Democrat said it cost too much."), "cost").speaker.kind != "unknown"


def test_a_reported_clause_whose_subject_the_parser_split_off_is_whole():
    text = ("Experts say poorly run meetings grind away at employee engagement and make companies less reactive by "
            "bogging decisions down in human red tape.")
    assert find(quotes_in(text), "grind away").content.text.startswith("poorly run meetings grind away")


def test_the_companies_after_a_list_of_them_are_no_one_of_them():
    text = ("Leaders of more than 100 corporations, including General Motors Co., Intel Corp. and Facebook Inc., signed "
            "the letter.\n\nThe companies said delaying a bill “will cause a significant negative impact to businesses.”")
    speaker = find(quotes_in(text), "negative impact").speaker
    assert (speaker.kind, speaker.resolved) == ("organization", None)
    # Guard: "the company" is the one named before it.
    text = "Facebook Inc. signed the letter.\n\nThe company said delaying a bill “will hurt businesses.”"
    assert find(quotes_in(text), "hurt businesses").speaker.resolved == "Facebook Inc."


def test_a_surname_owning_the_first_subject_is_whom_he_stands_for():
    text = ("Trump’s grandiosity manifests itself in ways large and small. At a Cabinet meeting last week, for example, "
            "he said, “I’m the one that did the capturing.”\n\nPerhaps the most extreme expression of Donald Trump’s "
            "self-conception is his use of the word treason.")
    assert find(quotes_in(text), "did the capturing").speaker.resolved == "Donald Trump"


def test_a_surname_is_its_full_name_without_the_arabic_article():
    for text, words, name in (
        ("Walid al-Moallem, the Syrian foreign minister, accused Arab nations of financing terrorism.\n\n"
         "Mr. Moallem said he would conclude soon.", "conclude soon", "Walid al-Moallem"),
        ("President Bashar al-Assad has refused to step down.\n\n“We will win,” Assad said in an interview.",
         "We will win", "Bashar al-Assad"),
    ):
        assert find(quotes_in(text), words).speaker.resolved == name, text
