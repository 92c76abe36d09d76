"""The gazetteer's data files (``data/*.toml``), read and validated.

Every file is written by us, versioned (``version = 1``) and documented at its
top. A malformed file raises ``ConfigError`` naming the file and the field, at
load time, never in the middle of a document.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from citypact.errors import ConfigError
from citypact.extract.rules import load_rule_file, supported_languages
from citypact.textnorm import fold

_CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
_ENTITY_ID = re.compile(r"^(geonames:\d+|iso3166-2:[A-Z]{2}-[A-Z0-9]{1,3})$")


def read_data(name: str) -> dict[str, Any]:
    """Parse one packaged data file and check its version."""
    try:
        folder = resources.files("citypact.gazetteer").joinpath("data")
        text = folder.joinpath(name).read_text("utf-8")
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"gazetteer data {name}: {exc}") from exc
    if data.get("version") != 1:
        raise ConfigError(f"gazetteer data {name}: expected version = 1")
    return data


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: expected a list of non-empty strings")
    return tuple(value)


def _table(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table")
    return value


@dataclass(frozen=True, slots=True)
class PlaceAliases:
    """One ``[[place]]`` of ``aliases.toml``."""

    code: str | None
    of: str | None
    country: str | None
    name: str | None
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    restrict: dict[str, str] = field(default_factory=dict)
    region: str | None = None
    """The ISO 3166-2 code of the first-level region of a city named by ``of``, to choose
    it among homonyms of its country (Guangxi's Pingxiang, not Jiangxi's larger one)."""


@dataclass(frozen=True, slots=True)
class CountryNames:
    """One ``[[country]]`` of ``countries.toml``."""

    code: str
    names: tuple[str, ...]
    abbreviations: tuple[str, ...]
    accented: tuple[str, ...]
    demonyms: tuple[str, ...]
    restrict: dict[str, str] = field(default_factory=dict)
    """Names that count in some languages only, as in ``aliases.toml``."""


@dataclass(frozen=True, slots=True)
class VietnamProvinces:
    """``vietnam.toml``: the 2025 merger and the province-level cities."""

    merged_into: dict[str, str]
    municipalities: dict[str, str]
    aliases: dict[str, tuple[str, ...]]


def _restrict(entry: dict[str, Any], where: str) -> dict[str, str]:
    """An entry's ``restrict`` table: each spelling's languages ("it,fr") or "!languages"."""
    restrict = _table(entry.get("restrict", {}), f"{where} restrict")
    for spelling, langs in restrict.items():
        if not isinstance(langs, str) or not set(langs.lstrip("!").split(",")) <= set(
                supported_languages()):
            raise ConfigError(f"{where}: restrict {spelling!r} must be languages (\"it,fr\") "
                              "or !languages (\"!es,pt\")")
    return {str(spelling): str(langs) for spelling, langs in restrict.items()}


def _place(item: object, index: int) -> PlaceAliases:
    where = f"aliases.toml place #{index + 1}"
    entry = _table(item, where)
    code, of, country = entry.get("code"), entry.get("of"), entry.get("country")
    if code is not None and (not isinstance(code, str) or not _CODE.match(code)):
        raise ConfigError(f"{where}: bad code {code!r}")
    if code is None and not (isinstance(of, str) and isinstance(country, str)
                             and _CODE.match(country)):
        raise ConfigError(f"{where}: needs `code`, or `of` and `country`")
    restrict = _restrict(entry, where)
    name = entry.get("name")
    if name is not None and not isinstance(name, str):
        raise ConfigError(f"{where}: name must be a string")
    region = entry.get("region")
    if region is not None and (of is None or not isinstance(region, str)
                               or not _CODE.match(region)):
        raise ConfigError(f"{where}: bad region {region!r} (a code, with `of`)")
    return PlaceAliases(code, of, country, name, _strings(entry.get("names", []), where),
                        _strings(entry.get("abbreviations", []), where), dict(restrict),
                        region)


def load_aliases() -> tuple[PlaceAliases, ...]:
    """The curated spellings of places (``aliases.toml``)."""
    places = read_data("aliases.toml").get("place", [])
    return tuple(_place(item, index) for index, item in enumerate(places))


@dataclass(frozen=True, slots=True)
class ListedPlace:
    """One ``[[place]]`` of ``places.toml``: a place that no source lists."""

    name: str
    kind: str
    country: str
    within: str
    lat: float
    lon: float
    population: int
    names: tuple[str, ...]
    wrapped: tuple[str, ...]
    """Spellings read only right after a body's wrapper ("Cabildo de La Palma")."""
    among_kin: bool = False
    """The ``wrapped`` spellings are read bare too in a story that names another place of the
    table in the same region ("La Gomera" beside "Tenerife")."""
    code: str | None = None
    """Its ISO 3166-2 code where a source newer than ISO's list gives it one: the towns of
    countrystatecity that lie in it vote for it ("NO-55", Troms since 2024)."""


def load_listed_places() -> tuple[ListedPlace, ...]:
    """The places that neither GeoNames nor ISO 3166-2 list (``places.toml``)."""
    result = []
    for index, item in enumerate(read_data("places.toml").get("place", [])):
        where = f"places.toml place #{index + 1}"
        entry = _table(item, where)
        name, kind, country, within = (entry.get(k) for k in ("name", "kind", "country",
                                                                "within"))
        if not (isinstance(name, str) and name.strip() and kind in ("city", "region")
                and isinstance(country, str) and _CODE.match(country)
                and isinstance(within, str) and _CODE.match(within)
                and within.startswith(country + "-")):
            raise ConfigError(f"{where}: needs a name, a kind (city or region), a country "
                              "and the ISO 3166-2 code of the region `within` it")
        lat, lon, population = entry.get("lat"), entry.get("lon"), entry.get("population")
        if not (isinstance(lat, float | int) and isinstance(lon, float | int)
                and isinstance(population, int)):
            raise ConfigError(f"{where}: needs numbers lat, lon and population")
        names = _strings(entry.get("names", []), f"{where} names")
        wrapped = _strings(entry.get("wrapped", []), f"{where} wrapped")
        if not names and not wrapped:
            raise ConfigError(f"{where}: needs `names` or `wrapped`")
        among_kin = entry.get("among_kin", False)
        if not isinstance(among_kin, bool):
            raise ConfigError(f"{where}: among_kin must be true or false")
        code = entry.get("code")
        if code is not None and not (isinstance(code, str) and _CODE.match(code)
                                     and code.startswith(country + "-")):
            raise ConfigError(f"{where}: code must be an ISO 3166-2 code of its country")
        result.append(ListedPlace(name, kind, country, within, float(lat), float(lon),
                                  population, names, wrapped, among_kin, code))
    return tuple(result)


def load_country_names() -> tuple[CountryNames, ...]:
    """The curated country names and demonyms (``countries.toml``)."""
    result = []
    for index, item in enumerate(read_data("countries.toml").get("country", [])):
        where = f"countries.toml country #{index + 1}"
        entry = _table(item, where)
        code = entry.get("code")
        if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{2}", code):
            raise ConfigError(f"{where}: bad code {code!r}")
        names, abbreviations, accented, demonyms = (
            _strings(entry.get(key, []), f"{where} {key}")
            for key in ("names", "abbreviations", "accented", "demonyms"))
        result.append(CountryNames(code, names, abbreviations, accented, demonyms,
                                   _restrict(entry, where)))
    return tuple(result)


def load_capital_phrases() -> dict[str, tuple[str, ...]]:
    """Per language, the phrases naming a country's capital by its adjective ("{}")."""
    table = _table(read_data("countries.toml").get("capital_phrases", {}), "capital_phrases")
    phrases = {str(lang): _strings(forms, f"countries.toml capital_phrases {lang}")
               for lang, forms in table.items()}
    for lang, forms in phrases.items():
        if any(form.count("{}") != 1 for form in forms):
            raise ConfigError(f"countries.toml capital_phrases {lang}: one '{{}}' a phrase")
    return phrases


@dataclass(frozen=True, slots=True)
class RegionCapital:
    """One entry of ``regions.toml`` [region_capitals]: a region's capital and the forms of
    the region's adjective that name it with a capital phrase."""

    region: str
    country: str
    capital: str
    adjectives: tuple[str, ...]


def load_region_capitals() -> tuple[tuple[RegionCapital, ...], dict[str, tuple[str, ...]]]:
    """The regions' capitals, and per language the phrases of a region's capital only
    (``regions.toml`` [region_capitals] and [capital_phrases])."""
    data = read_data("regions.toml")
    capitals = []
    for region, entry in _table(data.get("region_capitals", {}), "region_capitals").items():
        where = f"regions.toml region_capitals {region}"
        entry = _table(entry, where)
        country, capital = entry.get("country"), entry.get("capital")
        if not isinstance(country, str) or not _CODE.match(country) \
                or not isinstance(capital, str) or not capital.strip():
            raise ConfigError(f"{where}: expected a country code and a capital")
        capitals.append(RegionCapital(str(region), country, capital,
                                      _strings(entry.get("adjectives"), where)))
    phrases = {str(lang): _strings(forms, f"regions.toml capital_phrases {lang}")
               for lang, forms in _table(data.get("capital_phrases", {}),
                                         "regions.toml capital_phrases").items()}
    if any(form.count("{}") != 1 for forms in phrases.values() for form in forms):
        raise ConfigError("regions.toml capital_phrases: one '{}' a phrase")
    return tuple(capitals), phrases


def load_vietnam() -> VietnamProvinces:
    """Vietnam's provinces before and after 1 July 2025 (``vietnam.toml``)."""
    data = read_data("vietnam.toml")
    merged = {str(k): v for k, v in _table(data.get("merged_into"), "merged_into").items()}
    cities = {str(k): v for k, v in _table(data.get("municipalities"), "municipalities").items()}
    for old, new in merged.items():
        if not (_CODE.match(old) and isinstance(new, str) and _CODE.match(new)):
            raise ConfigError(f"vietnam.toml merged_into: bad pair {old!r} = {new!r}")
    for code, city in cities.items():
        if not (_CODE.match(code) and isinstance(city, str) and _ENTITY_ID.match(city)):
            raise ConfigError(f"vietnam.toml municipalities: bad pair {code!r} = {city!r}")
    aliases = {str(k): _strings(v, f"vietnam.toml aliases {k}")
               for k, v in _table(data.get("aliases", {}), "aliases").items()}
    return VietnamProvinces(merged, cities, aliases)


@dataclass(frozen=True, slots=True)
class Wrappers:
    """``wrappers.toml``: administrative words before and after names, by kind."""

    before: dict[str, tuple[str, ...]]
    after: dict[str, tuple[str, ...]]
    strip_end: tuple[str, ...]
    strip_start: tuple[str, ...]
    facility_before: tuple[str, ...] = ()
    metropolitan_before: dict[str, str] = field(default_factory=dict)
    """Words before a city's name that make it the region around the city, with the
    English name of that region ("Region Stuttgart" -> "{name} Region")."""
    metropolitan_after: dict[str, str] = field(default_factory=dict)
    banks: tuple[str, ...] = ()
    """Words of a river's bank before its name ("les bords de l'Elbe")."""
    region_offices_after: tuple[str, ...] = ()
    """A region's offices right after its name ("Akita Vice Governor")."""
    company_after: tuple[str, ...] = ()
    """Words right after a name that make it a company's ("Toyota Motor Corp.")."""
    facility_after: tuple[str, ...] = ()
    bodies_before: tuple[str, ...] = ()
    """Region wrappers of a body or an island that also admit the spellings of
    ``places.toml`` read only after one ("Cabildo de La Palma", "Regierungsbezirk Detmold")."""
    """Words right after a name that make it a street's or a square's ("Salamanca Place")."""


def _templates(value: object, where: str) -> dict[str, str]:
    table = _table(value, where)
    for words, template in table.items():
        if not (words.strip() and isinstance(template, str) and "{name}" in template):
            raise ConfigError(f"{where}: {words!r} needs a name template with {{name}}")
    return {str(k): str(v) for k, v in table.items()}


def load_wrappers() -> Wrappers:
    """The administrative wrapper words (``wrappers.toml``)."""
    data = read_data("wrappers.toml")
    before: dict[str, tuple[str, ...]] = {}
    after: dict[str, tuple[str, ...]] = {}
    for kind in ("city", "region", "country"):
        table = _table(data.get(kind), f"wrappers.toml [{kind}]")
        before[kind] = _strings(table.get("before", []), f"wrappers.toml {kind}.before")
        if kind == "region":
            before[kind] += _strings(table.get("bodies_before", []), "region.bodies_before")
        after[kind] = _strings(table.get("after", []), f"wrappers.toml {kind}.after")
    strip = _table(data.get("strip"), "wrappers.toml [strip]")
    facility = _table(data.get("facility"), "wrappers.toml [facility]")
    metropolitan = _table(data.get("metropolitan", {}), "wrappers.toml [metropolitan]")
    return Wrappers(before, after, _strings(strip.get("end", []), "strip.end"),
                    _strings(strip.get("start", []), "strip.start"),
                    _strings(facility.get("before", []), "facility.before"),
                    _templates(metropolitan.get("before", {}), "metropolitan.before"),
                    _templates(metropolitan.get("after", {}), "metropolitan.after"),
                    _strings(facility.get("banks", []), "facility.banks"),
                    _strings(_table(data.get("region"), "wrappers.toml [region]").get(
                        "offices_after", []), "region.offices_after"),
                    _strings(facility.get("company_after", []), "facility.company_after"),
                    _strings(facility.get("after", []), "facility.after"),
                    _strings(_table(data.get("region"), "wrappers.toml [region]").get(
                        "bodies_before", []), "region.bodies_before"))


@dataclass(frozen=True, slots=True)
class PeopleCues:
    """``people.toml``: what marks a capitalised name as a person's."""

    titles: tuple[str, ...]
    given_names: tuple[str, ...]
    vietnamese_surnames: tuple[str, ...]
    vietnamese_middle_names: tuple[str, ...]
    east_asian_surnames: tuple[str, ...]
    honorifics: tuple[str, ...] = ()
    """Titles that are only words of address ("Mr", "bà"), no office."""
    given_names_after_surname: tuple[str, ...] = ()
    """Given names written after the surname ("Nakamura Kenji")."""
    uncased_given_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Per language written with no capitals, its given names ("ar": "محمد", "أندريا")."""


def load_people() -> PeopleCues:
    """Person cues (``people.toml``)."""
    data = read_data("people.toml")
    uncased = data.get("uncased_given_names", {})
    if not isinstance(uncased, dict):
        raise ConfigError("people.toml uncased_given_names must be a table")
    lists = {key: _strings(data.get(key), f"people.toml {key}") for key in (
        "titles", "given_names", "vietnamese_surnames", "vietnamese_middle_names",
        "east_asian_surnames", "honorifics", "given_names_after_surname")}
    return PeopleCues(**lists, uncased_given_names={
        language: _strings(names, f"people.toml {language}") for language, names in
        uncased.items()})


@dataclass(frozen=True, slots=True)
class CommonWords:
    """``common_words.toml``: function words and ambiguous words per language."""

    function: dict[str, tuple[str, ...]]
    ambiguous: dict[str, tuple[str, ...]]
    place_prepositions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Words that put a place after them ("from", "da", "aus", "từ")."""
    coordinators: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Words that join the items of a list ("and", "e", "und", "và")."""
    twinning: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Words of twinning ("twinned", "gemellate"): a list after one is a list of towns."""
    region_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Articles that a region's name takes and a town's does not ("au Québec")."""
    city_prepositions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Prepositions that a town's name takes and a region's or a country's does not ("à
    Luxembourg")."""
    carried_wrappers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Region wrappers that hold for every bare mention of the name they wrap ("tỉnh
    Kampong Cham ... Kampong Cham")."""
    club_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Articles that a club's name takes in a match report ("il Bayern", "do Porto")."""
    sport_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Words of a match ("battuto", "campionato", "jogo"): the sentence is about sport."""
    opponents: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Phrases of facing a team, right before its name ("para enfrentar a Olimpia"): a town's
    name there is its club's, whatever the sentence's other words."""
    feature_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Nouns of a harbour or a bridge that name a town too ("Porto de Paranaguá")."""
    genitive_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Endings of a name's genitive ("Vietnams", "Opoles"): read without them, or with the
    letters an ending written "ei>a" replaces (ro "Padovei", "Padova")."""
    genitive_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Articles of a noun's genitive ("des Bundes"): a word after one is no name's."""
    town_adjective_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Endings that make a town's adjective of its name, "ending>replacement" ("er":
    "Stuttgarter" is read "Stuttgart"; "ner>en": "Münchner" is "München")."""
    town_adjective_stops: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Nouns after which such an adjective names a street or a paper, no town ("Münchner
    Straße", "Stuttgarter Zeitung")."""
    town_adjective_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A language's towns' adjectives that are no ending of their name, "adjective>name"
    ("fiorentina>Firenze"), read after one of ``town_adjective_nouns``."""
    town_adjective_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Nouns of a town's bodies and people that such an adjective follows ("la delegazione
    fiorentina", "il sindaco milanese")."""
    case_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Case endings of an inflected language, "ending>replacement" ("ie>a": "Warszawie" is
    read "Warszawa"): a capitalised word that names no place is read with its ending
    replaced."""
    locative_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Case endings that put a place, in a language with no place prepositions ("ssa", in;
    "sta", from): a name read through one is written where places are, as after "in"."""
    body_adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Adjectives of a town's body that follow the adjective of its name (uk "міська":
    "Полтавська міська рада", Poltava's city council): that adjective names the town."""
    body_adjective_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Endings of a town's adjective before one of ``body_adjectives``, "ending>replacement"
    ("ська>а": "Полтавська" is read "Полтава"), tried on the adjective and on its forms
    through ``case_endings``."""
    glued_status: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Status words a language glues to a place's name (Korean "시", "광역시": "수원시")."""
    glued_particles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Particles a language glues to a name or its status word ("다낭시와", "수원은"): a name
    of a script without letter case followed by the rest of its word is a place only when
    that rest is a status word, a particle, or a status word and a particle."""
    team_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Names of regions that also name a people or a team ("Hessen", it "Bayern")."""
    team_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Articles that make one of ``team_names`` the people or team ("die Hessen")."""
    article_towns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The towns whose name takes one of ``team_articles`` (it "il Cairo", "dal Pireo"), in
    a language whose towns take none: any other town after one names a club or a product
    ("il Napoli", "il Salisburgo", "un bicchiere di Marsala" is no town, nor "al Marsala")."""
    contractions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """"contraction>article" pairs of a preposition that holds a town's article ("au Havre",
    "du Cap": "Le Havre", "Le Cap"): the capitalised word after one is read with the
    article."""
    lowercase_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Articles written in lower case at the head of a town's name of two words or more after
    them ("la Seu d'Urgell", "l'Hospitalet de Llobregat"): the name counts so written."""
    relative_pronouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Articles that are also relative pronouns after a comma ("die Städtepartnerschaft, die
    Rostock und Stettin verbindet"): there, no article of a club or a mountain."""
    name_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Nouns that end a feature's name after a capitalised word ("Kooragang Island", "Silk
    Road"): no place there, though a place's name ("Island", Iceland; "Road", Rode)."""
    feature_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Capitalised nouns that open a feature's name before a place's ("Lake Superior",
    "Mount Kenya"): the name after one is the feature's, no place."""
    feature_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Nouns that close a feature's name right after a place's ("the Senegal River"): the
    name before one is the feature's, no place."""
    new_town_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Capitalised words of "new" that name a town after an older one ("Nova Trento", "New
    Lisbon"): a town's name right after one, in a text of any language, is the younger
    town's the gazetteer lacks, not the older town's."""
    apposition_articles: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Articles that open an apposition describing the name before its comma ("Soave, a
    wine town east of Verona"), before one of ``apposition_towns``."""
    apposition_towns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Nouns of a town that such an apposition names, after up to two lower-case words
    ("a wine town", "a small fishing village"): the name is a town's."""
    subject_verbs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Verbs that a town opening a sentence takes as the subject of its clause ("Bolzano
    welcomed", "Bolzano has"), in a language of no home country: there, a bigger foreign
    town's name before one is the town; not before a noun ("Sabha secretaries said")."""
    town_bodies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A town's own government named after the town ("Sylhet City Corporation"): with the
    acronym of the whole in brackets right after it ("(SCC)"), that acronym alone names the
    town later in the text ("the SCC signed ...")."""


@functools.cache
def load_han_simplified() -> dict[int, str]:
    """Traditional Han characters of place names and their simplified forms
    (``han_simplified.toml``), as a ``str.translate`` table."""
    text = read_data("han_simplified.toml").get("pairs")
    if not isinstance(text, str):
        raise ConfigError("han_simplified.toml: expected a string of pairs")
    chars = "".join(text.split())
    if len(chars) % 2:
        raise ConfigError("han_simplified.toml: a character without its pair")
    return {ord(chars[i]): chars[i + 1] for i in range(0, len(chars), 2)
            if chars[i] != chars[i + 1]}


def load_common_words() -> CommonWords:
    """Common words that are also place names (``common_words.toml``)."""
    data = read_data("common_words.toml")
    lists: dict[str, dict[str, tuple[str, ...]]] = {
        key: {} for key in ("function", "ambiguous", "place_prepositions", "coordinators",
                             "twinning", "region_articles", "city_prepositions", "carried_wrappers",
                             "club_articles", "sport_words", "opponents", "feature_nouns",
                             "genitive_endings", "genitive_articles", "case_endings",
                             "locative_endings", "town_adjective_endings", "town_adjective_stops",
                             "town_adjective_forms", "town_adjective_nouns",
                             "body_adjectives", "body_adjective_endings",
                             "glued_status", "glued_particles", "team_names",
                             "team_articles", "article_towns", "contractions", "lowercase_articles",
                             "relative_pronouns", "name_heads", "feature_words", "feature_heads",
                             "new_town_words", "apposition_articles", "apposition_towns",
                             "subject_verbs", "town_bodies")}
    for lang in supported_languages():
        table = _table(data.get(lang), f"common_words.toml [{lang}]")
        for key, words in lists.items():
            words[lang] = _strings(table.get(key, []), f"common_words.toml {lang}.{key}")
    return CommonWords(**lists)


def load_region_abbreviations() -> dict[str, tuple[str, str]]:
    """Region abbreviations written after a city's name (the rule file
    ``extract/rules/region_abbreviations.toml``, a cue that no index name depends on): each
    spelling ("Ill.", "IL") with its country and the region's English name."""
    data = load_rule_file("region_abbreviations.toml")
    if data.get("version") != 1:
        raise ConfigError("region_abbreviations.toml: expected version = 1")
    result: dict[str, tuple[str, str]] = {}
    for country, table in data.items():
        if country == "version":
            continue
        where = f"region_abbreviations.toml [{country}]"
        if not re.fullmatch(r"[A-Z]{2}", country):
            raise ConfigError(f"{where}: bad country code")
        for spelling, region in _table(table, where).items():
            if not (isinstance(region, str) and region.strip() and spelling.strip()):
                raise ConfigError(f"{where}: bad entry {spelling!r}")
            result[spelling] = (country, region)
    return result


def load_agencies() -> dict[str, str]:
    """National news agencies (the rule file ``extract/rules/agencies.toml``, a cue that no
    index name depends on): each tag, folded, with the country whose towns its datelines name
    bare."""
    data = load_rule_file("agencies.toml")
    if data.get("version") != 1:
        raise ConfigError("agencies.toml: expected version = 1")
    result: dict[str, str] = {}
    for tag, country in _table(data.get("agencies", {}), "agencies.toml [agencies]").items():
        if not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)) \
                or not tag.strip():
            raise ConfigError(f"agencies.toml: bad entry {tag!r}")
        result[fold(tag)] = country
    return result


def load_world_agencies() -> frozenset[str]:
    """The world agencies' tags (``agencies.toml`` ``world``), folded: no place, and no
    country for the towns of their datelines."""
    data = load_rule_file("agencies.toml")
    return frozenset(fold(tag) for tag in _strings(data.get("world", []), "agencies.toml world")
                     if tag.strip())


@functools.cache
def homonym_region_names(name: str) -> frozenset[str]:
    """Every name a region called ``name`` may take beside a city of that name
    (``homonym_names``: "Akita Prefecture", "Luxor Governorate"), folded; not a region that is
    a city itself ("Kigali (city region)"), which the city stands for."""
    return frozenset(fold(template.format(name=name)) for template in _region_templates())


@functools.cache
def _region_templates() -> tuple[str, ...]:
    """The templates of ``load_homonym_names`` of regions that are no city, read once (each
    new name read the file again: 1 ms a name, most documents' first mentions)."""
    return tuple(template for kind, template in load_homonym_names().items()
                 if not kind.endswith(":city"))


def load_homonym_names() -> dict[str, str]:
    """Name templates of regions named like a city (``regions.toml``)."""
    table = _table(read_data("regions.toml").get("homonym_names"), "regions.toml homonym_names")
    for key, template in table.items():
        if not (isinstance(template, str) and "{name}" in template and ":" in key):
            raise ConfigError(f"regions.toml homonym_names: bad entry {key!r}")
    return {str(k).lower(): str(v) for k, v in table.items()}
