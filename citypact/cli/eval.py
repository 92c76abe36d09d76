"""``citypact eval``: score the pipeline on a gold-annotated corpus folder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from citypact.cli import app, settings_of
from citypact.errors import CitypactError
from citypact.evaluation import (
    CorpusReport,
    DocumentScore,
    Failure,
    Scores,
    check_floors,
    evaluate_corpus,
    load_floors,
)

_LABELS = {"link_sectors": "link sectors", "link_kind": "link kind", "link_date": "link date",
           "no_link": "no-link rate"}


@app.command("eval")
def eval_cli(
    ctx: typer.Context,
    directory: Annotated[Path, typer.Argument(
        help="A corpus folder: NAME.txt documents with NAME.json gold files beside them.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    details: Annotated[bool, typer.Option(
        "--details", help="List what each document missed, added or got wrong.")] = False,
    floors_path: Annotated[Path | None, typer.Option(
        "--floors", help="A floors file (TOML): fail when a score is below its floor.")] = None,
    corpus: Annotated[str | None, typer.Option(
        "--corpus", help="The floors table to check (default: the folder's name).")] = None,
) -> None:
    """Score extraction against the gold annotations of a corpus folder.

    Exit status: 0 when every document was extracted and no score is below its
    floor; 1 when a document failed or a score is below its floor; 2 when the
    folder, a gold file or the floors file is invalid.

    Example: citypact eval ../shared/corpus/seeds --floors quality/floors.toml --corpus seeds
    """
    from citypact.process import make_pipeline  # heavy: only when the command runs

    try:
        floors = load_floors(floors_path, corpus or directory.name) if floors_path else None
        report = evaluate_corpus(directory, make_pipeline(settings_of(ctx)).extract)
        failures = check_floors(report, floors) if floors is not None else []
    except CitypactError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(code=2) from exc
    if as_json:
        data = report.to_dict(details=details)
        if floors is not None:
            data["floor_failures"] = [
                {"facet": f.facet, "score": f.score, "floor": f.floor} for f in failures]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print_report(Console(), report, details=details)
    report_problems(report, failures)
    if failures or report.failures:
        raise typer.Exit(code=1)


def print_report(console: Console, report: CorpusReport, *, details: bool) -> None:
    """The score tables of a report, and each document's detail when asked."""
    title = f"{report.corpus}: {len(report.documents)} documents"
    console.print(set_table(report.totals, title))
    console.print(tally_table(report.totals))
    if details:
        for document in report.documents:
            print_details(console, document)


def set_table(scores: Scores, title: str) -> Table:
    """Precision, recall, F1 and counts of the set facets."""
    table = Table(title=escape(title))
    for column in ("facet", "P", "R", "F1", "correct", "spurious", "found", "missed"):
        table.add_column(column, justify="left" if column == "facet" else "right")
    for name, c in scores.set_facets().items():
        table.add_row(_LABELS.get(name, name), f"{c.precision:.3f}", f"{c.recall:.3f}",
                      f"{c.f1:.3f}", str(c.correct), str(c.spurious), str(c.found),
                      str(c.missed))
    return table


def tally_table(scores: Scores) -> Table:
    """Accuracy and counts of the right-or-wrong facets."""
    table = Table()
    for column in ("facet", "accuracy", "right", "total"):
        table.add_column(column, justify="left" if column == "facet" else "right")
    for name, t in scores.tally_facets().items():
        table.add_row(_LABELS.get(name, name), f"{t.accuracy:.3f}", str(t.right),
                      str(t.total))
    return table


def print_details(console: Console, document: DocumentScore) -> None:
    """One document's missed, spurious and wrong items (nothing when all is right)."""
    lines = [f"  missed {facet}: {', '.join(names)}"
             for facet, names in document.details.missed.items() if names]
    lines += [f"  spurious {facet}: {', '.join(names)}"
              for facet, names in document.details.spurious.items() if names]
    lines += [f"  wrong {_LABELS.get(facet, facet)}: {m.item}: expected {m.expected}, got {m.got}"
              for facet, wrong in document.details.wrong.items() for m in wrong]
    if lines:
        console.print(f"[bold]{escape(document.name)}[/bold]")
        for line in lines:
            console.print(escape(line), soft_wrap=True)


def report_problems(report: CorpusReport, failures: list[Failure]) -> None:
    """Failed documents and scores below their floors, on stderr."""
    for failed in report.failures:
        typer.echo(f"failed: {failed.name}: {failed.reason}", err=True)
    if failures:
        typer.echo(f"{len(failures)} score(s) below their floor:", err=True)
        for failure in failures:
            typer.echo(f"  {failure}", err=True)
