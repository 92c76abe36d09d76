"""Migrations build the whole schema from scratch, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, select, text

from citypact.errors import StoreError
from citypact.store import (
    current_revision,
    downgrade_database,
    head_revision,
    make_engine,
    upgrade_database,
)
from citypact.store.tables import Base

TABLES_0001 = {"documents", "places", "organizations", "people", "document_places",
               "document_organizations", "document_people", "mentions", "links",
               "link_parties", "events"}
TABLES_0002 = {"link_sectors", "search_names", "partnerships", "partnership_parties",
               "partnership_sectors", "partnership_links", "partnership_events"}
TABLES_0003 = {"programme_links", "trips", "trip_parties", "trip_stops", "projects",
               "project_sectors", "project_places"}
TABLES_0004 = {"trip_stop_topics", "project_parties"}
TABLES_0006 = {"users", "user_sessions", "corrections", "link_verdicts", "audit_log"}
TABLES_0007 = {"data_version"}


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


@pytest.mark.parametrize(("revision", "tables"), [
    ("0006", TABLES_0001 | TABLES_0002 | TABLES_0003 | TABLES_0004 | TABLES_0006),
    ("0005", TABLES_0001 | TABLES_0002 | TABLES_0003 | TABLES_0004),
    ("0004", TABLES_0001 | TABLES_0002 | TABLES_0003 | TABLES_0004),
    ("0003", TABLES_0001 | TABLES_0002 | TABLES_0003), ("0002", TABLES_0001 | TABLES_0002),
    ("0001", TABLES_0001)])
def test_downgrades_and_upgrades_again(engine: Engine, revision: str,
                                       tables: set[str]) -> None:
    assert set(inspect(engine).get_table_names()) == (
        TABLES_0001 | TABLES_0002 | TABLES_0003 | TABLES_0004 | TABLES_0006 | TABLES_0007
        | {"alembic_version"})
    downgrade_database(engine, revision)
    assert current_revision(engine) == revision
    assert set(inspect(engine).get_table_names()) == tables | {"alembic_version"}
    if "partnerships" in tables:
        indexes = {i["name"] for i in inspect(engine).get_indexes("partnerships")}
        assert "ix_partnerships_most_reported" not in indexes  # 0007 undone
        assert ("ix_partnerships_stories_id" in indexes) == (revision >= "0005")
    upgrade_database(engine)
    assert current_revision(engine) == head_revision() == "0007"
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def store_at_0001(engine: Engine) -> None:
    """One document as revision 0001 stored it: a place named "HCM City", a link, an org."""
    text_ = "HCM City and Turin signed a pact. Acme Spa helped."
    tables = Base.metadata.tables
    with engine.begin() as connection:
        connection.execute(tables["documents"].insert(), [{
            "id": "d" * 64, "title": "Pact signed", "text": text_,
            "ingested_at": dt.datetime(2024, 1, 2, tzinfo=dt.UTC),
            "extractor_version": "0.1.0", "extraction_format": "citypact.extraction.v1"}])
        connection.execute(tables["places"].insert(), [
            {"id": "geonames:1566083", "name": "Ho Chi Minh City", "kind": "city"}])
        connection.execute(tables["organizations"].insert(), [
            {"id": "org:acme-spa", "name": "Acme S.p.A."}])
        connection.execute(tables["document_organizations"].insert(), [
            {"document_id": "d" * 64, "position": 0, "organization_id": "org:acme-spa",
             "aliases": ["Acme Spa"]}])
        connection.execute(tables["mentions"].insert(), [
            {"document_id": "d" * 64, "entity_kind": "place", "entity_position": 0,
             "position": 0, "entity_id": "geonames:1566083", "start": 0, "end": 8}])
        connection.execute(tables["links"].insert(), [
            {"document_id": "d" * 64, "position": 0, "kind": "agreement",
             "sectors": ["tourism", "culture_heritage", "tourism"], "confidence": 0.9,
             "evidence": [[0, 33]], "evidence_text": ["HCM City and Turin signed a pact."]}])


def test_0002_backfills_sectors_and_search_names_of_stored_documents(
        store_url: str) -> None:
    engine = make_engine(store_url)
    try:
        upgrade_database(engine, "0001")
        store_at_0001(engine)
        upgrade_database(engine)
        tables = Base.metadata.tables
        with engine.connect() as connection:
            sectors = connection.execute(select(tables["link_sectors"].c.sector)).scalars().all()
            names = connection.execute(select(
                tables["search_names"].c.entity_kind, tables["search_names"].c.folded,
                tables["search_names"].c.name)).all()
    finally:
        engine.dispose()
    assert sorted(sectors) == ["culture_heritage", "tourism"]
    assert sorted((kind, folded, name) for kind, folded, name in names) == [
        ("document", "pact signed", "Pact signed"),
        ("organization", "acme s p a", "Acme S.p.A."),
        ("organization", "acme spa", "Acme Spa"),
        ("place", "hcm city", "HCM City"),
        ("place", "ho chi minh city", "Ho Chi Minh City"),
    ]
