"""The language check (issue #13, item 4): what is not English is refused with its language, in any
language, and English passes, short or long. The English figures: benchmarks/language.py."""

import json
import random

import pytest

from newsprobe import InputError, from_text
from newsprobe.language import detect_language

from .conftest import shared_data

# The same news, in the languages the issue found passing as English and in others.
SAMPLES = {
    "sv": ("Swedish", "Regeringen meddelade på tisdagen att skatten på bränsle ska höjas, vilket enligt kritikerna kommer att "
                      "drabba familjer som redan har svårt att klara sina utgifter. Oppositionen kräver att förslaget dras "
                      "tillbaka innan riksdagen röstar nästa vecka."),
    "pl": ("Polish", "Rząd ogłosił we wtorek, że podniesie podatki od paliwa, co według krytyków uderzy w rodziny, które już "
                     "teraz mają trudności z utrzymaniem. Opozycja domaga się wycofania projektu, zanim Sejm zagłosuje nad "
                     "nim w przyszłym tygodniu."),
    "tr": ("Turkish", "Hükümet salı günü akaryakıt vergilerini artıracağını açıkladı; eleştirmenlere göre bu karar, geçinmekte "
                      "zaten zorlanan aileleri vuracak. Muhalefet, tasarının meclisteki oylamadan önce geri çekilmesini istiyor."),
    "zh": ("Chinese", "政府周二宣布将提高燃油税，批评人士说，这将打击那些本已难以维持生计的家庭。反对党要求在下周议会投票之前撤回这项提案。"),
    "ja": ("Japanese", "政府は火曜日、燃料税を引き上げると発表した。批判的な人々は、すでに生活に苦しんでいる家庭に打撃を与えると述べて"
                       "いる。野党は来週の国会での採決の前に法案を撤回するよう求めている。"),
    "fr": ("French", "Le gouvernement a annoncé mardi qu'il allait augmenter les taxes sur le carburant, ce qui selon les "
                     "critiques va nuire aux familles qui sont déjà en difficulté."),
    "de": ("German", "Die Regierung hat am Dienstag angekündigt, dass sie die Steuern auf Kraftstoff erhöhen wird, was nach "
                     "Ansicht der Kritiker den Familien schaden wird, die nicht mehr können."),
    "es": ("Spanish", "El gobierno anunció el martes que subirá los impuestos sobre el combustible, lo que según los críticos "
                      "perjudicará a las familias que ya están pasando por dificultades."),
    "ru": ("Russian", "Правительство объявило во вторник, что повысит налоги на топливо для всех семей страны, которые уже "
                      "испытывают трудности."),
    "id": ("Indonesian", "Pemerintah mengumumkan pada hari Selasa bahwa pajak bahan bakar akan dinaikkan, yang menurut para "
                         "kritikus akan merugikan keluarga yang sudah kesulitan memenuhi kebutuhan hidup."),
    "vi": ("Vietnamese", "Chính phủ hôm thứ Ba tuyên bố sẽ tăng thuế nhiên liệu, điều mà các nhà phê bình cho rằng sẽ gây "
                         "thiệt hại cho các gia đình vốn đã gặp khó khăn."),
    "ar": ("Arabic", "أعلنت الحكومة يوم الثلاثاء أنها سترفع الضرائب على الوقود، وهو ما يقول المنتقدون إنه سيضر بالأسر التي "
                     "تعاني بالفعل من ارتفاع تكاليف المعيشة."),
}


@pytest.mark.parametrize("code", SAMPLES)
def test_an_article_not_in_english_is_refused_with_its_language(code):
    name, text = SAMPLES[code]
    assert detect_language(text) == code
    with pytest.raises(InputError, match=rf"^a\.txt: not English \(looks like {name}\); newsprobe analyses English news only$") as refused:
        from_text(f"Headline\n\n{text}", input_name="a.txt")
    assert refused.value.code == "not_english"


def test_a_long_article_not_in_english_is_refused():
    name, text = SAMPLES["fr"]
    assert detect_language(" ".join([text] * 200)) == "fr"  # 30,000 characters


@pytest.mark.parametrize("text", [
    "Budget passes.",
    "Council approves budget.",
    "Nigeria to boost cocoa production, minister says.",
    "Yukos owner sues Russia for $28bn.",
    "The council voted on Tuesday to approve the budget.",
])
def test_short_english_passes(text):
    assert from_text(text, no_title=True).language in (None, "en")


def test_a_text_too_short_to_tell_is_undetermined_and_analysed():
    assert detect_language("Le chat.") is None
    assert from_text("Le chat.", no_title=True).language is None


def test_every_bbc_article_is_english():
    with shared_data("bbc-news.jsonl").open(encoding="utf-8") as lines:
        detected = [detect_language(json.loads(line)["text"]) for line in lines]
    assert len(detected) == 2225 and set(detected) == {"en"}


def test_realnews_outlets_articles_are_english():
    with shared_data("realnews/outlets.jsonl").open(encoding="utf-8") as lines:
        records = random.Random(13).sample([json.loads(line) for line in lines], 300)
    assert {detect_language(record["text"]) for record in records} == {"en"}
