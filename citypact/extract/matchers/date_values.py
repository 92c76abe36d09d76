"""The values of the date grammar: a date found in a text, and the ISO arithmetic on it.

A date is ISO text of a year, a month or a day; yearless dates take their year from a base
date (the publication's), and relative ones ("last month") are counted from it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from citypact.model import Span

FUTURE_SLACK_DAYS = 62
"""A yearless date up to two months after the base is upcoming; later, it was last year."""


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text."""

    span: Span
    value: str
    end_value: str | None = None
    explicit_year: bool = True
    relative: bool = False
    """Resolved from the base's day ("yesterday", "on Tuesday")."""
    weekday: bool = False
    named_weekday: int | None = None
    """The weekday written before the date ("Friday 19 August"), Monday = 0."""


def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO text of a (partial) date, or ``None`` when it does not exist."""
    if not 1800 <= year <= 2200:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_base(value: str | None) -> dt.date | None:
    """A full ISO date as ``date``; partial or missing dates give ``None``."""
    if value and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _weekday(year: int, value: str) -> int | None:
    day = iso(year, int(value[5:7]), int(value[8:10]))
    return dt.date.fromisoformat(day).weekday() if day else None


def _in_year(match: DateMatch, year: int) -> DateMatch:
    """The match moved to another year (its range's end with it)."""
    shift = year - int(match.value[:4])
    value = iso(year, *(int(p) for p in match.value[5:].split("-")))
    end = match.end_value and iso(int(match.end_value[:4]) + shift,
                                  *(int(p) for p in match.end_value[5:].split("-")))
    if value is None or (match.end_value and end is None):
        return match
    return dataclasses.replace(match, value=value, end_value=end)


def shifted(base: dt.date, unit: str, offset: int) -> str | None:
    """The month or year ``offset`` units from the base; a week gives its month, when the
    whole week (Monday to Sunday) lies in one month."""
    if unit == "year":
        return iso(base.year + offset)
    if unit == "month":
        index = base.year * 12 + base.month - 1 + offset
        return iso(index // 12, index % 12 + 1)
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=offset)
    sunday = monday + dt.timedelta(days=6)
    return iso(monday.year, monday.month) if monday.month == sunday.month else None


def infer_year(month: int, day: int, base: dt.date | None) -> str | None:
    """The year of a yearless date: the base's, or the one before when that is too far ahead."""
    if base is None:
        return None
    value = iso(base.year, month, day)
    if value is None:
        return None
    if dt.date.fromisoformat(value) - base > dt.timedelta(days=FUTURE_SLACK_DAYS):
        return iso(base.year - 1, month, day)
    return value
