"""The dates of a text read in order, each with its neighbours: overlaps dropped, ranges
joined, a counted year given to the date before it, a weekday given to the date after it,
and a day alone or "the same day" dated by the date told before it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable

from citypact.extract.matchers.date_values import DateMatch, _in_year, iso
from citypact.extract.matchers.date_words import _key
from citypact.model import Span

DAY_ALONE_REACH = 1500
"""How far (in characters) the date that gives its month to a day written alone may be."""


def _dated_once(matches: Iterable[DateMatch]) -> list[DateMatch]:
    """The matches that overlap no longer one (the first of equals), in text order."""
    found: list[DateMatch] = []
    for match in sorted(matches, key=lambda m: (-(m.span[1] - m.span[0]), m.span[0])):
        if not any(match.span[0] < f.span[1] and f.span[0] < match.span[1] for f in found):
            found.append(match)
    return sorted(found, key=lambda m: m.span[0])


def _with_same_days(text: str, dated: list[DateMatch], same_day: re.Pattern[str] | None,
                    said_on: re.Pattern[str] | None = None) -> list[DateMatch]:
    """The dates with "the same day" ("Sáng cùng ngày", "later that day"): the last single
    day told before it; a range is a trip's span, and the day something was said ("said on
    Wednesday") the report's, no day of their own."""
    if same_day is None:
        return dated
    found = []
    for m in same_day.finditer(text):
        if any(d.span[0] < m.end() and m.start() < d.span[1] for d in dated):
            continue
        anchor = next((d for d in reversed(dated) if d.span[1] <= m.start()
                       and m.start() - d.span[1] <= DAY_ALONE_REACH
                       and len(d.value) == len("YYYY-MM-DD") and d.end_value is None
                       and not _said_on(text, d.span[0], said_on)), None)
        if anchor is not None:
            found.append(DateMatch(m.span(), anchor.value, explicit_year=anchor.explicit_year,
                                   relative=anchor.relative))
    return sorted([*dated, *found], key=lambda m: m.span[0]) if found else dated


def _said_on(text: str, start: int, said_on: re.Pattern[str] | None) -> bool:
    """Whether the date at ``start`` follows a verb of saying ("said on Wednesday")."""
    return said_on is not None and said_on.search(text, max(0, start - 30), start) is not None


def _day_of_anchor(span: Span, day: int, anchor: DateMatch) -> DateMatch | None:
    """A day written alone in the month of the date told before it; none when it is
    before that date ("on 27 May ... on the 2nd") or its range."""
    last = anchor.end_value or anchor.value
    if len(last) == 10 and day < int(last[8:10]) and (
            anchor.end_value is None or day < int(anchor.value[8:10])):
        return None
    value = iso(int(anchor.value[:4]), int(anchor.value[5:7]), day)
    return DateMatch(span, value, explicit_year=anchor.explicit_year,
                     relative=anchor.relative) if value else None


def _day_with_weekday(reference: dt.date, day: int, weekday: int) -> str | None:
    """The day of the month ``day`` nearest the reference (of its month or those around)
    that falls on ``weekday``."""
    days = []
    for shift in (-1, 0, 1):
        index = reference.year * 12 + reference.month - 1 + shift
        value = iso(index // 12, index % 12 + 1, day)
        if value and dt.date.fromisoformat(value).weekday() == weekday:
            days.append(dt.date.fromisoformat(value))
    best = min(days, key=lambda d: abs((d - reference).days), default=None)
    return best.isoformat() if best else None


_JOINER = re.compile(r"^[\s,.(]{0,3}(?:(?i:dem|den)\s+)?$")

YEAR_JOINER = re.compile(r"[\s,]*(?:(?i:of|de|do|des|del|dell['’]|di|van)\s*)?")
"""Between a date and the counted year it is of ("in March last year", "in maart van vorig
jaar", "tháng 3 năm ngoái")."""


def _in_counted_years(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    """A yearless date followed by a counted year ("in March last year", "a marzo dell'anno
    scorso", "tháng 3 năm ngoái") is of that year."""
    kept: list[DateMatch] = []
    for match in matches:
        date = kept[-1] if kept else None
        if (date is not None and not date.explicit_year and not date.relative
                and match.relative and len(match.value) == 4
                and YEAR_JOINER.fullmatch(text, date.span[1], match.span[0])):
            moved = _in_year(date, int(match.value))
            kept[-1] = dataclasses.replace(moved, span=(date.span[0], match.span[1]),
                                           explicit_year=True, relative=True)
            continue
        kept.append(match)
    return kept


def _joined_ranges(text: str, matches: list[DateMatch],
                   joiner: re.Pattern[str]) -> list[DateMatch]:
    """Two days joined as a range ("from 30 May to 2 June", "vom 30. Mai bis 2. Juni") are
    one date, its end the second; the first takes the year written with the second."""
    joined: list[DateMatch] = []
    for match in matches:
        first = joined[-1] if joined else None
        if (first is None or first.end_value or match.end_value or len(first.value) != 10
                or len(match.value) != 10
                or not joiner.fullmatch(text, first.span[1], match.span[0])):
            joined.append(match)
            continue
        start = first
        if match.explicit_year and not first.explicit_year:
            year = int(match.value[:4]) - (first.value[5:] > match.value[5:])
            start = dataclasses.replace(_in_year(first, year), explicit_year=True)
        days = (dt.date.fromisoformat(match.value) - dt.date.fromisoformat(start.value)).days
        if not 0 < days <= 31:
            joined.append(match)
            continue
        joined[-1] = dataclasses.replace(start, span=(first.span[0], match.span[1]),
                                         end_value=match.value)
    return joined


def _drop_weekdays_of_dates(text: str, matches: list[DateMatch],
                            weekday_of: dict[str, int]) -> list[DateMatch]:
    """"Friday, 19 August": the weekday only names the date that follows it (and is kept on
    it: with no year written, it tells which year is meant)."""
    kept: list[DateMatch] = []
    named: int | None = None
    for i, match in enumerate(matches):
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if (nxt is not None and match.weekday
                and _JOINER.match(text[match.span[1]:nxt.span[0]])):
            named = weekday_of.get(_key(text[match.span[0]:match.span[1]]))
            continue
        if match.weekday and kept and _written_after(text, kept[-1], match):
            continue  # "23 Nisan 2024 Salı günü": the weekday of the day before it
        kept.append(match if named is None else dataclasses.replace(match, named_weekday=named))
        named = None
    return kept


_AFTER_DAY = re.compile(r"^ ?,? ?$")
"""Between a full date and the weekday that Turkish writes after it."""


def _written_after(text: str, date: DateMatch, weekday: DateMatch) -> bool:
    """A weekday written right after a date with its day and year ("23 Nisan 2024 Salı
    günü"): it names that day, and is no day of its own."""
    return (not date.weekday and not date.relative and len(date.value) == 10
            and date.span[1] <= weekday.span[0]
            and _AFTER_DAY.match(text[date.span[1]:weekday.span[0]]) is not None)
