"""What a pair of parties links: a company called on in passing is no partner, an embassy or a
national body stands for its country too, an organisation beside twin towns cooperates."""

from __future__ import annotations

import re

from citypact.extract.linking.lexicons import load_demonyms
from citypact.extract.linking.parties import PartyMention, country_name
from citypact.extract.linking.sentence import CONFIDENCE
from citypact.extract.pipeline import Doc
from citypact.model import LinkKind
from citypact.textnorm import fold

CALLED_ON = frozenset({"company", "institute"})
"""Organisations a delegation visits in passing rather than partners with."""


def passing_call(a: PartyMention, b: PartyMention, confidence: float) -> bool:
    """A company or institute that an unnamed delegation calls on ("Visit to the company
    OMS") is a stop of its trip (an event), not a partner of the story's city (a link)."""
    return confidence == CONFIDENCE["implicit"] and bool(
        {a.org_type, b.org_type} & CALLED_ON)


MISSION_TYPES = frozenset({"embassy"})
"""Organisations that act for their country abroad (embassies, consulates)."""


def _acts_for_country(doc: Doc, party: PartyMention) -> bool:
    """An embassy or consulate, or a government body whose name holds its country ("the
    Standing Committee of China's National People's Congress", "Vietnamese Ministry of
    Foreign Affairs"), acts for its country."""
    if party.org_type in MISSION_TYPES:
        return True
    if party.org_type != "government" or not party.country:
        return False
    words = fold(re.sub(r"['’]", " ", party.name)).split()  # "China's" -> "china", "s"
    country = fold(country_name(party.country, doc)).split()
    return any(words[i:i + len(country)] == country for i in range(len(words))) or any(
        load_demonyms(doc.rules_language).get(word) == party.country for word in words)


PLACES_OWN: frozenset[LinkKind] = frozenset({"agreement", "twinning"})
"""Relations a place's department states for its place: it signs for it, and a twinning
binds places only (its wishes and its work are its own: "phối hợp với Sở Ngoại vụ Hà Nội
chuẩn bị các nội dung ký kết" is a task, no wish of Hanoi)."""


def linked_names(doc: Doc, a: PartyMention, b: PartyMention, confidence: float,
                 kind: LinkKind = "cooperation") -> list[tuple[tuple[str, str], float]]:
    """The names a pair links, with how sure. An embassy, a consulate or a national body
    also stands for its country ("the Ambassador had a working session with Turin": Turin
    works with Vietnam too), as surely as a sentence naming one side only: it lends no
    sectors to a pair that other sentences name. A place's department signing an agreement,
    or telling a twinning, does so for its place, as surely as the pair."""
    linked = [((a.name, b.name), confidence)]
    for mission, other in ((a, b), (b, a)):
        if (_acts_for_country(doc, mission) and mission.country and other.is_local
                and other.country is not None and other.country != mission.country):
            country = country_name(mission.country, doc)
            linked.append(((country, other.name), min(confidence, CONFIDENCE["side"])))
        if kind in PLACES_OWN and mission.org_type == "government" and other.kind != "org":
            # a region's or a town's ministry or department that signs signs for it too
            # ("Quốc vụ khanh Bộ Kinh tế ... bang Sachsen đã ký biên bản ghi nhớ"), as surely:
            # the fields of its agreement are its place's, though another sentence names
            # the pair ("held talks with the President of the Normandy Regional Council ...
            # signed a letter of intent on tourism ... with the Quang Ninh Department"); a
            # twinning it tells is its place's ("Bà ..., Giám đốc Sở Ngoại vụ tỉnh Thái
            # Bình: ... Quan hệ hữu nghị với tỉnh Xay-nhạ-bu-ly ... từ năm 2012")
            linked += [((place, other.name), confidence)
                       for place, country in _places_in_name(doc, mission.name)
                       if country != other.country and other.country is not None]
    return linked


def _places_in_name(doc: Doc, org: str) -> list[tuple[str, str | None]]:
    """The regions and towns named inside an organisation's name, with their countries."""
    spans = [span for o in doc.organizations if o.name == org for span in o.mentions]
    return [(p.name, p.country) for p in doc.places if p.kind != "country" and any(
        s <= ps and pe <= e for s, e in spans for ps, pe in p.mentions)]


def pair_kind(kind: LinkKind, a: PartyMention, b: PartyMention) -> LinkKind:
    """Twinning binds places: an organisation named beside twin towns cooperates with them
    (a district's government, "Rhein-Sieg-Kreis", is the place it governs)."""
    if kind == "twinning" and any(p.kind == "org" and p.org_type != "government"
                                  for p in (a, b)):
        return "cooperation"
    return kind
