"""Settings, read from ``CITYPACT_*`` environment variables.

Built once at the edge (CLI callback, FastAPI lifespan) and passed down; nothing
here runs at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


def default_cache_dir() -> Path:
    """The per-user cache folder (XDG), where the gazetteer index lives."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "citypact"


class Settings(BaseSettings):
    """Every tunable of citypact. Each field is documented in the README."""

    model_config = SettingsConfigDict(env_prefix="CITYPACT_", extra="ignore")

    database_url: str = "sqlite:///./citypact.db"
    """SQLAlchemy URL; ``postgresql+psycopg://user@host/db`` for PostgreSQL."""

    cache_dir: Path = default_cache_dir()
    """Where built resources (the gazetteer index) are kept."""

    gazetteer_path: Path | None = None
    """Path of the gazetteer index; defaults to ``<cache_dir>/gazetteer-v1.sqlite``."""

    min_city_population: int = 1000
    """Smallest city (inhabitants) that the gazetteer keeps from GeoNames."""

    host: str = "127.0.0.1"
    port: int = 8000
    page_size: int = 50
    """Default number of rows per page in the JSON API."""

    dormant_after_years: int = 5
    """A partnership with no news for this many years is reported as dormant."""

    warm_views: bool = True
    """The server makes the unfiltered map and network again in the background as soon as
    the data changes, so that no visitor waits for them."""

    ci: bool = False
    """Set in CI: tests that would skip for a missing PostgreSQL or browser fail instead."""

    log_level: str = "WARNING"

    def resolved_gazetteer_path(self) -> Path:
        """The gazetteer index path, defaulting into the cache folder."""
        return self.gazetteer_path or self.cache_dir / "gazetteer-v1.sqlite"
