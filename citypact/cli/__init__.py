"""The ``citypact`` command: thin Typer wrappers over library functions.

Each sub-module defines its commands on ``app`` (imported at the bottom so that
they register). Only this package turns errors into messages and exit codes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import typer
from sqlalchemy.orm import Session

from citypact.errors import CitypactError
from citypact.settings import Settings
from citypact.store import make_engine, make_session_factory, upgrade_database

app = typer.Typer(
    name="citypact",
    help="Read news about city-to-city cooperation and build a knowledge base of it.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def _configure(ctx: typer.Context) -> None:
    """Build the settings once, at the edge, and hand them to the command."""
    settings = Settings()
    logging.basicConfig(level=settings.log_level.upper(),
                        format="%(levelname)s %(name)s: %(message)s")
    ctx.obj = settings


def settings_of(ctx: typer.Context) -> Settings:
    """The settings built by the callback (a fresh one when called outside the app)."""
    return ctx.obj if isinstance(ctx.obj, Settings) else Settings()


@contextmanager
def open_store(ctx: typer.Context) -> Iterator[Session]:
    """A session on the settings' database, migrated to head; exit 2 when it cannot be
    opened."""
    settings = settings_of(ctx)
    try:
        engine = make_engine(settings.database_url)
        upgrade_database(engine)
    except CitypactError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    try:
        with make_session_factory(engine)() as session:
            yield session
    finally:
        engine.dispose()


def main() -> None:
    """Entry point of the ``citypact`` script and ``python -m citypact``."""
    app()


# Command modules register themselves on ``app``; keep one import per module.
from citypact.cli import eval as _eval  # noqa: E402,F401
from citypact.cli import extract as _extract  # noqa: E402,F401
from citypact.cli import gazetteer as _gazetteer  # noqa: E402,F401
from citypact.cli import ingest as _ingest  # noqa: E402,F401
from citypact.cli import rebuild as _rebuild  # noqa: E402,F401
from citypact.cli import serve as _serve  # noqa: E402,F401
from citypact.cli import user as _user  # noqa: E402,F401
