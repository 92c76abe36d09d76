"""Context cues around a name, compiled from the data files: wrappers, people, common words.

All lists are compared on folded keys (``name_key``), except Vietnamese
surnames written with diacritics, which must match with them ("Lê" is a
surname, "Le" a French article).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from citypact.gazetteer import rules
from citypact.gazetteer.keys import accent_key, has_diacritics, name_key
from citypact.model import PlaceKind, Span

_WORD = re.compile(r"\w+", re.UNICODE)
_WINDOW = 40
_CLOSERS = ",;:!?()[]\"“”«»|"
_MIN_ASCII_SURNAME = 3


@dataclass(frozen=True, slots=True)
class Wrapper:
    """A wrapper found beside a name."""

    kind: PlaceKind
    span: Span


def _kind(kind: str) -> PlaceKind:
    if kind == "city":
        return "city"
    return "region" if kind == "region" else "country"


def _keys(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for k in (name_key(w) for w in words) if k)


class PlaceCues:
    """The compiled cues; build once with ``PlaceCues.load()`` and share."""

    def __init__(self, wrappers: rules.Wrappers, people: rules.PeopleCues,
                 common: rules.CommonWords, demonyms: dict[str, str]) -> None:
        self._before: list[tuple[str, str, PlaceKind]] = sorted(
            ((name_key(w), w, _kind(k)) for k, ws in wrappers.before.items() for w in ws),
            key=lambda t: -len(t[0]))
        self._after: list[tuple[str, PlaceKind]] = sorted(
            ((name_key(w), _kind(k)) for k, ws in wrappers.after.items() for w in ws),
            key=lambda t: -len(t[0]))
        self.wrapper_words = frozenset(k for k, _ in self._after)
        self._before_words = frozenset(w for k, _, _ in self._before for w in k.split())
        self._titles = _keys(people.titles)
        self._given = _keys(people.given_names)
        self._vn_surnames = self._vietnamese(people.vietnamese_surnames)
        self._vn_middle = self._vietnamese(people.vietnamese_middle_names)
        self._east_asian = _keys(people.east_asian_surnames)
        self._facility = frozenset(wrappers.facility_before)
        self._ambiguous = {lang: _keys(ws) for lang, ws in common.ambiguous.items()}
        self._ambiguous_accented = {lang: frozenset(accent_key(w) for w in ws if has_diacritics(w))
                                    for lang, ws in common.ambiguous.items()}
        self._function = {lang: _keys(ws) for lang, ws in common.function.items()}
        self._demonyms = demonyms

    @staticmethod
    def _vietnamese(words: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
        accented = frozenset(accent_key(w) for w in words)
        return accented, frozenset(k for k in _keys(words) if len(k) >= _MIN_ASCII_SURNAME)

    @classmethod
    def load(cls) -> PlaceCues:
        """Read and compile every cue file."""
        demonyms = {name_key(d): c.code for c in rules.load_country_names() for d in c.demonyms}
        return cls(rules.load_wrappers(), rules.load_people(), rules.load_common_words(),
                   demonyms)

    # --- wrappers -------------------------------------------------------------

    def wrapper_before(self, text: str, start: int) -> Wrapper | None:
        """An administrative word just before ``start`` ("Comune di", "tỉnh", "TP.")."""
        raw = text[max(0, start - _WINDOW):start]
        stripped = raw.rstrip()
        if not stripped or stripped[-1] in _CLOSERS:
            return None
        folded = name_key(stripped)
        for key, written, kind in self._before:
            if (folded == key or folded.endswith(" " + key)) and (
                    not stripped.endswith(".") or written.endswith(".")):
                return Wrapper(kind, (start - len(raw) + len(stripped) - len(key), start))
        return None

    def wrapper_after(self, text: str, end: int) -> Wrapper | None:
        """An administrative word just after ``end`` ("province", "City", "Oblast")."""
        raw = text[end:end + _WINDOW]
        stripped = raw.lstrip(" -")
        if not stripped or not stripped[0].isalnum():
            return None
        folded = name_key(stripped)
        for key, kind in self._after:
            if folded == key or folded.startswith(key + " "):
                offset = end + len(raw) - len(stripped)
                return Wrapper(kind, (offset, offset + len(key)))
        return None

    # --- people ---------------------------------------------------------------

    def person_before(self, text: str, start: int) -> bool:
        """A title, a given name, a surname written first or a facility word before the name.

        ("Palazzo Cisterna" and "Via Roma" name a building and a street, not the place.)
        """
        words = _words_before(text, start, 2)
        if not words:
            return False
        last, last_start = words[-1]
        if name_key(last) in self._titles or (
                len(words) == 2 and self.title(f"{words[0][0]} {last}")):
            return True
        if not last[:1].isupper():
            return False
        if name_key(last) in self._given or last in self._facility or _is_in(last, self._vn_middle):
            return True
        # A surname opening a sentence may be a common word ("Đoàn Hà Nội": the
        # Hanoi delegation); inside a sentence it starts a person's name.
        before = text[:last_start].rstrip()
        if not before or before[-1] in ".!?:\n\"“”":
            return False
        return _is_in(last, self._vn_surnames) or (
            last.isascii() and name_key(last) in self._east_asian)

    def given_name(self, word: str) -> bool:
        """A first name of the given-names list."""
        return name_key(word) in self._given

    def title(self, words: str) -> bool:
        """A title of address."""
        return name_key(words) in self._titles

    # --- common words -----------------------------------------------------------

    def ambiguous(self, surface: str, language: str | None) -> bool:
        """An ordinary word of the language (of any language when unknown).

        A surface written with diacritics is compared with them ("Huế" is not "huệ").
        """
        languages = [language] if language in self._ambiguous else list(self._ambiguous)
        if has_diacritics(surface):
            wanted = accent_key(surface)
            return any(wanted in self._ambiguous_accented[lang] for lang in languages)
        key = name_key(surface)
        return any(key in self._ambiguous[lang] for lang in languages)

    def function_word(self, key: str, language: str | None) -> bool:
        """A function word of the language (of any language when unknown)."""
        if language in self._function:
            return key in self._function[language]
        return any(key in words for words in self._function.values())

    def distinctive(self, key: str, language: str | None) -> bool:
        """Whether a key has a word that is not a function, wrapper or ambiguous word."""
        return any(not (self.function_word(word, language) or word in self.wrapper_words
                        or word in self._before_words or self.ambiguous(word, language))
                   for word in key.split())

    def demonym_countries(self, text: str) -> set[str]:
        """Countries whose demonyms the text uses ("Vietnamese" -> VN)."""
        found = set()
        for match in _WORD.finditer(text):
            code = self._demonyms.get(name_key(match.group()))
            if code:
                found.add(code)
        return found


def _is_in(word: str, lists: tuple[frozenset[str], frozenset[str]]) -> bool:
    """In a Vietnamese name list: with its diacritics if it has any."""
    if has_diacritics(word):
        return accent_key(word) in lists[0]
    return name_key(word) in lists[1]


def _words_before(text: str, start: int, count: int) -> list[tuple[str, int]]:
    """The last ``count`` words before ``start`` with their offsets, if only spaces (or an
    abbreviation's dot) separate them from it."""
    offset = max(0, start - _WINDOW)
    words = [(m.group(), m.start()) for m in _WORD.finditer(text, offset, start)]
    if not words:
        return []
    last, last_start = words[-1]
    if text[last_start + len(last):start].strip(" ."):
        return []
    return words[-count:]


def word_after(text: str, end: int) -> str | None:
    """The word right after ``end`` when only spaces separate it."""
    match = re.match(r" +(\w+)", text[end:end + _WINDOW])
    return match.group(1) if match else None
