"""Ingesting readings: the story facts (trips, projects, programmes) are stored once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cooperation_builders import CooperationReader, write_cooperation_stories
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from citypact.ingest.batch import ingest_paths
from citypact.settings import Settings
from citypact.store import (
    list_programmes,
    list_projects,
    list_trips,
    make_engine,
    make_session_factory,
    upgrade_database,
)
from citypact.store.tables import ProgrammeLinkRow, TripStopRow


@pytest.fixture
def session_factory(store_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on an empty migrated database (SQLite, then PostgreSQL)."""
    engine = make_engine(store_url)
    upgrade_database(engine)
    yield make_session_factory(engine)
    engine.dispose()


def stored(session_factory: sessionmaker[Session]) -> tuple[int, int, int, int]:
    with session_factory() as session:
        return (list_trips(session).total, list_projects(session).total,
                session.scalar(select(func.count()).select_from(ProgrammeLinkRow)) or 0,
                session.scalar(select(func.count()).select_from(TripStopRow)) or 0)


def test_a_reading_stores_its_story_and_ingesting_again_changes_nothing(
        tmp_path: Path, session_factory: sessionmaker[Session]) -> None:
    write_cooperation_stories(tmp_path)
    first = ingest_paths([tmp_path], session_factory, CooperationReader().read,
                         settings=Settings())
    assert first.summary == "ingested 2, unchanged 0, failed 0"
    assert stored(session_factory) == (2, 2, 3, 3)
    again = ingest_paths([tmp_path], session_factory, CooperationReader().read,
                         settings=Settings())
    assert again.summary == "ingested 0, unchanged 2, failed 0"
    assert stored(session_factory) == (2, 2, 3, 3)
    with session_factory() as session:
        assert [p.partnerships for p in list_programmes(session).items] == [2, 1]
