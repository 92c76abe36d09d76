"""rebuild_partnerships on SQLite and PostgreSQL: merging, reprints, history, idempotency."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker
from store_builders import migrated_factory
from story_builders import (
    DORMANT_AFTER_YEARS,
    TODAY,
    StoryExtractor,
    stories,
    write_stories,
)

from citypact.ingest.batch import ingest_paths
from citypact.resolve.partnerships import partnership_id
from citypact.settings import Settings
from citypact.store import rebuild_partnerships, save_extraction
from citypact.store.tables import (
    Base,
    DocumentRow,
    PartnershipEventRow,
    PartnershipLinkRow,
    PartnershipPartyRow,
    PartnershipRow,
    PartnershipSectorRow,
)

DA_LAT_ANNECY = partnership_id(["Da Lat", "Annecy"])
HANOI_TURIN = partnership_id(["Hanoi", "Turin"])
HCMC_TURIN = partnership_id(["Ho Chi Minh City", "Turin"])
PARTNERSHIP_TABLES = ("partnerships", "partnership_parties", "partnership_sectors",
                      "partnership_links", "partnership_events")


@pytest.fixture
def session_factory(store_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on a fresh database (SQLite, then PostgreSQL) migrated to head."""
    with migrated_factory(store_url) as factory:
        yield factory


@pytest.fixture
def rebuild_settings(clean_env: None) -> Settings:
    return Settings(database_url="sqlite://", dormant_after_years=DORMANT_AFTER_YEARS)


def today() -> dt.date:
    return dt.date.fromisoformat(TODAY)


def save_stories(session: Session, count: int | None = None) -> None:
    for story in stories()[:count]:
        article = story.article()
        save_extraction(session, article, story.extraction(article))


def snapshot(session: Session) -> dict[str, list[Any]]:
    """Every row of the partnership tables, in a stable order."""
    tables = Base.metadata.tables
    return {name: sorted(tuple(row) for row in session.execute(
                select(tables[name]).order_by(*tables[name].primary_key.columns)))
            for name in PARTNERSHIP_TABLES}


def test_links_across_documents_make_one_partnership_per_set_of_parties(
        session: Session, rebuild_settings: Settings) -> None:
    save_stories(session)
    report = rebuild_partnerships(session, rebuild_settings, today=today())
    assert (report.added, report.updated, report.removed, report.unchanged) == (3, 0, 0, 0)
    rows = {p.id: p for p in session.scalars(select(PartnershipRow))}
    assert set(rows) == {DA_LAT_ANNECY, HANOI_TURIN, HCMC_TURIN}
    assert {p.name for p in rows.values()} == {
        "Annecy – Da Lat", "Hanoi – Turin", "Ho Chi Minh City – Turin"}


def test_a_partnership_keeps_its_kind_history_dates_and_sectors(
        session: Session, rebuild_settings: Settings) -> None:
    save_stories(session)
    rebuild_partnerships(session, rebuild_settings, today=today())
    row = session.get_one(PartnershipRow, DA_LAT_ANNECY)
    proposal, memorandum, twins = (s.article().id for s in stories()[:3])
    assert row.kind_history == [
        {"kind": "proposal", "date": "2016-03-10", "document_id": proposal},
        {"kind": "agreement", "date": "2018-06-02", "document_id": memorandum},
        {"kind": "twinning", "date": "2021-09", "document_id": twins}]
    assert (row.kind, row.stories) == ("twinning", 3)
    assert (row.established, row.established_precision) == (dt.date(2018, 6, 2), "day")
    assert (row.first_seen, row.last_seen, row.last_seen_precision) == (
        dt.date(2016, 3, 10), dt.date(2021, 9, 1), "month")
    assert row.status == "dormant", "nothing since 2021, judged in 2025 after 3 years"
    assert row.sectors_by_year == [["2016", ["tourism"]], ["2018", ["education_research"]],
                                   ["2021", ["tourism", "urban_planning"]]]
    sectors = session.scalars(select(PartnershipSectorRow.sector)
                              .where(PartnershipSectorRow.partnership_id == DA_LAT_ANNECY))
    assert sorted(sectors) == ["education_research", "tourism", "urban_planning"]


def test_parties_carry_their_entity_and_country(session: Session,
                                                rebuild_settings: Settings) -> None:
    save_stories(session)
    rebuild_partnerships(session, rebuild_settings, today=today())
    parties = session.scalars(select(PartnershipPartyRow)
                              .where(PartnershipPartyRow.partnership_id == DA_LAT_ANNECY)
                              .order_by(PartnershipPartyRow.position))
    assert [(p.name, p.entity_kind, p.entity_id, p.country) for p in parties] == [
        ("Annecy", "place", "geonames:3037543", "FR"),
        ("Da Lat", "place", "geonames:1584071", "VN")]


def test_a_reprint_counts_once_and_both_sources_are_kept(
        session: Session, rebuild_settings: Settings) -> None:
    save_stories(session)
    rebuild_partnerships(session, rebuild_settings, today=today())
    original, reprint = (s.article().id for s in stories()[3:5])
    assert session.get_one(PartnershipRow, HANOI_TURIN).stories == 1
    members = session.scalars(select(PartnershipLinkRow)
                              .where(PartnershipLinkRow.partnership_id == HANOI_TURIN))
    assert {(m.document_id, m.story_id, m.reprint, m.year) for m in members} == {
        (original, original, False, 2023), (reprint, original, True, 2023)}
    assert session.get_one(PartnershipRow, HANOI_TURIN).status == "active"


def test_events_join_the_partnership_of_their_parties(session: Session,
                                                      rebuild_settings: Settings) -> None:
    save_stories(session)
    rebuild_partnerships(session, rebuild_settings, today=today())
    events = session.execute(select(PartnershipEventRow.partnership_id,
                                    PartnershipEventRow.document_id)).all()
    memorandum, _, original, reprint = (s.article().id for s in stories()[1:5])
    assert sorted(events) == sorted([(DA_LAT_ANNECY, memorandum), (HANOI_TURIN, original),
                                     (HANOI_TURIN, reprint)])


def test_rebuilding_again_changes_nothing(session: Session,
                                          rebuild_settings: Settings) -> None:
    save_stories(session)
    rebuild_partnerships(session, rebuild_settings, today=today())
    before = snapshot(session)
    again = rebuild_partnerships(session, rebuild_settings, today=today())
    assert (again.changed, again.unchanged) == (False, 3)
    assert snapshot(session) == before


def test_a_new_story_updates_only_its_partnership(session: Session,
                                                  rebuild_settings: Settings) -> None:
    save_stories(session, 2)
    first = rebuild_partnerships(session, rebuild_settings, today=today())
    assert session.get_one(PartnershipRow, DA_LAT_ANNECY).kind == "agreement"
    save_stories(session)
    report = rebuild_partnerships(session, rebuild_settings, today=today())
    assert (first.added, report.added, report.updated, report.unchanged) == (1, 2, 1, 0)
    assert session.get_one(PartnershipRow, DA_LAT_ANNECY).kind == "twinning"


def test_a_rebuild_scoped_to_new_documents_makes_what_a_full_one_makes(
        session: Session, rebuild_settings: Settings) -> None:
    save_stories(session, 2)
    rebuild_partnerships(session, rebuild_settings, today=today())
    save_stories(session)
    new = [s.article().id for s in stories()[2:]]
    report = rebuild_partnerships(session, rebuild_settings, today=today(), documents=new)
    assert (report.added, report.updated, report.removed, report.unchanged) == (2, 1, 0, 0)
    scoped = snapshot(session)
    full = rebuild_partnerships(session, rebuild_settings, today=today())
    assert (full.changed, full.unchanged) == (False, 3)
    assert snapshot(session) == scoped


def test_a_rebuild_scoped_to_one_document_leaves_the_others_alone(
        session: Session, rebuild_settings: Settings) -> None:
    save_stories(session)
    rebuild_partnerships(session, rebuild_settings, today=today())
    hcmc_turin = stories()[5].article().id
    report = rebuild_partnerships(session, rebuild_settings, today=today(),
                                  documents=[hcmc_turin])
    assert (report.changed, report.unchanged) == (False, 1)
    nothing = rebuild_partnerships(session, rebuild_settings, today=today(), documents=[])
    assert (nothing.changed, nothing.unchanged) == (False, 0)
    assert session.scalar(select(func.count()).select_from(PartnershipRow)) == 3


def test_a_partnership_whose_links_are_gone_is_removed(session: Session,
                                                       rebuild_settings: Settings) -> None:
    save_stories(session)
    rebuild_partnerships(session, rebuild_settings, today=today())
    session.execute(delete(DocumentRow).where(DocumentRow.id == stories()[5].article().id))
    session.commit()
    report = rebuild_partnerships(session, rebuild_settings, today=today())
    assert (report.removed, report.unchanged) == (1, 2)
    assert session.get(PartnershipRow, HCMC_TURIN) is None
    assert session.scalars(select(PartnershipPartyRow)
                           .where(PartnershipPartyRow.partnership_id == HCMC_TURIN)).all() == []


def test_the_status_follows_the_day_and_the_setting(session: Session, clean_env: None) -> None:
    save_stories(session)
    patient = Settings(database_url="sqlite://", dormant_after_years=10)
    rebuild_partnerships(session, patient, today=today())
    assert session.get_one(PartnershipRow, DA_LAT_ANNECY).status == "active"
    report = rebuild_partnerships(session, patient, today=dt.date(2040, 1, 1))
    assert report.updated == 3
    assert {p.status for p in session.scalars(select(PartnershipRow))} == {"dormant"}


def test_a_scoped_rebuild_judges_every_status_for_the_day(session: Session,
                                                          clean_env: None) -> None:
    save_stories(session)
    patient = Settings(database_url="sqlite://", dormant_after_years=10)
    rebuild_partnerships(session, patient, today=today())
    report = rebuild_partnerships(session, patient, today=dt.date(2040, 1, 1), documents=[])
    assert report.updated == 3
    assert {p.status for p in session.scalars(select(PartnershipRow))} == {"dormant"}
    back = rebuild_partnerships(session, patient, today=today(), documents=[])
    full = snapshot(session)
    assert back.updated == 3 and not rebuild_partnerships(session, patient,
                                                          today=today()).changed
    assert snapshot(session) == full


def test_an_ingest_batch_rebuilds_and_running_it_twice_changes_nothing(
        tmp_path: Path, session_factory: sessionmaker[Session],
        rebuild_settings: Settings) -> None:
    write_stories(tmp_path)
    extractor = StoryExtractor()
    first = ingest_paths([tmp_path], session_factory, extractor.extract,
                         settings=rebuild_settings)
    assert first.summary == "ingested 6, unchanged 0, failed 0"
    assert first.partnerships is not None and first.partnerships.added == 3
    with session_factory() as session:
        before = snapshot(session)
    again = ingest_paths([tmp_path], session_factory, extractor.extract,
                         settings=rebuild_settings)
    assert again.summary == "ingested 0, unchanged 6, failed 0"
    assert again.partnerships is not None and not again.partnerships.changed
    assert again.rebuild_error is None
    assert len(extractor.seen) == 6
    with session_factory() as session:
        assert snapshot(session) == before


def test_a_batch_without_settings_leaves_partnerships_alone(
        tmp_path: Path, session_factory: sessionmaker[Session]) -> None:
    write_stories(tmp_path)
    report = ingest_paths([tmp_path], session_factory, StoryExtractor().extract)
    assert report.partnerships is None
    with session_factory() as session:
        assert session.scalars(select(PartnershipRow)).all() == []


def test_a_failed_rebuild_is_reported_and_the_documents_stay(
        tmp_path: Path, session_factory: sessionmaker[Session], rebuild_settings: Settings,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy.exc import OperationalError

    import citypact.store.rebuild

    def broken(*args: object) -> None:
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(citypact.store.rebuild, "_stored_rows", broken)
    write_stories(tmp_path)
    report = ingest_paths([tmp_path], session_factory, StoryExtractor().extract,
                          settings=rebuild_settings)
    assert report.summary == "ingested 6, unchanged 0, failed 0"
    assert report.partnerships is None
    assert "cannot rebuild partnerships" in (report.rebuild_error or "")


@pytest.fixture
def session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    with session_factory() as session:
        yield session
