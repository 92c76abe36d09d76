"""The merge of a story's link candidates: one link per pair, of its most formal relation,
with the date and the sectors its sentences and the sentences that follow them tell."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence

from citypact.extract.linking.dating import NARRATIVE_DAYS, as_date, earliest
from citypact.extract.linking.sentence import CONFIDENCE
from citypact.extract.linking.story import _Candidate
from citypact.model import Link, Span, formality


def _date_celebrated_twinnings(candidates: list[_Candidate],
                               dates: dict[tuple[frozenset[str], str], str],
                               follow_up: Sequence[_Candidate] = (),
                               published: str | None = None) -> None:
    """A twinning told only at a feast or a visit of the story's days ("to mark the 30th
    anniversary of the sister city relationship ... on Tuesday"), not at its signing, is
    dated by that day; an earlier signing that another sentence gives the pair ("the
    partnership, signed in 1994", "since the relationship was established in 1991") or
    that the next sentence tells ("Der
    Partnerschaftsvertrag war im Jahr 1959 unterzeichnet worden") is its establishment. A
    feast on the day of publication does not date the twinning ("NANJING, May 12 (Xinhua)
    -- ... on Monday celebrated the 45th anniversary"): then a signing of a year before the
    story's is its establishment ("established the relationship in August 1979")."""
    twinnings = {frozenset(c.parties) for c in candidates if c.kind == "twinning"}
    for key in twinnings:
        told = [c for c in candidates if frozenset(c.parties) == key]
        if not all(c.celebrated for c in told if c.kind == "twinning"):
            continue
        feast = dates.get((key, "twinning")) or (published[:4] if published else None)
        if feast is None:
            continue
        # An agreement of the pair, or its relation dated in its own sentence ("since the
        # relationship was established in 1991").
        others = [c for c in told if c.kind == "agreement"
                  or (c.kind == "cooperation" and c.gap != sys.maxsize)]
        others += [c for c in follow_up if frozenset(c.parties) == key]
        earlier = [c.date for c in others if c.date is not None and c.date < feast]
        if earlier:
            dates[(key, "twinning")] = min(earlier)


def _merge(text: str, candidates: list[_Candidate], context: dict[Span, tuple[str, ...]],
           follow_up: Sequence[_Candidate] = (), published: str | None = None
           ) -> tuple[Link, ...]:
    """One link per pair: the most formal relation and its date (from another sentence
    reporting the same relation when its own has none); the sectors of all its
    sentences, or, when they name none, those of the cooperation sentences around it."""
    best: dict[frozenset[str], _Candidate] = {}
    sectors: dict[frozenset[str], set[str]] = {}
    named = {frozenset(c.parties) for c in candidates if c.confidence > CONFIDENCE["side"]}
    signed = {frozenset(c.parties) for c in candidates
              if c.confidence > CONFIDENCE["side"] and c.kind == "agreement"}
    # a council's approval does not date a twinning that the story dates otherwise: the act
    # signed makes it ("firmaron el jueves el acta", after "aprobado ... el pasado 22 de mayo")
    dated = {frozenset(c.parties) for c in candidates
             if c.kind == "twinning" and c.date is not None and not c.approved}
    candidates = [dataclasses.replace(c, date=None)
                  if c.approved and frozenset(c.parties) in dated else c for c in candidates]
    candidates = _wished_named_again(candidates)
    for cand in candidates:
        key = frozenset(cand.parties)
        sectors.setdefault(key, set())
        if cand.confidence > CONFIDENCE["side"] or key not in named or (
                cand.kind == "agreement" and key in signed):
            # A sentence that names one side only says little of a pair named elsewhere,
            # unless it tells the instrument the pair signed again ("The MOU, signed with
            # Sabah Chief Minister ..., covers fisheries, eco-tourism and renewable energy").
            sectors[key].update(cand.sectors)
        current = best.get(key)
        if current is None or (formality(cand.kind), -cand.confidence) < (
                formality(current.kind), -current.confidence):
            best[key] = cand
    dates: dict[tuple[frozenset[str], str], str] = {}
    for cand in sorted(candidates, key=lambda c: c.breadth):  # the most specific sentence
        if cand.date is not None:
            dates.setdefault((frozenset(cand.parties), cand.kind), cand.date)
    nearest: dict[tuple[frozenset[str], str], _Candidate] = {}
    for cand in candidates:  # of two dates written for one relation, the one by its cue
        told = (frozenset(cand.parties), cand.kind)
        if cand.date is not None and cand.gap < getattr(nearest.get(told), "gap", sys.maxsize):
            nearest[told] = cand
    for cand in candidates:  # a twinning's date is its establishment: the earliest told
        told = (frozenset(cand.parties), cand.kind)
        if cand.kind == "twinning" and cand.date is not None:
            dates[told] = earliest([dates[told], cand.date]) or cand.date
    _date_celebrated_twinnings(candidates, dates, follow_up, published)
    later: dict[tuple[frozenset[str], str], list[str | None]] = {}
    for extra in follow_up:  # of a pair still told (not one a named town stood in for)
        if frozenset(extra.parties) not in sectors:
            continue
        later.setdefault((frozenset(extra.parties), extra.kind), []).append(extra.date)
        sectors[frozenset(extra.parties)].update(extra.sectors)
        if extra.date is not None:
            # a twinning its own sentence leaves undated, signed as a later one tells ("Eine
            # Kündigung des 1988 geschlossenen Partnerschaftsvertrags lehnt der Rat ab"); a
            # network's pair, met as a later sentence of "the partners" tells
            dates.setdefault((frozenset(extra.parties), extra.kind), extra.date)
    links = []
    for key, cand in best.items():
        same = [c for c in candidates if frozenset(c.parties) == key and c.kind == cand.kind]
        date = dates.get((key, cand.kind)) if cand.kind == "twinning" else (
            _written_day(cand, same, published)
            or _nearest_date(cand, nearest.get((key, cand.kind))) or dates.get((key, cand.kind)))
        links.append(Link(
            parties=cand.parties, kind=cand.kind,
            date=_refined(date, [c.date for c in same]
                          + later.get((key, cand.kind), [])),
            sectors=tuple(sorted(sectors[key])) or context.get(cand.evidence, ()),
            confidence=cand.confidence,
            evidence=(cand.evidence,), evidence_text=(text[cand.evidence[0]:cand.evidence[1]],)))
    return tuple(sorted(links, key=lambda link: link.evidence[0]))


def _wished_named_again(candidates: list[_Candidate]) -> list[_Candidate]:
    """A pair the story first tells as a wish, whose instrument a later sentence only names
    ("Via libera ... al patto di amicizia tra Oderzo e Griffith", then "«Il patto è il
    riconoscimento di una storia ...»"): the pact wished, not one signed."""
    first: dict[frozenset[str], _Candidate] = {}
    for cand in sorted(candidates, key=lambda c: c.evidence[0]):
        first.setdefault(frozenset(cand.parties), cand)
    return [dataclasses.replace(c, kind="proposal")
            if c.unsigned and c.kind == "agreement"
            and first[frozenset(c.parties)].kind == "proposal"
            and first[frozenset(c.parties)].evidence[0] < c.evidence[0] else c
            for c in candidates]


def _refined(date: str | None, told: list[str | None]) -> str | None:
    """A month or a year that another sentence of the same relation tells to the day ("Từ
    ngày 5 đến 10/11 ... đã ký" and "Ngày 8/11 ... đã ký"): the day, if only one is told."""
    if date is None or len(date) == len("YYYY-MM-DD"):
        return date
    finer = {d for d in told if d is not None and len(d) > len(date) and d.startswith(date)}
    return finer.pop() if len(finer) == 1 else date


def _written_day(cand: _Candidate, told: Sequence[_Candidate],
                 published: str | None) -> str | None:
    """For a relation its own sentence dates only by the month of publication (a lead:
    "Sarawak has signed an MoU with Guangxi"), the day of the news another sentence writes by
    a cue of the same relation ("The MoU was signed in Nanning on Friday"): within
    ``NARRATIVE_DAYS`` before publication (not the first MoU "signed on 12 May 2019")."""
    news = as_date(published or "")
    if not cand.by_month or news is None:
        return None
    days = sorted(c.date for c in told if not c.by_month and c.date is not None
                  and c.gap < sys.maxsize and (day := as_date(c.date)) is not None
                  and 0 <= (news - day).days <= NARRATIVE_DAYS)
    return days[0] if days else None


def _nearest_date(cand: _Candidate, nearest: _Candidate | None) -> str | None:
    """The date of a relation: its sentence's, unless its sentence writes it and another
    sentence writes another date nearer to a cue of the relation (a date of an itinerary's
    stop, or one lent by a neighbour sentence, stays)."""
    if cand.gap == sys.maxsize or nearest is None or nearest.gap >= cand.gap:
        return cand.date
    return nearest.date
