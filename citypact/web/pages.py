"""Server-rendered pages; each shows what an ``/api`` endpoint returns, from the same query.

| page | JSON twin | function |
|---|---|---|
| ``/`` | ``/api/documents``, ``/api/links`` | ``list_documents``, ``list_links`` |
| ``/search`` | ``/api/search`` | ``search``, ``search_facets`` |
| ``/partnerships`` | ``/api/partnerships`` | ``list_partnerships``, ``partnership_facets`` |
| ``/partnerships/{id}`` | ``/api/partnerships/{id}`` | ``get_partnership`` |
| ``/places/{id}`` ... | ``/api/dossiers/{id}`` | ``entity_dossier`` |
| ``/documents/{id}`` | ``/api/documents/{id}`` | ``get_extraction`` |
| ``/map``, ``/network``, ``/timeline`` | ``/api/map``... | ``map_data``... (drawn in the browser) |
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from sqlalchemy.orm import Session

from citypact.model import LINK_KINDS
from citypact.store import (
    Facets,
    PartnershipFilters,
    list_documents,
    list_links,
    list_partnerships,
    partnership_facets,
    search,
    search_facets,
)
from citypact.web import curation, filters
from citypact.web.deps import MAX_PAGE_SIZE, PageDep, SessionDep, SettingsDep, get_view_cache
from citypact.web.explorer import ExploreFilters, document_view, entity_dossier, sdg_names
from citypact.web.explorer.partnership import partnership_view
from citypact.web.explorer.sectors import sector_goals
from citypact.web.explorer_api import explore_filters
from citypact.web.lists import facets_public
from citypact.web.pages_programmes import evidence_url

router = APIRouter(include_in_schema=False)

KIND_COLOURS = {"twinning": "#7c3aed", "agreement": "#2563eb", "cooperation": "#0d9488",
                "proposal": "#d97706"}
"""One colour per link kind, on every page (map arcs, network edges, charts, badges)."""
ENTITY_PAGES = {"place": "places", "organization": "organizations", "person": "people",
                "document": "documents"}


def make_templates(directory: Path) -> Jinja2Templates:
    """The page templates, with the helpers they share."""
    templates = Jinja2Templates(directory=directory,
                                context_processors=[curation.template_context])
    templates.env.filters["marked"] = marked
    templates.env.filters["entity_url"] = entity_url
    templates.env.filters["goals"] = sector_goals
    templates.env.filters["sdgs"] = lambda sectors: sorted(
        {goal for sector in sectors for goal in sector_goals(sector)})
    templates.env.globals.update(kind_colours=KIND_COLOURS, link_kinds=LINK_KINDS,
                                 sdg_names=sdg_names(), evidence_url=evidence_url)
    return templates


def marked(text: str, marks: Any) -> Markup:
    """The text, escaped, with each ``[start, end)`` range of ``marks`` in ``<mark>``."""
    out, last = [], 0
    for start, end in marks:
        out += [escape(text[last:start]), Markup("<mark>"), escape(text[start:end]),
                Markup("</mark>")]
        last = end
    out.append(escape(text[last:]))
    return Markup("").join(out)


def entity_url(entity_id: str | None, kind: str | None = None) -> str | None:
    """The page of an entity: a dossier, or a document."""
    if not entity_id:
        return None
    if kind is None:
        kind = "organization" if entity_id.startswith("org:") else (
            "person" if entity_id.startswith("person:") else "place")
    return f"/{ENTITY_PAGES.get(kind, 'places')}/{entity_id}"


def _render(request: Request, template: str, context: dict[str, Any]) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context)


@router.get("/", response_class=HTMLResponse)
def index_page(request: Request, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    """The first page of documents and of links (twins: /api/documents, /api/links)."""
    size = min(settings.page_size, MAX_PAGE_SIZE)
    return _render(request, "index.html", {
        "documents": list_documents(session, limit=size),
        "links": list_links(session, limit=size),
        "partnerships": list_partnerships(session, limit=8)})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, session: SessionDep, page: PageDep,
                q: str = "", kind: str | None = None) -> HTMLResponse:
    """Places, organisations, people and documents by any spelling (twin: /api/search).

    An htmx request (typing in the box) gets the results alone.
    """
    context: dict[str, Any] = {"q": q, "kind": kind, "hits": None, "facets": {}}
    if q.strip():
        chosen = filters.search_filters(q=q.strip()[:200], kind=kind if kind in ENTITY_PAGES
                                        else None)  # type: ignore[arg-type]
        context["hits"] = search(session, chosen, offset=page.offset, limit=page.limit)
        context["facets"] = facets_public(request, chosen, search_facets(session, chosen))
    template = "search_results.html" if request.headers.get("HX-Request") else "search.html"
    return _render(request, template, context)


PartnershipFiltersDep = Annotated[PartnershipFilters, Depends(filters.partnership_filters)]


@router.get("/partnerships", response_class=HTMLResponse)
def partnerships_page(request: Request, session: SessionDep, page: PageDep,
                      chosen: PartnershipFiltersDep) -> HTMLResponse:
    """Partnerships with facets (twin: /api/partnerships)."""
    found = list_partnerships(session, chosen, offset=page.offset, limit=page.limit)
    return _render(request, "partnerships.html", {
        "found": found, "facets": facets_public(request, chosen,
                                                _facets(request, session, chosen)),
        "next_url": page.next_url(request, found.next_offset)})


@router.get("/partnerships/{partnership_id}", response_class=HTMLResponse)
def partnership_page(request: Request, partnership_id: str,
                     session: SessionDep) -> HTMLResponse:
    """A partnership's history across its sources (twin: /api/partnerships/{id})."""
    return _render(request, "partnership.html",
                   {"view": partnership_view(session, partnership_id)})


def _facets(request: Request, session: Session, chosen: PartnershipFilters) -> Facets:
    """The partnerships' facets, remembered until the data changes (they count every
    partnership: over a second with 100,000)."""
    return get_view_cache(request).view(session, partnership_facets, chosen)


def _dossier(request: Request, entity_id: str, session: SessionDep) -> HTMLResponse:
    dossier = get_view_cache(request).view(session, entity_dossier, entity_id)
    return _render(request, "dossier.html", {"dossier": dossier})


@router.get("/places/{entity_id}", response_class=HTMLResponse)
def place_page(request: Request, entity_id: str, session: SessionDep) -> HTMLResponse:
    """A place's dossier (twin: /api/dossiers/{id})."""
    return _dossier(request, entity_id, session)


@router.get("/organizations/{entity_id}", response_class=HTMLResponse)
def organization_page(request: Request, entity_id: str, session: SessionDep) -> HTMLResponse:
    """An organisation's dossier (twin: /api/dossiers/{id})."""
    return _dossier(request, entity_id, session)


@router.get("/people/{entity_id}", response_class=HTMLResponse)
def person_page(request: Request, entity_id: str, session: SessionDep) -> HTMLResponse:
    """A person's dossier (twin: /api/dossiers/{id})."""
    return _dossier(request, entity_id, session)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, session: SessionDep) -> HTMLResponse:
    """One document's text with its mentions and evidence highlighted, and its extraction
    (twin: /api/documents/{doc_id})."""
    return _render(request, "document.html", {"view": document_view(session, doc_id)})


ExploreDep = Annotated[ExploreFilters, Depends(explore_filters)]


def _explore(request: Request, session: SessionDep, chosen: ExploreFilters,
             template: str, api: str) -> HTMLResponse:
    """A page drawn in the browser from its JSON twin, with the filter form."""
    facets = _facets(request, session, PartnershipFilters())
    query = request.url.query
    return _render(request, template, {
        "chosen": chosen, "facets": facets,
        "api_url": f"{api}?{query}" if query else api})


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, session: SessionDep, chosen: ExploreDep) -> HTMLResponse:
    """The map of partnerships (drawn from /api/map)."""
    return _explore(request, session, chosen, "map.html", "/api/map")


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, session: SessionDep, chosen: ExploreDep) -> HTMLResponse:
    """The network of partners (drawn from /api/network)."""
    return _explore(request, session, chosen, "network.html", "/api/network")


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, session: SessionDep, chosen: ExploreDep) -> HTMLResponse:
    """Links and events by year and kind (drawn from /api/timeline)."""
    return _explore(request, session, chosen, "timeline.html", "/api/timeline")
