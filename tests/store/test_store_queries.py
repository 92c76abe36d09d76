"""The lists behind the API, on SQLite and PostgreSQL: filters, facets, pages, search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session
from store_builders import migrated_factory
from story_builders import BACKENDS, DORMANT_AFTER_YEARS, TODAY, module_store_url, stories

from citypact.errors import NotFoundError
from citypact.resolve.partnerships import partnership_id
from citypact.settings import Settings
from citypact.store import (
    DocumentFilters,
    EventFilters,
    Facets,
    LinkFilters,
    OrganizationFilters,
    PartnershipFilters,
    PersonFilters,
    PlaceFilters,
    SearchFilters,
    document_facets,
    event_facets,
    get_partnership,
    link_facets,
    list_documents,
    list_events,
    list_links,
    list_organizations,
    list_partnerships,
    list_people,
    list_places,
    organization_facets,
    partnership_facets,
    person_facets,
    place_facets,
    rebuild_partnerships,
    save_extraction,
    search,
    search_facets,
)

DA_LAT_ANNECY = partnership_id(["Da Lat", "Annecy"])
HANOI_TURIN = partnership_id(["Hanoi", "Turin"])
HCMC_TURIN = partnership_id(["Ho Chi Minh City", "Turin"])


@pytest.fixture(scope="module", params=BACKENDS)
def session(request: pytest.FixtureRequest,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """A database (SQLite, then PostgreSQL) holding the six stories and their partnerships.

    Once per module: no test here writes."""
    url = module_store_url(request, tmp_path_factory.mktemp("queries"))
    settings = Settings(database_url=url, dormant_after_years=DORMANT_AFTER_YEARS)
    with migrated_factory(url) as factory, factory() as session:
        for story in stories():
            article = story.article()
            save_extraction(session, article, story.extraction(article))
        rebuild_partnerships(session, settings, today=dt.date.fromisoformat(TODAY))
        yield session


def counts(facets: Facets, name: str) -> dict[str, int]:
    return {c.value: c.count for c in facets[name]}


def partnership_ids(session: Session, **filters: object) -> set[str]:
    page = list_partnerships(session, PartnershipFilters(**filters))  # type: ignore[arg-type]
    assert page.total == len(page.items)
    return {p.id for p in page.items}


def test_partnerships_come_most_reported_first_with_their_summary(session: Session) -> None:
    first, rest = list_partnerships(session, limit=1), list_partnerships(session, offset=1)
    assert (first.total, first.next_offset, rest.next_offset) == (3, 1, None)
    da_lat = first.items[0]
    assert (da_lat.id, da_lat.name, da_lat.kind, da_lat.status) == (
        DA_LAT_ANNECY, "Annecy – Da Lat", "twinning", "dormant")
    assert [(s.kind, s.date) for s in da_lat.history] == [
        ("proposal", "2016-03-10"), ("agreement", "2018-06-02"), ("twinning", "2021-09")]
    assert (da_lat.established, da_lat.first_seen, da_lat.last_seen) == (
        "2018-06-02", "2016-03-10", "2021-09")
    assert (da_lat.stories, da_lat.links, da_lat.documents) == (3, 3, 3)
    assert da_lat.sectors == ("education_research", "tourism", "urban_planning")
    assert [(p.name, p.country) for p in da_lat.parties] == [("Annecy", "FR"), ("Da Lat", "VN")]
    assert [p.id for p in rest.items] == [HCMC_TURIN, HANOI_TURIN], "then the most recent"


@pytest.mark.parametrize(("filters", "expected"), [
    ({"kind": "twinning"}, {DA_LAT_ANNECY}),
    ({"status": "active"}, {HANOI_TURIN, HCMC_TURIN}),
    ({"country": "IT"}, {HANOI_TURIN, HCMC_TURIN}),
    ({"country": "FR", "status": "active"}, set()),
    ({"sector": "transport"}, {HANOI_TURIN}),
    ({"year": 2018}, {DA_LAT_ANNECY}),
    ({"year": 2024, "country": "VN"}, {HCMC_TURIN}),
    ({"party": "geonames:3165524"}, {HANOI_TURIN, HCMC_TURIN}),
])
def test_partnerships_filter(session: Session, filters: dict[str, object],
                             expected: set[str]) -> None:
    assert partnership_ids(session, **filters) == expected


def test_partnership_facets_count_the_filtered_partnerships(session: Session) -> None:
    facets = partnership_facets(session)
    assert counts(facets, "kind") == {"twinning": 1, "cooperation": 1, "proposal": 1}
    assert counts(facets, "status") == {"active": 2, "dormant": 1}
    assert counts(facets, "country") == {"VN": 3, "IT": 2, "FR": 1}
    assert counts(facets, "year") == {"2016": 1, "2018": 1, "2021": 1, "2023": 1, "2024": 1}
    assert [c.value for c in facets["country"]] == ["VN", "IT", "FR"], "most frequent first"
    tourism = partnership_facets(session, PartnershipFilters(sector="tourism"))
    assert counts(tourism, "sector") == {"tourism": 1, "education_research": 1,
                                         "urban_planning": 1}
    assert counts(tourism, "country") == {"FR": 1, "VN": 1}


def test_a_partnership_with_every_link_and_event_oldest_first(session: Session) -> None:
    detail = get_partnership(session, HANOI_TURIN)
    original, reprint = (s.article().id for s in stories()[3:5])
    assert [(m.record.document_id, m.reprint, m.story_id) for m in detail.links] == [
        (original, False, original), (reprint, True, original)]
    assert detail.links[1].source == "hanoi-turin-reprint.txt"
    assert detail.links[1].record.link.evidence_text[0].startswith("Hanoi and Turin agreed")
    assert [(e.document_id, e.event.type) for e in detail.events] == [
        (original, "visit"), (reprint, "visit")]
    assert detail.events[1].evidence_text == detail.links[1].record.link.evidence_text
    assert detail.partnership.stories == 1


def test_an_unknown_partnership_is_not_found(session: Session) -> None:
    with pytest.raises(NotFoundError, match="no partnership"):
        get_partnership(session, "partnership:0")


def test_events_with_their_evidence_text(session: Session) -> None:
    page = list_events(session)
    assert [(e.event.type, e.event.date) for e in page.items] == [
        ("visit", "2023-04"), ("visit", "2023-04"), ("signing", "2018-06-02")]
    signing = page.items[2]
    assert signing.evidence_text == (
        "Da Lat and Annecy signed a memorandum of understanding on vocational training.",)
    assert signing.document_title == "A memorandum for Đà Lạt"
    assert list_events(session, EventFilters(type="signing", year=2018)).total == 1
    assert list_events(session, EventFilters(year=2019)).total == 0
    facets = event_facets(session)
    assert (counts(facets, "type"), counts(facets, "year")) == (
        {"visit": 2, "signing": 1}, {"2023": 2, "2018": 1})


def test_links_filter_by_kind_sector_year_and_country(session: Session) -> None:
    assert list_links(session, LinkFilters(sector="tourism")).total == 2
    assert list_links(session, LinkFilters(country="IT")).total == 3
    assert list_links(session, LinkFilters(country="IT", year=2023)).total == 2
    assert list_links(session, LinkFilters(kind="agreement", sector="tourism")).total == 0
    facets = link_facets(session, LinkFilters(country="VN"))
    assert counts(facets, "country") == {"VN": 6, "IT": 3, "FR": 3}
    assert counts(facets, "kind") == {"proposal": 2, "cooperation": 2, "agreement": 1,
                                      "twinning": 1}
    assert counts(facets, "sector")["tourism"] == 2


def test_documents_places_organizations_people_filter_and_count(session: Session) -> None:
    assert list_documents(session, DocumentFilters(year=2023)).total == 2
    assert counts(document_facets(session), "year") == {
        "2016": 1, "2018": 1, "2021": 1, "2023": 2, "2024": 1}
    assert [p.name for p in list_places(session, PlaceFilters(kind="region")).items] == [
        "Lam Dong"]
    assert counts(place_facets(session), "country") == {"VN": 4, "FR": 1, "IT": 1}
    orgs = list_organizations(session, OrganizationFilters(country="VN"))
    assert [(o.name, o.documents) for o in orgs.items] == [("Dalat University", 1)]
    assert list_organizations(session, OrganizationFilters(type="company")).total == 0
    assert counts(organization_facets(session), "type") == {"university": 1}
    (mai,) = list_people(session, PersonFilters(affiliation="Lam Dong")).items
    assert (mai.name, mai.roles, mai.affiliations) == ("Nguyễn Thị Mai", ("vice-chair",),
                                                      ("Lam Dong",))
    assert counts(person_facets(session), "affiliation") == {"Lam Dong": 1}


def hits(session: Session, q: str, kind: str | None = None) -> list[tuple[str, str, str]]:
    page = search(session, SearchFilters(q=q, kind=kind))  # type: ignore[arg-type]
    return [(h.kind, h.name, h.matched) for h in page.items]


@pytest.mark.parametrize("q", ["nguyen thi mai", "Nguyễn Thị Mai", "NGUYEN", "thi mai"])
def test_search_finds_a_name_with_or_without_its_accents(session: Session, q: str) -> None:
    assert hits(session, q) == [("person", "Nguyễn Thị Mai", "Nguyễn Thị Mai")]


@pytest.mark.parametrize(("q", "expected"), [
    ("hcm city", ("place", "Ho Chi Minh City", "HCM City")),
    ("Lâm Đồng", ("place", "Lam Dong", "Lam Dong")),
    ("đà lạt univ", ("organization", "Dalat University", "Đà Lạt University")),
])
def test_search_finds_the_spellings_texts_use(session: Session, q: str,
                                               expected: tuple[str, str, str]) -> None:
    assert hits(session, q)[0] == expected


def test_search_ranks_whole_names_then_prefixes_then_words(session: Session) -> None:
    assert hits(session, "turin")[0] == ("place", "Turin", "Turin")
    assert [kind for kind, _, _ in hits(session, "turin")[1:]] == ["document", "document"]
    assert hits(session, "da lat", kind="place") == [("place", "Da Lat", "Da Lat")]
    assert counts(search_facets(session, SearchFilters(q="da lat")), "kind") == {
        "place": 1, "organization": 1, "document": 2}


@pytest.mark.parametrize("offset", [0, 1, 3, 4, 10])
def test_every_page_of_a_search_knows_the_total(session: Session, offset: int) -> None:
    everything = search(session, SearchFilters(q="da lat"))
    page = search(session, SearchFilters(q="da lat"), offset=offset, limit=2)
    assert everything.total == 4
    assert page.total == 4
    assert page.items == everything.items[offset:offset + 2]


@pytest.mark.parametrize("q", ["", "  ", "%", "?!"])
def test_a_search_for_nothing_finds_nothing(session: Session, q: str) -> None:
    assert search(session, SearchFilters(q=q)).total == 0
    assert search_facets(session, SearchFilters(q=q)) == {"kind": ()}
