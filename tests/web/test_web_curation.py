"""Curation over HTTP: sign-in, CSRF, the forms and their JSON twins, what anonymous
visitors may not do, and "confirmed by a person" on every page that shows a link."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from story_builders import HCMC, TURIN, stories
from web_builders import assert_error as assert_error_shape
from web_builders import story_settings

from citypact.resolve.partnerships import partnership_id
from citypact.store import make_engine, make_session_factory
from citypact.store.accounts import add_user
from citypact.web import create_app

PASSWORD = "correct horse battery"
HCMC_TURIN = partnership_id(["Ho Chi Minh City", "Turin"])
HCMC_DOC = next(s for s in stories() if s.file == "hcmc-turin-2024.txt").article().id
LINK = f"/links/{HCMC_DOC}/0/verdict"


@pytest.fixture
def app_client(tmp_path: Path) -> Iterator[TestClient]:
    """The app over the six stories, with one editor (ada); nobody signed in."""
    settings = story_settings(f"sqlite:///{tmp_path / 'kb.db'}")
    engine = make_engine(settings.database_url)
    with make_session_factory(engine)() as session:
        add_user(session, "ada", PASSWORD)
    engine.dispose()
    with TestClient(create_app(settings)) as client:
        yield client


def sign_in(client: TestClient) -> str:
    """Sign ada in; the CSRF token of her session."""
    response = client.post("/login", data={"username": "ada", "password": PASSWORD,
                                           "next": "/partnerships"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/partnerships"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie
    token: str = client.get("/api/session").json()["csrf_token"]
    return token


def assert_error(response: object, status: int, words: str) -> None:
    """The one error shape, with a message saying ``words``."""
    assert words in assert_error_shape(response, status)


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found is not None
    return found.group(1)


def test_a_wrong_password_shows_the_form_again(app_client: TestClient) -> None:
    response = app_client.post("/login", data={"username": "ada", "password": "nope"})
    assert response.status_code == 401 and "wrong user name or password" in response.text
    assert "citypact_session" not in response.headers.get("set-cookie", "")
    assert_error(app_client.get("/api/session"), 401, "sign in")


def test_anonymous_visitors_see_no_controls_and_cannot_write(app_client: TestClient) -> None:
    for page in ("/", f"/partnerships/{HCMC_TURIN}", f"/places/{TURIN.id}",
                 f"/documents/{HCMC_DOC}"):
        html = app_client.get(page).text
        assert 'class="curate' not in html and "csrf_token" not in html, page
        assert "Sign in" in html
    assert_error(app_client.post(LINK, data={"action": "reject"}), 401, "sign in")
    assert_error(app_client.post(f"/api{LINK}", json={"action": "reject"}), 401, "sign in")
    assert_error(app_client.post(f"/entities/{HCMC.id}/verdict",
                                 data={"action": "merge", "into": TURIN.id}), 401, "sign in")
    assert_error(app_client.post(f"/api/documents/{HCMC_DOC}/resolutions",
                                 json={"wrong": HCMC.id, "right": TURIN.id}), 401, "sign in")
    assert_error(app_client.get("/api/audit"), 401, "sign in")
    assert app_client.get("/audit", follow_redirects=False).headers["location"].startswith(
        "/login?next=")
    assert "Ho Chi Minh City" in app_client.get("/").text  # nothing was changed


def test_a_write_without_the_csrf_token_is_refused_even_signed_in(
        app_client: TestClient) -> None:
    token = sign_in(app_client)
    assert_error(app_client.post(LINK, data={"action": "reject"}), 403, "CSRF")
    assert_error(app_client.post(LINK, data={"action": "reject", "csrf_token": "forged"}),
                 403, "CSRF")
    assert_error(app_client.post(f"/api{LINK}", json={"action": "reject"}), 403, "CSRF")
    assert_error(app_client.post("/logout"), 403, "CSRF")
    audit = app_client.get("/api/audit", headers={"X-CSRF-Token": token}).json()["items"]
    assert [a["action"] for a in audit] == ["user.add"]  # no correction was made


def test_an_editor_confirms_and_rejects_links_from_the_pages(app_client: TestClient) -> None:
    sign_in(app_client)
    page = app_client.get("/")
    assert 'class="curate' in page.text and "ada" in page.text
    token = csrf_of(page.text)
    response = app_client.post(LINK, data={"action": "reject", "csrf_token": token},
                               headers={"referer": "http://testserver/"},
                               follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert "Ho Chi Minh City" not in app_client.get("/").text
    assert_error(app_client.get(f"/api/partnerships/{HCMC_TURIN}"), 404, "")
    document = app_client.get(f"/documents/{HCMC_DOC}").text
    assert "rejected by a person" in document and 'class="rejected"' in document
    hanoi = next(s for s in stories() if s.file == "hanoi-turin-courier.txt").article().id
    app_client.post(f"/links/{hanoi}/0/verdict", data={"action": "confirm", "csrf_token": token})
    for page_url in ("/", f"/partnerships/{partnership_id(['Hanoi', 'Turin'])}",
                     f"/places/{TURIN.id}", f"/documents/{hanoi}"):
        assert "confirmed by a person" in app_client.get(page_url).text, page_url
    audit = app_client.get("/audit").text
    assert "link.reject" in audit and "link.confirm" in audit
    assert f'href="/documents/{HCMC_DOC}"' in audit and f'href="/documents/{hanoi}"' in audit


def test_the_json_twins_correct_links_and_entities(app_client: TestClient) -> None:
    token = sign_in(app_client)
    headers = {"X-CSRF-Token": token}
    response = app_client.post(f"/api{LINK}", headers=headers, json={
        "action": "correct", "kind": "agreement", "date": "2024-01", "sectors": ["transport"]})
    assert response.status_code == 201, response.text
    assert response.json()["payload"]["kind"] == "agreement"
    assert response.json()["username"] == "ada"
    partnership = app_client.get(f"/api/partnerships/{HCMC_TURIN}").json()
    assert partnership["partnership"]["kind"] == "agreement"
    assert "corrected by a person" in app_client.get(f"/partnerships/{HCMC_TURIN}").text
    listed = {(item["document_id"], item["position"]): item["verdict"]
              for item in app_client.get("/api/links").json()["items"]}
    assert listed[(HCMC_DOC, 0)]["verdict"] == "corrected"
    assert listed[(HCMC_DOC, 0)]["by"] == "ada"
    assert [v for key, v in listed.items() if key != (HCMC_DOC, 0)] == [None] * (len(listed) - 1)
    assert_error(app_client.post(f"/api{LINK}", headers=headers,
                                 json={"action": "correct", "kind": "friendship"}), 422, "kind")
    assert_error(app_client.post(f"/api/links/{HCMC_DOC}/9/verdict", headers=headers,
                                 json={"action": "confirm"}), 404, "no link")
    assert_error(app_client.post(f"/api/entities/{HCMC.id}/verdict", headers=headers,
                                 json={"action": "merge", "into": "org:dalat-university"}),
                 422, "cannot merge a place into a organization")
    confirmed = app_client.post(f"/api/entities/{TURIN.id}/verdict", headers=headers,
                                json={"action": "confirm"})
    assert confirmed.status_code == 201
    assert "confirmed by a person" in app_client.get(f"/places/{TURIN.id}").text


def test_merging_and_fixing_from_the_forms(app_client: TestClient) -> None:
    token = sign_in(app_client)
    hanoi_id = "geonames:1581130"
    response = app_client.post(f"/entities/{HCMC.id}/verdict", data={
        "action": "merge", "into": hanoi_id, "csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/places/{hanoi_id}"
    dossier = app_client.get(f"/places/{hanoi_id}").text
    assert "merged with Ho Chi Minh City" in dossier
    assert_error(app_client.get(f"/api/dossiers/{HCMC.id}"), 404, "")
    response = app_client.post(f"/documents/{HCMC_DOC}/resolutions", data={
        "wrong": hanoi_id, "right": "geonames:1584071", "csrf_token": token})
    assert response.status_code == 200
    extraction = app_client.get(f"/api/documents/{HCMC_DOC}").json()
    assert extraction["places"][0]["id"] == "geonames:1584071"
    assert [a["action"] for a in app_client.get("/api/audit").json()["items"]] == [
        "resolution.fix", "entity.merge"]


def test_signing_out_ends_the_session(app_client: TestClient) -> None:
    token = sign_in(app_client)
    response = app_client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303
    assert_error(app_client.get("/api/session"), 401, "sign in")
    assert 'class="curate' not in app_client.get("/").text
