"""Pilot projects: status, sectors, places, parties, and the sentence that names each."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from citypact.store.filters import ProjectFilters
from citypact.store.queries.common import (
    Column,
    count_rows,
    document_texts,
    facet_counts,
    member_of,
    value_counts,
)
from citypact.store.records import (
    Facets,
    Page,
    PartyRecord,
    ProjectParty,
    ProjectPartyRole,
    ProjectRecord,
    ProjectStatus,
)
from citypact.store.tables import (
    DocumentRow,
    ProjectPartyRow,
    ProjectPlaceRow,
    ProjectRow,
    ProjectSectorRow,
)


def _conditions(filters: ProjectFilters) -> list[ColumnElement[bool]]:
    conditions = []
    if filters.status is not None:
        conditions.append(ProjectRow.status == filters.status)
    if filters.year is not None:
        conditions.append(ProjectRow.year == filters.year)
    if filters.document is not None:
        conditions.append(ProjectRow.document_id == filters.document)
    if filters.sector is not None:
        conditions.append(member_of(ProjectRow.id, ProjectSectorRow, "project_id",
                                    sector=filters.sector))
    if filters.place is not None:
        conditions.append(member_of(ProjectRow.id, ProjectPlaceRow, "project_id",
                                    place_id=filters.place))
    if filters.party is not None:
        conditions.append(member_of(ProjectRow.id, ProjectPartyRow, "project_id",
                                    entity_id=filters.party))
    return conditions


def list_projects(session: Session, filters: ProjectFilters | None = None, *,
                  offset: int = 0, limit: int = 50) -> Page[ProjectRecord]:
    """Pilot and joint projects, newest story first, in the order each story names them.

    Args:
        session: an open session.
        filters: which projects (status, sector, place id, party id, year of the story,
            document).
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    where = _conditions(filters or ProjectFilters())
    query = (select(ProjectRow, DocumentRow.title, DocumentRow.published)
             .join(DocumentRow, DocumentRow.id == ProjectRow.document_id).where(*where)
             .order_by(ProjectRow.year.desc().nulls_last(), DocumentRow.published.desc(),
                       ProjectRow.document_id, ProjectRow.position))
    rows = list(session.execute(query.offset(offset).limit(limit)))
    total = count_rows(session, select(ProjectRow.id).where(*where))
    ids = [project.id for project, *_ in rows]
    sectors, places, parties = _sectors(session, ids), _places(session, ids), _parties(
        session, ids)
    texts = document_texts(session, {project.document_id for project, *_ in rows})
    items = tuple(
        ProjectRecord(p.id, p.document_id, title, published, cast(ProjectStatus, p.status),
                      tuple(sectors[p.id]), tuple(places[p.id]),
                      (p.evidence_start, p.evidence_end),
                      texts[p.document_id][p.evidence_start:p.evidence_end],
                      tuple(parties[p.id]))
        for p, title, published in rows)
    return Page(items, total, offset, limit)


def project_facets(session: Session, filters: ProjectFilters | None = None) -> Facets:
    """How many of the filtered projects have each status, sector, place, party and
    year."""
    where = _conditions(filters or ProjectFilters())
    counted = ProjectRow.id

    def member_counts(column: Column, key: Column) -> Any:
        return value_counts(column, key, where).join(ProjectRow, ProjectRow.id == key)

    return {
        "status": facet_counts(session, value_counts(ProjectRow.status, counted, where)),
        "sector": facet_counts(session, member_counts(ProjectSectorRow.sector,
                                                      ProjectSectorRow.project_id)),
        "place": facet_counts(session, member_counts(ProjectPlaceRow.place_id,
                                                     ProjectPlaceRow.project_id)),
        "party": facet_counts(session, member_counts(ProjectPartyRow.entity_id,
                                                     ProjectPartyRow.project_id)),
        "year": facet_counts(session, value_counts(ProjectRow.year, counted, where)),
    }


def _sectors(session: Session, ids: Sequence[str]) -> dict[str, list[str]]:
    query = (select(ProjectSectorRow).where(ProjectSectorRow.project_id.in_(ids))
             .order_by(ProjectSectorRow.project_id, ProjectSectorRow.sector))
    found: dict[str, list[str]] = defaultdict(list)
    for row in session.scalars(query):
        found[row.project_id].append(row.sector)
    return found


def _places(session: Session, ids: Sequence[str]) -> dict[str, list[PartyRecord]]:
    query = (select(ProjectPlaceRow).where(ProjectPlaceRow.project_id.in_(ids))
             .order_by(ProjectPlaceRow.project_id, ProjectPlaceRow.position))
    found: dict[str, list[PartyRecord]] = defaultdict(list)
    for row in session.scalars(query):
        found[row.project_id].append(PartyRecord(
            row.name, "place" if row.place_id else None, row.place_id, row.country))
    return found


def _parties(session: Session, ids: Sequence[str]) -> dict[str, list[ProjectParty]]:
    query = (select(ProjectPartyRow).where(ProjectPartyRow.project_id.in_(ids))
             .order_by(ProjectPartyRow.project_id, ProjectPartyRow.position))
    found: dict[str, list[ProjectParty]] = defaultdict(list)
    for row in session.scalars(query):
        party = PartyRecord(row.name, row.entity_kind, row.entity_id, row.country)
        found[row.project_id].append(ProjectParty(party, cast(ProjectPartyRole, row.role)))
    return found
