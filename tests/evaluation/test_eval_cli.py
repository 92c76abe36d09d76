"""``citypact eval`` over a small made-up corpus, with a stand-in pipeline."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from evaluation_builders import extraction, place, write_document
from typer.testing import CliRunner, Result

from citypact.errors import PipelineError
from citypact.model import Article, Extraction
from citypact.settings import Settings


class StandInPipeline:
    """Finds Hanoi everywhere; fails on documents named ``broken``."""

    def extract(self, article: Article) -> Extraction:
        if article.path and article.path.endswith("broken.txt"):
            raise PipelineError("component 'places' failed")
        return extraction(places=(place("Hanoi"),))


Invoke = Callable[..., Result]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "mini"
    folder.mkdir()
    write_document(folder, "a", ["Hanoi"])
    write_document(folder, "b", ["Hue", "Da Nang"])
    return folder


@pytest.fixture
def run(clean_env: None, monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Invoke the command with the stand-in pipeline in place of make_pipeline."""
    import citypact.process
    from citypact.cli import app

    def make_pipeline(settings: Settings) -> StandInPipeline:
        assert isinstance(settings, Settings)
        return StandInPipeline()

    monkeypatch.setattr(citypact.process, "make_pipeline", make_pipeline)

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(app, ["eval", *args])

    return invoke


def floors_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "floors.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_eval_prints_a_table_of_every_facet(run: Invoke, corpus: Path) -> None:
    result = run(str(corpus))
    assert result.exit_code == 0, result.output
    for facet in ("places", "organizations", "people", "links", "link sectors", "link kind",
                  "link date", "language", "published", "affiliation", "no-link rate"):
        assert facet in result.stdout
    assert "mini: 2 documents" in result.stdout


def test_eval_json_is_the_report(run: Invoke, corpus: Path) -> None:
    result = run(str(corpus), "--json")
    data = json.loads(result.stdout)
    assert data["metrics"]["places_recall"] == pytest.approx(1 / 3)
    assert "details" not in data
    detailed = json.loads(run(str(corpus), "--json", "--details").stdout)
    assert detailed["details"][1]["missed"] == {"places": ["Hue", "Da Nang"]}


def test_eval_details_lists_what_each_document_missed(run: Invoke, corpus: Path) -> None:
    result = run(str(corpus), "--details")
    assert "missed places: Hue, Da Nang" in result.stdout
    assert "spurious places: Hanoi" in result.stdout


def test_scores_below_their_floors_exit_1_with_the_list(run: Invoke, corpus: Path,
                                                         tmp_path: Path) -> None:
    floors = floors_file(tmp_path, "[mini]\nplaces_recall = 0.9\nplaces_f1 = 0.1\n")
    result = run(str(corpus), "--floors", str(floors))
    assert result.exit_code == 1
    assert "1 score(s) below their floor" in result.stderr
    assert "places_recall: 0.333 is below its floor 0.900" in result.stderr
    passing = floors_file(tmp_path, "[other]\nplaces_recall = 0.3\n")
    assert run(str(corpus), "--floors", str(passing), "--corpus", "other").exit_code == 0


def test_floors_failures_are_in_the_json_too(run: Invoke, corpus: Path, tmp_path: Path) -> None:
    floors = floors_file(tmp_path, "[mini]\nplaces_recall = 0.9\n")
    data = json.loads(run(str(corpus), "--json", "--floors", str(floors)).stdout)
    assert data["floor_failures"] == [
        {"facet": "places_recall", "score": pytest.approx(1 / 3), "floor": 0.9}]


def test_an_invalid_floors_file_exits_2(run: Invoke, corpus: Path, tmp_path: Path) -> None:
    floors = floors_file(tmp_path, "[seeds]\nplaces_recall = 0.9\n")
    result = run(str(corpus), "--floors", str(floors))
    assert result.exit_code == 2
    assert "no table [mini]" in result.stderr


def test_a_folder_without_gold_exits_2(run: Invoke, tmp_path: Path) -> None:
    result = run(str(tmp_path))
    assert result.exit_code == 2
    assert "error:" in result.stderr


def test_a_failed_document_is_reported_and_exits_1(run: Invoke, corpus: Path) -> None:
    write_document(corpus, "broken", ["Hue"])
    result = run(str(corpus))
    assert result.exit_code == 1
    assert "failed: broken: PipelineError: component 'places' failed" in result.stderr
    assert "mini: 3 documents" in result.stdout
