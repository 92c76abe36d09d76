"""What the JSON API returns (``*Public`` models), built from the store's records."""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from citypact.store import (
    DocumentSummary,
    EventRecord,
    LinkRecord,
    OrganizationSummary,
    PartnershipDetail,
    PartnershipLink,
    PartnershipSummary,
    PersonSummary,
    PlaceSummary,
    SearchHit,
)

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


class LinkPublic(BaseModel):
    """A link as in the extraction contract, with its document and its parties' entity ids."""

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

    @classmethod
    def of(cls, record: LinkRecord) -> LinkPublic:
        link = record.link
        return cls(document_id=record.document_id, document_title=record.document_title,
                   position=record.position,
                   parties=list(link.parties), party_ids=list(record.party_ids),
                   kind=link.kind, date=link.date, sectors=list(link.sectors),
                   confidence=link.confidence, evidence=list(link.evidence),
                   evidence_text=list(link.evidence_text))


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


class ErrorPublic(BaseModel):
    status: int
    message: str


class ErrorBodyPublic(BaseModel):
    """The one error shape of the API: ``{"error": {"status": 404, "message": "..."}}``."""

    error: ErrorPublic
