"""Reading what editors did: verdicts of links, judgements of entities, the audit log."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from citypact.store.queries.common import aware
from citypact.store.records import Page, Verdict
from citypact.store.tables import AuditRow, CorrectionRow, LinkVerdictRow

LinkKey = tuple[str, int]
"""``(document id, link position)``."""


@dataclass(frozen=True, slots=True)
class EntityCuration:
    """An entity confirmed by a person, and the entities merged into it."""

    confirmed: Verdict | None
    merged: tuple[str, ...]
    """Names of the entities a person merged into this one."""


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    username: str
    action: str
    target_type: str
    target_key: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    at: dt.datetime


def link_verdicts(session: Session, keys: Iterable[LinkKey]) -> dict[LinkKey, Verdict]:
    """The verdict of each of these links that a person judged."""
    wanted = set(keys)
    if not wanted:
        return {}
    query = (select(LinkVerdictRow.document_id, LinkVerdictRow.link_position,
                    LinkVerdictRow.verdict, CorrectionRow.username, CorrectionRow.created_at)
             .join(CorrectionRow, CorrectionRow.id == LinkVerdictRow.correction_id)
             .where(LinkVerdictRow.document_id.in_({doc for doc, _ in wanted})))
    return {(doc, position): Verdict(verdict, username, aware(at))
            for doc, position, verdict, username, at in session.execute(query)
            if (doc, position) in wanted}


def entity_curation(session: Session, entity_id: str) -> EntityCuration:
    """Whether a person confirmed the entity, and which entities they merged into it."""
    query = select(CorrectionRow).where(CorrectionRow.target_type == "entity",
                                        CorrectionRow.superseded.is_(False),
                                        CorrectionRow.target_key == entity_id,
                                        CorrectionRow.action == "confirm")
    confirmed = session.scalars(query).first()
    merges = select(CorrectionRow).where(CorrectionRow.action == "merge",
                                         CorrectionRow.superseded.is_(False))
    merged = tuple(str(row.payload.get("name", row.target_key))
                   for row in session.scalars(merges) if row.payload.get("into") == entity_id)
    return EntityCuration(
        Verdict("confirmed", confirmed.username, aware(confirmed.created_at))
        if confirmed else None, merged)


def list_audit(session: Session, *, offset: int = 0, limit: int = 50) -> Page[AuditRecord]:
    """The audit log, newest first."""
    query = select(AuditRow).order_by(AuditRow.id.desc()).offset(offset).limit(limit)
    items = tuple(AuditRecord(row.id, row.username, row.action, row.target_type,
                              row.target_key, row.before, row.after, aware(row.created_at))
                  for row in session.scalars(query))
    total = session.scalar(select(func.count()).select_from(AuditRow)) or 0
    return Page(items, total, offset, limit)
