"""The data files load, are consistent, and malformed ones are refused with a clear error."""

from __future__ import annotations

from typing import Any

import pytest

from citypact.errors import ConfigError
from citypact.extract.rules import supported_languages
from citypact.gazetteer import rules
from citypact.gazetteer.cues import PlaceCues


def test_every_data_file_loads() -> None:
    assert rules.load_aliases() and rules.load_country_names()
    vietnam = rules.load_vietnam()
    assert len(vietnam.merged_into) == 29  # 63 provinces became 34
    assert len(set(vietnam.merged_into.values()) | set(vietnam.municipalities)) <= 34
    assert rules.load_wrappers().before["city"]
    assert rules.load_people().titles
    assert set(rules.load_common_words().function) == set(supported_languages())
    # dropped from the names when the index is built: GeoNames has Vietnamese hamlets "Dang"
    # and "Hanh"; "Đảng" (the Party) and "Hành lang" (a corridor) are words
    assert {"đảng", "hành"} <= set(rules.load_common_words().function["vi"])
    assert "*:*" in rules.load_homonym_names()
    assert any("Đài Loan" in c.accented for c in rules.load_country_names() if c.code == "TW")
    assert PlaceCues.load().ambiguous("Nice", "en")
    assert PlaceCues.load().ambiguous("Mitte", "de")  # "Mitte Juni", Berlin's district
    assert PlaceCues.load().ambiguous("Wetter", "de")  # "das Wetter spielte mit"
    # a town's old quarter ("la Ciudad Vieja montevideana"), a Guatemalan town's name too
    assert PlaceCues.load().ambiguous("Ciudad Vieja", "es")


def test_a_region_named_like_its_seat_has_the_names_of_its_kind() -> None:
    """"Luxor Governorate", "Akita Prefecture" stand beside the cities of Luxor and Akita; a
    region that is a city itself ("Kigali (city region)") is none of them."""
    assert {"luxor governorate", "akita prefecture"} <= rules.homonym_region_names("Luxor") | (
        rules.homonym_region_names("Akita"))
    assert "kigali city region" not in rules.homonym_region_names("Kigali")
    assert rules.load_homonym_names()["*:governorate"] == "{name} Governorate"


def test_merged_provinces_point_to_provinces_in_force() -> None:
    vietnam = rules.load_vietnam()
    assert not set(vietnam.merged_into) & set(vietnam.merged_into.values())


def _patched(monkeypatch: pytest.MonkeyPatch, data: dict[str, Any]) -> None:
    monkeypatch.setattr(rules, "read_data", lambda name: {"version": 1, **data})


def test_an_exonym_names_its_own_city() -> None:
    """Polish "Kopenhaga" is Copenhagen's (a merge had put it in Shinhidaka's entry)."""
    entries = {name: entry for entry in rules.load_aliases() for name in entry.names}
    assert (entries["Kopenhaga"].of, entries["Kopenhaga"].country) == ("Copenhagen", "DK")
    assert entries["Shinhidaka"].names == ("Shinhidaka", "Shin-Hidaka", "Shizunai")


def test_german_names_of_polish_voivodeships_and_a_village_s_full_name() -> None:
    """German papers' "Woiwodschaft Ermland-Masuren"; "Lech am Arlberg", not Lecco."""
    entries = {name: entry for entry in rules.load_aliases() for name in entry.names}
    assert entries["Ermland-Masuren"].code == "PL-28"
    assert entries["Niederschlesien"].code == "PL-02"
    assert (entries["Lech am Arlberg"].of, entries["Lech am Arlberg"].country) == ("Lech", "AT")


def test_bad_alias_entry_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, {"place": [{"of": "Turin", "names": ["Torino"]}]})
    with pytest.raises(ConfigError, match="needs `code`"):
        rules.load_aliases()


def test_a_region_without_a_city_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, {"place": [{"code": "IT-52", "names": ["Toscana"],
                                      "region": "IT-52"}]})
    with pytest.raises(ConfigError, match="region"):
        rules.load_aliases()


def test_bad_restriction_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, {"place": [{"code": "IT-52", "names": ["Toscana"],
                                      "restrict": {"Toscana": "xx"}}]})
    with pytest.raises(ConfigError, match="restrict"):
        rules.load_aliases()


def test_a_country_s_restriction_loads_and_a_bad_one_is_refused(
        monkeypatch: pytest.MonkeyPatch) -> None:
    india = next(c for c in rules.load_country_names() if c.code == "IN")
    assert india.restrict == {"Indien": "!fr"}
    _patched(monkeypatch, {"country": [{"code": "IN", "names": ["Indien"],
                                        "restrict": {"Indien": "!xx"}}]})
    with pytest.raises(ConfigError, match="restrict"):
        rules.load_country_names()


def test_agencies_load_folded_and_a_bad_one_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    agencies = rules.load_agencies()
    assert agencies["dpa"] == "DE" and agencies["ctk"] == "CZ"
    monkeypatch.setattr(rules, "load_rule_file",
                        lambda name: {"version": 1, "agencies": {"dpa": "Germany"}})
    with pytest.raises(ConfigError, match="agencies"):
        rules.load_agencies()


def test_world_agencies_load_folded() -> None:
    """The world agencies' tags, Arabic ones too, with no country."""
    world = rules.load_world_agencies()
    assert {"afp", "reuters", "فرانس برس"} <= world
    assert "afp" not in rules.load_agencies()


def test_listed_places_load_and_a_bad_one_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """An island or a district no source lists ("La Palma") lies in a first-level region of
    its country; one without it is refused."""
    listed = {p.name: p for p in rules.load_listed_places()}
    assert listed["La Palma"].within == "ES-CN" and listed["La Palma"].wrapped == ("La Palma",)
    _patched(monkeypatch, {"place": [{"name": "La Palma", "kind": "region", "country": "ES",
                                      "within": "IT-52", "lat": 28.7, "lon": -17.9,
                                      "population": 84_000, "wrapped": ["La Palma"]}]})
    with pytest.raises(ConfigError, match="within"):
        rules.load_listed_places()


def test_a_listed_place_s_own_code_is_of_its_country(monkeypatch: pytest.MonkeyPatch) -> None:
    """Norway's counties of 2024 carry the code newer sources give them; another country's
    code is refused."""
    listed = {p.name: p for p in rules.load_listed_places()}
    assert (listed["Troms"].code, listed["Troms"].within) == ("NO-55", "NO-54")
    assert listed["La Palma"].code is None
    # the United Kingdom's historic and ceremonial counties, which ISO 3166-2 does not list
    assert {listed[n].within for n in ("Yorkshire", "West Yorkshire", "Merseyside")} == {
        "GB-ENG"}
    _patched(monkeypatch, {"place": [{"name": "Troms", "kind": "region", "country": "NO",
                                      "code": "SE-55", "within": "NO-54", "lat": 69.3,
                                      "lon": 19.0, "population": 169_000, "names": ["Troms"]}]})
    with pytest.raises(ConfigError, match="code"):
        rules.load_listed_places()


def test_bad_merger_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _patched(monkeypatch, {"merged_into": {"VN-70": 68}, "municipalities": {}})
    with pytest.raises(ConfigError, match="bad pair"):
        rules.load_vietnam()


def test_wrong_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rules.tomllib, "loads", lambda text: {"version": 2})
    with pytest.raises(ConfigError, match="version"):
        rules.read_data("aliases.toml")


def test_metropolitan_template_needs_the_name(monkeypatch: pytest.MonkeyPatch) -> None:
    empty = {"before": [], "after": []}
    _patched(monkeypatch, {"city": empty, "region": empty, "country": empty, "strip": {},
                           "facility": {}, "metropolitan": {"before": {"Greater": "Greater"}}})
    with pytest.raises(ConfigError, match=r"metropolitan\.before"):
        rules.load_wrappers()
