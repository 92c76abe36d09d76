"""The HTML pages: documents and links with their evidence sentence, escaped; the
explorer's pages (search, dossiers, partnerships, map, network, timeline) and their JSON
twins; /docs served from our own assets."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from web_builders import assert_error, documents, filled_settings, story_settings

from citypact.settings import Settings
from citypact.web import create_app


@pytest.fixture
def web_settings(clean_env: None, tmp_path: Path) -> Settings:
    return filled_settings(tmp_path)


@pytest.fixture
def client(web_settings: Settings) -> Iterator[TestClient]:
    """A client of the app; entering it runs the lifespan (engine, migrations)."""
    with TestClient(create_app(web_settings)) as client:
        yield client


def test_the_index_lists_documents_and_links_with_evidence(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert "Escaping" in page and "Memorandum" in page
    assert "Hanoi and Turin signed a memorandum." in page
    assert "2 of 3 links" in page


def test_text_from_documents_is_escaped(client: TestClient) -> None:
    page = client.get("/").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Florence" in page


def test_a_document_page_shows_its_links_and_places(client: TestClient) -> None:
    article, _ = documents()[0]
    page = client.get(f"/documents/{article.id}").text
    assert "Florence and Hanoi signed a twinning pact." in page
    assert "Florence" in page and "Hanoi" in page
    assert f'href="/api/documents/{article.id}"' in page


def test_an_unknown_document_page_is_a_404_in_the_error_shape(client: TestClient) -> None:
    response = client.get("/documents/nope")
    assert response.status_code == 404
    assert response.json()["error"]["status"] == 404


# --- The explorer's pages and their JSON twins, over the six stories of story_builders ---

DA_LAT, TURIN, HCMC = "geonames:1584071", "geonames:3165524", "geonames:1566083"


@pytest.fixture
def stories_client(clean_env: None, tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(story_settings(f"sqlite:///{tmp_path / 'stories.db'}"))) as c:
        yield c


def test_docs_load_swagger_ui_from_our_own_assets(client: TestClient) -> None:
    page = client.get("/docs").text
    urls = re.findall(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""", page)
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in urls
    assert [u for u in urls if re.match(r"^(https?:)?//", u)] == []
    assert "cdn" not in page and "https://" not in page
    assert client.get("/redoc").status_code == 404  # it would load from a CDN


def test_every_page_names_only_local_scripts_and_styles(stories_client: TestClient) -> None:
    for path in ["/", "/search?q=turin", "/partnerships", "/map", "/network", "/timeline",
                 f"/places/{TURIN}"]:
        page = stories_client.get(path)
        assert page.status_code == 200, path
        assets = re.findall(r"""<(?:script|link)[^>]+(?:src|href)="([^"]+)\"""", page.text)
        assert assets and all(a.startswith(("/static/", "data:")) for a in assets), (path, assets)


def test_search_finds_any_spelling_and_htmx_gets_the_results_alone(
        stories_client: TestClient) -> None:
    page = stories_client.get("/search", params={"q": "hcm city"})
    assert f'href="/places/{HCMC}"' in page.text and "<html" in page.text
    partial = stories_client.get("/search", params={"q": "HCM CITY"},
                                 headers={"HX-Request": "true"})
    assert f'href="/places/{HCMC}"' in partial.text and "<html" not in partial.text
    twin = stories_client.get("/api/search", params={"q": "hcm city"}).json()
    assert HCMC in {hit["id"] for hit in twin["items"]}


def test_a_dossier_groups_partners_by_kind_with_evidence(stories_client: TestClient) -> None:
    page = stories_client.get(f"/places/{TURIN}").text
    twin = stories_client.get(f"/api/dossiers/{TURIN}").json()
    assert twin["entity"]["name"] == "Turin"
    kinds = [group["kind"] for group in twin["groups"]]
    assert kinds == ["cooperation", "proposal"]  # most formal first
    for group in twin["groups"]:
        assert f"<h2>{group['kind'].capitalize()} " in page
        for partner in group["partners"]:
            assert partner["partnership"]["id"] in page
            assert all(c["evidence"] for c in partner["claims"])
    assert "<mark>Turin</mark>" in page or "<mark>Hanoi</mark>" in page
    assert 'href="/documents/' in page and "#ev-" in page


def test_a_dormant_partnership_says_so_in_the_dossier(stories_client: TestClient) -> None:
    twin = stories_client.get(f"/api/dossiers/{DA_LAT}").json()
    (group,) = twin["groups"]
    assert group["kind"] == "twinning"
    assert group["partners"][0]["partnership"]["status"] == "dormant"
    assert "status-dormant" in stories_client.get(f"/places/{DA_LAT}").text


def test_a_partnership_page_shows_its_history_across_sources(stories_client: TestClient) -> None:
    partnerships = stories_client.get("/api/partnerships", params={"limit": 50}).json()
    da_lat = next(p for p in partnerships["items"] if "Da Lat" in p["name"])
    page = stories_client.get(f"/partnerships/{da_lat['id']}").text
    text = re.sub(r"<[^>]+>", "", page)  # the parties are marked inside the sentences
    twin = stories_client.get(f"/api/partnerships/{da_lat['id']}").json()
    for link in twin["links"]:
        for sentence in link["evidence_text"]:
            assert str(escape(sentence)) in text
    assert page.index("proposal") < page.index("twinning", page.index('class="history"'))


def test_a_document_page_highlights_mentions_and_evidence(client: TestClient) -> None:
    article, _ = documents()[0]
    page = client.get(f"/documents/{article.id}").text
    assert '<a class="m m-place" href="/places/geonames:3176959"' in page
    assert 'id="ev-0"' in page and 'class="ev" data-links="0"' in page


def test_the_map_network_and_timeline_twins(stories_client: TestClient) -> None:
    data = stories_client.get("/api/map").json()
    assert data["partnerships"] == data["partnerships_drawn"] == 3
    assert [p["id"] for p in data["places"]] == [DA_LAT]  # the only one with coordinates
    assert data["arcs"] == []
    network = stories_client.get("/api/network").json()
    assert {n["id"] for n in network["nodes"]} >= {DA_LAT, TURIN, HCMC}
    assert all(isinstance(n["x"], float) for n in network["nodes"])
    assert len(network["edges"]) == 3
    twinning = stories_client.get("/api/network", params={"kind": "twinning"}).json()
    assert [e["kind"] for e in twinning["edges"]] == ["twinning"]
    timeline = stories_client.get("/api/timeline", params={"party": DA_LAT}).json()
    assert {(c["year"], c["kind"]) for c in timeline["links"]} == {
        (2016, "proposal"), (2018, "agreement"), (2021, "twinning")}
    period = stories_client.get("/api/network", params={"since": 2023, "until": 2023}).json()
    assert DA_LAT not in {n["id"] for n in period["nodes"]}


def test_explorer_filters_are_checked(stories_client: TestClient) -> None:
    assert_error(stories_client.get("/api/map", params={"kind": "friendship"}), 422)
    assert_error(stories_client.get("/map", params={"since": "soon"}), 422)


def test_an_unknown_dossier_is_a_404(stories_client: TestClient) -> None:
    assert "nope" in assert_error(stories_client.get("/places/geonames:nope"), 404)
    assert_error(stories_client.get("/api/dossiers/geonames:nope"), 404)


BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.mark.parametrize(("path", "says"), [
    ("/no-such-page", "Nothing is published at this address."),
    ("/places/geonames:nope", "no place, organisation or person with id &#39;geonames:nope&#39;"),
])
def test_a_browser_gets_an_html_404_page(stories_client: TestClient, path: str,
                                         says: str) -> None:
    response = stories_client.get(path, headers=BROWSER)
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>Page not found</h1>" in response.text
    assert says in response.text
    assert 'href="/search"' in response.text  # the top bar: somewhere to go


@pytest.mark.parametrize("path", ["/api/no-such-list", "/api/dossiers/geonames:nope"])
def test_the_api_answers_a_browser_in_its_one_error_shape(stories_client: TestClient,
                                                          path: str) -> None:
    assert_error(stories_client.get(path, headers=BROWSER), 404)
