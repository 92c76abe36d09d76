"""What the JSON API returns (``*Public`` models), built from the store's records."""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from citypact.store import (
    DocumentSummary,
    EventRecord,
    FacetCount,
    LinkRecord,
    OrganizationSummary,
    PartnershipDetail,
    PartnershipLink,
    PartnershipSummary,
    PartyRecord,
    PersonSummary,
    PlaceSummary,
    ProgrammeDetail,
    ProgrammeLink,
    ProgrammeMember,
    ProgrammeSummary,
    ProjectParty,
    ProjectRecord,
    SearchHit,
    StopRecord,
    TripDetail,
    TripSummary,
)
from citypact.store.records import Verdict

T = TypeVar("T")


class FacetValuePublic(BaseModel):
    """A value of a filter, how many rows of the filtered list have it, and the URL that
    adds it to the filters (or, when it is selected, removes it)."""

    value: str
    count: int
    selected: bool
    toggle_url: str


class PagePublic(BaseModel, Generic[T]):
    """One page of a list, the size of the whole list, the URL of the next page, and the
    facet counts of each filter the list supports."""

    items: list[T]
    total: int
    offset: int
    limit: int
    next: str | None
    """``None`` on the last page."""
    facets: dict[str, list[FacetValuePublic]] = Field(default_factory=dict)


class DocumentPublic(BaseModel):
    id: str
    path: str | None
    url: str | None
    title: str | None
    language: str | None
    published: str | None
    ingested_at: dt.datetime
    links: int

    @classmethod
    def of(cls, record: DocumentSummary) -> DocumentPublic:
        return cls(id=record.id, path=record.path, url=record.url, title=record.title,
                   language=record.language, published=record.published,
                   ingested_at=record.ingested_at, links=record.links)


class PlacePublic(BaseModel):
    id: str
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    documents: int

    @classmethod
    def of(cls, record: PlaceSummary) -> PlacePublic:
        return cls(id=record.id, name=record.name, kind=record.kind, country=record.country,
                   admin1=record.admin1, lat=record.lat, lon=record.lon,
                   documents=record.documents)


class VerdictPublic(BaseModel):
    """What an editor said of a link: ``confirmed``, ``corrected`` or ``rejected``."""

    verdict: str
    by: str
    at: dt.datetime

    @classmethod
    def of(cls, verdict: Verdict | None) -> VerdictPublic | None:
        return None if verdict is None else cls(verdict=verdict.verdict, by=verdict.username,
                                                at=verdict.at)


class LinkPublic(BaseModel):
    """A link as in the extraction contract, with its document and its parties' entity ids,
    and what an editor said of it (``verdict``: ``null`` when no person judged it)."""

    document_id: str
    document_title: str | None
    position: int
    """The link's position in its document's list of links."""
    parties: list[str]
    party_ids: list[str | None]
    kind: str
    date: str | None
    sectors: list[str]
    confidence: float
    evidence: list[tuple[int, int]]
    evidence_text: list[str]
    verdict: VerdictPublic | None = None

    @classmethod
    def of(cls, record: LinkRecord) -> LinkPublic:
        link = record.link
        return cls(document_id=record.document_id, document_title=record.document_title,
                   position=record.position,
                   parties=list(link.parties), party_ids=list(record.party_ids),
                   kind=link.kind, date=link.date, sectors=list(link.sectors),
                   confidence=link.confidence, evidence=list(link.evidence),
                   evidence_text=list(link.evidence_text),
                   verdict=VerdictPublic.of(record.verdict))


class OrganizationPublic(BaseModel):
    id: str
    name: str
    country: str | None
    type: str | None
    aliases: list[str]
    documents: int

    @classmethod
    def of(cls, record: OrganizationSummary) -> OrganizationPublic:
        return cls(id=record.id, name=record.name, country=record.country, type=record.type,
                   aliases=list(record.aliases), documents=record.documents)


class PersonPublic(BaseModel):
    id: str
    name: str
    roles: list[str]
    affiliations: list[str]
    documents: int

    @classmethod
    def of(cls, record: PersonSummary) -> PersonPublic:
        return cls(id=record.id, name=record.name, roles=list(record.roles),
                   affiliations=list(record.affiliations), documents=record.documents)


class EventPublic(BaseModel):
    """An event as in the extraction contract, with its document and evidence text."""

    document_id: str
    document_title: str | None
    position: int
    type: str
    date: str | None
    place: str | None
    parties: list[str]
    evidence: list[tuple[int, int]]
    evidence_text: list[str]

    @classmethod
    def of(cls, record: EventRecord) -> EventPublic:
        event = record.event
        return cls(document_id=record.document_id, document_title=record.document_title,
                   position=record.position, type=event.type, date=event.date,
                   place=event.place, parties=list(event.parties),
                   evidence=list(event.evidence), evidence_text=list(record.evidence_text))


class PartyPublic(BaseModel):
    name: str
    entity_kind: str | None
    entity_id: str | None
    country: str | None

    @classmethod
    def of(cls, party: PartyRecord) -> PartyPublic:
        return cls(name=party.name, entity_kind=party.entity_kind, entity_id=party.entity_id,
                   country=party.country)


class KindStepPublic(BaseModel):
    """From this date (and this document), the relation was at least this formal."""

    kind: str
    date: str | None
    document_id: str


class PartnershipPublic(BaseModel):
    """One set of parties across every story that reports a link between them."""

    id: str
    name: str
    parties: list[PartyPublic]
    kind: str
    """The most formal relation ever reported."""
    kind_history: list[KindStepPublic]
    established: str | None
    first_seen: str | None
    last_seen: str | None
    status: str
    sectors: list[str]
    sectors_by_year: dict[str, list[str]]
    stories: int
    """Distinct stories, reprints counted once."""
    links: int
    documents: int

    @classmethod
    def of(cls, record: PartnershipSummary) -> PartnershipPublic:
        return cls(
            id=record.id, name=record.name,
            parties=[PartyPublic(name=p.name, entity_kind=p.entity_kind,
                                 entity_id=p.entity_id, country=p.country)
                     for p in record.parties],
            kind=record.kind,
            kind_history=[KindStepPublic(kind=s.kind, date=s.date, document_id=s.document_id)
                          for s in record.history],
            established=record.established, first_seen=record.first_seen,
            last_seen=record.last_seen, status=record.status, sectors=list(record.sectors),
            sectors_by_year={year: list(names) for year, names in record.sectors_by_year},
            stories=record.stories, links=record.links, documents=record.documents)


class PartnershipLinkPublic(LinkPublic):
    """A link of a partnership, with its document's date and source, and reprint status."""

    published: str | None
    source: str | None
    story_id: str
    """The first document of the story this document tells."""
    reprint: bool

    @classmethod
    def of_member(cls, member: PartnershipLink) -> PartnershipLinkPublic:
        link = LinkPublic.of(member.record)
        return cls(**dict(link), published=member.published, source=member.source,
                   story_id=member.story_id, reprint=member.reprint)


class PartnershipDetailPublic(BaseModel):
    """A partnership (as the list shows it) with every link and event that makes it."""

    partnership: PartnershipPublic
    links: list[PartnershipLinkPublic]
    """Oldest first; reprints included, marked ``reprint``."""
    events: list[EventPublic]

    @classmethod
    def of(cls, detail: PartnershipDetail) -> PartnershipDetailPublic:
        return cls(partnership=PartnershipPublic.of(detail.partnership),
                   links=[PartnershipLinkPublic.of_member(m) for m in detail.links],
                   events=[EventPublic.of(e) for e in detail.events])


class SearchHitPublic(BaseModel):
    kind: str
    """``place``, ``organization``, ``person`` or ``document``."""
    id: str
    name: str
    matched: str
    """The stored spelling that matched."""

    @classmethod
    def of(cls, hit: SearchHit) -> SearchHitPublic:
        return cls(kind=hit.kind, id=hit.id, name=hit.name, matched=hit.matched)


class ProgrammePublic(BaseModel):
    """A programme (an organisation of type ``programme``) and how much it frames."""

    id: str
    name: str
    aliases: list[str]
    members: int
    """Distinct parties of the links it frames."""
    partnerships: int
    links: int
    documents: int

    @classmethod
    def of(cls, record: ProgrammeSummary) -> ProgrammePublic:
        return cls(id=record.id, name=record.name, aliases=list(record.aliases),
                   members=record.members, partnerships=record.partnerships,
                   links=record.links, documents=record.documents)


class ProgrammeMemberPublic(PartyPublic):
    """A party of the links a programme frames."""

    links: int
    documents: int

    @classmethod
    def of_member(cls, member: ProgrammeMember) -> ProgrammeMemberPublic:
        return cls(**dict(PartyPublic.of(member.party)), links=member.links,
                   documents=member.documents)


class ProgrammePairingPublic(BaseModel):
    """A partnership some of whose links the programme frames."""

    partnership: PartnershipPublic
    links: int
    """How many of its links the programme frames."""


class ProgrammeLinkPublic(LinkPublic):
    """A link the programme frames, and where its document names the programme for it."""

    published: str | None
    year: int | None
    """Year of the link's date, else of its document's publication."""
    direct: bool
    """Named in the link's own sentence (else: the story's opening frames it)."""
    programme_evidence: tuple[int, int]
    programme_text: str
    partnership_id: str | None

    @classmethod
    def of_framed(cls, item: ProgrammeLink) -> ProgrammeLinkPublic:
        return cls(**dict(LinkPublic.of(item.record)), published=item.published,
                   year=item.year, direct=item.direct, programme_evidence=item.mention,
                   programme_text=item.mention_text, partnership_id=item.partnership_id)


def _counts(counts: tuple[FacetCount, ...]) -> dict[str, int]:
    return {c.value: c.count for c in counts}


class YearActivityPublic(BaseModel):
    """A year (``null``: undated) of a programme: its links by kind, its events by type."""

    year: int | None
    links: dict[str, int]
    events: dict[str, int]


class ProgrammeDetailPublic(BaseModel):
    """A programme with its members, pairings, links, and activities over time."""

    programme: ProgrammePublic
    members: list[ProgrammeMemberPublic]
    pairings: list[ProgrammePairingPublic]
    links: list[ProgrammeLinkPublic]
    """Oldest first."""
    activities: list[YearActivityPublic]
    """Oldest year first, undated last."""
    events: list[EventPublic]
    """Events of its links' documents involving a party of those links, oldest first."""

    @classmethod
    def of(cls, detail: ProgrammeDetail) -> ProgrammeDetailPublic:
        return cls(
            programme=ProgrammePublic.of(detail.programme),
            members=[ProgrammeMemberPublic.of_member(m) for m in detail.members],
            pairings=[ProgrammePairingPublic(partnership=PartnershipPublic.of(p.partnership),
                                             links=p.links) for p in detail.pairings],
            links=[ProgrammeLinkPublic.of_framed(item) for item in detail.links],
            activities=[YearActivityPublic(year=a.year, links=_counts(a.links),
                                           events=_counts(a.events))
                        for a in detail.activities],
            events=[EventPublic.of(e) for e in detail.events])


class LeaderPublic(BaseModel):
    name: str
    role: str | None


class TripPublic(BaseModel):
    """A delegation's trip as one document tells it."""

    id: str
    document_id: str
    document_title: str | None
    published: str | None
    start: str | None
    end: str | None
    delegates: int | None
    leaders: list[LeaderPublic]
    visitors: list[PartyPublic]
    hosts: list[PartyPublic]
    places: list[str]
    """The places of its stops, in the order told."""
    stops: int

    @classmethod
    def of(cls, record: TripSummary) -> TripPublic:
        return cls(id=record.id, document_id=record.document_id,
                   document_title=record.document_title, published=record.published,
                   start=record.start, end=record.end, delegates=record.delegates,
                   leaders=[LeaderPublic(name=name, role=role) for name, role in record.leaders],
                   visitors=[PartyPublic.of(p) for p in record.visitors],
                   hosts=[PartyPublic.of(p) for p in record.hosts], places=list(record.places),
                   stops=record.stops)


class StopPublic(BaseModel):
    """A visit, meeting, signing or forum of a trip, with its evidence in the document."""

    position: int
    """Its position in the order the document tells the stops."""
    type: str
    date: str | None
    place: str | None
    place_id: str | None
    lat: float | None
    lon: float | None
    hosts: list[str]
    topics: list[str]
    """The sectors its sentence names: what the visit or meeting was about."""
    evidence: tuple[int, int]
    evidence_text: str

    @classmethod
    def of(cls, stop: StopRecord) -> StopPublic:
        return cls(position=stop.position, type=stop.type, date=stop.date, place=stop.place,
                   place_id=stop.place_id, lat=stop.lat, lon=stop.lon, hosts=list(stop.hosts),
                   topics=list(stop.topics), evidence=stop.evidence,
                   evidence_text=stop.evidence_text)


class TripDayPublic(BaseModel):
    date: str | None
    """``null``: the stops the document does not date."""
    stops: list[StopPublic]


class TripDetailPublic(BaseModel):
    """A trip and its itinerary day by day (dated days in order, then undated stops)."""

    trip: TripPublic
    days: list[TripDayPublic]

    @classmethod
    def of(cls, detail: TripDetail) -> TripDetailPublic:
        return cls(trip=TripPublic.of(detail.trip),
                   days=[TripDayPublic(date=day.date, stops=[StopPublic.of(s) for s in day.stops])
                         for day in detail.days])


class ProjectPartyPublic(PartyPublic):
    role: str
    """``named`` in the project's sentence, or ``visitor``: of the trip whose itinerary
    tells the project."""

    @classmethod
    def of_project(cls, party: ProjectParty) -> ProjectPartyPublic:
        return cls(**PartyPublic.of(party.party).model_dump(), role=party.role)


class ProjectPublic(BaseModel):
    """A pilot or joint project, its sectors, places and parties, and the sentence that
    names it."""

    id: str
    document_id: str
    document_title: str | None
    published: str | None
    status: str
    """``proposed``, ``launched`` or ``completed``."""
    sectors: list[str]
    places: list[PartyPublic]
    parties: list[ProjectPartyPublic]
    """The organisations its sentence names, then the visitors of its trip."""
    evidence: tuple[int, int]
    evidence_text: str

    @classmethod
    def of(cls, record: ProjectRecord) -> ProjectPublic:
        return cls(id=record.id, document_id=record.document_id,
                   document_title=record.document_title, published=record.published,
                   status=record.status, sectors=list(record.sectors),
                   places=[PartyPublic.of(p) for p in record.places],
                   parties=[ProjectPartyPublic.of_project(p) for p in record.parties],
                   evidence=record.evidence,
                   evidence_text=record.evidence_text)


class ErrorPublic(BaseModel):
    status: int
    message: str


class ErrorBodyPublic(BaseModel):
    """The one error shape of the API: ``{"error": {"status": 404, "message": "..."}}``."""

    error: ErrorPublic
