"""``citypact serve``: the web app and JSON API, under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer

from citypact.cli import app, settings_of
from citypact.errors import CitypactError
from citypact.store import upgrade_database


@app.command("serve")
def serve_cli(
    ctx: typer.Context,
    host: Annotated[str | None, typer.Option(help="Address to listen on [CITYPACT_HOST].")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on [CITYPACT_PORT].")] = None,
) -> None:
    """Serve the knowledge base: HTML pages at /, the JSON API under /api.

    The database is migrated to the newest schema when the server starts.

    Example: citypact serve --host 127.0.0.1 --port 8000
    """
    import uvicorn  # only when serving

    from citypact.web import create_app

    settings = settings_of(ctx)
    try:  # fail here with a message rather than inside the server's startup
        upgrade_database(settings.database_url)
    except CitypactError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    web_app = create_app(settings)
    uvicorn.run(web_app, host=host or settings.host, port=port or settings.port,
                log_level=settings.log_level.lower())
