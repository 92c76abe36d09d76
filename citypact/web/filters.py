"""Query parameters -> the store's filters: one FastAPI dependency per list.

The JSON API and the HTML pages read a list's filters with the same dependency,
so ``/api/partnerships?kind=twinning`` and its page agree on what they mean.
An invalid value (``?kind=friendship``, ``?year=abc``) is a 422 in the API's
error shape.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from citypact.model import EventType, LinkKind, PlaceKind
from citypact.store import (
    DocumentFilters,
    EventFilters,
    LinkFilters,
    OrganizationFilters,
    PartnershipFilters,
    PersonFilters,
    PlaceFilters,
    ProgrammeFilters,
    ProjectFilters,
    SearchFilters,
    TripFilters,
)
from citypact.store.filters import PartnershipStatus
from citypact.store.records import ProjectStatus, SearchKind

Year = Annotated[int | None, Query(ge=1, le=9999, description="A year (YYYY).")]
Country = Annotated[str | None, Query(min_length=2, max_length=2,
                                      description="ISO 3166-1 alpha-2 code (VN, IT...).")]
Sector = Annotated[str | None, Query(description="A sector label (tourism, transport...).")]
DocumentId = Annotated[str | None, Query(description="Only what this document reports.")]


def _upper(country: str | None) -> str | None:
    return country.upper() if country else None


def document_filters(
    language: Annotated[str | None, Query(description="ISO 639-1 code.")] = None,
    year: Year = None,
) -> DocumentFilters:
    return DocumentFilters(language=language, year=year)


def place_filters(kind: PlaceKind | None = None, country: Country = None) -> PlaceFilters:
    return PlaceFilters(kind=kind, country=_upper(country))


def organization_filters(country: Country = None,
                         type: str | None = None) -> OrganizationFilters:
    return OrganizationFilters(country=_upper(country), type=type)


def person_filters(affiliation: Annotated[str | None, Query(
        description="The place or organisation a person acts for.")] = None) -> PersonFilters:
    return PersonFilters(affiliation=affiliation)


def link_filters(document: DocumentId = None, kind: LinkKind | None = None,
                 sector: Sector = None, year: Year = None,
                 country: Country = None) -> LinkFilters:
    return LinkFilters(document=document, kind=kind, sector=sector, year=year,
                       country=_upper(country))


def event_filters(document: DocumentId = None, type: EventType | None = None,
                  year: Year = None) -> EventFilters:
    return EventFilters(document=document, type=type, year=year)


def partnership_filters(
    kind: LinkKind | None = None,
    status: PartnershipStatus | None = None,
    country: Country = None,
    sector: Sector = None,
    year: Annotated[int | None, Query(ge=1, le=9999,
                                      description="A year in which it was reported.")] = None,
    party: Annotated[str | None, Query(
        description="Entity id of a party (geonames:1581130).")] = None,
) -> PartnershipFilters:
    return PartnershipFilters(kind=kind, status=status, country=_upper(country), sector=sector,
                              year=year, party=party)


def search_filters(
    q: Annotated[str, Query(min_length=1, max_length=200,
                            description="A name in any spelling: accents and case ignored.")],
    kind: SearchKind | None = None,
) -> SearchFilters:
    return SearchFilters(q=q, kind=kind)


def programme_filters(
    country: Annotated[str | None, Query(min_length=2, max_length=2,
                                         description="Country (ISO 3166-1 alpha-2) of a "
                                                     "member.")] = None,
    member: Annotated[str | None, Query(
        description="Entity id of a member (geonames:1581130).")] = None,
) -> ProgrammeFilters:
    return ProgrammeFilters(country=_upper(country), member=member)


def trip_filters(
    visitor_country: Annotated[str | None, Query(
        min_length=2, max_length=2, description="Country (ISO 3166-1 alpha-2) of a "
                                                "visitor.")] = None,
    host_country: Annotated[str | None, Query(
        min_length=2, max_length=2, description="Country (ISO 3166-1 alpha-2) of a "
                                                "host.")] = None,
    year: Annotated[int | None, Query(ge=1, le=9999, description="Year of the start (else of "
                                                                 "the story).")] = None,
    document: DocumentId = None,
) -> TripFilters:
    return TripFilters(visitor_country=_upper(visitor_country),
                       host_country=_upper(host_country), year=year, document=document)


def project_filters(
    status: ProjectStatus | None = None,
    sector: Sector = None,
    place: Annotated[str | None, Query(
        description="Entity id of a place the project names (geonames:1581130).")] = None,
    party: Annotated[str | None, Query(
        description="Entity id of a party of the project (an organisation or a place).")
    ] = None,
    year: Annotated[int | None, Query(ge=1, le=9999,
                                      description="Year of the story.")] = None,
    document: DocumentId = None,
) -> ProjectFilters:
    return ProjectFilters(status=status, sector=sector, place=place, party=party, year=year,
                          document=document)
