"""save/get/list against SQLite and PostgreSQL: round trip, idempotency, sharing, rollback."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from store_builders import (
    FLORENCE,
    HANOI,
    TUSCANY,
    article,
    migrated_factory,
    twinning_document,
)

from citypact.errors import NotFoundError, StoreError
from citypact.model import DocumentInfo, Extraction, Link, Organization, Person
from citypact.serialize import extraction_to_dict
from citypact.store import (
    LinkFilters,
    document_exists,
    get_article,
    get_extraction,
    list_documents,
    list_links,
    list_places,
    save_extraction,
)
from citypact.store import repository as repository_module
from citypact.store.tables import Base, LinkPartyRow, LinkSectorRow, PlaceRow, SearchNameRow


@pytest.fixture
def session_factory(store_url: str) -> Iterator[sessionmaker[Session]]:
    """Sessions on a fresh database (SQLite, then PostgreSQL) migrated to head."""
    with migrated_factory(store_url) as factory:
        yield factory


@pytest.fixture
def session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    with session_factory() as session:
        yield session


def row_counts(session: Session) -> dict[str, int]:
    """Rows per table but ``data_version`` (bookkeeping: one row from the start)."""
    return {table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables if table.name != "data_version"}


def test_a_saved_extraction_reads_back_equal(session: Session) -> None:
    doc, extraction = twinning_document()
    assert save_extraction(session, doc, extraction) == "ingested"
    got = get_extraction(session, doc.id)
    assert got == extraction
    assert extraction_to_dict(got) == extraction_to_dict(extraction)


def test_the_document_keeps_its_text_and_what_the_extraction_found(session: Session) -> None:
    doc, extraction = twinning_document()
    found = dataclasses.replace(extraction.document, language="it", published="2023-05")
    save_extraction(session, doc, dataclasses.replace(extraction, document=found))
    assert get_article(session, doc.id).text == doc.text
    assert get_extraction(session, doc.id).document == found


def test_saving_twice_is_unchanged_and_duplicates_nothing(
        session_factory: sessionmaker[Session]) -> None:
    doc, extraction = twinning_document()
    with session_factory() as session:
        assert save_extraction(session, doc, extraction) == "ingested"
        counts = row_counts(session)
    with session_factory() as session:
        assert document_exists(session, doc.id)
        assert save_extraction(session, doc, extraction) == "unchanged"
        assert row_counts(session) == counts


def test_an_unknown_document_is_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError):
        get_extraction(session, "0" * 64)
    with pytest.raises(NotFoundError):
        get_article(session, "0" * 64)
    assert not document_exists(session, "0" * 64)


def test_an_extraction_of_another_document_is_refused(session: Session) -> None:
    _, extraction = twinning_document()
    other = article("Another text entirely.")
    with pytest.raises(StoreError, match="does not belong"):
        save_extraction(session, other, extraction)
    assert not document_exists(session, other.id)


def test_entities_are_shared_across_documents(session: Session) -> None:
    first = twinning_document(FLORENCE, HANOI, "2021")
    second = twinning_document(FLORENCE, TUSCANY, "2022")
    for doc, extraction in (first, second):
        save_extraction(session, doc, extraction)
    assert session.scalar(select(func.count()).select_from(PlaceRow)) == 3
    counts = {p.name: p.documents for p in list_places(session).items}
    assert counts == {"Florence": 2, "Hanoi": 1, "Tuscany": 1}
    for doc, extraction in (first, second):
        assert get_extraction(session, doc.id) == extraction


def test_a_stored_entity_is_reused_as_it_was_first_described(session: Session) -> None:
    save_extraction(session, *twinning_document(FLORENCE, HANOI))
    moved = dataclasses.replace(FLORENCE, lat=0.0, lon=0.0)
    doc, extraction = twinning_document(moved, TUSCANY)
    save_extraction(session, doc, extraction)
    florence = get_extraction(session, doc.id).places[0]
    assert (florence.lat, florence.lon) == (FLORENCE.lat, FLORENCE.lon)


def test_people_keep_the_spelling_of_each_document(session: Session) -> None:
    doc, extraction = twinning_document()
    people = (Person("Nguyễn Văn An", "mayor"), Person("NGUYEN VAN AN", None, "Hanoi"))
    extraction = dataclasses.replace(extraction, people=people)
    save_extraction(session, doc, extraction)
    assert get_extraction(session, doc.id).people == people


@pytest.mark.parametrize("date", ["2023", "2023-07", "2023-07-28", None])
def test_partial_dates_keep_their_precision(session: Session, date: str | None) -> None:
    doc, extraction = twinning_document()
    link = dataclasses.replace(extraction.links[0], date=date)
    save_extraction(session, doc, dataclasses.replace(extraction, links=(link,)))
    assert get_extraction(session, doc.id).links[0].date == date


@pytest.mark.parametrize("date", ["July 2023", "2023-13", "2023-02-30", "23"])
def test_an_invalid_date_is_refused_and_nothing_is_stored(session: Session, date: str) -> None:
    doc, extraction = twinning_document()
    link = dataclasses.replace(extraction.links[0], date=date)
    with pytest.raises(StoreError, match="date"):
        save_extraction(session, doc, dataclasses.replace(extraction, links=(link,)))
    assert not document_exists(session, doc.id)
    assert all(count == 0 for count in row_counts(session).values())


def test_a_failed_save_rolls_back_and_loses_nothing_stored_before(
        session_factory: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch) -> None:
    kept_doc, kept = twinning_document(FLORENCE, HANOI)
    failing_doc, failing = twinning_document(TUSCANY, FLORENCE)
    with session_factory() as session:
        save_extraction(session, kept_doc, kept)
        counts = row_counts(session)
        with monkeypatch.context() as patch:
            patch.setattr(repository_module, "_party_rows", lambda *args: iter([
                LinkPartyRow(document_id=failing_doc.id, link_position=99, position=0,
                             name="Nowhere")]))
            with pytest.raises(StoreError, match="cannot store"):
                save_extraction(session, failing_doc, failing)
        assert row_counts(session) == counts
        assert get_extraction(session, kept_doc.id) == kept
        assert not document_exists(session, failing_doc.id)
    with session_factory() as session:
        assert save_extraction(session, failing_doc, failing) == "ingested"
        assert get_extraction(session, failing_doc.id) == failing


def make_documents(session: Session, count: int) -> list[str]:
    """``count`` documents, published on distinct days, each with one link."""
    ids = []
    for day in range(1, count + 1):
        text = f"Florence and Hanoi met on day {day}."
        doc = article(text, title=f"Day {day}", published=f"2024-01-{day:02d}")
        link = Link(("Florence", "Hanoi"), "cooperation", f"2024-01-{day:02d}",
                    evidence=((0, len(text)),), evidence_text=(text,))
        save_extraction(session, doc, Extraction(DocumentInfo.of(doc), places=(FLORENCE, HANOI),
                                                 links=(link,)))
        ids.append(doc.id)
    return ids


def test_documents_come_in_pages_newest_first(session: Session) -> None:
    ids = make_documents(session, 5)
    pages = [list_documents(session, offset=offset, limit=2) for offset in (0, 2, 4)]
    assert [p.total for p in pages] == [5, 5, 5]
    assert [len(p.items) for p in pages] == [2, 2, 1]
    assert [p.next_offset for p in pages] == [2, 4, None]
    listed = [d.id for p in pages for d in p.items]
    assert listed == list(reversed(ids))
    assert all(d.links == 1 and d.ingested_at.tzinfo is not None for d in pages[0].items)


def test_undated_documents_come_last(session: Session) -> None:
    make_documents(session, 2)
    undated = article("An undated note about Hanoi.")
    save_extraction(session, undated, Extraction(DocumentInfo.of(undated)))
    assert list_documents(session).items[-1].id == undated.id


def test_links_come_in_pages_with_their_evidence_and_document(session: Session) -> None:
    ids = make_documents(session, 3)
    first, second = list_links(session, limit=2), list_links(session, offset=2, limit=2)
    assert (first.total, second.total, first.next_offset, second.next_offset) == (3, 3, 2, None)
    records = [*first.items, *second.items]
    assert [r.document_id for r in records] == list(reversed(ids))
    newest = records[0]
    assert newest.link.date == "2024-01-03"
    assert newest.link.evidence_text == ("Florence and Hanoi met on day 3.",)
    assert newest.document_title == "Day 3"
    assert newest.party_ids == (FLORENCE.id, HANOI.id)


def test_links_of_one_document(session: Session) -> None:
    ids = make_documents(session, 3)
    page = list_links(session, LinkFilters(document=ids[1]))
    assert page.total == 1
    assert [r.document_id for r in page.items] == [ids[1]]


def test_a_party_that_names_no_entity_has_no_id(session: Session) -> None:
    doc, extraction = twinning_document()
    link = dataclasses.replace(extraction.links[0], parties=("florence", "Atlantis"))
    save_extraction(session, doc, dataclasses.replace(extraction, links=(link,)))
    assert list_links(session).items[0].party_ids == (FLORENCE.id, None)


def test_places_come_in_pages_by_name(session: Session) -> None:
    save_extraction(session, *twinning_document(FLORENCE, HANOI))
    save_extraction(session, *twinning_document(TUSCANY, HANOI))
    first = list_places(session, limit=2)
    rest = list_places(session, offset=2, limit=2)
    assert [p.name for p in first.items + rest.items] == ["Florence", "Hanoi", "Tuscany"]
    assert (first.total, first.next_offset, rest.next_offset) == (3, 2, None)


def test_saving_indexes_link_sectors_and_every_spelling_of_what_is_named(
        session: Session) -> None:
    text = "Thành phố Hồ Chí Minh và Turin. HCM City welcomed Anna Rossi of ACME."
    doc = article(text, title="Saigon and Turin")

    def span(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    hcmc = dataclasses.replace(TUSCANY, id="geonames:1566083", name="Ho Chi Minh City",
                               mentions=(span("Thành phố Hồ Chí Minh"), span("HCM City")))
    acme = Organization("org:acme-group", "Acme Group", mentions=(span("ACME"),),
                        aliases=("Acme",))
    link = Link(("Ho Chi Minh City", "Turin"), "cooperation",
                sectors=("tourism", "culture_heritage", "tourism"))
    save_extraction(session, doc, Extraction(
        DocumentInfo.of(doc), places=(hcmc,), organizations=(acme,),
        people=(Person("Anna Rossi", mentions=(span("Anna Rossi"),)),), links=(link,)))
    assert sorted(session.scalars(select(LinkSectorRow.sector))) == [
        "culture_heritage", "tourism"]
    names = {(n.entity_kind, n.folded, n.name) for n in session.scalars(select(SearchNameRow))}
    assert names == {
        ("document", "saigon and turin", "Saigon and Turin"),
        ("place", "ho chi minh city", "Ho Chi Minh City"),
        ("place", "thanh pho ho chi minh", "Thành phố Hồ Chí Minh"),
        ("place", "hcm city", "HCM City"),
        ("organization", "acme group", "Acme Group"),
        ("organization", "acme", "Acme"),
        ("person", "anna rossi", "Anna Rossi"),
    }
