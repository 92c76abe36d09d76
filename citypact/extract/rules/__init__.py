"""Rule files: versioned TOML data shipped with the package, validated on load.

Adding a language is adding data here, not code. Each component loads the files
it needs once, in its constructor (at the edge), never at import time.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from citypact.errors import ConfigError

_LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


def load_rule_file(*parts: str) -> dict[str, Any]:
    """Read ``citypact/extract/rules/<parts...>`` as TOML; ``ConfigError`` when invalid."""
    node = resources.files("citypact.extract.rules").joinpath(*parts)
    try:
        return tomllib.loads(node.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"rule file {'/'.join(parts)} is missing") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"rule file {'/'.join(parts)} is not valid TOML: {exc}") from exc


def string_list(data: dict[str, Any], key: str, source: str) -> list[str]:
    """A required list of non-empty strings from a rule table."""
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{source}: {key!r} must be a list of non-empty strings")
    return value


def string_map(data: dict[str, Any], key: str, source: str) -> dict[str, str]:
    """An optional table of string -> string from a rule table."""
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ConfigError(f"{source}: {key!r} must be a table of strings")
    return value


@cache
def language_countries() -> dict[str, frozenset[str]]:
    """The languages we read (``languages.toml`` [read], in file order), each with the
    countries where a text in it is most likely about."""
    source = "languages.toml"
    table = load_rule_file(source).get("read")
    if not isinstance(table, dict) or not table:
        raise ConfigError(f"{source}: missing table [read]")
    found: dict[str, frozenset[str]] = {}
    for code in table:
        countries = string_list(table, code, source)
        if not _LANGUAGE_CODE.match(code) or not all(_COUNTRY_CODE.match(c) for c in countries):
            raise ConfigError(f"{source}: {code!r} needs ISO 639-1 and ISO 3166-1 codes")
        found[code] = frozenset(countries)
    return found


@cache
def accent_languages() -> frozenset[str]:
    """The languages whose diacritics tell words apart (``languages.toml`` [accents])."""
    return frozenset(string_list(load_rule_file("languages.toml").get("accents", {}),
                                 "tell_words", "languages.toml"))


@cache
def last_word_case_languages() -> frozenset[str]:
    """The languages that put a name's case ending on its last word only ("New Yorkissa",
    ``languages.toml`` [names] last_word_cases)."""
    return frozenset(string_list(load_rule_file("languages.toml").get("names", {}),
                                 "last_word_cases", "languages.toml"))


@cache
def syllable_name_languages() -> frozenset[str]:
    """The languages that capitalise every syllable of a name (``languages.toml`` [names])."""
    return frozenset(string_list(load_rule_file("languages.toml").get("names", {}),
                                 "syllables", "languages.toml"))


@cache
def close_languages() -> dict[str, str]:
    """The languages read with another's rules (``languages.toml`` [rules_of]), each with
    the language whose rules read it: Danish with Swedish's."""
    return string_map(load_rule_file("languages.toml"), "rules_of", "languages.toml")


def rules_language(code: str | None) -> str | None:
    """The language whose rules read a text in ``code``: its own, or those of a close
    language we read (``languages.toml`` [rules_of]: Malay is read with Indonesian's)."""
    if code is None:
        return None
    # close_languages() reads the file once per process; reading it here on each call
    # parsed languages.toml ~40 times per document (Doc.rules_language is a property).
    return close_languages().get(code, code)


@cache
def home_countries(code: str | None) -> frozenset[str]:
    """The countries a text in ``code`` is most likely about: those of its own language
    (``languages.toml`` [read], or [home] for a language read with another's rules: Danish's
    Denmark, not Swedish's Sweden), else those of the language whose rules read it."""
    if code is None:
        return frozenset()
    own = load_rule_file("languages.toml").get("home", {})
    if code in own:
        return frozenset(string_list(own, code, "languages.toml"))
    return language_countries().get(code, language_countries().get(
        rules_language(code) or "", frozenset()))


def supported_languages() -> tuple[str, ...]:
    """The languages that every rule family covers."""
    return tuple(language_countries())


def detectable_languages() -> tuple[str, ...]:
    """The languages the detector tells apart: ours, then ``[detect] also``."""
    also = string_list(load_rule_file("languages.toml").get("detect", {}), "also",
                       "languages.toml")
    return (*supported_languages(), *also)



@cache
def word_told_languages() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Languages lingua has no model of (``languages.toml`` [detect.by_words]): each with
    the languages lingua takes it for and the words of its own that tell it from them."""
    source = "languages.toml"
    table = load_rule_file(source).get("detect", {}).get("by_words", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [detect.by_words] must be a table")
    return {code: (frozenset(string_list(entry, "instead_of", source)),
                   frozenset(string_list(entry, "words", source)))
            for code, entry in table.items()}


@cache
def unless_words() -> dict[str, tuple[str, ...]]:
    """Languages lingua names, each with the close languages whose own words, outnumbering
    its own in a text, make the text theirs (``languages.toml`` [detect.unless_words])."""
    source = "languages.toml"
    table = load_rule_file(source).get("detect", {}).get("unless_words", {})
    return {code: tuple(string_list(table, code, source)) for code in table}


@cache
def own_words() -> dict[str, frozenset[str]]:
    """Frequent words of a language that those told from it by words never write
    (``languages.toml`` [detect.own_words])."""
    source = "languages.toml"
    table = load_rule_file(source).get("detect", {}).get("own_words", {})
    return {code: frozenset(string_list(table, code, source)) for code in table}


@cache
def transliterations() -> dict[str, dict[str, str]]:
    """Languages written in a second script, each with its lower-case letters and their
    transliteration into the script its rules are written in (``languages.toml``
    [transliterate]: Serbian's Cyrillic into its Latin letters)."""
    source = "languages.toml"
    table = load_rule_file(source).get("transliterate", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{source}: [transliterate] must be a table")
    found = {code: string_map(table, code, source) for code in table}
    for code, letters in found.items():
        if not all(len(letter) == 1 and letter.islower() and latin and latin.islower()
                   for letter, latin in letters.items()):
            raise ConfigError(f"{source}: [transliterate.{code}] maps lower-case letters")
    return found
