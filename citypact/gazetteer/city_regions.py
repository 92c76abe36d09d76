"""Give each city of the collection its first-level region.

GeoNames gives a city only an admin1 code; its largest cities vote for the ISO 3166-2
subdivision of their nearest countrystatecity town (or of the places of ``places.toml``
that a newer source gives a code), else for the nearest region centroid.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from citypact.gazetteer import rules, sources
from citypact.gazetteer.collection import Collection, _Draft
from citypact.textnorm import slugify

_VOTERS = 15


@dataclass(slots=True)
class _Centroid:
    region_id: str | None
    name: str
    lat: float
    lon: float


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
