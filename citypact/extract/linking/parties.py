"""Who can be a party of a link: places, organisations, people acting for them, and
unnamed counterparts of a country ("a Vietnamese city")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import pycountry

from citypact.extract.pipeline import Doc
from citypact.model import Span

NON_PARTY_ORG_TYPES = frozenset({"media"})


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A span of the text that names (or stands for) a possible party."""

    span: Span
    name: str
    kind: str
    """``city``, ``region``, ``country`` or ``org``."""
    country: str | None
    via: str
    """``place``, ``org``, ``person`` (an official acting for it) or ``demonym``."""
    venue: bool = False
    """Named as where something happens ("signed ... in Ha Long"), not who does it."""

    @property
    def is_local(self) -> bool:
        return self.kind != "country"


def country_name(code: str, doc: Doc) -> str:
    """The canonical name of a country: as the places of the document name it, if they do."""
    for place in doc.places:
        if place.kind == "country" and place.country == code:
            return place.name
    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return code
    return str(getattr(record, "common_name", None) or record.name)


def _inside(span: Span, spans: Iterable[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def collect_parties(doc: Doc, demonym_spans: list[tuple[Span, str]]) -> list[PartyMention]:
    """Every party mention of the document, in text order.

    A place named inside an organisation's name ("Can Tho University") is the
    organisation, not the place. A person with an affiliation stands for it.
    """
    org_spans = [s for o in doc.organizations for s in o.mentions]
    found: list[PartyMention] = []
    for place in doc.places:
        found.extend(PartyMention(span, place.name, place.kind, place.country, "place")
                     for span in place.mentions if not _inside(span, org_spans))
    for org in doc.organizations:
        if org.type not in NON_PARTY_ORG_TYPES:
            found.extend(PartyMention(span, org.name, "org", org.country, "org")
                         for span in org.mentions)
    entities: dict[str, tuple[str, str | None]] = {p.name: (p.kind, p.country)
                                                   for p in doc.places}
    entities.update({o.name: ("org", o.country) for o in doc.organizations})
    for person in doc.people:
        if person.affiliation in entities:
            kind, country = entities[person.affiliation]
            found.extend(PartyMention(span, person.affiliation, kind, country, "person")
                         for span in person.mentions)
    found.extend(PartyMention(span, country_name(code, doc), "country", code, "demonym")
                 for span, code in demonym_spans)
    return sorted(found, key=lambda p: p.span)


def main_pair(parties: list[PartyMention]) -> tuple[PartyMention, PartyMention] | None:
    """The two local parties of different countries that the article is most about."""
    named = [p for p in parties if p.is_local and p.via in ("place", "org") and p.country]
    counts = Counter(p.name for p in named)
    first = {p.name: p for p in reversed(named)}
    ranked = sorted(counts, key=lambda n: (-counts[n], first[n].span[0]))
    if not ranked:
        return None
    top = first[ranked[0]]
    for name in ranked[1:]:
        if first[name].country != top.country:
            return top, first[name]
    return None
