"""A person being assembled (its entry) and the tests on its title that every step of building
people shares: a title that is a listed one, a bare title that names no place or body."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from citypact.extract.actors.names import TokenRange
from citypact.textnorm import fold


@dataclass(slots=True)
class Entry:
    """A person being assembled: first full name, role, affiliation, mentions."""

    name: str
    role: str | None
    affiliation: str | None
    title: str | None
    ranges: list[TokenRange] = field(default_factory=list)
    vietnamese: bool = False
    east_asian: bool = False
    """Written surname first with a Chinese or Korean surname ("Wang Hao")."""
    former: bool = False
    """The title is one held once ("der damalige Oberbürgermeister Georg Hartl")."""


def _is_listed(title: str, listed: frozenset[str]) -> bool:
    """A title that is a listed one, or ends or begins with one as a word."""
    after, before = _spaced(listed)
    return title in listed or title.endswith(after) or title.startswith(before)


@lru_cache(maxsize=64)
def _spaced(listed: frozenset[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Each listed title after a space, and before one (kept for the rules' few lists)."""
    return tuple(" " + t for t in listed), tuple(t + " " for t in listed)


def _is_bare(entry: Entry) -> bool:
    """A title written alone, naming no place or body ("Governor Babajide Sanwo-Olu")."""
    return entry.role is None or fold(entry.role) == fold(entry.title or "")
