"""The link and sector lexicons of each language, loaded from ``rules/``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from citypact.errors import ConfigError
from citypact.extract.matchers.lexicon import Lexicon
from citypact.extract.rules import load_rule_file, string_list, string_map, supported_languages
from citypact.gazetteer.rules import load_common_words
from citypact.model import LINK_KINDS
from citypact.textnorm import fold

EVENT_TYPES_OF_CUES = ("signing", "visit", "meeting", "forum", "anniversary", "project",
                       "announcement")
NOT_A_KIND = "none"
"""The label of a phrase that holds a kind or event word but is no cue ("d'accordo": to
agree, "lo stand più visitato": the most visited stand); it hides the word inside it, and
its hits are dropped."""
SECTOR_LABELS = frozenset({
    "economy_trade", "industry", "agriculture_food", "tourism", "culture_heritage",
    "education_research", "innovation_technology", "smart_city_digital", "energy",
    "environment_climate", "waste_circular", "urban_planning", "transport_mobility", "health",
    "governance", "finance_banking", "social_exchange",
})
MODALITY_LABELS = ("proposal", "proposal_after", "proposal_both", "after_stop",
                   "negation", "denial",
                   "denial_after", "rejection", "topic", "aim")
"""The labels of ``[modality]`` phrases."""
REFERENCE_LABELS = ("collective", "collective_regions", "collective_towns",
                   "counterpart_nouns",
                   "counterpart_towns", "venue", "based", "with", "between",
                   "city_of_region", "region_city", "envoy", "envoy_post", "speaker",
                   "reported", "contrast", "follows", "attendance",
                   "attendance_before", "roll_call",
                   "pair_list", "firm_town", "market", "route", "merged",
                   "scope", "where", "onward", "itinerary", "onward_after", "venue_after",
                   "located_after", "neighbours", "parallel",
                   "framework", "travellers", "addressee", "own_body", "arrival",
                   "arrival_after", "masthead", "masthead_after", "masthead_own",
                   "besides", "left_behind", "moving_on", "the_city", "the_region",
                   "the_delegation", "fans", "definite", "firms", "unnamed_sides",
                   "diaspora",
                   "compatriots", "mission", "means", "purpose", "source", "source_after",
                   "fields", "own_subject", "back_after", "twins_listed",
                   "twins_among", "precedents", "alternating", "similar",
                   "ceremony", "motion", "vote",
                   "assignee", "renamed", "background", "own_region",
                   "examples", "framework_of", "ranked_in", "counted")
"""The labels of ``[references]`` phrases."""
PAST_LABELS = ("renewed", "existing", "returned", "celebrated", "begun",
               "ended", "established", "approved", "scheduled", "standing",
               "held", "becoming")
"""The labels of ``[past]`` phrases."""


@dataclass(frozen=True, slots=True)
class LanguageLexicons:
    """Everything the link extractor matches in one language."""

    language: str
    keep_accents: bool
    kinds: Lexicon
    events: Lexicon
    modality: Lexicon
    references: Lexicon
    sectors: Lexicon
    joiners: frozenset[str] = frozenset()
    """Lower-case words that may join two parties of one group ("and", "the", "city of")."""
    fronted_with: frozenset[str] = frozenset()
    """"With" markers that may open a clause before the partner group ("Mit den
    Partnerstädten Amiens und Molfetta pflegt Görlitz ..."; folded)."""
    route_to: frozenset[str] = frozenset()
    """Words before the far end of a route whose first end a ``route`` phrase names ("a
    route from Basel to Rotterdam"; folded)."""
    back_to: frozenset[str] = frozenset()
    """Words before the place the travellers go back to, whose verb's particle a
    ``back_after`` phrase closes after it ("kehrt am Samstag nach Kiel zurück"; folded)."""
    site_words: frozenset[str] = frozenset()
    site_particles: frozenset[str] = frozenset()
    """Particles glued to a place right before a site word's phrase, in a language that
    glues them ("안산시에 본사를 둔", "오스틴의 반도체 업체와"; folded)."""
    delegation_nouns: frozenset[str] = frozenset()
    """Nouns of a delegation after an article and a country's adjective ("the Japanese
    delegation", "die japanische Delegation"): the story's party of that country (folded)."""
    national_words: frozenset[str] = frozenset()
    """Words between a country's adjective and a delegation's noun that make the delegation
    its state's ("an Uzbek government delegation"): then no town's (folded)."""
    own_bodies: frozenset[str] = frozenset()
    """The ``own_body`` phrases, as the text's key writes them: a phrase that another
    reference label holds too ("la commune", also a ``city_of_region``) still names the
    town's own body where it opens a sentence."""
    one_town_words: frozenset[str] = frozenset()
    """The ``the_city`` phrases, as the text's key writes them: a word that ``region_city``
    holds too (English "city", "town") still names one town after a country's adjective ("a
    Japanese city")."""
    """Words right after a place that make it the name of a body's site ("the Waurn Ponds
    campus"; folded)."""
    proper_kinds: frozenset[str] = frozenset()
    """Names, compared case-sensitively, that hold a kind phrase ("the Twin Cities" of
    Minneapolis and Saint Paul, "Twin Cities in Motion"): a kind phrase inside one is no
    relation."""
    coordinators: frozenset[str] = frozenset()
    """Words that join the last item of a list ("and", "e", "và"; folded): the last pairing
    of a gapped list ("Indore with Porto and Kochi with Gdańsk"), a second venue ("in Kuching
    and Nanning")."""
    city_before: tuple[str, ...] = ()
    """Phrases right before a name that make it a city's ("city of", "thành phố"; as the
    text's key writes them)."""
    city_after: tuple[str, ...] = ()
    """Words right after a name that make it a city's ("Tottori city", "Tottori-shi")."""
    region_after: tuple[str, ...] = ()
    """Words of a region's office right after a name that make it the region's, wherever the
    story calls the name a city ("Toyama Gov.", "Akita Vice Governor")."""
    visits: Lexicon | None = None
    """``inbound`` verbs (the subject hosts), ``delegation`` phrases (the visitor follows) and
    ``received`` passives (the subject is the visitor: "è stata accolta")."""
    projects: Lexicon | None = None
    """``pilot`` project phrases and the words of a project's status."""
    past: Lexicon | None = None
    """``renewed`` (a date after them is the renewed instrument's), ``existing`` (a
    signing or visit done before the story) and ``celebrated`` (a cooperation word that is a
    twinning when its sentence celebrates an anniversary or says how long it has stood, a
    ``standing`` phrase) phrases."""
    wish_back: Lexicon | None = None
    """Phrases opening a sentence that call the one before a wish ("È l'auspicio espresso
    ieri dal sindaco", after "Un gemellaggio tra Matera e Ouro Preto.")."""
    deny_back: Lexicon | None = None
    """Phrases that, as a whole clause opening a sentence, deny the one before ("This is
    incorrect.", after "... stated that Carlow is twinned with Draguignan."; "No." after a
    question)."""
    partner_columns: frozenset[str] = frozenset()
    """Heads of a table's first column that list a place's partners ("Partner | Country |
    Year", "Đối tác | Quốc gia | Năm"; folded): each row's place is a partner of it."""
    place_columns: frozenset[str] = frozenset()
    """Heads of a table's first column that list places of any kind ("City | Country |
    Relationship"; folded): the rows are a place's partners only when the line before the
    table states a relation ("Our partner cities and the year's activities")."""
    match: Lexicon | None = None
    """Words of a match report (the gazetteer's ``sport_words``): a club that "receives"
    another in one hosts a game, no visit."""
    clause_break: re.Pattern[str] = re.compile(r";\s+")
    """Where a sentence's second clause starts: a semicolon, or a comma and one of the
    language's ``clause_breaks`` ("..., and signed an MoU ...", "..., còn Busan ...")."""


def _labelled(table: dict[str, Any], labels: tuple[str, ...] | frozenset[str],
              source: str) -> list[tuple[str, str]]:
    unknown = set(table) - set(labels)
    if unknown:
        raise ConfigError(f"{source}: unknown labels {sorted(unknown)}")
    return [(phrase, label) for label in table for phrase in string_list(table, label, source)]


@cache
def load_language(language: str) -> LanguageLexicons:
    """Load and validate ``rules/links/<lang>.toml`` and ``rules/sectors/<lang>.toml``."""
    links = load_rule_file("links", f"{language}.toml")
    sectors = load_rule_file("sectors", f"{language}.toml")
    accents = bool(links.get("keep_accents", False))
    src = f"links/{language}.toml"
    kinds = _labelled(links.get("kinds", {}), LINK_KINDS, src) + [
        (phrase, NOT_A_KIND) for phrase in string_list(links, "not_kinds", src)]
    events = _labelled(links.get("events", {}), EVENT_TYPES_OF_CUES, src) + [
        (phrase, NOT_A_KIND) for phrase in string_list(links, "not_events", src)]
    modality = _labelled(links.get("modality", {}), MODALITY_LABELS, src) + [
        (phrase, NOT_A_KIND) for phrase in string_list(links, "not_denials", src)]
    references = _labelled(links.get("references", {}), REFERENCE_LABELS, src) + [
        (phrase, NOT_A_KIND) for phrase in string_list(links, "not_references", src)]
    joiners = frozenset(w.lower() for w in string_list(links, "joiners", src))
    fronted = frozenset(fold(w) for w in string_list(links, "fronted_with", src))
    route_to = frozenset(fold(w) for w in string_list(links, "route_to", src))
    back_to = frozenset(fold(w) for w in string_list(links, "back_to", src))
    site_words = frozenset(fold(w) for w in string_list(links, "site_words", src))
    site_particles = frozenset(fold(w) for w in string_list(links, "site_particles", src))
    delegation_nouns = frozenset(fold(w) for w in string_list(links, "delegation_nouns", src))
    national_words = frozenset(fold(w) for w in string_list(links, "national_words", src))
    own_bodies = frozenset(w.lower() if accents else fold(w) for w in string_list(
        links.get("references", {}), "own_body", src))
    one_town_words = frozenset(w.lower() if accents else fold(w) for w in string_list(
        links.get("references", {}), "the_city", src))
    partner_columns = frozenset(fold(w) for w in string_list(links, "partner_columns", src))
    place_columns = frozenset(fold(w) for w in string_list(links, "place_columns", src))
    coordinators = frozenset(fold(w) for w in string_list(links, "coordinators", src))
    proper_kinds = frozenset(string_list(links, "proper_kinds", src))
    # compared with the text's key: folded, or lower-cased with its accents
    city_before = tuple(w.lower() if accents else fold(w)
                        for w in string_list(links, "city_before", src))
    city_after = tuple(w.lower() if accents else fold(w)
                       for w in string_list(links, "city_after", src))
    region_after = tuple(w.lower() if accents else fold(w)
                         for w in string_list(links, "region_after", src))
    blocked = string_list(links, "not_cues", src)
    clause_break = _clause_break(links, src)
    return LanguageLexicons(
        language=language, keep_accents=accents,
        kinds=Lexicon(kinds, keep_accents=accents, blocked=blocked),
        events=Lexicon(events, keep_accents=accents, blocked=blocked),
        modality=Lexicon(modality, keep_accents=accents),
        references=Lexicon(references, keep_accents=accents),
        sectors=Lexicon(_labelled(sectors.get("sectors", {}), SECTOR_LABELS,
                                  f"sectors/{language}.toml"),
                        keep_accents=bool(sectors.get("keep_accents", False)),
                        blocked=string_list(sectors, "not_sectors", f"sectors/{language}.toml")),
        joiners=joiners, fronted_with=fronted, route_to=route_to, back_to=back_to,
        site_words=site_words, site_particles=site_particles,
        delegation_nouns=delegation_nouns, national_words=national_words,
        own_bodies=own_bodies,
        one_town_words=one_town_words,
        partner_columns=partner_columns, place_columns=place_columns,
        coordinators=coordinators, clause_break=clause_break,
        proper_kinds=proper_kinds,
        city_before=city_before,
        city_after=city_after, region_after=region_after,
        visits=Lexicon(_labelled(links.get("visits", {}), ("inbound", "delegation", "received"),
                                 src),
                       keep_accents=accents, blocked=blocked),
        projects=Lexicon(_labelled(links.get("projects", {}),
                                   ("pilot", "completed", "launched", "proposed"), src),
                         keep_accents=accents),
        past=Lexicon(_labelled(links.get("past", {}), PAST_LABELS, src), keep_accents=accents),
        wish_back=Lexicon(((p, "wish_back") for p in string_list(links, "wish_back", src)),
                          keep_accents=accents),
        deny_back=Lexicon(((p, "deny_back") for p in string_list(links, "deny_back", src)),
                          keep_accents=accents),
        match=Lexicon(((w, "match") for w in load_common_words().sport_words.get(language, ())),
                      keep_accents=accents),
    )


def _clause_break(links: dict[str, Any], src: str) -> re.Pattern[str]:
    """What ends a clause: a semicolon, or a comma before a ``clause_breaks`` word."""
    breaks = "|".join(re.escape(w) for w in string_list(links, "clause_breaks", src))
    return re.compile(rf",\s+(?:{breaks})\s+|;\s+" if breaks else r";\s+")


def lexicons_for(language: str | None) -> LanguageLexicons:
    """The lexicons of a document's rules language, English's for one we do not read."""
    return load_language(language if language in supported_languages() else "en")


def load_all_languages() -> dict[str, LanguageLexicons]:
    """The lexicons of every supported language."""
    return {lang: load_language(lang) for lang in supported_languages()}


@cache
def load_demonyms(language: str | None = None) -> dict[str, str]:
    """Folded adjective of nationality -> ISO 3166-1 alpha-2 code, in ``language``: the
    adjectives of every language, and those read in that language only (``[languages]``:
    "lao" is an English adjective and a Vietnamese word)."""
    table = load_rule_file("links", "demonyms.toml")
    common = string_map(table, "demonyms", "demonyms.toml")
    if language is None:
        return common
    return {**common, **load_language_demonyms().get(language, {})}


@cache
def load_language_demonyms() -> dict[str, dict[str, str]]:
    """Language -> the adjectives of nationality read in that language only."""
    table = load_rule_file("links", "demonyms.toml").get("languages", {})
    if not isinstance(table, dict):
        raise ConfigError("demonyms.toml: 'languages' must be a table of tables")
    return {language: string_map(table, language, "demonyms.toml") for language in table}


@cache
def load_regional_adjectives() -> dict[str, str]:
    """Folded adjective of a country's region ("bavarese") -> that country's code: it says
    where a town lies, and stands for no party."""
    return string_map(load_rule_file("links", "demonyms.toml"), "regional", "demonyms.toml")
