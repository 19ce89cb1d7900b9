"""Faults from a tune-site reading (nineteenth round): a quoted fragment of reported speech handed to the
next sentence's cue; a dash that did not end the clause a quotation's cue would open; "“…,” Trump, Jr.,
said" with nobody speaking; who a description, an apposition, an organisation's name, "who" after a dash
and a speech participle after a reported clause stand for (``SPEAKERS``); "bragged on Twitter about …"
reporting "Twitter"; "only time will tell" as speech. Guards: what each fix must leave alone."""

from __future__ import annotations

import pytest

from .finding import find, quotes_in


def test_a_quoted_fragment_of_reported_speech_is_not_the_next_sentences():
    text = ("Sen. Dianne Feinstein, California Democrat, said the modification allows the shooter to fire 400 to 800 "
            "rounds per minute and that Paddock “appears to have modified at least one of his weapons in this way.” "
            "She said she is looking at ways “to finally close this loophole.”")
    quotes = quotes_in(text)
    assert find(quotes, "looking at ways").content.text.startswith("she is looking")
    assert find(quotes, "appears to have modified").cue.text == "said"
    assert find(quotes, "appears to have modified").speaker.text.startswith("Sen. Dianne Feinstein")
    # Guard: a cue inside the reported speech may be the fragment's own.
    text = ("The closures, which State Department deputy spokeswoman Marie Harf told reporters were taken \"out of an "
            "abundance of caution,\" also indicate a change in US response to threats, the Monitor adds.")
    quotes = quotes_in(text)
    assert [q.speaker.resolved for q in quotes if q.content.text == "out of an abundance of caution"] == ["Marie Harf"]


def test_a_dash_ends_the_clause_a_quotations_cue_would_open():
    text = ('The pastor spoke for an hour. "Even Satan will be captured and jailed." His church attracts followers '
            "- by promising them eternal life.")
    assert not any("Satan" in q.content.text for q in quotes_in(text) if q.cue.text == "promising")
    # Guard: a dash inside the subject's phrase does not.
    quotes = quotes_in('"We will win," she said. "It is certain." Smith - the mayor - said he agreed.')
    assert find(quotes, "he agreed").speaker.resolved == "Smith"
    # Nor does a hyphen inside a word.
    text = 'Trump attacked the press again. "They are the enemy of the people." In a follow-up post Trump said the media lied.'
    assert find(quotes_in(text), "enemy of the people").cue.text == "said"


def test_a_suffix_set_off_by_commas_speaks_before_the_cue():
    quote = find(quotes_in("Joe Biden “can’t remember where he is fifty per cent of the time,” Trump, Jr., said."), "fifty")
    assert quote.speaker.text == "Trump, Jr"
    assert quote.content.text.startswith("Joe Biden")


# (text, a piece of the quote's content, who the speaker resolves to). Guards say what a fix leaves alone.
SPEAKERS = {
    "a description needs the title the person bears": (
        "Attorney General William Barr, accompanying the president along with Commerce Secretary Wilbur Ross, affirmed "
        "that the census will not include the question. Addressing a room of bloggers, the president lamented that "
        "three courts would not allow it.", "three courts", None),
    "an abbreviated title": (
        "Former presidential candidate Sen. Bernie Sanders (I) of Vermont seized on this issue at the hearing. The "
        "senator animatedly quoted Trump four times saying he would not cut the programs.", "cut the programs", "Bernie Sanders"),
    "an office qualified otherwise": (
        "Prime Minister Benjamin Netanyahu fired Justice Minister Tzipi Livni on Tuesday. The prime minister called for "
        "the dissolution of the Knesset, “in order to go to the people.”", "go to the people", "Benjamin Netanyahu"),
    "guard: a portfolio is the same office": (
        'Justice Minister Cathy Jamieson launched the plan. The minister said: "Better joint working will help prisons."',
        "joint working", "Cathy Jamieson"),
    "guard: an abbreviation is no other office": (
        "Gen. Mark Milley spoke first. Then the attorney general said the case was closed.", "case was closed", None),
    "guard: a title hung on the name": (
        "Secretary of State Mike Pompeo arrived in Seoul on Monday. The secretary said talks would continue.",
        "talks would continue", "Mike Pompeo"),
    "guard: a title the name is": (
        "John Smith is the mayor of the town. The mayor said the budget was tight.", "budget was tight", "John Smith"),
    "an abbreviated qualifier": (
        "Lt. Gov. Dan Patrick met reporters on Monday. Later the governor said the plan would pass.", "plan would pass", None),
    "a title after a name's comma, both subjects": (
        "In 2009, the United Nations came under withering criticism. Ban Ki-moon, the secretary general of the United "
        "Nations, vowed not to repeat that mistake.", "not to repeat", "Ban Ki-moon"),
    "not a name the tagger takes before a comma": (
        "President Donald Trump endorsed Senate candidate Roy Moore on Monday.\n\nThe White House said Trump endorsed "
        "the campaign in a call to Moore. In a post on Twitter, the president said Republicans needed the former Alabama "
        "Supreme Court justice to win.", "Republicans needed", "Donald Trump"),
    "the name in apposition, not its possessor": (
        "There was no reaction, but Israeli Prime Minister Benjamin Netanyahu's chief rival in next month's general "
        "election, Benny Gantz, criticised the response, saying Abbas \"doesn't miss an opportunity for refusal\".",
        "opportunity for refusal", "Benny Gantz"),
    "guard: a document's owner": (
        "Ivana Trump's brief argued that the records should stay sealed.", "records should stay sealed", "Ivana Trump"),
    "an organisation is not the phrase before its comma": (
        "In a statement to Axios, Walmart urged candidates to engage with the company.", "engage with", "Walmart"),
    "guard: a company's suffix after a comma": (
        "Amazon, Inc. recently announced it hired an additional 175,000 people.", "175,000", "Amazon, Inc"),
    "who after a dash": (
        "The agency is run by Mick Mulvaney. Democrats and consumer advocates said it was unfair and inappropriate to "
        "put Mulvaney - who once described the CFPB as a “joke” - in charge.", "CFPB", "Mick Mulvaney"),
    "a speech participle after a reported clause": (
        "Krispy Kreme said accounting errors had forced the move, adding that its board made the decision.",
        "its board", "Krispy Kreme"),
    "at pains to say": (
        "Trump was at pains to say that regardless of when a vaccine was developed, the nation was returning to normal.",
        "returning to normal", "Trump"),
    "a surname the tagger takes for a common noun": (
        "Atlanta Mayor Keisha Lance Bottoms spoke on Sunday.\n\nBottoms said the protests have been peaceful.",
        "protests have been peaceful", "Keisha Lance Bottoms"),
    "guard: a common noun is no first name": (
        "Hope Hicks left the White House in March. Hope remains that the deal will pass, officials said.",
        "Hope remains", None),
    "a title of another country": (
        "President Donald Trump spoke in Dallas. Turkish President Recep Tayyip Erdogan agreed to a ceasefire. "
        "Speaking at a rally on Thursday, the US president said the two sides were like children.", "like children",
        "Donald Trump"),
    "guard: a party is no country": (
        "U.S. President Donald Trump met reporters. The Republican president said the tariffs would stay.",
        "tariffs would stay", "Donald Trump"),
    "guard: a country and its people": (
        "British Prime Minister Boris Johnson met Emmanuel Macron in Paris. Speaking later, the UK prime minister "
        "said the talks were useful.", "talks were useful", "Boris Johnson"),
    "guard: a country's possessive": (
        "Russia’s President Vladimir Putin met officials in Ankara. The Russian president said the talks went well.",
        "talks went well", "Vladimir Putin"),
    "guard: a plural noun is nobody's surname": (
        "Rep. Jim Banks criticized the Fed on Monday.\n\nBanks say they will tighten lending standards next year.",
        "tighten lending", None),
    "guard: the same country": (
        "Israeli Prime Minister Benjamin Netanyahu fired two ministers. The prime minister called for new "
        "elections, “in order to go to the people.”", "go to the people", "Benjamin Netanyahu"),
    "who after a name's apposition": (
        "Bernie Sanders spoke first. Sanders, a progressive who consistently has railed against free trade deals, "
        "said the pact was a disaster.", "free trade deals", "Bernie Sanders"),
}


@pytest.mark.parametrize("text, piece, resolved", SPEAKERS.values(), ids=SPEAKERS.keys())
def test_who_speaks(text, piece, resolved):
    assert find(quotes_in(text), piece).speaker.resolved == resolved


def test_where_something_was_said_is_not_what():
    text = "Trump spokeswoman Katrina Pierson bragged on Twitter about the number of people voting for Trump."
    quote = find(quotes_in(text), "number of people")
    assert "Twitter" not in quote.content.text
    assert not any(q.type == "speech" for q in quotes_in("Whether the plan works, only time will tell."))


def test_a_participle_after_a_clause_of_somebodys_deed_or_speech_is_theirs():
    text = 'He said his sons reassured him, adding, "Everything is good, Daddy."'
    assert find(quotes_in(text), "Everything").speaker.text == "his sons"
    text = 'Police said the man attacked two officers, shouting "Allahu Akbar" as he ran.'
    assert find(quotes_in(text), "Allahu Akbar").speaker.text == "the man"


def test_a_subjects_owner_is_somebody_he_may_stand_for():
    text = ("Donald Trump railed against his fellow Republicans on Twitter on Tuesday.\n\nTrump described his party as "
            "disloyal, while labeling the House speaker, Paul Ryan, “very weak and ineffective”. Ryan has been a vocal "
            "critic of Trump’s and this week announced he would no longer defend Trump.\n\nTrump’s outburst marked "
            "yet another sign of the growing divisions in his party. “It is so nice that the shackles have been taken "
            "off me,” he tweeted.")
    assert find(quotes_in(text), "shackles").speaker.resolved == "Donald Trump"


def test_to_boast_a_thing_is_to_have_it():
    quotes = quotes_in("The union, which boasts a membership of 300,000, endorsed Biden on Monday.")
    assert not any(q.type == "speech" for q in quotes)
    assert find(quotes_in("Trump boasted that his crowds were the biggest ever."), "crowds").type == "speech"


def test_a_block_quote_may_quote_somebody_inside_it():
    text = ("Islamist fighters now control much of the capital. The AP writes:\n\nThe fighting on the ground has "
            "mirrored a political standoff. Dawn of Libya called on the parliament to take \"the necessary measures "
            "to protect state sovereignty.\" Each considers the other illegitimate.\n\nThe airport stayed shut.")
    quote = find(quotes_in(text), "political standoff")
    assert (quote.cue.text, quote.speaker.resolved) == ("writes", "AP")
    assert quote.content.text.endswith("the other illegitimate")
    # Guard: a paragraph that is a quotation is the quote-mark rules' to read.
    text = 'Islamist fighters now control much of the capital. The AP writes:\n\n"The fighting has mirrored a standoff."'
    quote = find(quotes_in(text), "mirrored a standoff")
    assert (quote.cue.text, quote.content.text, quote.direct) == ("writes", "The fighting has mirrored a standoff", True)
