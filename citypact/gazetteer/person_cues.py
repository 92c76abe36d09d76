"""The cues of a person around a name: a title, a given name, a surname, a Vietnamese or
Japanese name's parts, a building's word before it ("Mayor Hiroshi Tanabe", "Nguyễn Đức
Thành", "Palazzo Cisterna"): the name is a person's or a building's, not a place's.

``PersonCues`` is a part of ``cues.PlaceCues``, which compiles the lists it reads.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from citypact.gazetteer.cue_lists import GluedNames, _is_in
from citypact.gazetteer.keys import accent_key, has_diacritics, name_key
from citypact.gazetteer.text_around import _WORD, _headline, _words_before, char_before

_NAME_PARTICLES = frozenset({"da", "di", "de", "do", "dos", "das", "von"})
"""Lower-case words between a given name and the town a person is named after ("Leonardo da
Vinci", "Jacopo da Bassano")."""
_UNCASED_WORD = re.compile("[\u0621-\u064a]")
"""A word of Arabic, which has no capitals: a given name before a name is one whatever its
case ("أندريا فونتانا")."""
_FACILITY_JOINERS = frozenset({
    "de", "do", "da", "dos", "das", "di", "del", "dello", "della", "delle", "dei", "degli", "d",
    "du", "des", "der", "la", "le", "los", "las", "van", "von", "dels", "dal", "dalla"})
"""Words of a building's or a square's name between its noun and a place's name ("Plaza de
España", "Palazzo d'Orléans", "Palácio dos Bandeirantes"); not a preposition of place
("the Stadium in Minneapolis": the town the stadium is in)."""


class PersonCues:
    """The cues of people (compiled by ``PlaceCues.__init__``)."""

    _glued_names: GluedNames | None
    _facility: frozenset[str]
    _given: frozenset[str]
    _offices: frozenset[str]
    _honorifics: frozenset[str]
    _titles: frozenset[str]
    _cased_titles: frozenset[str]
    _vn_surnames: tuple[frozenset[str], frozenset[str]]
    _vn_middle: tuple[frozenset[str], frozenset[str]]
    _vn_short_surnames: frozenset[str]
    _east_asian: frozenset[str]
    _given_after: frozenset[str]

    def title_after_surname(self, text: str, start: int, surnames: Collection[str]) -> bool:
        """One of ``surnames`` (of people the text names in full) starts at ``start``, a
        title right after it ("福島市長は", after "福島健太郎市長"): that person again, no
        town and its office."""
        names = self._glued_names
        return names is not None and any(
            text.startswith(s, start) and names.title_at(text, start + len(s))
            for s in surnames)

    def surname_glued_before_title(self, text: str, start: int, end: int) -> bool:
        """A surname of a language that glues a name before its title, then a given name
        and the title ("京都市の松本浩二市長"): the name is a person's."""
        names = self._glued_names
        return names is not None and names.surname_at(text, start, end)

    def person_before(self, text: str, start: int) -> bool:
        """A title, a title and a capitalised word, a given name, a surname written first or
        a facility word before the name.

        ("Palazzo Cisterna", "Via Roma" and "Palácio dos Bandeirantes" name a building and
        a street, not the place.)
        """
        if text[start - 1:start] == "-" and start > 1 and text[start - 2].isalpha():
            # the second part of a hyphenated surname ("la mairesse Julie Tremblay-Roy")
            first = _words_before(text, start - 1, 1)
            return bool(first) and first[-1][0][:1].isupper() and self.person_before(
                text, first[-1][1])
        words = _words_before(text, start, 2)
        if not words:
            # an elided preposition after a building's word ("Palazzo d'Orléans")
            elided = _words_before(text, start - 1, 2) if text[start - 1:start] in "'’" else []
            return len(elided) == 2 and elided[0][0] in self._facility and (
                name_key(elided[1][0]) in _FACILITY_JOINERS)
        last, last_start = words[-1]
        if self.title_before(text, start, office=False):
            return True
        if len(words) == 2 and name_key(last) in _NAME_PARTICLES and (
                name_key(words[0][0]) in self._given) and not (
                text[words[0][1] + len(words[0][0]):last_start].strip()):
            # a person named after the town of their birth ("l'aeroporto Leonardo da Vinci",
            # "Antonello da Messina")
            return True
        if not last[:1].isupper() and not _UNCASED_WORD.match(last):
            # "Palácio dos Bandeirantes", "Plaza de España": a building's or a square's name
            return len(words) == 2 and words[0][0] in self._facility and (
                name_key(last) in _FACILITY_JOINERS)
        if len(words) == 2 and (self._is_title(words[0][0])
                                or name_key(words[0][0]) in self._offices) and (
                text[words[0][1] + len(words[0][0]):last_start].strip() in (
                    "", "." if name_key(words[0][0]) in self._honorifics else "")
                and not _headline(text, start)):
            # the surname after a title and a given name ("Mayor Hiroshi Tanabe", "Mr. Hideo
            # Tanabe": an honorific's abbreviation dot)
            return True
        if name_key(last) in self._given or last in self._facility:
            return True
        if len(words) == 2 and name_key(words[0][0]) in self._given and (
                not text[words[0][1] + len(words[0][0]):last_start].strip()
                and not _headline(text, start)):
            # a second surname ("Raúl Medina Torres", "Andrés Manuel López"); not the name
            # that opens the next sentence ("presidida por Ana Paiva. Ponta Grossa é ..."),
            # which ``_words_before`` leaves out
            return True
        return self.vietnamese_name_before(text, start) or (
            self._inside_sentence(text, last_start)
            and last.isascii() and name_key(last) in self._east_asian)

    def title_before(self, text: str, start: int, *, office: bool = True) -> bool:
        """A title right before ``start`` ("Mayor", "Tổng thống"); with ``office``, not a
        mere word of address ("Mr", "bà")."""
        words = _words_before(text, start, 2)
        if not words:
            return False
        last = words[-1][0]
        if len(words) == 2 and self.title(f"{words[0][0]} {last}"):
            return True
        return self._is_title(last) and not (office and name_key(last) in self._honorifics)

    def honorific_before(self, text: str, start: int) -> bool:
        """A mere word of address right before ``start`` ("bà Nga", "Mr")."""
        return (self.title_before(text, start, office=False)
                and not self.title_before(text, start))

    def vietnamese_name_before(self, text: str, start: int) -> bool:
        """A Vietnamese middle name, or a surname inside a sentence, right before ``start``:
        what follows is the rest of a person's name, even a country's name ("Nguyễn Đức
        Thành", "Trương Minh Đức": "Đức" is also Germany)."""
        words = _words_before(text, start, 1)
        if not words or not words[-1][0][:1].isupper():
            return False
        last, last_start = words[-1]
        # A surname opening a sentence may be a common word ("Đoàn Hà Nội": the
        # Hanoi delegation); inside a sentence it starts a person's name.
        if _is_in(last, self._vn_middle) or (
                self._inside_sentence(text, last_start) and _is_in(last, self._vn_surnames)):
            return True
        # A surname of two letters written without its marks ("Le", "Ho") is a name only
        # before a middle name ("Le Quang Minh"): alone it is also a French article.
        first = _WORD.match(text, start)
        return (name_key(last) in self._vn_short_surnames and first is not None
                and _is_in(first.group(), self._vn_middle))

    @staticmethod
    def _inside_sentence(text: str, start: int) -> bool:
        previous = char_before(text, start, str.isspace)
        return bool(previous) and previous not in ".!?:\n\"“”"

    def _is_title(self, word: str) -> bool:
        key = name_key(word)
        return key in self._titles and (word[:1].isupper() or key not in self._cased_titles)

    def given_name_after(self, text: str, end: int) -> bool:
        """A given name written after the surname follows ``end``, one space between
        ("Nakamura Kenji"): what ends there is that surname. A word in lower case is none
        (Croatian "koji", who, after "iz Münchena i Beča", is no "Koji")."""
        match = re.match(r" (\w+)\b", text[end:end + 40])
        return match is not None and match.group(1)[:1].isupper() and name_key(
            match.group(1)) in self._given_after

    def given_name(self, word: str) -> bool:
        """A first name of the given-names list."""
        return name_key(word) in self._given

    def vietnamese_surname(self, word: str) -> bool:
        """A Vietnamese surname written with its marks ("Trần", not "Tran")."""
        return has_diacritics(word) and accent_key(word) in self._vn_surnames[0]

    def vietnamese_name_opens(self, word: str, text: str, end: int) -> bool:
        """A Vietnamese surname, written with or without its marks, that ``end`` closes and a
        middle name follows, one space between ("Nguyen Thi Thanh Xuan": "Nguyen" is also
        a commune's variant): a person's name opens there."""
        following = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        return (following is not None and _is_in(word, self._vn_surnames)
                and _is_in(following.group(), self._vn_middle))

    def title(self, words: str) -> bool:
        """A title of address."""
        return name_key(words) in self._titles
