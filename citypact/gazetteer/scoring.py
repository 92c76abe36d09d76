"""Scoring and support: how each candidate of a mention is weighed, and which one is kept.

``_score`` ranks a mention's candidates by the terms listed in ``resolve``'s docstring;
``_supported`` says whether the best one has enough support for its kind and size;
``_choose`` keeps the best of the contenders (``contenders``), or none.
"""

from __future__ import annotations

import functools
import math

from citypact.extract.rules import (
    accent_languages,
    language_countries,
    syllable_name_languages,
)
from citypact.gazetteer import sources
from citypact.gazetteer.contenders import _pass_contenders
from citypact.gazetteer.cues import Wrapper
from citypact.gazetteer.evidence import Resolved, _Context, _Evidence, _in_abbreviated_region
from citypact.gazetteer.keys import accent_key, has_diacritics, is_latin, name_key
from citypact.gazetteer.mentions import Mention
from citypact.gazetteer.model import Candidate, Entity, Source
from citypact.gazetteer.other_readings import (
    _country,
)
from citypact.gazetteer.sizes import (
    _BIG_CITY,
    _FAMOUS,
    _KNOWN_CITY,
    _LISTED_TOWN,
    _SMALL_TOWN,
    _WORLD_CITY,
    _population,
)
from citypact.textnorm import slugify

_STORY_TOWNS = 3
"""Towns of one country that make it the story's home, as a dateline's town does, in a
language whose own countries would otherwise be preferred (a Spanish text on Argentina)."""
_SOURCE_BONUS = {Source.CURATED: 0.2, Source.OFFICIAL: 0.0, Source.DERIVED: -0.3,
                 Source.ALTERNATE: -1.0}


def _score(candidate: Candidate, evidence: _Evidence, context: _Context) -> float:
    entity = candidate.entity
    score = 0.5 * math.log10(_population(entity) + 1) + _SOURCE_BONUS[candidate.best_source]
    # a town's region, or a province of it, written right after it places it in its country
    # as its country written there does ("Anda, Bohol", in a story that names China)
    # (unless a wrapper asks for another kind: "La provincia di Padova, in Veneto")
    beside = entity.country in _containers(evidence, context) or (
        entity.kind == "city" and entity.region in evidence.container_regions
        and (evidence.wrapper is None or evidence.wrapper.kind == "city"))
    if beside or (
            _country_named(entity, evidence, context)
            and (evidence.wrapper is not None or not _small_namesake(entity, evidence))):
        score += 3.0
    score += 3.0 * beside
    # its region named, or a county or province around it ("Worcestershire")
    if (entity.region and (entity.region in context.regions
                           or entity.region in evidence.container_regions)) or (
            entity.kind == "city" and _inside_a_chosen_province(entity, context)):
        score += 2.5
    score += 5.5 * _in_abbreviated_region(entity, evidence)
    score += 5.5 * (entity.kind == "region" and entity.id in evidence.holders)
    score += 5.5 * (entity.kind == "country" and entity.country in evidence.holder_countries)
    score += 1.5 * (entity.country in context.demonyms)
    score += 1.0 * (entity.country in context.language_countries
                    and not _small_namesake_of_an_untold_country(entity, evidence, context))
    # the dateline's country counts as the language's do, once: "Dakar, 14 mars (APS) – La
    # ville de Saint-Louis" is Senegal's
    score += 1.0 * (entity.country in context.home_countries
                    and entity.country not in context.language_countries)
    if evidence.wrapper is not None:
        score += 2.0 if evidence.wrapper.kind == entity.kind else -2.0
    score += 1.0 * _among_the_story_s_towns(entity, evidence, context)
    score += 4.0 * (entity.id in context.chosen and (
        entity.id in context.placed or not (_namesake_placed(entity, evidence, context)
                                            or _namesake_at_home(entity, evidence, context)
                                            or _namesake_in_a_named_county(entity, evidence,
                                                                           context)
                                            or _namesake_named_in_full(entity, evidence,
                                                                       context))))
    score += 2.0 * (entity.id in context.placed)
    score += 2.5 * (entity.id in context.parents)
    score += 1.0 * _capital_written_like_a_country(entity, evidence)
    return score


@functools.cache
def _capitals() -> frozenset[tuple[str, str]]:
    """(country, key of its capital's name) of every country GeoNames gives a capital."""
    return frozenset((code, name_key(name)) for code, name in sources.read_capitals().items())


def _capital_written_like_a_country(entity: Entity, evidence: _Evidence) -> bool:
    """A country's capital written like another country, where a script writes no vowels
    (Arabic "عمان": Amman, or Oman): news of towns means the capital, as well known as a
    country; its own country's name stays the country ("تونس", "الجزائر")."""
    return entity.kind == "city" and (entity.country, name_key(entity.name)) in _capitals() \
        and any(c.entity.kind == "country" and c.entity.country != entity.country
                for c in evidence.mention.candidates)


def _containers(evidence: _Evidence, context: _Context) -> frozenset[str]:
    """The countries written beside the mention, but the agency's when the story overrules
    it (``_agency_overruled``)."""
    if evidence.agency is not None and _agency_overruled(evidence, context):
        return evidence.container_countries - {evidence.agency}
    return evidence.container_countries


def _agency_overruled(evidence: _Evidence, context: _Context) -> bool:
    """The story tells of the country of a big namesake of the dateline's town and not of
    the agency's ("Santiago (EFE) – ... con Valparaíso": Chile's capital, though EFE is
    Spain's and Spain has a Santiago too): an agency files from abroad as well."""
    agency = evidence.agency
    own = {c.entity.id for c in evidence.mention.candidates}

    def told(country: str) -> bool:
        """The story names the country, its people, or a town of it but this mention."""
        return country in context.country_spans or country in context.demonyms or any(
            town not in own for town in context.towns.get(country, ()))

    return agency is not None and not told(agency) and any(
        c.entity.country != agency and told(c.entity.country)
        and c.entity.population >= _BIG_CITY for c in evidence.mention.candidates)


_TOWNS_AROUND = 1
"""Other towns of one country that make it the story's for a town's homonyms, in a language
of no home country (English); at the second reading, the first one has chosen some only."""


def _among_the_story_s_towns(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """In a language of no home country, a town of the country of another town of the story
    ("Ludlow", in a story naming Shrewsbury, is England's, not Massachusetts'), unless it is a
    small namesake of a big city ("Paris", Texas)."""
    if context.language_countries or entity.kind != "city":
        return False
    others = context.towns.get(entity.country, set()) - {entity.id}
    return len(others) >= _TOWNS_AROUND and not _small_namesake(entity, evidence)


_NAMESAKE_RATIO = 10
"""How many times bigger a city must be for its small namesake to gain nothing from its
country being named elsewhere in the story."""


def _small_namesake(entity: Entity, evidence: _Evidence) -> bool:
    """A small town named like a big city of another country ("Rotterdam", New York, beside
    Rotterdam of the Netherlands): that the story names its country elsewhere ("esporta negli
    Stati Uniti ... un distributore di Rotterdam") does not make it the town meant, unless
    a wrapper marks a town ("La commune de Montréal, en France")."""
    return entity.kind == "city" and any(
        c.entity.kind == "city" and c.entity.country != entity.country
        and c.entity.population >= _BIG_CITY
        and c.entity.population >= _NAMESAKE_RATIO * max(entity.population, 1)
        for c in evidence.mention.candidates)


def _small_namesake_of_an_untold_country(entity: Entity, evidence: _Evidence,
                                         context: _Context) -> bool:
    """A small namesake of a big city abroad, in a country of the language that the story
    tells nothing else of: no name, people or other town of it ("Macau" in a Portuguese
    story of Guimarães and Zhuhai is the big city, not the Brazilian town of 27,000)."""
    own = {c.entity.id for c in evidence.mention.candidates}
    country = entity.country
    return _small_namesake(entity, evidence) and country not in context.country_spans \
        and country not in context.demonyms \
        and not any(town not in own for town in context.towns.get(country, ()))


def _namesake_placed(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """The story writes a country beside a namesake of the same kind ("CÓRDOBA
    (Argentina)"): a sense chosen at a bare mention has no claim to one sense per discourse."""
    return any(c.entity.id in context.placed and c.entity.kind == entity.kind
               for c in evidence.mention.candidates)


def _namesake_in_a_named_county(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """A namesake town lies near the centre of a county or a province the story names, and
    this one does not ("Dartmouth" in a story naming Devon is England's, not Nova Scotia's):
    the first reading's choice, made before the county was read, has no claim to one sense
    per discourse."""
    return entity.kind == "city" and bool(context.province_centres) and any(
        c.entity.kind == "city" and c.entity.id != entity.id
        and _inside_a_chosen_province(c.entity, context)
        for c in evidence.mention.candidates) and not _inside_a_chosen_province(entity, context)


def _namesake_named_in_full(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """A namesake of the same kind is chosen where the story writes a longer name of it
    ("Lech am Arlberg", in a heading), and this one only where it is written as here: the
    bare name is that town's short form ("der Bürgermeister von Lech"), not another place
    read at the bare name (Lecco, whose alternate name is Lech)."""
    length = evidence.mention.span[1] - evidence.mention.span[0]

    def longest(entity_id: str) -> int:
        """The longest mention the entity is chosen at."""
        return max((end - start for start, end in context.chosen.get(entity_id, ())), default=0)

    return longest(entity.id) <= length and any(
        c.entity.kind == entity.kind and c.entity.id != entity.id
        and longest(c.entity.id) > length for c in evidence.mention.candidates)


def _namesake_at_home(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """A namesake of the same kind lies in the country of three towns of the story, and
    this one does not (a Spanish text on Rafaela, Rosario and Buenos Aires: Córdoba of
    Argentina): the first reading's choice, made before the story's towns were known, has no
    claim to one sense per discourse. In a language of no home country (English), where no
    country is the story's, a town of a country of no other town of the story has none either
    beside a namesake of a country of two other towns ("Valencia" among Málaga and Seville),
    unless that one is a small namesake (Coburg of Oregon, in a story naming San Francisco)."""
    if not context.language_countries and entity.kind == "city" and not (
            context.towns.get(entity.country, set()) - {entity.id}):
        return any(c.entity.kind == "city" and c.entity.country != entity.country
                   and _NAMESAKE_RATIO * c.entity.population >= entity.population
                   and len(context.towns.get(c.entity.country, set()) - {c.entity.id})
                   >= _STORY_TOWNS - 1 for c in evidence.mention.candidates)
    return entity.country not in context.story_countries and any(
        c.entity.kind == entity.kind and c.entity.country in context.story_countries
        for c in evidence.mention.candidates)


def _country_named(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """The story names the entity's country; a country's name that is a big city's name
    elsewhere (kept for some languages only: "Salvador", El Salvador in French) does not
    vouch for itself, so that it is Salvador da Bahia in a story that names Brazil."""
    spans = context.country_spans.get(entity.country, set())
    if evidence.translated_country:
        return bool(spans - {evidence.mention.span})
    return bool(spans)


def _listed(entity: Entity) -> bool:
    """A place of our ``places.toml``, which no source lists: its id is
    ``<kind>:<country>-<slug>`` (see ``collect._add_listed``)."""
    return entity.id.startswith(("region:", "city:"))


def metropolitan_region(city: Entity, template: str) -> Entity:
    """The region around a city, named by a metropolitan wrapper's template.

    It has no GeoNames or ISO 3166 entry: its id is ``region:<country>-<slug of its name>``,
    and it takes the city's country, first-level region and coordinates.
    """
    name = template.format(name=city.name)
    return Entity(f"region:{city.country}-{slugify(name)}", name, "region", city.country,
                  city.admin1, city.region, lat=city.lat, lon=city.lon,
                  population=city.population)


def _marked(entity: Entity, wrapper: Wrapper | None) -> bool:
    """A wrapper of the entity's kind stands right before its name ("the city of Nice")."""
    return wrapper is not None and wrapper.before and (
        wrapper.kind == entity.kind or (wrapper.template is not None and entity.kind == "city"))


def _strong(candidate: Candidate, evidence: _Evidence, context: _Context) -> bool:
    """Support from the mention's own surroundings or from other places of the document."""
    entity = candidate.entity
    wrapper = evidence.wrapper
    if wrapper is not None and (wrapper.kind == entity.kind
                                or _country_named(entity, evidence, context)
                                or wrapper.template is not None):
        return True
    if entity.country in evidence.container_countries or entity.id in context.parents:
        return True
    if entity.kind == "region" and entity.region is not None and entity.region in evidence.holders:
        # a province of the first-level region of the town before its comma ("TAGBILARAN
        # CITY, Bohol –"): the province the town lies in, which the gazetteer cannot tell
        return True
    if entity.region is not None and (entity.region in context.regions
                                      or entity.region in evidence.container_regions):
        return True
    if _in_abbreviated_region(entity, evidence):
        return True
    return _named_elsewhere(entity, evidence, context)


def _named_elsewhere(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """The story marks the place elsewhere, or resolves it at another mention."""
    return entity.id in context.marked or bool(
        context.chosen.get(entity.id, set()) - {evidence.mention.span})


def _listed_with_town(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """In a list with a town of its own country ("zwischen Hof und Plauen")."""
    return any(other is not None and other.kind == "city" and other.country == entity.country
               for other in map(context.span_entities.get, evidence.listed_with))


def _placed(evidence: _Evidence, context: _Context) -> bool:
    """Written where places are: after a place preposition, or in a list with a place."""
    return evidence.after_preposition or any(s in context.spans for s in evidence.listed_with)


_AROUND = 0.5
"""Degrees (about 50 km) from the centre of a county or a province to a town it holds."""


def _around_a_town(entity: Entity, context: _Context) -> bool:
    """A county or province whose centre is near a town the story names ("Shrewsbury" and
    "Shropshire", "Canterbury" and "Kent"): the story is about that part of its country."""
    if entity.region is None or entity.lat is None or entity.lon is None:
        return False
    scale = math.cos(math.radians(entity.lat))
    return any(
        town.kind == "city" and town.country == entity.country and town.lat is not None
        and town.lon is not None and math.hypot(town.lat - entity.lat,
                                                (town.lon - entity.lon) * scale) <= _AROUND
        for town in context.span_entities.values())


def _inside_a_chosen_province(town: Entity, context: _Context) -> bool:
    """A town near the centre of a county or a province the story names ("Worcester" and
    "Worcestershire County Council"): its region, which GeoNames does not give (towns carry
    their first-level region only), is named in the document."""
    if town.lat is None or town.lon is None:
        return False
    scale = math.cos(math.radians(town.lat))
    return any(
        region.lat is not None and region.lon is not None
        and math.hypot(town.lat - region.lat, (town.lon - region.lon) * scale) <= _AROUND
        for region in context.province_centres.get(town.country, ()))


def _index_provinces(context: _Context) -> None:
    """Group ``provinces`` and the chosen places that are second-level regions with
    coordinates by country, for ``_inside_a_chosen_province``."""
    context.province_centres = {}
    for region in [*context.provinces, *context.span_entities.values()]:
        if region.kind == "region" and region.region is not None \
                and region.lat is not None and region.lon is not None:
            context.province_centres.setdefault(region.country, []).append(region)


def _inside_a_longer_name(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """A town's name after a capitalised word that is no title ("the South Plains", "the
    Great Plains" of Texas): the end of a longer name the gazetteer lacks, unless the town
    is marked right there (its wrapper, its country or region beside it) or elsewhere."""
    return entity.kind == "city" and entity.population < _BIG_CITY and (
        evidence.name_precedes and evidence.wrapper is None and not evidence.after_title
        # a twinning body's name ends with its town ("COMITATO GEMELLAGGI MONTEBELLUNA")
        and not evidence.twinning_word_before
        and entity.country not in evidence.container_countries
        and entity.id not in evidence.container_regions
        and (entity.region is None or entity.region not in evidence.container_regions)
        and not _in_abbreviated_region(entity, evidence)
        and not _named_elsewhere(entity, evidence, context))


def _opens_a_feature_name(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """A small town's name of two words or more before a building's or a feature's head
    noun ("at the New Town Hall on Marienplatz"): the start of that name,
    unless the town is marked there or named elsewhere (a single word is judged with the
    ordinary words)."""
    return entity.kind == "city" and entity.population < _BIG_CITY and (
        evidence.head_follows and " " in evidence.mention.key and evidence.wrapper is None
        and entity.country not in evidence.container_countries
        and not _named_elsewhere(entity, evidence, context))


def _supported(candidate: Candidate, evidence: _Evidence, context: _Context) -> bool:
    """Whether the best candidate has enough support to be a place mention."""
    entity = candidate.entity
    named = _country_named(entity, evidence, context) or (
        entity.country in evidence.container_countries)
    strong = _strong(candidate, evidence, context)
    single = " " not in evidence.mention.key
    placed = _placed(evidence, context)
    verdict = _position_verdict(candidate, evidence, context)
    if verdict is not None:
        return verdict
    if evidence.ambiguous:
        return _supported_word(candidate, evidence, context, named=named, strong=strong,
                               placed=placed)
    if strong or _accented_subject(entity, evidence, context):
        return True
    if _weak_single_word(candidate, evidence, context, named=named, single=single,
                         placed=placed):
        return False
    if entity.kind == "country":
        return True
    if candidate.best_source == Source.ALTERNATE:
        return _supported_alternate(candidate, evidence, context, named=named, single=single,
                                    placed=placed)
    if named:
        return entity.kind != "city" or entity.population >= _KNOWN_CITY or not single or (
            entity.country in context.language_countries)
    if entity.kind == "region":
        return _supported_region(candidate, evidence, context, single=single, placed=placed)
    return _supported_town(candidate, evidence, context, single=single, placed=placed)


def _position_verdict(candidate: Candidate, evidence: _Evidence, context: _Context) -> bool | None:
    """What the mention's position alone decides, before its word's ambiguity: a town of a
    dateline or of the story's filing is a place; the start, a syllable or the end of a
    longer name is none; None when the position decides nothing."""
    entity = candidate.entity
    if evidence.dateline and entity.kind == "city":
        return True
    if evidence.filed and entity.kind == "city" and not evidence.ambiguous and (
            entity.country in context.language_countries):
        # a town of the language's country the story is filed from, in any case ("Eger –
        # Több mint negyvenezer látogató ...")
        return True
    if _inside_a_longer_name(entity, evidence, context) or _opens_a_feature_name(
            entity, evidence, context):
        return False
    if evidence.opens_twinning_phrase:
        return False  # "a Friendship City Agreement": no Friendship, Maine
    if entity.kind == "country" and evidence.wrapper is not None and evidence.wrapper.before \
            and evidence.wrapper.kind != "country" and evidence.capital_follows:
        # a town's or a province's word before it and a capitalised word after it: the first
        # word of a longer name that the gazetteer lacks ("huyện Đức Hòa", a district, is no
        # Germany; "các thành phố Ý khác" are Italy's)
        return False
    if entity.kind == "city" and evidence.after_title and evidence.capital_follows and (
            entity.population < _BIG_CITY and not _named_elsewhere(entity, evidence, context)):
        # an office that also marks its town ("Thị trưởng Busan"), then two capitalised words:
        # a name of two words ("Thị trưởng Sakurai Takeshi"), not a small town and a name
        return False
    if entity.kind == "country" and context.language in syllable_name_languages() and (
            evidence.capital_precedes or (evidence.capital_follows and not (
                evidence.after_title or evidence.after_preposition or evidence.person_follows))):
        # "huyện Hoài Đức", "các huyện Hoài Đức, Mỹ Đức": a syllable of a longer name; not
        # "Thủ tướng Nhật Bản Kishida", "tại Đức Lê Quốc Bảo"
        return False
    if evidence.ambiguous and evidence.wrapper is not None and evidence.wrapper.before and (
            evidence.capital_follows and not evidence.person_follows
            and context.language in syllable_name_languages()):
        # a common syllable with a town's word before it and a capitalised one after it opens
        # a longer name ("phường Vĩnh Trường" is no Vinh); not "thành phố Vinh Nguyễn Văn A"
        return False
    return None


def _supported_word(candidate: Candidate, evidence: _Evidence, context: _Context, *,
                    named: bool, strong: bool, placed: bool) -> bool:
    """Support for a name that is an ordinary word too ("Nice", "Vinh", "Orange"): a marker of
    its kind, the story's other mentions, or its country with support (``named``,
    ``strong``), or a big city written where places are (``placed``)."""
    entity = candidate.entity
    # An ordinary word needs its place's country and support, or a marker of its
    # kind right before it ("the city of Nice", "Stadt Essen", "thành phố Vinh"); a
    # big city's name is a place where places are written ("Tours and Bordeaux").
    # A place the story names unambiguously elsewhere ("the mayor of Natal", "HALLE
    # (SAALE)") is that place wherever its short name is written: one sense per story.
    if (_marked(entity, evidence.wrapper) and evidence.wrapper is not None
            and evidence.wrapper.template is None) or _named_elsewhere(entity, evidence,
                                                                        context):
        # a metropolitan word is also an ordinary adjective before an ordinary word ("la
        # capitale du Grand Port", "le Grand Palais"): no greater town then
        return True
    if entity.kind == "region" and entity.id in evidence.holders \
            and entity.id in context.parents:
        return True  # "Atlanta, Georgia": the state of the town chosen before its comma
    if evidence.heads_a_name or evidence.ends_a_name or evidence.head_follows:
        # "the University of Waterloo": no town called University; "Kooragang Island",
        # "the Silk Road": no Iceland, no Rode
        return False
    if entity.kind == "city" and entity.population >= _KNOWN_CITY and _listed_with_town(
            entity, evidence, context):
        return True
    if entity.kind == "country" and evidence.after_title:
        return True  # "Tổng thống Mỹ Joe Biden", "Thủ tướng Đức": the office's country
    if entity.kind == "city" and evidence.after_preposition and not evidence.weak \
            and not evidence.capital_follows and not evidence.of_name_follows \
            and entity.population >= _KNOWN_CITY \
            and candidate.best_source <= Source.OFFICIAL \
            and entity.country in context.language_countries:
        # a town of the language's own countries whose name is a word elsewhere, after a
        # place preposition ("la délégation s'est rendue à Pau", "à Orange"): the town
        return True
    if entity.kind == "country" and entity.country in evidence.bracketed_after:
        return True  # "thành phố Hamburg (Đức)": the country the town is in
    return (named and (strong or (not evidence.weak and entity.population >= _BIG_CITY))) or (
        placed and entity.kind == "city" and entity.population >= _BIG_CITY
        and candidate.best_source <= Source.DERIVED)


def _weak_single_word(candidate: Candidate, evidence: _Evidence, context: _Context, *,
                      named: bool, single: bool, placed: bool) -> bool:
    """A single word where any word is capitalised (a sentence's start) that nothing supports: a
    common word, unless a big or known town of the text's language, or a big town abroad,
    opens a clause as its subject."""
    entity = candidate.entity
    return evidence.weak and single and not named and entity.kind != "country" and (
            entity.population < _FAMOUS) and not placed and not (
            # a big town of the text's own language at a sentence start ("Setúbal, geminada
            # com ...") is no common word when the language's word lists do not hold it, nor
            # is a known town of it that opens a clause as its subject ("Olomouc navázala
            # spolupráci", "Буча прийняла делегацію")
            entity.kind == "city" and (entity.population >= _BIG_CITY or (
                entity.population >= _KNOWN_CITY
                # ... nor one that ends a twinning body's name in a heading in capitals
                # ("COMITATO GEMELLAGGI MONTEBELLUNA")
                and (evidence.verb_follows or evidence.twinning_word_before)
                and evidence.distinctive and entity.country in context.language_countries))
            and (entity.country in context.language_countries
                 # a language of no home country (English): a city of 300,000 of any
                 # ("Albuquerque officials are exploring ...")
                 or (not context.language_countries and evidence.distinctive
                     and entity.population >= _WORLD_CITY)
                 or _foreign_subject(entity, evidence, context)))


def _supported_alternate(candidate: Candidate, evidence: _Evidence, context: _Context, *,
                         named: bool, single: bool, placed: bool) -> bool:
    """Support for a place known by this spelling only in GeoNames' alternates: a famous
    one, a big one whose country the story names, or one where places are written in a
    story that names its people."""
    entity = candidate.entity
    # a big town written where places are written, in a story that names its country
    # by its adjective ("arrivano in giornata da Klagenfurt", "i visitatori austriaci")
    return entity.population >= _FAMOUS or (named and (
        entity.population >= _BIG_CITY or (not single and evidence.distinctive))) or (
        placed and entity.country in context.demonyms and entity.population >= _BIG_CITY)


def _supported_region(candidate: Candidate, evidence: _Evidence, context: _Context, *,
                      single: bool, placed: bool) -> bool:
    """Support for a region whose country the story does not name: around a town of the
    story, one of our tables, or a first-level region written where places are."""
    entity = candidate.entity
    if _around_a_town(entity, context):
        return True
    # A first-level region of our alias tables is well known ("Lazio", "Bayern"); one of
    # several words needs one that is no ordinary word ("the North West" of England is
    # not Botswana's district), unless its country speaks the text's language ("Long An").
    # So is one written where places are written, in a story that names its people
    # ("from the Latrobe Valley in Victoria in a pilot with Australian partners"),
    # unless a country has its name (Taiwan, a province China lists, in a story that
    # calls another city Chinese).
    # So is one of the dateline's country written where places are written ("projects in
    # California and Texas" in a story filed from Columbus, Ohio).
    # So is an island or a district of places.toml, which no source lists ("Tenerife",
    # "Oberbayern"): our own table names it.
    if _listed(entity) and candidate.best_source == Source.CURATED:
        return True
    return entity.region is None and (candidate.best_source == Source.CURATED or (
        not single and candidate.best_source <= Source.DERIVED and (
            evidence.distinctive or entity.country in context.language_countries)) or (
        evidence.after_preposition and entity.country in context.demonyms
        and candidate.best_source <= Source.DERIVED and not _country(evidence.mention)) or (
        placed and entity.country in context.home_countries
        and candidate.best_source <= Source.DERIVED and not _country(evidence.mention)))


def _supported_town(candidate: Candidate, evidence: _Evidence, context: _Context, *,
                    single: bool, placed: bool) -> bool:
    """Support for a town whose country the story does not name: its size, a list or a
    province it shares with the story's towns, its full name, or the story naming it often."""
    entity = candidate.entity
    if entity.kind == "city" and entity.population >= _LISTED_TOWN and not evidence.weak \
            and evidence.distinctive and any(
                other is not None and other.kind == "city" and other.country == entity.country
                for other in map(context.span_entities.get, evidence.list_members)):
        # A small town listed with a town of its country that the story has chosen
        # ("Shrewsbury, Hereford and Ludlow"): that country's, not a bigger namesake's abroad
        return True
    if entity.kind == "city" and entity.population >= _LISTED_TOWN and not evidence.weak \
            and evidence.distinctive and _inside_a_chosen_province(entity, context) \
            and not (evidence.capital_follows or evidence.head_follows):
        # A town near the centre of a county the story names ("a choir from Dartmouth", in a
        # story naming Devon): the county says where it lies, as its region named would; not
        # the first word of a longer name ("the winemaker Corio Bay Estate", near Geelong)
        return True
    if entity.population >= _BIG_CITY or (placed and entity.population >= _KNOWN_CITY):
        # A town is a place where places are written: "between Pesaro and Rastatt".
        return True
    if entity.kind == "city" and not single and evidence.distinctive and not evidence.weak \
            and candidate.best_source <= Source.DERIVED and entity.population >= _KNOWN_CITY:
        # A town's own name of several words, written in full, is no common phrase
        # ("Santiago de Compostela"): without it, the bare first word would be read
        # (Chile's Santiago).
        return True
    if entity.kind == "city" and not single and evidence.distinctive and not evidence.weak \
            and (evidence.after_preposition or evidence.ends_a_heading) \
            and candidate.best_source <= Source.OFFICIAL \
            and not (evidence.capital_follows or evidence.head_follows or evidence.ends_a_name) \
            and entity.population >= _SMALL_TOWN and _one_of_its_name(evidence.mention):
        # A small town's own name of several words that no other place bears, written in full
        # where places are written ("42 visitors from La Ferté-Macé") or closing a heading
        # ("Zusammenarbeit mit Lech am Arlberg"): no common phrase,
        # and no other place it could be; unless a name goes on after it ("from Queen
        # Elizabeth High School").
        return True
    if entity.kind == "city" and evidence.distinctive and not evidence.weak and (
            evidence.mention.key in context.named_often and entity.population >= _SMALL_TOWN):
        # The town a local story keeps naming, once at least where places are written
        # ("visitors returned to Dungarvan"): its own paper does not add its country.
        return True
    if entity.kind == "city" and placed and _among_the_story_s_towns(entity, evidence, context) \
            and entity.region in context.parents and not evidence.capital_follows:
        # A town of the region of the story's towns, written where places are written, in a
        # language of no home country ("the Ludlow-La Ferté-Macé Twinning Association", in a
        # story naming Shrewsbury and Hereford): local news names its neighbours bare; not
        # the first word of a longer name ("Waterford Crystal", "Perth and Kinross Council").
        return entity.population >= _SMALL_TOWN and evidence.distinctive
    if entity.region in context.parents and (entity.country in context.language_countries
                                             or entity.region in context.home_regions):
        # A town of the story's own region, in its own language ("arrivés en ferry par
        # Roscoff" in a story filed from Concarneau), or of the region of the town the story
        # keeps naming ("las bodegas de Cafayate", Salta's): local news names its neighbours
        # bare; not as the first word of a longer name ("a piece of Waterford Crystal").
        return entity.population >= _SMALL_TOWN and evidence.distinctive and not (
            evidence.capital_follows)
    return entity.population >= _KNOWN_CITY and (
        entity.country in context.demonyms or entity.country in context.language_countries
        or entity.country in context.home_countries)


def _accented_subject(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """A known town abroad that opens a clause as its subject, its name written with a
    diacritic ("Paysandú firmó ...", "Tromsø signed ..."): such a name is rarely a word of
    the text's language (its own towns have their rule: "Środa" is Wednesday too), in one
    whose diacritics do not tell words apart (Vietnamese writes every word so), in the Latin
    script (Cyrillic "й", Greek tonos are letters of every word: "Таки" is a word); not a
    first name ("Ángel", "Inés")."""
    return entity.kind == "city" and evidence.verb_follows and evidence.distinctive \
        and not evidence.given_name and entity.population >= _KNOWN_CITY \
        and entity.country not in context.language_countries \
        and context.language not in accent_languages() \
        and has_diacritics(evidence.mention.surface) and is_latin(evidence.mention.surface)


def _foreign_subject(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """A big town of a country of another of our languages that opens a clause as its
    subject, before one of the language's ``subject_verbs``, in a language of no home
    country ("Bolzano welcomed guests from Innsbruck"): no word nor surname of the text's
    language, unless it is a first name too ("Nancy said"); a town of no such country may
    be a surname there ("Tacoma" is safe, "Jackson said" is not)."""
    return not context.language_countries and evidence.subject_verb and evidence.distinctive \
        and not evidence.given_name and entity.population >= _BIG_CITY \
        and entity.country in _countries_of_languages()


@functools.cache
def _countries_of_languages() -> frozenset[str]:
    """The countries of every language we read (``languages.toml`` [read])."""
    return frozenset().union(*language_countries().values())


def _one_of_its_name(mention: Mention) -> bool:
    """No other place of the gazetteer bears the mention's name."""
    return len(mention.candidates) == 1


def _famous_over_hamlet(best: Candidate, candidates: list[Candidate], evidence: _Evidence,
                        context: _Context) -> Candidate:
    """A village that only its country's being named puts first ("Montréal" in the Gers, in
    a French story about a flight to Montréal) yields to a city of a million namesake,
    unless something around the mention or in the story marks the village itself."""
    entity = best.entity
    if entity.kind != "city" or entity.population >= _KNOWN_CITY or evidence.wrapper is not None:
        return best
    if entity.country in evidence.container_countries or entity.id in context.chosen or (
            entity.region is not None and (entity.region in context.regions
                                           or entity.region in evidence.container_regions)):
        return best
    famous = [c for c in candidates if c.entity.kind == "city"
              and c.entity.population >= _FAMOUS and c.best_source <= Source.DERIVED]
    return max(famous, key=lambda c: c.entity.population) if famous else best


def _own_name_over_alternate(best: Candidate, candidates: list[Candidate],
                             evidence: _Evidence, context: _Context) -> Candidate:
    """A big city written with its own name ("VALENCIA", in a Spanish story that names
    France) is not a smaller town for which the name is only an alternate spelling (Valence),
    nor is a town of the text's language's country ("Marburg" in German is not Maribor),
    unless something around the mention or a placed mention of the story marks that town."""
    entity = best.entity
    wrapper = evidence.wrapper
    if (entity.kind != "city" or _written_source(best, evidence.mention) != Source.ALTERNATE
            or (wrapper is not None and wrapper.kind != "city")
            or entity.country in evidence.container_countries
            or entity.id in context.placed or (entity.region is not None and (
                entity.region in context.regions
                or entity.region in evidence.container_regions))):
        return best
    owners = [c for c in candidates if _written_source(c, evidence.mention) <= Source.DERIVED and (
        (c.entity.kind == "city" and c.entity.population >= _BIG_CITY) or (
            c.entity.kind == "region" and c.entity.region is None))
        and _population(c.entity) > entity.population] if wrapper is None else []
    # in the language of its country, a town's own name is the town's, not a foreign town's
    # exonym there ("Marburg" in German, beside Slovenia: not Maribor)
    owners = owners or [c for c in candidates if c.entity.kind == "city"
                        and c.entity.population >= _KNOWN_CITY
                        and c.entity.country in context.language_countries
                        and entity.country not in context.language_countries
                        and _written_source(c, evidence.mention) <= Source.DERIVED]
    return max(owners, key=lambda c: _score(c, evidence, context)) if owners else best


def _capital_filed_from(best: Candidate, candidates: list[Candidate],
                        evidence: _Evidence) -> Candidate:
    """A story is filed from a town: a dateline's name that is a country's and its capital's
    ("Luxembourg, 3 May (AP) –", "تونس (وات) –", "الكويت 3 مارس (كونا) –") is the city."""
    if best.entity.kind != "country" or not evidence.filed:
        return best
    towns = [c for c in candidates if c.entity.kind == "city"
             and c.entity.country == best.entity.country
             and c.entity.population >= _KNOWN_CITY]
    return max(towns, key=lambda c: c.entity.population) if towns else best


def _written_source(candidate: Candidate, mention: Mention) -> Source:
    """The most trusted source among the spellings written as the text writes the name
    (accents included): "Bali" is only an alternate spelling of India's "Bāli"."""
    written = accent_key(mention.surface)
    return min((name.source for name in candidate.names if accent_key(name.variant) == written),
               default=candidate.best_source)


def _choose(evidence: _Evidence, context: _Context) -> Resolved | None:
    wrapper = evidence.wrapper
    candidates = _pass_contenders(evidence, context)
    if not candidates:
        return None
    best = max(candidates, key=lambda c: _score(c, evidence, context))
    best = _famous_over_hamlet(best, candidates, evidence, context)
    best = _own_name_over_alternate(best, candidates, evidence, context)
    best = _capital_filed_from(best, candidates, evidence)
    if evidence.demonym not in (None, best.entity.country):
        return None  # "the German city of Bremen": a nationality, not Mexico's San Germán
    if not _supported(best, evidence, context) or _quarter_of_a_city(best.entity, evidence,
                                                                      context):
        return None
    span = evidence.mention.span
    if wrapper is not None and wrapper.template is not None and best.entity.kind == "city":
        # The region's name is the whole phrase: its mention spans the wrapper too.
        span = (min(span[0], wrapper.span[0]), max(span[1], wrapper.span[1]))
        return Resolved(span, metropolitan_region(best.entity, wrapper.template))
    return Resolved(span, best.entity)


def _quarter_of_a_city(entity: Entity, evidence: _Evidence, context: _Context) -> bool:
    """A village's name before a big city of another region that it lies in by the text
    ("in Santa Croce, a Firenze": Florence's quarter, no village of Friuli; "Kreuzberg in
    Berlin", of Berlin's own region, stays): a quarter or a street named after it."""
    if entity.kind != "city" or entity.population >= _KNOWN_CITY or evidence.quarter_of is None:
        return False
    city = context.span_entities.get(evidence.quarter_of)
    return city is not None and city.kind == "city" and city.population >= _BIG_CITY and (
        city.country != entity.country or city.region != entity.region)
