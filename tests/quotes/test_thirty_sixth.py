"""Faults read in PolNeAR dev and tune-site news (issue #12's thirty-sixth round)."""

from __future__ import annotations

from .finding import find, quotes_in


def test_as_somebody_put_it_credits_the_clause_it_hangs_on():
    text = ("As Ms. Simonyan put it in a statement in July, RT is providing a perspective you won't get from the "
            "mainstream press.\n\n"
            "The agency, as one official put it, is broken beyond repair.\n\n"
            "The requirement is a lawful source of investment income, as a Homeland Security memo put it.")
    quote = find(quotes_in(text), "providing a perspective")
    assert quote.type == "speech" and quote.speaker.resolved == "Simonyan"
    assert quote.cue.text.startswith("put it") and quote.content.text.startswith("RT is providing")
    quote = find(quotes_in(text), "broken beyond repair")
    assert quote.type == "speech" and quote.speaker.text == "one official" and quote.speaker.kind == "anonymous"
    assert "put" not in quote.content.text
    quote = find(quotes_in(text), "investment income")
    assert quote.speaker.text == "a Homeland Security memo" and quote.cue.text == "put it"
    # "put" for a figure or a deed is no speech: "Forbes put his net worth at $45 billion".
    text = "Forbes put his net worth at $45 billion. He put it on the table and left."
    assert not [q for q in quotes_in(text) if q.type == "speech"]


def test_a_relative_clause_that_reports_words_of_its_own_is_no_part_of_the_speaker():
    text = ("Mr. Kamin, who emphasized that her proposals would simplify returns for small businesses, said the "
            "changes were modest.")
    quote = find(quotes_in(text), "the changes were modest")
    assert quote.speaker.text == "Mr. Kamin"
    assert find(quotes_in(text), "simplify returns").speaker.resolved == "Kamin"
    # A clause that tells who the speaker is stays, as PolNeAR keeps it.
    text = '"We are done," said Annamaria Schifano, who was at the dinner that night.'
    assert find(quotes_in(text), "We are done").speaker.text == "Annamaria Schifano, who was at the dinner that night"


def test_a_quotation_in_reported_speech_stays_there_before_a_later_clause_with_a_cue():
    text = ('WHO Director-General Tedros Adhanom Ghebreyesus said Wednesday countries should put politics aside "if '
            'you don’t want to have many more body bags," after President Trump claimed the WHO "probably" knew of the '
            'dangers months before the agency sounded the alarm.\n\n'
            'He said anyone who was surprised by the poor showing "was not paying attention" and that no one advising '
            'Rubio has ever suggested he drop out.')
    for piece, cue in (("many more body bags", "claimed"), ("was not paying attention", "suggested")):
        assert not [q for q in quotes_in(text) if piece in q.content.text and cue in q.cue.text], piece
        assert find(quotes_in(text), piece).cue.text == "said"
    # An aside after the quotation is still the quotation's cue.
    text = "He wore a T-shirt with the words \"I can't breathe,\" as Eric Garner said before he died."
    assert find(quotes_in(text), "I can't breathe").cue.text == "said"


def test_a_possessive_who_is_the_world_health_organization():
    text = "WHO’s Director-General Tedros Adhanom Ghebreyesus said countries should put politics aside."
    assert find(quotes_in(text), "put politics aside").speaker.text == "WHO’s Director-General Tedros Adhanom Ghebreyesus"


def test_claiming_lives_is_no_claim():
    text = ("The assault, which claimed the life of Ambassador Christopher Stevens, was planned for weeks. The storm has "
            "claimed at least 12 lives. He claimed that his life was in danger.")
    assert [q.content.text for q in quotes_in(text)] == ["that his life was in danger"]


def test_a_clause_as_when_opens_is_no_aside_on_the_sentence():
    text = ("The subject was raised sometimes pointedly, as when Rahm Emanuel, the Chicago mayor, talked about "
            "Mr. Obama’s success at lifting the ban on gays in the military.")
    quote = find(quotes_in(text), "success at lifting")
    assert quote.cue.text == "talked about" and "subject was raised" not in quote.content.text
