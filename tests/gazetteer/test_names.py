"""Which spellings the builder keeps (noise filters) and which it derives."""

from __future__ import annotations

import pytest

from citypact.gazetteer.collect import _function_words, _name_homonym_regions
from citypact.gazetteer.collect_cities import _kept_alternates
from citypact.gazetteer.collection import Collection, _Draft, strip_admin_words
from citypact.gazetteer.model import NameFlag, Source, has_flag
from citypact.gazetteer.names import NameTable, latin_initials, revised_romanization
from citypact.gazetteer.rules import load_homonym_names, load_wrappers
from citypact.gazetteer.sources import CityRecord


def kept(*spellings: tuple[str, Source]) -> list[str]:
    table = NameTable(frozenset({"of", "as", "delle"}))
    for spelling, source in spellings:
        table.add("geonames:1", spelling, source)
    return sorted(entry.variant for entry in table)


def test_alternates_filtered_for_noise() -> None:
    assert kept(("HCM", Source.ALTERNATE), ("AND", Source.ALTERNATE), ("Of", Source.ALTERNATE),
                ("lai sai si", Source.ALTERNATE), ("Ha1", Source.ALTERNATE),
                ("Αθήνα", Source.ALTERNATE), ("東京", Source.ALTERNATE),
                ("Torino", Source.ALTERNATE)) == ["Torino"]


def test_days_of_the_week_and_a_town_s_office_are_no_alternate_names() -> None:
    # GeoNames names Thursday Island "Thursday" and Thompsonville, Connecticut, "The City":
    # "arrived in Nadi on Thursday", "The City Town Clerk, Ms ..."
    table = NameTable(_function_words())
    for spelling in ("Thursday", "The City", "Thursday Island"):
        table.add("geonames:1", spelling, Source.ALTERNATE)
    assert [entry.variant for entry in table] == ["Thursday Island"]


def test_a_festival_s_cherry_blossom_is_no_japanese_town_name() -> None:
    # GeoNames names Sakura, Tochigi, "さくら": "弘前さくらまつり" is a cherry-blossom festival
    table = NameTable(_function_words())
    for spelling in ("さくら", "佐倉"):
        table.add("geonames:1", spelling, Source.DERIVED)
    assert [entry.variant for entry in table] == ["佐倉"]


def test_han_names_are_kept_as_derived_names_of_two_characters_or_more() -> None:
    # Chinese is read: a Han name the builder keeps (a derived name, a country's translation)
    # counts from two characters; a GeoNames alternate as such does not ("東京" above).
    assert kept(("岘港", Source.DERIVED), ("越南", Source.OFFICIAL), ("京", Source.DERIVED),
                ("第1区", Source.DERIVED)) == ["岘港", "越南"]


def test_cyrillic_names_are_kept_with_the_alternates_filters() -> None:
    # Russian is read: a Cyrillic name counts, with the alternates' filters when the builder
    # keeps a GeoNames alternate as a derived name ("СПб" is an abbreviation); a name mixing
    # scripts does not.
    assert kept(("Москва", Source.ALTERNATE), ("Ханой", Source.DERIVED), ("СПб", Source.DERIVED),
                ("Ҡazan", Source.ALTERNATE), ("Чад", Source.OFFICIAL)) == [
        "Москва", "Ханой", "Чад"]


def test_greek_names_are_kept_as_derived_or_official_names() -> None:
    # Greek is read: a Greek name the builder keeps (GeoNames' alternate as a derived name, a
    # country's translation) counts with the alternates' filters; a GeoNames alternate as
    # such does not ("Αθήνα" above).
    assert kept(("Θεσσαλονίκη", Source.DERIVED), ("Ιταλία", Source.OFFICIAL),
                ("ΑΘΗ", Source.DERIVED), ("Λεμεσός", Source.DERIVED)) == [
        "Θεσσαλονίκη", "Ιταλία", "Λεμεσός"]


def test_arabic_names_are_kept_as_derived_or_official_names() -> None:
    # Arabic is read: an Arabic name the builder keeps (GeoNames' alternate as a derived name,
    # a country's translation) counts from three letters, with no digits
    assert kept(("طنجة", Source.DERIVED), ("إيطاليا", Source.OFFICIAL), ("دبي", Source.DERIVED),
                ("طب", Source.DERIVED), ("الحي 2", Source.DERIVED)) == ["إيطاليا", "دبي", "طنجة"]


@pytest.mark.parametrize(("name", "initials"), [
    ("Ханой", "hkcj"), ("Шанхай", "sc"), ("Цюрих", "czt"), ("Torino", "t"),
    ("Βελιγράδι", "bvw"), ("Ώστιν", "o")])
def test_the_latin_initials_of_a_name(name: str, initials: str) -> None:
    assert latin_initials(name) == initials


def test_official_names_need_three_letters() -> None:
    assert kept(("Y", Source.OFFICIAL), ("Ulm", Source.OFFICIAL)) == ["Ulm"]


def test_curated_abbreviations_are_kept() -> None:
    table = NameTable(frozenset())
    table.add("geonames:1", "HCMC", Source.CURATED, NameFlag.EXACT_CASE)
    assert [e.flags for e in table] == [NameFlag.EXACT_CASE]


def test_every_spelling_of_a_key_is_kept_once_best_source_first() -> None:
    table = NameTable(frozenset())
    table.add("geonames:1", "Huế", Source.ALTERNATE)
    table.add("geonames:1", "Huế", Source.OFFICIAL)
    table.add("geonames:1", "Hue", Source.CURATED)
    assert sorted((e.variant, e.source) for e in table) == [
        ("Hue", Source.CURATED), ("Huế", Source.OFFICIAL)]


def test_language_restriction() -> None:
    table = NameTable(frozenset())
    table.add("geonames:1", "Hồ Chí Minh", Source.OFFICIAL)
    table.restrict("geonames:1", "Ho Chi Minh", "!vi")
    (entry,) = list(table)
    assert not entry.allowed_in("vi") and entry.allowed_in("it") and entry.allowed_in(None)


def test_a_restriction_keeps_the_entity_s_own_name() -> None:
    """A Polish instrumental folds like the town's own name ("Zieloną Górą", "Zielona
    Góra"): limiting the form to Polish leaves the name counting in every language."""
    table = NameTable(frozenset())
    table.add("geonames:1", "Zielona Góra", Source.OFFICIAL)
    table.add("geonames:1", "Zieloną Górą", Source.CURATED)
    table.restrict("geonames:1", "Zieloną Górą", "pl", keep="Zielona Góra")
    langs = {e.variant: e.langs for e in table}
    assert langs == {"Zielona Góra": "", "Zieloną Górą": "pl"}


def test_two_restrictions_of_one_spelling_add_up() -> None:
    """A Polish and a Czech form folded alike ("Bielsku-Białej", "Bielsku-Bialej"): each
    table's limit lets the spellings count in its language."""
    table = NameTable(frozenset())
    table.add("geonames:1", "Bielsku-Białej", Source.CURATED)
    table.restrict("geonames:1", "Bielsku-Białej", "pl")
    table.add("geonames:1", "Bielsku-Bialej", Source.CURATED)
    table.restrict("geonames:1", "Bielsku-Bialej", "cs")
    langs = {e.variant: e.langs for e in table}
    assert langs == {"Bielsku-Białej": "cs,pl", "Bielsku-Bialej": "cs"}


def test_admin_words_stripped() -> None:
    wrappers = load_wrappers()
    assert strip_admin_words("Shandong Sheng", wrappers) == "Shandong"
    assert strip_admin_words("Jeollabuk-do", wrappers) == "Jeollabuk"
    assert strip_admin_words("Tatarstan, Respublika", wrappers) == "Tatarstan"
    assert strip_admin_words("Lombardia", wrappers) is None
    assert strip_admin_words("Ấp Bình Chánh", wrappers, leading_only=True) == "Bình Chánh"


@pytest.mark.parametrize(("old", "new"), [
    ("Kimje", "Gimje"), ("Kwangju", "Gwangju"), ("Ch'ŏngju", "Cheongju"),
    ("Kyŏngsan", "Gyeongsan"), ("Kimch’ŏn", "Gimcheon"), ("P'ohang", "Pohang"),
])
def test_korean_names_in_the_revised_romanization(old: str, new: str) -> None:
    assert revised_romanization(old) == new


@pytest.mark.parametrize("name", ["Pohang", "Taebaek", "Cheongju", "Seoul", "Suwon"])
def test_names_already_in_the_revised_romanization_are_kept(name: str) -> None:
    assert revised_romanization(name) is None


def test_only_marked_alternates_are_converted() -> None:
    assert revised_romanization("Kintei", marked_only=True) is None
    assert revised_romanization("Kŭmje", marked_only=True) == "Geumje"


def test_has_flag_reads_each_flag_of_a_spelling() -> None:
    flags = NameFlag.WRAPPED | NameFlag.AMONG_KIN
    assert has_flag(flags, NameFlag.WRAPPED) and has_flag(flags, NameFlag.AMONG_KIN)
    assert not has_flag(flags, NameFlag.ACCENTS)
    assert not has_flag(NameFlag.NONE, NameFlag.EXACT_CASE)


def test_arabic_alternates_of_arab_towns_and_of_cities_elsewhere() -> None:
    # every town of an Arab country keeps its Arabic names, a city of 15,000 or more elsewhere
    # too; Persian and Urdu spellings in the same script are left out ("پاریس", "قاہرہ")
    wrappers = load_wrappers()
    town = CityRecord(1, "Ajloun", "JO", "", 32.3, 35.7, 9_000, ("عجلون", "Ajlun"))
    city = CityRecord(2, "Seville", "ES", "", 37.4, -6.0, 686_741,
                      ("إشبيلية", "اشبیلیہ", "Sevilla"))
    village = CityRecord(3, "Sevilla", "CO", "", 4.3, -75.9, 9_000, ("سيبييا",))
    assert [a for a, _ in _kept_alternates(town, wrappers) if not a.isascii()] == ["عجلون"]
    assert [a for a, _ in _kept_alternates(city, wrappers) if not a.isascii()] == ["إشبيلية"]
    assert _kept_alternates(village, wrappers) == []


@pytest.mark.parametrize(("region", "city", "expected"), [
    # a state named like a small town elsewhere in its country keeps its own name
    (_Draft("r:nv", "Nevada", "region", "US", subtype="state"),
     _Draft("c:nv", "Nevada", "city", "US", region="r:mo", population=8_000), "Nevada"),
    (_Draft("r:jal", "Jalisco", "region", "MX", subtype="state"),
     _Draft("c:jal", "Jalisco", "city", "MX", region="r:chis", population=2_000), "Jalisco"),
    # a region named after its own city, or beside a known city, is told apart
    (_Draft("r:ak", "Akita", "region", "JP", subtype="prefecture"),
     _Draft("c:ak", "Akita", "city", "JP", region="r:ak", population=300_000), "Akita Prefecture"),
    (_Draft("r:kd", "Kildare", "region", "IE", subtype="county"),
     _Draft("c:kd", "Kildare", "city", "IE", region="r:kd", population=8_000), "County Kildare"),
    (_Draft("r:ba", "Buenos Aires", "region", "AR", subtype="province"),
     _Draft("c:ba", "Buenos Aires", "city", "AR", region="r:caba", population=2_900_000),
     "Buenos Aires Province"),
])
def test_a_region_is_renamed_only_beside_a_city_it_is_named_after(
        region: _Draft, city: _Draft, expected: str) -> None:
    found = Collection(entities={region.id: region, city.id: city})
    homonyms = _name_homonym_regions(found, load_homonym_names())
    assert (found.entities[region.id].name, homonyms) == (expected, {region.id: city.id})
