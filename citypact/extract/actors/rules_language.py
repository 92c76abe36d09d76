"""One language's actor rule file, ``rules/actors/<lang>.toml``, loaded and validated.

Its raw lists (organisation heads by type, people's titles and words, name cases) are
kept as written; ``actors/rules.py`` builds the lexicons of every language from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from citypact.errors import ConfigError
from citypact.extract.rules import load_rule_file, string_list, string_map

ORG_TYPES = frozenset({
    "university", "institute", "chamber", "association", "ngo", "company", "agency",
    "government", "embassy", "programme", "network", "media", "finance",
})
PERSON_LISTS = ("honorifics", "titles", "national", "diplomatic", "ambassadors", "plural_titles",
                "relative", "in_office", "indefinite", "municipal", "led_by", "delegation_from",
                "regional", "with", "no_place", "corporate", "academic", "side", "counterpart",
                "council", "toward", "origin", "speaker", "trip", "accompanied", "town_nouns",
                "office_honorifics", "styles",
                "represented_by", "government", "place_adjective_endings", "body_office",
                "body_of", "role_breaks", "nationality_articles", "role_closers", "parties",
                "venues", "former", "presence")


Rewrite = tuple[str, str]
"""An ending and what replaces it ("kem>ek": "Šimkem" -> "Šimek")."""


@dataclass(frozen=True, slots=True)
class NameCase:
    """One oblique case of a language's personal names: the rewrites that take a given name
    back to the nominative (one that gives a known given name tells the case), and those of
    the name's other words in that case (the first that fits)."""

    given: tuple[Rewrite, ...]
    surnames: tuple[Rewrite, ...]
    written_only: bool = False
    """Its surname readings count only where the text writes them too (Finnish "-in" of a
    foreign surname, "Tammin": "Tamm"; "Putin" is no case of "Put")."""


@dataclass(frozen=True, slots=True)
class LanguageRules:
    """The raw lists of one language file, validated."""

    language: str
    keep_accents: bool
    connectors: tuple[str, ...]
    function: tuple[str, ...]
    particles: tuple[str, ...]
    patronymics: tuple[str, ...]
    """Particles of a patronymic ("bin", "binti"): no word of a name's length."""
    given_names: tuple[str, ...]
    non_name_words: tuple[str, ...]
    portfolio_words: tuple[str, ...]
    portfolio_openers: tuple[str, ...]
    case_endings: tuple[str, ...]
    name_cases: tuple[NameCase, ...]
    place_nouns: tuple[str, ...]
    heads: tuple[tuple[str, str], ...]
    names_follow_heads: bool
    titles_follow_names: bool
    surname_first: bool
    lowercase_heads: tuple[tuple[str, str], ...]
    nouns: tuple[tuple[str, str], ...]
    appositive_nouns: tuple[str, ...]
    local_government: tuple[str, ...]
    people: dict[str, tuple[str, ...]]
    compound_heads: tuple[tuple[str, str], ...] = ()
    """Heads that end a hyphenated name as its last part ("Rhein-Sieg-Kreis"), with types."""
    compound_country: str | None = None
    """The country of the bodies so named (the districts of one country's language)."""
    glued_heads: tuple[tuple[str, str], ...] = ()
    """Heads glued to the end of a one-word name ("Koelnmesse", "NürnbergMesse"), with types:
    the word is a body of the language's country."""
    regional_in: tuple[tuple[str, str], ...] = ()
    """Titles of a national government's office in most countries and of a region's in
    some, with those countries ("secretário de estado": Brazil's states)."""
    office_in: tuple[tuple[str, str], ...] = ()
    """Titles of a local office of other countries, with those countries (German "Starost":
    Poland's)."""
    honorific_offices: tuple[tuple[str, str], ...] = ()
    """An office's style and the office it stands for ("Cr", "councillor")."""
    based_words: tuple[str, ...] = ()
    """Last parts of a hyphenated adjective of where a firm is ("Madrid-based")."""
    coordinators: tuple[str, ...] = ()
    """The language's own words for "and" beyond the shared ones (Catalan "i")."""
    place_connectors: tuple[str, ...] = ()
    """Connectors that only a place follows inside a body's name ("zu": "IHK zu Essen")."""
    surname_joiners: tuple[str, ...] = ()
    """Words that join a person's two surnames ("Jordi Ferrer i Sala")."""
    noun_endings: tuple[tuple[str, str], ...] = ()
    """Last parts of a compound noun of a firm ("...unternehmen"), with the types they give."""
    nominatives: tuple[tuple[str, str], ...] = ()
    """A body's head in a case -> in the nominative ("Ένωσης": "Ένωση"), as written."""
    openers: tuple[str, ...] = ()
    """Function words only where they open a sentence ("Continuing the tradition, ..."): also
    in ``function``."""
    town_heads: tuple[tuple[str, str], ...] = ()
    """Heads of an institution named after its town ("Feria de Zaragoza", "Foire de Paris"),
    with types: read in the language's own documents only, and only before its town."""
    town_of: tuple[str, ...] = ()
    """The words of "of" written right before such an institution's town ("de", "d'")."""
    councils: tuple[str, ...] = ()
    """Local governments' phrases that name an elected council or corporation ("Municipal
    Corporation", "Pradeshiya Sabha"): named after a place the gazetteer lacks, the body is
    an organisation. Also in ``local_government``."""


def _typed(table: Any, source: str) -> list[tuple[str, str]]:
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: expected a table of organisation types")
    unknown = set(table) - ORG_TYPES
    if unknown:
        raise ConfigError(f"{source}: unknown organisation types {sorted(unknown)}")
    return [(phrase, kind) for kind in table for phrase in string_list(table, kind, source)]


def _table(data: dict[str, Any], key: str, source: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: {key!r} must be a table")
    return value


def language_table(language: str, key: str) -> dict[str, Any] | None:
    """The ``[key]`` table of a language's actor rule file, or None when it has none."""
    table = load_rule_file("actors", f"{language}.toml").get(key)
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"actors/{language}.toml [{key}] must be a table")
    return table


def load_language_rules(language: str) -> LanguageRules:
    """Load and validate ``rules/actors/<language>.toml``."""
    source = f"actors/{language}.toml"
    data = load_rule_file("actors", f"{language}.toml")
    words = _table(data, "words", source)
    orgs = dict(_table(data, "organizations", source))
    lowercase = orgs.pop("lowercase", {})
    nouns = orgs.pop("nouns", {})
    appositive = orgs.pop("appositive", {})
    local = orgs.pop("local_government", {})
    compound = dict(orgs.pop("compound", {}))
    glued = orgs.pop("glued", {})
    noun_endings = orgs.pop("noun_endings", {})
    nominatives = string_map(orgs, "nominatives", f"{source} [organizations]")
    orgs.pop("nominatives", None)
    of_town = dict(_table(orgs, "of_town", source))
    orgs.pop("of_town", None)
    town_of = string_list(of_town, "of", f"{source} [organizations.of_town]")
    of_town.pop("of", None)
    compound_country = compound.pop("country", None)
    if compound_country is not None and not isinstance(compound_country, str):
        raise ConfigError(f"{source}: [organizations.compound] country must be a code")
    people = dict(_table(data, "people", source))
    regional_in = _table(people, "regional_in", f"{source} [people]")
    people.pop("regional_in", None)
    office_in = _table(people, "office_in", f"{source} [people]")
    people.pop("office_in", None)
    honorific_offices = string_map(people, "honorific_offices", f"{source} [people]")
    people.pop("honorific_offices", None)
    unknown = set(people) - set(PERSON_LISTS)
    if unknown:
        raise ConfigError(f"{source}: unknown people lists {sorted(unknown)}")
    return LanguageRules(
        language=language,
        keep_accents=bool(data.get("keep_accents", False)),
        connectors=tuple(string_list(words, "connectors", source)),
        function=(*string_list(words, "function", source),
                  *string_list(words, "openers", source)),
        openers=tuple(string_list(words, "openers", source)),
        noun_endings=tuple(_typed(noun_endings, f"{source} [organizations.noun_endings]")),
        nominatives=tuple(nominatives.items()),
        particles=tuple(string_list(words, "particles", source)),
        patronymics=tuple(string_list(words, "patronymics", source)),
        given_names=tuple(string_list(words, "given_names", source)),
        non_name_words=tuple(string_list(words, "non_name_words", source)),
        portfolio_words=tuple(string_list(words, "portfolio_words", source)),
        portfolio_openers=tuple(string_list(words, "portfolio_openers", source)),
        case_endings=tuple(string_list(words, "case_endings", source)),
        name_cases=_name_cases(data, source),
        based_words=tuple(string_list(words, "based_words", source)),
        coordinators=tuple(string_list(words, "coordinators", source)),
        place_connectors=tuple(string_list(words, "place_connectors", source)),
        surname_joiners=tuple(string_list(words, "surname_joiners", source)),
        place_nouns=tuple(string_list(words, "place_nouns", source)),
        heads=tuple(_typed(orgs, source)),
        names_follow_heads=bool(data.get("names_follow_heads", False)),
        titles_follow_names=bool(data.get("titles_follow_names", False)),
        surname_first=bool(data.get("surname_first", False)),
        lowercase_heads=tuple(_typed(lowercase, f"{source} [organizations.lowercase]")),
        nouns=tuple(_typed(nouns, f"{source} [organizations.nouns]")),
        appositive_nouns=tuple(string_list(appositive, "nouns", source)),
        local_government=tuple(string_list(local, "phrases", source)
                               + string_list(local, "councils", source)),
        councils=tuple(string_list(local, "councils", source)),
        people={key: tuple(string_list(people, key, source)) for key in PERSON_LISTS},
        regional_in=tuple((title, country) for country in regional_in for title in string_list(
            regional_in, country, f"{source} [people.regional_in]")),
        office_in=tuple((title, country) for country in office_in for title in string_list(
            office_in, country, f"{source} [people.office_in]")),
        honorific_offices=tuple(honorific_offices.items()),
        compound_heads=tuple(_typed(compound, f"{source} [organizations.compound]")),
        glued_heads=tuple(_typed(glued, f"{source} [organizations.glued]")),
        compound_country=compound_country,
        town_heads=tuple(_typed(of_town, f"{source} [organizations.of_town]")),
        town_of=tuple(town_of),
    )


def _name_cases(data: dict[str, Any], source: str) -> tuple[NameCase, ...]:
    entries = data.get("name_cases", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(f"{source}: 'name_cases' must be an array of tables")

    def rewrites(entry: dict[str, Any], key: str) -> tuple[Rewrite, ...]:
        found = []
        for rule in string_list(entry, key, f"{source} name_cases"):
            ending, sep, replacement = rule.partition(">")
            if not sep or not ending:
                raise ConfigError(f"{source}: bad name case rewrite {rule!r}")
            found.append((ending, replacement))
        return tuple(found)

    return tuple(NameCase(rewrites(e, "given"), rewrites(e, "surnames"),
                          bool(e.get("written", False))) for e in entries)
