"""Alembic environment: runs citypact's migrations on a connection handed in.

``citypact.store.engine.upgrade_database`` opens the connection and passes it
as ``config.attributes["connection"]``; no ``alembic.ini`` is needed. Offline
mode (``--sql``) renders the SQL for ``sqlalchemy.url``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from citypact.store.tables import Base


def run_offline() -> None:
    """Emit the migration SQL for the configured URL without a database."""
    context.configure(url=context.config.get_main_option("sqlalchemy.url"),
                      target_metadata=Base.metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online(connection: Connection) -> None:
    """Apply the migrations on an open connection."""
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    if context.is_offline_mode():
        run_offline()
        return
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError("run migrations through citypact.store.upgrade_database")
    run_online(connection)


main()
