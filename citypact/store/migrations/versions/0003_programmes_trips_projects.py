"""Programme memberships of links, delegations' trips with their stops, pilot projects.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

Frozen like 0001 and 0002: the tables are spelled out here, not imported. They start
empty: trips and projects need the extraction pipeline's sentences and dates, which
are not stored, so documents stored before this revision gain them when ingested into
a new database.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _create_index(table: str, column: str) -> None:
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def _evidence() -> list[sa.Column[int]]:
    return [sa.Column("evidence_start", sa.Integer(), nullable=False),
            sa.Column("evidence_end", sa.Integer(), nullable=False)]


def _owner(table: str, column: str, target: str) -> list[sa.schema.SchemaItem]:
    """A column pointing at a row of ``target`` (its ``id``); the row goes with it."""
    return [
        sa.Column(column, sa.String(), nullable=False),
        sa.ForeignKeyConstraint([column], [f"{target}.id"], ondelete="CASCADE",
                                name=op.f(f"fk_{table}_{column}_{target}")),
    ]


def _document(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f(f"fk_{table}_document_id_documents")),
    ]


def _create_programme_links() -> None:
    op.create_table(
        "programme_links",
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("link_position", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.String(), nullable=False),
        sa.Column("direct", sa.Boolean(), nullable=False),
        *_evidence(),
        sa.ForeignKeyConstraint(["document_id", "link_position"],
                                ["links.document_id", "links.position"], ondelete="CASCADE",
                                name=op.f("fk_programme_links_document_id_links")),
        sa.ForeignKeyConstraint(["programme_id"], ["organizations.id"],
                                name=op.f("fk_programme_links_programme_id_organizations")),
        sa.PrimaryKeyConstraint("document_id", "link_position", "programme_id",
                                name=op.f("pk_programme_links")),
    )
    _create_index("programme_links", "programme_id")


def _create_trips() -> None:
    op.create_table(
        "trips",
        sa.Column("id", sa.String(), nullable=False),
        *_document("trips"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=True),
        sa.Column("start_precision", sa.String(), nullable=True),
        sa.Column("end", sa.Date(), nullable=True),
        sa.Column("end_precision", sa.String(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("delegates", sa.Integer(), nullable=True),
        sa.Column("leaders", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trips")),
    )
    _create_index("trips", "document_id")
    _create_index("trips", "year")
    op.create_table(
        "trip_parties",
        *_owner("trip_parties", "trip_id", "trips"),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("entity_kind", sa.String(16), nullable=True),
        sa.Column("entity_id", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("trip_id", "role", "position", name=op.f("pk_trip_parties")),
    )
    _create_index("trip_parties", "entity_id")
    _create_index("trip_parties", "country")
    op.create_table(
        "trip_stops",
        *_owner("trip_stops", "trip_id", "trips"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(), nullable=True),
        sa.Column("place", sa.String(), nullable=True),
        sa.Column("place_id", sa.String(), nullable=True),
        sa.Column("hosts", sa.JSON(), nullable=False),
        *_evidence(),
        sa.PrimaryKeyConstraint("trip_id", "position", name=op.f("pk_trip_stops")),
    )
    _create_index("trip_stops", "place_id")


def _create_projects() -> None:
    op.create_table(
        "projects",
        sa.Column("id", sa.String(), nullable=False),
        *_document("projects"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        *_evidence(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    for column in ("document_id", "status", "year"):
        _create_index("projects", column)
    op.create_table(
        "project_sectors",
        *_owner("project_sectors", "project_id", "projects"),
        sa.Column("sector", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("project_id", "sector", name=op.f("pk_project_sectors")),
    )
    _create_index("project_sectors", "sector")
    op.create_table(
        "project_places",
        *_owner("project_places", "project_id", "projects"),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("place_id", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("project_id", "position", name=op.f("pk_project_places")),
    )
    _create_index("project_places", "place_id")
    _create_index("project_places", "country")


def upgrade() -> None:
    _create_programme_links()
    _create_trips()
    _create_projects()


def downgrade() -> None:
    for table in ("project_places", "project_sectors", "projects", "trip_stops",
                  "trip_parties", "trips", "programme_links"):
        op.drop_table(table)
