"""Faults read in tune-site news from outlets outside PolNeAR (issue #12's thirtieth round)."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_name_inside_a_quotation_opened_sentences_before_is_not_the_speaker():
    text = ("“I believe people should take him very seriously. He has a very good shot of winning Iowa, and other than "
            "Joe Biden, the best shot of winning Nevada,” Dan Pfeiffer, a former adviser to Barack Obama, told Politico.")
    speaker = find(quotes_in(text), "very seriously").speaker
    assert (speaker.resolved, speaker.text) == ("Dan Pfeiffer", "Dan Pfeiffer, a former adviser to Barack Obama")
    # A quotation closed before the name leaves it the subject.
    text = "“We will win,” he said. Joe Biden, the former vice president, told reporters the race was close."
    assert find(quotes_in(text), "race was close").speaker.resolved == "Joe Biden"


def test_a_titled_name_after_a_fronted_clause_is_the_speaker():
    text = ("As the party faithful wrapped up their annual May Day meeting in a damp drizzle in Prague, longtime "
            "Communist Party member Jiri Stary, a lawyer, stated clearly that Europe can’t stand up to the bear.")
    assert find(quotes_in(text), "Europe").speaker.resolved == "Jiri Stary"
    # Not a relative's name: "After the death of his son, Tom, the senator, 62, said".
    text = "After the death of his son, Tom, the senator, 62, said he would not run again."
    assert find(quotes_in(text), "not run again").speaker.resolved != "Tom"


def test_the_one_quoted_as_telling_speaks():
    text = ("He left behind a glimpse of his thinking: “It is a rather strange feeling,” Mr. Viktor Orbán was quoted "
            "as telling his hosts, “that one must travel to the East to feel at home.”")
    quote = find(quotes_in(text), "travel to the East")
    assert (quote.type, quote.speaker.resolved) == ("speech", "Viktor Orbán")
    # Where the participle holds the words, it is the cue, and "quoted" is none.
    quotes = quotes_in("Hillary Clinton was quoted as saying she had no regrets.")
    assert [(q.cue.text, q.content.text) for q in quotes] == [("was quoted as saying", "she had no regrets")]


def test_someone_brought_in_undescribed_by_name_is_whom_a_later_pronoun_stands_for():
    text = ("“Many people became poor,” says Attila Tibor Nagy, a political analyst in Budapest.\n\n"
            "In the middle of Freedom Square, a man takes a break from his job in a government agency.\n\n"
            "He sits with his back to the monument. He bristles in the shadow of the statue.\n\n"
            "Life for many of his family and friends, he says, is a struggle.")
    speaker = find(quotes_in(text), "a struggle").speaker
    assert (speaker.kind, speaker.resolved) == ("anonymous", None)
    # Not past a person named after it, nor one described by another's name.
    text = ("In the square, a man takes a break from his job.\n\n"
            "Attila Tibor Nagy, a political analyst, walks by.\n\n“It is a struggle,” he says.")
    assert find(quotes_in(text), "a struggle").speaker.resolved == "Attila Tibor Nagy"
    text = ("Police arrested John Smith on Tuesday.\n\nA lawyer for Smith arrived an hour later.\n\n"
            "“I am innocent,” he said.")
    assert find(quotes_in(text), "innocent").speaker.resolved == "John Smith"
    # Nor one brought in with a word that gives no gender, one whose clause holds somebody else of that
    # gender, or one who says nothing.
    for text, words in (
        ("Prosecutors charged John Smith, 45, with fraud on Tuesday.\n\nA judge set bail at $50,000.\n\n"
         "“I did nothing wrong,” he told reporters outside the courthouse.", "did nothing wrong"),
        ("Hillary Clinton took questions at a town hall on Monday. A woman in the audience wanted to know how she "
         "would lower the price of drugs.\n\n“We are going to take on the drug companies,” she said.", "drug companies"),
        ("Rep. Matt Gaetz denied the allegations on Tuesday. A spokesman for the Justice Department was not "
         "immediately available for comment.\n\n“I have never paid for sex,” he said.", "never paid"),
    ):
        assert find(quotes_in(text), words).speaker.kind == "person", text
    # Nor one who asks, whom the person named answers.
    text = ("Donald Trump says political correctness has run amok.\n\n"
            "At a forum on Monday, one questioner claimed that political correctness was hurting the military.\n\n"
            "“You’re right, we have a politically correct military,” he said.")
    assert find(quotes_in(text), "You’re right").speaker.resolved == "Donald Trump"


def test_a_name_after_a_closing_mark_the_tagger_took_for_a_title_is_a_person():
    text = ("\"It's a really huge opportunity for us to show our support for healthcare workers,\" Tech Sergeant "
            "Bryce Smith said between refueling F-16 fighters on the flight to New York.")
    speaker = find(quotes_in(text), "huge opportunity").speaker
    assert (speaker.kind, speaker.resolved, speaker.title) == ("person", "Bryce Smith", "Tech Sergeant")
    # Also with a description apposed, and the surname alone later is the same person.
    text = ("\"It really depends on what information the IRS has on you,\" Kyle Pomerleau, a resident fellow at the "
            "American Enterprise Institute, told NPR.\n\nPomerleau said the payments would go out in three weeks.")
    assert [q.speaker.resolved for q in quotes_in(text)] == ["Kyle Pomerleau", "Kyle Pomerleau"]
    # A title in quote marks is no person, nor a show's name with neither a title, a first name nor a word
    # for a person.
    for text in ("The slogan \"Make America Great Again\" resonated with him so much that he wears the hat.",
                 "“We stand by our reporting and will cover this story,” Good Morning America said in a statement.",
                 "“We stand by our reporting,” Good Morning America, the ABC morning show, said in a statement.",
                 "In a statement on Sunday, \"Saturday Night Live\" said the sketch had been intended as satire."):
        assert all(q.speaker.kind != "person" for q in quotes_in(text)), text


def test_a_speakers_party_and_state_keep_their_closing_bracket():
    text = ("“If we do nothing, it has a tremendous impact on the 2018 elections,” said Sen. Pat Roberts (R-KS). "
            "“And whether or not Republicans still maintain control.”")
    assert find(quotes_in(text), "tremendous impact").speaker.text == "Sen. Pat Roberts (R-KS)"
    text = "“Four of our states are getting a disproportionate amount of money,” Sen. Richard Shelby (R-AL) said."
    assert find(quotes_in(text), "disproportionate").speaker.text == "Sen. Richard Shelby (R-AL)"
    text = "“The bill will pass the Senate,” said Sen. Pat Roberts (R-Kan.)."
    assert find(quotes_in(text), "pass the Senate").speaker.text == "Sen. Pat Roberts (R-Kan.)"
    text = "Smith said the bill would cost taxpayers $2 billion over a decade (about $6 per person)."
    assert find(quotes_in(text), "cost taxpayers").content.text.endswith("(about $6 per person)")


def test_who_is_reported_to_have_said_it_speaks():
    text = "Mitt Romney is reported to have said that if Americans were disturbed by his fortune, just wait."
    assert [(q.cue.text, q.speaker.resolved) for q in quotes_in(text)] == [("is reported to have said", "Mitt Romney")]
    # Not one said to have done something else: the report stays the attribution.
    quotes = quotes_in("Three people are reported to have died of COVID-19 at the home.")
    assert [(q.cue.text, q.speaker.resolved) for q in quotes] == [("are reported", None)]
    # Not one expected to speak: nobody has.
    text = "Mitt Romney is expected to have said nothing by the time the vote is held."
    assert all(q.speaker.resolved is None for q in quotes_in(text))


def test_a_speakers_phrase_never_runs_over_the_quotation_before_it():
    text = ("“Without a special enrollment period, many people won’t have another opportunity to get health coverage "
            "this year,” Reps. Sander M. Levin of Michigan and Jim McDermott of Washington, the top Democrats on the "
            "House Ways and Means Committee, said in a statement.")
    speaker = find(quotes_in(text), "enrollment period").speaker
    assert speaker.text.startswith("Reps. Sander M. Levin") and speaker.resolved == "Sander M. Levin and Jim McDermott"
    # A quoted nickname or title before the name, with no stop or comma before its closing mark, stays.
    for text in ("The “Squad” member Ilhan Omar said the bill would fail.",
                 "Longtime “Jeopardy!” host Alex Trebek said the bill would fail."):
        assert "”" in find(quotes_in(text), "bill would fail").speaker.text, text


def test_the_person_in_a_recording_of_them_saying_it_speaks():
    text = ("The first bit of excitement arrived in mid-September, in the form of a leaked tape of Mitt Romney saying "
            "that 47 percent of Americans will vote for the president no matter what.")
    assert find(quotes_in(text), "47 percent").speaker.resolved == "Mitt Romney"
    # Not a common noun ("reacted with fury saying …" is the subject's), nor a name "of" takes for anything
    # but a recording.
    text = "The senator reacted with fury, saying the vote had been rigged."
    assert find(quotes_in(text), "rigged").speaker.text == "The senator"
    text = "A federal judge ruled in favor of Jennifer Smith saying the law did not apply to her."
    assert find(quotes_in(text), "did not apply").speaker.text == "A federal judge"


def test_a_relative_named_in_the_speakers_description_is_not_the_speaker():
    text = ("In an opinion piece in the Washington Post, former first lady Laura Bush, wife of the previous Republican "
            "president, George W. Bush, said she lives in a border state.")
    assert find(quotes_in(text), "border state").speaker.resolved == "Laura Bush"
    text = ("In an opinion piece in the Washington Post, Laura Bush, the wife of former President George W. Bush, "
            "said she lives in a border state.")
    assert find(quotes_in(text), "border state").speaker.resolved == "Laura Bush"
    # A relation that opens the speaker's own phrase leaves the name apposed to it the speaker.
    text = ("In an interview with the Associated Press, the son of the slain journalist, Salah Khashoggi, said the "
            "family had forgiven the killers.")
    assert find(quotes_in(text), "forgiven").speaker.resolved == "Salah Khashoggi"


def test_a_name_the_tagger_calls_an_organisation_after_a_personal_title_is_a_person():
    text = "“Stop lying to the American people. This is your policy,” Democratic U.S. Representative Hakeem Jeffries said."
    speaker = find(quotes_in(text), "Stop lying").speaker
    assert (speaker.kind, speaker.resolved) == ("person", "Hakeem Jeffries")
    # Not a place named after one: "the President Lincoln Presidential Library".
    text = "“We are thrilled to welcome our first visitors,” the President Lincoln Presidential Library said."
    assert find(quotes_in(text), "thrilled").speaker.kind == "organization"


def test_a_surname_with_a_capital_inside_is_a_name():
    text = ("In our political segment, host Neal Conan played a clip from Paul LePage, the Republican governor of Maine, "
            "who said this in his weekly radio address.")
    speaker = find(quotes_in(text), "radio address").speaker
    assert (speaker.kind, speaker.resolved) == ("person", "Paul LePage")
