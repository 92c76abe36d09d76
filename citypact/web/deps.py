"""FastAPI dependencies: the database session, the settings, the page a list asks for,
the cache of the explorer's views."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query, Request
from sqlalchemy.orm import Session, sessionmaker

from citypact.settings import Settings
from citypact.web.cache import ViewCache

MAX_PAGE_SIZE = 500


def get_settings(request: Request) -> Settings:
    """The settings ``create_app`` was given."""
    settings: Settings = request.app.state.settings
    return settings


def get_session(request: Request) -> Iterator[Session]:
    """A session for one request, from the factory the lifespan built; closed afterwards."""
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as session:
        yield session


def get_view_cache(request: Request) -> ViewCache:
    """The views ``create_app`` remembers (map, network, timeline, dossiers)."""
    cache: ViewCache = request.app.state.view_cache
    return cache


@dataclass(frozen=True, slots=True)
class PageRequest:
    """``?offset=&limit=`` of a list, ``limit`` defaulting to the ``page_size`` setting."""

    offset: int
    limit: int

    def next_url(self, request: Request, next_offset: int | None) -> str | None:
        """The same URL at the next page, or ``None`` when there is none."""
        if next_offset is None:
            return None
        return str(request.url.include_query_params(offset=next_offset, limit=self.limit))


SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_page_request(
    settings: SettingsDep,
    offset: Annotated[int, Query(ge=0, description="Rows to skip.")] = 0,
    limit: Annotated[int | None, Query(ge=1, le=MAX_PAGE_SIZE,
                                       description="Rows per page.")] = None,
) -> PageRequest:
    return PageRequest(offset, limit or min(settings.page_size, MAX_PAGE_SIZE))


SessionDep = Annotated[Session, Depends(get_session)]
PageDep = Annotated[PageRequest, Depends(get_page_request)]
ViewCacheDep = Annotated[ViewCache, Depends(get_view_cache)]
