"""Programmes, trips and pilot projects in the store, on SQLite and PostgreSQL: written
with their document (once), read back with filters, facets and evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from cooperation_builders import (
    BLOIS,
    DA_NANG,
    HUE,
    MEETING,
    PILOT,
    TURIN,
    VISIT,
    cooperation_stories,
)
from sqlalchemy import Engine, delete, func, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from store_builders import migrated_factory

from citypact.errors import NotFoundError
from citypact.resolve.partnerships import partnership_id
from citypact.settings import Settings
from citypact.store import (
    ProgrammeFilters,
    ProjectFilters,
    TripFilters,
    current_revision,
    downgrade_database,
    get_programme,
    get_trip,
    head_revision,
    list_programmes,
    list_projects,
    list_trips,
    make_engine,
    programme_facets,
    project_facets,
    rebuild_partnerships,
    save_extraction,
    trip_facets,
    upgrade_database,
)
from citypact.store.accounts import add_user
from citypact.store.curation import judge_link
from citypact.store.tables import (
    Base,
    DocumentRow,
    ProgrammeLinkRow,
    ProjectPartyRow,
    ProjectPlaceRow,
    ProjectRow,
    ProjectSectorRow,
    TripPartyRow,
    TripRow,
    TripStopRow,
    TripStopTopicRow,
)

STORY_TABLES = (ProgrammeLinkRow, TripRow, TripPartyRow, TripStopRow, TripStopTopicRow,
                ProjectRow, ProjectSectorRow, ProjectPlaceRow, ProjectPartyRow)
TABLES_0004 = {"trip_stop_topics", "project_parties"}


def save_stories(factory: sessionmaker[Session]) -> None:
    with factory() as session:
        for story in cooperation_stories():
            article = story.article()
            extraction = story.extraction(article)
            assert save_extraction(session, article, extraction,
                                   story.facts(extraction)) == "ingested"
        rebuild_partnerships(session, Settings(), today=dt.date(2025, 1, 1))


@pytest.fixture
def factory(store_url: str) -> Iterator[sessionmaker[Session]]:
    with migrated_factory(store_url) as factory:
        save_stories(factory)
        yield factory


@pytest.fixture
def session(factory: sessionmaker[Session]) -> Iterator[Session]:
    with factory() as session:
        yield session


def counts(session: Session) -> dict[str, int]:
    return {table.__tablename__: session.scalar(select(func.count()).select_from(table)) or 0
            for table in STORY_TABLES}


def test_saving_writes_the_story_once(session: Session) -> None:
    before = counts(session)
    assert before == {"programme_links": 3, "trips": 2, "trip_parties": 5, "trip_stops": 3,
                      "trip_stop_topics": 1, "projects": 2, "project_sectors": 2,
                      "project_places": 2, "project_parties": 3}
    for story in cooperation_stories():
        article = story.article()
        extraction = story.extraction(article)
        assert save_extraction(session, article, extraction,
                               story.facts(extraction)) == "unchanged"
    assert counts(session) == before


def test_without_story_facts_an_extraction_still_saves_its_programmes(
        store_url: str) -> None:
    with migrated_factory(store_url) as factory, factory() as session:
        story = cooperation_stories()[0]
        article = story.article()
        save_extraction(session, article, story.extraction(article))
        found = counts(session)
    assert (found["programme_links"], found["trips"], found["projects"]) == (2, 0, 0)


def test_the_story_goes_with_its_document(session: Session) -> None:
    session.execute(delete(DocumentRow))
    session.commit()
    assert set(counts(session).values()) == {0}


def test_programmes_most_members_first(session: Session) -> None:
    page = list_programmes(session)
    assert [(p.name, p.members, p.partnerships, p.links, p.documents)
            for p in page.items] == [("URBACT", 3, 2, 2, 1), ("Eurocities", 2, 1, 1, 1)]


def test_programmes_by_a_members_country_or_entity(session: Session) -> None:
    italian = list_programmes(session, ProgrammeFilters(country="IT"))
    assert [p.name for p in italian.items] == ["Eurocities"]
    assert italian.total == 1
    assert [p.name for p in list_programmes(session, ProgrammeFilters(member=HUE.id)).items] \
        == ["URBACT"]
    facets = programme_facets(session)
    assert {(c.value, c.count) for c in facets["country"]} == {("FR", 1), ("VN", 2),
                                                               ("IT", 1)}


def test_a_programme_with_members_pairings_and_activities(session: Session) -> None:
    detail = get_programme(session, "org:urbact")
    assert [(m.party.name, m.party.country, m.links) for m in detail.members] == [
        ("Hue", "VN", 2), ("Blois", "FR", 1), ("Tours", "FR", 1)]
    assert {p.partnership.id for p in detail.pairings} == {
        partnership_id(["Blois", "Hue"]), partnership_id(["Hue", "Tours"])}
    assert [(item.record.link.parties, item.direct, item.mention_text)
            for item in detail.links] == [
        (("Blois", "Hue"), True, "URBACT"), (("Hue", "Tours"), False, "URBACT")]
    [year] = detail.activities
    assert year.year == 2023
    assert {(c.value, c.count) for c in year.links} == {("agreement", 1), ("cooperation", 1)}
    assert {(c.value, c.count) for c in year.events} == {("visit", 1), ("meeting", 1)}
    assert [e.evidence_text for e in detail.events] == [(VISIT,), (MEETING,)]


def test_a_rejected_link_frames_nothing(session: Session) -> None:
    blois_hue = get_programme(session, "org:urbact").links[0].record
    add_user(session, "ada", "correct horse")
    judge_link(session, "ada", blois_hue.document_id, blois_hue.position, "reject")
    detail = get_programme(session, "org:urbact")
    assert [item.record.link.parties for item in detail.links] == [("Hue", "Tours")]
    assert [(m.party.name, m.links) for m in detail.members] == [("Hue", 1), ("Tours", 1)]
    summary = list_programmes(session).items[0]
    assert (summary.members, summary.links) == (2, 1)


def test_an_organisation_that_is_no_programme_is_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError, match="no programme"):
        get_programme(session, "org:nothing")


def test_trips_with_their_parties_and_filters(session: Session) -> None:
    page = list_trips(session)
    assert [(t.start, [v.name for v in t.visitors], [h.name for h in t.hosts])
            for t in page.items] == [("2024-03", ["Turin"], ["Da Nang"]),
                                     ("2023-05-03", ["Hue"], ["Blois", "Tours"])]
    hue = page.items[1]
    assert (hue.end, hue.delegates, hue.leaders, hue.places, hue.stops) == (
        "2023-05-04", 9, (("Le Thi Lan", "Vice Chairwoman"),), ("Blois", "Tours"), 2)
    assert [t.visitors[0].name for t in list_trips(
        session, TripFilters(visitor_country="VN")).items] == ["Hue"]
    assert [t.visitors[0].name for t in list_trips(
        session, TripFilters(host_country="VN", year=2024)).items] == ["Turin"]
    assert list_trips(session, TripFilters(host_country="FR", year=2024)).total == 0
    facets = trip_facets(session, TripFilters(host_country="FR"))
    assert [(c.value, c.count) for c in facets["visitor_country"]] == [("VN", 1)]
    assert [(c.value, c.count) for c in facets["year"]] == [("2023", 1)]


def test_a_trip_day_by_day_with_its_evidence(session: Session) -> None:
    trip_id = list_trips(session, TripFilters(visitor_country="VN")).items[0].id
    detail = get_trip(session, trip_id)
    assert [(day.date, [(s.type, s.place, s.topics, s.evidence_text) for s in day.stops])
            for day in detail.days] == [
        ("2023-05-03", [("visit", "Blois", (), VISIT)]),
        ("2023-05-04", [("meeting", "Tours", ("tourism",), MEETING)])]
    first = detail.days[0].stops[0]
    assert (first.place_id, first.lat, first.lon, first.hosts) == (
        BLOIS.id, BLOIS.lat, BLOIS.lon, ("Blois",))
    with pytest.raises(NotFoundError, match="no trip"):
        get_trip(session, "trip:nothing")


def test_projects_with_status_sectors_places_and_evidence(session: Session) -> None:
    page = list_projects(session)
    assert [(p.status, p.sectors, [place.name for place in p.places]) for p in page.items] \
        == [("launched", ("transport",), ["Da Nang"]),
            ("proposed", ("waste_circular",), ["Hue"])]
    assert page.items[1].evidence_text == PILOT
    assert page.items[0].places[0].entity_id == DA_NANG.id
    for chosen, expected in [(ProjectFilters(status="proposed"), ["Hue"]),
                             (ProjectFilters(sector="transport"), ["Da Nang"]),
                             (ProjectFilters(place=HUE.id), ["Hue"]),
                             (ProjectFilters(year=2024), ["Da Nang"]),
                             (ProjectFilters(year=2024, status="proposed"), [])]:
        found = list_projects(session, chosen)
        assert [p.places[0].name for p in found.items] == expected, chosen
    facets = project_facets(session, ProjectFilters(status="launched"))
    assert {name: [(c.value, c.count) for c in values] for name, values in facets.items()} \
        == {"status": [("launched", 1)], "sector": [("transport", 1)],
            "place": [(DA_NANG.id, 1)], "party": [(TURIN.id, 1)], "year": [("2024", 1)]}


def test_projects_with_their_parties(session: Session) -> None:
    hue, turin = list_projects(session, ProjectFilters(year=2023)).items + list_projects(
        session, ProjectFilters(year=2024)).items
    assert [(p.party.name, p.party.entity_kind, p.party.entity_id, p.party.country, p.role)
            for p in hue.parties] == [("URBACT", "organization", "org:urbact", None, "named"),
                                      ("Hue", "place", HUE.id, "VN", "visitor")]
    assert [(p.party.name, p.role) for p in turin.parties] == [("Turin", "visitor")]
    for party, expected in [("org:urbact", ["Hue"]), (HUE.id, ["Hue"]),
                            (TURIN.id, ["Da Nang"]), ("org:nothing", [])]:
        found = list_projects(session, ProjectFilters(party=party))
        assert [p.places[0].name for p in found.items] == expected, party
    facets = project_facets(session)
    assert {(c.value, c.count) for c in facets["party"]} == {
        ("org:urbact", 1), (HUE.id, 1), (TURIN.id, 1)}


def test_lists_come_in_pages(session: Session) -> None:
    first = list_projects(session, limit=1)
    assert (first.total, first.next_offset) == (2, 1)
    assert list_trips(session, offset=1, limit=1).items[0].visitors[0].name == "Hue"
    assert list_programmes(session, offset=1, limit=5).items[0].name == "Eurocities"


def test_0003_downgrades_with_stored_stories_and_upgrades_again(store_url: str) -> None:
    with migrated_factory(store_url) as factory:
        save_stories(factory)
    engine: Engine = make_engine(store_url)
    try:
        downgrade_database(engine, "0002")
        assert current_revision(engine) == "0002"
        tables = set(inspect(engine).get_table_names())
        assert not tables & {table.__tablename__ for table in STORY_TABLES}
        with engine.connect() as connection:
            documents = Base.metadata.tables["documents"]
            assert connection.scalar(select(func.count()).select_from(documents)) == 2
        upgrade_database(engine)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_0004_downgrades_with_stored_stories_and_upgrades_again(store_url: str) -> None:
    with migrated_factory(store_url) as factory:
        save_stories(factory)
    engine: Engine = make_engine(store_url)
    try:
        downgrade_database(engine, "0003")
        assert current_revision(engine) == "0003"
        tables = set(inspect(engine).get_table_names())
        assert not tables & TABLES_0004
        with engine.connect() as connection:
            trips = Base.metadata.tables["trip_stops"]
            assert connection.scalar(select(func.count()).select_from(trips)) == 3
        upgrade_database(engine, "0004")
        assert current_revision(engine) == "0004"
        factory = sessionmaker(engine)
        with factory() as session:  # the stories stored before 0004 read back, bare
            assert all(p.parties == () for p in list_projects(session).items)
            assert [len(t.stops) for t in (get_trip(session, t.id)
                                           for t in list_trips(session).items)] == [1, 2]
    finally:
        engine.dispose()
