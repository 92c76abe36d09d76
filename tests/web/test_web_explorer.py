"""The explorer's JSON API on SQLite and PostgreSQL: partnerships, events, organisations,
people, search; every list with filters, facets, next, and CSV / JSON Lines twins."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from story_builders import BACKENDS, module_store_url, stories
from web_builders import assert_error, story_settings

from citypact.resolve.partnerships import partnership_id
from citypact.web import create_app

HANOI_TURIN = partnership_id(["Hanoi", "Turin"])

LISTS = [
    # path, query, total, facets
    ("documents", "", 6, {"language", "year"}),
    ("places", "", 6, {"kind", "country"}),
    ("organizations", "", 1, {"country", "type"}),
    ("people", "", 1, {"affiliation"}),
    ("links", "", 6, {"kind", "sector", "year", "country"}),
    ("events", "", 3, {"type", "year"}),
    ("partnerships", "", 3, {"kind", "status", "country", "sector", "year"}),
    ("search", "q=turin", 3, {"kind"}),
]


@pytest.fixture(scope="module", params=BACKENDS)
def client(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The app over the six stories (SQLite, then PostgreSQL); pages of 2 rows.

    Once per module: no test here writes."""
    url = module_store_url(request, tmp_path_factory.mktemp("explorer"))
    with TestClient(create_app(story_settings(url))) as client:
        yield client


def get(client: TestClient, url: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def every_item(client: TestClient, url: str) -> list[dict[str, Any]]:
    """The items of every page, following ``next``."""
    items: list[dict[str, Any]] = []
    next_url: str | None = url
    while next_url:
        body = get(client, next_url)
        items += body["items"]
        next_url = body["next"]
    return items


def names(client: TestClient, url: str) -> list[str]:
    return [item["name"] for item in every_item(client, url)]


@pytest.mark.parametrize(("name", "query", "total", "facets"), LISTS)
def test_every_list_has_pages_facets_and_csv_and_jsonl_twins(
        client: TestClient, name: str, query: str, total: int, facets: set[str]) -> None:
    first = get(client, f"/api/{name}?{query}")
    assert (first["total"], first["limit"], set(first["facets"])) == (total, 2, facets)
    items = every_item(client, f"/api/{name}?{query}")
    assert len(items) == total
    jsonl = client.get(f"/api/{name}.jsonl?{query}")
    assert jsonl.headers["content-type"] == "application/x-ndjson"
    assert [json.loads(line) for line in jsonl.text.splitlines()] == items
    response = client.get(f"/api/{name}.csv?{query}")
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == total
    assert list(rows[0]) == list(items[0])


def test_next_keeps_the_filters(client: TestClient) -> None:
    body = get(client, "/api/partnerships?country=VN&limit=1")
    query = parse_qs(urlsplit(body["next"]).query)
    assert query == {"country": ["VN"], "offset": ["1"], "limit": ["1"]}
    assert len(every_item(client, "/api/partnerships?country=VN&limit=1")) == 3


def test_a_partnership_in_the_list(client: TestClient) -> None:
    (da_lat,) = get(client, "/api/partnerships?kind=twinning")["items"]
    assert {k: da_lat[k] for k in ("name", "kind", "established", "first_seen", "last_seen",
                                   "status", "stories", "links", "documents")} == {
        "name": "Annecy – Da Lat", "kind": "twinning", "established": "2018-06-02",
        "first_seen": "2016-03-10", "last_seen": "2021-09", "status": "dormant",
        "stories": 3, "links": 3, "documents": 3}
    assert [(s["kind"], s["date"]) for s in da_lat["kind_history"]] == [
        ("proposal", "2016-03-10"), ("agreement", "2018-06-02"), ("twinning", "2021-09")]
    assert da_lat["parties"][0] == {"name": "Annecy", "entity_kind": "place",
                                    "entity_id": "geonames:3037543", "country": "FR"}
    assert da_lat["sectors_by_year"] == {"2016": ["tourism"], "2018": ["education_research"],
                                         "2021": ["tourism", "urban_planning"]}


@pytest.mark.parametrize(("query", "expected"), [
    ("kind=proposal", ["Ho Chi Minh City – Turin"]),
    ("status=active", ["Ho Chi Minh City – Turin", "Hanoi – Turin"]),
    ("country=fr", ["Annecy – Da Lat"]),
    ("sector=transport", ["Hanoi – Turin"]),
    ("year=2023", ["Hanoi – Turin"]),
    ("year=2016&kind=twinning", ["Annecy – Da Lat"]),
    ("party=geonames:1566083", ["Ho Chi Minh City – Turin"]),
    ("status=dormant&country=IT", []),
])
def test_partnerships_filter(client: TestClient, query: str, expected: list[str]) -> None:
    assert names(client, f"/api/partnerships?{query}") == expected


def test_a_facet_value_toggles_its_filter(client: TestClient) -> None:
    facets = get(client, "/api/partnerships?offset=2")["facets"]
    assert {f["value"]: f["count"] for f in facets["status"]} == {"active": 2, "dormant": 1}
    dormant = next(f for f in facets["status"] if f["value"] == "dormant")
    assert not dormant["selected"]
    assert parse_qs(urlsplit(dormant["toggle_url"]).query) == {"status": ["dormant"]}
    body = get(client, dormant["toggle_url"])
    assert [p["name"] for p in body["items"]] == ["Annecy – Da Lat"]
    (selected,) = body["facets"]["status"]
    assert (selected["value"], selected["count"], selected["selected"]) == ("dormant", 1, True)
    assert get(client, selected["toggle_url"])["total"] == 3


def test_a_selected_value_that_no_row_has_is_listed_with_zero(client: TestClient) -> None:
    facets = get(client, "/api/events?year=1999")["facets"]
    assert facets["year"] == [{"value": "1999", "count": 0, "selected": True,
                               "toggle_url": "http://testserver/api/events"}]


def test_a_partnership_with_every_link_and_event(client: TestClient) -> None:
    body = get(client, f"/api/partnerships/{HANOI_TURIN}")
    assert body["partnership"]["id"] == HANOI_TURIN
    assert body["partnership"]["stories"] == 1
    original, reprint = (s.article() for s in stories()[3:5])
    links = body["links"]
    assert [(link["document_id"], link["reprint"], link["story_id"]) for link in links] == [
        (original.id, False, original.id), (reprint.id, True, original.id)]
    sentence = links[1]["evidence_text"][0]
    start, end = links[1]["evidence"][0]
    assert reprint.text[start:end] == sentence
    assert (links[1]["document_title"], links[1]["published"], links[1]["source"]) == (
        "Hanoi, Turin to cooperate", "2023-04-12", "hanoi-turin-reprint.txt")
    assert [(e["type"], e["document_id"]) for e in body["events"]] == [
        ("visit", original.id), ("visit", reprint.id)]
    assert body["events"][0]["evidence_text"] == [original.text[slice(*body["events"][0][
        "evidence"][0])]]


def test_an_unknown_partnership_is_a_404_in_the_error_shape(client: TestClient) -> None:
    assert "partnership:nope" in assert_error(client.get("/api/partnerships/partnership:nope"),
                                              404)


@pytest.mark.parametrize(("url", "field"), [
    ("/api/partnerships?kind=friendship", "kind"),
    ("/api/partnerships?status=sleeping", "status"),
    ("/api/links?year=twenty", "year"),
    ("/api/places?country=VNM", "country"),
    ("/api/events.csv?type=party", "type"),
    ("/api/search", "q"),
    ("/api/search?q=", "q"),
    ("/api/links.jsonl?limit=0", "limit"),
])
def test_a_bad_filter_is_a_422_in_the_error_shape(client: TestClient, url: str,
                                                  field: str) -> None:
    assert assert_error(client.get(url), 422).startswith(f"{field}: ")


def test_an_unknown_export_format_is_a_404(client: TestClient) -> None:
    assert_error(client.get("/api/links.xml"), 404)


def test_exports_apply_filters_offset_and_limit(client: TestClient) -> None:
    proposals = list(csv.DictReader(io.StringIO(client.get("/api/links.csv?kind=proposal").text)))
    assert [row["kind"] for row in proposals] == ["proposal", "proposal"]
    assert json.loads(proposals[0]["parties"]) == ["Ho Chi Minh City", "Turin"]
    assert proposals[1]["date"] == "", "no date is an empty cell"
    lines = client.get("/api/partnerships.jsonl?offset=1&limit=1").text.splitlines()
    assert [json.loads(line)["name"] for line in lines] == ["Ho Chi Minh City – Turin"]
    header = client.get("/api/people.csv?affiliation=Nowhere").text
    assert header == "id,name,roles,affiliations,documents\n"


def test_events_with_their_document_and_evidence(client: TestClient) -> None:
    (signing,) = get(client, "/api/events?type=signing&year=2018")["items"]
    assert (signing["document_title"], signing["date"], signing["place"]) == (
        "A memorandum for Đà Lạt", "2018-06-02", "Annecy")
    assert signing["evidence_text"] == [
        "Da Lat and Annecy signed a memorandum of understanding on vocational training."]


def test_organizations_and_people_with_facets(client: TestClient) -> None:
    orgs = get(client, "/api/organizations?country=vn")
    assert [o["name"] for o in orgs["items"]] == ["Dalat University"]
    assert orgs["facets"]["type"][0]["value"] == "university"
    people = get(client, "/api/people?affiliation=Lam%20Dong")
    assert [(h["name"], h["roles"]) for h in people["items"]] == [
        ("Nguyễn Thị Mai", ["vice-chair"])]


@pytest.mark.parametrize(("q", "kind", "name", "matched"), [
    ("nguyen thi mai", "person", "Nguyễn Thị Mai", "Nguyễn Thị Mai"),
    ("Nguyễn", "person", "Nguyễn Thị Mai", "Nguyễn Thị Mai"),
    ("hcm city", "place", "Ho Chi Minh City", "HCM City"),
    ("HCM", "place", "Ho Chi Minh City", "HCM City"),
    ("lâm đồng", "place", "Lam Dong", "Lam Dong"),
    ("lam dong", "place", "Lam Dong", "Lam Dong"),
    ("Đà Lạt Univ", "organization", "Dalat University", "Đà Lạt University"),
])
def test_search_in_any_spelling(client: TestClient, q: str, kind: str, name: str,
                                matched: str) -> None:
    first = get(client, f"/api/search?q={q}")["items"][0]
    assert (first["kind"], first["name"], first["matched"]) == (kind, name, matched)


def test_search_by_kind_and_its_facet(client: TestClient) -> None:
    body = get(client, "/api/search?q=da+lat")
    assert {f["value"]: f["count"] for f in body["facets"]["kind"]} == {
        "place": 1, "organization": 1, "document": 2}
    documents = get(client, "/api/search?q=da+lat&kind=document")
    assert [hit["kind"] for hit in documents["items"]] == ["document", "document"]
    assert get(client, "/api/search?q=atlantis")["items"] == []


def test_the_api_describes_every_list_and_export(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    for name, *_ in LISTS:
        assert {f"/api/{name}", f"/api/{name}.csv", f"/api/{name}.jsonl"} <= paths
    assert "/api/partnerships/{partnership_id}" in paths
