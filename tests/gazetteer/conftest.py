"""The real gazetteer, built from scratch once per test session (slow: ~20 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citypact.gazetteer import build_gazetteer
from citypact.settings import Settings


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings of a gazetteer built in a temporary folder from the PyPI packages."""
    # Cities of 15,000+ keep the build quick; the default (1,000) is built the same way.
    path: Path = tmp_path_factory.mktemp("gazetteer") / "gazetteer-v1.sqlite"
    settings = Settings(gazetteer_path=path, min_city_population=15000)
    build_gazetteer(settings)
    return settings
