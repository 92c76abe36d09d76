"""Frozen dataclasses shared by every stage: the only things stages hand each other.

Their JSON form (the public extraction contract, ``citypact.extraction.v1``) is
written and read in one place: ``citypact.serialize``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]
"""``[start, end)`` character offsets into the stored (normalised) document text."""

PlaceKind = Literal["city", "region", "country"]
LinkKind = Literal["twinning", "agreement", "cooperation", "proposal"]
EventType = Literal[
    "signing", "visit", "meeting", "forum", "anniversary", "project", "announcement"
]

LINK_KINDS: tuple[LinkKind, ...] = ("twinning", "agreement", "cooperation", "proposal")
"""Most formal first: when several relations join the same parties, the first wins."""

EVENT_TYPES: tuple[EventType, ...] = (
    "signing", "visit", "meeting", "forum", "anniversary", "project", "announcement",
)

FORMAT = "citypact.extraction.v1"


def formality(kind: LinkKind) -> int:
    """Rank of a link kind: 0 is the most formal (twinning)."""
    return LINK_KINDS.index(kind)


@dataclass(frozen=True, slots=True)
class Article:
    """A document as citypact stores it: normalised text plus what the source says of it."""

    id: str
    text: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """The ``document`` object of an extraction: an article without its text."""

    id: str
    path: str | None
    url: str | None
    title: str | None
    language: str | None
    published: str | None

    @classmethod
    def of(cls, article: Article) -> DocumentInfo:
        return cls(article.id, article.path, article.url, article.title,
                   article.language, article.published)


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place with every span that mentions it."""

    id: str
    name: str
    kind: PlaceKind
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    name: str
    country: str | None = None
    type: str | None = None
    mentions: tuple[Span, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: str | None = None
    affiliation: str | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Link:
    """A cooperation between two or more parties (canonical names), with its evidence."""

    parties: tuple[str, ...]
    kind: LinkKind
    date: str | None = None
    sectors: tuple[str, ...] = ()
    confidence: float = 0.5
    evidence: tuple[Span, ...] = ()
    evidence_text: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    type: EventType
    date: str | None = None
    place: str | None = None
    parties: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document: the ``citypact.extraction.v1`` object."""

    document: DocumentInfo
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    links: tuple[Link, ...] = ()
    events: tuple[Event, ...] = ()
    format: str = field(default=FORMAT)
