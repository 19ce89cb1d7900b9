from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from newsprobe.quotes.extract import extract
from newsprobe.quotes.features import FEATURES, MIN_SEEN, CandidateShares, features
from newsprobe.quotes.model import default_model
from newsprobe.text import ArticleText

TEXT = ("Senator Mark Hill said the bill would pass. The river flows past the old mill, which dates "
        "from 1820. Critics fear the new tax will hurt small firms.")


def candidates():
    text = ArticleText.from_string(TEXT)
    return text.doc, extract(text, attribution_filter=None)


def test_features_have_the_declared_length():
    doc, found = candidates()
    assert found
    keep = default_model().filter
    assert all(len(features(a, doc, keep.rates, keep.shares)) == len(FEATURES) for a in found)


def test_candidate_shares_smooth_towards_the_prior_and_drop_rare_keys():
    doc, found = candidates()
    said = next(a for a in found if a.cue_token.lemma_ == "say")
    feared = next(a for a in found if a.cue_token.lemma_ == "fear")
    # "say" candidates all annotated, "fear" ones never: each key's share lies between its own and the prior.
    shares = CandidateShares.count([said] * 6 + [feared] * 6, [True] * 6 + [False] * 6)
    assert shares.prior == 0.5
    assert all(0.5 < share < 1.0 for share in shares.of(said))
    assert all(0.0 < share < 0.5 for share in shares.of(feared))
    # Seen fewer than MIN_SEEN times, a key is not kept: the candidate reads the prior.
    rare = CandidateShares.count([said] * (MIN_SEEN - 1) + [feared] * 6, [True] * (MIN_SEEN - 1) + [False] * 6)
    assert rare.of(said) == [rare.prior] * 4
    assert "say" not in rare.counts["lemma"] and rare.counts["lemma"]["fear"] == (0, 6)


def test_filter_keeps_clear_attributions():
    doc, found = candidates()
    kept = default_model().filter.keep(found, doc)
    cues = {TEXT[slice(*a.cue)] for a in kept}
    assert "said" in cues
    assert all(any(a is f for f in found) for a in kept)


def test_cue_end_reads_how_far_the_verbs_cues_reach():
    # "railed" and "commented" run on past the verb in nearly all of PolNeAR's cues, "called" in a third,
    # "said" in few: each span edge's features carry the cue verb's reach.
    from newsprobe.quotes.boundaries import FEATURES as EDGE_FEATURES
    from newsprobe.quotes.boundaries import ParseTable, placed_edges
    from newsprobe.quotes.quotemarks import find_quote_regions

    from .finding import quotes_in

    texts = ("And he railed against the corrupting influence of super PACs, including the one supporting Clinton.",
             "Trump has also commented on Crutcher's death.", "Scott's family has called on police to release the videos.")
    assert [quotes_in(t)[0].cue.text for t in texts] == ["railed against", "has also commented on", "has called on"]
    reach = default_model().boundaries.cue_reach
    assert reach["rail"] > reach["call"] > 0.3 > reach["say"]
    text = ArticleText.from_string("Scott's family has called on police to release the videos. The lawyer said they were clear.")
    found = extract(text, attribution_filter=None, boundary_model=None)
    table = ParseTable(text.doc, text.prose, find_quote_regions(text.prose, text.paragraphs))
    column = EDGE_FEATURES.index("cue_reach")
    read = {edge.attribution.cue_token.lemma_: {row[column] for row in rows} for edge, _, rows in placed_edges(found, table, reach)}
    assert read == {"call": {reach["call"]}, "say": {reach["say"]}}


def test_out_of_fold_counts_leave_each_article_s_own_fold_out():
    from training import attribution

    stems = [f"article-{i}" for i in range(12)]
    seen = attribution.out_of_fold(stems, frozenset)
    assert all(stem not in seen[stem] for stem in stems)
    assert {len(counted) for counted in seen.values()} <= {len(stems) - len(stems) // attribution.FOLDS - 1, len(stems) - len(stems) // attribution.FOLDS}


def test_an_unheld_passive_is_typed_as_nobody_s_view_or_finding():
    from newsprobe.quotes.cues import cue_type

    assert cue_type("accuse", True, None, unheld=True) == "thought"
    assert cue_type("find", False, None, unheld=True) == "finding"
    senator = ArticleText.from_string("The senator accused him.").doc[1]
    assert cue_type("accuse", False, senator) == "speech"


_SPANS = st.tuples(st.integers(0, 120), st.integers(1, 40)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(st.tuples(_SPANS, st.none() | _SPANS, st.lists(_SPANS, max_size=3)), min_size=1, max_size=8), _SPANS)
def test_span_index_finds_exactly_the_other_attributions_spans_that_overlap(attributions, stretch):
    # What an edge's candidates must keep off (boundaries.placed_edges): every span of every other
    # attribution that overlaps the stretch, found by bisection instead of by trying them all.
    from newsprobe.quotes.boundaries import ROLES, SpanIndex, role_spans
    from newsprobe.quotes.rules import overlap

    attributions = [SimpleNamespace(cue=cue, speaker=speaker, content=content) for cue, speaker, content in attributions]
    index = SpanIndex(attributions)
    for attribution in attributions:
        expected = [s for other in attributions if other is not attribution for role in ROLES
                    for s in role_spans(other, role) if overlap(stretch, s)]
        assert sorted(index.overlapping(*stretch, attribution)) == sorted(expected)
