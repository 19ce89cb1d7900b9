"""Real, edited news from ../shared/data: one loader, one site key per outlet, one site split.

Every record is a dict ``{id, title, text, site, site_key, split, dataset, label, url, published}``.

Data sets (``dataset``; see ../shared/data/realnews/README.md for sources and caveats):

- ``outlets``: AllSides articles from 31 major US/UK outlets; the source has no label, so
  ``label`` is ``reliable``, or ``flagged`` for the outlets in ``FLAGGED``;
- ``recovery``: ReCOVery COVID-19 news; ``label`` is the site's rating, ``reliable`` or
  ``unreliable`` (site level, not article level);
- ``politifact`` / ``gossipcop``: FakeNewsNet pages; ``label`` is ``real`` or ``fake``, the
  fact-checker's verdict on the story's claim, not on the page;
- ``polnear``: PolNeAR's 924 train + dev articles (7 US publishers, 2016); ``label`` as for outlets;
- ``bbc``: BBC News 2004–05, one site; ``label`` ``reliable``.

``site_split`` puts every site, whatever the data set, on one side: ``tune`` (about 60 % of
sites: models and thresholds may be fitted and calibrated on them) or ``heldout`` (only for
measuring). It hashes the site key, so an outlet in several data sets (NYT is in outlets,
ReCOVery, FakeNewsNet and PolNeAR) is on the same side in all of them, and a model never sees a
held-out site's house style. BBC News, the models' original training material, hashes to ``tune``.

``reliable_side()`` is the false-alarm population: articles from outlets a reader would call
reliable, where every serious reason is a false alarm (or the outlet's own lapse):

- outlets and PolNeAR, every publisher, with the ones in ``FLAGGED`` labelled ``flagged`` so
  that tables report them apart instead of silently mixing them in;
- ReCOVery articles from sites it rates reliable;
- BBC News;
- FakeNewsNet PolitiFact ``real`` pages only from news sites (``NEWS_SITES``), and not the
  transcripts, speeches and remarks those sites host (``PRIMARY_SOURCE``), as its own data set:
  most of its "real" pages are government pages, press releases, campaign sites, transcripts and
  PolitiFact's own write-ups, which are not edited news. GossipCop (celebrity news, many
  tabloids and spun copies) is left out.
"""

from __future__ import annotations

import csv
import json
import re
import zlib
from collections.abc import Iterator
from urllib.parse import urlsplit

from training.synth import DATA

REALNEWS = DATA / "realnews"
REALNEWS_FILES = ("recovery", "fakenewsnet", "outlets")
# The source data sets' names, shortened for tables.
DATASET_NAMES = {"allsides-article-bias": "outlets", "fakenewsnet-politifact": "politifact", "fakenewsnet-gossipcop": "gossipcop"}
# Share of sites (by hash) whose articles may be used for fitting and calibration.
TUNE_PERCENT = 60

# One key per outlet, for the names (lower case, without "the " and parentheses) and the hosts
# (their subdomains too) the data sets spell it with; other sites get ``canonical_site``'s generic key.
OUTLET_ALIASES = {
    "nytimes": ("new york times", "nyt", "nytimes.com"),
    "reuters": ("reuters", "reuters.com"),
    "ap": ("associated press", "ap", "apnews.com", "ap.org"),
    "cnn": ("cnn", "cnn.com"),
    "foxnews": ("fox news", "foxnews.com"),
    "npr": ("npr", "national public radio", "npr.org"),
    "usatoday": ("usa today", "usa-today", "usatoday.com"),
    "cbsnews": ("cbs news", "cbsnews.com"),
    "abcnews": ("abc news", "abcnews.go.com", "abcnews.com"),
    "nbcnews": ("nbc news", "nbcnews.com", "msnbc.msn.com"),
    "washingtonpost": ("washington post", "wash-post", "washingtonpost.com"),
    "wsj": ("wall street journal", "wsj.com"),
    "bbc": ("bbc", "bbc news", "bbc.co.uk", "bbc.com"),
    "guardian": ("guardian", "theguardian.com", "guardian.co.uk"),
    "politico": ("politico", "politico.com"),
    "businessinsider": ("business insider", "businessinsider.com"),
    "yahoo": ("yahoo news", "yahoo! news", "yahoo.com"),
    "huffpost": ("huffington post", "huff-post", "huffpost", "huffingtonpost.com", "huffpost.com"),
    "breitbart": ("breitbart", "breitbart news", "breitbart.com"),
    "westernjournal": ("western journal", "western journalism", "west-journal", "westernjournal.com", "westernjournalism.com"),
    "nypost": ("new york post", "nypost.com"),
    "thehill": ("hill", "thehill.com"),
    "theatlantic": ("atlantic", "theatlantic.com"),
    "theverge": ("verge", "theverge.com"),
    "csmonitor": ("christian science monitor", "csmonitor.com"),
    "latimes": ("los angeles times", "latimes.com"),
    "pbs": ("pbs newshour", "pbs.org"),
    "suntimes": ("chicago sun-times", "suntimes.com"),
    "rt": ("rt news", "rt.com"),
    "gatewaypundit": ("gateway pundit", "thegatewaypundit.com"),
    "frontpagemag": ("frontpage magazine", "frontpagemag.com", "frontpagemagazine.com"),
}

# Outlets among the reliable side's publishers that Wikipedia's perennial-sources list (WP:RSP)
# rates deprecated or generally unreliable; reported apart as ``flagged``.
FLAGGED = frozenset({"breitbart", "dailymail", "nypost", "westernjournal"})

# The news outlets of every data set here: outlets.jsonl, PolNeAR, BBC and ReCOVery's reliable
# sites, and those among FakeNewsNet PolitiFact's "real" pages (picked by reading its site list;
# the rest there is government, campaign, advocacy and reference pages, not edited news).
NEWS_SITES = frozenset({
    # outlets.jsonl, PolNeAR, BBC
    "abcnews", "ap", "aljazeera", "axios", "bbc", "bloomberg", "breitbart", "businessinsider", "cbsnews", "cnbc",
    "cnn", "csmonitor", "dailymail", "foxnews", "guardian", "huffpost", "latimes", "nbcnews", "npr", "nypost",
    "nytimes", "pbs", "politico", "reuters", "theatlantic", "thehill", "time", "usatoday", "vox", "washingtonpost",
    "washingtontimes", "westernjournal", "wsj", "yahoo",
    # ReCOVery's reliable sites not above
    "suntimes", "theverge", "detroitnews", "slate", "losangelesdailynews", "mercurynews", "newyorker", "fivethirtyeight",
    # other news outlets among PolitiFact's "real" pages
    "tampabay", "tbo", "mcclatchydc", "chicagotribune", "nymag", "rockymountainnews", "newschannel5", "cqpolitics",
    "rollcall", "adn", "talkingpointsmemo", "forbes", "boston", "unionleader", "rawstory", "motherjones",
    "themoscowtimes", "wfpl", "triblive", "cbslocal", "economist",
})
# PolitiFact's "real" pages on news sites are often the primary source itself: transcripts of
# debates and interviews, speeches, prepared remarks (by title or URL, or laid out as a transcript).
PRIMARY_SOURCE = re.compile(r"transcript|\bremarks\b|\bspeech\b|\bdebate\b|raw data|\bin [\w’']+ words\b|/\d+text-", re.I)
SPEAKER_LABEL = re.compile(r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][A-Z ]+)?:", re.M)
# Lines opening with a speaker label ("TAPPER:", "OBAMA:") that make a page a transcript.
TRANSCRIPT_LABELS = 5

# Generic host suffixes dropped from the key ("nytimes.com" → "nytimes"); others (.gov, .edu) stay.
GENERIC_SUFFIXES = (".co.uk", ".com.au", ".co.nz", ".com", ".org", ".net", ".co", ".us", ".info", ".uk")
# Two-level public suffixes: the site is the label before them ("dailymail.co.uk").
SECOND_LEVEL = {"co", "com", "org", "net", "gov", "ac", "edu"}
# Hosting domains whose subdomain is the site ("abcnews.go.com" is not "espn.go.com").
SHARED_HOSTS = {"go.com", "blogspot.com", "wordpress.com", "substack.com", "tumblr.com"}
HOST = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")

_ALIAS_OF = {name: key for key, names in OUTLET_ALIASES.items() for name in names}


def _host(url: str | None) -> str:
    """The URL's host, lower case; an archive.org copy gives the archived page's host."""
    if not url:
        return ""
    host = (urlsplit(url).hostname or "").lower()
    if host == "web.archive.org":
        archived = re.search(r"/web/[^/]+/(https?:/+.*)", url)
        if archived:
            return _host(re.sub(r"^(https?:)/+", r"\1//", archived.group(1)))
    return host


def _host_key(host: str) -> str:
    host = re.sub(r"^(www\d*|m|amp|edition)\.", "", host)
    for alias_host, key in _ALIAS_OF.items():
        if "." in alias_host and (host == alias_host or host.endswith("." + alias_host)):
            return key
    labels = host.split(".")
    keep = 3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL and len(labels[-1]) == 2 else 2
    domain = ".".join(labels[-keep:])
    if domain in SHARED_HOSTS and len(labels) > keep:
        return re.sub(r"[^a-z0-9]", "", labels[-keep - 1])
    for suffix in GENERIC_SUFFIXES:
        if domain.endswith(suffix):
            domain = domain[: -len(suffix)]
            break
    return _ALIAS_OF.get(domain, re.sub(r"[^a-z0-9.]", "", domain))


def canonical_site(site: str | None, url: str | None = None) -> str:
    """One lower-case key per outlet: "The New York Times", "nytimes.com", "www.nytimes.com", "nyt" → "nytimes".

    A site written as a host is keyed by its domain; a name by its words without "the ", a
    parenthesis and punctuation; ``OUTLET_ALIASES`` joins the spellings of the big outlets. With
    no usable site, the URL's host decides."""
    name = (site or "").strip().lower()
    if name in ("", "http", "https"):
        host = _host(url)
        return _host_key(host) if host else "unknown"
    if HOST.match(name.removeprefix("www.")):
        return _host_key(name)
    name = re.sub(r"\s*\([^)]*\)", "", name).removeprefix("the ").strip()
    return _ALIAS_OF.get(name, re.sub(r"[^a-z0-9]", "", name))


def site_split(site_key: str) -> str:
    """``tune`` or ``heldout``, fixed per site by the CRC-32 of its key."""
    return "tune" if zlib.crc32(site_key.encode()) % 100 < TUNE_PERCENT else "heldout"


def _record(id: str, title: str, text: str, site: str | None, dataset: str, label: str | None, url: str | None = None,
            published: str | None = None) -> dict:
    key = canonical_site(site, url)
    return {"id": id, "title": title, "text": text, "site": site, "site_key": key, "split": site_split(key),
            "dataset": dataset, "label": label, "url": url, "published": published}


def _outlet_label(site_key: str) -> str:
    return "flagged" if site_key in FLAGGED else "reliable"


def realnews(name: str) -> Iterator[dict]:
    """The records of ``realnews/{name}.jsonl``: recovery, fakenewsnet or outlets."""
    if name not in REALNEWS_FILES:
        raise ValueError(f"unknown realnews file {name!r}; one of {', '.join(REALNEWS_FILES)}")
    with (REALNEWS / f"{name}.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            dataset = DATASET_NAMES.get(r["dataset"], r["dataset"])
            record = _record(r["id"], r["title"] or "", r["text"], r["site"], dataset, r["label"], r["url"], r["published"])
            if dataset == "outlets":
                record["label"] = _outlet_label(record["site_key"])
            yield record


def polnear() -> Iterator[dict]:
    """PolNeAR's train and dev articles (the first line is the headline); publisher from metadata.tsv."""
    with (DATA / "polnear" / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        meta = {r["filename"]: r for r in csv.DictReader(handle, delimiter="\t")}
    for split in ("train", "dev"):
        for path in sorted((DATA / "polnear" / split / "text").glob("*.txt")):
            title, _, text = path.read_text(encoding="utf-8").partition("\n")
            row = meta[path.stem]
            record = _record(f"polnear-{path.stem}", title.strip(), text.strip(), row["publisher"], "polnear", None,
                             published=row["publication_date"])
            record["label"] = _outlet_label(record["site_key"])
            yield record


def bbc() -> Iterator[dict]:
    with (DATA / "bbc-news.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            r = json.loads(line)
            yield _record(r["id"], r["title"], r["text"], "BBC News", "bbc", "reliable")


def news_article(record: dict) -> bool:
    """Is the record's page a news outlet's own article (for FakeNewsNet, whose pages are of every kind)?"""
    primary = PRIMARY_SOURCE.search(f"{record['title']} {record['url'] or ''}") or len(SPEAKER_LABEL.findall(record["text"])) >= TRANSCRIPT_LABELS
    return record["site_key"] in NEWS_SITES and not primary


def reliable_side() -> Iterator[dict]:
    """The false-alarm population: articles from reliable outlets (``flagged`` ones labelled so); see the module docstring."""
    yield from realnews("outlets")
    yield from (r for r in realnews("recovery") if r["label"] == "reliable")
    yield from polnear()
    yield from bbc()
    yield from (r for r in realnews("fakenewsnet") if r["dataset"] == "politifact" and r["label"] == "real" and news_article(r))
