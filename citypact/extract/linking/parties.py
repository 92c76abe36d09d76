"""Who can be a party of a link: places, organisations, people acting for them, and
unnamed counterparts of a country ("a Vietnamese city")."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import pycountry

from citypact.extract.pipeline import Doc
from citypact.gazetteer.rules import load_wrappers
from citypact.model import Span
from citypact.textnorm import fold

NON_PARTY_ORG_TYPES = frozenset({"media", "programme"})
"""News outlets report, programmes frame a cooperation: neither is
a party of it."""
SUPRANATIONAL = frozenset({"EU"})
"""Unions of states (their organisations carry this code as country) fund and frame city
cooperation; like countries, they are not a party of a link between cities."""


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A span of the text that names (or stands for) a possible party."""

    span: Span
    name: str
    kind: str
    """``city``, ``region``, ``country`` or ``org``."""
    country: str | None
    via: str
    """``place``, ``org``, ``person`` (an official acting for it) or ``demonym``."""
    venue: bool = False
    """Named as where something happens ("signed ... in Ha Long"), not who does it."""
    admin1: str | None = None
    """The first-level subdivision of a place, when known."""
    org_type: str | None = None
    """The type of an organisation (company, university, association ...)."""
    locator: bool = False
    """Says where another party is ("Cethegus Consortium – Latina (Italy)") or where the
    visitors go next ("before travelling on to Rotterdam"), not who acts."""
    home: PartyMention | None = None
    """The town an association's name begins with ("Marlow Twinning Association"): the town
    a twinning told of the association is between."""
    town: PartyMention | None = None
    """The town or region any body's name begins with ("高雄市政府観光局", "Hue Tourism
    Department"): the body's side when "the two cities" name the pair."""

    @property
    def is_local(self) -> bool:
        return self.kind != "country"


def country_name(code: str, doc: Doc) -> str:
    """The canonical name of a country: as the places of the document name it, if they do."""
    for place in doc.places:
        if place.kind == "country" and place.country == code:
            return place.name
    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return code
    return str(getattr(record, "common_name", None) or record.name)


def _unnamed_country(affiliation: str | None, entities: Mapping[str, object]) -> str | None:
    """The code of a country a person acts for that the text does not name as a place (only
    its adjective: "der chinesische Generalkonsul"), if the affiliation is one."""
    if affiliation is None or affiliation in entities:
        return None
    record = pycountry.countries.get(name=affiliation) or pycountry.countries.get(
        common_name=affiliation)
    return None if record is None else str(record.alpha_2)


def _inside(span: Span, spans: Iterable[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def collect_parties(doc: Doc, demonym_spans: list[tuple[Span, str]]) -> list[PartyMention]:
    """Every party mention of the document, in text order.

    A place named inside an organisation's name ("Can Tho University") is the
    organisation, not the place. A person with an affiliation stands for it.
    """
    org_spans = [s for o in doc.organizations for s in o.mentions]
    org_names = [o.name for o in doc.organizations]
    found: list[PartyMention] = []
    for place in doc.places:
        found.extend(PartyMention(span, place.name, place.kind, place.country, "place",
                                  admin1=place.admin1)
                     for span in place.mentions if not _inside(span, org_spans)
                     and not _opens_short_name(doc.text, span, org_names))
    for org in doc.organizations:
        if org.type not in NON_PARTY_ORG_TYPES and org.country not in SUPRANATIONAL:
            found.extend(PartyMention(span, org.name, "org", org.country, "org",
                                      org_type=org.type, home=_home(doc, org.type, span),
                                      town=_named_after(doc, span))
                         for span in org.mentions)
    entities: dict[str, tuple[str, str | None, str | None]] = {
        p.name: (p.kind, p.country, None) for p in doc.places}
    entities.update({o.name: ("org", o.country, o.type) for o in doc.organizations})
    for person in doc.people:
        code = _unnamed_country(person.affiliation, entities)
        # "den chinesischen Generalkonsul Li Wei": China, through its office; a country's
        # citizen with no office ("la etíope Tigist Alemu", a runner) acts for no one
        if code is not None and person.role:
            found.extend(PartyMention(span, person.affiliation or code, "country", code,
                                      "person") for span in person.mentions)
        elif code is None and person.affiliation in entities:
            kind, country, org_type = entities[person.affiliation]
            found.extend(PartyMention(span, person.affiliation, kind, country, "person",
                                      org_type=org_type)
                         for span in person.mentions)
    found.extend(PartyMention(span, country_name(code, doc), "country", code, "demonym")
                 for span, code in demonym_spans)
    return sorted(found, key=lambda p: p.span)


def _opens_short_name(text: str, span: Span, org_names: Iterable[str]) -> bool:
    """The place's name and the next word open the name of an organisation the story names
    in full ("30 Wallace High pupils", after "Wallace High School"): the body's short name,
    no mention of the town."""
    surface = text[span[0]:span[1]]
    for name in org_names:
        rest = name[len(surface):].split() if name.startswith(surface + " ") else []
        if len(rest) >= 2 and re.match(rf"\s+{re.escape(rest[0])}\b", text[span[1]:]):
            return True
    return False


def _named_after(doc: Doc, span: Span) -> PartyMention | None:
    """The town or region whose name opens a body's name, as a party of its own."""
    for place in doc.places:
        for start, end in place.mentions:
            if start == span[0] and end < span[1] and place.kind in ("city", "region"):
                return PartyMention((start, end), place.name, place.kind, place.country,
                                    "place", admin1=place.admin1)
    return None


HOME_TYPES = frozenset({"association"})
"""Bodies named after their town that act for it in its twinnings ("Kendal Town Twinning
Association", "Falun Rotary Club")."""


def _home(doc: Doc, org_type: str | None, span: Span) -> PartyMention | None:
    """The town that an association's name begins with, as a party of its own."""
    if org_type not in HOME_TYPES:
        return None
    for place in doc.places:
        for start, end in place.mentions:
            if start == span[0] and end < span[1] and place.kind == "city":
                return PartyMention((start, end), place.name, place.kind, place.country,
                                    "place", admin1=place.admin1)
    return None


def main_pair(parties: list[PartyMention], filed: frozenset[Span] = frozenset(),
              sentences: Iterable[Span] = (), publisher: str | None = None,
              ) -> tuple[PartyMention, PartyMention] | None:
    """The two local parties of different countries that the article is most about: the
    most often named as actors (a locator or a venue names where, not who). The place of the
    story's dateline (``filed``: its span) counts, since a story is often filed from one of
    its parties; but of places named once, it comes after those the story names in its
    body ("HANOI, Nov 27 (VNA) - The chairman of Quang Nam ... received a delegation from
    Kawasaki": the pair is Quang Nam and Kawasaki). Of two that no one of ``sentences``
    names together, a town's officials count for it too. The town whose own publication the
    text is (``publisher``: "COMUNE DI PISTOIA" on its first line) comes first: its minutes
    and notices list its own partners, though they may name one of them more often."""
    named = [p for p in parties if p.is_local and p.via in ("place", "org") and p.country]
    counts = Counter(p.name for p in named if not (p.locator or p.venue))
    pair = _ranked_pair(named, counts, parties, filed, publisher)
    if pair is not None and sentences and not _named_together(pair, named, sentences):
        # Two parties never named in one sentence are no pair when a town's own officials
        # name it as an actor too ("The Lord Mayor, Cr Sarah Lyons, will lead a delegation to
        # Yaizu", in council news whose items each pair its city with one partner): count
        # them, for a town or region the story names as an actor more than once (not a
        # heading's town whose council's members minutes list).
        counts.update([p.name for p in parties if p.is_local and p.via == "person"
                       and p.country and p.kind != "org" and counts[p.name] > 1])
        pair = _ranked_pair(named, counts, parties, filed, publisher)
    return pair


def _named_together(pair: tuple[PartyMention, PartyMention], named: list[PartyMention],
                    sentences: Iterable[Span]) -> bool:
    """Whether one sentence names both parties of a pair."""
    names = {pair[0].name, pair[1].name}
    return any(names <= {p.name for p in named if start <= p.span[0] < end}
               for start, end in sentences)


def _ranked_pair(named: list[PartyMention], counts: Counter[str], parties: list[PartyMention],
                 filed: frozenset[Span], publisher: str | None = None,
                 ) -> tuple[PartyMention, PartyMention] | None:
    """The two most often named parties of different countries (see ``main_pair``)."""
    first = {p.name: p for p in reversed(named)}
    # of two named once, a city yields to the region it lies in: "FLORIANÓPOLIS – A missão
    # do Governo de Santa Catarina" is the state's, filed from its capital; not a city whose
    # own official is named ("il sindaco di Jingdezhen ..., nella provincia del Jiangxi");
    # nor the city named after its province ("CEBU CITY ... -- The Cebu Provincial
    # Government"), which a Philippine province's second-level rank hides from admin1
    regions = {fold(p.name) for p in named if p.kind == "region"}
    seats = {p.name for p in parties if p.is_local and p.via == "person"}
    # the dateline's town, named nowhere else, yields to the region it lies in that the story
    # names only as where the visitors stayed ("BORDEAUX – Une délégation ... a séjourné ...
    # en Nouvelle-Aquitaine": the Région hosts them)
    for name in [n for n in counts if counts[n] == 1 and first[n].span in filed
                 and first[n].kind == "city" and n not in seats]:
        region = next((p for p in named if p.kind == "region" and p.name not in counts
                       and fold(p.name) == fold(first[name].admin1 or "")), None)
        if region is not None:
            del counts[name]
            counts[region.name] = 1
    ranked = sorted(counts, key=lambda n: (
        n != publisher, -counts[n], counts[n] == 1 and first[n].span in filed,
        counts[n] == 1 and first[n].kind == "city" and n not in seats
        and (fold(first[n].admin1 or "") in regions
             or fold(n).removesuffix(" city") in regions), first[n].span[0]))
    if not ranked:
        return None
    top = first[ranked[0]]
    for name in ranked[1:]:
        if first[name].country != top.country:
            return top, first[name]
    return None


def firm_pair(pair: tuple[PartyMention, PartyMention] | None, parties: list[PartyMention],
              sentences: Iterable[Span]) -> bool:
    """Whether the story's pair is named in one of ``sentences`` (the caller's: those with a
    cue, so that two clubs' towns named in a match report's lead are no pair), or each party
    more than once: enough to lend a party to a sentence that names the other only (a club's
    transfer from Rotterdam and a friendly against Lille, each told once and apart, make no
    pair)."""
    if pair is None:
        return False
    named = _story_parties(parties)
    counts = Counter(p.name for p in named)
    if min(counts[pair[0].name], counts[pair[1].name]) > 1:
        return True
    names = {pair[0].name, pair[1].name}
    return any(names <= {p.name for p in named if start <= p.span[0] < end}
               for start, end in sentences)


def _story_parties(parties: list[PartyMention]) -> list[PartyMention]:
    return [p for p in parties if p.is_local and p.via in ("place", "org") and p.country
            and not p.locator]


LOCATOR_DASHES = ("-", "–", "—")


def mark_locators(text: str, parties: list[PartyMention]) -> list[PartyMention]:
    """Flag places that locate the party before them rather than act themselves.

    A place in parentheses right after a name ("Latina (Italy)", "(Rome, Italy)"), a
    place in parentheses, a place after a dash or a venue word that follows an
    organisation ("Consortium – Latina", "OMS in Colleferro") and a place that owns
    the organisation or the district after it ("Binh Duong's Becamex", "Hanoi's Tay Ho
    District"), the region or country after a
    comma ("Pittsburgh, Pennsylvania"), a place before "-based" ("a Munich-based firm") and
    a place a distance is measured from ("75 kilometers northeast of Seoul") say where that
    party is, as does a government body in parentheses ("Die Gemeinde Much
    (Rhein-Sieg-Kreis)"); an
    organisation of unknown country takes the country of the place that locates it.
    """
    marked: list[PartyMention] = []
    located: dict[str, str] = {}
    for index, party in enumerate(parties):
        # a demonym between names no party that a place could locate ("Xi'an, capital da
        # província chinesa de Shaanxi")
        previous = next((p for p in reversed(parties[:index]) if p.via != "demonym"), None)
        following = parties[index + 1] if index + 1 < len(parties) else None
        owner = None
        if party.via == "place" and previous is not None and _locates(text, party, previous):
            owner = previous
        elif (party.via == "place" and previous is not None and previous.kind == "country"
              and POSSESSIVE_GAP.fullmatch(text, previous.span[1], party.span[0]) is not None
              and (held := _before_owner(parties, previous)) is not None
              and _locates(text, party, held)):
            owner = held  # "Jinan in China's Shandong Province"
        elif (party.via == "place" and following is not None and following.kind == "org"
              and POSSESSIVE.fullmatch(text[party.span[1]:following.span[0]]) is not None):
            owner = following
        elif (party.via == "place" and following is not None and following.via == "place"
              and following.admin1 is not None and fold(following.admin1) == fold(party.name)
              and POSSESSIVE_GAP.fullmatch(text, party.span[1], following.span[0]) is not None):
            owner = following  # "Hanoi's Tay Ho District": the city of the district
        between_ends = party.via == "place" and previous is not None and (
            DESCRIBED_BETWEEN.fullmatch(text, previous.span[1], party.span[0]) is not None
            or (bool(marked) and marked[-1].locator
                and AND_GAP.fullmatch(text, previous.span[1], party.span[0]) is not None
                and DESCRIBED_BETWEEN.fullmatch(
                    text, _before_locator(marked, previous), previous.span[0]) is not None))
        is_locator = owner is not None or between_ends or (party.via == "place" and (
            _in_parentheses(text, party.span) or BASED.match(text, party.span[1]) is not None
            or PARTY_INITIAL.search(text, max(0, party.span[0] - 3), party.span[0]) is not None
            or DISTANCE.search(text, max(0, party.span[0] - DISTANCE_REACH),
                               party.span[0]) is not None)
        ) or (party.org_type == "government" and _in_parentheses(text, party.span))
        if owner is not None and owner.kind == "org" and party.country:
            located.setdefault(owner.name, party.country)
        marked.append(dataclasses.replace(party, locator=True) if is_locator else party)
    return [dataclasses.replace(p, country=located[p.name])
            if p.kind == "org" and p.country is None and p.name in located else p
            for p in marked]


PARTY_INITIAL = re.compile(r"(?<!\w)[A-Z]-\Z")
"""A party's initial and its hyphen before a place: the home of the legislator named before
("Sen. Dale Ruhl, R-Spencer, said ..."), no party."""
DESCRIBED_BETWEEN = re.compile(
    r"\s*,\s*an?\s+(?-i:[a-z])(?:[^,;:()]|(?<=\d),(?=\d))*?\bbetween\s+", re.IGNORECASE)
"""After a town, an apposition that places it between two others ("Nishinomiya, a city of
about 480,000 between Osaka and Kobe"): they locate it, and are no parties."""
AND_GAP = re.compile(r"\s+and\s+")


def _before_locator(marked: list[PartyMention], previous: PartyMention) -> int:
    """The end of the party named before ``previous`` (the town an apposition describes)."""
    before = [p for p in marked if p.span[1] <= previous.span[0]]
    return before[-1].span[1] if before else previous.span[0]


BASED = re.compile(r"[-‑–](?:based|born|headquartered)\b")
"""After a place that says where a company or body is, or where someone comes from: "a
Munich-based firm", "a Hanoi-born director"."""
DISTANCE = re.compile(
    r"\d[\d.,]*[\s-]*(?:km|kilomet(?:er|re)s?|miles?|chilometri|kilomètres|kilómetros"
    r"|quilômetros|Kilometer[n]?|minutes?|hours?)(?:\s+[\w-]+){0,2}?"
    r"\s+(?:of|from|outside|di|da|dal|dalla|de|du|des|del|von|vom|nördlich|südlich|từ|cách)"
    r"\s+(?:the\s+)?$"
    # a direction with no distance: "Paju, a city of about 500,000 north of Seoul"
    r"|\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a place that measures how far the party is from it, or says which way: "Chuncheon,
about 75 kilometers northeast of Seoul", "a 40-minute drive from Hanoi", "a 30 km da Torino",
"a city of about 500,000 north of Seoul"."""
DISTANCE_REACH = 60
POSSESSIVE_GAP = re.compile(r"['’](?:s|n?[ıiuü]n)\s+")
"""Between a country and the region it owns: "China's Shandong", and the Turkish genitive
("Muğla'nın Bodrum", "İzmir'in Karşıyaka": the province of the district)."""
VENUE_REACH = 6
"""Characters between an organisation and the venue word and place that locate it
("OMS in Colleferro")."""
POSSESSIVE = re.compile(r"['’]s\s+|\s+(?:dell['’]\s*|della\s+|dello\s+|del\s+|of\s+the\s+)")
"""Between a place and an organisation it locates: "Binh Duong's Becamex", "la sede di Roma
dell'Agenzia ICE"."""
DATELINE = re.compile(
    r"(?:,\s*(?:(?:[A-Z][\w.]{1,12}|[A-Z]\w{1,20}\.(?i:com|co\.id|id|net))"
    r"(?:\s+[A-Z][\w.]{1,5})?(?:\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))?"
    r"(?:,\s*\d{1,2}\.?\s+(?:de\s+)?[^\W\d]+\.?(?:\s+(?:de\s+)?\d{4})?)?"
    # a hyphen glued to the place and to a lower-case word is no dash: it makes a romanised
    # Korean county's or city's name ("Hadong-gun signed ...", "Geoje-si")
    r"\s*(?:\([^()]{1,30}\))?\s*\.?(?:-(?![a-z])|(?<=\s)-|[–—:])")
"""After the place that opens a news item: "Paris (VNA) –", "HANOI -", "SPRINGFIELD, Ill. —",
"HANGZHOU, May 16 (Xinhua) --", "OTSU, Shiga Pref. –", a press release's "Nyeri, 3/3/2026 –",
a news site's domain ("SURABAYA, TRIBUNJATIM.COM -"),
"PAMPLONA, 14 de marzo de 2024 –", "MORELIA, Michoacán, 3 de octubre de 2024.-"; not
"Hadong-gun"."""
AGENCY_DATELINE = re.compile(r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([A-Z]{2,8}\)[ \t]+(?=[A-Z])")
"""After the place that opens an Indian wire's item, whose agency's tag ends the dateline with
no dash: "New Delhi, Feb 4 (PTI) Kerala ...", "Mumbai, Jan 3 (IANS) The ..."."""
CAPITAL_DATELINE = re.compile(r"(?:\s*\([^()]{1,30}\))?\.\s")
"""After a place in capitals that opens a news item, German style: "POTSDAM. ",
"HALLE (SAALE). "."""


CAPITAL_LINE = re.compile(r"[ \t]*\n")
"""After a place in capitals alone on its line, Indian papers' dateline: "COIMBATORE"."""


def _dateline_after(text: str, span: Span) -> bool:
    """Whether a dateline's punctuation follows the place at ``span``, or the place is a
    line of its own in capitals."""
    return DATELINE.match(text, span[1]) is not None or (
        AGENCY_DATELINE.match(text, span[1]) is not None) or (
        text[span[0]:span[1]].isupper() and (
            CAPITAL_DATELINE.match(text, span[1]) is not None
            or (CAPITAL_LINE.match(text, span[1]) is not None
                and _opens_line(text, span[0]))))


def _opens_line(text: str, start: int) -> bool:
    """Only spaces stand between the start of its line and ``start``."""
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start == 0 or text[start - 1] == "\n"


def dateline_place(text: str, places: Iterable[tuple[Span, str]],
                   sentences: Iterable[Span]) -> str | None:
    """The place a news item is filed from ("SPRINGFIELD, Ill. — ..."), if it says."""
    starts = {start for start, _ in sentences}
    for span, name in sorted(places):
        if _opens(text, span[0], starts) and _dateline_after(text, span):
            return name
    return None


def mark_datelines(text: str, parties: list[PartyMention], sentences: Iterable[Span],
                   acting: frozenset[int] = frozenset()) -> list[PartyMention]:
    """Flag the place of a dateline: where the story was filed, not a party; unless the
    town's own body, unnamed, opens the story right after it (``acting``: where such a
    phrase starts): "COLMAR – Le conseil municipal a approuvé ..." is Colmar's council."""
    starts = {start for start, _ in sentences}
    return [dataclasses.replace(p, locator=True)
            if p.via == "place" and _opens(text, p.span[0], starts)
            and _dateline_after(text, p.span) and _after_dateline(text, p.span) not in acting
            else p
            for p in parties]


def _after_dateline(text: str, span: Span) -> int:
    """Where the story starts after the dateline at ``span`` and its punctuation."""
    match = (DATELINE.match(text, span[1]) or AGENCY_DATELINE.match(text, span[1])
             or CAPITAL_DATELINE.match(text, span[1]))
    end = match.end() if match is not None else span[1]
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


AGENCY_TAG = re.compile(r"(?:\([A-Z][\w .]{1,14}\)[\s–—-]*|\b[A-Z]{2,8}[ \t]*[–—-][ \t]*)$")
"""A news agency's tag before the place of its dateline: "(ANSA) - BARI, 12 MAR -", a
regional agency's "ARC – Trieste, 14 mar –"."""


def _opens(text: str, start: int, sentence_starts: set[int]) -> bool:
    """The mention opens its sentence (a leading dash or quote, or an agency's tag, aside)."""
    before = start
    while before > 0 and text[before - 1] in " \t\"“–-":
        before -= 1
    tag = AGENCY_TAG.search(text, max(0, start - 24), start)
    return before in sentence_starts or (tag is not None and tag.start() in sentence_starts)


PARENTHESIS_REACH = 40
"""Characters from a parenthesis to a place it holds: "(Rome, Italy)", "(Baden Wurttemberg,
Germany)"."""


def _before_owner(parties: list[PartyMention], country: PartyMention) -> PartyMention | None:
    """The party named right before a country that owns the next place ("Jinan" of "Jinan in
    China's Shandong")."""
    return next((p for p in reversed(parties) if p.span[1] <= country.span[0]), None)


def _in_parentheses(text: str, span: Span) -> bool:
    """The mention is inside a short parenthesis: "(Italy)", "(Rome, Italy)"."""
    before = text[max(0, span[0] - PARENTHESIS_REACH):span[0]]
    after = text[span[1]:span[1] + PARENTHESIS_REACH]
    opened = before.rfind("(")
    return (opened >= 0 and ")" not in before[opened:] and ")" in after
            and "(" not in after[:after.find(")")])


def _in_parentheses_after(text: str, name_end: int, start: int) -> bool:
    """``start`` is inside a parenthesis opened right after the name ending at ``name_end``."""
    between = text[name_end:start]
    opened = between.lstrip()
    if not opened.startswith("(") or ")" in opened:
        return False
    return all(ch.isalnum() or ch in " ,.-'’()" for ch in opened[1:])


KIND_RANK = {"city": 0, "region": 1, "country": 2}


LOCATIVE = (r"(?:en|in|au|aux|dans|em|na|no|nas|nos|nel|nella|nello|nei|negli|nelle|im|"
            r"in\s+der|in\s+den|en\s+el|en\s+la|en\s+los)")
"""A preposition of place after the comma: "Mérida, en Yucatán", "Kalisz, in Polen"."""
ELIDED_LOCATIVE = r"(?:nell|dans\s+l)['’]\s*"
"""The same with its article elided before a vowel: "Guelph, nell'Ontario"."""
COMPASS_OF = (r"(?:(?:le|la|el|the|il|o|a)\s+)?(?:north|south|east|west|centre|center|nord|"
              r"sud|est|ouest|norte|sur|este|oeste|centro|ovest)(?:[- ]?(?:west|east|ouest|"
              r"est|oeste|este|ovest))?\s+(?:of\s+the|of|de\s+l['’]|de\s+la|de\s+los|de\s+las|"
              r"du|des|del|della|dell['’]|do|da|de)\s*")
"""After the preposition, a part of the holder: "Wigan, dans le nord-ouest de l'Angleterre",
"Tarija, en el sur de Bolivia"."""


WARD_CITY_WORDS = ("thủ đô", "thành phố", "TP.", "TP")
"""After the comma that follows a ward or district, the word of the city that holds it."""


@cache
def _apposition() -> re.Pattern[str]:
    """Between a place and the one that holds it: ", " or a capitalised wrapper and a comma
    (" City, "), a preposition of place ("Mérida, en Yucatán"), and the region's own wrapper
    after the comma ("Gimje, tỉnh Jeollabuk", "Orange, département de Vaucluse"; the region
    wrappers of ``wrappers.toml``, in English also after an article and a nationality:
    "Irapuato, in the Mexican state of Guanajuato"), or the city's word of a ward's city
    ("quận Sumida, thủ đô Tokyo", "quận Cầu Giấy, thành phố Hà Nội")."""
    words = sorted([*load_wrappers().before["region"], *WARD_CITY_WORDS], key=len, reverse=True)
    wrapper = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?:\s+[A-Z][a-z]+)?\s*,\s*(?:(?:{LOCATIVE}\s+|{ELIDED_LOCATIVE})"
                      rf"(?:{COMPASS_OF})?)?"
                      rf"(?:(?:the\s+[A-Z][a-z]+\s+)?(?i:{wrapper})\s*)?")



IN_HOLDER = re.compile(r"(?:\s+(?i:city|town))?"  # "Uji City in Kyoto Prefecture"
                       r"\s+(?:in\s+der|in\s+den|in|nel|nella|nello|en|dans|im|tại|ở|em|no|na"
                       r"|της|του|στην|στη|στο|i)"
                       # a country of one or two words that owns the region ("South Korea's")
                       r"\s+(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+)?")
"""Between a town and the region or country that holds it: "Takatsuki in Osaka Prefecture",
"Uji City in Kyoto Prefecture", "Jinan in China's Shandong Province", "Gyeongju city in South
Korea's North Gyeongsang Province", "Concarneau in der
Bretagne", Greek "το Ηράκλειο της Κρήτης" (the genitive of the region), "στη Λεμεσό στην Κύπρο",
Scandinavian "Borlänge i Sverige"."""
COMMA_IN_OWNED = re.compile(r"(?:\s+(?i:city|town))?\s*,\s+in\s+"
                            r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?['’]s\s+")
"""Between a town and the region its country owns, set off by a comma: "Fuzhou, in China's
Fujian province" (the apposition of a comma reads the rest)."""
BODY_OF_HOLDER = re.compile(r"\s+(?:[a-z]+(?:['’]s)?\s+){0,2}(?:government|administration)\s+of"
                            r"\s+(?:the\s+)?")
"""Between a town and the region that holds it, the town's own body and its "of": "the Zhuhai
municipal government of Guangdong"."""
OF_HOLDER = re.compile(r"(?:\s+(?i:city|town|municipality))?\s+of\s+(?:the\s+)?")
"""Between a town and the region or country that holds it, joined by "of" as Asian wires
write it: "Kashgar city of the Xinjiang Uygur Autonomous Region", "Lijiang of Yunnan
province" (the holder is checked, so "Mayor of Osh" and a partner "of" no holder are kept)."""
DESCRIBED_IN = re.compile(
    r"\s*,\s*(?:an?|una?|une|uno|eine?|um|uma)\s+(?-i:[^\W\d_A-Z])"
    r"(?:[^,;:()\n]|(?<=\d)[,.](?=\d))*?\s"
    rf"(?:dans\s+l[ae]|{LOCATIVE})\s+"
    r"(?:the\s+)?(?:(?-i:[a-z]+(?:-[a-z]+)?)\s+)?"
    r"(?:[A-Z][\w.]*['’]s\s+)?", re.IGNORECASE)
"""After a town, an apposition that describes it and places it in what holds it:
"Kitakata, a town of 45,000 in Fukushima Prefecture", "Kitakata, a city in northern Japan's
Fukushima Prefecture", "Gubbio, una città di 30.000 abitanti in Umbria"."""
CAPITAL_OF = re.compile(
    r"\s*,\s*(?:the\s+|la\s+|a\s+|el\s+|die\s+|il\s+)?"
    r"(?:capital|capitale|capoluogo|Hauptstadt|chef-lieu|thủ phủ|thủ đô|tỉnh lỵ)"
    r"(?:\s+(?:of\s+the|of|do|da|dos|das|de\s+la|del|della|dello|delle|di|du|des|de|von|"
    r"der|của))?\s+"
    # the region's word, and its adjective: "capital da província chinesa de Shaanxi"
    r"(?:(?:province|provincia|província|region|regione|região|región|state|stato|"
    r"estado|prefecture|prefettura|prefeitura|tỉnh|departamento|département|department|"
    r"dipartimento)\s+(?:[^\W\d_]+\s+)?"
    # with the article of a region's name: "del departamento francés de los Altos Pirineos";
    # or none, the Venezuelan way: "capital del estado Carabobo"
    r"(?:(?:of|di|de|do|da|del|della|du|des)\s+(?:(?:los|las|la|le|les|the)\s+|l['’])?)?)?"
    # the country that owns the region: "the capital of China's Shanxi province"
    r"(?:[A-Z][\w.]*['’]s\s+)?", re.IGNORECASE)
"""Between a city and the region or country it is the capital of: "Natal, capital do Rio
Grande do Norte", "Firenze, capoluogo della Toscana", "Xi'an, capital da província chinesa
de Shaanxi", "Taiyuan, the capital of China's Shanxi province", "Valencia, capital del estado
Carabobo"."""


def _locates(text: str, place: PartyMention, previous: PartyMention) -> bool:
    """Whether a place says where the party named just before it is."""
    if _in_parentheses_after(text, previous.span[1], place.span[0]):
        return True
    if previous.kind == "org":
        return _after_dash(text, previous.span[1], place.span[0]) or (
            place.venue and place.span[0] <= previous.span[1] + VENUE_REACH) or (
            place.kind == "country" and ORG_COUNTRY.fullmatch(text, previous.span[1],
                                                              place.span[0]) is not None
            and ORG_COUNTRY_END.match(text, place.span[1]) is not None)
    return previous.via == "place" and _apposed(text, previous, place)


def _apposed(text: str, inner: PartyMention, outer: PartyMention) -> bool:
    """"Pittsburgh, Pennsylvania, USA", "Edogawa, Tokyo", "Saitama City, Saitama
    Prefecture", "Natal, capital do Rio Grande do Norte": after a comma, the region or
    country that holds the place before it locates that place."""
    if inner.country != outer.country:
        return False
    if (IN_HOLDER.fullmatch(text, inner.span[1], outer.span[0]) is not None
            or DESCRIBED_IN.fullmatch(text, inner.span[1], outer.span[0]) is not None
            or BODY_OF_HOLDER.fullmatch(text, inner.span[1], outer.span[0]) is not None
            or OF_HOLDER.fullmatch(text, inner.span[1], outer.span[0]) is not None):
        # "Takatsuki in Osaka Prefecture", "Suwon in South Korea": a town in what holds it
        return _holds(inner, outer)
    if COMMA_IN_OWNED.fullmatch(text, inner.span[1], outer.span[0]) is not None and _holds(
            inner, outer):
        return True
    if CAPITAL_OF.fullmatch(text, inner.span[1], outer.span[0]) is not None and (
            outer.kind in ("region", "country")):
        return inner.kind == "city"
    if _apposition().fullmatch(text, inner.span[1], outer.span[0]) is None:
        return False
    if outer.kind == "country":
        return True
    if outer.kind == "region":
        # a county of a state ("Johnson County, Kansas"): the state only says which county
        return KIND_RANK.get(inner.kind, 0) < 1 or _second_level_of(inner, outer)
    return inner.admin1 is not None and inner.admin1 == outer.name


def _holds(inner: PartyMention, outer: PartyMention) -> bool:
    """Whether a town lies in a country or in the first-level region named after it, or
    may lie in a region within that one ("Paray-le-Monial in Burgundy", a former region)."""
    return inner.kind == "city" and (outer.kind == "country" or (
        outer.kind == "region" and inner.admin1 is not None
        and (fold(inner.admin1) in fold(outer.name) or fold(outer.name) in fold(inner.admin1)
             or (outer.admin1 is not None and fold(outer.admin1) == fold(inner.admin1)))))


def _second_level_of(inner: PartyMention, outer: PartyMention) -> bool:
    """Whether a region lies in the first-level region named after it, another region."""
    return inner.kind == "region" and inner.admin1 is not None \
        and fold(inner.admin1) == fold(outer.name) \
        and fold(inner.name) != fold(outer.name)


ORG_COUNTRY = re.compile(r"\s*,\s*")
ORG_COUNTRY_END = re.compile(r"\s*(?:[,.;)]|$)")
"""Around a country set off by commas after an organisation, which it locates: "signed an
MoU with Deakin University, Australia, for joint research" (a list goes on with "and")."""


def _after_dash(text: str, name_end: int, start: int) -> bool:
    return text[name_end:start].strip() in LOCATOR_DASHES
