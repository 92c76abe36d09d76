"""The text around a name: the words right before and after it, its sentence, its line.

Plain reading of the text, with no cue list: the cues of ``cues`` ask these for the words
they compare with their lists.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Collection

from citypact.extract.rules import load_rule_file
from citypact.gazetteer.keys import word_accent_key
from citypact.model import Span

_WORD = re.compile(r"\w+", re.UNICODE)
_WINDOW = 40
_SENTENCE_WINDOW = 300
"""Characters before a name searched for the words of its sentence."""
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _sentence_around(text: str, index: int) -> str:
    """The sentence that holds ``index`` (at most a window each side)."""
    before = text[max(0, index - _SENTENCE_WINDOW):index]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    start = index - len(before) + (ends[-1] if ends else 0)
    after = _SENTENCE_END.search(text, index, index + _SENTENCE_WINDOW)
    return text[start:after.start() if after else index + _SENTENCE_WINDOW]


def _without_tail(text: str) -> str:
    """The text up to its last letter or digit."""
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1
    return text[:end]


def char_before(text: str, index: int, skipped: Callable[[str], bool]) -> str:
    """The last character before ``index`` that is not ``skipped`` ("" at the start)."""
    while index > 0 and skipped(text[index - 1]):
        index -= 1
    return text[index - 1] if index else ""


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _last_word(text: str) -> str:
    """The last run of letters and digits of ``text``: its last folded word, unfolded."""
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1
    start = end
    while start and text[start - 1].isalnum():
        start -= 1
    return text[start:end]


def _first_word(text: str) -> str:
    """The first run of letters and digits of ``text``: its first folded word, unfolded."""
    start = 0
    while start < len(text) and not text[start].isalnum():
        start += 1
    end = start
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end]


def _words_before(text: str, start: int, count: int) -> list[tuple[str, int]]:
    """The last ``count`` words before ``start`` with their offsets, if only spaces (or an
    abbreviation's dot) separate them from it."""
    return list(_window_before(text, start)[-count:])


@functools.lru_cache(maxsize=32)
def _window_before(text: str, start: int) -> tuple[tuple[str, int], ...]:
    """The words of the window before ``start`` with their offsets, if only spaces (or an
    abbreviation's dot) separate the last one from it."""
    # Kept for the last few positions asked: the cues of a mention ask for the words before
    # it a dozen times, and reading them again was a tenth of the places' time (cProfile,
    # dev corpus). The few positions kept are those of the document being read.
    offset = max(0, start - _WINDOW)
    words = tuple((m.group(), m.start()) for m in _WORD.finditer(text, offset, start))
    if not words:
        return ()
    last, last_start = words[-1]
    gap = text[last_start + len(last):start]
    if gap.strip(" .") or ("." in gap and not _abbreviated(last)):
        return ()  # a sentence's end: "dall'assessore Maria Rossi. Firenze e Suzhou ..."
    return words


def _listed_word_before(text: str, start: int, words: Collection[str] | None) -> Span | None:
    """The span of the word right before ``start`` (spaces only between), when ``words``
    holds it (compared with its accents)."""
    before = _words_before(text, start, 1)
    if not before or words is None:
        return None
    word, offset = before[-1]
    if text[offset + len(word):start].strip() or word_accent_key(word) not in words:
        return None
    return offset, offset + len(word)


@functools.cache
def _abbreviations() -> frozenset[str]:
    table = load_rule_file("sentences.toml").get("abbreviations", {})
    return frozenset(word.lower() for words in table.values() for word in words)


def _abbreviated(word: str) -> bool:
    """A word whose period is an abbreviation's ("Mr.", "Dott.", "Cllr.") or an initial's
    ("J."), not a sentence's end (the abbreviations of ``rules/sentences.toml``)."""
    return len(word) == 1 or word.lower() in _abbreviations()


def _headline(text: str, start: int) -> bool:
    """The line is in title case ("Mayor Welcomes Tuscany Delegation"): every word of four
    letters or more is capitalised, so a capital there makes no name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return not any(word[:1].islower() for word in _WORD.findall(line) if len(word) >= 4)


def word_after(text: str, end: int) -> str | None:
    """The word right after ``end`` when only spaces separate it."""
    match = re.match(r" +(\w+)", text[end:end + _WINDOW])
    return match.group(1) if match else None
