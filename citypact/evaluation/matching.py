"""Which extracted item is which gold item: folded names, aliases, and link pairs.

Every comparison goes through ``textnorm.fold``, so "Vĩnh Phúc", "VINH PHUC"
and "Vinh Phuc" are one name. A folded key can name two gold entities (the
city "Genoa" and the club "Genoa CFC", alias "Genoa"): a ``name`` outranks an
``alias``, and among equals the entity listed first in the gold file wins.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Protocol

from citypact.evaluation.gold import Gold, GoldOrganization, GoldPlace
from citypact.evaluation.metrics import SetCounts
from citypact.model import Extraction, LinkKind, formality
from citypact.textnorm import fold


class Named(Protocol):
    """A gold item that can be found by name."""

    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> tuple[str, ...]: ...

    @property
    def optional(self) -> bool: ...


class NameIndex:
    """Folded names and aliases of gold items, pointing at the item's position."""

    def __init__(self, items: Sequence[Named]) -> None:
        keys: dict[str, int] = {}
        for position, item in enumerate(items):
            keys.setdefault(fold(item.name), position)
        for position, item in enumerate(items):
            for alias in item.aliases:
                keys.setdefault(fold(alias), position)
        self._keys = keys

    def find(self, names: Iterable[str]) -> int | None:
        """Position of the gold item named by the first of ``names`` that names one."""
        for name in names:
            position = self._keys.get(fold(name))
            if position is not None:
                return position
        return None


@dataclass(frozen=True, slots=True)
class SetMatch:
    """The outcome of matching extracted items against one gold list."""

    counts: SetCounts
    matches: tuple[tuple[int, int], ...]
    """``(gold position, extracted position)``: each matched gold item with the first
    extracted item that matches it."""
    missed: tuple[str, ...]
    spurious: tuple[str, ...]


def match_set(gold: Sequence[Named], extracted: Sequence[Sequence[str]]) -> SetMatch:
    """Score extracted items against gold items as sets of entities.

    An extracted item is given as its names, most telling first (its name, then
    its aliases); it matches the gold item that the first of them names. Several
    extracted items matching one gold item count once, as one correct item:
    precision is not inflated by repeats, and a repeat of a right item is not
    held against the extraction either. Extracted items matching nothing count
    once per folded name. Optional gold items count as correct when matched and
    are never missed.

    Args:
        gold: the gold items.
        extracted: for each extracted item, its names (at least one).
    """
    index = NameIndex(gold)
    first: dict[int, int] = {}
    spurious: dict[str, str] = {}
    for position, names in enumerate(extracted):
        hit = index.find(names)
        if hit is None:
            spurious.setdefault(fold(names[0]), names[0])
        else:
            first.setdefault(hit, position)
    found = sum(1 for position in first if not gold[position].optional)
    missed = tuple(item.name for position, item in enumerate(gold)
                   if not item.optional and position not in first)
    counts = SetCounts(correct=len(first), spurious=len(spurious), found=found,
                       missed=len(missed))
    return SetMatch(counts, tuple(sorted(first.items())), missed, tuple(spurious.values()))


GoldEntity = GoldPlace | GoldOrganization


class GoldEntities:
    """The gold places and organisations of a document, found by folded name."""

    def __init__(self, gold: Gold) -> None:
        self.items: tuple[GoldEntity, ...] = (*gold.places, *gold.organizations)
        self._index = NameIndex(self.items)

    def find(self, names: Iterable[str]) -> GoldEntity | None:
        """The entity that the first of ``names`` names, if any."""
        position = self._index.find(names)
        return None if position is None else self.items[position]

    def names_of(self, entity: GoldEntity) -> frozenset[str]:
        """Folded name and aliases of an entity."""
        return frozenset(fold(name) for name in (entity.name, *entity.aliases))


def is_country(entity: GoldEntity) -> bool:
    """Whether a gold entity is a country (pairs of two countries are not links)."""
    return isinstance(entity, GoldPlace) and entity.kind == "country"


@dataclass(frozen=True, slots=True)
class Party:
    """A link party as scored: the gold entity it names, or the name itself."""

    key: str
    """``fold`` of the gold entity's name, or of the name when it names no gold entity."""
    label: str
    country: bool


Resolver = Callable[[str], Party]


def make_resolver(gold: Gold, extraction: Extraction | None = None) -> Resolver:
    """Build the function that maps a party name to its ``Party``.

    A name is looked up among the gold places and organisations (names and
    aliases). A name that finds nothing but is an extracted organisation's name
    is looked up again through that organisation's aliases. A name that still
    finds nothing stays itself; it is a country when the extraction lists it as
    a country place (the gold cannot say).

    Args:
        gold: the gold annotations of the document.
        extraction: the extraction whose parties are resolved, if any.
    """
    entities = GoldEntities(gold)
    org_aliases: dict[str, tuple[str, ...]] = {}
    countries: set[str] = set()
    if extraction is not None:
        for org in extraction.organizations:
            org_aliases.setdefault(fold(org.name), org.aliases)
        countries = {fold(p.name) for p in extraction.places if p.kind == "country"}

    def resolve(name: str) -> Party:
        entity = entities.find((name, *org_aliases.get(fold(name), ())))
        if entity is None:
            return Party(fold(name), name, fold(name) in countries)
        return Party(fold(entity.name), entity.name, is_country(entity))

    return resolve


PairKey = frozenset[str]


@dataclass(frozen=True, slots=True)
class PairLink:
    """One unordered pair of parties and the most formal relation between them."""

    labels: tuple[str, str]
    kind: LinkKind
    date: str | None
    sectors: frozenset[str]
    optional: bool

    @property
    def label(self) -> str:
        return " — ".join(self.labels)


@dataclass(frozen=True, slots=True)
class LinkSource:
    """A gold or extracted link, reduced to what pairs are scored on."""

    parties: tuple[str, ...]
    kind: LinkKind
    date: str | None
    sectors: tuple[str, ...]
    optional: bool


def gold_pairs(gold: Gold) -> dict[PairKey, PairLink]:
    """The gold links as pairs; a pair is optional when every link giving it is."""
    sources = (LinkSource(x.parties, x.kind, x.date, x.sectors, x.optional) for x in gold.links)
    return expand_pairs(sources, make_resolver(gold))


def extracted_pairs(extraction: Extraction, resolve: Resolver) -> dict[PairKey, PairLink]:
    """The extracted links as pairs, parties resolved against the gold."""
    sources = (LinkSource(x.parties, x.kind, x.date, x.sectors, False) for x in extraction.links)
    return expand_pairs(sources, resolve)


def expand_pairs(sources: Iterable[LinkSource], resolve: Resolver) -> dict[PairKey, PairLink]:
    """Every unordered pair of distinct parties of every link, most formal link first.

    A link of three or more parties stands for each pair among them. Two names
    of one entity make no pair; pairs of two countries are dropped. When several
    links give a pair, it keeps the kind, date and sectors of the most formal
    one (the first listed among equals); it is optional only if all are.
    """
    pairs: dict[PairKey, PairLink] = {}
    for source in sources:
        for a, b in combinations(_distinct(map(resolve, source.parties)), 2):
            if a.country and b.country:
                continue
            key = frozenset((a.key, b.key))
            pair = PairLink((a.label, b.label), source.kind, source.date,
                            frozenset(source.sectors), source.optional)
            known = pairs.get(key)
            pairs[key] = pair if known is None else _merge(known, pair)
    return pairs


def _distinct(parties: Iterable[Party]) -> list[Party]:
    """One party per key, sorted by key (the smallest label of a key, whatever the order)."""
    first: dict[str, Party] = {}
    for party in sorted(parties, key=lambda p: (p.key, p.label)):
        first.setdefault(party.key, party)
    return list(first.values())


def _merge(known: PairLink, new: PairLink) -> PairLink:
    """The more formal of two relations between one pair (``known`` among equals)."""
    best = new if formality(new.kind) < formality(known.kind) else known
    return dataclasses.replace(best, optional=known.optional and new.optional)
