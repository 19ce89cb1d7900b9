"""Spin and stitching without an index, on hand-made articles and the example."""

import numpy as np

from newsprobe import analyze, from_text
from newsprobe.spin.features import FEATURES, Alternatives, Lexicon, bucket, word_features, words
from newsprobe.spin.model import default_model as spin_model
from newsprobe.stitching.features import paragraphs_of
from newsprobe.stitching.model import default_model as stitch_model
from newsprobe.text import ArticleText

NATURAL = (
    "The government announced on Monday that it would raise the minimum wage next year, after months of pressure "
    "from unions and opposition parties. The increase will take effect in April and will benefit about two million "
    "workers, officials said. Business leaders warned that some small companies could be forced to cut jobs."
)
# The same paragraph through a WordNet spinner: common words swapped for rarer synonyms.
SPUN = (
    "The authorities announced on Monday that it would rise the minimal pay following year, after months of imperativeness "
    "from unions and resistance parties. The step-up will take consequence in April and will gain about two million "
    "workers, functionaries said. Business drawing card warned that some little companies could be forced to trim jobs."
)


def test_spun_wording_scores_higher_and_its_phrases_are_the_swapped_words():
    model = spin_model()
    natural, spun = (model.assess(ArticleText.from_string(t).words, t) for t in (NATURAL, SPUN))
    assert spun.score > 0.5 > natural.score
    flagged = {w.text for w in spun.words}
    swapped = {"authorities", "minimal", "imperativeness", "resistance", "step-up", "consequence", "functionaries", "drawing card", "trim", "rise", "gain", "pay"}
    assert flagged and {f.lower() for f in flagged} <= {s.lower() for s in swapped} | {"business drawing card", "drawing", "card"}
    assert not natural.words


HARBOUR = [
    "A cargo ship struck a pier of the Kingsport harbour bridge early on Tuesday, forcing the authorities to close the crossing.",
    "The vessel, carrying grain from the northern ports, lost steering power about two miles from the bridge, the harbour master said.",
    "Nobody was injured in the collision, but commuters faced long delays as buses were diverted through the western tunnel.",
    "Engineers expect to finish their first survey of the bridge by Thursday evening and will decide then whether it can reopen.",
]
STITCHED = [
    HARBOUR[0],
    HARBOUR[1],
    "A sixteen-year-old student from Lowmoor won the national chess championship on Sunday, beating the defending champion.",
    "Her victory earns her a place at the continental championship in the summer and a scholarship from the federation.",
    "Consumer prices rose by six percent in the year to September, driven by higher energy and food costs, the bank warned.",
    "\"Borrowing will stay expensive,\" said Okafor, adding that households should expect no relief before next year.",
]


def _paragraphs(paragraphs: list[str]):
    return paragraphs_of(ArticleText.from_string("\n\n".join(paragraphs)))


def test_stitched_article_scores_higher_with_boundaries_at_the_topic_changes():
    model = stitch_model()
    single, stitched = model.assess(_paragraphs(HARBOUR)), model.assess(_paragraphs(STITCHED))
    assert stitched.score > single.score
    assert stitched.score >= 0.5
    opened = {i for i, _, _ in stitched.boundaries}
    assert opened & {2, 4}  # the chess story and the rates story start there
    assert not opened & {1}  # the second harbour paragraph continues the first


def test_report_sections_index_into_the_body():
    report = analyze(from_text("Bridge closed\n\n" + "\n\n".join(STITCHED)))
    body = report.article.body
    for boundary in report.stitching.boundaries:
        assert body[boundary.offset - 2 : boundary.offset] == "\n\n"
    for phrase in report.spin.phrases:
        assert body[slice(*phrase.span)] == phrase.text


def test_example_is_stitched_with_paragraph_boundaries_and_spun_phrases(example_report):
    stitching, spin = example_report.stitching, example_report.spin
    assert stitching.score >= 0.7  # a calibrated probability: ~2 % of real single-source articles reach it
    assert len(stitching.boundaries) >= 3
    assert all(b.signals for b in stitching.boundaries)
    assert "Russian Federation" in {p.text for p in spin.phrases}
    reason = next(r for r in example_report.verdict.reasons if r.code == "stitched")
    assert reason.severity in ("serious", "minor") and reason.evidence


def test_spin_reason_needs_more_than_a_handful_of_words():
    def spun_reason(body: str) -> bool:
        return any(r.code == "spun-wording" for r in analyze(from_text("Minimum wage\n\n" + body)).verdict.reasons)

    assert spun_reason(SPUN + "\n\n" + SPUN)
    assert not spun_reason("Hello.")


def test_a_body_of_two_paragraphs_is_not_judged_for_stitching():
    report = analyze(from_text("Bridge closed\n\n" + "\n\n".join(HARBOUR[:2])))
    assert report.stitching.score is None and not report.stitching.boundaries
    assert not [r for r in report.verdict.reasons if r.code == "stitched"]


def test_spin_word_features_read_the_hashed_bigram_counts_around_each_word():
    text = "Officials said prices rose sharply."
    counts = np.zeros(1 << 22, dtype=np.uint8)
    counts[bucket("said", "prices")] = 7
    counts[bucket("prices", "rose")] = 11
    lexicon = Lexicon(Alternatives(), counts, {})
    ws = words(ArticleText.from_string(text).words)
    content, rows, _ = word_features(ws, text, lexicon)
    prices = dict(zip(FEATURES, rows[content.index([w.text for w in ws].index("prices"))], strict=True))
    assert (prices["left_count"], prices["right_count"]) == (7, 11)
