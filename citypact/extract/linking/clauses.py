"""Which parties of one sentence a cue relates to each other.

A sentence is read as clauses (a list of pairings separated by ";", or written as "A
with B, and C with D", gives one clause per pairing). Inside a clause:

- "between A and B" relates the parties after the marker among themselves (with three or
  more, every pair: one link between all of them);
- otherwise the first cue or "with"-marker that has a local party on each side
  splits the clause: the parties before it (the subject, possibly coordinated:
  "Ha Tinh and Da Lat") are related to those after it (the object: "Rome and
  Colleferro"), never to each other;
- "with" before every party ("Meeting with A and B", as in an itinerary) names the
  hosts of an unnamed visitor: they are not related to each other;
- with no such split, every party is related to every other (three or more named
  together are one link, compatriot cities included: "Barranquilla and Soledad and
  Velletri and Rome").

Parties of the same country and two countries alone are never related.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise, product
from typing import NamedTuple

from citypact.extract.linking.parties import LOCATIVE, PartyMention
from citypact.extract.matchers.lexicon import LexiconHit
from citypact.model import Span
from citypact.textnorm import fold

Pair = tuple[PartyMention, PartyMention]


class Relation(NamedTuple):
    """What a clause relates: its pairs, how they were found, and the hosts of a visitor
    it does not name ("Meeting with A and B"), to be paired by the caller."""

    pairs: list[Pair]
    how: str
    hosts: tuple[PartyMention, ...] = ()

CLAUSE_SEPARATORS = ";"


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a sentence with its parties (in text order) and its markers."""

    span: Span
    parties: tuple[PartyMention, ...]
    splits: tuple[LexiconHit, ...]
    """Cue and "with" hits, in text order."""
    between: tuple[LexiconHit, ...]
    joiners: frozenset[str] = frozenset()
    """Lower-case words that may stand between two parties of one group ("and", "the")."""
    fronted: frozenset[str] = frozenset()
    """"With" markers that may open a clause before its partner group ("mit"; folded)."""


def foreign(a: PartyMention, b: PartyMention) -> bool:
    """Whether two parties can be linked: different, not two countries, not one country."""
    if a.name == b.name:
        return False
    if a.kind == "country" and b.kind == "country":
        return False
    if "country" in (a.kind, b.kind) and "embassy" in (a.org_type, b.org_type):
        return False  # an embassy stands for its country: two countries again
    if a.country is None and b.country is None:
        return False  # two organisations of unknown country: nothing says they are apart
    if (a.country is None and b.kind == "country") or (b.country is None and a.kind == "country"):
        return False
    return a.country is None or b.country is None or a.country != b.country


def _outside(hit: LexiconHit, parties: Sequence[PartyMention]) -> bool:
    """A cue written inside a name ("International Urban Cooperation") is not a cue."""
    return not any(p.span[0] <= hit.span[0] and hit.span[1] <= p.span[1] for p in parties)


def split_clauses(text: str, span: Span, parties: Sequence[PartyMention],
                  splits: Sequence[LexiconHit], between: Sequence[LexiconHit],
                  joiners: frozenset[str] = frozenset(),
                  fronted: frozenset[str] = frozenset(),
                  parallels: Sequence[LexiconHit] = (),
                  coordinators: frozenset[str] = frozenset(),
                  denied: Sequence[LexiconHit] = ()) -> list[Clause]:
    """The clauses of a sentence: one per pairing when there are several, separated by ";"
    or by a comma and a word that opens a second pairing (``parallels``: ", while"). A
    clause whose own cue is denied (``denied``) is apart from the one that pairs."""
    cues = sorted((h for h in splits if _outside(h, parties)), key=lambda h: h.span)
    betweens = [h for h in between if _outside(h, parties)]
    whole = Clause(span, tuple(parties), tuple(cues), tuple(betweens), joiners, fronted)
    bounds = [span[0]]
    bounds += [i + 1 for i in range(*span) if text[i] in CLAUSE_SEPARATORS
               and not any(p.span[0] <= i < p.span[1] for p in parties)]
    bounds += [h.span[0] for h in parallels
               if span[0] < h.span[0] < span[1] and text[span[0]:h.span[0]].rstrip().endswith(",")
               and not _opens_with_partner(text, h, cues)]
    bounds = sorted({*bounds, *_gapped_pairings(text, span, parties, cues, coordinators)})
    bounds.append(span[1])
    if len(bounds) <= 2:
        bounds = _comma_pairings(text, span, parties, joiners)
    if len(bounds) <= 2:
        return [whole]
    pieces = []
    for start, end in pairwise(bounds):
        inside = tuple(p for p in parties if start <= p.span[0] and p.span[1] <= end)
        pieces.append(Clause((start, end), inside,
                             tuple(h for h in cues if start <= h.span[0] < end),
                             tuple(h for h in betweens if start <= h.span[0] < end), joiners,
                             fronted))
    pairing = [c for c in pieces if _local_pairs(unique_parties(c.parties))]
    if not pairing or (len(pairing) == 1 and not _apart(pieces, pairing[0])
                       and not _denies_its_own(pieces, pairing[0], denied)):
        return [whole]
    return pairing


def _opens_with_partner(text: str, parallel: LexiconHit, cues: Sequence[LexiconHit]) -> bool:
    """Whether "with" follows a parallel word right away (", mentre con Thiès prosegue il
    progetto finanziato dalla Regione Toscana"): the clause drops its subject, the first
    clause's, and pairs nothing of its own."""
    return any(c.label == "with" and not text[parallel.span[1]:c.span[0]].strip()
               for c in cues if c.span[0] >= parallel.span[1])


def _comma_pairings(text: str, span: Span, parties: Sequence[PartyMention],
                    joiners: frozenset[str]) -> list[int]:
    """The bounds of a sentence cut before each comma that a local party follows, when every
    piece pairs two places of its own, named in no other piece ("Auch Düsseldorf hat seine
    Beziehungen zu Moskau eingefroren, Dresden die Kontakte nach Sankt Petersburg
    ausgesetzt": the second clause drops its verb); else the whole sentence ("between Hai
    Phong and Brest, Brest was preparing ...": one story goes on; "twinned with Hamburg,
    Turin and Monterrey": a list goes on)."""
    cuts = [p.span[0] for p in parties if p.is_local and p.via == "place"
            and text[max(span[0], p.span[0] - 2):p.span[0]] == ", "]
    bounds = [span[0], *cuts, span[1]]
    pieces = [{p.name for p in parties if start <= p.span[0] < end and p.via == "place"}
              for start, end in pairwise(bounds)]
    apart = sum(len(names) for names in pieces) == len(set().union(*pieces))
    if len(pieces) < 2 or not apart or not all(_local_pairs(unique_parties(
            [p for p in parties if p.name in names])) for names in pieces):
        return [span[0], span[1]]
    for start in cuts:
        places = [p for p in parties if p.span[0] >= start and p.via == "place"]
        if len(places) >= 2 and _joins(
                HOLDER_BEFORE.sub(" ", text[places[0].span[1]:places[1].span[0]]), joiners):
            return [span[0], span[1]]
    return bounds


HOLDER_BEFORE = re.compile(r"(?<!\w)(?:in|nel|nella|nello|en|dans|im|em|na|no|i)\s+(?=[A-ZÀ-Ý])")
"""A preposition before what holds a listed town ("Cognac in France and Haikou in China",
"Viborg i Danmark og Hämeenlinna i Finland"):
the list goes on through it."""


def _apart(pieces: list[Clause], pairing: Clause) -> bool:
    """Whether the one clause that pairs parties is apart from the others, which name
    parties of their own that pair with none of its ("Jena pflegt ... eine
    Städtepartnerschaft mit Erlangen; die Kontakte nach Kalifornien ..."): a party of one
    clause is then no partner of one named in another. Items of a list with no cue of their
    own ("sister cities include Yamagata, Japan; Kisumu, Kenya; and Jalapa") are not apart."""
    others = [p for c in pieces if c is not pairing
              and any(h.label != "with" for h in c.splits) for p in c.parties]
    return len({p.name for p in others if p.is_local}) >= 2


def _denies_its_own(pieces: list[Clause], pairing: Clause,
                    denied: Sequence[LexiconHit]) -> bool:
    """Whether another clause denies a relation of its own ("een stedenband met Angers; met
    Osijek is er nog geen officiële jumelage"): its party is no partner of the first's."""
    return any(c is not pairing and c.parties and any(
        c.span[0] <= d.span[0] < c.span[1] for d in denied) for c in pieces)


GAPPED_LEAD = 12
"""Characters before a pairing's first party where its comma is ("..., and C", ", while C")."""
GAPPED_VERB = 30
"""Most characters between that party and its "with" ("Da Nang was paired with")."""


LAST_WORD = re.compile(r"\s(\w+)\s+$")
"""The last word before a name, with the spaces around it."""
SHORT_WORD = re.compile(r"\s(\w+)\s+\w{1,3}\s+$")
"""The word before a short last one ("... and of Piedmont with")."""


def _gapped_pairings(text: str, span: Span, parties: Sequence[PartyMention],
                     cues: Sequence[LexiconHit],
                     coordinators: frozenset[str] = frozenset()) -> list[int]:
    """Where the pairings of a list start, after the first ("Hue has been paired with
    Bordeaux, and Can Tho with Rotterdam", "Torino in coppia con Córdoba, Padova con
    Curitiba", "..., while Da Nang was paired with Hamburg"), when a first party before the
    first "with" marker is related with another one."""
    withs = [h for h in cues if h.label == "with"]
    if not withs or not any(p.is_local and p.span[1] <= withs[0].span[0] for p in parties):
        return []
    starts = []
    for marker in withs[1:]:
        before = [p for p in parties if p.span[1] <= marker.span[0]]
        if not before or not _pairs_with(text, before[-1], marker, cues):
            continue
        lead = max(span[0], before[-1].span[0] - GAPPED_LEAD)
        comma = text.rfind(",", lead, before[-1].span[0])
        last = LAST_WORD.search(text, lead, before[-1].span[0])
        if comma >= 0:
            starts.append(comma + 1)
        elif last is not None and fold(last.group(1)) in coordinators and len(before) >= 3:
            starts.append(last.start() + 1)  # the list's last pairing ("... and Kochi with")
        elif len(before) >= 3 and (short := SHORT_WORD.search(
                text, lead, before[-1].span[0])) and fold(short.group(1)) in coordinators:
            starts.append(short.start() + 1)  # "those of A with B and of C with D"
    return starts


def _pairs_with(text: str, party: PartyMention, marker: LexiconHit,
                cues: Sequence[LexiconHit]) -> bool:
    """A local party right before a "with" marker, or before it and a cue ("Da Nang was
    paired with"), with no punctuation between."""
    verb = text[party.span[1]:marker.span[0]]
    if not party.is_local or len(verb) > GAPPED_VERB or any(ch in verb for ch in ",;:.()"):
        return False
    return not verb.strip() or any(h.label != "with" and party.span[1] <= h.span[0]
                                   and h.span[1] <= marker.span[0] for h in cues)


def unique_parties(parties: Sequence[PartyMention]) -> list[PartyMention]:
    """One mention per name, the first one."""
    seen: dict[str, PartyMention] = {}
    for party in parties:
        seen.setdefault(party.name, party)
    return list(seen.values())


def _local_pairs(parties: Sequence[PartyMention]) -> list[Pair]:
    locals_ = [p for p in parties if p.is_local]
    return [(a, b) for a, b in combinations(locals_, 2) if foreign(a, b)]


def _group_pairs(group: Sequence[PartyMention], foreign_pairs: list[Pair]) -> list[Pair]:
    """Three or more parties named together ("between A, B and C") form one link: every
    pair among them, compatriots included; two form one foreign pair. Two places that are
    both where something happens ("aveva fatto tappa a Roma e Firenze") are no pair."""
    locals_ = [p for p in group if p.is_local]
    if len(locals_) < 3:
        return foreign_pairs
    return [(a, b) for a, b in combinations(locals_, 2)
            if (foreign(a, b) or _peers(a, b)) and not (a.venue and b.venue)]


def _peers(a: PartyMention, b: PartyMention) -> bool:
    """Two cities of one country, two of its regions ("ba tỉnh Điện Biên, Sơn La và Luang
    Prabang"), a region and a city of another region, or an organisation and a place or
    another organisation, named in one group: neither contains the other."""
    if a.kind == b.kind == "city":
        return True
    if "org" in (a.kind, b.kind):
        return a.via != "person" and b.via != "person"
    if a.via != "place" or b.via != "place" or "region" not in (a.kind, b.kind):
        return False
    region, other = (a, b) if a.kind == "region" else (b, a)
    return other.kind == "region" or (other.admin1 is not None and other.admin1 != region.name)


def _subject_pairs(text: str, left: Sequence[PartyMention], joiners: frozenset[str],
                   mentions: Sequence[PartyMention] = ()) -> list[Pair]:
    """The pairs of the parties named before a cue: their foreign pairs, and every pair of
    a group of three or more named together ("A, B and C signed"). ``mentions``: every
    mention of the clause, a name's second one too."""
    pairs = [(a, b) for a, b in _local_pairs(left)
             if not _one_venue_list(text, mentions or left, a, b)]
    i = 0
    while i < len(left):
        run = joined(text, left[i:], left[i].span[0], joiners)
        pairs.extend(pair for pair in _group_pairs(unique_parties(run), [])
                     if pair not in pairs)
        i += max(len(run), 1)
    return pairs


LIST_GLUE = re.compile(r"[\s,]*(?:[^\W\d]{1,4}\s+)?")
"""What joins two names of one list once the names between are left out: commas and one
short coordinator ("and", "et", "và", "und")."""


def _one_venue_list(text: str, parties: Sequence[PartyMention], a: PartyMention,
                    b: PartyMention) -> bool:
    """Two towns of one list after a venue's preposition ("already runs fleets in Copenhagen,
    Aarhus, Malmö and Oslo, where its partnership ..."): the places of an actor's work, no
    pair. Venues of two phrases may be ("signée le 21 septembre à Luino, puis ... à Morges"),
    and so may a list that names a town twice: the venue, then the pair ("a Huế, Firenze e
    Huế hanno firmato")."""
    if not (a.venue and b.venue):
        return False
    ordered = sorted(parties, key=lambda p: p.span[0])
    runs: list[list[PartyMention]] = []
    for party in ordered:
        if runs and LIST_GLUE.fullmatch(text, runs[-1][-1].span[1], party.span[0]):
            runs[-1].append(party)
        else:
            runs.append([party])
    run = next((r for r in runs if a in r), [])
    names = [p.name for p in run]
    return b in run and len(names) == len(set(names)) and all(p.venue for p in run)


def _after_colon(text: str, left: list[PartyMention], split: LexiconHit) -> list[PartyMention]:
    """The subject of a cue told after a colon is named after it ("Padova non è la prima
    città a farlo: già due anni fa Milano aveva sospeso il gemellaggio con San
    Pietroburgo"): the parties before the colon are not, when one is named after it."""
    colon = text.rfind(":", left[0].span[1], split.span[0]) if left else -1
    after = [p for p in left if p.span[0] > colon]
    return after if colon >= 0 and any(p.is_local for p in after) else left


APPOSITION = re.compile(r"\s*,\s*(?-i:[a-zà-ỹ])[^,;:]*$")
"""After a party: a comma and a phrase in lower case that describes it ("la città
giapponese, capoluogo dell'omonima prefettura e patria della carta washi di")."""
GENITIVE = re.compile(r"(?<!\w)(?:di|del|della|dello|dei|degli|delle|of|de|du|des|do|von|van)"
                      r"\s+$", re.IGNORECASE)


POSSESSOR = re.compile(r"\s*,\s*$")
"""Between a partner and a place that opens the apposition describing it."""
POSSESSED = re.compile(r"(?:'s|’s|')\s+(?-i:[a-z])[^,;:.()]*(?:[,;:.)]|$)")
"""After that place: its possessive and a phrase in lower case, to the end of the apposition
("Busan, Changwon's neighbor to the east, since 1994")."""


def outside_apposition(text: str, right: list[PartyMention]) -> list[PartyMention]:
    """The partners after a cue but a place named in the genitive inside an apposition that
    describes the first of them ("con la città giapponese, capoluogo ... e patria della carta
    washi di Mino", "with Busan, Changwon's neighbor to the east"): it says where the partner
    lies or what it is known for, and is no partner."""
    if not right:
        return right
    first = right[0]
    return [first, *(p for p in right[1:] if not (p.via == "place" and (
        (GENITIVE.search(text, first.span[1], p.span[0])
         and APPOSITION.match(text, first.span[1], p.span[0]))
        or (POSSESSOR.match(text, first.span[1], p.span[0])
            and POSSESSED.match(text, p.span[1])))))]


OWNER = re.compile(r"(?:'s|’s|')\s+(?-i:[a-z])[^,;:.()]*,\s*$")
"""Between a place and the party after it: the place's possessive and a phrase in lower case
that the party is set off by a comma to name ("Leeds's neighbour, Bradford, ...")."""


def outside_possessor(text: str, left: list[PartyMention]) -> list[PartyMention]:
    """The parties before a cue but a place whose possessive opens a description of the party
    named right after it ("Kelso's nearest neighbour, Galashiels, has been twinned with ...",
    "Leeds's neighbour, Bradford, signed ..."): it says whose the party is, and is no party."""
    return [p for i, p in enumerate(left) if not (
        i + 1 < len(left) and p.via == "place"
        and OWNER.match(text, p.span[1], left[i + 1].span[0]))]


def _in_owner_phrase(text: str, parties: Sequence[PartyMention], split: LexiconHit) -> bool:
    """Whether a cue is a word of a place's possessive phrase that a party after it names
    ("Kelso's nearest twinned neighbour, Galashiels, has been twinned with ..."): it describes
    that party, and relates nothing."""
    before = [p for p in parties if p.span[1] <= split.span[0]]
    after = [p for p in parties if p.span[0] >= split.span[1]]
    return bool(before and after) and before[-1].via == "place" and OWNER.match(
        text, before[-1].span[1], after[0].span[0]) is not None


def _cross(left: Sequence[PartyMention], right: Sequence[PartyMention]) -> list[Pair]:
    """Pairs across a split, local with local first; a country only when no local pairs."""
    names_left = {p.name for p in left}
    right = [p for p in right if p.name not in names_left]
    local = [(a, b) for a, b in product(left, right)
             if a.is_local and b.is_local and foreign(a, b)]
    if local:
        return local
    return [(a, b) for a, b in product(left, right) if foreign(a, b)]


GROUP_GAP = 48
"""Most characters between two parties of one group ("Florence, Hue and the city of ...")."""


WORD = re.compile(r"\w+")
LOCATIVE_ASIDE = re.compile(
    rf",\s*{LOCATIVE}"
    r"\s+(?:(?:the|le|la|les|l['’]|el|los|las|o|a|os|as|der|die|das)\s*)?"
    r"[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*)*\s*,")
"""A place's country or region set off by commas after it, with its preposition ("Osnabrück,
en Allemagne, et Haarlem, aux Pays-Bas"): an aside inside a list of places, which the list
goes on after."""


def joined(text: str, parties: Sequence[PartyMention], start: int,
            joiners: frozenset[str]) -> list[PartyMention]:
    """The parties named one after another from ``start``: a group ends at a long gap, at
    punctuation that closes a phrase, or at a lower-case word that is not a joiner (a verb:
    "Hai Phong and Brest, Brest was preparing ...")."""
    group: list[PartyMention] = []
    end = start
    for party in parties:
        gap = text[end:party.span[0]]
        if len(gap) > GROUP_GAP or any(ch in gap for ch in ";:.!?") or (
                group and "(" in gap and ")" not in gap) or (group and not _joins(gap, joiners)):
            break
        if party.kind == "org" and _owned_by(text, gap, group):
            break
        group.append(party)
        end = max(end, party.span[1])
    return group


OWNED = re.compile(r"\s*['’]s\s+$")


def _owned_by(text: str, gap: str, group: Sequence[PartyMention]) -> bool:
    """An organisation after the possessive of a member of the group ("Binh Duong and
    Eindhoven, Binh Duong's Becamex") is that member's, no other member of the group;
    after another possessive ("VUFO, Germany's FNF and ...") it still is one."""
    owned = OWNED.search(gap)
    if owned is None:
        return False
    owner = gap[:owned.start()]
    if not owner.strip():
        return bool(group)  # "Binh Duong's Becamex", both named in the group
    return any(owner.endswith(text[p.span[0]:p.span[1]]) for p in group)


def _joins(gap: str, joiners: frozenset[str]) -> bool:
    if not joiners:
        return True
    gap = LOCATIVE_ASIDE.sub(",", gap)
    words = [w.lower() for w in WORD.findall(gap) if not (w[0].isupper() or w.isdigit())]
    phrases = sorted((j.split() for j in joiners if " " in j), key=len, reverse=True)
    i = 0
    while i < len(words):
        if words[i] in joiners or _unspaced_joiners(words[i], joiners):
            i += 1
            continue
        phrase = next((p for p in phrases if words[i:i + len(p)] == p), None)
        if phrase is None:
            return False
        i += len(phrase)
    return True


def _unspaced_joiners(word: str, joiners: frozenset[str]) -> bool:
    """Whether a run of Han characters or kana is joiners written one after another ("市和"
    between "米兰" and "里昂市": the town's status word and "and"), longest first."""
    if not word or word[0] < "\u3040":
        return False
    while word:
        head = max((j for j in joiners if word.startswith(j)), key=len, default=None)
        if head is None:
            return False
        word = word[len(head):]
    return True


def _implicit(text: str, parties: Sequence[PartyMention], marker: LexiconHit,
              cues: Sequence[LexiconHit],
              joiners: frozenset[str]) -> Relation:
    """"(The delegation) met with A and B ... for C": the hosts A and B are related to the
    parties named elsewhere in the clause, never to each other; with none, to nobody
    named. The same marker again with no cue before it names more hosts ("visits to A
    and B, and to C")."""
    hosts = unique_parties(joined(text, [p for p in parties if p.span[0] >= marker.span[1]],
                            marker.span[1], joiners))
    names = {p.name for p in hosts}
    word = text[marker.span[0]:marker.span[1]].lower()
    later = [m.span[0] for m in cues if m.label == "with" and m.span[0] > marker.span[0]
             and text[m.span[0]:m.span[1]].lower() == word
             and not any(marker.span[1] <= c.span[0] < m.span[0]
                         for c in cues if c.label != "with")]
    for start in later:
        hosts = unique_parties([*hosts, *joined(
            text, [p for p in parties if p.span[0] >= start], start, joiners)])
    names = {p.name for p in hosts}
    others = unique_parties([p for p in parties if p.name not in names
                      and not any(m <= p.span[0] for m in later)
                      and not (p.is_local and p.span[0] >= marker.span[1]
                               and ORIGIN.search(text, max(0, p.span[0] - 24), p.span[0]))])
    pairs = _cross(others, hosts)
    return Relation(pairs, "split") if pairs else Relation([], "implicit", tuple(hosts))


UNNAMED_AFTER = re.compile(r"\s+(?-i:[a-zà-ỹ])[\w'’-]*(?<!s)s\b|\s+(?-i:[a-zà-ỹ])[\w'’-]*[ie]\b")
"""A plural common noun right after "between" ("tra albergatori", "between hoteliers")."""
BETWEEN_REACH = 40
"""Characters from "between" to the first party it relates ("between the cities of Hue")."""
ORIGIN = re.compile(r"(?<!\w)(?:from|da|dal|dalla|dallo|de|du|des|del|aus|von|vom|từ)\s+"
                    r"(?:(?:the|la|le|il|lo|der|dem|den|los|las)\s+)?$", re.IGNORECASE)
"""Before a place that says where hosts come from ("companies from the Lazio Region")."""
MEETING_REACH = 24
"""Characters between a meeting or visit cue and its "with" ("working session with")."""


def _after_meeting(text: str, clause: Clause, marker: LexiconHit) -> bool:
    """A meeting or a visit right before the "with" ("working session with"); or a relation
    whose "with" comes again ("has sister city ties with A ..., and with B"): its partners
    are partners of the unnamed subject, not of each other."""
    word = text[marker.span[0]:marker.span[1]].lower()
    again = any(h.label == "with" and h.span[0] > marker.span[1]
                and text[h.span[0]:h.span[1]].lower() == word for h in clause.splits)
    return any(h.label != "with" and (again or h.label in ("meeting", "visit"))
               and h.span[1] <= marker.span[0] and marker.span[0] - h.span[1] <= MEETING_REACH
               for h in clause.splits)


def _travelled_to(text: str, clause: Clause) -> list[PartyMention]:
    """The places of a trip told with no traveller named ("Fans travelled from Hanoi, Da
    Nang and Bangkok", "The tour moves on to Manila and Jakarta", "The delegation visited
    Rome and Paris"): a clause whose cues are all of travel, with every party in one list
    after the first of them. They are its stops or its origins, not partners of each
    other."""
    labels = {h.label for h in clause.splits}
    if "visit" not in labels or labels - {"visit", "with"}:
        return []
    first = next(h.span[1] for h in clause.splits if h.label == "visit")
    if any(p.span[0] < first for p in clause.parties):
        return []
    after = list(clause.parties)
    listed = joined(text, after, after[0].span[0], clause.joiners) if after else []
    if len(listed) < len(after) or len(unique_parties(listed)) < 2:
        return []
    return unique_parties(listed)


def _of_unnamed(text: str, clause: Clause, split: LexiconHit) -> bool:
    """A cue right before "between" and a plural noun that names no party ("accordo tra
    albergatori per i prezzi", "an agreement between hoteliers"): its parties are left
    unnamed, and the places around are none of them."""
    return split.label != "with" and any(
        0 <= m.span[0] - split.span[1] <= 3 and UNNAMED_AFTER.match(text, m.span[1])
        and not any(0 <= p.span[0] - m.span[1] <= BETWEEN_REACH for p in clause.parties)
        for m in clause.between)


def _listed_after(text: str, clause: Clause, marker: LexiconHit) -> bool:
    """A relation right before the "with" and two or more parties listed after it ("is
    twinned with Rastatt, Nitra and Zadar"): they are partners of the subject, not of each
    other."""
    if not any(h.label != "with" and h.span[1] <= marker.span[0]
               and marker.span[0] - h.span[1] <= MEETING_REACH for h in clause.splits):
        return False
    listed = joined(text, [p for p in clause.parties if p.span[0] >= marker.span[1]],
                     marker.span[1], clause.joiners)
    return len(unique_parties([p for p in listed if p.is_local])) >= 2


def _opens_clause(text: str, clause: Clause, marker: LexiconHit) -> bool:
    """Whether a "with" marker that the language may front opens its clause ("Mit ...",
    "Auch mit ..."; not "Along with ...", which adds to the story, nor Vietnamese "Từ",
    from)."""
    return fold(text[marker.span[0]:marker.span[1]]) in clause.fronted and not WORD.search(
        text, clause.span[0], marker.span[0])


def _visitors_of(clause: Clause, split: LexiconHit, left: Sequence[PartyMention],
                 right: Sequence[PartyMention]) -> bool:
    """Whether the parties before a visit cue visit (or receive) a local party named after
    it ("The mayors of Lyon and Kraków visited Osaka"): each is related to their host, and
    guests of different countries travelling together are not thereby partners. After
    another cue, the parties are that cue's ("The agreement was signed by the mayors of A and
    B, who led a delegation from C")."""
    return split.label == "visit" and not any(
        h.label not in ("visit", "with") and h.span[0] < split.span[0] for h in clause.splits
    ) and any(b.is_local and any(a.is_local and foreign(a, b) for a in left) for b in right)


def clause_pairs(text: str, clause: Clause) -> Relation:
    """The pairs a clause relates, and how they were found (``between``, ``split``, ``all``)."""
    parties = clause.parties
    for marker in clause.between:
        group = unique_parties(joined(text, [p for p in parties if p.span[0] >= marker.span[1]],
                                marker.span[1], clause.joiners))
        pairs = _local_pairs(group)
        if pairs:
            return Relation(_group_pairs(group, pairs), "between")
    cues = [split for split in clause.splits if split.label != "with"]
    if cues and all(_of_unnamed(text, clause, split) for split in cues):
        return Relation([], "between")  # "accordo tra albergatori": no place is a party
    for split in clause.splits:
        if _of_unnamed(text, clause, split) or _in_owner_phrase(text, parties, split):
            continue
        left = outside_possessor(text, _after_colon(text, unique_parties(
            [p for p in parties if p.span[1] <= split.span[0]]), split))
        if split.label == "with" and not left and (
                _after_meeting(text, clause, split) or _listed_after(text, clause, split)):
            return _implicit(text, parties, split, clause.splits, clause.joiners)
        if split.label == "with" and not left and _opens_clause(text, clause, split):
            # "Mit den Partnerstädten Amiens und Molfetta pflegt Görlitz enge Kontakte": the
            # group after a fronted "with" is the partner of the parties named after it.
            fronted = _implicit(text, parties, split, (), clause.joiners)
            if fronted.pairs:
                return fronted
        right = outside_apposition(text, unique_parties(
            [p for p in parties if p.span[0] >= split.span[1]]))
        if _local_pairs(left) and not any(h.label == "with" for h in clause.splits) \
                and not _visitors_of(clause, split, left, right):
            # "A and B maintain relations ...", "A, B and C signed ...": one group
            return Relation(_subject_pairs(text, left, clause.joiners, [
                p for p in parties if p.span[1] <= split.span[0]]), "split")
        if any(p.is_local for p in left) and any(p.is_local for p in right):
            pairs = [(a, b) for a, b in _cross(left, right) if a.is_local and b.is_local]
            if pairs:
                return Relation(pairs, "split")
    unique = unique_parties(parties)
    travelled = _travelled_to(text, clause)
    if travelled:
        return Relation([], "implicit", tuple(travelled))
    pairs = _local_pairs(unique)
    if pairs and clause.splits and all(split.label == "visit" for split in clause.splits):
        # "besuchten Vertreter ... aus Chemnitz die Städte Hanoi, Haiphong und Da Nang": the
        # stops of one trip, or the towns of one party of visitors, are no group
        return Relation(pairs, "all")
    if pairs:
        return Relation(_group_pairs(unique, pairs), "all")
    locals_ = [p for p in unique if p.is_local and not p.venue]
    # A country acting through a person ("Đại sứ Cuba ... Orlando Guillén"), even when its
    # name was written first ("Cuba"): unique_parties keeps that first mention only.
    countries = unique_parties([p for p in parties if not p.is_local and p.via != "place"])
    return Relation([(a, c) for a in locals_ for c in countries if foreign(a, c)], "country")
