"""The dossier of a place, an organisation or a person: partners grouped by kind with their
status, sectors and SDGs, people, events and visits, documents; every claim with evidence."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session

from citypact.model import LINK_KINDS
from citypact.store import (
    DocumentRef,
    Entity,
    LinkRecord,
    PartnershipFilters,
    PartnershipSummary,
    PartyRecord,
    PersonFilters,
    PersonSummary,
    ProgrammeFilters,
    ProgrammeSummary,
    ProjectFilters,
    ProjectRecord,
    list_partnerships,
    list_people,
    list_programmes,
    list_projects,
)
from citypact.store.queries import (
    documents_naming,
    events_naming,
    get_entity,
    mention_index,
    partnership_link_records,
    party_names,
    person_roles,
)
from citypact.store.queries.documents import MentionIndex
from citypact.web.explorer.evidence import Claim, evidence_of
from citypact.web.explorer.sectors import SdgCount, sdgs_of

MAX_PARTNERSHIPS = 200
"""Partnerships shown in a dossier at most, the most reported first."""
MAX_DOCUMENTS = 100
MAX_PROGRAMMES = 50
MAX_PROJECTS = 50


@dataclass(frozen=True, slots=True)
class Partner:
    partnership: PartnershipSummary
    others: tuple[PartyRecord, ...]
    """The parties other than the dossier's entity."""
    claims: tuple[Claim, ...]
    """Its links, newest first, each with its evidence."""


@dataclass(frozen=True, slots=True)
class PartnerGroup:
    kind: str
    partners: tuple[Partner, ...]


@dataclass(frozen=True, slots=True)
class DossierEvent:
    claim: Claim
    """The event as a claim: ``kind`` is its type."""
    place: str | None
    parties: tuple[str, ...]
    direction: str | None
    """For a visit: ``in`` (hosted here) or ``out`` (a visit elsewhere)."""


@dataclass(frozen=True, slots=True)
class Dossier:
    entity: Entity
    groups: tuple[PartnerGroup, ...]
    partnerships_total: int
    sectors: tuple[tuple[str, int], ...]
    """Sector label -> claims (links) naming it, most first."""
    sdgs: tuple[SdgCount, ...]
    people: tuple[PersonSummary, ...]
    events: tuple[DossierEvent, ...]
    documents: tuple[DocumentRef, ...]
    programmes: tuple[ProgrammeSummary, ...] = ()
    """Programmes and networks that frame a link of the entity."""
    projects: tuple[ProjectRecord, ...] = ()
    """Pilot and joint projects that name the place."""
    roles: tuple[str, ...] = ()
    """A person's roles."""
    affiliations: tuple[str, ...] = ()
    """A person's affiliations."""


def entity_dossier(session: Session, entity_id: str) -> Dossier:
    """Everything the store knows of a place, organisation or person.

    Raises:
        NotFoundError: no place, organisation or person has this id.
    """
    entity = get_entity(session, entity_id)
    names = {entity.name, *party_names(session, entity_id)}
    found = list_partnerships(session, PartnershipFilters(party=entity_id),
                              limit=MAX_PARTNERSHIPS)
    partners = _partners(session, entity_id, found.items)
    sectors = Counter(s for p in partners for c in p.claims for s in c.sectors)
    ranked = tuple(sorted(sectors.items(), key=lambda i: (-i[1], i[0])))
    roles, affiliations = person_roles(session, entity_id)
    return Dossier(
        entity=entity,
        groups=tuple(PartnerGroup(kind, tuple(p for p in partners
                                              if p.partnership.kind == kind))
                     for kind in LINK_KINDS if any(p.partnership.kind == kind for p in partners)),
        partnerships_total=found.total, sectors=ranked, sdgs=tuple(sdgs_of(ranked)),
        people=_people(session, entity, names), events=_events(session, entity, names),
        documents=tuple(documents_naming(session, entity_id, MAX_DOCUMENTS)), roles=roles,
        affiliations=affiliations,
        programmes=_programmes(session, entity), projects=_projects(session, entity))


def _partners(session: Session, entity_id: str,
              partnerships: tuple[PartnershipSummary, ...]) -> list[Partner]:
    claims = _claims(session, partnerships)
    return [Partner(p, tuple(party for party in p.parties if party.entity_id != entity_id),
                    tuple(claims.get(p.id, ())))
            for p in partnerships]


def _claims(session: Session,
            partnerships: tuple[PartnershipSummary, ...]) -> dict[str, list[Claim]]:
    """Each partnership's links with their evidence, newest first."""
    records = partnership_link_records(session, [p.id for p in partnerships])
    parties = {p.id: [party.entity_id for party in p.parties] for p in partnerships}
    mentions = mention_index(session, {r.document_id for rs in records.values() for r in rs},
                             {e for entities in parties.values() for e in entities})
    found = {pid: sorted((_claim(record, mentions, parties[pid]) for record in links),
                         key=lambda c: (c.date or "", c.document_id, c.position), reverse=True)
             for pid, links in records.items()}
    return found


def _claim(record: LinkRecord, mentions: MentionIndex,
           party_ids: list[str | None]) -> Claim:
    link = record.link
    return Claim(record.document_id, record.document_title, record.position, link.kind,
                 link.date, link.sectors,
                 evidence_of(mentions, record.document_id, link.evidence, link.evidence_text,
                             party_ids))


def _people(session: Session, entity: Entity, names: set[str]) -> tuple[PersonSummary, ...]:
    if entity.kind == "person":
        return ()
    people: dict[str, PersonSummary] = {}
    for name in sorted(names):
        for person in list_people(session, PersonFilters(affiliation=name), limit=100).items:
            people.setdefault(person.id, person)
    return tuple(sorted(people.values(), key=lambda p: p.name))


def _events(session: Session, entity: Entity, names: set[str]) -> tuple[DossierEvent, ...]:
    """Events of the documents naming the entity that have it as a party or a venue."""
    found = []
    for record in events_naming(session, entity.id, names):
        event = record.event
        evidence = evidence_of({}, record.document_id, event.evidence, record.evidence_text, [])
        claim = Claim(record.document_id, record.document_title, record.position, event.type,
                      event.date, (), evidence)
        found.append(DossierEvent(claim, event.place, event.parties,
                                  _direction(event.type, event.place, event.parties, names)))
    found.sort(key=lambda e: (e.claim.date or "", e.claim.document_id, e.claim.position),
               reverse=True)
    return tuple(found)


def _direction(kind: str, place: str | None, parties: tuple[str, ...],
               names: set[str]) -> str | None:
    """A visit hosted here (the venue, or not the first party: texts name the visitor
    first) is ``in``; one by the entity elsewhere is ``out``."""
    if kind != "visit":
        return None
    if place in names:
        return "in"
    return "out" if parties and parties[0] in names else "in"


def _programmes(session: Session, entity: Entity) -> tuple[ProgrammeSummary, ...]:
    if entity.kind == "person":
        return ()
    found = list_programmes(session, ProgrammeFilters(member=entity.id), limit=MAX_PROGRAMMES)
    return found.items


def _projects(session: Session, entity: Entity) -> tuple[ProjectRecord, ...]:
    if entity.kind != "place":
        return ()
    return list_projects(session, ProjectFilters(place=entity.id), limit=MAX_PROJECTS).items
