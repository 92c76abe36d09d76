"""Towns and regions told apart: a region named for its city's sake ("the town in Tuscany") or
bare beside a city of it, the region a city lies in; and the offsets of the words around a
name in a sentence's key."""

from __future__ import annotations

import dataclasses
import re

from citypact.extract.linking.cues import KeyCache
from citypact.extract.linking.lexicons import LanguageLexicons, load_demonyms
from citypact.extract.linking.parties import PartyMention
from citypact.gazetteer.rules import homonym_region_names
from citypact.textnorm import fold


def cities_named_by_region(parties: list[PartyMention], lex: LanguageLexicons,
                           keys: KeyCache) -> list[PartyMention]:
    """A region after a ``city_of_region`` phrase ("la ville des Abruzzes", "the town in
    Tuscany"), or after one and an adjective of the city's country ("la ville allemande de
    Basse-Saxe"), or before a ``region_city`` word ("the Illinois capital", "the Lower Saxony
    town") is the one city of the story in that region, when there is one."""
    key = keys.get(lex.keep_accents)
    hits = [h for h in keys.hits(lex.references, lex.keep_accents)
            if h.label in ("city_of_region", "region_city", "the_city")]
    if not hits:
        return parties
    ends = {h.span[1] for h in hits if h.label == "city_of_region"}
    phrase_ends = set(ends)
    # "la città portuale cinese della provincia dello Shandong": the noun of one town, its
    # adjectives and "of" (and the region's own noun) before the region
    ends |= {end_before(key, h.span[1] + m.end()) for h in hits if h.label == "the_city"
             for pattern in THE_CITY_THEN_OF
             for m in [pattern.match(key[h.span[1]:h.span[1] + CITY_OF_REACH])]
             if m is not None}
    # "the capital of the Mexican state of Sonora": English writes the region's noun, and
    # perhaps its country's adjective, between "of" and the region
    ends |= {end_before(key, m.end()) for h in hits if h.label == "city_of_region"
             for m in [REGION_NOUN_THEN_OF.match(key, h.span[1])] if m is not None}
    hits = [h for h in hits if h.label != "the_city"]
    countries = load_demonyms(lex.language)
    of_country: dict[int, str] = {}
    for hit in hits:
        adjective = DEMONYM_THEN_OF.match(key, hit.span[1])
        if hit.label == "city_of_region" and adjective is not None \
                and fold(adjective.group(1)) in countries:
            of_country[end_before(key, adjective.end())] = countries[fold(adjective.group(1))]
    starts = {h.span[0] for h in hits if h.label == "region_city"}
    cities: dict[str, dict[str, PartyMention]] = {}
    for party in parties:
        if party.kind == "city" and party.via == "place" and party.admin1:
            cities.setdefault(region_key(party.admin1), {})[party.name] = party
    named = []
    for party in parties:
        # an official after the phrase acts for the region ("新潟県の田村和夫知事")
        found = cities.get(region_key(party.name), {}) if (
            party.kind == "region" and party.via != "person") else {}
        before = end_before(key, party.span[0])
        if not found and party.kind == "region" and party.via != "person" and party.admin1 \
                and before in phrase_ends:
            # a region within a first-level one right after the phrase ("la cittadina
            # dell'Alvernia", a former region): the one city of the story in that first-level
            # region (not after a town's noun and adjectives: "la Città metropolitana di")
            found = cities.get(region_key(party.admin1), {})
        if len(found) == 1 and (before in ends or start_after(key, party.span[1]) in starts
                                or of_country.get(before) == party.country):
            city = next(iter(found.values()))
            party = dataclasses.replace(party, name=city.name, kind="city",
                                        country=city.country, admin1=city.admin1)
        named.append(party)
    return named


REGION_NOUN_THEN_OF = re.compile(
    r"(?: (?:of|de|di|du|da|do|del|della|dello|dell|des|de la|de l))?"
    r"(?: (?:the|la|el|il|lo|le|a|o|l))?(?: [^\W\d_]+)?"
    r" (?:state|province|region|prefecture|county|provincia|provincie|region|regione|regiao|"
    r"estado|stato|prefectura|prefettura|departement|departamento|dipartimento)"
    r" (?:of|de|di|du|da|do|del|della|dello|dell|des|de la|de l|dos|das)(?= )")
"""After a ``city_of_region`` phrase: the region's noun, perhaps after "of" and its article
and its country's adjective, and "of" ("the capital of| the Mexican state of| Sonora", "la
capital| de la provincia de| Shaanxi", "il capoluogo| della regione di| ...")."""


REGION_WORD = re.compile(r"\s+(?:state|province|region|prefecture)$")
"""A region's own noun after its name, as some English names of the gazetteer write it
("Sonora State"), where its cities' first-level division has the bare name ("Sonora")."""


def region_key(name: str) -> str:
    """A region's name as its cities' first-level division writes it, folded."""
    return REGION_WORD.sub("", fold(name))


CITY_OF_REACH = 60
"""Characters after the noun of one town searched for its adjectives and "of"."""


_OF = r"(?:of|de|du|des|del|di|della|dello|dell'|dell’|da|do)"


THE_CITY_THEN_OF = (
    re.compile(rf"(?: [^\W\d_]+){{0,3}} {_OF}(?= )"),
    re.compile(rf"(?: [^\W\d_]+){{0,3}} {_OF} [^\W\d_]+(?: {_OF})?(?= )"))
"""After the noun of one town: up to three adjectives and "of", then perhaps the region's own
noun, and "of" again ("la città portuale cinese della provincia dello", "della regione")."""


DEMONYM_THEN_OF = re.compile(r" ([^\W\d_]+) (?:de|du|des|d'|d’|del|di|della|da|do|of)(?= |\b)")
"""After a ``city_of_region`` phrase: an adjective and "of" before the region ("la ville
allemande de Basse-Saxe")."""


CITY_REACH = 30
"""Characters searched beside a name for a phrase that makes it a city's."""


def _city_marked(key: str, party: PartyMention, lex: LanguageLexicons) -> bool:
    """Whether a ``city_before`` phrase or a ``city_after`` word stands right beside the
    name ("the city of Tottori", "Tottori city", "Tottori-shi")."""
    before = key[max(0, party.span[0] - CITY_REACH):end_before(key, party.span[0])]
    after = key[party.span[1]:party.span[1] + CITY_REACH]
    return any(re.search(rf"(?:^|\W){re.escape(w)}$", before) is not None
               for w in lex.city_before) or any(
        re.match(rf"[\s-]+{re.escape(w)}\b", after) is not None for w in lex.city_after)


def regions_named_bare(parties: list[PartyMention], lex: LanguageLexicons,
                       keys: KeyCache) -> list[PartyMention]:
    """A bare name that a region the story names ("Governor of Tottori Prefecture") shares
    with its capital stands for the region in the links ("Tottori has been a friendship
    partner of Gangwon Province"), when the story never calls it a city ("Tottori city",
    "the city of Tottori"): the places keep the gazetteer's reading, the city."""
    regions = {fold(p.name): p for p in parties if p.kind == "region" and p.via == "place"}
    if not regions:
        return parties
    text, key = keys.text, keys.get(lex.keep_accents)
    marked = {p.name for p in parties if p.kind == "city" and _city_marked(key, p, lex)}
    named = []
    for party in parties:
        region = _region_of(party, regions) if (
            party.kind == "city" and party.via == "place" and (
                party.name not in marked or _region_office_after(key, party, lex))) else None
        bare = fold(text[party.span[0]:party.span[1]])
        if region is None and party.kind == "city" and party.via == "place" \
                and party.name not in marked:
            # a namesake town in another region of the country ("Ibaraki", a city of Osaka,
            # in a story about Ibaraki Prefecture): the bare name is the region's too
            homonyms = homonym_region_names(text[party.span[0]:party.span[1]])
            region = next((r for r in regions.values() if r.country == party.country
                           and fold(r.name) in homonyms), None)
        # the city's own name written ("Tottori" of "Tottori-shi"), not the region's that
        # stands for its capital ("the Illinois capital")
        if region is not None and fold(party.name).startswith(bare) and (
                fold(region.name) == bare or fold(region.name).startswith(f"{bare} ")) \
                and not _named_by_adjective(bare, text[region.span[0]:region.span[1]]):
            party = dataclasses.replace(party, name=region.name, kind="region",
                                        country=region.country, admin1=region.admin1)
        named.append(party)
    return named


def _named_by_adjective(bare: str, region: str) -> bool:
    """Whether the story writes the region by an adjective of the town's name, its Latin
    letters glued to the name ("Zadarske županije", Zadar County; "Splitsko-dalmatinska"):
    such a story names the region so, and the bare name is the town's ("Zadar je ...")."""
    written = fold(region)
    return written.startswith(bare) and _LATIN_LETTER.match(written, len(bare)) is not None


_LATIN_LETTER = re.compile(r"[a-z]")
"""A folded Latin letter (a Han character glued to a name, "鳥取県", is the region's noun)."""


def _region_office_after(key: str, party: PartyMention, lex: LanguageLexicons) -> bool:
    """Whether a word of the region's office follows the name ("Toyama Gov. Shinji
    Nakamura", "the Toyama Prefectural University"): the region's, though the story calls
    the name a city elsewhere ("a ceremony in the city of Toyama")."""
    after = key[party.span[1]:party.span[1] + CITY_REACH]
    return any(re.match(rf"[\s-]+{re.escape(w)}\b", after) is not None
               for w in lex.region_after)


def _region_of(city: PartyMention, regions: dict[str, PartyMention]) -> PartyMention | None:
    """The region of the story that a city lies in: named as the city's first-level region,
    or, when the gazetteer renamed that region after the city it shares its name with, as
    renamed ("Akita Prefecture", "Luxor Governorate" for a city whose region is "Akita")."""
    if not city.admin1:
        return None
    region = regions.get(fold(city.admin1))
    if region is not None:
        return region
    return next((r for r in regions.values() if r.country == city.country
                 and fold(r.name) in homonym_region_names(city.admin1)), None)


WHITESPACE = " \t\n"


def end_before(key: str, index: int, spaces: str = " ") -> int:
    """Where the text before ``index`` ends, the spaces skipped: the end of a cue right
    before a name."""
    while index > 0 and key[index - 1] in spaces:
        index -= 1
    return index


def start_after(key: str, index: int) -> int:
    """Where the text after ``index`` starts, the spaces skipped."""
    while index < len(key) and key[index] == " ":
        index += 1
    return index
