"""Partnerships: one record per set of parties, across every story that reports it.

A partnership gathers its links (each with its source document), the history of
its kind over time (proposal 2016 -> agreement 2017 -> twinning 2019), the date it
was established (the first twinning or signed agreement), the first and last dates
it was reported, its sectors over time and a status: ``dormant`` when nothing was
reported for ``dormant_after_years``. Reprints of one story (near-duplicates)
count once in ``stories`` while every source is kept. The events of a
partnership are those its documents report between (at least) all of its parties.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from citypact.model import Event, Link, LinkKind, formality
from citypact.textnorm import fold

Status = Literal["active", "dormant"]


@dataclass(frozen=True, slots=True)
class SourcedLink:
    """A link as one document reports it."""

    link: Link
    document_id: str
    published: str | None = None
    source: str | None = None
    position: int = 0
    """The link's position in its document's list of links."""

    @property
    def when(self) -> str | None:
        """The date the link is about: its own date, else its story's publication date."""
        return self.link.date or self.published


@dataclass(frozen=True, slots=True)
class KindStep:
    """A step of the kind history: from this date, the relation was at least this formal."""

    kind: LinkKind
    date: str | None
    document_id: str


@dataclass(frozen=True, slots=True)
class Partnership:
    id: str
    parties: tuple[str, ...]
    kind: LinkKind
    """The most formal relation ever reported."""
    established: str | None
    first_reported: str | None
    last_reported: str | None
    status: Status
    history: tuple[KindStep, ...]
    sectors: tuple[str, ...]
    sectors_by_year: tuple[tuple[str, tuple[str, ...]], ...]
    links: tuple[SourcedLink, ...]
    stories: int
    """Distinct stories, reprints counted once."""


@dataclass(frozen=True, slots=True)
class SourcedEvent:
    """An event as one document reports it."""

    event: Event
    document_id: str
    position: int = 0
    """The event's position in its document's list of events."""


@lru_cache(maxsize=1 << 16)
def party_key(name: str) -> str:
    """The folded name of a party (remembered: a rebuild folds each name thousands of times)."""
    return fold(name)


def party_keys(parties: Iterable[str]) -> frozenset[str]:
    """The folded names of a set of parties: what makes two spellings one party."""
    return frozenset(party_key(p) for p in parties)


def partnership_id(parties: Iterable[str]) -> str:
    """A stable id of a set of parties, whatever their order or spelling of case/accents."""
    key = "|".join(sorted(party_keys(parties)))
    return "partnership:" + hashlib.sha1(key.encode()).hexdigest()[:16]


def _party_names(links: list[SourcedLink]) -> tuple[str, ...]:
    """One spelling per party, the one most links use (ties: the first in sort order)."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for item in links:
        for name in item.link.parties:
            spellings[party_key(name)][name] += 1
    chosen = (min(c, key=lambda name: (-c[name], name)) for c in spellings.values())
    return tuple(sorted(chosen))


def _sort_key(item: SourcedLink) -> tuple[str, int]:
    return (item.when or "9999", formality(item.link.kind))


def kind_history(links: list[SourcedLink]) -> tuple[KindStep, ...]:
    """Chronological steps where the relation became more formal (or first appeared)."""
    steps: list[KindStep] = []
    for item in sorted(links, key=_sort_key):
        if not steps or formality(item.link.kind) < formality(steps[-1].kind):
            steps.append(KindStep(item.link.kind, item.when, item.document_id))
    return tuple(steps)


def dormant_before(today: dt.date, dormant_after_years: int) -> dt.date:
    """A partnership last reported before this day is dormant: nothing for more than
    ``dormant_after_years`` whole years."""
    return dt.date(today.year - dormant_after_years, 1, 1)


def _status(last: str | None, today: dt.date, dormant_after_years: int) -> Status:
    if last is None or int(last[:4]) < dormant_before(today, dormant_after_years).year:
        return "dormant"
    return "active"


def _sectors_by_year(links: list[SourcedLink]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    years: dict[str, set[str]] = defaultdict(set)
    for item in links:
        if item.when and item.link.sectors:
            years[item.when[:4]].update(item.link.sectors)
    return tuple((year, tuple(sorted(s))) for year, s in sorted(years.items()))


def build_partnership(links: list[SourcedLink], *, today: dt.date,
                      dormant_after_years: int = 5,
                      story_of: Mapping[str, str] | None = None) -> Partnership:
    """One partnership from every sourced link of one set of parties."""
    parties = _party_names(links)
    dates = sorted(d for d in (item.when for item in links) if d)
    formal = [item for item in links if item.link.kind in ("twinning", "agreement")]
    established = min((i.link.date for i in formal if i.link.date), default=None)
    story_of = story_of or {}
    return Partnership(
        id=partnership_id(parties),
        parties=parties,
        kind=min((item.link.kind for item in links), key=formality),
        established=established,
        first_reported=dates[0] if dates else None,
        last_reported=dates[-1] if dates else None,
        status=_status(dates[-1] if dates else None, today, dormant_after_years),
        history=kind_history(links),
        sectors=tuple(sorted({s for item in links for s in item.link.sectors})),
        sectors_by_year=_sectors_by_year(links),
        links=tuple(sorted(links, key=_sort_key)),
        stories=len({story_of.get(item.document_id, item.document_id) for item in links}),
    )


def build_partnerships(links: Iterable[SourcedLink], *, today: dt.date,
                       dormant_after_years: int = 5,
                       story_of: Mapping[str, str] | None = None) -> list[Partnership]:
    """Group links by their set of parties (folded) into partnerships, most reported first.

    A link needs two distinct parties to make a partnership; others are left out.

    Args:
        links: every link with the document it comes from.
        today: the date status is judged against.
        dormant_after_years: years without news after which a partnership is dormant.
        story_of: document id -> id of its story (from ``MinHasher.group``), so that
            reprints count once.
    """
    groups: dict[str, list[SourcedLink]] = defaultdict(list)
    for item in links:
        if len(party_keys(item.link.parties)) >= 2:
            groups[partnership_id(item.link.parties)].append(item)
    built = [build_partnership(items, today=today, dormant_after_years=dormant_after_years,
                               story_of=story_of) for items in groups.values()]
    return sorted(built, key=lambda p: (-p.stories, p.parties))


def partnership_events(partnership: Partnership,
                       events: Iterable[SourcedEvent]) -> tuple[SourcedEvent, ...]:
    """The events of the partnership's documents whose parties include all of its parties.

    An event sentence names every party of its pairs ("Hue, Blois and Tours signed..."),
    so it belongs to each partnership among them that its document reports.
    """
    documents = {item.document_id for item in partnership.links}
    parties = party_keys(partnership.parties)
    return tuple(e for e in events
                 if e.document_id in documents and parties <= party_keys(e.event.parties))
