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


def test_a_participle_speaks_for_the_clause_a_relative_about_a_thing_sits_in():
    # The parser hangs "telling" on the relative clause "that added …": a thing's "that" tells nobody.
    text = ("Trump was buoyed on Wednesday by victories that added to the Republican majority in the U.S. Senate, "
            "telling reporters at the White House that the gains outweighed the Democrats’ takeover of the House.")
    assert find(quotes_in(text), "the gains outweighed").speaker.resolved == "Trump"
    # After a passive: whom it is about, or its agent where that names somebody.
    assert find(quotes_in("Smith was arrested on Monday, telling police that he was innocent."), "innocent").speaker.text == "Smith"
    assert find(quotes_in("The plan was criticised by Democrats, calling it a giveaway."), "giveaway").speaker.text == "Democrats"
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
