"""Places, organisations and people: the lists of stored entities, by name."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from citypact.store.filters import OrganizationFilters, PersonFilters, PlaceFilters
from citypact.store.queries.common import count_rows, facet_counts, member_of, value_counts
from citypact.store.records import (
    Facets,
    OrganizationSummary,
    Page,
    PersonSummary,
    PlaceSummary,
)
from citypact.store.tables import (
    DocumentOrganizationRow,
    DocumentPersonRow,
    DocumentPlaceRow,
    OrganizationRow,
    PersonRow,
    PlaceRow,
)


def _place_conditions(filters: PlaceFilters) -> list[ColumnElement[bool]]:
    conditions = []
    if filters.kind is not None:
        conditions.append(PlaceRow.kind == filters.kind)
    if filters.country is not None:
        conditions.append(PlaceRow.country == filters.country)
    return conditions


def list_places(session: Session, filters: PlaceFilters | None = None, *, offset: int = 0,
                limit: int = 50) -> Page[PlaceSummary]:
    """Stored places by name, each with the number of documents that name it.

    Args:
        session: an open session.
        filters: which places (kind, country).
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    filters = filters or PlaceFilters()
    where = _place_conditions(filters)
    documents = (select(func.count(func.distinct(DocumentPlaceRow.document_id)))
                 .where(DocumentPlaceRow.place_id == PlaceRow.id)
                 .correlate(PlaceRow).scalar_subquery())
    query = select(PlaceRow, documents).where(*where).order_by(PlaceRow.name, PlaceRow.id)
    items = tuple(
        PlaceSummary(p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, count)
        for p, count in session.execute(query.offset(offset).limit(limit)))
    return Page(items, count_rows(session, select(PlaceRow.id).where(*where)), offset, limit)


def place_facets(session: Session, filters: PlaceFilters | None = None) -> Facets:
    """How many of the filtered places are of each kind and country."""
    filters = filters or PlaceFilters()
    where = _place_conditions(filters)
    return {name: facet_counts(session, value_counts(column, PlaceRow.id, where))
            for name, column in (("kind", PlaceRow.kind), ("country", PlaceRow.country))}


def _organization_conditions(filters: OrganizationFilters) -> list[ColumnElement[bool]]:
    conditions = []
    if filters.country is not None:
        conditions.append(OrganizationRow.country == filters.country)
    if filters.type is not None:
        conditions.append(OrganizationRow.type == filters.type)
    return conditions


def list_organizations(session: Session, filters: OrganizationFilters | None = None,
                       *, offset: int = 0, limit: int = 50) -> Page[OrganizationSummary]:
    """Stored organisations by name, with their aliases and the number of documents naming them.

    Args:
        session: an open session.
        filters: which organisations (country, type).
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    filters = filters or OrganizationFilters()
    where = _organization_conditions(filters)
    documents = (select(func.count(func.distinct(DocumentOrganizationRow.document_id)))
                 .where(DocumentOrganizationRow.organization_id == OrganizationRow.id)
                 .correlate(OrganizationRow).scalar_subquery())
    query = (select(OrganizationRow, documents).where(*where)
             .order_by(OrganizationRow.name, OrganizationRow.id))
    rows = list(session.execute(query.offset(offset).limit(limit)))
    aliases = organization_aliases(session, [o.id for o, _ in rows])
    items = tuple(OrganizationSummary(o.id, o.name, o.country, o.type,
                                      tuple(aliases.get(o.id, ())), count)
                  for o, count in rows)
    return Page(items, count_rows(session, select(OrganizationRow.id).where(*where)),
                offset, limit)


def organization_aliases(session: Session, ids: list[str]) -> dict[str, list[str]]:
    """Each organisation's aliases across documents, first seen first, without repeats."""
    query = (select(DocumentOrganizationRow.organization_id, DocumentOrganizationRow.aliases)
             .where(DocumentOrganizationRow.organization_id.in_(ids))
             .order_by(DocumentOrganizationRow.document_id, DocumentOrganizationRow.position))
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for org_id, names in session.execute(query):
        found[org_id].update(dict.fromkeys(names))
    return {org_id: list(names) for org_id, names in found.items()}


def organization_facets(session: Session,
                        filters: OrganizationFilters | None = None) -> Facets:
    """How many of the filtered organisations are of each country and type."""
    filters = filters or OrganizationFilters()
    where = _organization_conditions(filters)
    return {name: facet_counts(session, value_counts(column, OrganizationRow.id, where))
            for name, column in (("country", OrganizationRow.country),
                                 ("type", OrganizationRow.type))}


def _person_conditions(filters: PersonFilters) -> list[ColumnElement[bool]]:
    if filters.affiliation is None:
        return []
    return [member_of(PersonRow.id, DocumentPersonRow, "person_id",
                      affiliation=filters.affiliation)]


def list_people(session: Session, filters: PersonFilters | None = None, *,
                offset: int = 0, limit: int = 50) -> Page[PersonSummary]:
    """Stored people by name, with the roles and affiliations the documents give them.

    Args:
        session: an open session.
        filters: which people (affiliation).
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    filters = filters or PersonFilters()
    where = _person_conditions(filters)
    documents = (select(func.count(func.distinct(DocumentPersonRow.document_id)))
                 .where(DocumentPersonRow.person_id == PersonRow.id)
                 .correlate(PersonRow).scalar_subquery())
    query = select(PersonRow, documents).where(*where).order_by(PersonRow.name, PersonRow.id)
    rows = list(session.execute(query.offset(offset).limit(limit)))
    roles, affiliations = _person_details(session, [h.id for h, _ in rows])
    items = tuple(PersonSummary(h.id, h.name, tuple(roles.get(h.id, ())),
                                tuple(affiliations.get(h.id, ())), count)
                  for h, count in rows)
    return Page(items, count_rows(session, select(PersonRow.id).where(*where)), offset, limit)


def _person_details(session: Session,
                    ids: list[str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each person's roles and affiliations across documents, without repeats."""
    query = (select(DocumentPersonRow.person_id, DocumentPersonRow.role,
                    DocumentPersonRow.affiliation)
             .where(DocumentPersonRow.person_id.in_(ids))
             .order_by(DocumentPersonRow.document_id, DocumentPersonRow.position))
    rows = list(session.execute(query))
    return (_distinct_by_key((pid, role) for pid, role, _ in rows),
            _distinct_by_key((pid, affiliation) for pid, _, affiliation in rows))


def _distinct_by_key(pairs: Iterable[tuple[str, str | None]]) -> dict[str, list[str]]:
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for key, value in pairs:
        if value:
            found[key][value] = None
    return {key: list(values) for key, values in found.items()}


def person_facets(session: Session, filters: PersonFilters | None = None) -> Facets:
    """How many of the filtered people each affiliation has."""
    filters = filters or PersonFilters()
    where = _person_conditions(filters)
    query = (value_counts(DocumentPersonRow.affiliation, DocumentPersonRow.person_id, where)
             .join(PersonRow, PersonRow.id == DocumentPersonRow.person_id))
    return {"affiliation": facet_counts(session, query)}


def place_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """Place id -> name, for the stored places among ``ids``."""
    wanted = set(ids)
    if not wanted:
        return {}
    query = select(PlaceRow.id, PlaceRow.name).where(PlaceRow.id.in_(wanted))
    return {place_id: name for place_id, name in session.execute(query)}


def entity_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """Entity id -> name, for the stored places and organisations among ``ids``."""
    wanted = set(ids)
    if not wanted:
        return {}
    query = select(OrganizationRow.id, OrganizationRow.name).where(
        OrganizationRow.id.in_(wanted))
    names = place_names(session, wanted)
    names.update({org_id: name for org_id, name in session.execute(query)})
    return names
