"""The actor rules: organisation heads, local-government phrases, titles, honorifics, names.

Loaded from ``rules/actors/common.toml`` and ``rules/actors/<lang>.toml`` and validated
once, in the component's constructor. Organisation heads of every language are used in
every document (an Italian chamber is named in Italian in an English article); titles,
honorifics and function words are those of the document's language plus English.

One language's file is read by ``rules_language``, its ``[han]`` table by ``rules_han``, and
the title lexicons of a document language are built by ``rules_people``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from citypact.errors import ConfigError
from citypact.extract.actors.rules_han import HanRules as HanRules  # re-exported
from citypact.extract.actors.rules_han import load_han_rules
from citypact.extract.actors.rules_language import ORG_TYPES as ORG_TYPES  # re-exported
from citypact.extract.actors.rules_language import LanguageRules, _table
from citypact.extract.actors.rules_language import NameCase as NameCase  # re-exported
from citypact.extract.actors.rules_language import Rewrite as Rewrite  # re-exported
from citypact.extract.actors.rules_language import (  # re-exported
    load_language_rules as load_language_rules,
)
from citypact.extract.actors.rules_people import PeopleLexicons as PeopleLexicons  # re-exported
from citypact.extract.actors.rules_people import _folded, _people_lexicons
from citypact.extract.linking.lexicons import load_demonyms
from citypact.extract.matchers.lexicon import Lexicon
from citypact.extract.rules import load_rule_file, string_list, supported_languages
from citypact.gazetteer.rules import load_common_words, load_people
from citypact.textnorm import fold

DEFAULT_LANGUAGE = "en"
POSSESSIVE_END = re.compile(r"['’]s$")
"""An English possessive's ending ("Minister's")."""


@dataclass(frozen=True, slots=True)
class KnownOrganization:
    """An organisation named in ``common.toml`` (international body, network, news agency)."""

    name: str
    aliases: tuple[str, ...]
    type: str
    country: str | None
    branch: bool
    offices: frozenset[str] = frozenset()
    """Titles of its office-holders, folded ("commissioner"): a person so titled acts for
    it when the story names it, not for the town the story is filed from or visits."""


@dataclass(frozen=True, slots=True)
class ActorRules:
    """Everything the actor extractors match, built once from the rule files."""

    heads: tuple[tuple[Lexicon, bool], ...]
    """Organisation heads (labels are types), each lexicon with whether its languages write
    the name right after the head ("Università Bocconi")."""
    lowercase_heads: tuple[Lexicon, ...]
    nouns: tuple[Lexicon, ...]
    """Common nouns before a name ("the company OMS"), labelled with the type they give."""
    appositive_nouns: Lexicon
    local_government: tuple[Lexicon, ...]
    connectors: frozenset[str]
    place_nouns: tuple[Lexicon, ...]
    """Nouns written before a place inside a name ("Sở Ngoại vụ tỉnh Quảng Nam")."""
    legal_suffixes: frozenset[str]
    known: tuple[KnownOrganization, ...]
    vietnamese_surnames: frozenset[str]
    vietnamese_middle: frozenset[str]
    """Middle names of a Vietnamese name ("Văn", "Thị"; folded)."""
    east_asian_surnames: frozenset[str]
    """Chinese and Korean surnames, written first ("Wang Hao", "Kim Min-jun"; folded)."""
    given_names: frozenset[str]
    non_name_words: frozenset[str]
    portfolio_words: frozenset[str]
    """Capitalised words of an office's field written between a title and its holder's name
    ("wethouder Economie Jasper Kooistra", "secretário de Estado da Indústria e Comércio,
    Ricardo Tomasi"): part of the role, never of the name."""
    portfolio_openers: frozenset[str]
    """Lower-case words that open an office's portfolio in lower case ("député provincial
    chargé des relations internationales, Olivier Dujardin"; folded): the words after one
    are the portfolio's, not adjectives of the title."""
    non_name_endings: tuple[str, ...]
    """Folded ends of compound words of a building or a street ("Breydelstadion",
    "Bahnhofstraße"): a longer word ending in one is never part of a person's name."""
    buildings: frozenset[str]
    """Words of a building before its name ("Palazzo"): the name after one is no person."""
    lowercase_buildings: frozenset[str]
    """The same written in lower case ("el estadio Guillermo Amor")."""
    buildings_after: frozenset[str]
    """Words of a shrine written after its name ("the Maya Devi Temple"): the name before
    one is no person."""
    saints: frozenset[str]
    """Words of a saint before a given name ("San Francesco", "Santa Chiara"): the run names
    a church, a feast or a town, not a person."""
    particles: frozenset[str]
    patronymics: frozenset[str]
    """Particles of a patronymic ("Mansoor bin Rashid Al Falasi"), of every language (folded):
    they count as no word of a name's length."""
    demonyms: dict[str, str]
    """Adjectives of nationality of every language (folded) -> country."""
    function_words: dict[str, frozenset[str]]
    """Per language, its function words and English ones: folded, or lower-cased with
    their accents in a language that keeps them (see ``word_key``)."""
    keep_accents: dict[str, bool]
    people: dict[str, PeopleLexicons]
    language_demonyms: dict[str, dict[str, str]] = field(default_factory=dict)
    """Per language, ``demonyms`` with the adjectives read in it only ("lao" in English)."""
    name_cases: dict[str, tuple[NameCase, ...]] = field(default_factory=dict)
    """Per language, the oblique cases its personal names are read back from."""
    case_endings: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per language, the case endings it glues to a name after an apostrophe ("Kalkan'a";
    folded): split off the name's token."""
    glued_heads: dict[str, tuple[str, str | None, str]] = field(default_factory=dict)
    """Folded heads glued to the end of a one-word name ("koelnmesse") -> type, country and
    the language whose rules list it."""
    compound_heads: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    """Folded last part of a hyphenated name -> the type and country it gives ("kreis":
    a German government body)."""
    nominatives: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    """Per language, a body's head in a case and in the nominative ("Ένωσης", "Ένωση"):
    a name written after its head in a case is named in the nominative."""
    based_words: frozenset[str] = frozenset()
    """Last parts of a hyphenated adjective of where a firm is ("Madrid-based"; folded): the
    name of two words or more right after one is the firm's ("Madrid-based Castellana
    Infraestructuras"), not a town's."""
    han: dict[str, HanRules] = field(default_factory=dict)
    """Per language written in Han characters, how its people and bodies are read."""
    place_connectors: frozenset[str] = frozenset()
    """Connectors that only a place follows inside a body's name, of every language (folded):
    "die Hannover Messe zu Ende gegangen" names no body "zu Ende"."""
    coordinators: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per language, its own words for "and" beyond the shared ``COORDINATORS`` (folded):
    Catalan's "i" is a preposition in Swedish ("Universitet i Lund")."""
    surname_joiners: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per language, the words that join a person's two surnames (folded)."""
    own_particles: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per language, its own particles of names (folded): a function word of the language
    that is not one of them joins no name there, whatever another language makes of it
    (Spanish "al", "a" and "el", is no Arabic "al": "Juan Pérez al Cruz Azul")."""
    titles_follow_names: frozenset[str] = frozenset()
    """Languages that write a person's title in lower case right after the name, with the
    adjective of the place it serves between them ("Papp László polgármester", "Ivan Radić
    eszéki alpolgármester"): a title there is the person's."""
    surname_first: frozenset[str] = frozenset()
    """Languages that write a person's surname first, the given name last ("Papp László")."""
    noun_endings: tuple[tuple[str, str], ...] = ()
    """Folded last parts of a compound noun of a firm, with their types ("unternehmen"): the
    compound is a noun before the firm's name ("dem Mainzer Pharmaunternehmen Rheinauen
    Biotech")."""
    openers: frozenset[str] = frozenset()
    """Function words only where they open a sentence ("Continuing the tradition, ...";
    folded): inside a body's name, between its words, they are its words ("the University
    for Continuing Education Krems")."""
    town_heads: dict[str, tuple[Lexicon, frozenset[str]]] = field(default_factory=dict)
    """Per language, the heads of an institution named after its town ("Feria de Zaragoza",
    "Fiera di Verona", "Festival international de la bande dessinée d'Angoulême"), with the
    words of "of" before the town (folded). Read in the language's own documents only: the
    words are ordinary ones elsewhere ("the Hokkaido Festival", an event)."""
    accented_non_name_words: frozenset[str] = frozenset()
    """Non-name words of a language whose accents tell words apart, lower-cased with their
    accents: Vietnamese "Đảng" (the Party) is no name, "Đặng" (a family name) is."""
    place_case_endings: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per language, the case endings it glues to a place's name ("Debrecen-ben"; folded,
    from the gazetteer's ``case_endings``): what may follow a place adjective's stem in the
    name the story writes."""
    commemorations: frozenset[str] = frozenset()
    """Words of an anniversary ("anniversary", "Jahrestag"; folded): a person they govern is
    remembered, and acts for no side of the story."""
    credits: frozenset[str] = frozenset()
    """Words of a credit line ("photo", "image", "foto"; folded): a person credited on one
    acts for no place of the story."""
    respectively: frozenset[str] = frozenset()
    """"respectively" and its kin (folded): the bodies named after one, in a list's
    sentence, are those of the list's people in the same order."""
    name_openers: frozenset[str] = frozenset()
    """Words that open an Arabic name, never a given name alone ("Abdul", "Abdel"; folded):
    one right before a given name inside a long run belongs to the name."""
    own_given_names: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per language that declines names, its own given names (folded): one known from
    another language only ("Petru", Romanian) is a case of one of them ("Petr")."""
    councils: frozenset[str] = frozenset()
    """Local governments' phrases of an elected council or corporation (folded): named after
    a place the gazetteer lacks, the body is an organisation ("St James Municipal
    Corporation")."""
    province_offices: dict[str, frozenset[str]] = field(default_factory=dict)
    """Country -> folded words of a province's office, where provinces lie below regions
    ("provinciale", Italy's): such an office is never the region's."""
    region_adjectives: dict[str, str] = field(default_factory=dict)
    """Folded adjective of a region with a government of its own -> the region's name
    ("victorian": Victoria, "sächsische": Saxony): an office it qualifies is the region's."""
    town_adjectives: dict[str, str] = field(default_factory=dict)
    """Folded adjective of a town that is no stem and ending of its name -> the town's name
    ("montoise": Mons): a town's office it qualifies is the town's, when the story names it."""

    def function_words_of(self, language: str | None) -> frozenset[str]:
        """Function words of a language and of English (keys made by ``word_key``)."""
        return self.function_words.get(language or "", self.function_words[DEFAULT_LANGUAGE])

    def non_name_word(self, word: str) -> bool:
        """Whether a word is never part of a name (see ``accented_non_name_words``), nor its
        possessive ("the Chief Minister's House")."""
        bare = POSSESSIVE_END.sub("", word)
        return any(fold(w) in self.non_name_words or w.lower() in self.accented_non_name_words
                   for w in {word, bare})

    def keeps_accents(self, language: str | None) -> bool:
        """Whether a language's words are compared with their accents."""
        return self.keep_accents.get(language or "", False)

    def demonyms_of(self, language: str | None) -> dict[str, str]:
        """Adjectives of nationality read in a language (of every language when unknown)."""
        return self.language_demonyms.get(language or "", self.demonyms)

    def people_of(self, language: str | None) -> PeopleLexicons:
        """Title lexicons of a language (with English), English when unsupported."""
        return self.people.get(language or "", self.people[DEFAULT_LANGUAGE])


def _known(data: dict[str, Any]) -> tuple[KnownOrganization, ...]:
    entries = data.get("known", [])
    if not isinstance(entries, list):
        raise ConfigError("actors/common.toml: 'known' must be an array of tables")
    found = []
    for entry in entries:
        name, kind = entry.get("name"), entry.get("type")
        if not isinstance(name, str) or not name or kind not in ORG_TYPES:
            raise ConfigError(f"actors/common.toml: bad known organisation {entry!r}")
        country = entry.get("country")
        if country is not None and not (isinstance(country, str) and len(country) == 2):
            raise ConfigError(f"actors/common.toml: bad country for {name!r}")
        aliases = tuple(string_list(entry, "aliases", f"known {name!r}"))
        offices = _folded(string_list(entry, "offices", f"known {name!r}"))
        found.append(KnownOrganization(name, aliases, kind, country,
                                       bool(entry.get("branch", False)), offices))
    return tuple(found)


def word_key(word: str, keep_accents: bool) -> str:
    """The comparison key of one word: lower-cased with accents, or folded."""
    return word.lower() if keep_accents else fold(word)


class GivenNames(frozenset[str]):
    """Known given names, folded; a hyphenated given name whose first part is one of them is
    one too ("Amber-Jade", "Jean-Baptiste", "Hans-Jürgen", folded "amber jade")."""

    def __contains__(self, word: object) -> bool:
        if super().__contains__(word):
            return True
        return isinstance(word, str) and " " in word and super().__contains__(
            word.split(" ", 1)[0])


def _split_lexicons(pairs: Iterable[tuple[str, str, bool]]) -> tuple[Lexicon, ...]:
    """One folded lexicon and one accent-keeping lexicon from (phrase, label, accents)."""
    pairs = list(pairs)
    return (Lexicon([(p, k) for p, k, a in pairs if not a]),
            Lexicon([(p, k) for p, k, a in pairs if a], keep_accents=True))


def _head_lexicons(every: list[LanguageRules]) -> tuple[tuple[Lexicon, bool], ...]:
    found: list[tuple[Lexicon, bool]] = []
    for follow in (False, True):
        pairs = [(p, k, r.keep_accents) for r in every if r.names_follow_heads == follow
                 for p, k in r.heads]
        found.extend((lexicon, follow) for lexicon in _split_lexicons(pairs) if len(lexicon))
    return tuple(found)


def load_actor_rules() -> ActorRules:
    """Load and validate every actor rule file into one ``ActorRules``."""
    common = load_rule_file("actors", "common.toml")
    langs = {lang: load_language_rules(lang) for lang in supported_languages()}
    every = list(langs.values())
    return ActorRules(
        heads=_head_lexicons(every),
        lowercase_heads=_split_lexicons(
            (p, k, r.keep_accents) for r in every for p, k in r.lowercase_heads),
        nouns=_split_lexicons((p, k, r.keep_accents) for r in every for p, k in r.nouns),
        appositive_nouns=Lexicon((p, "org") for r in every for p in r.appositive_nouns),
        councils=_folded(p for r in every for p in r.councils),
        local_government=_split_lexicons(
            (p, "council" if p in r.councils else "local", r.keep_accents)
            for r in every for p in r.local_government),
        connectors=_folded(w for r in every for w in r.connectors),
        place_nouns=_split_lexicons(
            (p, "place", r.keep_accents) for r in every for p in r.place_nouns),
        legal_suffixes=frozenset(string_list(common, "legal_suffixes", "actors/common.toml")),
        known=_known(common),
        east_asian_surnames=_folded(load_people().east_asian_surnames),
        vietnamese_middle=_folded(load_people().vietnamese_middle_names),
        vietnamese_surnames=_common_words(common, "vietnamese_surnames"),
        given_names=GivenNames(_folded([*string_list(common, "given_names", "actors/common.toml"),
                                        *(w for r in every for w in r.given_names)])),
        non_name_words=_folded([*string_list(common, "non_name_words", "actors/common.toml"),
                                *(w for r in every if not r.keep_accents
                                  for w in r.non_name_words)]),
        accented_non_name_words=frozenset(w.lower() for r in every if r.keep_accents
                                          for w in r.non_name_words),
        portfolio_words=_folded(w for r in every for w in r.portfolio_words),
        portfolio_openers=_folded(w for r in every for w in r.portfolio_openers),
        non_name_endings=tuple(sorted(_common_words(common, "non_name_endings"))),
        buildings=_common_words(common, "buildings"),
        lowercase_buildings=_common_words(common, "lowercase_buildings"),
        buildings_after=_common_words(common, "buildings_after"),
        saints=_common_words(common, "saints"),
        particles=_folded(w for r in every for w in r.particles),
        patronymics=_folded(w for r in every for w in r.patronymics),
        own_particles={lang: _folded(r.particles) for lang, r in langs.items()},
        coordinators={lang: _folded(r.coordinators) for lang, r in langs.items()},
        place_connectors=_folded(w for r in every for w in r.place_connectors),
        surname_joiners={lang: _folded(r.surname_joiners) for lang, r in langs.items()},
        demonyms=load_demonyms(),
        language_demonyms={lang: load_demonyms(lang) for lang in langs},
        function_words=_function_words(langs),
        keep_accents={lang: r.keep_accents for lang, r in langs.items()},
        people=_people_by_language(langs),
        compound_heads={fold(p): (kind, r.compound_country)
                        for r in every for p, kind in r.compound_heads},
        glued_heads={fold(p): (kind, r.compound_country, r.language)
                     for r in every for p, kind in r.glued_heads},
        case_endings={lang: _folded(r.case_endings) for lang, r in langs.items()
                      if r.case_endings},
        name_cases={lang: r.name_cases for lang, r in langs.items() if r.name_cases},
        based_words=_folded(w for r in every for w in r.based_words),
        han={lang: han for lang, r in langs.items()
             if (han := load_han_rules(lang, r)) is not None},
        titles_follow_names=frozenset(lang for lang, r in langs.items() if r.titles_follow_names),
        surname_first=frozenset(lang for lang, r in langs.items() if r.surname_first),
        openers=_folded(w for r in every for w in r.openers),
        noun_endings=_noun_endings(every),
        town_heads=_town_heads(langs),
        nominatives={lang: r.nominatives for lang, r in langs.items() if r.nominatives},
        region_adjectives=_region_adjectives(common),
        town_adjectives=_region_adjectives(common, "town_adjectives"),
        province_offices=_province_offices(common),
        own_given_names={lang: _folded(r.given_names) for lang, r in langs.items()
                         if r.name_cases},
        place_case_endings=_place_case_endings(),
        name_openers=_common_words(common, "name_openers"),
        respectively=_common_words(common, "respectively"),
        credits=_common_words(common, "credits"),
        commemorations=_common_words(common, "commemorations"),
    )


def _common_words(common: dict[str, Any], key: str) -> frozenset[str]:
    """A word list of ``common.toml``, folded: matched against folded tokens."""
    return _folded(string_list(common, key, "actors/common.toml"))


def _function_words(langs: dict[str, LanguageRules]) -> dict[str, frozenset[str]]:
    """Per language, its function words and English ones (English phrases are quoted in
    every language), keyed as ``word_key`` compares them."""
    return {lang: frozenset(word_key(w, r.keep_accents)
                            for w in (*r.function, *langs[DEFAULT_LANGUAGE].function))
            for lang, r in langs.items()}


def _people_by_language(langs: dict[str, LanguageRules]) -> dict[str, PeopleLexicons]:
    """Per language, the people lexicons of that language and English (English titles are
    used in every language)."""
    return {lang: _people_lexicons({lang: r, DEFAULT_LANGUAGE: langs[DEFAULT_LANGUAGE]}
                                   .values())
            for lang, r in langs.items()}


def _noun_endings(every: list[LanguageRules]) -> tuple[tuple[str, str], ...]:
    """The folded noun endings of every language with their types, longest first so that
    the longest ending a word has decides its type."""
    return tuple(sorted({(fold(p), kind) for r in every for p, kind in r.noun_endings},
                        key=lambda e: (-len(e[0]), e)))


def _town_heads(langs: dict[str, LanguageRules]) -> dict[str, tuple[Lexicon, frozenset[str]]]:
    """Per language that has them, its town heads and the folded words of a town's name
    after one."""
    return {lang: (Lexicon(r.town_heads, keep_accents=r.keep_accents), _folded(r.town_of))
            for lang, r in langs.items() if r.town_heads}


def _province_offices(common: dict[str, Any]) -> dict[str, frozenset[str]]:
    """``[province_offices]`` of ``common.toml``: per country, the folded words of a
    province's office."""
    return {country: _folded(string_list(
        _table(common, "province_offices", "actors/common.toml"), country,
        "actors/common.toml province_offices"))
        for country in _table(common, "province_offices", "actors/common.toml")}


def _place_case_endings() -> dict[str, frozenset[str]]:
    """The gazetteer's case endings of place names per language, folded, each also without
    the letters its replacement gives back ("ában>a": "ában" and "ban")."""
    found: dict[str, frozenset[str]] = {}
    for language, rules in load_common_words().case_endings.items():
        endings: set[str] = set()
        for rule in rules:
            ending, _, replacement = rule.partition(">")
            endings.add(fold(ending))
            if replacement and fold(ending).startswith(fold(replacement)):
                endings.add(fold(ending)[len(fold(replacement)):])
        found[language] = frozenset(e for e in endings if e)
    return found


def _region_adjectives(common: dict[str, Any], name: str = "region_adjectives",
                       ) -> dict[str, str]:
    """``[region_adjectives]`` (or ``[town_adjectives]``) of ``common.toml`` (place -> its
    adjectives), by adjective."""
    table = _table(common, name, "actors/common.toml")
    found: dict[str, str] = {}
    for region in table:
        for adjective in string_list(table, region, f"actors/common.toml {name}"):
            if fold(adjective) in found:
                raise ConfigError(f"actors/common.toml {name}: {adjective!r} twice")
            found[fold(adjective)] = region
    return found
