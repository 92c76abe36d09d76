"""The JSON API under ``/api``: every list (with facets, CSV and JSON Lines), one
document's extraction, one partnership with its evidence, search, and the life of a
cooperation: programmes, trips and pilot projects.

Each endpoint calls the store function an HTML page calls for the same data.
The fetchers look the store functions up when called (not when the routes are
built), so that a test can replace one.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from citypact.serialize import extraction_to_dict
from citypact.store import (
    document_facets,
    event_facets,
    get_extraction,
    get_partnership,
    get_programme,
    get_trip,
    link_facets,
    list_documents,
    list_events,
    list_links,
    list_organizations,
    list_partnerships,
    list_people,
    list_places,
    list_programmes,
    list_projects,
    list_trips,
    organization_facets,
    partnership_facets,
    person_facets,
    place_facets,
    programme_facets,
    project_facets,
    search,
    search_facets,
    trip_facets,
)
from citypact.web import filters
from citypact.web.deps import SessionDep
from citypact.web.lists import ListEndpoint, add_list
from citypact.web.schemas import (
    DocumentPublic,
    ErrorBodyPublic,
    EventPublic,
    LinkPublic,
    OrganizationPublic,
    PartnershipDetailPublic,
    PartnershipPublic,
    PersonPublic,
    PlacePublic,
    ProgrammeDetailPublic,
    ProgrammePublic,
    ProjectPublic,
    SearchHitPublic,
    TripDetailPublic,
    TripPublic,
)

router = APIRouter(prefix="/api", responses={
    404: {"model": ErrorBodyPublic}, 422: {"model": ErrorBodyPublic},
    500: {"model": ErrorBodyPublic}})


@router.get("/documents/{doc_id}")
def document_api(doc_id: str, session: SessionDep) -> dict[str, Any]:
    """The extraction of one document: the ``citypact.extraction.v1`` object."""
    return extraction_to_dict(get_extraction(session, doc_id))


@router.get("/partnerships/{partnership_id}")
def partnership_api(partnership_id: str, session: SessionDep) -> PartnershipDetailPublic:
    """One partnership with every link (its document, evidence text and span) and event."""
    return PartnershipDetailPublic.of(get_partnership(session, partnership_id))


@router.get("/programmes/{programme_id}")
def programme_api(programme_id: str, session: SessionDep) -> ProgrammeDetailPublic:
    """One programme: its members, pairings, the links it frames (with the evidence that it
    does) and its activities year by year."""
    return ProgrammeDetailPublic.of(get_programme(session, programme_id))


@router.get("/trips/{trip_id}")
def trip_api(trip_id: str, session: SessionDep) -> TripDetailPublic:
    """One trip: visitors, hosts, leaders, and its itinerary day by day with evidence."""
    return TripDetailPublic.of(get_trip(session, trip_id))


add_list(router, ListEndpoint(
    "documents", "Stored documents, newest publication first", filters.document_filters,
    lambda s, f, offset, limit: list_documents(s, f, offset=offset, limit=limit),
    lambda s, f: document_facets(s, f), DocumentPublic.of, DocumentPublic))
add_list(router, ListEndpoint(
    "places", "Stored places by name, with the number of documents naming each",
    filters.place_filters,
    lambda s, f, offset, limit: list_places(s, f, offset=offset, limit=limit),
    lambda s, f: place_facets(s, f), PlacePublic.of, PlacePublic))
add_list(router, ListEndpoint(
    "organizations", "Stored organisations by name, with their aliases",
    filters.organization_filters,
    lambda s, f, offset, limit: list_organizations(s, f, offset=offset, limit=limit),
    lambda s, f: organization_facets(s, f), OrganizationPublic.of, OrganizationPublic))
add_list(router, ListEndpoint(
    "people", "Stored people by name, with their roles and affiliations",
    filters.person_filters,
    lambda s, f, offset, limit: list_people(s, f, offset=offset, limit=limit),
    lambda s, f: person_facets(s, f), PersonPublic.of, PersonPublic))
add_list(router, ListEndpoint(
    "links", "Stored links, most recent first, with their evidence", filters.link_filters,
    lambda s, f, offset, limit: list_links(s, f, offset=offset, limit=limit),
    lambda s, f: link_facets(s, f), LinkPublic.of, LinkPublic))
add_list(router, ListEndpoint(
    "events", "Signings, visits, meetings... most recent first, with their evidence",
    filters.event_filters,
    lambda s, f, offset, limit: list_events(s, f, offset=offset, limit=limit),
    lambda s, f: event_facets(s, f), EventPublic.of, EventPublic))
add_list(router, ListEndpoint(
    "partnerships", "Partnerships: one per set of parties, most stories first",
    filters.partnership_filters,
    lambda s, f, offset, limit: list_partnerships(s, f, offset=offset, limit=limit),
    lambda s, f: partnership_facets(s, f), PartnershipPublic.of, PartnershipPublic))
add_list(router, ListEndpoint(
    "search", "Places, organisations, people and documents by any spelling of a name",
    filters.search_filters,
    lambda s, f, offset, limit: search(s, f, offset=offset, limit=limit),
    lambda s, f: search_facets(s, f), SearchHitPublic.of, SearchHitPublic))
add_list(router, ListEndpoint(
    "programmes", "Programmes, most members first, with their partnerships and links",
    filters.programme_filters,
    lambda s, f, offset, limit: list_programmes(s, f, offset=offset, limit=limit),
    lambda s, f: programme_facets(s, f), ProgrammePublic.of, ProgrammePublic))
add_list(router, ListEndpoint(
    "trips", "Delegations' trips, most recent first, with visitors, hosts and leaders",
    filters.trip_filters,
    lambda s, f, offset, limit: list_trips(s, f, offset=offset, limit=limit),
    lambda s, f: trip_facets(s, f), TripPublic.of, TripPublic))
add_list(router, ListEndpoint(
    "projects", "Pilot and joint projects with status, sectors, places and evidence",
    filters.project_filters,
    lambda s, f, offset, limit: list_projects(s, f, offset=offset, limit=limit),
    lambda s, f: project_facets(s, f), ProjectPublic.of, ProjectPublic))
