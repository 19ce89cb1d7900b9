"""Faults from a tune-site reading of real news (issue #12's twenty-third round): a "he" after "Though the
North Korean leader decided …," went to a correspondent named before; "Trump" read as an organisation
where the article writes "President Trump"; an untagged "Facebook said" after "Facebook Inc." was a
person, and a "he" went to "Facebook" tagged a person beside "Facebook founder Mark Zuckerberg"; "it
said" after "the hospital said" went to the company that spoke before; a name after a long title with
no article, or after "lawyer" with "Per" read as a preposition, was nobody; "Politico, which first
reported …" tagged a person was one (and a "he" after it went to Politico); "Ms. Wasserman Schultz"
was not Debbie Wasserman Schultz; an interview's "Green:" after "Emma Green:" was nobody; "Heather
Marcoux, senior editor at Motherly" was nobody; a quotation shouted ran on into the next clause;
"Brooks, 27, died after …, the office said" reported "Brooks"."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_pronoun_after_a_described_subject_of_its_sentence_stands_for_that_subject():
    text = ("Pictures showed Kim Jong Un reviewing plans Monday, CBS News correspondent Ben Tracy reports. Though the "
            "North Korean leader decided not to launch weapons, he persisted in his rhetoric, saying, “If the Yankees "
            "persist, we will act.”")
    speaker = find(quotes_in(text), "Yankees").speaker
    assert speaker.resolved != "Ben Tracy" and speaker.kind == "anonymous"
    # The person the article gives that role.
    text = "Pope Francis spoke on Monday. John Smith, a priest, was there. Though the pope arrived late, he said he was sorry."
    assert find(quotes_in(text), "sorry").speaker.resolved == "Francis"
    # A named subject between keeps the pronoun's own, and "when" or "after" as often bring in somebody else.
    text = "Ben Tracy spoke first. Though the senator arrived, Tracy left and he said he was sorry."
    assert find(quotes_in(text), "sorry").speaker.resolved == "Ben Tracy"
    text = "Mary Jones was convicted of fraud on Monday. After the judge read the verdict, she said she would appeal."
    assert find(quotes_in(text), "appeal").speaker.resolved == "Mary Jones"


def test_a_one_word_name_after_a_persons_title_elsewhere_is_a_person():
    text = ("Trump pledges to fix infrastructure.\n\nIn a meeting with officials on Monday, Trump said “we’re going to "
            "get your permits very quickly.”\n\nCritics said “President Trump’s dangerous proposal would hand out "
            "subsidies.”")
    speakers = {q.speaker.text: q.speaker for q in quotes_in(text)}
    assert speakers["Trump"].kind == "person"


def test_an_untagged_name_the_tagger_calls_an_organisation_elsewhere_is_one():
    text = "Facebook Inc. said Monday it would start labeling.\n\nFacebook said it would ban ads that suggested voting was useless."
    speaker = find(quotes_in(text), "ban ads").speaker
    assert speaker.kind == "organization" and speaker.resolved == "Facebook"


def test_it_after_an_unnamed_organisation_is_that_organisation():
    text = ("YouTube said the shooter was not able to walk into the building.\n\nOne victim remained in serious "
            "condition on Wednesday, the hospital said. Two others were released Tuesday night, it said.")
    speaker = find(quotes_in(text), "Two others").speaker
    assert speaker.kind == "organization" and speaker.resolved is None


def test_a_name_ending_a_long_title_with_no_article_is_the_speaker():
    text = ("Despite this, the delegates are bound by state party rules to vote for Trump on the first ballot at the "
            "national convention, US senate candidate and former chairman of the Washington state Republican party "
            "Chris Vance, who was at the convention, told the Guardian.")
    assert find(quotes_in(text), "delegates").speaker.resolved == "Chris Vance"


def test_a_name_described_with_which_is_no_person():
    text = ("Mark Meadows said he will not seek re-election.\n\nMeadows told Politico, which first reported his "
            "departure: “I plan to serve the people of western North Carolina.”\n\nHe did not say more, he told Politico.")
    quotes = quotes_in(text)
    reported = [q for q in quotes if q.cue.text.endswith("reported")]
    assert reported and reported[0].speaker.kind == "organization"
    assert find(quotes, "did not say").speaker.resolved == "Mark Meadows"


def test_a_two_word_surname_stands_for_the_full_name():
    text = ("Rep. Debbie Wasserman Schultz said she would vote to support the deal.\n\n"
            "Ms. Wasserman Schultz said she spoke with President Barack Obama on Saturday night.")
    assert find(quotes_in(text), "spoke with").speaker.resolved == "Debbie Wasserman Schultz"


def test_an_interview_label_by_surname_is_the_person_named_in_full():
    text = ("Emma Green: Why did you feel called to publish this editorial?\n\n"
            "Mark Galli: One of my main goals is to have evangelicals talk to one another.\n\n"
            "Green: I was struck by how directly you called on your fellow evangelicals.")
    assert find(quotes_in(text), "I was struck").speaker.resolved == "Emma Green"


def test_a_quotation_opening_the_content_ends_it_before_another_subjects_clause():
    text = ("In several tense minutes on the House floor, support to move forward on the package seesawed, with "
            "Democrats shouting “Call the vote” and Republicans holding it open until they were able to persuade two "
            "lawmakers to switch their votes.")
    quote = find(quotes_in(text), "Call the vote")
    assert quote.content.text.strip(" “”") == "Call the vote"


def test_the_name_right_after_a_role_is_the_persons_wherever_the_parser_hangs_it():
    text = ("Assange’s Swedish lawyer Per E. Samuelson told The Associated Press on Monday that the decision to "
            "reopen the rape case is “outrageous.”")
    assert find(quotes_in(text), "outrageous").speaker.resolved == "Per E. Samuelson"


def test_a_name_apposed_to_an_editor_is_a_person():
    text = ('"Unfortunately, I was not surprised by the numbers" Heather Marcoux, senior editor at Motherly tells CNBC '
            "Make It. Since releasing their first report in 2018, Marcoux says she's seen the data on how mothers have "
            "felt unsupported.")
    assert find(quotes_in(text), "seen the data").speaker.resolved == "Heather Marcoux"


def test_a_name_owning_what_only_an_organisation_has_is_no_antecedent():
    text = ("Longtime tech investor Roger McNamee, who advised Facebook founder Mark Zuckerberg, now argues that the "
            "network is a threat.\n\nMcNamee credits Facebook's success as the heart of the problem. “There's never "
            "been anything like it for advertisers,” he said.\n\nFacebook said: “We take criticism seriously.”")
    quotes = quotes_in(text)
    assert find(quotes, "advertisers").speaker.resolved == "Roger McNamee"
    assert find(quotes, "criticism").speaker.kind == "organization"
    # A one-word name after a bare word for an organisation; not after "the company" a clause describes.
    text = "A survey by motherhood lifestyle brand Motherly found that mothers were tired. “It was hard,” she adds."
    assert find(quotes_in(text), "It was hard").speaker.kind == "pronoun"
    text = "The party Obama leads said so. Obama said he was happy."
    assert find(quotes_in(text), "happy").speaker.kind == "person"
    # Not a name the article writes after a person's title, whatever a scraper's residue sets before it.
    text = ("President Trump expressed optimism on Friday about the timeline of a coronavirus vaccine, as he announced "
            "new top officials to lead the effort.\n\nThe president has said the U.S. military Trump says he would "
            "mobilize military to distribute coronavirus vaccine when it's ready.")
    assert find(quotes_in(text), "timeline").speaker.kind == "person"


def test_content_never_ends_before_the_verb_of_the_clause_it_reports():
    text = ("Brooks, 27, died after he was shot twice in the back on Friday, the Fulton County Medical Examiner's "
            "Office said in a statement.")
    assert find(quotes_in(text), "Brooks").content.text.endswith("on Friday")


def test_a_headline_label_with_a_surname_python_calls_no_title_names_its_speaker():
    text = ("John McCain: Republican Populist Anger Appeals to ‘Bad Angels Of Our Nature.’\n\n"
            "Sen. John McCain spoke on Monday about the race.")
    assert find(quotes_in(text), "Populist").speaker.resolved == "John McCain"
    text = "Issa: Hillary Clinton’s ‘Honesty Is In Question.’\n\nRep. Darrell Issa spoke on Monday about the race."
    assert find(quotes_in(text), "Honesty").speaker.resolved == "Darrell Issa"
    # A letter to the editor's label names nobody, nor does a title-case line's "Articles Letter".
    text = ("Related Articles Letter to the editor.\n\nLetter: Protesters had no face coverings and weren’t social "
            "distancing.\n\nThe company said it is ramping up its capacity.")
    assert not [q for q in quotes_in(text) if "Protesters" in q.content.text]
