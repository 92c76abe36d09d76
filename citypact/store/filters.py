"""What each list can be filtered by: one frozen dataclass per list, ``None`` = any.

A filter's field name is also the name of its facet and of its query parameter
in the JSON API (``/api/partnerships?kind=twinning&country=VN``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import ClassVar, Literal

from citypact.model import EventType, LinkKind, PlaceKind
from citypact.store.records import SearchKind

PartnershipStatus = Literal["active", "dormant"]


@dataclass(frozen=True, slots=True)
class Filters:
    """Base of the filters: ``FACETED`` names the fields that have facet counts."""

    FACETED: ClassVar[tuple[str, ...]] = ()

    def selected(self) -> dict[str, str]:
        """The filters in use, as query parameters."""
        return {f.name: str(value) for f in fields(self)
                if (value := getattr(self, f.name)) is not None}


@dataclass(frozen=True, slots=True)
class DocumentFilters(Filters):
    FACETED: ClassVar[tuple[str, ...]] = ("language", "year")
    language: str | None = None
    year: int | None = None
    """Year of publication."""


@dataclass(frozen=True, slots=True)
class PlaceFilters(Filters):
    FACETED: ClassVar[tuple[str, ...]] = ("kind", "country")
    kind: PlaceKind | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class OrganizationFilters(Filters):
    FACETED: ClassVar[tuple[str, ...]] = ("country", "type")
    country: str | None = None
    type: str | None = None


@dataclass(frozen=True, slots=True)
class PersonFilters(Filters):
    FACETED: ClassVar[tuple[str, ...]] = ("affiliation",)
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class LinkFilters(Filters):
    FACETED: ClassVar[tuple[str, ...]] = ("kind", "sector", "year", "country")
    document: str | None = None
    kind: LinkKind | None = None
    sector: str | None = None
    year: int | None = None
    """Year of the link's own date."""
    country: str | None = None
    """Country of a party (a place or an organisation)."""


@dataclass(frozen=True, slots=True)
class EventFilters(Filters):
    FACETED: ClassVar[tuple[str, ...]] = ("type", "year")
    document: str | None = None
    type: EventType | None = None
    year: int | None = None


@dataclass(frozen=True, slots=True)
class PartnershipFilters(Filters):
    FACETED: ClassVar[tuple[str, ...]] = ("kind", "status", "country", "sector", "year")
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
    FACETED: ClassVar[tuple[str, ...]] = ("kind",)
    q: str = ""
    """What to look for, in any spelling: compared folded (``citypact.textnorm.fold``)."""
    kind: SearchKind | None = None
