"""``citypact gazetteer``: build, inspect and query the offline gazetteer index."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from citypact.cli import app, settings_of
from citypact.errors import CitypactError
from citypact.gazetteer import (
    SqliteGazetteer,
    build_gazetteer,
    gazetteer_current,
    gazetteer_exists,
    load_gazetteer,
)
from citypact.gazetteer.keys import name_key

gazetteer_app = typer.Typer(help="Build, inspect and query the offline gazetteer index.",
                            no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


def _fail(exc: CitypactError) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(code=2)


@gazetteer_app.command("build")
def build_cli(
    ctx: typer.Context,
    if_missing: Annotated[bool, typer.Option(
        "--if-missing", help="Do nothing when a current index exists; an index of another "
        "format, data or threshold counts as missing.")] = False,
    force: Annotated[bool, typer.Option(
        "--force", help="Rebuild even when the index exists.")] = False,
) -> None:
    """Build the gazetteer index from the packaged GeoNames and ISO 3166 data.

    Without options an existing index is rebuilt only with --force; with --if-missing,
    also when it is stale (built by another version of citypact or its data).

    Example: citypact gazetteer build --if-missing
    """
    settings = settings_of(ctx)
    path = settings.resolved_gazetteer_path()
    if not force and gazetteer_exists(settings):
        if not if_missing:
            typer.echo(f"gazetteer present at {path} (use --force to rebuild)")
            return
        if gazetteer_current(settings):
            typer.echo(f"gazetteer present at {path}")
            return
        typer.echo(f"gazetteer at {path} is stale: rebuilding it")
    try:
        path = build_gazetteer(settings)
    except CitypactError as exc:
        raise _fail(exc) from exc
    typer.echo(f"gazetteer built at {path}")


@gazetteer_app.command("info")
def info_cli(ctx: typer.Context) -> None:
    """Show the index's path, size, build date and counts of places and names.

    Example: citypact gazetteer info
    """
    try:
        gazetteer = load_gazetteer(settings_of(ctx))
        info = gazetteer.info()
    except CitypactError as exc:
        raise _fail(exc) from exc
    gazetteer.close()
    typer.echo(f"path: {info.path}")
    typer.echo(f"size: {info.size_bytes / 1e6:.1f} MB")
    for key, value in sorted(info.meta.items()):
        typer.echo(f"{key}: {value}")
    for kind, count in sorted(info.counts.items()):
        typer.echo(f"{kind}: {count}")


@gazetteer_app.command("lookup")
def lookup_cli(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A place name, in any spelling.")],
) -> None:
    """List the places a name may designate, with id, kind, country, region and population.

    Example: citypact gazetteer lookup Torino
    """
    try:
        gazetteer: SqliteGazetteer = load_gazetteer(settings_of(ctx))
    except CitypactError as exc:
        raise _fail(exc) from exc
    candidates = sorted(gazetteer.candidates(name_key(name)),
                        key=lambda c: (c.best_source, -c.entity.population))
    gazetteer.close()
    if not candidates:
        typer.echo(f"no place is named {name!r}", err=True)
        raise typer.Exit(code=1)
    table = Table("id", "name", "kind", "country", "admin1", "population", "spellings")
    for candidate in candidates:
        entity = candidate.entity
        spellings = ", ".join(f"{n.variant} ({n.source.name.lower()})" for n in candidate.names)
        table.add_row(entity.id, entity.name, entity.kind, entity.country, entity.admin1 or "",
                      str(entity.population), spellings)
    Console(width=160).print(table)
