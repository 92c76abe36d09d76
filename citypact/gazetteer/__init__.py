"""The gazetteer: places (GeoNames, ISO 3166) and their names, built offline.

- ``build_gazetteer(settings)`` writes the index into the cache folder;
- ``load_gazetteer(settings)`` opens it (building it first if missing);
- ``Gazetteer`` is the Protocol that place recognition depends on; tests
  inject a ``MemoryGazetteer``.
"""

from citypact.gazetteer.build import (
    build_gazetteer,
    gazetteer_current,
    gazetteer_exists,
    load_gazetteer,
)
from citypact.gazetteer.memory import MemoryGazetteer
from citypact.gazetteer.model import Candidate, Entity, Gazetteer, NameEntry, NameFlag, Source
from citypact.gazetteer.store import GazetteerInfo, SqliteGazetteer

__all__ = [
    "Candidate",
    "Entity",
    "Gazetteer",
    "GazetteerInfo",
    "MemoryGazetteer",
    "NameEntry",
    "NameFlag",
    "Source",
    "SqliteGazetteer",
    "build_gazetteer",
    "gazetteer_current",
    "gazetteer_exists",
    "load_gazetteer",
]
