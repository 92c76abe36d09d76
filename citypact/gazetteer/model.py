"""What the gazetteer holds: entities, their names, and the boundary Protocol.

An *entity* is a place with a stable id (``geonames:<id>``, ``iso3166-2:<code>``, or
``csc:<id>`` for a city that only countrystatecity lists) and its common English name. A
*name entry* ties one spelling (``variant``) to an entity, under the folded ``key`` that the
phrase automaton finds in text, with where the spelling comes from and how strictly it must
be written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import IntEnum, IntFlag
from typing import Protocol

from citypact.extract.matchers.phrases import PhraseMatcher
from citypact.model import PlaceKind


class Source(IntEnum):
    """Where a spelling comes from, most trusted first."""

    CURATED = 0
    """Our alias tables (``data/*.toml``)."""
    OFFICIAL = 1
    """The entity's own name in its source (GeoNames ``name``, ISO 3166 names, English names)."""
    DERIVED = 2
    """Made by a documented rule from an official name (admin words stripped, syllables joined)."""
    ALTERNATE = 3
    """GeoNames alternate names, filtered for noise."""


class NameFlag(IntFlag):
    """How strictly a spelling must appear in text to count."""

    NONE = 0
    EXACT_CASE = 1
    """An abbreviation: only as written ("HCMC", "US", "TP.HCM")."""
    ACCENTS = 2
    """Only with its diacritics ("Đức" is Germany, "Duc" is a given name)."""
    WRAPPED = 4
    """Only right after a body's or an island's wrapper ("Cabildo de La Palma"): bare, the
    name is another place's or a word (see ``data/places.toml``)."""
    AMONG_KIN = 8
    """With ``WRAPPED``: bare too in a story that names another place of ``places.toml`` in
    the same first-level region ("La Gomera" beside "Tenerife")."""


def has_flag(flags: NameFlag, flag: NameFlag) -> bool:
    """Whether ``flags`` holds ``flag``."""
    # as plain integers: ``&`` of two flags builds a new flag (~2 us, measured), and the
    # resolver asks it of every spelling of every candidate several times a mention
    return bool(int(flags) & int(flag))


@dataclass(frozen=True, slots=True)
class Entity:
    """A place of the gazetteer."""

    id: str
    name: str
    kind: PlaceKind
    country: str
    admin1: str | None = None
    """English name of the first-level region that holds it (cities, provinces)."""
    region: str | None = None
    """Id of the region entity that holds it, when the gazetteer has it."""
    successor: str | None = None
    """Id of the entity it was merged into (Vietnam's provinces before July 2025)."""
    lat: float | None = None
    lon: float | None = None
    population: int = 0


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One spelling of one entity."""

    key: str
    entity_id: str
    variant: str
    source: Source
    flags: NameFlag = NameFlag.NONE
    langs: str = ""
    """Language restriction: "" anywhere, "vi" only in Vietnamese, "!vi" never in Vietnamese."""

    def allowed_in(self, language: str | None) -> bool:
        """Whether the spelling may be read in a text of this language."""
        if not self.langs:
            return True
        codes = self.langs.lstrip("!").split(",")
        if self.langs.startswith("!"):
            return language not in codes
        return language is None or language in codes


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity that a key may name, with the spellings that lead to it."""

    entity: Entity
    names: tuple[NameEntry, ...]
    best_source: Source = field(init=False, repr=False, compare=False)
    """The most trusted source among its spellings (read for every score: computed once)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "best_source", min(name.source for name in self.names))


class Gazetteer(Protocol):
    """What place recognition needs from a gazetteer (the SQLite index or a test double)."""

    @property
    def matcher(self) -> PhraseMatcher:
        """The automaton of every key; hit ids are key ids."""
        ...

    def candidates(self, key: str) -> Sequence[Candidate]:
        """Entities named by a folded key, each with its name entries."""
        ...

    def entity(self, entity_id: str) -> Entity | None:
        """An entity by id."""
        ...
