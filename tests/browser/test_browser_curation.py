"""Curation in a real browser (Debian's Chromium, as ``test_browser``): an editor signs in,
confirms one link and rejects another, and sees "confirmed by a person" and the rejected
link gone; an anonymous browser sees no control and its forged write is refused, as is a
signed-in write without the CSRF token. Screenshots go to ``artifacts/screenshots/``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import REPO
from test_browser import CHROMIUM, CHROMIUM_ARGS, _shoot, served_store

PASSWORD = "correct horse battery"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``citypact serve`` over the ingested examples, with one editor: ada."""
    yield from served_store("curation", tmp_path_factory, [
        (["ingest", str(REPO / "examples")], None),
        (["user", "add", "ada", "--password-stdin"], PASSWORD + "\n")])


@pytest.fixture
def browser(server: str) -> Iterator[Any]:
    """A fresh browser (no cookie) that may reach 127.0.0.1 only."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                              args=CHROMIUM_ARGS)
        context = launched.new_context(viewport={"width": 1360, "height": 900})
        context.route("**/*", lambda route: route.continue_()
                      if route.request.url.startswith("http://127.0.0.1") else route.abort())
        yield context
        context.close()
        launched.close()


def _errors(page: Any) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    return errors


def _sign_in(page: Any, server: str) -> None:
    page.goto(f"{server}/login?next=/", wait_until="networkidle")
    _shoot(page, "login")
    page.fill("input[name=username]", "ada")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button")
    page.wait_for_url(f"{server}/")
    assert page.locator(".editor-name").inner_text() == "ada"


def test_an_editor_confirms_one_link_and_rejects_another(browser: Any, server: str) -> None:
    page = browser.new_page()
    errors = _errors(page)
    _sign_in(page, server)
    rows = page.locator("#links tbody tr")
    total = rows.count()
    first_doc = rows.nth(0).locator("td a[href^='/documents/']").get_attribute("href")
    rows.nth(0).locator("button.curate-confirm").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#links tbody tr").nth(0).locator(".verdict-confirmed").inner_text() \
        == "confirmed by a person"
    second = page.locator("#links tbody tr").nth(1)
    rejected_key = second.locator(".curate").get_attribute("data-link-key")
    second.locator("button.curate-reject").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("#links tbody tr").count() == total - 1
    assert page.locator(f"[data-link-key='{rejected_key}']").count() == 0
    _shoot(page, "curation-links")
    page.goto(server + first_doc.split("#")[0], wait_until="networkidle")
    assert page.locator(".doc-links .verdict-confirmed").count() >= 1
    _shoot(page, "curation-document")
    page.goto(f"{server}/audit", wait_until="networkidle")
    assert page.locator("#audit tbody tr").count() >= 3  # user.add, confirm, reject
    _shoot(page, "audit")
    assert errors == []


def test_an_anonymous_browser_sees_no_controls_and_a_forged_post_is_refused(
        browser: Any, server: str) -> None:
    page = browser.new_page()
    page.goto(f"{server}/", wait_until="networkidle")
    assert page.locator(".curate").count() == 0
    assert page.locator("a.sign-in").is_visible()
    link = page.locator("#links tbody tr td a[href^='/documents/']").first.get_attribute("href")
    document, position = link.removeprefix("/documents/").split("#ev-")
    _shoot(page, "anonymous")
    status = page.evaluate("""async (url) => {
        const r = await fetch(url, {method: 'POST', body: new URLSearchParams({action: 'reject'})});
        return [r.status, (await r.json()).error.message]; }""",
                           f"/links/{document}/{position}/verdict")
    assert status[0] == 401 and "sign in" in status[1]
    page.reload(wait_until="networkidle")
    assert page.locator(f"#links a[href='{link}']").count() == 1  # still there


def test_a_signed_in_post_without_the_csrf_token_is_refused(browser: Any, server: str) -> None:
    page = browser.new_page()
    _sign_in(page, server)
    link = page.locator("#links tbody tr td a[href^='/documents/']").first.get_attribute("href")
    document, position = link.removeprefix("/documents/").split("#ev-")
    status = page.evaluate("""async (url) => {
        const r = await fetch(url, {method: 'POST', body: new URLSearchParams({action: 'reject'})});
        return [r.status, (await r.json()).error.message]; }""",
                           f"/links/{document}/{position}/verdict")
    assert status[0] == 403 and "CSRF" in status[1]
