"""Partnerships and their links and events; link sectors and folded names for search.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29

Frozen like 0001: the tables are spelled out here, not imported. The backfill of
``link_sectors`` and ``search_names`` for documents stored before this revision
uses ``citypact.textnorm.fold``, the one definition of folding (what search
compares); the partnership tables start empty and are filled by the next ingest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from citypact.textnorm import fold

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BATCH = 500


def _create_index(table: str, column: str) -> None:
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def _link_key(table: str) -> list[sa.schema.SchemaItem]:
    """``(document_id, link_position)`` pointing at a link; the row goes with the link."""
    return [
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("link_position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id", "link_position"],
                                ["links.document_id", "links.position"], ondelete="CASCADE",
                                name=op.f(f"fk_{table}_document_id_links")),
    ]


def _partnership_key(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("partnership_id", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["partnership_id"], ["partnerships.id"], ondelete="CASCADE",
                                name=op.f(f"fk_{table}_partnership_id_partnerships")),
    ]


def _create_link_sectors() -> None:
    op.create_table(
        "link_sectors",
        *_link_key("link_sectors"),
        sa.Column("sector", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "link_position", "sector",
                                name=op.f("pk_link_sectors")),
    )
    _create_index("link_sectors", "sector")


def _create_search_names() -> None:
    op.create_table(
        "search_names",
        sa.Column("entity_kind", sa.String(16), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("folded", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("entity_kind", "entity_id", "folded",
                                name=op.f("pk_search_names")),
    )
    _create_index("search_names", "folded")


def _create_partnerships() -> None:
    op.create_table(
        "partnerships",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("established", sa.Date(), nullable=True),
        sa.Column("established_precision", sa.String(), nullable=True),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("first_seen_precision", sa.String(), nullable=True),
        sa.Column("last_seen", sa.Date(), nullable=True),
        sa.Column("last_seen_precision", sa.String(), nullable=True),
        sa.Column("stories", sa.Integer(), nullable=False),
        sa.Column("kind_history", sa.JSON(), nullable=False),
        sa.Column("sectors_by_year", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnerships")),
    )
    for column in ("name", "kind", "status", "last_seen"):
        _create_index("partnerships", column)


def _create_partnership_members() -> None:
    op.create_table(
        "partnership_parties",
        *_partnership_key("partnership_parties"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("entity_kind", sa.String(16), nullable=True),
        sa.Column("entity_id", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("partnership_id", "position",
                                name=op.f("pk_partnership_parties")),
    )
    _create_index("partnership_parties", "entity_id")
    _create_index("partnership_parties", "country")
    op.create_table(
        "partnership_sectors",
        *_partnership_key("partnership_sectors"),
        sa.Column("sector", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("partnership_id", "sector",
                                name=op.f("pk_partnership_sectors")),
    )
    _create_index("partnership_sectors", "sector")
    op.create_table(
        "partnership_links",
        *_link_key("partnership_links"),
        *_partnership_key("partnership_links"),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("story_id", sa.String(64), nullable=False),
        sa.Column("reprint", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("document_id", "link_position",
                                name=op.f("pk_partnership_links")),
    )
    _create_index("partnership_links", "partnership_id")
    _create_index("partnership_links", "year")
    op.create_table(
        "partnership_events",
        *_partnership_key("partnership_events"),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("event_position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id", "event_position"],
                                ["events.document_id", "events.position"], ondelete="CASCADE",
                                name=op.f("fk_partnership_events_document_id_events")),
        sa.PrimaryKeyConstraint("partnership_id", "document_id", "event_position",
                                name=op.f("pk_partnership_events")),
    )


# --- backfill of the documents stored before this revision ------------------------------

_documents = sa.table("documents", sa.column("id"), sa.column("title"), sa.column("text"))
_links = sa.table("links", sa.column("document_id"), sa.column("position"),
                  sa.column("sectors", sa.JSON()))
_mentions = sa.table("mentions", sa.column("document_id"), sa.column("entity_kind"),
                     sa.column("entity_id"), sa.column("start"), sa.column("end"))
_named = {
    "place": sa.table("places", sa.column("id"), sa.column("name")),
    "organization": sa.table("organizations", sa.column("id"), sa.column("name")),
    "person": sa.table("people", sa.column("id"), sa.column("name")),
}
_org_aliases = sa.table("document_organizations", sa.column("organization_id"),
                        sa.column("aliases", sa.JSON()))
_person_names = sa.table("document_people", sa.column("person_id"), sa.column("name"))
_link_sectors = sa.table("link_sectors", sa.column("document_id"), sa.column("link_position"),
                         sa.column("sector"))
_search_names = sa.table("search_names", sa.column("entity_kind"), sa.column("entity_id"),
                         sa.column("folded"), sa.column("name"))

Name = tuple[str, str, str]
"""``(entity kind, entity id, spelling)``."""


def _insert(table: sa.TableClause, rows: Iterable[dict[str, Any]]) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == _BATCH:
            op.get_bind().execute(table.insert(), batch)
            batch = []
    if batch:
        op.get_bind().execute(table.insert(), batch)


def _sector_rows(connection: sa.Connection) -> Iterator[dict[str, Any]]:
    for doc_id, position, sectors in connection.execute(sa.select(_links)):
        for sector in dict.fromkeys(sectors or ()):
            yield {"document_id": doc_id, "link_position": position, "sector": sector}


def _entity_names(connection: sa.Connection) -> Iterator[Name]:
    for kind, table in _named.items():
        for entity_id, name in connection.execute(sa.select(table.c.id, table.c.name)):
            yield kind, entity_id, name
    for org_id, aliases in connection.execute(sa.select(_org_aliases)):
        for alias in aliases or ():
            yield "organization", org_id, alias
    for person_id, name in connection.execute(sa.select(_person_names)):
        yield "person", person_id, name


def _document_names(connection: sa.Connection) -> Iterator[Name]:
    """Titles, and the words of every mention (one document's text in memory at a time)."""
    spans: dict[str, list[tuple[str, str, int, int]]] = defaultdict(list)
    for doc_id, kind, entity_id, start, end in connection.execute(sa.select(_mentions)):
        spans[doc_id].append((kind, entity_id, start, end))
    for doc_id, title in connection.execute(sa.select(_documents.c.id, _documents.c.title)):
        if title:
            yield "document", doc_id, title
        if spans.get(doc_id):
            text = connection.execute(sa.select(_documents.c.text)
                                      .where(_documents.c.id == doc_id)).scalar_one()
            for kind, entity_id, start, end in spans[doc_id]:
                yield kind, entity_id, text[start:end]


def _search_rows(names: Iterable[Name]) -> Iterator[dict[str, Any]]:
    seen: set[tuple[str, str, str]] = set()
    for kind, entity_id, name in names:
        key = (kind, entity_id, fold(name))
        if key[2] and key not in seen:
            seen.add(key)
            yield {"entity_kind": kind, "entity_id": entity_id, "folded": key[2], "name": name}


def _backfill() -> None:
    if op.get_context().as_sql:
        return  # offline (--sql): there are no rows to read
    connection = op.get_bind()
    _insert(_link_sectors, list(_sector_rows(connection)))
    names = [*_entity_names(connection), *_document_names(connection)]
    _insert(_search_names, list(_search_rows(names)))


def upgrade() -> None:
    _create_link_sectors()
    _create_search_names()
    _create_partnerships()
    _create_partnership_members()
    _backfill()


def downgrade() -> None:
    for table in ("partnership_events", "partnership_links", "partnership_sectors",
                  "partnership_parties", "partnerships", "search_names", "link_sectors"):
        op.drop_table(table)
