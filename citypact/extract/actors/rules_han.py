"""The ``[han]`` table of a language's actor rule file: how a language written in Han
characters (Chinese, Japanese, Korean), with no space and no capital, names its people and
bodies; read by ``actors/han.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from citypact.errors import ConfigError
from citypact.extract.actors.rules_language import ORG_TYPES, LanguageRules, language_table
from citypact.extract.rules import string_list
from citypact.gazetteer.rules import load_common_words


@dataclass(frozen=True, slots=True)
class HanRules:
    """What a language written in Han characters, with no space and no capital, names its
    people and bodies with (``[han]`` of its rule file, read by ``actors/han.py``)."""

    surnames: frozenset[str]
    """Surnames of one character ("王", "阮") and of two or three ("欧阳", "中村")."""
    titles: tuple[str, ...]
    """Titles written right before their holder's name ("副市长"), longest first."""
    name_followers: tuple[str, ...]
    """Words written right after a name ("和", "表示"): where a name ends."""
    heads: tuple[tuple[str, str], ...]
    """Organisation heads written after the body's name ("大学"), with types, longest first."""
    bare_types: frozenset[str]
    """Types of the bodies a name of their own may open ("中山大学"); others need a place."""
    local_government: tuple[str, ...]
    """A place's own government ("人民委员会"): the place, no organisation."""
    place_suffixes: tuple[str, ...]
    """Nouns written after a place's name ("市", "大区")."""
    posted: tuple[str, ...]
    """"驻": between a country and the town its mission is in."""
    stops: tuple[str, ...]
    """Words before which a body's name does not go on to the left."""
    indefinite: tuple[str, ...]
    """Words that make the body after them unnamed ("一家")."""
    not_names: tuple[str, ...] = ()
    """Words that open with a surname's character but are no name ("时任")."""
    municipal: frozenset[str] = frozenset()
    """Titles of a town's office ("市长"): written bare, the office of the story's town."""
    kana: bool = False
    """Katakana are letters of names and bodies too ("マルコ・ベルティ", "トヨタ自動車"; Japanese):
    hiragana, the particles, end them."""
    names_before_titles: bool = False
    """A name is written before its title ("森田浩二市長"; Japanese), or after it and "の"
    ("浜松市長の鈴木康友氏")."""
    spaced: bool = False
    """Words are written between spaces, with particles glued after them (Korean Hangul:
    "김철수 창원시장은"): read word by word."""
    honorifics: tuple[str, ...] = ()
    """Words glued after a name ("氏", "씨"): where it ends."""
    mission_prefixes: tuple[str, ...] = ()
    """Written before the places of a mission's name ("駐日ベトナム大使館", "주한 베트남
    대사관"): part of the name."""
    particles: tuple[str, ...] = ()
    """Particles glued after a word (Korean "은", "와", "의"; those of the places' rules)."""
    possessive: tuple[str, ...] = ()
    """The particle between a place or a title and the name it is of ("京都市の森田浩二市長",
    "浜松市長の鈴木康友氏")."""
    simplified: bool = False
    """The lists are written in simplified characters (Chinese): a text in traditional ones
    ("新竹市長林志明") is read through its simplified copy, character for character."""


def load_han_rules(language: str, rules: LanguageRules) -> HanRules | None:
    """The ``[han]`` table of a language's rule file, or None when it has none."""
    source = f"actors/{language}.toml [han]"
    han = language_table(language, "han")
    if han is None:
        return None
    bare = frozenset(string_list(han, "bare_types", source))
    if bare - ORG_TYPES:
        raise ConfigError(f"{source}: unknown organisation types {sorted(bare - ORG_TYPES)}")

    def longest(words: Iterable[str]) -> tuple[str, ...]:
        return tuple(sorted(set(words), key=lambda w: (-len(w), w)))

    local = longest(rules.local_government)
    heads = {p: kind for p, kind in rules.heads if kind != "programme" and p not in local}
    return HanRules(
        surnames=frozenset([*string_list(han, "surnames", source),
                            *string_list(han, "compound_surnames", source)]),
        titles=longest(rules.people["titles"]),
        name_followers=longest(string_list(han, "name_followers", source)),
        heads=tuple((p, heads[p]) for p in longest(heads)),
        bare_types=bare, local_government=local,
        place_suffixes=longest(string_list(han, "place_suffixes", source)),
        posted=longest(string_list(han, "posted", source)),
        stops=longest(string_list(han, "stops", source)),
        indefinite=longest(string_list(han, "indefinite", source)),
        not_names=longest(string_list(han, "not_names", source)),
        municipal=frozenset(rules.people["municipal"]),
        kana=_flag(han, "kana", source),
        names_before_titles=_flag(han, "names_before_titles", source),
        spaced=_flag(han, "spaced", source),
        honorifics=longest(rules.people["honorifics"]),
        possessive=longest(string_list(han, "possessive", source)),
        particles=longest(load_common_words().glued_particles.get(language, ())),
        mission_prefixes=longest(string_list(han, "mission_prefixes", source)),
        simplified=_flag(han, "simplified", source))


def _flag(table: dict[str, Any], key: str, source: str) -> bool:
    value = table.get(key, False)
    if not isinstance(value, bool):
        raise ConfigError(f"{source}: {key} must be true or false")
    return value
