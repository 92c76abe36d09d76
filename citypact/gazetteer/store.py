"""The on-disk gazetteer: a SQLite file plus the phrase automaton saved beside it.

Tables: ``meta`` (build facts), ``entity`` (one row a place), ``key`` (folded
keys, whose ids are the automaton's values) and ``name`` (spellings: key,
entity, variant, source, flags, languages). Loading opens the database
read-only and loads the automaton file, checked against the digest that
``meta`` records of it; rows are read on demand, per key, and the last 32k
keys' candidates are kept in memory.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from citypact.errors import GazetteerError
from citypact.extract.matchers.phrases import PhraseMatcher
from citypact.gazetteer.model import Candidate, Entity, NameEntry, NameFlag, Source

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entity (
  rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
  country TEXT NOT NULL, admin1 TEXT, region TEXT, successor TEXT, lat REAL, lon REAL,
  population INTEGER NOT NULL);
CREATE TABLE key (key_id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE);
CREATE TABLE name (
  key_id INTEGER NOT NULL, entity INTEGER NOT NULL, variant TEXT NOT NULL,
  source INTEGER NOT NULL, flags INTEGER NOT NULL, langs TEXT NOT NULL);
"""
_INDEXES = "CREATE INDEX name_key ON name (key_id);"
_AUTOMATON_DIGEST = "automaton_sha256"
_KEYS_REMEMBERED = 1 << 15
"""Keys whose candidates stay in memory (a few hundred bytes each)."""
_ENTITY_COLUMNS = "e.id, e.name, e.kind, e.country, e.admin1, e.region, e.successor, e.lat, " \
    "e.lon, e.population"


def automaton_path(path: Path) -> Path:
    """Where the automaton of the gazetteer at ``path`` is saved."""
    return path.with_suffix(".automaton")


def write_gazetteer(path: Path, entities: Iterable[Entity], names: Iterable[NameEntry],
                    meta: dict[str, str]) -> None:
    """Write the database and its automaton at ``path`` (replaced atomically)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Two processes may build at once (both found the index stale): each writes its own
    # files, and the automaton's digest in ``meta`` tells a reader whether the pair it
    # opened comes from one build.
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    try:
        conn.executescript(SCHEMA)
        rowids = _write_entities(conn, entities)
        keys = _write_names(conn, names, rowids)
        automaton = PhraseMatcher.from_keys(keys.items()).to_bytes()
        meta = {**meta, _AUTOMATON_DIGEST: _digest(automaton)}
        conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        conn.executescript(_INDEXES)
        conn.commit()
    finally:
        conn.close()
    tmp_automaton = automaton_path(tmp)
    tmp_automaton.write_bytes(automaton)
    tmp_automaton.replace(automaton_path(path))
    tmp.replace(path)


def _digest(automaton: bytes) -> str:
    return hashlib.sha256(automaton).hexdigest()


def _write_entities(conn: sqlite3.Connection, entities: Iterable[Entity]) -> dict[str, int]:
    rowids: dict[str, int] = {}
    rows = []
    for rowid, e in enumerate(entities, start=1):
        rowids[e.id] = rowid
        rows.append((rowid, e.id, e.name, e.kind, e.country, e.admin1, e.region, e.successor,
                     e.lat, e.lon, e.population))
    conn.executemany("INSERT INTO entity VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
    return rowids


def _write_names(conn: sqlite3.Connection, names: Iterable[NameEntry],
                 rowids: dict[str, int]) -> dict[str, int]:
    keys: dict[str, int] = {}
    rows = []
    for entry in names:
        if entry.entity_id not in rowids:
            continue
        key_id = keys.setdefault(entry.key, len(keys))
        rows.append((key_id, rowids[entry.entity_id], entry.variant, int(entry.source),
                     int(entry.flags), entry.langs))
    conn.executemany("INSERT INTO key VALUES (?, ?)", ((i, k) for k, i in keys.items()))
    conn.executemany("INSERT INTO name VALUES (?,?,?,?,?,?)", rows)
    return keys


def _entity(row: Sequence[object]) -> Entity:
    lat, lon = row[7], row[8]
    return Entity(str(row[0]), str(row[1]), row[2], str(row[3]),  # type: ignore[arg-type]
                  row[4] if row[4] is None else str(row[4]),
                  row[5] if row[5] is None else str(row[5]),
                  row[6] if row[6] is None else str(row[6]),
                  float(lat) if isinstance(lat, float | int) else None,
                  float(lon) if isinstance(lon, float | int) else None,
                  int(row[9]) if isinstance(row[9], int) else 0)


@dataclass(frozen=True, slots=True)
class GazetteerInfo:
    """What ``citypact gazetteer info`` shows."""

    path: Path
    size_bytes: int
    counts: dict[str, int]
    meta: dict[str, str]


class SqliteGazetteer:
    """The built gazetteer, opened read-only; implements the ``Gazetteer`` protocol."""

    def __init__(self, path: Path) -> None:
        if not path.exists() or not automaton_path(path).exists():
            raise GazetteerError(f"no gazetteer at {path}")
        try:
            self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                         check_same_thread=False)
        except sqlite3.Error as exc:
            raise GazetteerError(f"cannot open the gazetteer at {path}: {exc}") from exc
        try:
            self._matcher = self._read_automaton(path)
        except (sqlite3.Error, OSError, ValueError, pickle.UnpicklingError, EOFError) as exc:
            self._conn.close()
            raise GazetteerError(f"cannot open the gazetteer at {path}: {exc}") from exc
        self.path = path
        self._candidates = lru_cache(maxsize=_KEYS_REMEMBERED)(self._read_candidates)

    def _read_automaton(self, path: Path) -> PhraseMatcher:
        # Hashing costs 0.07 s of a 0.2 s load: the price of never pairing the database
        # with another build's automaton.
        automaton = automaton_path(path).read_bytes()
        if _digest(automaton) != self.meta(_AUTOMATON_DIGEST):
            raise ValueError("its automaton comes from another build")
        return PhraseMatcher.from_bytes(automaton)

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    @property
    def matcher(self) -> PhraseMatcher:
        return self._matcher

    def key_of(self, key_id: int) -> str:
        row = self._conn.execute("SELECT key FROM key WHERE key_id = ?", (key_id,)).fetchone()
        if row is None:
            raise GazetteerError(f"gazetteer key id {key_id} is unknown (stale automaton?)")
        return str(row[0])

    def candidates(self, key: str) -> tuple[Candidate, ...]:
        return self._candidates(key)

    def _read_candidates(self, key: str) -> tuple[Candidate, ...]:
        rows = self._conn.execute(
            f"SELECT {_ENTITY_COLUMNS}, n.variant, n.source, n.flags, n.langs FROM key k "
            "JOIN name n ON n.key_id = k.key_id JOIN entity e ON e.rowid = n.entity "
            "WHERE k.key = ? ORDER BY e.rowid", (key,)).fetchall()
        grouped: dict[str, tuple[Entity, list[NameEntry]]] = {}
        for row in rows:
            entity = grouped.setdefault(str(row[0]), (_entity(row), []))
            entity[1].append(NameEntry(key, str(row[0]), str(row[10]), Source(int(row[11])),
                                       NameFlag(int(row[12])), str(row[13])))
        return tuple(Candidate(e, tuple(n)) for e, n in grouped.values())

    def entity(self, entity_id: str) -> Entity | None:
        row = self._conn.execute(
            f"SELECT {_ENTITY_COLUMNS} FROM entity e WHERE e.id = ?", (entity_id,)).fetchone()
        return _entity(row) if row else None

    def meta(self, key: str) -> str | None:
        """One build fact of the ``meta`` table."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def info(self) -> GazetteerInfo:
        """Counts by kind, size on disk and build facts."""
        counts = {str(kind): int(n) for kind, n in self._conn.execute(
            "SELECT kind, COUNT(*) FROM entity GROUP BY kind")}
        counts["names"] = int(self._conn.execute("SELECT COUNT(*) FROM name").fetchone()[0])
        counts["keys"] = int(self._conn.execute("SELECT COUNT(*) FROM key").fetchone()[0])
        meta = {str(k): str(v) for k, v in self._conn.execute("SELECT key, value FROM meta")}
        size = self.path.stat().st_size + automaton_path(self.path).stat().st_size
        return GazetteerInfo(self.path, size, counts, meta)
