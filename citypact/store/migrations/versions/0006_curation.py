"""Curation: editors, their sessions, their corrections and the audit log.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-09

Frozen like the revisions before it: the tables are spelled out here, not imported.
New tables only, so that no stored row changes. ``corrections`` and ``audit_log`` are
written by people and never by an ingest or a rebuild; ``link_verdicts`` is derived from
``corrections`` (and goes with its link).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _create_index(table: str, column: str) -> None:
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def _create_users() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("password_hash", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )


def _create_user_sessions() -> None:
    op.create_table(
        "user_sessions",
        sa.Column("token_hash", sa.String(64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE",
                                name=op.f("fk_user_sessions_user_id_users")),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_user_sessions")),
    )
    _create_index("user_sessions", "user_id")
    _create_index("user_sessions", "expires_at")


def _create_corrections() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("target_type", sa.String(16), nullable=False),
        sa.Column("target_key", sa.String(), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
    )
    op.create_index("ix_corrections_target", "corrections", ["target_type", "target_key"])
    _create_index("corrections", "superseded")


def _create_link_verdicts() -> None:
    op.create_table(
        "link_verdicts",
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("link_position", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("correction_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id", "link_position"],
                                ["links.document_id", "links.position"], ondelete="CASCADE",
                                name=op.f("fk_link_verdicts_document_id_links")),
        sa.ForeignKeyConstraint(["correction_id"], ["corrections.id"], ondelete="CASCADE",
                                name=op.f("fk_link_verdicts_correction_id_corrections")),
        sa.PrimaryKeyConstraint("document_id", "link_position", name=op.f("pk_link_verdicts")),
    )
    _create_index("link_verdicts", "verdict")
    _create_index("link_verdicts", "correction_id")


def _create_audit_log() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("target_type", sa.String(16), nullable=False),
        sa.Column("target_key", sa.String(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    _create_index("audit_log", "username")
    _create_index("audit_log", "created_at")


def upgrade() -> None:
    _create_users()
    _create_user_sessions()
    _create_corrections()
    _create_link_verdicts()
    _create_audit_log()


def downgrade() -> None:
    for table in ("audit_log", "link_verdicts", "corrections", "user_sessions", "users"):
        op.drop_table(table)
