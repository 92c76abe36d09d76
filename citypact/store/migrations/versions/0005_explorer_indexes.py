"""Indexes for the explorer at scale: the most reported partnerships first.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08

The map and network read the most reported partnerships (``ORDER BY stories DESC, id``);
without an index SQLite sorts every partnership for each request (measured with 100,000
partnerships on the synthetic store of ``bench/web_data.py``). Indexes only: no stored
row changes.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_partnerships_stories_id", "partnerships", ["stories", "id"])


def downgrade() -> None:
    op.drop_index("ix_partnerships_stories_id", table_name="partnerships")
