"""Applying editors' corrections over the machine's rows: ``apply_corrections``.

Corrections live in their own table (``citypact.store.curation`` writes them) and are
never touched by an ingest or a rebuild. They win by being written over the machine's
rows every time those rows may have changed: when an editor corrects, when a document is
stored (``save_extraction``: a re-extracted document gets its corrections back), and
before every partnership rebuild. Applying is idempotent, and in this order:

1. fixed resolutions: in one document, a mention that named the wrong place names the
   right one (its mentions, its link parties, its trips' and projects' places);
2. merges: every row naming the merged entity names the one it was merged into, and the
   merged entity's row goes (its spellings stay, as search names of the other);
3. link verdicts: each link correction finds its link again by document and sorted
   parties (positions change when a document is extracted again), writes the verdict
   (``link_verdicts``) and, for a correction, the editor's kind, date and sectors.
   A rejected link stays stored; lists and the rebuild leave it out.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, delete, exists, select, true, update
from sqlalchemy.orm import Session

from citypact.store.dates import split_partial_date
from citypact.store.tables import (
    CorrectionRow,
    DocumentOrganizationRow,
    DocumentPersonRow,
    DocumentPlaceRow,
    LinkPartyRow,
    LinkRow,
    LinkSectorRow,
    LinkVerdictRow,
    MentionRow,
    OrganizationRow,
    PersonRow,
    PlaceRow,
    ProgrammeLinkRow,
    ProjectPartyRow,
    ProjectPlaceRow,
    ProjectRow,
    SearchNameRow,
    TripPartyRow,
    TripRow,
    TripStopRow,
)
from citypact.textnorm import fold

log = logging.getLogger(__name__)

ENTITY_TABLES: dict[str, type[PlaceRow] | type[OrganizationRow] | type[PersonRow]] = {
    "place": PlaceRow, "organization": OrganizationRow, "person": PersonRow}
VERDICTS = {"confirm": "confirmed", "correct": "corrected", "reject": "rejected"}
Canonical = Callable[[str, str], str]
"""``(document id, party reference) -> the reference after resolutions and merges``."""


def party_ref(entity_id: str | None, name: str) -> str:
    """How a link key names a party: its entity, else its folded name."""
    return entity_id or f"name:{fold(name)}"


def link_key(document_id: str, refs: Iterable[str]) -> str:
    """A link's stable key: its document and its sorted party references."""
    return "|".join([document_id, *sorted(refs)])


def document_of_key(target_key: str) -> str:
    return target_key.split("|", 1)[0]


def not_rejected(document_id: Any = LinkRow.document_id,
                 position: Any = LinkRow.position) -> ColumnElement[bool]:
    """The (outer) link has no ``rejected`` verdict: lists and the rebuild leave it out.

    Args:
        document_id, position: the columns that name the link in the outer query (by
            default the ``links`` table's; a programme's framed links name it too).
    """
    return ~exists().where(LinkVerdictRow.document_id == document_id,
                           LinkVerdictRow.link_position == position,
                           LinkVerdictRow.verdict == "rejected")


def active_corrections(session: Session) -> list[CorrectionRow]:
    """Every correction no later one replaced, oldest first."""
    query = (select(CorrectionRow).where(CorrectionRow.superseded.is_(False))
             .order_by(CorrectionRow.id))
    return list(session.scalars(query))


def apply_corrections(session: Session, doc_ids: Collection[str] | None = None) -> None:
    """Write the active corrections over the machine's rows (not committed).

    Args:
        session: the session of the write that needs them.
        doc_ids: the documents whose link verdicts and resolutions to apply (all when
            ``None``); merges always apply to the whole store.
    """
    active = active_corrections(session)
    resolutions = [c for c in active if c.action == "resolve"
                   and (doc_ids is None or c.payload["document_id"] in doc_ids)]
    for correction in resolutions:
        _resolve(session, correction.payload)
    merged = merge_targets(active)
    for source, target in merged.items():
        _merge(session, _payload_kind(active, source), source, target)
    session.flush()
    links = [c for c in active if c.target_type == "link"
             and (doc_ids is None or document_of_key(c.target_key) in doc_ids)]
    _apply_link_verdicts(session, links, doc_ids, _canonical(active, merged))
    session.flush()


def merge_targets(active: Sequence[CorrectionRow]) -> dict[str, str]:
    """Merged entity -> the entity it now reads as (following chains of merges)."""
    direct = {c.target_key: str(c.payload["into"]) for c in active if c.action == "merge"}
    final = {}
    for source in direct:
        target, seen = direct[source], {source}
        while target in direct and target not in seen:
            seen.add(target)
            target = direct[target]
        final[source] = target
    return final


def _payload_kind(active: Sequence[CorrectionRow], source: str) -> str:
    return next(str(c.payload["kind"]) for c in active
                if c.action == "merge" and c.target_key == source)


def _canonical(active: Sequence[CorrectionRow], merged: dict[str, str]) -> Canonical:
    resolved = {(str(c.payload["document_id"]), str(c.payload["wrong"])): str(c.payload["right"])
                for c in active if c.action == "resolve"}

    def canonical(document_id: str, ref: str) -> str:
        ref = resolved.get((document_id, ref), ref)
        return merged.get(ref, ref)

    return canonical


# --- resolutions and merges --------------------------------------------------------------

def _entity_name(session: Session, kind: str, entity_id: str) -> str | None:
    table = ENTITY_TABLES[kind]
    name: str | None = session.scalar(select(table.name).where(table.id == entity_id))
    return name


def _resolve(session: Session, payload: dict[str, Any]) -> None:
    """In one document, the wrong entity reads as the right one."""
    doc, kind = str(payload["document_id"]), str(payload["kind"])
    wrong, right = str(payload["wrong"]), str(payload["right"])
    name = _entity_name(session, kind, right)
    if name is None:
        log.warning("resolution %s -> %s: %s is not stored", wrong, right, right)
        return
    trips = select(TripRow.id).where(TripRow.document_id == doc)
    projects = select(ProjectRow.id).where(ProjectRow.document_id == doc)
    _rename_parties(session, wrong, right, name, LinkPartyRow.document_id == doc,
                    TripPartyRow.trip_id.in_(trips), ProjectPartyRow.project_id.in_(projects))
    session.execute(update(MentionRow).where(MentionRow.document_id == doc,
                                             MentionRow.entity_kind == kind,
                                             MentionRow.entity_id == wrong)
                    .values(entity_id=right))
    if kind == "place":
        _repoint_places(session, wrong, right, name, DocumentPlaceRow.document_id == doc,
                        TripStopRow.trip_id.in_(trips), ProjectPlaceRow.project_id.in_(projects))
    elif kind == "organization":
        session.execute(update(DocumentOrganizationRow)
                        .where(DocumentOrganizationRow.document_id == doc,
                               DocumentOrganizationRow.organization_id == wrong)
                        .values(organization_id=right))


def _rename_parties(session: Session, wrong: str, right: str, name: str,
                    *scopes: Any) -> None:
    """Link, trip and project parties naming ``wrong`` name ``right`` (within each scope)."""
    tables: tuple[Any, ...] = (LinkPartyRow, TripPartyRow, ProjectPartyRow)
    for table, scope in zip(tables, scopes, strict=True):
        session.execute(update(table).where(table.entity_id == wrong, scope)
                        .values(entity_id=right, name=name)
                        .execution_options(synchronize_session=False))


def _repoint_places(session: Session, wrong: str, right: str, name: str,
                    *scopes: Any) -> None:
    document_scope, stop_scope, project_scope = scopes
    session.execute(update(DocumentPlaceRow).where(DocumentPlaceRow.place_id == wrong,
                                                   document_scope).values(place_id=right))
    session.execute(update(TripStopRow).where(TripStopRow.place_id == wrong, stop_scope)
                    .values(place_id=right, place=name))
    session.execute(update(ProjectPlaceRow).where(ProjectPlaceRow.place_id == wrong,
                                                  project_scope)
                    .values(place_id=right, name=name))


def _merge(session: Session, kind: str, source: str, target: str) -> None:
    """Every row naming ``source`` names ``target``; ``source``'s own row goes."""
    name = _entity_name(session, kind, target)
    if name is None:
        log.warning("merge %s -> %s: %s is not stored", source, target, target)
        return
    everywhere = true()
    _rename_parties(session, source, target, name, everywhere, everywhere, everywhere)
    session.execute(update(MentionRow).where(MentionRow.entity_kind == kind,
                                             MentionRow.entity_id == source)
                    .values(entity_id=target))
    if kind == "place":
        _repoint_places(session, source, target, name, everywhere, everywhere, everywhere)
    elif kind == "organization":
        _repoint_organization(session, source, target)
    else:
        session.execute(update(DocumentPersonRow).where(DocumentPersonRow.person_id == source)
                        .values(person_id=target))
    _move_search_names(session, kind, source, target)
    session.execute(delete(ENTITY_TABLES[kind]).where(ENTITY_TABLES[kind].id == source))


def _repoint_organization(session: Session, source: str, target: str) -> None:
    session.execute(update(DocumentOrganizationRow)
                    .where(DocumentOrganizationRow.organization_id == source)
                    .values(organization_id=target))
    framed = set(session.execute(select(ProgrammeLinkRow.document_id,
                                        ProgrammeLinkRow.link_position)
                                 .where(ProgrammeLinkRow.programme_id == target)).tuples())
    for row in session.scalars(select(ProgrammeLinkRow)
                               .where(ProgrammeLinkRow.programme_id == source)):
        if (row.document_id, row.link_position) in framed:
            session.delete(row)  # the programme merged into already frames the link
    session.flush()
    session.execute(update(ProgrammeLinkRow).where(ProgrammeLinkRow.programme_id == source)
                    .values(programme_id=target))


def _move_search_names(session: Session, kind: str, source: str, target: str) -> None:
    """The merged entity's spellings find the entity it was merged into."""
    names = SearchNameRow
    held = set(session.scalars(select(names.folded).where(names.entity_kind == kind,
                                                          names.entity_id == target)))
    for row in session.scalars(select(names).where(names.entity_kind == kind,
                                                   names.entity_id == source)):
        if row.folded not in held:
            session.add(SearchNameRow(entity_kind=kind, entity_id=target, folded=row.folded,
                                      name=row.name))
        session.delete(row)


# --- link verdicts -----------------------------------------------------------------------

StoredLink = tuple[int, tuple[str, ...], int]
"""``(position, canonical sorted party references, first evidence start)`` of a link."""


def _apply_link_verdicts(session: Session, corrections: Sequence[CorrectionRow],
                         doc_ids: Collection[str] | None, canonical: Canonical) -> None:
    docs = {document_of_key(c.target_key) for c in corrections}
    if doc_ids is None:
        session.execute(delete(LinkVerdictRow))
    elif doc_ids:
        session.execute(delete(LinkVerdictRow).where(LinkVerdictRow.document_id.in_(doc_ids)))
    stored = _stored_links(session, docs, canonical)
    for correction in corrections:
        doc = document_of_key(correction.target_key)
        position = _find_link(correction, stored.get(doc, []), canonical)
        if position is None:
            continue  # not extracted this time: the correction waits for it
        session.merge(LinkVerdictRow(document_id=doc, link_position=position,
                                     verdict=VERDICTS[correction.action],
                                     correction_id=correction.id))
        if correction.action == "correct":
            overwrite_link(session, doc, position, correction.payload)


def _stored_links(session: Session, docs: set[str],
                  canonical: Canonical) -> dict[str, list[StoredLink]]:
    if not docs:
        return {}
    refs: dict[tuple[str, int], list[str]] = defaultdict(list)
    for party in session.scalars(select(LinkPartyRow)
                                 .where(LinkPartyRow.document_id.in_(docs))):
        refs[(party.document_id, party.link_position)].append(
            canonical(party.document_id, party_ref(party.entity_id, party.name)))
    found: dict[str, list[StoredLink]] = defaultdict(list)
    query = select(LinkRow.document_id, LinkRow.position, LinkRow.evidence).where(
        LinkRow.document_id.in_(docs))
    for doc, position, evidence in session.execute(query):
        start = int(evidence[0][0]) if evidence else -1
        found[doc].append((position, tuple(sorted(refs[(doc, position)])), start))
    return found


def _find_link(correction: CorrectionRow, links: Sequence[StoredLink],
               canonical: Canonical) -> int | None:
    """The link of the correction: same parties; of several, the nearest evidence."""
    doc, *refs = correction.target_key.split("|")
    wanted = tuple(sorted(canonical(doc, ref) for ref in refs))
    candidates = [link for link in links if link[1] == wanted]
    if not candidates:
        return None
    start = int(correction.payload.get("evidence_start", -1))
    return min(candidates, key=lambda link: (abs(link[2] - start), link[0]))[0]


def overwrite_link(session: Session, document_id: str, position: int,
                   values: dict[str, Any]) -> None:
    """Write an editor's kind, date and sectors over a stored link's."""
    date, precision = split_partial_date(values.get("date"))
    sectors = list(dict.fromkeys(values.get("sectors") or []))
    session.execute(update(LinkRow).where(LinkRow.document_id == document_id,
                                          LinkRow.position == position)
                    .values(kind=values["kind"], date=date, date_precision=precision,
                            sectors=sectors))
    session.execute(delete(LinkSectorRow).where(LinkSectorRow.document_id == document_id,
                                                LinkSectorRow.link_position == position))
    session.add_all(LinkSectorRow(document_id=document_id, link_position=position, sector=s)
                    for s in sectors)
