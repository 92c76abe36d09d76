"""Topics of trip stops, parties of pilot projects.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

Frozen like the revisions before it: the tables are spelled out here, not imported.
New tables only, so that no stored row changes: a stop's topics and a project's parties
need the extraction pipeline's sentences, which are not stored, so the trips and
projects already stored gain them when their documents are ingested into a new
database.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _create_index(table: str, column: str) -> None:
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def _create_trip_stop_topics() -> None:
    op.create_table(
        "trip_stop_topics",
        sa.Column("trip_id", sa.String(), nullable=False),
        sa.Column("stop_position", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["trip_id", "stop_position"],
                                ["trip_stops.trip_id", "trip_stops.position"],
                                ondelete="CASCADE",
                                name=op.f("fk_trip_stop_topics_trip_id_trip_stops")),
        sa.PrimaryKeyConstraint("trip_id", "stop_position", "topic",
                                name=op.f("pk_trip_stop_topics")),
    )
    _create_index("trip_stop_topics", "topic")


def _create_project_parties() -> None:
    op.create_table(
        "project_parties",
        sa.Column("project_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("entity_kind", sa.String(16), nullable=True),
        sa.Column("entity_id", sa.String(), nullable=True),
        sa.Column("country", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["project_id"], ["projects.id"], ondelete="CASCADE",
                                name=op.f("fk_project_parties_project_id_projects")),
        sa.PrimaryKeyConstraint("project_id", "position", name=op.f("pk_project_parties")),
    )
    _create_index("project_parties", "entity_id")
    _create_index("project_parties", "country")


def upgrade() -> None:
    _create_trip_stop_topics()
    _create_project_parties()


def downgrade() -> None:
    for table in ("project_parties", "trip_stop_topics"):
        op.drop_table(table)
