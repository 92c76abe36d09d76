"""The HTML pages: documents and links with their evidence sentence, escaped."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_builders import documents, filled_settings

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
