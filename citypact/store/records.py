"""What the repository's list queries return: plain frozen rows, never ORM objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from citypact.model import Event, Link, LinkKind, Span
from citypact.resolve.partnerships import KindStep, Status

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class FacetCount:
    """How many rows of a filtered list have this value (Datasette's facet counts)."""

    value: str
    count: int


Facets = Mapping[str, tuple[FacetCount, ...]]
"""Filter name -> its most frequent values in the filtered list, most frequent first."""


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list query, with the number of rows in the whole list."""

    items: tuple[T, ...]
    total: int
    offset: int
    limit: int

    @property
    def next_offset(self) -> int | None:
        """The offset of the next page, or ``None`` on the last page."""
        following = self.offset + self.limit
        return following if following < self.total else None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A stored document without its text, with the number of links it reports."""

    id: str
    path: str | None
    url: str | None
    title: str | None
    language: str | None
    published: str | None
    ingested_at: dt.datetime
    links: int


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """A stored place with the number of documents that name it."""

    id: str
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    documents: int


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a person said of a link or an entity: ``confirmed``, ``corrected``..."""

    verdict: str
    username: str
    at: dt.datetime


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """A stored link, where it comes from, and the entity each party names (if known)."""

    document_id: str
    document_title: str | None
    position: int
    link: Link
    party_ids: tuple[str | None, ...]
    verdict: Verdict | None = None
    """What an editor said of it (confirmed, corrected, rejected), if anyone did."""


@dataclass(frozen=True, slots=True)
class OrganizationSummary:
    """A stored organisation, the other names texts give it, and how many documents name it."""

    id: str
    name: str
    country: str | None
    type: str | None
    aliases: tuple[str, ...]
    documents: int


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """A stored person with the roles and affiliations texts give them."""

    id: str
    name: str
    roles: tuple[str, ...]
    affiliations: tuple[str, ...]
    documents: int


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A stored event, where it comes from, and the text of its evidence spans."""

    document_id: str
    document_title: str | None
    position: int
    event: Event
    evidence_text: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PartyRecord:
    """A party of a partnership and the entity (and its country) that its links name."""

    name: str
    entity_kind: str | None
    entity_id: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class PartnershipSummary:
    """A partnership as the list shows it."""

    id: str
    name: str
    parties: tuple[PartyRecord, ...]
    kind: LinkKind
    status: Status
    history: tuple[KindStep, ...]
    established: str | None
    first_seen: str | None
    last_seen: str | None
    sectors: tuple[str, ...]
    sectors_by_year: tuple[tuple[str, tuple[str, ...]], ...]
    stories: int
    """Distinct stories, reprints counted once."""
    links: int
    documents: int
    """Documents reporting it, reprints included."""


@dataclass(frozen=True, slots=True)
class PartnershipLink:
    """A link of a partnership, with its document and whether that document is a reprint."""

    record: LinkRecord
    published: str | None
    source: str | None
    """The document's URL, else its path."""
    story_id: str
    reprint: bool


@dataclass(frozen=True, slots=True)
class PartnershipDetail:
    """A partnership with every link and event that makes it, oldest first."""

    partnership: PartnershipSummary
    links: tuple[PartnershipLink, ...]
    events: tuple[EventRecord, ...]


SearchKind = Literal["place", "organization", "person", "document"]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A place, organisation, person or document whose name or alias matches a search."""

    kind: SearchKind
    id: str
    name: str
    """The canonical name (a document's title)."""
    matched: str
    """The spelling that matched best."""


@dataclass(frozen=True, slots=True)
class ProgrammeSummary:
    """A programme (an organisation of type ``programme``) and how much it frames."""

    id: str
    name: str
    aliases: tuple[str, ...]
    members: int
    """Distinct parties of the links it frames."""
    partnerships: int
    links: int
    documents: int


@dataclass(frozen=True, slots=True)
class ProgrammeMember:
    """A party of the links a programme frames, with how many links and documents say so."""

    party: PartyRecord
    links: int
    documents: int


@dataclass(frozen=True, slots=True)
class ProgrammePairing:
    """A partnership some of whose links a programme frames, and how many."""

    partnership: PartnershipSummary
    links: int


@dataclass(frozen=True, slots=True)
class ProgrammeLink:
    """A link a programme frames, with where its document names the programme for it."""

    record: LinkRecord
    published: str | None
    year: int | None
    """Year of the link's date, else of its document's publication."""
    direct: bool
    """The programme is named in the link's own sentence (else: in the story's opening)."""
    mention: Span
    mention_text: str
    partnership_id: str | None


@dataclass(frozen=True, slots=True)
class YearActivity:
    """A programme's links (by kind) and events (by type) in one year (``None``: undated)."""

    year: int | None
    links: tuple[FacetCount, ...]
    events: tuple[FacetCount, ...]


@dataclass(frozen=True, slots=True)
class ProgrammeDetail:
    """A programme with its members, pairings, links and activities over time."""

    programme: ProgrammeSummary
    members: tuple[ProgrammeMember, ...]
    pairings: tuple[ProgrammePairing, ...]
    links: tuple[ProgrammeLink, ...]
    """Oldest first."""
    activities: tuple[YearActivity, ...]
    """By year, oldest first, undated last."""
    events: tuple[EventRecord, ...]
    """Events of its links' documents that involve a party of those links, oldest first."""


@dataclass(frozen=True, slots=True)
class TripSummary:
    """A delegation's trip as one document tells it."""

    id: str
    document_id: str
    document_title: str | None
    published: str | None
    start: str | None
    end: str | None
    delegates: int | None
    leaders: tuple[tuple[str, str | None], ...]
    """``(name, role)`` of the people acting for the visitors."""
    visitors: tuple[PartyRecord, ...]
    hosts: tuple[PartyRecord, ...]
    places: tuple[str, ...]
    """The places of its stops, in the order told."""
    stops: int


@dataclass(frozen=True, slots=True)
class StopRecord:
    """A visit, meeting, signing or forum of a trip, with its place and evidence."""

    position: int
    type: str
    date: str | None
    place: str | None
    place_id: str | None
    lat: float | None
    lon: float | None
    hosts: tuple[str, ...]
    evidence: Span
    evidence_text: str
    topics: tuple[str, ...] = ()
    """The sectors its sentence names: what the visit or meeting was about."""


@dataclass(frozen=True, slots=True)
class TripDay:
    """The stops of one day of a trip, in the order told (``date`` ``None``: undated)."""

    date: str | None
    stops: tuple[StopRecord, ...]


@dataclass(frozen=True, slots=True)
class TripDetail:
    """A trip with its itinerary: every stop, and the stops day by day."""

    trip: TripSummary
    stops: tuple[StopRecord, ...]
    days: tuple[TripDay, ...]
    """Dated days in date order, then the undated stops."""


ProjectStatus = Literal["proposed", "launched", "completed"]
ProjectPartyRole = Literal["named", "visitor"]


@dataclass(frozen=True, slots=True)
class ProjectParty:
    """A party of a pilot project and the entity (and its country) bearing its name."""

    party: PartyRecord
    role: ProjectPartyRole
    """``named`` in the project's sentence, or ``visitor``: of the trip whose itinerary
    tells the project."""


@dataclass(frozen=True, slots=True)
class ProjectRecord:
    """A pilot or joint project, its sectors, places and parties, and the sentence that
    names it."""

    id: str
    document_id: str
    document_title: str | None
    published: str | None
    status: ProjectStatus
    sectors: tuple[str, ...]
    places: tuple[PartyRecord, ...]
    evidence: Span
    evidence_text: str
    parties: tuple[ProjectParty, ...] = ()
    """The organisations its sentence names, then the visitors of its trip."""


@dataclass(frozen=True, slots=True)
class Entity:
    """A place, organisation or person as its dossier names it."""

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
class DocumentRef:
    """A document as a list of sources names it."""

    id: str
    title: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class LocatedPlace:
    """A place that has coordinates."""

    id: str
    name: str
    country: str | None
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class PartnershipBrief:
    """What a map arc or a network edge shows of a partnership."""

    id: str
    name: str
    kind: str
    status: str
    stories: int


@dataclass(frozen=True, slots=True)
class YearCount:
    year: int
    kind: str
    """A link kind (``twinning``...) or an event type (``visit``...)."""
    count: int
