"""The JSON API: pages with total and next, the extraction contract, one error shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient
from web_builders import assert_error, documents, filled_settings

from citypact.serialize import extraction_to_json
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


def test_documents_come_in_pages_with_a_next_url(client: TestClient) -> None:
    first = client.get("/api/documents").json()
    assert (first["total"], first["offset"], first["limit"]) == (3, 0, 2)
    assert [d["title"] for d in first["items"]] == ["Escaping", "Memorandum"]
    assert first["next"] == "http://testserver/api/documents?offset=2&limit=2"
    last = client.get(first["next"]).json()
    assert [d["title"] for d in last["items"]] == ["Twins"]
    assert last["next"] is None


def test_a_document_is_its_extraction_contract_object(client: TestClient) -> None:
    article, extraction = documents()[0]
    response = client.get(f"/api/documents/{article.id}")
    assert response.status_code == 200
    assert response.json() == json.loads(extraction_to_json(extraction))


def test_places_with_the_number_of_documents_naming_them(client: TestClient) -> None:
    body = client.get("/api/places?limit=10").json()
    assert [(p["name"], p["documents"]) for p in body["items"]] == [
        ("Florence", 2), ("Hanoi", 2), ("Turin", 2)]
    assert body["items"][0]["id"] == "geonames:3176959"


def test_links_carry_their_evidence_and_document(client: TestClient) -> None:
    body = client.get("/api/links?limit=1&offset=1").json()
    next_url = urlsplit(body["next"])
    assert (body["total"], next_url.path) == (3, "/api/links")
    assert parse_qs(next_url.query) == {"offset": ["2"], "limit": ["1"]}
    (link,) = body["items"]
    memorandum = documents()[1][0]
    assert link["document_id"] == memorandum.id
    assert link["document_title"] == "Memorandum"
    assert link["parties"] == ["Hanoi", "Turin"]
    assert link["party_ids"] == ["geonames:1581130", "geonames:3165524"]
    assert link["evidence_text"] == ["Hanoi and Turin signed a memorandum."]
    assert (link["kind"], link["date"], link["evidence"]) == ("agreement", "2022-05-06", [[0, 36]])


def test_links_of_one_document(client: TestClient) -> None:
    twins = documents()[0][0]
    body = client.get("/api/links", params={"document": twins.id}).json()
    assert [link["document_id"] for link in body["items"]] == [twins.id]


def test_an_unknown_document_is_a_404(client: TestClient) -> None:
    message = assert_error(client.get("/api/documents/0123"), 404)
    assert "0123" in message


def test_an_unknown_route_is_a_404(client: TestClient) -> None:
    assert_error(client.get("/api/nothing-here"), 404)


@pytest.mark.parametrize(("query", "field"), [
    ("limit=0", "limit"), ("offset=-1", "offset"), ("limit=abc", "limit"),
    ("limit=100000", "limit"),
])
def test_a_bad_page_request_is_a_422(client: TestClient, query: str, field: str) -> None:
    message = assert_error(client.get(f"/api/links?{query}"), 422)
    assert message.startswith(f"{field}: ")


def test_an_unexpected_error_is_a_500_without_details(
        web_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    import citypact.web.api

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(citypact.web.api, "list_documents", broken)
    with TestClient(create_app(web_settings), raise_server_exceptions=False) as client:
        message = assert_error(client.get("/api/documents"), 500)
    assert message == "internal server error"


def test_the_lifespan_migrates_an_empty_database(clean_env: None, tmp_path: Path) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'new.db'}")
    with TestClient(create_app(settings)) as client:
        body = client.get("/api/documents").json()
    assert (body["total"], body["items"], body["next"]) == (0, [], None)


def test_an_in_memory_database_serves_every_thread(settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        assert client.get("/api/places").json()["total"] == 0
        assert client.get("/api/links").json()["total"] == 0


def test_the_api_describes_itself(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/documents", "/api/documents/{doc_id}", "/api/places",
            "/api/links"} <= set(schema["paths"])
    assert "/" not in schema["paths"], "pages are not part of the API"
    assert "ErrorBodyPublic" in schema["components"]["schemas"]
