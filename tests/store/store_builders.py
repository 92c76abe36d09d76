"""Hand-made articles and extractions for the store tests (text written here, not corpus)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session, sessionmaker

from citypact.ingest.read import document_id
from citypact.model import (
    Article,
    DocumentInfo,
    Event,
    Extraction,
    Link,
    Organization,
    Person,
    Place,
)
from citypact.store import make_engine, make_session_factory, upgrade_database

FLORENCE = Place("geonames:3176959", "Florence", "city", "IT", "Tuscany", 43.7792, 11.2463)
HANOI = Place("geonames:1581130", "Hanoi", "city", "VN", "Hanoi", 21.0245, 105.8412)
TUSCANY = Place("iso3166:IT-52", "Tuscany", "region", "IT")


def article(text: str, **fields: str) -> Article:
    """An article whose id is the hash of its text, as the reader makes it."""
    return Article(id=document_id(text), text=text, **fields)


def mentioned(place: Place, text: str) -> Place:
    """The place with a mention at each occurrence of its name in ``text``."""
    spans, start = [], text.find(place.name)
    while start >= 0:
        spans.append((start, start + len(place.name)))
        start = text.find(place.name, start + 1)
    return Place(place.id, place.name, place.kind, place.country, place.admin1, place.lat,
                 place.lon, tuple(spans))


def twinning_document(city: Place = FLORENCE, partner: Place = HANOI,
                      year: str = "2023") -> tuple[Article, Extraction]:
    """A short made-up news item: two cities sign a twinning agreement."""
    sentence = f"{city.name} and {partner.name} signed a twinning agreement in {year}."
    text = f"{sentence}\nThe mayor, Anna Rossi, welcomed the Acme Group delegation."
    doc = article(text, path=f"{city.name.lower()}-{partner.name.lower()}.txt",
                  title=f"{city.name} twins with {partner.name}", language="en",
                  published=f"{year}-05-02")
    acme = text.index("Acme Group")
    rossi = text.index("Anna Rossi")
    extraction = Extraction(
        document=DocumentInfo.of(doc),
        places=(mentioned(city, text), mentioned(partner, text)),
        organizations=(Organization("org:acme-group", "Acme Group", "IT", "company",
                                    ((acme, acme + 10),), ("Acme",)),),
        people=(Person("Anna Rossi", "mayor", city.name, ((rossi, rossi + 10),)),),
        links=(Link((city.name, partner.name), "twinning", year, ("culture_heritage",), 0.9,
                    ((0, len(sentence)),), (sentence,)),),
        events=(Event("signing", year, city.name, (city.name, partner.name),
                      ((0, len(sentence)),)),),
    )
    return doc, extraction


@contextmanager
def migrated_factory(url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on a database migrated to head; the engine is disposed on exit."""
    engine = make_engine(url)
    try:
        upgrade_database(engine)
        yield make_session_factory(engine)
    finally:
        engine.dispose()
