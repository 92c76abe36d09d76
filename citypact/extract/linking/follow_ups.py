"""What a sentence takes from the link told before it, or gives it: a follow-up's sectors,
a group of parties named back, the day of a signing, a ceremony or a vote told next, a
quoted birth, a date framed by the sentence before, the sectors of the sentences around."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from citypact.extract.linking.cues import OPENERS
from citypact.extract.linking.dating import (
    NARRATIVE_DAYS,
    after_publication,
    as_date,
    sentence_date,
)
from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.sentence import CONFIDENCE
from citypact.extract.linking.story import _Candidate, _Story
from citypact.extract.linking.wishes import sentence_kind, states_signing
from citypact.extract.matchers.lexicon import LexiconHit
from citypact.model import LinkKind

FOLLOW_UP_REACH = 2
"""Sentences after a link's own, in its paragraph, in which a cue sentence naming no place
("The agreement covers energy and culture.") still speaks of it and gives it its sectors."""
GROUP_REACH = 3
"""Sentences after a link of three or more parties in which a collective reference ("die
Partner", "the three cities") still means the whole group."""
PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")
"""Line breaks, with the blank lines and spaces around them: one paragraph break."""
BACK_REFERENCE_REACH = 4
"""Sentences after a link's own in which one opening by naming its instrument again ("Under
the renewed agreement, researchers from A and B will ...") gives it the fields it lists."""


QUOTE_OPENERS = "«“\"„"
"""Marks that open a quote."""


def _quoted_birth(story: _Story, index: int) -> str | None:
    """The date of a twinning's signing that a quote names no town of, told right before
    the sentence that names the pair and who said it, in its paragraph ("«Quando nel 1984 i
    nostri predecessori firmarono il gemellaggio, ...». Lo ha dichiarato il sindaco di Siena,
    ... celebrazioni per i quarant'anni del gemellaggio con Avignone."): the pair's birth."""
    if index == 0:
        return None
    doc, cues = story.doc, story.cues[index - 1]
    start, end = doc.sentences[index - 1]
    named = [p for p in story.parties if start <= p.span[0] < end and p.is_local]
    # after the story's dateline ("SIENA – «Quando ...")
    opening = max([p.span[1] for p in named if p.locator], default=start)
    quote = doc.text[opening:end].lstrip(" \t–—-,")
    if not quote[:1] or quote[0] not in QUOTE_OPENERS or "\n" in doc.text[
            end:doc.sentences[index][0]] or any(not p.locator for p in named) \
            or sentence_kind(cues) != "twinning" or not states_signing(cues):
        return None
    date = story.own_dates.get(index - 1)
    return date if date is not None and not after_publication(date, doc.published) else None


def _following(candidate: _Candidate, sectors: tuple[str, ...],
               date: str | None = None, kind: LinkKind | None = None) -> _Candidate:
    """A candidate that a later sentence speaks of again: its sectors, a date of signing
    only when that sentence states one, and the kind that sentence names, if given."""
    return dataclasses.replace(candidate, sectors=sectors, date=date,
                               kind=kind or candidate.kind,
                               confidence=CONFIDENCE["side"], celebrated=False)


def _group_named_back(story: _Story, index: int, found: list[_Candidate],
                      latest: tuple[int, list[_Candidate]]) -> list[_Candidate]:
    """The last link's group of three or more parties, when a collective reference ("die
    Partner", "the three cities") soon after it was read as the story's pair, one of the
    group's pairs: it speaks of the whole group."""
    last, group = latest
    pairs = {frozenset(c.parties) for c in group}
    if not story.cues[index].collective or not found or index - last > GROUP_REACH \
            or len(pairs) < 3 or not {frozenset(c.parties) for c in found} <= pairs:
        return []
    return group


def _follows_up(story: _Story, index: int, inside: list[PartyMention],
                latest: tuple[int, list[_Candidate]]) -> bool:
    """A cue sentence naming no place, in the paragraph of the last link and at most
    ``FOLLOW_UP_REACH`` sentences after it or naming the link's instrument again, still
    speaks of that link; so does one that
    names nothing at all and opens the next paragraph ("Im Mittelpunkt stehen künftig die
    Automobilzulieferindustrie ..."), and one of the next paragraph that names the link's
    instrument again."""
    last, found = latest
    inside = [p for p in inside if not (p.venue or p.locator)]  # where, not who
    if not found or any(p.is_local for p in inside):
        return False
    # from the sentence that told the link last: a group named back there ("Byene har vært
    # vennskapsbyer siden 1961") holds the evidence of the sentence that listed it
    between = story.doc.text[max(found[0].evidence[1], story.doc.sentences[last][1]):
                             story.doc.sentences[index][0]]
    # a wished relation is named again by a word of a relation that is to come too ("Die
    # neue Partnerschaft soll sich auf den Jugendaustausch ... konzentrieren")
    cues = story.cues[index]
    again = any(hit.label == found[0].kind for hit in cues.kinds) or (
        found[0].kind == "proposal" and bool(cues.kinds)
        and any(m.label == "proposal" for m in cues.modality))
    if "\n" not in between:
        # further on in the paragraph, one that names the link's instrument again ("Eine
        # Kündigung des 1988 geschlossenen Partnerschaftsvertrags lehnt der Rat ab")
        return index - last <= FOLLOW_UP_REACH or again
    if index - last > FOLLOW_UP_REACH:
        return False
    # In the next paragraph, a sentence that names no party and opens it ("Il protocollo
    # prevede ..."), however many sentences the link's paragraph has left ("Il nuovo testo
    # allarga la collaborazione all'automotive ..."), or one that names the instrument of the
    # link again ("Under the MoU, the parties will ...", "De afspraken gaan over waterbeheer
    # ..."), when the sentences between report no other relation ("Landrat ... und
    # Vizegouverneur ... setzten ihre Unterschriften unter das Dokument.").
    opens = "\n" in story.doc.text[story.doc.sentences[index - 1][1]:story.doc.sentences[index][0]]
    return all(not story.cues[i].kinds for i in range(last + 1, index)) and len(
        PARAGRAPH_BREAK.findall(between)) == 1 and (
        (opens and not inside) or again)


def _signed_again(story: _Story, index: int, found: list[_Candidate],
                  latest: tuple[int, list[_Candidate]]) -> list[_Candidate]:
    """A relation told without a date, whose instrument the next sentence says its pair
    signed ("LAUTOKA City Council has formalised a sister city relationship with Townsville
    ... Ms Vuniwai and Townsville Mayor Greg Holloway signed the agreement ... on Saturday"):
    the day of that signing is the relation's. Not a new instrument ("signed an MoU")."""
    last, told = latest
    cues = story.cues[index]
    if index - last != 1 or not states_signing(cues):
        return []
    articles = [hit.span[1] for hit in cues.references if hit.label == "definite"]
    if not any(0 < kind.span[0] - end <= 1 for kind in cues.kinds for end in articles):
        return []
    days = {frozenset(c.parties): c.date for c in found if c.date is not None}
    return [_following(c, (), days[frozenset(c.parties)]) for c in told
            if c.date is None and frozenset(c.parties) in days]


def _signed_before_the_news(story: _Story, index: int,
                            latest: tuple[int, list[_Candidate]]) -> str | None:
    """The day of the signing the next sentence tells of the instrument just reported,
    opening with it ("The MoU was signed on Wednesday at ..."), when the report dates it
    only by the news day ("have signed a memorandum ..., Mayor Bauman announced today", a
    release's header): the day it was signed, within ``NARRATIVE_DAYS`` before."""
    last, told = latest
    doc, cues = story.doc, story.cues[index]
    if index - last != 1 or not told or doc.published is None or not states_signing(cues) \
            or any(c.date != doc.published for c in told):
        return None
    start = doc.sentences[index][0]
    opening = start + len(doc.text[start:doc.sentences[index][1]]) - len(
        doc.text[start:doc.sentences[index][1]].lstrip())
    articles = [hit.span[1] for hit in cues.references
                if hit.label == "definite" and hit.span[0] == opening]
    # "The MoU", "L'accord": the instrument just reported
    if not any(0 <= kind.span[0] - end <= 1 for kind in cues.kinds for end in articles):
        return None
    day, news = as_date(story.own_dates.get(index) or ""), as_date(doc.published)
    if day is None or news is None or not 0 < (news - day).days <= NARRATIVE_DAYS:
        return None
    return day.isoformat()


def _ceremony_day(story: _Story, index: int,
                  latest: tuple[int, list[_Candidate]]) -> str | None:
    """The day a sentence opened by a ``ceremony`` phrase ("The ceremony took place on 12
    May.", "La cerimonia si è svolta venerdì 14 novembre ..., alla presenza della sindaca
    ... e del sindaco di Sopron") writes, right after the link it tells the signing of,
    naming no party but that link's; or by the motion of a wish, voted that day."""
    if not latest[1] or not 0 < index - latest[0] <= BACK_REFERENCE_REACH:
        return None
    span = story.doc.sentences[index]
    text = story.doc.text
    opening = span[0] + len(text[span[0]:span[1]]) - len(text[span[0]:span[1]].lstrip())
    cues = story.cues[index]
    kind = latest[1][0].kind
    if not ((index == latest[0] + 1 and any(
            r.label == "ceremony" and r.span[0] == opening for r in cues.references))
            or _voted(cues.references, opening, kind, index == latest[0] + 1)) \
            or any(p.is_local and span[0] <= p.span[0] < span[1] and not (p.venue or p.locator)
                   and not any(p.name in c.parties for c in latest[1])
                   for p in story.parties):
        return None
    day = sentence_date(story.doc, span, cues, kind)
    return day if day is not None and len(day) == len("YYYY-MM-DD") else None


def _voted(references: Sequence[LexiconHit], opening: int, kind: str,
           next_one: bool = False) -> bool:
    """A sentence opened by the ``motion`` of a wish told a few sentences before (no link
    between), which tells its ``vote`` ("The motion was approved on Tuesday.", "Il documento
    è stato votato lunedì."), or opened by the town's ``own_body`` that votes the motion
    ("The city council on Monday approved the motion."): the council's day is the wish's.
    Right after the wish (``next_one``), any sentence that tells a motion's vote does,
    whoever votes it ("Die BVV hat am Mittwochabend einen entsprechenden Antrag ...
    angenommen", "El Concejo Municipal arequipeño aprobó la iniciativa ...")."""
    votes = [r.span[0] for r in references if r.label == "vote"]
    if kind == "proposal" and votes and next_one and any(
            r.label == "motion" for r in references):
        return True
    return kind == "proposal" and bool(votes) and any(
        (r.label == "motion" and r.span[0] == opening)
        or (r.label == "own_body" and r.span[0] == opening and any(
            m.label == "motion" and m.span[0] > min(votes) for m in references))
        for r in references)


def _states_scope(story: _Story, index: int, latest: tuple[int, list[_Candidate]]) -> bool:
    """A sentence that names fields after a ``scope`` phrase ("elle porte sur", "el texto
    prevé") and no party of its own, following up the last link. An official of one of that
    link's parties is none of its own ("Volgens wethouder De Wit ligt de nadruk op ..."), nor
    is one of them named in a field ("la promotion de la ligne ferroviaire Delle–Belfort")."""
    cues = story.cues[index]
    if not cues.sectors or not any(r.label == "scope" for r in cues.references):
        return False
    span = story.doc.sentences[index]
    linked = {name for c in latest[1] for name in c.parties}
    inside = [p for p in story.parties if span[0] <= p.span[0] and p.span[1] <= span[1]
              and p.name not in linked]
    return _follows_up(story, index, inside, latest)


def _opens_back(story: _Story, index: int) -> bool:
    """Whether a sentence opens by referring back to the one before ("Under the programme",
    "Under the renewed agreement")."""
    doc, span = story.doc, story.doc.sentences[index]
    return any(r.label == "follows" and not doc.text[span[0]:r.span[0]].strip(OPENERS)
               for r in story.cues[index].references)


def _framed_date(story: _Story, index: int, kind: LinkKind) -> str | None:
    """The date of the sentence before, for one that opens by referring back to it ("Under
    the programme, Hue has been paired with Bordeaux", "Nell'ambito del programma Torino
    lavorerà in coppia con Córdoba", after the day the programme was joined)."""
    doc = story.doc
    if index == 0 or not _opens_back(story, index):
        return None
    return sentence_date(doc, doc.sentences[index - 1], story.cues[index - 1], kind)



def _neighbour_sectors(story: _Story, index: int) -> tuple[str, ...]:
    """The sectors that the sentences around a cue sentence name, when they speak of
    cooperation too ("Each city has been paired ... for sustainable urban development").
    A keyword inside an organisation's name ("Department of Economics") names no field."""
    names = [p.span for p in story.parties if p.via == "org"]
    found: set[str] = set()
    for near in (index - 1, index + 1):
        if 0 <= near < len(story.cues) and story.cues[near].has_cue \
                and not _tells_another_pair(story, index, near):
            found.update(hit.label for hit in story.cues[near].sector_hits
                         if not any(s <= hit.span[0] and hit.span[1] <= e for s, e in names))
    return tuple(sorted(found))


def _tells_another_pair(story: _Story, index: int, near: int) -> bool:
    """Whether a sentence near a cue sentence names two towns as parties and nothing the cue
    sentence names ("Blois has been twinned with Hue since 1990. Last year Hamburg and Turin
    signed a cultural agreement."): its fields are that other pair's."""
    def named(at: int) -> list[PartyMention]:
        start, end = story.doc.sentences[at]
        return [p for p in story.parties if start <= p.span[0] < end]
    own = {p.name for p in named(index)}
    near_names = {p.name for p in named(near)}
    towns = {p.name for p in named(near) if p.is_local and p.via == "place"
             and not (p.venue or p.locator)}
    return bool(own) and not own & near_names and len(towns) >= 2
