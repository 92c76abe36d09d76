"""The story as the link reader sees it (its parties, main pair, sections and every sentence's
cues), and the candidate links its sentences, lists and tables give before they are merged."""

from __future__ import annotations

import dataclasses
import sys
from dataclasses import dataclass

from citypact.extract.linking.cues import KeyCache, SentenceCues
from citypact.extract.linking.lexicons import LanguageLexicons
from citypact.extract.linking.parties import PartyMention
from citypact.extract.pipeline import Doc
from citypact.model import LinkKind, Span


@dataclass(frozen=True, slots=True)
class _Candidate:
    parties: tuple[str, str]
    kind: LinkKind
    date: str | None
    sectors: tuple[str, ...]
    confidence: float
    evidence: Span
    breadth: int = 1
    """How many pairs its sentence relates: the fewer, the more the sentence is about it."""
    celebrated: bool = False
    """A twinning whose sentence celebrates its anniversary: its date is the feast's."""
    towns_of: tuple[str, str] | None = None
    """A country's adjective standing for its towns ("Vietnamese municipalities"), paired
    with another party: the country's code and that party's name."""
    gap: int = sys.maxsize
    """Characters between its date, written in its sentence, and the nearest cue of its
    kind: the nearer, the surer the date is the relation's ("returned Saturday from a
    mission where she signed an MoU with Busan" against "On Oct. 14, ... signed")."""
    by_month: bool = False
    """Dated only by the month the story was published, its sentence writing no date."""
    approved: bool = False
    """A twinning whose sentence tells only a council's approval of it, no signing ("El
    hermanamiento había sido aprobado por el Concejo Deliberante el pasado 22 de mayo")."""
    unsigned: bool = False
    """An agreement whose sentence only names its instrument: no signing, no date of its own
    ("«Il patto è il riconoscimento di una storia ...», ha detto il sindaco")."""


@dataclass(frozen=True, slots=True)
class _Story:
    """A document as the link reader sees it: its parties, the pair it is most about, its
    dated headings and itinerary days, and every sentence's cues, party names and date."""

    doc: Doc
    lex: LanguageLexicons
    keys: KeyCache
    parties: list[PartyMention]
    main: tuple[PartyMention, PartyMention] | None
    firm: bool
    """Whether the main pair is named together or each more than once (``firm_pair``)."""
    sections: list[tuple[int, str]]
    stops: dict[str, str]
    cues: list[SentenceCues]
    names: list[frozenset[str]]
    own_dates: dict[int, str | None]
    town_demonyms: frozenset[Span] = frozenset()
    """Adjectives of nationality that stand for the country's towns ("Vietnamese cities")."""
    home: frozenset[str] = frozenset()
    """The countries the story is told from (``story_home_countries``)."""
    briefs: dict[int, tuple[PartyMention, PartyMention]] = dataclasses.field(
        default_factory=dict)
    """The pair of each sentence of a round-up of briefs, each paragraph opened by its own
    town's dateline (``_brief_pairs``)."""
