"""Speakers the article names that the resolver left unnamed (a tune-site reading, sixteenth round):
"the company said" is the one company that acted before it, though its name does not say it is one
("Microsoft", "Lufthansa"); "the former congressman" the one person named just before; a transcript's
label in capitals the person the transcript names; "they" a list of names. Guards, from a review of the
round: where two could be meant, nobody is named."""

from __future__ import annotations

from .finding import find, quotes_in


def speaker_of(text: str, words: str):
    return find(quotes_in(text), words).speaker


def test_the_company_is_the_last_organisation_that_acted():
    text = (
        "Microsoft has said it will replace more than 14 million power cables for its Xbox consoles.\n\n"
        "The company said the move was a preventative step. The U.S. software company said fewer than one in "
        "10,000 consoles had failed."
    )
    for words in ("preventative step", "had failed"):
        speaker = speaker_of(text, words)
        assert (speaker.kind, speaker.resolved) == ("organization", "Microsoft")
    text = ("Lufthansa, the parent company of Germanwings, has characterized the crash as an accident. "
            "The airline has said that the captain was a veteran.")
    speaker = speaker_of(text, "captain was a veteran")
    assert (speaker.kind, speaker.resolved) == ("organization", "Lufthansa")


def test_the_newspaper_is_one_whose_name_says_so():
    text = (
        "Deutsche Boerse will adopt a charm offensive, according to the San Francisco Chronicle.\n\n"
        "The newspaper says the German suitor will offer to manage a combined market."
    )
    speaker = speaker_of(text, "German suitor")
    assert (speaker.kind, speaker.resolved) == ("organization", "San Francisco Chronicle")


def test_no_company_where_the_last_actor_is_another_kind_or_the_description_names_itself():
    for text, words in (
        ("The Justice Department opened an inquiry into the deal on Monday.\n\nThe company said it would cooperate.",
         "would cooperate"),
        ("The FTC opened an inquiry on Monday.\n\nThe group Freedom From Facebook, a coalition of public interest "
         "groups, said the fine was a joke.", "fine was a joke"),
        # "Yukos" is tagged a person here, and no person's name it is: the company is not Rosneft.
        ("Rosneft bought the unit for $9.3bn. Yukos says the sale was illegal and is pursuing damages.\n\n"
         "The company said it would appeal.", "would appeal"),
    ):
        speaker = speaker_of(text, words)
        assert (speaker.kind, speaker.resolved) == ("organization", None), text


def test_a_description_of_standing_is_the_person_named_before_it():
    for text, words, name in (
        ("Donald Trump will release \"very, very specific\" results of a physical examination soon, the Republican "
         "presidential candidate said on Monday.", "very specific", "Donald Trump"),
        ("Gordon Brown has failed to tackle the unfairness in the tax system, Charles Kennedy has said.\n\n"
         "How was it right that the poorest paid more, the Lib Dem leader asked.", "poorest paid more", "Charles Kennedy"),
        ("Bill Clinton admitted mistakes on financial regulation in an interview with ABC News.\n\n"
         "The former president said he was wrong about derivatives.", "wrong about derivatives", "Bill Clinton"),
        # An honorific is no other title (the New York Times' "Mr.").
        ("Mr. Clinton spoke to donors in Chicago on Monday.\n\nThe former president said the party must unite.",
         "party must unite", "Clinton"),
        # "congressman" is a man's word: not Mrs. Harper, though she is the paragraph's last subject.
        ("Beto O'Rourke met voters in El Paso on Monday. Mrs. Jane Harper introduced him to the crowd.\n\n"
         "The former congressman said he was born to run.", "born to run", "Beto O'Rourke"),
    ):
        speaker = speaker_of(text, words)
        assert (speaker.kind, speaker.resolved) == ("person", name), text


def test_a_description_that_may_bring_in_somebody_new_stays_unnamed():
    text = (
        "Police arrested John Smith on Monday.\n\n"
        "The senior DHS official said the arrest was lawful. The driver said he saw nothing. "
        "The U.S. ambassador to NATO said troops were ready."
    )
    quotes = quotes_in(text)
    for words in ("arrest was lawful", "saw nothing", "troops were ready"):
        assert find(quotes, words).speaker.resolved is None, words


def test_a_transcripts_labels_in_capitals_are_the_people_it_names():
    text = (
        "ARI SHAPIRO, HOST:\n\n"
        "Life on lockdown might be noisy. As Invisibilia's reporter explains, nature is reacting.\n\n"
        "ABBY WENDLE, BYLINE: In Paris, the streets have gone quiet for the first time in decades.\n\n"
        "BERNIE KRAUSE: We can hear the subtlety of life around us again.\n\n"
        "WENDLE: This is Bernie Krause, one of the founders of soundscape ecology.\n\n"
        "KRAUSE: Let's see if I have the frogs and the jet flyover.\n\n"
        "SHAPIRO: That was Abby Wendle reporting for the program."
    )
    quotes = quotes_in(text)
    for words, name in (("subtlety of life", "Bernie Krause"), ("frogs and the jet", "Bernie Krause")):
        speaker = find(quotes, words).speaker
        assert (speaker.kind, speaker.resolved) == ("person", name), words
    # The host's and the reporter's lines are the programme's narration (eighteenth round), no quotes of theirs.
    assert not any(q.speaker.resolved in ("Abby Wendle", "Ari Shapiro") for q in quotes)
    # An interview's initials: "PJ" is the Peter Jahrling the article names.
    quotes = quotes_in(
        "Peter Jahrling runs the emerging viral pathogens section at the institute.\n\n"
        "PJ: You are seeing all these patients getting infected, so people think there must be aerosol spread."
    )
    speaker = find(quotes, "aerosol spread").speaker
    assert (speaker.kind, speaker.resolved) == ("person", "Peter Jahrling")


def test_they_is_a_list_of_names_or_a_group_outside_what_they_say():
    text = (
        "Tom Frieden, Jeffrey Koplan, David Satcher and Richard Besser warned in an op-ed of \"political leaders "
        "attempting to undermine the agency.\"\n\n"
        "They wrote that the administration has cast public doubt on CDC recommendations."
    )
    speaker = speaker_of(text, "cast public doubt")
    assert (speaker.kind, speaker.resolved) == ("person", "Tom Frieden, Jeffrey Koplan, David Satcher and Richard Besser")
    # Not a group inside a quotation "they" is outside of, nor one inside what "they" say.
    for text, words in (
        ("Four former CDC directors wrote an op-ed titled, \"No president ever politicized its science the way "
         "Trump has.\"\n\nThey wrote that the administration has cast public doubt on CDC recommendations.",
         "cast public doubt"),
        ("His lawyers were hopeful late this week but also wary. Turkey had appeared on the verge of freeing "
         "Mr. Brunson before, only to prolong his detention, they said.", "prolong his detention"),
    ):
        speaker = speaker_of(text, words)
        assert speaker.resolved not in ("Trump", "Donald Trump", "Turkey"), (text, speaker)
        assert speaker.kind in ("unknown", "anonymous"), (text, speaker)
    # A group set aside as in what is reported still comes before an object further back: the children
    # remember, not the school.
    quote = find(quotes_in(
        "The fear that the first graders in Sandy Hook Elementary School felt must have been terrible. The fear "
        "that those children who survived must feel every time they remember their teachers stacking them into "
        "closets is worse."
    ), "teachers stacking")
    assert quote.speaker.resolved != "Sandy Hook Elementary School"


def test_where_two_could_be_meant_nobody_is_named():
    for text, words in (
        ("The SEC fined Goldman Sachs $5 million on Tuesday over its reporting failures.\n\n"
         "The company said it was pleased to have resolved the matter.", "pleased to have resolved"),
        ("Rishi Sunak and Keir Starmer clashed in the Commons on Wednesday. Sunak accused Starmer of flip-flopping.\n\n"
         "The Labour leader said the government had failed.", "government had failed"),
        ("Republican Kevin McCarthy and Democrat Hakeem Jeffries met on Monday. McCarthy said talks were productive.\n\n"
         "The Democratic leader said the sides remained far apart.", "remained far apart"),
        ("Donald Trump kept classified documents at Mar-a-Lago, a former White House official told investigators.\n\n"
         "The former official said boxes were stored in a bathroom.", "stored in a bathroom"),
        ("Elon Musk fired most of Twitter's staff. A longtime engineer who was laid off spoke to the BBC.\n\n"
         "The longtime engineer said morale had collapsed.", "morale had collapsed"),
    ):
        assert speaker_of(text, words).resolved is None, text
    # "they" is those who spoke, not whom they spoke of; "the newspaper" is no "Royal Mail"; a dateline
    # in capitals names nobody.
    assert speaker_of("Lawyers for the family said Tesla had ignored warnings. Engineers knew of the defect, they said.",
                      "knew of the defect").resolved is None
    assert speaker_of("According to the Times, Royal Mail will raise the price of a stamp.\n\n"
                      "The newspaper said the increase would take effect in April.", "take effect").resolved == "Times"
    assert speaker_of("NEW YORK, March 3 (Reuters) - Markets fell on Friday.\n\nYORK: The index lost 2 percent on the day.",
                      "index lost").resolved != "New York"


def test_a_transcripts_host_narrates_and_an_unnamed_voice_is_nobody():
    text = (
        "MARY LOUISE KELLY, HOST:\n\n"
        "Gene Kelly made dancing look easy, and his films still draw crowds in Kharkiv.\n\n"
        "KELLY: A woman tells me she left the city two days ago by train.\n\n"
        "UNIDENTIFIED PERSON: We could not stay there any longer, it was too dangerous.\n\n"
        "UNIDENTIFIED PERSON: The trains leave every hour from the main station."
    )
    quotes = quotes_in(text)
    # The host's line is narration (eighteenth round): the woman told her, and no Kelly speaks.
    assert find(quotes, "left the city").cue.text == "tells"
    assert not any(q.speaker.resolved and "Kelly" in q.speaker.resolved for q in quotes)
    for words in ("could not stay", "trains leave"):
        assert find(quotes, words).speaker.resolved is None, words


def test_they_keeps_a_list_that_speaks_and_makes_no_orphan():
    for text, words, name in (
        ("Greenpeace protested outside Exxon's headquarters on Monday.\n\n"
         "Exxon and Chevron expect the deal to close in March, they said in a joint statement.", "close in March",
         "Exxon"),
        ("Elizabeth Warren, a Democrat from Massachusetts, and Lindsey Graham, a Republican, introduced the bill.\n\n"
         "They said it would protect consumers.", "protect consumers", "Elizabeth Warren and Lindsey Graham"),
    ):
        assert speaker_of(text, words).resolved == name, text
    # One person the tagger may take for an organisation is still who "they" is, rather than nobody.
    speaker = speaker_of("Demi Lovato, who came out as nonbinary in 2021, spoke at the event. Lovato opened with a new "
                         "song.\n\n\"It felt amazing,\" they said.", "felt amazing")
    assert speaker.kind != "pronoun"


def test_no_company_or_leader_where_the_one_named_is_of_another_kind():
    for text, words in (
        ("NASA awarded a $2.9 billion contract to build a lunar lander on Friday.\n\nThe company said it was honoured.",
         "honoured"),
        ("Ukraine's Volodymyr Zelensky appealed for more air defence on Monday.\n\nThe Russian president said the "
         "operation would continue.", "would continue"),
        ("Mikel Arteta praised his side after Arsenal beat Chelsea 3-1. Mauricio Pochettino said his players were "
         "tired.\n\nThe Gunners manager said the win was deserved.", "win was deserved"),
    ):
        assert speaker_of(text, words).resolved is None, text
