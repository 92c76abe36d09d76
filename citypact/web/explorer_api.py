"""The JSON twins of the explorer's pages: map, network, timeline and dossier data.

Each calls the function its page calls (``citypact.web.explorer``); the search,
document and partnership pages have theirs in ``citypact.web.api``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Query, Response
from pydantic import TypeAdapter
from sqlalchemy.orm import Session

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

T = TypeVar("T")
A = TypeVar("A", bound=Hashable)

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


def _as_json(make: Callable[[Session, A], T], model: type[T]) -> Callable[[Session, A], bytes]:
    """``make``, its answer serialised: what the cache keeps for the API. A map is 1 MB of
    JSON, which took 12 ms to serialise again for every request."""
    adapter = TypeAdapter(model)

    def made(session: Session, argument: A) -> bytes:
        return adapter.dump_json(make(session, argument))

    return made


map_json = _as_json(map_data, MapData)
network_json = _as_json(network_data, NetworkData)
timeline_json = _as_json(timeline_data, TimelineData)
dossier_json = _as_json(entity_dossier, Dossier)


LANDING_VIEWS = ((map_json, ExploreFilters()), (network_json, ExploreFilters()))
"""The views the server keeps warm: the map and the network with no filter."""


def _json(body: bytes) -> Response:
    return Response(body, media_type="application/json")


@router.get("/map", response_model=MapData)
def map_api(session: SessionDep, filters: FiltersDep, cache: ViewCacheDep) -> Response:
    """Places of the filtered partnerships (sized by activity) and their great-circle arcs."""
    return _json(cache.view(session, map_json, filters))


@router.get("/network", response_model=NetworkData)
def network_api(session: SessionDep, filters: FiltersDep, cache: ViewCacheDep) -> Response:
    """Parties and partnerships of the filtered partnerships, with layout positions."""
    return _json(cache.view(session, network_json, filters))


@router.get("/timeline", response_model=TimelineData)
def timeline_api(session: SessionDep, filters: FiltersDep, cache: ViewCacheDep) -> Response:
    """Links and events of the filtered partnerships, counted by year and kind."""
    return _json(cache.view(session, timeline_json, filters))


@router.get("/dossiers/{entity_id}", response_model=Dossier)
def dossier_api(entity_id: str, session: SessionDep, cache: ViewCacheDep) -> Response:
    """A place's, organisation's or person's partners by kind, sectors and SDGs, people,
    events and documents, every claim with its evidence."""
    return _json(cache.view(session, dossier_json, entity_id))
