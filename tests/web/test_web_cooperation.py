"""Programmes, trips and pilot projects in the JSON API and their HTML twins, on SQLite
and PostgreSQL; and the first seed article, ingested, read back through the API."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from cooperation_builders import (
    BLOIS,
    HUE,
    MEETING,
    PILOT,
    TURIN,
    VISIT,
    cooperation_stories,
)
from fastapi.testclient import TestClient
from story_builders import BACKENDS, module_store_url
from web_builders import assert_error

from citypact.ingest.batch import ingest_paths
from citypact.settings import Settings
from citypact.store import (
    PartyRecord,
    ProjectRecord,
    make_engine,
    make_session_factory,
    rebuild_partnerships,
    save_extraction,
    upgrade_database,
)
from citypact.web import create_app
from citypact.web.pages_programmes import evidence_url, projects_by_place, sectors_by_status


def fill(url: str) -> Settings:
    """A store holding the two cooperation stories and their partnerships; pages of 1 row."""
    settings = Settings(database_url=url, page_size=1)
    engine = make_engine(url)
    try:
        upgrade_database(engine)
        with make_session_factory(engine)() as session:
            for story in cooperation_stories():
                article = story.article()
                extraction = story.extraction(article)
                save_extraction(session, article, extraction, story.facts(extraction))
            rebuild_partnerships(session, settings, today=dt.date(2025, 1, 1))
    finally:
        engine.dispose()
    return settings


@pytest.fixture(scope="module", params=BACKENDS)
def client(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The app over the stories (SQLite, then PostgreSQL); no test here writes."""
    settings = fill(module_store_url(request, tmp_path_factory.mktemp("cooperation")))
    with TestClient(create_app(settings)) as client:
        yield client


def doc_id(index: int) -> str:
    return cooperation_stories()[index].article().id


def values(facet: list[dict[str, Any]]) -> dict[str, int]:
    return {v["value"]: v["count"] for v in facet}


# --- JSON ---------------------------------------------------------------------------------

def test_programmes_with_counts_facets_and_next(client: TestClient) -> None:
    body = client.get("/api/programmes").json()
    assert (body["total"], len(body["items"])) == (2, 1)
    assert body["items"][0] == {"id": "org:urbact", "name": "URBACT", "aliases": [],
                                "members": 3, "partnerships": 2, "links": 2, "documents": 1}
    assert values(body["facets"]["country"]) == {"FR": 1, "VN": 2, "IT": 1}
    assert body["next"] == "http://testserver/api/programmes?offset=1&limit=1"
    italian = client.get("/api/programmes", params={"country": "it"}).json()
    assert [p["name"] for p in italian["items"]] == ["Eurocities"]
    assert [v["value"] for v in italian["facets"]["country"] if v["selected"]] == ["IT"]


def test_programmes_as_csv_and_json_lines(client: TestClient) -> None:
    csv = client.get("/api/programmes.csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines() == ["id,name,aliases,members,partnerships,links,documents",
                                     "org:urbact,URBACT,[],3,2,2,1",
                                     "org:eurocities,Eurocities,[],2,1,1,1"]
    lines = client.get("/api/programmes.jsonl", params={"member": HUE.id}).text.splitlines()
    assert [json.loads(line)["name"] for line in lines] == ["URBACT"]


def test_a_programme_in_json(client: TestClient) -> None:
    body = client.get("/api/programmes/org:urbact").json()
    assert [(m["name"], m["entity_id"], m["links"]) for m in body["members"]] == [
        ("Hue", HUE.id, 2), ("Blois", BLOIS.id, 1), ("Tours", "geonames:2972191", 1)]
    assert sorted(p["partnership"]["name"] for p in body["pairings"]) == [
        "Blois – Hue", "Hue – Tours"]
    assert [(link["parties"], link["direct"], link["programme_text"], link["year"])
            for link in body["links"]] == [(["Blois", "Hue"], True, "URBACT", 2023),
                                           (["Hue", "Tours"], False, "URBACT", 2023)]
    assert body["activities"] == [{"year": 2023, "links": {"agreement": 1, "cooperation": 1},
                                   "events": {"meeting": 1, "visit": 1}}]
    assert [e["evidence_text"] for e in body["events"]] == [[VISIT], [MEETING]]


def test_trips_filtered_by_countries_and_year(client: TestClient) -> None:
    body = client.get("/api/trips", params={"limit": 5}).json()
    assert [t["start"] for t in body["items"]] == ["2024-03", "2023-05-03"]
    assert values(body["facets"]["visitor_country"]) == {"VN": 1, "IT": 1}
    assert values(body["facets"]["host_country"]) == {"VN": 1, "FR": 1}
    assert values(body["facets"]["year"]) == {"2023": 1, "2024": 1}
    hue = client.get("/api/trips", params={"visitor_country": "vn", "host_country": "FR",
                                           "year": 2023}).json()
    [trip] = hue["items"]
    assert trip["leaders"] == [{"name": "Le Thi Lan", "role": "Vice Chairwoman"}]
    assert (trip["delegates"], trip["stops"], trip["places"]) == (9, 2, ["Blois", "Tours"])
    assert client.get("/api/trips", params={"year": 2022}).json()["total"] == 0
    lines = client.get("/api/trips.csv", params={"host_country": "VN"}).text.splitlines()
    assert len(lines) == 2 and lines[0].startswith("id,document_id,document_title")


def test_a_trip_day_by_day_in_json(client: TestClient) -> None:
    trip_id = client.get("/api/trips", params={"visitor_country": "VN"}).json()[
        "items"][0]["id"]
    body = client.get(f"/api/trips/{trip_id}").json()
    assert body["trip"]["visitors"][0]["name"] == "Hue"
    days = [(day["date"], [(s["type"], s["place"], s["topics"], s["evidence_text"])
                           for s in day["stops"]])
            for day in body["days"]]
    assert days == [("2023-05-03", [("visit", "Blois", [], VISIT)]),
                    ("2023-05-04", [("meeting", "Tours", ["tourism"], MEETING)])]
    first = body["days"][0]["stops"][0]
    text = cooperation_stories()[0].text
    assert text[first["evidence"][0]:first["evidence"][1]] == VISIT
    assert (first["lat"], first["lon"]) == (BLOIS.lat, BLOIS.lon)


def test_projects_filtered_by_status_sector_place_and_year(client: TestClient) -> None:
    body = client.get("/api/projects", params={"limit": 5}).json()
    assert [(p["status"], p["sectors"]) for p in body["items"]] == [
        ("launched", ["transport"]), ("proposed", ["waste_circular"])]
    assert values(body["facets"]["status"]) == {"launched": 1, "proposed": 1}
    assert values(body["facets"]["place"]) == {HUE.id: 1, "geonames:1583992": 1}
    for params, status in [({"status": "proposed"}, "proposed"), ({"sector": "transport"},
                                                                  "launched"),
                           ({"place": HUE.id}, "proposed"), ({"year": 2024}, "launched")]:
        [project] = client.get("/api/projects", params=params).json()["items"]
        assert project["status"] == status, params
    [hue] = client.get("/api/projects", params={"place": HUE.id}).json()["items"]
    assert (hue["evidence_text"], hue["document_id"]) == (PILOT, doc_id(0))
    assert hue["places"] == [{"name": "Hue", "entity_kind": "place", "entity_id": HUE.id,
                              "country": "VN"}]


def test_projects_with_their_parties_filtered_by_party(client: TestClient) -> None:
    body = client.get("/api/projects", params={"limit": 5}).json()
    assert [[(p["name"], p["role"]) for p in item["parties"]] for item in body["items"]] == [
        [("Turin", "visitor")], [("URBACT", "named"), ("Hue", "visitor")]]
    assert body["items"][1]["parties"][0] == {
        "name": "URBACT", "entity_kind": "organization", "entity_id": "org:urbact",
        "country": None, "role": "named"}
    assert values(body["facets"]["party"]) == {"org:urbact": 1, HUE.id: 1, TURIN.id: 1}
    [urbact] = client.get("/api/projects", params={"party": "org:urbact"}).json()["items"]
    assert urbact["evidence_text"] == PILOT
    assert client.get("/api/projects", params={"party": "org:nothing"}).json()["total"] == 0
    lines = client.get("/api/projects.csv", params={"party": TURIN.id}).text.splitlines()
    assert len(lines) == 2 and "parties" in lines[0].split(",")


def test_errors_have_the_one_shape(client: TestClient) -> None:
    assert "trip:nothing" in assert_error(client.get("/api/trips/trip:nothing"), 404)
    assert "org:nothing" in assert_error(client.get("/api/programmes/org:nothing"), 404)
    assert assert_error(client.get("/api/projects", params={"status": "dreamt"}), 422) \
        .startswith("status:")
    assert assert_error(client.get("/api/trips", params={"visitor_country": "VNM"}),
                        422).startswith("visitor_country:")


# --- HTML twins ---------------------------------------------------------------------------

def test_the_programmes_page_lists_the_api_items(client: TestClient) -> None:
    html = client.get("/programmes", params={"limit": 5}).text
    assert 'href="/programmes/org:urbact"' in html
    assert 'href="/programmes/org:eurocities"' in html
    assert 'href="/api/programmes?limit=5"' in html


def test_the_programme_page_links_each_claim_to_its_evidence(client: TestClient) -> None:
    page = client.get("/programmes/org:urbact")
    assert page.status_code == 200
    html = page.text
    assert 'href="/partnerships/' in html
    assert f'href="/places/{HUE.id}"' in html
    assert f'href="/documents/{doc_id(0)}#ev-0"' in html
    assert f'href="/documents/{doc_id(0)}#ev-1"' in html
    assert f"/documents/{doc_id(0)}#:~:text=A%209%2Dmember%20delegation%20from" in html
    assert "the story's opening names the programme" in html


def test_the_trip_page_shows_the_itinerary_and_a_map(client: TestClient) -> None:
    trips = client.get("/trips", params={"visitor_country": "VN"}).text
    trip_id = client.get("/api/trips", params={"visitor_country": "VN"}).json()[
        "items"][0]["id"]
    assert f'href="/trips/{trip_id}"' in trips
    html = client.get(f"/trips/{trip_id}").text
    days = html[html.index('id="itinerary"'):]
    assert days.index("2023-05-03") < days.index(VISIT) < days.index("2023-05-04") \
        < days.index(MEETING)
    assert 'id="trip-map"' in html and "/static/vendor/leaflet/leaflet.js" in html
    assert f"/documents/{doc_id(0)}#:~:text=Meeting%20with%20the%20mayor" in html
    assert "Le Thi Lan (Vice Chairwoman)" in html
    meeting = days[days.index("2023-05-04"):days.index(MEETING)]
    assert 'class="topics">on <span class="sector"' in meeting and "tourism" in meeting


def test_the_projects_page_groups_by_place_and_sector(client: TestClient) -> None:
    html = client.get("/projects", params={"limit": 5}).text
    by_place = html[html.index("By place"):]
    assert by_place.index(">Da Nang</a>") < by_place.index(">Hue</a>")
    assert "waste circular" in html and "transport" in html
    assert f'href="/documents/{doc_id(0)}#:~:text=Pilot%20projects' in html
    assert ">Hue</a> <span class=\"count\">1</span>" in html  # the place facet, by name
    assert ">URBACT</a> <span class=\"count\">1</span>" in html  # the party facet, by name
    assert 'with <a href="/places/' in html  # a project's parties


def test_an_unknown_trip_page_is_a_404(client: TestClient) -> None:
    assert_error(client.get("/trips/trip:nothing"), 404)


# --- helpers of the pages -----------------------------------------------------------------

def test_evidence_urls() -> None:
    assert evidence_url("d", link=3) == "/documents/d#ev-3"
    assert evidence_url("d") == "/documents/d"
    short = evidence_url("d", "Hue and Blois, twin-towns & friends.")
    assert short == "/documents/d#:~:text=Hue%20and%20Blois%2C%20twin%2Dtowns%20%26%20friends."
    long = evidence_url("d", "Day 2: 4 May – Tours\nMeeting with the mayor of Tours today.")
    assert unquote(long) == "/documents/d#:~:text=Day 2: 4 May,mayor of Tours today."


def project(status: str, sectors: tuple[str, ...], *places: str) -> ProjectRecord:
    return ProjectRecord("p", "d", None, None, status, sectors,  # type: ignore[arg-type]
                         tuple(PartyRecord(p, "place", f"id:{p}", None) for p in places),
                         (0, 1), "x")


def test_projects_by_place_and_sectors_by_status() -> None:
    projects = [project("proposed", ("energy",), "Hue"),
                project("launched", ("energy", "tourism"), "Hue", "Blois"),
                project("completed", ())]
    assert [(g.place.name if g.place else None, len(g.projects))
            for g in projects_by_place(projects)] == [("Hue", 2), ("Blois", 1), (None, 1)]
    assert sectors_by_status(projects) == [("energy", {"proposed": 1, "launched": 1}),
                                           ("tourism", {"launched": 1})]


# --- the first seed article, ingested --------------------------------------------------------

def test_the_first_seed_article_through_the_api(store_url: str, corpus_dir: Path,
                                                pipeline: Any) -> None:
    from citypact.process import read_document

    seed = sorted((corpus_dir / "seeds").glob("000_*.txt"))[0]
    settings = Settings(database_url=store_url)
    engine = make_engine(store_url)
    try:
        upgrade_database(engine)
        factory = make_session_factory(engine)
        report = ingest_paths([seed], factory, lambda a: read_document(pipeline, a),
                              settings=settings)
        assert report.summary == "ingested 1, unchanged 0, failed 0"
    finally:
        engine.dispose()
    with TestClient(create_app(settings)) as client:
        [iurc] = [p for p in client.get("/api/programmes").json()["items"]
                  if "IURC" in p["aliases"]]
        members = {m["name"] for m in client.get(f"/api/programmes/{iurc['id']}").json()[
            "members"]}
        assert {"Ha Tinh", "Da Lat", "Colleferro", "Latina"} <= members
        [trip] = client.get("/api/trips", params={"visitor_country": "VN"}).json()["items"]
        assert (trip["start"], trip["end"]) == ("2022-10-10", "2022-10-14")
        days = client.get(f"/api/trips/{trip['id']}").json()["days"]
        dated = [day["date"] for day in days if day["date"]]
        assert dated == [f"2022-10-{day}" for day in range(10, 15)]
        assert all(stop["evidence_text"] for day in days for stop in day["stops"])
        assert any(stop["topics"] for day in days for stop in day["stops"])
        projects = client.get("/api/projects", params={"limit": 50}).json()["items"]
        assert any(p["parties"] for p in projects)
        assert client.get(f"/trips/{trip['id']}").status_code == 200
