"""The places component, rule by rule, on one-sentence cases in en/it/vi/fr/es/de.

The gazetteer is a tiny injected one (``tests/gazetteer/tiny_gazetteer.py``):
these tests pin the rules, not GeoNames' contents.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citypact.extract.components.places import (
    PlacesComponent,
    make_places_component,
    with_short_forms,
)
from citypact.extract.pipeline import Doc
from citypact.extract.rules import home_countries, rules_language, supported_languages
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
    """As the pipeline reads them: a language read with a close one's rules (Slovak, with
    Czech's) keeps its own home countries."""
    return list(component.extract(text, rules_language(language), home_countries(language)))


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


def test_a_country_after_an_office_is_its_country_after_mrs_a_name(
        component: PlacesComponent) -> None:
    assert names(component, "Thủ tướng Đức Olaf Scholz thăm Hà Nội.", "vi") == [
        "Germany", "Hanoi"]
    found = places(component, "Hôm qua, bà Đức cho biết quan hệ Việt Nam và Đức tốt.", "vi")
    assert [(p.name, len(p.mentions)) for p in found] == [("Vietnam", 1), ("Germany", 1)]


def test_a_federal_republic_s_short_form_is_its_country(component: PlacesComponent) -> None:
    # "CHLB" (Cộng hòa Liên bang): after it, "Đức" is Germany, not a name's syllable
    assert names(component, "Đoàn Hà Nội gặp đối tác (CHLB Đức).", "vi") == [
        "Hanoi", "Germany"]


def test_a_dash_pairing_two_names_is_no_sentence_start(component: PlacesComponent) -> None:
    # "đức" (virtue) is a word too: after a dash that opens the line, it needs support.
    assert names(component, "Quan hệ Việt Nam - Đức phát triển.", "vi") == ["Vietnam", "Germany"]
    assert names(component, "Hà Nội - Đức tin là điều quý.", "vi") == ["Hanoi"]
    assert names(component, "Chairman Nguyen Duc Chung met guests from Italy.") == ["Italy"]


def test_longest_name_wins(component: PlacesComponent) -> None:
    assert names(component, "Ho Chi Minh City welcomed Italy.") == ["Ho Chi Minh City", "Italy"]


def test_word_boundaries_are_unicode(component: PlacesComponent) -> None:
    assert names(component, "Romaña and Italia", "es") == ["Italy"]


@pytest.mark.parametrize(("text", "full", "short"), [
    ("Il gemellaggio con Aix-en-Provence risale al 1984. La sindaca di Aix ha parlato.",
     "Aix-en-Provence", "Aix"),
    ("Frankfurt am Main and Lyon renewed their ties. Frankfurt hosted the ceremony.",
     "Frankfurt am Main", "Frankfurt"),
])
def test_a_qualified_town_named_in_full_is_named_by_its_first_word_after(
        text: str, full: str, short: str) -> None:
    start = text.index(full)
    place = Place("test:1", full, "city", "FR", mentions=((start, start + len(full)),))
    later = text.index(short, start + len(full))
    assert with_short_forms(text, (place,))[0].mentions == (
        (start, start + len(full)), (later, later + len(short)))


def test_a_short_form_is_not_added_over_another_place() -> None:
    text = "Aix-en-Provence e Aix-les-Bains."
    first = Place("test:1", "Aix-en-Provence", "city", "FR", mentions=((0, 15),))
    second = Place("test:2", "Aix-les-Bains", "city", "FR", mentions=((18, 31),))
    assert with_short_forms(text, (first, second)) == (first, second)


# --- people ---------------------------------------------------------------------------


def test_place_after_a_given_name_is_a_surname(component: PlacesComponent) -> None:
    text = "Il presidente della Toscana Eugenio Giani ha incontrato Giani di nuovo in Italia."
    assert names(component, text, "it") == ["Tuscany", "Italy"]
    assert names(component, "Según Andrés Fontana, Italia es un socio.", "es") == ["Italy"]
    # the second part of a hyphenated surname
    assert names(component, "La mairesse Julie Tremblay-Fontana a reçu la délégation en "
                            "Italie.", "fr") == ["Italy"]
    assert names(component, "Segundo o presidente do sindicato, Ademir Cardoso, o acordo "
                            "vale em Portugal.", "pt") == ["Portugal"]
    # a Japanese given name, written first as European news write it
    assert names(component, "Il console del Giappone, Kenji Mori, era presente.", "it") == [
        "Japan"]
    # an older English given name; the surname said alone later is the person's too
    assert names(component, "The plan was welcomed by Annette Fontana, but Fontana said "
                            "Italy had not answered.") == ["Italy"]
    # a given name that is also a borough's or a town's name, after a title or alone
    assert names(component, "Councillor Brent Falloon said Italy had not answered.") == [
        "Italy"]
    assert names(component, "The plan was welcomed by Warren Kealy, who flew to Italy.") == [
        "Italy"]


def test_a_place_opening_the_sentence_after_a_person_s_name_is_no_surname(
        component: PlacesComponent) -> None:
    """A sentence's full stop ends the name before it ("dall'assessore Eugenio Giani.
    Firenze e ..."); an abbreviation's or an initial's does not ("Sig. Torino", "G. Firenze")."""
    text = "La delegazione è stata ricevuta dall'assessore Eugenio Giani. Firenze è gemellata."
    assert names(component, text, "it") == ["Florence"]
    assert names(component, "Lo ha detto il dott. Mario G. Firenze ieri.", "it") == []


def test_a_given_name_after_a_twinning_portfolio_s_comma_is_no_place(
        component: PlacesComponent) -> None:
    """"el concejal de Hermanamientos, Juan Pérez": a portfolio, then its holder; a town in
    apposition after a word of twinning stays one ("its sister city, Florence, ...")."""
    assert names(component, "The councillor for Twinning, Florence Nightingale, spoke.",
                 "en") == []
    assert names(component, "The guests came from its sister city, Florence, on Monday.",
                 "en") == ["Florence"]


def test_given_name_that_is_a_place_followed_by_a_surname(component: PlacesComponent) -> None:
    assert names(component, "Florence Nightingale was born in Italy.") == ["Italy"]
    # a Spanish compound given name ("María del Mar"): "del", its second part, a surname
    assert names(component, "La alcaldesa, Florence del Carmen Robles, visitó Italia.",
                 "es") == ["Italy"]
    assert names(component, "La alcaldesa de Latina, Florence del Mar Robles Sanz, visitó "
                            "Italia.", "es") == ["Latina", "Italy"]
    assert names(component, "El alcalde, Florence del Pilar Ruiz, viajó a Italia.",
                 "es") == ["Italy"]
    assert names(component, "The Mayor of Florence Dario Nardella is in Italy.") == [
        "Florence", "Italy"]
    # after a preposition, a given name written with accents its town lacks (Herve)
    assert names(component, "La convention a été signée par Hervé Dutertre, président, "
                            "en France.", "fr") == ["France"]


def test_title_before_a_name_makes_it_a_person(component: PlacesComponent) -> None:
    assert names(component, "The birthday of President Ho Chi Minh in Vietnam.") == ["Vietnam"]
    assert names(component, "Presidente Ho Chi Minh visitó Italia.", "es") == ["Italy"]
    # a title, then a given name that no list knows: the place name is the surname
    assert names(component, "Deputy Mayor Akiko Latina met guests from Italy.") == ["Italy"]
    # an honorific written with its abbreviation's dot
    assert names(component, "Mr. Akiko Latina met guests from Italy.") == ["Italy"]
    # any office the actor rules read before a name, in its language
    assert names(component, "Il vicesindaco Haruto Latina ha ricevuto ospiti dall'Italia.",
                 "it") == ["Italy"]
    assert names(component, "Die Bürgermeisterin Akiko Latina besuchte Italien.", "de") == [
        "Italy"]
    # not in a headline, where every word is capitalised
    assert names(component, "Mayor Welcomes Latina Delegation\nLatina is in Italy.") == [
        "Latina", "Italy"]


def test_a_town_before_a_company_s_word_is_the_company_s_name(
        component: PlacesComponent) -> None:
    """"Toyota Motor Corp.", "Hitachi Ltd.": the company's name, no mention of the town."""
    assert names(component, "Lincoln Motor Co. and Milan Group opened offices in "
                 "Lisbon.") == ["Lisbon"]
    assert names(component, "The mayors of Lincoln and Milan visited Lisbon.") == [
        "Lincoln", "Milan", "Lisbon"]
    # a shipping line named after a town's old spelling ("Cosco Shipping")
    assert names(component, "Cusco Shipping opened an office in Lisbon.") == ["Lisbon"]


def test_a_town_before_a_street_s_word_is_the_street_s_name(
        component: PlacesComponent) -> None:
    """"Salamanca Place" (in Hobart), "Oxford Street": a street or a square named after a
    town, no mention of the town."""
    assert names(component, "The delegates from Lisbon met at Lincoln Place.") == ["Lisbon"]
    assert names(component, "The delegates from Lisbon walked down Milan Street.") == [
        "Lisbon"]
    # a country house's grounds
    assert names(component, "The delegates from Lisbon toured the Lincoln estate.") == [
        "Lisbon"]
    assert names(component, "The delegates from Lisbon dined at Milan Estate.") == ["Lisbon"]
    # a residence's name
    assert names(component, "The delegates from Lisbon were received at Lincoln Court.") == [
        "Lisbon"]


def test_a_town_s_word_that_opens_its_alternate_name_marks_its_kind(
        component: PlacesComponent) -> None:
    """"CITY OF GOLD COAST", a masthead in capitals, spells an alternate name that holds its
    own wrapper: the words that make it are all ordinary, the wrapper still marks a town."""
    assert names(component, "CITY OF GOLD COAST\n\nThe City maintains five sister city "
                 "relationships.") == ["Gold Coast"]


def test_the_first_word_of_a_word_of_twinning_is_no_town(component: PlacesComponent) -> None:
    """"a Friendship City Agreement", a table's "Friendship city" cell: the relation's word,
    not Friendship, Maine."""
    assert names(component, "The Friendship City Agreement of Lisbon and Milan was signed in "
                 "the United States.") == ["Lisbon", "Milan", "United States"]
    assert names(component, "Lisbon | Portugal | Friendship city | 2012\nMilan | United "
                 "States | Friendship city | 2019") == ["Lisbon", "Portugal", "Milan",
                                                       "United States"]
    assert names(component, "The Friendship Cities Forum met in the United States.") == [
        "United States"]


def test_a_saint_s_name_is_no_town(component: PlacesComponent) -> None:
    """"St Mary's Church", "St. Mary's Hall": a church or a hall named after a saint, not Mary
    in Turkmenistan; a town named after a saint is read whole ("St Helens")."""
    assert names(component, "The funeral will be held at St Mary's Church in Italy.") == [
        "Italy"]
    assert names(component, "The choir of St. Mary's Cathedral sang in Italy.") == ["Italy"]
    assert names(component, "The bishop of St Paul's met the mayor of Lincoln.") == ["Lincoln"]
    assert names(component, "The mayors of St Helens and St. Louis met in Italy.") == [
        "St Helens", "St. Louis", "Italy"]


@pytest.mark.parametrize(("text", "expected"), [
    # a band's name; Normandy's adjective
    ("Jazz: the Crescent City Trio, on tour from St. Louis.", ["St. Louis"]),
    ("The mayor of Lincoln signed a twinning charter with a Norman port across the Channel.",
     ["Lincoln"]),
    # an Australian shire, named after its small town, in a story that names no country
    ("The Shire of Esperance received a delegation from Lincoln.", ["Esperance", "Lincoln"]),
])
def test_ordinary_words_that_name_small_towns_and_a_shire_s_town(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    """"Crescent" and "Norman" are ordinary English words that name towns (in Oklahoma; so is
    "Street", in Somerset: see en_reading_twinning_officer_job_ad); "the Shire of" marks its
    small town."""
    assert names(component, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("El Cabildo de La Palma firmó un acuerdo con Málaga.", "region:ES-la-palma"),
    ("El Consell Insular de La Palma firmó un acuerdo con Málaga.", "region:ES-la-palma"),
    ("La delegación visitó la isla de La Palma y Málaga.", "region:ES-la-palma"),
    # bare, the name is the town abroad's, unless the story names another of the islands
    ("El alcalde de La Palma firmó un acuerdo con Málaga.", "geonames:3707058"),
    ("La Palma y Tenerife firmaron un acuerdo con Málaga.", "region:ES-la-palma"),
])
def test_an_island_s_name_shared_with_a_town_needs_its_body_s_word(
        component: PlacesComponent, text: str, expected: str) -> None:
    """An island governed as one body (data/places.toml) whose name is also a town's is read
    after its body's or its own word only ("el Cabildo de La Palma", "la isla de La Palma"),
    or in a story that names another of its islands."""
    assert next(p.id for p in places(component, text, "es")) == expected


def test_a_town_closing_a_body_s_name_before_a_person_is_a_place(
        component: PlacesComponent) -> None:
    """"dyrektor Targów Poznań Jan Kowalski": after the title and a capitalised word, the
    town closes the body's name; the person's name opens after it."""
    assert names(component, "Gości powitał dyrektor Targów Latina Jan Kowalski.", "pl") == [
        "Latina"]


def test_a_town_between_a_title_and_a_south_asian_name_is_a_place(
        component: PlacesComponent) -> None:
    """"Mayor Multan Ahmed Raza Qureshi": the South Asian style writes the office's town after
    the title with no "of"; a given name after the town opens the person's name."""
    assert names(component, "Mayor Braga Ahmed Raza Qureshi signed the memorandum.",
                 "en") == ["Braga"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Smlouvu podepsal s primátorem Petrem Kubou v Jihlavě.", ["Jihlava"]),
    ("Delegace odletěla s Petrem na Kubu a do Jihlavy.", ["Cuba", "Jihlava"]),
])
def test_cs_a_surname_in_a_case_after_a_given_name_in_that_case_is_no_place(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    """"s primátorem Petrem Kubou": after a given name in a case ("Petrem": Petr), a name
    read with its case ending ("Kubou": Kuba) is the person's surname, not Cuba."""
    assert names(component, text, "cs") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gosti su se sastali sa županom Markom Vukovićem u Rimu.", ["Rome"]),
    ("Izaslanstvo je otputovalo u Marku i Rim.", ["Marka", "Rome"]),
])
def test_hr_a_given_name_in_a_case_before_a_surname_is_no_place(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    """"sa županom Markom Vukovićem": a word that a case ending makes a given name
    ("Markom": Marko), before a capitalised word, is a person's, not Marka of Somalia."""
    assert names(component, text, "hr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a relative pronoun in lower case is no Japanese given name written after a surname
    # ("Koji"): the town before it stays
    ("Stižu turisti iz Rima i Firence koji dolaze automobilima.", ["Rome", "Florence"]),
])
def test_hr_a_lower_case_word_after_a_town_is_no_given_name(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    assert names(component, text, "hr") == expected


def test_bare_ho_chi_minh_is_the_president_in_vietnamese(component: PlacesComponent) -> None:
    assert names(component, "Tư tưởng Hồ Chí Minh và Việt Nam.", "vi") == ["Vietnam"]
    assert names(component, "La delegazione di Ho Chi Minh a Torino, in Italia.", "it") == [
        "Ho Chi Minh City", "Turin", "Italy"]


def test_vietnamese_name_parts_before_a_place(component: PlacesComponent) -> None:
    assert names(component, "Ông Vương Đình Huế phát biểu tại Hà Nội.", "vi") == ["Hanoi"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Nguyễn Đức Thành phát biểu tại Hà Nội.", ["Hanoi"]),
    ("Ông Trương Minh Đức, Tổng giám đốc, thăm Nhật Bản.", ["Japan"]),
    ("Thủ tướng Đức tiếp ông Trương Minh Đức.", ["Germany"]),
])
def test_a_country_inside_a_vietnamese_name_is_the_name_there_only(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    found = places(component, text, "vi")
    assert [p.name for p in found] == expected
    assert all(len(p.mentions) == 1 for p in found)


# --- ambiguity, support and context -------------------------------------------------


def test_common_word_at_sentence_start_needs_support(component: PlacesComponent) -> None:
    assert names(component, "Como dijo el alcalde, todo va bien.", "es") == []
    assert names(component, "Nice weather today.") == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Paysandú firmó un acuerdo con Florencia.", ["Paysandú", "Florence"]),
    ("it", "Tromsø ha firmato un accordo con Firenze.", ["Tromsø", "Florence"]),
    ("de", "Tromsø unterzeichnete ein Abkommen mit Florenz.", ["Tromsø", "Florence"]),
    ("en", "Tromsø signed an agreement with Florence, Italy.", ["Tromsø", "Florence", "Italy"]),
    # a village is still no place there
    ("es", "Tábua firmó un acuerdo con Florencia.", ["Florence"]),
])
def test_a_known_town_written_with_a_diacritic_opening_a_clause_is_the_town(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    """A town of 15,000 or more of any country whose name, written with its diacritic, opens
    a sentence as its subject is that town: such a name is rarely a word of the language."""
    assert names(component, text, language) == expected


@pytest.mark.parametrize("text", [
    "Zusammenarbeit mit Lech am Arlberg\nDer Bürgermeister von Lech hat in Italien "
    "unterzeichnet.",
    "Die Räte trafen sich in Lech am Arlberg. Der Bürgermeister von Lech fuhr nach Italien.",
])
def test_a_town_named_in_full_keeps_its_short_form_from_an_alternate_name(
        component: PlacesComponent, text: str) -> None:
    """A village named in full, in a heading too ("Lech am Arlberg"), is the town its short
    form names later ("von Lech"), not the bigger town whose alternate name it is (Lecco),
    though that town's country is named."""
    found = places(component, text, "de")
    assert [(p.id, len(p.mentions)) for p in found if p.kind == "city"] == [
        ("geonames:2772798", 2)]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Delegates from Cádiz visited Florence."),
    ("fr", "Une délégation de Cádiz a visité Florence."),
    ("it", "Una delegazione di Cádiz ha visitato Firenze."),
])
def test_a_name_written_with_its_accent_is_not_a_namesake_abroad_spelled_without(
        component: PlacesComponent, language: str, text: str) -> None:
    """"Cádiz" is Spain's, whose spelling has the accent, not the bigger Philippine Cadiz."""
    assert next((p.name, p.country) for p in places(component, text, language)) == (
        "Cadiz", "ES")


def test_a_verb_opening_a_sentence_is_no_town(component: PlacesComponent) -> None:
    """"Hanno firmato il sindaco ...": the verb, no Hannō."""
    assert names(component, "Il Comune di Firenze ha rinnovato il protocollo con il Comune di "
                            "Cusco. Hanno firmato il sindaco e il vicesindaco di Cusco.",
                 "it") == ["Florence", "Cusco"]


@pytest.mark.parametrize("language", ["es", "it"])
def test_a_peruvian_town_government_names_its_town(component: PlacesComponent,
                                                   language: str) -> None:
    """"la Municipalidad Provincial del Cusco" is the town's government, not the region's."""
    text = "Firmó la Municipalidad Provincial del Cusco, en Perú."
    assert names(component, text, language) == ["Cusco", "Peru"]


def test_common_word_with_its_country_named(component: PlacesComponent) -> None:
    assert names(component, "Le maire de Nice, en France, a reçu la délégation.", "fr") == [
        "Nice", "France"]


def test_country_named_in_document_decides_homonyms(component: PlacesComponent) -> None:
    found = places(component, "Florence and other cities of Italy.", "en")
    assert found[0].country == "IT"
    spanish = places(component, "Latina, a city of Italy, hosted the fair.", "en")
    assert spanish[0].id == "geonames:3175058"


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Rastatt ha firmato.", "it", []),  # a foreign town alone, nothing supports it
    ("Il gemellaggio tra Firenze e Rastatt compie trent'anni.", "it", ["Florence", "Rastatt"]),
    ("Il sindaco di Rastatt ha firmato.", "it", ["Rastatt"]),
    ("The mayor of Rastatt signed.", "en", ["Rastatt"]),
    ("Le maire de Rastatt a signé.", "fr", ["Rastatt"]),
    # in apposition after a word of twinning and its comma, as after a wrapper
    ("The council will welcome visitors of its twin town, Rastatt, this summer.", "en",
     ["Rastatt"]),
    # after a verb of leaving and its "for", as after "to"
    ("The delegation toured a pottery village before leaving for Rastatt.", "en",
     ["Rastatt"]),
    # the town's office capitalised after it, before the holder's name: no given name
    ("Florence Mayor Dario Rossi said the city was ready.", "en", ["Florence"]),
    # a town's own name of several words, in full, is no bare first word of another town's
    ("Assisi è gemellata dal 1997 con Santiago de Compostela, altra meta di pellegrinaggi.",
     "it", ["Santiago de Compostela"]),
    # a region's adjective says where the town lies, as a nationality's does
    ("Il sindaco ha firmato il patto con la città sassone di Plauen.", "it", ["Plauen"]),
])
def test_a_foreign_town_in_a_list_of_places_or_after_its_mayor(
        component: PlacesComponent, text: str, language: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Can Tho and Rotterdam launched a pilot project in Ninh Kieu district.", "en"),
    ("Hội Việt kiều tại Cần Thơ đã gặp gỡ đoàn.", "vi"),
])
def test_kieu_is_no_name_of_kyiv(component: PlacesComponent, text: str, language: str) -> None:
    """GeoNames keeps "Kieu" as a name of Kyiv; in Vietnamese it is a word ("Việt kiều"),
    a given name and a part of names ("Ninh Kiều")."""
    assert "Kyiv" not in names(component, text, language)


@pytest.mark.parametrize(("text", "language", "expected"), [
    # "Biên bản" (minutes, a memorandum's noun): GeoNames has a hamlet "Bien"
    ("Hai bên đã ký kết Biên bản thỏa thuận hợp tác tại Hà Nội.", "vi", ["Hanoi"]),
    # "Olympic" (the Games, their stadiums): a neighbourhood of Hong Kong in GeoNames
    ("Trận đấu diễn ra tại sân vận động Trung tâm Olympic Tokyo.", "vi", ["Tokyo"]),
    ("The Olympic stadium in Tokyo hosted the final.", "en", ["Tokyo"]),
    # a club named by its town in a match report ("CLB Hà Nội", "đội Bình Định")
    ("CLB Hà Nội để thua 1-2 trong trận đấu tại Tokyo.", "vi", ["Tokyo"]),
    # a sponsor's words before the town ("CLB Thép Xanh Nam Định")
    ("Ba cầu thủ chuyển sang thi đấu cho CLB Thép Xanh Hà Nội tại Tokyo.", "vi", ["Tokyo"]),
    ("Đoàn Thép Xanh Hà Nội thăm Tokyo.", "vi", ["Hanoi", "Tokyo"]),  # no match, no club
    ("Đoàn Hà Nội thăm Tokyo.", "vi", ["Hanoi", "Tokyo"]),  # no match: a delegation
    # a country's name that is also a word, in parentheses after a town of that country
    ("Đoàn đã làm việc với thành phố Munich (Đức).", "vi", ["Munich", "Germany"]),
    ("Bà Trần Thị Đức (Hà Nội) phát biểu.", "vi", ["Hanoi"]),
])
def test_vi_ordinary_words_and_clubs_are_no_places(component: PlacesComponent, text: str,
                                                   language: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


def test_hang_nam_is_no_name_of_hangzhou(component: PlacesComponent) -> None:
    """GeoNames keeps "Hằng" as a name of Hangzhou; in Vietnamese it is a word ("Hằng năm",
    every year) and a given name."""
    text = "Hằng năm, tỉnh Tây Ninh và tỉnh Svay Rieng tổ chức hội nghị."
    assert "Hangzhou" not in names(component, text, "vi")


@pytest.mark.parametrize("text", [
    "FLORENCE, Ala. (AP) — The council met on Tuesday.",
    "The council of Florence, Ala., met on Tuesday.",
    "FLORENCE, Ala. — The council met.\nFlorence will host the fair.",
])
def test_a_region_abbreviated_after_a_city_chooses_the_homonym(
        component: PlacesComponent, text: str) -> None:
    found = places(component, text, "en")
    assert {(p.name, p.admin1) for p in found} == {("Florence", "Alabama"), ("Alabama", None)}
    alabama = next(p for p in found if p.name == "Alabama")
    assert [text[s:e] for s, e in alabama.mentions] == ["Ala."]


@pytest.mark.parametrize(("text", "city", "region"), [
    # The Canadian Press's provinces: Ontario's London, not England's
    ("LONDON, Ont. – The council met on Tuesday.", "London", "Ontario"),
    # an abbreviation that is also a town's name is only the region ("Alta": Norway's Alta)
    ("The council of Red Deer, Alta., met on Tuesday.", "Red Deer", "Alberta"),
])
def test_a_canadian_province_abbreviated_after_a_city(component: PlacesComponent, text: str,
                                                     city: str, region: str) -> None:
    found = places(component, text, "en")
    assert {(p.name, p.country) for p in found} == {(city, "CA"), (region, "CA")}


def test_a_region_after_a_city_and_a_comma_is_the_one_that_holds_it(
        component: PlacesComponent) -> None:
    """"Thunder Bay, Ontario": the province, not Ontario of California, in a US story."""
    text = "FLORENCE, Ala. — The council voted on a sister city with Thunder Bay, Ontario."
    found = {(p.name, p.kind, p.country) for p in places(component, text, "en")}
    assert ("Ontario", "region", "CA") in found and ("Ontario", "city", "US") not in found


def test_a_province_after_a_town_and_a_comma_is_the_one_it_lies_in(
        component: PlacesComponent) -> None:
    """"TAGBILARAN CITY, Bohol –": a province of the town's first-level region (the gazetteer
    places towns in first-level regions only), then named bare as well."""
    found = names(component, "TAGBILARAN CITY, Bohol – Arrivals in Bohol rose again.")
    assert found == ["Tagbilaran City", "Bohol"]


@pytest.mark.parametrize("text", [
    "Der Oberbürgermeister von Marburg reiste nach Slowenien.",
    "Marburg und Sfax feiern ihre Partnerschaft.",
])
def test_a_town_s_own_name_beats_a_foreign_town_s_exonym_in_its_language(
        component: PlacesComponent, text: str) -> None:
    """"Marburg" in German is Marburg an der Lahn, not Maribor (its German exonym), even in a
    story that names Slovenia."""
    assert ("Marburg an der Lahn", "DE") in {(p.name, p.country)
                                             for p in places(component, text, "de")}


@pytest.mark.parametrize(("text", "language"), [
    ("Marburg (dpa) – A delegation from Slovenia visited the town.", "en"),
    ("MARBURG, 14 March (dpa) – Guests from Slovenia came.", "en"),
    ("Marburg (dpa) – Die Partnerschaft mit Maribor in Slowenien wächst.", "de"),
])
def test_a_dateline_s_town_before_a_national_agency_is_of_its_country(
        component: PlacesComponent, text: str, language: str) -> None:
    """"Marburg (dpa)": a German agency's dateline names a German town bare, as "Marburg
    (Germany)" would, even in a story that names Slovenia."""
    found = places(component, text, language)
    assert (found[0].name, found[0].country) == ("Marburg an der Lahn", "DE")
    assert found[0].mentions[0][0] == 0


@pytest.mark.parametrize("text", [
    "باريس 3 مارس (فرانس برس) – وقعت مدينة نيس اتفاقية مع ميونخ.",
    "باريس (فرانس برس) – وقعت نيس اتفاقية مع ميونخ.",
])
def test_a_world_agency_s_tag_after_a_dateline_is_no_place(
        component: PlacesComponent, text: str) -> None:
    """"(فرانس برس)", AFP in Arabic, after a dateline: no Reims ("رانس" after a glued "ف"),
    though the story names a French town."""
    assert names(component, text, "ar") == ["Paris", "Nice", "Munich"]


@pytest.mark.parametrize(("text", "expected"), [
    ("COMITATO GEMELLAGGI MONTEBELLUNA\nCari soci, il comitato ha ricevuto ospiti.",
     ["Montebelluna"]),
    ("Il Comitato Gemellaggi Montebelluna ha ricevuto ospiti.", ["Montebelluna"]),
    # no word of twinning before it: the end of a longer name the gazetteer lacks
    ("COMITATO CULTURALE MONTEBELLUNA\nCari soci, il comitato ha ricevuto ospiti.", []),
])
def test_a_town_that_ends_a_twinning_body_s_name(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    """"COMITATO GEMELLAGGI MONTEBELLUNA", a newsletter's masthead in capitals: a twinning
    body's name ends with its town, small as it is."""
    assert names(component, text, "it") == expected


@pytest.mark.parametrize(("text", "language", "country"), [
    # nothing else: the agency's country (EFE writes "Santiago de Chile" for Chile's)
    ("Santiago (EFE) – El alcalde firmó un acuerdo con Madrid.", "es", "ES"),
    ("Santiago (EFE) – El arzobispo recibió a los peregrinos.", "es", "ES"),
    # the story tells of a namesake's country, not of the agency's: that namesake
    ("Santiago (EFE) – El alcalde firmó un acuerdo con Valparaíso.", "es", "CL"),
    ("Santiago (EFE) – Los alcaldes de Santiago y Valparaíso firmaron.", "es", "CL"),
    ("Santiago, 3 mar (EFE).- El alcalde firmó el acuerdo con Valparaíso.", "es", "CL"),
    ("Santiago (EFE) – The mayors of Santiago and Valparaíso signed a pact.", "en", "CL"),
])
def test_a_dateline_s_agency_gives_way_to_the_story_s_country(
        component: PlacesComponent, text: str, language: str, country: str) -> None:
    """"Santiago (EFE)": the Spanish agency's own Santiago (de Compostela) when nothing else
    is told; Chile's capital when the story names Chile or a town of it and not Spain: an
    agency files from abroad too. Every mention of the name follows."""
    found = [p for p in places(component, text, language) if p.name.startswith("Santiago")]
    assert {p.country for p in found} == {country}


@pytest.mark.parametrize("text", [
    "ANDA, Bohol – Tourists from China arrived in the town.",
    "The mayor of Anda, Bohol, met investors.",
])
def test_a_town_before_a_province_and_a_comma_is_the_province_s(component: PlacesComponent,
                                                                text: str) -> None:
    """"ANDA, Bohol": the town of the province's first-level region (of no recorded
    population), as if its country were written beside it, not a bigger namesake abroad."""
    found = places(component, text, "en")
    assert ("Anda", "PH") in {(p.name, p.country) for p in found}


def test_a_town_said_again_after_its_comma_is_no_region_of_it(component: PlacesComponent) -> None:
    """"between Hue and Brest, Brest was preparing": the second "Brest" opens the next clause;
    it is no region the first lies in (Brest Oblast), so France's Brest, named so, stays."""
    text = ("The French city of Brest signed a project with Hue. Under the project between Hue "
            "and Brest, Brest was preparing a plan.")
    found = {(p.name, p.country) for p in places(component, text, "en")}
    assert ("Brest", "FR") in found and ("Brest", "BY") not in found


def test_a_town_at_the_centre_of_a_county_the_story_names_is_that_county_s(
        component: PlacesComponent) -> None:
    """"Worcester" beside "Worcestershire County Council" is England's, not the bigger
    Worcester of Massachusetts."""
    text = "Worcester City Council will ask Worcestershire County Council for no funding."
    found = {(p.name, p.country) for p in places(component, text, "en")}
    assert ("Worcester", "GB") in found and ("Worcester", "US") not in found


@pytest.mark.parametrize("text", [
    "Westmeath County Council will hold its festival in Athlone next month.",
    "The delegation visited Athlone, where Westmeath County Council has its offices.",
])
def test_a_town_some_40_km_from_the_centre_of_a_county_the_story_names_is_that_county_s(
        component: PlacesComponent, text: str) -> None:
    """Athlone beside Westmeath is Ireland's, not Cape Town's ten times bigger suburb: a
    county reaches 50 km from its centre."""
    found = {(p.name, p.country) for p in places(component, text, "en")}
    assert ("Athlone", "IE") in found and ("Athlone", "ZA") not in found


@pytest.mark.parametrize("text", [
    "Delegates from Dartmouth and Exeter in Devon met the council.",
    "A choir from Dartmouth sang in Exeter, Devon, on Friday.",
    "Devon County Council has funded the choir of Dartmouth.",
])
def test_a_small_town_of_a_county_named_after_it_is_that_county_s(
        component: PlacesComponent, text: str) -> None:
    """Dartmouth in a story naming Devon is England's, not Nova Scotia's city of 100,000:
    the county, named like towns abroad, is read after the first reading chose the city,
    and that choice holds no sense per discourse against a namesake near its centre; the
    county supports the small town as its region would."""
    found = {(p.name, p.country) for p in places(component, text, "en")}
    assert ("Dartmouth", "GB") in found and ("Dartmouth", "CA") not in found


def test_a_place_after_a_town_and_in_is_the_one_it_lies_in(component: PlacesComponent) -> None:
    """"Dunedin in Florida", "Óbidos in Portugal": Florida's town and Portugal's, not the
    bigger namesakes of New Zealand and Brazil."""
    text = "Stirling is also twinned with Dunedin in Florida and with Óbidos in Portugal."
    found = {(p.name, p.country) for p in places(component, text, "en")}
    assert {("Dunedin", "US"), ("Óbidos", "PT"), ("Portugal", "PT")} <= found
    assert ("Florida", "US") in {(p.name.split()[0], p.country) for p in
                                 places(component, text, "en")}
    # with a comma before "in", and Spanish "en": a small town abroad placed so
    for text, language in (("Alghero ha firmato nel 2011 un patto con Encamp, in Andorra.", "it"),
                           ("Alghero firmó en 2011 un pacto con Encamp, en Andorra.", "es")):
        assert names(component, text, language) == ["Encamp", "Andorra"]


def test_a_region_after_a_town_and_italian_in_with_its_article_holds_it(
        component: PlacesComponent) -> None:
    """"Gloucester, nel Massachusetts": the town of Massachusetts, not the bigger Gloucester of
    Ontario; Italian joins "in" to the region's article ("nel", "nella", "nell'")."""
    text = "Sciacca ha firmato un patto con la sindaca di Gloucester, nel Massachusetts."
    found = {(p.name, p.country) for p in places(component, text, "it")}
    assert ("Gloucester", "US") in found and ("Gloucester", "CA") not in found


def test_a_village_before_a_big_city_of_another_region_it_lies_in_is_a_quarter(
        component: PlacesComponent) -> None:
    """"in Santa Croce, a Firenze": Florence's quarter, not the village of Friuli that
    bears its name; a village placed in its own country stays."""
    assert names(component, "Il convegno si è svolto in Soave, a Firenze.", "it") == [
        "Florence"]
    assert "Soave" in names(component, "Il convegno si è svolto a Soave, in Italia.", "it")


def test_a_name_after_a_feature_s_word_is_the_feature_s(component: PlacesComponent) -> None:
    """"Lake Superior" is no town of Superior; the town the stadium is in is a place."""
    text = "Ships from Thunder Bay cross Lake Superior in the United States."
    assert "Superior" not in names(component, text)
    # a strait or a gulf named after a place, with its "of" ("the Strait of Malacca")
    assert "Superior" not in names(component, "Ferries from Thunder Bay cross the Strait of "
                                              "Superior in the United States.")
    text = "The race starts near the Stadium in Minneapolis, in the United States."
    assert "Minneapolis" in names(component, text)
    # an ordinary word before a feature's head: the street's name, no town
    assert "Summit" in names(component, "The runners reached Summit, in the United States.")
    assert "Summit" not in names(component,
                                 "The runners reached Summit Avenue, in the United States.")


@pytest.mark.parametrize("text", [
    "Il negozio di via Roma e quello di corso Firenze riaprono a Torino.",
    "Le barche risalgono il fiume Roma e la statale Firenze fino a Torino.",
    # a strait named after a town, with its "of" ("le Bocche di Bonifacio")
    "Le navi da Torino attraversano le Bocche di Firenze.",
    # a city's quarter named after a town elsewhere ("nel quartiere di Williamsburg")
    "La comunità di Torino, nel quartiere di Firenze, porta in processione il suo Giglio.",
    "La festa si tiene a Torino, nel quartiere Firenze.",
])
def test_a_name_after_a_river_s_or_a_street_s_word_in_lower_case_is_theirs(
        component: PlacesComponent, text: str) -> None:
    """Italian writes its rivers, roads and streets in lower case ("il fiume Brenta", "in
    via Roma"): the name after one is theirs, no town."""
    assert names(component, text, "it") == ["Turin"]


@pytest.mark.parametrize(("text", "language"), [
    ("Officials from Hue sailed on the Senegal River last week.", "en"),
    ("Officials from Hue sailed on the senegal river last week.", "en"),
    ("Officials from Hue sailed on the River Senegal last week.", "en"),
    ("Les élus de Hue ont visité la vallée du fleuve Sénégal.", "fr"),
    ("Los concejales de Hue navegaron por el río Senegal.", "es"),
    ("Os vereadores de Hue navegaram pelo rio Senegal.", "pt"),
])
def test_a_country_s_name_with_a_river_s_word_is_the_river(component: PlacesComponent,
                                                           text: str, language: str) -> None:
    """"The Senegal River", "le fleuve Sénégal": the river, no mention of the country."""
    assert names(component, text, language) == ["Hue"]


@pytest.mark.parametrize("text", [
    "Officials from Hue and Dutchess County, New York, toured the Hudson Valley.",
    "Dutchess County, New York, marked the Hudson Valley's heritage month with Hue.",
    "Hue visited Dutchess County, New York, and the Hudson Valley last week.",
])
def test_a_town_s_name_with_a_valley_s_word_is_the_valley(component: PlacesComponent,
                                                          text: str) -> None:
    """"The Hudson Valley", also in the possessive: the valley, no mention of the town it is
    named like, even in a story of its state."""
    assert "Hudson" not in names(component, text)


def test_a_country_s_river_still_says_where_the_story_is(component: PlacesComponent) -> None:
    """The river is no mention of its country, but a sign of it, as its adjective would be:
    Saint-Louis on the Senegal River is Senegal's, even in French."""
    found = places(component, "Les chercheurs de Saint-Louis étudient le fleuve Sénégal.",
                   "fr")
    assert [(p.name, p.country) for p in found] == [("Saint-Louis", "SN")]
    # a town named with a river's noun is found whole
    assert names(component, "Officials from Campbell River visited Hue, Vietnam.") == [
        "Campbell River", "Hue", "Vietnam"]


def test_an_ordinary_word_heading_a_body_s_name_is_no_place(component: PlacesComponent) -> None:
    """Canada and Ontario are named, and Ontario has a place called University: not in "the
    University of"."""
    text = "LONDON, Ont. – The delegates from Canada toured the University of Western Ontario."
    assert "University" not in {p.name for p in places(component, text, "en")}
    # nor as the head of a university named after its town ("McMaster University")
    text = "The delegates from Ontario, Canada met the staff of Tokyo University."
    assert "University" not in {p.name for p in places(component, text, "en")}


def test_an_abbreviation_counts_only_after_a_city_and_as_written(
        component: PlacesComponent) -> None:
    for text in ("The mayor of Florence, ala. Rossi, signed.", "The mayor of Florence, AL, signed.",
                 "The mayor of Florence met Ala. Rossi."):
        assert {p.admin1 for p in places(component, text, "en")} == {"Tuscany"}


def test_a_name_marked_once_is_that_place_everywhere_in_the_story(
        component: PlacesComponent) -> None:
    found = places(component, "The mayor of Nice signed.\nNice will host the next meeting.", "en")
    assert [(p.name, len(p.mentions)) for p in found] == [("Nice", 2)]
    assert places(component, "Nice will host the next meeting.", "en") == []
    found = places(component, "The city of Nice signed.\nThe mayor said Nice was ready.", "en")
    assert [(p.name, len(p.mentions)) for p in found] == [("Nice", 2)]


def test_a_place_found_once_is_found_wherever_the_story_writes_it(
        component: PlacesComponent) -> None:
    text = "La delegazione è arrivata a Rastatt ieri.\nRastatt è gemellata con Firenze."
    found = places(component, text, "it")
    assert [(p.name, len(p.mentions)) for p in found] == [("Rastatt", 2), ("Florence", 1)]


def test_a_metropolitan_city_after_the_name_is_the_city(component: PlacesComponent) -> None:
    """Korea's metropolitan cities are first-level regions too: "Daejeon Metropolitan City"
    names the city, as its mayor's title does."""
    found = places(component, "Officials of Latina Metropolitan City, Italy, met.", "en")
    assert [(p.name, p.kind) for p in found] == [("Latina", "city"), ("Italy", "country")]


def test_a_name_across_a_comma_is_a_place_and_its_country(component: PlacesComponent) -> None:
    """"LATINA, Italy –": not a village abroad named "Latina Italy", even with its country
    named ("San Antonio Texas" is in Mexico)."""
    found = places(component, "LATINA, Italy – Officials of the United States met.", "en")
    assert [p.name for p in found] == ["Latina", "Italy", "United States"]


def test_a_nationality_is_no_town_of_another_country(component: PlacesComponent) -> None:
    assert names(component, "The German city of Munich signed with the United States.") == [
        "Munich", "United States"]


def test_an_abbreviated_prefecture_is_the_region(component: PlacesComponent) -> None:
    """Japanese datelines: "OTSU, Shiga Pref. –"."""
    found = places(component, "LATINA, Latina Pref. – Officials met.", "en")
    assert [(p.name, p.kind) for p in found] == [("Latina", "city"),
                                                ("Province of Latina", "region")]


def test_wrapper_chooses_the_level(component: PlacesComponent) -> None:
    found = places(component, "The Latina province and the city of Latina, Italy.", "en")
    assert [(p.name, p.kind) for p in found] == [
        ("Province of Latina", "region"), ("Latina", "city"), ("Italy", "country")]
    # a Swiss canton in French
    found = places(component, "Le canton de Genève a reçu le maire de Genève.", "fr")
    assert [(p.name, p.kind) for p in found] == [
        ("Geneva (region)", "region"), ("Geneva", "city")]


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Firmó con la provincia italiana de Latina."),
    ("fr", "Elle a signé avec la province italienne de Latina."),
])
def test_a_region_wrapper_with_a_nationality_chooses_the_region(
        component: PlacesComponent, language: str, text: str) -> None:
    """"la provincia argentina de Mendoza", "l'État mexicain de Jalisco": the region."""
    assert names(component, text, language) == ["Province of Latina"]


@pytest.mark.parametrize("text", [
    "O governador de São Paulo recebeu a comitiva.",
    "O Governo do Estado de São Paulo assinou o protocolo.",
])
def test_a_governor_or_a_state_government_names_the_state(component: PlacesComponent,
                                                          text: str) -> None:
    assert names(component, text, "pt") == ["São Paulo State"]


@pytest.mark.parametrize("text", [
    "El gobernador regional de Latina recibió a la delegación.",
    "El Gobierno Regional de Latina firmó el acuerdo.",
])
def test_a_regional_government_or_governor_names_the_region(component: PlacesComponent,
                                                            text: str) -> None:
    """A Chilean or Peruvian "Gobierno Regional de Valparaíso": the region, not its capital."""
    assert names(component, text, "es") == ["Province of Latina"]


def test_three_towns_of_a_country_make_it_the_story_s_home(component: PlacesComponent) -> None:
    """A Spanish text on Argentine towns, no dateline and no Argentina named: a small town of
    theirs is found, as their country's towns are."""
    text = ("La delegación llegó desde Buenos Aires a Rafaela y seguirá a Rosario. El sábado "
            "visitará Sunchales.")
    assert names(component, text, "es") == ["Buenos Aires", "Rafaela", "Rosario", "Sunchales"]
    # ... and the bare name of a big town of theirs and of the language's country is theirs
    text = ("La delegación llegó desde Buenos Aires a Rafaela y seguirá a Rosario. El domingo "
            "partirá hacia Córdoba.")
    found = places(component, text, "es")
    assert ("Córdoba", "AR") in [(p.name, p.country) for p in found]


@pytest.mark.parametrize(("text", "expected"), [
    # a given name that is also a country's Spanish name, and a surname that is a town
    ("El alcalde de Córdoba, Mauricio Atlanta Rosario, firmó.", ["Córdoba"]),
    # a body's name after an ordinary word that names a town ("el Centro Cultural")
    ("Una gala en el Centro Cultural de Turín, en Italia.", ["Turin", "Italy"]),
    # ordinary words ("la Lista del Patrimonio", "el aeropuerto La Aurora") without their
    # country
    ("El casco de Córdoba está en la Lista del Patrimonio.", ["Córdoba"]),
    ("Los vuelos llegan al aeropuerto internacional La Aurora.", []),
    # a club after a phrase of facing a team, in a sentence with no other word of a match
    ("El plantel volará a Córdoba para enfrentar a Rosario.", ["Córdoba"]),
])
def test_es_words_and_names_that_are_no_places(component: PlacesComponent, text: str,
                                              expected: list[str]) -> None:
    assert names(component, text, "es") == expected


def test_a_city_of_a_million_beats_a_village_that_only_its_country_supports(
        component: PlacesComponent) -> None:
    """France is named, but "Montréal" is the metropolis, not the village of the Gers;
    the village when a wrapper marks it."""
    found = places(component, "La France ouvrira un vol direct vers Montréal.", "fr")
    assert [(p.name, p.country) for p in found] == [("France", "FR"), ("Montréal", "CA")]
    found = places(component, "La commune de Montréal, en France, fête son vin.", "fr")
    assert [(p.name, p.country) for p in found] == [("Montréal", "FR"), ("France", "FR")]


@pytest.mark.parametrize(("text", "language"), [
    ("La delegazione è stata ricevuta dalla Confédération Générale des Entreprises du Maroc.",
     "it"),
    ("La délégation a été reçue par la Confédération générale des entreprises.", "fr"),
    ("The Confederation of Industry welcomed the delegation.", "en"),
])
def test_the_head_word_of_a_confederation_is_no_place(component: PlacesComponent, text: str,
                                                      language: str) -> None:
    assert names(component, text, language) == []


def test_a_country_named_elsewhere_does_not_make_a_small_namesake_the_town(
        component: PlacesComponent) -> None:
    """Rotterdam of New York is a twentieth of Rotterdam: the United States named in the
    story do not make it the town of a distributor."""
    found = places(component, "The firm exports to the United States and works with a "
                              "distributor in Rotterdam.", "en")
    assert [(p.name, p.country) for p in found] == [("United States", "US"),
                                                    ("Rotterdam", "NL")]


@pytest.mark.parametrize(("language", "text"), [
    ("it", "La delegazione della città spagnola di Latina è arrivata in Italia. Latina ha "
           "firmato."),
    ("en", "The Spanish city of Latina sent a delegation to Italy. Latina signed."),
])
def test_a_nationality_right_before_the_name_places_it(component: PlacesComponent,
                                                       language: str, text: str) -> None:
    """"la città spagnola di Latina", "la ciudad argentina de Córdoba": the adjective says
    where the place is, as "(Spain)" after it would; the story keeps that sense."""
    found = [(p.name, p.country) for p in places(component, text, language)]
    assert found == [("Latina", "ES"), ("Italy", "IT")]


@pytest.mark.parametrize(("language", "text"), [
    ("it", "Il sindaco di Latina ha parlato. La Comunità degli Spagnoli di Latina ha fatto festa."),
    ("it", "Il sindaco di Latina ha parlato. Gli spagnoli di Latina hanno fatto festa."),
])
def test_a_nationality_naming_its_people_does_not_place_their_town(
        component: PlacesComponent, language: str, text: str) -> None:
    """"la Comunità degli Italiani di Pola": the Italians living in Pola (Pula, Croatia), a
    minority abroad; no adjective of a place's noun, so no town of their country (Polla)."""
    assert [(p.name, p.country) for p in places(component, text, language)] == [("Latina", "IT")]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Nice a signé une entente avec la ville croate de Zadar."),
    ("es", "Nice firmó un convenio con la ciudad croata de Zadar."),
])
def test_a_nationality_of_more_countries_places_a_town(component: PlacesComponent,
                                                       language: str, text: str) -> None:
    """A town too small to be read bare, placed by its country's adjective ("la ville
    canadienne de Rimouski", "la ville croate de Zadar")."""
    assert ("Zadar", "HR") in [(p.name, p.country) for p in places(component, text, language)]


def test_a_hyphenated_nationality_before_the_name(component: PlacesComponent) -> None:
    found = places(component, "Braga é geminada com a cidade cabo-verdiana do Mindelo.", "pt")
    assert [(p.name, p.country) for p in found] == [("Braga", "PT"), ("Mindelo", "CV")]


def test_a_big_town_of_the_language_at_a_sentence_start(component: PlacesComponent) -> None:
    """Nothing else supports "Braga" here; a town of 100,000 of a Portuguese-speaking country,
    opening a Portuguese sentence, is still the town."""
    assert names(component, "Braga, cidade do norte, recebeu ontem a comitiva.", "pt") == [
        "Braga"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("cs", "Jihlava podepsala memorandum o spolupráci.", ["Jihlava"]),
    ("sk", "Žilina podpísala memorandum o spolupráci.", ["Žilina"]),
    # Slovakia's Trnava, not the Czech village, in Slovak's cases ("v Trnave", "s Prešovom",
    # "v Košiciach")
    ("sk", "Trnava podpísala zmluvu s Prešovom v Košiciach.", ["Trnava", "Prešov", "Košice"]),
    ("uk", "Буча прийняла делегацію з-за кордону.", ["Bucha"]),
    # a capitalised word after it: no clause's subject, and a town under 100,000 stays out
    ("cs", "Jihlava Open se konal v sobotu.", []),
])
def test_a_known_town_of_the_language_opening_a_clause_as_its_subject(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    """A town of 15,000 of the language's country, alone at a sentence start and followed
    by a lower-case word (its verb), is the town."""
    assert names(component, text, language) == expected


def test_a_town_that_ends_a_longer_town_s_name_is_not_cut_out_of_it(
        component: PlacesComponent) -> None:
    """"Nova Trento" (Brazil), unsupported at a sentence start, is no mention of Trento."""
    found = places(component, "Nova Trento signed a twinning agreement with Trento.", "en")
    assert [(p.name, p.mentions) for p in found] == [("Trento", ((45, 51),))]
    # ... but a name after a lower-case word of the longer one says where the town lies,
    # and is read (with the full gazetteer, it then supports "Hall in Tirol" itself)
    assert "Tyrol" in names(component, "Die Stadt pflegt eine Städtepartnerschaft mit Hall "
                                       "in Tirol.", "de")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The delegation from New Lisbon met the mayor."),
    ("pt", "A delegação de Nova Lisboa visitou a escola."),
])
def test_a_town_after_a_word_of_new_is_a_younger_town_s(
        component: PlacesComponent, language: str, text: str) -> None:
    """A younger town named after an older one, that the gazetteer lacks, is not the older
    town ("New Lisbon" is no Lisbon)."""
    assert names(component, text, language) == []


def test_a_country_in_parentheses_places_its_city_only(component: PlacesComponent) -> None:
    """"Latina e Málaga (Spagna)": the writer places Málaga; Latina, left without a
    country, is the reader's own, not looked for in Spain on that ground."""
    found = places(component, "Il sindaco di Latina e quello di Málaga (Spagna) hanno firmato.",
                   "it")
    assert [(p.name, p.country) for p in found] == [
        ("Latina", "IT"), ("Málaga", "ES"), ("Spain", "ES")]


def test_a_country_beside_a_name_beats_a_namesakes_country_named_elsewhere(
        component: PlacesComponent) -> None:
    """"CÓRDOBA (Argentina)" in a story that also names Spain: the dateline's country
    places it, and the bare "Córdoba" further on is the same city."""
    text = ("CÓRDOBA (Argentina) – La Municipalidad de Córdoba firmó un convenio con Málaga. "
            "El intendente viajó a España y volvió a Córdoba.")
    found = {(p.name, p.country) for p in places(component, text, "es")}
    assert ("Córdoba", "AR") in found and ("Córdoba", "ES") not in found


def test_a_big_citys_own_name_beats_a_towns_alternate_spelling(
        component: PlacesComponent) -> None:
    """France is named, but "Valencia" is Spain's city's own name, only an alternate
    spelling of Valence."""
    found = places(component, "VALENCIA – Llegaron corredores de Francia a Valencia.", "es")
    assert [(p.name, p.country) for p in found] == [("Valencia", "ES"), ("France", "FR")]


def test_a_state_after_its_towns_comma_is_the_state(component: PlacesComponent) -> None:
    """"Portland, Oregon": the state holds the town before the comma, though Ohio has a town
    called Oregon, which would otherwise take the name."""
    found = places(component, "Officials from Portland, Oregon, signed a pact.", "en")
    assert [(p.name, p.kind) for p in found] == [("Portland", "city"), ("Oregon State", "region")]
    # a state named like a country and a given name, after its capital
    found = places(component, "Officials from Atlanta, Georgia, signed a pact.", "en")
    assert [(p.name, p.kind, p.country) for p in found] == [
        ("Atlanta", "city", "US"), ("Georgia", "region", "US")]


@pytest.mark.parametrize("text", [
    "Officials from Dutchess County, New York, signed a pact.",
    "Dutchess County, New York, and Hue signed a pact.",
    "A pact with Dutchess County, New York was signed in Hue.",
])
def test_a_state_after_its_county_s_comma_is_the_state(component: PlacesComponent,
                                                        text: str) -> None:
    """"Dutchess County, New York": the state that holds the county, not the city named like
    it, though the city is far bigger."""
    found = places(component, text, "en")
    assert ("New York", "region") in [(p.name, p.kind) for p in found]
    assert "New York City" not in [p.name for p in found]


@pytest.mark.parametrize(("text", "language"), [
    ("Officials from Tlalnepantla, Mexico, signed a pact.", "en"),
    ("The mayor of Tlalnepantla, Mexico, visited Hue.", "en"),
    ("La alcaldesa de Tlalnepantla, México, visitó Hue.", "es"),
])
def test_a_country_after_its_towns_comma_is_the_country_not_its_namesake_region(
        component: PlacesComponent, text: str, language: str) -> None:
    """"Tlalnepantla, Mexico": the country, though the town lies in the State of Mexico,
    whose name it bears: the comma gives the country, as it gives a state of another one."""
    found = places(component, text, language)
    assert ("Mexico", "country") in [(p.name, p.kind) for p in found]
    assert "Estado de México" not in [p.name for p in found]


@pytest.mark.parametrize(("text", "language"), [
    ("The mayor of Mexico City, Mexico, visited Hue.", "en"),
    ("Officials from Hue met officials of Mexico City, Mexico, on Monday.", "en"),
    ("La alcaldesa de Ciudad de México, México, visitó Hue.", "es"),
])
def test_a_country_after_the_comma_of_a_capital_named_after_it_is_the_country(
        component: PlacesComponent, text: str, language: str) -> None:
    """"Mexico City, Mexico": the capital bears its country's name, which the comma gives
    as the country, not as the capital named again."""
    found = places(component, text, language)
    assert {("Mexico City", "city"), ("Mexico", "country")} <= {(p.name, p.kind) for p in found}


def test_a_state_of_the_datelines_country_where_places_are_written(
        component: PlacesComponent) -> None:
    """A US story names other states bare, as its readers know them."""
    assert names(component, "Costs rose on projects in Florida.", "en") == []
    assert names(component, "MINNEAPOLIS — Costs rose on projects in Florida.",
                 "en") == ["Minneapolis", "Florida State"]


def test_a_town_of_no_recorded_population_counts_where_the_text_places_it(
        component: PlacesComponent) -> None:
    """GeoNames records some seats with no population (mostly villages): one is a place after
    its country's comma or a town's wrapper, and then wherever the story names it again."""
    assert names(component, "Bhaktapur officials met the mayor.", "en") == []
    assert names(component, "Bhaktapur officials met the mayor in Nepal.", "en") == ["Nepal"]
    assert names(component, "The council twinned with Bhaktapur, Nepal. Bhaktapur officials "
                            "thanked it.", "en") == ["Bhaktapur", "Nepal"]
    assert names(component, "The council twinned with the city of Bhaktapur.", "en") == [
        "Bhaktapur"]


def test_a_small_town_of_several_words_and_its_own_name_where_places_are_written(
        component: PlacesComponent) -> None:
    """A small town's name of several words that no other place bears is a place after
    "from" or "in", though its country is not named; not at a sentence start, nor as the
    first words of a longer name."""
    assert names(component, "The club welcomed 42 visitors from La Ferté-Macé.", "en") == [
        "La Ferté-Macé"]
    assert names(component, "La Ferté-Macé officials were there.", "en") == []
    assert names(component, "Pupils from La Ferté-Macé High School sang.", "en") == []


def test_a_big_city_opens_an_english_sentence(component: PlacesComponent) -> None:
    """English has no home country: a city of 300,000 people opening a sentence by its name
    alone is the city, of whatever country (a smaller one still needs support)."""
    assert names(component, "Nagasaki officials are exploring a twinning.", "en") == [
        "Nagasaki"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Bolzano welcomed guests on Friday.", ["Bolzano"]),
    ("en", "Bolzano signed the charter in the morning.", ["Bolzano"]),
    ("en", "Bolzano has renewed its pact with the town.", ["Bolzano"]),
    # a noun after it: the first word of a longer name (an assembly's, a club's)
    ("en", "Bolzano secretaries said the halls were full.", []),
    # a first name too: a person opening the clause
    ("en", "Nancy welcomed guests on Friday.", []),
    # a town of a country none of our languages is of: an English surname, perhaps
    ("en", "Tacoma welcomed guests on Friday.", []),
    # no clause's subject: a capitalised word follows
    ("en", "Bolzano Open was held on Friday.", []),
])
def test_a_big_foreign_town_opening_an_english_clause_as_its_subject(
        component: PlacesComponent, language: str | None, text: str,
        expected: list[str]) -> None:
    """English has no home country: a town of 100,000 of a country of another of our
    languages, alone at a sentence start and followed by its verb, is the town."""
    assert names(component, text, language) == expected


def test_a_small_town_listed_with_a_chosen_town_of_its_country_is_of_that_country(
        component: PlacesComponent) -> None:
    """"Shrewsbury, Hereford and Ludlow": England's Ludlow (10,000 people), not the bigger
    one of Massachusetts; the whole list counts, not only the name beside it."""
    text = "Officials from Shrewsbury, Hereford and Ludlow met on Monday."
    found = {p.name: p.country for p in places(component, text, "en")}
    assert found == {"Shrewsbury": "GB", "Hereford": "GB", "Ludlow": "GB"}


def test_a_town_paired_with_its_twin_is_of_the_country_of_the_story_s_towns(
        component: PlacesComponent) -> None:
    # English has no home country: the country of the story's other towns (Shrewsbury)
    # decides between a town's namesakes, and vouches for the smaller one where places are
    # written (paired with its twin); the bigger namesake of Massachusetts is no better
    text = ("The Ludlow-La Ferté-Macé Twinning Association met in Shrewsbury. The "
            "visitors from La Ferté-Macé, France, stay a week.")
    found = {p.name: p.country for p in places(component, text, "en")}
    assert found == {"Ludlow": "GB", "La Ferté-Macé": "FR", "Shrewsbury": "GB", "France": "FR"}


def test_an_apposition_that_calls_the_name_a_town_vouches_for_it(
        component: PlacesComponent) -> None:
    # a small town of two namesakes, named once, with no country: its apposition says it is
    # a town, as a wrapper would
    assert names(component, "They seek a friendship link with Soave, a wine town in the "
                            "hills.", "en") == ["Soave"]
    assert names(component, "They seek a friendship link with Soave.", "en") == []


def test_a_form_s_label_is_no_town(component: PlacesComponent) -> None:
    assert names(component, "Meeting Date: November 17, 2026\nSubject: a friendship city in "
                            "Japan", "en") == ["Japan"]


def test_a_bigger_namesake_of_a_country_of_no_other_town_keeps_no_first_choice(
        component: PlacesComponent) -> None:
    """English has no home country: among Málaga and Valencia, "Córdoba" is Spain's, though
    Argentina's is bigger and was the first reading's choice."""
    text = "The finalists are Córdoba, Málaga and Valencia."
    found = {p.name: p.country for p in places(component, text, "en")}
    assert found == {"Córdoba": "ES", "Málaga": "ES", "Valencia": "ES"}


def test_a_regions_own_name_beats_a_towns_alternate_spelling(
        component: PlacesComponent) -> None:
    """India is named, but "Bali" is the Indonesian province's own name and only an
    alternate spelling of Bāli, a town of West Bengal: its diacritic-free form is no
    licence to prefer the town."""
    found = places(component, "An Indian delegation visited Bali, then Kerala.", "en")
    assert [(p.name, p.country) for p in found] == [("Bali", "ID"), ("Kerala", "IN")]


def test_a_small_town_of_the_storys_region_is_a_place(component: PlacesComponent) -> None:
    """Local news names the neighbours of the town it is filed from bare; the same small
    town in a story about another region needs its country named."""
    assert names(component, "CONCARNEAU – Les visiteurs sont arrivés par Roscoff.", "fr") == [
        "Concarneau", "Roscoff"]
    assert names(component, "Les visiteurs de Paris sont arrivés par Roscoff.", "fr") == [
        "Paris"]


def test_a_small_town_of_the_region_of_the_town_a_story_keeps_naming_is_a_place(
        component: PlacesComponent) -> None:
    """A story that keeps naming its town, with no dateline and in a language its country
    does not speak, names that town's neighbours bare too; named once, the town does not."""
    assert names(component, "Concarneau hosted the feast. The mayor of Concarneau thanked "
                            "the families of Concarneau, whose guests came via Roscoff.",
                 "en") == ["Concarneau", "Roscoff"]
    assert names(component, "The feast was held in Concarneau; its guests came via Roscoff.",
                 "en") == ["Concarneau"]


def test_a_second_surname_after_a_given_name_is_no_place(component: PlacesComponent) -> None:
    assert names(component, "El alcalde, Raúl Medina Torres, recibió a la delegación de "
                            "Málaga.", "es") == ["Málaga"]
    # not the town that opens the next sentence
    assert names(component, "A câmara é presidida por Ana Kloster. Lisboa é a capital de "
                            "Portugal.", "pt") == ["Lisbon", "Portugal"]


def test_a_building_or_street_named_with_a_preposition_is_no_place(
        component: PlacesComponent) -> None:
    """"Palácio dos Bandeirantes", "Rua de Braga": a facility word and a preposition."""
    assert names(component, "A feira ocupa a Rua de Braga, em Lisboa.", "pt") == ["Lisbon"]
    assert names(component, "A comitiva percorreu a praia de Braga, em Lisboa.", "pt") == [
        "Lisbon"]
    # ruins named after the church that stood there
    assert names(component, "A comitiva visitou as Ruínas de São Paulo, em Lisboa.", "pt") == [
        "Lisbon"]


def test_a_building_named_right_after_a_lower_case_facility_noun_is_no_place(
        component: PlacesComponent) -> None:
    """"tháp Tokyo Skytree": a tower, not Tokyo."""
    assert names(component, "Đoàn thăm tháp Tokyo Skytree và làm việc tại Hà Nội.",
                 "vi") == ["Hanoi"]
    assert names(component, "Le concert a eu lieu au temple Concarneau, à Paris.",
                 "fr") == ["Paris"]


def test_a_surname_written_first_after_an_office_s_place_is_no_place(
        component: PlacesComponent) -> None:
    """"Thống đốc tỉnh Yamanashi Nagasaki Kotaro": the governor's surname, not the city; the
    city named elsewhere stays."""
    assert "Nagasaki" not in names(
        component, "Tại Nhật Bản, Thống đốc tỉnh Yamanashi Nagasaki Kotaro phát biểu.", "vi")
    assert names(component, "Tại Nhật Bản, đoàn thăm tỉnh Yamanashi và thành phố Nagasaki.",
                 "vi") == ["Japan", "Yamanashi Prefecture", "Nagasaki"]


def test_a_surname_written_before_a_japanese_given_name_is_no_place(
        component: PlacesComponent) -> None:
    """"executive officer Nagasaki Hideaki": a surname written first, before a given name;
    the city named elsewhere stays."""
    assert names(component, "The deal was signed in Tokyo by executive officer Nagasaki "
                 "Hideaki.", "en") == ["Tokyo"]
    assert names(component, "The deal was signed in Tokyo and Nagasaki.", "en") == [
        "Tokyo", "Nagasaki"]


def test_a_noun_ending_a_feature_s_name_is_no_place(component: PlacesComponent) -> None:
    """"Kooragang Island": the head of a feature's name, not Iceland ("Island"); the
    country named by its English name stays."""
    assert names(component, "The plant will be near Kooragang Island, east of Tokyo.",
                 "en") == ["Tokyo"]
    assert names(component, "The plant will be in Iceland, not in Tokyo.", "en") == [
        "Iceland", "Tokyo"]


def test_the_word_for_town_in_a_south_asian_body_s_name_is_no_place(
        component: PlacesComponent) -> None:
    """"Nagar" (a town of India) names no place in "Bodh Gaya Nagar Parishad", "Nagar
    Bhaban"."""
    text = "Bodh Gaya Nagar Parishad of India met officials at Nagar Bhaban."
    assert names(component, text, "en") == ["Bodh Gaya", "India"]
    assert "Nagar" in names(component, "The bus left Nagar for Manali in India.", "en")


def test_the_word_for_council_in_a_south_asian_body_s_name_is_no_place(
        component: PlacesComponent) -> None:
    """"Sabha" (a town of Libya) names no place in "Habaraduwa Pradeshiya Sabha", "the Lok
    Sabha", nor alone for such a council ("said the Sabha"); with Libya named it stays."""
    assert names(component, "Officials of Tokyo met the Galle Pradeshiya Sabha.", "en") == [
        "Tokyo"]
    assert names(component, "The Lok Sabha passed the bill after a visit to Tokyo.", "en") == [
        "Tokyo"]
    assert names(component, "Tokyo officials said the Sabha would seek a tie.", "en") == [
        "Tokyo"]
    assert names(component, "The bus left Sabha in Libya for Tokyo.", "en") == [
        "Sabha", "Libya", "Tokyo"]


@pytest.mark.parametrize(("text", "acronyms"), [
    # the town's own government and its acronym: the acronym alone is the town
    ("Tokyo City Corporation (TCC) met the guests. In 2019, the TCC signed an MoU.", 1),
    ("The Tokyo Metropolitan Assembly (ToMA) met the guests. ToMA then signed an MoU.", 1),
    # an acronym that is not the initials of the town and its body, or a body that is not
    # the town's government (a university), names no town
    ("Tokyo City Council (CCT) met the guests. Later the CCT signed an MoU.", 0),
    ("Tokyo University of Science (TUS) met the guests. Later TUS signed an MoU.", 0),
])
def test_the_acronym_of_a_town_s_own_government_names_the_town(
        component: PlacesComponent, text: str, acronyms: int) -> None:
    """"Sylhet City Corporation (SCC) ... the SCC signed": the body is the town itself."""
    tokyo = next(p for p in places(component, text, "en") if p.name == "Tokyo")
    assert len(tokyo.mentions) == 1 + acronyms
    assert all(text[s:e] in ("Tokyo", "TCC", "ToMA") for s, e in tokyo.mentions)


def test_the_malay_word_for_peace_in_a_malaysian_name_is_no_amman(
        component: PlacesComponent) -> None:
    """"Aman" (an alternate name of Amman) is Malay for "peace" in the names that Malaysian
    English news keeps ("Wisma Darul Aman", "Kedah Darul Aman"): no place alone."""
    assert names(component, "The MoU was signed at Wisma Darul Aman in Tokyo.", "en") == [
        "Tokyo"]
    assert names(component, "Officials of Tokyo met the Aman council yesterday.", "en") == [
        "Tokyo"]
    assert names(component, "The bus left Amman for Tokyo.", "en") == ["Amman", "Tokyo"]


@pytest.mark.parametrize("text", [
    "Trade with Tokyo reached 740 million US dollars last year.",
    "The hall in Tokyo cost 3 million U.S. dollars.",
    "Tokyo prices are quoted in US Dollars.",
    "Tokyo set its fee at one US dollar.",
])
def test_a_currency_named_after_its_country_is_no_mention_of_it(
        component: PlacesComponent, text: str) -> None:
    """"740 million US dollars": the currency, no mention of the United States."""
    assert names(component, text, "en") == ["Tokyo"]
    assert names(component, "Tokyo and the US signed a deal.", "en") == [
        "Tokyo", "United States"]


def test_a_bare_name_of_a_city_named_with_city_is_that_city(
        component: PlacesComponent) -> None:
    """"BACOLOD CITY – ... between Bacolod and Tokyo": one city, not its small namesake."""
    assert names(component, "BACOLOD CITY – The council approved ties between Bacolod and "
                 "Tokyo.", "en") == ["Bacolod City", "Tokyo"]


def test_a_region_after_a_preposition_in_a_story_naming_its_people_is_a_place(
        component: PlacesComponent) -> None:
    """"in Victoria ... Australian partners": the state, though Australia is never named;
    without the demonym, the given name stays no place."""
    assert names(component, "The plant is in Victoria, with Australian partners.", "en") == [
        "Victoria"]
    assert names(component, "The plant is in Victoria, with new partners.", "en") == []


def test_a_building_named_with_an_elided_preposition_is_no_place(
        component: PlacesComponent) -> None:
    """"Palazzo d'Orléans", the seat of the Sicilian Region: "d'" joins no name to a place."""
    assert names(component, "La delegazione è stata ricevuta a Palazzo d'Orange, a Roma.",
                 "it") == ["Rome"]


def test_a_square_written_in_lower_case_is_no_place(component: PlacesComponent) -> None:
    """"in piazza della Vittoria": a square named after the victory, not the Sicilian town."""
    assert names(component, "La festa si terrà in piazza della Vittoria, a Roma.",
                 "it") == ["Rome"]


def test_a_big_town_s_other_name_in_a_story_naming_its_country_s_adjective(
        component: PlacesComponent) -> None:
    """"Klagenfurt", an alternate name of Klagenfurt am Wörthersee, where places are written
    in a story of Austrian visitors."""
    assert names(component, "I visitatori austriaci arrivano in giornata da Klagenfurt.",
                 "it") == ["Klagenfurt am Wörthersee"]


@pytest.mark.parametrize(("language", "text"), [
    pytest.param("nl", "Den Bosch wil een stedenband met Toledo, de oude Spaanse stad.", id="nl"),
    pytest.param("en", "Den Bosch wants to twin with Toledo, the old Spanish city.", id="en"),
])
def test_an_apposition_s_adjective_tells_a_homonym_s_country(
        component: PlacesComponent, language: str, text: str) -> None:
    """"Toledo, de oude Spaanse stad": Spain's Toledo, not Ohio's, in Dutch as in English."""
    found = {p.name: p.country for p in places(component, text, language)}
    assert found["Toledo"] == "ES"


def test_a_place_after_an_italian_given_name_is_a_surname(component: PlacesComponent) -> None:
    assert names(component, "La vicepresidente della Toscana, Daniela Giani, ha incontrato il "
                            "sindaco di Roma.", "it") == ["Tuscany", "Rome"]
    assert names(component, "Il sindaco di Roma, Aldo Fontana, è in Toscana.", "it") == [
        "Rome", "Tuscany"]


def test_italian_metropolitan_city(component: PlacesComponent) -> None:
    text = "La Città metropolitana di Torino e la Città di Torino, in Italia."
    assert names(component, text, "it") == ["Metropolitan City of Turin", "Turin", "Italy"]


def test_region_named_like_a_city_is_the_city_without_wrapper(
        component: PlacesComponent) -> None:
    assert names(component, "Torino e Roma, in Italia.", "it") == ["Turin", "Rome", "Italy"]


def test_a_province_named_after_its_city_is_the_city_even_by_an_alternate_name(
        component: PlacesComponent) -> None:
    """"Padova" is Padua's name only among GeoNames' alternates, and the ISO name of its
    province: bare, it is the city; "provincia di Padova" is the province."""
    assert names(component, "Torino e Padova, in Italia.", "it") == ["Turin", "Padua", "Italy"]
    assert names(component, "La provincia di Padova, in Veneto.", "it") == [
        "Province of Padua", "Veneto"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A missão visitou o Porto de Lisboa.", ["Lisbon"]),  # the harbour
    ("O presidente da Câmara do Porto visitou Lisboa.", ["Porto", "Lisbon"]),
])
def test_a_harbour_named_by_its_place_is_no_town(component: PlacesComponent, text: str,
                                                 expected: list[str]) -> None:
    assert names(component, text, "pt") == expected


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Südtirol und Tirol wollen die Zusammenarbeit im Verkehr ausbauen."),
    ("it", "L'Alto Adige e il Tirolo vogliono rafforzare la cooperazione."),
])
def test_south_tyrol_by_its_german_and_italian_names(component: PlacesComponent,
                                                     language: str, text: str) -> None:
    assert "South Tyrol" in names(component, text, language)


def test_a_village_of_another_region_does_not_hold_a_state_of_its_name(
        component: PlacesComponent) -> None:
    """"Paraná" is a state and a village of 4,000 in Rio Grande do Norte: the village, in
    another state, is no city that the state's name would stand for."""
    found = places(component, "O Governo do Paraná assinou o acordo.", "pt")
    assert [(p.name, p.kind) for p in found] == [("Paraná", "region")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("it", "La Reyer ha battuto il Bayern a Monaco di Baviera.", ["Munich"]),
    # "il Bayern" is the club even with no match word (the region is "la Baviera")
    ("it", "Il Bayern e il Lazio hanno firmato un accordo.", ["Lazio"]),
    ("it", "Lo stadio di Torino ospita la partita.", ["Turin"]),
    # a region named like its city takes no region's article in a match ("con il
    # Salisburgo per il settore giovanile")
    ("it", "Nel torneo del settore giovanile il Torino ha battuto il Québec a Roma.", ["Rome"]),
    # Italian towns take no masculine article: after one, a club's or a product's name, in
    # any sentence ("il Torino", "al Marsala"); a region's name keeps it ("il Lazio")
    ("it", "Il Torino ha firmato un accordo con il sindaco di Roma.", ["Rome"]),
    ("it", "Il Torino ha firmato un accordo con il Lazio.", ["Lazio"]),
    # the transfer market is about clubs too
    ("it", "Ieri a Roma il Torino ha trovato l'accordo con il Porto per il difensore.",
     ["Rome"]),
    ("pt", "No jogo de ontem, o Braga venceu em Lisboa.", ["Lisbon"]),
    ("pt", "O presidente da Câmara de Braga visitou Lisboa.", ["Braga", "Lisbon"]),
    # a club named by a place and its town ("Werder Bremen", "Holstein Kiel"): the town stays
    ("de", "Im Spiel gegen Bayern München fehlte der Kapitän.", ["Munich"]),
    ("de", "Die Messe in Bayern und München war ein Erfolg.", ["Bavaria", "Munich"]),
    # German towns take no article either: after one, a mountain's name; not a town's
    # adjective after its article ("die Stuttgarter Delegation")
    ("de", "Die Gäste aus München wanderten rund um den Fuji.", ["Munich"]),
    ("de", "Die Gäste aus München besuchten Fuji.", ["Munich", "Fuji"]),
    # a relative pronoun after a comma, not an article
    ("de", "Das ist die Partnerschaft, die Fuji und München verbindet.", ["Fuji", "Munich"]),
])
def test_a_club_named_by_its_town_in_a_match_report_is_no_place(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    """An article before a town's or region's name, in a sentence about a match ("ha battuto
    il Bayern", "o Braga venceu"), names the club; without the match, or with no article, the
    name is the place."""
    assert names(component, text, language) == expected


def test_one_sense_per_discourse(component: PlacesComponent) -> None:
    found = places(component, "The mayor of Washington DC said Washington has much to learn.",
                   "en")
    assert [(p.name, len(p.mentions)) for p in found] == [("Washington, D.C.", 2)]


def test_a_small_town_named_often_and_once_after_a_preposition(
        component: PlacesComponent) -> None:
    """A local story's own town, with no country written: three mentions, one of them where
    places are written ("in Dungarvan"); one mention alone is not enough."""
    text = ("Visitors arrived in Dungarvan on Friday. Dungarvan hosted them. The Dungarvan "
            "choir sang.")
    assert names(component, text) == ["Dungarvan"]
    assert names(component, "Dungarvan hosted visitors. Dungarvan was busy.") == []


def test_surname_is_dropped_everywhere(component: PlacesComponent) -> None:
    text = "President Attilio Fontana met the Italy delegation. Fontana said it went well."
    assert names(component, text) == ["Italy"]


def test_small_place_of_a_country_not_named_needs_support(component: PlacesComponent) -> None:
    text = "The Chamber of Industry and Commerce of Germany met in Stuttgart."
    assert names(component, text) == ["Germany", "Stuttgart"]


def test_place_inside_an_organisation_name_counts(component: PlacesComponent) -> None:
    assert names(component, "A meeting at the University of Stuttgart, Germany.") == [
        "Stuttgart", "Germany"]


@pytest.mark.parametrize(("text", "expected"), [
    # a German town's adjective before its noun names the town ("-er"; "-ner" of a name in
    # "-en"): "im Münchner Rathaus", "die Stuttgarter Delegation", "Kölner Partnerstädte"
    ("Im Münchner Rathaus empfing die Stuttgarter Delegation Kölner Gäste.",
     ["Munich", "Stuttgart", "Cologne"]),
    # not before a street's noun, nor after a given name (a surname)
    ("Die Gäste wohnen in der Kölner Straße bei Hans Stuttgarter Müller.", []),
])
def test_de_a_town_s_adjective_names_the_town(component: PlacesComponent, text: str,
                                               expected: list[str]) -> None:
    assert names(component, text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an Italian town's adjective after a noun of its bodies names the town
    ("Il sindaco fiorentino ha ricevuto la delegazione torinese.", ["Florence", "Turin"]),
    # not after another noun ("il diritto romano")
    ("Il diritto romano e la cucina fiorentina.", []),
])
def test_it_a_town_s_adjective_after_its_body_names_the_town(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    assert names(component, text, "it") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Spanish one too ("el alcalde trujillano"), not after another noun
    ("El alcalde cusqueño recibió a la delegación.", ["Cusco"]),
    ("La cocina cusqueña es famosa.", []),
])
def test_es_a_town_s_adjective_after_its_official_names_the_town(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    assert names(component, text, "es") == expected


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
    # a party's initial is no word of a compound: the place is its legislator's home
    assert names(component, "Sen. Ann Lee, D-Pittsburgh, spoke.") == ["Pittsburgh"]


# --- every rule, one sentence in each language ------------------------------------------
# (rule, language, sentence, the places found in order). Sentences written for these tests.

LANGUAGES = supported_languages()
EVERY_LANGUAGE = [
    # Each language's spelling of a place names it.
    ("exonyms", "en", "Delegates from Florence and Munich met in Hanoi.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "it", "Delegati di Firenze e di Monaco di Baviera a Hanoi.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "fr", "Des délégués de Florence et de Munich à Hanoï.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "es", "Delegados de Florencia y de Múnich en Hanói.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "de", "Delegierte aus Florenz und München in Hanoi.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "vi", "Đoàn đại biểu Florence và München đến Hà Nội.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "pt", "Delegados de Florença e de Munique chegaram a Hanói.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "nl", "Afgevaardigden uit Florence en Keulen kwamen aan in Hanoi.",
     ["Florence", "Cologne", "Hanoi"]),
    ("exonyms", "sv", "Delegater från Florens och Köln anlände till Hanoi.",
     ["Florence", "Cologne", "Hanoi"]),
    ("exonyms", "tr", "Floransa ve Münih heyetleri Hanoi'de buluştu.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "id", "Delegasi dari Firenze dan Köln tiba di Hanoi.",
     ["Florence", "Cologne", "Hanoi"]),
    ("exonyms", "pl", "Delegaci z Florencji i Monachium przybyli do Hanoi.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "cs", "Delegáti z Florencie a Mnichova přijeli do Hanoje.",
         ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "hu", "A küldöttek Firenzéből és Münchenből érkeztek Hanoiba.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "ru", "Делегаты из Флоренции и Мюнхена прибыли в Ханой.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "uk", "Делегати з Флоренції та Мюнхена прибули до Ханоя.",
     ["Florence", "Munich", "Hanoi"]),
    # Chinese names inside a run of Han characters, a suffix after them ("河内市")
    ("exonyms", "zh", "来自佛罗伦萨和慕尼黑的代表团抵达河内市。",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "ja", "フィレンツェとミュンヘンの代表団がハノイ市に到着した。",
     ["Florence", "Munich", "Hanoi"]),
    # Korean names with their status word and particles glued ("하노이시에", "뮌헨의")
    ("exonyms", "ko", "피렌체와 뮌헨의 대표단이 하노이시에 도착했다.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "ro", "Delegați din Florența și Colonia au sosit la Hanoi.",
     ["Florence", "Cologne", "Hanoi"]),
    # A place name written in lower case is the ordinary word (hue, latina, orange, essen).
    ("lower-case", "en", "A nice hue of orange covered Italy.", ["Italy"]),
    ("lower-case", "it", "La lingua latina si studia ancora in Italia.", ["Italy"]),
    ("lower-case", "fr", "Une robe orange portée à Nice, en France.", ["Nice", "France"]),
    ("lower-case", "es", "La música latina suena en toda Italia.", ["Italy"]),
    ("lower-case", "de", "Wir essen heute in Deutschland zu Abend.", ["Germany"]),
    ("lower-case", "vi", "Đây là niềm vinh dự lớn của Việt Nam.", ["Vietnam"]),
    # "Vĩnh", the first syllable of many names, is no Vinh without support
    ("lower-case", "vi", "Hợp tác xã ở phường Vĩnh Trường đón khách.", []),
    ("lower-case", "pt", "A língua latina ainda se estuda na Itália.", ["Italy"]),
    ("lower-case", "nl", "De essen in Duitsland staan in bloei.", ["Germany"]),
    ("lower-case", "sv", "Det ska vara en fest på marken i Tyskland.", ["Germany"]),
    ("lower-case", "tr", "Orduya katılan gençler İtalya'ya gitti.", ["Italy"]),
    ("lower-case", "id", "Bahasa latina masih dipelajari di Italia.", ["Italy"]),
    ("lower-case", "pl", "Muzyka latina jest popularna we Włoszech.", ["Italy"]),
    ("lower-case", "cs", "Hudba latina je populární v Itálii.", ["Italy"]),
    ("lower-case", "hu", "A latina zene népszerű Olaszországban.",
     ["Italy"]),
    ("lower-case", "ru", "Язык латина до сих пор изучают в Италии.", ["Italy"]),
    ("lower-case", "uk", "Мову латина досі вивчають в Італії.", ["Italy"]),
    ("lower-case", "zh", "拉丁语至今仍在意大利教授。", ["Italy"]),
    ("lower-case", "ja", "ラテン語は今もイタリアで教えられている。", ["Italy"]),
    ("lower-case", "ko", "라틴어는 지금도 이탈리아에서 가르친다.", ["Italy"]),
    ("lower-case", "ro", "Limba latina se studiază încă în Italia.", ["Italy"]),
    # Diacritics must be those of a spelling ("Huệ" is a given name, "Duc" not "Đức").
    ("diacritics", "en", "Mr Duc and the delegation from Huế visited Italy.", ["Hue", "Italy"]),
    ("diacritics", "it", "La delegazione di Huế è arrivata in Italia.", ["Hue", "Italy"]),
    ("diacritics", "fr", "La délégation de Hué est arrivée à Hanoï.", ["Hue", "Hanoi"]),
    ("diacritics", "es", "Llegaron a Hanói y a Huế desde España.", ["Hanoi", "Hue", "Spain"]),
    ("diacritics", "de", "Delegierte aus Köln und Huế trafen sich in München.",
     ["Cologne", "Hue", "Munich"]),
    ("diacritics", "vi", "Bà Lê Thị Huệ đến thăm cố đô Huế.", ["Hue"]),
    ("diacritics", "pt", "A delegação de Huế chegou a Munique.", ["Hue", "Munich"]),
    ("diacritics", "nl", "De delegatie uit Huế kwam aan in München.", ["Hue", "Munich"]),
    ("diacritics", "sv", "Delegationen från Huế anlände till München.", ["Hue", "Munich"]),
    ("diacritics", "tr", "Huế heyeti Münih'e ulaştı.", ["Hue", "Munich"]),
    ("diacritics", "id", "Delegasi dari Huế tiba di München.", ["Hue", "Munich"]),
    ("diacritics", "pl", "Delegacja z Huế przybyła do Monachium.", ["Hue", "Munich"]),
    ("diacritics", "cs", "Delegace z Huế přijela do Mnichova.", ["Hue", "Munich"]),
    ("diacritics", "hu", "A delegáció Huế és München között utazott.",
     ["Hue", "Munich"]),
    ("diacritics", "ru", "Делегация из Huế прибыла в Мюнхен.", ["Hue", "Munich"]),
    ("diacritics", "uk", "Делегація з Huế прибула до Мюнхена.", ["Hue", "Munich"]),
    ("diacritics", "zh", "代表团从 Huế 抵达慕尼黑。", ["Hue", "Munich"]),
    ("diacritics", "ja", "代表団は Huế からミュンヘンに到着した。", ["Hue", "Munich"]),
    ("diacritics", "ko", "대표단은 Huế에서 뮌헨으로 왔다.", ["Hue", "Munich"]),
    ("diacritics", "ro", "Delegația din Huế a sosit la München.", ["Hue", "Munich"]),
    # Abbreviations count only as written; "Ý" (Italy) is written exactly so.
    ("abbreviations", "en", "Visitors from HCMC came to the US.",
     ["Ho Chi Minh City", "United States"]),
    ("abbreviations", "it", "Una delegazione di HCMC è arrivata a Torino.",
     ["Ho Chi Minh City", "Turin"]),
    ("abbreviations", "fr", "Une délégation de HCMC est arrivée à Paris.",
     ["Ho Chi Minh City", "Paris"]),
    ("abbreviations", "es", "Una delegación de HCMC llegó a Florencia.",
     ["Ho Chi Minh City", "Florence"]),
    ("abbreviations", "de", "Eine Delegation aus HCMC kam nach München.",
     ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "vi", "UBND TP.HCM tiếp đoàn Ý.", ["Ho Chi Minh City", "Italy"]),
    ("abbreviations", "pt", "Uma delegação de HCMC chegou a Lisboa.",
     ["Ho Chi Minh City", "Lisbon"]),
    ("abbreviations", "nl", "Een delegatie uit HCMC kwam naar München.",
     ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "sv", "En delegation från HCMC kom till München.",
     ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "tr", "HCMC heyeti Münih'e geldi.", ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "id", "Delegasi dari HCMC tiba di München.",
     ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "pl", "Delegacja z HCMC przybyła do Monachium.",
     ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "cs", "Delegace z HCMC přijela do Mnichova.",
         ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "hu", "A delegáció HCMC és München között utazott.",
     ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "ru", "Делегация из HCMC прибыла в Мюнхен.",
     ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "uk", "Делегація з HCMC прибула до Мюнхена.",
     ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "zh", "代表团从 HCMC 抵达慕尼黑。", ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "ja", "代表団は HCMC からミュンヘンに到着した。",
     ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "ko", "대표단은 HCMC에서 뮌헨으로 왔다.", ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "ro", "O delegație din HCMC a venit la München.",
     ["Ho Chi Minh City", "Munich"]),
    # The longest name wins over the names inside it.
    ("longest", "en", "The Ho Chi Minh City delegation flew to Rome.",
     ["Ho Chi Minh City", "Rome"]),
    ("longest", "it", "La delegazione di Monaco di Baviera è arrivata a Roma.",
     ["Munich", "Rome"]),
    ("longest", "fr", "Hô Chi Minh-Ville a accueilli l'Italie.", ["Ho Chi Minh City", "Italy"]),
    ("longest", "es", "Ciudad Ho Chi Minh recibió a Italia.", ["Ho Chi Minh City", "Italy"]),
    ("longest", "de", "Ho-Chi-Minh-Stadt empfing Italien.", ["Ho Chi Minh City", "Italy"]),
    ("longest", "vi", "Thành phố Hồ Chí Minh đón đoàn Ý.", ["Ho Chi Minh City", "Italy"]),
    ("longest", "pt", "A Cidade de Ho Chi Minh recebeu a Itália.",
     ["Ho Chi Minh City", "Italy"]),
    ("longest", "nl", "Ho Chi Minhstad ontving Italië.", ["Ho Chi Minh City", "Italy"]),
    ("longest", "sv", "Ho Chi Minh City tog emot Italien.", ["Ho Chi Minh City", "Italy"]),
    ("longest", "tr", "Ho Chi Minh City heyeti İtalya'yı ziyaret etti.",
     ["Ho Chi Minh City", "Italy"]),
    ("longest", "id", "Delegasi Ho Chi Minh City tiba di Roma.", ["Ho Chi Minh City", "Rome"]),
    ("longest", "pl", "Ho Chi Minh City przyjęło delegację z Włoch.",
     ["Ho Chi Minh City", "Italy"]),
    ("longest", "cs", "Ho Chi Minh City přijalo delegaci z Itálie.",
         ["Ho Chi Minh City", "Italy"]),
    ("longest", "hu", "Ho Chi Minh City delegációt fogadott Olaszországból.",
     ["Ho Chi Minh City", "Italy"]),
    ("longest", "ru", "Ho Chi Minh City приняла делегацию из Италии.",
     ["Ho Chi Minh City", "Italy"]),
    ("longest", "uk", "Ho Chi Minh City прийняло делегацію з Італії.",
     ["Ho Chi Minh City", "Italy"]),
    ("longest", "zh", "Ho Chi Minh City 接待了来自意大利的代表团。", ["Ho Chi Minh City", "Italy"]),
    ("longest", "ja", "Ho Chi Minh City はイタリアの代表団を迎えた。",
     ["Ho Chi Minh City", "Italy"]),
    ("longest", "ko", "Ho Chi Minh City는 이탈리아 대표단을 맞았다.",
     ["Ho Chi Minh City", "Italy"]),
    ("longest", "ro", "Ho Chi Minh City a primit o delegație din Italia.",
     ["Ho Chi Minh City", "Italy"]),
    # After a title, a place name is a person's.
    ("title", "en", "Mayor Fontana visited Rome.", ["Rome"]),
    ("title", "it", "Il sindaco Fontana ha visitato Roma.", ["Rome"]),
    ("title", "fr", "Le maire Fontana a visité Paris.", ["Paris"]),
    ("title", "es", "El alcalde Fontana visitó Roma.", ["Rome"]),
    ("title", "de", "Bürgermeister Fontana besuchte München.", ["Munich"]),
    ("title", "vi", "Chủ tịch Hồ Chí Minh thăm Pháp.", ["France"]),
    ("title", "pt", "O prefeito Fontana visitou Roma.", ["Rome"]),
    ("title", "nl", "Burgemeester Fontana bezocht Rome.", ["Rome"]),
    ("title", "sv", "Borgmästare Fontana besökte Rom.", ["Rome"]),
    ("title", "tr", "Belediye Başkanı Fontana, Roma'yı ziyaret etti.", ["Rome"]),
    ("title", "id", "Presiden Fontana mengunjungi Roma.", ["Rome"]),
    # Polish writes an office before the place it serves ("burmistrz Monachium"): after a
    # word of address, not after an office, a name is a person's.
    ("title", "pl", "Pan Fontana odwiedził Rzym.", ["Rome"]),
    ("title", "cs", "Pan Fontana navštívil Řím.", ["Rome"]),
    ("title", "hu", "Fontana úr Rómába látogatott.",
     ["Rome"]),
    ("title", "ru", "Господин Фонтана посетил Рим.", ["Rome"]),
    ("title", "uk", "Пан Фонтана відвідав Рим.", ["Rome"]),
    ("title", "zh", "丰塔纳先生访问了罗马。", ["Rome"]),
    ("title", "ja", "フォンタナ氏はローマを訪れた。", ["Rome"]),
    ("title", "ko", "폰타나 시장은 로마를 방문했다.", ["Rome"]),
    ("title", "ro", "Primarul Fontana a vizitat Roma.", ["Rome"]),
    # After a given name (or a Vietnamese middle name), a place name is a surname.
    ("surname", "en", "Mark Fontana met the delegation in Italy.", ["Italy"]),
    ("surname", "it", "Lorenzo Fontana ha incontrato la delegazione in Italia.", ["Italy"]),
    ("surname", "fr", "Pierre Fontana a reçu la délégation en France.", ["France"]),
    ("surname", "es", "Carlos Fontana recibió a la delegación en España.", ["Spain"]),
    ("surname", "de", "Stefan Fontana empfing die Delegation in Deutschland.", ["Germany"]),
    ("surname", "vi", "Ông Nguyễn Văn Vinh phát biểu tại Hà Nội.", ["Hanoi"]),
    ("surname", "pt", "João Fontana recebeu a delegação em Portugal.", ["Portugal"]),
    ("surname", "nl", "Jan Fontana ontving de delegatie in Italië.", ["Italy"]),
    ("surname", "sv", "Jan Fontana tog emot delegationen i Italien.", ["Italy"]),
    ("surname", "tr", "Mehmet Fontana, konukları İtalya'da ağırladı.", ["Italy"]),
    ("surname", "id", "Budi Fontana menerima delegasi di Italia.", ["Italy"]),
    ("surname", "pl", "Jan Fontana przyjął delegację we Włoszech.", ["Italy"]),
    ("surname", "cs", "Jan Fontana přijal delegaci v Itálii.", ["Italy"]),
    ("surname", "hu", "Fontana László Olaszországban fogadta a küldöttséget.",
     ["Italy"]),
    ("surname", "ru", "Андрей Фонтана принял делегацию в Италии.", ["Italy"]),
    ("surname", "uk", "Андрій Фонтана прийняв делегацію в Італії.", ["Italy"]),
    ("surname", "zh", "安德烈·丰塔纳在意大利接待了代表团。", ["Italy"]),
    ("surname", "ja", "アンドレア・フォンタナ氏がイタリアで代表団を迎えた。", ["Italy"]),
    ("surname", "ko", "안드레아 폰타나는 이탈리아에서 대표단을 맞았다.", ["Italy"]),
    ("surname", "ro", "Andrei Fontana a primit delegația în Italia.", ["Italy"]),
    # A place name that is a given name, followed by a surname, is a person.
    ("given-name", "en", "Florence Nightingale nursed soldiers far from Italy.", ["Italy"]),
    ("given-name", "it", "Sofia Goggia ha vinto in Italia.", ["Italy"]),
    ("given-name", "it", "La consigliera Maria Teresa Scalise è nata in Argentina.",
     ["Argentina"]),
    ("given-name", "fr", "Florence Arthaud est partie de France.", ["France"]),
    ("given-name", "es", "Sofía Vergara visitó España.", ["Spain"]),
    ("given-name", "de", "Paris Hilton besuchte Deutschland.", ["Germany"]),
    ("given-name", "vi", "Paris Hilton đến thăm Việt Nam.", ["Vietnam"]),
    ("given-name", "pt", "Sofia Andrade visitou Portugal.", ["Portugal"]),
    ("given-name", "en", "The mayor of Florence, Jos Wienen, visited Italy.",
     ["Florence", "Italy"]),
    ("given-name", "nl", "Paris Hilton bezocht Duitsland.", ["Germany"]),
    ("given-name", "sv", "Paris Hilton besökte Tyskland.", ["Germany"]),
    ("given-name", "tr", "Paris Hilton Almanya'yı ziyaret etti.", ["Germany"]),
    ("given-name", "id", "Paris Hilton mengunjungi Jerman.", ["Germany"]),
    ("given-name", "pl", "Paris Hilton odwiedziła Niemcy.", ["Germany"]),
    ("given-name", "cs", "Paris Hilton navštívila Německo.", ["Germany"]),
    ("given-name", "hu", "Paris Hilton Németországba látogatott.",
     ["Germany"]),
    ("given-name", "ru", "Paris Hilton посетила Германию.", ["Germany"]),
    ("given-name", "uk", "Paris Hilton відвідала Німеччину.", ["Germany"]),
    ("given-name", "zh", "Paris Hilton 访问了德国。", ["Germany"]),
    ("given-name", "ja", "Paris Hilton がドイツを訪れた。", ["Germany"]),
    ("given-name", "ko", "Paris Hilton은 독일을 방문했다.", ["Germany"]),
    ("given-name", "ro", "Paris Hilton a vizitat Germania.", ["Germany"]),
    # A Vietnamese surname written with its marks and followed by a capitalised word is a
    # person's, even after a town's wrapper ("Tran" is a town of the Philippines).
    ("given-name", "vi", "Chủ tịch UBND thành phố Trần Quang Vinh thăm Hà Nội.", ["Hanoi"]),
    # A common word opening a sentence is no place without support.
    ("sentence-start", "en", "Nice words were said about Italy.", ["Italy"]),
    ("sentence-start", "it", "Latina e greca sono lingue antiche.", []),
    ("sentence-start", "fr", "Orange a présenté ses résultats.", []),
    ("sentence-start", "es", "Como siempre, la fiesta fue en España.", ["Spain"]),
    ("sentence-start", "de", "Essen ist fertig.", []),
    ("sentence-start", "vi", "Vinh dự lớn cho chúng tôi.", []),
    ("sentence-start", "pt", "Latina e grega são línguas antigas.", []),
    ("sentence-start", "nl", "Latina en Grieks zijn oude talen.", []),
    ("sentence-start", "sv", "Latina och grekiska är gamla språk.", []),
    ("sentence-start", "tr", "Ordu ve donanma tatbikata katıldı.", []),
    ("sentence-start", "id", "Latina adalah bahasa kuno.", []),
    ("sentence-start", "pl", "Latina i greka to stare języki.", []),
    ("sentence-start", "cs", "Latina a řečtina jsou staré jazyky.", []),
    ("sentence-start", "hu", "Latina zenét játszott a zenekar.",
     []),
    ("sentence-start", "ru", "Латина и греческий – древние языки.", []),
    ("sentence-start", "uk", "Латина і грецька – давні мови.", []),
    ("sentence-start", "zh", "拉丁语和希腊语都是古老的语言。", []),
    ("sentence-start", "ja", "ラテン語とギリシャ語は古い言語だ。", []),
    ("sentence-start", "ko", "라틴어와 그리스어는 오래된 언어다.", []),
    ("sentence-start", "ro", "Latina și greaca sunt limbi vechi.", []),
    # A town's name in capitals before a dash (a full stop in German) opening a line is
    # where the story is filed from: a place, and so is the same name at a sentence start.
    ("dateline", "en", "RASTATT – Rastatt has a new twin town.", ["Rastatt"]),
    ("dateline", "it", "RASTATT – Rastatt ha una nuova città gemella.", ["Rastatt"]),
    ("dateline", "fr", "RASTATT – Rastatt a une nouvelle ville jumelle.", ["Rastatt"]),
    ("dateline", "es", "RASTATT – Rastatt tiene una nueva ciudad hermana.", ["Rastatt"]),
    ("dateline", "de", "RASTATT. Rastatt hat eine neue Partnerstadt.", ["Rastatt"]),
    ("dateline", "vi", "RASTATT – Rastatt có thành phố kết nghĩa mới.", ["Rastatt"]),
    ("dateline", "pt", "RASTATT – Rastatt tem uma nova cidade-irmã.", ["Rastatt"]),
    ("dateline", "nl", "RASTATT – Rastatt heeft een nieuwe zusterstad.", ["Rastatt"]),
    ("dateline", "sv", "RASTATT – Rastatt har fått en ny vänort.", ["Rastatt"]),
    ("dateline", "tr", "RASTATT (AA) - Rastatt'ın yeni bir kardeş şehri var.", ["Rastatt"]),
    ("dateline", "id", "RASTATT – Rastatt memiliki kota kembar baru.", ["Rastatt"]),
    ("dateline", "pl", "RASTATT – Rastatt ma nowe miasto partnerskie.", ["Rastatt"]),
    ("dateline", "cs", "RASTATT – Rastatt má nové partnerské město.", ["Rastatt"]),
    ("dateline", "hu", "RASTATT – Rastattnak új testvérvárosa van.",
     ["Rastatt"]),
    ("dateline", "ru", "РАШТАТТ – У Раштатта появился новый город-побратим.", ["Rastatt"]),
    ("dateline", "uk", "РАШТАТТ – У Раштатта з'явилося нове місто-побратим.", ["Rastatt"]),
    ("dateline", "zh", "RASTATT – 拉施塔特有了新的友好城市。", ["Rastatt"]),
    ("dateline", "ja", "RASTATT – ラシュタットに新しい姉妹都市ができた。", ["Rastatt"]),
    ("dateline", "ko", "RASTATT – 라슈타트시에 새 자매도시가 생겼다.", ["Rastatt"]),
    ("dateline", "ro", "RASTATT – Rastatt are un nou oraș înfrățit.", ["Rastatt"]),
    # A common word counts with its country named and local support.
    ("supported", "en", "The mayor of Nice, France, came to Hanoi.", ["Nice", "France", "Hanoi"]),
    ("supported", "it", "Il comune di Latina, in Italia, ha firmato.", ["Latina", "Italy"]),
    ("supported", "fr", "Une robe orange portée à Nice, en France.", ["Nice", "France"]),
    ("supported", "es", "La ciudad de Latina, en Italia, firmó el acuerdo.", ["Latina", "Italy"]),
    ("supported", "de", "Die Stadt Essen in Deutschland hat unterzeichnet.", ["Essen", "Germany"]),
    ("supported", "vi", "Thành phố Vinh, Việt Nam, ký kết hợp tác.", ["Vinh", "Vietnam"]),
    ("supported", "pt", "A cidade de Latina, na Itália, assinou o acordo.", ["Latina", "Italy"]),
    ("supported", "nl", "De stad Latina, in Italië, tekende het akkoord.", ["Latina", "Italy"]),
    ("supported", "sv", "Staden Latina, i Italien, undertecknade avtalet.", ["Latina", "Italy"]),
    ("supported", "tr", "İtalya'nın Latina kenti anlaşmayı imzaladı.", ["Italy", "Latina"]),
    ("supported", "id", "Kota Latina, di Italia, menandatangani perjanjian.", ["Latina", "Italy"]),
    ("supported", "pl", "Miasto Latina we Włoszech podpisało porozumienie.",
     ["Latina", "Italy"]),
    ("supported", "cs", "Město Latina v Itálii podepsalo dohodu.",
         ["Latina", "Italy"]),
    ("supported", "hu", "Latina város Olaszországban megállapodást írt alá.",
     ["Latina", "Italy"]),
    ("supported", "ru", "Город Латина в Италии подписал соглашение.", ["Latina", "Italy"]),
    ("supported", "uk", "Місто Латина в Італії підписало угоду.", ["Latina", "Italy"]),
    ("supported", "zh", "意大利拉蒂纳市签署了协议。", ["Italy", "Latina"]),
    ("supported", "ja", "イタリアのラティーナ市が協定に署名した。", ["Italy", "Latina"]),
    ("supported", "ko", "이탈리아 라티나시가 협약에 서명했다.", ["Italy", "Latina"]),
    ("supported", "ro", "Orașul Latina, din Italia, a semnat acordul.", ["Latina", "Italy"]),
    # An administrative word chooses between the province and the city.
    ("wrapper", "en", "The province of Latina borders the city of Latina, Italy.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "it", "La provincia di Latina e il comune di Latina, in Italia.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "it", "Il consiglio comunale di Latina, in Italia, ha votato.",
     ["Latina", "Italy"]),
    # a governor's place is a region
    ("wrapper", "en", "The Governor of Latina met the mayor of Latina, Italy.",
     ["Province of Latina", "Latina", "Italy"]),
    # a province's government after its name (Philippine and Thai press)
    ("wrapper", "en", "The Latina Provincial Government and the city of Latina, Italy.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "it", "Il gemellaggio con Rastatt compie trent'anni.", ["Rastatt"]),
    ("wrapper", "it", "Lo Stato brasiliano di São Paulo e la città di São Paulo.",
     ["São Paulo State", "São Paulo"]),
    ("wrapper", "en", "The town has been twinned with Rastatt since 1994.", ["Rastatt"]),
    ("wrapper", "fr", "La province de Latina et la ville de Latina, en Italie.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "es", "La provincia de Latina y la ciudad de Latina, en Italia.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "de", "Die Provinz Latina und die Stadt Latina in Italien.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "vi", "Tỉnh Latina và thành phố Latina của Ý.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "pt", "A província de Latina e a cidade de Latina, na Itália.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "pt", "O estado de São Paulo e a cidade de São Paulo, no Brasil.",
     ["São Paulo State", "São Paulo", "Brazil"]),
    ("wrapper", "pt", "O distrito de Braga e o município de Braga, em Portugal.",
     ["Braga District", "Braga", "Portugal"]),
    ("wrapper", "nl", "De provincie Latina en de stad Latina in Italië.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "sv", "Provinsen Latina och staden Latina i Italien.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "tr", "İtalya'daki Latina ili ve Latina kenti.",
     ["Italy", "Province of Latina", "Latina"]),
    ("wrapper", "id", "Provinsi Latina dan Kota Latina di Italia.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "pl", "Prowincja Latina i miasto Latina we Włoszech.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "cs", "Provincie Latina a město Latina v Itálii.",
         ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "hu", "Latina megye és Latina város Olaszországban.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "ru", "Провинция Латина и город Латина в Италии.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "uk", "Провінція Латина і місто Латина в Італії.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "zh", "拉蒂纳省和意大利拉蒂纳市。", ["Province of Latina", "Italy", "Latina"]),
    ("wrapper", "ja", "ラティーナ県とイタリアのラティーナ市。",
     ["Province of Latina", "Italy", "Latina"]),
    ("wrapper", "ko", "라티나주와 이탈리아 라티나시.", ["Province of Latina", "Italy", "Latina"]),
    ("wrapper", "ro", "Provincia Latina și orașul Latina din Italia.",
     ["Province of Latina", "Latina", "Italy"]),
    # A place inside an organisation's name is a mention of it.
    ("organisation", "en", "A meeting at the University of Stuttgart, Germany.",
     ["Stuttgart", "Germany"]),
    ("organisation", "it", "Un incontro all'Università di Stoccarda, in Germania.",
     ["Stuttgart", "Germany"]),
    ("organisation", "fr", "Une réunion à l'Université de Stuttgart, en Allemagne.",
     ["Stuttgart", "Germany"]),
    ("organisation", "es", "Una reunión en la Universidad de Stuttgart, en Alemania.",
     ["Stuttgart", "Germany"]),
    ("organisation", "de", "Ein Treffen an der Universität Stuttgart in Deutschland.",
     ["Stuttgart", "Germany"]),
    ("organisation", "vi", "Cuộc họp tại Đại học Stuttgart, Đức.", ["Stuttgart", "Germany"]),
    ("organisation", "pt", "Uma reunião na Universidade de Stuttgart, na Alemanha.",
     ["Stuttgart", "Germany"]),
    ("organisation", "nl", "Een bijeenkomst aan de Universiteit Stuttgart in Duitsland.",
     ["Stuttgart", "Germany"]),
    ("organisation", "sv", "Ett möte vid Universitetet i Stuttgart i Tyskland.",
     ["Stuttgart", "Germany"]),
    ("organisation", "tr", "Almanya'daki Stuttgart Üniversitesi'nde bir toplantı.",
     ["Germany", "Stuttgart"]),
    ("organisation", "id", "Pertemuan di Universitas Stuttgart, Jerman.",
     ["Stuttgart", "Germany"]),
    ("organisation", "pl", "Spotkanie na Uniwersytecie Stuttgart w Niemczech.",
     ["Stuttgart", "Germany"]),
    ("organisation", "cs", "Setkání na Univerzitě Stuttgart v Německu.",
         ["Stuttgart", "Germany"]),
    ("organisation", "hu", "Találkozó a Stuttgarti Egyetemen Németországban.",
     ["Germany"]),
    ("organisation", "ru", "Встреча прошла в Университете Штутгарта в Германии.",
     ["Stuttgart", "Germany"]),
    ("organisation", "uk", "Зустріч відбулася в Університеті Штутгарта в Німеччині.",
     ["Stuttgart", "Germany"]),
    ("organisation", "zh", "会议在德国的一所大学举行。", ["Germany"]),
    ("organisation", "ja", "会議はドイツの大学で開かれた。", ["Germany"]),
    ("organisation", "ko", "회의는 독일의 한 대학에서 열렸다.", ["Germany"]),
    ("organisation", "ro", "O întâlnire la Universitatea Stuttgart din Germania.",
     ["Stuttgart", "Germany"]),
    # GeoNames writes Đà Lạt with U+00D0 (Ð); texts with U+0110 (Đ) or without accents match.
    ("eth", "en", "Delegates from Đà Lạt and Da Lat's twin met.", ["Da Lat"]),
    ("eth", "it", "Delegati di Đà Lạt e di Hanoi.", ["Da Lat", "Hanoi"]),
    ("eth", "fr", "Des délégués de Đà Lạt et de Hanoï.", ["Da Lat", "Hanoi"]),
    ("eth", "es", "Delegados de Đà Lạt y de Hanói.", ["Da Lat", "Hanoi"]),
    ("eth", "de", "Delegierte aus Đà Lạt und Hanoi.", ["Da Lat", "Hanoi"]),
    ("eth", "vi", "Đoàn đại biểu tỉnh Lâm Đồng thăm Đà Lạt.", ["Lam Dong", "Da Lat"]),
    ("eth", "pt", "Delegados de Đà Lạt e de Hanói.", ["Da Lat", "Hanoi"]),
    ("eth", "nl", "Afgevaardigden uit Đà Lạt en Hanoi.", ["Da Lat", "Hanoi"]),
    ("eth", "sv", "Delegater från Đà Lạt och Hanoi.", ["Da Lat", "Hanoi"]),
    ("eth", "tr", "Đà Lạt ve Hanoi heyetleri.", ["Da Lat", "Hanoi"]),
    ("eth", "id", "Delegasi dari Đà Lạt dan Hanoi.", ["Da Lat", "Hanoi"]),
    ("eth", "pl", "Delegaci z Đà Lạt i Hanoi.", ["Da Lat", "Hanoi"]),
    ("eth", "cs", "Delegáti z Đà Lạt a Hanoje.", ["Da Lat", "Hanoi"]),
    ("eth", "hu", "Đà Lạt és Hanoi küldöttei megérkeztek.",
     ["Da Lat", "Hanoi"]),
    ("eth", "ru", "Делегаты из Đà Lạt и Hanoi.", ["Da Lat", "Hanoi"]),
    ("eth", "uk", "Делегати з Đà Lạt і Hanoi.", ["Da Lat", "Hanoi"]),
    ("eth", "zh", "来自 Đà Lạt 和 Hanoi 的代表。", ["Da Lat", "Hanoi"]),
    ("eth", "ja", "Đà Lạt と Hanoi からの代表。", ["Da Lat", "Hanoi"]),
    ("eth", "ko", "Đà Lạt와 Hanoi에서 온 대표들.", ["Da Lat", "Hanoi"]),
    ("eth", "ro", "Delegați din Đà Lạt și Hanoi.", ["Da Lat", "Hanoi"]),
    # A name glued by a hyphen to an unknown word is part of another name.
    ("compound", "en", "The Rems-Stuttgart district sent envoys to Germany.", ["Germany"]),
    ("compound", "it", "Incontro con il distretto di Rems-Stuttgart in Germania.", ["Germany"]),
    ("compound", "fr", "Rencontre avec le district de Rems-Stuttgart en Allemagne.", ["Germany"]),
    ("compound", "es", "Encuentro con el distrito de Rems-Stuttgart en Alemania.", ["Germany"]),
    ("compound", "de", "Treffen mit dem Landkreis Rems-Stuttgart in Deutschland.", ["Germany"]),
    ("compound", "vi", "Đoàn đại biểu của Rems-Stuttgart đến thăm Đức tuần này.", ["Germany"]),
    ("compound", "pt", "Encontro com o distrito de Rems-Stuttgart na Alemanha.", ["Germany"]),
    ("compound", "nl", "Overleg met het district Rems-Stuttgart in Duitsland.", ["Germany"]),
    ("compound", "sv", "Samtal med distriktet Rems-Stuttgart i Tyskland.", ["Germany"]),
    ("compound", "tr", "Almanya'daki Rems-Stuttgart ilçesiyle görüşme.", ["Germany"]),
    ("compound", "id", "Pertemuan dengan distrik Rems-Stuttgart di Jerman.", ["Germany"]),
    ("compound", "pl", "Spotkanie z powiatem Rems-Stuttgart w Niemczech.", ["Germany"]),
    ("compound", "cs", "Setkání s okresem Rems-Stuttgart v Německu.", ["Germany"]),
    ("compound", "hu", "Találkozó a Rems-Stuttgart járással Németországban.",
     ["Germany"]),
    ("compound", "ru", "Переговоры с районом Ремс-Штутгарт в Германии.", ["Germany"]),
    ("compound", "uk", "Переговори з районом Ремс-Штутгарт у Німеччині.", ["Germany"]),
    ("compound", "zh", "与德国 Rems-Stuttgart 地区的会谈。", ["Germany"]),
    ("compound", "ja", "ドイツの Rems-Stuttgart 地区との会談。", ["Germany"]),
    ("compound", "ko", "독일 Rems-Stuttgart 지역과의 회담.", ["Germany"]),
    ("compound", "ro", "Discuții cu districtul Rems-Stuttgart din Germania.", ["Germany"]),
    # Word boundaries are Unicode letters: "Roma" is not in "Romaña" or "Romano".
    ("boundaries", "en", "Romans and Romanians visited Rome.", ["Rome"]),
    ("boundaries", "it", "Romano e i romani visitano Roma.", ["Rome"]),
    ("boundaries", "fr", "Les Romains de Romorantin visitent Rome.", ["Rome"]),
    ("boundaries", "es", "Los romanos de Romaña visitaron Roma.", ["Rome"]),
    ("boundaries", "de", "Die Romanshorner besuchten Rom.", ["Rome"]),
    ("boundaries", "vi", "Đoàn Romano thăm Roma.", ["Rome"]),
    ("boundaries", "pt", "Os romanos e o Romano visitaram Roma.", ["Rome"]),
    ("boundaries", "nl", "De Romeinen en Romano bezochten Rome.", ["Rome"]),
    ("boundaries", "sv", "Romarna och Romano besökte Rom.", ["Rome"]),
    ("boundaries", "tr", "Romalılar ve Romano Roma'yı ziyaret etti.", ["Rome"]),
    ("boundaries", "id", "Orang Romawi dan Romano mengunjungi Roma.", ["Rome"]),
    ("boundaries", "pl", "Rzymianie i Romano odwiedzili Rzym.", ["Rome"]),
    ("boundaries", "cs", "Římané a Romano navštívili Řím.", ["Rome"]),
    ("boundaries", "hu", "A rómaiak és Romano Rómába látogattak.",
     ["Rome"]),
    ("boundaries", "ru", "Римляне и Романо посетили Рим.", ["Rome"]),
    ("boundaries", "uk", "Римляни і Романо відвідали Рим.", ["Rome"]),
    ("boundaries", "zh", "罗马人访问了罗马。", ["Rome"]),
    ("boundaries", "ja", "ハノイダ社の社長がローマを訪れた。", ["Rome"]),
    # a name glued to what is no particle is no name ("로마인", Romans)
    ("boundaries", "ko", "로마인들이 로마를 방문했다.", ["Rome"]),
    ("boundaries", "ro", "Romanii și Romano au vizitat Roma.", ["Rome"]),
    # One sense per discourse: a bare "Washington" is the DC named before.
    ("one-sense", "en", "The mayor of Washington DC said Washington has much to learn.",
     ["Washington, D.C."]),
    ("one-sense", "it", "Il sindaco di Washington DC ha detto che Washington ha da imparare.",
     ["Washington, D.C."]),
    ("one-sense", "fr", "Le maire de Washington DC a dit que Washington doit apprendre.",
     ["Washington, D.C."]),
    ("one-sense", "es", "El alcalde de Washington DC dijo que Washington debe aprender.",
     ["Washington, D.C."]),
    ("one-sense", "de", "Der Bürgermeister von Washington DC sagte, Washington müsse lernen.",
     ["Washington, D.C."]),
    ("one-sense", "vi", "Thị trưởng Washington DC nói Washington còn phải học nhiều.",
     ["Washington, D.C."]),
    ("one-sense", "pt", "O prefeito de Washington DC disse que Washington tem muito a aprender.",
     ["Washington, D.C."]),
    ("one-sense", "nl", "De burgemeester van Washington DC zei dat Washington veel moet leren.",
     ["Washington, D.C."]),
    ("one-sense", "sv", "Borgmästaren i Washington DC sa att Washington har mycket att lära.",
     ["Washington, D.C."]),
    ("one-sense", "tr", "Washington DC Belediye Başkanı, Washington'ın çok şey öğreneceğini "
     "söyledi.", ["Washington, D.C."]),
    ("one-sense", "id", "Wali Kota Washington DC mengatakan Washington harus banyak belajar.",
     ["Washington, D.C."]),
    ("one-sense", "pl", "Burmistrz Washington DC powiedział, że Washington wiele się "
     "nauczy.", ["Washington, D.C."]),
    ("one-sense", "cs", "Starosta Washington DC řekl, že se Washington hodně "
         "naučí.", ["Washington, D.C."]),
    ("one-sense", "hu", "Washington DC polgármestere szerint Washington sokat fog tanulni.",
     ["Washington, D.C."]),
    ("one-sense", "ru", "Мэр Washington DC сказал, что Washington многому научится.",
     ["Washington, D.C."]),
    ("one-sense", "uk", "Мер Washington DC сказав, що Washington багато чого навчиться.",
     ["Washington, D.C."]),
    ("one-sense", "zh", "Washington DC 市长说，Washington 有很多东西要学。", ["Washington, D.C."]),
    ("one-sense", "ja", "Washington DC の市長は、Washington には学ぶことが多いと話した。",
     ["Washington, D.C."]),
    ("one-sense", "ko", "Washington DC 시장은 Washington이 배울 것이 많다고 말했다.",
     ["Washington, D.C."]),
    ("one-sense", "ro", "Primarul din Washington DC a spus că Washington are multe de învățat.",
     ["Washington, D.C."]),
    # A surname is dropped everywhere in the text, not only after the given name.
    ("surname-everywhere", "en", "Mayor Attilio Fontana met them. Fontana spoke of Italy.",
     ["Italy"]),
    ("surname-everywhere", "it", "Il presidente Attilio Fontana li ha ricevuti. Fontana ama "
     "l'Italia.", ["Italy"]),
    ("surname-everywhere", "fr", "Le président Attilio Fontana les a reçus. Fontana a parlé de "
     "la France.", ["France"]),
    ("surname-everywhere", "es", "El presidente Attilio Fontana los recibió. Fontana habló de "
     "España.", ["Spain"]),
    ("surname-everywhere", "de", "Präsident Attilio Fontana empfing sie. Fontana sprach über "
     "Deutschland.", ["Germany"]),
    ("surname-everywhere", "vi", "Chủ tịch Attilio Fontana tiếp đoàn. Fontana nói về Việt Nam.",
     ["Vietnam"]),
    ("surname-everywhere", "pt", "O presidente Attilio Fontana recebeu-os. Fontana falou de "
     "Portugal.", ["Portugal"]),
    ("surname-everywhere", "nl", "President Attilio Fontana ontving hen. Fontana sprak over "
     "Italië.", ["Italy"]),
    ("surname-everywhere", "sv", "Presidenten Attilio Fontana tog emot dem. Fontana talade "
     "om Italien.", ["Italy"]),
    ("surname-everywhere", "tr", "Başkan Attilio Fontana onları ağırladı. Fontana İtalya'dan "
     "söz etti.", ["Italy"]),
    ("surname-everywhere", "id", "Presiden Attilio Fontana menerima mereka. Fontana berbicara "
     "tentang Italia.", ["Italy"]),
    ("surname-everywhere", "pl", "Prezydent Attilio Fontana ich przyjął. Fontana mówił o "
     "Włoszech.", ["Italy"]),
    ("surname-everywhere", "cs", "Primátor Attilio Fontana je přijal. Fontana "
         "mluvil o Itálii.", ["Italy"]),
    ("surname-everywhere", "hu", "Attilio Fontana polgármester fogadta őket. Fontana "
     "Olaszországról beszélt.", ["Italy"]),
    ("surname-everywhere", "ru", "Их принял господин Фонтана. Фонтана говорил об Италии.",
     ["Italy"]),
    ("surname-everywhere", "uk", "Їх прийняв пан Фонтана. Фонтана говорив про Італію.",
     ["Italy"]),
    ("surname-everywhere", "zh", "丰塔纳先生接待了他们。丰塔纳谈到了意大利。", ["Italy"]),
    ("surname-everywhere", "ja", "フォンタナ氏が彼らを迎えた。フォンタナはイタリアについて話した。",
     ["Italy"]),
    ("surname-everywhere", "ko", "폰타나 씨가 그들을 맞았다. 폰타나는 이탈리아에 대해 말했다.",
     ["Italy"]),
    ("surname-everywhere", "ro", "Președintele Attilio Fontana i-a primit. Fontana a vorbit "
     "despre Italia.", ["Italy"]),
    # Greek: names in the Greek script and their case endings ("της Φλωρεντίας", "του
    # Μονάχου", "στη Ρώμη")
    ("exonyms", "el", "Αντιπρόσωποι της Φλωρεντίας και του Μονάχου έφτασαν στη Ρώμη.",
     ["Florence", "Munich", "Rome"]),
    ("lower-case", "el", "Η γλώσσα λατίνα διδάσκεται ακόμη στην Ιταλία.", ["Italy"]),
    ("diacritics", "el", "Η αντιπροσωπεία από το Huế έφτασε στο Μόναχο.", ["Hue", "Munich"]),
    ("abbreviations", "el", "Η αντιπροσωπεία από την HCMC έφτασε στο Μόναχο.",
     ["Ho Chi Minh City", "Munich"]),
    ("longest", "el", "Η Ho Chi Minh City υποδέχθηκε αντιπροσωπεία από την Ιταλία.",
     ["Ho Chi Minh City", "Italy"]),
    ("title", "el", "Ο κ. Φοντάνα επισκέφθηκε τη Ρώμη.", ["Rome"]),
    ("surname", "el", "Ο Ανδρέας Φοντάνα υποδέχθηκε την αντιπροσωπεία στην Ιταλία.", ["Italy"]),
    ("given-name", "el", "Η ηθοποιός Paris Hilton επισκέφθηκε τη Γερμανία.", ["Germany"]),
    ("sentence-start", "el", "Λατίνα και αρχαία ελληνικά είναι αρχαίες γλώσσες.", []),
    ("dateline", "el", "RASTATT – Το Rastatt απέκτησε νέα αδελφή πόλη.", ["Rastatt"]),
    ("supported", "el", "Η πόλη Λατίνα στην Ιταλία υπέγραψε συμφωνία.", ["Latina", "Italy"]),
    ("wrapper", "el", "Η επαρχία Λατίνα και η πόλη Λατίνα στην Ιταλία.",
     ["Province of Latina", "Latina", "Italy"]),
    ("organisation", "el", "Η συνάντηση έγινε στο Πανεπιστήμιο της Στουτγκάρδης στη Γερμανία.",
     ["Stuttgart", "Germany"]),
    ("eth", "el", "Αντιπρόσωποι από Đà Lạt και Hanoi.", ["Da Lat", "Hanoi"]),
    ("compound", "el", "Συνομιλίες με την περιοχή Rems-Stuttgart στη Γερμανία.", ["Germany"]),
    ("boundaries", "el", "Οι Ρωμαίοι και ο Ρωμανός επισκέφθηκαν τη Ρώμη.", ["Rome"]),
    ("one-sense", "el", "Ο δήμαρχος της Washington DC είπε ότι η Washington έχει πολλά να "
     "μάθει.", ["Washington, D.C."]),
    ("surname-everywhere", "el", "Τους υποδέχθηκε ο κ. Φοντάνα. Ο Φοντάνα μίλησε για την "
     "Ιταλία.", ["Italy"]),
    # Arabic: no capitals; a conjunction or a preposition glued before a name ("وميونخ",
    # "بإيطاليا")
    ("exonyms", "ar", "وصل مندوبون من فلورنسا وميونخ إلى هانوي.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "hr", "Izaslanici iz Firence i Münchena stigli su u Hanoi.",
     ["Florence", "Munich", "Hanoi"]),
    ("lower-case", "ar", "لا تزال اللغة اللاتينية تدرس بإيطاليا.", ["Italy"]),
    ("lower-case", "hr", "Glazba latina popularna je u Italiji.", ["Italy"]),
    ("diacritics", "ar", "وصل الوفد من Huế إلى ميونخ.", ["Hue", "Munich"]),
    ("diacritics", "hr", "Izaslanstvo iz Huế stiglo je u München.", ["Hue", "Munich"]),
    ("abbreviations", "ar", "وصل الوفد من HCMC إلى ميونخ.", ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "hr", "Izaslanstvo iz HCMC stiglo je u München.",
     ["Ho Chi Minh City", "Munich"]),
    ("longest", "ar", "استقبلت Ho Chi Minh City وفدا من إيطاليا.",
     ["Ho Chi Minh City", "Italy"]),
    ("longest", "hr", "Ho Chi Minh City primio je izaslanstvo iz Italije.",
     ["Ho Chi Minh City", "Italy"]),
    ("title", "ar", "زار السيد فونتانا روما.", ["Rome"]),
    ("title", "hr", "Gospodin Fontana posjetio je Rim.", ["Rome"]),
    ("surname", "ar", "استقبل أندريا فونتانا الوفد في إيطاليا.", ["Italy"]),
    # every given name of people.toml [uncased_given_names] (one list, the actors' too)
    ("surname", "ar", "استقبل كيفن فونتانا الوفد في إيطاليا.", ["Italy"]),
    ("surname", "hr", "Jan Fontana primio je izaslanstvo u Italiji.", ["Italy"]),
    ("given-name", "ar", "زارت الممثلة Paris Hilton ألمانيا.", ["Germany"]),
    ("given-name", "hr", "Paris Hilton posjetila je Njemačku.", ["Germany"]),
    ("sentence-start", "ar", "اللاتينية واليونانية لغتان قديمتان.", []),
    ("sentence-start", "hr", "Latina i grčki su stari jezici.", []),
    ("dateline", "ar", "RASTATT – أصبحت لمدينة Rastatt مدينة توأم جديدة.", ["Rastatt"]),
    ("dateline", "hr", "RASTATT – Rastatt ima novi grad prijatelj.", ["Rastatt"]),
    ("supported", "ar", "وقعت مدينة لاتينا في إيطاليا اتفاقية.", ["Latina", "Italy"]),
    ("supported", "hr", "Grad Latina u Italiji potpisao je sporazum.", ["Latina", "Italy"]),
    ("wrapper", "ar", "مقاطعة لاتينا ومدينة لاتينا في إيطاليا.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "hr", "Pokrajina Latina i grad Latina u Italiji.",
     ["Province of Latina", "Latina", "Italy"]),
    ("organisation", "ar", "عقد الاجتماع في جامعة شتوتغارت في ألمانيا.",
     ["Stuttgart", "Germany"]),
    ("organisation", "hr", "Sastanak na Sveučilištu Stuttgart u Njemačkoj.",
     ["Stuttgart", "Germany"]),
    ("eth", "ar", "ممثلون من Đà Lạt ومن Hanoi.", ["Da Lat", "Hanoi"]),
    ("eth", "hr", "Izaslanici iz Đà Lạt i Hanoija.", ["Da Lat", "Hanoi"]),
    ("compound", "ar", "محادثات مع منطقة Rems-Stuttgart في ألمانيا.", ["Germany"]),
    ("compound", "hr", "Razgovori s okrugom Rems-Stuttgart u Njemačkoj.", ["Germany"]),
    ("boundaries", "ar", "زار الرومان روما.", ["Rome"]),
    ("boundaries", "hr", "Rimljani i Romano posjetili su Rim.", ["Rome"]),
    ("one-sense", "ar", "قال عمدة Washington DC إن أمام Washington الكثير لتتعلمه.",
     ["Washington, D.C."]),
    ("one-sense", "hr", "Gradonačelnik Washington DC rekao je da Washington može puno "
     "naučiti.", ["Washington, D.C."]),
    ("surname-everywhere", "ar", "استقبلهم السيد فونتانا. وتحدث فونتانا عن إيطاليا.",
     ["Italy"]),
    # Finnish: every place in a case, read through its endings ("Firenzen", "Münchenistä",
    # "Hanoissa"; "Roomassa", "Italiaan"), with no place preposition
    ("exonyms", "fi", "Firenzen ja Münchenin edustajat tapasivat Hanoissa.",
     ["Florence", "Munich", "Hanoi"]),
    ("lower-case", "fi", "Latinan kieltä opiskellaan yhä Saksassa.", ["Germany"]),
    ("diacritics", "fi", "Huến valtuuskunta saapui Müncheniin.", ["Hue", "Munich"]),
    ("abbreviations", "fi", "HCMC:n valtuuskunta saapui Müncheniin.",
     ["Ho Chi Minh City", "Munich"]),
    ("longest", "fi", "Ho Chi Minh City otti vastaan Italian valtuuskunnan.",
     ["Ho Chi Minh City", "Italy"]),
    ("title", "fi", "Pormestari Fontana vieraili Roomassa.", ["Rome"]),
    ("surname", "fi", "Jan Fontana otti valtuuskunnan vastaan Italiassa.", ["Italy"]),
    ("given-name", "fi", "Paris Hilton vieraili Saksassa.", ["Germany"]),
    ("sentence-start", "fi", "Latina ja kreikka ovat vanhoja kieliä.", []),
    ("dateline", "fi", "RASTATT – Rastattilla on uusi ystävyyskaupunki.", ["Rastatt"]),
    ("supported", "fi", "Latinan kaupunki Italiassa allekirjoitti sopimuksen.",
     ["Latina", "Italy"]),
    ("wrapper", "fi", "Latinan maakunta ja Latinan kaupunki Italiassa.",
     ["Province of Latina", "Latina", "Italy"]),
    ("organisation", "fi", "Kokous pidettiin Stuttgartin yliopistossa Saksassa.",
     ["Stuttgart", "Germany"]),
    # a name of two words takes its case on the last one only ("Đà Lạtista")
    ("eth", "fi", "Edustajat saapuivat Đà Lạtista ja Hanoista.", ["Da Lat", "Hanoi"]),
    ("compound", "fi", "Neuvottelut Rems-Stuttgartin piirikunnan kanssa Saksassa.", ["Germany"]),
    ("boundaries", "fi", "Roomalaiset ja Romano vierailivat Roomassa.", ["Rome"]),
    ("one-sense", "fi", "Washington DC:n pormestari sanoi, että Washingtonilla on paljon "
     "opittavaa.", ["Washington, D.C."]),
    ("surname-everywhere", "fi", "Presidentti Attilio Fontana otti heidät vastaan. Fontana "
     "puhui Italiasta.", ["Italy"]),
    # Estonian: every place in a case, read through its endings ("Müncheni", "Hanois",
    # "Roomat", "Itaalias", "Saksamaad"), with no place preposition
    ("exonyms", "et", "Firenze ja Müncheni esindajad kohtusid Hanois.",
     ["Florence", "Munich", "Hanoi"]),
    ("lower-case", "et", "Ladina keelt õpitakse ikka Saksamaal.", ["Germany"]),
    ("diacritics", "et", "Huế delegatsioon saabus Münchenisse.", ["Hue", "Munich"]),
    ("abbreviations", "et", "HCMC delegatsioon saabus Münchenisse.",
     ["Ho Chi Minh City", "Munich"]),
    ("longest", "et", "Ho Chi Minh City võttis vastu Itaalia delegatsiooni.",
     ["Ho Chi Minh City", "Italy"]),
    ("title", "et", "Linnapea Fontana külastas Roomat.", ["Rome"]),
    ("surname", "et", "Jan Fontana võttis delegatsiooni vastu Itaalias.", ["Italy"]),
    ("given-name", "et", "Paris Hilton külastas Saksamaad.", ["Germany"]),
    ("sentence-start", "et", "Latina ja kreeka keel on vanad keeled.", []),
    ("dateline", "et", "RASTATT – Rastattil on uus sõpruslinn.", ["Rastatt"]),
    ("supported", "et", "Latina linn Itaalias allkirjastas lepingu.", ["Latina", "Italy"]),
    ("wrapper", "et", "Latina provints ja Latina linn Itaalias.",
     ["Province of Latina", "Latina", "Italy"]),
    ("organisation", "et", "Kohtumine toimus Stuttgarti ülikoolis Saksamaal.",
     ["Stuttgart", "Germany"]),
    # a name of two words takes its case on the last one only ("Đà Lạtist")
    ("eth", "et", "Esindajad saabusid Đà Lạtist ja Hanoist.", ["Da Lat", "Hanoi"]),
    ("compound", "et", "Läbirääkimised Rems-Stuttgarti ringkonnaga Saksamaal.", ["Germany"]),
    ("boundaries", "et", "Roomlased ja Romano külastasid Roomat.", ["Rome"]),
    ("one-sense", "et", "Washington DC linnapea ütles, et Washingtonil on palju õppida.",
     ["Washington, D.C."]),
    ("surname-everywhere", "et", "President Attilio Fontana võttis nad vastu. Fontana "
     "rääkis Itaaliast.", ["Italy"]),
    ("surname-everywhere", "hr", "Predsjednik Attilio Fontana primio ih je. Fontana je "
     "govorio o Italiji.", ["Italy"]),
    # Latvian and Lithuanian: places in their cases, read through their endings
    # ("Florences", "Minhenes", "Hanojā"; "Florencijos", "Miuncheno", "Hanojuje"), in a
    # locative with no preposition ("Romā", "Romoje") or after one ("no Minhenes", "iš
    # Miuncheno")
    ("exonyms", "lv", "Florences un Minhenes pārstāvji tikās Hanojā.",
     ["Florence", "Munich", "Hanoi"]),
    ("exonyms", "lt", "Florencijos ir Miuncheno atstovai susitiko Hanojuje.",
     ["Florence", "Munich", "Hanoi"]),
    ("lower-case", "lv", "Skolēni joprojām mācās latīņu valodu Vācijā.", ["Germany"]),
    ("lower-case", "lt", "Lotynų kalbos vis dar mokomasi Vokietijoje.", ["Germany"]),
    ("diacritics", "lv", "Huế delegācija ieradās Minhenē.", ["Hue", "Munich"]),
    ("diacritics", "lt", "Huế delegacija atvyko į Miuncheną.", ["Hue", "Munich"]),
    ("abbreviations", "lv", "HCMC delegācija ieradās Minhenē.", ["Ho Chi Minh City", "Munich"]),
    ("abbreviations", "lt", "HCMC delegacija atvyko į Miuncheną.",
     ["Ho Chi Minh City", "Munich"]),
    ("longest", "lv", "Ho Chi Minh City uzņēma Itālijas delegāciju.",
     ["Ho Chi Minh City", "Italy"]),
    ("longest", "lt", "Ho Chi Minh City priėmė Italijos delegaciją.",
     ["Ho Chi Minh City", "Italy"]),
    ("title", "lv", "Mērs Fontana viesojās Minhenē.", ["Munich"]),
    ("title", "lt", "Meras Fontana lankėsi Romoje.", ["Rome"]),
    ("surname", "lv", "Jānis Fontana uzņēma delegāciju Itālijā.", ["Italy"]),
    ("surname", "lt", "Jonas Fontana priėmė delegaciją Italijoje.", ["Italy"]),
    ("given-name", "lv", "Parisa Hiltone viesojās Vācijā.", ["Germany"]),
    ("given-name", "lt", "Paris Hilton lankėsi Vokietijoje.", ["Germany"]),
    ("sentence-start", "lv", "Grieķu un latīņu valoda ir senas valodas.", []),
    ("sentence-start", "lt", "Lotynų ir graikų kalbos yra senos kalbos.", []),
    ("dateline", "lv", "RASTATT – Rastattei ir jauna sadraudzības pilsēta.", ["Rastatt"]),
    ("dateline", "lt", "RASTATT – Rastatas turi naują miestą partnerį.", ["Rastatt"]),
    ("supported", "lv", "Latīnas pilsēta Itālijā parakstīja līgumu.", ["Latina", "Italy"]),
    ("supported", "lt", "Latinos miestas Italijoje pasirašė sutartį.", ["Latina", "Italy"]),
    ("wrapper", "lv", "Latīnas province un Latīnas pilsēta Itālijā.",
     ["Province of Latina", "Latina", "Italy"]),
    ("wrapper", "lt", "Latinos provincija ir Latinos miestas Italijoje.",
     ["Province of Latina", "Latina", "Italy"]),
    ("organisation", "lv", "Sanāksme notika Štutgartes universitātē Vācijā.",
     ["Stuttgart", "Germany"]),
    ("organisation", "lt", "Susitikimas vyko Štutgarto universitete Vokietijoje.",
     ["Stuttgart", "Germany"]),
    ("eth", "lv", "Pārstāvji ieradās no Đà Lạt un Hanojas.", ["Da Lat", "Hanoi"]),
    ("eth", "lt", "Atstovai atvyko iš Đà Lạt ir Hanojaus.", ["Da Lat", "Hanoi"]),
    ("compound", "lv", "Sarunas ar Rems-Stuttgart apriņķi Vācijā.", ["Germany"]),
    ("compound", "lt", "Derybos su Rems-Stuttgart apskritimi Vokietijoje.", ["Germany"]),
    ("boundaries", "lv", "Romieši un Romano viesojās Minhenē.", ["Munich"]),
    ("boundaries", "lt", "Romėnai ir Romano lankėsi Romoje.", ["Rome"]),
    ("one-sense", "lv", "Washington DC mērs sacīja, ka Washington var daudz mācīties.",
     ["Washington, D.C."]),
    ("one-sense", "lt", "Washington DC meras sakė, kad Washington gali daug išmokti.",
     ["Washington, D.C."]),
    ("surname-everywhere", "lv", "Prezidents Attilio Fontana viņus uzņēma. Fontana runāja par "
     "Itāliju.", ["Italy"]),
    ("surname-everywhere", "lt", "Prezidentas Attilio Fontana juos priėmė. Fontana kalbėjo "
     "apie Italiją.", ["Italy"]),
    # Bulgarian: its places written as named, with no case ("в Италия", "от Мюнхен"), the
    # Bulgarian names of countries ("Германия", "Италия")
    ("exonyms", "bg", "Делегати от Флоренция и Мюнхен пристигнаха в Ханой.",
     ["Florence", "Munich", "Hanoi"]),
    ("lower-case", "bg", "Езикът латина все още се изучава в Италия.", ["Italy"]),
    ("diacritics", "bg", "Делегация от Huế пристигна в Мюнхен.", ["Hue", "Munich"]),
    ("abbreviations", "bg", "Делегация от HCMC пристигна в Мюнхен.",
     ["Ho Chi Minh City", "Munich"]),
    ("longest", "bg", "Ho Chi Minh City прие делегация от Италия.",
     ["Ho Chi Minh City", "Italy"]),
    ("title", "bg", "Господин Фонтана посети Рим.", ["Rome"]),
    ("surname", "bg", "Андрей Фонтана прие делегацията в Италия.", ["Italy"]),
    ("given-name", "bg", "Paris Hilton посети Германия.", ["Germany"]),
    ("sentence-start", "bg", "Латина и гръцки са древни езици.", []),
    ("dateline", "bg", "РАЩАТ – Ращат има нов побратимен град.", ["Rastatt"]),
    ("supported", "bg", "Град Латина в Италия подписа споразумение.", ["Latina", "Italy"]),
    ("wrapper", "bg", "Провинция Латина и град Латина в Италия.",
     ["Province of Latina", "Latina", "Italy"]),
    ("organisation", "bg", "Срещата се проведе в Университета на Щутгарт в Германия.",
     ["Stuttgart", "Germany"]),
    ("eth", "bg", "Делегати от Đà Lạt и Hanoi.", ["Da Lat", "Hanoi"]),
    ("compound", "bg", "Преговори с окръг Ремс-Щутгарт в Германия.", ["Germany"]),
    ("boundaries", "bg", "Римляните и Романо посетиха Рим.", ["Rome"]),
    ("one-sense", "bg", "Кметът на Washington DC каза, че Washington има какво да научи.",
     ["Washington, D.C."]),
    ("surname-everywhere", "bg", "Прие ги господин Фонтана. Фонтана говори за Италия.",
     ["Italy"]),
]


@pytest.mark.parametrize(("language", "text", "expected"), [
    pytest.param(language, text, expected, id=f"{rule}-{language}")
    for rule, language, text, expected in EVERY_LANGUAGE])
def test_rule_in_every_language(component: PlacesComponent, language: str, text: str,
                                expected: list[str]) -> None:
    assert names(component, text, language) == expected


def test_every_rule_has_a_case_in_every_language() -> None:
    covered: dict[str, set[str]] = {}
    for rule, language, _, _ in EVERY_LANGUAGE:
        covered.setdefault(rule, set()).add(language)
    assert {rule: languages for rule, languages in covered.items()
            if languages != set(LANGUAGES)} == {}


@pytest.mark.parametrize(("language", "text", "expected"), [
    pytest.param("en", "The mayor of Latina, Spain, spoke.", ("Latina", "ES"), id="en"),
    pytest.param("it", "Il comune di Latina, in Italia, ha firmato.", ("Latina", "IT"), id="it"),
    pytest.param("fr", "Le maire de Latina, en Italie, est venu.", ("Latina", "IT"), id="fr"),
    pytest.param("es", "El barrio de Latina, en España, acogió la feria.", ("Latina", "ES"),
                 id="es"),
    pytest.param("de", "Der Bürgermeister von Latina in Italien kam.", ("Latina", "IT"),
                 id="de"),
    pytest.param("vi", "Đoàn thành phố Latina, Ý, thăm Hà Nội.", ("Latina", "IT"), id="vi"),
])
def test_named_country_decides_between_homonyms(component: PlacesComponent, language: str,
                                                text: str, expected: tuple[str, str]) -> None:
    first = places(component, text, language)[0]
    assert (first.name, first.country) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A town at a sentence start is one before its delegation ("heyeti"), and a name keeps
    # its case ending after an apostrophe ("Roma'yı", "EDİRNE" with the dotted capital).
    ("Rastatt heyeti Roma'yı ziyaret etti.", ["Rastatt", "Rome"]),
    ("ROMA (AA) - Rastatt heyeti dün kentte.", ["Rome", "Rastatt"]),
])
def test_tr_a_town_before_its_delegation_and_with_its_ending(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    assert names(component, text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A country or region in the genitive, or a town named without the ending elsewhere.
    ("Die Wirtschaft Deutschlands wächst.", ["Germany"]),
    ("Eine Delegation aus München traf Münchens Bürgermeister.", ["Munich"]),
    # After a noun's genitive article the word is a noun; a town named only so is no place.
    ("Die Rolle des Deutschlands wächst.", []),
    ("Münchens Bürgermeister kam.", []),
])
def test_de_a_name_in_the_genitive(component: PlacesComponent, text: str,
                                   expected: list[str]) -> None:
    assert names(component, text, "de") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A name with a case ending is read with the ending replaced: locative, genitive,
    # instrumental, feminine and plural forms.
    ("Spotkanie odbyło się we Florencji, a potem w Rzymie.", ["Florence", "Rome"]),
    ("Delegacja z Rzymu przyjechała z Niemiec.", ["Rome", "Germany"]),
    ("Współpraca z Rzymem i Florencją trwa.", ["Rome", "Florence"]),
    # The place an office serves, in the genitive, is no person's name.
    ("Burmistrz Rzymu przyjął gości.", ["Rome"]),
    # An ending is replaced only on a capitalised word.
    ("Rzymianie mówili o rzymie.", []),
])
def test_pl_a_name_with_a_case_ending(component: PlacesComponent, text: str,
                                      expected: list[str]) -> None:
    assert names(component, text, "pl") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A name with a case ending is read with the ending replaced: locative, genitive,
    # instrumental, feminine forms.
    ("Setkání proběhlo ve Florencii a potom v Římě.", ["Florence", "Rome"]),
    ("Delegace z Říma přijela z Německa.", ["Rome", "Germany"]),
    ("Spolupráce s Římem a Florencií trvá.", ["Rome", "Florence"]),
    # The place an office serves, in the genitive, is no person's name.
    ("Primátor Říma přijal hosty.", ["Rome"]),
    # An ending is replaced only on a capitalised word.
    ("Římané mluvili o římě.", []),
])
def test_cs_a_name_with_a_case_ending(component: PlacesComponent, text: str,
                                      expected: list[str]) -> None:
    assert names(component, text, "cs") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Croatian (and Serbian, Bosnian): locative, genitive, instrumental, a feminine name's
    # cases ("u Firenci", "s Firencom"), a name that takes a j ("iz Hanoija")
    ("Sastanak je održan u Firenci, a zatim u Rimu.", ["Florence", "Rome"]),
    ("Izaslanstvo iz Rima stiglo je iz Njemačke i Hanoija.", ["Rome", "Germany", "Hanoi"]),
    ("Suradnja s Rimom i Firencom traje.", ["Rome", "Florence"]),
    # the place an office serves, in the genitive, is no person's name
    ("Gradonačelnik Rima primio je goste.", ["Rome"]),
    # an ending is replaced only on a capitalised word
    ("Rimljani su govorili o rimu.", []),
    # Slovenian, read with Croatian's rules: a feminine name's instrumental in -o ("z
    # Latino")
    ("Sodelovanje z Latino in Rimom traja.", ["Latina", "Rome"]),
])
def test_hr_a_name_with_a_case_ending(component: PlacesComponent, text: str,
                                      expected: list[str]) -> None:
    assert names(component, text, "hr") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A name with a case ending is read with the ending replaced: prepositional, genitive,
    # instrumental, feminine forms.
    ("Встреча прошла во Флоренции, а затем в Мюнхене.", ["Florence", "Munich"]),
    ("Делегация из Рима приехала из Германии.", ["Rome", "Germany"]),
    # in each part of a hyphenated name, and in an adjective and its noun, which name a
    # bigger place than the noun alone
    ("Делегация из Санкт-Петербурга прибыла в Рим.", ["Saint Petersburg", "Rome"]),
    ("Форум прошел в Нижнем Новгороде и в Новгороде.", ["Nizhniy Novgorod", "Velikiy Novgorod"]),
    # The place an office serves, in the genitive, is no person's name.
    ("Мэр Рима принял гостей.", ["Rome"]),
    # An ending is replaced only on a capitalised word.
    ("Римляне говорили о риме.", []),
])
def test_ru_a_name_with_a_case_ending(component: PlacesComponent, text: str,
                                      expected: list[str]) -> None:
    assert names(component, text, "ru") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A name with a case ending is read with the ending replaced: locative, genitive,
    # feminine forms.
    ("Зустріч відбулася у Флоренції, а потім у Мюнхені.", ["Florence", "Munich"]),
    ("Делегація з Рима приїхала з Німеччини.", ["Rome", "Germany"]),
    ("Співпраця з Італією триває.", ["Italy"]),
    # The place an office serves, in the genitive, is no person's name.
    ("Мер Рима прийняв гостей.", ["Rome"]),
    # An ending is replaced only on a capitalised word.
    ("Римляни говорили про рима.", []),
])
def test_uk_a_name_with_a_case_ending(component: PlacesComponent, text: str,
                                      expected: list[str]) -> None:
    assert names(component, text, "uk") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Greek: the genitive of a feminine name in -η or -α and of a neuter one in -ο, the
    # accusative after "στη", "στο" is the nominative; the accent is folded.
    ("Αντιπρόσωποι της Ρώμης και της Φλωρεντίας έφτασαν στο Μόναχο.",
     ["Rome", "Florence", "Munich"]),
    ("Ο δήμαρχος του Μονάχου υποδέχθηκε τον δήμαρχο της Στουτγκάρδης.",
     ["Munich", "Stuttgart"]),
    # An ending is replaced only on a capitalised word.
    ("Οι Ρωμαίοι μίλησαν για τη ρώμης.", []),
])
def test_el_a_name_with_a_case_ending(component: PlacesComponent, text: str,
                                      expected: list[str]) -> None:
    assert names(component, text, "el") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A town named bare elsewhere, in the genitive or with its article ("Münchenului",
    # "Münchenul"); a name ending in -u takes "-lui" ("Hue" + "lui": "Huelui" is not written,
    # but "Chișinăului" is), read without the ending.
    ("O delegație din München a vizitat Hanoi. Primarul Münchenului a semnat.",
     ["Munich", "Hanoi"]),
    ("Münchenul a primit o delegație din München.", ["Munich"]),
    # After a title, a town in the genitive names the title's town, no person: the town
    # stays a place everywhere ("primarul Romei" is feminine and not read; "Rome" is).
    ("Primarul Münchenului, Andrei Pop, a vizitat Roma. Münchenul e departe de München.",
     ["Munich", "Rome"]),
    # A town named only in the genitive is not read (a noun's genitive, "Consiliului").
    ("Primarul Münchenului a vizitat Roma.", ["Rome"]),
    # A feminine name's genitive replaces its "-a" ("Italiei", "Romei").
    ("Economia Italiei crește.", ["Italy"]),
    ("O delegație din Roma a vizitat Hanoi. Primarul Romei a semnat.", ["Rome", "Hanoi"]),
    # ... and names no person after a title, though it ends where the word ends.
    ("Primarul Romei, Andrei Pop, a vizitat Hanoi. Orașul Roma e departe.", ["Rome", "Hanoi"]),
])
def test_ro_a_name_in_the_genitive(component: PlacesComponent, text: str,
                                   expected: list[str]) -> None:
    assert names(component, text, "ro") == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("de", "Im Spiel gegen die Bayern fehlte der Kapitän.", []),
    ("de", "Die Messe in Bayern war ein Erfolg.", ["Bavaria"]),
    ("it", "La Reyer ha battuto il Bayern in trasferta.", []),
    # A country's name joined to a nationality adjective is that adjective.
    ("de", "Eine US-amerikanische Delegation besuchte München.", ["Munich"]),
    # A foreign band's name in a German story is no Indian town ("Banda").
    ("de", "In München spielte die Banda Cittadina.", ["Munich"]),
])
def test_a_name_that_is_a_team_or_an_adjective_is_no_place(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    pytest.param("es", "La Junta de Andalucía y Málaga firmaron un convenio con una ciudad de "
                 "Colombia.", id="es"),
    pytest.param("fr", "La région Andalousie et Málaga ont reçu une délégation de Colombie.",
                 id="fr"),
])
def test_a_region_named_with_its_wrapper_decides_between_homonyms(
        component: PlacesComponent, language: str, text: str) -> None:
    """The region's government ("Junta de Andalucía") holds the city from the first pass:
    Málaga is the Spanish city, not the Colombian town of a country the story names."""
    found = {p.name: p.country for p in places(component, text, language)}
    assert found["Málaga"] == "ES"


@pytest.mark.parametrize(("language", "text"), [
    pytest.param("en", "The Metropolitan City of Rome and Turin, Italy.", id="en"),
    pytest.param("it", "La Città metropolitana di Roma e Torino, in Italia.", id="it"),
    pytest.param("fr", "La ville métropolitaine de Rome et Turin, en Italie.", id="fr"),
    pytest.param("es", "La Ciudad metropolitana de Roma y Turín, en Italia.", id="es"),
    # "Rom" is the city's German exonym, which the build gives the region named after it.
    pytest.param("de", "Die Metropolitanstadt Rom und Turin in Italien.", id="de"),
])
def test_metropolitan_city_of_rome(component: PlacesComponent, language: str, text: str) -> None:
    assert names(component, text, language) == ["Metropolitan City of Rome", "Turin", "Italy"]


@pytest.mark.parametrize("text", [
    # a town of the language's own country whose name is a word elsewhere, after "à"
    pytest.param("La délégation s'est rendue à Orange, puis à Paris.", id="ambiguous"),
])
def test_a_town_of_the_language_s_country_after_a_at_is_the_town(
        component: PlacesComponent, text: str) -> None:
    assert names(component, text, "fr") == ["Orange", "Paris"]
    # ... not when "de" and a name go on: a building's or a body's name ("en Palacio de
    # Gobierno"), here a restaurant's
    assert names(component, "La délégation a dîné à Orange de Nuit, puis s'est rendue à "
                            "Paris.", "fr") == ["Paris"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # Catalan (read with Spanish's rules) writes a town's article in lower case, inside a
    # preposition or alone before a long name
    pytest.param("es", "L'alcalde del Vendrell va signar l'acord.", ["El Vendrell"],
                 id="ca-del"),
    pytest.param("es", "L'alcalde de la Seu d'Urgell va signar l'acord.", ["La Seu d'Urgell"],
                 id="ca-la"),
    # Galician (read with Portuguese's) inside a preposition
    pytest.param("pt", "O porto da Coruña recibe cruceiros.", ["A Coruña"], id="gl-da"),
    pytest.param("pt", "A comitiva viaxará mañá á Coruña.", ["A Coruña"], id="gl-á"),
    # the article alone before a one-word name is no town's ("el Vendrell" is written with
    # it; "la Paz", "el Salvador" are peace and a saviour)
    pytest.param("es", "Van visitar la Coruña.", [], id="short-name"),
])
def test_a_lower_case_article_of_a_town_s_name_names_the_town(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    # "como" is a word of Spanish and Portuguese: the town after a word of twinning counts
    # (Catalan "agermanada amb", Galician "irmandada con", read with their rules)
    pytest.param("es", "La ciutat està agermanada amb Como des de 1987.", id="ca"),
    pytest.param("pt", "A cidade está irmandada con Como dende 1987.", id="gl"),
])
def test_a_town_twinned_with_in_catalan_and_galician(component: PlacesComponent,
                                                     language: str, text: str) -> None:
    assert names(component, text, language) == ["Como"]


@pytest.mark.parametrize("text", [
    pytest.param("Les Stormers, basés au Cap, ont signé.", id="au"),
    pytest.param("Le maire du Cap est venu.", id="du"),
])
def test_a_preposition_that_holds_a_town_s_article_names_the_town(
        component: PlacesComponent, text: str) -> None:
    """"au Cap", "du Cap": Le Cap (Cape Town), the word read with the article."""
    assert names(component, text, "fr") == ["Cape Town"]


# --- markers before a name ---------------------------------------------------------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    pytest.param("en", "Turin is a city of Italy.", ["Turin", "Italy"], id="en"),
    pytest.param("it", "Torino è una città d'Italia.", ["Turin", "Italy"], id="it"),
    pytest.param("fr", "Turin est une ville d'Italie.", ["Turin", "Italy"], id="fr"),
    pytest.param("es", "Turín es una ciudad de Italia.", ["Turin", "Italy"], id="es"),
    pytest.param("vi", "Turin và các thành phố Ý khác.", ["Turin", "Italy"], id="vi"),
    # (German puts no city marker before a country's name: "eine Stadt in Italien".)
])
def test_country_after_a_city_marker_is_the_country(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    found = places(component, text, language)
    assert [p.name for p in found] == expected
    assert found[-1].kind == "country"  # not Italy, Texas


@pytest.mark.parametrize(("language", "text"), [
    pytest.param("en", "The city of Luxembourg is the capital of Luxembourg.", id="en"),
    pytest.param("fr", "La ville de Luxembourg est la capitale du Luxembourg.", id="fr"),
    pytest.param("de", "Die Stadt Luxemburg ist die Hauptstadt von Luxemburg.", id="de"),
    # French writes a town after "à", a country after "au" or "en"
    pytest.param("fr", "Le maire est arrivé à Luxembourg, capitale du Luxembourg.", id="fr-a"),
])
def test_city_marker_before_a_country_names_its_city(component: PlacesComponent,
                                                     language: str, text: str) -> None:
    found = places(component, text, language)
    assert [(p.name, p.kind) for p in found] == [("Luxembourg", "city"),
                                                 ("Luxembourg", "country")]


@pytest.mark.parametrize(("language", "text", "expected"), [
    pytest.param("en", "The city of Nice signed the charter.", ("Nice", "FR"), id="en"),
    pytest.param("it", "Il comune di Latina ha firmato la carta.", ("Latina", "IT"), id="it"),
    pytest.param("fr", "La ville de Nice a signé la charte.", ("Nice", "FR"), id="fr"),
    pytest.param("es", "El municipio de Latina firmó la carta.", ("Latina", "ES"), id="es"),
    pytest.param("de", "Die Stadt Essen hat die Charta unterzeichnet.", ("Essen", "DE"),
                 id="de"),
    pytest.param("vi", "Thành phố Vinh ký kết hiến chương.", ("Vinh", "VN"), id="vi"),
])
def test_common_word_after_a_marker_of_its_kind_is_a_place(
        component: PlacesComponent, language: str, text: str,
        expected: tuple[str, str]) -> None:
    # No country is named: the marker right before the name is enough.
    assert [(p.name, p.country) for p in places(component, text, language)] == [expected]


def test_common_word_after_a_marker_of_another_kind_needs_support(
        component: PlacesComponent) -> None:
    assert names(component, "The Republic of Nice was a joke.") == []


def test_elided_french_markers(component: PlacesComponent) -> None:
    text = "La ville d'Orange a signé avec la région d'Occitanie et la province d’Anvers."
    found = places(component, text, "fr")
    assert [(p.name, p.kind) for p in found] == [
        ("Orange", "city"), ("Occitanie", "region"), ("Antwerp Province", "region")]


# --- a sentence opened by a common word ------------------------------------------------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    pytest.param("en", "Reunion of the two delegations in Hanoi, Vietnam.",
                 ["Hanoi", "Vietnam"], id="en"),
    pytest.param("it", "Riunione di lavoro a Hanoi, in Vietnam.", ["Hanoi", "Vietnam"], id="it"),
    pytest.param("fr", "La Chambre de commerce a reçu la délégation de Hanoï, en France.",
                 ["Hanoi", "France"], id="fr"),
    pytest.param("es", "Reunión de trabajo en Hanói con España.", ["Hanoi", "Spain"], id="es"),
    pytest.param("de", "Essen und Trinken gibt es in Deutschland genug.", ["Germany"], id="de"),
    pytest.param("vi", "Vinh dự lớn cho Việt Nam.", ["Vietnam"], id="vi"),
])
def test_common_word_opening_a_sentence_needs_more_than_its_country(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    # Réunion the island, La Chambre the commune, Essen and Vinh the cities are not meant,
    # though the country of some of them is named.
    assert names(component, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    pytest.param("fr", "Le maire de La Chambre, en France, est venu.", ["La Chambre", "France"],
                 id="fr"),
    pytest.param("es", "Una delegación de Reunión visitó España.", ["Reunion", "Spain"],
                 id="es"),
    # Two ordinary syllables make a compound name, not a word: Long An opens the sentence.
    pytest.param("vi", "Long An ký kết hợp tác với Hà Nội.", ["Long An", "Hanoi"], id="vi"),
])
def test_the_same_names_inside_a_sentence_or_compounds_are_places(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # "the North West" of England is not Botswana's North-West district: a first-level
    # region of ordinary words needs its country, a wrapper or a container...
    pytest.param("en", "Heavy rain is expected across the North West.", [], id="en"),
    pytest.param("en", "The North West district signed an agreement.", ["North-West"],
                 id="en-wrapper"),
    # ... unless its country speaks the text's language (Long An, in Vietnamese).
    pytest.param("vi", "Đoàn công tác Long An thăm Hà Nội.", ["Long An", "Hanoi"], id="vi"),
])
def test_a_region_of_ordinary_words_needs_support(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # The towns listed after a twinning word of their sentence are towns, though their
    # country is not named.
    pytest.param("it", "Le città gemellate con Pesaro sono Rastatt, Nitra e Zara.",
                 ["Pesaro", "Rastatt", "Nitra", "Zadar"], id="it"),
    pytest.param("en", "Pesaro's twin towns are Rastatt, Nitra and Zadar.",
                 ["Rastatt", "Nitra", "Zadar"], id="en"),
    pytest.param("fr", "Les villes jumelles de Pesaro : Rastatt, Nitra et Zadar.",
                 ["Pesaro", "Rastatt", "Nitra", "Zadar"], id="fr"),
    pytest.param("de", "Die Partnerstädte sind Nitra und Zadar.", ["Nitra", "Zadar"],
                 id="de"),
    # Without the twinning word, nothing supports them.
    pytest.param("de", "Die Mannschaften sind Nitra und Zadar.", [], id="de-none"),
    pytest.param("en", "Nitra and Zadar drew, as did Rastatt.", [], id="en-none"),
])
def test_towns_listed_after_a_twinning_word(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


@pytest.mark.parametrize(("language", "text", "expected"), [
    # French and Italian write a region with its article ("au Québec", "nel Québec") and a
    # town without one ("à Québec"): the article chooses the region named like its city.
    pytest.param("fr", "La délégation est arrivée au Québec.", ["Quebec Province"], id="fr-au"),
    pytest.param("fr", "Le Québec a signé avec la Bavière.", ["Quebec Province", "Bavaria"],
                 id="fr-le"),
    pytest.param("fr", "La délégation est arrivée à Québec.", ["Québec"], id="fr-a"),
    pytest.param("it", "La delegazione è arrivata nel Québec.", ["Quebec Province"], id="it"),
    # ... but an ordinary word of the language keeps its article: a portfolio, no region
    pytest.param("it", "Ha parlato l'assessora al Porto, Giulia Fantozzi, a Pesaro.",
                 ["Pesaro"], id="it-ordinary-word"),
    pytest.param("en", "The delegation arrived in Quebec.", ["Québec"], id="en"),
    # in parentheses after a town, where it is: "MONTRÉAL (Québec) –"
    pytest.param("fr", "MONTRÉAL (Québec) – La délégation est arrivée.",
                 ["Montréal", "Quebec Province"], id="fr-parenthesis"),
    pytest.param("en", "Montréal (Quebec) welcomed the delegation.",
                 ["Montréal", "Quebec Province"], id="en-parenthesis"),
    # ... but a country named like its capital's region is the country the town is in
    pytest.param("es", "Los alcaldes de Esquipulas (Guatemala) firmaron.",
                 ["Esquipulas", "Guatemala"], id="es-parenthesis-country"),
])
def test_an_article_before_a_name_chooses_the_region(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


def test_a_town_inside_a_longer_name_that_nothing_supports(component: PlacesComponent) -> None:
    # "Lincoln City" (the club) is not the Oregon town of 8,800 inhabitants that nothing
    # supports: the town inside it is tried.
    assert names(component, "Lincoln City beat Reading on Saturday at home.") == ["Lincoln"]


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised word before a small town's name ends a longer name ("the South Plains"),
    # which its state named in the story does not make the town
    ("Hail fell on the South Plains, and Texas braced for floods.", ["Texas"]),
    # the town written bare, or after another place's name in a run of names, is the town
    ("Hail fell on Plains, and Texas braced for floods.", ["Plains", "Texas"]),
    ("A fair for Rome Plains and Texas.", ["Rome", "Plains", "Texas"]),
    # a small town's name of two words before a building's head noun opens the building's
    # name ("the New Town Hall" of Munich); named elsewhere, it is the town
    ("The mayors signed at the Red Deer Hall in Florence.", ["Florence"]),
    ("The mayors of Red Deer signed at the Red Deer Hall.", ["Red Deer"]),
])
def test_a_small_town_after_a_capitalised_word_needs_its_own_support(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    assert names(component, text) == expected


# --- metropolitan regions named after their city -----------------------------------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    pytest.param("en", "The Stuttgart Region and Greater Manchester signed a pact.",
                 ["Stuttgart Region", "Greater Manchester"], id="en"),
    pytest.param("it", "L'area metropolitana di Milano e la Regione Lombardia.",
                 ["Metropolitan Area of Milan", "Lombardy"], id="it"),
    pytest.param("fr", "Le Grand Paris et la région Occitanie.",
                 ["Greater Paris", "Occitanie"], id="fr"),
    pytest.param("es", "El área metropolitana de Roma firmó con Hanói.",
                 ["Metropolitan Area of Rome", "Hanoi"], id="es"),
    pytest.param("de", "Die Region Stuttgart arbeitet mit Hanoi zusammen.",
                 ["Stuttgart Region", "Hanoi"], id="de"),
    pytest.param("vi", "Vùng đô thị Hà Nội hợp tác với Stuttgart.",
                 ["Metropolitan Area of Hanoi", "Stuttgart"], id="vi"),
])
def test_metropolitan_region_named_after_its_city(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    found = places(component, text, language)
    assert [p.name for p in found] == expected
    assert found[0].kind == "region"


def test_metropolitan_region_has_the_city_s_country_and_region(
        component: PlacesComponent) -> None:
    text = "Die Region Stuttgart und die Stadt Stuttgart."
    region, city = places(component, text, "de")
    assert (region.id, region.name, region.kind) == (
        "region:DE-stuttgart-region", "Stuttgart Region", "region")
    assert (region.country, region.admin1) == (city.country, city.admin1) == (
        "DE", "Baden-Württemberg")
    assert text[slice(*region.mentions[0])] == "Region Stuttgart"
    assert (city.name, city.kind) == ("Stuttgart", "city")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Investors came to the Hanoi region.", [("Hanoi", "city")], id="lower-case"),
    pytest.param("The Lazio Region signed a pact with partners in Stuttgart.",
                 [("Lazio", "region"), ("Stuttgart", "city")], id="a-region-s-own-name"),
])
def test_metropolitan_words_only_around_a_city(component: PlacesComponent, text: str,
                                               expected: list[tuple[str, str]]) -> None:
    assert [(p.name, p.kind) for p in places(component, text, "en")] == expected


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Investors from Stuttgart came to the Samarkand region."),
    ("en", "Investors from Stuttgart met the Samarkand Region's governor."),
    ("de", "Die Region Samarkand arbeitet mit Stuttgart zusammen."),
    ("it", "La regione di Samarcanda collabora con Stoccarda."),
    ("es", "La región de Samarcanda coopera con Stuttgart."),
])
def test_a_town_with_a_region_s_word_is_the_region_named_after_it(
        component: PlacesComponent, language: str, text: str) -> None:
    """"The Samarkand region" is the first-level region that holds Samarkand and bears its
    name, spelled "Samarqand": not the town, nor a region around it of no entry."""
    found = {p.name: (p.id, p.kind) for p in places(component, text, language)}
    assert found["Samarqand"] == ("iso3166-2:UZ-SA", "region")
    assert "Samarkand" not in found and "Samarkand Region" not in found


@pytest.mark.parametrize(("language", "text", "region"), [
    ("en", "Investors from Stuttgart came to the Tashkent region.", "iso3166-2:UZ-TO"),
    ("en", "The Tashkent Region signed a pact with Stuttgart.", "iso3166-2:UZ-TO"),
    ("it", "La regione di Tashkent collabora con Stoccarda.", "iso3166-2:UZ-TO"),
    ("es", "La región de Minsk coopera con Stuttgart.", "iso3166-2:BY-MI"),
    ("en", "Guests from the Minsk region met officials of Stuttgart.", "iso3166-2:BY-MI"),
])
def test_a_town_with_a_region_s_word_is_the_region_around_it_not_the_town_itself(
        component: PlacesComponent, language: str, text: str, region: str) -> None:
    """"The Tashkent region" is Tashkent Region, around the capital, not the city region
    that the capital is itself (Tashkent (city region)), though both bear its name."""
    found = [p for p in places(component, text, language) if p.country in ("UZ", "BY")]
    assert [(p.id, p.kind) for p in found] == [(region, "region")]


def test_a_town_alone_is_the_town_beside_a_region_of_its_name(
        component: PlacesComponent) -> None:
    found = places(component, "The city of Tashkent and Minsk signed with Stuttgart.", "en")
    assert [p.id for p in found][:2] == ["geonames:1512569", "geonames:625144"]


@pytest.mark.parametrize(("language", "text"), [
    ("it", "eThekwini, l'area metropolitana di Durban, ha firmato con Stoccarda."),
    ("fr", "eThekwini, l'aire métropolitaine de Durban, a signé avec Stuttgart."),
    ("en", "Officials of eThekwini, the Metropolitan Area of Durban, met Stuttgart."),
])
def test_a_metropolitan_area_in_apposition_is_the_place_before_it_again(
        component: PlacesComponent, language: str, text: str) -> None:
    """"eThekwini, l'area metropolitana di Durban": one body, named twice."""
    found = places(component, text, language)
    assert [p.name for p in found] == ["eThekwini", "Stuttgart"]
    assert len(found[0].mentions) == 2


def test_a_metropolitan_region_after_a_town_s_comma_is_where_it_lies(
        component: PlacesComponent) -> None:
    """With no article, the region after the comma holds the town: a place of its own."""
    assert names(component, "Die Stadt Leonberg, Region Stuttgart, und Hanoi.", "de") == [
        "Leonberg", "Stuttgart Region", "Hanoi"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Officials of Rome, the City of Springs, visited Hue."),
    ("en", "The mayors of Hue and Rome, the City of Springs."),
    ("it", "Gli assessori di Roma, la città di Springs, hanno visitato Hue."),
])
def test_a_town_s_wrapper_in_apposition_after_a_town_is_its_nickname(
        component: PlacesComponent, language: str, text: str) -> None:
    """"Rome, the City of Springs,": a nickname of Rome, not South Africa's Springs."""
    assert "Springs" not in names(component, text, language)
    assert "Rome" in names(component, text, language)


@pytest.mark.parametrize("text", [
    "Officials from the City of Springs met the mayor of Hue.",
    # a list of bodies, not an apposition
    "The Comune di Roma, the City of Springs and Hue signed.",
])
def test_a_town_s_wrapper_outside_an_apposition_names_the_town(
        component: PlacesComponent, text: str) -> None:
    assert "Springs" in names(component, text)


def test_marker_before_a_given_name_keeps_it_a_place(component: PlacesComponent) -> None:
    assert names(component, "We toured the Greater Paris Metropolis last week.") == [
        "Greater Paris"]
    assert names(component, "Paris Hilton toured Germany.") == ["Germany"]


# --- a name shared by a city and the region around it ------------------------------


def test_a_lowercase_word_that_spells_a_title_is_no_title(component: PlacesComponent) -> None:
    # "On" (Onorevole) is a title; English "on" is not, so "Saitama" stays a place.
    text = "The council voted on Saitama ties. Later Saitama, Japan, welcomed Pittsburgh."
    found = {p.name: p for p in places(component, text, "en")}
    assert found["Saitama"].kind == "city" and len(found["Saitama"].mentions) == 2


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Saitama Prefecture and Saitama City greeted guests; Saitama, Japan, is green."),
    ("vi", "Tỉnh Hòa Bình và thành phố Hòa Bình đón khách; Hòa Bình có nhiều rừng."),
])
def test_bare_name_of_a_city_and_its_region_is_the_city(
        component: PlacesComponent, language: str, text: str) -> None:
    found = places(component, text, language)
    kinds = {p.kind: len(p.mentions) for p in found if p.kind != "country"}
    assert kinds == {"region": 1, "city": 2}


def test_a_bare_name_before_its_region_s_office_is_the_region(component: PlacesComponent) -> None:
    """"Saitama Vice Governor" in a story that names Saitama Prefecture: the prefecture's
    office (``offices_after`` of wrappers.toml); a bare name elsewhere stays the city."""
    text = ("Saitama Prefecture and Pittsburgh signed it. Saitama Vice Governor Ken Ito spoke. "
            "Saitama, Japan, is green.")
    found = {p.name: len(p.mentions) for p in places(component, text, "en")
             if p.name.startswith("Saitama")}
    assert found == {"Saitama Prefecture": 2, "Saitama": 1}
    # so is a prefecture's own body ("the Saitama Prefectural Assembly")
    text = "Saitama Prefecture and Pittsburgh signed it. The Saitama Prefectural Assembly met."
    found = {p.name: len(p.mentions) for p in places(component, text, "en")
             if p.name.startswith("Saitama")}
    assert found == {"Saitama Prefecture": 2}


def test_vi_a_bare_name_after_its_province_is_the_province(component: PlacesComponent) -> None:
    """The Vietnamese press drops "tỉnh" once it has named the province (``carried_wrappers``
    of common_words.toml)."""
    text = ("Đoàn đại biểu tỉnh Saitama (Nhật Bản) đã thăm Hà Nội. Hiện có 300 lưu học sinh "
            "Saitama theo học tại Việt Nam.")
    found = {p.name: len(p.mentions) for p in places(component, text, "vi")
             if p.name.startswith("Saitama")}
    assert found == {"Saitama Prefecture": 2}


# --- well-known regions, and names where places are written ---------------------------


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Visitors from Bavaria met the mayor.", ["Bavaria"]),
    ("it", "Lazio e Toscana hanno firmato un patto.", ["Lazio", "Tuscany"]),
    ("fr", "Des élus de Bavière sont arrivés hier.", ["Bavaria"]),
    ("es", "Llegaron visitantes de Baviera ayer.", ["Bavaria"]),
    ("de", "Bayern und Lazio unterzeichnen einen Pakt.", ["Bavaria", "Lazio"]),
    ("vi", "Đoàn khách từ Bavaria đã tới.", ["Bavaria"]),
])
def test_region_of_the_alias_tables_needs_no_country(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


def test_other_one_word_region_still_needs_its_country(component: PlacesComponent) -> None:
    assert names(component, "Visitors from Occitanie met the mayor.") == []


def test_a_council_after_a_name_makes_it_a_town(component: PlacesComponent) -> None:
    assert names(component, "Shrewsbury Town Council voted on Monday.") == ["Shrewsbury"]
    assert names(component, "Shrewsbury Regional Council voted on Monday.") == ["Shrewsbury"]
    assert names(component, "Shrewsbury voted on Monday.") == []  # a word opening a sentence


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a verb of visiting or touring makes its bare object a place, and the towns listed
    # after it ("toured Shrewsbury and Hereford")
    ("en", "The delegation toured Shrewsbury on Monday.", ["Shrewsbury"]),
    ("en", "The guests toured Valence and Rastatt on Friday.", ["Valence", "Rastatt"]),
    ("it", "La delegazione ha visitato Rastatt.", ["Rastatt"]),
    ("fr", "La délégation a visité Rastatt.", ["Rastatt"]),
    ("es", "La delegación visitó Rastatt.", ["Rastatt"]),
    ("de", "Die Gäste besuchten Valence.", ["Valence"]),
    # an ordinary capitalised word after one stays a word
    ("en", "The guests visited Sky and toured Apple.", []),
])
def test_a_town_toured_or_visited_is_a_place(component: PlacesComponent, language: str,
                                             text: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


def test_county_around_a_town_of_the_story(component: PlacesComponent) -> None:
    # the town is the county's own: its centre is a few kilometres away
    assert names(component, "The town of Shrewsbury welcomed visitors who toured Shropshire.") == [
        "Shrewsbury", "Shropshire"]
    # a county at the other end of the country needs its own support
    assert names(component, "The town of Shrewsbury welcomed visitors who toured Cornwall.") == [
        "Shrewsbury"]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "Tours and Bordeaux signed a pact.", ["Tours", "Bordeaux"]),
    ("fr", "Tours et Bordeaux signent un pacte.", ["Tours", "Bordeaux"]),
    ("it", "Tours e Bordeaux firmano un patto.", ["Tours", "Bordeaux"]),
    ("es", "Tours y Burdeos firman un pacto.", ["Tours", "Bordeaux"]),
    ("de", "Tours und Bordeaux schließen einen Pakt.", ["Tours", "Bordeaux"]),
    ("vi", "Đoàn khách từ Tours đã tới.", ["Tours"]),
    ("fr", "Une délégation venue à Tours repart demain.", ["Tours"]),
    # a smaller town whose name is a word, in a list with a town of its country
    ("de", "Die Züge zwischen Hof und Plauen fuhren nur eingeschränkt.", ["Hof", "Plauen"]),
])
def test_common_word_in_a_list_of_places_or_after_a_place_preposition(
        component: PlacesComponent, language: str, text: str, expected: list[str]) -> None:
    assert names(component, text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "TOURS – La foire a attiré 300 exposants."),
    ("fr", "TOURS, 3 mars – La foire a attiré 300 exposants."),
])
def test_a_big_city_whose_name_is_a_word_as_the_dateline(
        component: PlacesComponent, language: str, text: str) -> None:
    assert names(component, text, language) == ["Tours"]


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Tours et détours du centre historique."),
    ("fr", "Tours a signé hier."),
])
def test_common_word_opening_a_sentence_without_that_evidence_is_the_word(
        component: PlacesComponent, language: str, text: str) -> None:
    assert names(component, text, language) == []


# --- Korean cities that GeoNames keeps in the old romanization -----------------------


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A delegation from Gimje, Jeollabuk-do, arrived."),
    ("vi", "Đoàn công tác thành phố Gimje tỉnh Jeollabuk đã tới."),
    ("es", "Llegó una delegación de Gimje, Jeollabuk."),
])
def test_korean_city_beside_its_province(component: PlacesComponent, language: str,
                                         text: str) -> None:
    assert names(component, text, language) == ["Gimje", "Jeollabuk"]


def test_a_vietnamese_wrapper_needs_its_accents(component: PlacesComponent) -> None:
    """"quận" (district) before a name marks a town; "tham quan" (to visit) does not."""
    assert "Vinh" not in names(component, "Đoàn khách đã đi tham quan Vinh Quang.", "vi")
    assert "Vinh" in names(component, "Đoàn khách đã đến thành phố Vinh.", "vi")


def test_a_country_after_a_town_s_word_is_a_longer_name(component: PlacesComponent) -> None:
    """"huyện Đức Hòa" is a district the gazetteer lacks, no Germany."""
    assert names(component, "Đoàn đã làm việc với huyện Đức Hòa.", "vi") == []
    assert names(component, "Đoàn đã sang nước Đức.", "vi") == ["Germany"]


def test_a_vietnamese_word_is_no_foreign_town_spelled_without_its_accents(
        component: PlacesComponent) -> None:
    """"Trần" folds to "Tran", a town of the Philippines that GeoNames spells only so; a
    town's word before it does not make it that town ("huyện Tiên Lãng" is no "Tien")."""
    assert names(component, "Đoàn làm việc với thị xã Trần.", "vi") == []
    assert names(component, "Đoàn làm việc với thị xã Tran.", "en") == ["Tran"]


def test_a_country_after_a_capitalised_syllable_ends_a_longer_name(
        component: PlacesComponent) -> None:
    """"huyện Hoài Đức" is a district, no Germany; "miền Nam Italy" is Italy's south."""
    assert names(component, "Đoàn làm việc với huyện Hoài Đức.", "vi") == []
    assert names(component, "Đoàn thăm miền Nam Italy.", "vi") == ["Italy"]
    # a sentence's first word that the text also writes in lower case is an ordinary word
    assert names(component, "Đông nhất là khách Pháp. Khách Đức đứng thứ hai.", "vi") == [
        "France", "Germany"]
    assert names(component, "Năm nay, Hoài Đức đón khách.", "vi") == []


def test_a_small_town_after_an_office_and_before_a_capitalised_word_is_a_name(
        component: PlacesComponent) -> None:
    """"Thị trưởng" (mayor) also marks a town ("Thị trưởng Busan"); followed by two
    capitalised words, the first is a surname ("Thị trưởng Tran Takeshi", "Tran" a small town
    of the Philippines)."""
    assert names(component, "Hôm qua, Thị trưởng Tran Takeshi phát biểu.", "vi") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Đoàn thăm các huyện Hoài Đức, Đức Thọ và Sóc Sơn.", []),
    ("Thủ tướng Nhật Bản Kishida phát biểu.", ["Japan"]),
    ("Đại sứ Việt Nam tại Đức Lê Quốc Bảo phát biểu.", ["Vietnam", "Germany"]),
])
def test_a_country_before_a_capitalised_word_is_a_syllable_of_a_longer_name(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    """Unless an office or a preposition stands before it, or a person's name after it."""
    assert names(component, text, "vi") == expected


def test_a_town_of_the_dateline_s_country_is_found_bare(component: PlacesComponent) -> None:
    """The country a story is filed from is its own, as the language's countries are: its
    towns are named bare ("MAR DEL PLATA.– ... el puerto de Necochea")."""
    text = ("RASTATT.– El alcalde firmó ayer un acuerdo. La comitiva visitará el puerto de "
            "Plauen.")
    assert names(component, text, "es") == ["Rastatt", "Plauen"]
    assert names(component, "El alcalde firmó ayer un acuerdo. La comitiva visitará el puerto "
                            "de Plauen.", "es") == []
    # a dateline in any case, with its date and agency ("Dakar, 14 mars (APS) –")
    text = "Munich, 14 mars (AFP) – Le maire a signé un accord. Il visitera le port de Plauen."
    assert names(component, text, "fr") == ["Munich", "Plauen"]



@pytest.mark.parametrize(("text", "expected"), [
    # since 1 July 2025 a ward bears the name of the town it replaced: the town, not the
    # province named alike
    ("Lễ ký kết diễn ra tại phường Hòa Bình.", {("Hoa Binh", "city")}),
    # a rural commune is no town of another province named alike
    ("Đoàn thăm trường học tại xã Hòa Bình, tỉnh Lâm Đồng.", {("Lam Dong", "region")}),
    # a common syllable after a ward's word opens a longer name
    ("Hợp tác xã ở phường Vĩnh Trường, tỉnh Lâm Đồng đón khách.", {("Lam Dong", "region")}),
])
def test_the_lower_level_of_vietnam_after_2025(component: PlacesComponent, text: str,
                                               expected: set[tuple[str, str]]) -> None:
    assert {(p.name, p.kind) for p in places(component, text, "vi")} == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    # a French word that is a Romance exonym of a capital
    ("Seul le groupe de Bordeaux s'est opposé au projet.", "fr", ["Bordeaux"]),
    ("Le maire de Bordeaux s'est rendu à Séoul.", "fr", ["Bordeaux", "Seoul"]),
    # a metropolitan word before an ordinary word: no greater town
    ("La convention a été signée à Bordeaux, dans la capitale du Grand Port.", "fr",
     ["Bordeaux"]),
    ("La délégation a visité le Grand Port de Bordeaux.", "fr", ["Bordeaux"]),
])
def test_a_french_word_is_no_place_without_support(component: PlacesComponent, text: str,
                                                   language: str,
                                                   expected: list[str]) -> None:
    assert names(component, text, language) == expected




@pytest.mark.parametrize(("text", "expected"), [
    # an adjective and the lower-case noun of a country's name, both inflected
    ("Žilina spolupracuje s mestami v Českej republike.", ["Žilina", "Czechia"]),
    # Slovak's own names of countries, in their cases ("z Rakúska", "vo Francúzsku", "s
    # Talianskom")
    ("Delegácia prišla z Rakúska, vo Francúzsku bola minulý rok.", ["Austria", "France"]),
    ("Mesto spolupracuje s Talianskom.", ["Italy"]),
    # a region named by an adjective whose ending the rhythm law keeps short
    ("Žilina podpísala dohodu s Nitrianskym krajom.", ["Žilina", "Nitra Region"]),
    # a small foreign town after the adjective of its country and the town's noun in the
    # genitive ("srbskej obce"), its region after Slovak's "vo", and a name that drops an e
    # in its cases ("Petrovec": "s Báčskym Petrovcom")
    ("Primátorka prijala delegáciu srbskej obce Báčsky Petrovec. Slováci vo Vojvodine "
     "spolupracujú s Báčskym Petrovcom.", ["Bački Petrovac", "Vojvodina"]),
])
def test_slovak_names_of_countries_and_regions_in_their_cases(
        component: PlacesComponent, text: str, expected: list[str]) -> None:
    assert names(component, text, "sk") == expected


def test_a_capitalised_word_before_an_ordinary_one_names_no_two_word_place(
        component: PlacesComponent) -> None:
    """Only a name written with its second word in lower case ("Česká republika") is read
    from a capitalised word and a lower-case one: "Rakúsko má" is Austria alone."""
    assert names(component, "Česká republika a Rakúsko majú dohodu.", "sk") == [
        "Czechia", "Austria"]


@pytest.mark.parametrize(("text", "country"), [
    # a country of the language that the story tells nothing of: the big city abroad
    ("Macau e Braga assinaram ontem um acordo. A delegação segue depois para Zhuhai.", "MO"),
    ("O acordo de Macau foi assinado em Lisboa.", "MO"),
    # ... the country told: its own small town
    ("A prefeitura de Macau, no Brasil, assinou um acordo com Braga.", "BR"),
    ("Macau e São Paulo assinaram um acordo com Braga.", "BR"),
])
def test_a_small_namesake_in_a_language_s_country_the_story_never_tells_is_not_preferred(
        component: PlacesComponent, text: str, country: str) -> None:
    """The language's countries are preferred for a name, but not for a small namesake of a
    big city abroad when the story tells nothing of that country: Macau (Brazil, 27,000)
    yields to Macau (649,000) in a Portuguese story of Braga, Lisbon and Zhuhai."""
    assert [p.country for p in places(component, text, "pt") if p.name == "Macau"] == [country]


@pytest.mark.parametrize(("language", "text", "capital"), [
    ("en", "The mayor of Florence travelled to the Portuguese capital on Monday.", "Lisbon"),
    ("en", "The Japanese capital welcomed guests from Florence.", "Tokyo"),
    ("fr", "Le maire de Florence s'est rendu dans la capitale portugaise.", "Lisbon"),
    ("it", "Il sindaco di Firenze è arrivato nella capitale francese.", "Paris"),
    ("es", "El alcalde de Florencia viajó a la capital lusa.", "Lisbon"),
    ("pt", "O prefeito de Florença chegou à capital italiana.", "Rome"),
    ("de", "Der Bürgermeister von Florenz reiste in die portugiesische Hauptstadt.", "Lisbon"),
    ("ar", "وصل عمدة فلورنسا إلى العاصمة البرتغالية.", "Lisbon"),
])
def test_a_capital_named_by_its_country_s_adjective_is_that_capital(
        component: PlacesComponent, language: str, text: str, capital: str) -> None:
    """"The Portuguese capital" is Lisbon: the capital GeoNames gives the country of a
    nationality adjective, in the phrase the language writes it with."""
    assert capital in names(component, text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Investors from Florence bring Japanese capital to the port."),
    ("it", "Una società a capitale giapponese apre a Firenze."),
    ("es", "Una empresa de capital mexicano abre en Florencia."),
])
def test_capital_as_money_is_no_country_s_capital(
        component: PlacesComponent, language: str, text: str) -> None:
    """Money ("Japanese capital", "a capitale giapponese") names no country's capital."""
    assert names(component, text, language) == ["Florence"]


@pytest.mark.parametrize(("language", "text", "capital"), [
    ("fr", "Le maire de Florence visite la capitale bavaroise.", "Munich"),
    ("es", "El alcalde de Florencia recordó que la capital gallega mantiene el acuerdo.",
     "Santiago de Compostela"),
    ("it", "Il sindaco di Firenze è arrivato nel capoluogo lombardo.", "Milan"),
    ("pt", "O prefeito de Florença chegou na capital paulista.", "São Paulo"),
    ("de", "Der Bürgermeister von Florenz reiste in die bayerische Landeshauptstadt.",
     "Munich"),
    ("en", "The mayor of Florence travelled to the Lombard capital on Monday.", "Milan"),
])
def test_a_region_s_capital_named_by_the_region_s_adjective_is_that_capital(
        component: PlacesComponent, language: str, text: str, capital: str) -> None:
    """A region's adjective in a capital phrase ("la capitale bavaroise", "il capoluogo
    lombardo"): the region's capital (``regions.toml``), not the country's."""
    found = names(component, text, language)
    assert capital in found and not {"Paris", "Madrid", "Berlin", "Rome"} & set(found)


@pytest.mark.parametrize(("language", "text", "expected", "absent"), [
    # Dutch "regio" before a name is the region's word ("de Tsjechische regio Zlín")
    ("nl", "De provincie Limburg tekende een akkoord met de Tsjechische regio Zlín.",
     "Zlín Region", "Zlín"),
    # Polish and Czech "in" before a country locate a small town as English "in" does
    ("pl", "Tarnów współpracuje z Schoonhoven w Holandii od 1996 r.", "Schoonhoven", None),
    # "negara" (a state) is an Indonesian word, no town
    ("id", "Pemerintah Negara Bagian Sarawak dan Kepala Biro, Yuliana Sari, hadir di Kuching.",
     "Sarawak", "Negara"),
    # Arabic: a father's name after "بن" is no town (Salem); "الباب" (the door) is no Al-Bab
    ("ar", "وقع حمد بن سالم الهنائي الاتفاقية في مسقط.", "Muscat", "Salem"),
    ("ar", "تفتح المذكرة الباب أمام زيارات بين مسقط وبوسان.", "Muscat", "Al Bāb"),
])
def test_words_of_our_languages_that_place_or_are_no_place(
        component: PlacesComponent, language: str, text: str, expected: str,
        absent: str | None) -> None:
    """A region's word, a locating "in", and ordinary words and names' particles that the
    index knows as towns."""
    found = names(component, text, language)
    assert expected in found
    assert absent is None or absent not in found
