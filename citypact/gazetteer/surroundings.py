"""Gathering evidence: what a mention's surroundings say of it, before its candidates are scored.

For each mention in text order, ``_evidence`` records its wrapper, the country or region
written beside it ("Morelia (México)", "Thunder Bay, Ontario"), the list it belongs to, a
dateline, the words around it that make it part of a longer name; ``_carry_wrappers``
lends a wrapper to the names that share it.
"""

from __future__ import annotations

import re

from citypact.gazetteer.after_resolution import _APPOSITION_GAP, _CLOSED_APPOSITION
from citypact.gazetteer.cues import PlaceCues, Wrapper
from citypact.gazetteer.datelines import _dateline, _filed_from, _opens_line
from citypact.gazetteer.evidence import _Evidence
from citypact.gazetteer.mentions import Mention, weak_position
from citypact.gazetteer.model import Source
from citypact.gazetteer.other_readings import (
    _capital_before,
    _common_here,
    _in_compound,
    _inside_a_run,
    _lowercase_words,
    _name_goes_on,
)
from citypact.gazetteer.sizes import _BIG_CITY
from citypact.gazetteer.text_around import word_after
from citypact.model import Span

_CONTAINER_GAP = re.compile(r"^\s*[,(]\s*$|^\s*,?\s*\(\s*$|^\s+$"
                            r"|^[ \t]*,?[ \t]+(?:in|w|we|v|ve)[ \t]+$"
                            r"|^[ \t]*,[ \t]+en[ \t]+$|^[ \t]*,[ \t]+nel(?:la|lo)?[ \t]+$"
                            r"|^[ \t]*,[ \t]+nell['’]$")
"""Between a place and the country or region it lies in: "Morelia (México)", "Óbidos in
Portugal", "Encamp, in Andorra", "Balaguer, en España", "Gloucester, nel Massachusetts"
(Italian joins "in" to the article of a region's name), Polish and Czech "in" ("Schoonhoven w
Holandii", "Görlitz v Německu")."""
_BRACKET_GAP = re.compile(r"[ \t]*\([ \t]*")
"""Between a place and the country it is in, written in parentheses: "Hamburg (Đức)"."""
_QUARTER_GAP = re.compile(r"^[ \t]*,[ \t]+(?:a|in|à|en)[ \t]+$|^[ \t]+in[ \t]+$")
"""Between a quarter or a street and the town it lies in: "Santa Croce, a Firenze"."""
_HOLDER_GAP = re.compile(r"[ \t]*,[ \t]*|[ \t]+in[ \t]+|[ \t]*,[ \t]+nel(?:la|lo)?[ \t]+"
                         r"|[ \t]*,[ \t]+nell['’]")
"""Between a city and the region that holds it: "Thunder Bay, Ontario", "Dunedin in
Florida", "Gloucester, nel Massachusetts"."""


_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_HEADING_WORDS = 12
"""Words a heading line has at most."""


def _ends_a_heading(text: str, span: Span) -> bool:
    """The name closes a line of at most ``_HEADING_WORDS`` words, with no stop after it."""
    if _LINE_END.match(text, span[1]) is None:
        return False
    line = text[text.rfind("\n", 0, span[0]) + 1:span[1]]
    return len(line.split()) <= _HEADING_WORDS


HEADS_A_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
"""After an ordinary word that is also a place's name: it heads an institution's name."""
OF_NAME_FOLLOWS = re.compile(r"[ \t]+(?:of|de|del|de[ \t]+la|des|du|di|della|da|do|von|van)"
                             r"[ \t]+[A-Z]")
"""The same in the languages whose ordinary words a town after a preposition may be."""


def _translated_country(mention: Mention) -> bool:
    """A country's name here is one of a few languages' only and a big city's own name (see
    the gazetteer build)."""
    return any(c.entity.kind == "country" and all(n.langs for n in c.names)
               for c in mention.candidates) and any(
        c.entity.kind == "city" and c.entity.population >= _BIG_CITY
        and c.best_source <= Source.DERIVED for c in mention.candidates)


def _town_only(mention: Mention) -> bool:
    """The name is a town's, and no country's or first-level region's ("il Québec", "il
    Piemonte" are regions; "il Torino" names no region)."""
    return any(c.entity.kind == "city" for c in mention.candidates) and not any(
        c.entity.kind == "country" or (c.entity.kind == "region" and c.entity.region is None)
        for c in mention.candidates)


def _evidence(text: str, mentions: list[Mention], cues: PlaceCues,
              language: str | None) -> list[_Evidence]:
    found = []
    lowercase = _lowercase_words(text)
    solid = [m for m in mentions if any(c.best_source <= Source.DERIVED for c in m.candidates)]
    starts = {m.span[0] for m in solid}
    ends = {m.span[1] for m in solid}
    # the ends of places' own names ("Monza Brianza Lodi", a list), not of ordinary words
    # ("the South Plains")
    name_ends = {m.span[1] for m in mentions if not cues.ambiguous(m.surface, language)}
    for index, mention in enumerate(mentions):
        start, end = mention.span
        if _skipped(text, mentions, index, starts, ends, cues, language):
            continue  # "Rems-Murr"; "Porto de Paranaguá": the harbour of the next place
        wrapper = (cues.wrapper_before(text, start) or cues.wrapper_after(text, end)
                   or cues.twinning_apposition(text, start, language)
                   or cues.town_apposition(text, end, language))
        if index and _epithet(text, mentions[index - 1], wrapper, mention):
            continue  # "Bolzano, the City of Springs": Bolzano's nickname, no other town
        wrapper = _implied_wrapper(text, mentions, index, wrapper, cues, language)
        weak = weak_position(text, mention.span)
        distinctive = cues.distinctive(mention.key, language)
        # A capital proves nothing at a sentence start: there, a name that is one ordinary
        # word of the language with its article ("La Chambre de commerce", "Reunión de
        # trabajo") is read as the word unless the document supports the place.
        ambiguous = (cues.ambiguous(mention.surface, language) or _common_here(mention, lowercase)
                     or (weak and cues.common_phrase(mention.key, language)))
        evidence = _Evidence(mention, wrapper, weak, ambiguous, distinctive)
        _read_marks(evidence, text, mentions, index, name_ends, cues, language)
        _read_neighbours(evidence, text, mentions, index)
        _read_countries_around(evidence, text, cues, language)
        found.append(evidence)
    return _carry_wrappers(text, found, cues, language)


def _skipped(text: str, mentions: list[Mention], index: int, starts: set[int], ends: set[int],
             cues: PlaceCues, language: str | None) -> bool:
    """The mention is part of another name: a compound, a feature or team named after it,
    an adjective, or a new town's name; no place of its own."""
    mention = mentions[index]
    start, end = mention.span
    return _in_compound(text, mention, starts, ends) or (
            index + 1 < len(mentions) and cues.feature_of(
                mention.key, text[end:mentions[index + 1].span[0]], language)) or (
            cues.team_named(text, mention.span, language)
            or (cues.town_after_team_article(text, mention.span, language)
                and _town_only(mention)
                # not a town's adjective ("die Stuttgarter Delegation")
                and text[start:end] == mention.surface)
            or cues.adjective_joined(text, end)
            or cues.feature_word_before(text, start, language)
            or cues.feature_head_after(text, end, language)
            or (cues.new_town_word_before(text, start) and not any(
                c.entity.kind == "country" for c in mention.candidates)))


def _implied_wrapper(text: str, mentions: list[Mention], index: int, wrapper: Wrapper | None,
                     cues: PlaceCues, language: str | None) -> Wrapper | None:
    """The mention's wrapper, or, for a name that is a city's and a region's, the kind a
    region's article, a city's preposition or a place in parentheses after it implies."""
    mention = mentions[index]
    start = mention.span[0]
    article = cues.region_article_before(text, start, language)
    if wrapper is None and article is not None and _city_homonym_region(mention) \
            and not cues.ambiguous(mention.surface, language) \
            and not cues.club_before(text, start, language):
        # "au Québec", "nel Québec"; an ordinary word of the language keeps its article
        # ("l'assessora al Porto": the harbour's portfolio, no region of Portugal), and in
        # a sentence about football the article is a club's ("con il Salisburgo per il
        # settore giovanile")
        wrapper = Wrapper("region", article)
    preposition = cues.city_preposition_before(text, start, language)
    if wrapper is None and article is None and preposition is not None \
            and _city_homonym_region_or_country(mention):
        # "à Luxembourg", "à Québec": the city; "au Luxembourg", "au Québec" are not
        wrapper = Wrapper("city", preposition)
    opening = _parenthesis_after_place(text, mentions, index)
    if wrapper is None and opening is not None and _city_homonym_region(mention):
        # "DRUMMONDVILLE (Québec)", "Rosario (Santa Fe)": what a town is placed in
        wrapper = Wrapper("region", opening)
    return wrapper or _wrapper_inside(text, mention, cues)


def _wrapper_inside(text: str, mention: Mention, cues: PlaceCues) -> Wrapper | None:
    """An administrative word that opens the name itself, as an alternate name holds it
    ("CITY OF GOLD COAST", a masthead's whole name): it marks the kind as before a name."""
    start, end = mention.span
    for space in (i for i in range(start, end) if text[i] == " "):
        inner = cues.wrapper_before(text, space + 1)
        # a town's word only: not a metropolitan one ("Greater Sudbury", "Grand Port"), nor a
        # region's that is a syllable of the name ("Băng Cốc", Bangkok: "bang", a state)
        if inner is not None and inner.span[0] == start and inner.before \
                and inner.kind == "city" and inner.template is None and not inner.body:
            return inner
    return None


def _read_marks(evidence: _Evidence, text: str, mentions: list[Mention], index: int,
                name_ends: set[int], cues: PlaceCues, language: str | None) -> None:
    """Record the words around the mention that the support rules weigh: prepositions, titles,
    datelines, capitals and names before or after it, and the list it stands in."""
    mention = evidence.mention
    start, end = mention.span
    weak = evidence.weak
    evidence.translated_country = _translated_country(mention)
    evidence.after_preposition = cues.place_preposition_before(text, start, language) or (
        cues.placed_by_ending(text[start:end], mention.surface, language))
    evidence.dateline = _dateline(text, mention.span)
    evidence.filed = evidence.dateline or _filed_from(text, mention.span)
    evidence.demonym = cues.demonym_country(mention.surface, language)
    evidence.after_title = cues.title_before(text, start)
    evidence.heads_a_name = HEADS_A_NAME.match(text, end) is not None
    evidence.capital_follows = text[end:end + 1] == " " and text[end + 1:end + 2].isupper()
    evidence.of_name_follows = OF_NAME_FOLLOWS.match(text, end) is not None
    evidence.verb_follows = text[end:end + 1] == " " and text[end + 1:end + 2].islower() \
        and weak
    evidence.given_name = cues.given_name(mention.surface)
    evidence.subject_verb = weak and cues.subject_verb_after(text, end, language)
    evidence.twinning_word_before = cues.twinning_word_before(text, start, language)
    evidence.opens_twinning_phrase = cues.opens_twinning_phrase(text, start, language)
    evidence.ends_a_heading = _ends_a_heading(text, mention.span)
    evidence.capital_precedes = _capital_before(text, start, cues, language)
    evidence.name_precedes = evidence.capital_precedes and _inside_a_run(
        text, start, name_ends)
    evidence.person_follows = evidence.capital_follows and cues.vietnamese_surname(
        word_after(text, end) or "")
    evidence.ends_a_name = cues.ends_a_name(text, start, mention.key, language)
    evidence.head_follows = cues.head_follows(text, end, language)
    if not _name_goes_on(text, mentions, index, cues):
        evidence.listed_with = _list_neighbours(text, mentions, index, cues, language)
        # the towns listed after a word of twinning are towns, as after "in" or "from"
        # ("Le città gemellate con Pesaro sono Rastatt, Nitra e Zara")
        evidence.after_preposition |= bool(evidence.listed_with) and cues.twinning_before(
            text, start, language)


def _read_neighbours(evidence: _Evidence, text: str, mentions: list[Mention], index: int) -> None:
    """Record what the next and the previous mention say of this one: a city it is a quarter
    of, the country or region after its comma, the town it is the country or state of."""
    mention = evidence.mention
    start, end = mention.span
    if index + 1 < len(mentions):
        following = mentions[index + 1]
        gap = text[end:following.span[0]]
        if _QUARTER_GAP.match(gap):
            evidence.quarter_of = following.span
        if _CONTAINER_GAP.match(gap):
            evidence.parenthesis_after = "(" in gap
            evidence.container_countries = frozenset(
                c.entity.country for c in following.candidates if c.entity.kind == "country")
            # a province after the comma places the town in the province's first-level
            # region too, the only one GeoNames gives towns ("Anda, Bohol": Central
            # Visayas; "Legazpi City, Albay": Bicol); not the town's name said again, the
            # subject of the next clause ("between Hai Phong and Brest, Brest was
            # preparing": no Brest Oblast)
            evidence.container_regions = frozenset(
                region for c in following.candidates if c.entity.kind == "region"
                for region in (c.entity.id, c.entity.region) if region
            ) if following.key != mention.key else frozenset()
    if index and _BRACKET_GAP.fullmatch(text, mentions[index - 1].span[1], start):
        evidence.bracketed_after = frozenset(
            c.entity.country for c in mentions[index - 1].candidates
            if c.entity.kind != "country")
    if index and _HOLDER_GAP.fullmatch(text, mentions[index - 1].span[1], start):
        states = _county_states(mentions[index - 1], mention)
        # not a region that bears its country's name ("Tlalnepantla, Mexico"): the
        # country, which holds the town too, is what the comma gives
        countries = {c.entity.country for c in mention.candidates
                     if c.entity.kind == "country"}
        evidence.holders = frozenset(
            c.entity.region for c in mentions[index - 1].candidates
            if c.entity.kind == "city" and c.entity.region
            and c.entity.country not in countries) | states
        evidence.holder_countries = frozenset(
            c.entity.country for c in mentions[index - 1].candidates
            if c.entity.kind == "city" and c.entity.country in countries)
        if states and evidence.wrapper is None:
            # a county's comma is the state's wrapper: no county lies in a city
            evidence.wrapper = Wrapper("region", (mentions[index - 1].span[1], start),
                                       before=False)


def _read_countries_around(evidence: _Evidence, text: str, cues: PlaceCues,
                           language: str | None) -> None:
    """Record the countries and region that marks around the mention give: a region's
    abbreviation after it, a demonym before it, an agency's credit after a dateline's town."""
    mention = evidence.mention
    start, end = mention.span
    abbreviated = cues.abbreviated_region_after(text, end)
    if abbreviated is not None:
        evidence.abbreviation = abbreviated[0]
        evidence.container_admin1 = abbreviated[1:]
    demonym = cues.demonym_before(text, start, language)
    if demonym is not None:
        evidence.container_countries |= {demonym}
    agency = cues.agency_country_after(text, end) if _opens_line(text, start) else None
    if agency is not None and any(c.entity.country == agency for c in mention.candidates):
        # "Marburg (dpa) –": the agency's own town, as "Marburg (Germany)" would say
        evidence.container_countries |= {agency}
        evidence.agency = agency


def _epithet(text: str, town: Mention, wrapper: Wrapper | None, mention: Mention) -> bool:
    """A town's wrapper with its article in an apposition closed after its name, after
    another town ("Bolzano, the City of Springs, welcomed", "Pittsburgh, the City of
    Bridges."): a nickname of that town, whose name names no other; unless it is the same
    town named again, or names a country or a region ("Latina, a city of Italy,")."""
    return wrapper is not None and wrapper.before and wrapper.kind == "city" \
        and wrapper.template is None and town.span[1] <= wrapper.span[0] \
        and any(c.entity.kind == "city" for c in town.candidates) \
        and all(c.entity.kind == "city" for c in mention.candidates) \
        and _APPOSITION_GAP.fullmatch(text, town.span[1], wrapper.span[0]) is not None \
        and _CLOSED_APPOSITION.match(text, mention.span[1]) is not None \
        and not {c.entity.id for c in town.candidates} & {c.entity.id for c in mention.candidates}


def _carry_wrappers(text: str, evidences: list[_Evidence], cues: PlaceCues,
                    language: str | None) -> list[_Evidence]:
    """A bare name that a carried wrapper wraps elsewhere in the text takes it: the
    Vietnamese press drops "tỉnh" once it has named the province ("tỉnh Kampong Cham ...
    lưu học sinh Kampong Cham"), where "el alcalde de Trnava" is the town's. A name the
    text also writes as a town's ("Tỉnh Hòa Bình và thành phố Hòa Bình") stays the town's.
    Before a region's office, a bare name is the region the text writes with its wrapper
    elsewhere ("Akita Prefecture ... Akita Vice Governor Kenichi Sato")."""
    carried = {e.mention.key for e in evidences if e.wrapper is not None
               and cues.carried(text, e.wrapper, language) and _city_homonym_region(e.mention)}
    carried -= {e.mention.key for e in evidences
                if e.wrapper is not None and e.wrapper.kind == "city"}
    # a region's office after a bare name the text writes as the region elsewhere ("Akita
    # Prefecture ... Akita Vice Governor Kenichi Sato")
    regional = {e.mention.key for e in evidences if e.wrapper is not None
                and e.wrapper.kind == "region" and _city_homonym_region(e.mention)}
    regional |= {bare for e in evidences
                 if (bare := cues.bare_region_key(e.mention.key)) is not None}
    for evidence in evidences:
        start, end = evidence.mention.span
        if evidence.wrapper is None and (evidence.mention.key in carried or (
                evidence.mention.key in regional and _city_homonym_region(evidence.mention)
                and cues.region_office_after(text, end))):
            evidence.wrapper = Wrapper("region", (start, start))
    return evidences


def _parenthesis_after_place(text: str, mentions: list[Mention], index: int) -> Span | None:
    """The span of the opening parenthesis between the previous mention and this one, when
    nothing else stands between them ("Drummondville (Québec)")."""
    if not index:
        return None
    end, start = mentions[index - 1].span[1], mentions[index].span[0]
    gap = text[end:start]
    if gap.strip() != "(":
        return None
    opening = end + gap.index("(")
    return opening, opening + 1


def _county_states(county: Mention, mention: Mention) -> frozenset[str]:
    """The first-level regions of this mention that hold a second-level region named right
    before it: "Dutchess County, New York" is the state, not the city."""
    admin1 = {c.entity.admin1 for c in county.candidates
              if c.entity.kind == "region" and c.entity.admin1}
    return frozenset(c.entity.id for c in mention.candidates
                     if c.entity.kind == "region" and c.entity.region is None
                     and c.entity.name in admin1)


def _city_homonym_region(mention: Mention) -> bool:
    """The name is a first-level region's and a city's of the same country ("Québec"), and
    no country's: "Esquipulas (Guatemala)" is placed in its country, not in the department
    of Guatemala City."""
    regions = {c.entity.country for c in mention.candidates
               if c.entity.kind == "region" and c.entity.region is None}
    return any(c.entity.kind == "city" and c.entity.country in regions
               for c in mention.candidates) and not any(
        c.entity.kind == "country" and c.entity.country in regions for c in mention.candidates)


def _city_homonym_region_or_country(mention: Mention) -> bool:
    """The name is a first-level region's or a country's and, written as its own name, a
    city's of the same country ("Québec", "Luxembourg")."""
    countries = {c.entity.country for c in mention.candidates
                 if c.entity.kind == "country"
                 or (c.entity.kind == "region" and c.entity.region is None)}
    return any(c.entity.kind == "city" and c.entity.country in countries
               and c.best_source != Source.ALTERNATE for c in mention.candidates)


def _join_lists(evidences: list[_Evidence]) -> None:
    """Give each mention of a list the spans of the list's other mentions."""
    chains: list[list[_Evidence]] = []
    for index, evidence in enumerate(evidences):
        if index and evidences[index - 1].mention.span in evidence.listed_with and chains:
            chains[-1].append(evidence)
        else:
            chains.append([evidence])
    for chain in chains:
        for evidence in chain:
            evidence.list_members = tuple(e.mention.span for e in chain if e is not evidence)


def _list_neighbours(text: str, mentions: list[Mention], index: int, cues: PlaceCues,
                     language: str | None) -> tuple[Span, ...]:
    """The spans of the mentions right before and after one that a list gap joins to it."""
    start, end = mentions[index].span
    neighbours = []
    if index and cues.list_gap(text[mentions[index - 1].span[1]:start], language):
        neighbours.append(mentions[index - 1].span)
    if index + 1 < len(mentions) and cues.list_gap(
            text[end:mentions[index + 1].span[0]], language):
        neighbours.append(mentions[index + 1].span)
    return tuple(neighbours)
