"""Migrations build the whole schema from scratch, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text

from citypact.errors import StoreError
from citypact.store import current_revision, head_revision, make_engine, upgrade_database
from citypact.store.tables import Base


@pytest.fixture
def engine(store_url: str) -> Iterator[Engine]:
    """An engine on a fresh database (SQLite, then PostgreSQL) migrated to head."""
    engine = make_engine(store_url)
    upgrade_database(engine)
    yield engine
    engine.dispose()


def test_migrations_apply_from_scratch(store_url: str) -> None:
    engine = make_engine(store_url)
    try:
        assert current_revision(engine) is None
        upgrade_database(engine)
        assert current_revision(engine) == head_revision()
        tables = set(inspect(engine).get_table_names())
        assert tables == set(Base.metadata.tables) | {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrading_twice_changes_nothing(engine: Engine) -> None:
    before = inspect(engine).get_table_names()
    upgrade_database(engine)
    assert inspect(engine).get_table_names() == before
    assert current_revision(engine) == head_revision()


def test_migrations_match_the_models(engine: Engine) -> None:
    """A model changed without a migration (or the reverse) shows up here."""
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_upgrade_accepts_a_url(store_url: str) -> None:
    upgrade_database(store_url)
    engine = make_engine(store_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_sqlite_files_use_wal_and_enforce_foreign_keys(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path}/wal.db")
    try:
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        engine.dispose()


def test_in_memory_sqlite_is_one_database_for_every_connection() -> None:
    engine = make_engine("sqlite://")
    try:
        upgrade_database(engine)
        with engine.connect() as first, engine.connect() as second:
            assert first.execute(text("select count(*) from documents")).scalar() == 0
            assert second.execute(text("select count(*) from documents")).scalar() == 0
    finally:
        engine.dispose()


def test_a_postgresql_url_without_driver_means_psycopg() -> None:
    engine = make_engine("postgresql://user@127.0.0.1:1/db")
    assert engine.dialect.driver == "psycopg"
    engine.dispose()


@pytest.mark.parametrize("url", ["not a url", "nosuchdb://x/y"])
def test_a_bad_url_is_a_store_error(url: str) -> None:
    with pytest.raises(StoreError, match="invalid database URL"):
        make_engine(url)


def test_an_unreachable_database_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot migrate"):
        upgrade_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
