"""The languages we read are data (``rules/languages.toml``), and every rule family has
a file for each of them."""

from __future__ import annotations

from importlib import resources

import pytest

from citypact.errors import ConfigError
from citypact.extract import rules
from citypact.extract.rules import (
    close_languages,
    detectable_languages,
    home_countries,
    language_countries,
    last_word_case_languages,
    own_words,
    rules_language,
    supported_languages,
    transliterations,
    unless_words,
    word_told_languages,
)


def test_languages_are_read_from_data() -> None:
    assert supported_languages()[:3] == ("en", "it", "vi")
    assert language_countries()["vi"] == frozenset({"VN"})
    assert language_countries()["en"] == frozenset()
    assert language_countries()["nl"] == frozenset({"NL", "BE"})
    assert language_countries()["sv"] == frozenset({"SE", "FI"})
    assert language_countries()["id"] == frozenset({"ID"})
    assert "ms" in detectable_languages() and "ms" not in supported_languages()
    assert language_countries()["pl"] == frozenset({"PL"})
    assert language_countries()["cs"] == frozenset({"CZ"})
    assert language_countries()["hu"] == frozenset({"HU"})
    assert language_countries()["ru"] == frozenset({"RU", "BY", "KZ"})
    assert language_countries()["uk"] == frozenset({"UA"})
    assert language_countries()["el"] == frozenset({"GR", "CY"})
    assert {"MA", "TN", "EG", "JO", "PS", "AE"} <= language_countries()["ar"]
    assert language_countries()["zh"] == frozenset({"CN", "TW", "HK", "MO"})
    assert language_countries()["ja"] == frozenset({"JP"})
    assert language_countries()["ko"] == frozenset({"KR"})
    assert set(supported_languages()) < set(detectable_languages())
    # a language read with the rules of a close one, the others with their own
    assert rules_language("ms") == "id" and rules_language("it") == "it"
    assert rules_language("da") == rules_language("nb") == rules_language("nn") == "sv"
    assert rules_language("no") == "sv" and home_countries("nn") == frozenset({"NO"})
    # ... with its own countries, when listed, else those of the language it is read with
    assert home_countries("da") == frozenset({"DK", "GL", "FO"})
    assert home_countries("nb") == home_countries("no") == frozenset({"NO"})
    assert home_countries("ms") == frozenset({"ID"}) and home_countries("sv") == frozenset(
        {"SE", "FI"})
    assert home_countries(None) == frozenset()
    assert rules_language(None) is None
    # Slovak is read with Czech's rules but is about Slovakia; a language read with its own
    # rules, or Malay, is about its rules language's countries
    assert rules_language("sk") == "cs" and "sk" in detectable_languages()
    assert home_countries("sk") == frozenset({"SK"})
    assert home_countries("cs") == frozenset({"CZ"})
    # Catalan is read with Spanish's rules, Galician with Portuguese's; both are about Spain
    # (Catalan also Andorra), and Galician, which lingua lacks, is told by its own words
    assert rules_language("ca") == "es" and home_countries("ca") == frozenset({"ES", "AD"})
    assert rules_language("gl") == "pt" and home_countries("gl") == frozenset({"ES"})
    assert "ca" in detectable_languages() and "gl" not in detectable_languages()
    assert word_told_languages()["gl"][0] == frozenset({"es", "pt", "ca"})
    assert "onte" in word_told_languages()["gl"][1] and "ayer" in own_words()["es"]
    assert unless_words()["ca"] == ("es",)
    # Finnish is read about Finland, a name's case on its last word only ("New Yorkissa")
    assert language_countries()["fi"] == frozenset({"FI"}) and rules_language("fi") == "fi"
    assert last_word_case_languages() == frozenset({"fi", "et"})
    # Estonian is read about Estonia
    assert language_countries()["et"] == frozenset({"EE"}) and rules_language("et") == "et"
    # Croatian is read with its own rules; Serbian (Latin) and Bosnian with Croatian's, each
    # about its own countries; lingua tells Bosnian and Serbian in Cyrillic letters (its
    # model), and Serbian in Latin letters is told by its own words
    assert language_countries()["hr"] == frozenset({"HR", "BA"})
    assert rules_language("sr") == rules_language("bs") == "hr"
    assert home_countries("sr") == frozenset({"RS", "ME", "BA"})
    assert home_countries("bs") == frozenset({"BA"})
    assert "bs" in detectable_languages() and "sr" in detectable_languages()
    assert word_told_languages()["sr"][0] == frozenset({"bs", "hr"})
    assert "posle" in word_told_languages()["sr"][1] and "poslije" in own_words()["bs"]
    # Slovenian, which lingua tells, is read with Croatian's rules, about Slovenia; Serbian's
    # Cyrillic is read through its Latin letters, a letter for one or two
    assert rules_language("sl") == "hr" and home_countries("sl") == frozenset({"SI"})
    assert "sl" in detectable_languages()
    assert transliterations()["sr"]["ш"] == "š" and transliterations()["sr"]["љ"] == "lj"
    # Bulgarian is read with its own rules, about Bulgaria
    assert language_countries()["bg"] == frozenset({"BG"}) and rules_language("bg") == "bg"


@pytest.mark.parametrize("family", ["actors", "links", "sectors"])
def test_every_language_has_a_rule_file_in_each_family(family: str) -> None:
    folder = resources.files("citypact.extract.rules").joinpath(family)
    for language in supported_languages():
        assert folder.joinpath(f"{language}.toml").is_file(), f"{family}/{language}.toml"


def test_a_malformed_language_table_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    language_countries.cache_clear()
    monkeypatch.setattr(rules, "load_rule_file",
                        lambda *parts: {"read": {"english": ["GB"]}})
    try:
        with pytest.raises(ConfigError, match="ISO 639-1"):
            language_countries()
    finally:
        language_countries.cache_clear()


def test_the_rules_language_is_looked_up_without_reading_the_file_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Doc.rules_language is asked dozens of times per document: no file read per call."""
    close_languages()  # the process's one reading
    reads: list[tuple[str, ...]] = []
    monkeypatch.setattr(rules, "load_rule_file", lambda *parts: reads.append(parts) or {})
    assert [rules_language(code) for code in ("ms", "da", "it")] == ["id", "sv", "it"]
    assert reads == []
