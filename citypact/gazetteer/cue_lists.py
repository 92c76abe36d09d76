"""The word lists of the cues: compiled from the data files to the keys they are compared
on (per language; folded, or with their accents), and looked up.

Wrappers are grouped by kind, longest first; Japanese names glued before their titles are
read from the actor rules (``GluedNames``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from citypact.extract.rules import load_rule_file, supported_languages
from citypact.gazetteer.keys import accent_key, has_diacritics, name_key
from citypact.model import PlaceKind

_Entry = tuple[str, str, PlaceKind, str | None]
"""A wrapper of the data files: folded key, spelling, kind, metropolitan name template."""


def _kind(kind: str) -> PlaceKind:
    if kind == "city":
        return "city"
    return "region" if kind == "region" else "country"


def _alternatives(words: tuple[str, ...]) -> str:
    """A regex alternation of words, each escaped."""
    return "|".join(map(re.escape, words))


def _keys(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for k in (name_key(w) for w in words) if k)


def _per_language(table: Mapping[str, tuple[str, ...]],
                  key: Callable[[str], str] | None = None) -> dict[str, frozenset[str]]:
    """A word list of each language compiled to its keys: name keys (empty ones dropped) by
    default, else each word's ``key``."""
    if key is None:
        return {lang: _keys(words) for lang, words in table.items()}
    return {lang: frozenset(key(w) for w in words) for lang, words in table.items()}


@dataclass(frozen=True, slots=True)
class GluedNames:
    """Names written glued before their title with no space, in a script without capitals
    (Japanese: "森田浩二市長"; ``[han]`` of the actor rules with ``names_before_titles``): a
    surname that is also a town's name ("松本", "福岡") opens a person's name there."""

    surnames: frozenset[str]
    given_then_title: re.Pattern[str]
    """One to three Han characters and a title, at the surname's end."""
    title: re.Pattern[str]
    not_given: tuple[str, ...]
    """Words that make what follows a place no given name: its status words ("市", "県")
    and the heads of bodies named after it ("大学")."""

    @classmethod
    def load(cls) -> GluedNames | None:
        surnames: set[str] = set()
        titles: set[str] = set()
        not_given: set[str] = set()
        for lang in supported_languages():
            table = load_rule_file("actors", f"{lang}.toml")
            han = table.get("han", {})
            if not han.get("names_before_titles"):
                continue
            surnames.update(han.get("surnames", []))
            titles.update(table.get("people", {}).get("titles", []))
            not_given.update(han.get("place_suffixes", []))
            not_given.update(w for kind, words in table.get("organizations", {}).items()
                             if isinstance(words, list) for w in words)
        if not surnames or not titles:
            return None
        alternation = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
        return cls(frozenset(surnames),
                   re.compile(rf"([{_HAN_LETTERS}]{{1,3}}?)(?:{alternation})"),
                   re.compile(alternation), tuple(sorted(not_given, key=len, reverse=True)))

    def title_at(self, text: str, index: int) -> bool:
        """A title starts at ``index`` ("市長" after "福島": Mayor Fukushima, named before)."""
        return self.title.match(text, index) is not None

    def surname_at(self, text: str, start: int, end: int) -> bool:
        if text[start:end] not in self.surnames or (
                start > 0 and re.match(rf"[{_HAN_LETTERS}]", text[start - 1])):
            return False
        match = self.given_then_title.match(text, end)
        if match is None:
            return False
        given = match.group(1)
        return not given.startswith(self.not_given) and not any(
            w in given for w in self.not_given if len(w) > 1)


_HAN_LETTERS = "\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Han characters and the iteration mark ("佐々木")."""


def _in_language(key: str, lists: dict[str, frozenset[str]], language: str | None) -> bool:
    """In the list of the language (of any language when unknown)."""
    if language in lists:
        return key in lists[language]
    return any(key in words for words in lists.values())


def _entries(by_kind: dict[str, tuple[str, ...]], metropolitan: dict[str, str]) -> list[_Entry]:
    """Wrappers of every kind, longest first; a metropolitan one before a plain one of the
    same words (it applies only when written with its capitals).

    Metropolitan words wrap a city's name ("Greater", "Metropolitan Area of"): their kind is
    the city's, unless they are also a region's wrapper ("Region": "Lazio Region" is Lazio).
    """
    entries: list[_Entry] = [(name_key(w), w, _kind(k), None)
                             for k, ws in by_kind.items() for w in ws]
    regional = {key for key, _, kind, _ in entries if kind == "region"}
    entries += [(key, w, "region" if key in regional else "city", template)
                for w, template in metropolitan.items() for key in [name_key(w)]]
    return sorted(entries, key=lambda e: (-len(e[0]), e[3] is None))


def _cased_like(surface: str, written: str) -> bool:
    """A wrapper written with a capital in the data is capitalised in the text."""
    return not written[:1].isupper() or surface[:1].isupper()


def _accented_like(surface: str, written: str) -> bool:
    """A wrapper written with diacritics in the data is written with them in the text: in
    Vietnamese they tell words apart ("quận" a district, "tham quan" to visit, "cơ quan" an
    agency)."""
    return not has_diacritics(written) or accent_key(surface) == accent_key(written)


def _is_in(word: str, lists: tuple[frozenset[str], frozenset[str]]) -> bool:
    """In a Vietnamese name list: with its diacritics if it has any."""
    if has_diacritics(word):
        return accent_key(word) in lists[0]
    return name_key(word) in lists[1]


def _ending(written: str) -> tuple[str, str]:
    """A genitive ending and what replaces it ("s": dropped; "ei>a": "Padovei", "Padova")."""
    ending, _, replacement = written.partition(">")
    if len(replacement) > len(ending):
        raise ValueError(f"genitive ending {written!r}: the name would be longer than its word")
    return ending, replacement
