"""Six short news items written for these tests, and the extraction each one stands for.

Shared by the store and web tests of partnerships, search and the lists. The stories:

- Da Lat and Annecy: a proposal (2016), a memorandum (2018), twin towns (2021);
- Hanoi and Turin: one story (2023) and its reprint on another site a day later;
- Ho Chi Minh City, written "HCM City", and Turin: a proposal (2024).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import PostgresCluster

from citypact.ingest.read import article_from_text
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
    Span,
)

DA_LAT = Place("geonames:1584071", "Da Lat", "city", "VN", "Lam Dong", 11.9465, 108.4419)
ANNECY = Place("geonames:3037543", "Annecy", "city", "FR", "Auvergne-Rhône-Alpes")
LAM_DONG = Place("iso3166:VN-35", "Lam Dong", "region", "VN")
HANOI = Place("geonames:1581130", "Hanoi", "city", "VN")
TURIN = Place("geonames:3165524", "Turin", "city", "IT", "Piedmont")
HCMC = Place("geonames:1566083", "Ho Chi Minh City", "city", "VN")

TODAY = "2025-06-01"
"""The day statuses are judged on; with ``DORMANT_AFTER_YEARS`` Da Lat - Annecy is dormant."""
DORMANT_AFTER_YEARS = 3

HANOI_TURIN = ("Hanoi and Turin agreed to cooperate on metro maintenance and heritage "
               "restoration when a delegation from the Vietnamese capital visited the "
               "Piedmont city this week. Engineers from both cities will meet again in the "
               "autumn to draw up a joint training plan, officials said.")


@dataclass(frozen=True)
class Told:
    """A link or an event of a story: what it says, and the sentence that says it."""

    sentence: str
    parties: tuple[str, ...]
    kind: str
    date: str | None = None
    sectors: tuple[str, ...] = ()
    place: str | None = None


def span_of(text: str, words: str) -> Span:
    """Where ``words`` first stand in ``text``."""
    start = text.index(words)
    return start, start + len(words)


def spans_of(text: str, words: str) -> tuple[Span, ...]:
    """Everywhere ``words`` stand in ``text``."""
    found, start = [], text.find(words)
    while start >= 0:
        found.append((start, start + len(words)))
        start = text.find(words, start + 1)
    return tuple(found)


@dataclass(frozen=True)
class WrittenStory:
    """A news item written for the tests: its file, header and text."""

    file: str
    title: str
    published: str
    text: str

    def source(self) -> str:
        """The file as it is ingested: a header, then the text."""
        return f"title: {self.title}\ndate: {self.published}\n\n{self.text}\n"

    def article(self) -> Article:
        return article_from_text(self.source(), path=self.file)

    def span(self, words: str) -> Span:
        return span_of(self.text, words)

    def spans(self, words: str) -> tuple[Span, ...]:
        return spans_of(self.text, words)


def write_sources(folder: Path, chosen: Sequence[WrittenStory]) -> list[Path]:
    """Write stories as source files into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for story in chosen:
        path = folder / story.file
        path.write_text(story.source(), encoding="utf-8")
        paths.append(path)
    return paths


@dataclass(frozen=True)
class Story(WrittenStory):
    places: tuple[tuple[Place, tuple[str, ...]], ...]
    """Each place and the spellings the text uses for it."""
    links: tuple[Told, ...]
    events: tuple[Told, ...] = ()
    organizations: tuple[tuple[Organization, str], ...] = ()
    people: tuple[tuple[Person, str], ...] = ()

    def extraction(self, article: Article) -> Extraction:
        return Extraction(
            document=DocumentInfo.of(article),
            places=tuple(with_mentions(p, [s for w in words for s in self.spans(w)])
                         for p, words in self.places),
            organizations=tuple(Organization(o.id, o.name, o.country, o.type,
                                             (self.span(w),), o.aliases)
                                for o, w in self.organizations),
            people=tuple(Person(h.name, h.role, h.affiliation, (self.span(w),))
                         for h, w in self.people),
            links=tuple(Link(t.parties, _kind(t.kind), t.date, t.sectors, 0.8,
                             (self.span(t.sentence),), (t.sentence,)) for t in self.links),
            events=tuple(Event(_event_type(t.kind), t.date, t.place, t.parties,
                               (self.span(t.sentence),)) for t in self.events),
        )


def _kind(kind: str) -> LinkKind:
    assert kind in ("twinning", "agreement", "cooperation", "proposal")
    return kind  # type: ignore[return-value]


def _event_type(kind: str) -> EventType:
    return kind  # type: ignore[return-value]


def with_mentions(place: Place, spans: Sequence[Span]) -> Place:
    return Place(place.id, place.name, place.kind, place.country, place.admin1, place.lat,
                 place.lon, tuple(sorted(spans)))


_MOU = "Da Lat and Annecy signed a memorandum of understanding on vocational training."
_TWINS = "Da Lat and Annecy became twin towns in September 2021 at a ceremony held online."


def stories() -> list[Story]:
    return [
        Story("dalat-annecy-2016.txt", "Da Lat eyes Annecy", "2016-03-10",
              "Da Lat wants to twin with Annecy, the mayor told a tourism fair on Thursday. "
              "Officials said lakes and flowers could bring the two towns together.",
              ((DA_LAT, ("Da Lat",)), (ANNECY, ("Annecy",))),
              (Told("Da Lat wants to twin with Annecy, the mayor told a tourism fair on "
                    "Thursday.", ("Da Lat", "Annecy"), "proposal", None, ("tourism",)),)),
        Story("dalat-annecy-2018.txt", "A memorandum for Đà Lạt", "2018-06-02",
              f"{_MOU} Nguyễn Thị Mai, vice-chair of Lâm Đồng, led the delegation of "
              "Đà Lạt University in Annecy.",
              ((DA_LAT, ("Da Lat", "Đà Lạt")), (ANNECY, ("Annecy",)),
               (LAM_DONG, ("Lâm Đồng",))),
              (Told(_MOU, ("Da Lat", "Annecy"), "agreement", "2018-06-02",
                    ("education_research",)),),
              (Told(_MOU, ("Da Lat", "Annecy"), "signing", "2018-06-02", place="Annecy"),),
              organizations=((Organization("org:dalat-university", "Dalat University", "VN",
                                           "university"), "Đà Lạt University"),),
              people=((Person("Nguyễn Thị Mai", "vice-chair", "Lam Dong"), "Nguyễn Thị Mai"),)),
        Story("dalat-annecy-2021.txt", "Twin towns at last", "2021-09-20",
              f"{_TWINS} The charter covers tourism and urban planning.",
              ((DA_LAT, ("Da Lat",)), (ANNECY, ("Annecy",))),
              (Told(_TWINS, ("Da Lat", "Annecy"), "twinning", "2021-09",
                    ("tourism", "urban_planning")),)),
        Story("hanoi-turin-courier.txt", "Hanoi and Turin team up", "2023-04-11", HANOI_TURIN,
              ((HANOI, ("Hanoi",)), (TURIN, ("Turin",))),
              (Told(HANOI_TURIN.split(". ")[0] + ".", ("Hanoi", "Turin"), "cooperation",
                    "2023-04", ("transport", "culture_heritage")),),
              (Told(HANOI_TURIN.split(". ")[0] + ".", ("Hanoi", "Turin"), "visit", "2023-04",
                    place="Turin"),)),
        Story("hanoi-turin-reprint.txt", "Hanoi, Turin to cooperate", "2023-04-12",
              "Via the Turin Courier. " + HANOI_TURIN,
              ((HANOI, ("Hanoi",)), (TURIN, ("Turin",))),
              (Told(HANOI_TURIN.split(". ")[0] + ".", ("Hanoi", "Turin"), "cooperation",
                    "2023-04", ("transport", "culture_heritage")),),
              (Told(HANOI_TURIN.split(". ")[0] + ".", ("Hanoi", "Turin"), "visit", "2023-04",
                    place="Turin"),)),
        Story("hcmc-turin-2024.txt", "Sister cities ahead?", "2024-01-05",
              "HCM City and Turin will study a sister-city agreement, the Turin council said.",
              ((HCMC, ("HCM City",)), (TURIN, ("Turin",))),
              (Told("HCM City and Turin will study a sister-city agreement, the Turin council "
                    "said.", ("Ho Chi Minh City", "Turin"), "proposal"),)),
    ]


@dataclass
class StoryExtractor:
    """Stands in for the pipeline: the extraction of whichever story the article tells."""

    seen: list[str] = field(default_factory=list)

    def extract(self, article: Article) -> Extraction:
        self.seen.append(article.id)
        (story,) = [s for s in stories() if s.text == article.text]
        return story.extraction(article)


def write_stories(folder: Path, chosen: list[Story] | None = None) -> list[Path]:
    """Write the stories (all by default) as source files into ``folder``."""
    return write_sources(folder, stories() if chosen is None else chosen)


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
"""Parameters of a module-scoped database fixture, as conftest's ``store_url`` has them."""


def module_store_url(request: pytest.FixtureRequest, folder: Path) -> str:
    """An empty database for a module whose tests only read: conftest's ``store_url``,
    made once per module (filling the stories takes most of a test's time)."""
    if request.param == "sqlite":
        return f"sqlite:///{folder / 'citypact.db'}"
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.create_database()
