from collections import Counter

import pytest

from training import realnews

from .conftest import shared_data


@pytest.mark.parametrize("site, url", [
    ("The New York Times", None),
    ("nytimes.com", None),
    ("www.nytimes.com", None),
    ("query.nytimes.com", None),
    ("nyt", None),
    (None, "https://www.nytimes.com/2016/01/01/us/politics/story.html"),
])
def test_one_key_per_outlet_across_spellings(site, url):
    assert realnews.canonical_site(site, url) == "nytimes"


@pytest.mark.parametrize("site, key", [
    ("National Public Radio (NPR)", "npr"),
    ("Yahoo! News", "yahoo"),
    ("abcnews.go.com", "abcnews"),
    ("espn.go.com", "espn"),
    ("The Hill", "thehill"),
    ("wash-post", "washingtonpost"),
    ("dailymail.co.uk", "dailymail"),
    ("Daily Mail", "dailymail"),
    ("Chicago Sun-Times", "suntimes"),
    ("people.com", "people"),
    ("whitehouse.gov", "whitehouse.gov"),
])
def test_canonical_site(site, key):
    assert realnews.canonical_site(site) == key


def test_missing_site_falls_back_to_the_url_host_and_archived_copies_to_the_archived_host():
    assert realnews.canonical_site(None, "https://www.reuters.com/article/x") == "reuters"
    archived = "http://web.archive.org/web/20060228220724/http:/energycommerce.house.gov/108/News/1.htm"
    assert realnews.canonical_site("http", archived) == "house.gov"
    assert realnews.canonical_site(None, None) == "unknown"


def test_site_split_is_deterministic_and_about_sixty_percent_tune():
    keys = [f"site{i}" for i in range(2000)]
    splits = Counter(realnews.site_split(k) for k in keys)
    assert set(splits) == {"tune", "heldout"}
    assert 0.55 < splits["tune"] / len(keys) < 0.65
    assert [realnews.site_split(k) for k in keys] == [realnews.site_split(k) for k in keys]


def test_an_outlet_is_on_one_side_whatever_the_spelling():
    assert len({realnews.site_split(realnews.canonical_site(s)) for s in ("The Washington Post", "washingtonpost.com", "wash-post")}) == 1


def test_reliable_side_reads_every_data_set():
    shared_data("realnews/outlets.jsonl")
    shared_data("polnear/metadata.tsv")
    counts = Counter()
    for record in realnews.reliable_side():
        assert record["split"] == realnews.site_split(record["site_key"])
        assert record["text"] and record["id"]
        counts[(record["dataset"], record["label"])] += 1
    assert counts[("polnear", "reliable")] + counts[("polnear", "flagged")] == 924
    assert counts[("bbc", "reliable")] == 2225
    assert counts[("outlets", "flagged")] > 0 and counts[("recovery", "reliable")] > 1000
    assert ("recovery", "unreliable") not in counts and ("politifact", "fake") not in counts
    assert 0 < counts[("politifact", "real")] < 330  # news sites only


def page(site: str, title: str, text: str, url: str = "") -> dict:
    return {"site_key": realnews.canonical_site(site, url), "title": title, "text": text, "url": url}


def test_news_articles_are_news_sites_own_articles_not_the_primary_sources_they_host():
    article = "The Senate passed the bill on Tuesday, officials said.\n\nIt now goes to the House."
    assert realnews.news_article(page("nytimes.com", "Senate passes the bill", article))
    assert not realnews.news_article(page("whitehouse.gov", "Fact sheet", article))
    assert not realnews.news_article(page("cnn.com", "Part 1 of CNN Democratic presidential debate", article))
    assert not realnews.news_article(page("cnn.com", "Transcripts", article, "http://www.cnn.com/TRANSCRIPTS/1611/13/sotu.01.html"))
    interview = "\n".join(["TAPPER: Good morning.", "GEITHNER: Thank you.", "TAPPER: So, the economy?",
                           "GEITHNER: It is recovering.", "TAPPER: And jobs?", "GEITHNER: Slowly."])
    assert not realnews.news_article(page("abcnews.go.com", "Geithner on the recovery", interview))
