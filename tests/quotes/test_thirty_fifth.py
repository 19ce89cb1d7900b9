"""Faults read in tune-site news from outlets outside PolNeAR (issue #12's thirty-fifth round)."""

from __future__ import annotations

from .finding import find, quotes_in


def test_the_writers_aside_after_a_quotation_is_no_part_of_it():
    # The parser hangs the aside on the quotation; its own comma closed it, and a second quotation follows.
    text = ('Rubio contends that what one president gives, the next may take away. "What [Obama] is banking on," '
            'Rubio says, "is that he is going to use a national security waiver to lift the sanctions," a move that '
            'allows the president to act without a vote in Congress. "We would simply re-impose the sanctions."')
    quote = find(quotes_in(text), "banking on")
    assert "a move" not in quote.content.text
    assert "We would simply re-impose the sanctions" in quote.content.text
    assert quote.content.text.count("…") == 2  # three pieces: the aside is left out between them
    # A quotation that ends its sentence, the writer's sentence, then the next quotation: the same.
    text = ("Months before he became President Trump’s national security adviser, John Bolton spoke at the annual "
            "gathering of an Iranian dissident group known as the Mujahedeen Khalq or the M.E.K. “The behavior and the "
            "objectives of the regime are not going to change. And therefore, the only solution is to change the "
            "regime itself.” "
            "It’s no secret that Bolton has long been a hardline foe of the Iranian government. “And that’s why before "
            "2019, we here will celebrate in Tehran.”")
    quote = find(quotes_in(text), "the only solution")
    assert "no secret" not in quote.content.text and "we here will celebrate" in quote.content.text
    # A paraphrase that quotes a fragment with a comma runs on as one piece.
    text = ('She recalls the colleague being "confused," and the partner being supportive of her, at one point '
            'even admonishing the client: "You know, you got to look at her, because she knows the answer."')
    quote = find(quotes_in(text), "the partner being supportive")
    assert len(quote.content.spans) == 1


def test_a_name_the_parser_made_the_root_is_who_the_next_he_is():
    # The parser hangs "called" on the apposition, leaving the name without a clause: still the subject.
    text = ("British Prime Minister Boris Johnson asked Queen Elizabeth II on Wednesday to suspend Parliament.\n\n"
            "Guy Verhofstadt, the European Parliament’s chief Brexit official, called Johnson’s move “sinister.”\n\n"
            "“As a fellow parliamentarian, my solidarity with those fighting for their voices to be heard,” he tweeted.")
    assert find(quotes_in(text), "fellow parliamentarian").speaker.resolved == "Guy Verhofstadt"


def test_a_that_clause_the_parser_hung_on_a_prepositions_clause_is_what_the_participle_says():
    text = ("TOKYO/WASHINGTON (Reuters) - U.S. Secretary of State Mike Pompeo brushed off North Korean charges that he "
            "used “gangster-like” diplomacy in negotiations in Pyongyang, saying on Sunday after meeting his Japanese "
            "and South Korean counterparts that he would keep pursuing denuclearization talks with North Korea.")
    quote = find(quotes_in(text), "keep pursuing")
    assert quote.cue.text == "saying" and quote.content.text == "that he would keep pursuing denuclearization talks with North Korea"
    assert quote.speaker.resolved == "Mike Pompeo"
    # A clause on a verb that reports ("after telling reporters that …") is that verb's, not the participle's.
    text = "Smith left the meeting early, saying nothing after telling reporters that the deal was dead."
    assert not [q for q in quotes_in(text) if q.cue.text == "saying" and "the deal was dead" in q.content.text]
    # Nor is one on a verb that takes a that-clause of its own (a reviewer's probes).
    for text, cue in (("She tweeted on Saturday without disclosing that she had been paid to promote the product.", "tweeted"),
                      ("The minister told parliament on Monday after learning that thousands of files were missing.", "told")):
        assert not [q for q in quotes_in(text) if q.cue.text.startswith(cue) and q.content.text.startswith("that")], text


def test_a_house_styles_label_before_a_colon_is_not_what_the_sentence_reports():
    text = "Why it matters: The disconnect adds to the wealth gap. The richest households are getting richer."
    assert not quotes_in(text)
    # Words said before a colon are no label.
    assert find(quotes_in("Enough is enough: protesters chanted outside the capitol on Saturday."), "Enough").cue.text == "chanted"
    # A clause that long before the colon is no label: what the cue reports, as the parser has it.
    text = ("The unemployment rate is a widely used term with a specific definition: It refers to the percentage of "
            "jobless people in the workforce who are actively seeking employment.")
    assert find(quotes_in(text), "widely used term").cue.text.startswith("refers")


def test_a_saying_label_on_its_own_line_before_a_speakers_label_is_no_attribution():
    text = ("Senate Majority Leader Mitch McConnell announced Thursday that Sen. Richard Burr is stepping down.\n\n"
            "What they're saying:\n\n"
            "McConnell: “Senator Burr contacted me this morning to inform me of his decision to step aside.”")
    quotes = quotes_in(text)
    assert not [q for q in quotes if "saying" in q.cue.text]
    assert find(quotes, "Senator Burr contacted me").speaker.resolved == "Mitch McConnell"
    # On its own line before a quotation with no label, the label is the attribution.
    text = ("Senate Majority Leader Mitch McConnell announced Thursday that Sen. Richard Burr is stepping down.\n\n"
            "What he's saying:\n\n“We agreed that this decision would be in the best interests of the committee.”")
    assert find(quotes_in(text), "We agreed").cue.text == "'s saying"


def test_a_quotation_beside_a_side_clauses_cue_in_reported_speech_stays_the_reporters():
    text = ("Influential Chinese state-backed newspaper the Global Times said that while Pence reiterated many of his "
            "previous criticisms, there was still “room for optimism.”")
    quotes = quotes_in(text)
    assert [q.cue.text for q in quotes if "room for optimism" in q.content.text] == ["said"]
    assert not [q for q in quotes if q.cue.text == "reiterated" and q.direct]
    # A quotation inside the side clause, before its comma, is its cue's, wherever the parser hangs it.
    text = "He wrote that while Trump insisted the economy was “the greatest in history,” wages had barely moved."
    assert [q.content.text for q in quotes_in(text) if q.cue.text == "insisted" and q.direct] == ["the greatest in history"]


def test_a_clause_on_when_something_happened_is_no_aside_that_reports():
    text = ("\"We hope that our local decision helps spur state and national leaders to take steps to make our "
            "communities safer,\" Deerfield Mayor Harriet Rosenthal said in a press release, after the ban on assault "
            "weapons passed unanimously.\n\nThe nearby suburb of Highland Park passed a similar ban in 2013.")
    assert [q.cue.text for q in quotes_in(text) if "We hope" in q.content.text] == ["said"]
    # An "as" or "like" clause is the aside it always was.
    text = "The reactor was never at risk of meltdown, like the utility insisted from the start."
    assert find(quotes_in(text), "never at risk").speaker.text == "the utility"
    text = "The video does not answer whether Scott had a gun, as police have said."
    assert find(quotes_in(text), "whether Scott had a gun").speaker.text == "police"
