"""Scoring extractions against gold annotations (``shared/spec/gold-format.md``).

- ``load_gold`` reads a gold file into a ``Gold``;
- ``score_document`` scores one ``Extraction`` against its ``Gold``;
- ``evaluate_corpus`` runs an extract function over a corpus folder and
  returns a ``CorpusReport`` (micro-averaged totals, per-document detail);
- ``load_floors`` / ``check_floors`` are the quality gate.
"""

from __future__ import annotations

from citypact.evaluation.corpus import (
    CorpusReport,
    Extractor,
    FailedDocument,
    evaluate_corpus,
    find_documents,
)
from citypact.evaluation.floors import Failure, check_floors, load_floors, validate_floors
from citypact.evaluation.gold import (
    Gold,
    GoldLink,
    GoldOrganization,
    GoldPerson,
    GoldPlace,
    gold_from_dict,
    gold_to_extraction,
    load_gold,
)
from citypact.evaluation.metrics import SetCounts, Tally
from citypact.evaluation.score import (
    METRICS,
    DocumentDetails,
    DocumentScore,
    Mismatch,
    Scores,
    score_document,
)

__all__ = [
    "METRICS",
    "CorpusReport",
    "DocumentDetails",
    "DocumentScore",
    "Extractor",
    "FailedDocument",
    "Failure",
    "Gold",
    "GoldLink",
    "GoldOrganization",
    "GoldPerson",
    "GoldPlace",
    "Mismatch",
    "Scores",
    "SetCounts",
    "Tally",
    "check_floors",
    "evaluate_corpus",
    "find_documents",
    "gold_from_dict",
    "gold_to_extraction",
    "load_floors",
    "load_gold",
    "score_document",
    "validate_floors",
]
