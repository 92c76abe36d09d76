"""ingest_paths: idempotent, never stopped by one bad source, each failure with its reason."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from ingest_builders import FakeExtractor, broken_sources, good_sources, write
from sqlalchemy.orm import Session, sessionmaker

from citypact.ingest import iter_sources
from citypact.ingest.batch import SourceOutcome, ingest_paths
from citypact.model import Article, DocumentInfo, Extraction
from citypact.store import (
    get_extraction,
    list_documents,
    make_engine,
    make_session_factory,
    upgrade_database,
)


@pytest.fixture
def session_factory() -> Iterator[sessionmaker[Session]]:
    engine = make_engine("sqlite://")
    upgrade_database(engine)
    yield make_session_factory(engine)
    engine.dispose()


def test_files_and_folders_are_ingested_then_unchanged(
        tmp_path: Path, session_factory: sessionmaker[Session]) -> None:
    good_sources(tmp_path)
    extractor = FakeExtractor()
    first = ingest_paths([tmp_path], session_factory, extractor.extract)
    assert first.summary == "ingested 2, unchanged 0, failed 0"
    again = ingest_paths([tmp_path], session_factory, extractor.extract)
    assert again.summary == "ingested 0, unchanged 2, failed 0"
    assert len(extractor.seen) == 2, "a stored document is not extracted again"


def test_what_is_stored_is_the_extraction(tmp_path: Path,
                                          session_factory: sessionmaker[Session]) -> None:
    source = write(tmp_path, "a.txt", "Hanoi welcomes Turin.\n")
    report = ingest_paths([source], session_factory, FakeExtractor().extract)
    (outcome,) = report.outcomes
    assert outcome.status == "ingested" and outcome.document_id
    with session_factory() as session:
        stored = get_extraction(session, outcome.document_id)
    assert stored.document.path == str(source)
    assert [p.mentions for p in stored.places] == [((0, 5),)]


def test_the_same_text_twice_is_stored_once(tmp_path: Path,
                                           session_factory: sessionmaker[Session]) -> None:
    a = write(tmp_path, "a.txt", "Hanoi welcomes Turin.\n")
    b = write(tmp_path, "copy/a.txt", "Hanoi welcomes Turin.\n")
    report = ingest_paths([a, b], session_factory, FakeExtractor().extract)
    assert [o.status for o in report.outcomes] == ["ingested", "unchanged"]


def test_bad_sources_fail_with_their_reason_and_the_rest_is_stored(
        tmp_path: Path, session_factory: sessionmaker[Session]) -> None:
    broken = broken_sources(tmp_path)
    good_sources(tmp_path)
    seen: list[SourceOutcome] = []
    report = ingest_paths([tmp_path], session_factory, FakeExtractor().extract, seen.append)
    assert report.summary == "ingested 2, unchanged 0, failed 3"
    assert list(report.outcomes) == seen
    reasons = {Path(o.source): (o.stage, o.reason) for o in report.failures}
    assert reasons[broken["binary"]] == ("read", "binary file (NUL bytes); not a text document")
    assert reasons[broken["empty"]] == ("read", "empty file")
    stage, reason = reasons[broken["latin1"]]
    assert stage == "read" and reason is not None and "not UTF-8" in reason
    with session_factory() as session:
        assert list_documents(session).total == 2


def test_extraction_errors_and_crashes_fail_that_source_only(
        tmp_path: Path, session_factory: sessionmaker[Session],
        caplog: pytest.LogCaptureFixture) -> None:
    write(tmp_path, "a.txt", "A BROKEN article about Hanoi.\n")
    write(tmp_path, "b.txt", "A CRASH article about Hanoi.\n")
    write(tmp_path, "c.txt", "A fine article about Hanoi.\n")
    report = ingest_paths([tmp_path], session_factory, FakeExtractor().extract)
    assert [(o.status, o.stage) for o in report.outcomes] == [
        ("failed", "extract"), ("failed", "extract"), ("ingested", None)]
    assert report.outcomes[0].reason == "component 'places' failed"
    assert report.outcomes[1].reason == "unexpected IndexError: list index out of range"
    assert any(record.exc_info for record in caplog.records), "the traceback is logged"


def test_unsupported_and_missing_files_fail_at_reading(
        tmp_path: Path, session_factory: sessionmaker[Session]) -> None:
    pdf = write(tmp_path, "report.pdf", b"%PDF-1.7")
    report = ingest_paths([pdf, tmp_path / "missing.txt"], session_factory,
                          FakeExtractor().extract)
    messages = [o.message for o in report.outcomes]
    assert messages[0].startswith(f"{pdf}: read failed: unsupported file type .pdf")
    assert messages[1].startswith(f"{tmp_path / 'missing.txt'}: read failed: cannot read")


def test_a_store_failure_fails_that_source(tmp_path: Path,
                                           session_factory: sessionmaker[Session]) -> None:
    write(tmp_path, "a.txt", "Hanoi welcomes Turin.\n")

    def of_another_document(article: Article) -> Extraction:
        return Extraction(DocumentInfo.of(dataclasses.replace(article, id="0" * 64)))

    (outcome,) = ingest_paths([tmp_path], session_factory, of_another_document).outcomes
    assert (outcome.status, outcome.stage) == ("failed", "store")
    assert "does not belong" in (outcome.reason or "")


def test_a_folder_reached_through_dots_is_read_but_its_hidden_files_are_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the parts below the given folder are checked for a leading dot."""
    write(tmp_path, "corpus/a.txt", "Hanoi welcomes Turin.\n")
    write(tmp_path, "corpus/.draft.txt", "Hanoi welcomes Turin.\n")
    write(tmp_path, "corpus/.git/b.txt", "Hanoi welcomes Turin.\n")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert list(iter_sources([Path("../corpus")])) == [Path("../corpus/a.txt")]
    assert list(iter_sources([Path(".")])) == []
    monkeypatch.chdir(tmp_path / "corpus")
    assert list(iter_sources([Path(".")])) == [Path("a.txt")]
