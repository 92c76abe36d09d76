"""The rows of what a story tells beyond its links: programme memberships, trips, projects.

``story_rows`` turns a document's ``StoryFacts`` into rows, naming each party, place
and programme by the entity of the document that bears its name. ``save_extraction``
adds them with the document, so they are written once, and go with it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping

from citypact.model import Extraction
from citypact.resolve.programmes import Membership, programmes_of
from citypact.resolve.story import StoryFacts
from citypact.resolve.visits import PilotProject, Trip
from citypact.store.dates import partial_year, split_partial_date, valid_partial_date
from citypact.store.tables import (
    Base,
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

EntityOf = Callable[[str], tuple[str | None, str | None]]
"""A name of the document -> ``(entity kind, entity id)`` of what bears it, else Nones."""


def fact_id(prefix: str, doc_id: str, position: int) -> str:
    """``<prefix>:<hash>``: the id of the ``position``-th trip or project of a document."""
    return f"{prefix}:" + hashlib.sha1(f"{doc_id}:{position}".encode()).hexdigest()[:16]


def story_rows(doc_id: str, published: str | None, extraction: Extraction,
               story: StoryFacts, entity_of: EntityOf) -> list[list[Base]]:
    """Every row of the story's facts, level by level: programme memberships, trips and
    projects; then their parties, stops, sectors and places; then the stops' topics. A
    row points only at rows of the levels before its own, so flushing the levels in
    order keeps every foreign key (the ORM orders inserts by relationships only)."""
    countries: dict[str, str | None] = {p.id: p.country for p in extraction.places}
    countries.update({o.id: o.country for o in extraction.organizations})
    year = partial_year(valid_partial_date(published))
    levels: list[list[Base]] = [list(_membership_rows(doc_id, extraction, story.memberships)),
                                [], []]
    for position, trip in enumerate(story.trips):
        for level, rows in zip(levels, _trip_rows(fact_id("trip", doc_id, position), doc_id,
                                                  position, trip, year, entity_of, countries),
                               strict=True):
            level += rows
    for position, project in enumerate(story.projects):
        project_row, *rows = _project_rows(fact_id("project", doc_id, position), doc_id,
                                           position, project, year, entity_of, countries)
        levels[0].append(project_row)
        levels[1] += rows
    return levels


def _membership_rows(doc_id: str, extraction: Extraction,
                     memberships: Iterable[Membership]) -> Iterable[ProgrammeLinkRow]:
    programme_ids = {o.name: o.id for o in programmes_of(extraction)}
    seen: set[tuple[int, str]] = set()
    for m in memberships:
        programme_id = programme_ids.get(m.programme)
        if programme_id is None or (m.link, programme_id) in seen:
            continue
        seen.add((m.link, programme_id))
        yield ProgrammeLinkRow(document_id=doc_id, link_position=m.link,
                               programme_id=programme_id, direct=m.direct,
                               evidence_start=m.evidence[0], evidence_end=m.evidence[1])


def _trip_rows(trip_id: str, doc_id: str, position: int, trip: Trip, published_year: int | None,
               entity_of: EntityOf, countries: Mapping[str, str | None],
               ) -> tuple[list[Base], list[Base], list[Base]]:
    """The trip's row; its parties and stops; its stops' topics."""
    start, start_precision = split_partial_date(trip.start)
    end, end_precision = split_partial_date(trip.end)
    trip_row = TripRow(
        id=trip_id, document_id=doc_id, position=position, start=start,
        start_precision=start_precision, end=end, end_precision=end_precision,
        year=start.year if start else published_year, delegates=trip.delegates,
        leaders=[{"name": name, "role": role} for name, role in trip.leaders])
    rows: list[Base] = []
    for role, names in (("visitor", trip.visitors), ("host", trip.hosts)):
        for index, name in enumerate(names):
            kind, entity_id = entity_of(name)
            rows.append(TripPartyRow(trip_id=trip_id, role=role, position=index, name=name,
                                     entity_kind=kind, entity_id=entity_id,
                                     country=countries.get(entity_id or "")))
    for index, stop in enumerate(trip.stops):
        date, precision = split_partial_date(stop.date)
        rows.append(TripStopRow(
            trip_id=trip_id, position=index, type=stop.type, date=date,
            date_precision=precision, place=stop.place,
            place_id=_place_id(entity_of, stop.place), hosts=list(stop.hosts),
            evidence_start=stop.evidence[0], evidence_end=stop.evidence[1]))
    topics: list[Base] = [
        TripStopTopicRow(trip_id=trip_id, stop_position=index, topic=topic)
        for index, stop in enumerate(trip.stops) for topic in dict.fromkeys(stop.topics)]
    return [trip_row], rows, topics


def _place_id(entity_of: EntityOf, name: str | None) -> str | None:
    if name is None:
        return None
    kind, entity_id = entity_of(name)
    return entity_id if kind == "place" else None


def _project_rows(project_id: str, doc_id: str, position: int, project: PilotProject,
                  year: int | None, entity_of: EntityOf,
                  countries: Mapping[str, str | None]) -> list[Base]:
    rows: list[Base] = [ProjectRow(
        id=project_id, document_id=doc_id, position=position, status=project.status,
        year=year, evidence_start=project.evidence[0], evidence_end=project.evidence[1])]
    rows += [ProjectSectorRow(project_id=project_id, sector=sector)
             for sector in dict.fromkeys(project.sectors)]
    for index, name in enumerate(project.places):
        place_id = _place_id(entity_of, name)
        rows.append(ProjectPlaceRow(project_id=project_id, position=index, name=name,
                                    place_id=place_id, country=countries.get(place_id or "")))
    for index, name in enumerate(project.parties):
        kind, entity_id = entity_of(name)
        rows.append(ProjectPartyRow(
            project_id=project_id, position=index, name=name,
            role="visitor" if name in project.delegation else "named", entity_kind=kind,
            entity_id=entity_id, country=countries.get(entity_id or "")))
    return rows
