"""The database tables: mapping only, no queries (those live in ``repository``).

Entities (places, organisations, people) are shared by every document that names
them: one row per id. What a document says of them (its mentions, the order it
lists them in, a person's role in that text) lives in per-document tables whose
primary key is ``(document_id, position)``, so an extraction reads back in the
order it was written. Every per-document row goes when its document goes
(``ON DELETE CASCADE``).

Any change here needs a migration in ``citypact/store/migrations/versions``;
``tests/store/test_store_migrations.py`` fails when the two disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Named constraints, so that migrations can alter them on SQLite and PostgreSQL alike."""

_DOCUMENT_FK = "documents.id"


class Base(DeclarativeBase):
    """Declarative base holding the one ``MetaData`` of citypact's tables."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DocumentRow(Base):
    """A stored document: its normalised text and what the extraction says of it."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    """sha256 hex of the normalised text."""
    path: Mapped[str | None] = mapped_column(String)
    url: Mapped[str | None] = mapped_column(String)
    title: Mapped[str | None] = mapped_column(String)
    language: Mapped[str | None] = mapped_column(String)
    published: Mapped[str | None] = mapped_column(String, index=True)
    """ISO date as the source gives it: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str] = mapped_column(String)
    """The citypact version whose pipeline made the extraction."""
    extraction_format: Mapped[str] = mapped_column(String)


class PlaceRow(Base):
    """A resolved place (``geonames:<id>``, ``iso3166:<code>``...), shared by documents."""

    __tablename__ = "places"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String)
    admin1: Mapped[str | None] = mapped_column(String)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)


class OrganizationRow(Base):
    """A named organisation (``org:<slug>``), shared by documents."""

    __tablename__ = "organizations"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String, index=True)
    country: Mapped[str | None] = mapped_column(String)
    type: Mapped[str | None] = mapped_column(String)


class PersonRow(Base):
    """A named person (``person:<slug of the name>``), shared by documents."""

    __tablename__ = "people"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)


class DocumentPlaceRow(Base):
    """A place that a document lists, at its position in the document's list."""

    __tablename__ = "document_places"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(_DOCUMENT_FK, ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    place_id: Mapped[str] = mapped_column(ForeignKey("places.id"), index=True)


class DocumentOrganizationRow(Base):
    """An organisation that a document lists, with the other names the text uses."""

    __tablename__ = "document_organizations"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(_DOCUMENT_FK, ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), index=True)
    aliases: Mapped[list[Any]] = mapped_column(JSON)


class DocumentPersonRow(Base):
    """A person that a document names, as the text writes the name, with role and affiliation."""

    __tablename__ = "document_people"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(_DOCUMENT_FK, ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    name: Mapped[str] = mapped_column(String)
    role: Mapped[str | None] = mapped_column(String)
    affiliation: Mapped[str | None] = mapped_column(String)


class MentionRow(Base):
    """One ``[start, end)`` span of a document that names an entity.

    ``entity_position`` is the entity's position in the document's list of that
    kind; ``entity_id`` repeats its id so that "every mention of X" is one query.
    """

    __tablename__ = "mentions"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(_DOCUMENT_FK, ondelete="CASCADE"), primary_key=True)
    entity_kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    """``place``, ``organization`` or ``person``."""
    entity_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity_id: Mapped[str] = mapped_column(String, index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class LinkRow(Base):
    """A cooperation reported by a document, with the sentences that prove it."""

    __tablename__ = "links"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(_DOCUMENT_FK, ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    """The first day of the period that ``date_precision`` says."""
    date_precision: Mapped[str | None] = mapped_column(String)
    """``day``, ``month`` or ``year``; ``None`` when there is no date."""
    sectors: Mapped[list[Any]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
    """``[[start, end], ...]`` spans of the document text."""
    evidence_text: Mapped[list[Any]] = mapped_column(JSON)


class LinkPartyRow(Base):
    """A party of a link: its canonical name, and the entity of the document it names."""

    __tablename__ = "link_parties"
    __table_args__ = (
        ForeignKeyConstraint(["document_id", "link_position"],
                             ["links.document_id", "links.position"], ondelete="CASCADE"),
    )

    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    link_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String, index=True)
    entity_kind: Mapped[str | None] = mapped_column(String(16))
    entity_id: Mapped[str | None] = mapped_column(String, index=True)
    """``None`` when no place or organisation of the document bears the name."""


class EventRow(Base):
    """A signing, visit, meeting... that a document reports."""

    __tablename__ = "events"

    document_id: Mapped[str] = mapped_column(
        ForeignKey(_DOCUMENT_FK, ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String)
    place: Mapped[str | None] = mapped_column(String)
    parties: Mapped[list[Any]] = mapped_column(JSON)
    evidence: Mapped[list[Any]] = mapped_column(JSON)
