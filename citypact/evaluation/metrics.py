"""Counts that add up over documents, and the ratios read from them.

Two shapes cover every facet of the scoring:

- ``SetCounts`` for what is scored as a set (places, organisations, people,
  link pairs, sectors): precision is read over extracted items, recall over
  gold items that are not optional, so the two need their own numerators.
- ``Tally`` for what is right or wrong item by item (link kind, dates,
  language, affiliation, the no-link rate).

Both add fieldwise, so a corpus total is the sum of its documents: the
averages are micro-averages.

An empty denominator reads as 1.0: nothing extracted makes no wrong claim
(precision 1.0), nothing expected leaves nothing to miss (recall 1.0), nothing
to judge is not a mistake (accuracy 1.0). The counts stay in every report, so
a 1.0 over zero items is visible as such. F1 is 0.0 when precision and recall
are both 0.0.
"""

from __future__ import annotations

from dataclasses import dataclass


def ratio(numerator: int, denominator: int) -> float:
    """``numerator / denominator``, or 1.0 when there is nothing to count."""
    return numerator / denominator if denominator else 1.0


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 of a precision and a recall (0.0 when both are 0.0)."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


@dataclass(frozen=True, slots=True)
class SetCounts:
    """Counts of one set facet.

    Attributes:
        correct: extracted items that match a gold item, optional or not
            (several extracted items matching one gold item count once).
        spurious: extracted items that match no gold item.
        found: non-optional gold items that some extracted item matches.
        missed: non-optional gold items that no extracted item matches.
    """

    correct: int = 0
    spurious: int = 0
    found: int = 0
    missed: int = 0

    def __add__(self, other: SetCounts) -> SetCounts:
        return SetCounts(self.correct + other.correct, self.spurious + other.spurious,
                         self.found + other.found, self.missed + other.missed)

    @property
    def precision(self) -> float:
        return ratio(self.correct, self.correct + self.spurious)

    @property
    def recall(self) -> float:
        return ratio(self.found, self.found + self.missed)

    @property
    def f1(self) -> float:
        return harmonic_mean(self.precision, self.recall)

    def to_dict(self) -> dict[str, float | int]:
        """Ratios and counts, JSON-ready."""
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "correct": self.correct, "spurious": self.spurious,
                "found": self.found, "missed": self.missed}


@dataclass(frozen=True, slots=True)
class Tally:
    """How many of ``total`` judged items were ``right``."""

    right: int = 0
    total: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.right + other.right, self.total + other.total)

    @classmethod
    def of(cls, is_right: bool) -> Tally:
        """The tally of one judged item."""
        return cls(int(is_right), 1)

    @property
    def accuracy(self) -> float:
        return ratio(self.right, self.total)

    def to_dict(self) -> dict[str, float | int]:
        """Ratio and counts, JSON-ready."""
        return {"accuracy": self.accuracy, "right": self.right, "total": self.total}
