"""The collection the build fills: entities as mutable drafts, their names and codes.

It also holds what several steps of the collection share: the population thresholds
of famous, big and known cities, and the stripping of administrative words from a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from citypact.gazetteer import rules
from citypact.gazetteer.keys import is_han, is_hangul, name_key
from citypact.gazetteer.model import Entity
from citypact.gazetteer.names import NameTable
from citypact.model import PlaceKind

# Alternate names of a city of fewer inhabitants must start like one of the words
# of its name ("Torino" for Turin): GeoNames gives Topeka the alternate "Google"
# and Bac Giang "Thương". Famous cities keep every exonym ("Köln", "Saigon").
_FAMOUS = 1_000_000
_BIG_CITY = 100_000
_KNOWN_CITY = 15_000
_SPLIT = re.compile(r"[\s,\-–]+")
_HAN_SHORT = 2
"""A Han name of two characters is kept for a city of ``_BIG_CITY`` or more only: Chinese
writes no spaces, and a short name of a small town is often an ordinary word inside a run
("合作", cooperation, is Hezuo; "打通", to open up, a Datong); a longer one carries its
suffix ("合作市") or is a foreign town's full transliteration ("米兰", "岘港")."""


@dataclass(slots=True)
class _Draft:
    """An entity while it is being built (mutable)."""

    id: str
    name: str
    kind: PlaceKind
    country: str
    subtype: str = ""
    admin1: str | None = None
    region: str | None = None
    successor: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    parent_code: str | None = None

    def freeze(self) -> Entity:
        return Entity(self.id, self.name, self.kind, self.country, self.admin1, self.region,
                      self.successor, self.lat, self.lon, self.population)


@dataclass
class Collection:
    """Everything the gazetteer holds, ready to be written."""

    entities: dict[str, _Draft] = field(default_factory=dict)
    names: NameTable = field(default_factory=lambda: NameTable(frozenset()))
    codes: dict[str, str] = field(default_factory=dict)
    """ISO 3166 code (country or subdivision) -> entity id."""
    translated: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    """(country id, spelling) -> the languages of which it is the country's name only."""

    def frozen(self) -> list[Entity]:
        return [draft.freeze() for draft in self.entities.values()]


def strip_admin_words(name: str, wrappers: rules.Wrappers, *, leading_only: bool = False
                      ) -> str | None:
    """The name without a leading or trailing administrative word, if it has one; a Chinese
    name without the suffix its run of Han characters ends with ("广东省": "广东"), longest
    first, two characters kept."""
    for script in (is_han, is_hangul):
        if script(name):
            # Korean names too ("경기도": "경기", "칭다오 시": "칭다오")
            suffixes = sorted((p for p in wrappers.strip_end if script(p)), key=len,
                              reverse=True)
            return next((name[:-len(p)].rstrip() for p in suffixes
                         if not leading_only and name.endswith(p)
                         and len(name[:-len(p)].rstrip()) >= _HAN_SHORT), None)
    tokens = [t for t in _SPLIT.split(name) if t]
    folded = [name_key(t) for t in tokens]
    for phrase in () if leading_only else wrappers.strip_end:
        words = phrase.split()
        if len(tokens) > len(words) and folded[-len(words):] == words:
            return " ".join(tokens[:-len(words)])
    for phrase in wrappers.strip_start:
        words = phrase.split()
        if len(tokens) > len(words) and folded[:len(words)] == words:
            return " ".join(tokens[len(words):])
    return None
