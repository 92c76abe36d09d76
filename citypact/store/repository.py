"""Saving an extraction: one document, its entities, mentions, links and events.

``save_extraction`` is the only writer of documents. It is idempotent (a document
is known by the hash of its text) and atomic (a failure rolls back everything of
that document and nothing stored before). With the document it writes what search
and filters need: each link's sectors, and the folded names and aliases of what the
document names; and what its story tells beyond links (``citypact.store.story``): the
links its programmes frame, its trips and its pilot projects. Partnerships are derived
across documents by ``citypact.store.rebuild``; reading lives in ``citypact.store.queries``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import Literal, TypeVar

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from citypact import __version__
from citypact.errors import StoreError
from citypact.model import Article, Event, Extraction, Link, Organization, Person, Place, Span
from citypact.resolve.story import StoryFacts, facts_of_extraction
from citypact.store.corrections import apply_corrections
from citypact.store.dates import split_partial_date
from citypact.store.story import story_rows
from citypact.store.tables import (
    DocumentOrganizationRow,
    DocumentPersonRow,
    DocumentPlaceRow,
    DocumentRow,
    EventRow,
    LinkPartyRow,
    LinkRow,
    LinkSectorRow,
    MentionRow,
    OrganizationRow,
    PersonRow,
    PlaceRow,
    SearchNameRow,
)
from citypact.store.versions import bump_data_version
from citypact.textnorm import fold, slugify

log = logging.getLogger(__name__)

SaveOutcome = Literal["ingested", "unchanged"]
EntityRef = tuple[str, str]
"""``(entity kind, entity id)``: what a link party names."""


def document_exists(session: Session, doc_id: str) -> bool:
    """Whether a document with this id (hash of its text) is stored.

    Raises:
        StoreError: the database cannot be queried.
    """
    try:
        return bool(session.scalar(select(exists().where(DocumentRow.id == doc_id))))
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot query the database: {exc}") from exc


def person_id(name: str) -> str:
    """The id of a person: spellings that fold alike ("Giani", "GIANI") are one person."""
    return f"person:{slugify(name)}"


def save_extraction(session: Session, article: Article, extraction: Extraction,
                    story: StoryFacts | None = None) -> SaveOutcome:
    """Store a document and its extraction, and commit.

    Entities are get-or-create: a place, organisation or person already stored
    (same id) is reused as it is, so two documents naming Florence share one row.

    Args:
        session: a session; it is committed on success and rolled back on failure.
        article: the document, with the normalised text the offsets point into.
        extraction: the extraction of that article (same document id).
        story: the programme memberships, trips and pilot projects of the document
            (``citypact.resolve.story``); by default, the memberships the extraction
            alone supports.

    Returns:
        ``"ingested"``, or ``"unchanged"`` when the document was already stored
        (then nothing is written).

    Raises:
        StoreError: the extraction does not belong to the article, holds an
            invalid value, or the database refused it. Nothing of it is stored.
    """
    if article.id != extraction.document.id:
        raise StoreError(f"extraction of document {extraction.document.id[:12]} "
                         f"does not belong to document {article.id[:12]}")
    if document_exists(session, article.id):
        return "unchanged"
    try:
        _write_extraction(session, article, extraction,
                          story if story is not None else facts_of_extraction(extraction))
        apply_corrections(session, {article.id})  # editors' corrections win
        bump_data_version(session)
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        if document_exists(session, article.id):
            return "unchanged"  # a concurrent ingest stored the same text first
        raise StoreError(f"cannot store document {article.id[:12]}: {exc.orig}") from exc
    except SQLAlchemyError as exc:
        session.rollback()
        raise StoreError(f"cannot store document {article.id[:12]}: {exc}") from exc
    except BaseException:
        session.rollback()
        raise
    log.debug("stored document %s", article.id)
    return "ingested"


def _write_extraction(session: Session, article: Article, extraction: Extraction,
                      story: StoryFacts) -> None:
    """Add every row of the extraction; flushed by stages so foreign keys hold."""
    doc_id = article.id
    session.add(_document_row(article, extraction))
    _add_entities(session, extraction)
    session.flush()
    session.add_all(_place_rows(doc_id, extraction.places))
    session.add_all(_organization_rows(doc_id, extraction.organizations))
    session.add_all(_person_rows(doc_id, extraction.people))
    session.add_all(_mention_rows(doc_id, extraction))
    session.add_all(_link_rows(doc_id, extraction.links))
    session.add_all(_event_rows(doc_id, extraction.events))
    session.flush()
    refs = _party_refs(extraction)
    session.add_all(_party_rows(doc_id, extraction.links, refs))
    session.add_all(_sector_rows(doc_id, extraction.links))
    _add_search_names(session, _names(article, extraction))
    for rows in story_rows(doc_id, extraction.document.published, extraction, story,
                           lambda name: _entity_of(refs, name)):
        session.add_all(rows)
        session.flush()


def _document_row(article: Article, extraction: Extraction) -> DocumentRow:
    info = extraction.document
    return DocumentRow(
        id=article.id, path=info.path, url=info.url, title=info.title,
        language=info.language, published=info.published, text=article.text,
        ingested_at=dt.datetime.now(dt.UTC), extractor_version=__version__,
        extraction_format=extraction.format,
    )


def _add_entities(session: Session, extraction: Extraction) -> None:
    """Get-or-create the places, organisations and people (first description wins)."""
    _add_missing(session, PlaceRow, [
        PlaceRow(id=p.id, name=p.name, kind=p.kind, country=p.country, admin1=p.admin1,
                 lat=p.lat, lon=p.lon)
        for p in extraction.places])
    _add_missing(session, OrganizationRow, [
        OrganizationRow(id=o.id, name=o.name, country=o.country, type=o.type)
        for o in extraction.organizations])
    _add_missing(session, PersonRow, [
        PersonRow(id=person_id(h.name), name=h.name) for h in extraction.people])


EntityRow = TypeVar("EntityRow", PlaceRow, OrganizationRow, PersonRow)


def _add_missing(session: Session, table: type[EntityRow], rows: Sequence[EntityRow]) -> None:
    """Add the rows whose id is not stored yet (the first of duplicates in ``rows``)."""
    candidates: dict[str, EntityRow] = {}
    for row in rows:
        candidates.setdefault(row.id, row)
    if not candidates:
        return
    stored = set(session.scalars(select(table.id).where(table.id.in_(candidates))))
    session.add_all(row for entity_id, row in candidates.items() if entity_id not in stored)


def _place_rows(doc_id: str, places: Sequence[Place]) -> Iterable[DocumentPlaceRow]:
    for position, place in enumerate(places):
        yield DocumentPlaceRow(document_id=doc_id, position=position, place_id=place.id)


def _organization_rows(doc_id: str,
                       orgs: Sequence[Organization]) -> Iterable[DocumentOrganizationRow]:
    for position, org in enumerate(orgs):
        yield DocumentOrganizationRow(document_id=doc_id, position=position,
                                      organization_id=org.id, aliases=list(org.aliases))


def _person_rows(doc_id: str, people: Sequence[Person]) -> Iterable[DocumentPersonRow]:
    for position, person in enumerate(people):
        yield DocumentPersonRow(document_id=doc_id, position=position,
                                person_id=person_id(person.name), name=person.name,
                                role=person.role, affiliation=person.affiliation)


def _mention_rows(doc_id: str, extraction: Extraction) -> Iterable[MentionRow]:
    entities: list[tuple[str, Sequence[tuple[str, tuple[Span, ...]]]]] = [
        ("place", [(p.id, p.mentions) for p in extraction.places]),
        ("organization", [(o.id, o.mentions) for o in extraction.organizations]),
        ("person", [(person_id(h.name), h.mentions) for h in extraction.people]),
    ]
    for kind, items in entities:
        for entity_position, (entity_id, spans) in enumerate(items):
            for position, (start, end) in enumerate(spans):
                yield MentionRow(document_id=doc_id, entity_kind=kind,
                                 entity_position=entity_position, position=position,
                                 entity_id=entity_id, start=start, end=end)


def _link_rows(doc_id: str, links: Sequence[Link]) -> Iterable[LinkRow]:
    for position, link in enumerate(links):
        date, precision = split_partial_date(link.date)
        yield LinkRow(document_id=doc_id, position=position, kind=link.kind, date=date,
                      date_precision=precision, sectors=list(link.sectors),
                      confidence=link.confidence, evidence=_json_spans(link.evidence),
                      evidence_text=list(link.evidence_text))


def _event_rows(doc_id: str, events: Sequence[Event]) -> Iterable[EventRow]:
    for position, event in enumerate(events):
        date, precision = split_partial_date(event.date)
        yield EventRow(document_id=doc_id, position=position, type=event.type, date=date,
                       date_precision=precision, place=event.place,
                       parties=list(event.parties), evidence=_json_spans(event.evidence))


def _json_spans(spans: Sequence[Span]) -> list[list[int]]:
    return [[start, end] for start, end in spans]


def _party_refs(extraction: Extraction) -> dict[str, EntityRef]:
    """Names (exact and folded) of the document's places and organisations -> entity."""
    refs: dict[str, EntityRef] = {}
    named: list[tuple[str, str, str]] = [("place", p.id, p.name) for p in extraction.places]
    named += [("organization", o.id, o.name) for o in extraction.organizations]
    for kind, entity_id, name in named:
        refs.setdefault(name, (kind, entity_id))
    for kind, entity_id, name in named:
        refs.setdefault(_folded_key(name), (kind, entity_id))
    return refs


def _folded_key(name: str) -> str:
    return "\x00" + fold(name)  # never equal to an exact name


def _entity_of(refs: dict[str, EntityRef], name: str) -> tuple[str | None, str | None]:
    """The entity the document names by this name (exact, else folded), else Nones."""
    return refs.get(name) or refs.get(_folded_key(name)) or (None, None)


def _party_rows(doc_id: str, links: Sequence[Link],
                refs: dict[str, EntityRef]) -> Iterable[LinkPartyRow]:
    for link_position, link in enumerate(links):
        for position, name in enumerate(link.parties):
            kind, entity_id = _entity_of(refs, name)
            yield LinkPartyRow(document_id=doc_id, link_position=link_position,
                               position=position, name=name, entity_kind=kind,
                               entity_id=entity_id)


def _sector_rows(doc_id: str, links: Sequence[Link]) -> Iterable[LinkSectorRow]:
    for position, link in enumerate(links):
        for sector in dict.fromkeys(link.sectors):
            yield LinkSectorRow(document_id=doc_id, link_position=position, sector=sector)


SearchName = tuple[str, str, str]
"""``(entity kind, entity id, spelling)``."""


def _names(article: Article, extraction: Extraction) -> Iterable[SearchName]:
    """Every spelling of what the document names: canonical names, aliases, mention words."""
    if article.title:
        yield "document", article.id, article.title
    for place in extraction.places:
        yield "place", place.id, place.name
        yield from _mention_names("place", place.id, place.mentions, article.text)
    for org in extraction.organizations:
        yield "organization", org.id, org.name
        yield from (("organization", org.id, alias) for alias in org.aliases)
        yield from _mention_names("organization", org.id, org.mentions, article.text)
    for person in extraction.people:
        yield "person", person_id(person.name), person.name
        yield from _mention_names("person", person_id(person.name), person.mentions,
                                  article.text)


def _mention_names(kind: str, entity_id: str, spans: Sequence[Span],
                   text: str) -> Iterable[SearchName]:
    return ((kind, entity_id, text[start:end]) for start, end in spans)


def _add_search_names(session: Session, names: Iterable[SearchName]) -> None:
    """Add the folded spellings not stored yet (the first spelling of each fold wins)."""
    candidates: dict[tuple[str, str, str], str] = {}
    for kind, entity_id, name in names:
        folded = fold(name)
        if folded:
            candidates.setdefault((kind, entity_id, folded), name)
    if not candidates:
        return
    ids = {entity_id for _, entity_id, _ in candidates}
    query = (select(SearchNameRow.entity_kind, SearchNameRow.entity_id, SearchNameRow.folded)
             .where(SearchNameRow.entity_id.in_(ids)))
    stored = {(kind, entity_id, folded) for kind, entity_id, folded in session.execute(query)}
    session.add_all(SearchNameRow(entity_kind=kind, entity_id=entity_id, folded=folded,
                                  name=name)
                    for (kind, entity_id, folded), name in candidates.items()
                    if (kind, entity_id, folded) not in stored)
