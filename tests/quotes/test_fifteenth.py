"""What real news reports without anybody's words (a tune-site reading, fifteenth round): a poll's
share of people, a condition, a forecast, the writer's own asides and a passive that names nobody
are typed as findings or thoughts, never as speech quotes; speech in the same articles stays speech."""

from __future__ import annotations

from .finding import find, quotes_in


def assert_no_speech(quotes, *pieces: str) -> None:
    """No speech quote holds any of the pieces (an attribution typed otherwise may)."""
    speech = [(q.cue.text, q.content.text) for q in quotes if q.type == "speech" and any(p in q.content.text for p in pieces)]
    assert not speech, speech


def test_a_share_of_the_people_polled_is_a_finding():
    text = (
        "In the AP-NORC survey, 76% of Democrats say they always wear a mask in public.\n\n"
        "Some 27 percent said they approve of the job Congress is doing, and two-thirds of voters said the "
        "economy was their top issue.\n\n"
        "A majority of Americans say the country is on the wrong track.\n\n"
        "\"People are tired,\" said Jennifer Benz, who directs the poll."
    )
    quotes = quotes_in(text)
    for words in ("always wear a mask", "approve of the job", "economy was their top issue", "wrong track"):
        assert find(quotes, words).type == "finding"
    assert find(quotes, "People are tired").type == "speech"
    # Guards: a court's majority and a number of people who spoke are speakers.
    quotes = quotes_in(
        "The majority wrote that the law was unconstitutional.\n\nThree of the officers said they saw no weapon.\n\n"
        "A majority of the court wrote that the ban was void.\n\n"
        "Half of the ten senators said they would oppose the bill."
    )
    for words in ("unconstitutional", "saw no weapon", "the ban was void", "oppose the bill"):
        assert find(quotes, words).type == "speech"


def test_a_condition_a_forecast_and_the_writers_asides_report_no_words():
    text = (
        "If a person reports any kind of symptom, researchers follow up within a day.\n\n"
        "Other candidates are likely to announce how much they raised later this week.\n\n"
        "It's worth noting that Kushner was not a member of the task force.\n\n"
        "I would note that a net of nearly 40 million jobs were added during those years.\n\n"
        "Warren said that she would announce her total on Monday."
    )
    quotes = quotes_in(text)
    assert_no_speech(quotes, "any kind of symptom", "how much they raised", "Kushner was not a member", "40 million jobs")
    assert find(quotes, "announce her total").type == "speech"
    # Guards: a speaker's own "I would" inside quotation marks, and a report of what somebody would do.
    quotes = quotes_in(
        "\"I would say that the plan is dead,\" Schumer told reporters.\n\n"
        "Pelosi said she would support the bill if it passed the Senate."
    )
    assert find(quotes, "the plan is dead").type == "speech"
    assert find(quotes, "support the bill").type == "speech"


def test_a_passive_that_names_nobody_is_hearsay_not_speech():
    text = (
        "An early nomination is said to improve a film's chance of winning an Academy Award.\n\n"
        "It has been suggested that the new casinos will be banned from using such tricks.\n\n"
        "The company is reported to be ready to raise $1.4 billion to fund a bid."
    )
    quotes = quotes_in(text)
    assert_no_speech(quotes, "chance of winning", "casinos will be banned", "raise $1.4 billion")
    # Guards: words told to the subject, the agent named, and a speaker quoted.
    quotes = quotes_in(
        "Staff were told that the office would close in March.\n\n"
        "The deal was first reported by The Washington Post, which said the talks had lasted a year.\n\n"
        "Smith was quoted as saying that the talks had failed.\n\n"
        "Workers were promised that they would keep their jobs."
    )
    assert find(quotes, "office would close").type == "speech"
    assert find(quotes, "talks had lasted").type == "speech"
    assert find(quotes, "talks had failed").type == "speech"
    assert find(quotes, "keep their jobs").type == "speech"


def test_the_statement_is_its_issuers():
    text = (
        "U.S. Customs and Border Protection told the Crimson they found Ajjawi inadmissible to the country.\n\n"
        "\"Applicants must demonstrate they are admissible into the U.S.,\" the statement said."
    )
    quote = find(quotes_in(text), "Applicants must demonstrate")
    assert (quote.speaker.kind, quote.speaker.resolved) == ("organization", "U.S. Customs and Border Protection")
    # Guards: a statement that says whose it is, and one with no named source before it.
    text = (
        "Senator Jane Smith said the talks had failed.\n\n"
        "\"We will not return,\" the union's statement said.\n\n"
        "The vote was held on Tuesday. Turnout was low across the state. Most polls closed early.\n\n"
        "The weather was poor.\n\n"
        "\"Results will follow,\" the statement said."
    )
    quotes = quotes_in(text)
    assert find(quotes, "We will not return").speaker.resolved != "Jane Smith"
    assert find(quotes, "Results will follow").speaker.resolved is None
    # The source that spoke through a statement; a newspaper called "the Post"; a letter described.
    quotes = quotes_in(
        "Exxon said in a statement that the deal was dead. Senator Jane Smith said the company had lied.\n\n"
        "\"We stand by our numbers,\" the statement said.\n\n"
        "The Justice Department said it would investigate.\n\n"
        "The Post reported that the inquiry began in March.\n\n"
        "Senator Jane Smith said the bill was flawed. The letter, signed by 40 lawmakers, said the bill would fail."
    )
    assert find(quotes, "stand by our numbers").speaker.resolved == "Exxon"
    assert find(quotes, "inquiry began").speaker.resolved != "Justice Department"
    assert find(quotes, "would fail").speaker.resolved != "Jane Smith"


def test_a_document_that_names_its_issuer_is_theirs():
    text = (
        "CNN reported that most embassies would reopen, citing a statement from the State Department.\n\n"
        "\"Four additional diplomatic sites would also reopen,\" the statement said.\n\n"
        "\"We are ready to help,\" Apple's announcement said."
    )
    quotes = quotes_in(text)
    assert find(quotes, "Four additional").speaker.resolved == "State Department"
    assert find(quotes, "ready to help").speaker.resolved == "Apple"


def test_hearsay_with_quoted_words_stays_speech():
    # A guard (the thirteenth round typed it speech too): words in quotation marks keep a passive's report speech.
    text = (
        "Many good points were made this week. It was pointed out that Republicans who favour the ban are "
        "against banning guns because, by their own logic, \u201cbanning things doesn\u2019t work\u201d."
    )
    assert find(quotes_in(text), "banning things").type == "speech"


def test_a_thing_that_suggests_is_a_finding():
    text = (
        "The far-off date, especially one when courts run on a bare-bones staff, suggests officials view it "
        "as a placeholder.\n\n"
        "Recent rumours suggested he might change course.\n\n"
        "Analysts suggested that the bank would cut rates, and Senator Jane Smith suggested a delay."
    )
    quotes = quotes_in(text)
    assert find(quotes, "officials view it").type == "finding"
    assert find(quotes, "change course").type == "finding"
    assert find(quotes, "cut rates").type == "speech"  # Guards: people who suggest or threaten
    assert find(quotes, "a delay").type == "speech"
    quotes = quotes_in(
        "The prosecutor suggested that the defendant had lied.\n\nJudges suggested that the law was flawed.\n\n"
        "Teachers threatened to strike if the district cut pay.\n\n"
        "Schiff\u2019s comments in a note to committee members suggested he would not allow Hunter Biden as a witness."
    )
    for words in ("defendant had lied", "law was flawed", "to strike", "would not allow"):
        assert find(quotes, words).type == "speech"


def test_gestures_figures_plans_and_the_writers_argument_report_no_words():
    text = (
        "He pointed at the fire trucks parked down the street.\n\n"
        "Professional and business services posted the largest declines.\n\n"
        "The coronavirus outbreak threatened to weigh on activity in the spring.\n\n"
        "Corker also announced his retirement on Tuesday.\n\n"
        "The way to do that is to call it torture, not enhanced interrogation."
    )
    quotes = quotes_in(text)
    assert_no_speech(quotes, "fire trucks", "the largest declines", "weigh on activity", "his retirement", "torture")
    # Guards: an announcement of words, a point made, a threat uttered.
    quotes = quotes_in(
        "Corker announced that he would retire at the end of his term.\n\n"
        "Warren pointed out that the bill had no funding.\n\n"
        "Scientists and journalists were quick to respond, pointing out the drug's side effects.\n\n"
        "The senator threatened to block the nomination, calling it a disgrace.\n\n"
        "Trump posted on Twitter that the election had been rigged.\n\n"
        "Her response was to say that she had done nothing wrong."
    )
    assert find(quotes, "retire at the end").type == "speech"
    assert find(quotes, "no funding").type == "speech"
    assert find(quotes, "side effects").type == "speech"
    assert find(quotes, "had been rigged").type == "speech"
    assert find(quotes, "done nothing wrong").type == "speech"


def test_a_photographer_in_a_credit_is_nobody_a_pronoun_stands_for():
    text = (
        "The novel coronavirus comes from a group of viruses that spread in bats, Peter Ben Embarek, a WHO "
        "expert in animal diseases, said Friday.\n\n"
        "Owner Arisa Limpanawongsanon checks the temperature of a cat at a cafe in Bangkok, Thailand, Friday. "
        "(Photo: Sakchai Lalit, AP)\n\n"
        "The virus probably arrived in humans through contact with animals raised for food, he said."
    )
    assert find(quotes_in(text), "raised for food").speaker.resolved == "Peter Ben Embarek"
    # Guard: a paragraph of body text that ends with a credit keeps its quotes.
    quotes = quotes_in(
        "Mayor Ann Lee said the city would rebuild. \"We will not give up,\" she said. (AP Photo/John Doe)\n\n"
        "\"This is our home,\" she added."
    )
    assert find(quotes, "will not give up").speaker.resolved == "Ann Lee"
    assert find(quotes, "our home").speaker.resolved == "Ann Lee"


def test_it_is_the_organisation_that_spoke_last():
    text = (
        "The New York Times reported on Friday that the claim had come from Secretary of State Mike Pompeo.\n\n"
        "Intelligence services from five countries were unable to confirm his statements, it said."
    )
    quote = find(quotes_in(text), "unable to confirm")
    assert (quote.speaker.kind, quote.speaker.resolved) == ("organization", "The New York Times")
    # Guard: with no organisation speaking before it, "it" stays unknown.
    quote = find(quotes_in("Mike Pompeo said the virus came from a lab. It said nothing else."), "nothing else")
    assert quote.speaker.resolved is None


def test_guards_from_the_second_review():
    # People the speaker resolution leaves unresolved, a pronoun's share, "his answer": speech.
    quotes = quotes_in(
        "Rebels threatened to attack the capital.\n\n"
        "The congressman suggested that the vote be delayed.\n\n"
        "The opposition threatened to boycott the vote.\n\n"
        "His answer was to say that nothing had happened.\n\n"
        "Ten senators met on Tuesday. Half of them said they would oppose the bill."
    )
    for words in ("attack the capital", "vote be delayed", "boycott the vote", "nothing had happened", "oppose the bill"):
        assert find(quotes, words).type == "speech"
    # A person who only mentions a document is not its issuer, and "It suggests" is nobody's words.
    quotes = quotes_in(
        "Exxon announced the deal on Monday. Senator Jane Smith said the statement was misleading.\n\n"
        "\"We stand by our numbers,\" the statement said.\n\n"
        "Mayor Ann Lee said the city would rebuild.\n\n"
        "The remarks drew criticism. The letter said the city was bankrupt.\n\n"
        "The Pentagon said the strike killed 10 people.\n\n"
        "The decision was made quickly. It suggests that the White House wanted a fast response."
    )
    assert find(quotes, "stand by our numbers").speaker.resolved != "Jane Smith"
    assert find(quotes, "city was bankrupt").speaker.resolved != "Ann Lee"
    assert find(quotes, "fast response").speaker.resolved != "Pentagon"
    # A credit at the end of a paragraph of body text: the photographer is nobody "he" stands for.
    quotes = quotes_in(
        "Mr. Smith, who lost his home, said insurance would not cover the damage. (Photo: John Doe, AP)\n\n"
        "\"I have nothing left,\" he said."
    )
    assert find(quotes, "nothing left").speaker.resolved != "John Doe"


def test_the_n_year_old_is_the_person_introduced_with_that_age():
    text = (
        "Maria Lopez, 36, fled Honduras with her daughter last year.\n\n"
        "Police said 24-year-old Mark Dean was hurt in the crash.\n\n"
        "\"We have nowhere to go,\" the 36-year-old said.\n\n"
        "\"It was scary,\" said the 24-year-old driver."
    )
    quotes = quotes_in(text)
    assert find(quotes, "nowhere to go").speaker.resolved == "Maria Lopez"
    assert find(quotes, "It was scary").speaker.resolved == "Mark Dean"
    # Guard: an age nobody was introduced with names nobody.
    assert find(quotes_in("\"I was lucky,\" the 51-year-old said."), "lucky").speaker.resolved is None
    # With no age given before, the person the text was just about.
    text = (
        "Wendi Garcia said she was confident she would be released while her asylum case is pending.\n\n"
        "\"I have nowhere else to go,\" the 36-year-old said."
    )
    assert find(quotes_in(text), "nowhere else").speaker.resolved == "Wendi Garcia"
    # Guard: "a 24-year-old protester" is somebody new.
    text = "Mark Dean, 24, was arrested on Monday.\n\n\"We will be back,\" said a 24-year-old protester."
    assert find(quotes_in(text), "will be back").speaker.resolved is None


def test_they_is_a_group_that_can_speak_not_a_thing():
    text = (
        "Democrats are highlighting budget office estimates that the fiscal cutbacks could leave the economy "
        "with 750,000 fewer jobs. They are warning that the cuts will hurt families."
    )
    quote = find(quotes_in(text), "hurt families")
    assert (quote.speaker.kind, quote.speaker.resolved) == ("organization", "Democrats")
    # Guard: people named by a plural noun are who "they" are.
    text = "Police said hundreds of protesters gathered downtown. \"We want justice,\" they chanted."
    assert find(quotes_in(text), "We want justice").speaker.resolved != "Police"
    # Guard: with no group that can speak near, "they" keeps the nearest group and is no orphan.
    text = "The new rules took effect on Monday across the state.\n\n\"We will comply,\" they said."
    assert find(quotes_in(text), "We will comply").speaker.kind != "pronoun"
