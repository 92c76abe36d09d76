"""Actors: organisations and people in one-sentence cases per language.

Places are given by hand (as the places component would resolve them), so these tests
pin the actor rules alone.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from citypact.errors import ConfigError
from citypact.extract.actors import rules as actor_rules
from citypact.extract.components.actors import ActorsComponent
from citypact.extract.pipeline import Doc
from citypact.model import Article, Organization, Person, Place, PlaceKind

PlaceSpec = tuple[str, str, PlaceKind, str]
"""(text as written, canonical name, kind, country)."""

VIETNAM: PlaceSpec = ("Vietnam", "Vietnam", "country", "VN")


@pytest.fixture(scope="module")
def actors() -> ActorsComponent:
    return ActorsComponent()


def make_doc(text: str, language: str, places: list[PlaceSpec]) -> Doc:
    found = []
    for index, (surface, name, kind, country) in enumerate(places):
        spans = tuple(m.span() for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)",
                                                    text))
        found.append(Place(id=f"test:{index}", name=name, kind=kind, country=country,
                           mentions=spans))
    article = Article(id="test", text=text, language=language)
    return Doc(article=article, language=language, sentences=((0, len(text)),),
               places=tuple(found))


def run(actors: ActorsComponent, text: str, language: str,
        places: list[PlaceSpec] | None = None) -> Doc:
    return actors(make_doc(text, language, places or []))


def org_named(doc: Doc, name: str) -> Organization:
    matches = [o for o in doc.organizations if o.name == name]
    assert matches, f"{name!r} not in {[o.name for o in doc.organizations]}"
    return matches[0]


def person_named(doc: Doc, name: str) -> Person:
    matches = [p for p in doc.people if p.name == name]
    assert matches, f"{name!r} not in {[p.name for p in doc.people]}"
    return matches[0]


def test_component_contract(actors: ActorsComponent) -> None:
    assert actors.name == "actors"
    assert actors.requires == ("language", "sentences", "places")
    assert actors.assigns == ("organizations", "people")


# --- English ---------------------------------------------------------------------------

def test_en_officials_of_local_governments(actors: ActorsComponent) -> None:
    text = ("Vice Mayor of the City of Turin Michela Favaro met Mr. Vo Van Hoan, Vice "
            "Chairman of the Ho Chi Minh City People's Committee.")
    doc = run(actors, text, "en", [("Turin", "Turin", "city", "IT"),
                                   ("Ho Chi Minh City", "Ho Chi Minh City", "city", "VN")])
    assert doc.organizations == ()  # the City of Turin and the People's Committee are places
    favaro = person_named(doc, "Michela Favaro")
    assert favaro.role == "Vice Mayor of the City of Turin"
    assert favaro.affiliation == "Turin"
    assert person_named(doc, "Vo Van Hoan").affiliation == "Ho Chi Minh City"


def test_en_organisations_whose_names_hold_places(actors: ActorsComponent) -> None:
    text = "The University of Stuttgart signed an agreement with Can Tho University."
    doc = run(actors, text, "en", [("Stuttgart", "Stuttgart", "city", "DE"),
                                   ("Can Tho", "Can Tho", "city", "VN")])
    stuttgart = org_named(doc, "University of Stuttgart")
    assert (stuttgart.type, stuttgart.country) == ("university", "DE")
    assert org_named(doc, "Can Tho University").country == "VN"
    assert [o.name for o in doc.organizations] == ["University of Stuttgart",
                                                  "Can Tho University"]


def test_en_acronym_after_its_expansion_is_an_alias(actors: ActorsComponent) -> None:
    text = ("The Regional Federation of Small Towns (RFST) met the mayor. RFST will "
            "open an office in Rome.")
    doc = run(actors, text, "en", [("Rome", "Rome", "city", "IT")])
    federation = org_named(doc, "Regional Federation of Small Towns")
    assert "RFST" in federation.aliases
    assert len(federation.mentions) == 3
    assert all(text[s:e] in ("Regional Federation of Small Towns", "RFST")
               for s, e in federation.mentions)


def test_en_company_with_a_legal_suffix(actors: ActorsComponent) -> None:
    doc = run(actors, "Binh Duong’s Becamex IDC Corp signed a deal.", "en",
              [("Binh Duong", "Binh Duong", "region", "VN")])
    assert org_named(doc, "Becamex IDC Corp").type == "company"


def test_en_title_without_a_name_is_no_person(actors: ActorsComponent) -> None:
    doc = run(actors, "The mayor said that the two cities would cooperate.", "en")
    assert doc.people == ()


def test_en_name_without_a_title(actors: ActorsComponent) -> None:
    doc = run(actors, "Later, Giorgia Meloni thanked Nguyen Thi Lan for the visit.", "en")
    assert [p.name for p in doc.people] == ["Giorgia Meloni", "Nguyen Thi Lan"]


def test_en_short_references_join_the_full_name(actors: ActorsComponent) -> None:
    text = "President of Tuscany Eugenio Giani met the guests. Giani praised the plan."
    doc = run(actors, text, "en", [("Tuscany", "Tuscany", "region", "IT")])
    assert len(doc.people) == 1
    giani = doc.people[0]
    assert giani.affiliation == "Tuscany"
    assert [text[s:e] for s, e in giani.mentions] == ["Eugenio Giani", "Giani"]


def test_en_ambassador_acts_for_the_named_embassy(actors: ActorsComponent) -> None:
    text = "Ambassador Duong Hai Hung said the Vietnamese Embassy in Italy would help."
    doc = run(actors, text, "en", [("Italy", "Italy", "country", "IT")])
    embassy = org_named(doc, "Vietnamese Embassy in Italy")
    assert (embassy.type, embassy.country) == ("embassy", "VN")
    assert person_named(doc, "Duong Hai Hung").affiliation == "Vietnamese Embassy in Italy"


def test_en_national_leader_acts_for_the_country(actors: ActorsComponent) -> None:
    doc = run(actors, "President Vo Van Thuong visited Florence in Italy and Vietnam.", "en",
              [("Florence", "Florence", "city", "IT"), ("Italy", "Italy", "country", "IT"),
               VIETNAM])
    assert person_named(doc, "Vo Van Thuong").affiliation == "Vietnam"


def test_en_places_are_not_people(actors: ActorsComponent) -> None:
    doc = run(actors, "Mr. Tran met officials of Ho Chi Minh City.", "en",
              [("Ho Chi Minh City", "Ho Chi Minh City", "city", "VN")])
    assert all("Ho Chi Minh" not in p.name for p in doc.people)


def test_en_known_news_agency(actors: ActorsComponent) -> None:
    doc = run(actors, "The delegation arrived on Monday (Photo: VNA).", "en")
    agency = org_named(doc, "VNA")
    assert (agency.type, agency.country) == ("media", "VN")


# --- Italian ---------------------------------------------------------------------------

def test_it_mayor_and_chamber_and_comune(actors: ActorsComponent) -> None:
    text = ("Il sindaco di Foligno, Stefano Zuccarini, ha incontrato la Camera di Commercio "
            "Italia Vietnam e il Comune di Perugia.")
    doc = run(actors, text, "it", [("Foligno", "Foligno", "city", "IT"),
                                   ("Italia", "Italy", "country", "IT"),
                                   ("Vietnam", "Vietnam", "country", "VN"),
                                   ("Perugia", "Perugia", "city", "IT")])
    assert [o.name for o in doc.organizations] == ["Camera di Commercio Italia Vietnam"]
    assert doc.organizations[0].type == "chamber"
    zuccarini = person_named(doc, "Stefano Zuccarini")
    assert zuccarini.affiliation == "Foligno"
    assert zuccarini.role == "sindaco di Foligno"


def test_it_particle_in_a_surname(actors: ActorsComponent) -> None:
    doc = run(actors, "La vicesindaca Anna Lo Russo ha visitato la Regione Lazio.", "it",
              [("Lazio", "Lazio", "region", "IT")])
    assert [p.name for p in doc.people] == ["Anna Lo Russo"]
    assert doc.organizations == ()


# --- Vietnamese ------------------------------------------------------------------------

def test_vi_chairman_of_a_peoples_committee(actors: ActorsComponent) -> None:
    text = ("Chủ tịch UBND tỉnh Vĩnh Phúc Nguyễn Văn Trì đã tiếp đoàn của Trường Đại học "
            "Cần Thơ.")
    doc = run(actors, text, "vi", [("Vĩnh Phúc", "Vinh Phuc", "region", "VN"),
                                   ("Cần Thơ", "Can Tho", "city", "VN")])
    assert person_named(doc, "Nguyễn Văn Trì").affiliation == "Vinh Phuc"
    assert [(o.name, o.type) for o in doc.organizations] == [
        ("Trường Đại học Cần Thơ", "university")]


def test_vi_department_written_in_lower_case(actors: ActorsComponent) -> None:
    doc = run(actors, "Ông Lê Văn Nam, Giám đốc Sở Ngoại vụ TPHCM, phát biểu.", "vi",
              [("TPHCM", "Ho Chi Minh City", "city", "VN")])
    assert org_named(doc, "Sở Ngoại vụ TPHCM").type == "government"
    assert person_named(doc, "Lê Văn Nam").affiliation == "Sở Ngoại vụ TPHCM"


def test_vi_minister_is_no_ministry(actors: ActorsComponent) -> None:
    doc = run(actors, "Bộ trưởng Axel Gedaschko bày tỏ vui mừng.", "vi")
    assert doc.organizations == ()
    assert [p.name for p in doc.people] == ["Axel Gedaschko"]


# --- French, Spanish, German -------------------------------------------------------------

def test_fr_mayor_after_the_name(actors: ActorsComponent) -> None:
    text = "Christian Dupont, le maire de Nice, a reçu l'Université de Nice."
    doc = run(actors, text, "fr", [("Nice", "Nice", "city", "FR")])
    assert person_named(doc, "Christian Dupont").affiliation == "Nice"
    assert org_named(doc, "Université de Nice").type == "university"


def test_es_mayor_and_ayuntamiento(actors: ActorsComponent) -> None:
    text = ("El alcalde de Monterrey, Luis Pérez, visitó la Universidad de Texas y el "
            "Ayuntamiento de San Antonio.")
    doc = run(actors, text, "es", [("Monterrey", "Monterrey", "city", "MX"),
                                   ("Texas", "Texas", "region", "US"),
                                   ("San Antonio", "San Antonio", "city", "US")])
    assert person_named(doc, "Luis Pérez").affiliation == "Monterrey"
    assert [o.name for o in doc.organizations] == ["Universidad de Texas"]


def test_de_mayor_and_university(actors: ActorsComponent) -> None:
    text = ("Oberbürgermeister Frank Nopper empfing Vertreter der Universität Stuttgart "
            "und der Stadt Stuttgart.")
    doc = run(actors, text, "de", [("Stuttgart", "Stuttgart", "city", "DE")])
    assert [p.name for p in doc.people] == ["Frank Nopper"]
    assert person_named(doc, "Frank Nopper").affiliation == "Stuttgart"
    assert [o.name for o in doc.organizations] == ["Universität Stuttgart"]


# --- rule files ------------------------------------------------------------------------

def test_every_language_file_loads() -> None:
    rules = actor_rules.load_actor_rules()
    assert {"en", "it", "vi", "fr", "es", "de"} <= set(rules.people)
    assert rules.known


def test_an_unknown_organisation_type_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    def fake(*parts: str) -> dict[str, Any]:
        return {"organizations": {"castle": ["Castle"]}}

    monkeypatch.setattr(actor_rules, "load_rule_file", fake)
    with pytest.raises(ConfigError, match="castle"):
        actor_rules.load_language_rules("en")
