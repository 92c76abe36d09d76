"""Which words of the date grammar's tables a text holds, and its patterns narrowed to them.

An alternation of every language's month names, tried at every word of every text, was
most of the grammar's time: each text is matched against the few words it holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from citypact.extract.matchers.date_words import _HAN, _key

NARROWED_CACHE_SIZE = 4096
"""How many patterns narrowed to a text's words are kept (a few hundred kinds of texts)."""

_WORD = re.compile(r"\w+")
_HAN_LETTER = re.compile(f"[{_HAN}]")


class _Vocabulary:
    """The words of one table of the grammar (months, weekdays...), by their first word."""

    def __init__(self, spellings: Iterable[str]) -> None:
        self.by_first: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self.glued: list[str] = []
        """Spellings in a script written without spaces ("昨天"): looked for anywhere."""
        for spelling in spellings:
            if _HAN_LETTER.search(spelling):
                self.glued.append(spelling)
                continue
            words = _WORD.findall(_key(spelling))
            entry = (spelling, frozenset(words))
            self.by_first.setdefault(words[0] if words else "", []).append(entry)


class _TextWords:
    """The words of a text, keyed as the grammar keys its tables, which words of each
    vocabulary the text holds (each spelling whose every word it holds), and the matches of
    the grammar's patterns in it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lowered = text.lower()
        self.vietnamese = VIETNAMESE_LETTER.search(self.lowered) is not None
        self.han = _HAN_LETTER.search(text) is not None
        """Whether the text holds a Han character, kana or Hangul (``word_bounds``)."""
        self._words = frozenset(_WORD.findall(_key(text)))
        self._of: dict[int, frozenset[str]] = {}
        self.narrowed: dict[str, re.Pattern[str] | None] = {}
        """Each narrowed pattern of the grammar, by kind, as ``DateGrammar._narrow`` made it
        for this text (``None``: the text holds none of its words)."""
        self._found: dict[re.Pattern[str], list[re.Match[str]]] = {}

    def matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Every match of a pattern in the text, found once."""
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = list(pattern.finditer(self.text))
        return found

    def of(self, vocabulary: _Vocabulary) -> frozenset[str]:
        present = self._of.get(id(vocabulary))
        if present is None:
            present = frozenset(
                spelling for first in (self._words & vocabulary.by_first.keys()) | {""}
                for spelling, words in vocabulary.by_first.get(first, ())
                if words <= self._words) | {
                spelling for spelling in vocabulary.glued if spelling in self.text}
            self._of[id(vocabulary)] = present
        return present


@dataclass(frozen=True, slots=True)
class _Narrowed:
    """A pattern over vocabularies of the grammar, compiled for each text with only the
    words of them that the text holds: an alternation of every language's month names, tried
    at every word, was most of the date grammar's time, and a text holds a few of them.
    Every such pattern matches a word of its vocabulary as a whole word, so the narrowed
    pattern finds what the whole one finds."""

    vocabularies: tuple[str, ...]
    """The vocabularies of the pattern, each of which a text must hold a word of."""
    source: Callable[..., str]
    """The pattern's source from one alternation per vocabulary (after the start and end of
    a word, ``word_bounds``, when ``bounded``)."""
    bounded: bool = False


VIETNAMESE_LETTER = re.compile("tháng|ngày|[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
"""A date word or a letter only Vietnamese writes: without one, its date words cannot be in a
text."""
VIETNAMESE_ONLY = frozenset({"vi_full", "vi_month", "vi_dm", "vi_month_alone"})
"""Patterns whose every match holds a Vietnamese word ("ngày", "tháng", "chiều")."""


HAN_CHARACTER = {"zh_full": "月월", "zh_month": "月월", "zh_year": "年년", "era": "年"}
"""Patterns whose every match holds one of these Han or Hangul characters."""
