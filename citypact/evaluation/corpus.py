"""Score a whole corpus folder: every ``NAME.txt`` with a ``NAME.json`` gold beside it.

A document whose extraction fails is scored as if nothing had been extracted
from it, and recorded with its reason; the run goes on. Totals are
micro-averages: the counts of every document are summed, then read as ratios.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from citypact.errors import CitypactError, EvaluationError
from citypact.evaluation.gold import load_gold
from citypact.evaluation.score import DocumentScore, Scores, score_document
from citypact.ingest import read_article
from citypact.model import Article, DocumentInfo, Extraction

log = logging.getLogger(__name__)

Extractor = Callable[[Article], Extraction]
"""What is evaluated: ``Pipeline.extract`` or any function of the same shape."""


@dataclass(frozen=True, slots=True)
class FailedDocument:
    """A document whose extraction raised, scored as an empty extraction."""

    name: str
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class CorpusReport:
    """The scores of every document of a corpus folder, and their micro-averaged totals."""

    corpus: str
    directory: str
    documents: tuple[DocumentScore, ...]
    failures: tuple[FailedDocument, ...] = ()

    @property
    def totals(self) -> Scores:
        """The counts of all documents summed."""
        return sum((d.scores for d in self.documents), Scores())

    def metrics(self) -> dict[str, float]:
        """Every total score by name (the keys of the floors file)."""
        return self.totals.metrics()

    def to_dict(self, *, details: bool = False) -> dict[str, Any]:
        """The report, JSON-ready; with ``details``, each document's misses and errors."""
        report: dict[str, Any] = {
            "corpus": self.corpus,
            "directory": self.directory,
            "documents": len(self.documents),
            "metrics": self.metrics(),
            "facets": self.totals.to_dict(),
            "failures": [{"name": f.name, "path": f.path, "reason": f.reason}
                         for f in self.failures],
        }
        if details:
            report["details"] = [{"name": d.name, **d.details.to_dict()}
                                 for d in self.documents]
        return report


def find_documents(directory: Path) -> list[tuple[Path, Path]]:
    """``(NAME.txt, NAME.json)`` pairs of a folder, sorted by name.

    Raises:
        EvaluationError: the folder does not exist or holds no such pair.
    """
    if not directory.is_dir():
        raise EvaluationError(f"{directory}: not a folder")
    pairs = [(text, text.with_suffix(".json")) for text in sorted(directory.glob("*.txt"))
             if text.with_suffix(".json").is_file()]
    if not pairs:
        raise EvaluationError(f"{directory}: no NAME.txt with a NAME.json gold file beside it")
    return pairs


def evaluate_corpus(directory: Path, extract: Extractor) -> CorpusReport:
    """Extract every gold-annotated document of a folder and score it.

    Args:
        directory: a folder of ``NAME.txt`` documents with ``NAME.json`` gold files.
        extract: the function evaluated, from an article to its extraction.

    Returns:
        Per-document scores and details, the failed documents, and the totals.

    Raises:
        EvaluationError: the folder holds no gold-annotated document, or a gold
            file is invalid (the scores would mean nothing).
    """
    documents = find_documents(directory)
    golds = [load_gold(gold_path) for _, gold_path in documents]
    scores, failures = [], []
    for (text_path, _), gold in zip(documents, golds, strict=True):
        extraction, failure = _extract_one(text_path, extract)
        if failure is not None:
            failures.append(failure)
        scores.append(score_document(gold, extraction))
    return CorpusReport(directory.name, str(directory), tuple(scores), tuple(failures))


def _extract_one(path: Path, extract: Extractor) -> tuple[Extraction, FailedDocument | None]:
    """The extraction of one file, or an empty one and the failure."""
    try:
        return extract(read_article(path)), None
    # Any error of any extractor is recorded, not raised: one broken document
    # must not hide the scores of all the others (it is reported and scored empty).
    except Exception as exc:
        # A traceback helps with a bug; a CitypactError already says what went wrong.
        log.warning("extraction failed on %s: %s", path, exc,
                    exc_info=not isinstance(exc, CitypactError))
        empty = Extraction(DocumentInfo("", str(path), None, None, None, None))
        return empty, FailedDocument(path.stem, str(path), f"{type(exc).__name__}: {exc}")

