"""The words of the date grammar's tables as lookup keys and as regular expressions.

A table's words become one alternation written as a trie, with word boundaries that a
script without spaces (Chinese, Japanese, Korean) does not stop.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from citypact.errors import ConfigError

_V = TypeVar("_V")


def _key(word: str) -> str:
    """A word of the grammar's tables as a lookup key: lower-case, and Turkish dotted and
    dotless i as plain i ("NİSAN" and "Nisan", "SALI" and "salı" are one word; the regular
    expressions, case-insensitive, match them all)."""
    return word.replace("İ", "I").lower().replace("ı", "i")


def _keyed(table: dict[str, _V]) -> dict[str, _V]:
    """A table with each of its words also under its ``_key``."""
    return {**table, **{_key(word): value for word, value in table.items()}}


_CYRILLIC = "\u0400-\u052f\u0370-\u03ff\u1f00-\u1fff"  # and the Greek script


_CYRILLIC_START = re.compile(f"[{_CYRILLIC}]")


_HAN = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3"
"""Han characters, kana, and Hangul syllables: Korean glues particles and endings to its
words ("체결했다", "어제는"), so its phrases are found inside a word as Chinese and Japanese
ones are."""


_START = rf"(?<!(?-i:[^\W{_HAN}]))"


_END = rf"(?!(?-i:[^\W{_HAN}]))"
"""Word boundaries that a Han character does not stop: Chinese writes no spaces ("会议昨天
举行"); before and after a word that begins and ends with a letter, they are ``\b`` in any
other script. Their class is compiled case-sensitively inside case-insensitive patterns: it
matches the same characters (checked over every code point), and folding the case of each of
its 40,000 Han and Hangul characters took 9 ms a compile of a pattern narrowed to a text's
words (a fifth of the date grammar's time, when every text's took them)."""


_WORD_START = r"(?<!\w)"


_WORD_END = r"(?!\w)"
"""``_START`` and ``_END`` in a text with no Han character, kana or Hangul syllable, where they
bound the same words: a pattern narrowed to such a text's words compiles in a tenth of the
time (filling the class of 40,000 characters took 2 ms a pattern)."""


def word_bounds(han: bool) -> tuple[str, str]:
    """The boundaries of words in a text that holds Han characters, kana or Hangul (or not)."""
    return (_START, _END) if han else (_WORD_START, _WORD_END)


def _alternation(words: list[str]) -> str:
    """A pattern matching any of ``words``, the longest first, written as a trie ("in(?:
    the middle of)?") so that the regex engine tries each prefix once, not each word.

    The words of the Cyrillic script have a trie of their own, behind a lookahead for their
    script: a text in the Latin one does not try their first letters one by one (the engine
    tries a branch of letters compared case-insensitively in full; measured: the date
    patterns a third slower on the gold corpora with one trie for both scripts)."""
    cyrillic = [w for w in words if _CYRILLIC_START.match(w)]
    others = [w for w in words if not _CYRILLIC_START.match(w)]
    if cyrillic and others:
        return f"(?:(?=[{_CYRILLIC}]){_trie(cyrillic)}|{_trie(others)})"
    return _trie(words)


def _trie(words: list[str]) -> str:
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_pattern(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _table(rules: dict[str, Any], key: str) -> dict[str, list[str]]:
    table = rules.get(key)
    if not isinstance(table, dict):
        raise ConfigError(f"dates.toml: missing table [{key}]")
    return table


def _spellings(names: list[str]) -> list[str]:
    return [spelling for name in names for spelling in name.split("|")]
