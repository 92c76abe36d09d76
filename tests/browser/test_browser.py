"""The explorer in a real browser: Debian's Chromium driven by Playwright, against the app
served on a free loopback port over a database ingested from ``examples/``.

Every page loads with no console error and no request leaving 127.0.0.1; the map and
the network draw their features; search -> dossier -> evidence works. A screenshot of
each page goes to ``artifacts/screenshots/`` (git-ignored) for a person to look at.
Skips when Chromium or Playwright is missing; fails instead under ``CITYPACT_CI=1``.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest
from conftest import REPO, require

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "artifacts" / "screenshots"
LOCAL_HOSTS = {"127.0.0.1"}
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-default-apps", "--disable-extensions"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _environment(database_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CITYPACT_")}
    env["CITYPACT_DATABASE_URL"] = database_url
    return env


def served_store(label: str, tmp_path_factory: pytest.TempPathFactory,
                 commands: list[tuple[list[str], str | None]]) -> Iterator[str]:
    """``citypact serve`` on a free loopback port over a fresh store that these commands
    (``ingest``, ``user add``...) fill first; yields its base URL, stops it after."""
    require(CHROMIUM.is_file(), f"{CHROMIUM} is missing (Debian package chromium)")
    require(importlib.util.find_spec("playwright") is not None, "playwright is not installed")
    require((REPO / "citypact/web/static/vendor/leaflet/leaflet.js").is_file(),
            "the front-end libraries are not installed (make install)")
    env = _environment(f"sqlite:///{tmp_path_factory.mktemp(label) / 'citypact.db'}")
    for args, stdin in commands:
        subprocess.run([sys.executable, "-m", "citypact", *args], env=env, check=True,
                       capture_output=True, cwd=REPO, input=stdin, text=True)
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "citypact", "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stderr is not None:
            process.stderr.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``citypact serve`` on a free loopback port over the ingested examples."""
    yield from served_store("browser", tmp_path_factory,
                            [(["ingest", str(REPO / "examples")], None)])


def _wait_until_up(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {process.stderr and process.stderr.read()!r}")
        try:
            with urlopen(f"{base}/api/documents?limit=1", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the server did not start in 30 s")


@dataclass
class Watch:
    """What the pages did wrong: console errors, page errors, requests to other hosts."""

    errors: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def clear(self) -> None:
        self.errors.clear()
        self.outside.clear()
        self.failed.clear()

    def assert_clean(self) -> None:
        assert self.outside == [], f"requests leaving the machine: {self.outside}"
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.failed == [], f"failed requests: {self.failed}"


@pytest.fixture(scope="module")
def browser_context(server: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=str(CHROMIUM),
            headless=True, args=CHROMIUM_ARGS, viewport={"width": 1360, "height": 900},
            service_workers="block")
        watch = Watch()

        def guard(route: Any) -> None:
            url = route.request.url
            if urlsplit(url).hostname in LOCAL_HOSTS:
                route.continue_()
            else:
                watch.outside.append(url)
                route.abort("blockedbyclient")

        context.route("**/*", guard)
        context.watch = watch
        yield context
        context.close()


@pytest.fixture
def page(browser_context: Any) -> Iterator[Any]:
    watch: Watch = browser_context.watch
    watch.clear()
    page = browser_context.new_page()
    page.on("console", lambda m: m.type == "error" and watch.errors.append(m.text))
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    page.on("requestfailed", lambda r: watch.failed.append(f"{r.url} {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and watch.failed.append(
        f"{r.url} {r.status}"))
    yield page
    page.close()


def _shoot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=name not in {"map", "network"})


def _first_href(page: Any, selector: str) -> str:
    href: str = page.locator(selector).first.get_attribute("href")
    return href


PAGES = [
    # name, path, a selector that must be visible once the page is ready
    ("index", "/", "#links"),
    ("search", "/search?q=ile%20de%20france", "#hits .hit"),
    ("partnerships", "/partnerships", "#partnerships tbody tr"),
    ("map", "/map", "#map[data-ready=true] path.arc"),
    ("network", "/network", "#network[data-ready=true] canvas"),
    ("timeline", "/timeline", "#timeline[data-ready=true] svg"),
    ("programmes", "/programmes", "main h1"),
    ("trips", "/trips", "main h1"),
    ("projects", "/projects", "main h1"),
    ("docs", "/docs", ".swagger-ui .information-container"),
]


@pytest.mark.parametrize(("name", "path", "ready"), PAGES, ids=[p[0] for p in PAGES])
def test_every_page_loads_offline_without_errors(page: Any, server: str, browser_context: Any,
                                                 name: str, path: str, ready: str) -> None:
    page.goto(server + path, wait_until="networkidle")
    page.locator(ready).first.wait_for(state="visible", timeout=15_000)
    _shoot(page, name)
    browser_context.watch.assert_clean()


def test_entity_pages_load_offline_without_errors(page: Any, server: str,
                                                  browser_context: Any) -> None:
    page.goto(f"{server}/partnerships", wait_until="networkidle")
    partnership = _first_href(page, "#partnerships tbody a")
    page.goto(server + partnership, wait_until="networkidle")
    page.locator("#history-chart[data-ready=true] svg").wait_for(timeout=15_000)
    _shoot(page, "partnership")
    place = _first_href(page, "h1 a")
    page.goto(server + place, wait_until="networkidle")
    page.locator(".dossier-side [data-chart=timeline][data-ready=true]").wait_for(timeout=15_000)
    _shoot(page, "dossier")
    page.goto(server + _first_href(page, ".documents a"), wait_until="networkidle")
    page.locator("#text .m").first.wait_for()
    _shoot(page, "document")
    page.goto(f"{server}/search?q=development%20agency&kind=organization",
              wait_until="networkidle")
    page.goto(server + _first_href(page, "#hits a"), wait_until="networkidle")
    page.locator("#entity-name").wait_for()
    _shoot(page, "organization")
    for listing, name in (("/programmes", "programme"), ("/trips", "trip")):
        page.goto(server + listing, wait_until="networkidle")
        page.goto(server + _first_href(page, f"main a[href^='{listing}/']"),
                  wait_until="networkidle")
        page.locator("main h1").wait_for()
        _shoot(page, name)
    page.goto(f"{server}/search?q=pecresse&kind=person", wait_until="networkidle")
    page.goto(server + _first_href(page, "#hits a"), wait_until="networkidle")
    assert page.locator("#entity-name").inner_text() == "Valérie Pécresse"
    _shoot(page, "person")
    browser_context.watch.assert_clean()


def test_the_map_draws_countries_places_and_arcs(page: Any, server: str) -> None:
    page.goto(f"{server}/map", wait_until="networkidle")
    page.locator("#map[data-ready=true]").wait_for(timeout=15_000)
    countries = page.locator("#map path.leaflet-interactive, #map path").count()
    assert countries > 150  # Natural Earth's countries, then the arcs and places
    assert page.locator("#map path.arc").count() >= 5
    assert page.locator("#map path.place").count() >= 10
    page.locator("#map path.place").first.dispatch_event("click")
    page.wait_for_url("**/places/**")
    assert page.locator("#entity-name").is_visible()


def test_the_map_filters_by_kind(page: Any, server: str) -> None:
    page.goto(f"{server}/map", wait_until="networkidle")
    page.locator("#map[data-ready=true]").wait_for(timeout=15_000)
    every = page.locator("#map path.arc").count()
    page.select_option("select[name=kind]", "twinning")
    page.wait_for_url("**/map?kind=twinning")
    page.locator("#map[data-ready=true]").wait_for(timeout=15_000)
    twinnings = page.locator("#map path.arc").count()
    assert 0 < twinnings < every
    strokes = {page.locator("#map path.arc").nth(i).get_attribute("stroke")
               for i in range(twinnings)}
    assert strokes == {"#7c3aed"}


def test_the_network_draws_nodes_and_edges_from_server_positions(page: Any,
                                                                 server: str) -> None:
    page.goto(f"{server}/network", wait_until="networkidle")
    page.locator("#network[data-ready=true]").wait_for(timeout=15_000)
    counts = page.evaluate(
        "() => { const cy = document.getElementById('network').cy;"
        " return [cy.nodes().length, cy.edges().length, cy.nodes()[0].position().x]; }")
    nodes, edges, _ = counts
    assert nodes >= 10 and edges >= 10


def test_search_then_dossier_then_evidence(page: Any, server: str, browser_context: Any) -> None:
    page.goto(f"{server}/search", wait_until="networkidle")
    page.fill("#q", "ile de france")  # no accent, no capital: finds Île-de-France
    hit = page.locator("#hits a", has_text="Île-de-France")
    hit.wait_for(timeout=10_000)
    assert "q=ile+de+france" in page.url or "q=ile%20de%20france" in page.url  # hx-push-url
    hit.click()
    page.wait_for_url("**/places/**")
    assert page.locator("#entity-name").inner_text() == "Île-de-France"
    evidence = page.locator("blockquote.evidence").first
    assert evidence.locator("mark").count() >= 1  # the party's name is highlighted
    sentence = evidence.locator(".sentence").first.inner_text().strip()
    evidence.locator("a.source").click()
    page.wait_for_url("**/documents/**#ev-*")
    lit = page.locator("#text .ev.lit")
    lit.first.wait_for()
    assert sentence[:40] in "".join(lit.all_inner_texts())
    assert page.locator(".doc-links li.current").count() == 1
    _shoot(page, "evidence")
    browser_context.watch.assert_clean()
