"""The JSON twins of the explorer's pages: map, network, timeline and dossier data.

Each calls the function its page calls (``citypact.web.explorer``); the search,
document and partnership pages have theirs in ``citypact.web.api``.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from citypact.model import LinkKind
from citypact.store.filters import PartnershipStatus
from citypact.web.deps import SessionDep, ViewCacheDep
from citypact.web.explorer import (
    Dossier,
    ExploreFilters,
    MapData,
    NetworkData,
    TimelineData,
    entity_dossier,
    map_data,
    network_data,
    timeline_data,
)
from citypact.web.schemas import ErrorBodyPublic

router = APIRouter(prefix="/api", responses={
    404: {"model": ErrorBodyPublic}, 422: {"model": ErrorBodyPublic},
    500: {"model": ErrorBodyPublic}})

Year = Annotated[int | None, Query(ge=1, le=9999)]
Country = Annotated[str | None, Query(min_length=2, max_length=2,
                                      description="ISO 3166-1 alpha-2 code (VN, IT...).")]


def explore_filters(
    kind: LinkKind | None = None,
    status: PartnershipStatus | None = None,
    sector: Annotated[str | None, Query(description="A sector label (tourism...).")] = None,
    country: Country = None,
    country2: Annotated[str | None, Query(
        min_length=2, max_length=2, description="With country: a party in each.")] = None,
    party: Annotated[str | None, Query(
        description="Entity id of a party (geonames:1581130).")] = None,
    since: Annotated[int | None, Query(ge=1, le=9999,
                                       description="Reported in this year or later.")] = None,
    until: Annotated[int | None, Query(ge=1, le=9999,
                                       description="Reported in this year or earlier.")] = None,
) -> ExploreFilters:
    """The filters of the map, network and timeline, from the query string."""
    return ExploreFilters(kind=kind, status=status, sector=sector,
                          country=country.upper() if country else None,
                          country2=country2.upper() if country2 else None,
                          party=party, since=since, until=until)


FiltersDep = Annotated[ExploreFilters, Depends(explore_filters)]


@router.get("/map", response_model=MapData)
def map_api(session: SessionDep, filters: FiltersDep, cache: ViewCacheDep) -> MapData:
    """Places of the filtered partnerships (sized by activity) and their great-circle arcs."""
    return cache.view(session, map_data, filters)


@router.get("/network", response_model=NetworkData)
def network_api(session: SessionDep, filters: FiltersDep, cache: ViewCacheDep) -> NetworkData:
    """Parties and partnerships of the filtered partnerships, with layout positions."""
    return cache.view(session, network_data, filters)


@router.get("/timeline", response_model=TimelineData)
def timeline_api(session: SessionDep, filters: FiltersDep, cache: ViewCacheDep) -> TimelineData:
    """Links and events of the filtered partnerships, counted by year and kind."""
    return cache.view(session, timeline_data, filters)


@router.get("/dossiers/{entity_id}", response_model=Dossier)
def dossier_api(entity_id: str, session: SessionDep, cache: ViewCacheDep) -> Dossier:
    """A place's, organisation's or person's partners by kind, sectors and SDGs, people,
    events and documents, every claim with its evidence."""
    return cache.view(session, entity_dossier, entity_id)
