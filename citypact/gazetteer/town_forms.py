"""The forms a town's name takes in a text, read from the cues' lists: genitive and case
endings ("Warszawie": "Warszawa"), adjectives of towns ("Münchner": "München"), articles held
by prepositions ("au": "le"), particles glued after a name ("시와"), hyphenated forms.

``TownForms`` is a part of ``cues.PlaceCues``, which compiles the lists it reads.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from citypact.gazetteer.keys import word_key
from citypact.gazetteer.text_around import _WORD
from citypact.model import Span

_MIN_GENITIVE_STEM = 3


class TownForms:
    """The cues of the forms of a town's name (compiled by ``PlaceCues.__init__``)."""

    _genitives: dict[str, tuple[tuple[tuple[str, str], ...], frozenset[str]]]
    _town_adjectives: dict[str, tuple[tuple[str, str], ...]]
    _town_adjective_stops: dict[str, frozenset[str]]
    _town_adjective_forms: dict[str, dict[str, str]]
    _town_adjective_nouns: dict[str, frozenset[str]]
    _glued: dict[str, frozenset[str]]
    _case_endings: dict[str, tuple[tuple[str, str], ...]]
    _locative_endings: dict[str, tuple[str, ...]]
    _contractions: dict[str, dict[str, str]]
    _lowercase_articles: dict[str, frozenset[str]]
    _town_endings: dict[str, tuple[tuple[str, str], ...]]
    _body_adjectives: dict[str, frozenset[str]]

    if TYPE_CHECKING:
        def given_name(self, word: str) -> bool:
            """A given name (``PlaceCues.given_name``)."""

    def genitive_cuts(self, text: str, language: str | None) -> list[dict[int, str]]:
        """Where the genitive ending of a capitalised word starts ("Vietnams", "Opoles
        Stadtpräsident"), unless an article of a noun's genitive stands before the word
        ("des Bundes"): the name may be read without it, or with the letters an ending
        replaces ("ei>a": "Padovei" is "Padova"). A word that ends in several of the endings
        may be read without each ("Chișinăului" is "Chișinău" and "-lui", not "Chișină" and
        "-ului"): one reading per pass, each a cut and what replaces the ending there, at
        most one cut of a word in each."""
        endings, articles = self._genitives.get(language or "", ((), frozenset()))
        passes: list[dict[int, str]] = []
        previous = ""
        for match in _WORD.finditer(text):
            word = match.group()
            if word[:1].isupper() and word_key(previous) not in articles:
                fitting = [(e, r) for e, r in endings if word.endswith(e)
                           and len(word) - len(e) >= _MIN_GENITIVE_STEM]
                for n, (ending, replacement) in enumerate(fitting):
                    if n == len(passes):
                        passes.append({})
                    passes[n][match.end() - len(ending)] = replacement
            previous = word
        return passes

    def town_adjectives(self, text: str, language: str | None) -> list[tuple[Span, str]]:
        """Capitalised words that may be a town's adjective before the noun it qualifies
        ("im Münchner Rathaus", "die Stuttgarter Delegation"), each with a name it may be
        read as ("München", "Stuttgart"); not after a given name (a surname, "Roland Berger
        Strategy"), nor before a street's or a paper's noun."""
        endings = self._town_adjectives.get(language or "", ())
        stops = self._town_adjective_stops.get(language or "", frozenset())
        found: list[tuple[Span, str]] = []
        words = list(_WORD.finditer(text)) if endings else []
        for index, match in enumerate(words[:-1]):
            word, following = match.group(), words[index + 1]
            if not (word[:1].isupper() and following.group()[:1].isupper()
                    and text[match.end():following.start()] == " "
                    and word_key(following.group()) not in stops):
                continue
            previous = words[index - 1] if index else None
            if previous is not None and self.given_name(previous.group()) \
                    and text[previous.end():match.start()] == " ":
                continue
            for ending, replacement in endings:
                stem = word[:len(word) - len(ending)]
                if word.endswith(ending) and len(stem) >= _MIN_GENITIVE_STEM:
                    found.append((match.span(), stem + replacement))
        return found + self._town_adjectives_after_nouns(text, language)

    def _town_adjectives_after_nouns(self, text: str, language: str | None
                                     ) -> list[tuple[Span, str]]:
        """Lower-case adjectives of towns right after a noun of a town's body or people
        ("la delegazione fiorentina": Firenze), each with the town's name."""
        forms = self._town_adjective_forms.get(language or "", {})
        nouns = self._town_adjective_nouns.get(language or "", frozenset())
        if not forms:
            return []
        words = list(_WORD.finditer(text))
        return [(match.span(), forms[word_key(match.group())])
                for previous, match in pairwise(words)
                if match.group().islower() and word_key(match.group()) in forms
                and word_key(previous.group()) in nouns
                and text[previous.end():match.start()] == " "]

    def glued_rest(self, rest: str, language: str | None) -> bool:
        """Whether the rest of a word after a name is a status word and particles that its
        language glues to a name ("시와" after "다낭"; "" always is)."""
        return not rest or rest in self._glued.get(language or "", ())

    def inflects(self, language: str | None) -> bool:
        """Whether the language writes place names with case endings ("w Lublinie")."""
        return (language or "") in self._case_endings

    def placed_by_ending(self, written: str, form: str, language: str | None) -> bool:
        """Whether a name read through a case ending was written with one that puts a place
        there, as a place preposition does ("Tartossa", "Krakovaan": in Tartu, to Kraków)."""
        return written != form and any(
            written.endswith(ending) for ending in self._locative_endings.get(language or "", ()))

    def base_forms(self, word: str, language: str | None) -> tuple[str, ...]:
        """The forms a capitalised word of an inflected language may stand for, its ending
        replaced ("Warszawie": "Warszawa", "Warszawo"; "Krakowa": "Kraków", "Krakow"); a stem
        keeps three letters at least."""
        forms: list[str] = []
        for ending, replacement in self._case_endings.get(language or "", ()):
            stem = word[:len(word) - len(ending)] if ending else word
            if word.endswith(ending) and len(stem) >= _MIN_GENITIVE_STEM:
                form = stem + replacement
                if form != word and form not in forms:
                    forms.append(form)
        return tuple(forms)

    def contracts(self, language: str | None) -> bool:
        """Whether the language has prepositions that hold an article ("au", "du")."""
        return (language or "") in self._contractions

    def contracted_article(self, contraction: str, language: str | None) -> str | None:
        """The article a preposition holds ("au": "le"), or None."""
        return self._contractions.get(language or "", {}).get(word_key(contraction))

    def lowercase_article(self, word: str, language: str | None) -> bool:
        """Whether a language writes this article in lower case at the head of a town's
        name ("la Seu d'Urgell")."""
        return word_key(word) in self._lowercase_articles.get(language or "", frozenset())

    def hyphenated_forms(self, word: str, language: str | None) -> tuple[str, ...]:
        """The forms of a word of two hyphenated parts, both read with an ending replaced
        ("Кам'янця-Подільського": "Кам'янець-Подільський"), besides the last one alone
        (``base_forms``: "Санкт-Петербурга")."""
        forms = list(self.base_forms(word, language))
        head, hyphen, tail = word.partition("-")
        if hyphen and "-" not in tail:
            for first in self.base_forms(head, language):
                for last in (tail, *self.base_forms(tail, language)):
                    form = f"{first}-{last}"
                    if form not in forms:
                        forms.append(form)
        return tuple(forms)

    def town_forms(self, word: str, following: str, language: str | None) -> tuple[str, ...]:
        """The names of the town a capitalised adjective may be made of, when the word after
        it is the adjective of a town's body ("Полтавській міській раді": "Полтава"; "Івано-
        Франківської міської ради": "Івано-Франківськ"); none otherwise."""
        endings = self._town_endings.get(language or "", ())
        if not endings or word_key(following) not in self._body_adjectives.get(
                language or "", frozenset()):
            return ()
        forms: list[str] = []
        for adjective in (word, *self.base_forms(word, language)):
            for ending, replacement in endings:
                stem = adjective[:len(adjective) - len(ending)]
                if adjective.endswith(ending) and len(stem) >= _MIN_GENITIVE_STEM:
                    form = stem + replacement
                    if form not in forms:
                        forms.append(form)
        return tuple(forms)
