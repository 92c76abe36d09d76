"""Which pairs of parties one sentence relates, and how surely: by its clauses, its visitors
and hosts, its lists of twins and partners, or the story's pair it stands for (its cues are
read in ``cues``, what it states or wishes in ``wishes``, who is no party in
``party_filters``)."""

from __future__ import annotations

import re

from citypact.extract.linking.clauses import (
    Clause,
    Relation,
    clause_pairs,
    foreign,
    joined,
    outside_apposition,
    split_clauses,
    unique_parties,
)
from citypact.extract.linking.cues import SentenceCues
from citypact.extract.linking.lexicons import load_demonyms, load_regional_adjectives
from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.party_filters import (
    _after_preamble,
    _after_report,
    _before_report,
    _only_sources,
    _undenied,
    _without_besides,
    _without_sources,
    _without_speakers,
)
from citypact.extract.linking.wishes import _is_existing, _wished
from citypact.extract.matchers.lexicon import LexiconHit
from citypact.model import LinkKind
from citypact.textnorm import fold

PHRASE_END = re.compile(r"[:;]")
"""Punctuation that closes the phrase of a "with" ("Köln ist mit diesem Kurs nicht allein:")."""


def _partner_after_with(text: str, cues: SentenceCues, parties: list[PartyMention],
                        main: tuple[PartyMention, PartyMention]) -> bool:
    """The sentence's one party (but where things are) is a party of the story that follows
    its "with" after a word of relation, and no party stands before them ("Via libera allo
    schema di patto di amicizia con la città giapponese di Beppu"): it is the partner of a
    tie planned by the story's other party."""
    local = [p for p in parties if p.is_local]
    actors = {p.name for p in outside_apposition(text, unique_parties(
        [p for p in local if not p.venue]))}  # not the region after its town's comma
    first_kind = min((h.span[0] for h in cues.kinds), default=None)
    return first_kind is not None and len(actors) == 1 \
        and actors <= {main[0].name, main[1].name} \
        and all(p.span[0] > first_kind for p in local) and any(
            r.label == "with" and first_kind < r.span[0] < local[0].span[0]
            and _with_a_party(text, r, local) for r in cues.references)


def _with_a_party(text: str, marker: LexiconHit, parties: list[PartyMention]) -> bool:
    """Whether a party follows a "with" inside its phrase: "mit diesem Kurs nicht allein:
    Auch Düsseldorf ..." is with no party, and splits nothing."""
    after = next((p for p in parties if p.span[0] >= marker.span[1]), None)
    return after is not None and PHRASE_END.search(text, marker.span[1], after.span[0]) is None


CONFIDENCE = {"implicit": 0.5, "between": 0.9, "split": 0.85, "all": 0.75, "country": 0.6,
              "main": 0.5, "side": 0.45}
"""How sure a pair is, by how the sentence relates it."""


def _received(cues: SentenceCues) -> bool:
    """A host's verb of a visit the sentence reports ("Il sindaco ha accolto ieri ...")."""
    return cues.inbound and any(hit.label == "visit" and not _wished(hit, cues)
                                and not _is_existing(hit, cues.past) for hit in cues.events)


def _called_on(cues: SentenceCues) -> bool:
    """A delegation's call the sentence reports, its visitor unnamed ("đoàn đã đến chào xã
    giao Thống đốc tỉnh Gifu"): a meeting and a delegation word, both stated."""
    stated = [h.label for h in cues.events if not _wished(h, cues)
              and not _is_existing(h, cues.past)]
    return "meeting" in stated and "visit" in stated


def _within_pair(parties: list[PartyMention], main: tuple[PartyMention, PartyMention],
                 ) -> bool:
    """Whether every country the sentence names is one of the story's pair's (a trip "tại
    Nhật Bản và Hàn Quốc" goes beyond a pair of Japan) or the country of a host it names
    ("đoàn sang Hàn Quốc, làm việc với lãnh đạo thành phố Ulsan": it says where Ulsan is)."""
    hosts = {p.country for p in parties if p.is_local and p.via == "place"}
    return all(p.country in (main[0].country, main[1].country) or p.country in hosts
               for p in parties if not p.is_local)


def _mission_at_venue(a: PartyMention, b: PartyMention) -> bool:
    """An embassy or a consulate and the town where the sentence happens: the mission sits
    there ("Sáng 14/5, tại thủ đô Canberra, đoàn đã đến thăm Đại sứ quán Việt Nam tại
    Australia"), and its visitors call on it; the town is no partner of the mission."""
    return any(place.venue and place.via == "place" and mission.org_type == "embassy"
               for place, mission in ((a, b), (b, a)))


def _mission_of_the_pair(party: PartyMention,
                         main: tuple[PartyMention, PartyMention]) -> bool:
    """An embassy or a consulate of a country of the story's pair (not one of the pair)."""
    return party.org_type == "embassy" and party.country in (
        main[0].country, main[1].country) and party.name not in (main[0].name, main[1].name)


def _own_mission(a: PartyMention, b: PartyMention, cues: SentenceCues,
                 main: tuple[PartyMention, PartyMention] | None) -> bool:
    """An embassy or a consulate of a country of the story's pair, in a sentence about a
    delegation, is where that country's delegation calls on its own mission ("đoàn sẽ thăm
    Khu công nghệ cao Đà Nẵng trước khi đến TP.HCM làm việc với Tổng lãnh sự quán Mỹ", in a
    story about Da Nang and San Antonio): no partner of the places the sentence names."""
    if main is None or not any(h.label == "visit" for h in cues.events):
        return False
    return any(_mission_of_the_pair(mission, main) and other.via == "place"
               for mission, other in ((a, b), (b, a)))


def _seat_of_the_host(party: PartyMention, parties: list[PartyMention]) -> bool:
    """A town where the sentence happens that lies in a province it names as a host ("una
    sessione di lavoro a Huế con il vicepresidente della provincia di Thừa Thiên Huế"): the
    province is met there, the town is only where."""
    return party.venue and party.kind == "city" and any(
        q.kind == "region" and q.name == party.admin1 and not q.venue
        and q.span[0] > party.span[1] for q in parties)


def _visited(hosts: list[PartyMention], main: tuple[PartyMention, PartyMention],
             ) -> list[tuple[PartyMention, PartyMention, float]]:
    """Hosts of an unnamed visitor ("Meeting with A"): in a story about a pair, the visitor
    is the party of the pair that is foreign to the hosts (the first, if both are). An
    embassy or a consulate of a country of the pair is where that country's delegation calls
    on its own mission abroad ("the delegation also worked with the Vietnamese Embassy in
    Russia"), no partner of the other side, nor is the town that holds the mission ("tại
    thủ đô Moskva"); a host named beside it still is ("làm việc với tỉnh Kanagawa và thăm
    Đại sứ quán Việt Nam tại Tokyo"). The town where it meets a province it names is only
    where ("a Huế con il vicepresidente della provincia di Thừa Thiên Huế")."""
    if any(_mission_of_the_pair(h, main) for h in hosts):
        hosts = [h for h in hosts if not _mission_of_the_pair(h, main)
                 and not h.venue and not h.locator]
    hosts = [h for h in hosts if h.is_local and not _seat_of_the_host(h, hosts)]
    visitor = next((m for m in main if all(foreign(m, h) for h in hosts)), None)
    if visitor is None:
        return []
    return [(visitor, h, CONFIDENCE["implicit"]) for h in hosts]


def _one_side(text: str, parties: list[PartyMention], main: tuple[PartyMention, PartyMention],
              related: bool = True) -> list[tuple[PartyMention, PartyMention, float]]:
    """A cooperation sentence naming parties of one country only, in a story about a pair:
    they cooperate with the story's party of the other country ("The institutions
    targeted for cooperation include A, B and C", in a story about Nakuru and A's state).
    A sentence with no word of relation (``related``: an event only) that names the story's
    own party acting ("la missione del sindaco di Trieste, accompagnato ... dall'Università
    di Trieste") tells that party's doings, not a cooperation of its compatriots."""
    named = outside_apposition(text, unique_parties(
        [p for p in parties if p.is_local and p.via in ("place", "org")]))
    countries = {p.country for p in named}
    if len(named) < 2 or len(countries) != 1 or None in countries:
        return []
    partner = [m for m in main if m.country not in countries]
    if len(partner) != 1 or partner[0].name in {p.name for p in named}:
        return []
    if not related and any(p.name in (main[0].name, main[1].name) and not p.venue
                           for p in parties):
        return []
    # "ha incontrato a Treviso i vertici di Confindustria": the body met, not where
    return [(partner[0], p, CONFIDENCE["side"]) for p in [p for p in named if not p.venue]
            or named]


UNKNOWN_NAME = re.compile(r"\s+[A-ZÀ-ÝĐ][\w&.-]*")
"""After "with": a capitalised name with no article, as a firm's ("with Boeing")."""


def _unknown_partner(text: str, cues: SentenceCues, parties: list[PartyMention]) -> bool:
    """A "with" followed by a name that is no party found, the first party after it being a
    venue ("signed an agreement with Boeing in Seattle"): the partner is that name, and where
    it happens is no party."""
    for hit in cues.references:
        if hit.label != "with" or UNKNOWN_NAME.match(text, hit.span[1]) is None:
            continue
        following = [p for p in parties if p.span[0] >= hit.span[1]]
        if following and all(p.venue for p in following[:1]):
            return True  # the first party named after it is where, not who
    return False


def _venue_after_partner(text: str, cues: SentenceCues, parties: list[PartyMention]) -> bool:
    """A venue of a second event told after the partner that a "with" names ("đã làm việc
    với Trường Đại học Bourgogne ... và thăm một hợp tác xã trồng nho tại Beaune"): the
    partner is who the first event is with, the venue only where the next one happens; it
    is no party."""
    events = [h.span[0] for h in cues.events]
    for hit in cues.references:
        if hit.label != "with" or not _with_a_party(text, hit, parties):
            continue
        partner = next(p for p in parties if p.span[0] >= hit.span[1])
        if partner.is_local and not partner.venue and any(
                p.venue and any(partner.span[1] <= e < p.span[0] for e in events)
                for p in parties):
            return True
    return False


def _venue_off_story(parties: list[PartyMention],
                     main: tuple[PartyMention, PartyMention] | None) -> bool:
    """Where something happens is a party only when nobody else local is named and it is
    one of the pair the story is about: a venue of another story's city beside a country
    alone ("pourrait être signée à Toulouse ... une délégation chinoise", in a story about
    Occitanie and Sichuan) is no party."""
    if main is None or any(p.is_local and not p.venue for p in parties):
        return False
    names = {main[0].name, main[1].name}
    return any(p.venue for p in parties) and not any(p.venue and p.name in names
                                                      for p in parties)


VISITED = re.compile(r"\s+(?:[^\W\d_]{1,3}\s+)?")
"""Between a word of a visit and the place it goes to: a space, or a short preposition
("visit Colorado", "travel to Colorado")."""


def _without_visited_holders(
        text: str, cues: SentenceCues,
        found: dict[frozenset[str], tuple[PartyMention, PartyMention, float]],
) -> list[tuple[PartyMention, PartyMention, float]]:
    """The pairs, less a region that a visit goes to, paired with a party that the sentence
    also pairs with a town of that region ("Bhaktapur Mayor ... is expected to visit
    Colorado to sign the agreement with Fort Collins"): the partner is the town."""
    visits = [hit.span[1] for hit in cues.events if hit.label == "visit"]

    def holds(region: PartyMention, town: PartyMention) -> bool:
        return region.kind == "region" and town.kind == "city" and (
            town.country == region.country and town.admin1 is not None
            and fold(town.admin1) == fold(region.name)) and any(
            VISITED.fullmatch(text, end, region.span[0]) is not None for end in visits)

    pairs = list(found.values())
    return [(a, b, conf) for a, b, conf in pairs if not any(
        holds(region, town) and other.name == partner.name
        for region, other in ((a, b), (b, a))
        for c, d, _ in pairs for town, partner in ((c, d), (d, c)))]


_Scored = tuple[PartyMention, PartyMention, float]
"""Two parties a sentence relates, with a confidence."""


_Found = dict[frozenset[str], _Scored]
"""The pairs a sentence's clauses relate, by their names."""


def sentence_pairs(text: str, parties: list[PartyMention], cues: SentenceCues,
                   main: tuple[PartyMention, PartyMention] | None, kind: LinkKind,
                   joiners: frozenset[str] = frozenset(), *, firm_main: bool = True,
                   previous: tuple[PartyMention, PartyMention] | None = None,
                   several_before: bool = False,
                   fronted: frozenset[str] = frozenset(),
                   coordinators: frozenset[str] = frozenset(),
                   home: frozenset[str] = frozenset(),
                   ) -> list[tuple[PartyMention, PartyMention, float]]:
    """Pairs of parties that the sentence relates, each with a confidence. A sentence naming
    one party of the story's pair only ("... signed an agreement with Hue") is read as about
    the pair when it is ``firm_main`` (named together, or each more than once). "The two
    sides" of a sentence naming no place are the ``previous`` sentence's one pair, when the
    caller gives it ("đoàn làm việc với lãnh đạo thành phố Ulsan. Hai bên thống nhất ...");
    after a sentence that relates several pairs (``several_before``), "both cities" are not
    the story's pair.
    ``home``: the countries the story's language is most likely about."""
    mentioned = parties
    parties, main = _relatable_parties(text, parties, cues, main, joiners)
    between = [r for r in cues.references if r.label == "between"]
    found, hosts = _clauses_found(text, parties, cues, between, joiners, fronted,
                                  coordinators)
    visits = _calls_of_the_visitor(text, parties, cues, main, found)
    if visits:
        return visits
    apposed = _twin_apposed(text, parties, cues, main) if kind == "twinning" else None
    if apposed is not None:
        found.setdefault(frozenset((apposed[0].name, apposed[1].name)), apposed)
    own_partners = _own_subject_partners(parties, main, cues, home) if firm_main else []
    if own_partners:
        return own_partners
    listed_twins = _listed_twins(text, _with_countries_told(parties, mentioned), cues, main,
                                 joiners)
    if listed_twins:
        return listed_twins
    twins_among = _twins_among(text, parties, cues, main, joiners)
    if twins_among is not None:
        return twins_among
    precedents = _after_precedents(text, parties, cues, main, coordinators, home)
    if precedents:
        return precedents
    found_before_missions = dict(found)
    found = {key: pair for key, pair in found.items() if not _mission_at_venue(*pair[:2])
             and not _own_mission(pair[0], pair[1], cues, main)}
    if found:
        return [(_town_of(a, cues), _town_of(b, cues), conf)
                for a, b, conf in _without_visited_holders(text, cues, found)]
    if hosts and main is not None and firm_main:
        # the story's pair lends its visitor to hosts only when it is a pair: two places
        # each named once and never together ("exhibitors from Milan", "business groups from
        # Hai Phong") are no pair whose party visits the other's compatriots
        return _visited(hosts, main)
    return _story_pair_read(text, parties, mentioned, cues, main, kind, between,
                            found_before_missions, joiners, firm_main=firm_main,
                            previous=previous, several_before=several_before, home=home)


def _relatable_parties(text: str, parties: list[PartyMention], cues: SentenceCues,
                       main: tuple[PartyMention, PartyMention] | None,
                       joiners: frozenset[str],
                       ) -> tuple[list[PartyMention], tuple[PartyMention, PartyMention] | None]:
    """The sentence's parties that it may relate: none it denies, quotes as a source or a
    speaker, reports or names in a preamble; no venues when it names other actors enough;
    and the story's pair, unless the sentence denies one of them."""
    named = [p for p in parties if not p.locator]
    parties = _undenied(text, _without_besides(text, named, cues, joiners), cues)
    if main is not None and {main[0].name, main[1].name} & (
            {p.name for p in named} - {p.name for p in parties}):
        main = None  # a party of the story that the sentence denies lends it nothing
    parties = _after_report(_before_report(_without_speakers(
        _without_sources(parties, cues, text), cues), cues), cues, text)
    parties = _after_preamble(text, parties, cues)
    actors = [p for p in parties if not p.venue]
    if len({p.name for p in actors if p.is_local}) >= 2 or _venue_off_story(parties, main) \
            or _unknown_partner(text, cues, parties) or _venue_after_partner(text, cues, parties):
        parties = actors
    return parties, main


def _clauses_found(text: str, parties: list[PartyMention], cues: SentenceCues,
                   between: list[LexiconHit], joiners: frozenset[str],
                   fronted: frozenset[str], coordinators: frozenset[str],
                   ) -> tuple[_Found, list[PartyMention]]:
    """The pairs each clause of the sentence relates (the first found of two names kept),
    and the hosts of clauses that name no pair."""
    splits = [*cues.kinds, *cues.events, *(r for r in cues.references if r.label == "with"
                                            and _with_a_party(text, r, parties))]
    found: _Found = {}
    hosts: list[PartyMention] = []
    parallels = [r for r in cues.references if r.label == "parallel"]
    subject: list[PartyMention] = []
    for clause in split_clauses(text, cues.span, parties, splits, between, joiners, fronted,
                                parallels, coordinators, cues.denied):
        relation = clause_pairs(text, clause)
        if subject and not relation.pairs and relation.hosts \
                and _opened_by_relation(clause, cues):
            # "Lyon has twinning relations with Turin, and friendship ties with Kyoto": the
            # second clause drops its subject, the first clause's
            relation = Relation([(a, b) for a in subject for b in relation.hosts
                                 if foreign(a, b)], "split")
        subject = _clause_subject(clause) or subject
        for a, b in relation.pairs:
            found.setdefault(frozenset((a.name, b.name)), (a, b, CONFIDENCE[relation.how]))
        hosts.extend(relation.hosts)
    return found, hosts


def _calls_of_the_visitor(text: str, parties: list[PartyMention], cues: SentenceCues,
                          main: tuple[PartyMention, PartyMention] | None,
                          found: _Found) -> list[_Scored]:
    """"la delegazione ha visitato a Osaka lo stabilimento della Kansai Precision, per poi
    rendere una visita di cortesia al governatore": the unnamed visitor of the story calls on
    every host, who are not related to each other."""
    if found and main is not None and _called_on(cues) \
            and _within_pair(parties, main) and not any(
                p.name in (main[0].name, main[1].name) for p in parties if p.is_local):
        held = _mission_towns(text, found, main, cues)
        return _visited(unique_parties([p for p in parties if p.is_local
                                        and p.name not in held]), main)
    return []


def _story_pair_read(text: str, parties: list[PartyMention], mentioned: list[PartyMention],
                     cues: SentenceCues, main: tuple[PartyMention, PartyMention] | None,
                     kind: LinkKind, between: list[LexiconHit], found_before_missions: _Found,
                     joiners: frozenset[str], *, firm_main: bool,
                     previous: tuple[PartyMention, PartyMention] | None,
                     several_before: bool, home: frozenset[str]) -> list[_Scored]:
    """The pairs of a sentence whose clauses relate none: a twin named alone, one side of the
    story's pair, "the two sides", the pair planning or hosting, the visitor of a host, or
    the partner of an unnamed subject."""
    twin = _twin_named_alone(text, parties, cues, main) if kind == "twinning" else None
    if twin is not None:
        return [twin]
    locals_ = {p.name for p in parties if p.is_local}
    # Compatriots named after "between" ("Die Partnerschaft zwischen Leipzig und Frankfurt am
    # Main") are related to each other, which is no link, not to the story's foreign party.
    compatriots = any(len({p.name for p in parties if p.is_local and p.span[0] >= b.span[1]})
                      >= 2 for b in between)
    if main is not None and firm_main and not cues.collective and not compatriots:
        one_side = _one_side(text, parties, main, related=bool(cues.kinds))
        if one_side:
            return one_side
    if previous is not None and cues.collective and not locals_:
        return [(*previous, CONFIDENCE["main"])]
    # "the two sides" of a story whose pair is no pair (a firm's buyer in one city, a flight
    # to another, each named once and apart), in a sentence that names no town or region,
    # not even as where, are the firms, not the towns; "the two cities" are the towns
    if main is not None and cues.collective and not several_before \
            and (firm_main or cues.collective_places or any(p.is_local for p in mentioned)) \
            and not _between_others(parties, between, main):
        a, b, conf = _collective_pair(parties, main)
        return [(_town_of(a, cues), _town_of(b, cues), conf)]
    if main is not None and firm_main and kind == "proposal" and _partner_after_with(
            text, cues, parties, main):
        # "Via libera allo schema di patto di amicizia con la città giapponese di Beppu", in
        # a story about Abano and Beppu: the other party of the story plans it.
        return [(main[0], main[1], CONFIDENCE["main"])]
    if main is not None and len(locals_) == 1 and locals_ <= {main[0].name, main[1].name} and (
            (firm_main and kind in ("twinning", "agreement")
             and not _only_sources([p for p in parties if p.is_local], cues)
             and not _with_counted_towns(text, cues))
            or _received(cues)
            or (firm_main and _called_on(cues) and _within_pair(parties, main))):
        # "Il sindaco ha accolto ieri una delegazione di Leopoli", in a story about Vicenza
        # and Lviv: the other party of the story hosts it.
        return [(main[0], main[1], CONFIDENCE["main"])]
    seats = [p for p in parties if _seat_of_the_host(p, parties)]
    towns = {p.name for p in parties if p.is_local and p.via == "place" and p not in seats}
    if main is not None and len(towns) == 1 and _called_on(cues) \
            and _within_pair(parties, main):
        # "On 3 July, the delegation met the mayor of Da Nang", in a story about Blois and
        # Hue: the party of the pair foreign to the host is the unnamed visitor; so is it of
        # the host's company it visits ("làm việc với lãnh đạo thành phố Ulsan ..., sau đó
        # thăm nhà máy của Tập đoàn Hyundai Heavy Industries tại Ulsan").
        held = _mission_towns(text, found_before_missions, main, cues)
        return _visited([p for p in parties if p.is_local and p.name not in held], main)
    if main is not None and firm_main and (kind in UNNAMED_SUBJECT_KINDS
                                           or _opened_by_its_subject_noun(text, cues)):
        return _unnamed_subject_partner(text, parties, main, cues, joiners, home)
    return []


def _with_counted_towns(text: str, cues: SentenceCues) -> bool:
    """Whether a "with" is followed by a count of towns it does not name ("is twinned with 26
    foreign cities", "已与26个外国城市建立友好城市关系", a number in words: "s pěti
    regiony"): the partners are those towns, not the story's other party."""
    return any(r.label == "with" and _count_after(text, r.span[1], cues) and any(
        t.label == "counterpart_towns" and 0 <= t.span[0] - r.span[1] <= COUNT_REACH
        for t in cues.references) for r in cues.references)


def _count_after(text: str, start: int, cues: SentenceCues) -> bool:
    """Whether a number follows, in digits or as one of the language's ``counted`` words."""
    return COUNT.match(text, start) is not None or any(
        r.label == "counted" and not text[start:r.span[0]].strip() for r in cues.references)


COUNT = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}\d")
"""After "with": a number, maybe after a word or two ("with more than 20", "与26")."""
COUNT_REACH = 24
"""Characters between "with" and the noun of the towns it counts ("26个外国城市")."""


def _opened_by_relation(clause: Clause, cues: SentenceCues) -> bool:
    """Whether a clause names no party before its first cue, which is a relation's kind
    ("..., and friendship ties with Kyoto"): a clause that drops its subject."""
    if not clause.splits or clause.splits[0] not in cues.kinds:
        return False
    return not any(p.span[0] < clause.splits[0].span[0] for p in clause.parties)


def _clause_subject(clause: Clause) -> list[PartyMention]:
    """The local parties a clause names before its first cue: its subject."""
    if not clause.splits:
        return []
    return unique_parties([p for p in clause.parties
                           if p.is_local and p.span[1] <= clause.splits[0].span[0]])


COUNTERPART_NOUNS = frozenset({"counterpart_nouns", "counterpart_towns", "the_city",
                               "the_region"})
"""Labels of the nouns that name a party without its name ("the city", "Vietnamese firms")."""

SUBJECT_ARTICLE = re.compile(r"\s*(?:[^\W\d_]{1,3}\s+)?")
"""Before a subject noun that opens its sentence: nothing, or a short article ("The")."""


def _opened_by_its_subject_noun(text: str, cues: SentenceCues) -> bool:
    """A sentence whose subject is a noun of the story's party ("Thành phố cũng đã thiết lập
    quan hệ hợp tác hữu nghị với thành phố Thiên Tân"): its cooperation is the subject's
    too, which a cooperation word with one partner alone does not tell ("flights from
    Busan"); so is a noun the language keeps for the story's own party ("Der Landkreis
    unterhält bereits seit 1992 eine Partnerschaft mit ...")."""
    return any((hit.label in COUNTERPART_NOUNS or hit.label == "own_subject")
               and SUBJECT_ARTICLE.fullmatch(text, cues.span[0], hit.span[0]) is not None
               for hit in cues.references)


def _twin_named_alone(text: str, parties: list[PartyMention], cues: SentenceCues,
                      main: tuple[PartyMention, PartyMention] | None,
                      ) -> tuple[PartyMention, PartyMention, float] | None:
    """A town named right after a twin-town word, the only place of its sentence ("a
    delegation from the Italian twin town of Perugia", "aus der Partnerstadt Perugia"), is
    the twin of the story's own town: the first of its pair."""
    if main is None:
        return None
    named = unique_parties([p for p in parties if p.is_local])
    if len(named) != 1 or named[0].via != "place" or named[0].name in (
            main[0].name, main[1].name):
        return None
    town = named[0]
    if not any(hit.label == "twinning" and _right_before(text, hit.span[1], town.span[0])
               for hit in cues.kinds):
        return None
    return (main[0], town, CONFIDENCE["main"])


APPOSED_TWIN = re.compile(r"\s*,\s+(?:our|the)\s+(?:[A-Z][\w-]*\s+)?")
"""Between a town and the twin-town word of the apposition that calls it the story's town's
twin: "Metzingen, our German twin town", "Rinteln, the German twin town"."""


def _twin_apposed(text: str, parties: list[PartyMention], cues: SentenceCues,
                  main: tuple[PartyMention, PartyMention] | None,
                  ) -> tuple[PartyMention, PartyMention, float] | None:
    """A town that an apposition calls "our twin town" is the twin of the story's own town,
    the first of its pair, whoever else the sentence names ("pupils from Queen Elizabeth
    High School spent five days with families in Metzingen, our German twin town")."""
    if main is None:
        return None
    for town in unique_parties([p for p in parties if p.is_local and p.via == "place"]):
        if town.name not in (main[0].name, main[1].name) and any(
                hit.label == "twinning" and APPOSED_TWIN.fullmatch(text, town.span[1],
                                                                   hit.span[0]) is not None
                for hit in cues.kinds):
            return (main[0], town, CONFIDENCE["main"])
    return None


def _mission_towns(text: str, found: dict[frozenset[str], tuple[PartyMention, PartyMention,
                                                                   float]],
                   main: tuple[PartyMention, PartyMention], cues: SentenceCues) -> set[str]:
    """Towns that a clause pairs with the visitors' own mission, named with no "with" of
    their own: where the visitors go to call on it ("đoàn đến Roma và làm việc với Đại sứ
    quán Việt Nam tại Italy"), no host; not a town met beside it ("làm việc với Hamburg và
    thăm Đại sứ quán ...")."""
    withs = [r.span[1] for r in cues.references if r.label == "with"]
    return {town.name for pair in found.values()
            for town, mission in ((pair[0], pair[1]), (pair[1], pair[0]))
            if town.via == "place" and _mission_of_the_pair(mission, main)
            and not any(_right_before(text, end, town.span[0]) for end in withs)}


def _right_before(text: str, end: int, start: int) -> bool:
    """Whether a cue ending at ``end`` stands right before ``start``, one lower-case word
    at most between them ("twin town of Perugia", "Partnerstadt Perugia")."""
    between = text[end:start].split() if 0 <= end <= start else ["", "", ""]
    return len(between) <= 1 and all(word.islower() for word in between)


def _town_of(party: PartyMention, cues: SentenceCues) -> PartyMention:
    """A twinning told of a town's own association ("the two towns were twinned", in
    minutes about the Marlow Twinning Association) is its town's; so is what "the two
    cities" do, told of a body named after its town ("両市", in a story whose visitors are
    led by the head of "高雄市政府観光局")."""
    if party.home is not None and any(hit.label == "twinning" for hit in cues.kinds):
        return party.home
    if party.town is not None and any(r.label == "collective_towns" for r in cues.references):
        return party.town
    return party


UNNAMED_SUBJECT_KINDS = frozenset({"twinning", "agreement", "proposal"})
"""Relations whose unnamed subject is the story's first party (a cooperation word with one
partner is too common: "flights from Busan")."""


def _unnamed_subject_partner(text: str, parties: list[PartyMention],
                             main: tuple[PartyMention, PartyMention], cues: SentenceCues,
                             joiners: frozenset[str], home: frozenset[str] = frozenset(),
                             ) -> list[tuple[PartyMention, PartyMention, float]]:
    """A relation whose subject goes unnamed, told with one partner after "with" or after
    the relation word, in a story about a pair ("The city said it will also seek a similar
    accord with Vietnam's Lao Cai province", "The city has been a sister city of Japan's
    Matsusaka since 2005"): the story's first party's, when the partner is of another
    country and none of the pair (the caller asks the pair to be firm: a dateline alone
    makes no subject). Only joiners, a possessive country and an adjective of nationality
    or of the partner's region ("con la ciudad francesa de Niort", "con la città bavarese
    di Traunstein") stand between the partner and the relation word or
    "with" before it: "the first agreement since the city of Central Coast" tells when, not
    with whom."""
    named = unique_parties([p for p in parties if p.is_local])
    # the partner's own association ("following an approach from the Falun Rotary Club")
    homed = [p for p in named if p.home is None or p.home.name not in {q.name for q in named}]
    if len(homed) != 1:
        return []
    # the story's own party: its first, or the one of the language's countries ("A cidade
    # já mantém um memorando ...", in a Brazilian story that names its Chinese partner more)
    own = main[1] if main[0].country not in home and main[1].country in home else main[0]
    partner, wisher = homed[0], _town_of(own, cues)
    if partner.name in {main[0].name, main[1].name, wisher.name} \
            or not foreign(wisher, partner) or partner.country == wisher.country:
        return []
    withs = [r.span for r in cues.references if r.label == "with"]
    cue = max((end for _, end in [*(h.span for h in cues.kinds), *withs]
               if end <= partner.span[0]), default=None)
    if cue is None or not all(
            word.lower() in joiners or POSSESSIVE_WORD.fullmatch(word) is not None
            # the partner's country's adjective ("com a japonesa Hamamatsu"), or its
            # region's ("con la città bavarese di Traunstein")
            or load_demonyms().get(fold(word)) == partner.country
            or load_regional_adjectives().get(fold(word)) == partner.country
            or any(s <= m.start() and m.end() <= e for s, e in withs)
            for m in WORD.finditer(text, cue, partner.span[0]) for word in [m.group()]):
        return []
    return [(wisher, partner, CONFIDENCE["implicit"])]


def _own_subject_partners(parties: list[PartyMention],
                          main: tuple[PartyMention, PartyMention] | None, cues: SentenceCues,
                          home: frozenset[str] = frozenset(),
                          ) -> list[tuple[PartyMention, PartyMention, float]]:
    """Partners listed after "with" in a sentence whose subject is the story's own party
    named only by its noun ("Das Land pflegt Partnerschaften mit der Woiwodschaft Pommern und
    der Provinz Zhejiang", "Mit ... unterhält das Land bereits Regionalpartnerschaften"):
    each is that party's partner, not the others'. Only when the sentence names neither party
    of the story's pair and every partner, of another country, comes after "with"."""
    subjects = [r.span for r in cues.references if r.label == "own_subject"]
    withs = [r.span for r in cues.references if r.label == "with"]
    if main is None or not subjects or not withs:
        return []
    named = unique_parties([p for p in parties if p.is_local])
    own = main[1] if main[0].country not in home and main[1].country in home else main[0]
    after = min(end for _, end in withs)
    # a body of the own party's country named after them is where, no partner ("tiếp nhận
    # lưu học sinh tỉnh Sê Kông sang học tập tại Đại học Huế")
    partners = [p for p in named if foreign(own, p)]
    if len(named) < 2 or not partners or any(
            p.name in (main[0].name, main[1].name) or p.span[0] < after for p in named):
        return []
    return [(own, partner, CONFIDENCE["implicit"]) for partner in partners]


LIST_LOCATIVES = frozenset({"in", "en", "au", "aux", "dans", "nel", "nella", "im", "em",
                            "no", "na", "v", "ve", "w", "we"})
"""Prepositions of a listed town's country ("County Kildare in Ireland and Shinhidaka in
Japan"), which the list goes on after."""


def _with_countries_told(parties: list[PartyMention],
                         mentioned: list[PartyMention]) -> list[PartyMention]:
    """The sentence's parties with the countries that only tell where a listed town lies
    ("日本宫古市和韩国群山市"): no party, but a list of towns goes on through them."""
    told = [p for p in mentioned if p.locator and p.kind == "country"]
    return sorted([*parties, *told], key=lambda p: p.span) if told else parties


def _listed_twins(text: str, parties: list[PartyMention], cues: SentenceCues,
                  main: tuple[PartyMention, PartyMention] | None, joiners: frozenset[str],
                  ) -> list[tuple[PartyMention, PartyMention, float]]:
    """Towns listed after a twin word and its verb ("Blois's twin towns are Hamburg and
    Turin", "Partnerskými městy Kolína jsou Ansbach a Lecco"): each is the twin of the one
    town named before the verb, or, none named, of the story's own town; the listed towns
    are not each other's twins."""
    named = unique_parties([p for p in parties if p.is_local])
    for hit in cues.references:
        if hit.label != "twins_listed":
            continue
        # a list whose items hold commas is written with semicolons ("Hamburg, Germany;
        # Turin, Italy; and Monterrey")
        # Turin, Italy; and Monterrey"), and a town told by its country ("Shinhidaka in
        # Japan", "日本宫古市和韩国群山市": the country joins the list, no twin of it) goes on
        listed = unique_parties([p for p in joined(
            text.replace(";", ","), [p for p in parties if p.span[0] >= hit.span[1]
                                     and (p.is_local or p.kind == "country")],
            hit.span[1], joiners | LIST_LOCATIVES) if p.kind != "country" and p.is_local])
        before = unique_parties([p for p in named if p.span[1] <= hit.span[1]])
        if len(before) == 1:
            subject = before[0]
        elif not before and main is not None and main[0].name not in {
                p.name for p in listed}:
            subject = main[0]
        else:
            continue
        partners = [p for p in listed if foreign(subject, p)]
        if partners:
            return [(subject, p, CONFIDENCE["split"]) for p in partners]
    return []


def _twins_among(text: str, parties: list[PartyMention], cues: SentenceCues,
                 main: tuple[PartyMention, PartyMention] | None, joiners: frozenset[str],
                 ) -> list[tuple[PartyMention, PartyMention, float]] | None:
    """Towns told to be "among its sister cities" ("Lyon counts Birmingham and Milan among its
    sister cities", "zu seinen Partnerstädten zählen Lugoj und Erlangen"): the possessive is
    the sentence's first town, named apart from the list, or, none, the story's own; each
    town listed, before or after the phrase, is its twin, not the other listed towns'; with
    no such town, none. ``None`` for a sentence without the phrase."""
    hits = [r for r in cues.references if r.label == "twins_among"]
    if not hits:
        return None
    towns = unique_parties([p for p in parties if p.is_local and p.kind != "country"])
    if towns and (_owner_after(text, hits[0], towns[0]) or (
            towns[0].span[1] <= hits[0].span[0] and len(joined(
                text, towns, towns[0].span[0], joiners | LIST_LOCATIVES)) == 1)):
        subject, listed = towns[0], towns[1:]
    elif main is not None and main[0].name not in {p.name for p in towns}:
        subject, listed = main[0], towns
    else:
        return []
    return [(subject, p, CONFIDENCE["split"]) for p in listed if foreign(subject, p)]


OWNER_CLOSE = re.compile(r"\s*[—–:]")
"""A dash or a colon after the town named in an "among the twins of" phrase: the phrase ends,
the list begins ("Среди других побратимов Гомеля — российская Тула ...")."""


def _owner_after(text: str, hit: LexiconHit, town: PartyMention) -> bool:
    """Whether the town the twins are of is named right after the "among the twins" phrase,
    which a dash or a colon closes."""
    return not text[hit.span[1]:town.span[0]].strip() \
        and OWNER_CLOSE.match(text, town.span[1]) is not None


def _after_precedents(text: str, parties: list[PartyMention], cues: SentenceCues,
                      main: tuple[PartyMention, PartyMention] | None,
                      coordinators: frozenset[str], home: frozenset[str] = frozenset(),
                      ) -> list[tuple[PartyMention, PartyMention, float]]:
    """Towns listed before a ``precedents`` phrase in a sentence that states a relation
    ("수원시는 부산시, 인천시에 이어 다낭시와 자매결연을 맺었다", after Busan and Incheon, Suwon
    twinned with Da Nang): they are older partners of the sentence's first town, named apart
    from the list (no comma nor coordinator after it), or, none, of the story's own; so is
    each town named after the phrase. The listed towns are not each other's partners."""
    hits = [r for r in cues.references if r.label == "precedents"]
    if not hits or not cues.kinds:
        return []
    towns = unique_parties([p for p in parties if p.is_local and p.kind != "country"])
    before = [p for p in towns if p.span[1] <= hits[0].span[0]]
    if len(before) > 1 and not _coordinated(text[before[0].span[1]:before[1].span[0]],
                                            coordinators):
        subject = before[0]
    elif before and main is not None and _own_party(main, home).name not in {
            p.name for p in towns}:
        subject = _own_party(main, home)
    else:
        return []
    return [(subject, p, CONFIDENCE["split"]) for p in towns
            if p is not subject and foreign(subject, p)]


def _own_party(main: tuple[PartyMention, PartyMention],
               home: frozenset[str]) -> PartyMention:
    """The story's own party: its first, or the one of the language's countries when only
    that one is ("L'accordo con Hainan si aggiunge a quello ... dalla Regione con la
    Corsica", in a story about Hainan and Sardinia)."""
    return main[1] if main[0].country not in home and main[1].country in home else main[0]


def _coordinated(gap: str, coordinators: frozenset[str]) -> bool:
    """Whether the gap between two names joins them in one list: a comma (a Japanese list
    comma too), or a coordinator,
    a word of its own ("and") or glued to the name's status word in Hangul ("시와")."""
    return "," in gap or LISTING_COMMA.search(gap) is not None or any(
        word in coordinators or (word[-1] >= "\uac00" and word.endswith(tuple(coordinators)))
        for word in (fold(w) for w in WORD.findall(gap)))


LISTING_COMMA = re.compile(r"(?:^|[^\u3040-\u309f])、")
"""A Japanese or Chinese list comma: not one after a particle in hiragana, which closes the
subject's phrase ("横浜市は、ミラノ市……に次いで"), but one after a name or a bracket
("中国福建省（昭和57年）、韓国済州特別自治道")."""
WORD = re.compile(r"[\w’']+")
POSSESSIVE_WORD = re.compile(r"[A-Z][\w.]*['’]s")
"""A country or town owning the partner: "Vietnam's Lao Cai province"."""


def _between_others(parties: list[PartyMention], between: list[LexiconHit],
                    main: tuple[PartyMention, PartyMention]) -> bool:
    """Whether "between" names a party of neither side of the story's pair ("Hai bên cũng trao
    đổi về khả năng hợp tác giữa Đại học Bách khoa Gdańsk với các trường đại học của Việt
    Nam"): "the two sides" are who talk, the relation is that party's, not the pair's."""
    return any(p.is_local and p.span[0] >= b.span[1] and p.name not in (main[0].name, main[1].name)
               for b in between for p in parties)


def _collective_pair(parties: list[PartyMention], main: tuple[PartyMention, PartyMention],
                     ) -> tuple[PartyMention, PartyMention, float]:
    """The pair that "the two sides" stands for: the story's main pair, unless the sentence
    names one other partner of the story's first party ("thúc đẩy hợp tác với vùng
    Primorsky ..., tiến tới ký kết thỏa thuận giữa hai địa phương")."""
    named = unique_parties([p for p in parties if p.is_local and p.via in ("place", "org")])
    if len(named) == 1 and named[0].name not in {main[0].name, main[1].name} \
            and foreign(main[0], named[0]):
        return (main[0], named[0], CONFIDENCE["main"])
    return (main[0], main[1], CONFIDENCE["main"])
