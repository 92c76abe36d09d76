"""The data version, and the most reported partnerships read in index order.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-10

``data_version`` holds one row, a counter that every write of stored data bumps
(``citypact.store.versions``): the web server caches the explorer's views (map, network,
timeline, dossiers) and checks that counter, one cheap query, before serving one.

The index on ``partnerships (stories, id)`` of 0005 becomes ``(stories DESC, id)``: the
map and network ask for ``ORDER BY stories DESC, id``, which the old index served only in
part, so SQLite sorted every partnership of the most common story count (measured on the
synthetic store of ``bench/web_data.py``, 100,000 partnerships: 400 ms, now 5 ms).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    data_version = op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_version")),
    )
    op.bulk_insert(data_version, [{"id": 1, "version": 0}])
    op.drop_index("ix_partnerships_stories_id", table_name="partnerships")
    op.create_index("ix_partnerships_most_reported", "partnerships",
                    [sa.text("stories DESC"), "id"])


def downgrade() -> None:
    op.drop_index("ix_partnerships_most_reported", table_name="partnerships")
    op.create_index("ix_partnerships_stories_id", "partnerships", ["stories", "id"])
    op.drop_table("data_version")
