"""``citypact extract``: print the extraction contract objects of files (no database)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from citypact.cli import app, settings_of
from citypact.errors import CitypactError
from citypact.ingest import iter_sources, read_article
from citypact.process import make_pipeline
from citypact.serialize import extraction_to_json


@app.command("extract")
def extract_cli(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
    fmt: Annotated[str, typer.Option("--format", help="Output format: jsonl.")] = "jsonl",
) -> None:
    """Extract places, actors and links from documents and print them as JSON lines.

    Example: citypact extract ../shared/corpus/seeds/*.txt --format jsonl
    """
    if fmt != "jsonl":
        raise typer.BadParameter(f"unknown format {fmt!r}; only 'jsonl' is supported",
                                 param_hint="--format")
    pipeline = make_pipeline(settings_of(ctx))
    failed = 0
    for path in iter_sources(paths):
        try:
            extraction = pipeline.extract(read_article(path))
        except CitypactError as exc:
            failed += 1
            typer.echo(f"error: {exc}", err=True)
            continue
        sys.stdout.write(extraction_to_json(extraction) + "\n")
    if failed:
        raise typer.Exit(code=1)
