"""The first-name table's readings of news text (training/names.py): which patterns tell a gender."""

from __future__ import annotations

from training.names import observations


def test_a_speakers_own_pronoun_and_an_apposed_family_word_give_a_gender():
    seen = observations(
        "Nancy Pelosi said she would not back down. The governor’s wife, Jessica Mendoza, agreed. "
        "Spokesman Hogan Gidley told reporters he had no comment."
    )
    assert seen["Nancy", "f"] == 1 and seen["Jessica", "f"] == 1 and seen["Hogan", "m"] == 1
    assert not seen["Nancy", "m"] and not seen["Jessica", "m"]


def test_a_pronoun_after_another_clause_is_not_read():
    """A guard on the pattern's shape: only adverbs and auxiliaries may stand between the name and its
    cue, so a pronoun after a clause about somebody else tells nothing of the name."""
    seen = observations("Voters booed Hillary Clinton, and says she was tired. Critics of Donald Trump, who said little, cheered.")
    assert not seen["Hillary", "f"] and not seen["Donald", "f"]
    assert observations("Nancy Pelosi also said she would run.")["Nancy", "f"] == 1
