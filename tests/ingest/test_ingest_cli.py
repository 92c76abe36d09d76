"""``citypact ingest`` with a stand-in pipeline, and once end to end with the real one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import require
from ingest_builders import FakeExtractor, broken_sources, good_sources
from typer.testing import CliRunner, Result

from citypact.errors import GazetteerError
from citypact.extract.pipeline import Pipeline
from citypact.ingest import read_article
from citypact.ingest.batch import ingest_paths
from citypact.settings import Settings
from citypact.store import (
    current_revision,
    get_extraction,
    head_revision,
    list_documents,
    make_engine,
    make_session_factory,
    upgrade_database,
)

Invoke = Callable[..., Result]


@pytest.fixture
def database_url(clean_env: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'kb.db'}"
    monkeypatch.setenv("CITYPACT_DATABASE_URL", url)
    return url


@pytest.fixture
def builds(database_url: str, monkeypatch: pytest.MonkeyPatch) -> list[Settings]:
    """The settings of each pipeline built, with a stand-in in place of make_pipeline (and
    of read_document, which then reads an extraction without story facts)."""
    import citypact.process

    built: list[Settings] = []

    def make_pipeline(settings: Settings) -> FakeExtractor:
        built.append(settings)
        return FakeExtractor()

    monkeypatch.setattr(citypact.process, "make_pipeline", make_pipeline)
    monkeypatch.setattr(citypact.process, "read_document",
                        lambda pipeline, article: pipeline.extract(article))
    return built


@pytest.fixture
def run(builds: list[Settings]) -> Invoke:
    from citypact.cli import app

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(app, ["ingest", *args])

    return invoke


def stored_count(url: str) -> int:
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            return list_documents(session).total
    finally:
        engine.dispose()


def test_bad_files_are_reported_and_skipped_good_ones_stored(
        run: Invoke, tmp_path: Path, database_url: str) -> None:
    sources = tmp_path / "in"
    broken = broken_sources(sources)
    good_sources(sources)
    result = run(str(sources))
    assert result.exit_code == 1
    assert result.stdout.strip() == "ingested 2, unchanged 0, failed 3"
    assert sorted(result.stderr.splitlines()) == sorted([
        f"error: {broken['binary']}: read failed: binary file (NUL bytes); not a text document",
        f"error: {broken['empty']}: read failed: empty file",
        f"error: {broken['latin1']}: read failed: not UTF-8 text (byte 0xec at offset 4); "
        "convert it to UTF-8 first",
    ])
    assert stored_count(database_url) == 2


def test_running_again_is_fast_and_changes_nothing(
        run: Invoke, tmp_path: Path, database_url: str, builds: list[Settings]) -> None:
    good_sources(tmp_path / "in")
    assert run(str(tmp_path / "in")).exit_code == 0
    assert len(builds) == 1
    again = run(str(tmp_path / "in"))
    assert (again.exit_code, again.stdout.strip()) == (0, "ingested 0, unchanged 2, failed 0")
    assert len(builds) == 1, "no pipeline is built when every document is stored"
    assert stored_count(database_url) == 2


def test_the_database_is_migrated_first(run: Invoke, tmp_path: Path, database_url: str) -> None:
    good_sources(tmp_path / "in")
    assert run(str(tmp_path / "in")).exit_code == 0
    engine = make_engine(database_url)
    try:
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


def test_every_source_failing_exits_2(run: Invoke, tmp_path: Path) -> None:
    broken_sources(tmp_path / "in")
    result = run(str(tmp_path / "in"))
    assert (result.exit_code, result.stdout.strip()) == (2, "ingested 0, unchanged 0, failed 3")


def test_no_source_found_exits_2(run: Invoke, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run(str(tmp_path / "empty"))
    assert result.exit_code == 2
    assert "no documents" in result.stderr


def test_an_unusable_database_exits_2(run: Invoke, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    good_sources(tmp_path / "in")
    monkeypatch.setenv("CITYPACT_DATABASE_URL", "nosuchdb://x")
    result = run(str(tmp_path / "in"))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: invalid database URL")


def test_ingest_end_to_end_with_the_real_pipeline(
        request: pytest.FixtureRequest, corpus_dir: Path, tmp_path: Path) -> None:
    """Two seed documents through the real pipeline into a store and back."""
    try:
        pipeline: Pipeline = request.getfixturevalue("pipeline")
    except GazetteerError as exc:
        require(False, f"the gazetteer cannot be built here: {exc}")
        raise
    sources = sorted((corpus_dir / "seeds").glob("*.txt"))[:2]
    engine = make_engine(f"sqlite:///{tmp_path / 'kb.db'}")
    upgrade_database(engine)
    factory = make_session_factory(engine)
    try:
        report = ingest_paths(sources, factory, pipeline.extract)
        assert report.summary == "ingested 2, unchanged 0, failed 0"
        again = ingest_paths(sources, factory, pipeline.extract)
        assert again.summary == "ingested 0, unchanged 2, failed 0"
        with factory() as session:
            for source, outcome in zip(sources, report.outcomes, strict=True):
                assert outcome.document_id is not None
                expected = pipeline.extract(read_article(source))
                assert get_extraction(session, outcome.document_id) == expected
    finally:
        engine.dispose()
