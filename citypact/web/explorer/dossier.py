"""The dossier of a place, an organisation or a person: partners grouped by kind with their
status, sectors and SDGs, people, events and visits, documents; every claim with evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from citypact.errors import NotFoundError
from citypact.model import LINK_KINDS
from citypact.store import (
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
from citypact.store.dates import join_partial_date
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
from citypact.web.explorer.evidence import Claim, evidence_of, mention_index
from citypact.web.explorer.sectors import SdgCount, sdgs_of

MAX_PARTNERSHIPS = 200
"""Partnerships shown in a dossier at most, the most reported first."""
MAX_DOCUMENTS = 100
MAX_PROGRAMMES = 50
MAX_PROJECTS = 50


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str
    """``place``, ``organization`` or ``person``."""
    name: str
    detail: str | None
    """A place's kind, an organisation's type, a person's first role."""
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    aliases: tuple[str, ...] = ()


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
class DocumentRef:
    id: str
    title: str | None
    published: str | None


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
    entity = _entity(session, entity_id)
    names = _names(session, entity)
    found = list_partnerships(session, PartnershipFilters(party=entity_id),
                              limit=MAX_PARTNERSHIPS)
    partners = _partners(session, entity_id, found.items)
    sectors = Counter(s for p in partners for c in p.claims for s in c.sectors)
    ranked = tuple(sorted(sectors.items(), key=lambda i: (-i[1], i[0])))
    roles, affiliations = _person_details(session, entity_id)
    return Dossier(
        entity=entity,
        groups=tuple(PartnerGroup(kind, tuple(p for p in partners
                                              if p.partnership.kind == kind))
                     for kind in LINK_KINDS if any(p.partnership.kind == kind for p in partners)),
        partnerships_total=found.total, sectors=ranked, sdgs=tuple(sdgs_of(ranked)),
        people=_people(session, entity, names), events=_events(session, entity, names),
        documents=_documents(session, entity_id), roles=roles, affiliations=affiliations,
        programmes=_programmes(session, entity), projects=_projects(session, entity))


def _entity(session: Session, entity_id: str) -> Entity:
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


def _names(session: Session, entity: Entity) -> set[str]:
    """The canonical name and the names links give the entity as a party."""
    query = select(LinkPartyRow.name).where(LinkPartyRow.entity_id == entity.id).distinct()
    return {entity.name, *session.scalars(query)}


def _partners(session: Session, entity_id: str,
              partnerships: tuple[PartnershipSummary, ...]) -> list[Partner]:
    claims = _claims(session, partnerships)
    return [Partner(p, tuple(party for party in p.parties if party.entity_id != entity_id),
                    tuple(claims.get(p.id, ())))
            for p in partnerships]


def _claims(session: Session,
            partnerships: tuple[PartnershipSummary, ...]) -> dict[str, list[Claim]]:
    """Each partnership's links with their evidence, newest first."""
    ids = [p.id for p in partnerships]
    if not ids:
        return {}
    query = (select(PartnershipLinkRow.partnership_id, LinkRow, DocumentRow.title)
             .join(LinkRow, (LinkRow.document_id == PartnershipLinkRow.document_id)
                   & (LinkRow.position == PartnershipLinkRow.link_position))
             .join(DocumentRow, DocumentRow.id == LinkRow.document_id)
             .where(PartnershipLinkRow.partnership_id.in_(ids)))
    rows = list(session.execute(query))
    parties = {p.id: [party.entity_id for party in p.parties] for p in partnerships}
    mentions = mention_index(session, {link.document_id for _, link, _ in rows},
                             {e for entities in parties.values() for e in entities})
    found: dict[str, list[Claim]] = defaultdict(list)
    for pid, link, title in rows:
        spans = [(int(s), int(e)) for s, e in link.evidence]
        found[pid].append(Claim(
            link.document_id, title, link.position, link.kind,
            join_partial_date(link.date, link.date_precision), tuple(link.sectors),
            evidence_of(mentions, link.document_id, spans, link.evidence_text, parties[pid])))
    for claims in found.values():
        claims.sort(key=lambda c: (c.date or "", c.document_id, c.position), reverse=True)
    return found


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
    docs = select(MentionRow.document_id).where(MentionRow.entity_id == entity.id).distinct()
    query = (select(EventRow, DocumentRow.title, DocumentRow.text)
             .join(DocumentRow, DocumentRow.id == EventRow.document_id)
             .where(EventRow.document_id.in_(docs)))
    found = []
    for event, title, text in session.execute(query):
        parties = tuple(event.parties)
        if not names & {*parties, event.place}:
            continue
        spans = [(int(s), int(e)) for s, e in event.evidence]
        evidence = evidence_of({}, event.document_id, spans, [text[s:e] for s, e in spans], [])
        claim = Claim(event.document_id, title, event.position, event.type,
                      join_partial_date(event.date, event.date_precision), (), evidence)
        found.append(DossierEvent(claim, event.place, parties,
                                  _direction(event.type, event.place, parties, names)))
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


def _documents(session: Session, entity_id: str) -> tuple[DocumentRef, ...]:
    docs = select(MentionRow.document_id).where(MentionRow.entity_id == entity_id).distinct()
    query = (select(DocumentRow.id, DocumentRow.title, DocumentRow.published)
             .where(DocumentRow.id.in_(docs))
             .order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id)
             .limit(MAX_DOCUMENTS))
    return tuple(DocumentRef(*row) for row in session.execute(query))


def _person_details(session: Session, entity_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    query = (select(DocumentPersonRow.role, DocumentPersonRow.affiliation, func.count())
             .where(DocumentPersonRow.person_id == entity_id)
             .group_by(DocumentPersonRow.role, DocumentPersonRow.affiliation))
    rows = list(session.execute(query))
    return (tuple(dict.fromkeys(r for r, _, _ in rows if r)),
            tuple(dict.fromkeys(a for _, a, _ in rows if a)))


def _programmes(session: Session, entity: Entity) -> tuple[ProgrammeSummary, ...]:
    if entity.kind == "person":
        return ()
    found = list_programmes(session, ProgrammeFilters(member=entity.id), limit=MAX_PROGRAMMES)
    return found.items


def _projects(session: Session, entity: Entity) -> tuple[ProjectRecord, ...]:
    if entity.kind != "place":
        return ()
    return list_projects(session, ProjectFilters(place=entity.id), limit=MAX_PROJECTS).items
