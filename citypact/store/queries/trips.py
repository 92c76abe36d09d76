"""Trips: delegations abroad with their visitors, hosts, leaders and day-by-day stops."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from citypact.errors import NotFoundError
from citypact.store.dates import join_partial_date
from citypact.store.filters import TripFilters
from citypact.store.queries.common import count_rows, facet_counts, member_of, value_counts
from citypact.store.records import (
    Facets,
    Page,
    PartyRecord,
    StopRecord,
    TripDay,
    TripDetail,
    TripSummary,
)
from citypact.store.tables import (
    DocumentRow,
    PlaceRow,
    TripPartyRow,
    TripRow,
    TripStopRow,
    TripStopTopicRow,
)


def _has_party(role: str, country: str) -> ColumnElement[bool]:
    return member_of(TripRow.id, TripPartyRow, "trip_id", role=role, country=country)


def _conditions(filters: TripFilters) -> list[ColumnElement[bool]]:
    conditions = []
    if filters.visitor_country is not None:
        conditions.append(_has_party("visitor", filters.visitor_country))
    if filters.host_country is not None:
        conditions.append(_has_party("host", filters.host_country))
    if filters.year is not None:
        conditions.append(TripRow.year == filters.year)
    if filters.document is not None:
        conditions.append(TripRow.document_id == filters.document)
    return conditions


def list_trips(session: Session, filters: TripFilters | None = None, *, offset: int = 0,
               limit: int = 50) -> Page[TripSummary]:
    """Trips, most recent start first (undated last), with visitors, hosts and leaders.

    Args:
        session: an open session.
        filters: which trips (a visitor's country, a host's country, year, document).
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    where = _conditions(filters or TripFilters())
    query = (select(TripRow).where(*where)
             .order_by(TripRow.start.desc().nulls_last(), TripRow.year.desc().nulls_last(),
                       TripRow.document_id, TripRow.position))
    rows = list(session.scalars(query.offset(offset).limit(limit)))
    total = count_rows(session, select(TripRow.id).where(*where))
    return Page(tuple(_summaries(session, rows)), total, offset, limit)


def trip_facets(session: Session, filters: TripFilters | None = None) -> Facets:
    """How many of the filtered trips have a visitor, a host in each country, each year."""
    where = _conditions(filters or TripFilters())

    def countries(role: str) -> Any:
        return (value_counts(TripPartyRow.country, TripPartyRow.trip_id,
                             [*where, TripPartyRow.role == role])
                .join(TripRow, TripRow.id == TripPartyRow.trip_id))

    return {
        "visitor_country": facet_counts(session, countries("visitor")),
        "host_country": facet_counts(session, countries("host")),
        "year": facet_counts(session, value_counts(TripRow.year, TripRow.id, where)),
    }


def _summaries(session: Session, rows: Sequence[TripRow]) -> list[TripSummary]:
    ids = [row.id for row in rows]
    documents = _documents(session, {row.document_id for row in rows})
    parties = _parties(session, ids)
    places, stops = _stop_places(session, ids)
    return [TripSummary(
        id=row.id, document_id=row.document_id, document_title=documents[row.document_id][0],
        published=documents[row.document_id][1],
        start=join_partial_date(row.start, row.start_precision),
        end=join_partial_date(row.end, row.end_precision), delegates=row.delegates,
        leaders=tuple((leader["name"], leader["role"]) for leader in row.leaders),
        visitors=tuple(parties[(row.id, "visitor")]), hosts=tuple(parties[(row.id, "host")]),
        places=tuple(places[row.id]), stops=stops.get(row.id, 0)) for row in rows]


def _documents(session: Session, doc_ids: Iterable[str]) -> dict[str, tuple[str | None,
                                                                            str | None]]:
    """Document id -> (title, publication)."""
    query = (select(DocumentRow.id, DocumentRow.title, DocumentRow.published)
             .where(DocumentRow.id.in_(set(doc_ids))))
    return {doc_id: (title, published) for doc_id, title, published in session.execute(query)}


def _parties(session: Session, ids: list[str]) -> dict[tuple[str, str], list[PartyRecord]]:
    query = (select(TripPartyRow).where(TripPartyRow.trip_id.in_(ids))
             .order_by(TripPartyRow.trip_id, TripPartyRow.role, TripPartyRow.position))
    found: dict[tuple[str, str], list[PartyRecord]] = defaultdict(list)
    for p in session.scalars(query):
        found[(p.trip_id, p.role)].append(PartyRecord(p.name, p.entity_kind, p.entity_id,
                                                      p.country))
    return found


def _stop_places(session: Session,
                 ids: list[str]) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Each trip's stop places (first seen first) and number of stops."""
    query = (select(TripStopRow.trip_id, TripStopRow.place).where(TripStopRow.trip_id.in_(ids))
             .order_by(TripStopRow.trip_id, TripStopRow.position))
    places: dict[str, dict[str, None]] = defaultdict(dict)
    counts: dict[str, int] = defaultdict(int)
    for trip_id, place in session.execute(query):
        counts[trip_id] += 1
        if place:
            places[trip_id][place] = None
    return {trip_id: list(places[trip_id]) for trip_id in ids}, dict(counts)


def get_trip(session: Session, trip_id: str) -> TripDetail:
    """A trip with its stops (place, coordinates, hosts, topics, evidence) and its days.

    Raises:
        NotFoundError: no trip has this id.
    """
    row = session.get(TripRow, trip_id)
    if row is None:
        raise NotFoundError(f"no trip with id {trip_id!r}")
    (summary,) = _summaries(session, [row])
    text = session.scalars(select(DocumentRow.text)
                           .where(DocumentRow.id == row.document_id)).one()
    query = (select(TripStopRow, PlaceRow.lat, PlaceRow.lon)
             .outerjoin(PlaceRow, PlaceRow.id == TripStopRow.place_id)
             .where(TripStopRow.trip_id == trip_id).order_by(TripStopRow.position))
    topics = _stop_topics(session, trip_id)
    stops = tuple(
        StopRecord(stop.position, stop.type, join_partial_date(stop.date, stop.date_precision),
                   stop.place, stop.place_id, lat, lon, tuple(stop.hosts),
                   (stop.evidence_start, stop.evidence_end),
                   text[stop.evidence_start:stop.evidence_end],
                   tuple(topics[stop.position]))
        for stop, lat, lon in session.execute(query))
    return TripDetail(summary, stops, tuple(trip_days(stops)))


def _stop_topics(session: Session, trip_id: str) -> dict[int, list[str]]:
    """Stop position -> its topics, sorted."""
    query = (select(TripStopTopicRow.stop_position, TripStopTopicRow.topic)
             .where(TripStopTopicRow.trip_id == trip_id)
             .order_by(TripStopTopicRow.stop_position, TripStopTopicRow.topic))
    found: dict[int, list[str]] = defaultdict(list)
    for position, topic in session.execute(query):
        found[position].append(topic)
    return found


def trip_days(stops: Iterable[StopRecord]) -> list[TripDay]:
    """The stops grouped by date, dates in order (a month before its days), undated last;
    within a day, in the order told."""
    days: dict[str | None, list[StopRecord]] = defaultdict(list)
    for stop in stops:
        days[stop.date].append(stop)
    order = sorted(days, key=lambda date: (date is None, date or ""))
    return [TripDay(date, tuple(days[date])) for date in order]
