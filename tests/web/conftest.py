"""Web fixtures: an app built by ``create_app`` over a store filled with hand-made extractions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from web_builders import documents

from citypact.settings import Settings
from citypact.store import make_engine, make_session_factory, save_extraction, upgrade_database
from citypact.web import create_app


@pytest.fixture
def web_settings(clean_env: None, tmp_path: Path) -> Settings:
    """A store file holding the three documents of ``web_builders``; pages of 2 rows."""
    url = f"sqlite:///{tmp_path / 'web.db'}"
    engine = make_engine(url)
    upgrade_database(engine)
    with make_session_factory(engine)() as session:
        for article, extraction in documents():
            save_extraction(session, article, extraction)
    engine.dispose()
    return Settings(database_url=url, page_size=2)


@pytest.fixture
def client(web_settings: Settings) -> Iterator[TestClient]:
    """A client of the app; entering it runs the lifespan (engine, migrations)."""
    with TestClient(create_app(web_settings)) as client:
        yield client
