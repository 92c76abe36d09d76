"""The cues of a team around a name: a region's people or a team after an article the
region's name does not take ("die Hessen gewannen"), a town after a club's article ("il
Napoli"), a sentence about a match ("ha battuto il Bayern"): the name is a club's.

``TeamCues`` is a part of ``cues.PlaceCues``, which compiles the lists it reads.
"""

from __future__ import annotations

import re

from citypact.gazetteer.keys import name_key, phrase_key, word_accent_key, word_key
from citypact.gazetteer.text_around import _WINDOW, _sentence_around, _words_before
from citypact.model import Span

_ARTICLE_BEFORE = re.compile(r"(?<!\w)(\w+)(?:['’]|[ \t]+)$")
_SPONSOR_BEFORE = re.compile(r"(?<!\w)[^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*)?[ \t]+$")
"""One or two words right before a name: a club's sponsor before its town, when capitalised."""


class TeamCues:
    """The cues of teams and matches (compiled by ``PlaceCues.__init__``)."""

    _teams: dict[str, tuple[frozenset[str], frozenset[str]]]
    _article_towns: dict[str, tuple[frozenset[str], frozenset[str]]]
    _relatives: dict[str, frozenset[str]]
    _opponents: dict[str, frozenset[str]]
    _club_articles: dict[str, frozenset[str]]
    _sport_words: dict[str, frozenset[str]]

    def team_named(self, text: str, span: Span, language: str | None) -> bool:
        """A region's name that names its people or a team after an article the region's
        name does not take ("die Hessen gewannen", "ha battuto il Bayern")."""
        names, articles = self._teams.get(language or "", (frozenset(), frozenset()))
        if name_key(text[span[0]:span[1]]) not in names:
            return False
        words = _words_before(text, span[0], 1)
        return bool(words) and not text[words[-1][1] + len(words[-1][0]):span[0]].strip() \
            and word_key(words[-1][0]) in articles

    def town_after_team_article(self, text: str, span: Span, language: str | None) -> bool:
        """A town's name right after an article that towns of the language do not take
        ("il Napoli", "al Marsala"; not "il Cairo"): a club's or a product's name."""
        towns, articles = self._article_towns.get(language or "", (frozenset(), frozenset()))
        if not articles or name_key(text[span[0]:span[1]]) in towns:
            return False
        words = _words_before(text, span[0], 1)
        if not words or text[words[-1][1] + len(words[-1][0]):span[0]].strip() \
                or word_key(words[-1][0]) not in articles:
            return False
        # a relative pronoun after a comma ("die Städtepartnerschaft, die Rostock ...
        # verbindet") opens a clause whose subject the town is
        before = words[-1][1]
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        return not (word_key(words[-1][0]) in self._relatives.get(language or "", frozenset())
                    and text[before - 1:before] == ",")

    def club_before(self, text: str, start: int, language: str | None) -> bool:
        """An article that a club's name takes right before ``start``, in a sentence about a
        match ("ha battuto il Bayern", "o jogo contra o Porto"), or a phrase of facing a team
        ("para enfrentar a Olimpia"), in the text's language only."""
        opponents = self._opponents.get(language or "")
        if opponents:
            before = f" {phrase_key(text[max(0, start - _WINDOW):start])}"
            if any(before.endswith(f" {key}") for key in opponents):
                return True
        if language not in self._club_articles:
            return False
        article = _ARTICLE_BEFORE.search(text, max(0, start - _WINDOW), start)
        if article is not None and word_accent_key(article.group(1)) not in (
                self._club_articles[language]):
            # a sponsor's words between the article and the town ("CLB Hồng Lĩnh Hà Tĩnh",
            # "il Real Madrid"): the town still ends the club's name
            sponsor = _SPONSOR_BEFORE.search(text, max(0, start - _WINDOW), start)
            if sponsor is not None and not all(w[0].isupper() for w in sponsor.group().split()):
                sponsor = None
            article = None if sponsor is None else _ARTICLE_BEFORE.search(
                text, max(0, sponsor.start() - _WINDOW), sponsor.start())
        if article is None or word_accent_key(article.group(1)) not in (
                self._club_articles[language]):
            return False
        return self.about_a_match(text, start, language)

    def about_a_match(self, text: str, start: int, language: str | None) -> bool:
        """Whether the sentence around ``start`` speaks of a match (a ``sport_words`` word of
        the text's language)."""
        if language not in self._sport_words:
            return False
        sentence = f" {phrase_key(_sentence_around(text, start))} "
        return any(f" {key} " in sentence for key in self._sport_words[language])
