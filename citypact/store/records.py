"""What the repository's list queries return: plain frozen rows, never ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Generic, TypeVar

from citypact.model import Link

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list query, with the number of rows in the whole list."""

    items: tuple[T, ...]
    total: int
    offset: int
    limit: int

    @property
    def next_offset(self) -> int | None:
        """The offset of the next page, or ``None`` on the last page."""
        following = self.offset + self.limit
        return following if following < self.total else None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """A stored document without its text, with the number of links it reports."""

    id: str
    path: str | None
    url: str | None
    title: str | None
    language: str | None
    published: str | None
    ingested_at: dt.datetime
    links: int


@dataclass(frozen=True, slots=True)
class PlaceSummary:
    """A stored place with the number of documents that name it."""

    id: str
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    documents: int


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """A stored link, where it comes from, and the entity each party names (if known)."""

    document_id: str
    document_title: str | None
    position: int
    link: Link
    party_ids: tuple[str | None, ...]
