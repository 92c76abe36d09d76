"""Create the tables: documents, entities, mentions, links and their parties, events.

Revision ID: 0001
Revises:
Create Date: 2026-11-22

Frozen: this file describes the schema as it was at revision 0001 and never
imports the live models. Change the schema with a new revision.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _document_key(table: str) -> list[sa.schema.SchemaItem]:
    """``(document_id, position)``: the key of every per-document table."""
    return [
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f(f"fk_{table}_document_id_documents")),
        sa.PrimaryKeyConstraint("document_id", "position", name=op.f(f"pk_{table}")),
    ]


def _create_index(table: str, column: str) -> None:
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def _create_documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("path", sa.String(), nullable=True),
        sa.Column("url", sa.String(), nullable=True),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("language", sa.String(), nullable=True),
        sa.Column("published", sa.String(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extractor_version", sa.String(), nullable=False),
        sa.Column("extraction_format", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    _create_index("documents", "published")


def _create_entities() -> None:
    op.create_table(
        "places",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("admin1", sa.String(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
    )
    _create_index("places", "name")
    op.create_table(
        "organizations",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=True),
        sa.Column("type", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organizations")),
    )
    _create_index("organizations", "name")
    op.create_table(
        "people",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
    )


def _entity_key(table: str, column: str, entities: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column(column, sa.String(), nullable=False),
        sa.ForeignKeyConstraint([column], [f"{entities}.id"],
                                name=op.f(f"fk_{table}_{column}_{entities}")),
    ]


def _create_document_entities() -> None:
    op.create_table(
        "document_places",
        *_document_key("document_places"),
        *_entity_key("document_places", "place_id", "places"),
    )
    _create_index("document_places", "place_id")
    op.create_table(
        "document_organizations",
        *_document_key("document_organizations"),
        *_entity_key("document_organizations", "organization_id", "organizations"),
        sa.Column("aliases", sa.JSON(), nullable=False),
    )
    _create_index("document_organizations", "organization_id")
    op.create_table(
        "document_people",
        *_document_key("document_people"),
        *_entity_key("document_people", "person_id", "people"),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=True),
        sa.Column("affiliation", sa.String(), nullable=True),
    )
    _create_index("document_people", "person_id")


def _create_mentions() -> None:
    op.create_table(
        "mentions",
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("entity_kind", sa.String(16), nullable=False),
        sa.Column("entity_position", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("entity_id", sa.String(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_mentions_document_id_documents")),
        sa.PrimaryKeyConstraint("document_id", "entity_kind", "entity_position", "position",
                                name=op.f("pk_mentions")),
    )
    _create_index("mentions", "entity_id")


def _create_links() -> None:
    op.create_table(
        "links",
        *_document_key("links"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(), nullable=True),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("evidence_text", sa.JSON(), nullable=False),
    )
    _create_index("links", "kind")
    _create_index("links", "date")
    op.create_table(
        "link_parties",
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("link_position", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("entity_kind", sa.String(16), nullable=True),
        sa.Column("entity_id", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["document_id", "link_position"],
                                ["links.document_id", "links.position"], ondelete="CASCADE",
                                name=op.f("fk_link_parties_document_id_links")),
        sa.PrimaryKeyConstraint("document_id", "link_position", "position",
                                name=op.f("pk_link_parties")),
    )
    _create_index("link_parties", "name")
    _create_index("link_parties", "entity_id")


def _create_events() -> None:
    op.create_table(
        "events",
        *_document_key("events"),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(), nullable=True),
        sa.Column("place", sa.String(), nullable=True),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
    )
    _create_index("events", "type")


def upgrade() -> None:
    _create_documents()
    _create_entities()
    _create_document_entities()
    _create_mentions()
    _create_links()
    _create_events()


def downgrade() -> None:
    for table in ("events", "link_parties", "links", "mentions", "document_people",
                  "document_organizations", "document_places", "people", "organizations",
                  "places", "documents"):
        op.drop_table(table)
