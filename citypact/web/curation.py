"""Curation: editors confirm, reject or correct links, confirm and merge entities, fix
resolutions; HTML forms (which go back to the page they were sent from) and their JSON
twins under ``/api``, both calling ``citypact.store.curation``. Every write needs a
signed-in editor and their session's CSRF token (``citypact.web.auth``); anonymous
visitors get 401, a missing or wrong token 403, in the API's one error shape.

After each correction the partnerships are rebuilt, so that a rejected link leaves them
and a merge joins them at once (the rebuild also tells cached views that data changed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from citypact.errors import CurationError
from citypact.settings import Settings
from citypact.store import rebuild_partnerships
from citypact.store.curation import (
    CorrectionRecord,
    LinkChanges,
    confirm_entity,
    fix_resolution,
    judge_link,
    merge_entities,
)
from citypact.store.queries.curation import (
    AuditRecord,
    EntityCuration,
    entity_curation,
    link_verdicts,
    list_audit,
)
from citypact.store.records import Verdict
from citypact.store.tables import LinkVerdictRow
from citypact.web.auth import EditorDep, WriterDep, current_editor, login_url, safe_next
from citypact.web.deps import PageDep, SessionDep, SettingsDep

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["curation"])
LinkAction = Literal["confirm", "reject", "correct"]
EntityAction = Literal["confirm", "merge"]


# --- the JSON twins' shapes --------------------------------------------------------------

class LinkVerdictIn(BaseModel):
    action: LinkAction
    kind: str | None = None
    date: str | None = None
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``""`` removes the date."""
    sectors: list[str] | None = None


class EntityVerdictIn(BaseModel):
    action: EntityAction
    into: str | None = None
    """For ``merge``: the id of the entity to keep."""


class ResolutionIn(BaseModel):
    wrong: str
    """The entity the document's mentions point to now."""
    right: str
    """The entity they should point to."""


class CorrectionPublic(BaseModel):
    id: int
    target_type: str
    target_key: str
    action: str
    payload: dict[str, Any]
    username: str
    created_at: dt.datetime

    @classmethod
    def of(cls, record: CorrectionRecord) -> CorrectionPublic:
        return cls(id=record.id, target_type=record.target_type, target_key=record.target_key,
                   action=record.action, payload=record.payload, username=record.username,
                   created_at=record.created_at)


class AuditPublic(BaseModel):
    id: int
    username: str
    action: str
    target_type: str
    target_key: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    at: dt.datetime

    @classmethod
    def of(cls, record: AuditRecord) -> AuditPublic:
        return cls(id=record.id, username=record.username, action=record.action,
                   target_type=record.target_type, target_key=record.target_key,
                   before=record.before, after=record.after, at=record.at)


class AuditPagePublic(BaseModel):
    items: list[AuditPublic]
    total: int
    offset: int
    limit: int


class EditorPublic(BaseModel):
    username: str
    csrf_token: str
    """Send it back as the ``X-CSRF-Token`` header of every write."""


# --- writing ------------------------------------------------------------------------------

def _curate(session: Session, settings: Settings, write: Callable[[], CorrectionRecord],
            document_id: str | None = None) -> CorrectionRecord:
    """Make one correction, then rebuild the partnerships it changes: those of the one
    document a link verdict or a fixed resolution is about, every one after a merge, none
    when an entity is only confirmed. A refused correction is a 422."""
    try:
        record = write()
    except CurationError as exc:
        raise HTTPException(422, str(exc)) from exc
    if record.action == "merge":
        rebuild_partnerships(session, settings)
    else:
        rebuild_partnerships(session, settings,
                             documents=() if document_id is None else (document_id,))
    return record


def _link_changes(kind: str | None, date: str | None, sectors: list[str] | None) -> LinkChanges:
    return LinkChanges(kind=kind or None, date=date,
                       sectors=tuple(sectors) if sectors is not None else None)


def _sector_list(text: str | None) -> list[str] | None:
    return None if text is None else [s.strip() for s in text.split(",") if s.strip()]


def _back(request: Request, next_url: str | None) -> RedirectResponse:
    """Back to the page the form was on."""
    referer = request.headers.get("referer", "")
    origin = f"{request.url.scheme}://{request.url.netloc}"
    fallback = referer[len(origin):] if referer.startswith(origin + "/") else "/"
    return RedirectResponse(safe_next(next_url, safe_next(fallback)), status_code=303)


FormText = Annotated[str | None, Form()]


@router.post("/links/{document_id}/{position}/verdict")
def link_verdict_form(request: Request, document_id: str, position: int,
                      session: SessionDep, settings: SettingsDep, editor: WriterDep,
                      action: Annotated[LinkAction, Form()], kind: FormText = None,
                      date: FormText = None, sectors: FormText = None,
                      next: FormText = None) -> RedirectResponse:
    """Confirm, reject or correct a link from a page (twin: POST /api/links/.../verdict)."""
    changes = _link_changes(kind, date, _sector_list(sectors))
    _curate(session, settings, lambda: judge_link(session, editor.username, document_id,
                                                  position, action, changes), document_id)
    return _back(request, next)


@router.post("/entities/{entity_id}/verdict")
def entity_verdict_form(request: Request, entity_id: str, session: SessionDep,
                        settings: SettingsDep, editor: WriterDep,
                        action: Annotated[EntityAction, Form()], into: FormText = None,
                        next: FormText = None) -> RedirectResponse:
    """Confirm an entity, or merge it into another (twin: POST /api/entities/.../verdict)."""
    record = _curate(session, settings,
                     _entity_write(session, editor.username, entity_id, action, into))
    if record.action == "merge":  # the merged entity's page is gone: show the one kept
        return RedirectResponse(f"/{_page_of(str(record.payload['kind']))}/"
                                f"{record.payload['into']}", status_code=303)
    return _back(request, next)


def _page_of(kind: str) -> str:
    return {"place": "places", "organization": "organizations"}.get(kind, "people")


def _entity_write(session: Session, username: str, entity_id: str, action: EntityAction,
                  into: str | None) -> Callable[[], CorrectionRecord]:
    if action == "confirm":
        return lambda: confirm_entity(session, username, entity_id)
    if not into or not into.strip():
        raise HTTPException(422, "into: the id of the entity to keep is required to merge")
    return lambda: merge_entities(session, username, entity_id, into.strip())


@router.post("/documents/{document_id}/resolutions")
def resolution_form(request: Request, document_id: str, session: SessionDep,
                    settings: SettingsDep, editor: WriterDep,
                    wrong: Annotated[str, Form()], right: Annotated[str, Form()],
                    next: FormText = None) -> RedirectResponse:
    """Make a document's mentions of one place point to another (twin: POST
    /api/documents/.../resolutions)."""
    _curate(session, settings, lambda: fix_resolution(session, editor.username, document_id,
                                                      wrong.strip(), right.strip()),
            document_id)
    return _back(request, next)


@api_router.post("/links/{document_id}/{position}/verdict", response_model=CorrectionPublic,
                 status_code=201)
def link_verdict_api(document_id: str, position: int, body: LinkVerdictIn,
                     session: SessionDep, settings: SettingsDep,
                     editor: WriterDep) -> CorrectionPublic:
    """Confirm, reject or correct (kind, date, sectors) a link, as a signed-in editor with
    the ``X-CSRF-Token`` header. The correction outlives re-extraction of the document."""
    changes = _link_changes(body.kind, body.date, body.sectors)
    return CorrectionPublic.of(_curate(session, settings, lambda: judge_link(
        session, editor.username, document_id, position, body.action, changes), document_id))


@api_router.post("/entities/{entity_id}/verdict", response_model=CorrectionPublic,
                 status_code=201)
def entity_verdict_api(entity_id: str, body: EntityVerdictIn, session: SessionDep,
                       settings: SettingsDep, editor: WriterDep) -> CorrectionPublic:
    """Confirm an entity, or merge it ``into`` another of its kind."""
    return CorrectionPublic.of(_curate(session, settings, _entity_write(
        session, editor.username, entity_id, body.action, body.into)))


@api_router.post("/documents/{document_id}/resolutions", response_model=CorrectionPublic,
                 status_code=201)
def resolution_api(document_id: str, body: ResolutionIn, session: SessionDep,
                   settings: SettingsDep, editor: WriterDep) -> CorrectionPublic:
    """In one document, point the mentions of ``wrong`` to ``right``."""
    return CorrectionPublic.of(_curate(session, settings, lambda: fix_resolution(
        session, editor.username, document_id, body.wrong, body.right), document_id))


# --- reading: the signed-in editor, the audit log ------------------------------------------

def _editor_or_401(editor: EditorDep) -> Any:
    if editor is None:
        raise HTTPException(401, "sign in as an editor to see this")
    return editor


@api_router.get("/session", response_model=EditorPublic)
def session_api(editor: EditorDep) -> EditorPublic:
    """The signed-in editor and the CSRF token their writes must send (401 if nobody)."""
    signed_in = _editor_or_401(editor)
    return EditorPublic(username=signed_in.username, csrf_token=signed_in.csrf_token)


@api_router.get("/audit", response_model=AuditPagePublic)
def audit_api(session: SessionDep, page: PageDep, editor: EditorDep) -> AuditPagePublic:
    """Every write by a person, newest first (editors only)."""
    _editor_or_401(editor)
    found = list_audit(session, offset=page.offset, limit=page.limit)
    return AuditPagePublic(items=[AuditPublic.of(r) for r in found.items], total=found.total,
                           offset=found.offset, limit=found.limit)


@router.get("/audit", response_class=HTMLResponse, response_model=None)
def audit_page(request: Request, session: SessionDep, page: PageDep,
               editor: EditorDep) -> Response:
    """The audit log (editors only; twin: /api/audit)."""
    if editor is None:
        return RedirectResponse(login_url(request), status_code=303)
    templates: Jinja2Templates = request.app.state.templates
    found = list_audit(session, offset=page.offset, limit=page.limit)
    return templates.TemplateResponse(request, "audit.html", {
        "found": found, "next_url": page.next_url(request, found.next_offset)})


# --- what every page template may ask ---------------------------------------------------

def template_context(request: Request) -> dict[str, Any]:
    """For every template: the signed-in editor (or ``None``), and lazy look-ups of what
    people said of a link or an entity (read only when a page asks)."""
    return {"editor": current_editor(request), "link_verdict": _link_verdict_lookup(request),
            "entity_curation": _entity_curation_lookup(request)}


def _with_session(request: Request, read: Callable[[Session], Any]) -> Any:
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as session:
        return read(session)


def _link_verdict_lookup(request: Request) -> Callable[[str, int], Verdict | None]:
    loaded: dict[tuple[str, int], Verdict] | None = None

    def verdict(document_id: str, position: int) -> Verdict | None:
        nonlocal loaded
        if loaded is None:  # verdicts are few (people make them): read them all at once
            loaded = _with_session(request, _every_link_verdict)
        return loaded.get((document_id, position))

    return verdict


def _every_link_verdict(session: Session) -> dict[tuple[str, int], Verdict]:
    keys = session.execute(LinkVerdictRow.__table__.select()).all()
    return link_verdicts(session, ((row.document_id, row.link_position) for row in keys))


def _entity_curation_lookup(request: Request) -> Callable[[str], EntityCuration]:
    def curation(entity_id: str) -> EntityCuration:
        found: EntityCuration = _with_session(request,
                                              lambda s: entity_curation(s, entity_id))
        return found

    return curation
