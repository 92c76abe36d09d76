"""The places component: every country, region and city the text names, linked to GeoNames.

Recognition (``gazetteer.mentions``) finds spellings of gazetteer names as they
must be written; resolution (``gazetteer.resolve``) picks the entity each one
names from the document's context, or drops it (a person, a common word, a
place with no support). Mentions of one entity become one ``Place``, listed by
first mention.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from citypact.extract.pipeline import Component, Doc
from citypact.extract.rules import home_countries
from citypact.gazetteer.cues import PlaceCues
from citypact.gazetteer.mentions import MentionFinder
from citypact.gazetteer.model import Entity, Gazetteer
from citypact.gazetteer.resolve import Resolved, resolve_mentions
from citypact.model import Place, Span


def to_place(entity: Entity, mentions: Iterable[Span]) -> Place:
    """The contract ``Place`` of a gazetteer entity."""
    return Place(id=entity.id, name=entity.name, kind=entity.kind, country=entity.country,
                 admin1=entity.admin1 if entity.kind != "country" else None,
                 lat=None if entity.lat is None else round(entity.lat, 4),
                 lon=None if entity.lon is None else round(entity.lon, 4),
                 mentions=tuple(sorted(mentions)))


def group_places(resolved: Iterable[Resolved]) -> tuple[Place, ...]:
    """One place per entity, with all its spans, ordered by first mention."""
    spans: dict[str, list[Span]] = {}
    entities: dict[str, Entity] = {}
    for item in sorted(resolved, key=lambda r: r.span):
        spans.setdefault(item.entity.id, []).append(item.span)
        entities.setdefault(item.entity.id, item.entity)
    return tuple(to_place(entities[i], spans[i]) for i in spans)


QUALIFIED = re.compile(r"([A-ZÀ-Ý][\w’']{2,})(?:-(?:en|sur|sous|lès|les|le|la|de|du|des)-"
                       r"|\s+(?:am|an der|im|in der|ob der|upon|on)\s+)\S", re.UNICODE)
"""A town's name qualified by what it lies on or in ("Aix-en-Provence", "Boulogne-sur-Mer",
"Frankfurt am Main", "Stratford-upon-Avon"): its first word is its short form."""


def with_short_forms(text: str, places: tuple[Place, ...]) -> tuple[Place, ...]:
    """Add the short form of a qualified town's name, once the story names it in full ("la
    sindaca di Aix", after "Aix-en-Provence"), where no other place is named."""
    taken = [span for place in places for span in place.mentions]
    result = []
    for place in places:
        extra: list[Span] = []
        shorts = {match.group(1) for start, end in place.mentions if place.kind == "city"
                  for match in [QUALIFIED.match(text, start, end)] if match is not None}
        for short in shorts:
            for found in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
                span = found.span()
                if not any(s < span[1] and span[0] < e for s, e in (*taken, *extra)) \
                        and not QUALIFIED.match(text, span[0]):
                    extra.append(span)
        result.append(dataclasses.replace(place, mentions=tuple(sorted(
            (*place.mentions, *extra)))) if extra else place)
    return tuple(result)


def with_body_acronyms(text: str, places: tuple[Place, ...], cues: PlaceCues,
                       language: str | None) -> tuple[Place, ...]:
    """Add the acronym of a town's own government, once the story names the body with it
    ("Sylhet City Corporation (SCC)"), where it is written alone after that ("the SCC
    signed"): the body is the town itself, and so its acronym."""
    taken = [span for place in places for span in place.mentions]
    result = []
    for place in places:
        extra: list[Span] = []
        for span in place.mentions:
            found = cues.body_acronym_after(text, span, language) \
                if place.kind != "country" else None
            if found is None:
                continue
            acronym, defined = found
            for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
                at = match.span()
                if at[0] >= defined and not any(s < at[1] and at[0] < e
                                                for s, e in (*taken, *extra)):
                    extra.append(at)
        result.append(dataclasses.replace(place, mentions=tuple(sorted(
            (*place.mentions, *extra)))) if extra else place)
    return tuple(result)


class PlacesComponent:
    """Finds and resolves places; needs the language (may be ``None``)."""

    name = "places"
    requires: tuple[str, ...] = ("language", "sentences")
    assigns: tuple[str, ...] = ("places",)

    def __init__(self, gazetteer: Gazetteer, cues: PlaceCues) -> None:
        self._finder = MentionFinder(gazetteer, cues)
        self._cues = cues
        self._gazetteer = gazetteer

    def extract(self, text: str, language: str | None,
                home: frozenset[str] | None = None) -> tuple[Place, ...]:
        """The places of one text, read with the rules of ``language``; ``home``: the
        countries of the text's own language when they are not that language's."""
        mentions = self._finder.find(text, language)
        return with_body_acronyms(text, with_short_forms(text, group_places(resolve_mentions(
            text, mentions, self._cues, language, self._gazetteer.entity, home=home))),
            self._cues, language)

    def __call__(self, doc: Doc) -> Doc:
        places = self.extract(doc.text, doc.rules_language, home_countries(doc.language)
                              if doc.language != doc.rules_language else None)
        if doc.furniture:
            places = _outside_furniture(places, doc)
        return dataclasses.replace(doc, places=places)


def _outside_furniture(places: tuple[Place, ...], doc: Doc) -> tuple[Place, ...]:
    """The places as the story names them: a place named only on the page's lines around
    it (another story's headline, a tag) is none of the story's."""
    kept: list[Place] = []
    for place in places:
        mentions = tuple(m for m in place.mentions if not doc.in_furniture(m[0]))
        if mentions:
            kept.append(dataclasses.replace(place, mentions=mentions))
    return tuple(kept)


def make_places_component(gazetteer: Gazetteer, cues: PlaceCues | None = None) -> Component:
    """The places component over a gazetteer (the SQLite index or a test double).

    Args:
        gazetteer: where names are looked up.
        cues: compiled context cues; read from the packaged data files when omitted.
    """
    return PlacesComponent(gazetteer, cues or PlaceCues.load())
