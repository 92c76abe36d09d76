"""Links: the list of stored links with their evidence, parties and document."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, Subquery, and_, exists, func, select, union_all
from sqlalchemy.orm import Session

from citypact.model import Link, LinkKind
from citypact.store.corrections import not_rejected
from citypact.store.dates import join_partial_date
from citypact.store.filters import LinkFilters
from citypact.store.queries.common import (
    count_rows,
    facet_counts,
    in_year,
    spans,
    year_of,
)
from citypact.store.queries.curation import link_verdicts
from citypact.store.records import Facets, LinkRecord, Page, Verdict
from citypact.store.tables import (
    DocumentRow,
    LinkPartyRow,
    LinkRow,
    LinkSectorRow,
    OrganizationRow,
    PlaceRow,
)

LinkKey = tuple[str, int]
"""``(document id, link position)``."""


def link_records(session: Session,
                 rows: Sequence[tuple[LinkRow, str | None]]) -> list[LinkRecord]:
    """Records of ``(link row, document title)`` pairs, with their parties."""
    keys = {(link.document_id, link.position) for link, _ in rows}
    parties = _parties(session, keys)
    verdicts = link_verdicts(session, keys)
    return [_link_record(link, title, parties.get(key, []), verdicts.get(key))
            for link, title in rows for key in [(link.document_id, link.position)]]


_Party = tuple[str, str | None]
"""``(name, entity id)`` of a link's party."""


def _parties(session: Session, keys: set[LinkKey]) -> dict[LinkKey, list[_Party]]:
    """Each link's parties in order (columns, not ORM rows: a capital's dossier reads
    some 10,000 of them)."""
    if not keys:
        return {}
    query = (select(LinkPartyRow.document_id, LinkPartyRow.link_position, LinkPartyRow.name,
                    LinkPartyRow.entity_id)
             .where(LinkPartyRow.document_id.in_({doc_id for doc_id, _ in keys}))
             .order_by(LinkPartyRow.document_id, LinkPartyRow.link_position,
                       LinkPartyRow.position))
    grouped: dict[LinkKey, list[_Party]] = defaultdict(list)
    for doc_id, link_position, name, entity_id in session.execute(query):
        key = (doc_id, link_position)
        if key in keys:
            grouped[key].append((name, entity_id))
    return grouped


def _link_record(row: LinkRow, title: str | None, parties: Sequence[_Party],
                 verdict: Verdict | None = None) -> LinkRecord:
    link = Link(
        parties=tuple(name for name, _ in parties), kind=cast(LinkKind, row.kind),
        date=join_partial_date(row.date, row.date_precision), sectors=tuple(row.sectors),
        confidence=row.confidence, evidence=spans(row.evidence),
        evidence_text=tuple(row.evidence_text),
    )
    return LinkRecord(document_id=row.document_id, document_title=title,
                      position=row.position, link=link,
                      party_ids=tuple(entity_id for _, entity_id in parties), verdict=verdict)


def entity_countries() -> Subquery:
    """``(id, country)`` of every place and organisation."""
    return union_all(select(PlaceRow.id, PlaceRow.country),
                     select(OrganizationRow.id, OrganizationRow.country)).subquery()


def _party_countries() -> Subquery:
    """``(document_id, link_position, country)``: each country a link's parties are in."""
    countries = entity_countries()
    return (select(LinkPartyRow.document_id, LinkPartyRow.link_position,
                   countries.c.country).distinct()
            .join(countries, countries.c.id == LinkPartyRow.entity_id)).subquery()


def _same_link(table: Any) -> ColumnElement[bool]:
    """The rows of ``table`` (keyed by document id and link position) of the outer link."""
    return and_(table.c.document_id == LinkRow.document_id,
                table.c.link_position == LinkRow.position)


def _conditions(filters: LinkFilters) -> list[ColumnElement[bool]]:
    conditions = [not_rejected()]  # an editor's rejection wins over the machine
    if filters.document is not None:
        conditions.append(LinkRow.document_id == filters.document)
    if filters.kind is not None:
        conditions.append(LinkRow.kind == filters.kind)
    if filters.year is not None:
        conditions.append(in_year(LinkRow.date, filters.year))
    if filters.sector is not None:
        # An alias: the sector facet selects from link_sectors, which must not correlate.
        sectors = LinkSectorRow.__table__.alias()
        conditions.append(exists().where(_same_link(sectors),
                                         sectors.c.sector == filters.sector))
    if filters.country is not None:
        countries = _party_countries()
        conditions.append(exists().where(_same_link(countries),
                                         countries.c.country == filters.country))
    return conditions


def list_links(session: Session, filters: LinkFilters | None = None, *, offset: int = 0,
               limit: int = 50) -> Page[LinkRecord]:
    """Stored links, most recent date first (undated last), with evidence and document.

    Args:
        session: an open session.
        filters: which links (document, kind, sector, year, country of a party).
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    filters = filters or LinkFilters()
    where = _conditions(filters)
    query = (select(LinkRow, DocumentRow.title)
             .join(DocumentRow, DocumentRow.id == LinkRow.document_id).where(*where))
    ordered = query.order_by(LinkRow.date.desc().nulls_last(), LinkRow.document_id,
                             LinkRow.position)
    rows = [(link, title) for link, title in session.execute(ordered.offset(offset)
                                                              .limit(limit))]
    total = count_rows(session, select(LinkRow.document_id, LinkRow.position).where(*where))
    return Page(tuple(link_records(session, rows)), total, offset, limit)


def link_facets(session: Session, filters: LinkFilters | None = None) -> Facets:
    """How many of the filtered links have each kind, sector, year and party country."""
    filters = filters or LinkFilters()
    where = _conditions(filters)
    year = year_of(LinkRow.date)
    countries = _party_countries()
    return {
        "kind": facet_counts(session, select(LinkRow.kind, func.count()).where(*where)
                             .group_by(LinkRow.kind)),
        "sector": facet_counts(session, select(LinkSectorRow.sector, func.count())
                               .join(LinkRow, _same_link(LinkSectorRow.__table__))
                               .where(*where).group_by(LinkSectorRow.sector)),
        "year": facet_counts(session, select(year, func.count()).where(*where)
                             .group_by(year)),
        "country": facet_counts(session, select(countries.c.country, func.count())
                                .join(LinkRow, _same_link(countries))
                                .where(*where).group_by(countries.c.country)),
    }

