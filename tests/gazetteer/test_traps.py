"""The traps of GeoNames data, one sentence a language, with the real gazetteer (slow).

IATA-like codes and common words listed as alternate names ("AND", "FOR", "Area",
"San", "Lat", "Of"), our exact abbreviation "HCM", Đà Lạt written with U+00D0 in
GeoNames, and names of organisations and metropolitan cities. The gazetteer is
the one built from scratch for the session (``conftest.built``).
"""

from __future__ import annotations

import pytest

from citypact.extract.components.places import PlacesComponent, make_places_component
from citypact.gazetteer import load_gazetteer
from citypact.settings import Settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def component(built: Settings) -> PlacesComponent:
    made = make_places_component(load_gazetteer(built))
    assert isinstance(made, PlacesComponent)
    return made


@pytest.mark.parametrize(("language", "text", "expected"), [
    pytest.param("en", "Officials of the Area Of Cooperation AND Development met FOR a DAY in "
                 "Rome, Italy.", ["Rome", "Italy"], id="codes-en"),
    pytest.param("it", "Il protocollo tra l'Area San Lat e il Comune di Roma FOR AND DAY, in "
                 "Italia.", ["Rome", "Italy"], id="codes-it"),
    pytest.param("fr", "La Area de coopération AND le programme FOR ont été signés à Nice, en "
                 "France.", ["Nice", "France"], id="codes-fr"),
    pytest.param("es", "El Área de San Lat AND FOR se firmó en Florencia, Italia.",
                 ["Florence", "Italy"], id="codes-es"),
    pytest.param("de", "Die Area Of San Lat AND FOR wurde in Stuttgart, Deutschland, "
                 "unterzeichnet.", ["Stuttgart", "Germany"], id="codes-de"),
    pytest.param("vi", "Đoàn HCM và đại biểu NAM AND FOR thăm Đà Lạt, Việt Nam.",
                 ["Ho Chi Minh City", "Da Lat", "Vietnam"], id="codes-vi"),
    pytest.param("en", "The hcm and Hcm teams met in Hanoi, Vietnam.", ["Hanoi", "Vietnam"],
                 id="abbreviation-case-en"),
    pytest.param("vi", "Đoàn công tác TP HCM thăm \u00d0à Lạt.",
                 ["Ho Chi Minh City", "Da Lat"], id="eth-vi"),
    pytest.param("en", "Florence Nightingale, the hue of the sky, and the city of Florence, "
                 "Italy.", ["Florence", "Italy"], id="people-and-words-en"),
    pytest.param("fr", "C'est nice, dit le maire de Nice, en France.", ["Nice", "France"],
                 id="nice-fr"),
    pytest.param("en", "The University of Stuttgart and the Metropolitan City of Rome signed a "
                 "pact in Italy.", ["Stuttgart", "Metropolitan City of Rome", "Italy"],
                 id="organisation-en"),
    pytest.param("it", "La Città metropolitana di Roma e l'Università di Torino hanno firmato.",
                 ["Metropolitan City of Rome", "Turin"], id="metropolitan-it"),
])
def test_traps(component: PlacesComponent, language: str, text: str,
               expected: list[str]) -> None:
    assert [p.name for p in component.extract(text, language)] == expected
