"""Places a story names in passing that are no parties of its links: a trip's stops and
transits, the towns visitors came from, towns quoted as examples, an envoy's country, a
diaspora's towns."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from functools import cache

from citypact.extract.actors.rules import load_language_rules
from citypact.extract.linking.cues import KeyCache
from citypact.extract.linking.lexicons import NOT_A_KIND, LanguageLexicons, load_demonyms
from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.regions import WHITESPACE, end_before
from citypact.extract.linking.venues import SENTENCE_END, _listed_after
from citypact.extract.pipeline import Doc
from citypact.model import Span
from citypact.textnorm import fold


def mark_transits(parties: list[PartyMention],
                  main: tuple[PartyMention, PartyMention] | None, lex: LanguageLexicons,
                  keys: KeyCache) -> list[PartyMention]:
    """Flag the town visitors arrived from on their way: after an ``arrival`` verb, a few
    words and "from", a town that is neither of the story's pair ("La délégation belge,
    arrivée lundi de Bruxelles", in a story about Agadir and Liège; "que llegó el lunes desde
    Buenos Aires", in one about Mar del Plata and Vigo; "arrivata ieri da Londra", in one
    about Tuscany and Ontario), and the others listed after it ("le famiglie arrivate in
    provincia di Avellino da Caracas, Valencia e Maracay"). The
    visitors' own town, one of the pair, stays a party ("arrivée de Liège"). So does the place
    they arrived in that is neither ("arrivato in Sardegna": the host's region)."""
    if main is None:
        return parties
    key = keys.get(lex.keep_accents)
    hits = keys.hits(lex.references, lex.keep_accents)
    ends = [h.span[1] for h in hits if h.label == "arrival"]
    # a verb-final language's arriving verb after its place ("der eigens aus Bozen angereist
    # war"): the place is after "from" and a few words before the verb
    starts = [h.span[0] for h in hits if h.label == "arrival_after"]
    if not ends and not starts:
        return parties
    pair = {main[0].name, main[1].name}
    countries = {main[0].country, main[1].country}
    marked = []
    origin = -1  # the end of the last town the visitors came from, for those listed after it
    for p in parties:
        came = p.via == "place" and (any(
            0 <= p.span[0] - end <= ARRIVAL_REACH
            and (ARRIVAL_FROM.fullmatch(key, end, p.span[0]) is not None
                 or (p.country in countries
                     and ARRIVAL_TO.fullmatch(key, end, p.span[0]) is not None))
            for end in ends) or any(
                0 <= start - p.span[1] <= ARRIVAL_REACH
                and ARRIVED_FROM.search(key, max(0, p.span[0] - 5), p.span[0]) is not None
                and ARRIVED_BEFORE.fullmatch(key, p.span[1], start) is not None
                for start in starts))
        if came or (p.via == "place" and _listed_after(keys, key, origin, p.span[0],
                                                       lex.joiners)):
            origin = p.span[1]
            if p.name not in pair:
                p = dataclasses.replace(p, locator=True)
        marked.append(p)
    return marked


def mark_stops(parties: list[PartyMention],
               main: tuple[PartyMention, PartyMention] | None, lex: LanguageLexicons,
               keys: KeyCache, sentences: Sequence[Span]) -> list[PartyMention]:
    """Flag the stops of an itinerary where no one is met: in a sentence that tells a leg of
    the visitors' trip (an ``itinerary`` phrase: "before returning home", "prima di
    rientrare", "proseguirà la visita a"; or an ``onward`` one) and nothing but a visit (no
    meeting, signing or forum, no kind of relation), a town named after its first visit or
    itinerary word that is neither of the story's pair is where they go, no party ("The
    delegation will travel to Tokyo on Friday before returning home", in a story about Dong
    Nai and Osaka). So are the towns of an earlier trip told as the relation's ``background``
    ("The agreement comes two weeks after a trade mission visited Jakarta"). A stop where
    someone is met ("will travel on to Kyoto, where they will meet the mayor") or a relation
    is told stays a party."""
    if main is None:
        return parties
    # a one-word ``onward`` phrase ("ab", "über") is no leg of a trip by itself
    trips = [h.span for h in keys.hits(lex.references, lex.keep_accents)
             if h.label in ("itinerary", "background")
             or (h.label == "onward" and " " in keys.text[h.span[0]:h.span[1]])]
    if not trips:
        return parties
    pair = {main[0].name, main[1].name}
    events = [h for h in keys.hits(lex.events, lex.keep_accents) if h.label != NOT_A_KIND]
    visits = [h.span[0] for h in events if h.label == "visit"]
    # what relates the parties: another event, or a kind of relation
    relating = [h.span[0] for h in events if h.label != "visit"] + [
        h.span[0] for h in keys.hits(lex.kinds, lex.keep_accents) if h.label != NOT_A_KIND]
    stops: set[Span] = set()
    for start, end in sentences:
        legs = [t[0] for t in trips if start <= t[0] < end]
        if not legs:
            continue
        # from the trip's first word on: a signing told before it ("Sau lễ ký, đoàn ... đã
        # tham quan ...") is over
        first = min(legs + [v for v in visits if start <= v < end])
        # each place after it goes with the nearest cue before it: a town after a meeting's
        # word is met there, one after a visit's or a leg's word is a stop, unless a relation
        # is told after it ("làm việc tại Thủ đô Vác-sa-va và thăm thành phố Wrocław, trước
        # khi sang Cộng hòa Séc": Wrocław and Czechia are stops, Warsaw is not)
        cues = sorted([*((t, False) for t in legs + visits if first <= t < end),
                       *((r, True) for r in relating if first <= r < end)])
        stops.update(p.span for p in parties if p.via == "place" and p.name not in pair
                     and first < p.span[0] < end and _a_stop(cues, p.span[0]))
    return [dataclasses.replace(p, locator=True) if p.span in stops else p for p in parties]


def mark_examples(parties: list[PartyMention], lex: LanguageLexicons,
                  keys: KeyCache) -> list[PartyMention]:
    """Flag the towns quoted as examples of what others do ("Cities like Helsinki and
    Singapore already plan this way, and we have learned a lot from them"): the town right
    after an ``examples`` phrase and those listed after it are no parties."""
    key = keys.get(lex.keep_accents)
    origin = -1  # the end of the last example, for those listed after it
    ends = [h.span[1] for h in keys.hits(lex.references, lex.keep_accents)
            if h.label == "examples"]
    if not ends:
        return parties
    marked = []
    for p in parties:
        if p.via == "place" and (any(_listed_after(keys, key, end, p.span[0], frozenset())
                                     for end in ends)
                                 or _listed_after(keys, key, origin, p.span[0], lex.joiners)):
            origin = p.span[1]
            p = dataclasses.replace(p, locator=True)
        marked.append(p)
    return marked


def _a_stop(cues: list[tuple[int, bool]], start: int) -> bool:
    """Whether a place at ``start`` is a stop of a trip: the nearest of the sentence's cues
    (offset, relating) before it is a visit's or a leg's, and no relation is told after it."""
    before = [relating for offset, relating in cues if offset < start]
    return bool(before) and not before[-1] and not any(
        relating for offset, relating in cues if offset > start)


def mark_national_origins(parties: list[PartyMention], lex: LanguageLexicons,
                          keys: KeyCache, doc: Doc) -> list[PartyMention]:
    """Flag the town that the holder of a national office arrived from ("Mr Khamphao, who
    arrived from Vientiane on Tuesday", a deputy prime minister): the capital he came from
    is no party, not even the story's, though his country names no other town; a mayor's
    town he came from would be ("the mayor of Liège, arrived from Liège")."""
    ends = [h.span[1] for h in keys.hits(lex.references, lex.keep_accents) if h.label == "arrival"]
    if not ends or not doc.people:
        return parties
    offices = national_offices(doc.rules_language or lex.language)
    # each word of a holder's name, as the story calls him again ("Mr Khamphao")
    holders = [found.span() for person in doc.people if person.role and any(
        fold(person.role) == t or fold(person.role).endswith(" " + t) for t in offices)
        for word in person.name.split() if len(word) > 2
        for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", doc.text)]
    # an arrival verb right after a holder's name ("Mr Khamphao, who arrived")
    arrivals = [end for end in ends if any(
        0 <= end - e <= NATIONAL_ARRIVAL_REACH
        and not SENTENCE_END.search(keys.text, e, end) for _, e in holders)]
    if not arrivals:
        return parties
    key = keys.get(lex.keep_accents)
    return [dataclasses.replace(p, locator=True) if p.via == "place" and any(
        0 <= p.span[0] - end <= ARRIVAL_REACH
        and ARRIVAL_FROM.fullmatch(key, end, p.span[0]) is not None for end in arrivals)
        else p for p in parties]


@cache
def national_offices(language: str) -> frozenset[str]:
    """The titles of a national office in a language's actor rules, folded."""
    # Kept for the process, a few dozen titles a language: reading and validating the
    # language's rule file again for each story that tells an arrival took ~5 ms.
    return frozenset(fold(title) for title in load_language_rules(language).people["national"])


NATIONAL_ARRIVAL_REACH = 24
"""Most characters from the end of a name to the end of its arrival verb ("Khamphao, who
arrived")."""


ARRIVAL_REACH = 40
"""Most characters from an arrival verb to the town the visitors came from."""


ARRIVAL_FROM = re.compile(r"(?: [^\W_]+){0,4} (?:de|d'|d’|desde|da|dal|dalla|from|aus|"
                          r"von|uit|van|via|par|por|through|über) ?")
"""From an arrival verb to the town: a few words, a day's date among them ("lundi", "el
lunes", "lunedì 10 giugno", "in provincia di Avellino") and "from", or the town they came
through ("arrivée lundi via Casablanca", "arrivés en ferry par Roscoff")."""


ARRIVED_FROM = re.compile(r"(?:aus|von) $")
"""Before the town a verb-final arriving verb follows: "from" ("aus Bozen angereist")."""


ARRIVED_BEFORE = re.compile(r"(?: [^\W\d_]+){0,3} ")
"""From that town to its verb: a few words ("aus Wien am Montag angereist")."""


ARRIVAL_TO = re.compile(r"(?: [^\W\d_]+){0,3} (?:in|a|nel|nella|en|au|à|to|nach|naar|do)"
                        r"(?: (?:provincia|regione|province|region|provincia) (?:di|de|of))? ?")
"""From an arrival verb to where the visitors arrived: a region or a town of the pair's
countries that is neither of the pair is where they are, not who ("il sindaco di Sousse,
arrivato in Sardegna", in a story about the University of Cagliari and Sousse; "arrivate in
provincia di Avellino"; Czech "přiletěla do Prahy", flew into Prague, in a story about a
Czech region and a Chinese province)."""


def mark_envoys(parties: list[PartyMention], lex: LanguageLexicons,
                keys: KeyCache) -> list[PartyMention]:
    """A country right after an envoy's title acts through the envoy, like a named official
    ("tiếp Tổng Lãnh sự Trung Quốc", "met the Consul General of China"); a town right after
    an envoy's title and "in" is the seat of the post, no party ("The Chinese Consul-General
    in Lagos, Mr. Li Jun, who witnessed the signing")."""
    key = keys.get(lex.keep_accents)
    hits = keys.hits(lex.references, lex.keep_accents)
    ends = {h.span[1] for h in hits if h.label == "envoy"}
    posts = {h.span[1] for h in hits if h.label == "envoy_post"}
    return [dataclasses.replace(p, via="person")
            if p.kind == "country" and p.via == "place"
            and end_before(key, p.span[0], WHITESPACE) in ends - {0}
            else dataclasses.replace(p, locator=True)
            if p.kind in ("city", "region") and p.via == "place"
            and end_before(key, p.span[0], WHITESPACE) in posts - {0} else p
            for p in parties]


DIASPORA_GAP = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,2} ")
"""Up to three words between a country's people abroad and the venue word before their
town ("living in", "đang sinh sống tại")."""


def mark_diasporas(parties: list[PartyMention], lex: LanguageLexicons,
                   keys: KeyCache) -> list[PartyMention]:
    """A country's people living abroad ("the Vietnamese community in Moscow", "cộng đồng
    người Việt Nam tại Tokyo", "la comunità italiana di Melbourne", "kiều bào tại Lào") are
    whom a delegation meets on its trip, no party of it: neither their country (its
    adjective or its name next to the noun) nor the towns they live in (after a venue word).
    A ``diaspora`` noun needs its nationality next to it ("the local community" is none);
    ``compatriots`` says it by itself ("kiều bào", "i connazionali")."""
    hits = [h for h in keys.hits(lex.references, lex.keep_accents)
            if h.label in ("diaspora", "compatriots")]
    if not hits:
        return parties
    key = keys.get(lex.keep_accents)
    venue_ends = {h.span[1]: h.span[0] for h in keys.hits(lex.references, lex.keep_accents)
                  if h.label == "venue"}
    countries = load_demonyms(lex.language)
    marked = set()
    for hit in hits:
        start, end = hit.span
        tied = hit.label == "compatriots"
        before = key[:end_before(key, start)].rsplit(" ", 1)[-1]
        if fold(before) in countries:
            tied = True  # "the Vietnamese community"
        word = re.match(r"\s?([^\W\d_]+)", key[end:end + 40])
        if word is not None and fold(word.group(1)) in countries:
            tied, end = True, end + word.end()  # "la comunità italiana"
        for index, party in enumerate(parties):
            if party.kind == "country" and (start <= party.span[0] < end
                                            or 0 <= party.span[0] - end <= 1):
                tied, end = True, max(end, party.span[1])  # "cộng đồng người Việt Nam"
                marked.add(index)
        if not tied:
            continue
        town = False  # whether their town is found: the towns listed after it are theirs too
        for index, party in enumerate(parties):
            if party.span[0] < end:
                continue
            if party.via != "place":
                break
            if town:
                if not _listed_after(keys, key, end, party.span[0], lex.joiners):
                    break  # "tại Tokyo và Osaka"
            else:
                venue = venue_ends.get(end_before(key, party.span[0]))
                gap = key[end:venue].lstrip() if venue is not None else None
                if gap is None or (gap and not DIASPORA_GAP.fullmatch(gap)):
                    break
            marked.add(index)
            town, end = True, party.span[1]
    return [dataclasses.replace(p, locator=True) if i in marked else p
            for i, p in enumerate(parties)]
