"""The places component, rule by rule, on one-sentence cases in en/it/vi/fr/es/de.

The gazetteer is a tiny injected one (``tests/gazetteer/tiny_gazetteer.py``):
these tests pin the rules, not GeoNames' contents.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citypact.extract.components.places import PlacesComponent, make_places_component
from citypact.extract.pipeline import Doc
from citypact.gazetteer.cues import PlaceCues
from citypact.model import Article, Place

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gazetteer"))
from tiny_gazetteer import tiny_gazetteer


@pytest.fixture(scope="module")
def component() -> PlacesComponent:
    made = make_places_component(tiny_gazetteer(), PlaceCues.load())
    assert isinstance(made, PlacesComponent)
    return made


def places(component: PlacesComponent, text: str, language: str | None) -> list[Place]:
    return list(component.extract(text, language))


def names(component: PlacesComponent, text: str, language: str | None = "en") -> list[str]:
    return [p.name for p in places(component, text, language)]


# --- the component contract ---------------------------------------------------------


def test_declares_what_it_needs_and_adds(component: PlacesComponent) -> None:
    assert component.name == "places"
    assert component.requires == ("language", "sentences")
    assert component.assigns == ("places",)


def test_works_without_sentences_or_language(component: PlacesComponent) -> None:
    doc = Doc(article=Article(id="x", text="Hanoi and Florence, Italy, signed a pact."))
    assert [p.name for p in component(doc).places] == ["Hanoi", "Florence", "Italy"]


def test_places_carry_ids_kinds_and_every_mention(component: PlacesComponent) -> None:
    text = "Florence, Italy. Later, Firenze welcomed the guests from Vietnam."
    found = {p.name: p for p in places(component, text, "en")}
    florence = found["Florence"]
    assert florence.id == "geonames:3176959"
    assert (florence.kind, florence.country, florence.admin1) == ("city", "IT", "Tuscany")
    assert florence.mentions == ((0, 8), (24, 31))
    assert (florence.lat, florence.lon) == (43.7792, 11.2463)
    assert found["Italy"].kind == "country" and found["Italy"].admin1 is None


def test_places_are_ordered_by_first_mention(component: PlacesComponent) -> None:
    assert names(component, "Vietnam, Italy and Germany met in Rome.") == [
        "Vietnam", "Italy", "Germany", "Rome"]


# --- recognition ---------------------------------------------------------------------


def test_capitalisation_is_checked_on_the_original_text(component: PlacesComponent) -> None:
    assert names(component, "The hue of the sky over Italy was nice.") == ["Italy"]


def test_vietnamese_with_and_without_diacritics(component: PlacesComponent) -> None:
    assert names(component, "Đoàn Hà Nội thăm Việt Nam.", "vi") == ["Hanoi", "Vietnam"]
    assert names(component, "Doan Ha Noi tham Viet Nam.", "vi") == ["Hanoi", "Vietnam"]


def test_other_diacritics_are_another_word(component: PlacesComponent) -> None:
    text = "Đại sứ Nguyễn Thị Bích Huệ gặp lãnh đạo thành phố Huế."
    found = places(component, text, "vi")
    assert [p.name for p in found] == ["Hue"]
    assert text[slice(*found[0].mentions[0])] == "Huế"


def test_abbreviations_count_only_as_written(component: PlacesComponent) -> None:
    assert names(component, "HCMC and Vietnam.") == ["Ho Chi Minh City", "Vietnam"]
    assert names(component, "UBND TP.HCM tiếp đoàn.", "vi") == ["Ho Chi Minh City"]
    assert names(component, "Visitors from hcmc came to Italy.") == ["Italy"]


def test_accent_only_names_need_their_accents(component: PlacesComponent) -> None:
    assert names(component, "Quan hệ Việt Nam và Đức phát triển.", "vi") == ["Vietnam", "Germany"]
    assert names(component, "Chairman Nguyen Duc Chung met guests from Italy.") == ["Italy"]


def test_longest_name_wins(component: PlacesComponent) -> None:
    assert names(component, "Ho Chi Minh City welcomed Italy.") == ["Ho Chi Minh City", "Italy"]


def test_word_boundaries_are_unicode(component: PlacesComponent) -> None:
    assert names(component, "Romaña and Italia", "es") == ["Italy"]


# --- people ---------------------------------------------------------------------------


def test_place_after_a_given_name_is_a_surname(component: PlacesComponent) -> None:
    text = "Il presidente della Toscana Eugenio Giani ha incontrato Giani di nuovo in Italia."
    assert names(component, text, "it") == ["Tuscany", "Italy"]


def test_given_name_that_is_a_place_followed_by_a_surname(component: PlacesComponent) -> None:
    assert names(component, "Florence Nightingale was born in Italy.") == ["Italy"]
    assert names(component, "The Mayor of Florence Dario Nardella is in Italy.") == [
        "Florence", "Italy"]


def test_title_before_a_name_makes_it_a_person(component: PlacesComponent) -> None:
    assert names(component, "The birthday of President Ho Chi Minh in Vietnam.") == ["Vietnam"]
    assert names(component, "Presidente Ho Chi Minh visitó Italia.", "es") == ["Italy"]


def test_bare_ho_chi_minh_is_the_president_in_vietnamese(component: PlacesComponent) -> None:
    assert names(component, "Tư tưởng Hồ Chí Minh và Việt Nam.", "vi") == ["Vietnam"]
    assert names(component, "La delegazione di Ho Chi Minh a Torino, in Italia.", "it") == [
        "Ho Chi Minh City", "Turin", "Italy"]


def test_vietnamese_name_parts_before_a_place(component: PlacesComponent) -> None:
    assert names(component, "Ông Vương Đình Huế phát biểu tại Hà Nội.", "vi") == ["Hanoi"]


# --- ambiguity, support and context -------------------------------------------------


def test_common_word_at_sentence_start_needs_support(component: PlacesComponent) -> None:
    assert names(component, "Como dijo el alcalde, todo va bien.", "es") == []
    assert names(component, "Nice weather today.") == []


def test_common_word_with_its_country_named(component: PlacesComponent) -> None:
    assert names(component, "Le maire de Nice, en France, a reçu la délégation.", "fr") == [
        "Nice", "France"]


def test_country_named_in_document_decides_homonyms(component: PlacesComponent) -> None:
    found = places(component, "Florence and other cities of Italy.", "en")
    assert found[0].country == "IT"
    spanish = places(component, "Latina, a city of Italy, hosted the fair.", "en")
    assert spanish[0].id == "geonames:3175058"


def test_wrapper_chooses_the_level(component: PlacesComponent) -> None:
    found = places(component, "The Latina province and the city of Latina, Italy.", "en")
    assert [(p.name, p.kind) for p in found] == [
        ("Province of Latina", "region"), ("Latina", "city"), ("Italy", "country")]


def test_italian_metropolitan_city(component: PlacesComponent) -> None:
    text = "La Città metropolitana di Torino e la Città di Torino, in Italia."
    assert names(component, text, "it") == ["Metropolitan City of Turin", "Turin", "Italy"]


def test_region_named_like_a_city_is_the_city_without_wrapper(
        component: PlacesComponent) -> None:
    assert names(component, "Torino e Roma, in Italia.", "it") == ["Turin", "Rome", "Italy"]


def test_one_sense_per_discourse(component: PlacesComponent) -> None:
    found = places(component, "The mayor of Washington DC said Washington has much to learn.",
                   "en")
    assert [(p.name, len(p.mentions)) for p in found] == [("Washington, D.C.", 2)]


def test_surname_is_dropped_everywhere(component: PlacesComponent) -> None:
    text = "President Attilio Fontana met the Italy delegation. Fontana said it went well."
    assert names(component, text) == ["Italy"]


def test_small_place_of_a_country_not_named_needs_support(component: PlacesComponent) -> None:
    text = "The Chamber of Industry and Commerce of Germany met in Stuttgart."
    assert names(component, text) == ["Germany", "Stuttgart"]


def test_place_inside_an_organisation_name_counts(component: PlacesComponent) -> None:
    assert names(component, "A meeting at the University of Stuttgart, Germany.") == [
        "Stuttgart", "Germany"]


def test_german_and_french_exonyms(component: PlacesComponent) -> None:
    assert names(component, "Die Städte München und Köln in Deutschland.", "de") == [
        "Munich", "Cologne", "Germany"]
    assert names(component, "Hué et Hanoï au Viet Nam.", "fr") == ["Hue", "Hanoi", "Vietnam"]


def test_old_vietnamese_province_keeps_its_identity(component: PlacesComponent) -> None:
    found = places(component, "Tỉnh Vĩnh Phúc hợp tác với vùng Toscana.", "vi")
    assert [(p.id, p.name) for p in found] == [
        ("iso3166-2:VN-70", "Vinh Phuc"), ("iso3166-2:IT-52", "Tuscany")]


def test_hyphen_compound_with_an_unknown_word_is_not_a_place(
        component: PlacesComponent) -> None:
    assert names(component, "Meeting with County of Rems-Stuttgart in Germany.") == ["Germany"]
    assert names(component, "The Italy-Vietnam Chamber of Commerce.") == ["Italy", "Vietnam"]
