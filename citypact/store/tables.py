"""The database tables: mapping only, no queries (those live in ``repository``).

Entities (places, organisations, people) are shared by every document that names
them: one row per id. What a document says of them (its mentions, the order it
lists them in, a person's role in that text) lives in per-document tables whose
primary key is ``(document_id, position)``, so an extraction reads back in the
order it was written. Every per-document row goes when its document goes
(``ON DELETE CASCADE``).

Some tables are derived, for querying: ``link_sectors`` and ``search_names``
(folded names and aliases) are written with each document; the ``partnership*``
tables are recomputed from every stored link after an ingest batch
(``citypact.store.rebuild``). What a story tells beyond its links is written with
its document too: the links a programme frames (``programme_links``), trips with
their parties and stops (and each stop's topics), pilot projects with their sectors,
places and parties.

Any change here needs a migration in ``citypact/store/migrations/versions``;
``tests/store/test_store_migrations.py`` fails when the two disagree.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
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
_PARTNERSHIP_FK = "partnerships.id"


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


class LinkSectorRow(Base):
    """A sector of a link, one row each, so that links filter and count by sector."""

    __tablename__ = "link_sectors"
    __table_args__ = (
        ForeignKeyConstraint(["document_id", "link_position"],
                             ["links.document_id", "links.position"], ondelete="CASCADE"),
    )

    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    link_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    sector: Mapped[str] = mapped_column(String, primary_key=True, index=True)


class SearchNameRow(Base):
    """A name or alias of a place, organisation, person or document, folded for search.

    Aliases are every spelling the stored texts use (the words of each mention), so
    that "hcm city" finds Ho Chi Minh City once a text has called it that.
    """

    __tablename__ = "search_names"

    entity_kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    """``place``, ``organization``, ``person`` or ``document``."""
    entity_id: Mapped[str] = mapped_column(String, primary_key=True)
    folded: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    """``citypact.textnorm.fold`` of ``name``."""
    name: Mapped[str] = mapped_column(String)
    """The first spelling stored with this folded form."""


class PartnershipRow(Base):
    """One set of parties across every story that reports a link between them."""

    __tablename__ = "partnerships"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    """``partnership:<hash of the sorted folded party names>``."""
    name: Mapped[str] = mapped_column(String, index=True)
    """The parties joined by " – ", for display and sorting."""
    kind: Mapped[str] = mapped_column(String(16), index=True)
    """The most formal relation ever reported."""
    status: Mapped[str] = mapped_column(String(16), index=True)
    """``active`` or ``dormant``, as judged on the day of the last rebuild."""
    established: Mapped[dt.date | None] = mapped_column(Date)
    established_precision: Mapped[str | None] = mapped_column(String)
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    first_seen_precision: Mapped[str | None] = mapped_column(String)
    last_seen: Mapped[dt.date | None] = mapped_column(Date, index=True)
    last_seen_precision: Mapped[str | None] = mapped_column(String)
    stories: Mapped[int] = mapped_column(Integer)
    """Distinct stories, reprints counted once."""
    kind_history: Mapped[list[Any]] = mapped_column(JSON)
    """``[{"kind": ..., "date": ..., "document_id": ...}, ...]``, oldest first."""
    sectors_by_year: Mapped[list[Any]] = mapped_column(JSON)
    """``[["2019", ["tourism", ...]], ...]``, by year."""


# The map and network read the most reported first, ties by id: an index in that very order
# (migration 0007) reads 1,500 of 100,000 partnerships in 5 ms, where one on (stories, id)
# left SQLite to sort the 99,000 with one story (400 ms).
Index("ix_partnerships_most_reported", PartnershipRow.stories.desc(), PartnershipRow.id)


class PartnershipPartyRow(Base):
    """A party of a partnership, with the entity and country its links name (if known)."""

    __tablename__ = "partnership_parties"

    partnership_id: Mapped[str] = mapped_column(
        ForeignKey(_PARTNERSHIP_FK, ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    entity_kind: Mapped[str | None] = mapped_column(String(16))
    entity_id: Mapped[str | None] = mapped_column(String, index=True)
    country: Mapped[str | None] = mapped_column(String, index=True)


class PartnershipSectorRow(Base):
    """A sector that some link of a partnership names."""

    __tablename__ = "partnership_sectors"

    partnership_id: Mapped[str] = mapped_column(
        ForeignKey(_PARTNERSHIP_FK, ondelete="CASCADE"), primary_key=True)
    sector: Mapped[str] = mapped_column(String, primary_key=True, index=True)


class PartnershipLinkRow(Base):
    """A link that belongs to a partnership (each link belongs to one at most)."""

    __tablename__ = "partnership_links"
    __table_args__ = (
        ForeignKeyConstraint(["document_id", "link_position"],
                             ["links.document_id", "links.position"], ondelete="CASCADE"),
    )

    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    link_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    partnership_id: Mapped[str] = mapped_column(
        ForeignKey(_PARTNERSHIP_FK, ondelete="CASCADE"), index=True)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    """Year of the link's date, else of its document's publication."""
    story_id: Mapped[str] = mapped_column(String(64))
    """The first document of the story this document tells (itself unless a reprint)."""
    reprint: Mapped[bool] = mapped_column(Boolean)
    """A near-duplicate of an earlier document: its story counts once."""


class PartnershipEventRow(Base):
    """An event of a partnership: reported by one of its documents, between its parties."""

    __tablename__ = "partnership_events"
    __table_args__ = (
        ForeignKeyConstraint(["document_id", "event_position"],
                             ["events.document_id", "events.position"], ondelete="CASCADE"),
    )

    partnership_id: Mapped[str] = mapped_column(
        ForeignKey(_PARTNERSHIP_FK, ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    event_position: Mapped[int] = mapped_column(Integer, primary_key=True)


class DataVersionRow(Base):
    """One row: a counter bumped by every write of stored data (``citypact.store.versions``),
    so that every server process knows when its cached views are stale."""

    __tablename__ = "data_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    """Always 1."""
    version: Mapped[int] = mapped_column(Integer)


# --- what a story tells beyond its links: programmes, trips, pilot projects --------------
# Written with their document (``save_extraction``), each with its evidence span.


class ProgrammeLinkRow(Base):
    """A link that a programme (an organisation of type ``programme``) frames."""

    __tablename__ = "programme_links"
    __table_args__ = (
        ForeignKeyConstraint(["document_id", "link_position"],
                             ["links.document_id", "links.position"], ondelete="CASCADE"),
    )

    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    link_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    programme_id: Mapped[str] = mapped_column(ForeignKey("organizations.id"), primary_key=True,
                                              index=True)
    direct: Mapped[bool] = mapped_column(Boolean)
    """Named in the link's own sentence (else: the story's opening frames the link)."""
    evidence_start: Mapped[int] = mapped_column(Integer)
    """Where the document names the programme for this link."""
    evidence_end: Mapped[int] = mapped_column(Integer)


class TripRow(Base):
    """A delegation's trip, as one document tells it."""

    __tablename__ = "trips"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    """``trip:<hash of the document id and position>``."""
    document_id: Mapped[str] = mapped_column(
        ForeignKey(_DOCUMENT_FK, ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[dt.date | None] = mapped_column(Date)
    start_precision: Mapped[str | None] = mapped_column(String)
    end: Mapped[dt.date | None] = mapped_column(Date)
    end_precision: Mapped[str | None] = mapped_column(String)
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    """Year of the start, else of the document's publication."""
    delegates: Mapped[int | None] = mapped_column(Integer)
    leaders: Mapped[list[Any]] = mapped_column(JSON)
    """``[{"name": ..., "role": ...}, ...]``: people acting for the visitors."""


class TripPartyRow(Base):
    """A visitor or a host of a trip, with the entity and country the document names."""

    __tablename__ = "trip_parties"

    trip_id: Mapped[str] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"),
                                         primary_key=True)
    role: Mapped[str] = mapped_column(String(8), primary_key=True)
    """``visitor`` or ``host``."""
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    entity_kind: Mapped[str | None] = mapped_column(String(16))
    entity_id: Mapped[str | None] = mapped_column(String, index=True)
    country: Mapped[str | None] = mapped_column(String, index=True)


class TripStopRow(Base):
    """A visit, meeting, signing or forum of a trip, in the order the document tells them."""

    __tablename__ = "trip_stops"

    trip_id: Mapped[str] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"),
                                         primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String)
    place: Mapped[str | None] = mapped_column(String)
    place_id: Mapped[str | None] = mapped_column(String, index=True)
    hosts: Mapped[list[Any]] = mapped_column(JSON)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)


class TripStopTopicRow(Base):
    """A sector that a stop's sentence names: what the meeting or visit was about."""

    __tablename__ = "trip_stop_topics"
    __table_args__ = (
        ForeignKeyConstraint(["trip_id", "stop_position"],
                             ["trip_stops.trip_id", "trip_stops.position"],
                             ondelete="CASCADE"),
    )

    trip_id: Mapped[str] = mapped_column(String, primary_key=True)
    stop_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic: Mapped[str] = mapped_column(String, primary_key=True, index=True)


class ProjectRow(Base):
    """A pilot or joint project that a document names, with its status."""

    __tablename__ = "projects"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    """``project:<hash of the document id and position>``."""
    document_id: Mapped[str] = mapped_column(
        ForeignKey(_DOCUMENT_FK, ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), index=True)
    """``proposed``, ``launched`` or ``completed``."""
    year: Mapped[int | None] = mapped_column(Integer, index=True)
    """Year of the document's publication."""
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)


class ProjectSectorRow(Base):
    """A sector of a pilot project."""

    __tablename__ = "project_sectors"

    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"),
                                            primary_key=True)
    sector: Mapped[str] = mapped_column(String, primary_key=True, index=True)


class ProjectPlaceRow(Base):
    """A place that a pilot project's sentence names."""

    __tablename__ = "project_places"

    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"),
                                            primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    place_id: Mapped[str | None] = mapped_column(String, index=True)
    country: Mapped[str | None] = mapped_column(String, index=True)


class ProjectPartyRow(Base):
    """A party of a pilot project: an organisation its sentence names, or a visitor of
    the trip whose itinerary tells it."""

    __tablename__ = "project_parties"

    project_id: Mapped[str] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"),
                                            primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String(8))
    """``named`` (in the project's sentence) or ``visitor`` (of the trip)."""
    entity_kind: Mapped[str | None] = mapped_column(String(16))
    entity_id: Mapped[str | None] = mapped_column(String, index=True)
    country: Mapped[str | None] = mapped_column(String, index=True)


# --- people at work: editors, their sessions, their corrections, the audit log ------------
# Written by ``citypact.store.accounts`` and ``citypact.store.curation``, never by an ingest
# or a rebuild: human corrections are stored apart from machine output and always win.


class UserRow(Base):
    """An editor: a local account that may sign in and correct what the machine read."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String)
    """An argon2id hash (``argon2-cffi``): never the password."""
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class UserSessionRow(Base):
    """A signed-in browser: the hash of its cookie's token, and the CSRF token it must echo."""

    __tablename__ = "user_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    """sha256 hex of the session cookie's token (the token itself is never stored)."""
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)


class CorrectionRow(Base):
    """An editor's judgement of a link, an entity or a resolution.

    ``target_key`` survives re-extraction: a link is known by its document and its sorted
    parties (not by its position), an entity by its id, a resolution by its document and
    the place the machine chose.
    """

    __tablename__ = "corrections"
    __table_args__ = (
        Index("ix_corrections_target", "target_type", "target_key"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    target_type: Mapped[str] = mapped_column(String(16))
    """``link``, ``entity`` or ``resolution``."""
    target_key: Mapped[str] = mapped_column(String)
    action: Mapped[str] = mapped_column(String(16))
    """``confirm``, ``reject``, ``correct`` (links); ``confirm``, ``merge`` (entities);
    ``resolve`` (resolutions)."""
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    username: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    superseded: Mapped[bool] = mapped_column(Boolean, index=True)
    """A later correction of the same target replaced this one."""


class LinkVerdictRow(Base):
    """The verdict a correction gives a stored link: derived from ``corrections`` each time
    they are applied, gone with its link (a re-extraction gets it back when applied)."""

    __tablename__ = "link_verdicts"
    __table_args__ = (
        ForeignKeyConstraint(["document_id", "link_position"],
                             ["links.document_id", "links.position"], ondelete="CASCADE"),
    )

    document_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    link_position: Mapped[int] = mapped_column(Integer, primary_key=True)
    verdict: Mapped[str] = mapped_column(String(16), index=True)
    """``confirmed``, ``corrected`` or ``rejected``."""
    correction_id: Mapped[int] = mapped_column(
        ForeignKey("corrections.id", ondelete="CASCADE"), index=True)


class AuditRow(Base):
    """One write by a person: who, what, the value before and after, when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(32))
    target_type: Mapped[str] = mapped_column(String(16))
    target_key: Mapped[str] = mapped_column(String)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), index=True)
