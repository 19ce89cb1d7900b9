"""Real-news house styles the quote reader must follow: quotations in straight single marks (the Daily
Mail's), photo captions and highlights that repeat the body, phrasal deeds, accusations, and names the
tagger takes for organisations."""

from __future__ import annotations

from spacy.tokens import Span

from newsprobe.quotes import quotes_in as quotes_of_text
from newsprobe.quotes.boundaries import ParseTable
from newsprobe.quotes.quotemarks import find_quote_regions
from newsprobe.text import ArticleText

from .finding import find, quotes_in

SINGLE_MARKS = (
    "Tehran's deputy foreign minister Abbas Araghchi flatly denied the reports on Friday.\n\n"
    "'I am worried that USS Boxer has shot down their own drone by mistake!' he tweeted on Friday.\n\n"
    "Iranian armed forces spokesman Brigadier General Abolfazl Shekarchi also spoke, saying: 'Despite "
    "Trump's baseless claims, all of Iran's drones have safely returned to their bases.\n\n"
    "'There have been no reports of a confrontation with the American ship.'\n\n"
    "'We have seen an uptick in drone activity,' the official said. 'That hasn't happened yet.'"
)


def regions_of(text: str) -> list[str]:
    return [text[r.start : r.end] for r in find_quote_regions(text, [(0, len(text))])]


def test_straight_single_marks_quote_where_nothing_else_does():
    tweet = find(quotes_in(SINGLE_MARKS), "I am worried")
    assert tweet.direct and tweet.cue.text == "tweeted"
    assert tweet.content.text == "I am worried that USS Boxer has shot down their own drone by mistake"
    # The pronoun stands for the minister, not for the ship named inside the quotation.
    assert tweet.speaker.resolved == "Abbas Araghchi"


def test_a_single_marked_quotation_runs_on_into_the_next_paragraph():
    quote = find(quotes_in(SINGLE_MARKS), "Despite Trump's baseless claims")
    assert quote.direct and "There have been no reports" in quote.content.text


def test_a_single_marked_quote_split_around_its_cue_is_one_quote():
    quote = find(quotes_in(SINGLE_MARKS), "uptick")
    assert quote.speaker.text == "the official" and "That hasn't happened yet" in quote.content.text


def test_single_marks_are_apostrophes_where_double_marks_quote():
    text = "“It was the drivers' fault,” Smith said. Jones' view: 'no comment,' he wrote."
    assert regions_of(text) == ["“It was the drivers' fault,”"]


def test_possessives_and_elisions_do_not_open_or_close_single_marked_quotes():
    text = "'The drivers' union backed it in the '90s,' Smith said. The Joneses' car was gone."
    assert regions_of(text) == ["'The drivers' union backed it in the '90s,'"]
    # An elision outside a quotation opens none; an apostrophe inside a word closes none.
    assert regions_of("'It is over,' he said. The class of '98 said the school had changed.") == ["'It is over,'"]
    assert regions_of("'It is over,' he said. Trump attacked the 'fake news' and said they weren't true.") == [
        "'It is over,'", "'fake news'"
    ]


def test_a_plural_before_a_straight_mark_closes_a_quotation_that_its_sentence_ends():
    text = "'It is over,' he said. 'We have to stop these attacks' the minister said. 'They must end now.'"
    assert regions_of(text) == ["'It is over,'", "'We have to stop these attacks'", "'They must end now.'"]


def test_apostrophes_alone_do_not_make_straight_marks_quotation_marks():
    text = "The U.S.' allies met in Brussels on Friday.\n\nBack in '98 the minister said the alliance would hold."
    assert regions_of(text) == []
    assert [q.cue.text for q in quotes_in(text)] == ["said"]


def test_span_edges_see_straight_marks_as_quote_marks():
    text = "'We acted within our rights,' the official said."
    doc_text = ArticleText.from_string(text)
    table = ParseTable(doc_text.doc, doc_text.prose, find_quote_regions(doc_text.prose, doc_text.paragraphs))
    assert table.marks == [0, 28]
    table.read(doc_text.doc[0])
    assert table.quote_mark[0] and not table.quote_mark[1]


def test_captions_and_highlights_are_not_quotes():
    text = (
        "Trump said the drone was downed as the USS Boxer passed through the Strait of Hormuz.\n\n"
        "Iran's deputy defence minister Seyed Araghchi (right) denied that the US had brought down one of "
        "its drones, after President Trump (left) said one was destroyed Thursday\n\n"
        "The Pentagon said the Boxer (pictured) was in international waters\n\n"
        "“The drone was a threat,” a Pentagon official said.\n\n"
        "“There is no doubt about it. We acted within our rights\n\n"
        "The ship is now in the Gulf."
    )
    quotes = quotes_in(text)
    assert [q.content.text for q in quotes] == [
        "the drone was downed as the USS Boxer passed through the Strait of Hormuz",
        # A quotation left open at a paragraph's end is no caption: it goes on.
        "The drone was a threat … There is no doubt about it. We acted within our rights",
    ]


def test_calling_off_a_strike_reports_no_words():
    text = "President Trump called off a planned airstrike at the last moment, saying later that it would have killed 150 people."
    quotes = quotes_in(text)
    assert find(quotes, "a planned airstrike").type == "thought"
    assert find(quotes, "would have killed").type == "speech"
    assert [q.type for q in quotes_in("Army officials called up reservists on Friday.")] == ["thought"]


def test_a_caption_is_one_unfinished_sentence_not_a_list_item_or_an_open_ending():
    for text in (
        "Smith told reporters the deal was «dead in the water»",
        "The minister said the talks would go on…",
        "- 40 per cent of voters said they would switch",
    ):
        assert [q.cue.text for q in quotes_in(text)] == ["said" if "said" in text else "told"], text


def test_an_accusation_holds_the_accused_and_what_they_are_accused_of():
    text = (
        "Iran has accused the U.S. of taking out one of its own drones by mistake after Donald Trump said the Navy "
        "had destroyed an unmanned craft over the Strait of Hormuz."
    )
    quote = find(quotes_in(text), "the U.S.")
    assert quote.content.text == "the U.S. of taking out one of its own drones by mistake"


def test_a_name_after_spokesman_is_a_person_even_when_tagged_an_organisation():
    quote = find(quotes_in(SINGLE_MARKS), "Despite Trump's baseless claims")
    assert quote.speaker.kind == "person" and quote.speaker.resolved == "Abolfazl Shekarchi"
    # Other role words name companies too.
    (company,) = quotes_in("Google parent Alphabet Inc said it would appeal the ruling.")
    assert company.speaker.kind == "organization"


def test_verbs_inside_a_quotation_left_open_are_the_speakers_words():
    text = (
        "“It was tough because the kids worked really hard,\" Jiles said. \"But at the end of the day the kids did "
        "understand that the health and safety of everybody is more important than sport. It was a good lesson."
    )
    (quote,) = quotes_in(text)
    assert quote.cue.text == "said" and quote.content.text.endswith("It was a good lesson")
    assert "the kids did understand that the health" in quote.content.text


def test_the_writer_speaking_to_the_reader_is_no_attribution():
    text = (
        "The House passed the resolution on Thursday.\n\n"
        "Of note: The resolution gives ranking Republicans the ability to subpoena witnesses.\n\n"
        "Note that the committee chair must agree.\n\n"
        "The chair will agree, Smith said."
    )
    assert [(q.cue.text, q.speaker.text) for q in quotes_in(text) if q.type == "speech"] == [("said", "Smith")]


def test_two_curly_apostrophes_close_a_quotation_and_keep_its_cue():
    text = (
        "“They have an obligation as public officials to preserve their records,’’ Galvin said. "
        "‘‘Electronic records are held to the same standard.’’\n\n"
        "“I don’t sell things to people who work for me,” Galvin, a Democrat, said."
    )
    quotes = quotes_in(text)
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [("said", "Galvin"), ("said", "Galvin, a Democrat")]
    assert "Electronic records are held to the same standard" in quotes[0].content.text


def test_a_closing_mark_the_pairing_missed_keeps_the_cue_inside_an_open_quotation():
    text = "“We will win this,» Smith said about the vote. “Nobody doubts it."
    assert [q.speaker.text for q in quotes_in(text)] == ["Smith"]


def test_a_reaction_to_a_thing_reports_no_words():
    text = (
        "Khashoggi often criticized the royal family. Senator Smith slammed that decision.\n\n"
        "Russia has condemned the attack on the airbase. The senator denied the allegations.\n\n"
        "Critics criticized the plan as reckless and cruel."
    )
    quotes = quotes_in(text)
    for thing in ("the royal family", "that decision", "the attack on the airbase"):
        assert find(quotes, thing).type == "thought", thing
    # A denial says something; a characterisation is what they called it.
    assert find(quotes, "the allegations").type == find(quotes, "reckless and cruel").type == "speech"


def test_a_possibility_or_an_idiom_reports_no_words_but_a_modal_report_does():
    text = (
        "Team Trump could ask the judge to drop the case. The plan was costly, to say nothing of the risks.\n\n"
        "If all goes according to plan, the bridge opens in May. Police can confirm that a man was arrested."
    )
    quotes = quotes_in(text)
    assert find(quotes, "the judge to drop the case").type == find(quotes, "nothing of the risks").type == "thought"
    assert find(quotes, "a man was arrested").type == "speech"
    assert not any("bridge opens" in q.content.text for q in quotes)


def test_a_database_is_evidence_and_a_slideshow_nobody():
    text = "According to the AJC database, the rate fell by half.\n\nSlideshow: U.S. attacks Syrian airbase in overnight raid"
    assert [(q.type, q.speaker.text) for q in quotes_in(text)] == [("finding", "the AJC database")]


def test_a_role_the_article_gave_someone_in_apposition_is_that_person():
    text = (
        "Yahaira Fuentes, a car detailer, lost her job in March.\n\n"
        "“We had nothing left,” the car detailer said.\n\n"
        "Car detailer John Brown, 45, was luckier. The detailer said business was up."
    )
    assert [q.speaker.resolved for q in quotes_in(text)] == ["Yahaira Fuentes", "John Brown"]
    # One person, not several or another one.
    for text in (
        "Jane Doe, a nurse at St. Mary's Hospital, was hurt.\n\nThe nurses said they had not been paid.",
        "Tom Reed, a driver for the company, was hurt.\n\nThe other driver said the light had been green.",
    ):
        assert [q.speaker.resolved for q in quotes_in(text)] == [None], text


def test_a_lowercase_word_the_tagger_calls_a_person_is_no_antecedent():
    doc_text = ArticleText.from_string("The nurse put in a cannula. “Will that be all, doctor?” she says.")
    doc = doc_text.doc
    cannula = next(t for t in doc if t.lower_ == "cannula")
    doc.ents = [Span(doc, cannula.i, cannula.i + 1, label="PERSON")]  # as the tagger read it in a real article
    (quote,) = quotes_of_text(doc_text)
    assert quote.speaker.text == "she" and quote.speaker.resolved is None


def test_a_pronoun_for_an_interpreter_described_before_is_an_unnamed_source():
    text = (
        "Outside, I rub foam sanitizer into my hands. I forget that the interpreter is still on the line.\n\n"
        "“Will that be all, doctor?” she says, a minute later, from my pocket.\n\n"
        "“Yeah, thank you,” I reply. “That was pretty rough, right?”\n\n"
        "“Yes,” she says. “There have been a lot of those conversations lately.”"
    )
    quotes = quotes_in(text)
    # The second "she" stands for whom the first does, two paragraphs on: no orphan quote.
    assert find(quotes, "Will that be all").speaker.kind == find(quotes, "those conversations").speaker.kind == "anonymous"


def test_a_she_for_someone_described_is_no_orphan_after_a_man_described():
    text = (
        "A patient lies in the bed. “What does intubation mean?” he asks.\n\n"
        "I explain it. Outside, I forget that the interpreter is still on the line.\n\n"
        "“Will that be all, doctor?” she says, a minute later."
    )
    assert find(quotes_in(text), "Will that be all").speaker.kind == "anonymous"
