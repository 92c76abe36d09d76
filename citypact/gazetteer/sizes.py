"""The sizes of places that resolution weighs: thresholds of population, and a region's.

A town's population decides how much a bare mention of it is worth (big, known, listed,
famous, world cities); a region, which GeoNames gives no population, counts as 10^6 (first
level) or 10^5 (second level).
"""

from __future__ import annotations

from citypact.gazetteer.model import Entity

_BIG_CITY = 100_000
_KNOWN_CITY = 15_000
_SMALL_TOWN = 1_000
_LISTED_TOWN = 5_000
"""The smallest town that a list with a chosen town of its country makes a place."""
_FAMOUS = 1_000_000
_WORLD_CITY = 300_000
"""A city big enough to open an English sentence by its name alone."""
_REGION_POPULATION = 1_000_000
_SUBREGION_POPULATION = 100_000


def _population(entity: Entity) -> int:
    if entity.population or entity.kind != "region":
        return entity.population
    return _SUBREGION_POPULATION if entity.region else _REGION_POPULATION
