"""Faults from a tune-site reading (eighteenth round): content cut where a cue closes a sentence of two
clauses ("A, but B, Shamtoob says."); a quotation handed to the next sentence's cue ("…," he added. "…"
The city filed charges, saying …); "Mr. Trump" taken for the one Trump named in full, Melania; "Donald
Trump, Jr." read as "Jr."; a radio transcript's reporter credited with the words his narration reports.
Guards: what each fix must leave alone."""

from __future__ import annotations

from .finding import find, quotes_in


def test_a_cue_closing_its_sentence_reports_all_of_it():
    text = ("WeWork staff were placing hand sanitizer around the office, but people kept stealing the bottles, "
            "Shamtoob says.")
    assert find(quotes_in(text), "people kept").content.text.startswith("WeWork staff were placing")
    text = "The WHO wanted to do more animal studies, but the lockdown made that impractical, Ben Embarek has said."
    assert find(quotes_in(text), "lockdown").content.text.startswith("The WHO wanted")
    # Guard: one clause is reported as it was.
    assert find(quotes_in("The plan failed, he said on Tuesday."), "plan").content.text == "The plan failed"


def test_a_quotation_stays_with_the_cue_before_it():
    text = ('"This is a huge disaster," he added. "We are doing everything we can to stop it." The Seoul city '
            "government filed criminal charges against Lee on Sunday, saying his failure to turn over lists "
            "amounts to homicide.")
    quotes = quotes_in(text)
    assert find(quotes, "doing everything").cue.text == "added"
    assert find(quotes, "amounts to homicide").cue.text == "saying"
    text = ('"Six thousand years of history ends here," he says. "Even Satan will be captured and jailed." '
            "Religious scholar Lee Jung-eun says this is how the church attracts followers.")
    quotes = quotes_in(text)
    assert find(quotes, "Satan").cue.text == "says" and find(quotes, "Satan").speaker.text == "he"
    assert find(quotes, "attracts followers").content.text == "this is how the church attracts followers"
    # Guards: the sentence after the closing mark may be the quotation's own cue.
    assert find(quotes_in('"We will win." Smith, the mayor, said.'), "We will win").speaker.resolved == "Smith"
    assert find(quotes_in('"We are broke." That is what the mayor told the council on Monday.'), "broke").cue.text == "told"
    # Nor does a closing cue take in another attribution before it.
    quotes = quotes_in("Sales rose, the company said, but profits fell, analysts noted.")
    assert [q.content.text for q in quotes if q.cue.text == "noted"] == ["profits fell"]


def test_an_honorific_keeps_a_man_from_a_woman_of_his_surname():
    text = ("In recent days Mr. Trump has wavered about the meeting. Before leaving, he told reporters he would "
            "probably keep the appointment.\n\nPresident Trump and first lady Melania Trump before boarding Air "
            "Force One on Thursday. Photo: AP\n\nIn comments to reporters Thursday, Mr. Trump said Mr. Cohen was lying.")
    quotes = quotes_in(text)
    assert find(quotes, "keep the appointment").speaker.resolved == "Trump"
    assert find(quotes, "Cohen was lying").speaker.resolved == "Trump"
    # Guards: "Mrs. Obama" is still the woman of two Obamas named in full, and the first-name table does not
    # overrule the text's own honorific for the one person of a surname.
    text = "Barack Obama and Michelle Obama arrived. Mrs. Obama said the visit was moving."
    assert find(quotes_in(text), "visit was moving").speaker.resolved == "Michelle Obama"
    text = 'The tenor Andrea Bocelli sang at the cathedral. "It was a prayer," Mr. Bocelli said.'
    assert find(quotes_in(text), "a prayer").speaker.resolved == "Andrea Bocelli"


def test_a_generational_suffix_is_part_of_the_name():
    text = ("Donald Trump, Jr., the President’s eldest son, thinks that his father is getting a raw deal. Joe Biden "
            "“can’t remember where he is fifty per cent of the time,” Trump, Jr., said. The Democrats, he added, "
            "are “becoming the party of socialism.”")
    quotes = quotes_in(text)
    assert find(quotes, "fifty per cent").speaker.resolved == "Donald Trump Jr"
    assert find(quotes, "party of socialism").speaker.resolved == "Donald Trump Jr"
    text = "Donald Trump Jr. spoke first. “He can’t remember,” Trump Jr. said. President Trump said it was unfair."
    quotes = quotes_in(text)
    assert find(quotes, "can’t remember").speaker.resolved == "Donald Trump Jr"
    assert find(quotes, "unfair").speaker.resolved == "Trump"  # his father: the text writes the son "Trump Jr."
    # Guard: a bare surname is not the suffixed name, where the father goes without his first name.
    text = ("Donald Trump Jr. met with a Russian lawyer in June 2016. President Trump has defended the meeting. "
            "\"Most politicians would have gone to that meeting,\" Trump said.")
    assert find(quotes_in(text), "Most politicians").speaker.resolved == "Trump"


TRANSCRIPT = """DAVID GREENE, HOST:

A megachurch in South Korea is at the center of the outbreak. As NPR's Anthony Kuhn reports, the founder is now apologizing.

ANTHONY KUHN, BYLINE: At a training facility outside Seoul, the founder, Lee Man-hee, addressed journalists on Monday.

KUHN: "People of South Korea, how can I apologize to you?" he said in a quavering voice. Protesters shouted in the background.

Lee Jung-eun, a Ph.D. candidate at Seoul National University, says that before the epidemic, the church was growing.

LEE JUNG-EUN: (Through interpreter) Shincheonji is the most prominent of the homegrown new religious movements.

LEE M: (Through interpreter) We are doing everything we can to help the authorities stop it.

LEE J: (Through interpreter) Religions are seen to have their own space and their own logic in this country.
"""


def test_a_transcripts_own_voices_narrate():
    quotes = quotes_in(TRANSCRIPT)
    apology = find(quotes, "how can I apologize")
    assert (apology.cue.text, apology.speaker.resolved) == ("said", "Lee Man-hee")
    assert not any(q.speaker.resolved == "Anthony Kuhn" for q in quotes)
    # The guests' labels are still their quotes, "LEE J:" the one whose given name starts with J.
    assert find(quotes, "most prominent").speaker.resolved == "Lee Jung-eun"
    assert find(quotes, "their own logic").speaker.resolved == "Lee Jung-eun"
    assert find(quotes, "help the authorities").speaker.resolved == "Lee Man-hee"
