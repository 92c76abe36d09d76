"""The towns a story is told from and about, named without their names: the bodies of the
dateline's and the masthead's town, "the city" for the one town named before, a town's new
name, the story's delegation, and the countries the story is told from."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence

from citypact.extract.linking.cues import KeyCache
from citypact.extract.linking.lexicons import LanguageLexicons, load_demonyms
from citypact.extract.linking.parties import PartyMention
from citypact.extract.linking.regions import start_after
from citypact.extract.linking.venues import LIST_WORD, article_start
from citypact.extract.matchers.lexicon import LexiconHit
from citypact.extract.pipeline import Doc
from citypact.extract.rules import home_countries
from citypact.model import Place
from citypact.textnorm import fold

ONE_TOWN_KINDS = {"the_city": "city", "the_region": "region"}
"""The label of a definite noun of one town or one region, and the kind of place it means."""


def one_town_hits(hits: Iterable[LexiconHit], lex: LanguageLexicons,
                  keys: KeyCache) -> list[LexiconHit]:
    """The reference hits, a town's noun after a region that is a word of one town too
    (English "city", "town") labelled ``the_city``: the lexicon gives a word one label."""
    key = keys.get(lex.keep_accents)
    return [dataclasses.replace(h, label="the_city")
            if h.label == "region_city" and key[h.span[0]:h.span[1]] in lex.one_town_words
            else h for h in hits]


def bodies_of_the_masthead_town(parties: list[PartyMention], town: PartyMention | None,
                                lex: LanguageLexicons, keys: KeyCache) -> list[PartyMention]:
    """A town's own publication names its town on its first line ("Amtsblatt der Großen
    Kreisstadt Zittau"): its own body, unnamed, stands for that town wherever the text names
    it ("Der Stadtrat hat der Kooperationsvereinbarung mit ... zugestimmt"), as a party of
    its sentence; not a body named with another town ("Der Bürgermeister von Bogatynia").
    Its own publication's "the city's" is that town's too ("notes the city's existing
    twinning links with Kleve"). ``town``: the masthead's town (``masthead_town``)."""
    if town is None:
        return parties
    parties = _unplaced_bodies_of_the_town(parties, town)
    hits = keys.hits(lex.references, lex.keep_accents)
    text = keys.text
    first = text.find("\n", len(text) - len(text.lstrip()))
    first = len(text) if first < 0 else first
    key = keys.get(lex.keep_accents)
    bodies = [PartyMention(h.span, town.name, town.kind, town.country, "place",
                           admin1=town.admin1)
              for h in hits if h.label in ("own_body", "masthead_own") and h.span[0] > first
              and OF_AFTER.match(key, h.span[1]) is None
              and not any(p.span[0] < h.span[1] and h.span[0] < p.span[1] for p in parties)]
    return sorted([*parties, *bodies], key=lambda p: p.span) if bodies else parties


def _unplaced_bodies_of_the_town(parties: list[PartyMention],
                                 town: PartyMention) -> list[PartyMention]:
    """A government body named by no place nor country in a town's own publication
    ("NASHIK MUNICIPAL CORPORATION ... The Standing Committee hereby approves the draft MoU
    ... with Kofu City") is that town's own, and so is its officials' ("The Standing
    Committee Chairman Shri Rajendra Bhaskar Shinde stated ..."): the town acts through it,
    no partner of it."""
    return [dataclasses.replace(town, span=p.span, via=p.via)
            if p.kind == "org" and p.via in ("org", "person") and p.org_type == "government"
            and p.country is None and p.town is None and p.home is None else p
            for p in parties]


def masthead_town(parties: list[PartyMention], lex: LanguageLexicons,
                  keys: KeyCache, places: Sequence[Place] = ()) -> PartyMention | None:
    """The town whose own publication the text is, named after its masthead's words on the
    first line ("COMUNE DI PISTOIA", "Amtsblatt der Großen Kreisstadt Zittau"), or None. A
    town of ``places`` named there inside its body's name ("COMITATO GEMELLAGGI
    MONTEBELLUNA", read as one organisation) counts: the body is the town's own."""
    text = keys.text
    first = text.find("\n", len(text) - len(text.lstrip()))
    first = len(text) if first < 0 else first
    masthead = next((h.span[1] for h in keys.hits(lex.references, lex.keep_accents)
                     if h.label == "masthead" and not text[:h.span[0]].strip()), None)
    if masthead is None:
        return _town_before_its_body(parties, lex, keys, first)
    # (a masthead's words may be read inside the town's name: "CITY OF GOLD COAST")
    named = next((p for p in parties if p.via == "place" and p.kind == "city"
                  and masthead < p.span[1] <= first
                  and MASTHEAD_END.match(text, p.span[1]) is not None), None)
    return named if named is not None else next(
        (PartyMention((start, end), place.name, place.kind, place.country, "place",
                      admin1=place.admin1)
         for place in places if place.kind == "city"
         for start, end in place.mentions if masthead <= start and end <= first
         and MASTHEAD_END.match(text, end) is not None), None)


MASTHEAD_END = re.compile(r"[ \t]*(?:$|[,|:(\u2013\u2014-]|\n)", re.M)
"""What may follow the town of a masthead on its line: nothing, or a separator before the
publication's own words ("City of Hobart | News", "CITY OF LAWRENCE, KANSAS"); a verb
makes the line a headline ("City of Newcastle has signed ...")."""


def _town_before_its_body(parties: list[PartyMention], lex: LanguageLexicons,
                          keys: KeyCache, first: int) -> PartyMention | None:
    """The town that opens a first line closed by its own body's name ("DUNDEE CITY COUNCIL",
    "Worcester City Council"): the masthead of that body's report or minutes."""
    text = keys.text
    opening = len(text) - len(text.lstrip())
    town = next((p for p in parties if p.via == "place" and p.kind == "city"
                 and p.span[0] == opening and p.span[1] <= first), None)
    if town is None:
        return None
    body = next((h for h in keys.hits(lex.references, lex.keep_accents)
                 if h.label == "masthead_after" and h.span[0] > town.span[0]
                 and not text[town.span[1]:h.span[0]].strip()), None)
    return town if body is not None and MASTHEAD_END.match(text, body.span[1]) else None


RENAMED_GAP = re.compile(r"\W*(?:cũ\W*)?")
"""Between a place's old name and the words of its new one: brackets, a comma, the old
name's tag ("tỉnh Đắk Nông (cũ), nay là tỉnh Lâm Đồng")."""


NEW_NAME_GAP = 12
"""Most characters between the words of a new name and the place ("nay là TP Huế")."""


def renamed_places(parties: list[PartyMention], lex: LanguageLexicons,
                   keys: KeyCache) -> list[PartyMention]:
    """A place told by its old name before its new one ("tỉnh Thừa Thiên Huế (nay là TP
    Huế)"): the one place, under the name it has now."""
    text = keys.text
    starts = {h.span[0]: h.span[1] for h in keys.hits(lex.references, lex.keep_accents)
              if h.label == "renamed"}
    result = list(parties)
    for index, party in enumerate(parties):
        gap = RENAMED_GAP.match(text, party.span[1])
        end = starts.get(gap.end()) if party.via == "place" and gap is not None else None
        if end is None:
            continue
        new = next((p for p in parties[index + 1:] if p.via == "place"
                    and 0 <= p.span[0] - end <= NEW_NAME_GAP
                    and len(text[end:p.span[0]].split()) <= 1), None)
        if new is not None:
            result[index] = dataclasses.replace(party, name=new.name, kind=new.kind,
                                                country=new.country, admin1=new.admin1)
    return result


def one_town_named_before(parties: list[PartyMention], lex: LanguageLexicons,
                          keys: KeyCache, places: Sequence[Place] = ()) -> list[PartyMention]:
    """A country's adjective after a definite noun of one town ("il gemellaggio tra Ravenna
    e la città francese", after a sentence naming Chartres), or between a definite article and
    that noun ("the French city"), is the last town of that country of the noun's kind named
    before it, not the country; unless a town follows it and names it ("la città francese di
    Chartres"), or none was named (then it is an unnamed town). A town named inside a body's
    name counts ("studenti del Lycée Marceau di Chartres")."""
    hits = one_town_hits(keys.hits(lex.references, lex.keep_accents), lex, keys)
    nouns = [(hit.span, ONE_TOWN_KINDS[hit.label]) for hit in hits
             if hit.label in ONE_TOWN_KINDS]
    articles = [hit.span[1] for hit in hits if hit.label == "definite"]
    text = keys.text
    result = list(parties)
    for index, party in enumerate(parties):
        start, end = party.span
        # "la città francese"; "the French city", the article before the adjective
        # (not after a comma: "Shandong Province, China" names the province's country)
        noun = next((kind for (s, e), kind in nouns if party.via == "demonym" and (
            (0 <= start - e <= 2 and not text[e:start].strip()) or (0 <= s - end <= 2
                                    and any(0 <= start - a <= 2 for a in articles)))), None)
        following = parties[index + 1] if index + 1 < len(parties) else None
        if noun is None or (following is not None and following.is_local
                            and len(text[party.span[1]:following.span[0]].split()) <= 1):
            continue
        named = next((p for p in reversed(parties[:index]) if p.via == "place"
                      and p.kind == noun and p.country == party.country), None)
        inside = max(((m, place) for place in places for m in place.mentions
                      if m[1] <= start and place.kind == noun
                      and place.country == party.country), default=None,
                     key=lambda found: found[0])
        if inside is not None and (named is None or inside[0][0] > named.span[0]):
            town = inside[1]
            named = PartyMention(party.span, town.name, town.kind, town.country, "place",
                                 admin1=town.admin1)
        if named is not None:
            result[index] = dataclasses.replace(named, span=party.span)
    return result


THE_DELEGATION = "the_delegation"
"""The label of a definite noun of the delegation a story is about ("la delegazione")."""


def delegation_of_the_story(parties: list[PartyMention],
                            main: tuple[PartyMention, PartyMention] | None,
                            lex: LanguageLexicons, keys: KeyCache,
                            doc: Doc) -> list[PartyMention]:
    """A country's adjective after the definite noun of the delegation ("La delegazione
    vietnamita ... proseguirà la visita a Lecce"), or between the article and the noun ("The
    Japanese delegation also visited Heidelberger Druckmaschinen"), is the party of that
    country that the story is about (the province that signed), not the country; not in a
    tour of countries that names no town or body ("the visit to Italy and Germany by the
    Vietnamese delegation"). A delegation the text calls its state's ("an Uzbek government
    delegation ... The Uzbek delegation will visit Lahore") is no party: the state acts
    through the officials and bodies the text names."""
    if main is None:
        return parties
    hits = keys.hits(lex.references, lex.keep_accents)
    ends = {hit.span[1] for hit in hits if hit.label == THE_DELEGATION}
    articles = [hit.span[1] for hit in hits if hit.label == "definite"]
    key = keys.get(False)
    national = _national_delegations(parties, key, lex)
    result = []
    for party in parties:
        side = next((m for m in main if m.country == party.country), None)
        noun = LIST_WORD.match(key, start_after(key, party.span[1]))
        delegation = party.via == "demonym" and (
            any(0 <= party.span[0] - end <= 2 for end in ends) or (
                noun is not None and noun.group() in lex.delegation_nouns
                and (article_start(key, party.span[0]) < party.span[0]
                     or any(0 <= party.span[0] - a <= 2 for a in articles)
                     or _opens_sentence(doc, party.span[0]))
                and _meets_others(party, parties, doc)))
        if delegation and party.country in national:
            continue  # the state's own delegation: no town's, and no unnamed party of it
        if delegation and side is not None:
            party = dataclasses.replace(side, span=party.span, venue=False, locator=False)
        result.append(party)
    return result


def _national_delegations(parties: list[PartyMention], key: str,
                          lex: LanguageLexicons) -> frozenset[str]:
    """The countries whose delegation the text calls their state's ("an Uzbek government
    delegation led by Deputy Prime Minister ..."): their delegation is no town's."""
    found = set()
    for party in parties:
        word = LIST_WORD.match(key, start_after(key, party.span[1]))
        if party.via == "demonym" and party.country and word is not None \
                and word.group() in lex.national_words:
            found.add(party.country)
    return frozenset(found)


def _opens_sentence(doc: Doc, start: int) -> bool:
    """Whether a word opens its sentence: the subject "Vietnamese guests visited ..." (or
    "Вьетнамские гости посетили ...", in a language of no articles) is the guests told."""
    span = doc.sentence_at(start)
    return span is not None and not doc.text[span[0]:start].strip()


def _meets_others(party: PartyMention, parties: list[PartyMention], doc: Doc) -> bool:
    """Whether the sentence of a delegation named by its country's adjective names a town,
    a region or a body of another country."""
    span = doc.sentence_at(party.span[0])
    return span is not None and any(
        span[0] <= p.span[0] < span[1] and p.is_local and p.country != party.country
        for p in parties)


def story_home_countries(doc: Doc, datelines: list[PartyMention]) -> frozenset[str]:
    """The countries the story is told from: its language's, or the country of its dateline
    when that is none of them ("NAMPULA – ...", a Mozambican story in Portuguese: "A
    província mantém ..." is the Mozambican province's, not the Brazilian state's)."""
    home = home_countries(doc.language)
    filed = {p.country for p in datelines if p.country is not None}
    return frozenset(filed) if home and filed and not filed & home else home


def own_bodies(lex: LanguageLexicons, keys: KeyCache) -> frozenset[int]:
    """Where a town's own body is named without its town ("Le conseil municipal a approuvé",
    not "Le conseil municipal de Lublin"): the dateline before one names its town."""
    return frozenset(h.span[0] for h in _own_body_hits(lex, keys))


def _own_body_hits(lex: LanguageLexicons, keys: KeyCache) -> list[LexiconHit]:
    """The phrases of a town's own body named without its town (see ``own_bodies``)."""
    key = keys.get(lex.keep_accents)
    return [h for h in keys.hits(lex.references, lex.keep_accents)
            if (h.label == "own_body" and OF_AFTER.match(key, h.span[1]) is None) or (
                h.label != "own_body" and key[h.span[0]:h.span[1]] in lex.own_bodies
                and QUALIFIED_OF_AFTER.match(key, h.span[1]) is None)]


def bodies_of_the_dateline(parties: list[PartyMention], datelines: list[PartyMention],
                           lex: LanguageLexicons, keys: KeyCache, doc: Doc,
                           main: tuple[PartyMention, PartyMention] | None = None,
                           ) -> list[PartyMention]:
    """A town's own body named without its town at the head of a later sentence of a story
    filed from that town ("LIBEREC – Liberec by mohl mít nové partnerské město.
    Zastupitelstvo ve čtvrtek schválilo ...", "STEYR. Steyr soll ... Der Gemeinderat hat
    ... beschlossen", "DSCHANG – Le maire ... La commune entretient par ailleurs depuis 1987
    une coopération avec ..."): the dateline's town acts through it, as it does right after
    the dateline; not a body of another town ("Le conseil municipal de Lublin", "La commune
    portuaire de Hue") nor one of a country ("La ville allemande de Brême"). A wire filed
    from another town of the country, no party of the story's pair ("LIMA, 12 mar (EFE).- La
    ciudad peruana de Trujillo ... El municipio mantiene un vínculo similar con ..."), has
    for its own town the pair's one town of that country."""
    if len(datelines) != 1 or not datelines[0].is_local:
        return parties
    town = _own_town_of_the_wire(datelines[0], main)
    key = keys.get(lex.keep_accents)
    openings = {start + len(doc.text[start:stop]) - len(doc.text[start:stop].lstrip())
                for start, stop in doc.sentences if start > town.span[1]}
    countries = load_demonyms()
    added = []
    for hit in _own_body_hits(lex, keys):
        if hit.span[0] not in openings:
            continue
        word = LIST_WORD.match(key, start_after(key, hit.span[1]))
        if word is not None and fold(word.group()) in countries:
            continue
        added.append(PartyMention(hit.span, town.name, town.kind, town.country, "person",
                                  admin1=town.admin1))
    return sorted([*parties, *added], key=lambda p: p.span) if added else parties


def _own_town_of_the_wire(dateline: PartyMention,
                          main: tuple[PartyMention, PartyMention] | None) -> PartyMention:
    """The town a story filed from ``dateline`` is about: the dateline's, or, when that is
    no party of the story's pair, the pair's one town of the dateline's country."""
    if main is None or dateline.name in (main[0].name, main[1].name):
        return dateline
    towns = [p for p in main if p.kind == "city" and p.country == dateline.country]
    return towns[0] if len(towns) == 1 else dateline


OF_AFTER = re.compile(r"\s*(?:,|\(|(?:of|de|du|des|d|di|del|della|dell|da|do|dos|das|van|von|"
                      r"der|regionale|regionali|provinciale|provinciali|regional|provincial)\b)")
"""What makes a body's phrase another town's ("Le maire de Lublin"), a region's or a
province's ("La Giunta regionale del Friuli Venezia Giulia"), or an aside."""


QUALIFIED_OF_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}?" + OF_AFTER.pattern)
"""A town's noun, its adjectives and "of" ("La ville portuaire de Haïphong"): another town's."""


def officials_of_the_region(parties: list[PartyMention], text: str,
                            main: tuple[PartyMention, PartyMention] | None,
                            ) -> list[PartyMention]:
    """An official who acts for a town in a story of the region that town lies in
    ("Dehradun, 12 March 2026 ... The MoU was signed by Shri Rakesh Bisht, Secretary
    (Tourism), on behalf of the State Government", a state's press note filed from its
    capital) acts for that region, when the story names the town only as its dateline (at
    a line's start) or as where ("arrived in Dehradun"), never as an actor: an official
    guessed to be the town's is the region's."""
    if main is None:
        return parties
    result = list(parties)
    for region in (p for p in main if p.kind == "region"):
        # (an official's mention carries no subdivision: the town's own mentions do)
        held = {p.name for p in parties if p.via == "place" and p.kind == "city"
                and fold(p.admin1 or "") == fold(region.name)}
        towns = {p.name for p in parties if p.via == "person" and p.kind == "city"
                 and p.country == region.country and p.name in held
                 and p.name not in (main[0].name, main[1].name)}
        for town in towns:
            places = [p for p in parties if p.name == town and p.via == "place"]
            if any(not (p.venue or p.locator) and text[:p.span[0]].rstrip(" \t")[-1:]
                   not in ("", "\n") for p in places):
                continue  # named as an actor: its officials are its own
            result = [dataclasses.replace(p, name=region.name, kind=region.kind,
                                          admin1=region.admin1)
                      if p.via == "person" and p.name == town else p for p in result]
    return result


def region_of_the_story(parties: list[PartyMention], datelines: list[PartyMention],
                        lex: LanguageLexicons, keys: KeyCache,
                        main: tuple[PartyMention, PartyMention] | None) -> list[PartyMention]:
    """The story's own state or province named by its noun alone ("the State had signed an
    MoU with the Government of Bavaria", in a press note filed from the state's capital):
    the one region of the story's pair in the dateline's country, as a party of its
    sentence; not a state named after it ("the state of Bavaria") nor a state-owned body.
    With no dateline, the story's region is the one of its pair it names first."""
    if main is None:
        return parties
    regions = [p for p in main if p.kind == "region" and (
        len(datelines) != 1 or p.country == datelines[0].country)]
    first = {p.name: p.span[0] for p in reversed(parties)}
    region = min(regions, key=lambda p: first.get(p.name, p.span[0]), default=None)
    if region is None or len(datelines) > 1:
        return parties
    key, text = keys.get(lex.keep_accents), keys.text
    added = [PartyMention(h.span, region.name, region.kind, region.country, "person",
                          admin1=region.admin1)
             for h in keys.hits(lex.references, lex.keep_accents)
             if h.label == "own_region" and OF_AFTER.match(key, h.span[1]) is None
             and not text.startswith("-", h.span[1])
             and not any(p.span[0] < h.span[1] and h.span[0] < p.span[1] for p in parties)]
    return sorted([*parties, *added], key=lambda p: p.span) if added else parties
