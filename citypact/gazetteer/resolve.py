"""Resolution: which entity a mention names, and whether it names a place at all.

Each mention gets evidence from its surroundings (``cues``) and from the whole
document (its countries, regions and already chosen places); its candidates
are ranked by a score whose terms are documented below, and the best one is
kept when the mention has enough support for its kind and size.

Score of a candidate (higher is better):
  0.5 * log10(population)        regions count as 10^6 (first level) or 10^5
  -1.0 alternate name, -0.3 derived name, +0.2 our own alias
  +3.0 its country is named in the document (or right after: "Latina (Italy)"); a country's
       name kept for some languages only because it is a big city's ("Salvador") does not
       name its own country
  +3.0 more when its country is written right beside it ("CÓRDOBA (Argentina)", "la ciudad
       argentina de Córdoba"): that beats a namesake whose country the story names elsewhere;
       so does a town's region, or a province of its region, written right after it ("Anda,
       Bohol": +3.0 twice)
  +2.5 its region is named in the document or right after ("Pittsburgh, Pennsylvania"), or
       a county or province whose centre is near it ("Worcester", "Worcestershire"),
       or abbreviated after one of its cities ("Springfield, Ill.": for the whole story)
  +5.5 an abbreviation of its region follows ("Springfield, Ill."): region and country
  +1.5 the document uses its country's demonym; +1.0 its country speaks the text's language
  +1.0 in a language of no home country (English), a town of the country of another town
       chosen in the story, unless it is a small namesake of a big city elsewhere
  +2.0 a wrapper asks for its kind ("Latina province"), -2.0 for another kind
  +4.0 the same entity is chosen elsewhere in the document (one sense per discourse), unless
       a namesake is chosen where its country is written beside it
  +2.0 ... where its country is written beside it ("Latina (Spain)", "la città spagnola di
       Latina"): that sense is the story's
  +1.0 a country's capital written like another country ("عمان": Amman, not Oman)

Before scoring, candidates that the wrapper rules out are set aside: a city whose GeoNames
alternate names a region of our alias tables ("Bahia" is the state, not Salvador); a region named
like a city of its country, unless a region wrapper asks for it (a bare "Saitama" is
the city, even in a text that also names "Saitama Prefecture"); under a city wrapper,
a city named like a foreign country ("a city of Italy" is not Italy, Texas), unless the name
is a big city's own ("la ville de Salvador"). After it,
a city under the words of a metropolitan region ("Region Stuttgart", "Greater
Manchester") becomes the region around it (``metropolitan_region``).

Cues beside the wrappers: in French and Italian an article before a name that is both a
first-level region and a city of one country asks for the region ("au Québec", "nel
Québec"); the names listed after a word of twinning in their sentence are where places are
written ("Le città gemellate con Pesaro sono Rastatt, Nitra e Zara"). A longer name that
names no place gives way to the names inside it ("Lincoln City", a club), and a name after
an article in a sentence about a match names a club ("ha battuto il Bayern").
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable

from citypact.extract.rules import language_countries
from citypact.gazetteer import sources
from citypact.gazetteer.after_resolution import (
    _abbreviated_regions,
    _region_named_after_its_town,
    _restated_metropolitan_areas,
    _short_of_city_names,
)
from citypact.gazetteer.contenders import _bare_contenders, _refresh_contenders
from citypact.gazetteer.cues import PlaceCues
from citypact.gazetteer.datelines import (
    _agency_credit,
    _agency_tag,
    _filed_from,
    _month_of_a_date,
)
from citypact.gazetteer.evidence import Resolved as Resolved  # re-exported: the result type
from citypact.gazetteer.evidence import _Context, _Evidence, _in_abbreviated_region
from citypact.gazetteer.mentions import Mention, inner_mentions
from citypact.gazetteer.model import Entity
from citypact.gazetteer.other_readings import (
    _drop_clubs,
    _drop_people,
)
from citypact.gazetteer.scoring import (
    _STORY_TOWNS,
    _agency_overruled,
    _choose,
    _index_provinces,
    _listed,
    _score,
)
from citypact.gazetteer.scoring import metropolitan_region as metropolitan_region  # re-exported
from citypact.gazetteer.surroundings import _evidence, _join_lists
from citypact.model import Span

_OFTEN = 3


def _named_countries(evidences: list[_Evidence], context: _Context) -> dict[str, set[Span]]:
    """Countries the story names, except one written only in parentheses after a place
    ("Valladolid y Morelia (México)"): it says where that place is, and the places the
    writer leaves without one are the reader's own."""
    countries: dict[str, set[Span]] = {}
    for index, evidence in enumerate(evidences):
        if index and _in_parentheses_after(evidences[index - 1], evidence):
            continue
        candidates = _bare_contenders(evidence)
        if not candidates:
            continue
        best = max(candidates, key=lambda c: _score(c, evidence, context))
        if best.entity.kind == "country" and not (evidence.ambiguous and evidence.weak):
            countries.setdefault(best.entity.country, set()).add(evidence.mention.span)
    return countries


def _marked_regions(evidences: list[_Evidence], context: _Context) -> set[str]:
    """Regions that a region wrapper names ("Junta de Andalucía", "Provincia di Latina"):
    known before the first pass, so that a city of theirs wins over a namesake abroad from
    the start ("Málaga" beside "Junta de Andalucía", in a story that names Colombia)."""
    regions = set()
    for evidence in evidences:
        wrapper = evidence.wrapper
        if wrapper is None or wrapper.kind != "region" or not wrapper.before:
            continue
        candidates = _bare_contenders(evidence)
        if candidates:
            best = max(candidates, key=lambda c: _score(c, evidence, context))
            if best.entity.kind == "region":
                regions.add(best.entity.id)
    return regions


def _kin_regions(evidences: list[_Evidence]) -> set[str]:
    """Regions of the places of ``places.toml`` that a mention names with no other contender
    ("Tenerife", "el Cabildo de La Palma"): known before the first pass, so that a kin's name
    is read bare there ("La Gomera" beside "Tenerife" is the island from the start)."""
    return {c.entity.region for e in evidences for candidates in [_bare_contenders(e)]
            if len(candidates) == 1 for c in candidates
            if _listed(c.entity) and c.entity.region is not None}


def _in_parentheses_after(previous: _Evidence, evidence: _Evidence) -> bool:
    """The mention is a country in parentheses right after the previous one: "(México)"."""
    return previous.parenthesis_after and any(
        c.entity.kind == "country" for c in evidence.mention.candidates)


def resolve_mentions(text: str, mentions: list[Mention], cues: PlaceCues,
                     language: str | None,
                     entity: Callable[[str], Entity | None] | None = None, *,
                     home: frozenset[str] | None = None) -> list[Resolved]:
    """Decide each mention's entity, in two passes (the second knows the first's places).

    A longer name that names no place gives way to the names inside it ("Lincoln City",
    the club, is not the Oregon town that nothing supports: "Lincoln" is tried), and the
    document is resolved again with them.

    Args:
        text: the document text.
        mentions: recognised mentions in text order (``find_mentions``).
        cues: the compiled cues.
        language: ISO 639-1 code of the text's rules, or ``None``.
        entity: the gazetteer's entity by id; when given, the region abbreviated after a
            city ("Springfield, Ill.") is resolved too, at its abbreviation.
    """
    resolved, evidences = _resolve(text, mentions, cues, language, home)
    kept = {e.mention.span for _, e in resolved}
    failed = {id(e.mention) for e in evidences
              if e.mention.inner and e.mention.span not in kept}
    if failed:
        retried = [m for m in mentions if id(m) not in failed]
        retried += [i for m in mentions if id(m) in failed for i in inner_mentions(m)
                    if not _cut_town(text, m, i)]
        resolved, _ = _resolve(text, sorted(retried, key=lambda m: m.span), cues, language,
                               home)
    # An abbreviation after a city is no place of its own ("Red Deer, Alta.": not Norway's
    # Alta), only the region it stands for.
    abbreviations = [e.abbreviation for _, e in resolved if e.abbreviation is not None]
    return _short_of_city_names(text, _restated_metropolitan_areas(text, [
        (_region_named_after_its_town(item, evidence, entity), evidence)
        for item, evidence in resolved
        if not any(start <= item.span[0] and item.span[1] <= end for start, end in abbreviations)
    ])) + _abbreviated_regions(resolved, entity)


def _cut_town(text: str, longer: Mention, inner: Mention) -> bool:
    """A town's name that ends a longer name of a town the gazetteer has ("Nova Trento", a
    town of Brazil, "New Berlin"): the longer town unsupported is still no mention of the
    shorter one, which its first words made a name of its own. A name inside at its start
    is tried ("Lincoln City", the club), a country at its end too ("Bursa Malaysia"), and
    a name after a lower-case word of the longer one, which says where the town lies ("Hall
    in Tirol", "Stratford-upon-Avon")."""
    words = text[longer.span[0]:inner.span[0]].replace("-", " ").split()
    return inner.span[1] == longer.span[1] and inner.span[0] > longer.span[0] and any(
        c.entity.kind == "city" for c in longer.candidates) and not any(
        c.entity.kind == "country" for c in inner.candidates) and bool(
        words) and words[-1][:1].isupper()


def _resolve(text: str, mentions: list[Mention], cues: PlaceCues, language: str | None,
             home: frozenset[str] | None = None,
             ) -> tuple[list[tuple[Resolved, _Evidence]], list[_Evidence]]:
    """The resolved mentions with their evidence, and the evidence of every mention kept
    after people's names are dropped."""
    evidences = [e for e in _drop_clubs(
        text, _drop_people(text, _evidence(text, mentions, cues, language), cues, language),
        cues, language)
                 if not _agency_credit(text, e.mention) and not _agency_tag(text, e.mention, cues)
                 and not _month_of_a_date(text, e.mention)]
    _join_lists(evidences)
    context = _story_context(text, mentions, evidences, cues, language, home)
    written = Counter(e.mention.key for e in evidences)
    resolved: list[tuple[Resolved, _Evidence]] = []
    for _ in range(2):
        resolved = []
        _refresh_contenders(context)
        for evidence in evidences:
            chosen = _choose(evidence, context)
            if chosen is not None:
                resolved.append((chosen, evidence))
        _learn_from_choices(context, resolved, written, text)
    return resolved, evidences


def _story_context(text: str, mentions: list[Mention], evidences: list[_Evidence],
                   cues: PlaceCues, language: str | None,
                   home: frozenset[str] | None) -> _Context:
    """What the story tells before any choice: its demonyms, countries, marked regions, kin,
    names written often, provinces, and the countries of its datelines' towns."""
    context = _Context(language, demonyms=cues.demonym_countries(text) | _feature_countries(
        text, mentions, cues, language), home=home)
    context.country_spans = _named_countries(evidences, context)
    context.countries = set(context.country_spans)
    context.regions = _marked_regions(evidences, context)
    context.kin = _kin_regions(evidences)
    context.named_often = _named_often(evidences)
    context.provinces = [
        e.mention.candidates[0].entity for e in evidences if len(e.mention.candidates) == 1
        and e.mention.candidates[0].entity.kind == "region"
        and e.mention.candidates[0].entity.region is not None]
    _index_provinces(context)
    # before the first choice: the country of the town a dateline's name most likely is
    context.home_countries = {
        _dateline_town(towns, context).country
        for e in evidences if e.dateline or _filed_from(text, e.mention.span)
        for towns in [[c.entity for c in e.mention.candidates if c.entity.kind == "city"]]
        if towns}
    return context


def _dateline_town(towns: list[Entity], context: _Context) -> Entity:
    """The biggest town a dateline's name may be, of a country whose first language is the
    text's when there is one ("TOLEDO, 10 de junio –" in Spanish: Spain's, not Ohio's three
    times bigger one; "CÓRDOBA, 10 de junio –": Argentina's), in a language with home
    countries (English is everyone's)."""
    writing = _writing_countries(context.language) if context.language_countries else set()
    own = [town for town in towns if town.country in writing] or towns
    return max(own, key=lambda town: town.population)


@functools.cache
def _writing_countries(language: str | None) -> frozenset[str]:
    """The language's home countries and those whose first language it is (GeoNames)."""
    first = sources.read_first_languages()
    return language_countries().get(language or "", frozenset()) | frozenset(
        country for country, spoken in first.items() if spoken == language)


def _learn_from_choices(context: _Context, resolved: list[tuple[Resolved, _Evidence]],
                        written: Counter[str], text: str) -> None:
    """What a pass's choices tell the next pass: the places chosen, marked and placed, their
    regions and towns, and the story's countries (one sense per discourse)."""
    context.chosen = {}
    for item, evidence in resolved:
        context.chosen.setdefault(item.entity.id, set()).add(evidence.mention.span)
    context.marked = {r.entity.id for r, e in resolved
                      if (e.wrapper is not None and e.wrapper.kind == r.entity.kind)
                      or r.entity.country in e.container_countries}
    context.placed = {r.entity.id for r, e in resolved
                      if r.entity.country in e.container_countries}
    context.spans = {r.span for r, _ in resolved}
    context.span_entities = {r.span: r.entity for r, _ in resolved}
    _index_provinces(context)
    context.regions = {r.entity.id for r, _ in resolved if r.entity.kind == "region"}
    # "Springfield, Ill." names Illinois for the whole story, as "Illinois" would.
    context.regions |= {r.entity.region for r, e in resolved
                        if r.entity.region and _in_abbreviated_region(r.entity, e)}
    context.parents = {r.entity.region for r, _ in resolved if r.entity.region}
    context.kin |= {r.entity.region for r, _ in resolved
                    if r.entity.region and _listed(r.entity)}
    context.home_regions = {r.entity.region for r, e in resolved
                            if r.entity.kind == "city" and r.entity.region
                            and written[e.mention.key] >= _OFTEN}
    context.towns = {}
    for r, _ in resolved:
        if r.entity.kind == "city":
            context.towns.setdefault(r.entity.country, set()).add(r.entity.id)
    towns = Counter({country: len(ids) for country, ids in context.towns.items()})
    # ... and the country of three towns of the story or more: a Spanish text on Rafaela,
    # Rosario and Buenos Aires names Córdoba of Argentina, not of Spain
    # (a language of no home country, English, has no prior for them to correct)
    # a first choice that leaned on an agency's country that the story overrules is no
    # sense of the story ("Santiago (EFE) – ... Valparaíso": not Santiago de Compostela)
    for r, e in resolved:
        if r.entity.country == e.agency and _agency_overruled(e, context):
            context.chosen.pop(r.entity.id, None)
            context.placed.discard(r.entity.id)
            context.marked.discard(r.entity.id)
    context.story_countries = {country for country, count in towns.items()
                               if count >= _STORY_TOWNS and context.language_countries
                               and country not in context.language_countries}
    context.home_countries = {r.entity.country for r, e in resolved
                              if r.entity.kind == "city" and (
                                  e.dateline or _filed_from(text, e.mention.span))
                              } | context.story_countries


def _feature_countries(text: str, mentions: list[Mention], cues: PlaceCues,
                       language: str | None) -> set[str]:
    """Countries that name a feature of the story ("le fleuve Sénégal", "the Niger River"):
    no mention of the country, but a sign of where the story is, as its adjective is."""
    return {c.entity.country for m in mentions
            if cues.feature_word_before(text, m.span[0], language)
            or cues.feature_head_after(text, m.span[1], language)
            for c in m.candidates if c.entity.kind == "country"}


def _named_often(evidences: list[_Evidence]) -> set[str]:
    counts = Counter(e.mention.key for e in evidences)
    return {e.mention.key for e in evidences
            if e.after_preposition and counts[e.mention.key] >= _OFTEN}
