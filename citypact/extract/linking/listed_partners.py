"""The kind and the date of each pair of a sentence that lists several partners, each told
with its own word of relation or date ("has a twinning with Nanjing since 1995 and cooperates
with Daejeon since 2018")."""

from __future__ import annotations

import re

from citypact.extract.linking.cues import SentenceCues
from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.wishes import stated_kind_between
from citypact.extract.pipeline import DateMention, Doc
from citypact.model import LinkKind, Span
from citypact.textnorm import fold


def _listed_kind(cues: SentenceCues, a: PartyMention, b: PartyMention,
                 inside: list[PartyMention], breadth: int, kind: LinkKind, text: str = "",
                 coordinators: frozenset[str] = frozenset()) -> LinkKind:
    """In a sentence listing several partners, each told with its own word of relation
    before it ("heeft een stedenband met Nanjing en werkt sinds 2018 samen met Daejeon"), the
    relation of a partner's pair is the one its word states; else the sentence's. Of the
    words between two partners, those before a coordinator close the clause of the one
    before, whose verb comes last ("ist mit Lyon verschwistert und unterhält Beziehungen zu
    Kyoto": Kyoto's relation is the cooperation only)."""
    if breadth < 2 or a.span[0] == b.span[0] or kind == "proposal":
        return kind
    first = min(a.span[0], b.span[0])
    first_end = min((a.span[1], b.span[1]))
    last, preceding, _ = _listed_between(a, b, inside, (first, 0))
    # a partner listed right after another with no word of its own ("friendship ties with
    # Kyoto and Da Nang") takes the word told before the one it follows
    ends = sorted({p.span[1] for p in inside if not p.locator and first < p.span[1] <= preceding})
    end = last.span[0]
    for start in [preceding, *reversed(ends[:-1])]:
        # only between two partners: the subject's own words may hold one ("Hawaii's
        # sister-state and friendship ties with Fukuoka")
        stated = stated_kind_between(cues, _past_coordinator(
            text, start, end, coordinators) if start > first_end else start, end)
        if stated is not None or end - start > LISTED_GAP:
            return stated or kind
        end = start
    return kind


LISTED_GAP = 6
"""Most characters between two partners of one list ("Kyoto and ", "Kyoto, ", "Kyoto và ")."""


WORD = re.compile(r"\w+")


def _past_coordinator(text: str, start: int, end: int, coordinators: frozenset[str]) -> int:
    """Where the words between two partners that may tell the second's relation begin: after
    the last coordinator between them ("verschwistert und unterhält Beziehungen zu"), else
    at ``start``."""
    words = [m for m in WORD.finditer(text, start, end) if fold(m.group()) in coordinators]
    return words[-1].end() if words else start


def _framed_kind(cues: SentenceCues, a: PartyMention, b: PartyMention,
                 kind: LinkKind) -> LinkKind:
    """Parties named after the relation in whose framework an instrument falls ("thỏa thuận
    nằm trong khuôn khổ quan hệ hợp tác giữa tỉnh Sóc Trăng và tỉnh Zeeland") take that
    relation, not the instrument's kind."""
    frames = [h.span[0] for h in cues.references if h.label == "framework"
              and h.span[1] <= min(a.span[0], b.span[0])]
    if not frames:
        return kind
    return stated_kind_between(cues, frames[-1], max(a.span[0], b.span[0])) or kind


def _listed_date(doc: Doc, cues: SentenceCues, a: PartyMention, b: PartyMention,
                 inside: list[PartyMention], breadth: int) -> str | None:
    """In a sentence listing several partners each with its date, the date of a partner's
    pair: the last one written between the partner before and it, when a word of relation is
    there too ("heeft sinds 1995 een stedenband met Nanjing en werkt sinds 2018 samen met
    Daejeon", "has cooperated since 2015 with Hamburg"), else one written after it and before
    the next partner ("sister city ties with Takatsuki, established in 1990, and with Suwon
    since 2015"), else one written before it, after the partner before."""
    span = cues.span
    if breadth < 2 or a.span[0] == b.span[0]:
        return None
    dates = [m for m in doc.dates if span[0] <= m.span[0] < span[1]
             and not m.guessed and not m.dateline]
    if len({m.value for m in dates}) < 2:
        return None
    last, preceding, following = _listed_between(a, b, inside, span)
    before = [m for m in dates if preceding <= m.span[0] and m.span[1] <= last.span[0]
              and not _closes_partner_before(m, cues, preceding > span[0], preceding, last,
                                             doc.text)]
    told = before[-1].value if before and any(
        preceding <= k.span[0] < last.span[0] for k in cues.kinds) else None
    after = next((m.value for m in dates if last.span[1] <= m.span[0] < following), None)
    return told or after or (before[-1].value if before else None)


def _listed_or_sentence_date(doc: Doc, cues: SentenceCues, a: PartyMention, b: PartyMention,
                             inside: list[PartyMention], breadth: int,
                             sentence_date: str | None) -> str | None:
    """A listed partner's own date, else the sentence's; none when every date the sentence
    writes closes another partner's entry ("with Göttingen in Germany since 1951 – ..., as
    is its friendship link with Weihai": Weihai's tie is undated)."""
    own = _listed_date(doc, cues, a, b, inside, breadth)
    if own is not None or breadth < 2:
        return own or sentence_date
    last, preceding, following = _listed_between(a, b, inside, cues.span)
    closed = [m for m in doc.dates if preceding <= m.span[0] and m.span[1] <= last.span[0]
              and not m.guessed and not m.dateline
              and _closes_partner_before(m, cues, preceding > cues.span[0], preceding, last,
                                         doc.text)]
    if not closed or sentence_date is None or all(m.value != sentence_date for m in closed):
        return sentence_date
    # the partner's own entry may close with its own date ("including Växjö, Sweden, since
    # 1987, and Petrozavodsk, Russia, since 1987")
    after = [m.value for m in doc.dates if last.span[1] <= m.span[0] < following
             and not m.guessed and not m.dateline]
    return after[0] if after else None


def _closes_partner_before(date: DateMention, cues: SentenceCues, partner_before: bool,
                           preceding: int, last: PartyMention, text: str = "") -> bool:
    """A date after the partner before, with a word of relation after it and none before it,
    closes that partner's entry ("with Göttingen in Germany since 1951 – ..., as is its
    friendship link with Weihai"): it is not the next partner's; so does one set off by
    commas before "and with" and the next partner ("with Jilin City in China, since 1995, and
    with Cagayan de Oro")."""
    if partner_before and NEXT_ENTRY.fullmatch(text, date.span[1], last.span[0]) is not None:
        return True
    return partner_before and any(
        date.span[1] <= k.span[0] < last.span[0] for k in cues.kinds) and not any(
        preceding <= k.span[0] < date.span[0] for k in cues.kinds)


NEXT_ENTRY = re.compile(r"\s*,\s*(?:and|&|e|ed|et|y|und|en|và)\s+(?:(?:with|to|con|avec|mit|met|"
                        r"com|với)\s+(?:[a-zà-ÿ'’]+\s+){0,4})?")
"""Between a date that closes a listed partner's entry and the next partner: ", and with",
", and" ("including Venice in Italy, twinned with Suzhou since 1980, and Grenoble"), in the
languages that write it so, the next partner's wrapper in lower case after "with" ("gemellata
con Lörrach, in Germania, dal 1988, e con la cittadina francese di Chalon-sur-Saône")."""


def _listed_between(a: PartyMention, b: PartyMention, inside: list[PartyMention],
                    bounds: Span) -> tuple[PartyMention, int, int]:
    """Of a pair in a list of partners, the one named later, where the partner named before
    it ends and where the one named after it starts (``bounds`` when there is none)."""
    last = a if a.span[0] > b.span[0] else b
    others = [p for p in inside if not p.locator and p.name not in (a.name, b.name)]
    preceding = max((p.span[1] for p in others if p.span[1] <= last.span[0]),
                    default=bounds[0])
    following = min((p.span[0] for p in others if p.span[0] >= last.span[1]),
                    default=bounds[1])
    return last, preceding, following
