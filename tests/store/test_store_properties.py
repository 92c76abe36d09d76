"""Properties on both backends: any extraction that save_extraction stores reads back
equal; rebuilding the partnerships of any stored documents twice changes nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker
from store_builders import migrated_factory

from citypact.ingest.read import document_id
from citypact.model import (
    EVENT_TYPES,
    LINK_KINDS,
    Article,
    DocumentInfo,
    Event,
    Extraction,
    Link,
    Organization,
    Person,
    Place,
    Span,
)
from citypact.resolve.partnerships import party_keys
from citypact.settings import Settings
from citypact.store import get_extraction, rebuild_partnerships, save_extraction
from citypact.store.tables import Base, LinkRow, PartnershipLinkRow

# PostgreSQL text cannot hold NUL, and lone surrogates are not encodable.
texts = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
                max_size=30)
names = texts.filter(bool)
maybe = st.none() | texts
spans: st.SearchStrategy[tuple[Span, ...]] = st.lists(
    st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), max_size=3).map(tuple)
floats = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def partial_dates(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=dt.date(1000, 1, 1)))
    return draw(st.sampled_from([day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]]))


places = st.builds(Place, id=names, name=names, kind=st.sampled_from(["city", "region", "country"]),
                   country=maybe, admin1=maybe, lat=st.none() | floats, lon=st.none() | floats,
                   mentions=spans)
organizations = st.builds(Organization, id=names, name=names, country=maybe, type=maybe,
                          mentions=spans, aliases=st.lists(names, max_size=2).map(tuple))
people = st.builds(Person, name=names, role=maybe, affiliation=maybe, mentions=spans)
links = st.builds(Link, parties=st.lists(names, max_size=4).map(tuple),
                  kind=st.sampled_from(LINK_KINDS), date=st.none() | partial_dates(),
                  sectors=st.lists(names, max_size=3).map(tuple), confidence=floats,
                  evidence=spans, evidence_text=st.lists(texts, max_size=2).map(tuple))
events = st.builds(Event, type=st.sampled_from(EVENT_TYPES), date=st.none() | partial_dates(),
                   place=maybe, parties=st.lists(names, max_size=3).map(tuple), evidence=spans)


@st.composite
def documents(draw: st.DrawFn) -> tuple[Article, Extraction]:
    text = draw(names)
    article = Article(id=document_id(text), text=text, path=draw(maybe), url=draw(maybe),
                      title=draw(maybe), language=draw(maybe), published=draw(maybe))
    extraction = Extraction(
        document=DocumentInfo.of(article),
        # An id names one entity: a document lists each place and organisation once.
        places=tuple(draw(st.lists(places, max_size=4, unique_by=lambda p: p.id))),
        organizations=tuple(draw(st.lists(organizations, max_size=3, unique_by=lambda o: o.id))),
        people=tuple(draw(st.lists(people, max_size=3))),
        links=tuple(draw(st.lists(links, max_size=3))),
        events=tuple(draw(st.lists(events, max_size=2))),
    )
    return article, extraction


@pytest.fixture
def session_factory(store_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on a fresh database (SQLite, then PostgreSQL) migrated to head."""
    with migrated_factory(store_url) as factory:
        yield factory


def empty_store(session: Session) -> None:
    for table in reversed(Base.metadata.sorted_tables):
        session.execute(delete(table))
    session.commit()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=documents())
def test_any_saved_extraction_reads_back_equal(session_factory: sessionmaker[Session],
                                                document: tuple[Article, Extraction]) -> None:
    article, extraction = document
    with session_factory() as session:
        empty_store(session)  # each example starts from an empty store
        assert save_extraction(session, article, extraction) == "ingested"
    with session_factory() as session:
        assert get_extraction(session, article.id) == extraction
        assert save_extraction(session, article, extraction) == "unchanged"


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stored=st.lists(documents(), min_size=1, max_size=3, unique_by=lambda d: d[0].id))
def test_rebuilding_any_stored_links_twice_changes_nothing(
        session_factory: sessionmaker[Session], stored: list[tuple[Article, Extraction]]) -> None:
    rebuild = Settings(database_url="sqlite://")
    with session_factory() as session:
        empty_store(session)
        for article, extraction in stored:
            save_extraction(session, article, extraction)
        first = rebuild_partnerships(session, rebuild, today=dt.date(2025, 1, 1))
        again = rebuild_partnerships(session, rebuild, today=dt.date(2025, 1, 1))
        assert not again.changed and again.unchanged == first.added
        members = session.scalar(select(func.count()).select_from(PartnershipLinkRow))
        assert session.scalar(select(func.count()).select_from(LinkRow)) >= (members or 0)
    paired = sum(1 for _, extraction in stored for link in extraction.links
                 if len(party_keys(link.parties)) >= 2)
    assert members == paired, "every link with two parties belongs to one partnership"
