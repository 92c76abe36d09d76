"""``create_app``: the FastAPI application, its lifespan, and the one error shape.

The lifespan opens the database and migrates it to head; requests get their
session from a dependency (``deps.get_session``). Every error answers
``{"error": {"status": ..., "message": ...}}``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from citypact import __version__
from citypact.errors import NotFoundError
from citypact.settings import Settings
from citypact.store import make_engine, make_session_factory, upgrade_database
from citypact.web import api, pages

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"


def create_app(settings: Settings) -> FastAPI:
    """Build the web application for these settings (nothing is opened until startup)."""
    app = FastAPI(title="citypact", version=__version__, lifespan=_lifespan(settings))
    app.state.settings = settings
    app.state.templates = Jinja2Templates(directory=TEMPLATES_DIR)
    app.include_router(api.router)
    app.include_router(pages.router)
    _add_error_handlers(app)
    return app


def _lifespan(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.database_url)
        try:
            upgrade_database(engine)
            app.state.session_factory = make_session_factory(engine)
            yield
        finally:
            engine.dispose()

    return lifespan


def error_response(status: int, message: str,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    """The API's one error shape."""
    return JSONResponse({"error": {"status": status, "message": message}},
                        status_code=status, headers=headers)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    return error_response(exc.status_code, str(exc.detail), exc.headers)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ())[1:])
        problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else error["msg"])
    return error_response(422, "; ".join(problems) or "invalid request")


async def _not_found(request: Request, exc: Exception) -> JSONResponse:
    return error_response(404, str(exc))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal server error")


def _add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(Exception, _unexpected)
