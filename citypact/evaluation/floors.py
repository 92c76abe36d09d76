"""The quality gate: scores pinned as floors per corpus (``quality/floors.toml``).

The floors file has one table per corpus and one number per score, named as
``Scores.metrics`` names them::

    [seeds]
    places_f1 = 0.8
    links_recall = 0.6

A score not listed has no floor. Raising a floor is a commit of its own.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citypact.errors import EvaluationError
from citypact.evaluation.corpus import CorpusReport
from citypact.evaluation.score import METRICS

# Scores are ratios of small counts: a floor copied from a printed score must
# not fail on the last bits of a float.
_TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class Failure:
    """A score below its floor."""

    facet: str
    score: float
    floor: float

    def __str__(self) -> str:
        return f"{self.facet}: {self.score:.3f} is below its floor {self.floor:.3f}"


def load_floors(path: Path, corpus: str) -> dict[str, float]:
    """Read the floors of one corpus.

    Args:
        path: the floors file (TOML).
        corpus: the table to read, e.g. ``seeds``.

    Raises:
        EvaluationError: the file is unreadable, has no such table, or names an
            unknown score or a value outside [0, 1].
    """
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read floors: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise EvaluationError(f"{path}: not valid TOML: {exc}") from exc
    table = data.get(corpus)
    if not isinstance(table, dict):
        known = ", ".join(sorted(data)) or "none"
        raise EvaluationError(f"{path}: no table [{corpus}] (tables: {known})")
    return validate_floors(table, f"{path} [{corpus}]")


def validate_floors(table: Mapping[str, Any], where: str = "floors") -> dict[str, float]:
    """Check that every key names a score and every value is a number in [0, 1]."""
    floors: dict[str, float] = {}
    for key, value in table.items():
        if key not in METRICS:
            raise EvaluationError(f"{where}: unknown score {key!r}; "
                                  f"known scores: {', '.join(METRICS)}")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise EvaluationError(f"{where}: {key} must be a number in [0, 1], got {value!r}")
        floors[key] = float(value)
    return floors


def check_floors(report: CorpusReport, floors: Mapping[str, float]) -> list[Failure]:
    """The scores of a report that fall below their floors, in report order.

    Args:
        report: the corpus report.
        floors: the floor of each score that has one (see ``load_floors``).

    Raises:
        EvaluationError: a floor names an unknown score.
    """
    checked = validate_floors(floors)
    return [Failure(name, score, checked[name]) for name, score in report.metrics().items()
            if name in checked and score + _TOLERANCE < checked[name]]
