"""The map: places sized by activity, partnerships as great-circle arcs coloured by kind.

Both are capped, so that a store of 100,000 partnerships still answers quickly with a map
a browser can draw: the most active places, the most reported partnerships; the totals
say how many there are in all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from citypact.store.tables import PartnershipPartyRow, PartnershipRow, PlaceRow
from citypact.web.explorer.filters import ExploreFilters
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
    where = filters.conditions()
    activity = _activity(where)
    count = activity.selected_columns[1]
    busiest = {entity_id: n for entity_id, n in session.execute(
        activity.order_by(count.desc(), PartnershipPartyRow.entity_id).limit(MAX_PLACES))}
    located = select(PlaceRow).where(PlaceRow.id.in_(busiest), PlaceRow.lat.is_not(None),
                                     PlaceRow.lon.is_not(None))
    places = tuple(sorted(
        (MapPlace(p.id, p.name, p.country, p.lat, p.lon, busiest[p.id])
         for p in session.scalars(located) if p.lat is not None and p.lon is not None),
        key=lambda p: (-p.partnerships, p.name)))
    total = session.scalar(select(func.count()).select_from(PartnershipRow)
                           .where(*where)) or 0
    top = (select(PartnershipRow).where(*where)
           .order_by(PartnershipRow.stories.desc(), PartnershipRow.id).limit(MAX_PARTNERSHIPS))
    partnerships = list(session.scalars(top))
    return MapData(places, tuple(_arcs(session, partnerships)), total, len(partnerships),
                   len(busiest) == MAX_PLACES)


def _activity(where: list[ColumnElement[bool]]) -> Select[str | None, int]:
    """``(entity id, filtered partnerships it is a party of)``, one row per entity (the
    organisations fall out when places are read).

    Partnerships are joined only when filtered: counting the party rows alone reads one
    index (measured on SQLite, 200,000 parties: 70 ms, against 300 ms when the rows are
    read to keep places only and 1.4 s with the join).
    """
    query = (select(PartnershipPartyRow.entity_id, func.count())
             .where(PartnershipPartyRow.entity_id.is_not(None)))
    if where:
        query = query.join(PartnershipRow,
                           PartnershipRow.id == PartnershipPartyRow.partnership_id).where(*where)
    return query.group_by(PartnershipPartyRow.entity_id)


def _arcs(session: Session, partnerships: list[PartnershipRow]) -> list[MapArc]:
    """An arc for each pair of located parties of each partnership, in the given order."""
    ends: dict[str, list[tuple[str, LatLon]]] = defaultdict(list)
    query = (select(PartnershipPartyRow.partnership_id, PlaceRow)
             .join(PlaceRow, PlaceRow.id == PartnershipPartyRow.entity_id)
             .where(PartnershipPartyRow.partnership_id.in_([p.id for p in partnerships]),
                    PlaceRow.lat.is_not(None), PlaceRow.lon.is_not(None))
             .order_by(PartnershipPartyRow.partnership_id, PartnershipPartyRow.position))
    for pid, place in session.execute(query):
        if place.lat is not None and place.lon is not None and all(
                place.id != other for other, _ in ends[pid]):
            ends[pid].append((place.id, (place.lat, place.lon)))
    return [MapArc(p.id, p.name, p.kind, p.status, p.stories, (a, b), _arc_paths(a_at, b_at))
            for p in partnerships for (a, a_at), (b, b_at) in combinations(ends[p.id], 2)]


@lru_cache(maxsize=2 * MAX_PARTNERSHIPS)
def _arc_paths(a: LatLon, b: LatLon) -> tuple[tuple[LatLon, ...], ...]:
    """``great_circle``, remembered: the same places make the same arc on every request
    (measured: the arcs of 1,500 partnerships took 250 ms of a 500 ms map)."""
    return tuple(tuple(path) for path in great_circle(a, b))
