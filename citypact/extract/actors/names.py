"""Finding every occurrence of a name among the tokens, and expanding acronyms."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from citypact.extract.actors.text import DASHES, TokenizedText

TokenRange = tuple[int, int]


def token_keys(tokens: TokenizedText) -> tuple[str, ...]:
    """A comparison key per token: its fold, or the mark itself for punctuation."""
    return tuple(
        folded or ("-" if t.text in DASHES else t.text)
        for t, folded in zip(tokens.tokens, tokens.folded, strict=True))


@lru_cache(maxsize=4096)
def name_keys(name: str) -> tuple[str, ...]:
    """``token_keys`` of a name, kept: the same known names are looked up in every document."""
    return token_keys(TokenizedText(name))


class NameFinder:
    """Finds names in a document's tokens: folded, with case rules for one-word names.

    A one-word name written in capitals ("ICE", "VNA") only matches the same capitals; any
    other one-word name only matches a capitalised token ("Clair" but not "clair").
    """

    def __init__(self, tokens: TokenizedText) -> None:
        self.tokens = tokens
        self.keys = token_keys(tokens)
        self._by_first: dict[str, list[int]] = {}
        for index, key in enumerate(self.keys):
            self._by_first.setdefault(key, []).append(index)

    def find(self, name: str) -> list[TokenRange]:
        """Token ranges where ``name`` is written."""
        wanted = name_keys(name)
        if not wanted:
            return []
        found = []
        for start in self._by_first.get(wanted[0], ()):
            end = start + len(wanted)
            if self.keys[start:end] == wanted and self._case_fits(name, start, end):
                found.append((start, end))
        return found

    def _case_fits(self, name: str, start: int, end: int) -> bool:
        if end - start > 1:
            return True
        token = self.tokens.tokens[start]
        if name.isupper():
            return token.text == name
        return token.is_capitalised


def expansion_start(words: list[str], acronym: str) -> int | None:
    """Index in ``words`` where the expansion of ``acronym`` begins (Schwartz & Hearst).

    Each letter of the acronym must appear in the words, in order, the first one at the
    start of a word; the shortest such expansion ending with the last word is chosen.
    """
    letters = [c.lower() for c in acronym if c.isalnum()]
    text = " ".join(words).lower()
    cursor = len(text) - 1
    for position in range(len(letters) - 1, -1, -1):
        letter = letters[position]
        while cursor >= 0 and (text[cursor] != letter or (
                position == 0 and cursor > 0 and text[cursor - 1].isalnum())):
            cursor -= 1
        if cursor < 0:
            return None
        cursor -= 1
    start_char = cursor + 1
    offset = 0
    for index, word in enumerate(words):
        if offset <= start_char < offset + len(word) + 1:
            return index
        offset += len(word) + 1
    return None


def overlaps(span: TokenRange, taken: Iterable[TokenRange]) -> bool:
    """Whether a token range overlaps any of ``taken``."""
    return any(span[0] < end and start < span[1] for start, end in taken)
