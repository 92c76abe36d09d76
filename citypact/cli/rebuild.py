"""``citypact rebuild``: recompute every partnership from the stored links."""

from __future__ import annotations

import typer

from citypact.cli import app, open_store, settings_of
from citypact.errors import StoreError
from citypact.store import rebuild_partnerships


@app.command("rebuild")
def rebuild_cli(ctx: typer.Context) -> None:
    """Recompute every partnership from the stored links and judge every status again.

    An ingest recomputes only the partnerships of the documents it stored; run this after
    an ingest whose rebuild failed, or after changing ``dormant_after_years``.
    Exit status: 0 when done, 1 when the rebuild failed (nothing changed), 2 when the
    database cannot be opened.

    Example: citypact rebuild
    """
    with open_store(ctx) as session:
        try:
            report = rebuild_partnerships(session, settings_of(ctx))
        except StoreError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=1) from exc
    typer.echo(report.summary)
