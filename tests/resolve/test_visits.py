"""Trips and pilot projects, on a story we wrote and on the first seed article."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from citypact.extract.linking.lexicons import SECTOR_LABELS as SECTORS
from citypact.extract.linking.lexicons import load_language
from citypact.extract.pipeline import Doc
from citypact.ingest.read import read_article
from citypact.model import Article, Event, Organization, Person, Place
from citypact.resolve.visits import Stop, Trip, build_projects, build_trips

STORY = ("A 12-member delegation from Hue visited Blois on 3 May 2023.\n"
         "Day 2: 4 May 2023 – Tours\n"
         "Meeting with the mayor of Tours on heritage.\n"
         "Pilot projects on waste recycling in Hue were proposed by Belvedere Consortium and "
         "Lotus Holding Company.\n"
         "A joint project on river tourism was launched in Blois.")


def place(name: str, kind: str, country: str, text: str) -> Place:
    starts = [i for i in range(len(text)) if text.startswith(name, i)]
    return Place(f"test:{name}", name, kind, country,  # type: ignore[arg-type]
                 mentions=tuple((i, i + len(name)) for i in starts))


def story_doc() -> Doc:
    from citypact.extract.components.dates import DatesComponent
    from citypact.extract.components.sentences import SentencesComponent

    article = Article(id="story", text=STORY, language="en", published="2023-05-10")
    doc = DatesComponent()(SentencesComponent()(Doc(article=article, language="en",
                                                    published="2023-05-10")))
    lines = STORY.split("\n")
    first = (0, len(lines[0]))
    third = (STORY.index(lines[2]), STORY.index(lines[2]) + len(lines[2]))
    places = (place("Hue", "city", "VN", STORY), place("Blois", "city", "FR", STORY),
              place("Tours", "city", "FR", STORY))
    events = (Event("visit", "2023-05-03", "Blois", ("Hue", "Blois"), (first,)),
              Event("meeting", "2023-05-04", None, ("Hue", "Tours"), (third,)))
    people = (Person("Nguyen Van A", "Chairman", "Hue"),)
    organizations = tuple(organization(name, country) for name, country in (
        ("Lotus Holding Company", "VN"), ("Belvedere Consortium", "FR")))
    return dataclasses.replace(doc, places=places, events=events, people=people,
                               organizations=organizations)


def organization(name: str, country: str) -> Organization:
    start = STORY.index(name)
    return Organization(f"org:{name}", name, country, None, ((start, start + len(name)),))


def test_a_trip_with_its_dates_leaders_size_and_stops() -> None:
    [trip] = build_trips(story_doc())
    assert trip.visitors == ("Hue",)
    assert (trip.start, trip.end) == ("2023-05-03", "2023-05-04")
    assert trip.leaders == (("Nguyen Van A", "Chairman"),)
    assert trip.delegates == 12
    assert [(s.type, s.date, s.place, s.hosts) for s in trip.stops] == [
        ("visit", "2023-05-03", "Blois", ("Blois",)),
        ("meeting", "2023-05-04", "Tours", ("Tours",))]


def test_a_stops_topics_are_the_sectors_its_sentence_names() -> None:
    [trip] = build_trips(story_doc(), load_language("en"))
    assert [s.topics for s in trip.stops] == [(), ("culture_heritage",)]


def test_pilot_projects_with_their_status_and_sectors() -> None:
    projects = build_projects(story_doc(), load_language("en"))
    assert [(p.status, p.sectors, p.places) for p in projects] == [
        ("proposed", ("waste_circular",), ("Hue",)),
        ("launched", ("tourism",), ("Blois",))]


def test_a_projects_parties_are_the_organisations_named_then_the_delegation() -> None:
    projects = build_projects(story_doc(), load_language("en"))
    assert [(p.parties, p.delegation) for p in projects] == [
        (("Belvedere Consortium", "Lotus Holding Company", "Hue"), ("Hue",)),
        (("Hue",), ("Hue",))]


def test_a_project_told_before_a_trip_starts_has_no_delegation() -> None:
    doc = story_doc()
    later = Stop("visit", None, "Tours", ("Tours",), (len(STORY), len(STORY)))
    trip = Trip(("Tours",), ("Blois",), None, None, (), None, (later,))
    for trips in ((), (trip,)):
        projects = build_projects(doc, load_language("en"), trips)
        assert [p.parties for p in projects] == [
            ("Belvedere Consortium", "Lotus Holding Company"), ()]
        assert all(p.delegation == () for p in projects)


def test_no_visit_no_trip() -> None:
    doc = dataclasses.replace(story_doc(), events=())
    assert build_trips(doc) == ()


@pytest.fixture(scope="module")
def seed_doc(corpus_dir: Path, pipeline: Any) -> Doc:
    seed = sorted((corpus_dir / "seeds").glob("000_*.txt"))[0]
    return pipeline.run(read_article(seed))  # type: ignore[no-any-return]


def test_the_first_seed_study_visit(seed_doc: Doc) -> None:
    [trip] = [t for t in build_trips(seed_doc) if "Da Lat" in t.visitors]
    assert {"Ha Tinh", "Da Lat"} <= set(trip.visitors)
    assert (trip.start, trip.end) == ("2022-10-10", "2022-10-14")
    assert {role for _, role in trip.leaders} >= {"Chairman", "Vice Chairman"}
    assert trip.delegates == 14
    days = {s.date: s.place for s in trip.stops if s.date}
    assert set(days) == {f"2022-10-{day}" for day in range(10, 15)}
    assert all(days.values())
    assert {"Rome", "Colleferro", "Latina", "Stuttgart"} <= {s.place for s in trip.stops}
    assert any(s.topics for s in trip.stops)
    assert all(set(s.topics) <= SECTORS for s in trip.stops)


def test_the_first_seed_mous_and_their_areas(seed_doc: Doc) -> None:
    signed = {frozenset(link.parties): set(link.sectors) for link in seed_doc.links
              if link.kind == "agreement"}
    areas = {"energy", "urban_planning", "smart_city_digital", "tourism", "culture_heritage"}
    assert areas <= signed[frozenset({"Colleferro", "Da Lat"})]
    assert areas <= signed[frozenset({"Cethegus Consortium", "Vietnam"})]


def test_the_first_seed_pilot_project_ideas(seed_doc: Doc) -> None:
    projects = build_projects(seed_doc)
    assert len(projects) >= 4
    assert all(p.status == "proposed" for p in projects)
    assert any("waste_circular" in p.sectors and "Vietnam" in p.places for p in projects)
    assert any(p.parties for p in projects)
    [trip] = [t for t in build_trips(seed_doc) if "Da Lat" in t.visitors]
    assert any(set(trip.visitors) <= set(p.parties) for p in projects)
