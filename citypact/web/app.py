"""``create_app``: the FastAPI application, its lifespan, and the one error shape.

The lifespan opens the database and migrates it to head; requests get their
session from a dependency (``deps.get_session``). Every error of the API answers
``{"error": {"status": ..., "message": ...}}``; a browser asking for a page that does not
exist (``Accept: text/html``, outside ``/api/``) gets an HTML 404 page instead.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException

from citypact import __version__
from citypact.errors import NotFoundError
from citypact.settings import Settings
from citypact.store import make_engine, make_session_factory, upgrade_database
from citypact.web import api, auth, curation, explorer_api, pages, pages_programmes
from citypact.web.cache import ViewCache, Warmer

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"
"""Our CSS and scripts, and ``vendor/``: the npm libraries that ``make install`` copies."""
SWAGGER_UI = "/static/vendor/swagger-ui"


def create_app(settings: Settings) -> FastAPI:
    """Build the web application for these settings (nothing is opened until startup)."""
    # FastAPI's own /docs and /redoc load their scripts from a CDN: /docs is served below
    # from the vendored swagger-ui-dist instead, and there is no /redoc.
    app = FastAPI(title="citypact", version=__version__, lifespan=_lifespan(settings),
                  docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.templates = pages.make_templates(TEMPLATES_DIR)
    app.state.view_cache = ViewCache()
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(api.router)
    app.include_router(explorer_api.router)
    app.include_router(pages.router)
    app.include_router(pages_programmes.router)
    app.include_router(auth.router)
    app.include_router(curation.router)
    app.include_router(curation.api_router)
    _add_docs(app)
    _add_error_handlers(app)
    return app


def _add_docs(app: FastAPI) -> None:
    """Swagger UI at /docs, from the vendored assets: nothing is fetched from elsewhere."""

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} · API",
            swagger_js_url=f"{SWAGGER_UI}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER_UI}/swagger-ui.css",
            swagger_favicon_url=f"{SWAGGER_UI}/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None})


def _lifespan(settings: Settings) -> Callable[[FastAPI], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.database_url)
        warmer: Warmer | None = None
        try:
            upgrade_database(engine)
            app.state.session_factory = make_session_factory(engine)
            if settings.warm_views:
                warmer = Warmer(app.state.view_cache, app.state.session_factory,
                                explorer_api.LANDING_VIEWS)
                warmer.start()
            yield
        finally:
            if warmer is not None:
                warmer.stop()
            engine.dispose()

    return lifespan


def error_response(status: int, message: str,
                   headers: Mapping[str, str] | None = None) -> JSONResponse:
    """The API's one error shape."""
    return JSONResponse({"error": {"status": status, "message": message}},
                        status_code=status, headers=headers)


def _wants_page(request: Request) -> bool:
    """A browser asking for a page rather than the API (which always answers JSON)."""
    return (not request.url.path.startswith("/api/")
            and "text/html" in request.headers.get("accept", ""))


def _not_found_page(request: Request, message: str) -> Response:
    """The HTML 404 page, with the top bar: somewhere to go from a dead link."""
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "not_found.html", {"message": message},
                                      status_code=404)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404 and _wants_page(request):
        return _not_found_page(request, "Nothing is published at this address.")
    return error_response(exc.status_code, str(exc.detail), exc.headers)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error.get("loc", ())[1:])
        problems.append(f"{where}: {error.get('msg', 'invalid')}" if where else error["msg"])
    return error_response(422, "; ".join(problems) or "invalid request")


async def _not_found(request: Request, exc: Exception) -> Response:
    if _wants_page(request):
        return _not_found_page(request, str(exc))
    return error_response(404, str(exc))


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal server error")


def _add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(Exception, _unexpected)
