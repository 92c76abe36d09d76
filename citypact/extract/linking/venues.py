"""Places named in a story that are no parties of its links: the venues where visitors met
(and the sites, forums and fairs there), a firm's markets, a route's ends, a letter's
addressees."""

from __future__ import annotations

import dataclasses
import re
import sys

from citypact.extract.actors.text import APOSTROPHES
from citypact.extract.linking.cues import KeyCache
from citypact.extract.linking.lexicons import NOT_A_KIND, LanguageLexicons
from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.regions import end_before, region_key, start_after
from citypact.extract.linking.sentence import COUNTERPART_NOUNS
from citypact.extract.matchers.lexicon import LexiconHit
from citypact.model import Span
from citypact.textnorm import fold


@dataclasses.dataclass(slots=True)
class _VenueScan:
    """What ``mark_venues`` reads of a story once (the cue positions) and what its walk over
    the parties carries from one to the next (the lists it follows, the parties marked)."""

    parties: list[PartyMention]
    lex: LanguageLexicons
    keys: KeyCache
    key: str
    venue_ends: set[int]
    based_ends: set[int]
    venue_starts: dict[int, int]
    where_starts: set[int]
    purpose_starts: list[int]
    market_ends: dict[int, str]
    route_ends: set[int]
    addressee_ends: set[int]
    glued_starts: set[int]
    neighbour_starts: dict[int, int]
    forums: list[int]
    staying: frozenset[Span]
    leaving: frozenset[Span]
    marked: list[PartyMention] = dataclasses.field(default_factory=list)
    neighbours: int = -1  # the end of the last region told as a venue's neighbour
    market: int = -1  # the end of the last place of a market, for those listed after it
    # the market phrase's last word, which the list may repeat ("da Monaco e da Parigi")
    repeated: str = ""
    route: frozenset[str] = frozenset()  # the words before a route's far end, in a route
    addressed: int = -1  # the end of the last addressee of a letter, for those listed after it


def mark_venues(parties: list[PartyMention], lex: LanguageLexicons,
                keys: KeyCache) -> list[PartyMention]:
    """Flag places right after a venue preposition ("in", "tại", "presso"), unless the
    preposition follows a counterpart noun: "the towns in Hamburg" are Hamburg's. A place
    where an organisation is based ("basé à Stuttgart"), that names a forum or where the
    visitors go next ("before travelling on to Rotterdam", "nach Rotterdam weiterreiste",
    each town of a list after it: "segue depois para Campinas e São Paulo")
    locates: it is no party of the sentence; so do the places of a firm's market ("cho
    khách hàng tại Manila", "xuất sang Rotterdam (Hà Lan) và Busan"): they say where its
    customers are, who are no party; so do the ends of a route ("un collegamento aereo
    diretto tra Catania e Xiamen", "a route from Basel to Rotterdam": ``route_to`` words
    lead to its far end); so does a place that names a body's site ("at Deakin's Waurn
    Ponds campus"), the places merged into a new one ("hợp nhất ba tỉnh Lâm Đồng, Đắk Nông
    và Bình Thuận": what it was made of, no partner), and a place that a relative clause only
    locates ("the South Bohemian
    Region, where Cesky Krumlov is located"). Regions told around a venue or a market ("in
    HCM City and the neighbouring provinces of Binh Duong and Dong Nai") are venues or
    markets too. The addressees of a letter, places or bodies, are no party either, nor the
    bodies a task is assigned to ("Giao Sở Văn hóa ... chủ trì, phối hợp với Ban Quản lý
    ... tham mưu việc thiết lập quan hệ kết nghĩa với ..."): the tie is their authority's."""
    scan = _venue_scan(parties, lex, keys)
    for party in parties:
        before = end_before(scan.key, party.span[0])
        flagged = None
        # each step tried in turn: the first that places the party decides
        for step in _LOCATOR_STEPS:
            flagged = step(scan, party, before)
            if flagged is not None:
                break
        scan.marked.append(flagged if flagged is not None
                           else _venue_or_party(scan, party, before))
    return scan.marked


def _venue_scan(parties: list[PartyMention], lex: LanguageLexicons,
                keys: KeyCache) -> _VenueScan:
    """The positions of a story's venue, market, route, letter and trip cues, and which
    trips' places the visitors leave for and which they stay at (where they meet someone)."""
    key = keys.get(lex.keep_accents)
    hits = list(keys.hits(lex.references, lex.keep_accents))
    # a noun that ends an organisation's name is no counterpart noun: "Kyungpook National
    # University in Daegu" is where the university is, not Daegu's university
    names = [p.span for p in parties if p.kind == "org"]
    noun_ends = {h.span[1] for h in hits if h.label in COUNTERPART_NOUNS
                 and not any(start <= h.span[0] and h.span[1] <= end for start, end in names)}
    venue_hits = [h for h in hits if h.label == "venue"]
    # a venue phrase whose noun a place's name holds ("tại thành phố" before "Thành phố Hồ
    # Chí Minh", "tại TP" before "TP.HCM") ends where the place's name starts
    venue_hits += [dataclasses.replace(h, span=(h.span[0], end_before(key, p.span[0])))
                   for h in venue_hits for p in parties if h.span[0] < p.span[0] < h.span[1]]
    venue_ends = {h.span[1] for h in venue_hits
                  if end_before(key, h.span[0]) not in noun_ends}
    based_ends = {h.span[1] for h in hits if h.label == "based"}
    venue_starts = {h.span[1]: h.span[0] for h in venue_hits}
    where_starts = {h.span[0] for h in hits if h.label == "where"}
    purpose_starts = [h.span[0] for h in hits if h.label == "purpose"]
    # the seats where a body meets in turn ("alternando Cuneo e Kunming") are where it
    # meets, no parties either; nor is where a superlative ranks ("one of the oldest in Wales")
    market_ends = {h.span[1]: key[h.span[0]:h.span[1]].split()[-1] for h in hits
                   if h.label in ("market", "route", "travellers", "onward", "firm_town",
                                  "merged", "alternating", "ranked_in")}
    route_ends = {h.span[1] for h in hits if h.label == "route"}
    addressee_ends = {h.span[1] for h in hits if h.label in ("addressee", "assignee")}
    # a case ending of where, glued to the place by an apostrophe (Turkish "Berlin'de")
    glued_starts = {h.span[0] for h in hits if h.label == "venue_after"}
    neighbour_starts = {h.span[1]: h.span[0] for h in hits if h.label == "neighbours"}
    forums = [h.span[1] for h in keys.hits(lex.events, lex.keep_accents) if h.label == "forum"]
    onward_spans = _onward_spans(parties, lex, keys, key, hits)
    staying = _staying(keys.text, hits, onward_spans, where_starts)
    return _VenueScan(parties, lex, keys, key, venue_ends, based_ends, venue_starts,
                      where_starts, purpose_starts, market_ends, route_ends, addressee_ends,
                      glued_starts, neighbour_starts, forums, staying, onward_spans - staying)


def _onward_spans(parties: list[PartyMention], lex: LanguageLexicons, keys: KeyCache,
                  key: str, hits: list[LexiconHit]) -> frozenset[Span]:
    """The places the visitors go next ("before travelling on to Rotterdam"), left behind or
    go back to: stops of the trip, no parties."""
    onward_ends = {h.span[1] for h in hits if h.label == "onward"}
    onward_starts = {h.span[0] for h in hits if h.label in ("onward_after", "located_after")}
    back_starts = {h.span[0] for h in hits if h.label == "back_after"}
    onward_ends |= _stops_left_behind(keys.text, hits)
    onward_ends |= _stops_after_precedents(keys, lex, hits)
    return frozenset(p.span for p in parties if p.via == "place" and (
        end_before(key, p.span[0]) in onward_ends
        or end_before(key, article_start(key, p.span[0])) in onward_ends
        or start_after(key, p.span[1]) in onward_starts
        or (start_after(key, p.span[1]) in back_starts
            and _word_before(key, article_start(key, p.span[0])) in lex.back_to)))


def _staying(text: str, hits: list[LexiconHit], onward_spans: frozenset[Span],
             where_starts: set[int]) -> frozenset[Span]:
    """The onward places whose sentence goes on with whom the visitors meet there ("leaves
    for Edinburgh on Thursday, where it will meet the Lord Provost"; not "where it will meet
    representatives of the Polish consulate"): the visitors stay, so it may be a party."""
    own = [h.span[0] for h in hits if h.label in ("mission", "diaspora", "compatriots")]
    return frozenset(span for span in onward_spans if any(
        0 <= start - span[1] <= WHERE_REACH
        and not SENTENCE_END.search(text, span[1], start)
        and not any(start < o and not SENTENCE_END.search(text, start, o) for o in own)
        for start in where_starts))


def _addressee(scan: _VenueScan, party: PartyMention, before: int) -> PartyMention | None:
    """Who a letter is sent to ("có văn bản gửi Bộ Ngoại giao và Đại sứ quán ... về việc đề
    xuất ... với tỉnh Nara"), and each listed after: its readers, no party of what it
    proposes."""
    if before not in scan.addressee_ends and not _listed_after(
            scan.keys, scan.key, scan.addressed, party.span[0], scan.lex.joiners):
        return None
    scan.addressed = party.span[1]
    return dataclasses.replace(party, locator=True)


def _market_place(scan: _VenueScan, party: PartyMention, before: int) -> PartyMention | None:
    """A place of a firm's market, a route's end, a trip's next stop or a merger, and each
    listed after it (the phrase's last word or a route's ``route_to`` word may repeat): no
    party."""
    if not (party.via == "place" and party.span not in scan.staying and (
            before in scan.market_ends or _listed_after(
                scan.keys, scan.key, scan.market, party.span[0],
                scan.lex.joiners | {scan.repeated} | scan.route))):
        return None
    scan.market = party.span[1]
    if before in scan.market_ends:
        scan.route = scan.lex.route_to if before in scan.route_ends else frozenset()
    scan.repeated = scan.market_ends.get(before, scan.repeated)
    return dataclasses.replace(party, locator=True)


def _holder(scan: _VenueScan, party: PartyMention, before: int) -> PartyMention | None:
    """A country or region written right before a place of its own says where it is."""
    if not _holds_next(scan.keys.text, scan.parties, party):
        return None
    return dataclasses.replace(party, locator=True)


def _opening_building(scan: _VenueScan, party: PartyMention,
                      before: int) -> PartyMention | None:
    """"Ngày 18/1, tại Trung tâm Văn hóa - Thể thao phường Hà Tiên, UBND phường ...": the
    building of the sentence's opening phrase is where, no party."""
    if not (party.via == "org" and before in scan.venue_starts and _opening_venue(
            scan.keys.text, scan.venue_starts[before], party.span[1])):
        return None
    return dataclasses.replace(party, locator=True)


def _designation(scan: _VenueScan, party: PartyMention, before: int) -> PartyMention | None:
    """"địa phương có Công viên địa chất toàn cầu UNESCO đầu tiên": a body of no country
    that names a site's designation is no party."""
    if not (party.via == "org" and party.country is None and before in scan.based_ends):
        return None
    return dataclasses.replace(party, locator=True)


def _located_place(scan: _VenueScan, party: PartyMention, before: int) -> PartyMention | None:
    """A place where a body is based, the visitors leave for, a mission sits, or that names
    a body's site or a forum: it locates, no party."""
    key = scan.key
    after = start_after(key, party.span[1])
    onward = party.span in scan.leaving
    if not (party.via == "place" and (before in scan.based_ends or onward
                                      or _seat_of_mission(key, scan.keys.text, scan.parties,
                                                          party, scan.venue_starts)
                                      or _names_a_site(key, after, scan.lex.site_words,
                                                       scan.keys.text)
                                      or _names_a_glued_site(key, after, scan.lex)
                                      or _names_a_forum(key, scan.forums, party.span[0]))):
        return None
    return dataclasses.replace(party, locator=True)


def _met_there(scan: _VenueScan, party: PartyMention, before: int) -> PartyMention | None:
    """"a Lisboa, onde será recebida no Ministério": where the body named next is met;
    "weiter nach Shanghai, wo Wendt eine Fachmesse besucht": where a fair is; "will travel to
    Tokyo on Monday to meet officials of the Japan-China Friendship Association": where they
    go to meet it."""
    text, where_starts = scan.keys.text, scan.where_starts
    if not (party.via == "place" and (
            start_after(scan.key, party.span[1]) in where_starts
            or _purpose_after(text, party, scan.purpose_starts)
            or _where_met(text, party, where_starts, [])[0] < sys.maxsize)
            and (_names_more(text, scan.parties, party,
                             *_where_met(text, party, where_starts, scan.purpose_starts))
                 or _fair_after(text, scan.forums, party))):
        return None
    return dataclasses.replace(party, locator=True)


def _around(scan: _VenueScan, party: PartyMention, before: int) -> PartyMention | None:
    """Regions told around a market ("companies operating in HCM City and the neighbouring
    provinces of Binh Duong and Dong Nai": the firms' market goes on around its town) or a
    venue ("met in HCM City and the neighbouring provinces of ...": where, as the venue they
    neighbour)."""
    marked = scan.marked
    around = party.via == "place" and before in scan.neighbour_starts and bool(marked) and \
        _listed_after(scan.keys, scan.key, marked[-1].span[1], scan.neighbour_starts[before],
                      scan.lex.joiners)
    if around and marked[-1].span[1] == scan.market:
        scan.market = party.span[1]
        return dataclasses.replace(party, locator=True)
    if party.via == "place" and ((around and marked[-1].venue) or _listed_after(
            scan.keys, scan.key, scan.neighbours, party.span[0], scan.lex.joiners)):
        scan.neighbours = party.span[1]
        return dataclasses.replace(party, venue=True)
    return None


_LOCATOR_STEPS = (_addressee, _market_place, _holder, _opening_building, _designation,
                  _located_place, _met_there, _around)
"""The kinds of place or body ``mark_venues`` tells apart, in the order it tries them."""


def _venue_or_party(scan: _VenueScan, party: PartyMention, before: int) -> PartyMention:
    """A town after a venue's preposition, a Turkish case ending of where, a building or
    another venue of a list is where; so is a region whose sentence named a town of it as an
    actor before ("il sindaco di Gubbio ... e il sindaco di Wertheim, arrivato in Umbria");
    anything else stays a party."""
    text, marked = scan.keys.text, scan.marked
    after = start_after(scan.key, party.span[1])
    glued = (after in scan.glued_starts
             and text[party.span[1]:party.span[1] + 1] in APOSTROPHES)
    is_venue = party.via == "place" and (before in scan.venue_ends or glued or _building_s_town(
        text, scan.parties, party, scan.venue_ends) or _second_venue(
        text, scan.parties, marked, party, scan.lex.coordinators, scan.leaving) or _venue_list(
        text, scan.parties, marked, party, scan.lex.coordinators)) and (
        party.kind == "city" or (party.kind == "region" and any(
            m.admin1 == party.name and not m.venue and m.kind == "city"
            and m.via in ("place", "person") and m.span[1] <= party.span[0]
            and not SENTENCE_END.search(text, m.span[1], party.span[0])
            for m in marked)))
    return dataclasses.replace(party, venue=True) if is_venue else party


BUILDING_THEN_TOWN = re.compile(r"\s*(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[a-zà-ÿ]{1,3}\s+)?)?){1,5}"
                               r",\s*$")
"""After a venue's preposition, up to the town's comma: a building's name, its capitalised words
with short lower-case links ("at Áras an Chontae, ", "at the Palazzo dei Priori, ")."""


def _building_s_town(text: str, parties: list[PartyMention], party: PartyMention,
                     venue_ends: set[int]) -> bool:
    """A town named after a building a venue's preposition puts first ("signed at Áras an
    Chontae, Mullingar, on Wednesday"): where the building is, no party."""
    start = party.span[0]
    return text[start:start + 1].isupper() and any(
        0 < start - end <= 60 and BUILDING_THEN_TOWN.fullmatch(text, end, start)
        and not any(end <= p.span[0] < start for p in parties) for end in venue_ends)


ARTICLES = frozenset({"the", "la", "el", "los", "las", "le", "les", "l", "il", "lo", "o", "os",
                      "die", "der", "den", "dem", "het"})
"""Definite articles that may stand between a word and a place ("antes de viajar a la Ciudad
de México"), folded."""


def _word_before(key: str, start: int) -> str:
    """The word right before ``start``, spaces skipped."""
    word = re.search(r"(\w+)$", key[max(0, start - 20):end_before(key, start)])
    return word.group(1) if word else ""


def article_start(key: str, start: int) -> int:
    """Where the definite article right before a place begins, or the place's start."""
    end = end_before(key, start)
    word = re.search(r"(\w+)['’]?$", key[max(0, end - 4):end]) if end == start - 1 or (
        end == start and key[start - 1:start] in "'’") else None
    return end - len(word.group(0)) if word and word.group(1) in ARTICLES else start


WHERE_REACH = 30
"""Characters from the place the visitors leave for to a "where" that tells what they do
there ("leaves for Edinburgh on Thursday, where ...")."""


def _seat_of_mission(key: str, text: str, parties: list[PartyMention], party: PartyMention,
                     venue_starts: dict[int, int]) -> bool:
    """A town right after an embassy or a consulate and a venue word is where the mission
    sits ("làm việc với Đại sứ quán Việt Nam tại thủ đô Moskva", "the Embassy of Italy in
    Beijing"): it locates the mission, and is no party. So is one after an envoy's country
    when its sentence names a host of the town's country before it ("tỉnh Kiên Giang đã tiếp
    ..., Tổng Lãnh sự Hàn Quốc tại TP.HCM"); alone, it may be whom the envoy acts with ("a
    working session with Honorary Consul of Vietnam in Turin")."""
    start = venue_starts.get(end_before(key, party.span[0]))
    if start is None:
        return False
    end = end_before(key, start)
    if any(p.org_type == "embassy" and p.span[1] == end for p in parties):
        return True
    return party.is_local and any(
        p.kind == "country" and p.via == "person" and p.span[1] == end for p in parties) and any(
        q.is_local and q.country == party.country and q.name != party.name
        and q.span[1] <= party.span[0]
        and not SENTENCE_END.search(text, q.span[1], party.span[0])
        for q in parties)


def _second_venue(text: str, parties: list[PartyMention], marked: list[PartyMention],
                  party: PartyMention, coordinators: frozenset[str],
                  leaving: frozenset[Span] = frozenset()) -> bool:
    """A town right after a venue and "and" is a venue too ("the committee will meet
    alternately in Kuching and Nanning"), when its sentence names no other town (a list of
    parties goes on: "institutes in Stuttgart and Da Lat, Ha Tinh") but where the visitors
    go next (``leaving``: "aveva fatto tappa a Roma e Firenze, ripartirà domani per
    Venezia")."""
    last = marked[-1] if marked else None
    if last is None or not last.venue or last.kind != "city" or fold(
            text[last.span[1]:party.span[0]].strip()) not in coordinators:
        return False
    return not any(
        p.via == "place" and p.is_local and p.span not in leaving
        and p.name not in (last.name, party.name)
        and not SENTENCE_END.search(text, min(p.span[1], last.span[1]),
                                    max(p.span[0], party.span[0]))
        for p in parties)


def _list_gap(text: str, coordinators: frozenset[str]) -> str | None:
    """How two names of one list are joined: "," or a coordinator (", and" too), or None."""
    gap = text.strip()
    if gap == ",":
        return ","
    return "and" if fold(gap.removeprefix(",").strip()) in coordinators else None


def _venue_list(text: str, parties: list[PartyMention], marked: list[PartyMention],
                party: PartyMention, coordinators: frozenset[str]) -> bool:
    """A town of a list of three or more towns whose first is a venue ("German language
    courses in Kochi, Kozhikode and Thiruvananthapuram", "runs fleets in Copenhagen,
    Aarhus, Malmö and Oslo"), joined by commas and a last coordinator, with no place after
    the list in its sentence: where things happen, as the first is."""
    last = marked[-1] if marked else None
    if last is None or not last.venue or last.kind != "city" or party.kind != "city" or (
            _list_gap(text[last.span[1]:party.span[0]], coordinators) is None):
        return False
    first = len(marked) - 1  # the list's first town, its venue
    while first > 0 and marked[first - 1].venue and _list_gap(
            text[marked[first - 1].span[1]:marked[first].span[0]], coordinators) == ",":
        first -= 1
    members = [*marked[first:], party]
    index = parties.index(party)
    joined = None
    for following in parties[index + 1:]:
        gap = _list_gap(text[members[-1].span[1]:following.span[0]], coordinators)
        if gap is None or following.kind != "city" or joined == "and":
            break
        members.append(following)
        joined = gap
    else:
        following = None
    last_gap = "and" if len(members) == 2 else _list_gap(
        text[members[-2].span[1]:members[-1].span[0]], coordinators)
    if len(members) < 3 or last_gap != "and":
        return False
    rest = [p for p in parties[index + 1:] if p not in members]
    return not any(p.via == "place" and p.is_local
                   and not SENTENCE_END.search(text, members[-1].span[1], p.span[0])
                   for p in rest)


OPENING_WORDS = 8
"""Most words before the venue word of a sentence's opening phrase ("Báo An Giang - Ngày
18/1, tại ...")."""


def _opening_venue(text: str, venue_start: int, end: int) -> bool:
    """Whether a venue word opens a phrase closed by a comma right after ``end``, and only a
    short opening that a comma closes (its time, a paper's tag) stands before it in the
    sentence: the place where the sentence's event is held ("Sáng 12/3, tại Trường Đại học
    Huế, UBND tỉnh ..."), not whom a visit goes to ("đoàn làm việc tại Công ty ...")."""
    if not text[end:end + 2].lstrip().startswith(","):
        return False
    start = max(text.rfind("\n", 0, venue_start), *(m.end() - 1 for m in SENTENCE_END.finditer(
        text, max(0, venue_start - 200), venue_start)), -1) + 1
    before = text[start:venue_start].strip()
    return not before or (before.endswith(",") and len(before.split()) <= OPENING_WORDS)


SENTENCE_END = re.compile(r"[.!?]\s")
"""The end of a sentence between two mentions."""


def _stops_left_behind(text: str, hits: list[LexiconHit]) -> set[int]:
    """The ends of ``left_behind`` words that open a sentence whose trip goes on later in it
    ("Nach Nanjing reist die Delegation weiter nach Shanghai"): the place after one is the
    stop left, no party of the sentence."""
    moving = [h.span[0] for h in hits if h.label == "moving_on"]
    return {h.span[1] for h in hits if h.label == "left_behind"
            and (h.span[0] == 0 or OPENING.search(text, 0, h.span[0]) is not None)
            and any(h.span[1] < m and not SENTENCE_END.search(text, h.span[1], m)
                    for m in moving)}


def _stops_after_precedents(keys: KeyCache, lex: LanguageLexicons,
                            hits: list[LexiconHit]) -> set[int]:
    """The ends of ``precedents`` words ("칭다오에 이어 상하이를 찾아", after Qingdao, to
    Shanghai) in a trip: the place after one is the next stop, no party. Before a kind of
    relation ("부산시에 이어 다낭시와 자매결연을 맺었다"), it is the newest partner."""
    kinds = [h.span[0] for h in keys.hits(lex.kinds, lex.keep_accents) if h.label != NOT_A_KIND]
    return {h.span[1] for h in hits if h.label == "precedents" and not any(
        h.span[1] < k and not SENTENCE_END.search(keys.text, h.span[1], k) for k in kinds)}


OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
"""What stands right before a word that opens its sentence."""


LIST_GAP = 16
"""Most characters between two places of one list ("Rotterdam (Hà Lan) và Busan")."""


LIST_WORD = re.compile(r"\w+")


APPOSITION = re.compile(r",\s*([^,.;:!?()\n]{1,40}),")
"""A short aside between commas right after a place ("Bhubaneswar, thủ phủ của bang,")."""


def _names_a_site(key: str, start: int, site_words: frozenset[str], text: str = "") -> bool:
    """Whether the word at ``start``, right after a place, or the one after it, or the two
    together make it the name of a body's site or the home of a firm ("Deakin's Waurn Ponds
    campus", "a Shenzhen electronics maker", "Muan International Airport"). A capitalised
    site word that a longer name goes on after is no site ("the Zhengzhou Airport Economy
    Zone", a body of the town)."""
    word = LIST_WORD.match(key, start)
    if word is None:
        return False
    second = NEXT_WORD.match(key, word.end())
    if word.group() in site_words:
        end = word.end()
    elif second is not None and (second[1] in site_words
                                 or f"{word.group()} {second[1]}" in site_words):
        end = second.end()
    else:
        end = -1
    if end >= 0 and text[start:start + 1].isupper() and NAME_GOES_ON.match(text, end):
        return False
    return end >= 0 or (
        # Chinese glues the firm's words to the place ("重庆一家笔记本电脑制造商"): a run of
        # Han characters that begins with a site word
        HAN_START.match(word.group()) is not None
        and word.group().startswith(tuple(w for w in site_words if HAN_START.match(w))))


def _names_a_glued_site(key: str, start: int, lex: LanguageLexicons) -> bool:
    """Whether a place whose word ends in a particle of ``site_particles`` ("안산시에",
    "오스틴의") is followed by a site word, as the next word or the one after, with a
    particle of its own glued ("본사를 둔", "반도체 업체와"): a firm's home, no party."""
    rest = LIST_WORD.match(key, start)
    if not lex.site_particles or rest is None or start == 0 or not key[start - 1].isalnum() \
            or len(rest.group()) > GLUED_REST or not rest.group().endswith(
                tuple(lex.site_particles)):
        return False
    first = NEXT_WORD.match(key, rest.end())
    second = NEXT_WORD.match(key, first.end()) if first is not None else None
    return any(word is not None and any(
        word[1].startswith(site) and len(word[1]) - len(site) <= 1 for site in lex.site_words)
        for word in (first, second))


GLUED_REST = 2
"""Most letters of a place's status word and particle glued after its name ("시에")."""


HAN_START = re.compile("[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


NAME_GOES_ON = re.compile(r" [A-Z]")
"""After a capitalised site word, a capitalised word: a name that goes on ("Airport Economy
Zone")."""


NEXT_WORD = re.compile(r" (\w+)")
"""The word after another, with one space only between them (no comma, no joiner's gap)."""


HOLDER_GAP = re.compile("[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]{0,4}")
"""What may stand between a region and the place it holds when no space does: Chinese writes
the bigger place first, glued to the smaller, perhaps with its noun and "的" ("广西壮族自治区南宁
市", "越南谅山省", "伦巴第大区的贝加莫市"). Names of a spaced script never meet so."""


HANGUL_HOLDER_GAP = re.compile("(?<=[\uac00-\ud7a3])[\uac00-\ud7a3]{0,2} ")
"""Korean writes the bigger place first too, a space and no particle between them, its
status word glued ("중국 산둥성 칭다오시", "베트남 다낭시")."""


def _holds_next(text: str, parties: list[PartyMention], party: PartyMention) -> bool:
    """A country or region written right before a place of its own with no space between
    ("广西壮族自治区南宁市"), or in Korean with one ("산둥성 칭다오시"): it says where that
    place is, and is no party."""
    if party.via != "place" or party.kind not in ("country", "region"):
        return False
    following = next((p for p in parties if p.span[0] >= party.span[1]), None)
    if following is None or following.via != "place" or following.country != party.country \
            or (HOLDER_GAP.fullmatch(text, party.span[1], following.span[0]) is None
                and HANGUL_HOLDER_GAP.fullmatch(text, party.span[1], following.span[0]) is None):
        return False
    return party.kind == "country" or (following.kind == "city" and following.admin1 is not None
                                       and region_key(following.admin1) == region_key(party.name))


def _listed_after(keys: KeyCache, key: str, end: int, start: int,
                  joiners: frozenset[str]) -> bool:
    """Whether a place at ``start`` goes on a list whose last place ends at ``end``: only
    spaces, commas, brackets and joiners ("và", "and") between them. The key folds the
    punctuation away, so a sentence's end is looked for in the text ("... before flying to
    Bali. Darwin has been twinned with Ambon": a new sentence, no list). A lower-case
    apposition of the last place is skipped ("giữa Bhubaneswar, thủ phủ của bang, và Hà
    Nội")."""
    aside = APPOSITION.match(keys.text, end, start) if 0 <= end <= start else None
    if aside is not None and aside.group(1)[0].islower():
        end = aside.end()
    gap = key[end:start]
    return 0 <= end <= start and len(gap) <= LIST_GAP and not any(
        ch in keys.text[end:start] for ch in ".;:!?") and all(
        w in joiners for w in LIST_WORD.findall(gap))


PURPOSE_REACH = 24
"""Characters from a place to the ``purpose`` phrase of the trip there (" on Monday ")."""


def _purpose_after(text: str, party: PartyMention, starts: list[int]) -> bool:
    """A ``purpose`` phrase soon after the place, in its sentence ("travel to Tokyo on
    Monday to meet ...")."""
    return any(0 <= start - party.span[1] <= PURPOSE_REACH
               and not SENTENCE_END.search(text, party.span[1], start) for start in starts)


def _where_met(text: str, party: PartyMention, where_starts: set[int],
               purpose_starts: list[int]) -> tuple[int, int]:
    """Where the clause that tells what is done at a place starts, after a comma, a few
    words on ("Turin on Monday, where he ..."), and where a ``purpose`` phrase in it starts
    ("... is due to meet"); the end of the text for what the sentence lacks."""
    where = min((start for start in where_starts if start >= party.span[1]
                 and text[party.span[1]:start].rstrip().endswith(",")
                 and _purpose_after(text, party, [start])), default=sys.maxsize)
    met = min((start for start in purpose_starts if start >= where), default=sys.maxsize)
    return where, met


def _names_more(text: str, parties: list[PartyMention], party: PartyMention,
                after: int = sys.maxsize, met: int = sys.maxsize) -> bool:
    """An organisation is the next party named after ``party`` in its sentence (the body
    met there); or, after the phrase that tells what is done there (``after``: "where he is
    due to meet"), a country's party ("Spanish importers and the Argentine Embassy's trade
    office") or someone acting for another party; or any party after a ``purpose`` phrase
    (``met``: "where he is due to meet the mayor of Lviv")."""
    following = next((p for p in parties if p.span[0] >= party.span[1]
                      and p.name != party.name), None)
    return following is not None and (following.kind == "org" or (
        following.span[0] >= after and (following.kind == "country"
                                        or following.via == "person"))
        or following.span[0] >= met) and not any(
        ch in ".!?\n" for ch in text[party.span[1]:following.span[0]])


def _fair_after(text: str, forum_ends: list[int], party: PartyMention) -> bool:
    """A forum or fair named in the clause after a place and its "where"."""
    return any(end > party.span[1] and not SENTENCE_END.search(text, party.span[1], end)
               for end in forum_ends)


FORUM_NAME = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}\s+(?:of|di|de|del|della|du|des|in)\s+$")
"""From a forum word to the place that names it: "Forum Economico di ", "Economic Forum of "."""


def _names_a_forum(key: str, forum_ends: list[int], start: int) -> bool:
    """A place in the name of a forum, fair or summit ("the St Petersburg Economic Forum",
    "Forum Economico di San Pietroburgo") is where it meets, not a party."""
    for end in forum_ends:
        if end <= start and FORUM_NAME.fullmatch(key, end, start) is not None:
            return True
    return False
