"""The timeline: links and events of the filtered partnerships, counted by year and kind."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from citypact.store import ExploreFilters, YearCount
from citypact.store.queries import event_counts_by_year, link_counts_by_year


@dataclass(frozen=True, slots=True)
class TimelineData:
    links: tuple[YearCount, ...]
    """Links of the filtered partnerships by the year they are about and their kind."""
    events: tuple[YearCount, ...]
    """Events of the filtered partnerships by year and type (dated events only)."""


def timeline_data(session: Session, filters: ExploreFilters) -> TimelineData:
    """Counts by year: every link (reprints included) and event of the filtered partnerships."""
    return TimelineData(tuple(link_counts_by_year(session, filters)),
                        tuple(event_counts_by_year(session, filters)))
