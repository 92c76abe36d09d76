"""Events: signings, visits, meetings... with their document and evidence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from citypact.model import Event, EventType
from citypact.store.dates import join_partial_date
from citypact.store.filters import EventFilters
from citypact.store.queries.common import (
    count_rows,
    facet_counts,
    in_year,
    span_texts,
    spans,
    year_of,
)
from citypact.store.records import EventRecord, Facets, Page
from citypact.store.tables import DocumentRow, EventRow


def event_records(session: Session,
                  rows: Sequence[tuple[EventRow, str | None]]) -> list[EventRecord]:
    """Records of ``(event row, document title)`` pairs, their evidence read from the text."""
    texts = _texts(session, {event.document_id for event, _ in rows})
    return [EventRecord(row.document_id, title, row.position, _event(row),
                        span_texts(texts[row.document_id], row.evidence))
            for row, title in rows]


def _texts(session: Session, doc_ids: set[str]) -> dict[str, str]:
    if not doc_ids:
        return {}
    query = select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(doc_ids))
    return {doc_id: text for doc_id, text in session.execute(query)}


def _event(row: EventRow) -> Event:
    return Event(cast(EventType, row.type), join_partial_date(row.date, row.date_precision),
                 row.place, tuple(row.parties), spans(row.evidence))


def _conditions(filters: EventFilters) -> list[ColumnElement[bool]]:
    conditions = []
    if filters.document is not None:
        conditions.append(EventRow.document_id == filters.document)
    if filters.type is not None:
        conditions.append(EventRow.type == filters.type)
    if filters.year is not None:
        conditions.append(in_year(EventRow.date, filters.year))
    return conditions


def list_events(session: Session, filters: EventFilters | None = None, *, offset: int = 0,
                limit: int = 50) -> Page[EventRecord]:
    """Stored events, most recent first (undated last), with their document and evidence.

    Args:
        session: an open session.
        filters: which events (document, type, year).
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    filters = filters or EventFilters()
    where = _conditions(filters)
    query = (select(EventRow, DocumentRow.title)
             .join(DocumentRow, DocumentRow.id == EventRow.document_id).where(*where)
             .order_by(EventRow.date.desc().nulls_last(), EventRow.document_id,
                       EventRow.position))
    rows = [(event, title) for event, title in session.execute(query.offset(offset)
                                                                .limit(limit))]
    total = count_rows(session, select(EventRow.document_id, EventRow.position).where(*where))
    return Page(tuple(event_records(session, rows)), total, offset, limit)


def event_facets(session: Session, filters: EventFilters | None = None) -> Facets:
    """How many of the filtered events are of each type and year."""
    filters = filters or EventFilters()
    where = _conditions(filters)
    year = year_of(EventRow.date)
    return {
        "type": facet_counts(session, select(EventRow.type, func.count()).where(*where)
                             .group_by(EventRow.type)),
        "year": facet_counts(session, select(year, func.count()).where(*where)
                             .group_by(year)),
    }
