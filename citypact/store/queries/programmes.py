"""Programmes: organisations of type ``programme``, the links they frame, their members,
pairings (the partnerships of those links) and activities year by year.

A member is a party of a link the programme frames, counted once per entity (or per
name when no entity bears it). An activity is a framed link, or an event of a framed
link's document that involves one of that link's parties.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import ColumnElement, Subquery, and_, func, select
from sqlalchemy.orm import Session

from citypact.errors import NotFoundError
from citypact.resolve.programmes import FRAMING_TYPES
from citypact.store.corrections import not_rejected
from citypact.store.dates import partial_year, valid_partial_date
from citypact.store.filters import ProgrammeFilters
from citypact.store.queries.common import AnySelect, count_rows, document_texts, facet_counts
from citypact.store.queries.entities import organization_aliases
from citypact.store.queries.events import event_records
from citypact.store.queries.links import entity_countries, link_records
from citypact.store.queries.partnerships import partnership_summaries
from citypact.store.records import (
    EventRecord,
    FacetCount,
    Facets,
    Page,
    PartyRecord,
    ProgrammeDetail,
    ProgrammeLink,
    ProgrammeMember,
    ProgrammePairing,
    ProgrammeSummary,
    YearActivity,
)
from citypact.store.tables import (
    DocumentRow,
    EventRow,
    LinkPartyRow,
    LinkRow,
    OrganizationRow,
    PartnershipLinkRow,
    ProgrammeLinkRow,
)
from citypact.textnorm import fold

PROGRAMME_TYPES = tuple(sorted(FRAMING_TYPES))
"""The organisation types of a programme or a network of cities."""


def _kept() -> ColumnElement[bool]:
    """The framed link was not rejected by an editor: it frames nothing."""
    return not_rejected(ProgrammeLinkRow.document_id, ProgrammeLinkRow.link_position)


def _members(*, with_country: bool = False) -> Subquery:
    """``(programme_id, document_id, link_position, member, entity_id)``: each party of each
    framed link, and its ``country`` when asked.

    The country is joined only when asked: it comes from every place and organisation (a
    union no index serves), which made a place's programmes take 130 ms of its dossier.
    """
    query = (select(ProgrammeLinkRow.programme_id, ProgrammeLinkRow.document_id,
                    ProgrammeLinkRow.link_position,
                    func.coalesce(LinkPartyRow.entity_id, LinkPartyRow.name).label("member"),
                    LinkPartyRow.entity_id)
             .join(LinkPartyRow,
                   and_(LinkPartyRow.document_id == ProgrammeLinkRow.document_id,
                        LinkPartyRow.link_position == ProgrammeLinkRow.link_position))
             .where(_kept()))
    if with_country:
        countries = entity_countries()
        query = (query.add_columns(countries.c.country)
                 .outerjoin(countries, countries.c.id == LinkPartyRow.entity_id))
    return query.subquery()


def _conditions(filters: ProgrammeFilters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [OrganizationRow.type.in_(PROGRAMME_TYPES)]
    for column, value in (("country", filters.country), ("entity_id", filters.member)):
        if value is not None:
            members = _members(with_country=column == "country")
            conditions.append(OrganizationRow.id.in_(
                select(members.c.programme_id).where(members.c[column] == value)))
    return conditions


def list_programmes(session: Session, filters: ProgrammeFilters | None = None, *,
                    offset: int = 0, limit: int = 50) -> Page[ProgrammeSummary]:
    """Programmes, most members first, with how many partnerships and links they frame.

    Args:
        session: an open session.
        filters: which programmes (a member's country, a member's entity id).
        offset: rows to skip (``>= 0``).
        limit: rows to return at most (``>= 1``).
    """
    where = _conditions(filters or ProgrammeFilters())
    members = _members()
    member_count = (select(func.count(func.distinct(members.c.member)))
                    .where(members.c.programme_id == OrganizationRow.id)
                    .correlate(OrganizationRow).scalar_subquery())
    query = (select(OrganizationRow).where(*where)
             .order_by(member_count.desc(), OrganizationRow.name, OrganizationRow.id))
    rows = list(session.scalars(query.offset(offset).limit(limit)))
    total = count_rows(session, select(OrganizationRow.id).where(*where))
    return Page(tuple(_summaries(session, rows)), total, offset, limit)


def programme_facets(session: Session, filters: ProgrammeFilters | None = None) -> Facets:
    """How many of the filtered programmes have a member in each country."""
    where = _conditions(filters or ProgrammeFilters())
    members = _members(with_country=True)
    query = (select(members.c.country, func.count(func.distinct(members.c.programme_id)))
             .join(OrganizationRow, OrganizationRow.id == members.c.programme_id)
             .where(*where).group_by(members.c.country))
    return {"country": facet_counts(session, query)}


def _summaries(session: Session, rows: Sequence[OrganizationRow]) -> list[ProgrammeSummary]:
    ids = [row.id for row in rows]
    aliases = organization_aliases(session, ids)
    members = _members()
    member_counts = _per_programme(session, select(
        members.c.programme_id, func.count(func.distinct(members.c.member)))
        .where(members.c.programme_id.in_(ids)).group_by(members.c.programme_id))
    counts = {pid: (links, documents) for pid, links, documents in session.execute(
        select(ProgrammeLinkRow.programme_id, func.count(),
               func.count(func.distinct(ProgrammeLinkRow.document_id)))
        .where(ProgrammeLinkRow.programme_id.in_(ids), _kept())
        .group_by(ProgrammeLinkRow.programme_id))}
    pairings = _per_programme(session, select(
        ProgrammeLinkRow.programme_id, func.count(func.distinct(PartnershipLinkRow.partnership_id)))
        .join(PartnershipLinkRow, _framed(PartnershipLinkRow))
        .where(ProgrammeLinkRow.programme_id.in_(ids), _kept())
        .group_by(ProgrammeLinkRow.programme_id))
    return [ProgrammeSummary(row.id, row.name, tuple(aliases.get(row.id, ())),
                             member_counts.get(row.id, 0), pairings.get(row.id, 0),
                             *counts.get(row.id, (0, 0)))
            for row in rows]


def _per_programme(session: Session, query: AnySelect) -> dict[str, int]:
    """Run ``select(programme id, count)``: programme id -> count."""
    return {programme_id: count for programme_id, count in session.execute(query)}


def _framed(table: type[PartnershipLinkRow] | type[LinkRow]) -> ColumnElement[bool]:
    """The rows of a table keyed by document and link position, of the framed link."""
    position = table.link_position if table is PartnershipLinkRow else LinkRow.position
    return and_(table.document_id == ProgrammeLinkRow.document_id,
                position == ProgrammeLinkRow.link_position)


def get_programme(session: Session, programme_id: str) -> ProgrammeDetail:
    """A programme with its members, pairings, framed links and activities by year.

    Raises:
        NotFoundError: no organisation of type ``programme`` has this id.
    """
    row = session.get(OrganizationRow, programme_id)
    if row is None or row.type not in PROGRAMME_TYPES:
        raise NotFoundError(f"no programme with id {programme_id!r}")
    (summary,) = _summaries(session, [row])
    links = _links(session, programme_id)
    events = _events(session, links)
    return ProgrammeDetail(summary, tuple(_member_list(session, programme_id)),
                           tuple(_pairings(session, links)), tuple(links),
                           tuple(_activities(links, events)),
                           tuple(record for record, _ in events))


def _links(session: Session, programme_id: str) -> list[ProgrammeLink]:
    query = (select(LinkRow, DocumentRow.title, DocumentRow.published, ProgrammeLinkRow,
                    PartnershipLinkRow.partnership_id)
             .join(ProgrammeLinkRow, _framed(LinkRow))
             .join(DocumentRow, DocumentRow.id == LinkRow.document_id)
             .outerjoin(PartnershipLinkRow, _framed(PartnershipLinkRow))
             .where(ProgrammeLinkRow.programme_id == programme_id, _kept()))
    rows = list(session.execute(query))
    records = link_records(session, [(link, title) for link, title, *_ in rows])
    texts = document_texts(session, {link.document_id for link, *_ in rows})
    found = []
    for record, (_, _, published, framed, partnership_id) in zip(records, rows, strict=True):
        mention = (framed.evidence_start, framed.evidence_end)
        found.append(ProgrammeLink(
            record, published, partial_year(record.link.date or valid_partial_date(published)),
            framed.direct, mention, texts[record.document_id][mention[0]:mention[1]],
            partnership_id))
    return sorted(found, key=lambda item: (item.record.link.date or item.published or "9999",
                                           item.record.document_id, item.record.position))


def _member_list(session: Session, programme_id: str) -> list[ProgrammeMember]:
    """Each member once, with the links and documents that make it one, most links first."""
    countries = entity_countries()
    query = (select(LinkPartyRow, countries.c.country)
             .join(ProgrammeLinkRow, and_(
                 LinkPartyRow.document_id == ProgrammeLinkRow.document_id,
                 LinkPartyRow.link_position == ProgrammeLinkRow.link_position))
             .outerjoin(countries, countries.c.id == LinkPartyRow.entity_id)
             .where(ProgrammeLinkRow.programme_id == programme_id, _kept())
             .order_by(LinkPartyRow.document_id, LinkPartyRow.link_position,
                       LinkPartyRow.position))
    parties: dict[str, PartyRecord] = {}
    links: dict[str, set[tuple[str, int]]] = defaultdict(set)
    for party, country in session.execute(query):
        key = party.entity_id or party.name
        parties.setdefault(key, PartyRecord(party.name, party.entity_kind, party.entity_id,
                                            country))
        links[key].add((party.document_id, party.link_position))
    members = [ProgrammeMember(parties[key], len(links[key]),
                               len({doc_id for doc_id, _ in links[key]}))
               for key in parties]
    return sorted(members, key=lambda m: (-m.links, m.party.name))


def _pairings(session: Session, links: Sequence[ProgrammeLink]) -> list[ProgrammePairing]:
    counts = Counter(item.partnership_id for item in links if item.partnership_id)
    pairings = [ProgrammePairing(summary, counts[summary.id])
                for summary in partnership_summaries(session, list(counts))]
    return sorted(pairings, key=lambda p: (-p.links, p.partnership.name))


Dated = tuple[EventRecord, int | None]
"""An event and its year (of its date, else of its document's publication)."""


def _events(session: Session, links: Sequence[ProgrammeLink]) -> list[Dated]:
    """The events of the framed links' documents that involve a party of a framed link,
    oldest first."""
    parties: dict[str, set[str]] = defaultdict(set)
    for item in links:
        parties[item.record.document_id].update(fold(p) for p in item.record.link.parties)
    if not parties:
        return []
    query = (select(EventRow, DocumentRow.title, DocumentRow.published)
             .join(DocumentRow, DocumentRow.id == EventRow.document_id)
             .where(EventRow.document_id.in_(parties)))
    rows = [(event, title, published) for event, title, published in session.execute(query)
            if parties[event.document_id] & {fold(p) for p in event.parties}]
    rows.sort(key=lambda row: (str(row[0].date or "") or row[2] or "9999", row[0].document_id,
                               row[0].position))
    records = event_records(session, [(event, title) for event, title, _ in rows])
    return [(record, partial_year(record.event.date or valid_partial_date(published)))
            for record, (_, _, published) in zip(records, rows, strict=True)]


def _activities(links: Iterable[ProgrammeLink], events: Iterable[Dated]) -> list[YearActivity]:
    """Links by kind and events by type, year by year (undated last)."""
    kinds: dict[int | None, Counter[str]] = defaultdict(Counter)
    types: dict[int | None, Counter[str]] = defaultdict(Counter)
    for item in links:
        kinds[item.year][item.record.link.kind] += 1
    for record, year in events:
        types[year][record.event.type] += 1
    years = sorted(kinds.keys() | types.keys(), key=lambda y: (y is None, y or 0))
    return [YearActivity(year, _counts(kinds[year]), _counts(types[year])) for year in years]


def _counts(counter: Counter[str]) -> tuple[FacetCount, ...]:
    return tuple(FacetCount(value, count)
                 for value, count in sorted(counter.items(), key=lambda c: (-c[1], c[0])))
