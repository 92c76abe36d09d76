"""What a dossier reads of one place, organisation or person: the entity, the names links
give it, the links of its partnerships, the events and documents that name it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence, Set

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from citypact.errors import NotFoundError
from citypact.store.queries.events import event_records
from citypact.store.queries.links import link_records
from citypact.store.records import DocumentRef, Entity, EventRecord, LinkRecord
from citypact.store.tables import (
    DocumentPersonRow,
    DocumentRow,
    EventRow,
    LinkPartyRow,
    LinkRow,
    MentionRow,
    OrganizationRow,
    PartnershipLinkRow,
    PlaceRow,
)


def get_entity(session: Session, entity_id: str) -> Entity:
    """The place, organisation or person with this id (a person as first named).

    Raises:
        NotFoundError: no place, organisation or person has this id.
    """
    place = session.get(PlaceRow, entity_id)
    if place is not None:
        return Entity(place.id, "place", place.name, place.kind, place.country, place.admin1,
                      place.lat, place.lon)
    org = session.get(OrganizationRow, entity_id)
    if org is not None:
        return Entity(org.id, "organization", org.name, org.type, org.country)
    person = session.scalars(select(DocumentPersonRow)
                             .where(DocumentPersonRow.person_id == entity_id)).first()
    if person is not None:
        return Entity(entity_id, "person", person.name, person.role, None)
    raise NotFoundError(f"no place, organisation or person with id {entity_id!r}")


def party_names(session: Session, entity_id: str) -> set[str]:
    """The names links give the entity as a party."""
    query = select(LinkPartyRow.name).where(LinkPartyRow.entity_id == entity_id).distinct()
    return set(session.scalars(query))


def partnership_link_records(session: Session,
                             partnership_ids: Sequence[str]) -> dict[str, list[LinkRecord]]:
    """Partnership id -> its links (in no particular order), each with its document title."""
    if not partnership_ids:
        return {}
    query = (select(PartnershipLinkRow.partnership_id, LinkRow, DocumentRow.title)
             .join(LinkRow, (LinkRow.document_id == PartnershipLinkRow.document_id)
                   & (LinkRow.position == PartnershipLinkRow.link_position))
             .join(DocumentRow, DocumentRow.id == LinkRow.document_id)
             .where(PartnershipLinkRow.partnership_id.in_(partnership_ids)))
    rows = list(session.execute(query))
    records = link_records(session, [(link, title) for _, link, title in rows])
    found: dict[str, list[LinkRecord]] = defaultdict(list)
    for (pid, _, _), record in zip(rows, records, strict=True):
        found[pid].append(record)
    return found


def _documents_naming(entity_id: str) -> Select[str]:
    return select(MentionRow.document_id).where(MentionRow.entity_id == entity_id).distinct()


def events_naming(session: Session, entity_id: str, names: Set[str]) -> list[EventRecord]:
    """The events of the documents that mention the entity that give one of these names as
    a party or as their place (in no particular order).

    Filtered before the documents' texts are read for the evidence: a capital's
    documents hold thousands of events, most between other parties.
    """
    query = (select(EventRow, DocumentRow.title)
             .join(DocumentRow, DocumentRow.id == EventRow.document_id)
             .where(EventRow.document_id.in_(_documents_naming(entity_id))))
    return event_records(session, [(event, title) for event, title in session.execute(query)
                                   if names & {*event.parties, event.place}])


def documents_naming(session: Session, entity_id: str, limit: int) -> list[DocumentRef]:
    """The documents that mention the entity, newest first, ``limit`` at most."""
    query = (select(DocumentRow.id, DocumentRow.title, DocumentRow.published)
             .where(DocumentRow.id.in_(_documents_naming(entity_id)))
             .order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id)
             .limit(limit))
    return [DocumentRef(*row) for row in session.execute(query)]


def person_roles(session: Session,
                 person_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A person's roles and affiliations across documents, without repeats."""
    query = (select(DocumentPersonRow.role, DocumentPersonRow.affiliation, func.count())
             .where(DocumentPersonRow.person_id == person_id)
             .group_by(DocumentPersonRow.role, DocumentPersonRow.affiliation))
    rows = list(session.execute(query))
    return (tuple(dict.fromkeys(r for r, _, _ in rows if r)),
            tuple(dict.fromkeys(a for _, a, _ in rows if a)))
