"""Who is asking: the signed-in editor (from the session cookie), sign-in and sign-out, and
the checks every write makes (an editor, and the CSRF token of their session).

Anonymous visitors read everything and write nothing. A session cookie is HttpOnly and
SameSite=Lax, Secure when the request came over https; every write form carries the
session's CSRF token in a hidden ``csrf_token`` field (scripts send it as the
``X-CSRF-Token`` header), compared in constant time.
"""

from __future__ import annotations

import secrets
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from citypact.errors import AccountError
from citypact.store.accounts import SESSION_LIFETIME, Editor, sign_in, sign_out, signed_in_editor
from citypact.web.deps import SessionDep

SESSION_COOKIE = "citypact_session"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
_NOBODY = object()

router = APIRouter(include_in_schema=False)


def current_editor(request: Request) -> Editor | None:
    """The editor signed in with this request's cookie (looked up once per request)."""
    cached = getattr(request.state, "editor", _NOBODY)
    if cached is None or isinstance(cached, Editor):
        return cached
    token = request.cookies.get(SESSION_COOKIE)
    editor = None
    if token:
        factory: sessionmaker[Session] = request.app.state.session_factory
        with factory() as session:
            editor = signed_in_editor(session, token)
    request.state.editor = editor
    return editor


EditorDep = Annotated[Editor | None, Depends(current_editor)]


async def writing_editor(request: Request, editor: EditorDep) -> Editor:
    """The editor of a write; 401 for anonymous visitors, 403 without the session's CSRF
    token (a form field, or the ``X-CSRF-Token`` header)."""
    if editor is None:
        raise HTTPException(401, "sign in as an editor to make corrections")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and _is_form(request):
        sent = str((await request.form()).get(CSRF_FIELD) or "")
    if not sent or not secrets.compare_digest(sent.encode(), editor.csrf_token.encode()):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")
    return editor


def _is_form(request: Request) -> bool:
    kind = request.headers.get("content-type", "")
    return kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))


WriterDep = Annotated[Editor, Depends(writing_editor)]


def safe_next(target: str | None, fallback: str = "/") -> str:
    """A local path to go back to (never another site)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return fallback


def _render(request: Request, template: str, context: dict[str, Any],
            status: int = 200) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context, status_code=status)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    """The sign-in form."""
    return _render(request, "login.html", {"next": safe_next(next), "error": None})


@router.post("/login", response_model=None)
def login(request: Request, session: SessionDep, username: Annotated[str, Form()],
          password: Annotated[str, Form()],
          next: Annotated[str, Form()] = "/") -> Response:
    """Check the password, set the session cookie, and go back where the editor was."""
    try:
        tokens = sign_in(session, username.strip(), password)
    except AccountError as exc:
        return _render(request, "login.html", {"next": safe_next(next), "error": str(exc),
                                               "username": username}, status=401)
    response = RedirectResponse(safe_next(next), status_code=303)
    response.set_cookie(SESSION_COOKIE, tokens.token, httponly=True, samesite="lax",
                        secure=request.url.scheme == "https",
                        max_age=int(SESSION_LIFETIME.total_seconds()))
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, editor: WriterDep) -> RedirectResponse:
    """Close the session (a write: it needs the CSRF token too)."""
    sign_out(session, request.cookies.get(SESSION_COOKIE, ""))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, httponly=True, samesite="lax")
    return response


def login_url(request: Request) -> str:
    """The sign-in page, coming back to this page."""
    here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"/login?next={quote(here, safe='')}"
