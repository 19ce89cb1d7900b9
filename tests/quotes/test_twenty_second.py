"""Faults from PolNeAR dev's missed cues and a tune-site reading (issue #12's twenty-second round): "what
she called a “rant”" had no content the rules could find, "According to …" the parser made the
sentence's root reported nothing, a quotation on a line of its own ran on into the sentence before, a name inside a quotation was taken for the speaker named after it, "what" was kept in a
speaker's name, jobs added were a quote, and "appears to have confirmed" had no speaker."""

from __future__ import annotations

from newsprobe.nlp import get_nlp

from .finding import find, quotes_in

VISIT = "Hillary Clinton spoke in Miami on Monday.\n\n"


def test_what_a_speaker_calls_something_is_a_quote_in_two_pieces():
    text = VISIT + "Alicia Machado was hospitalized for weeks after what she called a “rant,” a series of online posts."
    quote = find(quotes_in(text), "rant")
    assert quote.cue.text == "called" and quote.speaker.resolved == "Alicia Machado"
    assert [piece.strip(" ,“”") for piece in quote.content.text.split("…")] == ["what", "a “rant"]
    # Object and name read as two predicates.
    quote = find(quotes_in("Sen. Ted Cruz on Tuesday called Donald Trump a “pathological liar.”"), "liar")
    assert quote.speaker.resolved == "Ted Cruz" and quote.content.text.startswith("Donald Trump a")
    # A thing named, with nobody naming it, is no quote.
    quotes = quotes_in("The money went to a group called the “We The People Foundation,” records show.")
    assert not [q for q in quotes if q.cue.text == "called"]


def test_according_to_the_parser_made_the_root():
    text = "According to conservative talk radio host Rush Limbaugh, the move reeks of “fear” and desperation."
    quote = find(quotes_in(text), "reeks")
    assert quote.cue.text == "According to" and quote.speaker.resolved == "Rush Limbaugh"
    assert quote.content.text.startswith("the move reeks")
    # What it reports is in the sentence before: no quote of "basically".
    assert not quotes_in("Pretty much the same, right? According to MSNBC, basically.")


def test_a_line_after_one_that_ends_a_sentence_starts_one():
    text = ("“What parents really want is a quality neighborhood school,” said Hester.\n"
            "Michael Mulgrew, president of the United Federation of Teachers, said he hopes the day of action sends a "
            "message that “communities are standing up for their public schools.”\n"
            "“Let’s get back to saying our schools are something we support and will fund,” he said.")
    assert [s.text[:6] for s in get_nlp()(text).sents] == ["“What ", "Michae", "“Let’s"]
    # Hard-wrapped text stays whole: a line opening in lower case, after a rank's stop, or after a closing
    # mark or parenthesis with no stop before it.
    for text in ("Officials from Apple Inc.\nsaid they would appeal.", "“We were ambushed,” said Army Capt.\nJohn Smith, a commander.",
                 'He called it a "witch hunt"\nTuesday and said it would end soon.',
                 "Sen. Chuck Schumer (D-N.Y.)\nSaturday called the plan a disgrace."):
        assert len(list(get_nlp()(text).sents)) == 1, text
    quote = find(quotes_in("“We were ambushed,” said Army Capt.\nJohn Smith, a company commander."), "ambushed")
    assert quote.speaker.resolved == "John Smith"


def test_a_name_inside_the_quotation_is_not_the_speaker_named_after_it():
    text = ("“He has a very good shot of winning Iowa, and other than Joe Biden, the best shot of winning Nevada,” "
            "Dan Pfeiffer, a former adviser to Barack Obama, told Politico.")
    speaker = find(quotes_in(text), "Iowa").speaker
    assert speaker.resolved == "Dan Pfeiffer" and "Biden" not in speaker.text
    # A name before a quotation in the sentence is no name inside one.
    text = "Nancy Pelosi, speaking on NBC’s “Meet the Press,” Speaker of the House since 2019, said the bill would pass."
    assert find(quotes_in(text), "bill would pass").speaker.resolved == "Nancy Pelosi"


def test_a_relative_pronoun_is_no_part_of_the_speaker():
    text = ("The military is a model of discipline, or what Gen. James Amos, the commandant of the Marine Corps, "
            "calls the “spiritual health” of soldiers.")
    speaker = find(quotes_in(text), "spiritual health").speaker
    assert speaker.resolved == "James Amos" and not speaker.text.startswith("what")
    assert speaker.title is None or "what" not in speaker.title


def test_jobs_added_are_no_quote():
    text = "Retail trade, wholesale trade and financial activities also added jobs for the month.\n\nThe goods-producing sector also added jobs."
    assert not [q for q in quotes_in(text) if q.cue.text.endswith("added")]
    # Words added stay quotes.
    quotes = quotes_in("She added a warning that the law would fail.\n\n“We will fight,” he added.\n\nHe added a caveat.")
    assert {q.cue.text for q in quotes} == {"added"} and len(quotes) == 3


def test_a_perfect_infinitive_cue_takes_the_subject_of_its_clause():
    quotes = quotes_in("The Iowa Democratic Party appears to have confirmed that a coding issue was to blame.")
    quote = next(q for q in quotes if q.cue.text == "to have confirmed")
    assert quote.speaker.resolved == "The Iowa Democratic Party" and quote.speaker.kind == "organization"
    # A passive one has its listeners for the subject, not its speaker.
    quotes = quotes_in("The workers appear to have been told that the plant was safe.")
    assert all(q.speaker.text is None for q in quotes if q.cue.text == "to have been told")


def test_a_first_name_tells_the_gender_before_a_surname_shared_in_the_family():
    text = ("Mr. Bush spoke at the funeral of Barbara Bush in Houston.\n\n"
            "Barbara Bush had condemned Donald Trump as a “comedian”.\n\n"
            "He claimed Barack Obama was not born in the US.")
    assert find(quotes_in(text), "not born").speaker.resolved == "Donald Trump"


def test_a_question_the_writer_asks_is_no_quote():
    text = "Shouldn’t she be uncomfortable among all these people? What explains her apparent ease?"
    assert not quotes_in(text)
    # A relative "who" in a question still speaks for its antecedent.
    quote = find(quotes_in("Martha Smith ran in 2020.\n\nIs it true that Smith, who said the vote was rigged, will run again?"), "rigged")
    assert quote.speaker.resolved == "Martha Smith"


def test_no_title_from_a_possessive_or_a_relative_clause_after_the_name():
    quote = find(quotes_in("Nancy Pelosi’s latest broadside against the president accuses him of a “cover-up.”"), "cover-up")
    assert quote.speaker.resolved == "Nancy Pelosi" and quote.speaker.title is None
    quote = find(quotes_in("“It's what we call an entombment,” Andrew Olvera, who leads the American team, tells NPR."), "entombment")
    assert quote.speaker.resolved == "Andrew Olvera" and quote.speaker.title is None
    # An apposed title stays.
    quote = find(quotes_in("Jane Porter, the club’s chairwoman, said the club would close."), "close")
    assert quote.speaker.title == "the club’s chairwoman"
    assert find(quotes_in("Jane Doe, that group's leader, said the plan would fail."), "fail").speaker.title == "that group's leader"


def test_a_surname_the_tagger_makes_a_common_noun_is_the_full_name():
    text = ("Former Maryland Gov. Martin O’Malley was the target of a protest.\n\n"
            "O’Malley said that “all lives matter,” a phrase he later regretted.")
    assert find(quotes_in(text), "all lives matter").speaker.resolved == "Martin O’Malley"
    text = "Donald Trump fought to keep the details secret.\n\nTrump hit back calling Curiel a “hater” and “biased”."
    assert find(quotes_in(text), "hater").speaker.resolved == "Donald Trump"


def test_a_name_after_a_role_word_is_a_person_though_tagged_an_organisation():
    quote = find(quotes_in("“It automatically brought me to tears,” march organizer Daryan Fennal told the newspaper."), "tears")
    assert (quote.speaker.kind, quote.speaker.resolved) == ("person", "Daryan Fennal")
    # "parent", "owner" and "researcher" name companies too.
    for text in ("Google parent Alphabet Inc said profits rose.", "Industry researcher Counterpoint Research said sales fell."):
        assert quotes_in(text)[0].speaker.kind == "organization", text


def test_a_name_with_a_digit_is_no_person():
    quote = find(quotes_in("NBC10 said it called multiple phone numbers listed for the property."), "phone numbers")
    assert (quote.speaker.kind, quote.speaker.resolved) == ("organization", "NBC10")
    assert quotes_in("WGN9 said the road was closed.")[0].speaker.kind == "organization"  # the tagger gives it no type
    # Initials after "the" are a paper's; initials alone may be a person's.
    assert quotes_in("The FT reported that the deal was dead.")[0].speaker.kind == "organization"
    assert quotes_in("JFK said the moon was near.")[0].speaker.kind == "person"


def test_a_name_before_a_plural_role_is_whose_role_it_is():
    for text in ("“We expect 3.5 million jobs will be lost,” BofA strategists said.", "Obama aides said the plan was dead."):
        quote = quotes_in(text)[0]
        assert quote.speaker.resolved is None and quote.speaker.kind != "person", text


def test_a_bare_surname_takes_the_gender_its_whole_family_in_the_article_shares():
    text = ("Donald Trump Jr. appeared on “The View” on Thursday with Joy Behar and Whoopi Goldberg.\n\n"
            "“We’ve all done things we regret. Joy, you’ve worn blackface,” Trump said.\n\n“No I have not,” she said.")
    assert find(quotes_in(text), "No I have not").speaker.resolved == "Joy Behar"
    # Not where the family holds both: "Clinton" beside Bill and Hillary Clinton tells nothing.
    text = ("Bill Clinton and Hillary Clinton spoke on Monday.\n\n“We will win,” Clinton said.\n\n“It is over,” she said.")
    assert find(quotes_in(text), "It is over").speaker.resolved == "Hillary Clinton"


def test_a_title_stops_before_a_relative_clause_and_is_never_punctuation():
    text = ("“It is historic,” said Chad Griffin, the president of the Human Rights Campaign, who introduced "
            "Mrs. Obama at the luncheon.")
    assert find(quotes_in(text), "historic").speaker.title == "the president of the Human Rights Campaign"
    quote = find(quotes_in("“I just triggered The View,” Donald Trump Jr. wrote on Twitter."), "triggered")
    assert quote.speaker.resolved.startswith("Donald Trump Jr") and quote.speaker.title is None
    quote = find(quotes_in("“We will win,” said John Smith Jr., the team's coach."), "win")
    assert quote.speaker.title == "the team's coach"


def test_a_name_and_a_colon_before_words_with_no_verb_is_a_link_not_a_claim():
    text = "Jed Kolko said so.\n\nDerek Thompson: The four rules of pandemic economics\n\nThe government does little."
    assert not [q for q in quotes_in(text) if q.cue.text == ":"]
    # A headline-style claim names somebody the article names, with a verb or without.
    quote = find(quotes_in("Mike Pence spoke on Monday.\n\nPence: Gennifer Flowers won't be at debate"), "Flowers")
    assert (quote.cue.text, quote.speaker.resolved) == (":", "Mike Pence")
    quote = find(quotes_in("Mike Pence spoke on Monday.\n\nPence: No apology for the remarks\n\nThe debate is on Sunday."), "apology")
    assert (quote.cue.text, quote.speaker.resolved) == (":", "Mike Pence")


def test_a_witness_apposed_deeper_in_the_phrase_is_the_speaker():
    text = ("One of the witnesses at today's hearing, Maureen Condic, a neurobiologist from the University of Utah, "
            "testified that fetuses feel pain.")
    assert find(quotes_in(text), "fetuses").speaker.resolved == "Maureen Condic"
    # Not after a whole person described ("a friend of the singer, Taylor Swift," is the friend).
    assert find(quotes_in("A friend of the singer, Taylor Swift, told reporters she was fine."), "fine").speaker.resolved is None
