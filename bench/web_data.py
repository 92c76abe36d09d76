"""A synthetic store for the web benchmark: 20,000 places, 100,000 links (seeded, repeatable).

Run: ``.venv/bin/python -m bench.web_data [PATH] [--places N] [--documents N] [--seed N]``
(default ``/tmp/citypact-web-bench.db``; the file is replaced once the new one is complete).
Never commit the output.

The schema comes from the real migrations and the rows go into the real tables
(``citypact.store.tables``), in bulk: ``save_extraction`` writes one document per
transaction, some 25,000 transactions here. Partnerships are then derived by the real
``rebuild_partnerships``, as after an ingest.

What it makes: places with names in several scripts' diacritics (Vĩnh Phúc-like), a
country and coordinates each; organisations (city halls, agencies, a few programmes);
documents of four links each between two places (sometimes a place and an
organisation), a few hundred places far more active than the rest (as capitals are),
one event, one person and sometimes a pilot project per document.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from citypact.settings import Settings
from citypact.store import make_engine, make_session_factory, rebuild_partnerships, upgrade_database
from citypact.store.tables import (
    DocumentOrganizationRow,
    DocumentPersonRow,
    DocumentPlaceRow,
    DocumentRow,
    EventRow,
    LinkPartyRow,
    LinkRow,
    LinkSectorRow,
    MentionRow,
    OrganizationRow,
    PersonRow,
    PlaceRow,
    ProgrammeLinkRow,
    ProjectPlaceRow,
    ProjectRow,
    ProjectSectorRow,
    SearchNameRow,
)
from citypact.textnorm import fold, slugify

DEFAULT_PATH = Path("/tmp/citypact-web-bench.db")
LINKS_PER_DOCUMENT = 4
CHUNK = 2000
"""Rows per bulk insert."""

PREFIXES = ("Vĩnh", "São", "Kraków", "Łódź", "Île", "Ząb", "Đà", "Hải", "Nürn", "Göte",
            "Zürich", "Sevilla", "Bắc", "Cần", "Thái", "Quảng", "Mỹ", "Bình", "Phú", "Hòa",
            "Aix", "Bourg", "Saint", "Santa", "Porto", "Castel", "Monte", "Villa", "Nova",
            "Ciudad", "Alt", "Neu", "Ober", "Unter", "Kam", "Yoko", "Naga", "Busan", "Jeju",
            "Ústí")
STEMS = ("phúc", "ninh", "bàng", "lộc", "thạnh", "ghen", "ère", "ça", "ño", "ózd", "ßen",
         "berg", "burg", "dorf", "hausen", "ville", "mont", "polis", "grad", "sk", "ovo",
         "ica", "ara", "ena", "ona", "ano", "ino", "ello", "ía", "ão", "ães", "ân", "yên",
         "giang", "sơn", "hưng", "lâm", "yama", "shima", "kawa")
SUFFIXES = ("", " Nord", " Sud", " del Mar", " an der Oder", " sur Mer", " Thượng", " Hạ",
            " la Vieja", " Nowy", " Stary", " do Sul", " de Baixo", " am See", " Östra",
            " Västra", " Çay", " Köy", " Minor", " Maior")
COUNTRIES = ("VN", "IT", "FR", "DE", "ES", "PT", "BR", "PL", "CZ", "SE", "CH", "JP", "KR",
             "CN", "US", "GB", "NL", "BE", "AT", "HU", "RO", "TR", "GR", "MX", "AR", "CL",
             "IN", "ID", "TH", "PH", "MA", "EG", "NG", "KE", "ZA", "CA", "AU", "NZ", "FI",
             "NO")
KINDS = ("twinning", "agreement", "cooperation", "proposal")
SECTORS = ("tourism", "education", "culture", "trade", "environment", "health", "transport",
           "water", "energy", "urban planning", "technology", "agriculture")
EVENT_TYPES = ("signing", "visit", "meeting", "forum")
ORG_TYPES = ("city government", "agency", "university", "chamber of commerce", "company")
PROGRAMMES = ("IURC", "URBACT", "Eurocities", "CityNet", "ICLEI")


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    name: str
    kind: str
    """``place`` or ``organization``."""
    country: str


@dataclass(slots=True)
class Rows:
    """Rows per table, inserted in the order of ``TABLES``."""

    by_table: dict[Any, list[dict[str, Any]]] = field(default_factory=dict)

    def add(self, table: Any, **row: Any) -> None:
        self.by_table.setdefault(table, []).append(row)


TABLES = (PlaceRow, OrganizationRow, PersonRow, DocumentRow, DocumentPlaceRow,
          DocumentOrganizationRow, DocumentPersonRow, MentionRow, LinkRow, EventRow,
          LinkPartyRow, LinkSectorRow, SearchNameRow, ProgrammeLinkRow, ProjectRow,
          ProjectSectorRow, ProjectPlaceRow)


def make_places(rng: random.Random, count: int) -> list[Entity]:
    """``count`` places with distinct names (prefix, stem, suffix), a country each."""
    names = [f"{p}{s}{x}" for x in SUFFIXES for p in PREFIXES for s in STEMS]
    if count > len(names):
        raise SystemExit(f"at most {len(names)} places")
    rng.shuffle(names)
    return [Entity(f"geonames:{1_000_000 + i}", name, "place", rng.choice(COUNTRIES))
            for i, name in enumerate(names[:count])]


def make_organizations(rng: random.Random, places: Sequence[Entity]) -> list[Entity]:
    """A city government per 20 places, and the programmes."""
    orgs = [Entity(f"org:{slugify(name)}", name, "organization", place.country)
            for place in places[::20] for name in [f"People's Committee of {place.name}"]]
    orgs += [Entity(f"org:{slugify(name)}", name, "organization", "")
             for name in PROGRAMMES]
    return orgs


def popular(rng: random.Random, items: Sequence[Entity]) -> Entity:
    """An item, the first ones far more often (a few places are in most stories)."""
    return items[int(len(items) * rng.random() ** 2.2)]


def add_entities(rows: Rows, rng: random.Random, places: Sequence[Entity],
                 orgs: Sequence[Entity]) -> None:
    for place in places:
        rows.add(PlaceRow, id=place.id, name=place.name, kind="city", country=place.country,
                 admin1=None, lat=round(rng.uniform(-60, 70), 4),
                 lon=round(rng.uniform(-180, 180), 4))
        rows.add(SearchNameRow, entity_kind="place", entity_id=place.id,
                 folded=fold(place.name), name=place.name)
    for org in orgs:
        org_type = "programme" if org.name in PROGRAMMES else rng.choice(ORG_TYPES)
        rows.add(OrganizationRow, id=org.id, name=org.name, country=org.country or None,
                 type=org_type)
        rows.add(SearchNameRow, entity_kind="organization", entity_id=org.id,
                 folded=fold(org.name), name=org.name)


def add_document(rows: Rows, rng: random.Random, number: int, places: Sequence[Entity],
                 orgs: Sequence[Entity], people: set[str]) -> None:
    """One document: four links (their sentences make the text), an event, a person."""
    pairs = []
    for _ in range(LINKS_PER_DOCUMENT):
        a = popular(rng, places)
        b = rng.choice(orgs[:-len(PROGRAMMES)]) if rng.random() < 0.1 else popular(rng, places)
        while b.id == a.id:
            b = popular(rng, places)
        pairs.append((a, b))
    year = rng.randint(2000, 2025)
    published = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    sentences, links = [], []
    offset = 0
    for a, b in pairs:
        kind, sectors = rng.choice(KINDS), rng.sample(SECTORS, rng.randint(0, 2))
        sentence = f"{a.name} and {b.name} agreed on {kind} in {', '.join(sectors) or 'trade'}."
        links.append((a, b, kind, sectors, (offset, offset + len(sentence)), sentence))
        sentences.append(sentence)
        offset += len(sentence) + 1
    text = " ".join(sentences)
    doc_id = hashlib.sha256(f"{number}:{text}".encode()).hexdigest()
    title = f"{pairs[0][0].name} and {pairs[0][1].name}: cooperation news {number}"
    rows.add(DocumentRow, id=doc_id, path=f"synthetic/{number}.txt", url=None, title=title,
             language="en", published=published, text=text,
             ingested_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), extractor_version="bench",
             extraction_format="citypact.extraction.v1")
    rows.add(SearchNameRow, entity_kind="document", entity_id=doc_id, folded=fold(title),
             name=title)
    add_links(rows, rng, doc_id, year, links)
    add_story(rows, rng, doc_id, year, text, links, people)


Linked = tuple[Entity, Entity, str, list[str], tuple[int, int], str]


def add_links(rows: Rows, rng: random.Random, doc_id: str, year: int,
              links: Sequence[Linked]) -> None:
    listed: dict[str, tuple[str, int]] = {}
    mention_count: dict[str, int] = {}
    for position, (a, b, kind, sectors, (start, end), sentence) in enumerate(links):
        day = dt.date(rng.randint(max(1990, year - 10), year), rng.randint(1, 12), 1)
        rows.add(LinkRow, document_id=doc_id, position=position, kind=kind,
                 date=day if rng.random() < 0.8 else None,
                 date_precision="month", sectors=sectors, confidence=0.8,
                 evidence=[[start, end]], evidence_text=[sentence])
        for party_position, entity in enumerate((a, b)):
            rows.add(LinkPartyRow, document_id=doc_id, link_position=position,
                     position=party_position, name=entity.name, entity_kind=entity.kind,
                     entity_id=entity.id)
            at = start if party_position == 0 else sentence.index(entity.name, len(a.name)) + start
            table = DocumentPlaceRow if entity.kind == "place" else DocumentOrganizationRow
            if entity.id not in listed:
                listed[entity.id] = (entity.kind, sum(1 for k, _ in listed.values()
                                                      if k == entity.kind))
                extra = {"place_id": entity.id} if entity.kind == "place" else {
                    "organization_id": entity.id, "aliases": []}
                rows.add(table, document_id=doc_id, position=listed[entity.id][1], **extra)
            mention = mention_count.get(entity.id, 0)
            mention_count[entity.id] = mention + 1
            rows.add(MentionRow, document_id=doc_id, entity_kind=entity.kind,
                     entity_position=listed[entity.id][1], position=mention,
                     entity_id=entity.id, start=at, end=at + len(entity.name))
        for sector in sectors:
            rows.add(LinkSectorRow, document_id=doc_id, link_position=position, sector=sector)
        if rng.random() < 0.05:
            rows.add(ProgrammeLinkRow, document_id=doc_id, link_position=position,
                     programme_id=f"org:{slugify(rng.choice(PROGRAMMES))}", direct=True,
                     evidence_start=start, evidence_end=end)


def add_story(rows: Rows, rng: random.Random, doc_id: str, year: int, text: str,
              links: Sequence[Linked], people: set[str]) -> None:
    """An event between the first link's parties, a person of its first party, a project."""
    a, b, _, sectors, (start, end), _ = links[0]
    rows.add(EventRow, document_id=doc_id, position=0, type=rng.choice(EVENT_TYPES),
             date=dt.date(year, 1, 1), date_precision="year", place=b.name,
             parties=[a.name, b.name], evidence=[[start, end]])
    name = f"Nguyễn Văn {rng.randint(1, 5000)}"
    person_id = f"person:{slugify(name)}"
    if person_id not in people:
        people.add(person_id)
        rows.add(PersonRow, id=person_id, name=name)
        rows.add(SearchNameRow, entity_kind="person", entity_id=person_id, folded=fold(name),
                 name=name)
    rows.add(DocumentPersonRow, document_id=doc_id, position=0, person_id=person_id,
             name=name, role="mayor", affiliation=a.name)
    if rng.random() < 0.1 and a.kind == "place":
        project_id = "project:" + hashlib.sha1(f"{doc_id}:0".encode()).hexdigest()[:16]
        rows.add(ProjectRow, id=project_id, document_id=doc_id, position=0,
                 status=rng.choice(("proposed", "launched", "completed")), year=year,
                 evidence_start=start, evidence_end=end)
        for sector in sectors:
            rows.add(ProjectSectorRow, project_id=project_id, sector=sector)
        rows.add(ProjectPlaceRow, project_id=project_id, position=0, name=a.name,
                 place_id=a.id, country=a.country)
    del text


def insert_rows(session: Session, rows: Rows) -> None:
    for table in TABLES:
        items = rows.by_table.get(table, [])
        for i in range(0, len(items), CHUNK):
            session.execute(insert(table), items[i:i + CHUNK])
    session.commit()


def chunks(count: int, size: int) -> Iterable[range]:
    return (range(i, min(i + size, count)) for i in range(0, count, size))


def generate(path: Path, *, places: int, documents: int, seed: int) -> None:
    """Write the synthetic store at ``path`` (replacing it) and rebuild partnerships.

    Written under another name and renamed once complete: ``make bench`` makes the store
    only when ``path`` is missing, so an interrupted run must leave none there.
    """
    partial = path.with_name(f"{path.name}.partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    _write_store(partial, places=places, documents=documents, seed=seed)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    partial.replace(path)


def _write_store(path: Path, *, places: int, documents: int, seed: int) -> None:
    rng = random.Random(seed)
    url = f"sqlite:///{path}"
    engine = make_engine(url)
    upgrade_database(engine)
    factory = make_session_factory(engine)
    start = time.perf_counter()
    place_list = make_places(rng, places)
    orgs = make_organizations(rng, place_list)
    people: set[str] = set()
    with factory() as session:
        rows = Rows()
        add_entities(rows, rng, place_list, orgs)
        insert_rows(session, rows)
        for numbers in chunks(documents, 2500):
            rows = Rows()
            for number in numbers:
                add_document(rows, rng, number, place_list, orgs, people)
            insert_rows(session, rows)
        written = time.perf_counter() - start
        print(f"rows written in {written:.0f} s: {places} places, {len(orgs)} organisations, "
              f"{documents} documents, {documents * LINKS_PER_DOCUMENT} links", flush=True)
        report = rebuild_partnerships(session, Settings(database_url=url),
                                      today=dt.date(2026, 1, 1))
    print(f"rebuilt in {time.perf_counter() - start - written:.0f} s: {report.summary}")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--places", type=int, default=20_000)
    parser.add_argument("--documents", type=int, default=25_000,
                        help=f"documents of {LINKS_PER_DOCUMENT} links each")
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    generate(options.path, places=options.places, documents=options.documents,
             seed=options.seed)


if __name__ == "__main__":
    main()
