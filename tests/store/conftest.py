"""Store fixtures: a migrated engine over ``store_url`` (SQLite file, then PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from citypact.store import make_engine, make_session_factory, upgrade_database


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    """An engine on a fresh database migrated to head; disposed after the test."""
    engine = make_engine(store_url)
    upgrade_database(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    with session_factory() as session:
        yield session
