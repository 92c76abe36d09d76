"""What each list can be filtered by: one frozen dataclass per list, ``None`` = any.

A filter's field name is also the name of its query parameter in the JSON API
(``/api/partnerships?kind=twinning&country=VN``) and of its facet, if it has one
(a document id or a search query has none).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from citypact.model import EventType, LinkKind, PlaceKind
from citypact.resolve.partnerships import Status
from citypact.store.records import ProjectStatus, SearchKind

PartnershipStatus = Status
"""``active`` or ``dormant``."""


@dataclass(frozen=True, slots=True)
class Filters:
    """Base of the filters of every list."""

    def selected(self) -> dict[str, str]:
        """The filters in use, as query parameters."""
        return {f.name: str(value) for f in fields(self)
                if (value := getattr(self, f.name)) is not None}


@dataclass(frozen=True, slots=True)
class DocumentFilters(Filters):
    language: str | None = None
    year: int | None = None
    """Year of publication."""


@dataclass(frozen=True, slots=True)
class PlaceFilters(Filters):
    kind: PlaceKind | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class OrganizationFilters(Filters):
    country: str | None = None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class PersonFilters(Filters):
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class LinkFilters(Filters):
    document: str | None = None
    kind: LinkKind | None = None
    sector: str | None = None
    year: int | None = None
    """Year of the link's own date."""
    country: str | None = None
    """Country of a party (a place or an organisation)."""


@dataclass(frozen=True, slots=True)
class EventFilters(Filters):
    document: str | None = None
    type: EventType | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class PartnershipFilters(Filters):
    kind: LinkKind | None = None
    status: PartnershipStatus | None = None
    country: str | None = None
    """Country of a party."""
    sector: str | None = None
    year: int | None = None
    """A year in which some story reported it."""
    party: str | None = None
    """Entity id of a party (``geonames:1581130``)."""


@dataclass(frozen=True, slots=True)
class SearchFilters(Filters):
    q: str = ""
    """What to look for, in any spelling: compared folded (``citypact.textnorm.fold``)."""
    kind: SearchKind | None = None


@dataclass(frozen=True, slots=True)
class ProgrammeFilters(Filters):
    country: str | None = None
    """Country of a member."""
    member: str | None = None
    """Entity id of a member (``geonames:1581130``)."""


@dataclass(frozen=True, slots=True)
class TripFilters(Filters):
    visitor_country: str | None = None
    host_country: str | None = None
    year: int | None = None
    """Year of the trip's start, else of its document's publication."""
    document: str | None = None


@dataclass(frozen=True, slots=True)
class ProjectFilters(Filters):
    status: ProjectStatus | None = None
    sector: str | None = None
    place: str | None = None
    """Entity id of a place the project names (``geonames:1581130``)."""
    party: str | None = None
    """Entity id of a party of the project (``org:...``, ``geonames:1581130``)."""
    year: int | None = None
    """Year of its document's publication."""
    document: str | None = None


@dataclass(frozen=True, slots=True)
class ExploreFilters(Filters):
    """What the map, network and timeline show: partnerships of a kind, status, sector, with
    a party in a country (or of an entity), reported in a period of years."""

    kind: LinkKind | None = None
    status: PartnershipStatus | None = None
    sector: str | None = None
    country: str | None = None
    """Country of a party (ISO 3166-1 alpha-2)."""
    country2: str | None = None
    """With ``country``: a country pair (a party in each)."""
    party: str | None = None
    """Entity id of a party (``geonames:1581130``)."""
    since: int | None = None
    """First year of the period (a link reported that year or later)."""
    until: int | None = None
    """Last year of the period."""
