import pytest

from newsprobe.language import detect_language

SAMPLES = {
    "en": "The government announced on Tuesday that it would raise taxes on fuel, which critics say will hurt families who are already struggling with the cost of living.",
    "fr": "Le gouvernement a annoncé mardi qu'il allait augmenter les taxes sur le carburant, ce qui selon les critiques va nuire aux familles qui sont déjà en difficulté.",
    "de": "Die Regierung hat am Dienstag angekündigt, dass sie die Steuern auf Kraftstoff erhöhen wird, was nach Ansicht der Kritiker den Familien schaden wird, die nicht mehr können.",
    "es": "El gobierno anunció el martes que subirá los impuestos sobre el combustible, lo que según los críticos perjudicará a las familias que ya están pasando por dificultades.",
}


@pytest.mark.parametrize("lang", SAMPLES)
def test_detects(lang):
    assert detect_language(SAMPLES[lang]) == lang


def test_short_text_is_undetermined():
    assert detect_language("Le chat.") is None


def test_non_latin_script():
    assert detect_language("Правительство объявило во вторник, что повысит налоги на топливо для всех семей страны, которые уже испытывают трудности.") == "und-nonlatin"


def test_every_bbc_article_is_english():
    """The calibration claim in language.py: all 2,225 BBC News articles are detected as English."""
    import json

    from .conftest import shared_data

    with shared_data("bbc-news.jsonl").open(encoding="utf-8") as lines:
        detected = [detect_language(json.loads(line)["text"]) for line in lines]
    assert len(detected) == 2225 and set(detected) == {"en"}
