"""A document's text cut into segments, each knowing the mention and evidence it is part of,
so that the page can highlight mentions (linked to their dossiers) and link evidence."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from sqlalchemy.orm import Session

from citypact.model import Article, Extraction, Span
from citypact.store import get_article, get_extraction


@dataclass(frozen=True, slots=True)
class Mention:
    entity_kind: str
    """``place``, ``organization`` or ``person``."""
    entity_id: str | None
    """``None`` for a person (people have no id in an extraction)."""
    name: str


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    start: int
    mention: Mention | None
    links: tuple[int, ...]
    """Positions of the links whose evidence covers this segment."""
    anchor: int | None
    """A link whose first evidence span starts here: the target of ``#link-N``."""


@dataclass(frozen=True, slots=True)
class DocumentView:
    article: Article
    extraction: Extraction
    segments: tuple[Segment, ...]


def document_view(session: Session, doc_id: str) -> DocumentView:
    """The stored text and extraction of a document, with its text cut into segments.

    Raises:
        NotFoundError: no document has this id.
    """
    article = get_article(session, doc_id)
    extraction = get_extraction(session, doc_id)
    return DocumentView(article, extraction, tuple(segments(article.text, extraction)))


def _mentions(extraction: Extraction) -> list[tuple[Span, Mention]]:
    found: list[tuple[Span, Mention]] = []
    for place in extraction.places:
        found += [(span, Mention("place", place.id, place.name)) for span in place.mentions]
    for org in extraction.organizations:
        found += [(span, Mention("organization", org.id, org.name)) for span in org.mentions]
    for person in extraction.people:
        found += [(span, Mention("person", None, person.name)) for span in person.mentions]
    found.sort(key=lambda item: (item[0][0], -item[0][1]))
    kept: list[tuple[Span, Mention]] = []
    for span, mention in found:  # overlapping mentions: the first, longest one wins
        if not kept or span[0] >= kept[-1][0][1]:
            kept.append((span, mention))
    return kept


def segments(text: str, extraction: Extraction) -> list[Segment]:
    """The text cut at every mention and evidence boundary, in order, covering all of it."""
    mentions = _mentions(extraction)
    evidence = [(span, position) for position, link in enumerate(extraction.links)
                for span in link.evidence]
    anchors = {link.evidence[0][0]: position
               for position, link in reversed(list(enumerate(extraction.links)))
               if link.evidence}
    cuts = {0, len(text), *anchors}
    for (start, end), _ in [*mentions, *evidence]:
        cuts.update((max(0, min(start, len(text))), max(0, min(end, len(text)))))
    ordered = sorted(cuts)
    found = []
    for start, end in itertools.pairwise(ordered):
        mention = next((m for (s, e), m in mentions if s <= start and end <= e), None)
        links = tuple(sorted({p for (s, e), p in evidence if s <= start and end <= e}))
        found.append(Segment(text[start:end], start, mention, links, anchors.get(start)))
    return found
