"""The timeline: links and events of the filtered partnerships, counted by year and kind."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from citypact.store.tables import (
    EventRow,
    LinkRow,
    PartnershipEventRow,
    PartnershipLinkRow,
    PartnershipRow,
)
from citypact.web.explorer.filters import ExploreFilters


@dataclass(frozen=True, slots=True)
class YearCount:
    year: int
    kind: str
    """A link kind (``twinning``...) or an event type (``visit``...)."""
    count: int


@dataclass(frozen=True, slots=True)
class TimelineData:
    links: tuple[YearCount, ...]
    """Links of the filtered partnerships by the year they are about and their kind."""
    events: tuple[YearCount, ...]
    """Events of the filtered partnerships by year and type (dated events only)."""


def timeline_data(session: Session, filters: ExploreFilters) -> TimelineData:
    """Counts by year: every link (reprints included) and event of the filtered partnerships."""
    where = filters.conditions()
    links = (select(PartnershipLinkRow.year, LinkRow.kind, func.count())
             .join(LinkRow, (LinkRow.document_id == PartnershipLinkRow.document_id)
                   & (LinkRow.position == PartnershipLinkRow.link_position))
             .where(PartnershipLinkRow.year.is_not(None))
             .group_by(PartnershipLinkRow.year, LinkRow.kind))
    if where:  # joined only when filtered (measured: a third of the time unfiltered)
        links = links.join(PartnershipRow,
                           PartnershipRow.id == PartnershipLinkRow.partnership_id).where(*where)
    events = (select(EventRow.document_id, EventRow.position, EventRow.date, EventRow.type)
              .join(PartnershipEventRow,
                    (PartnershipEventRow.document_id == EventRow.document_id)
                    & (PartnershipEventRow.event_position == EventRow.position))
              .join(PartnershipRow, PartnershipRow.id == PartnershipEventRow.partnership_id)
              .where(EventRow.date.is_not(None), *where)
              .distinct())
    event_counts: dict[tuple[int, str], int] = {}
    for _, _, date, kind in session.execute(events):
        if date is not None:
            event_counts[(date.year, kind)] = event_counts.get((date.year, kind), 0) + 1
    return TimelineData(
        tuple(sorted((YearCount(y, k, c) for y, k, c in session.execute(links) if y is not None),
                     key=lambda c: (c.year, c.kind))),
        tuple(YearCount(y, k, c) for (y, k), c in sorted(event_counts.items())))
