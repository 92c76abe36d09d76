"""What editors write: verdicts on links, merged entities, fixed resolutions.

Each writer stores one correction (replacing the target's previous one), records it in
the audit log, applies the corrections to the machine's rows (``citypact.store.
corrections``) and commits. Partnerships are derived: the caller rebuilds them
(``rebuild_partnerships``), which also leaves rejected links out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from citypact.errors import CurationError, NotFoundError
from citypact.model import LINK_KINDS
from citypact.store.audit import record_audit
from citypact.store.corrections import (
    ENTITY_TABLES,
    apply_corrections,
    link_key,
    party_ref,
)
from citypact.store.dates import join_partial_date, valid_partial_date
from citypact.store.queries.common import aware
from citypact.store.tables import (
    CorrectionRow,
    DocumentOrganizationRow,
    DocumentPlaceRow,
    LinkPartyRow,
    LinkRow,
    LinkVerdictRow,
)
from citypact.store.versions import bump_data_version

LinkAction = Literal["confirm", "reject", "correct"]
SECTOR = re.compile(r"[a-z][a-z_]{0,40}")
Target = tuple[str, str]
"""``(target type, target key)``."""


@dataclass(frozen=True, slots=True)
class LinkChanges:
    """What an editor changes of a link; ``None`` keeps the stored value."""

    kind: str | None = None
    date: str | None = None
    """An ISO (partial) date; ``""`` removes the date."""
    sectors: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class CorrectionRecord:
    id: int
    target_type: str
    target_key: str
    action: str
    payload: dict[str, Any]
    username: str
    created_at: dt.datetime


def judge_link(session: Session, editor: str, document_id: str, position: int,
               action: LinkAction, changes: LinkChanges | None = None) -> CorrectionRecord:
    """Confirm, reject or correct a stored link, and commit.

    Raises:
        NotFoundError: the document has no link at this position.
        CurationError: a correction changes nothing or holds an invalid value.
    """
    link = session.get(LinkRow, (document_id, position))
    if link is None:
        raise NotFoundError(f"no link {position} in document {document_id!r}")
    before = _link_state(session, link)
    payload: dict[str, Any] = {"evidence_start": int(link.evidence[0][0]) if link.evidence
                               else -1}
    if action == "correct":
        payload |= _corrected(before, changes or LinkChanges())
    target = ("link", _stored_link_key(session, document_id, position))
    record = _record(session, editor, target, action, payload)
    apply_corrections(session, {document_id})
    record_audit(session, editor, f"link.{action}", target, before=before,
                 after=_link_state(session, link))
    session.commit()
    return record


def _stored_link_key(session: Session, document_id: str, position: int) -> str:
    query = select(LinkPartyRow.entity_id, LinkPartyRow.name).where(
        LinkPartyRow.document_id == document_id, LinkPartyRow.link_position == position)
    return link_key(document_id, (party_ref(entity_id, name)
                                  for entity_id, name in session.execute(query)))


def _link_state(session: Session, link: LinkRow) -> dict[str, Any]:
    session.refresh(link)
    verdict = session.get(LinkVerdictRow, (link.document_id, link.position))
    return {"kind": link.kind, "date": join_partial_date(link.date, link.date_precision),
            "sectors": list(link.sectors), "verdict": verdict.verdict if verdict else None}


def _corrected(before: dict[str, Any], changes: LinkChanges) -> dict[str, Any]:
    """The link's kind, date and sectors after the changes, checked."""
    kind = changes.kind if changes.kind is not None else before["kind"]
    if kind not in LINK_KINDS:
        raise CurationError(f"unknown link kind {kind!r}: one of {', '.join(LINK_KINDS)}")
    date = before["date"] if changes.date is None else (changes.date.strip() or None)
    if date is not None and valid_partial_date(date) is None:
        raise CurationError(f"invalid date {date!r}: YYYY, YYYY-MM or YYYY-MM-DD")
    sectors = list(before["sectors"]) if changes.sectors is None else list(
        dict.fromkeys(s.strip() for s in changes.sectors if s.strip()))
    if bad := [s for s in sectors if not SECTOR.fullmatch(s)]:
        raise CurationError(f"invalid sector {bad[0]!r}: lower-case words joined by '_'")
    values = {"kind": kind, "date": date, "sectors": sectors}
    if all(values[k] == before[k] for k in values):
        raise CurationError("the correction changes nothing")
    return values


def confirm_entity(session: Session, editor: str, entity_id: str) -> CorrectionRecord:
    """Confirm that a place, organisation or person is what the machine says, and commit.

    Raises:
        NotFoundError: no entity has this id.
    """
    kind = entity_kind(session, entity_id)
    record = _record(session, editor, ("entity", entity_id), "confirm", {"kind": kind})
    record_audit(session, editor, "entity.confirm", ("entity", entity_id),
                 after={"kind": kind})
    session.commit()
    return record


def merge_entities(session: Session, editor: str, source_id: str,
                   target_id: str) -> CorrectionRecord:
    """Merge one entity into another of its kind, and commit: the source's mentions and
    links read as the target's from now on, whatever is ingested later.

    Raises:
        NotFoundError: either entity is not stored.
        CurationError: the two are one, or of different kinds.
    """
    kind, target_kind = entity_kind(session, source_id), entity_kind(session, target_id)
    if source_id == target_id:
        raise CurationError("an entity cannot be merged into itself")
    if kind != target_kind:
        raise CurationError(f"cannot merge a {kind} into a {target_kind}")
    table = ENTITY_TABLES[kind]
    name = session.scalar(select(table.name).where(table.id == source_id))
    payload = {"kind": kind, "into": target_id, "name": name or source_id}
    record = _record(session, editor, ("entity", source_id), "merge", payload)
    apply_corrections(session, ())
    record_audit(session, editor, "entity.merge", ("entity", source_id),
                 before={"id": source_id}, after={"id": target_id})
    session.commit()
    return record


def fix_resolution(session: Session, editor: str, document_id: str, wrong_id: str,
                   right_id: str) -> CorrectionRecord:
    """In one document, make the mentions of ``wrong_id`` point to ``right_id``, and commit.

    Raises:
        NotFoundError: the document does not name ``wrong_id``, or ``right_id`` is not stored.
        CurationError: the two are one, or of different kinds.
    """
    kind = _document_entity_kind(session, document_id, wrong_id)
    if entity_kind(session, right_id) != kind or wrong_id == right_id:
        raise CurationError(f"{right_id!r} is not another {kind}")
    payload = {"document_id": document_id, "kind": kind, "wrong": wrong_id, "right": right_id}
    target = ("resolution", f"{document_id}|{wrong_id}")
    record = _record(session, editor, target, "resolve", payload)
    apply_corrections(session, {document_id})
    record_audit(session, editor, "resolution.fix", target, before={"id": wrong_id},
                 after={"id": right_id})
    session.commit()
    return record


def entity_kind(session: Session, entity_id: str) -> str:
    """``place``, ``organization`` or ``person``.

    Raises:
        NotFoundError: no entity has this id.
    """
    for kind, table in ENTITY_TABLES.items():
        if session.get(table, entity_id) is not None:
            return kind
    raise NotFoundError(f"no place, organisation or person with id {entity_id!r}")


def _document_entity_kind(session: Session, document_id: str, entity_id: str) -> str:
    places = select(DocumentPlaceRow.place_id).where(DocumentPlaceRow.document_id == document_id,
                                                     DocumentPlaceRow.place_id == entity_id)
    if session.scalars(places).first() is not None:
        return "place"
    orgs = select(DocumentOrganizationRow.organization_id).where(
        DocumentOrganizationRow.document_id == document_id,
        DocumentOrganizationRow.organization_id == entity_id)
    if session.scalars(orgs).first() is not None:
        return "organization"
    raise NotFoundError(f"document {document_id!r} names no place or organisation "
                        f"{entity_id!r}")


def _record(session: Session, editor: str, target: Target, action: str,
            payload: dict[str, Any]) -> CorrectionRecord:
    """Store a correction; the target's earlier ones are superseded."""
    bump_data_version(session)  # what the explorer remembers may show the corrected rows
    target_type, target_key = target
    session.execute(update(CorrectionRow)
                    .where(CorrectionRow.target_type == target_type,
                           CorrectionRow.target_key == target_key,
                           CorrectionRow.superseded.is_(False))
                    .values(superseded=True))
    row = CorrectionRow(target_type=target_type, target_key=target_key, action=action,
                        payload=payload, username=editor, created_at=dt.datetime.now(dt.UTC),
                        superseded=False)
    session.add(row)
    session.flush()
    return CorrectionRecord(row.id, target_type, target_key, action, payload, editor,
                            aware(row.created_at))
