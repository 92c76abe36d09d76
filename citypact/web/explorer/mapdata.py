"""The map: places sized by activity, partnerships as great-circle arcs coloured by kind.

Both are capped, so that a store of 100,000 partnerships still answers quickly with a map
a browser can draw: the most active places, the most reported partnerships; the totals
say how many there are in all.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from sqlalchemy.orm import Session

from citypact.store import ExploreFilters, PartnershipBrief
from citypact.store.queries import (
    busiest_entities,
    count_explored,
    located_parties,
    located_places,
    most_reported,
)
from citypact.web.explorer.geo import LatLon, great_circle

MAX_PARTNERSHIPS = 1500
"""Partnerships drawn as arcs at most, the most reported first."""
MAX_PLACES = 2000
"""Places drawn at most, the most active first."""


@dataclass(frozen=True, slots=True)
class MapPlace:
    id: str
    name: str
    country: str | None
    lat: float
    lon: float
    partnerships: int
    """Filtered partnerships it is a party of: the size of its dot."""


@dataclass(frozen=True, slots=True)
class MapArc:
    partnership_id: str
    name: str
    kind: str
    status: str
    stories: int
    places: tuple[str, str]
    """The ids of the two places it joins."""
    paths: tuple[tuple[LatLon, ...], ...]
    """One polyline, or two when it crosses the antimeridian."""


@dataclass(frozen=True, slots=True)
class MapData:
    places: tuple[MapPlace, ...]
    arcs: tuple[MapArc, ...]
    partnerships: int
    """Filtered partnerships, with or without places on the map."""
    partnerships_drawn: int
    """Of those, the ones whose arcs are drawn (at most ``MAX_PARTNERSHIPS``)."""
    places_capped: bool
    """Whether more places than ``MAX_PLACES`` are parties of the filtered partnerships."""


def map_data(session: Session, filters: ExploreFilters) -> MapData:
    """The most active places that are parties of the filtered partnerships (with
    coordinates), and an arc for each pair of places of the most reported partnerships."""
    busiest = busiest_entities(session, filters, MAX_PLACES)
    places = tuple(sorted(
        (MapPlace(p.id, p.name, p.country, p.lat, p.lon, busiest[p.id])
         for p in located_places(session, list(busiest))),
        key=lambda p: (-p.partnerships, p.name)))
    partnerships = most_reported(session, filters, MAX_PARTNERSHIPS)
    return MapData(places, tuple(_arcs(session, partnerships)),
                   count_explored(session, filters), len(partnerships),
                   len(busiest) == MAX_PLACES)


def _arcs(session: Session, partnerships: list[PartnershipBrief]) -> list[MapArc]:
    """An arc for each pair of located parties of each partnership, in the given order."""
    ends = located_parties(session, [p.id for p in partnerships])
    return [MapArc(p.id, p.name, p.kind, p.status, p.stories, (a.id, b.id),
                   _arc_paths((a.lat, a.lon), (b.lat, b.lon)))
            for p in partnerships for a, b in combinations(ends.get(p.id, ()), 2)]


@lru_cache(maxsize=2 * MAX_PARTNERSHIPS)
def _arc_paths(a: LatLon, b: LatLon) -> tuple[tuple[LatLon, ...], ...]:
    """``great_circle``, remembered: the same places make the same arc on every request
    (measured: the arcs of 1,500 partnerships took 250 ms of a 500 ms map)."""
    return tuple(tuple(path) for path in great_circle(a, b))
