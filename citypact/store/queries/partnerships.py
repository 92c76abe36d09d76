"""Partnerships: the list with filters and facets, and one partnership with its evidence."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from citypact.errors import NotFoundError
from citypact.model import LinkKind
from citypact.resolve.partnerships import KindStep, Status
from citypact.store.dates import join_partial_date
from citypact.store.filters import PartnershipFilters
from citypact.store.queries.common import count_rows, facet_counts, member_of, value_counts
from citypact.store.queries.events import event_records
from citypact.store.queries.links import link_records
from citypact.store.records import (
    EventRecord,
    Facets,
    Page,
    PartnershipDetail,
    PartnershipLink,
    PartnershipSummary,
    PartyRecord,
)
from citypact.store.tables import (
    DocumentRow,
    EventRow,
    LinkRow,
    PartnershipEventRow,
    PartnershipLinkRow,
    PartnershipPartyRow,
    PartnershipRow,
    PartnershipSectorRow,
)


def _conditions(filters: PartnershipFilters) -> list[ColumnElement[bool]]:
    """Columns compared directly; parties, sectors and years through ``member_of``."""
    conditions = []
    if filters.kind is not None:
        conditions.append(PartnershipRow.kind == filters.kind)
    if filters.status is not None:
        conditions.append(PartnershipRow.status == filters.status)
    if filters.country is not None:
        conditions.append(_has(PartnershipPartyRow, "country", filters.country))
    if filters.party is not None:
        conditions.append(_has(PartnershipPartyRow, "entity_id", filters.party))
    if filters.sector is not None:
        conditions.append(_has(PartnershipSectorRow, "sector", filters.sector))
    if filters.year is not None:
        conditions.append(_has(PartnershipLinkRow, "year", filters.year))
    return conditions


def _has(table: Any, column: str, value: object) -> ColumnElement[bool]:
    return member_of(PartnershipRow.id, table, "partnership_id", **{column: value})


def list_partnerships(session: Session, filters: PartnershipFilters | None = None, *,
                      offset: int = 0, limit: int = 50) -> Page[PartnershipSummary]:
    """Partnerships, most stories first, then most recently reported.

    Args:
        session: an open session.
        filters: which partnerships (kind, status, country or entity of a party, sector,
            a year in which it was reported).
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    filters = filters or PartnershipFilters()
    where = _conditions(filters)
    query = (select(PartnershipRow).where(*where)
             .order_by(PartnershipRow.stories.desc(), PartnershipRow.last_seen.desc().nulls_last(),
                       PartnershipRow.name, PartnershipRow.id))
    rows = list(session.scalars(query.offset(offset).limit(limit)))
    total = count_rows(session, select(PartnershipRow.id).where(*where))
    return Page(tuple(_summaries(session, rows)), total, offset, limit)


def partnership_facets(session: Session,
                       filters: PartnershipFilters | None = None) -> Facets:
    """How many of the filtered partnerships have each kind, status, country, sector, year."""
    filters = filters or PartnershipFilters()
    where = _conditions(filters)
    counted = PartnershipRow.id
    return {
        "kind": facet_counts(session, value_counts(PartnershipRow.kind, counted, where)),
        "status": facet_counts(session, value_counts(PartnershipRow.status, counted, where)),
        "country": facet_counts(session, _member_counts(PartnershipPartyRow.country, where)),
        "sector": facet_counts(session, _member_counts(PartnershipSectorRow.sector, where)),
        "year": facet_counts(session, _member_counts(PartnershipLinkRow.year, where)),
    }


def _member_counts(column: Any, where: list[ColumnElement[bool]]) -> Any:
    """Partnerships per value of a column of one of their member tables."""
    table = column.class_
    return (value_counts(column, table.partnership_id, where)
            .join(PartnershipRow, PartnershipRow.id == table.partnership_id))


def get_partnership(session: Session, partnership_id: str) -> PartnershipDetail:
    """One partnership with every link (and its document) and event, oldest first.

    Raises:
        NotFoundError: no partnership has this id.
    """
    row = session.get(PartnershipRow, partnership_id)
    if row is None:
        raise NotFoundError(f"no partnership with id {partnership_id!r}")
    (summary,) = _summaries(session, [row])
    return PartnershipDetail(summary, tuple(_links(session, partnership_id)),
                             tuple(_events(session, partnership_id)))


def partnership_summaries(session: Session, ids: Sequence[str]) -> list[PartnershipSummary]:
    """The partnerships with these ids as the list shows them, in the order of ``ids``."""
    rows = {row.id: row for row in session.scalars(
        select(PartnershipRow).where(PartnershipRow.id.in_(ids)))}
    return _summaries(session, [rows[pid] for pid in ids if pid in rows])


def _summaries(session: Session, rows: Sequence[PartnershipRow]) -> list[PartnershipSummary]:
    ids = [row.id for row in rows]
    parties = partnership_parties(session, ids)
    sectors = _sectors(session, ids)
    counts = _counts(session, ids)
    return [_summary(row, parties.get(row.id, []), sectors.get(row.id, []),
                     counts.get(row.id, (0, 0)))
            for row in rows]


def _summary(row: PartnershipRow, parties: list[PartyRecord], sectors: list[str],
             counts: tuple[int, int]) -> PartnershipSummary:
    history = tuple(KindStep(cast(LinkKind, step["kind"]), step["date"], step["document_id"])
                    for step in row.kind_history)
    by_year = tuple((str(year), tuple(names)) for year, names in row.sectors_by_year)
    return PartnershipSummary(
        id=row.id, name=row.name, parties=tuple(parties), kind=cast(LinkKind, row.kind),
        status=cast(Status, row.status), history=history,
        established=join_partial_date(row.established, row.established_precision),
        first_seen=join_partial_date(row.first_seen, row.first_seen_precision),
        last_seen=join_partial_date(row.last_seen, row.last_seen_precision),
        sectors=tuple(sectors), sectors_by_year=by_year, stories=row.stories,
        links=counts[0], documents=counts[1])


def partnership_parties(session: Session,
                        ids: Sequence[str]) -> dict[str, list[PartyRecord]]:
    """Partnership id -> its parties, in order."""
    query = (select(PartnershipPartyRow).where(PartnershipPartyRow.partnership_id.in_(ids))
             .order_by(PartnershipPartyRow.partnership_id, PartnershipPartyRow.position))
    found: dict[str, list[PartyRecord]] = defaultdict(list)
    for p in session.scalars(query):
        found[p.partnership_id].append(PartyRecord(p.name, p.entity_kind, p.entity_id,
                                                   p.country))
    return found


def _sectors(session: Session, ids: list[str]) -> dict[str, list[str]]:
    query = (select(PartnershipSectorRow).where(PartnershipSectorRow.partnership_id.in_(ids))
             .order_by(PartnershipSectorRow.partnership_id, PartnershipSectorRow.sector))
    found: dict[str, list[str]] = defaultdict(list)
    for s in session.scalars(query):
        found[s.partnership_id].append(s.sector)
    return found


def _counts(session: Session, ids: list[str]) -> dict[str, tuple[int, int]]:
    """Partnership id -> (links, documents)."""
    query = (select(PartnershipLinkRow.partnership_id, func.count(),
                    func.count(func.distinct(PartnershipLinkRow.document_id)))
             .where(PartnershipLinkRow.partnership_id.in_(ids))
             .group_by(PartnershipLinkRow.partnership_id))
    return {pid: (links, documents) for pid, links, documents in session.execute(query)}


def _links(session: Session, partnership_id: str) -> list[PartnershipLink]:
    query = (select(LinkRow, DocumentRow.title, DocumentRow.published, DocumentRow.url,
                    DocumentRow.path, PartnershipLinkRow.story_id, PartnershipLinkRow.reprint)
             .join(PartnershipLinkRow, (PartnershipLinkRow.document_id == LinkRow.document_id)
                   & (PartnershipLinkRow.link_position == LinkRow.position))
             .join(DocumentRow, DocumentRow.id == LinkRow.document_id)
             .where(PartnershipLinkRow.partnership_id == partnership_id))
    rows = list(session.execute(query))
    records = link_records(session, [(row[0], row[1]) for row in rows])
    links = [PartnershipLink(record, published, url or path, story_id, reprint)
             for record, (_, _, published, url, path, story_id, reprint) in zip(records, rows,
                                                                                 strict=True)]
    return sorted(links, key=_chronological)


def _chronological(item: PartnershipLink) -> tuple[str, str, str, int]:
    """By the link's date, else its document's publication (undated last); a reprint after
    the story it reprints."""
    when = item.record.link.date or item.published or "9999"
    return when, item.published or "9999", item.record.document_id, item.record.position


def _events(session: Session, partnership_id: str) -> list[EventRecord]:
    query = (select(EventRow, DocumentRow.title, DocumentRow.published)
             .join(PartnershipEventRow,
                   (PartnershipEventRow.document_id == EventRow.document_id)
                   & (PartnershipEventRow.event_position == EventRow.position))
             .join(DocumentRow, DocumentRow.id == EventRow.document_id)
             .where(PartnershipEventRow.partnership_id == partnership_id))
    rows = sorted(session.execute(query), key=lambda row: (
        join_partial_date(row[0].date, row[0].date_precision) or row[2] or "9999",
        row[2] or "9999", row[0].document_id, row[0].position))
    return event_records(session, [(event, title) for event, title, _ in rows])
