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
