"""Dating of links: which date a sentence gives a relation, and the fallbacks (a clause's own date,
an itinerary's dated headings, a neighbouring sentence, the story's lead, its news day)."""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Sequence
from itertools import pairwise

from citypact.extract.linking.cues import EVENT_KIND, SentenceCues, framing_spans
from citypact.extract.linking.lexicons import lexicons_for
from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.wishes import dated_after, renews_date, reports_event
from citypact.extract.pipeline import DateMention, Doc
from citypact.model import LinkKind, Span


def after_publication(date: str, published: str | None) -> bool:
    """Whether a date is later than the publication date, at the coarser precision."""
    if published is None:
        return False
    n = min(len(date), len(published))
    return date[:n] > published[:n]


def sentence_date(doc: Doc, span: Span, cues: SentenceCues, kind: LinkKind,
                  renewed: bool | None = None) -> str | None:
    """The first date written in the sentence, a day before a range. A twinning exists
    before the story: the story's own date (a dateline) does not date it unless the
    sentence reports a signing, and of several dates its own is the earliest ("celebrated
    on Saturday the 45 years of the twinning established in 1978"), even the date of the
    charter that the story renews ("renewed the twinning charter first signed in 1984";
    ``renewed`` says whether the date of a renewed instrument counts: for a twinning
    unless told otherwise)."""
    if renewed is None:
        renewed = kind == "twinning"
    signed = reports_signing(cues)
    # "visited Florence within the framework of the agreement signed in 2019": the year is
    # the agreement's, not the visit's
    frames = framing_spans(doc.text, cues)
    quotes = [(q.start() + span[0], q.end() + span[0])
              for q in QUOTATION.finditer(doc.text[span[0]:span[1]])]
    found = [m for m in doc.dates
             if span[0] <= m.span[0] < span[1] and not m.guessed and not m.dateline
             # "«... oggi diventa un partner della Toscana», ha dichiarato Giani dopo la
             # firma": the story's day inside a quote is the day it was said
             and not (m.value == doc.published
                      and any(a < m.span[0] and m.span[1] < b for a, b in quotes))
             and (renewed or not renews_date(cues, m.span[0], len(m.value) == 10))
             and not (kind == "twinning" and not signed and m.value == doc.published)
             and not dated_after(cues, m.span[0], "ended")
             and not any(a <= m.span[0] < b for a, b in frames)
             # "signed a letter of intent launching the pilot project, to be carried out
             # from September 2026": when the work signed for starts, not the signing's day
             and not (signed and m.end_value is None and after_publication(m.value, doc.published)
                      and dated_after(cues, m.span[0], "scheduled"))]
    # "hanno firmato ieri il patto, approvato dal consiglio nel dicembre scorso": the vote's
    # date dates neither the signing nor the relation
    found = [m for m in found if not _approved_not_signed(cues, m.span[0])] or found
    # A day the sentence names inside a range ("during the visit from 20 to 24 July, they
    # signed on 22 July") is the day of what it reports.
    dates = [m.value for m in found if m.end_value is None] or [m.value for m in found]
    # a month that a day of the sentence tells more finely ("led a delegation to Sabah this
    # week, signing an MOU ... on Monday"): the day
    dates = [d for d in dates if not any(len(o) > len(d) and o.startswith(d) for o in dates)]
    if kind == "twinning":
        # of the year the contacts began and the one the twinning was made, the latter
        established = [m.value for m in found if m.value in dates
                       and not dated_after(cues, m.span[0], "begun")]
        # "established friendship relations in 2014 and became sister cities in 2021": the
        # date written right after the twinning's own words
        made = {m.value for m in found if m.value in established and any(
            h.label == "twinning" and 0 <= m.span[0] - h.span[1] <= TWIN_DATE_REACH
            and TWIN_DATE_GAP.fullmatch(doc.text, h.span[1], m.span[0]) is not None
            for h in cues.kinds)}
        if len(made) == 1 and len(set(established)) > 1:
            return made.pop()
        if dates and not established:
            # only the year the contacts began ("Il gemellaggio corona un percorso avviato
            # nel 2022"): not when the twinning was made
            return None
        return earliest(established or dates)
    if len(set(dates)) > 1:
        # "established relations in 2010, and signed an MoU in 2015": the date of the clause
        # that tells this kind ("and signed ..."), not of the one before it
        own = _dates_of_its_clause(doc, span, cues, kind,
                                   [m for m in found if m.value in dates])
        if own:
            return own[0]
    return dates[0] if dates else None


def _approved_not_signed(cues: SentenceCues, start: int) -> bool:
    """Whether a date at ``start``, in a sentence that reports a signing, follows an
    ``approved`` word with no signing between them: the day of a council's vote on the
    instrument signed ("hanno firmato il patto, approvato dal consiglio comunale nel dicembre
    scorso"), not of its signing."""
    signings = [e.span for e in cues.events if e.label == "signing"]
    return bool(signings) and any(
        p.label == "approved" and p.span[1] <= start
        and not any(p.span[1] <= s < start for s, _ in signings) for p in cues.past)


TWIN_DATE_REACH = 12


TWIN_DATE_GAP = re.compile(r"\s+(?:in|since|on|nel|dal|del|en|depuis|desde|seit|im|em|năm|từ)"
                           r"(?:\s+(?:the\s+)?year)?\s+", re.IGNORECASE)
"""Between a twinning's words and the date it was made: "became sister cities in 2021"."""


def clause_break(doc: Doc) -> re.Pattern[str]:
    """Where a sentence's second clause starts, in the document's language ("..., and
    signed an MoU ...", "..., còn Busan ...")."""
    return lexicons_for(doc.rules_language).clause_break


def date_of_the_pair_s_clause(doc: Doc, span: Span, a: PartyMention, b: PartyMention,
                              breadth: int, date: str | None) -> str | None:
    """In a sentence of several pairs cut into clauses, the date written in the clause that
    holds both sides of a pair, when it has one of its own ("Changwon and Haiphong have been
    sister cities since 2019, while Surabaya is twinned with Busan since 1994": 1994 for
    Surabaya and Busan), not the sentence's."""
    if breadth < 2 or date is None:
        return date
    cuts = [span[0], *(m.end() for m in clause_break(doc).finditer(doc.text, span[0], span[1])),
            span[1]]
    clause = next(((start, end) for start, end in pairwise(cuts)
                   if start <= a.span[0] < end and start <= b.span[0] < end), None)
    if clause is None or clause == (span[0], span[1]):
        return date
    own = [m.value for m in doc.dates if clause[0] <= m.span[0] < clause[1]
           and not m.guessed and not m.dateline and m.end_value is None]
    return date if not own or date in own else own[0]


def _dates_of_its_clause(doc: Doc, span: Span, cues: SentenceCues, kind: LinkKind,
                         found: list[DateMention]) -> list[str]:
    """The dates written in the clauses of the sentence that hold a cue of ``kind``, when it
    has several clauses."""
    cuts = [span[0], *(m.end() for m in clause_break(doc).finditer(doc.text, span[0], span[1])),
            span[1]]
    if len(cuts) <= 2:
        return []
    clauses = [(a, b) for a, b in pairwise(cuts)
               if any(a <= h.span[0] < b for h in cues.kinds if h.label == kind)]
    return [m.value for m in found if any(a <= m.span[0] < b for a, b in clauses)]


QUOTATION = re.compile(r"«[^»]*»|“[^”]*”")
"""A quoted passage."""


RETURN_REACH = 30
"""Characters from a ``returned`` word to the day of the trip's end it dates."""


def date_gap(doc: Doc, span: Span, cues: SentenceCues, kind: LinkKind,
             date: str | None) -> int:
    """Characters between the sentence's ``date`` and its nearest cue of ``kind``."""
    at = next((m.span for m in doc.dates if date is not None and m.value == date
               and span[0] <= m.span[0] < span[1]), None)
    near = [h.span for h in cues.kinds if h.label == kind] + [
        h.span for h in cues.events if EVENT_KIND.get(h.label) == kind]
    if at is None:
        return sys.maxsize
    if any(p.label == "returned" and p.span[1] <= at[0] and at[0] - p.span[1] <= RETURN_REACH
           for p in cues.past):
        return sys.maxsize - 1  # the day a trip ended: any other date of the relation is nearer
    gap = min((max(c[0] - at[1], at[0] - c[1], 0) for c in near), default=sys.maxsize)
    before = [p.span for p in cues.past if p.label == "existing"]
    if min((max(c[0] - at[1], at[0] - c[1], 0) for c in before), default=sys.maxsize) < gap:
        # the day of what was done before the news, nearer to the date than the relation's
        # cue ("Porozumienie jest efektem wizyty ... w październiku ubiegłego roku")
        return sys.maxsize - 1
    return gap


def earliest(dates: Sequence[str]) -> str | None:
    """The earliest of ISO dates; of a month and a day of it ("2013-10", "2013-10-29"), the
    day, which says the same more precisely."""
    best: str | None = None
    for date in dates:
        if best is None or (date < best and not best.startswith(date)) or (
                date.startswith(best) and len(date) > len(best)):
            best = date
    return best


def day_in_range(doc: Doc, span: Span, date: str | None) -> str | None:
    """What a sentence reports during the range it names ("During its visit from 20 to 24
    July, the delegation met ...") is on one of its days: only the month is sure."""
    inside = [m for m in doc.dates if span[0] <= m.span[0] < span[1] and m.value == date]
    if date is None or not inside or not all(m.end_value for m in inside):
        return date
    return date[:7]


def guessed_date(doc: Doc, span: Span) -> str | None:
    """A yearless date of the sentence, its year guessed from the story: enough to place an
    event on a timeline, never to date a link."""
    return next((m.value for m in doc.dates
                 if m.guessed and span[0] <= m.span[0] < span[1]), None)


def section_dates(doc: Doc) -> list[tuple[int, str]]:
    """Dates of headings, by offset: in a report divided by dated headings (an itinerary:
    "Day 1: October 10 ...", "Day 2: October 11 ..."), a heading dates what follows it.
    One dated line alone (a byline, "Published on ...") divides nothing."""
    found: dict[int, str] = {}
    for mention in doc.dates:
        heading = doc.heading_at(mention.span)
        if heading is None or len(mention.value) < 7 or mention.value == doc.published:
            continue
        if not doc.text[heading[0]:heading[1]].strip().endswith((".", "!", "?", ";")):
            found.setdefault(heading[0], mention.value)
    return sorted(found.items()) if len(found) >= 2 else []


def section_date(sections: list[tuple[int, str]], span: Span) -> str | None:
    before = [value for start, value in sections if start < span[0]]
    return before[-1] if before else None


def counted_from_section(own: str | None, section: str | None,
                         published: str | None) -> str | None:
    """A date of the story's present ("last week", "on Tuesday": counted from the day of
    publication) under a heading dated long before it ("50 YEARS AGO – August 1976", an
    archive column's item) is counted from the heading: the heading's date."""
    if own is None or section is None or published is None:
        return own
    if _of_the_present(own, published) and not _of_the_present(section, published):
        return section
    return own


def _of_the_present(value: str, published: str) -> bool:
    """A day within ``NARRATIVE_DAYS`` before publication, or its month or the month
    before ("last month")."""
    day, news = as_date(value), as_date(published)
    if day is not None and news is not None:
        return 0 <= (news - day).days <= NARRATIVE_DAYS
    if len(value) != len("YYYY-MM") or MONTH.fullmatch(value) is None \
            or MONTH.match(published) is None:
        return False
    months = int(published[:4]) * 12 + int(published[5:7]) - (
        int(value[:4]) * 12 + int(value[5:7]))
    return 0 <= months <= 1


MONTH = re.compile(r"\d{4}-\d{2}")
"""A month written ``YYYY-MM`` (the start of a day's value too)."""


def stop_dates(doc: Doc, sections: list[tuple[int, str]],
               parties: list[PartyMention]) -> dict[str, str]:
    """The day an itinerary gives each place: the first dated heading naming it
    ("Day 2: October 11 – Latina")."""
    found: dict[str, str] = {}
    for start, value in sections:
        heading = doc.heading_at((start, start))
        if heading is None:
            continue
        for party in parties:
            if party.via == "place" and heading[0] <= party.span[0] < heading[1]:
                found.setdefault(party.name, value)
    return found


def stop_date(stops: dict[str, str], sections: list[tuple[int, str]], span: Span,
              a: PartyMention, b: PartyMention) -> str | None:
    """In the overview before an itinerary ("a study visit to Rome, Colleferro and Latina
    on 10-14 October"), a visit to a place is dated by the day the itinerary gives it."""
    if not stops or span[1] > sections[0][0]:
        return None
    dated = [stops[p.name] for p in (a, b) if p.name in stops]
    return dated[0] if len(dated) == 1 else None


def neighbour_date(doc: Doc, index: int, own_dates: dict[int, str | None],
                   names: list[frozenset[str]]) -> str | None:
    """With no publication date, the date of an adjacent sentence about the same cooperation
    ("The pairings are: ...  They were announced in August 2019."): one that names no party
    the sentence does not name (a date of another relation is not this one's)."""
    if doc.published is not None:
        return None
    for near in (index + 1, index - 1):
        if own_dates.get(near) is not None and names[near] <= names[index]:
            return own_dates[near]
    return None


LEAD_SENTENCES = 2
"""The sentences that open a story: the day they name is the day of the story's news."""


def lead_date(doc: Doc, span: Span, cues: SentenceCues, kind: LinkKind) -> str | None:
    """With no publication date, an event reported later with no date of its own is on the
    day the story's lead names ("Mayors travelled to Kyiv on Friday 19 August to sign a
    political agreement. ... The pact is signed by ..."), like a dated story's news."""
    if doc.published is not None or not reports_event(cues) or len(doc.sentences) < 2:
        return None
    if kind == "twinning" and not reports_signing(cues):
        return None
    lead_end = doc.sentences[min(LEAD_SENTENCES, len(doc.sentences)) - 1][1]
    if span[0] < lead_end:
        return None
    return next((m.value[:7] if m.end_value else m.value for m in doc.dates
                 if m.span[0] < lead_end and not m.guessed and len(m.value) == 10), None)


NARRATIVE_DAYS = 45
"""How long before publication a day named earlier in the story may date a later event."""


def news_date(doc: Doc, span: Span, cues: SentenceCues, kind: LinkKind) -> str | None:
    """The date of an event reported with no date of its own.

    A news story reports what happened shortly before it was published: the last day
    named earlier in the story within ``NARRATIVE_DAYS`` before publication ("On 23 May
    ... A cooperation agreement was signed"), else the month of publication. A twinning
    is dated so only when the sentence reports its signing; an existing one is not.
    """
    if doc.published is None or not reports_event(cues):
        return None
    if kind == "twinning" and not reports_signing(cues):
        return None
    published = as_date(doc.published)
    if published is not None:
        for mention in reversed(doc.dates):
            if mention.span[0] >= span[0] or mention.dateline:
                continue
            day = as_date(mention.value)
            if day is not None and 0 <= (published - day).days <= NARRATIVE_DAYS:
                # Within a trip ("from September 25-29") an undated meeting is on one of
                # its days: only the month is known.
                return mention.value[:7] if mention.end_value else mention.value
    return doc.published[:7]


def as_date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def reports_signing(cues: SentenceCues) -> bool:
    return any(e.label == "signing" for e in cues.events)


def recent(doc: Doc, date: str | None) -> bool:
    """No date, or a day shortly before publication: the day of the story's news."""
    if date is None:
        return True
    day, published = as_date(date), as_date(doc.published or "")
    return day is not None and published is not None and (
        0 <= (published - day).days <= NARRATIVE_DAYS)
