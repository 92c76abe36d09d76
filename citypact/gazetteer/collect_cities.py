"""Collect the cities: GeoNames' towns and the alternates worth a name, its towns with no
population, names without their qualifier, and the cities of a legal status that GeoNames
lacks (countrystatecity).

Each step adds to the collection's drafts and names; ``collect`` orders them.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

from citypact.errors import GazetteerError
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
    name_key,
)
from citypact.gazetteer.model import Source
from citypact.gazetteer.names import ascii_name, latin_initials, revised_romanization

_METROPOLITAN_HAN = ("広域市", "廣域市", "广域市", "特別市", "特别市")
"""The status of a Korean metropolitan city in hanja: its name without it is the city's."""
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
