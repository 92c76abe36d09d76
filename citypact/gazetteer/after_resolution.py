"""After resolution: what the resolved places say of each other, once each mention has one.

A metropolitan area in apposition after a place names that place again; a bare name the
story also writes with "City" after it is that city; a town's name with a region's word is
the region that holds it when that region bears the town's name in another spelling; a
region abbreviated after a city is resolved at its abbreviation. ``resolve_mentions``
applies these to the resolved list.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from citypact.gazetteer.evidence import Resolved, _Evidence, _in_abbreviated_region
from citypact.gazetteer.keys import name_key
from citypact.gazetteer.model import Entity

_CLOSED_APPOSITION = re.compile(r"[ \t]*(?:[,.;:!?]|$)", re.MULTILINE)
"""What closes an apposition after its name: a comma or the sentence's end, not a list's next
item ("La Municipalidad de Córdoba, el Ayuntamiento de Zaragoza y la Universidad")."""


_APPOSITION_GAP = re.compile(r"[ \t]*,[ \t]*[^\W\d_]{1,3}(?:['’][ \t]*|[ \t]+)")
"""A comma and an article, between a place and an apposition naming it again ("eThekwini,
l'area metropolitana di Durban", "Tshwane, the Metropolitan Area of Pretoria"); with none,
the region is where the place lies ("Leonberg, Region Stuttgart")."""


def _restated_metropolitan_areas(text: str,
                                 items: list[tuple[Resolved, _Evidence]]) -> list[Resolved]:
    """A metropolitan area written in apposition right after another place of its country
    ("eThekwini, l'area metropolitana di Durban"): the writer says again what that place is,
    one body, not a second place."""
    ordered = sorted(items, key=lambda pair: pair[0].span)
    out: list[Resolved] = []
    for item, evidence in ordered:
        before = out[-1] if out else None
        if before is not None and evidence.wrapper is not None \
                and evidence.wrapper.template is not None and item.entity.kind == "region" \
                and item.entity.id.startswith("region:") \
                and before.entity.country == item.entity.country \
                and before.entity.kind != "country" and before.span[1] <= item.span[0] \
                and _APPOSITION_GAP.fullmatch(text, before.span[1], item.span[0]) \
                and _CLOSED_APPOSITION.match(text, item.span[1]):
            item = Resolved(item.span, before.entity)
        out.append(item)
    return out


CITY_WORD = " City"
"""The word after a city's short name in its full name ("Bacolod City", "Hsinchu City")."""


def _short_of_city_names(text: str, items: list[Resolved]) -> list[Resolved]:
    """A bare name the story also writes with "City" after it ("BACOLOD CITY – ... between
    Bacolod and Hsinchu") is that city, not a namesake of the same country that the
    gazetteer lists under the bare name (Bacolod, Lanao del Norte): one sense per story."""
    full = {text[i.span[0]:i.span[1]].casefold(): i.entity for i in items
            if i.entity.kind == "city" and text[i.span[0]:i.span[1]].casefold().endswith(
                CITY_WORD.casefold())}
    if not full:
        return items
    out = []
    for item in items:
        city = full.get(f"{text[item.span[0]:item.span[1]]}{CITY_WORD}".casefold())
        if city is not None and item.entity.kind == "city" and item.entity.id != city.id \
                and item.entity.country == city.country:
            item = Resolved(item.span, city)
        out.append(item)
    return out


_LIKE_NAMES = 0.8
"""How alike two spellings of one name must be ("Samarkand", "Samarqand"; "Odesa",
"Odeska"), as ``difflib`` measures it."""


def _region_named_after_its_town(item: Resolved, evidence: _Evidence,
                                 entity: Callable[[str], Entity | None] | None) -> Resolved:
    """A town's name with a region's word ("the Samarkand region", "Samarkand Region") is the
    first-level region that holds the town when that region bears the town's name, in
    another spelling the gazetteer does not give it ("Samarqand"); else the town, or the
    region around it."""
    wrapper, region_id = evidence.wrapper, item.entity.region
    if wrapper is not None and wrapper.kind == "region" and wrapper.template is None \
            and item.entity.kind == "region":
        return Resolved(item.span, _region_beside_the_town(item.entity, evidence))
    if entity is None or wrapper is None or wrapper.kind != "region" or region_id is None \
            or not (item.entity.kind == "city" or wrapper.template is not None):
        return item
    region = entity(region_id)
    if region is None or region.kind != "region":
        return item
    written = evidence.mention.key
    own = name_key(region.name.partition("(")[0]).split()[:len(written.split())]
    if difflib.SequenceMatcher(None, written, " ".join(own)).ratio() < _LIKE_NAMES:
        return item
    return Resolved(item.span, _region_beside_the_town(region, evidence))


def _region_beside_the_town(region: Entity, evidence: _Evidence) -> Entity:
    """A region's word with a town's name ("the Tashkent region", "Minsk region") names the
    region of that name around the town, not the one the town is itself ("Tashkent (city
    region)"): of two regions of one country that bear the name, the one that holds no town
    of it."""
    towns = [c.entity for c in evidence.mention.candidates
             if c.entity.kind == "city" and c.entity.country == region.country]
    if not any(town.region == region.id for town in towns):
        return region
    return next((c.entity for c in evidence.mention.candidates
                 if c.entity.kind == "region" and c.entity.country == region.country
                 and c.entity.id != region.id and c.entity.region is None
                 and not any(town.region == c.entity.id for town in towns)), region)


def _abbreviated_regions(resolved: list[tuple[Resolved, _Evidence]],
                         entity: Callable[[str], Entity | None] | None) -> list[Resolved]:
    """The regions abbreviated after the cities they hold ("Ill." in "Springfield, Ill.")."""
    found = []
    for item, evidence in resolved:
        region_id = item.entity.region
        if (entity is None or evidence.abbreviation is None or region_id is None
                or not _in_abbreviated_region(item.entity, evidence)):
            continue
        region = entity(region_id)
        if region is not None:
            found.append(Resolved(evidence.abbreviation, region))
    return found
