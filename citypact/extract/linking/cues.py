"""The cues of one sentence: every lexicon of its language matched inside it, less the cues it
denies, quotes in irony or sets in an older instrument's framework."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from citypact.extract.linking.lexicons import NOT_A_KIND, LanguageLexicons
from citypact.extract.matchers.lexicon import Lexicon, LexiconHit, text_key
from citypact.model import LinkKind, Span

MODALITY_REACH = 60
"""Characters before a cue where a modal word ("hopes to", "will") governs it."""
VERB_REACH = 100
"""Characters from a noun cue to its verb at the end of the clause, which German writes last
("Ein Abkommen zwischen Jena und der chinesischen Stadt Hangzhou kam dagegen nicht
zustande")."""
DENIAL_REACH = 25
"""Characters after a ``denial`` word ("no", "nessun", "không") where it denies a cue."""
WISH_BACK_REACH = 40
"""Characters from a sentence's start where a ``wish_back`` phrase may end."""
OPENERS = " \t\n\"'“”«»‘’-–—"
"""What may stand before a ``wish_back`` phrase at the start of its sentence."""
ITEM_HEADING = re.compile(r"\w+\.?(?:\s+\w+)?\s*[.°º]?\s*[:\-–—]+\s*")
"""An act's item heading of a word or two before its text ("ARTÍCULO SEGUNDO.-", "Art. 2:"),
which may also stand before a ``wish_back`` phrase."""

EVENT_KIND: dict[str, LinkKind] = {
    "signing": "agreement", "visit": "cooperation", "meeting": "cooperation",
    "forum": "cooperation",
}
"""Events that make a cooperation by themselves. A "project" does not: the word names too
many things ("Project Guardian", a building project); joint and pilot projects are
cooperation cues of their own in the rule files."""


@dataclass(frozen=True, slots=True)
class SentenceCues:
    """The cues found in one sentence, in every lexicon of its language."""

    span: Span
    kinds: tuple[LexiconHit, ...]
    events: tuple[LexiconHit, ...]
    modality: tuple[LexiconHit, ...]
    references: tuple[LexiconHit, ...]
    sectors: tuple[str, ...]
    past: tuple[LexiconHit, ...] = ()
    """``renewed`` and ``existing`` phrases (``rules/links``, table ``past``)."""
    sector_hits: tuple[LexiconHit, ...] = ()
    """Where the sector keywords are (``sectors`` has their labels)."""
    inbound: bool = False
    """A host's verb, active or passive ("ha accolto", "è stata accolta"; ``inbound`` and
    ``received`` of the ``visits`` rules)."""
    wish_back: bool = False
    """The sentence opens by calling the one before a wish ("È l'auspicio espresso ...")."""
    wished: bool = False
    """The next sentence calls this one a wish: what it states is only wished."""
    deny_back: bool = False
    """The sentence opens with a clause that denies the one before ("This is incorrect.")."""
    final_verbs: tuple[Span, ...] = ()
    """Signing verbs that close their clause ("... in Klatovy unterzeichnen."), where German
    writes the verb a modal before governs."""
    frame: Span | None = None
    """A phrase opening the sentence with a venue word, up to its comma ("Tại buổi tiếp,",
    "At the meeting,"): it recalls a meeting already told, whose parties may be others."""
    denied: tuple[LexiconHit, ...] = ()
    """Cues that a ``denial`` word says did not happen ("no agreement was ever signed",
    "nessun gemellaggio", "không làm việc"); they are left out of ``kinds`` and ``events``."""

    @property
    def has_cue(self) -> bool:
        return bool(self.kinds or any(e.label in EVENT_KIND for e in self.events))

    @property
    def contrasts(self) -> tuple[LexiconHit, ...]:
        """Words of contrast ("but", "ma", "nhưng"): a modal word before one does not
        govern a cue after it."""
        return tuple(r for r in self.references if r.label == "contrast")

    @property
    def collective(self) -> bool:
        return any(r.label in ("collective", "collective_regions", "collective_towns")
                   for r in self.references)

    @property
    def collective_places(self) -> bool:
        """The pair called by its places' noun ("the two cities", "両市"), not its sides."""
        return any(r.label in ("collective_regions", "collective_towns")
                   for r in self.references)


class KeyCache:
    """The text keys a document needs (folded, and lower-cased with accents)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._keys: dict[bool, str] = {}
        self._hits: dict[int, tuple[Lexicon, tuple[LexiconHit, ...]]] = {}
        self._written: dict[str, tuple[Span, ...]] = {}

    @property
    def text(self) -> str:
        return self._text

    def get(self, keep_accents: bool) -> str:
        if keep_accents not in self._keys:
            self._keys[keep_accents] = text_key(self._text, keep_accents)
        return self._keys[keep_accents]

    def hits(self, lexicon: Lexicon, keep_accents: bool) -> tuple[LexiconHit, ...]:
        """Every hit of a lexicon over the whole text, found once per document (the link
        rules read the references of a story many times over)."""
        found = self._hits.get(id(lexicon))
        if found is None or found[0] is not lexicon:
            found = (lexicon, tuple(lexicon.finditer(self.get(keep_accents))))
            self._hits[id(lexicon)] = found
        return found[1]

    def written(self, phrase: str) -> tuple[Span, ...]:
        """Where a phrase is written in the text (case and accents as they are), found once
        per document; for a literal phrase, those that end by a sentence's end are what a
        search of the text up to there finds."""
        # a search of the text up to each sentence's end, sentence after sentence, grew with
        # the square of the text's length
        found = self._written.get(phrase)
        if found is None:
            found = self._written[phrase] = tuple(
                m.span() for m in re.finditer(re.escape(phrase), self._text))
        return found


SCARE_QUOTES = {"\"": "\"", "“": "”", "'": "'", "‘": "’", "«": "»"}
"""Quotation marks that may hold a word alone to distance the writer from it."""


def _scare_quoted(text: str, span: Span) -> bool:
    """A cue that is all a quotation holds is the writer's irony, no relation: a fraudster's
    "partners" ("Hoàng đưa các "đối tác" sang Singapore"), a wine tasting's «gemellaggio»; a
    quoted name or speech holds more."""
    start, end = span
    opening = text[start - 1:start] if start else ""
    return opening in SCARE_QUOTES and text[end:end + 1] == SCARE_QUOTES[opening]


def read_cues(span: Span, lex: LanguageLexicons, keys: KeyCache) -> SentenceCues:
    """Match every lexicon of a language inside one sentence."""
    key = keys.get(lex.keep_accents)
    start, end = span
    sector_key = keys.get(lex.sectors.keep_accents)
    references = tuple(lex.references.finditer(key, start, end))
    sector_hits = tuple(lex.sectors.finditer(sector_key, start, _background_start(
        references, lex.kinds.finditer(key, start, end), end)))
    sectors = sorted({h.label for h in sector_hits})
    modality = tuple(h for h in lex.modality.finditer(key, start, end) if h.label != NOT_A_KIND)
    names = [(a, b) for phrase in lex.proper_kinds for a, b in keys.written(phrase)
             if start <= a and b <= end]
    kinds = [h for h in lex.kinds.finditer(key, start, end) if h.label != NOT_A_KIND
             and not any(a <= h.span[0] and h.span[1] <= b for a, b in names)
             and not _scare_quoted(keys.text, h.span)]
    # the events of an earlier trip told after the relation are that trip's, not the
    # sentence's ("The agreement comes two weeks after a trade mission visited Jakarta")
    events = [h for h in lex.events.finditer(key, start, _background_start(references, kinds,
                                                                          end))
              if h.label != NOT_A_KIND]
    past = tuple(lex.past.finditer(key, start, end)) if lex.past is not None else ()
    kinds, events = _outside_frameworks(keys.text, references, kinds, events, end)
    kinds = _celebrated_twinnings(kinds, events, past)
    if lex.match is not None and any(True for _ in lex.match.finditer(key, start, end)):
        # "Am Sonntag empfängt die Eintracht in der Bundesliga den VfL Bochum": a game
        events = [e for e in events if e.label not in ("visit", "meeting")]
    # A denied relation that the sentence calls proposed was proposed ("Nessun gemellaggio
    # tra Firenze e Huế: il consiglio ha bocciato la proposta"): it stays, as wished.
    contrasts = tuple(r for r in references if r.label == "contrast")
    # "no plans to sign" is no proposal; a rejected one was made ("ha bocciato la proposta")
    unrejected = tuple(m for m in modality if m.label != "rejection")
    proposed = any(m.label in ("proposal", "proposal_after", "proposal_both")
                   and not _denied(m, unrejected, contrasts) for m in modality)
    denied = [] if proposed else [h for h in (*kinds, *events)
                                  if _denied(h, modality, contrasts)]
    # An instrument whose signing verb after it is denied was not signed either ("Den
    # Vertrag haben Hue und Blois nicht unterzeichnet").
    denied += [k for k in kinds if k not in denied and any(
        e.label == "signing" and 0 <= e.span[0] - k.span[1] <= MODALITY_REACH
        and not any(k.span[1] <= c.span[0] < e.span[0] for c in contrasts)
        for e in denied)]
    return SentenceCues(
        span=span,
        kinds=tuple(h for h in kinds if h not in denied),
        events=tuple(h for h in events if h not in denied),
        modality=modality,
        denied=tuple(denied),
        references=references,
        sectors=tuple(sectors),
        sector_hits=sector_hits,
        past=past,
        inbound=lex.visits is not None and any(
            h.label in ("inbound", "received") for h in lex.visits.finditer(key, start, end)),
        wish_back=lex.wish_back is not None and any(
            not key[opening:hit.span[0]].strip(OPENERS) for opening in [
                _after_heading(keys.text, start, end)]
            for hit in lex.wish_back.finditer(key, opening,
                                              min(end, opening + WISH_BACK_REACH))),
        deny_back=lex.deny_back is not None and _denies_back(keys, lex.deny_back, start, end),
        frame=_frame(keys.text, span, references),
        final_verbs=tuple(h.span for h in events if h.label == "signing"
                          and CLAUSE_END.match(keys.text, h.span[1])),
    )


def _after_heading(text: str, start: int, end: int) -> int:
    """Where the sentence at ``start`` opens after an act's item heading ("ARTÍCULO
    SEGUNDO.- AUTORIZAR ..."), else ``start``: read in the text, whose punctuation the keys
    drop."""
    written = text[start:end]
    heading = ITEM_HEADING.match(text, start + len(written) - len(written.lstrip(OPENERS)), end)
    return heading.end() if heading else start


def _background_start(references: Iterable[LexiconHit], kinds: Iterable[LexiconHit],
                      end: int) -> int:
    """Where the sentence goes on to tell an earlier happening as the background of the
    relation it has named ("The agreement comes two weeks after a trade mission visited
    Jakarta"): the first ``background`` phrase after a kind cue, else the sentence's end."""
    first = min((k.span[0] for k in kinds if k.label != NOT_A_KIND), default=end)
    return min((r.span[0] for r in references if r.label == "background" and r.span[0] > first),
               default=end)


FRAMEWORK_END = re.compile(r"[,;:!?()]|\.(?:\s|$)|\s[–—-]\s")
"""Where a framework phrase ends: its clause's punctuation."""


def _framework_spans(text: str, references: Iterable[LexiconHit], end: int) -> list[Span]:
    """The ``framework_of`` phrases up to their clause's end ("within the framework of the
    agreement signed in 2019")."""
    spans = []
    for hit in references:
        if hit.label == "framework_of":
            stop = FRAMEWORK_END.search(text, hit.span[1], end)
            spans.append((hit.span[0], stop.start() if stop else end))
    return spans


def _outside_frameworks(text: str, references: Iterable[LexiconHit],
                        kinds: list[LexiconHit], events: list[LexiconHit],
                        end: int) -> tuple[list[LexiconHit], list[LexiconHit]]:
    """The kind and event cues, less those inside a phrase that sets the sentence's own event
    in an older instrument's framework ("visited Florence on Monday within the framework of
    the agreement signed in 2019"): that instrument is no relation of the sentence, and its
    participle no signing of it; only when an event is told outside the phrase."""
    frames = _framework_spans(text, references, end)

    def framed(hit: LexiconHit) -> bool:
        return any(a <= hit.span[0] and hit.span[1] <= b for a, b in frames)

    if not frames or all(framed(e) for e in events):
        return kinds, events
    return [k for k in kinds if not framed(k)], [e for e in events if not framed(e)]


def framing_spans(text: str, cues: SentenceCues) -> list[Span]:
    """The framework phrases of a sentence that tells its own event outside them (see
    ``_outside_frameworks``): a date inside one is the older instrument's, not the event's."""
    frames = _framework_spans(text, cues.references, cues.span[1])
    if any(not any(a <= e.span[0] and e.span[1] <= b for a, b in frames) for e in cues.events):
        return frames
    return []


CLAUSE_END = re.compile(r"\s*[.,;:!?]")
"""Punctuation right after a verb: the verb closes its clause."""


def _celebrated_twinnings(kinds: list[LexiconHit], events: list[LexiconHit],
                          past: tuple[LexiconHit, ...]) -> list[LexiconHit]:
    """The kind cues, a ``celebrated`` cooperation word a twinning when the sentence
    celebrates an anniversary ("Die Partnerschaft ... feiert ihr 30-jähriges Bestehen") or,
    after it, says since when the relation stands ("Die Partnerschaft zwischen Bad Kreuznach
    und Bourg-en-Bresse besteht seit 1959")."""
    words = {p.span for p in past if p.label == "celebrated"}
    standing = [p.span[0] for p in past if p.label == "standing"]
    if not any(e.label == "anniversary" for e in events):
        words = {w for w in words if any(w[1] <= s for s in standing)}
    return [dataclasses.replace(h, label="twinning")
            if h.label == "cooperation" and h.span in words else h for h in kinds]


def wished_by_the_next(cues: list[SentenceCues]) -> list[SentenceCues]:
    """Each sentence's cues, a sentence that the next one calls a wish marked ``wished``."""
    return [dataclasses.replace(c, wished=True) if i + 1 < len(cues) and cues[i + 1].wish_back
            else c for i, c in enumerate(cues)]


def _denies_back(keys: KeyCache, deny_back: Lexicon, start: int, end: int) -> bool:
    """Whether the sentence opens with a ``deny_back`` phrase that is a whole clause, ended
    by a punctuation mark ("No." and "No, there is ..." answer the question before; "No
    agreement was signed" denies only its own sentence)."""
    key = keys.get(deny_back.keep_accents)
    opening = start + len(keys.text[start:end]) - len(keys.text[start:end].lstrip(OPENERS))
    return any(not key[opening:hit.span[0]].strip(OPENERS)
               and CLAUSE_END.match(keys.text, hit.span[1])
               and not NUMBER_SIGN.match(keys.text, hit.span[1])
               for hit in deny_back.finditer(key, opening, min(end, opening + WISH_BACK_REACH)))


NUMBER_SIGN = re.compile(r"\.\s*\d")
"""A number after an abbreviation's dot ("No. 7 – Sister city relationship"): no answer."""


def denied_by_the_next(cues: list[SentenceCues]) -> list[SentenceCues]:
    """Each sentence's cues, a sentence that the next one denies stating nothing: its cues
    are all denied ("An article stated that Carlow is twinned with Draguignan. This is
    incorrect.")."""
    return [dataclasses.replace(c, kinds=(), events=(), denied=(*c.denied, *c.kinds, *c.events))
            if i + 1 < len(cues) and cues[i + 1].deny_back else c for i, c in enumerate(cues)]


QUESTION = re.compile(r"[?？؟][\s\"'»”’)\]]*$")
"""A question mark ending a sentence, before its closing quotes or brackets."""


def asked(text: str, cues: list[SentenceCues]) -> list[SentenceCues]:
    """Each sentence's cues, a question marked ``wished``: it asks about a relation and
    states none ("Che fine ha fatto il protocollo d'intesa tra la Regione Basilicata e la
    provincia di Mendoza?", "Will Hue and Blois become sister cities?")."""
    return [dataclasses.replace(c, wished=True)
            if QUESTION.search(text, c.span[0], c.span[1]) else c for c in cues]


FRAME_REACH = 40
"""Characters from the start of a sentence to the comma that closes its opening phrase."""


def _frame(text: str, span: Span, references: tuple[LexiconHit, ...]) -> Span | None:
    """The opening phrase of a sentence that starts with a venue word ("Tại buổi tiếp,")."""
    start = span[0] + len(text[span[0]:span[1]]) - len(text[span[0]:span[1]].lstrip())
    if not any(r.label == "venue" and r.span[0] == start for r in references):
        return None
    comma = text.find(",", start, min(span[1], start + FRAME_REACH))
    return (start, comma) if comma > 0 else None


def _denied(cue: LexiconHit, modality: tuple[LexiconHit, ...],
            contrasts: tuple[LexiconHit, ...] = ()) -> bool:
    """A cue shortly after a ``denial`` word, or before a ``denial_after`` phrase that closes
    its clause ("Eine Städtepartnerschaft mit Peking gibt es nicht"), with no word of
    contrast between: the text says it did not happen."""
    return any((m.label in ("denial", "rejection") and m.span[1] <= cue.span[0]
                and cue.span[0] - m.span[1] <= DENIAL_REACH
                and not any(m.span[1] <= c.span[0] and c.span[1] <= cue.span[0]
                            for c in contrasts))
               or (m.label == "denial_after" and cue.span[1] <= m.span[0]
                   and m.span[0] - cue.span[1] <= VERB_REACH
                   and not any(cue.span[1] <= c.span[0] and c.span[1] <= m.span[0]
                               for c in contrasts))
               for m in modality)

