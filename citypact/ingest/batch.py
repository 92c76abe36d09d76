"""Ingest many sources: read, skip what is stored, extract, store; never stop on one failure.

Each source ends in one ``SourceOutcome``: ingested, unchanged (its text is
already stored, so it is not extracted again) or failed, with the stage that
failed (read, extract, store) and a reason a person can act on. Given the
settings, the batch ends by recomputing the partnerships from every stored link.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session, sessionmaker

from citypact.errors import CitypactError, IngestError, StoreError
from citypact.ingest.read import iter_sources, read_article
from citypact.model import Article, Extraction
from citypact.resolve.story import Reading
from citypact.settings import Settings
from citypact.store import (
    RebuildReport,
    SaveOutcome,
    document_exists,
    rebuild_partnerships,
    save_extraction,
)

log = logging.getLogger(__name__)

Status = Literal["ingested", "unchanged", "failed"]
Stage = Literal["read", "extract", "store"]
ExtractFn = Callable[[Article], Extraction | Reading]
"""An article's extraction, or a ``Reading`` (extraction and story facts) to save them too."""
ProgressFn = Callable[["SourceOutcome"], None]


@dataclass(frozen=True, slots=True)
class SourceOutcome:
    """What became of one source file."""

    source: str
    status: Status
    document_id: str | None = None
    stage: Stage | None = None
    """Where a failed source failed."""
    reason: str | None = None

    @property
    def message(self) -> str:
        """One line naming the source and what happened to it."""
        if self.status == "failed":
            return f"{self.source}: {self.stage} failed: {self.reason}"
        return f"{self.source}: {self.status}"


@dataclass(frozen=True, slots=True)
class IngestReport:
    """Every source's outcome, in the order the sources were given, and the rebuild after."""

    outcomes: tuple[SourceOutcome, ...]
    partnerships: RebuildReport | None = None
    """What rebuilding the partnerships changed; ``None`` when it did not run or failed."""
    rebuild_error: str | None = None
    """Why rebuilding the partnerships failed (the documents stay stored)."""

    def count(self, status: Status) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def failures(self) -> tuple[SourceOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "failed")

    @property
    def summary(self) -> str:
        """``ingested N, unchanged M, failed K``."""
        return (f"ingested {self.count('ingested')}, unchanged {self.count('unchanged')}, "
                f"failed {self.count('failed')}")


def ingest_paths(paths: Iterable[Path], session_factory: sessionmaker[Session],
                 extract: ExtractFn, on_progress: ProgressFn | None = None, *,
                 settings: Settings | None = None) -> IngestReport:
    """Ingest files, and the supported files under folders, recursively.

    See ``ingest_sources``; this only expands folders first.
    """
    return ingest_sources(list(iter_sources(paths)), session_factory, extract, on_progress,
                          settings=settings)


def ingest_sources(sources: Sequence[Path], session_factory: sessionmaker[Session],
                   extract: ExtractFn, on_progress: ProgressFn | None = None, *,
                   settings: Settings | None = None) -> IngestReport:
    """Ingest source files one by one into the store, then rebuild the partnerships.

    A document whose id (hash of its text) is stored already is ``unchanged``
    and is not extracted again. A source that cannot be read, extracted or
    stored is recorded as failed and the batch goes on. The database must be
    migrated already.

    Args:
        sources: the files to ingest.
        session_factory: opens the sessions (one per step and source).
        extract: the extraction of one article, e.g. ``Pipeline.extract``, or its
            ``Reading`` (``citypact.process.read_document``), whose trips and pilot
            projects are then stored too.
        on_progress: called with each source's outcome as soon as it is known.
        settings: when given, the partnerships the batch's new documents take part in
            are recomputed after it (``rebuild_partnerships`` scoped to them), and every
            partnership's status is judged again for the day, even when nothing new was
            stored.

    Returns:
        The outcome of every source, in order, and what the rebuild changed.
    """
    outcomes = []
    for source in sources:
        outcome = ingest_source(source, session_factory, extract)
        log.info("%s", outcome.message)
        if on_progress is not None:
            on_progress(outcome)
        outcomes.append(outcome)
    if settings is None:
        return IngestReport(tuple(outcomes))
    stored = [o.document_id for o in outcomes if o.status == "ingested" and o.document_id]
    return IngestReport(tuple(outcomes), *_rebuild(session_factory, settings, stored))


def _rebuild(session_factory: sessionmaker[Session], settings: Settings,
             documents: list[str]) -> tuple[RebuildReport | None, str | None]:
    """Rebuild the partnerships of these documents; a failure is reported, not raised (the
    batch is stored)."""
    try:
        with session_factory() as session:
            return rebuild_partnerships(session, settings, documents=documents), None
    except StoreError as exc:
        log.error("%s", exc)
        return None, str(exc)


def ingest_source(source: Path, session_factory: sessionmaker[Session],
                  extract: ExtractFn) -> SourceOutcome:
    """Read, extract and store one source; every failure becomes a failed outcome."""
    name = str(source)
    try:
        article = read_article(source)
    except IngestError as exc:
        return SourceOutcome(name, "failed", stage="read", reason=exc.reason)
    try:
        if _is_stored(session_factory, article.id):
            return SourceOutcome(name, "unchanged", article.id)
        status = _save(session_factory, article, _extract(extract, article))
    except _StageFailure as failure:
        return SourceOutcome(name, "failed", article.id, failure.stage, failure.reason)
    return SourceOutcome(name, status, article.id)


class _StageFailure(Exception):
    """A step of ``ingest_source`` failed; carries the stage and the reason out."""

    def __init__(self, stage: Stage, reason: str) -> None:
        super().__init__(reason)
        self.stage: Stage = stage
        self.reason = reason


def _is_stored(session_factory: sessionmaker[Session], doc_id: str) -> bool:
    try:
        with session_factory() as session:
            return document_exists(session, doc_id)
    except StoreError as exc:
        raise _StageFailure("store", str(exc)) from exc


def _extract(extract: ExtractFn, article: Article) -> Extraction | Reading:
    try:
        return extract(article)
    except CitypactError as exc:
        raise _StageFailure("extract", str(exc)) from exc
    except Exception as exc:
        # A bug in a component must not stop the batch; its traceback goes to the log.
        log.exception("unexpected error while extracting %s", article.path)
        raise _StageFailure("extract", f"unexpected {type(exc).__name__}: {exc}") from exc


def _save(session_factory: sessionmaker[Session], article: Article,
          result: Extraction | Reading) -> SaveOutcome:
    if isinstance(result, Reading):
        extraction, story = result.extraction, result.story
    else:
        extraction, story = result, None
    try:
        with session_factory() as session:
            return save_extraction(session, article, extraction, story)
    except StoreError as exc:
        raise _StageFailure("store", str(exc)) from exc
