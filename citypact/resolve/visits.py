"""Trips and pilot projects: the life of a cooperation inside one story.

A **trip** gathers what a story tells of one delegation abroad: who travelled (the
visitors of its visit events, with their compatriots named alongside), whom they met, the
dates (a range written in the story that covers its stops, else the first and last stop),
the leaders (people acting for the visitors, with their roles), the number of delegates
when the text gives it, and every stop (visit, meeting, signing, forum) in the order told,
each with its date, place, hosts, topics (the sectors its sentence names) and evidence.

A **pilot project** is a sentence naming a pilot or joint project, with its status
(completed, launched, else proposed), its sectors, the places it names, its parties and
its evidence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from citypact.extract.linking.lexicons import LanguageLexicons, load_language
from citypact.extract.matchers.lexicon import text_key
from citypact.extract.pipeline import DateMention, Doc
from citypact.model import Event, Span

STOP_TYPES = ("visit", "meeting", "signing", "forum")
DELEGATES = re.compile(
    r"(\d{1,4})\s*(?:-\s*)?(?:delegates|members?|officials|people|delegati|membri|"
    r"persone|thành viên|đại biểu|người|délégués|membres|delegados|miembros|"
    r"Delegierte|Mitglieder)\b", re.IGNORECASE)
"""A head count of a delegation ("a 25-member delegation", "đoàn gồm 12 thành viên")."""


@dataclass(frozen=True, slots=True)
class Stop:
    type: str
    date: str | None
    place: str | None
    hosts: tuple[str, ...]
    evidence: Span
    topics: tuple[str, ...] = ()
    """The sector labels its sentence names (``../shared/spec/sectors.md``), sorted."""


@dataclass(frozen=True, slots=True)
class Trip:
    visitors: tuple[str, ...]
    hosts: tuple[str, ...]
    start: str | None
    end: str | None
    leaders: tuple[tuple[str, str | None], ...]
    """(name, role as written) of the people acting for the visitors."""
    delegates: int | None
    stops: tuple[Stop, ...]


@dataclass(frozen=True, slots=True)
class PilotProject:
    status: str
    """``proposed``, ``launched`` or ``completed``."""
    sectors: tuple[str, ...]
    places: tuple[str, ...]
    evidence: Span
    parties: tuple[str, ...] = ()
    """The organisations its sentence names, then (a sentence within a trip's itinerary)
    the trip's visitors; each once, in the order first named."""
    delegation: tuple[str, ...] = ()
    """Those of its parties that are the visitors of the trip it belongs to."""


def build_trips(doc: Doc, lexicons: LanguageLexicons | None = None) -> tuple[Trip, ...]:
    """The trips of one story: one per visiting side (its visitors' country). When two
    sides seem to visit each other, the story is about the side that visits more often (a
    sentence read backwards is likelier than two trips told at once)."""
    countries = {p.name: p.country for p in doc.places}
    countries.update({o.name: o.country for o in doc.organizations})
    sides: dict[str | None, list[str]] = {}
    visits: dict[str | None, int] = {}
    hosted: dict[str | None, set[str | None]] = {}
    for event in doc.events:
        if event.type == "visit" and len(event.parties) >= 2:
            visitor = event.parties[0]
            side = countries.get(visitor)
            names = sides.setdefault(side, [])
            if visitor not in names:
                names.append(visitor)
            visits[side] = visits.get(side, 0) + 1
            hosted.setdefault(side, set()).update(countries.get(p) for p in event.parties[1:])
    kept = [side for side in sides if side is not None and not any(
        other != side and side in hosted.get(other, set()) and visits[other] > visits[side]
        for other in sides)]
    topics = _sector_finder(doc, lexicons)
    return tuple(_trip(doc, side, sides[side], countries, topics) for side in kept)


SectorFinder = Callable[[Span], tuple[str, ...]]
"""A span of the document -> the sector labels it names, sorted."""


def _sector_finder(doc: Doc, lexicons: LanguageLexicons | None) -> SectorFinder:
    """The sectors named in a span, with the lexicon of the document's language."""
    sectors = (lexicons or load_language(doc.rules_language or "en")).sectors
    key = text_key(doc.text, sectors.keep_accents)
    return lambda span: tuple(sorted({h.label for h in sectors.finditer(key, *span)}))


def _trip(doc: Doc, country: str | None, visitors: list[str],
          countries: dict[str, str | None], topics: SectorFinder) -> Trip:
    # The visitors' country stands for its unnamed delegates ("5 Vietnamese companies").
    side = set(visitors) | {p.name for p in doc.places
                            if p.kind == "country" and p.country == country}
    first = next(e.evidence[0][0] for e in doc.events
                 if e.type == "visit" and e.parties and e.parties[0] in side)
    sections = _section_places(doc)
    stops = []
    for event in doc.events:
        if event.type not in STOP_TYPES or event.evidence[0][0] < first:
            continue
        hosts = tuple(p for p in event.parties if countries.get(p) != country)
        ours = side & set(event.parties)
        # In an itinerary an event between hosts only has the delegation as its visitor.
        if hosts and (ours or len(hosts) == len(event.parties)):
            place = event.place or _section_place(sections, event.evidence[0][0])
            stops.append(Stop(event.type, event.date, place, hosts, event.evidence[0],
                              topics(event.evidence[0])))
    for stop in stops:  # compatriots named in its stops travel too ("Ha Tinh and Da Lat")
        for event in _events_at(doc.events, stop.evidence):
            side.update(p for p in event.parties if countries.get(p) == country)
    ordered = tuple(dict.fromkeys(p for e in doc.events for p in e.parties
                                  if p in side and p in countries and _is_local(doc, p)))
    if not ordered:  # only the country is named ("a Vietnamese delegation")
        ordered = tuple(dict.fromkeys(p for e in doc.events for p in e.parties if p in side))
    hosts = tuple(dict.fromkeys(h for s in stops for h in s.hosts))
    start, end = _span_of(doc.dates, [s.date for s in stops])
    leaders = tuple((p.name, p.role) for p in doc.people if p.affiliation in side and p.role)
    return Trip(ordered, hosts, start, end, leaders, _delegates(doc.text), tuple(stops))


def _section_places(doc: Doc) -> list[tuple[int, str]]:
    """The city or region named on each dated heading ("Day 2: October 11 – Latina")."""
    found = []
    for mention in doc.dates:
        heading = doc.heading_at(mention.span)
        if heading is None:
            continue
        start, end = heading
        named = sorted((m[0], p.name) for p in doc.places if p.kind != "country"
                       for m in p.mentions if start <= m[0] < end)
        if named:
            found.append((start, named[0][1]))
    return found


def _section_place(sections: list[tuple[int, str]], offset: int) -> str | None:
    before = [name for start, name in sections if start <= offset]
    return before[-1] if before else None


def _is_local(doc: Doc, name: str) -> bool:
    return not any(p.name == name and p.kind == "country" for p in doc.places)


def _events_at(events: Sequence[Event], span: Span) -> list[Event]:
    return [e for e in events if span in e.evidence]


def _span_of(dates: Sequence[DateMention], stop_dates: list[str | None]) -> tuple[str | None,
                                                                                  str | None]:
    """A written range covering every dated stop ("10-14 October 2022"), else the first
    and last stop dates."""
    days = sorted(d for d in stop_dates if d is not None)
    if not days:
        return None, None
    for mention in dates:
        if mention.end_value is not None and mention.value[:len(days[0])] <= days[0] \
                and days[-1] <= mention.end_value:
            return mention.value, mention.end_value
    return days[0], days[-1]


def _delegates(text: str) -> int | None:
    found = DELEGATES.search(text)
    return int(found.group(1)) if found else None


def build_projects(doc: Doc, lexicons: LanguageLexicons | None = None,
                   trips: Sequence[Trip] | None = None) -> tuple[PilotProject, ...]:
    """Every sentence that names a pilot or joint project, with its status, sectors,
    places and parties.

    Args:
        doc: a document through the extraction pipeline.
        lexicons: its language's lexicons (default: loaded for ``doc.language``).
        trips: the story's trips, whose visitors are the parties of the projects told
            within their itinerary (default: built from ``doc``).
    """
    lex = lexicons or load_language(doc.rules_language or "en")
    if lex.projects is None:
        return ()
    if trips is None:
        trips = build_trips(doc, lex)
    key = text_key(doc.text, lex.keep_accents)
    sectors = _sector_finder(doc, lex)
    found = []
    for span in doc.sentences:
        hits = {h.label for h in lex.projects.finditer(key, *span)}
        if "pilot" not in hits:
            continue
        status = next((s for s in ("completed", "launched", "proposed") if s in hits),
                      "proposed")
        places = tuple(dict.fromkeys(p.name for p in doc.places for m in p.mentions
                                     if span[0] <= m[0] < span[1]))
        delegation = _delegation(trips, span)
        parties = tuple(dict.fromkeys([*_organizations_in(doc, span), *delegation]))
        found.append(PilotProject(status, sectors(span), places, span, parties, delegation))
    return tuple(found)


def _organizations_in(doc: Doc, span: Span) -> list[str]:
    """The organisations named in a span, first named first."""
    named = sorted((m[0], o.name) for o in doc.organizations for m in o.mentions
                   if span[0] <= m[0] < span[1])
    return list(dict.fromkeys(name for _, name in named))


def _delegation(trips: Sequence[Trip], span: Span) -> tuple[str, ...]:
    """The visitors of the trip whose itinerary holds a sentence: the latest trip whose
    first stop comes before it."""
    started = [t for t in trips if t.stops and t.stops[0].evidence[0] <= span[0]]
    latest = max(started, key=lambda t: t.stops[0].evidence[0], default=None)
    return latest.visitors if latest else ()
