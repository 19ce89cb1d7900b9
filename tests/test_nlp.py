"""The shared spaCy pipeline: what newsprobe adds to whichever pipeline the user chose."""

from __future__ import annotations

from newsprobe.nlp import get_nlp

TWO_PARAGRAPHS = (
    "“If he thinks that makes him smart,” the ad’s narrator says, “what does he think of you?”\n\n"
    "The Clinton campaign says the ad will air on national cable stations."
)


def test_no_parse_tree_crosses_a_paragraph_break():
    doc = get_nlp()(TWO_PARAGRAPHS)
    second = TWO_PARAGRAPHS.index("The Clinton")
    assert any(sent.start_char == second for sent in doc.sents)
    for tok in doc:
        if not tok.is_space:
            assert (tok.idx < second) == (tok.head.idx < second), f"{tok.text!r} hangs on {tok.head.text!r}"
    (says,) = [t for t in doc if t.text == "says" and t.idx > second]
    assert says.dep_ == "ROOT"


def test_a_rank_before_a_name_ends_no_sentence():
    doc = get_nlp()("The campaign is going well, said Pentagon spokesman Navy Capt. Jeff Davis.")
    assert len(list(doc.sents)) == 1
    assert "Capt." in [t.text for t in doc]
    # Nor before a name that opens with a stop word or an ordinal.
    for text in ('"We are ready," said Capt. Will Smith of the Navy.', '"We are ready," said Army Sgt. 1st Class Ryan Moore.'):
        assert len(list(get_nlp()(text).sents)) == 1, text
    # No name after it: the start is left to the parser, which ends the sentence there.
    doc = get_nlp()("He retired as a Lt. He then moved to Ohio.")
    assert [s.text for s in doc.sents] == ["He retired as a Lt.", "He then moved to Ohio."]
