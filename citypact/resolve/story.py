"""What one story tells of a cooperation beyond its links: ``resolve_story``.

The programmes that frame its links (``programmes``), the delegations' trips and the
pilot projects (``visits``), gathered in one ``StoryFacts`` that the store saves with
the document. Memberships need only the extraction; trips and projects need the
pipeline's ``Doc`` (its sentences and dates), so they are resolved while the document
is read (``citypact.process.read_document``) and travel with its extraction as a
``Reading``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from citypact.extract.pipeline import Doc
from citypact.extract.transliteration import Transliteration
from citypact.model import Extraction
from citypact.resolve.programmes import Membership, programme_memberships
from citypact.resolve.visits import PilotProject, Trip, build_projects, build_trips


@dataclass(frozen=True, slots=True)
class StoryFacts:
    """The programme memberships, trips and pilot projects of one document."""

    memberships: tuple[Membership, ...] = ()
    trips: tuple[Trip, ...] = ()
    projects: tuple[PilotProject, ...] = ()


@dataclass(frozen=True, slots=True)
class Reading:
    """One document read: its extraction (the contract) and the facts of its story."""

    extraction: Extraction
    story: StoryFacts


def resolve_story(doc: Doc) -> StoryFacts:
    """Memberships, trips and pilot projects of a document the pipeline has run on."""
    trips = build_trips(doc)
    extraction = doc.to_extraction()
    facts = StoryFacts(programme_memberships(extraction), trips,
                       build_projects(doc, trips=trips))
    if doc.transliteration is None:
        return facts
    return _as_written(facts, doc, extraction, doc.transliteration)


def _as_written(facts: StoryFacts, doc: Doc, extraction: Extraction,
                reading: Transliteration) -> StoryFacts:
    """The trips and projects of a text read as its transliteration, onto the text as
    written: their spans mapped, the names of people and organisations as the extraction
    writes them (``Doc.to_extraction``)."""
    names = {old.name: new.name
             for old, new in zip(doc.organizations, extraction.organizations, strict=True)}
    names.update((old.name, new.name)
                 for old, new in zip(doc.people, extraction.people, strict=True))
    roles = {old.role: new.role for old, new in zip(doc.people, extraction.people, strict=True)
             if old.role is not None}

    def named(found: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(names.get(name, name) for name in found)

    trips = tuple(dataclasses.replace(
        trip, visitors=named(trip.visitors), hosts=named(trip.hosts),
        leaders=tuple((names.get(name, name), roles.get(role, role) if role else role)
                      for name, role in trip.leaders),
        stops=tuple(dataclasses.replace(stop, hosts=named(stop.hosts),
                                        evidence=reading.span(stop.evidence))
                    for stop in trip.stops)) for trip in facts.trips)
    projects = tuple(dataclasses.replace(
        project, evidence=reading.span(project.evidence), parties=named(project.parties),
        delegation=named(project.delegation)) for project in facts.projects)
    return StoryFacts(facts.memberships, trips, projects)


def facts_of_extraction(extraction: Extraction) -> StoryFacts:
    """What an extraction alone supports: its programme memberships (no trips, no projects)."""
    return StoryFacts(programme_memberships(extraction))
