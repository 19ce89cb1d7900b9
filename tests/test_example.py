"""The article that defines the product: what its report must make visible."""


def test_speakers_found(example_report):
    names = {q.speaker.resolved for q in example_report.quotes}
    assert {"Igor Konashenkov", "John Kerry", "Carter", "Earnest", "Obama"} <= names


def test_kerry_surname_resolved(example_report):
    kerry = [q for q in example_report.quotes if q.speaker.text == "Kerry"]
    assert kerry and kerry[0].speaker.resolved == "John Kerry"


def test_necessity_quote_is_orphan(example_report):
    (quote,) = [q for q in example_report.quotes if q.content.text.startswith("The necessity to coordinate")]
    assert quote.direct
    assert quote.speaker.kind == "pronoun" and quote.speaker.resolved is None


def test_quotes_credited_only_to_he(example_report):
    # "he" with nobody named before it; later "he said" quotes resolve to the nearest person named
    # before them (issue #11: a quote is an orphan only when nobody in the article can be its speaker).
    # "he did not mention …" reports no words: listed, not a quote.
    orphans = [q for q in example_report.quotes if q.speaker.kind == "pronoun" and q.speaker.resolved is None]
    assert {q.speaker.text for q in orphans} == {"he"}
    assert sorted((q.cue.text, q.type) for q in orphans) == [("called", "speech"), ("did not mention", "thought"), ("said", "speech")]


def test_photo_credit_is_residue_not_prose(example_report):
    assert [(r.kind, r.text) for r in example_report.residue] == [("photo-credit", "Nicholas Kamm Getty Images")]
    assert all("Kamm" not in (q.speaker.text or "") for q in example_report.quotes)


def test_verdict_mentions_orphan_quotes(example_report):
    verdict = example_report.verdict
    assert verdict.label in ("questionable", "unreliable")
    orphan = [r for r in verdict.reasons if r.code == "orphan-quotes"]
    assert orphan and "credited only to a pronoun" in orphan[0].message
    body = example_report.article.body
    assert any(body[s:e].startswith("The necessity") for s, e in orphan[0].evidence)
