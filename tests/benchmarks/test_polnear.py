import json
import sys

import pytest

from ..conftest import ROOT, shared_data

sys.path.insert(0, str(ROOT / "benchmarks"))
import polnear  # noqa: E402

TEXT = "“We will win,” Jo Park said.\n\nThe council said the bridge would reopen."


@pytest.fixture
def split(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "a.txt").write_text(TEXT, encoding="utf-8")
    # Events may name text annotations defined after them; span texts may hold line breaks.
    (tmp_path / "attributions" / "a_0001.ann").write_text(
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n"
        "T1\tSource 15 22\tJo Park\n"
        "T2\tCue 23 27\tsaid\n"
        "T3\tContent 0 14\t“We will win,”\n"
        "T4\tAttribution 23 27\tsaid\n"
        "T5\tSource 30 41\tThe council\n"
        "T6\tCue 42 46\tsaid\n"
        "T7\tContent 47 71\tthe bridge would reopen.\n"
        "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
        "T8\tAttribution 42 46\tsaid\n",
        encoding="utf-8",
    )
    return tmp_path


def test_gold_parsing(split):
    relations = polnear.gold(split, "a")
    assert relations[0] == {"source": [[15, 22]], "cue": [[23, 27]], "content": [[0, 14]]}
    assert len(relations) == 2


def test_predict_and_score_on_fixture(split, tmp_path, capsys):
    out = tmp_path / "pred.jsonl"
    polnear.predict(split, out, None)
    (record,) = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["id"] == "a" and len(record["attributions"]) == 2
    scores = polnear.score(split, out)
    # Edges are trimmed of punctuation and quote marks, so both attributions match exactly.
    assert scores["source_exact"]["f1"] == scores["cue_exact"]["f1"] == scores["content_exact"]["f1"] == 1.0


def test_score_counts_misses(split, tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"id": "a", "attributions": [{"source": [[15, 22]], "cue": [[23, 27]], "content": [[1, 5]]}]}))
    scores = polnear.score(split, pred)
    assert scores["cue_exact"] == {"p": 1.0, "r": 0.5, "f1": pytest.approx(2 / 3)}
    assert scores["content_exact"]["p"] == 0.0


def test_edges_compares_the_model_with_the_rules(split, capsys):
    polnear.edges(split, None)
    rows = [line.split() for line in capsys.readouterr().out.splitlines()[1:]]
    counts = {(role, side): tuple(map(int, numbers)) for role, side, *numbers in rows}
    assert ("content", "end") in counts
    for edges, rules, model, reach in counts.values():
        assert edges >= reach >= max(rules, model)


def test_dev_split_regression(tmp_path):
    """Dev-split figures must not fall below what docs/benchmarks.md reports, minus a margin."""
    dev = shared_data("polnear/dev")
    out = tmp_path / "dev.jsonl"
    polnear.predict(dev, out, None)
    scores = polnear.score(dev, out)
    assert scores["source_exact"]["f1"] >= 0.72
    assert scores["cue_exact"]["f1"] >= 0.69
    assert scores["content_exact"]["f1"] >= 0.53


def test_coverage_matches_by_the_share_of_the_gold_quote_covered():
    gold_quote = frozenset(range(10))
    assert polnear._pairs([gold_quote], [frozenset(range(7, 12))]) == [(0, 0)]  # 3 of 10 characters
    assert polnear._pairs([gold_quote], [frozenset(range(8, 30))]) == []  # 2 of 10
    # Each quote is matched once, and a quote nested in another goes to the prediction that leaves the
    # outer quote its own match.
    assert polnear._pairs([gold_quote, frozenset(range(20, 30))], [frozenset(range(0, 25))]) == [(0, 0)]
    outer, nested = frozenset(range(100)), frozenset(range(80, 90))
    assert polnear._pairs([outer, nested], [frozenset(range(120)), frozenset(range(85, 130))]) == [(0, 0), (1, 1)]


def test_coverage_on_fixture(split, capsys):
    results = polnear.coverage(split, None)
    assert results["all"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert results["speech"]["r"] == 1.0 and results["speaker_span"] == 1.0
    assert results["speaker_named"] == 1.0  # "Jo Park" resolved to the annotated person
    assert "speech" in capsys.readouterr().out


def test_gold_type_reads_a_quote_mark_at_the_content_edge_only():
    from newsprobe.nlp import get_nlp

    body = "Clinton believes I'm wrong. Clinton believes “it is over.”"
    doc = get_nlp()(body)

    def typed(content: str) -> str:
        start = body.index(content)
        event = {"cue": [[8, 16]], "source": [[0, 7]], "content": [[start, start + len(content)]]}
        return polnear._gold_type(body, doc, event)

    assert typed("I'm wrong") == "thought"  # the apostrophe is not a quote mark
    assert typed("it is over.") == "speech"  # the mark just before the content


def test_same_person_takes_a_surname_of_several_words():
    assert polnear.same_person("Chandler Van Voorhis", "Van Voorhis")
    assert polnear.same_person("Ban Ki-moon", "Ban")
    assert not polnear.same_person("Hillary Clinton", "Bill Clinton")
    assert not polnear.same_person("Chandler Van Voorhis", "Ann Voorhis")
