"""Faults read in tune-site news from outlets outside PolNeAR (issue #12's thirty-first round)."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_name_the_parser_hung_on_a_place_is_the_roles():
    text = ("Ukraine’s ambassador to the United States, Valeriy Chaly, said Mr. Artemenko “is not entitled to present "
            "any alternative peace plans.”")
    assert find(quotes_in(text), "not entitled").speaker.resolved == "Valeriy Chaly"
    # Not a friend's: "A friend of the singer, Taylor Swift, said" is the friend; nor where the place is
    # another's role's.
    for text, name in (
        ("A friend of the singer, Taylor Swift, said the tour would go on.", "Taylor Swift"),
        ("A lawyer for the governor of Virginia, Ralph Northam, said he would not resign.", "Ralph Northam"),
        ("A spokesman for the mayor of Chicago, Lori Lightfoot, said the city would appeal.", "Lori Lightfoot"),
    ):
        assert find(quotes_in(text), "would").speaker.resolved != name


def test_a_cue_closing_a_sentence_that_opens_with_another_reports_only_the_quotation_before_it():
    text = ("Mr. Kasich said it’s “very unlikely” he’ll vote for Mr. Trump … “too much water under the bridge,” the "
            "Ohio governor said in an interview with CNN.")
    quote = next(q for q in quotes_in(text) if q.speaker.text == "the Ohio governor")
    assert quote.content.text == "too much water under the bridge"
    # A sentence with one cue keeps its content whole, and so does one whose quotation ends the other
    # clause, or whose other cue is a passive.
    for text, first in (
        ("Sales rose in May, but “margins fell sharply,” the company said.", "Sales rose"),
        ("Transgender people have said bathroom access is one of their “most pressing challenges,” Seelman writes "
         "in the study.", "Transgender people"),
        ("Refugees will only be admitted if their admission is “deemed to be in the national interest,” a senior "
         "administration official said.", "Refugees"),
    ):
        assert find(quotes_in(text), first).content.text.startswith(first)


def test_a_thing_added_to_another_is_no_quote():
    assert quotes_in("Jessica added a pop of color to her ensemble with a small yellow handbag.") == []
    # Words added still are.
    assert find(quotes_in("“We are done,” he added to reporters."), "We are done").type == "speech"


def test_a_title_hyphened_before_the_name_is_the_speakers():
    text = "“I don’t agree with the oddsmakers,” vice-president Joe Biden told CNN this morning."
    quote = find(quotes_in(text), "oddsmakers")
    assert (quote.speaker.text, quote.content.text) == ("vice-president Joe Biden", "I don’t agree with the oddsmakers")


def test_manner_of_speaking_verbs_are_cues_beside_a_quotation():
    text = "Mr. Schiff spoke first.\n\n“Our indulgence wore out with you a long time ago, Mr. Chairman,” Mr. Jordan retorted."
    quote = find(quotes_in(text), "indulgence")
    assert (quote.cue.text, quote.speaker.resolved, quote.type) == ("retorted", "Jordan", "speech")
    text = "“My sweetheart was able to come and celebrate with me today,” Cortese captioned an Instagram post."
    assert find(quotes_in(text), "sweetheart").cue.text == "captioned"
    # Without a quotation they report no words, nor beside another cue's.
    assert quotes_in("She laughed at the joke. He smiled and texted his brother about the game.") == []
    assert [q.cue.text for q in quotes_in("“We will win,” said Smith, smiling.")] == ["said"]
    # Another cue of manner beside it takes nothing from it.
    quotes = quotes_in("“It’s a great day,” Johnson gushed, grinning as he said it.")
    assert find(quotes, "great day").cue.text == "gushed"


def test_a_sentence_that_opens_with_its_cue_quotes_the_speaker_after_it():
    text = "The actress spoke out on Monday.\n\nSaid Leigh, “There should be more parts for everyone in all films.”"
    quote = find(quotes_in(text), "more parts")
    assert (quote.cue.text, quote.speaker.text, quote.speaker.resolved) == ("Said", "Leigh", "Leigh")
    text = ("Said Jeff Ortiz, a co-chairman of the Republican Party in Story County, Iowa: “That’s just the Midwest "
            "way of doing things.”")
    quote = find(quotes_in(text), "Midwest")
    assert (quote.speaker.resolved, quote.speaker.title) == ("Jeff Ortiz", "a co-chairman of the Republican Party in Story County, Iowa")
    # What says where it was said stays out of the speaker.
    text = "Says the mayor, Eric Adams, in a statement: “New York will not be intimidated.”"
    assert find(quotes_in(text), "intimidated").speaker.text == "the mayor, Eric Adams"
    # A name that is "Said" stays one, and a phrase the sentence opens with is no speaker.
    for text in ("Said Qutb, the Egyptian thinker, wrote that the West had lost its way.",
                 "Said Qutb, the Egyptian thinker, wrote, “The West has lost its way.”"):
        assert find(quotes_in(text), "lost its way").speaker.resolved == "Said Qutb"
    for text, words in (
        ("Recalled to the stand on Tuesday, “I never saw the gun,” the witness told jurors.", "never saw"),
        ("Notes from the meeting, obtained by Reuters: “The board must act before the end of the quarter.”", "board must act"),
        ("Declared a national emergency last month, “the drought” has cost farmers billions, officials said.", "drought"),
    ):
        assert all(q.cue.text not in ("Recalled", "Notes", "Declared") for q in quotes_in(text))
    # Nor is a question put before the cue and its speaker.
    text = "Asked about the declaration that it had been a bomb, Clinton said, “I think it’s important to wait.”"
    quote = find(quotes_in(text), "important to wait")
    assert (quote.cue.text, quote.speaker.resolved) == ("said", "Clinton")


def test_a_programmes_title_is_no_words_of_the_speaker_quoted_beside_it():
    text = ("The Republicans agreed. “The worst thing the United States could do right now is put boots on the ground "
            "in Syria,” Mr. McCain said on the NBC program “Meet the Press.” “That would turn the people against us.”")
    quote = find(quotes_in(text), "boots on the ground")
    assert quote.content.text == ("The worst thing the United States could do right now is put boots on the ground in "
                                  "Syria … That would turn the people against us")


def test_they_after_a_number_of_people_is_them_not_a_country_named_before():
    text = ("In response, Iran fired missiles at two bases.\n\nA series of Trump allies and House Republicans also "
            "expressed their opposition to the measure on Thursday. They argued that Trump used the authority given "
            "to the president.")
    assert find(quotes_in(text), "used the authority").speaker.resolved != "Iran"
    # A number of things is no one.
    for text, group in (
        ("Iran fired missiles at two bases. A series of events followed. They said it was a mistake.", "Iran"),
        ("Democrats held a news conference. A number of factors contributed to the delay. They said the bill would "
         "pass by Friday.", "Democrats"),
    ):
        assert next(q for q in quotes_in(text) if q.speaker.text == "They").speaker.resolved == group


def test_a_speaker_after_the_cue_parsed_as_a_later_clauses_subject_speaks():
    text = ("“We need tough immigration enforcement to keep dangerous criminals out,” says the ad by a national "
            "conservative political group, part of an effort to help a Republican challenger, Mike Braun, oust a "
            "Democratic incumbent in Indiana.")
    quote = find(quotes_in(text), "tough immigration")
    assert quote.content.text == "We need tough immigration enforcement to keep dangerous criminals out"
    assert quote.speaker.text == "the ad by a national conservative political group"


def test_a_speaker_the_parser_ran_into_the_content_before_the_cue_is_cut_from_it():
    text = ("The “remain in Mexico” policy lacked sufficient protections to ensure migrants do not face “undue risk "
            "to their lives or freedom” in Mexico, the judge, Richard Seeborg, said.")
    quote = find(quotes_in(text), "remain in Mexico")
    assert quote.content.text == ("The “remain in Mexico” policy lacked sufficient protections to ensure migrants do "
                                  "not face “undue risk to their lives or freedom” in Mexico")
    assert (quote.speaker.text, quote.speaker.resolved) == ("the judge, Richard Seeborg", "Richard Seeborg")


def test_the_one_cited_as_saying_speaks():
    text = "Ramirez is cited by the New Yorker as saying Kavanaugh exposed himself to her during a party."
    (quote,) = quotes_in(text)
    assert (quote.speaker.resolved, quote.content.text) == ("Ramirez", "Kavanaugh exposed himself to her during a party")


def test_a_name_after_a_fronted_phrase_speaks_in_a_participle_on_any_verb():
    text = ("Amid US-Russian tensions over Syria, the US secretary of state, Rex Tillerson, appeared to go even further, "
            "saying his country would come to the defence of innocent civilians.")
    assert find(quotes_in(text), "defence").speaker.resolved == "Rex Tillerson"
    # What he seemed to do stays nobody's.
    assert find(quotes_in(text), "go even further").speaker.resolved is None


def test_a_finite_verb_parsed_as_a_participle_on_the_noun_root_keeps_its_subject():
    text = ("The acting director of the Office of Management and Budget, Russ Vought, scoffed at Democrats' inquiry on "
            "Twitter on Monday and vowed that neither he nor his associate would testify.")
    assert find(quotes_in(text), "would testify").speaker.resolved == "Russ Vought"


def test_a_cue_set_off_inside_what_was_said_splits_the_content_around_its_speaker():
    for text, speaker, content in (
        ("The quickest legal way for Trump to accelerate the deportation of asylum-seekers, said Yale-Loehr, could "
         "be by expanding a process known as expedited removal.", "Yale-Loehr",
         "The quickest legal way for Trump to accelerate the deportation of asylum-seekers … could be by expanding "
         "a process known as expedited removal"),
        ("The hardest part of the bill, said Mr. Cornyn, is “the spinach, as they call it.”", "Mr. Cornyn",
         "The hardest part of the bill … is “the spinach, as they call it"),
        ("The plan, said Smith, would fail.", "Smith", "The plan … would fail"),
        # Not a clause of its own joined to the rest.
        ("The bill, said Pelosi, “is a disgrace,” and she vowed to fight it.", "Pelosi", "The bill … is a disgrace"),
    ):
        quote = find(quotes_in(text), content.split(" … ")[-1][:12])
        assert (quote.speaker.text, quote.content.text) == (speaker, content)
