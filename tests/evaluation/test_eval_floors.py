"""Floors: the file in quality/, loading it, and checking a report against it."""

from __future__ import annotations

from pathlib import Path

import pytest
from evaluation_builders import extraction, gold, gplace, place

from citypact.errors import EvaluationError
from citypact.evaluation import (
    METRICS,
    CorpusReport,
    Failure,
    check_floors,
    load_floors,
    score_document,
)

FLOORS = Path(__file__).resolve().parents[2] / "quality" / "floors.toml"


def half_right_places() -> CorpusReport:
    """A report whose place precision and recall are 0.5 and everything else 1.0."""
    two = gold(places=(gplace("A"), gplace("B")))
    document = score_document(two, extraction(places=(place("A"), place("X"))))
    return CorpusReport("test", "test", (document,))


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_the_floors_file_has_a_floor_for_every_score(corpus: str) -> None:
    assert set(load_floors(FLOORS, corpus)) == set(METRICS)


def test_scores_below_their_floor_fail_in_report_order() -> None:
    floors = {"places_recall": 0.6, "places_precision": 0.75, "links_f1": 1.0}
    assert check_floors(half_right_places(), floors) == [
        Failure("places_precision", 0.5, 0.75), Failure("places_recall", 0.5, 0.6)]


def test_a_score_equal_to_its_floor_passes() -> None:
    assert check_floors(half_right_places(), {"places_f1": 0.5, "places_recall": 0.5}) == []


def test_a_failure_reads_as_a_sentence() -> None:
    assert str(Failure("links_f1", 0.4, 0.55)) == "links_f1: 0.400 is below its floor 0.550"


def test_an_unknown_score_is_refused() -> None:
    with pytest.raises(EvaluationError, match="unknown score 'place_f1'"):
        check_floors(half_right_places(), {"place_f1": 0.5})


def write_floors(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "floors.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_floors_reads_one_table(tmp_path: Path) -> None:
    path = write_floors(tmp_path, "[seeds]\nplaces_f1 = 0.8\nlinks_recall = 1\n[dev]\n")
    assert load_floors(path, "seeds") == {"places_f1": 0.8, "links_recall": 1.0}
    assert load_floors(path, "dev") == {}


@pytest.mark.parametrize(("text", "message"), [
    ("[dev]\n", r"no table \[seeds\] \(tables: dev\)"),
    ("[seeds]\nplaces_f1 = 1.5\n", r"places_f1 must be a number in \[0, 1\], got 1.5"),
    ("[seeds]\nplaces_f1 = true\n", "places_f1 must be a number"),
    ("[seeds]\nplaces_f1 = '0.5'\n", "places_f1 must be a number"),
    ("[seeds]\nplaces_f2 = 0.5\n", "unknown score 'places_f2'"),
    ("[seeds\n", "not valid TOML"),
])
def test_a_broken_floors_file_says_what_is_wrong(tmp_path: Path, text: str,
                                                 message: str) -> None:
    with pytest.raises(EvaluationError, match=message):
        load_floors(write_floors(tmp_path, text), "seeds")


def test_a_missing_floors_file_is_an_evaluation_error(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="cannot read floors"):
        load_floors(tmp_path / "absent.toml", "seeds")
