"""The map: places sized by activity, partnerships as great-circle arcs coloured by kind."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from citypact.store.tables import PartnershipPartyRow, PartnershipRow, PlaceRow
from citypact.web.explorer.filters import ExploreFilters
from citypact.web.explorer.geo import LatLon, great_circle

MAX_ARCS = 2000
"""Arcs drawn at most, the partnerships with most stories first: a map of 100,000 lines
is unreadable and slow; the counts say how many were left out."""


@dataclass(frozen=True, slots=True)
class MapPlace:
    id: str
    name: str
    country: str | None
    lat: float
    lon: float
    partnerships: int
    """Filtered partnerships it is a party of: the size of its dot."""
    stories: int


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
    arcs_total: int
    """Arcs before the ``MAX_ARCS`` cut."""


@dataclass(frozen=True, slots=True)
class _Party:
    partnership_id: str
    name: str
    kind: str
    status: str
    stories: int
    place: MapPlace


def map_data(session: Session, filters: ExploreFilters) -> MapData:
    """Places that are parties of the filtered partnerships (with coordinates), and an arc
    for each pair of such places in a partnership, the most reported first."""
    by_partnership: dict[str, list[_Party]] = defaultdict(list)
    for party in _parties(session, filters):
        by_partnership[party.partnership_id].append(party)
    activity: Counter[str] = Counter()
    stories: Counter[str] = Counter()
    places: dict[str, MapPlace] = {}
    arcs: list[tuple[_Party, _Party]] = []
    for parties in by_partnership.values():
        for party in {p.place.id: p for p in parties}.values():
            places[party.place.id] = party.place
            activity[party.place.id] += 1
            stories[party.place.id] += party.stories
        arcs += [(a, b) for a, b in combinations(parties, 2) if a.place.id != b.place.id]
    arcs.sort(key=lambda pair: (-pair[0].stories, pair[0].name, pair[0].place.name,
                                pair[1].place.name))
    sized = tuple(sorted(
        (MapPlace(p.id, p.name, p.country, p.lat, p.lon, activity[p.id], stories[p.id])
         for p in places.values()), key=lambda p: (-p.partnerships, p.name)))
    return MapData(sized, tuple(_arc(a, b) for a, b in arcs[:MAX_ARCS]),
                   _count(session, filters), len(arcs))


def _parties(session: Session, filters: ExploreFilters) -> list[_Party]:
    query = (select(PartnershipRow.id, PartnershipRow.name, PartnershipRow.kind,
                    PartnershipRow.status, PartnershipRow.stories, PlaceRow)
             .join(PartnershipPartyRow, PartnershipPartyRow.partnership_id == PartnershipRow.id)
             .join(PlaceRow, PlaceRow.id == PartnershipPartyRow.entity_id)
             .where(PlaceRow.lat.is_not(None), PlaceRow.lon.is_not(None),
                    *filters.conditions())
             .order_by(PartnershipRow.id, PartnershipPartyRow.position))
    return [_Party(pid, name, kind, status, stories,
                   MapPlace(p.id, p.name, p.country, p.lat, p.lon, 0, 0))
            for pid, name, kind, status, stories, p in session.execute(query)
            if p.lat is not None and p.lon is not None]


def _count(session: Session, filters: ExploreFilters) -> int:
    query = select(func.count()).select_from(PartnershipRow).where(*filters.conditions())
    return session.scalar(query) or 0


def _arc(a: _Party, b: _Party) -> MapArc:
    paths = great_circle((a.place.lat, a.place.lon), (b.place.lat, b.place.lon))
    return MapArc(a.partnership_id, a.name, a.kind, a.status, a.stories,
                  (a.place.id, b.place.id), tuple(tuple(path) for path in paths))
