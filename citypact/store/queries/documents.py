"""Reading the store: one extraction back as the contract object, and paginated lists.

Every function takes a ``Session`` and returns plain frozen objects (``model``
or ``records``), so callers never touch ORM rows or lazy loading.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from citypact.errors import NotFoundError
from citypact.model import (
    Article,
    DocumentInfo,
    Event,
    EventType,
    Extraction,
    Link,
    LinkKind,
    Organization,
    Person,
    Place,
    PlaceKind,
    Span,
)
from citypact.store.dates import join_partial_date
from citypact.store.records import DocumentSummary, LinkRecord, Page, PlaceSummary
from citypact.store.tables import (
    DocumentOrganizationRow,
    DocumentPersonRow,
    DocumentPlaceRow,
    DocumentRow,
    EventRow,
    LinkPartyRow,
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


def _spans(raw: Sequence[Sequence[Any]]) -> tuple[Span, ...]:
    return tuple((int(start), int(end)) for start, end in raw)


def _mentions(session: Session, doc_id: str) -> dict[MentionKey, tuple[Span, ...]]:
    query = (select(MentionRow).where(MentionRow.document_id == doc_id)
             .order_by(MentionRow.entity_kind, MentionRow.entity_position, MentionRow.position))
    spans: dict[MentionKey, list[Span]] = defaultdict(list)
    for m in session.scalars(query):
        spans[(m.entity_kind, m.entity_position)].append((m.start, m.end))
    return {key: tuple(value) for key, value in spans.items()}


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
              tuple(e.parties), _spans(e.evidence))
        for e in session.scalars(query))


def _document_links(session: Session, doc_id: str) -> tuple[Link, ...]:
    query = select(LinkRow).where(LinkRow.document_id == doc_id).order_by(LinkRow.position)
    rows = [(link, None) for link in session.scalars(query)]
    return tuple(record.link for record in _link_records(session, rows))


def _link_records(session: Session,
                  rows: Sequence[tuple[LinkRow, str | None]]) -> list[LinkRecord]:
    """Records of ``(link row, document title)`` pairs, with their parties."""
    parties = _parties(session, {link.document_id for link, _ in rows})
    return [_link_record(link, title, parties.get((link.document_id, link.position), []))
            for link, title in rows]


def _parties(session: Session,
             doc_ids: set[str]) -> dict[tuple[str, int], list[LinkPartyRow]]:
    if not doc_ids:
        return {}
    query = (select(LinkPartyRow).where(LinkPartyRow.document_id.in_(doc_ids))
             .order_by(LinkPartyRow.document_id, LinkPartyRow.link_position,
                       LinkPartyRow.position))
    grouped: dict[tuple[str, int], list[LinkPartyRow]] = defaultdict(list)
    for party in session.scalars(query):
        grouped[(party.document_id, party.link_position)].append(party)
    return grouped


def _link_record(row: LinkRow, title: str | None,
                 parties: Sequence[LinkPartyRow]) -> LinkRecord:
    link = Link(
        parties=tuple(p.name for p in parties), kind=cast(LinkKind, row.kind),
        date=join_partial_date(row.date, row.date_precision), sectors=tuple(row.sectors),
        confidence=row.confidence, evidence=_spans(row.evidence),
        evidence_text=tuple(row.evidence_text),
    )
    return LinkRecord(document_id=row.document_id, document_title=title,
                      position=row.position, link=link,
                      party_ids=tuple(p.entity_id for p in parties))


def _total(session: Session, query: Select[*tuple[Any, ...]]) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def list_documents(session: Session, *, offset: int = 0, limit: int = 50) -> Page[DocumentSummary]:
    """Stored documents, newest publication first (undated last), without their text.

    Args:
        session: an open session.
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    link_count = (select(func.count()).where(LinkRow.document_id == DocumentRow.id)
                  .correlate(DocumentRow).scalar_subquery())
    query = select(DocumentRow.id, DocumentRow.path, DocumentRow.url, DocumentRow.title,
                   DocumentRow.language, DocumentRow.published, DocumentRow.ingested_at,
                   link_count)
    ordered = query.order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id)
    items = tuple(
        DocumentSummary(d_id, path, url, title, language, published, _aware(ingested), links)
        for d_id, path, url, title, language, published, ingested, links
        in session.execute(ordered.offset(offset).limit(limit)))
    return Page(items, _total(session, select(DocumentRow.id)), offset, limit)


def list_places(session: Session, *, offset: int = 0, limit: int = 50) -> Page[PlaceSummary]:
    """Stored places by name, each with the number of documents that name it.

    Args:
        session: an open session.
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    documents = (select(func.count(func.distinct(DocumentPlaceRow.document_id)))
                 .where(DocumentPlaceRow.place_id == PlaceRow.id)
                 .correlate(PlaceRow).scalar_subquery())
    query = select(PlaceRow, documents).order_by(PlaceRow.name, PlaceRow.id)
    items = tuple(
        PlaceSummary(p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon, count)
        for p, count in session.execute(query.offset(offset).limit(limit)))
    return Page(items, _total(session, select(PlaceRow.id)), offset, limit)


def list_links(session: Session, *, offset: int = 0, limit: int = 50,
               document_id: str | None = None) -> Page[LinkRecord]:
    """Stored links, most recent date first (undated last), with evidence and document.

    Args:
        session: an open session.
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
        document_id: only the links of this document.
    """
    query = select(LinkRow, DocumentRow.title).join(DocumentRow,
                                                    DocumentRow.id == LinkRow.document_id)
    if document_id is not None:
        query = query.where(LinkRow.document_id == document_id)
    ordered = query.order_by(LinkRow.date.desc().nulls_last(), LinkRow.document_id,
                             LinkRow.position)
    rows = list(session.execute(ordered.offset(offset).limit(limit)))
    total = _total(session, query.with_only_columns(LinkRow.document_id, LinkRow.position))
    return Page(tuple(_link_records(session, rows)), total, offset, limit)
