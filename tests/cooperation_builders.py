"""Two short news items written for these tests: programmes, trips and pilot projects.

- URBACT frames Blois - Hue (named in the sentence) and Hue - Tours (the story's
  opening names it): a delegation of 9 from Hue visits Blois, then Tours the next day
  (a meeting on river tourism), and proposes a pilot project on waste sorting in Hue
  with URBACT (2023).
- Eurocities frames Turin - Da Nang: a delegation from Turin visits Da Nang, where a
  joint project on electric buses is launched (2024).

Shared by the store, web and ingest tests. The extraction and the story facts are
written by hand (no gazetteer, no pipeline); memberships come from the resolver.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from story_builders import WrittenStory, span_of, with_mentions, write_sources

from citypact.model import (
    Article,
    DocumentInfo,
    Event,
    EventType,
    Extraction,
    Link,
    LinkKind,
    Organization,
    Person,
    Place,
)
from citypact.resolve.story import Reading, StoryFacts, facts_of_extraction
from citypact.resolve.visits import PilotProject, Stop, Trip

BLOIS = Place("geonames:3032213", "Blois", "city", "FR", "Centre-Val de Loire", 47.59, 1.33)
HUE = Place("geonames:1580240", "Hue", "city", "VN", "Thua Thien Hue", 16.46, 107.59)
TOURS = Place("geonames:2972191", "Tours", "city", "FR", "Centre-Val de Loire", 47.39, 0.69)
TURIN = Place("geonames:3165524", "Turin", "city", "IT", "Piedmont", 45.07, 7.69)
DA_NANG = Place("geonames:1583992", "Da Nang", "city", "VN", None, 16.07, 108.22)
URBACT = Organization("org:urbact", "URBACT", None, "programme")
EUROCITIES = Organization("org:eurocities", "Eurocities", None, "programme")

BLOIS_HUE = ("Within the URBACT programme, Blois and Hue signed a memorandum on heritage "
             "restoration.")
VISIT = "A 9-member delegation from Hue, led by Vice Chairwoman Le Thi Lan, visited Blois."
HEADING = "Day 2: 4 May 2023 – Tours"
MEETING = "Meeting with the mayor of Tours on river tourism."
PILOT = "Pilot projects on waste sorting in Hue were proposed with URBACT."
URBACT_TEXT = "\n".join([f"{BLOIS_HUE} {VISIT}", HEADING, MEETING, PILOT])

TURIN_DA_NANG = ("Eurocities brought Turin and Da Nang together when a delegation from Turin "
                 "visited Da Nang in March 2024.")
BUSES = "A joint project on electric buses was launched in Da Nang."
EUROCITIES_TEXT = f"{TURIN_DA_NANG} {BUSES}"


@dataclass(frozen=True)
class CooperationStory(WrittenStory):
    places: tuple[Place, ...]
    programme: Organization
    links: tuple[tuple[str, tuple[str, str], LinkKind, str], ...]
    """``(sentence, parties, kind, date)``."""
    events: tuple[tuple[str, tuple[str, str], EventType, str, str], ...]
    """``(sentence, parties, type, date, place)``."""
    trip: Trip
    projects: tuple[PilotProject, ...]
    leader: Person | None = None

    def extraction(self, article: Article) -> Extraction:
        people = () if self.leader is None else (Person(
            self.leader.name, self.leader.role, self.leader.affiliation,
            (self.span(self.leader.name),)),)
        return Extraction(
            document=DocumentInfo.of(article),
            places=tuple(with_mentions(p, self.spans(p.name)) for p in self.places),
            organizations=(Organization(self.programme.id, self.programme.name, None,
                                        "programme", (self.span(self.programme.name),)),),
            people=people,
            links=tuple(Link(parties, kind, date, (), 0.8, (self.span(s),), (s,))
                        for s, parties, kind, date in self.links),
            events=tuple(Event(kind, date, place, parties, (self.span(s),))
                         for s, parties, kind, date, place in self.events))

    def facts(self, extraction: Extraction) -> StoryFacts:
        """The memberships the resolver finds, with the trip and projects written here."""
        return StoryFacts(facts_of_extraction(extraction).memberships, (self.trip,),
                          self.projects)

    def reading(self, article: Article) -> Reading:
        extraction = self.extraction(article)
        return Reading(extraction, self.facts(extraction))


def cooperation_stories() -> list[CooperationStory]:
    return [
        CooperationStory(
            "urbact-blois-hue.txt", "Hue delegation in the Loire valley", "2023-05-08",
            URBACT_TEXT, (BLOIS, HUE, TOURS), URBACT,
            links=((BLOIS_HUE, ("Blois", "Hue"), "agreement", "2023-05"),
                   (MEETING, ("Hue", "Tours"), "cooperation", "2023-05-04")),
            events=((VISIT, ("Hue", "Blois"), "visit", "2023-05-03", "Blois"),
                    (MEETING, ("Hue", "Tours"), "meeting", "2023-05-04", "Tours")),
            trip=Trip(("Hue",), ("Blois", "Tours"), "2023-05-03", "2023-05-04",
                      (("Le Thi Lan", "Vice Chairwoman"),), 9, (
                          Stop("visit", "2023-05-03", "Blois", ("Blois",),
                               span_of(URBACT_TEXT, VISIT)),
                          Stop("meeting", "2023-05-04", "Tours", ("Tours",),
                               span_of(URBACT_TEXT, MEETING), ("tourism",)))),
            projects=(PilotProject("proposed", ("waste_circular",), ("Hue",),
                                   span_of(URBACT_TEXT, PILOT), ("URBACT", "Hue"), ("Hue",)),),
            leader=Person("Le Thi Lan", "Vice Chairwoman", "Hue")),
        CooperationStory(
            "eurocities-turin-da-nang.txt", "Turin in Da Nang", "2024-03-20",
            EUROCITIES_TEXT, (TURIN, DA_NANG), EUROCITIES,
            links=((TURIN_DA_NANG, ("Turin", "Da Nang"), "cooperation", "2024-03"),),
            events=((TURIN_DA_NANG, ("Turin", "Da Nang"), "visit", "2024-03", "Da Nang"),),
            trip=Trip(("Turin",), ("Da Nang",), "2024-03", "2024-03", (), None, (
                Stop("visit", "2024-03", "Da Nang", ("Da Nang",),
                     span_of(EUROCITIES_TEXT, TURIN_DA_NANG)),)),
            projects=(PilotProject("launched", ("transport",), ("Da Nang",),
                                   span_of(EUROCITIES_TEXT, BUSES), ("Turin",), ("Turin",)),)),
    ]


class CooperationReader:
    """Stands in for ``process.read_document``: the reading of whichever story it is."""

    def read(self, article: Article) -> Reading:
        (story,) = [s for s in cooperation_stories() if s.text == article.text]
        return story.reading(article)


def write_cooperation_stories(folder: Path) -> list[Path]:
    return write_sources(folder, cooperation_stories())
