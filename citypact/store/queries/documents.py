"""Documents: one extraction back as the contract object, and the list of documents."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import cast

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from citypact.errors import NotFoundError
from citypact.model import (
    Article,
    DocumentInfo,
    Event,
    EventType,
    Extraction,
    Link,
    Organization,
    Person,
    Place,
    PlaceKind,
    Span,
)
from citypact.store.dates import join_partial_date
from citypact.store.filters import DocumentFilters
from citypact.store.queries.common import aware, count_rows, facet_counts, spans
from citypact.store.queries.links import link_records
from citypact.store.records import DocumentSummary, Facets, Page
from citypact.store.tables import (
    DocumentOrganizationRow,
    DocumentPersonRow,
    DocumentPlaceRow,
    DocumentRow,
    EventRow,
    LinkRow,
    MentionRow,
    OrganizationRow,
    PlaceRow,
)

MentionKey = tuple[str, int]
"""``(entity kind, entity position)``."""


def _document_row(session: Session, doc_id: str) -> DocumentRow:
    row = session.get(DocumentRow, doc_id)
    if row is None:
        raise NotFoundError(f"no document with id {doc_id!r}")
    return row


def get_article(session: Session, doc_id: str) -> Article:
    """The stored document with its text.

    Raises:
        NotFoundError: no document has this id.
    """
    row = _document_row(session, doc_id)
    return Article(id=row.id, text=row.text, path=row.path, url=row.url, title=row.title,
                   language=row.language, published=row.published)


def get_extraction(session: Session, doc_id: str) -> Extraction:
    """The extraction of a stored document, equal to the one ``save_extraction`` stored.

    Raises:
        NotFoundError: no document has this id.
    """
    row = _document_row(session, doc_id)
    mentions = _mentions(session, doc_id)
    return Extraction(
        document=DocumentInfo(row.id, row.path, row.url, row.title, row.language,
                              row.published),
        places=_places(session, doc_id, mentions),
        organizations=_organizations(session, doc_id, mentions),
        people=_people(session, doc_id, mentions),
        links=_document_links(session, doc_id),
        events=_events(session, doc_id),
        format=row.extraction_format,
    )


def _mentions(session: Session, doc_id: str) -> dict[MentionKey, tuple[Span, ...]]:
    query = (select(MentionRow).where(MentionRow.document_id == doc_id)
             .order_by(MentionRow.entity_kind, MentionRow.entity_position, MentionRow.position))
    found: dict[MentionKey, list[Span]] = defaultdict(list)
    for m in session.scalars(query):
        found[(m.entity_kind, m.entity_position)].append((m.start, m.end))
    return {key: tuple(value) for key, value in found.items()}


def _places(session: Session, doc_id: str,
            mentions: dict[MentionKey, tuple[Span, ...]]) -> tuple[Place, ...]:
    query = (select(DocumentPlaceRow.position, PlaceRow)
             .join(PlaceRow, PlaceRow.id == DocumentPlaceRow.place_id)
             .where(DocumentPlaceRow.document_id == doc_id).order_by(DocumentPlaceRow.position))
    return tuple(
        Place(p.id, p.name, cast(PlaceKind, p.kind), p.country, p.admin1, p.lat, p.lon,
              mentions.get(("place", position), ()))
        for position, p in session.execute(query))


def _organizations(session: Session, doc_id: str,
                   mentions: dict[MentionKey, tuple[Span, ...]]) -> tuple[Organization, ...]:
    query = (select(DocumentOrganizationRow, OrganizationRow)
             .join(OrganizationRow,
                   OrganizationRow.id == DocumentOrganizationRow.organization_id)
             .where(DocumentOrganizationRow.document_id == doc_id)
             .order_by(DocumentOrganizationRow.position))
    return tuple(
        Organization(o.id, o.name, o.country, o.type,
                     mentions.get(("organization", listed.position), ()),
                     tuple(listed.aliases))
        for listed, o in session.execute(query))


def _people(session: Session, doc_id: str,
            mentions: dict[MentionKey, tuple[Span, ...]]) -> tuple[Person, ...]:
    query = (select(DocumentPersonRow).where(DocumentPersonRow.document_id == doc_id)
             .order_by(DocumentPersonRow.position))
    return tuple(
        Person(h.name, h.role, h.affiliation, mentions.get(("person", h.position), ()))
        for h in session.scalars(query))


def _events(session: Session, doc_id: str) -> tuple[Event, ...]:
    query = select(EventRow).where(EventRow.document_id == doc_id).order_by(EventRow.position)
    return tuple(
        Event(cast(EventType, e.type), join_partial_date(e.date, e.date_precision), e.place,
              tuple(e.parties), spans(e.evidence))
        for e in session.scalars(query))


def _document_links(session: Session, doc_id: str) -> tuple[Link, ...]:
    query = select(LinkRow).where(LinkRow.document_id == doc_id).order_by(LinkRow.position)
    rows = [(link, None) for link in session.scalars(query)]
    return tuple(record.link for record in link_records(session, rows))


def _conditions(filters: DocumentFilters) -> list[ColumnElement[bool]]:
    conditions = []
    if filters.language is not None:
        conditions.append(DocumentRow.language == filters.language)
    if filters.year is not None:
        conditions.append(DocumentRow.published.like(f"{filters.year:04d}%"))
    return conditions


def list_documents(session: Session, filters: DocumentFilters | None = None, *,
                   offset: int = 0, limit: int = 50) -> Page[DocumentSummary]:
    """Stored documents, newest publication first (undated last), without their text.

    Args:
        session: an open session.
        filters: which documents (language, year of publication).
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    link_count = (select(func.count()).where(LinkRow.document_id == DocumentRow.id)
                  .correlate(DocumentRow).scalar_subquery())
    filters = filters or DocumentFilters()
    where = _conditions(filters)
    query = select(DocumentRow.id, DocumentRow.path, DocumentRow.url, DocumentRow.title,
                   DocumentRow.language, DocumentRow.published, DocumentRow.ingested_at,
                   link_count).where(*where)
    ordered = query.order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id)
    items = tuple(
        DocumentSummary(d_id, path, url, title, language, published, aware(ingested), links)
        for d_id, path, url, title, language, published, ingested, links
        in session.execute(ordered.offset(offset).limit(limit)))
    return Page(items, count_rows(session, select(DocumentRow.id).where(*where)), offset, limit)


def document_facets(session: Session, filters: DocumentFilters | None = None) -> Facets:
    """How many of the filtered documents have each language and year of publication."""
    filters = filters or DocumentFilters()
    where = _conditions(filters)
    year = func.substr(DocumentRow.published, 1, 4)
    return {
        "language": facet_counts(session, select(DocumentRow.language, func.count())
                                 .where(*where).group_by(DocumentRow.language)),
        "year": facet_counts(session, select(year, func.count()).where(*where).group_by(year)),
    }


MentionIndex = dict[str, list[tuple[str, Span]]]
"""Document id -> ``(entity id, span)`` of each mention."""


def mention_index(session: Session, doc_ids: Iterable[str],
                  entity_ids: Iterable[str | None]) -> MentionIndex:
    """The mentions of these entities in these documents."""
    docs, entities = set(doc_ids), {e for e in entity_ids if e}
    if not docs or not entities:
        return {}
    query = select(MentionRow.document_id, MentionRow.entity_id, MentionRow.start,
                   MentionRow.end).where(MentionRow.document_id.in_(docs),
                                         MentionRow.entity_id.in_(entities))
    found: MentionIndex = defaultdict(list)
    for doc_id, entity_id, start, end in session.execute(query):
        found[doc_id].append((entity_id, (start, end)))
    return found
