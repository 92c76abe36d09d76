"""Three hand-made documents and their extractions for the web tests (text written here)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from citypact.ingest.read import document_id
from citypact.model import Article, DocumentInfo, Extraction, Link, Place
from citypact.settings import Settings
from citypact.store import make_engine, make_session_factory, save_extraction, upgrade_database

FLORENCE = Place("geonames:3176959", "Florence", "city", "IT", "Tuscany", 43.7792, 11.2463)
HANOI = Place("geonames:1581130", "Hanoi", "city", "VN")
TURIN = Place("geonames:3165524", "Turin", "city", "IT", "Piedmont")


def linked(title: str, published: str, sentence: str, a: Place, b: Place,
           kind: str = "agreement") -> tuple[Article, Extraction]:
    """A one-sentence document reporting one link between two places."""
    text = f"{sentence}\nMore about it later."
    article = Article(document_id(text), text, path=f"{title.lower()}.txt", title=title,
                      language="en", published=published)
    link = Link((a.name, b.name), kind, published, ("tourism",), 0.8,  # type: ignore[arg-type]
                ((0, len(sentence)),), (sentence,))
    places = tuple(Place(p.id, p.name, p.kind, p.country, p.admin1, p.lat, p.lon,
                         ((text.index(p.name), text.index(p.name) + len(p.name)),))
                   for p in (a, b))
    return article, Extraction(DocumentInfo.of(article), places=places, links=(link,))


def documents() -> list[tuple[Article, Extraction]]:
    return [
        linked("Twins", "2021-03-04", "Florence and Hanoi signed a twinning pact.",
               FLORENCE, HANOI, "twinning"),
        linked("Memorandum", "2022-05-06", "Hanoi and Turin signed a memorandum.",
               HANOI, TURIN),
        linked("Escaping", "2023-07-08",
               "Turin <script>alert(1)</script> & Florence agreed to cooperate.",
               TURIN, FLORENCE, "cooperation"),
    ]


def filled_settings(folder: Path) -> Settings:
    """Settings over a store file holding the three ``documents()``; pages of 2 rows."""
    url = f"sqlite:///{folder / 'web.db'}"
    engine = make_engine(url)
    try:
        upgrade_database(engine)
        with make_session_factory(engine)() as session:
            for article, extraction in documents():
                save_extraction(session, article, extraction)
    finally:
        engine.dispose()
    return Settings(database_url=url, page_size=2)


def story_settings(url: str) -> Settings:
    """Settings over a store holding the six stories of ``story_builders`` and their
    partnerships (judged on ``TODAY``); pages of 2 rows."""
    import datetime as dt

    from story_builders import DORMANT_AFTER_YEARS, TODAY, stories

    from citypact.store import rebuild_partnerships

    settings = Settings(database_url=url, page_size=2, dormant_after_years=DORMANT_AFTER_YEARS)
    engine = make_engine(url)
    try:
        upgrade_database(engine)
        with make_session_factory(engine)() as session:
            for story in stories():
                article = story.article()
                save_extraction(session, article, story.extraction(article))
            rebuild_partnerships(session, settings, today=dt.date.fromisoformat(TODAY))
    finally:
        engine.dispose()
    return settings


def assert_error(response: Any, status: int) -> str:
    """The one error shape: exactly ``{"error": {"status": ..., "message": ...}}``."""
    assert response.status_code == status
    body = response.json()
    assert list(body) == ["error"]
    assert sorted(body["error"]) == ["message", "status"]
    assert body["error"]["status"] == status
    message: str = body["error"]["message"]
    assert message
    return message
