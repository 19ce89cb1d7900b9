import json
import random
import sys

import numpy as np
import pytest

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import false_alarms  # noqa: E402


def row(site: str, n: int, verdict: str = "reliable", reasons=(), side="reliable", dataset="outlets", label="reliable") -> dict:
    return {"side": side, "dataset": dataset, "site_key": site, "split": "heldout", "id": f"{site}-{n}", "label": label,
            "verdict": verdict, "reasons": [list(r) for r in reasons], "stitching": 0.2, "spin": 0.1, "quotes": 3, "orphans": 0}


STITCHED = ("stitched", "serious", "looks stitched")


@pytest.fixture
def rows():
    """Three big sites with different false-alarm rates and two small ones; a contrast site; built articles."""
    rng = random.Random(3)
    out = []
    for site, share, n in (("alpha", 0.1, 30), ("beta", 0.5, 20), ("gamma", 0.0, 12), ("tiny1", 1.0, 3), ("tiny2", 0.0, 4)):
        for i in range(n):
            fired = rng.random() < share
            out.append(row(site, i, "questionable" if fired else "reliable", [STITCHED] if fired else []))
    out += [row("junk", i, "unreliable", [STITCHED, ("orphan-quotes", "serious", "he said")], side="contrast",
                dataset="recovery", label="unreliable") for i in range(6)]
    out += [row("bbc", i, "questionable", [STITCHED], side="detection", dataset="built", label="stitched-different") for i in range(8)]
    return out


def test_bootstrap_intervals_contain_the_point_estimate(rows):
    tests = false_alarms.metrics([("stitched", "serious")])
    for group in (false_alarms.Group("pooled", [r for r in rows if r["side"] == "reliable"]),
                  false_alarms.Group("one site", [r for r in rows if r["site_key"] == "beta"]),
                  false_alarms.Group("built", [r for r in rows if r["side"] == "detection"], by_site=False)):
        for share, low, high in false_alarms.rates(group, tests, resamples=300):
            assert low <= share <= high
            assert 0 <= low and high <= 1


def test_cluster_bootstrap_is_wider_than_resampling_articles(rows):
    """Sites differ, so resampling sites must show more uncertainty than treating articles as independent."""
    reliable = [r for r in rows if r["side"] == "reliable"]
    tests = false_alarms.metrics([("stitched", "serious")])[-1:]
    (_, low_sites, high_sites), = false_alarms.rates(false_alarms.Group("sites", reliable), tests, 500)
    (_, low_articles, high_articles), = false_alarms.rates(false_alarms.Group("articles", reliable, by_site=False), tests, 500)
    assert high_sites - low_sites > high_articles - low_articles


def test_bootstrap_draws_resample_whole_sites_then_their_articles():
    clusters = [np.array([0, 1]), np.array([2, 3]), np.array([4, 5])]
    for drawn in false_alarms.bootstrap_draws(clusters, 50):
        assert len(drawn) == 6
        assert all(drawn[i] // 2 == drawn[i + 1] // 2 for i in range(0, 6, 2))  # each drawn site's 2 articles from that site


def test_small_sites_are_pooled_as_other(rows):
    reliable = [r for r in rows if r["side"] == "reliable"]
    names = [g.name for g in false_alarms.site_groups(reliable, min_articles=10)]
    assert any(": alpha" in n for n in names) and any(": gamma" in n for n in names)
    assert not any("tiny" in n for n in names)
    other = next(g for g in false_alarms.site_groups(reliable, 10) if "other" in g.name)
    assert len(other.rows) == 7 and "2 sites" in other.name


def test_auc():
    assert false_alarms.auc(np.array([2.0, 3.0]), np.array([0.0, 1.0])) == 1.0
    assert false_alarms.auc(np.array([1.0, 1.0]), np.array([1.0, 1.0])) == 0.5


def test_table_from_a_cache(rows, tmp_path, capsys):
    cache = tmp_path / "cache.jsonl"
    cache.write_text("\n".join(json.dumps(r) for r in rows) + "\n" + json.dumps(row("x", 0) | {"verdict": None, "error": "not English"}) + "\n")
    assert false_alarms.main(["table", "--cache", str(cache), "--resamples", "50"]) == 0
    out = capsys.readouterr().out
    assert "83 articles analysed (1 refused by the reader)" in out
    assert "| outlets (reliable) | 69 / 5 |" in out
    assert "stitched (serious)" in out and "built stitched-different" in out
    assert "outlets reliable: other (2 sites)" in out


def test_sample_caps_each_site_and_the_whole():
    records = [{"id": f"{site}-{i}", "site_key": site} for site in "abc" for i in range(10)]
    assert len(false_alarms.sample(records, per_site=4)) == 12
    capped = false_alarms.sample(records, per_site=4, cap=5)
    assert len(capped) == 5 and len({r["site_key"] for r in capped}) == 3
    assert false_alarms.sample(records, 4) == false_alarms.sample(list(reversed(records)), 4)
