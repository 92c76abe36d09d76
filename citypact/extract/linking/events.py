"""Events of one sentence, and one event per happening across the document.

A visit has a direction: its ``parties`` are written visitor first, host second, and its
``place`` is where it happens. The visitor is the party named right after a delegation
phrase ("a delegation from Hue"); failing that, the subject of an outbound cue
("Hue visited Blois") or the object of an inbound one ("Blois welcomed Hue").
"""

from __future__ import annotations

from collections.abc import Sequence

from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.sentence import SentenceCues
from citypact.extract.matchers.lexicon import LexiconHit
from citypact.model import Event, EventType

Pair = tuple[PartyMention, PartyMention, float]

DELEGATION_REACH = 40
"""Characters between a delegation phrase and the visitor it names."""


def sentence_event(cues: SentenceCues, pairs: Sequence[Pair], inside: Sequence[PartyMention],
                   date: str | None, visits: Sequence[LexiconHit]) -> Event | None:
    """The event a sentence reports, if it relates parties."""
    event_type = cues.event_type()
    if event_type is None or not pairs:
        return None
    names = list(dict.fromkeys(n for a, b, _ in pairs for n in (a.name, b.name)))
    if event_type == "visit":
        direction = visit_direction(cues, pairs, inside, visits)
        if direction is not None:
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
    cue = next((h for h in cues.events if h.label == "visit"), None)
    if cue is None:
        return None
    before = [p for p in inside if p.span[1] <= cue.span[0] and p.name in related]
    after = [p for p in inside if p.span[0] >= cue.span[1] and p.name in related]
    inbound = any(v.label == "inbound" and v.span[0] <= cue.span[0] < v.span[1] + 2
                  for v in visits)
    for subject in before:
        for obj in after:
            if any({a.name, b.name} == {subject.name, obj.name} for a, b, _ in pairs):
                return (obj, subject) if inbound else (subject, obj)
    return None


def _counterpart(party: PartyMention, pairs: Sequence[Pair]) -> PartyMention | None:
    for a, b, _ in pairs:
        if a.name == party.name:
            return b
        if b.name == party.name:
            return a
    return None


def merge_events(events: Sequence[Event]) -> tuple[Event, ...]:
    """One event per type, parties and date: the sentences that tell it become its evidence."""
    merged: dict[tuple[str, tuple[str, ...], str | None], Event] = {}
    for event in events:
        key = (event.type, event.parties, event.date)
        current = merged.get(key)
        if current is None:
            merged[key] = event
        else:
            merged[key] = Event(type=current.type, date=current.date,
                                place=current.place or event.place, parties=current.parties,
                                evidence=(*current.evidence, *event.evidence))
    return tuple(merged.values())
