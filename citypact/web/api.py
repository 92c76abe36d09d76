"""The JSON API under ``/api``: documents, one document's extraction, places, links."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from citypact.serialize import extraction_to_dict
from citypact.store import get_extraction, list_documents, list_links, list_places
from citypact.web.deps import PageDep, SessionDep
from citypact.web.schemas import (
    DocumentPublic,
    ErrorBodyPublic,
    LinkPublic,
    PagePublic,
    PlacePublic,
)

router = APIRouter(prefix="/api", responses={
    404: {"model": ErrorBodyPublic}, 422: {"model": ErrorBodyPublic},
    500: {"model": ErrorBodyPublic}})


@router.get("/documents")
def documents_api(request: Request, session: SessionDep,
                  page: PageDep) -> PagePublic[DocumentPublic]:
    """Stored documents, newest publication first."""
    found = list_documents(session, offset=page.offset, limit=page.limit)
    return PagePublic[DocumentPublic](
        items=[DocumentPublic.of(d) for d in found.items], total=found.total,
        offset=found.offset, limit=found.limit, next=page.next_url(request, found.next_offset))


@router.get("/documents/{doc_id}")
def document_api(doc_id: str, session: SessionDep) -> dict[str, Any]:
    """The extraction of one document: the ``citypact.extraction.v1`` object."""
    return extraction_to_dict(get_extraction(session, doc_id))


@router.get("/places")
def places_api(request: Request, session: SessionDep, page: PageDep) -> PagePublic[PlacePublic]:
    """Stored places by name, with the number of documents that name each."""
    found = list_places(session, offset=page.offset, limit=page.limit)
    return PagePublic[PlacePublic](
        items=[PlacePublic.of(p) for p in found.items], total=found.total,
        offset=found.offset, limit=found.limit, next=page.next_url(request, found.next_offset))


@router.get("/links")
def links_api(request: Request, session: SessionDep, page: PageDep,
              document: str | None = None) -> PagePublic[LinkPublic]:
    """Stored links, most recent first, with their evidence; ``?document=`` filters."""
    found = list_links(session, offset=page.offset, limit=page.limit, document_id=document)
    return PagePublic[LinkPublic](
        items=[LinkPublic.of(link) for link in found.items], total=found.total,
        offset=found.offset, limit=found.limit, next=page.next_url(request, found.next_offset))
