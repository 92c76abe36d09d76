"""What one story tells of a cooperation beyond its links: ``resolve_story``.

The programmes that frame its links (``programmes``), the delegations' trips and the
pilot projects (``visits``), gathered in one ``StoryFacts`` that the store saves with
the document. Memberships need only the extraction; trips and projects need the
pipeline's ``Doc`` (its sentences and dates), so they are resolved while the document
is read (``citypact.process.read_document``) and travel with its extraction as a
``Reading``.
"""

from __future__ import annotations

from dataclasses import dataclass

from citypact.extract.pipeline import Doc
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
    return StoryFacts(programme_memberships(doc.to_extraction()), trips,
                      build_projects(doc, trips=trips))


def facts_of_extraction(extraction: Extraction) -> StoryFacts:
    """What an extraction alone supports: its programme memberships (no trips, no projects)."""
    return StoryFacts(programme_memberships(extraction))
