"""Contenders: the candidates of a mention that its wrapper and the story leave in the running.

``_contenders`` drops the candidates that a wrapper, a homonym or an unplaced seat rules out
(see each filter); ``_bare_contenders`` and ``_pass_contenders`` keep its result for the steps
before the first pass and for each pass of ``resolve``.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from citypact.gazetteer.cues import Wrapper
from citypact.gazetteer.evidence import _Context, _Evidence
from citypact.gazetteer.model import Candidate, Entity, NameFlag, Source, has_flag
from citypact.gazetteer.sizes import _BIG_CITY, _FAMOUS, _KNOWN_CITY


def _contenders(evidence: _Evidence, placed: Collection[str] = frozenset(),
                kin: Collection[str] = frozenset()) -> list[Candidate]:
    """The candidates that the mention's wrapper leaves in the running; a region that holds
    the town before its comma stays when its namesake town lies elsewhere ("Portland,
    Oregon": the state, though Ohio has a town called Oregon; "Edogawa, Tokyo" is the city).
    A town of no recorded population runs only where the text places it (``placed``: the
    ids the story places elsewhere); a spelling read only after a body's word runs only
    there ("el Cabildo de La Palma"), or, for some, in a story that names another place of
    its table in its region (``kin``: those regions; "La Gomera" beside "Tenerife")."""
    wrapper = evidence.wrapper
    candidates = [c for c in _curated_regions_first(evidence.mention.candidates)
                  if not _unplaced_seat(c.entity, evidence, placed)
                  and ((wrapper is not None and wrapper.body) or _read_bare(c, kin))]
    kept = _without_homonym_regions(candidates, wrapper)
    kept += [c for c in candidates if c.entity.id in evidence.holders and c not in kept
             and not any(o.entity.kind == "city" and o.entity.region == c.entity.id
                         for o in candidates)]
    return _without_foreign_namesakes(kept, wrapper)


def _bare_contenders(evidence: _Evidence) -> list[Candidate]:
    """``_contenders`` with nothing placed and no kin, computed once per mention: the steps
    before the first pass ask it three times (countries, marked regions, kin). The list is
    shared: callers only read it."""
    if evidence.bare_contenders is None:
        evidence.bare_contenders = _contenders(evidence)
    return evidence.bare_contenders


def _pass_contenders(evidence: _Evidence, context: _Context) -> list[Candidate]:
    """``_contenders`` for the pass's ``placed`` and ``kin``, kept until either changes
    (``_refresh_contenders``): a pass costs a dict look-up per mention, not the filters."""
    found = context.contenders.get(id(evidence))
    if found is None:
        found = context.contenders[id(evidence)] = _contenders(evidence, context.placed,
                                                                context.kin)
    return found


def _refresh_contenders(context: _Context) -> None:
    """Forget the kept contenders when the pass's ``placed`` or ``kin`` differs from theirs
    (two frozen copies per pass, to compare with the next)."""
    now = (frozenset(context.placed), frozenset(context.kin))
    if now != context.contenders_of:
        context.contenders.clear()
        context.contenders_of = now


def _curated_regions_first(candidates: Sequence[Candidate]) -> Sequence[Candidate]:
    """A region that our alias tables call so is not a city whose GeoNames alternate it is
    ("Bahia" is the state, not Salvador's old name; "Pernambuco" is not Recife)."""
    if not any(c.entity.kind == "region" and c.best_source == Source.CURATED
               for c in candidates):
        return candidates
    return [c for c in candidates
            if c.entity.kind != "city" or c.best_source != Source.ALTERNATE]


def _read_bare(candidate: Candidate, kin: Collection[str]) -> bool:
    """A spelling of the candidate counts without a body's word before it."""
    return any(not has_flag(n.flags, NameFlag.WRAPPED) or (
        has_flag(n.flags, NameFlag.AMONG_KIN) and candidate.entity.region in kin)
               for n in candidate.names)


def _unplaced_seat(entity: Entity, evidence: _Evidence, placed: Collection[str]) -> bool:
    """A town GeoNames records with no population (mostly villages, some seats whose
    population it lacks: Bhaktapur, Paju) that nothing around the mention places: neither its
    country or region after a comma or in brackets ("Bhaktapur, Nepal"), nor a town's
    wrapper ("the city of Paju"), nor such a mention elsewhere in the story."""
    if entity.kind != "city" or entity.population > 0:
        return False
    return not (entity.country in evidence.container_countries
                or (entity.region is not None and entity.region in evidence.container_regions)
                or (evidence.wrapper is not None and evidence.wrapper.kind == "city")
                or entity.id in placed)


def _without_homonym_regions(candidates: Sequence[Candidate],
                             wrapper: Wrapper | None) -> list[Candidate]:
    """A region named like a city of its country is the city, unless a wrapper says region.

    ("Latina", "Turin", "Ha Tinh", "Zagreb": the province, metropolitan city or county
    that bears a city's name is written with its wrapper when it is meant, and a bare
    mention is the city even in a text that names only the region: "la región de Trnava"
    and "el alcalde de Trnava" name both. The words of a metropolitan region name the
    region around the city: "Greater Manchester" is not the district of Manchester.)
    """
    if wrapper is not None and wrapper.kind == "region" and wrapper.template is None:
        return list(candidates)
    cities = [c.entity for c in candidates if c.entity.kind == "city" and (
        c.best_source != Source.ALTERNATE or c.entity.population >= _FAMOUS)]
    # A town known by this name only in GeoNames' alternates still holds the region it
    # gives its name to, or the province beside it ("Padova", "Mantova": Padua, Mantua)
    capitals = [c.entity for c in candidates if c.entity.kind == "city"
                and c.entity.population >= _KNOWN_CITY]
    kept = []
    for candidate in candidates:
        region = candidate.entity
        held = region.kind == "region" and (
            any(city.country == region.country and (
                city.population >= _KNOWN_CITY or _inside_or_beside(city, region))
                for city in cities)
            or any(city.country == region.country and _inside_or_beside(city, region)
                   for city in capitals))
        if not held:
            kept.append(candidate)
    return kept


def _inside_or_beside(city: Entity, region: Entity) -> bool:
    """The city lies in the region, or in the region that holds it (a province's capital);
    a village of another region named like a state does not hold it ("Paraná", a village
    of Rio Grande do Norte, is not the state of Paraná)."""
    return city.region is not None and city.region in (region.id, region.region)


def _without_foreign_namesakes(candidates: list[Candidate],
                               wrapper: Wrapper | None) -> list[Candidate]:
    """Under a city wrapper, a country's name is the country, or a city of that country.

    "A city of Italy", "una città d'Italia", "une ville d'Italie" speak of Italy, not of
    Italy, Texas; "la ville de Luxembourg" is the city of Luxembourg.
    """
    if wrapper is None or wrapper.kind != "city":
        return candidates
    countries = {c.entity.country for c in candidates if c.entity.kind == "country"}
    if not countries:
        return candidates
    # A big city whose own name it is stays: "la ville de Salvador" is in Bahia, though
    # French calls El Salvador "Salvador".
    return [c for c in candidates if c.entity.kind != "city" or c.entity.country in countries
            or (c.best_source <= Source.DERIVED and c.entity.population >= _BIG_CITY)]
