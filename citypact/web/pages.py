"""Server-rendered pages; each shows what an ``/api`` endpoint returns, from the same query."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from citypact.store import get_extraction, list_documents, list_links
from citypact.web.deps import MAX_PAGE_SIZE, SessionDep, SettingsDep

router = APIRouter(include_in_schema=False)


def _templates(request: Request) -> Jinja2Templates:
    templates: Jinja2Templates = request.app.state.templates
    return templates


@router.get("/", response_class=HTMLResponse)
def index_page(request: Request, session: SessionDep, settings: SettingsDep) -> HTMLResponse:
    """The first page of documents and of links (twins: /api/documents, /api/links)."""
    size = min(settings.page_size, MAX_PAGE_SIZE)
    return _templates(request).TemplateResponse(request, "index.html", {
        "documents": list_documents(session, limit=size),
        "links": list_links(session, limit=size)})


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, session: SessionDep) -> HTMLResponse:
    """One document's extraction (twin: /api/documents/{doc_id})."""
    extraction = get_extraction(session, doc_id)
    return _templates(request).TemplateResponse(request, "document.html",
                                                {"extraction": extraction})
