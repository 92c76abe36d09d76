"""What the repository's list queries return: plain frozen rows, never ORM objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, Literal, TypeVar

from citypact.model import Event, Link, LinkKind
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
class LinkRecord:
    """A stored link, where it comes from, and the entity each party names (if known)."""

    document_id: str
    document_title: str | None
    position: int
    link: Link
    party_ids: tuple[str | None, ...]


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
