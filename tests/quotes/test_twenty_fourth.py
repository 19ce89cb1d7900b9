"""Faults from a tune-site reading of real news (issue #12's twenty-fourth round): a wire dateline hung on
the place before it ran into the speaker ("BIARRITZ, France (Reuters) - U.S. President Donald Trump"),
"The President said" made "President" a person's name, and "The top Democrat in the U.S. Senate" an
organisation."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_dateline_the_parser_hangs_the_speaker_on_is_no_part_of_the_speaker():
    text = ("BIARRITZ, France (Reuters) - U.S. President Donald Trump said on Monday he would probably host next "
            "year's summit at one of his own properties.")
    speaker = find(quotes_in(text), "summit").speaker
    assert speaker.text == "U.S. President Donald Trump" and speaker.resolved == "Donald Trump"


def test_a_capitalised_title_after_the_is_a_title_not_a_name():
    text = "President Donald Trump spoke on Thursday.\n\nThe President said on Monday that he was being sarcastic."
    assert find(quotes_in(text), "sarcastic").speaker.resolved == "Donald Trump"
    speaker = find(quotes_in("The President said on Monday that he was being sarcastic."), "sarcastic").speaker
    assert speaker.kind == "anonymous" and speaker.resolved is None


def test_a_party_member_described_with_the_is_a_member_not_the_party():
    text = "The top Democrat in the U.S. Senate on Thursday called on President Donald Trump to block the deals."
    speaker = find(quotes_in(text), "block the deals").speaker
    assert speaker.kind != "organization"
