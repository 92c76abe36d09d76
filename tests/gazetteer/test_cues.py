"""Wrappers found beside a name: kind, side, span and metropolitan templates."""

from __future__ import annotations

import pytest

from citypact.gazetteer import Entity, NameEntry, Source
from citypact.gazetteer.cues import PlaceCues
from citypact.gazetteer.mentions import Mention
from citypact.gazetteer.model import Candidate
from citypact.gazetteer.resolve import _agency_credit


@pytest.fixture(scope="module")
def cues() -> PlaceCues:
    return PlaceCues.load()


@pytest.mark.parametrize(("text", "name", "wrapper", "kind"), [
    pytest.param("la ville d'Orange", "Orange", "ville d", "city", id="fr-elided"),
    pytest.param("la région d’Occitanie", "Occitanie", "région d", "region", id="fr-curly"),
    pytest.param("una città d'Italia", "Italia", "città d", "city", id="it-elided"),
    pytest.param("Comune di Foligno", "Foligno", "Comune di", "city", id="it"),
    pytest.param("UBND TP. Huế", "Huế", "TP", "city", id="vi-abbreviation"),
    pytest.param("die Präfektur Hyogo", "Hyogo", "Präfektur", "region", id="de-prefecture"),
    pytest.param("der Woiwodschaft Schlesien", "Schlesien", "Woiwodschaft", "region",
                 id="de-voivodeship"),
    pytest.param("die Hafenstadt Ningbo", "Ningbo", "Hafenstadt", "city", id="de-port"),
    pytest.param("die Nachbargemeinde Wagna", "Wagna", "Nachbargemeinde", "city",
                 id="de-neighbour"),
    pytest.param("làm việc với xứ Wales", "Wales", "xứ", "region", id="vi-land"),
    pytest.param("tiểu bang Oregon", "Oregon", "tiểu bang", "region", id="vi-us-state"),
    # a Chinese autonomous region with its people
    pytest.param("thành phố Phòng Thành Cảng, Khu tự trị dân tộc Choang Quảng Tây",
                 "Quảng Tây", "Khu tự trị dân tộc Choang", "region", id="vi-autonomous-zhuang"),
    pytest.param("Khu tự trị dân tộc Hồi Ninh Hạ", "Ninh Hạ", "Khu tự trị dân tộc Hồi",
                 "region", id="vi-autonomous-hui"),
])
def test_wrapper_before_spans_its_words(cues: PlaceCues, text: str, name: str, wrapper: str,
                                        kind: str) -> None:
    found = cues.wrapper_before(text, text.index(name))
    assert found is not None
    assert (text[slice(*found.span)], found.kind, found.before) == (wrapper, kind, True)


def test_wrapper_after(cues: PlaceCues) -> None:
    text = "the Latina province"
    found = cues.wrapper_after(text, text.index(" province"))
    assert found is not None
    assert (text[slice(*found.span)], found.kind, found.before) == ("province", "region", False)


@pytest.mark.parametrize(("text", "name", "kind", "template"), [
    # "Region" is also a region's wrapper ("Region Lombardei"); the others wrap a city.
    pytest.param("the Region Stuttgart", "Stuttgart", "region", "{name} Region", id="de"),
    pytest.param("Greater Manchester", "Manchester", "city", "Greater {name}", id="en"),
    pytest.param("l'area metropolitana di Milano", "Milano", "city",
                 "Metropolitan Area of {name}", id="it"),
    pytest.param("l'aire métropolitaine d'Orléans", "Orléans", "city",
                 "Metropolitan Area of {name}", id="fr"),
])
def test_metropolitan_wrapper_before_carries_its_template(
        cues: PlaceCues, text: str, name: str, kind: str, template: str) -> None:
    found = cues.wrapper_before(text, text.index(name))
    assert found is not None and (found.kind, found.template) == (kind, template)


def test_capitalised_metropolitan_word_counts_only_capitalised(cues: PlaceCues) -> None:
    upper = cues.wrapper_after("the Stuttgart Region", len("the Stuttgart"))
    lower = cues.wrapper_after("the Stuttgart region", len("the Stuttgart"))
    assert upper is not None and upper.template == "{name} Region"
    assert lower is not None and (lower.kind, lower.template) == ("region", None)
    assert cues.wrapper_before("a greater Manchester", len("a greater ")) is None


@pytest.mark.parametrize(("language", "text", "name"), [
    ("en", "guests from Tours", "Tours"), ("it", "ospiti da Tours", "Tours"),
    ("fr", "venus à Tours", "Tours"), ("es", "llegados desde Tours", "Tours"),
    ("de", "Gäste aus Tours", "Tours"), ("vi", "khách từ Tours", "Tours"),
])
def test_place_preposition_before(cues: PlaceCues, language: str, text: str,
                                  name: str) -> None:
    assert cues.place_preposition_before(text, text.index(name), language)


def test_place_prepositions_keep_their_diacritics(cues: PlaceCues) -> None:
    assert not cues.place_preposition_before("khách tu Tours", 9, "vi")
    assert not cues.place_preposition_before("the tours of Tours", 13, "en")


@pytest.mark.parametrize(("language", "gap", "joins"), [
    ("en", ", ", True), ("en", " and ", True), ("en", ", and ", True), ("it", " e ", True),
    ("fr", " et ", True), ("es", " y ", True), ("de", " und ", True), ("vi", " và ", True),
    ("en", " met ", False), ("en", " ", False), ("en", " and the ", False),
    ("nl", " en ", True), ("nl", " en het Duitse ", True), ("nl", " en de Franse ", True),
    ("en", " and the German ", True), ("nl", " en de grote ", False),
    ("nl", " en de steden ", False),
    ("pl", " i ", True), ("pl", " oraz ", True), ("cs", " a ", True), ("hu", " és ", True),
    ("ru", " и ", True),
    ("uk", " і ", True), ("uk", " та ", True),
    ("sv", " och ", True), ("sv", " samt ", True),
])
def test_list_gap(cues: PlaceCues, language: str, gap: str, joins: bool) -> None:
    assert cues.list_gap(gap, language) is joins


def test_lowercase_on_is_no_title_but_on_dot_is(cues: PlaceCues) -> None:
    assert not cues.person_before("a vote on Fontana", 10)
    assert cues.person_before("l'On. Fontana", 6)


@pytest.mark.parametrize(("text", "name", "person"), [
    # a two-letter surname without its marks makes a name before a middle name only
    ("Committee Le Quang Minh said", "Quang Minh", True),
    ("Speaking, Ho Thanh Hoa said", "Thanh Hoa", True),
    ("the port of Le Havre", "Havre", False),
    ("trains to Le Mans and Quang Minh", "Quang Minh", False),
])
def test_short_vietnamese_surname_before_a_middle_name(cues: PlaceCues, text: str, name: str,
                                                       person: bool) -> None:
    assert cues.vietnamese_name_before(text, text.index(name)) is person


@pytest.mark.parametrize(("text", "name", "opens"), [
    # a surname without its marks opens a name before a middle name ("Nguyen" is also a
    # commune's variant), even after a word of the committee
    ("Party Committee Nguyen Thi Thanh Xuan said", "Nguyen", True),
    ("Chairman Trần Văn Khoa said", "Trần", True),
    ("the Tran Hung Dao street", "Tran", False),
    ("trains to Nguyen, then", "Nguyen", False),
])
def test_vietnamese_surname_before_a_middle_name_opens_a_name(
        cues: PlaceCues, text: str, name: str, opens: bool) -> None:
    start = text.index(name)
    assert cues.vietnamese_name_opens(name, text, start + len(name)) is opens


@pytest.mark.parametrize(("text", "name"), [
    ("ha detto il vicesindaco Haruto Nakamura", "Nakamura"),
    ("als die Bürgermeisterin Akiko Nakamura sagte", "Nakamura"),
    ("the vice chairman Le Quang Minh", "Quang Minh"),
    # French and Spanish given names before a surname that is a town ("Delmas" in Haiti,
    # "Pinto" near Madrid), also after a first surname
    ("le directeur de l'interprofession, Antoine Delmas", "Delmas"),
    ("la presidenta de la Câmara, Helena Vaz Pinto", "Pinto"),
    # common Spanish given names whose bearers' second surname is a town
    ("el alcalde provincial, Joaquín Ramos Villena, recibió", "Villena"),
    ("según Héctor Gómez Linares", "Linares"),
])
def test_office_and_given_name_before_a_surname(cues: PlaceCues, text: str, name: str) -> None:
    assert cues.person_before(text, text.index(name))


@pytest.mark.parametrize(("text", "name", "kind", "credit"), [
    ("HANGZHOU, May 16 (Xinhua) -- East China's Zhejiang", "Xinhua", "city", True),
    ("ROME (Xinhua) - The mayor", "Xinhua", "city", True),
    ("The mayor of Rome (Xinhua) said", "Xinhua", "city", False),
    ("HANOI, May 16 (Xinhua county) signed", "Xinhua", "city", False),
    # a country or region there says where the dateline's town is
    ("CÓRDOBA (Argentina) – El convenio", "Argentina", "country", False),
])
def test_a_news_agency_credited_after_a_dateline_is_no_place(text: str, name: str, kind: str,
                                                             credit: bool) -> None:
    start = text.index(name)
    entity = Entity("test:x", name, kind, "CN")  # type: ignore[arg-type]
    spelling = NameEntry(name.lower(), "test:x", name, Source.OFFICIAL)
    mention = Mention((start, start + len(name)), name, name.lower(),
                      (Candidate(entity, (spelling,)),))
    assert _agency_credit(text, mention) is credit


@pytest.mark.parametrize(("text", "name", "bank"), [
    ("un groupe s'était rendu sur les bords de l'Elbe", "Elbe", True),
    ("una excursión a orillas del Ebro", "Ebro", True),
    ("una passeggiata sulle rive del Po", "Po", True),
    ("ein Fest am Ufer der Elbe", "Elbe", True),
    # a mountain's tunnel or massif: the mountain's name, not a town's
    ("déviés par le tunnel du Fréjus", "Fréjus", True),
    ("Tunnel du Mont-Blanc : quinze semaines", "Mont-Blanc", True),
    ("el túnel del Cadí", "Cadí", True),
    # a gulf named after a country: the sea's name
    ("fishing in the Gulf of Thailand", "Thailand", True),
    # a bank word needs a function word before the name; a town after "de" stays one
    ("le maire de Elbe", "Elbe", False),
    ("la rive Gauche", "Gauche", False),
])
def test_a_name_after_a_river_bank_is_the_river(cues: PlaceCues, text: str, name: str,
                                                bank: bool) -> None:
    assert cues.bank_before(text, text.index(name)) is bank


@pytest.mark.parametrize(("text", "codes"), [
    # German adjectives of nationality tell the country in every case ending
    ("im französischen Département Dordogne", {"FR"}),
    ("mit der chinesischen Provinz und dem russischen Wolgograd", {"CN", "RU"}),
])
def test_inflected_german_demonyms_tell_the_country(cues: PlaceCues, text: str,
                                                   codes: set[str]) -> None:
    assert cues.demonym_countries(text) == codes


@pytest.mark.parametrize(("word", "expected"), [("Augen", True), ("Auggen", False)])
def test_a_german_noun_that_a_village_has_as_alternate_name_is_ambiguous(
        cues: PlaceCues, word: str, expected: bool) -> None:
    assert cues.ambiguous(word, "de") is expected


@pytest.mark.parametrize(("text", "language", "before"), [
    ("COMITATO GEMELLAGGI MONTEBELLUNA", "it", True),
    ("COMITATO CULTURALE MONTEBELLUNA", "it", False),
    # the word before the name folds to nothing: the window's last word is told
    ("COMITATO GEMELLAGGI – MONTEBELLUNA", "it", True),
    ("COMITATO GEMELLAGGI MONTEBELLUNA", None, True),
])
def test_a_word_of_twinning_right_before_a_name(cues: PlaceCues, text: str,
                                                language: str | None, before: bool) -> None:
    assert cues.twinning_word_before(text, text.index("MONTEBELLUNA"), language) is before
