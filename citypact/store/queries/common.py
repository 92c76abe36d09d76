"""What every list query shares: paging, facet counts, years, spans."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, cast, extract, func, select
from sqlalchemy.orm import QueryableAttribute, Session

from citypact.model import Span
from citypact.store.records import FacetCount
from citypact.store.tables import DocumentRow

FACET_SIZE = 30
"""Values listed per facet at most, most frequent first (Datasette's default)."""

Column = ColumnElement[Any] | QueryableAttribute[Any]
"""A column of a table or of a mapped class."""
AnySelect = Select[*tuple[Any, ...]]


def spans(raw: Sequence[Sequence[Any]]) -> tuple[Span, ...]:
    return tuple((int(start), int(end)) for start, end in raw)


def span_texts(text: str, raw: Sequence[Sequence[Any]]) -> tuple[str, ...]:
    """The words of each span of a text."""
    return tuple(text[start:end] for start, end in spans(raw))


def count_rows(session: Session, query: AnySelect) -> int:
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def aware(moment: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; they were stored in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def in_year(column: Column, year: int) -> ColumnElement[bool]:
    """The date falls in this year (a range, so that an index on the column serves)."""
    return and_(column >= dt.date(year, 1, 1), column < dt.date(year + 1, 1, 1))


def year_of(column: Column) -> ColumnElement[int]:
    """The year of a date, as an integer on SQLite and PostgreSQL alike."""
    return cast(extract("year", column), Integer)


def facet_counts(session: Session, query: AnySelect) -> tuple[FacetCount, ...]:
    """Run ``select(value, count)...group_by(value)``: the most frequent values first.

    ``None`` values are left out: a facet lists values one can filter by.
    """
    rows: Iterable[tuple[Any, int]] = session.execute(query)
    counts = [FacetCount(str(value), count) for value, count in rows if value is not None]
    counts.sort(key=lambda c: (-c.count, c.value))
    return tuple(counts[:FACET_SIZE])


def value_counts(value: Column, key: Column,
                 where: Sequence[ColumnElement[bool]]) -> AnySelect:
    """``value, count(distinct key)`` over the rows matching ``where``, grouped by value."""
    return (select(value, func.count(func.distinct(key))).where(*where)
            .group_by(value))


def document_texts(session: Session, doc_ids: Iterable[str]) -> dict[str, str]:
    """Document id -> its text, each read once however many rows point into it."""
    ids = set(doc_ids)
    if not ids:
        return {}
    query = select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(ids))
    return {doc_id: text for doc_id, text in session.execute(query)}


def member_of(key: Column, table: Any, foreign_key: str,
              **values: object) -> ColumnElement[bool]:
    """``key IN (SELECT foreign_key FROM table WHERE column = value...)``: the row has a
    member row (of ``table``, pointing at it through ``foreign_key``) with these values.

    Rather than a correlated ``EXISTS``, which SQLite answers by reading every member row
    with the value for every row of the list (measured with 100,000 partnerships: over
    20 s for a party's country, and a big place's dossier timing out, against tens of
    milliseconds). An alias of ``table``, so that a facet selecting from the same table
    is not correlated with it.
    """
    member = table.__table__.alias()
    return key.in_(select(member.c[foreign_key])
                   .where(*(member.c[column] == value for column, value in values.items())))
