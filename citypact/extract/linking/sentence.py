"""What one sentence says: its cues, its kind of relation, its parties and pairs."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from citypact.extract.linking.lexicons import LanguageLexicons
from citypact.extract.linking.parties import PartyMention
from citypact.extract.matchers.lexicon import LexiconHit, text_key
from citypact.model import LinkKind, Span, formality

MODALITY_REACH = 60
"""Characters before a cue where a modal word ("hopes to", "will") governs it."""

EVENT_KIND: dict[str, LinkKind] = {
    "signing": "agreement", "visit": "cooperation", "meeting": "cooperation",
    "forum": "cooperation", "project": "cooperation",
}
EVENT_PRIORITY = ("signing", "anniversary", "visit", "meeting", "forum", "project",
                  "announcement")


@dataclass(frozen=True, slots=True)
class SentenceCues:
    """The cues found in one sentence, in every lexicon of its language."""

    span: Span
    kinds: tuple[LexiconHit, ...]
    events: tuple[LexiconHit, ...]
    modality: tuple[LexiconHit, ...]
    references: tuple[LexiconHit, ...]
    sectors: tuple[str, ...]

    @property
    def has_cue(self) -> bool:
        return bool(self.kinds or any(e.label in EVENT_KIND for e in self.events))

    @property
    def collective(self) -> bool:
        return any(r.label == "collective" for r in self.references)

    def event_type(self) -> str | None:
        labels = {e.label for e in self.events}
        return next((t for t in EVENT_PRIORITY if t in labels), None)


class KeyCache:
    """The text keys a document needs (folded, and lower-cased with accents)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._keys: dict[bool, str] = {}

    def get(self, keep_accents: bool) -> str:
        if keep_accents not in self._keys:
            self._keys[keep_accents] = text_key(self._text, keep_accents)
        return self._keys[keep_accents]


def read_cues(span: Span, lex: LanguageLexicons, keys: KeyCache) -> SentenceCues:
    """Match every lexicon of a language inside one sentence."""
    key = keys.get(lex.keep_accents)
    start, end = span
    sector_key = keys.get(lex.sectors.keep_accents)
    sectors = sorted({h.label for h in lex.sectors.finditer(sector_key, start, end)})
    return SentenceCues(
        span=span,
        kinds=tuple(lex.kinds.finditer(key, start, end)),
        events=tuple(lex.events.finditer(key, start, end)),
        modality=tuple(lex.modality.finditer(key, start, end)),
        references=tuple(lex.references.finditer(key, start, end)),
        sectors=tuple(sectors),
    )


def _is_modal(cue: LexiconHit, modality: tuple[LexiconHit, ...]) -> bool:
    return any(m.span[1] <= cue.span[0] and cue.span[0] - m.span[1] <= MODALITY_REACH
               for m in modality)


def sentence_kind(cues: SentenceCues) -> LinkKind | None:
    """The most formal relation the sentence states as a fact; ``proposal`` if only wished."""
    stated: list[LinkKind] = []
    wished = False
    candidates = [(hit, hit.label) for hit in cues.kinds]
    candidates += [(hit, EVENT_KIND[hit.label]) for hit in cues.events if hit.label in EVENT_KIND]
    for hit, kind in candidates:
        if _is_modal(hit, cues.modality):
            wished = True
        else:
            stated.append(kind)  # type: ignore[arg-type]
    if stated:
        return min(stated, key=formality)
    return "proposal" if wished else None


def _foreign(a: PartyMention, b: PartyMention) -> bool:
    if a.name == b.name:
        return False
    if a.kind == "country" and b.kind == "country":
        return False
    return a.country is None or b.country is None or a.country != b.country


def sentence_pairs(parties: list[PartyMention], cues: SentenceCues,
                   main: tuple[PartyMention, PartyMention] | None,
                   kind: LinkKind) -> list[tuple[PartyMention, PartyMention, float]]:
    """Pairs of parties that the sentence relates, each with a confidence."""
    unique = list({p.name: p for p in reversed(parties)}.values())[::-1]
    actors = [p for p in unique if not p.venue]
    if len([p for p in actors if p.is_local]) >= 2:
        unique = actors
    locals_ = [p for p in unique if p.is_local]
    countries = [p for p in unique if not p.is_local]
    pairs = [(a, b, 0.85) for a, b in combinations(locals_, 2) if _foreign(a, b)]
    if pairs:
        return pairs
    pairs = [(a, c, 0.6) for a in locals_ for c in countries if _foreign(a, c)]
    if pairs:
        return pairs
    if main is not None and (cues.collective or (
            len(locals_) == 1 and kind in ("twinning", "agreement")
            and locals_[0].name in (main[0].name, main[1].name))):
        return [(main[0], main[1], 0.5)]
    return []
