"""Small builders for hand-made gold and extractions in the evaluation tests."""

from __future__ import annotations

import json
from pathlib import Path

from citypact.evaluation import Gold, GoldLink, GoldOrganization, GoldPerson, GoldPlace
from citypact.model import (
    DocumentInfo,
    Extraction,
    Link,
    LinkKind,
    Organization,
    Person,
    Place,
    PlaceKind,
)


def gold(*, places: tuple[GoldPlace, ...] = (),
         organizations: tuple[GoldOrganization, ...] = (),
         people: tuple[GoldPerson, ...] = (), links: tuple[GoldLink, ...] = (),
         language: str = "en", published: str | None = None) -> Gold:
    return Gold("doc", language, published, places, organizations, people, links)


def gplace(name: str, kind: PlaceKind = "city", *aliases: str,
           optional: bool = False) -> GoldPlace:
    return GoldPlace(name, kind, None, aliases, optional)


def gorg(name: str, *aliases: str, optional: bool = False) -> GoldOrganization:
    return GoldOrganization(name, None, aliases, optional)


def gperson(name: str, affiliation: str | None = None, *,
            optional: bool = False) -> GoldPerson:
    return GoldPerson(name, None, affiliation, optional)


def glink(*parties: str, kind: LinkKind = "cooperation", date: str | None = None,
          sectors: tuple[str, ...] = (), optional: bool = False) -> GoldLink:
    return GoldLink(parties, kind, date, sectors, None, optional)


def extraction(*, places: tuple[Place, ...] = (), organizations: tuple[Organization, ...] = (),
               people: tuple[Person, ...] = (), links: tuple[Link, ...] = (),
               language: str | None = "en", published: str | None = None) -> Extraction:
    document = DocumentInfo("id", None, None, None, language, published)
    return Extraction(document, places, organizations, people, links)


def place(name: str, kind: PlaceKind = "city") -> Place:
    return Place(f"test:{name}", name, kind, None)


def org(name: str, *aliases: str) -> Organization:
    return Organization(f"test:{name}", name, aliases=aliases)


def person(name: str, affiliation: str | None = None) -> Person:
    return Person(name, None, affiliation)


def link(*parties: str, kind: LinkKind = "cooperation", date: str | None = None,
         sectors: tuple[str, ...] = ()) -> Link:
    return Link(parties, kind, date, sectors)


def write_document(directory: Path, name: str, places: list[str]) -> None:
    """A made-up NAME.txt naming some cities, and its NAME.json gold."""
    (directory / f"{name}.txt").write_text(f"A made-up note naming {', '.join(places)}.\n",
                                           encoding="utf-8")
    data = {"language": "en", "published": None, "organizations": [], "people": [],
            "links": [], "places": [{"name": p, "kind": "city", "country": "VN", "aliases": []}
                                    for p in places]}
    (directory / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
