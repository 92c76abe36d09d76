"""Pages of the life of a cooperation: programmes, trips and pilot projects.

Each page shows what an ``/api`` endpoint returns, from the same store function:

| page | JSON twin | function |
|---|---|---|
| ``/programmes`` | ``/api/programmes`` | ``list_programmes``, ``programme_facets`` |
| ``/programmes/{id}`` | ``/api/programmes/{id}`` | ``get_programme`` |
| ``/trips`` | ``/api/trips`` | ``list_trips``, ``trip_facets`` |
| ``/trips/{id}`` | ``/api/trips/{id}`` | ``get_trip`` |
| ``/projects`` | ``/api/projects`` | ``list_projects``, ``project_facets`` |

Every claim links to its evidence in the document view: a link to its anchor there,
any other sentence by a text fragment (``#:~:text=``) that the browser scrolls to and
highlights.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from citypact.store import (
    PartyRecord,
    ProgrammeFilters,
    ProjectFilters,
    ProjectRecord,
    TripFilters,
    entity_names,
    get_programme,
    get_trip,
    list_programmes,
    list_projects,
    list_trips,
    programme_facets,
    project_facets,
    trip_facets,
)
from citypact.web import filters
from citypact.web.deps import PageDep, SessionDep
from citypact.web.lists import facets_public

router = APIRouter(include_in_schema=False)

FRAGMENT_WORDS = 4
"""Words of a sentence's first and last line that a text fragment quotes."""


def evidence_url(document_id: str, text: str | None = None, link: int | None = None) -> str:
    """The document view at a piece of evidence: a link's anchor, else a text fragment."""
    url = f"/documents/{document_id}"
    if link is not None:
        return f"{url}#ev-{link}"
    lines = [line.split() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return url
    # The first words of the first line to the last words of the last one: a fragment
    # that never crosses a line break, which browsers may not match.
    first, last = lines[0], lines[-1]
    if len(lines) == 1 and len(first) <= 2 * FRAGMENT_WORDS:
        return f"{url}#:~:text={_fragment(first)}"
    return (f"{url}#:~:text={_fragment(first[:FRAGMENT_WORDS])},"
            f"{_fragment(last[-FRAGMENT_WORDS:])}")


def _fragment(words: list[str]) -> str:
    """Words percent-encoded for a text directive, where '-', ',' and '&' are syntax."""
    return quote(" ".join(words), safe="").replace("-", "%2D")


def _render(request: Request, template: str, context: dict[str, Any]) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, {**context,
                                                          "evidence_url": evidence_url})


ProgrammeFiltersDep = Annotated[ProgrammeFilters, Depends(filters.programme_filters)]
TripFiltersDep = Annotated[TripFilters, Depends(filters.trip_filters)]
ProjectFiltersDep = Annotated[ProjectFilters, Depends(filters.project_filters)]


@router.get("/programmes", response_class=HTMLResponse)
def programmes_page(request: Request, session: SessionDep, page: PageDep,
                    chosen: ProgrammeFiltersDep) -> HTMLResponse:
    """Programmes with their members and pairings (twin: /api/programmes)."""
    found = list_programmes(session, chosen, offset=page.offset, limit=page.limit)
    return _render(request, "programmes.html", {
        "found": found, "facets": facets_public(request, chosen,
                                                programme_facets(session, chosen)),
        "next_url": page.next_url(request, found.next_offset)})


@router.get("/programmes/{programme_id}", response_class=HTMLResponse)
def programme_page(request: Request, programme_id: str, session: SessionDep) -> HTMLResponse:
    """A programme's members, pairings and activities over time (twin:
    /api/programmes/{id})."""
    return _render(request, "programme.html", {"detail": get_programme(session, programme_id)})


@router.get("/trips", response_class=HTMLResponse)
def trips_page(request: Request, session: SessionDep, page: PageDep,
               chosen: TripFiltersDep) -> HTMLResponse:
    """Delegations' trips with facets (twin: /api/trips)."""
    found = list_trips(session, chosen, offset=page.offset, limit=page.limit)
    return _render(request, "trips.html", {
        "found": found, "facets": facets_public(request, chosen, trip_facets(session, chosen)),
        "next_url": page.next_url(request, found.next_offset)})


@router.get("/trips/{trip_id}", response_class=HTMLResponse)
def trip_page(request: Request, trip_id: str, session: SessionDep) -> HTMLResponse:
    """A trip's itinerary, day by day with evidence, and its stops on a map (twin:
    /api/trips/{id})."""
    detail = get_trip(session, trip_id)
    stops = [{"lat": s.lat, "lon": s.lon, "place": s.place, "date": s.date, "type": s.type}
             for day in detail.days for s in day.stops if s.lat is not None]
    return _render(request, "trip.html", {"detail": detail, "map_stops": stops})


@dataclass(frozen=True, slots=True)
class PlaceProjects:
    """The projects of one page that name a place (``place`` ``None``: that name none)."""

    place: PartyRecord | None
    projects: tuple[ProjectRecord, ...]


def projects_by_place(projects: Iterable[ProjectRecord]) -> list[PlaceProjects]:
    """Each place named by some project, with its projects; most projects first."""
    places: dict[str | None, PartyRecord | None] = {}
    grouped: dict[str | None, list[ProjectRecord]] = defaultdict(list)
    for project in projects:
        for place in project.places or (None,):
            key = place.entity_id or place.name if place else None
            places.setdefault(key, place)
            grouped[key].append(project)
    def name(key: str | None) -> str:
        place = places[key]
        return place.name if place else ""

    order = sorted(grouped, key=lambda k: (k is None, -len(grouped[k]), name(k)))
    return [PlaceProjects(places[key], tuple(grouped[key])) for key in order]


def sectors_by_status(projects: Iterable[ProjectRecord]) -> list[tuple[str, dict[str, int]]]:
    """Each sector of the projects with its number of projects per status, most first."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for project in projects:
        for sector in project.sectors:
            counts[sector][project.status] += 1
    return sorted(((sector, dict(by_status)) for sector, by_status in counts.items()),
                  key=lambda item: (-sum(item[1].values()), item[0]))


@router.get("/projects", response_class=HTMLResponse)
def projects_page(request: Request, session: SessionDep, page: PageDep,
                  chosen: ProjectFiltersDep) -> HTMLResponse:
    """Pilot projects per place and sector, with facets (twin: /api/projects)."""
    found = list_projects(session, chosen, offset=page.offset, limit=page.limit)
    facets = facets_public(request, chosen, project_facets(session, chosen))
    return _render(request, "projects.html", {
        "found": found, "facets": facets, "by_place": projects_by_place(found.items),
        "by_sector": sectors_by_status(found.items),
        "names": entity_names(session, [v.value for name in ("place", "party")
                                        for v in facets.get(name, [])]),
        "next_url": page.next_url(request, found.next_offset)})
