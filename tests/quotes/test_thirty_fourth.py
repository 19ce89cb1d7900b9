"""Faults read in tune-site news from outlets outside PolNeAR (issue #12's thirty-fourth round)."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_one_word_label_names_somebody_only_where_the_article_does_so_elsewhere():
    # A debate preview's verdicts and a caption's lead word read as names to the tagger, at the label only.
    text = ("There’s a Democratic debate tonight in New York.\n\n"
            "Edge: Sanders. He’s got more New York years, he’s got a New York accent, and he has never lived in Chicago.\n\n"
            "Edge: Clinton. Yes, really. It’s the problem for Sanders, who has fewer jobs on his résumé.\n\n"
            "Chic: The model wore a khaki blazer tucked into matching trousers.")
    assert not [q for q in quotes_in(text) if q.cue.text == ":"]
    # An interview's surname label after the full name, itself a label, is the interviewer.
    text = ("Emma Green: Why did you feel called to publish this piece now?\n\n"
            "Mark Galli: We had been waiting for the right moment to say it plainly.\n\n"
            "Green: I was struck by how directly you called on your fellow evangelicals to speak.")
    assert find(quotes_in(text), "I was struck").speaker.resolved == "Emma Green"
    text = ("Senator Mitch McConnell spoke to reporters on Tuesday.\n\n"
            "McConnell: The cheap shots at the nominee were particularly inappropriate.")
    assert find(quotes_in(text), "cheap shots").speaker.resolved == "Mitch McConnell"
    # Named nowhere else, a label still names its speaker where the words are speech (first or second
    # person, or quoted), in a transcript or list where another label is a speaker's, or as a headline.
    text = ("The Atlantic spoke with the candidate.\n\nEmma Green: Why did you feel called to publish this piece now?\n\n"
            "Buttigieg: Happy to be here, Emma.\n\nGreen: How does faith shape your politics?\n\n"
            "Buttigieg: It shapes almost everything about how I think about policy.")
    quotes = quotes_in(text)
    assert find(quotes, "Happy to be here").speaker.text == find(quotes, "It shapes").speaker.text == "Buttigieg"
    assert find(quotes_in("Stephanopoulos: You know, several fact-checkers have looked at that claim."), "fact-checkers").cue.text == ":"
    text = "The former president campaigned in Atlanta on Friday.\n\nObama: 'Democracy is on the ballot this year'"
    assert find(quotes_in(text), "Democracy is on the ballot").speaker.text == "Obama"
    text = "Erdogan: Turkey will not bow to threats from Washington\n\nThe Turkish president spoke in Ankara on Friday."
    assert find(quotes_in(text), "will not bow").speaker.text == "Erdogan"


def test_a_participle_speaks_for_the_clause_a_relative_about_a_thing_sits_in():
    # The parser hangs "telling" on the relative clause "that added …": a thing's "that" tells nobody.
    text = ("Trump was buoyed on Wednesday by victories that added to the Republican majority in the U.S. Senate, "
            "telling reporters at the White House that the gains outweighed the Democrats’ takeover of the House.")
    assert find(quotes_in(text), "the gains outweighed").speaker.resolved == "Trump"
    # A participle on a passive otherwise is often its unnamed agent's: no speaker there.
    for text in ("The law was struck down on Friday, saying it violated the constitution.",
                 "Jones was suspended for six games on Tuesday, citing a violation of the league's conduct policy.",
                 "Pompeo was interviewed by Fox News on Sunday, saying the talks would continue.",
                 "The senator was interrupted by protesters, shouting that he had blood on his hands."):
        assert all(q.speaker.text is None for q in quotes_in(text) if q.cue.text in ("saying", "citing", "shouting")), text
    # A person's relative clause keeps its own subject.
    text = "Smith, who resigned on Monday, said the board had failed, adding that it had ignored warnings."
    assert find(quotes_in(text), "ignored warnings").speaker.resolved == "Smith"


def test_a_hyphened_word_is_one_speaker_not_three_subjects():
    # The parser makes "vice", "-" and "president" three subjects of the cue; the speaker is the whole word.
    for text, speaker in (("The vice-president said the economy was strong.", "The vice-president"),
                          ("“It’s never been a good bet,” the vice-president said.", "the vice-president"),
                          ("Former justice minister Jody Wilson-Raybould testified on Wednesday that she was pressured.",
                           "Former justice minister Jody Wilson-Raybould")):
        quote = quotes_in(text)[0]
        assert quote.speaker.text == speaker, text
    assert quotes_in("Jody Wilson-Raybould said the pressure was inappropriate.")[0].speaker.resolved == "Jody Wilson-Raybould"
    # A hyphened word that is the only subject stays the speaker.
    assert quotes_in("The mother-of-two said she had not been told.")[0].speaker.text is not None
