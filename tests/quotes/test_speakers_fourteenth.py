"""Speakers as real news writes them (a tune-site reading, fourteenth round): a family member named by
first name after a relative's possessive, a role a name owns ("an Obama spokesman"), a possessive
inside what the tagger takes for a name, a title a name in the next sentence does not bear, names a
pronoun cannot stand for (a name modifying a noun, a first name's gender), and "they" for the main
clause's group."""

from __future__ import annotations

from newsprobe import analyze
from newsprobe.quotes.extract import extract
from newsprobe.readers import from_text
from newsprobe.text import ArticleText

from .finding import find, quotes_in


def test_a_first_name_after_a_relatives_possessive_takes_the_family_surname():
    text = (
        "WASHINGTON — George Floyd’s brother Philonise pleaded with members of Congress on Wednesday to pass "
        "police reforms.\n\n"
        "During his testimony, Floyd sobbed as he discussed his brother's death.\n\n"
        "\"He pleaded for his life. He said he couldn't breathe,\" Floyd said. \"Justice has to be served.\"\n\n"
        "A funeral service was held in Houston for George Floyd, who died last month.\n\n"
        "Philonise said in his opening statement that he was testifying to honour his brother."
    )
    quotes = quotes_in(text)
    assert find(quotes, "Justice has to be served").speaker.resolved == "Philonise Floyd"
    assert find(quotes, "testifying").speaker.resolved == "Philonise Floyd"
    assert find(quotes, "his brother's death").speaker.resolved == "Philonise Floyd"
    # Guards: a spouse keeps no surname of the other's, and another person of that first name keeps theirs.
    text = (
        "Vice President Kamala Harris’s husband Doug joined her in Atlanta on Tuesday.\n\n"
        "Doug said the campaign was going well.\n\n"
        "Eric Holder said later that the vote would be close."
    )
    quotes = quotes_in(text)
    assert find(quotes, "going well").speaker.resolved == "Doug"
    assert find(quotes, "would be close").speaker.resolved == "Eric Holder"


def test_a_name_before_a_role_is_whose_role_it_is_not_the_speaker():
    text = "That’s why an Obama spokesman replied to Trump’s charges by saying they are “simply false.”"
    quote = find(quotes_in(text), "simply false")
    assert (quote.speaker.kind, quote.speaker.resolved) == ("anonymous", None)
    # The name the role comes with is still the speaker.
    assert find(quotes_in("“Nobody ordered it,” said Obama spokesman Kevin Lewis."), "Nobody").speaker.resolved == "Kevin Lewis"


def test_a_possessive_inside_what_the_tagger_calls_a_name_is_no_name():
    text = (
        "The tweet storm rolled quickly out of Trump’s Twitter feed early Saturday morning. “Terrible! Just "
        "found out that Obama had my ‘wires tapped’ in Trump Tower just before the victory,” Trump wrote."
    )
    assert find(quotes_in(text), "Terrible").speaker.resolved == "Trump"


def test_a_name_in_the_next_sentence_does_not_bear_the_title_before_it():
    text = (
        "Intelligence officials argued their release could put some materials at risk, one senior "
        "administration official said.\n\n"
        "Trump was resistant but “acceded to it with deep insistence that this stuff is going to be reviewed,” "
        "the official added."
    )
    quote = find(quotes_in(text), "acceded")
    assert (quote.speaker.kind, quote.speaker.resolved) == ("anonymous", None)


def test_a_name_modifying_a_noun_is_nobody_a_pronoun_stands_for():
    text = (
        "“Hillary Clinton’s campaign is in panic mode,” said Leslie Wimes, a president of the Democratic "
        "African-American Women Caucus.\n\n"
        "Wines believes that the Clinton campaign took black voters for granted.\n\n"
        "“They have a big problem. It’s not enough,” she said."
    )
    assert find(quotes_in(text), "big problem").speaker.resolved == "Leslie Wimes"


def test_a_given_name_after_a_nickname_tells_the_gender():
    text = (
        "Donald Trump has mocked Crooked Hillary Clinton for weeks.\n\n"
        "The Republican is also encouraging his supporters to ask why he had issues and Clinton did not. "
        "He says: “I wonder why it was bad.”"
    )
    assert find(quotes_in(text), "I wonder").speaker.resolved == "Donald Trump"
    # A guard: a bare surname tells no gender, whatever first name it could be.
    text = "Carter spoke to the students about her years in the Senate.\n\n“Public service matters,” she said."
    assert find(quotes_in(text), "Public service").speaker.resolved == "Carter"


def test_an_embedded_tweet_is_the_account_holders_words():
    text = (
        "Economists were quick to respond on Twitter.\n\n"
        "This might be the lowest point in the 74 year history of the Council of Economic Advisers. "
        "https://t.co/uUwqQ0ARg6 — Jason Furman (@jasonfurman) May 5, 2020\n\n"
        "The council did not reply."
    )
    quote = find(quotes_in(text), "lowest point")
    assert (quote.type, quote.direct, quote.speaker.text, quote.speaker.resolved) == ("speech", True, "Jason Furman", "Jason Furman")
    assert quote.content.text == "This might be the lowest point in the 74 year history of the Council of Economic Advisers"
    # The account's name is the speaker, not a name inside the tweet, and no handle is part of it.
    quote = find(quotes_in(
        "The former vice president defended the program on Sunday.\n\n"
        "\"I'd do it again in a minute.\" - Dick Cheney on EIT #MTP — Meet the Press (@meetthepress) December 14, 2014"
    ), "again in a minute")
    assert (quote.speaker.text, quote.speaker.resolved) == ("Meet the Press", "Meet the Press")
    # A dash inside the tweet is no part of the byline.
    quote = find(quotes_in("Wages – not prices – are the real story here. — Jason Furman (@jasonfurman) May 5, 2020"), "Wages")
    assert (quote.speaker.resolved, quote.content.text) == ("Jason Furman", "Wages – not prices – are the real story here")
    # A dash before a name without the account and the date is no tweet.
    assert not [q for q in quotes_in("Prices rose again this week — Jason Furman, May 5, 2020") if q.cue.text == "—"]


def test_a_participle_restating_its_cues_words_or_naming_the_topic_is_not_listed_in_the_report():
    body = (
        "“Invitations to the town hall will be extended to hopefuls who meet the party’s qualifications for the "
        "October debates,” CNN reported, referring to the party requiring candidates to have 2 percent support.\n\n"
        "Ajjawi replied saying that the political posts were not his own.\n\n"
        "Describing his family, Floyd said they cry every day."
    )
    report = analyze(from_text(body, title="Town hall"))
    assert [q.cue.text for q in report.quotes] == ["reported", "replied", "said"]
    # A characterisation is no topic: "describing it as reckless" says something.
    report = analyze(from_text("The senator criticized the plan on Monday, describing it as reckless.", title="Plan"))
    assert "describing" in [q.cue.text for q in report.quotes]
    # quotes_in keeps the participles: PolNeAR annotates them as attributions of their own.
    assert {"referring to", "saying", "Describing"} <= {q.cue.text for q in quotes_in(body)}


def test_a_womans_first_name_the_news_gives_a_gender_is_no_he():
    text = (
        "ESPN fired Curt Schilling on Wednesday.\n\n"
        "After his suspension, Jessica Mendoza replaced Schilling on the network's Sunday broadcasts. He was later "
        "reassigned to its games on Monday nights.\n\n"
        "Last month, he waded into politics on a radio station when he suggested that Hillary Clinton should be "
        "buried under a jail. ''She is a liar,'' he said."
    )
    assert find(quotes_in(text), "She is a liar").speaker.resolved == "Curt Schilling"


def test_a_name_the_parser_hangs_elsewhere_still_speaks():
    # Right after the cue, with the speaker's description parsed as the cue's clause.
    quote = find(quotes_in(
        "\"I don't know the overall impact … but it's pretty devastating to our sport for sure,\" said Bart Yasso, "
        "former chief running officer for Runner's World, and one of the few people to have run a marathon on all "
        "seven continents."
    ), "devastating")
    assert (quote.speaker.resolved, quote.content.text) == (
        "Bart Yasso", "I don't know the overall impact … but it's pretty devastating to our sport for sure"
    )
    # Right before the cue, parsed as a conjunct of a name before it.
    quote = find(quotes_in(
        "In an apparent dig at other candidates including Sanders, Buttigieg's campaign manager Mike Schmuhl pointed "
        "out he did not transfer millions of dollars into the campaign."
    ), "transfer")
    assert quote.speaker.resolved == "Mike Schmuhl"
    # Opening the sentence before a relative clause the parser took for the main one.
    quote = find(quotes_in(
        "That doesn't mean Spanish is losing its relevance. Soto, who also co-writes a blog about raising kids, "
        "SpanglishBaby.com, says it's a \"characteristic that ultimately unifies all Latinos.\""
    ), "unifies")
    assert (quote.speaker.text, quote.speaker.resolved) == ("Soto", "Soto")


def test_a_cue_joined_to_a_clause_of_another_tense_shares_the_subject_above():
    text = (
        "Mr. Lavrov called for rules under which Syria would join the Chemical Weapons Convention and said a "
        "solution “will make unnecessary” a military strike on Syria."
    )
    # The rules' candidate (whether the learned filter keeps a nested cue is the model's business).
    prose = ArticleText.from_string(text)
    (said,) = [a for a in extract(prose, attribution_filter=None) if prose.prose[a.cue[0] : a.cue[1]] == "said"]
    assert prose.prose[said.speaker[0] : said.speaker[1]] == "Mr. Lavrov"
    quote = find(quotes_in("The senator said the deal would fail and warned that voters would punish the party."), "punish")
    assert quote.speaker.text == "The senator"
    # Guards: a perfect or a passive keeps its clause's subject for the verb joined to it.
    for text, speaker in (
        ("Prosecutors said Smith had lied to investigators and told a friend that he destroyed the records.", "Smith"),
        ("The minister said protesters had gathered outside the palace and demanded his resignation.", "protesters"),
    ):
        prose = ArticleText.from_string(text)
        (joined,) = [a for a in extract(prose, attribution_filter=None) if a.cue_token.dep_ == "conj"]
        assert prose.prose[joined.speaker[0] : joined.speaker[1]] == speaker
