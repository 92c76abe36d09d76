"""What the JSON API returns (``*Public`` models), built from the store's records."""

from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

from pydantic import BaseModel

from citypact.store import DocumentSummary, LinkRecord, PlaceSummary

T = TypeVar("T")


class PagePublic(BaseModel, Generic[T]):
    """One page of a list, the size of the whole list, and the URL of the next page."""

    items: list[T]
    total: int
    offset: int
    limit: int
    next: str | None
    """``None`` on the last page."""


class DocumentPublic(BaseModel):
    id: str
    path: str | None
    url: str | None
    title: str | None
    language: str | None
    published: str | None
    ingested_at: dt.datetime
    links: int

    @classmethod
    def of(cls, record: DocumentSummary) -> DocumentPublic:
        return cls(id=record.id, path=record.path, url=record.url, title=record.title,
                   language=record.language, published=record.published,
                   ingested_at=record.ingested_at, links=record.links)


class PlacePublic(BaseModel):
    id: str
    name: str
    kind: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    documents: int

    @classmethod
    def of(cls, record: PlaceSummary) -> PlacePublic:
        return cls(id=record.id, name=record.name, kind=record.kind, country=record.country,
                   admin1=record.admin1, lat=record.lat, lon=record.lon,
                   documents=record.documents)


class LinkPublic(BaseModel):
    """A link as in the extraction contract, with its document and its parties' entity ids."""

    document_id: str
    document_title: str | None
    parties: list[str]
    party_ids: list[str | None]
    kind: str
    date: str | None
    sectors: list[str]
    confidence: float
    evidence: list[tuple[int, int]]
    evidence_text: list[str]

    @classmethod
    def of(cls, record: LinkRecord) -> LinkPublic:
        link = record.link
        return cls(document_id=record.document_id, document_title=record.document_title,
                   parties=list(link.parties), party_ids=list(record.party_ids),
                   kind=link.kind, date=link.date, sectors=list(link.sectors),
                   confidence=link.confidence, evidence=list(link.evidence),
                   evidence_text=list(link.evidence_text))


class ErrorPublic(BaseModel):
    status: int
    message: str


class ErrorBodyPublic(BaseModel):
    """The one error shape of the API: ``{"error": {"status": 404, "message": "..."}}``."""

    error: ErrorPublic
