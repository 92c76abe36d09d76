"""The explorer's views are remembered until stored data changes, in every process."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session
from web_builders import FLORENCE, filled_settings, linked

from citypact.errors import NotFoundError
from citypact.model import Place
from citypact.settings import Settings
from citypact.store import (
    bump_data_version,
    make_engine,
    make_session_factory,
    rebuild_partnerships,
    save_extraction,
    upgrade_database,
)
from citypact.web import create_app
from citypact.web.cache import ViewCache, Warmer

LONDON = Place("geonames:2643743", "London", "city", "GB", None, 51.5085, -0.1257)


@pytest.fixture
def session() -> Iterator[Session]:
    engine = make_engine("sqlite://")
    upgrade_database(engine)
    with make_session_factory(engine)() as session:
        yield session
    engine.dispose()


class Counting:
    """A view that says how often it was computed."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, session: Session, argument: str) -> tuple[str, int]:
        self.calls += 1
        if argument == "missing":
            raise NotFoundError(argument)
        return argument, self.calls


def test_a_view_is_computed_once_per_data_version(session: Session) -> None:
    cache, view = ViewCache(), Counting()
    assert cache.view(session, view, "a") == ("a", 1)
    assert cache.view(session, view, "a") == ("a", 1)
    assert cache.view(session, view, "b") == ("b", 2)
    bump_data_version(session)
    session.commit()
    assert cache.view(session, view, "a") == ("a", 3)


def test_failures_are_not_remembered(session: Session) -> None:
    cache, view = ViewCache(), Counting()
    for _ in range(2):
        with pytest.raises(NotFoundError):
            cache.view(session, view, "missing")
    assert view.calls == 2


def test_the_least_recently_used_view_goes_first(session: Session) -> None:
    cache, view = ViewCache(max_views=2), Counting()
    cache.view(session, view, "a")
    cache.view(session, view, "b")
    cache.view(session, view, "a")
    cache.view(session, view, "c")  # forgets b
    assert cache.view(session, view, "a") == ("a", 1)
    assert cache.view(session, view, "b") == ("b", 4)


def rebuild(settings: Settings, *documents: tuple[object, ...]) -> None:
    """What another process does: store documents, rebuild partnerships."""
    engine = make_engine(settings.database_url)
    with make_session_factory(engine)() as session:
        for article, extraction in documents:
            save_extraction(session, article, extraction)  # type: ignore[arg-type]
        rebuild_partnerships(session, settings)
    engine.dispose()


def test_the_api_serves_new_data_after_another_process_writes(tmp_path: Path) -> None:
    settings = filled_settings(tmp_path)
    rebuild(settings)
    with TestClient(create_app(settings)) as client:
        before = client.get("/api/map").json()["partnerships"]
        dossier = client.get(f"/api/dossiers/{FLORENCE.id}").json()
        assert client.get("/api/map").json()["partnerships"] == before
        rebuild(settings, linked("Again", "2024-01-02", "Florence and London met.",
                                 FLORENCE, LONDON, "twinning"))
        assert client.get("/api/map").json()["partnerships"] == before + 1
        after = client.get(f"/api/dossiers/{FLORENCE.id}").json()
        assert after["partnerships_total"] == dossier["partnerships_total"] + 1
        assert after["documents"][0]["title"] == "Again"


def test_the_warmer_makes_stale_views_again_in_the_background(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'warm.db'}")
    upgrade_database(engine)
    factory = make_session_factory(engine)
    cache, view = ViewCache(), Counting()
    warmer = Warmer(cache, factory, [(view, "map")], every=0.01)
    warmer.warm()
    assert view.calls == 1
    warmer.warm()
    assert view.calls == 1, "a view of the current data version is kept"
    with factory() as session:
        bump_data_version(session)
        session.commit()
    warmer.start()
    try:
        for _ in range(500):
            if view.calls == 2:
                break
            time.sleep(0.01)
    finally:
        warmer.stop()
    assert view.calls == 2
    with factory() as session:
        assert cache.view(session, view, "map") == ("map", 2), "served warm"
    engine.dispose()


def test_the_server_keeps_the_unfiltered_map_warm(tmp_path: Path) -> None:
    settings = filled_settings(tmp_path)
    rebuild(settings)
    app = create_app(settings)
    with TestClient(app):
        cache: ViewCache = app.state.view_cache
        for _ in range(500):
            if len(cache) == 2:
                break
            time.sleep(0.01)
        assert len(cache) == 2  # the map and the network, before anyone asked
