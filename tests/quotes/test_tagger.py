"""The accurate quote mode's tagger: windows over long texts, how its probabilities join the parse
models' scores, the mode switch, and the shipped tagger end to end."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsprobe import ModelError
from newsprobe.quotes import tagger
from newsprobe.quotes.tagger import LABELS, WINDOW, Blend, QuoteTagger, Reading, quote_mode, windows

from .finding import find


@given(st.integers(0, 2000), st.integers(1, WINDOW - 2))
def test_windows_cover_every_piece_within_the_window(length, stride):
    ids = list(range(1000, 1000 + length))
    seen = set()
    for start, chunk in windows(ids, stride):
        assert len(chunk) <= WINDOW and chunk[0] == 101 and chunk[-1] == 102
        assert chunk[1:-1] == ids[start : start + len(chunk) - 2]
        seen.update(range(start, start + len(chunk) - 2))
    assert seen == set(range(length))


class _Pieces:
    """A tokenizer stand-in: one piece per character, its id the character's code."""

    class Encoding:
        def __init__(self, text):
            self.ids = [ord(c) for c in text]
            self.offsets = [(i, i + 1) for i in range(len(text))]

    def encode(self, text, add_special_tokens=False):
        return self.Encoding(text)


class _WindowNumber:
    """An ONNX session stand-in: every piece of window k gets probability k / 100 for every label."""

    def run(self, _, feeds):
        batch, width = feeds["input_ids"].shape
        return [np.broadcast_to(np.arange(batch, dtype=np.float32)[:, None, None] / 100, (batch, width, len(LABELS)))]


def test_each_piece_is_read_from_the_window_it_is_most_central_in():
    text = "x" * 600  # windows start at 0, 128, 256, 384 (stride WINDOW // 2), each 254 pieces long
    reading = QuoteTagger(_WindowNumber(), _Pieces(), Blend(0, 0, 0.5)).read(text)
    window_of = np.rint(reading.probabilities[:, 0] * 100).astype(int)
    assert window_of[0] == 0 and window_of[599] == 3
    for piece in (100, 200, 300, 450):
        starts = [0, 128, 256, 384]
        centrality = [min(piece - s, s + 253 - piece) if s <= piece < s + 254 else -1 for s in starts]
        assert window_of[piece] == int(np.argmax(centrality)), piece


def test_an_empty_text_reads_as_no_pieces():
    reading = QuoteTagger(_WindowNumber(), _Pieces(), Blend(0, 0, 0.5)).read("")
    assert reading.probabilities.shape == (0, len(LABELS)) and reading.at("cue_inside", 0, 5) == 0.0


def _reading(column: str, values: list[float], blend: Blend) -> Reading:
    probabilities = np.full((len(values), len(LABELS)), 0.5, dtype=np.float32)
    probabilities[:, LABELS.index(column)] = values
    return Reading(list(range(0, 2 * len(values), 2)), list(range(1, 2 * len(values), 2)), probabilities, blend)


def test_at_reads_the_largest_piece_of_a_range():
    reading = _reading("cue_inside", [0.1, 0.7, 0.3, 0.2], Blend(0, 0, 0.5))  # pieces at 0, 2, 4, 6
    assert reading.at("cue_inside", 0, 1) == pytest.approx(0.1)
    assert reading.at("cue_inside", 4, 8) == pytest.approx(0.3)
    assert reading.at("cue_inside", 0, 8) == pytest.approx(0.7)
    assert reading.at("cue_inside", 3, 4) == 0.0  # between pieces


class _Cue:
    def __init__(self, start, end):
        self.cue = (start, end)


def test_the_cue_probability_moves_the_filter_score_by_its_weight():
    scores = np.array([0.5, 0.5, 0.8])
    candidates = [_Cue(0, 1), _Cue(2, 3), _Cue(4, 5)]
    unweighted = _reading("cue_inside", [0.9, 0.1, 0.1], Blend(0, 0, 0.5)).candidate_scores(candidates, scores)
    assert unweighted == pytest.approx(scores)
    joined = _reading("cue_inside", [0.9, 0.1, 0.1], Blend(1, 0, 0.5)).candidate_scores(candidates, scores)
    assert joined[0] > 0.5 > joined[1] and joined[2] < 0.8


def test_a_step_in_the_content_probability_can_overturn_the_boundary_model():
    # Five one-character pieces side by side (characters 0–4); the tagger reads content over pieces 1 and 2.
    probabilities = np.full((5, len(LABELS)), 0.5, dtype=np.float32)
    probabilities[:, LABELS.index("content_inside")] = [0.001, 0.9, 0.9, 0.001, 0.001]
    reading = Reading([0, 1, 2, 3, 4], [1, 2, 3, 4, 5], probabilities, Blend(0, 1, 0.5))
    candidates = ([0, 1, 2], [1, 2, 3])  # candidate tokens over pieces 0, 1 and 2 (starts), 1, 2 and 3 (ends)
    prefer_first = np.array([1.0, 0.5, 0.5])  # the boundary model prefers the first candidate
    assert int(np.argmax(reading.edge_scores("content", "start", *candidates, prefer_first))) == 1
    ends = ([1, 2, 3], [2, 3, 4])
    assert int(np.argmax(reading.edge_scores("content", "end", *ends, prefer_first))) == 1
    for role in ("source", "cue"):  # only content edges read the step
        assert reading.edge_scores(role, "end", *ends, prefer_first) == pytest.approx(prefer_first)
    reading.blend = Blend(0, 0, 0.5)
    assert reading.edge_scores("content", "end", *ends, prefer_first) == pytest.approx(prefer_first)


def test_the_begin_and_end_probabilities_move_an_edge_of_any_role_by_their_weight():
    # The tagger reads a cue beginning at piece 2 and ending at piece 3 of five; the boundary model prefers piece 0 (1).
    probabilities = np.full((5, len(LABELS)), 0.01, dtype=np.float32)
    probabilities[2, LABELS.index("cue_begin")] = probabilities[3, LABELS.index("cue_end")] = 0.95
    reading = Reading([0, 1, 2, 3, 4], [1, 2, 3, 4, 5], probabilities, Blend(0, 0, 0.5, None, 0.0))
    starts, ends = ([0, 1, 2], [1, 2, 3]), ([1, 2, 3], [2, 3, 4])  # pieces 0–2 as starts, 1–3 as ends
    prefer_first = np.array([1.0, 0.5, 0.5])
    assert reading.edge_scores("cue", "start", *starts, prefer_first) == pytest.approx(prefer_first)
    reading.blend = Blend(0, 0, 0.5, None, 0.5)
    assert int(np.argmax(reading.edge_scores("cue", "start", *starts, prefer_first))) == 2
    assert int(np.argmax(reading.edge_scores("cue", "end", *ends, prefer_first))) == 2
    assert int(np.argmax(reading.edge_scores("source", "start", *starts, prefer_first))) == 0  # the source columns read nothing


def test_the_edges_read_the_tagger_when_only_the_begin_and_end_weight_is_set():
    from newsprobe.nlp import get_nlp
    from newsprobe.quotes.extract import extract
    from newsprobe.text import ArticleText

    text = "The minister said the plan was dead."
    reading = _word_reading(text, {"minister": ("source_inside", 0.9), "said": ("cue_inside", 0.9)}, None)
    reading.blend = Blend(0, 0, 0.5, None, 0.5)
    roles, read = [], reading.edge_scores
    reading.edge_scores = lambda role, *rest: roles.append(role) or read(role, *rest)
    extract(ArticleText(body=text, doc=get_nlp()(text)), reading=reading)
    assert {"source", "content"} <= set(roles)


def test_the_quote_mode_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv(tagger.MODE_ENV, raising=False)
    assert quote_mode() == "fast"
    monkeypatch.setenv(tagger.MODE_ENV, "accurate")
    assert quote_mode() == "accurate"
    monkeypatch.setenv(tagger.MODE_ENV, "thorough")
    with pytest.raises(ModelError, match="NEWSPROBE_QUOTES='thorough' is not a quote mode"):
        quote_mode()


def test_without_the_accurate_extra_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "onnxruntime", None)
    with pytest.raises(ModelError, match=r"pip install 'newsprobe\[accurate\]'"):
        tagger.open_session(tagger.ARTIFACT.path("tagger.onnx"))


@pytest.fixture(scope="module")
def shipped():
    pytest.importorskip("onnxruntime", reason="the accurate extra (onnxruntime) is not installed")
    return tagger.default_tagger()


def test_the_shipped_tagger_reads_a_reported_quote(shipped):
    text = "The mayor approved the budget. Critics said the plan would raise taxes for families."
    reading = shipped.read(text)
    cue, content, source = text.index("said"), text.index("the plan"), text.index("Critics")
    assert reading.at("cue_inside", cue, cue + 4) > 0.5
    # "said" is the surest cue; "approved" reads as one too (PolNeAR counts some deeds as stances), the
    # words around it do not.
    assert reading.at("cue_inside", cue, cue + 4) > reading.at("cue_inside", 0, cue - 1)
    assert max(reading.at("cue_inside", text.index(w), text.index(w) + len(w)) for w in ("mayor", "budget", "Critics")) < 0.3
    assert reading.at("source_inside", source, source + 7) > 0.5
    words = [(m.start(), m.end()) for m in __import__("re").finditer(r"\w+", text[content:-1])]
    assert min(reading.at("content_inside", content + s, content + e) for s, e in words) > 0.5
    begins = [reading.at("content_begin", content + s, content + e) for s, e in words]
    assert begins.index(max(begins)) == 0  # the content most likely begins at its first word


class _NoAttributions:
    """An ONNX session stand-in that reads no word as part of any attribution."""

    def run(self, _, feeds):
        return [np.zeros((*feeds["input_ids"].shape, len(LABELS)), dtype=np.float32)]


def test_accurate_mode_lets_the_tagger_overrule_the_filter(monkeypatch):
    from newsprobe import analyze

    text = "Council approves budget\n\nCritics said the plan would raise taxes for families."
    monkeypatch.setenv(tagger.MODE_ENV, "fast")
    assert find(analyze(text).quotes, "the plan would raise taxes")
    monkeypatch.setenv(tagger.MODE_ENV, "accurate")
    monkeypatch.setattr(tagger, "default_tagger", lambda: QuoteTagger(_NoAttributions(), _Pieces(), Blend(5, 0, 0.5)))
    assert analyze(text).quotes == []


def test_accurate_mode_runs_through_analyze(shipped, monkeypatch):
    from newsprobe import analyze

    read = QuoteTagger.read
    texts = []
    monkeypatch.setattr(QuoteTagger, "read", lambda self, text: texts.append(text) or read(self, text))
    monkeypatch.setenv(tagger.MODE_ENV, "accurate")
    report = analyze(
        "Council approves budget\n\nThe city council voted on Tuesday to approve the new budget. “This protects jobs,” "
        "Mayor Anne Hidalgo said. Critics said the plan would raise taxes for families."
    )
    assert find(report.quotes, "This protects jobs").speaker.resolved == "Anne Hidalgo"
    assert find(report.quotes, "the plan would raise taxes").cue.text == "said"
    assert len(texts) == 1  # the tagger read the article


def test_runs_carry_over_weaker_pieces_and_need_one_at_the_threshold():
    reading = _reading("cue_inside", [0.9, 0.4, 0.9, 0.1, 0.5, 0.2, 0.35], Blend(0, 0, 0.5))  # pieces at 0, 2, …, 12
    assert reading.runs("cue_inside", 0.8) == [(0, 5)]  # 0.4 is above the floor: one run over three pieces
    assert reading.runs("cue_inside", 0.5) == [(0, 5), (8, 9)]  # 0.35 alone never reaches the threshold
    assert reading.runs("cue_inside", 0.5, 4, 9) == [(4, 5), (8, 9)]  # only pieces starting inside [4, 9)


def _word_reading(text: str, marked: dict[str, tuple[str, float]], propose: float | None) -> Reading:
    """One piece per word; the words in ``marked`` read as (label, probability), every other label 0."""
    import re

    words = list(re.finditer(r"\w+|[^\w\s]", text))
    probabilities = np.zeros((len(words), len(LABELS)), dtype=np.float32)
    for i, word in enumerate(words):
        if word.group() in marked:
            label, probability = marked[word.group()]
            probabilities[i, LABELS.index(label)] = probability
    return Reading([w.start() for w in words], [w.end() for w in words], probabilities, Blend(0, 0, 0.5, propose))


def test_the_tagger_adds_a_cue_the_rules_miss_with_its_source_and_content():
    from newsprobe.nlp import get_nlp
    from newsprobe.quotes.extract import extract
    from newsprobe.text import ArticleText

    text = "She has no illusions about Putin's threat to Europe."
    marked = {"She": ("source_inside", 0.9), "has": ("cue_inside", 0.9), "no": ("cue_inside", 0.4),
              "illusions": ("cue_inside", 0.9), "about": ("cue_inside", 0.9), "Putin": ("content_inside", 0.9),
              "'": ("content_inside", 0.9), "s": ("content_inside", 0.9), "threat": ("content_inside", 0.9), "to": ("content_inside", 0.9),
              "Europe": ("content_inside", 0.9)}
    article = ArticleText(body=text, doc=get_nlp()(text))
    assert extract(article, reading=_word_reading(text, marked, None)) == []  # the rules propose nothing here
    (added,) = extract(article, reading=_word_reading(text, marked, 0.8))
    spans = [text[s:e] for s, e in (added.cue, added.speaker, *added.content)]
    assert spans == ["has no illusions about", "She", "Putin's threat to Europe"] and added.via == "tagger"
    # Without a source the tagger's reading is no attribution.
    del marked["She"]
    assert extract(article, reading=_word_reading(text, marked, 0.8)) == []


def test_the_tagger_adds_nothing_inside_a_quotation_or_an_attribution_found():
    from newsprobe.nlp import get_nlp
    from newsprobe.quotes.extract import extract
    from newsprobe.text import ArticleText

    text = "“She has no illusions about it,” the minister said."
    marked = {"She": ("source_inside", 0.9), "has": ("cue_inside", 0.9), "illusions": ("cue_inside", 0.9),
              "minister": ("source_inside", 0.9), "said": ("cue_inside", 0.9), "it": ("content_inside", 0.9)}
    found = extract(ArticleText(body=text, doc=get_nlp()(text)), reading=_word_reading(text, marked, 0.8))
    assert [(text[slice(*a.cue)], a.via) for a in found] == [("said", "complement")]
    # Nor inside an attribution's source: the relative clause is part of who speaks.
    text = "Smith, who has no illusions about Russia, said the plan was dead."
    marked = {"Smith": ("source_inside", 0.9), "has": ("cue_inside", 0.9), "no": ("cue_inside", 0.9),
              "illusions": ("cue_inside", 0.9), "about": ("cue_inside", 0.9), "Russia": ("content_inside", 0.9)}
    found = extract(ArticleText(body=text, doc=get_nlp()(text)), reading=_word_reading(text, marked, 0.8))
    assert [a.via for a in found] == ["complement"]
    # Nor inside a quotation left open to run on into the next paragraph, which the rules skip too.
    text = "The flood came at night.\n\n“Our neighbours have no illusions about the river.\n\n“It rose again.”"
    marked = {"neighbours": ("source_inside", 0.9), "have": ("cue_inside", 0.9), "no": ("cue_inside", 0.9),
              "illusions": ("cue_inside", 0.9), "river": ("content_inside", 0.9)}
    found = extract(ArticleText(body=text, doc=get_nlp()(text)), reading=_word_reading(text, marked, 0.8))
    assert found == []


@pytest.mark.parametrize(
    "values",
    [
        {"cue": None, "edges": 1, "threshold": 0.4, "propose": 0.7, "bounds": 0},  # only propose may be null
        {"cue": True, "edges": 1, "threshold": 0.4, "propose": 0.7, "bounds": 0},
        {"cue": "0.5", "edges": 1, "threshold": 0.4, "propose": 0.7, "bounds": 0},
        {"edges": 1, "threshold": 0.4, "propose": 0.7, "bounds": 0},
        {"cue": 0.5, "edges": 1, "threshold": 0.4, "propose": 0.7},  # a blend chosen before bounds was
        {"cue": 0.5, "edges": 1, "threshold": 0.4, "propose": 0.7, "bounds": 0, "weight": 2},
        [0.5, 1, 0.4],
    ],
)
def test_a_malformed_blend_is_refused(values):
    with pytest.raises(ValueError, match="the blend in meta.json"):
        Blend.from_meta(values)


def test_the_blend_reads_numbers_and_a_null_propose():
    assert Blend.from_meta({"cue": 0.5, "edges": 1, "threshold": 0.4, "propose": None, "bounds": 0.25}) == Blend(0.5, 1.0, 0.4, None, 0.25)
