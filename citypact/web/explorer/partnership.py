"""A partnership's history across its sources: every link with its evidence marked."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from citypact.store import PartnershipDetail, get_partnership
from citypact.store.queries import mention_index
from citypact.web.explorer.evidence import Claim, evidence_of


@dataclass(frozen=True, slots=True)
class SourcedClaim:
    claim: Claim
    published: str | None
    source: str | None
    reprint: bool


@dataclass(frozen=True, slots=True)
class PartnershipView:
    detail: PartnershipDetail
    claims: tuple[SourcedClaim, ...]
    """The links, oldest first, with the parties marked in their evidence."""


def partnership_view(session: Session, partnership_id: str) -> PartnershipView:
    """``get_partnership`` (the JSON twin's data) with the parties marked in the evidence.

    Raises:
        NotFoundError: no partnership has this id.
    """
    detail = get_partnership(session, partnership_id)
    members = detail.links
    mentions = mention_index(session, {m.record.document_id for m in members},
                             {e for m in members for e in m.record.party_ids})
    claims = []
    for member in members:
        record, link = member.record, member.record.link
        evidence = evidence_of(mentions, record.document_id, link.evidence,
                               link.evidence_text, record.party_ids)
        claims.append(SourcedClaim(
            Claim(record.document_id, record.document_title, record.position, link.kind,
                  link.date, link.sectors, evidence),
            member.published, member.source, member.reprint))
    return PartnershipView(detail, tuple(claims))
