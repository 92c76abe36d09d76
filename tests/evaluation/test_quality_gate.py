"""The quality gate: the real pipeline on the gold corpora must reach every floor.

This is CI's check that extraction quality never drops. It needs the full
pipeline (fixture ``pipeline``, which imports and builds it inside the fixture):
when the pipeline cannot be built, these tests error; they never skip.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citypact.evaluation import check_floors, evaluate_corpus, load_floors
from citypact.extract.pipeline import Pipeline

FLOORS = Path(__file__).resolve().parents[2] / "quality" / "floors.toml"


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_extraction_reaches_its_floors(pipeline: Pipeline, corpus_dir: Path,
                                       corpus: str) -> None:
    report = evaluate_corpus(corpus_dir / corpus, pipeline.extract)
    failed = [f"{f.name}: {f.reason}" for f in report.failures]
    assert failed == [], "documents failed extraction"
    below = [str(failure) for failure in check_floors(report, load_floors(FLOORS, corpus))]
    assert below == [], f"{corpus}: scores below their floors (quality/floors.toml)"
