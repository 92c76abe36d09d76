"""Evidence sentences with the words that name the parties marked, from stored mentions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from citypact.model import Span
from citypact.store.queries.documents import MentionIndex


@dataclass(frozen=True, slots=True)
class Evidence:
    """One evidence sentence, where it is in its document, and the ``[start, end)`` ranges
    of the sentence that name a party."""

    text: str
    span: Span
    marks: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class Claim:
    """What one document says, with its evidence: the unit every page links to."""

    document_id: str
    document_title: str | None
    position: int
    """Position of the link (or event) in its document."""
    kind: str
    date: str | None
    sectors: tuple[str, ...]
    evidence: tuple[Evidence, ...]


def evidence_of(mentions: MentionIndex, document_id: str, spans: Sequence[Span],
                texts: Sequence[str], entity_ids: Iterable[str | None]) -> tuple[Evidence, ...]:
    """Each evidence sentence with the mentions of ``entity_ids`` inside it marked."""
    wanted = {e for e in entity_ids if e}
    found = []
    for (start, end), text in zip(spans, texts, strict=False):
        marks = sorted({(s - start, e - start) for entity, (s, e) in mentions.get(document_id, [])
                        if entity in wanted and start <= s and e <= end})
        found.append(Evidence(text, (start, end), tuple(_disjoint(marks))))
    return tuple(found)


def _disjoint(marks: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for start, end in marks:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept
