"""``citypact ingest``: read, extract and store files; a progress bar on stderr."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy.orm import Session, sessionmaker

from citypact import process
from citypact.cli import app, settings_of
from citypact.errors import CitypactError
from citypact.extract.pipeline import Pipeline
from citypact.ingest.batch import IngestReport, SourceOutcome, ingest_sources
from citypact.ingest.read import SUPPORTED_SUFFIXES, iter_sources
from citypact.model import Article
from citypact.resolve.story import Reading
from citypact.settings import Settings
from citypact.store import make_engine, make_session_factory, upgrade_database


@app.command("ingest")
def ingest_cli(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
) -> None:
    """Read documents, extract what they report, and store it in the database.

    Documents already stored (same text) are recognised and not extracted again.
    A file that cannot be read, extracted or stored is reported and skipped.
    Exit status: 0 when every file was stored or unchanged, 1 when some failed,
    2 when all failed, none was found, or the database cannot be opened.

    Example: citypact ingest examples/
    """
    settings = settings_of(ctx)
    sources = list(iter_sources(paths))
    if not sources:
        typer.echo(f"error: no documents ({', '.join(SUPPORTED_SUFFIXES)}) found in "
                   f"{', '.join(map(str, paths))}", err=True)
        raise typer.Exit(code=2)
    try:
        engine = make_engine(settings.database_url)
        upgrade_database(engine)
    except CitypactError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    try:
        report = _run_with_progress(sources, settings, make_session_factory(engine))
    finally:
        engine.dispose()
    typer.echo(report.summary)
    if report.rebuild_error:
        typer.echo(f"error: {report.rebuild_error}", err=True)
    raise typer.Exit(code=exit_code(report))


def exit_code(report: IngestReport) -> int:
    """0: nothing failed; 1: some sources failed; 2: every source failed (or none)."""
    failed = len(report.failures)
    if failed == 0 and report.outcomes:
        return 0
    return 2 if failed == len(report.outcomes) else 1


class LazyPipeline:
    """Builds the pipeline (and loads the gazetteer) on the first document that needs it,
    so that re-ingesting stored documents stays fast."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._pipeline: Pipeline | None = None

    def read(self, article: Article) -> Reading:
        if self._pipeline is None:
            self._pipeline = process.make_pipeline(self._settings)
        return process.read_document(self._pipeline, article)


def _run_with_progress(sources: list[Path], settings: Settings,
                       session_factory: sessionmaker[Session]) -> IngestReport:
    """Ingest with a progress bar on stderr; failures are printed above it as they come."""
    columns = (TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    console = Console(stderr=True)
    # No bar when stderr is not a terminal: a log then holds one line per failure and
    # nothing else (Rich would still end it with an empty line).
    with Progress(*columns, console=console, transient=True,
                  disable=not console.is_terminal) as progress:
        task = progress.add_task("ingest", total=len(sources))

        def on_progress(outcome: SourceOutcome) -> None:
            if outcome.status == "failed":
                progress.console.print(f"error: {outcome.message}", markup=False,
                                       highlight=False, soft_wrap=True)
            progress.advance(task)

        return ingest_sources(sources, session_factory, LazyPipeline(settings).read,
                              on_progress, settings=settings)
