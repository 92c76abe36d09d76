"""Programmes: which cooperation a programme frames, from one document's extraction.

A programme (IURC, IUC, URBACT, the Covenant of Mayors) or a network of cities (Eurocities,
UCLG, CityNet) is an organisation of type ``programme`` or ``network`` in the extraction.
A link belongs to a programme when the programme is named in the link's evidence
sentence, or when the story is framed by one programme only: it names it in its opening
(title or first lines) and names no other programme.
Members of a programme are the parties of the links it frames.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from citypact.model import Extraction, Link, Organization, Span

OPENING_CHARS = 600
"""How much of a story counts as its opening (title, standfirst, first paragraph)."""


@dataclass(frozen=True, slots=True)
class Membership:
    """One link of a document framed by a programme, with the text that says so."""

    programme: str
    parties: tuple[str, ...]
    evidence: Span
    """Where the document names the programme for this link."""
    direct: bool
    """Named in the link's own sentence (else: the story's opening frames it)."""
    link: int
    """The link's position in the extraction's list of links."""


FRAMING_TYPES = frozenset({"programme", "network"})
"""Organisations that frame cooperation: programmes (IURC, URBACT, the Covenant of Mayors)
and networks of cities (Eurocities, UCLG, CityNet), which may also be parties."""


def programmes_of(extraction: Extraction) -> tuple[Organization, ...]:
    return tuple(o for o in extraction.organizations if o.type in FRAMING_TYPES)


def _within(mentions: Iterable[Span], span: Span) -> Span | None:
    return next((m for m in mentions if span[0] <= m[0] and m[1] <= span[1]), None)


def programme_memberships(extraction: Extraction) -> tuple[Membership, ...]:
    """Every (programme, link) pair the document supports, in link order."""
    programmes = programmes_of(extraction)
    if not programmes:
        return ()
    framing = _framing(programmes)
    found: list[Membership] = []
    for position, link in enumerate(extraction.links):
        found.extend(_memberships(position, link, programmes, framing))
    return tuple(found)


def _framing(programmes: tuple[Organization, ...]) -> tuple[Organization, Span] | None:
    """The one programme a story opens with, if it names no other."""
    if len(programmes) != 1:
        return None
    opening = next((m for m in programmes[0].mentions if m[0] < OPENING_CHARS), None)
    return (programmes[0], opening) if opening is not None else None


def _memberships(position: int, link: Link, programmes: tuple[Organization, ...],
                 framing: tuple[Organization, Span] | None) -> list[Membership]:
    direct = []
    for programme in programmes:
        for sentence in link.evidence:
            mention = _within(programme.mentions, sentence)
            if mention is not None:
                direct.append(Membership(programme.name, link.parties, mention, True,
                                         position))
                break
    if direct:
        return direct
    if framing is not None:
        programme, mention = framing
        return [Membership(programme.name, link.parties, mention, False, position)]
    return []


def programme_members(memberships: Iterable[Membership]) -> dict[str, tuple[str, ...]]:
    """Programme name -> its members (parties of the links it frames), in first-seen order."""
    members: dict[str, dict[str, None]] = {}
    for membership in memberships:
        members.setdefault(membership.programme, {}).update(
            dict.fromkeys(membership.parties))
    return {name: tuple(parties) for name, parties in members.items()}
