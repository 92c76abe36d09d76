"""Events of one sentence, and one event per happening across the document.

A visit has a direction: its ``parties`` are written visitor first, host second, and its
``place`` is where it happens. The visitor is the party named right after a delegation
phrase ("a delegation from Hue"); failing that, the host is the party a "with" introduces
("had a working session with Blois"); failing that, the visitor is the subject of an
outbound cue ("Hue visited Blois") or the object of an inbound one ("Blois welcomed Hue").
"""

from __future__ import annotations

from collections.abc import Sequence

from citypact.extract.linking.cues import SentenceCues
from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.wishes import reported_event_type, reported_event_types
from citypact.extract.matchers.lexicon import LexiconHit
from citypact.model import Event, EventType

Pair = tuple[PartyMention, PartyMention, float]

DELEGATION_REACH = 40
"""Characters between a delegation phrase and the visitor it names."""


def sentence_events(cues: SentenceCues, pairs: Sequence[Pair], inside: Sequence[PartyMention],
                    date: str | None, visits: Sequence[LexiconHit]) -> list[Event]:
    """The event a sentence reports, and the visit it implies: two parties signing or
    meeting in the territory of one of them means the other travelled there ("the
    mayors signed the agreement in Honolulu")."""
    event = sentence_event(cues, pairs, inside, date, visits)
    if event is None:
        return []
    found = [event]
    if event.type == "anniversary" and "visit" in reported_event_types(cues):
        # "their visit to Hanoi and attendance in the celebration of 30 years of ... ties":
        # the visit made for the feast is an event too
        visit = sentence_event(cues, pairs, inside, date, visits, "visit")
        if visit is not None and visit.type == "visit":
            found.append(visit)
    if event.type in ("signing", "meeting") and event.place is not None:
        venue = next((p for p in inside if p.name == event.place), None)
        related = [p for a, b, _ in pairs for p in (a, b)]
        host = next((p for p in related if venue is not None and p.is_local
                     and p.name in (venue.name, venue.admin1)), None)
        visitor = _counterpart(host, pairs) if host is not None else None
        if host is not None and visitor is not None:
            found.append(Event(type="visit", date=date, place=event.place,
                               parties=(visitor.name, host.name), evidence=event.evidence))
    return found


def sentence_event(cues: SentenceCues, pairs: Sequence[Pair], inside: Sequence[PartyMention],
                   date: str | None, visits: Sequence[LexiconHit],
                   event_type: str | None = None) -> Event | None:
    """The event a sentence reports, if it relates parties: of ``event_type`` when given,
    else of the type it reports first."""
    event_type = event_type or reported_event_type(cues)
    if event_type is None or not pairs:
        return None
    names = list(dict.fromkeys(n for a, b, _ in pairs for n in (a.name, b.name)))
    if event_type == "visit":
        direction = visit_direction(cues, pairs, inside, visits)
        if direction is None:
            event_type = "meeting"  # who travelled is not said: the parties met
        else:
            visitor, host = direction
            names = [visitor.name, host.name] + [n for n in names
                                                  if n not in (visitor.name, host.name)]
    venue = next((p.name for p in inside if p.kind == "city" and p.venue), None)
    if venue is None:
        venue = next((p.name for p in inside if p.kind == "city" and p.name not in names), None)
    if venue is None and event_type == "visit" and len(names) >= 2:
        visited = next((p for p in inside if p.name == names[1]), None)
        venue = visited.name if visited is not None and visited.kind in ("city", "region") \
            else None
    kind: EventType = event_type  # type: ignore[assignment]
    return Event(type=kind, date=date, place=venue, parties=tuple(names), evidence=(cues.span,))


def visit_direction(cues: SentenceCues, pairs: Sequence[Pair], inside: Sequence[PartyMention],
                    visits: Sequence[LexiconHit]) -> tuple[PartyMention, PartyMention] | None:
    """(visitor, host) of a visit sentence, or ``None`` when the sentence does not say."""
    related = {p.name for a, b, _ in pairs for p in (a, b)}
    for hit in visits:
        if hit.label != "delegation":
            continue
        visitor = next((p for p in inside if p.name in related
                        and 0 <= p.span[0] - hit.span[1] <= DELEGATION_REACH), None)
        if visitor is not None:
            host = _counterpart(visitor, pairs)
            if host is not None:
                return visitor, host
    withs = [r for r in cues.references if r.label == "with"]
    for marker in withs:
        host = next((p for p in inside if p.name in related
                     and 0 <= p.span[0] - marker.span[1] <= DELEGATION_REACH), None)
        visitor = _counterpart(host, pairs) if host is not None else None
        if host is not None and visitor is not None:
            return visitor, host  # "(the visitor) had a working session with B"
    cue = next((h for h in cues.events if h.label == "visit"), None)
    if cue is None:
        return None
    before = [p for p in inside if p.span[1] <= cue.span[0] and p.name in related]
    after = [p for p in inside if p.span[0] >= cue.span[1] and p.name in related]
    inbound = any(v.label == "inbound" and v.span[0] <= cue.span[0] < v.span[1] + 2
                  for v in visits)
    subject, obj = _subject_object(before, after, pairs)
    if subject is None or obj is None or subject.venue:
        # a venue is where the visit goes, not who makes it ("si era svolto a Valparaíso,
        # durante una missione dell'assessore al Porto del Comune")
        return None
    return (obj, subject) if inbound else (subject, obj)


def _subject_object(before: Sequence[PartyMention], after: Sequence[PartyMention],
                    pairs: Sequence[Pair]) -> tuple[PartyMention | None, PartyMention | None]:
    """Subject and object of a visit: when the cue comes after both ("A met B during a
    working visit") or before both ("the visit of A to B"), the first two in the order
    written; else one on each side of it."""
    if before:
        first = before[0]
        partner = next((p for p in before[1:] if _paired(first, p, pairs)), None)
        if partner is not None:
            return first, partner
    for subject in before:
        for obj in after:
            if _paired(subject, obj, pairs):
                return subject, obj
    if not before and len(after) >= 2 and _paired(after[0], after[1], pairs):
        return after[0], after[1]  # "the visit of the mayor of A to B"
    return None, None


def _paired(a: PartyMention, b: PartyMention, pairs: Sequence[Pair]) -> bool:
    return any({x.name, y.name} == {a.name, b.name} for x, y, _ in pairs)


def _counterpart(party: PartyMention, pairs: Sequence[Pair]) -> PartyMention | None:
    for a, b, _ in pairs:
        if a.name == party.name:
            return b
        if b.name == party.name:
            return a
    return None


def merge_events(events: Sequence[Event]) -> tuple[Event, ...]:
    """One event per happening: same type and parties, and dates that agree (equal, one
    missing, or one more precise: "2024-03" and "2024-03-11"); the sentences that tell it
    become its evidence and the most precise date is kept."""
    merged: list[Event] = []
    for event in events:
        index = next((i for i, e in enumerate(merged) if e.type == event.type
                      and e.parties == event.parties and _agree(e.date, event.date)), None)
        if index is None:
            merged.append(event)
            continue
        current = merged[index]
        date = max((current.date, event.date), key=lambda d: len(d or ""))
        merged[index] = Event(type=current.type, date=date, place=current.place or event.place,
                              parties=current.parties,
                              evidence=(*current.evidence, *event.evidence))
    return tuple(merged)


def _agree(first: str | None, second: str | None) -> bool:
    if first is None or second is None:
        return True
    return first.startswith(second) or second.startswith(first)
