"""Places on the gold corpora with the real gazetteer: precision and recall >= 0.92 (slow)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citypact.extract.components.places import PlacesComponent, make_places_component
from citypact.gazetteer import load_gazetteer
from citypact.settings import Settings
from citypact.textnorm import fold, normalize_text

pytestmark = pytest.mark.slow
CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
TARGET = 0.92


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    settings = Settings(database_url="sqlite://")
    made = make_places_component(load_gazetteer(settings))
    assert isinstance(made, PlacesComponent)
    return made


def score(component: PlacesComponent, folder: Path) -> tuple[float, float]:
    correct = spurious = missed = 0
    for gold_path in sorted(folder.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = normalize_text(gold_path.with_suffix(".txt").read_text(encoding="utf-8"))
        keys: dict[str, int] = {}
        for index, place in enumerate(gold["places"]):
            keys.setdefault(fold(place["name"]), index)
        for index, place in enumerate(gold["places"]):
            for alias in place.get("aliases", []):
                keys.setdefault(fold(alias), index)
        extracted = {fold(p.name) for p in component.extract(text, gold["language"])}
        found = {keys[name] for name in extracted if name in keys}
        spurious += sum(1 for name in extracted if name not in keys)
        correct += len(found)
        missed += sum(1 for i, p in enumerate(gold["places"])
                      if not p.get("optional") and i not in found)
    precision = correct / max(1, correct + spurious)
    return precision, 1 - missed / max(1, missed + correct)


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_places_precision_and_recall(component: PlacesComponent, corpus: str) -> None:
    if not (CORPUS / corpus).is_dir():
        pytest.skip(f"no corpus {corpus}")
    precision, recall = score(component, CORPUS / corpus)
    assert precision >= TARGET and recall >= TARGET, (precision, recall)


@pytest.mark.parametrize(("text", "expected"), [
    # ordinary Arabic words that GeoNames gives as a town's Arabic name: "إطار" (a
    # framework: Atar), "بترا" (the Petra agency: Wadi Musa), "مدينة" (a city: Medina)
    ("وفي إطار الزيارة قالت مدينة طنجة (بترا) إنها ترحب بالوفد.", ["Tangier"]),
    # a capital's municipality: the city, not the country named alike ("عمان": Oman)
    ("وقعت أمانة عمان الكبرى وبلدية أنقرة مذكرة تفاهم.", ["Amman", "Ankara"]),
    # a conjunction, a preposition or "لل" glued before a name
    ("زار الوفد بإشبيلية وغرناطة ثم توجه للقاهرة.", ["Seville", "Granada", "Cairo"]),
    # ordinary words that are towns' names need their marker: "الصور" (the pictures: Tyre),
    # "جمال" (beauty: Djemmal), "العين" (the eye: Al Ain); a Uyghur spelling of Rome ("رىم")
    # is no Arabic name of it, so the given name "ريم" is no Rome
    ("نشرت بلدية طنجة الصور على موقعها، وقالت المديرة ريم الخطيب إن جمال المدينة يسر العين.",
     ["Tangier"]),
    ("وقعت بلدية صور وبلدية مرسيليا اتفاقية توأمة.", ["Tyre", "Marseille"]),
    # the Arab Maghreb ("المغرب العربي") is a region, no Morocco; Morocco alone stays
    ("وقعت بلديات المغرب العربي اتفاقية مع بلدية أنقرة.", ["Ankara"]),
    ("وقعت مدينة طنجة في المغرب اتفاقية مع بلدية أنقرة.", ["Tangier", "Morocco", "Ankara"]),
    # a capital written like another country ("عمان": Amman, or Oman) is the capital, unless
    # the story speaks of that country ("العماني", Omani)
    ("وصل وفد من بلدية أنقرة إلى عمان.", ["Ankara", "Amman"]),
    ("استقبل الوزير العماني وفدا في عمان.", ["Oman"]),
])
def test_arabic_names_with_the_real_gazetteer(component: PlacesComponent, text: str,
                                              expected: list[str]) -> None:
    assert [p.name for p in component.extract(normalize_text(text), "ar")] == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a story is filed from a town: a dateline's name that is a country's and its capital's
    # is the city, before an agency's brackets or a dash ("Luxembourg", "تونس")
    ("Luxembourg, 3 May (AP) – Ministers met in the capital.", "en",
     [("Luxembourg", "city")]),
    ("México, 3 may (EFE) – El alcalde de Madrid visitó la capital.", "es",
     [("Mexico City", "city"), ("Madrid", "city")]),
    ("تونس (وات) – وقعت بلدية صفاقس مذكرة تفاهم مع بلدية باري الإيطالية.", "ar",
     [("Tunis", "city"), ("Sfax", "city"), ("Bari", "city")]),
    # an Arabic wire's date with no comma before its agency's tag: the agency's country
    # places its town ("بترا": Amman, not Oman) and the capital is the city
    ("عمان 21 نيسان (بترا) – استقبل رئيس الوزراء وفدا من بلدية أنقرة.", "ar",
     [("Amman", "city"), ("Ankara", "city")]),
    ("الكويت 3 مارس (كونا) – استقبل المحافظ وفدا من مدينة بكين.", "ar",
     [("Kuwait City", "city"), ("Beijing", "city")]),
    # a national agency's tag after a dateline is no place ("قنا": QNA, not Qena); "وفدا" (a
    # delegation) is no "و" and Fada
    ("الدوحة 3 مارس (قنا) – استقبل العمدة وفدا من مدينة أنقرة.", "ar",
     [("Doha", "city"), ("Ankara", "city")]),
    # a foreign given name before a town's name makes it a surname ("خافيير مورينو": no Moreno)
    ("استقبل رئيس جماعة شفشاون المستشار خافيير مورينو.", "ar", [("Chefchaouen", "city")]),
    # the capital's mayor ("أمين عمان") and the word "capital" before it name the city
    ("استقبل أمين عمان وفدا من بلدية أنقرة.", "ar", [("Amman", "city"), ("Ankara", "city")]),
    ("وزار الوفد العاصمة الجزائر.", "ar", [("Algiers", "city")]),
    # elsewhere the country's own name stays the country
    ("وقعت الجزائر وتونس اتفاقية للتعاون الاقتصادي.", "ar",
     [("Algeria", "country"), ("Tunisia", "country")]),
])
def test_a_capital_named_like_its_country(component: PlacesComponent, text: str,
                                          language: str, expected: list[tuple[str, str]]
                                          ) -> None:
    found = component.extract(normalize_text(text), language)
    assert [(p.name, p.kind) for p in found] == expected
