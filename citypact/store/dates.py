"""Partial ISO dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) as a date plus a precision.

Stored that way, links sort and filter by date in SQL while "2023-07" still
reads back as "2023-07", not as "2023-07-01".
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from citypact.errors import StoreError

Precision = Literal["day", "month", "year"]

_PARTIAL_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def parse_partial_date(value: str) -> tuple[dt.date, Precision]:
    """The first day of the period an ISO (partial) date names, and its precision.

    Raises:
        StoreError: the value is not an ISO date of one of the three forms.
    """
    match = _PARTIAL_DATE.fullmatch(value)
    if match is None:
        raise StoreError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    year, month, day = match.groups()
    try:
        date = dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise StoreError(f"not a valid date: {value!r} ({exc})") from exc
    precision: Precision = "day" if day else "month" if month else "year"
    return date, precision


def format_partial_date(date: dt.date, precision: str) -> str:
    """The ISO form of a stored date at its precision (inverse of ``parse_partial_date``)."""
    if precision == "year":
        return f"{date.year:04d}"
    if precision == "month":
        return f"{date.year:04d}-{date.month:02d}"
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


def split_partial_date(value: str | None) -> tuple[dt.date | None, Precision | None]:
    """``parse_partial_date`` that lets ``None`` through."""
    return (None, None) if value is None else parse_partial_date(value)


def join_partial_date(date: dt.date | None, precision: str | None) -> str | None:
    """``format_partial_date`` that lets ``None`` through."""
    return None if date is None or precision is None else format_partial_date(date, precision)


def valid_partial_date(value: str | None) -> str | None:
    """The value if it is an ISO (partial) date, else ``None`` (sources' dates are free text)."""
    if value is None:
        return None
    try:
        parse_partial_date(value)
    except StoreError:
        return None
    return value


def partial_year(value: str | None) -> int | None:
    """The year of an ISO (partial) date, or ``None``."""
    return None if value is None else parse_partial_date(value)[0].year
