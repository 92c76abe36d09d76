"""Engines, sessions and migrations: how citypact opens its database.

SQLite is the default (a file, WAL journal, foreign keys enforced on every
connection); PostgreSQL is reached with ``postgresql+psycopg://...``. The schema
is always built by the Alembic migrations shipped in ``migrations/``, never by
``create_all``, so that a database made today can be upgraded tomorrow.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from citypact.errors import StoreError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    """Create the engine for a database URL.

    Args:
        url: an SQLAlchemy URL. ``sqlite://`` is an in-memory database shared by
            every thread of the process; ``postgresql://`` means psycopg 3.

    Raises:
        StoreError: the URL is malformed or names a driver that is not installed.
    """
    try:
        sa_url = make_url(url)
        if sa_url.drivername == "postgresql":
            sa_url = sa_url.set(drivername="postgresql+psycopg")
        if sa_url.get_backend_name() == "sqlite":
            return _make_sqlite_engine(sa_url)
        return create_engine(sa_url, pool_pre_ping=True)
    except (ArgumentError, NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"invalid database URL {_redacted(url)}: {exc}") from exc


def _redacted(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return repr(url)


def _is_memory(url: URL) -> bool:
    return url.database in (None, "", ":memory:")


def _make_sqlite_engine(url: URL) -> Engine:
    if _is_memory(url):
        # One connection for the whole process: otherwise every pooled connection
        # (and every thread of the web server) would see its own empty database.
        engine = create_engine(url, poolclass=StaticPool,
                               connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas(wal=not _is_memory(url)))
    return engine


def _sqlite_pragmas(*, wal: bool) -> Callable[[Any, Any], None]:
    """A connect hook: foreign keys on (SQLite's default is off), WAL for files."""

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            if wal:
                # WAL lets the web server read while an ingest writes.
                cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()

    return on_connect


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions bound to the engine; objects stay readable after commit."""
    return sessionmaker(bind=engine, expire_on_commit=False)


def alembic_config() -> Config:
    """The Alembic configuration of the migrations shipped with the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_database(url_or_engine: str | Engine, revision: str = "head") -> None:
    """Apply the migrations up to ``revision`` (from scratch on an empty database).

    Raises:
        StoreError: the database cannot be reached or a migration fails.
    """
    _migrate(url_or_engine, lambda config: command.upgrade(config, revision))
    log.debug("database upgraded to revision %s", revision)


def downgrade_database(url_or_engine: str | Engine, revision: str) -> None:
    """Undo the migrations after ``revision`` (``"base"`` undoes them all).

    Raises:
        StoreError: the database cannot be reached or a migration fails.
    """
    _migrate(url_or_engine, lambda config: command.downgrade(config, revision))
    log.debug("database downgraded to revision %s", revision)


def _migrate(url_or_engine: str | Engine, step: Callable[[Config], None]) -> None:
    """Run an Alembic command in one transaction on the database."""
    engine = make_engine(url_or_engine) if isinstance(url_or_engine, str) else url_or_engine
    config = alembic_config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            step(config)
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot migrate the database: {exc}") from exc
    finally:
        if isinstance(url_or_engine, str):
            engine.dispose()


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at (``None`` for an empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    """The newest migration shipped with this version of citypact."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()
