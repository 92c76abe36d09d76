"""Recognition: spans of the text that spell a gazetteer name as it must be written.

A hit of the automaton becomes a mention when at least one of its spellings
passes the checks on the original text:

- capitalisation: every capitalised word of the spelling is capitalised in the
  text (administrative words like "city" may be lower-case; an all-capital
  surface counts for names of four letters or more, or written exactly as the
  spelling: "Ý" is Italy in Vietnamese);
- abbreviations count only written exactly ("HCMC", "US");
- diacritics: a surface written with diacritics must match a spelling of the
  entity with the same ones, tone placement aside ("Huệ", a given name, is not
  "Huế"); a spelling marked accents-only never matches a bare surface ("Duc");
- language restrictions of the spelling.

Overlapping mentions are resolved longest first ("Ho Chi Minh City" over
"Ho Chi Minh").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from citypact.extract.rules import accent_languages, language_countries, last_word_case_languages
from citypact.gazetteer.cues import PlaceCues
from citypact.gazetteer.keys import accent_key, has_diacritics, letters, name_key
from citypact.gazetteer.model import (
    Candidate,
    Gazetteer,
    NameEntry,
    NameFlag,
    Source,
    has_flag,
)
from citypact.gazetteer.text_around import char_before
from citypact.model import Span

_WORD_REST = re.compile(r"\w*")
"""The rest of a word from where its genitive ending was cut."""

_SPLIT = re.compile(r"[^\w]+", re.UNICODE)
_INFLECTED_WORD = re.compile(r"(?<![\w'’ʼ-])[^\W\d_][^\W_]*(?:['’ʼ][^\W\d_][^\W_]*)*"
                             r"(?:-[^\W\d_][^\W_]*(?:['’ʼ][^\W\d_][^\W_]*)*)*(?![\w-])")
"""A word of an inflected language, hyphenated parts and apostrophes inside included
("Санкт-Петербурга", "Слов'янська")."""
_CONTRACTED = re.compile(r"(?<![\w'’-])(\w+) ([A-ZÀ-Þ][^\W\d_]+(?:-[^\W\d_]+)*)(?![\w'’-])")
_HANGUL_REST = re.compile("[\uac00-\ud7a3]+")
"""The rest of a Korean word after a name's key (its status word and particles)."""
_MIN_INFLECTED = 4
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")
_MIN_CAPS = 4
_REMEMBERED = 1 << 14
_REGION_SIZE = 10 ** 9
_BIG_TOWN = 100_000
"""A town big enough to be named by its adjective alone ("die Leipziger Delegation")."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A recognised span and the entities it may name."""

    span: Span
    surface: str
    key: str
    candidates: tuple[Candidate, ...]
    inner: tuple[Mention, ...] = ()
    """Shorter mentions inside it, tried when it names no place ("Lincoln" in "Lincoln
    City", a club that is not the Oregon town)."""


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    """The words of a name or of its surface in the text (short strings: cached)."""
    return tuple(w for w in _SPLIT.split(text) if w)


def _capitalised_like(surface: str, variant: str, wrapper_words: frozenset[str]) -> bool:
    if surface == variant:
        return True
    if surface.isupper():
        return letters(surface) >= _MIN_CAPS
    said, written = _words(surface), _words(variant)
    if len(said) != len(written):
        return surface[:1].isupper() or not variant[:1].isupper()
    for position, (word, spelled) in enumerate(zip(said, written, strict=True)):
        if spelled[:1].isupper() and not word[:1].isupper() and not (
                position and name_key(word) in wrapper_words):
            return False
    return True


def _exact(surface: str, variant: str) -> bool:
    return _words(surface) == _words(variant)


def _spelling_fits(surface: str, entry: NameEntry, cues: PlaceCues,
                   language: str | None) -> bool:
    if not entry.allowed_in(language):
        return False
    if "," in surface and "," not in entry.variant:
        # "SAN ANTONIO, Texas" is a city and its state, not Mexico's "San Antonio Texas"
        return False
    if has_flag(entry.flags, NameFlag.EXACT_CASE):
        return _exact(surface, entry.variant)
    if has_flag(entry.flags, NameFlag.ACCENTS) and accent_key(surface) != accent_key(entry.variant):
        return False
    return _capitalised_like(_article_raised(surface, entry.variant, cues, language),
                             entry.variant, cues.wrapper_words)


_MIN_ARTICLE_NAME_WORDS = 3
"""Words a name opening with an article has at least for the article to count in lower case
("la Seu d'Urgell"): "el Salvador", "la Paz" are a saviour's church and peace."""


def _article_raised(surface: str, variant: str, cues: PlaceCues, language: str | None) -> str:
    """The surface with its first letter raised when it is a town's article that the language
    writes in lower case at the head of a long name ("la Seu d'Urgell"), else the surface."""
    said, written = _words(surface), _words(variant)
    if (len(said) >= _MIN_ARTICLE_NAME_WORDS and surface[:1].islower()
            and written[:1] and said[0] == written[0].lower()
            and cues.lowercase_article(said[0], language)):
        return surface[:1].upper() + surface[1:]
    return surface


def _accents_fit(surface: str, candidate: Candidate, language: str | None) -> bool:
    """A surface with diacritics fits an entity's spellings with diacritics; a one-word
    surface fits one with none only at home, in a language whose diacritics tell words apart
    ("Tiên" is no "Tien" of Cambodia in Vietnamese, where Vietnamese places keep their
    unaccented GeoNames names; a foreign name of several syllables is spelled out, "Xầm
    Nưa" for Xam Nua)."""
    if not has_diacritics(surface):
        return True
    accented = [n.variant for n in candidate.names if has_diacritics(n.variant)]
    wanted = accent_key(surface)
    if not accented:
        return language not in accent_languages() or len(_words(surface)) > 1 or (
            candidate.entity.country in language_countries().get(language or "", frozenset()))
    return any(accent_key(v) == wanted for v in accented)


def _fitting(surface: str, candidates: Sequence[Candidate],
             cues: PlaceCues, language: str | None) -> tuple[Candidate, ...]:
    kept = []
    for candidate in candidates:
        names = tuple(n for n in candidate.names if _spelling_fits(surface, n, cues, language))
        if names and _accents_fit(surface, candidate, language):
            kept.append(Candidate(candidate.entity, names))
    return tuple(kept)


def _accented_first(surface: str, kept: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """A name written in the text with its diacritics names a place of a country where it is
    spelled so, not a namesake abroad with no accented spelling ("Cádiz" is Spain's, not the
    Philippines' "Cadiz"); a form read through a case ending is ranked by its own rules."""
    if not has_diacritics(surface):
        return tuple(kept)
    wanted = accent_key(surface)
    countries = {c.entity.country for c in kept
                 if any(accent_key(n.variant) == wanted for n in c.names)}
    # the places of those countries stay, spelled so or not ("Hồng Kông": the territory too)
    return tuple(c for c in kept if c.entity.country in countries) if countries else tuple(kept)


class MentionFinder:
    """Finds the mentions of a gazetteer's names; build once and share.

    Which spellings fit a surface depends only on the surface, its key and the
    language, and names recur within a document and across a batch: the finder
    remembers the last ``remembered`` decisions (about 1 KB each).
    """

    def __init__(self, gazetteer: Gazetteer, cues: PlaceCues,
                 remembered: int = _REMEMBERED) -> None:
        self._gazetteer = gazetteer
        self._cues = cues
        self._fitting = lru_cache(maxsize=remembered)(self._fitting_candidates)

    def find(self, text: str, language: str | None) -> list[Mention]:
        """Non-overlapping mentions of gazetteer names, in text order."""
        found: list[Mention] = []
        for hit in self._gazetteer.matcher.scan(text):
            start, end = hit.span
            rest = _HANGUL_REST.match(text, end)
            if rest is not None and not self._cues.glued_rest(rest.group(), language):
                continue  # "다낭시와" is Da Nang, "대전환" no Daejeon
            surface = text[start:end]
            candidates = _accented_first(surface, self._fitting(surface, hit.key, language))
            if candidates:
                found.append(Mention(hit.span, surface, hit.key, candidates))
        if self._cues.inflects(language):
            found = self._inflected(text, language, found)
        found = self._contracted(text, language, found)
        return _longest_first(found + self._genitives(text, language, found)
                              + self._town_adjectives(text, language, found)
                              + self._capitals(text, language))

    def _contracted(self, text: str, language: str | None,
                    found: list[Mention]) -> list[Mention]:
        """The mentions, with towns whose name opens with an article that a preposition holds
        ("au Havre", "du Cap": Le Havre, Le Cap) read with the article, unless the word names
        as big a place as written: the mention is the word after the preposition."""
        if not self._cues.contracts(language):
            return found
        kept = list(found)
        for match in _CONTRACTED.finditer(text):
            article = self._cues.contracted_article(match.group(1), language)
            if article is None:
                continue
            start, end = match.span(2)
            overlapping = [m for m in kept if m.span[0] < end and start < m.span[1]]
            if any(m.span != (start, end) for m in overlapping):
                continue
            form = f"{article.capitalize()} {match.group(2)}"
            towns = tuple(c for c in self._fitting(form, name_key(form), language)
                          if c.entity.kind == "city")
            if towns and all(_size(towns) > _size(m.candidates) for m in overlapping):
                kept = [m for m in kept if m not in overlapping]
                kept.append(Mention((start, end), form, name_key(form), towns))
        return kept

    def _inflected(self, text: str, language: str | None,
                   found: list[Mention]) -> list[Mention]:
        """The mentions, with the capitalised words of an inflected language read with a case
        ending replaced ("w Lublinie", "z Warszawą", "do Krakowa", "Санкт-Петербурга"): a word
        that names no place as written, or only a place smaller than the one its ending names
        ("Drezna", a Russian village, is "Drezno", Dresden's Polish name, in the genitive).
        Two capitalised words in a row are read with both endings replaced too, an adjective
        and its noun ("Нижнего Новгорода": Нижний Новгород). The mention is the whole word or
        pair, its surface the form that names the place."""
        by_span = {m.span: m for m in found}
        covered = [m.span for m in found]
        kept = list(found)
        previous: tuple[int, int, str] | None = None
        for match in _INFLECTED_WORD.finditer(text):
            start, end = match.span()
            word = match.group()
            if not word[:1].isupper():
                if previous is not None and text[previous[1]:start] == " ":
                    best = self._lower_tail_pair(previous, (start, end, word), language)
                    if best is not None:
                        kept.append(best)
                previous = None
                continue
            pair = previous if previous is not None and text[previous[1]:start] == " " else None
            previous = (start, end, word)
            if pair is not None:
                best = self._inflected_pair(pair, (start, end, word), language)
                if best is not None:
                    kept.append(best)
            town = self._town_of_adjective(text, (start, end), word, language)
            if town is not None:
                kept = [m for m in kept if not (m.span[0] < end and start < m.span[1])]
                kept.append(town)
                continue
            if len(word) < _MIN_INFLECTED:
                continue
            direct = by_span.get((start, end))
            if direct is None and any(s < end and start < e for s, e in covered):
                continue
            # a word that names a place as written is not read with letters added to it
            # (Czech "Selb" is no "Selby" through the ending of "Drážďan", Drážďany)
            best = self._best_form(((f, (start, end)) for f in self._cues.hyphenated_forms(
                word, language) if direct is None or len(f) <= len(word)), language)
            if best is not None and (
                    direct is None or _size(best.candidates) > _size(direct.candidates)
                    or _by_own_name_only(best, direct)
                    or _home_town_only(best, direct, language)):
                if direct is not None:
                    kept.remove(direct)
                kept.append(best)
        return kept

    def _town_of_adjective(self, text: str, span: Span, word: str,
                           language: str | None) -> Mention | None:
        """A town named by its adjective before the adjective of its body ("Полтавській
        міській раді": Poltava, not the oblast "Полтавська" the adjective names alone)."""
        following = _NEXT_WORD.match(text, span[1])
        if following is None:
            return None
        best: Mention | None = None
        for form in self._cues.town_forms(word, following.group(1), language):
            towns = tuple(c for c in self._fitting(form, name_key(form), language)
                          if c.entity.kind == "city")
            if towns and (best is None or _rank(form, towns) > _rank(best.surface,
                                                                      best.candidates)):
                best = Mention(span, form, name_key(form), towns)
        return best

    def _inflected_pair(self, first: tuple[int, int, str], second: tuple[int, int, str],
                        language: str | None) -> Mention | None:
        """Two capitalised words read with an ending replaced in each ("Нижнего Новгорода",
        "Нижнем Новгороде"), or in the last only where a language declines only it ("Da
        Nangissa"), if a place is so named."""
        heads = self._cues.base_forms(first[2], language)
        if language in last_word_case_languages():
            heads = (first[2], *heads)
        if not heads:
            return None
        tails = (second[2], *self._cues.base_forms(second[2], language))
        span = (first[0], second[1])
        return self._best_form(((f"{head} {tail}", span) for head in heads for tail in tails),
                               language)

    def _lower_tail_pair(self, first: tuple[int, int, str], second: tuple[int, int, str],
                         language: str | None) -> Mention | None:
        """An adjective and the lower-case noun a name writes after it, both inflected ("v
        Českej republike": Česká republika), read only as a spelling that writes its noun
        in lower case too: a capitalised word before an ordinary word names no place so."""
        best = self._inflected_pair(first, second, language)
        if best is None:
            return None
        candidates = tuple(c for c in best.candidates if any(
            _lower_tail(n.variant) for n in c.names))
        return dataclasses.replace(best, candidates=candidates) if candidates else None

    def _best_form(self, forms: Iterable[tuple[str, Span]],
                   language: str | None) -> Mention | None:
        best: Mention | None = None
        for form, span in forms:
            key = name_key(form)
            candidates = self._fitting(form, key, language)
            if candidates and (best is None or _rank(form, candidates) > _rank(
                    best.surface, best.candidates)):
                best = Mention(span, form, key, candidates)
        return best

    def _genitives(self, text: str, language: str | None,
                   found: list[Mention]) -> list[Mention]:
        """Names written with a genitive ending ("Vietnams", "Opoles Stadtpräsident"), read
        without it: countries and regions, places the text names without it too (a
        noun's genitive, "Bundes", is no town "Bunde"), and towns before the lower-case title
        of an office they hold ("Gdańsks borgmästare")."""
        passes = self._cues.genitive_cuts(text, language)
        if not passes:
            return []
        named = {m.key for m in found}
        genitives: list[Mention] = []
        for cuts in passes:
            read = _blank_endings(text, cuts)
            for hit in self._gazetteer.matcher.scan(read):
                start, end = hit.span
                cut = next((c for c, r in cuts.items() if c + len(r) == end), None)
                if cut is None:
                    continue
                surface = read[start:end]
                # the genitive of a town before its office's title ("Gdańsks borgmästare")
                word = _WORD_REST.match(text, cut)
                office = word is not None and self._cues.lower_case_title_after(text, word.end())
                candidates = tuple(c for c in self._fitting(surface, hit.key, language)
                                   if hit.key in named or c.entity.kind in ("country", "region")
                                   or (office and c.entity.kind == "city"))
                if candidates:
                    genitives.append(Mention(hit.span, surface, hit.key, candidates))
        return genitives

    def _town_adjectives(self, text: str, language: str | None,
                         found: list[Mention]) -> list[Mention]:
        """Towns named by their adjective ("im Münchner Rathaus", "die Stuttgarter
        Delegation"): a big town, or one the text names as such too ("Görlitz ... die
        Görlitzer Delegation"); the mention is the whole adjective."""
        named = {m.key for m in found}
        adjectives: list[Mention] = []
        for span, form in self._cues.town_adjectives(text, language):
            key = name_key(form)
            candidates = self._fitting(form, key, language)
            # a small town named like a region is no town the text names ("die Thüringer
            # Landesregierung", in a story naming Thüringen, is no Austrian village's)
            named_town = key in named and all(c.entity.kind == "city" for c in candidates)
            candidates = tuple(c for c in candidates if c.entity.kind == "city" and (
                c.entity.population >= _BIG_TOWN or named_town))
            if candidates:
                adjectives.append(Mention(span, form, key, candidates))
        return adjectives

    def _capitals(self, text: str, language: str | None) -> list[Mention]:
        """Capitals named by their country's adjective ("la capitale portugaise"): the
        mention is the whole phrase, its place the biggest town of the capital's name in
        that country."""
        capitals: list[Mention] = []
        for phrase in self._cues.capital_phrases(text, language):
            key = name_key(phrase.capital)
            towns = [c for c in self._fitting(phrase.capital, key, None)
                     if c.entity.kind == "city" and c.entity.country == phrase.country]
            if towns:
                biggest = max(towns, key=lambda c: c.entity.population)
                capitals.append(Mention(phrase.span, phrase.capital, key, (biggest,)))
        return capitals

    def _fitting_candidates(self, surface: str, key: str,
                            language: str | None) -> tuple[Candidate, ...]:
        return _fitting(surface, self._gazetteer.candidates(key), self._cues, language)


def _lower_tail(variant: str) -> bool:
    """Whether a spelling is a capitalised word and a lower-case one ("Česká republika")."""
    words = variant.split()
    return len(words) == 2 and words[0][:1].isupper() and words[1][:1].islower()


def _size(candidates: Sequence[Candidate]) -> int:
    """The population of the biggest place among candidates; a region or a country counts
    as bigger than any town."""
    return max(_REGION_SIZE if c.entity.kind != "city" else c.entity.population
               for c in candidates)


def _rank(form: str, candidates: Sequence[Candidate]) -> tuple[int, bool, int]:
    """How well a form read through a case ending names its places: the biggest place, then
    a spelling written exactly so, diacritics too ("Łódź" for "Łodzi", not "Łodza"), then a
    better source of the spelling (Czech "Lince" is "Linec", our name of Linz, not "Linc",
    one of GeoNames' alternates)."""
    wanted = accent_key(form)
    return _size(candidates), any(accent_key(n.variant) == wanted
                                  for c in candidates for n in c.names), -min(
        c.best_source for c in candidates)


def _by_own_name_only(read: Mention, direct: Mention) -> bool:
    """A word that names its places as written only by GeoNames' alternates, and the same
    places by a better spelling read through its case ending (Czech "Krakova", an alternate
    of Kraków, is "Krakov" in the genitive, our name of the city)."""
    return ({c.entity.id for c in read.candidates} == {c.entity.id for c in direct.candidates}
            and min(c.best_source for c in direct.candidates) == Source.ALTERNATE
            and min(c.best_source for c in read.candidates) < Source.ALTERNATE)


def _home_town_only(read: Mention, direct: Mention, language: str | None) -> bool:
    """A word that names only places abroad as written, and through its case ending a town
    of the countries its language is read about (Estonian "Tartus", in Tartu, not Syria's
    Tartus): the home town, as an ambiguous name is looked for at home first."""
    home = language_countries().get(language or "", frozenset())
    return bool(home) and any(c.entity.kind == "city" and c.entity.country in home
                              for c in read.candidates) and not any(
        c.entity.country in home for c in direct.candidates)


def _blank_endings(text: str, cuts: dict[int, str]) -> str:
    """The text with each word's ending from a cut on made what replaces it, then spaces
    ("Padovei" -> "Padova "): it keeps its length, and so its offsets."""
    chars = list(text)
    for cut, replacement in cuts.items():
        i = cut
        while i < len(chars) and chars[i].isalnum():
            chars[i] = " "
            i += 1
        chars[cut:cut + len(replacement)] = replacement
    return "".join(chars)


def find_mentions(text: str, gazetteer: Gazetteer, cues: PlaceCues,
                  language: str | None) -> list[Mention]:
    """Non-overlapping mentions of gazetteer names, in text order (a one-off finder)."""
    return MentionFinder(gazetteer, cues).find(text, language)


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    taken: list[Mention] = []
    occupied: list[Span] = []
    for mention in sorted(mentions, key=lambda m: (m.span[0] - m.span[1], m.span[0])):
        start, end = mention.span
        if all(end <= s or start >= e for s, e in occupied):
            taken.append(mention)
            occupied.append(mention.span)
    inside = {id(m): tuple(sorted((o for o in mentions if o is not m and m.span[0] <= o.span[0]
                                   and o.span[1] <= m.span[1]), key=lambda o: o.span))
              for m in taken}
    return sorted((dataclasses.replace(m, inner=inside[id(m)]) if inside[id(m)] else m
                   for m in taken), key=lambda m: m.span)


def inner_mentions(mention: Mention) -> list[Mention]:
    """The longest mentions inside a mention, in text order."""
    return _longest_first(list(mention.inner))


def weak_position(text: str, span: Span) -> bool:
    """True at the start of a sentence or line, or inside a heading in Title Case; not after
    the dash that pairs two names inside a sentence ("quan hệ Việt Nam - Đức"). A name in a
    script without letter case (Hangul) is no weaker at a sentence's start than inside it."""
    if _HANGUL_REST.match(text, span[0]) is not None:
        return False
    previous = char_before(text, span[0], " \t".__contains__)
    if not previous or (previous in ".!?:\n\"“”«•–—-|>*#([" and not _pairing_dash(text, span[0])):
        return True
    line_start = text.rfind("\n", 0, span[0]) + 1
    line_end = text.find("\n", span[1])
    return _title_case(text[line_start:line_end if line_end >= 0 else len(text)])


_DASH_BEFORE = re.compile(r"\s+[–—-]\s+$")


def _pairing_dash(text: str, start: int) -> bool:
    """A spaced dash after a name in Title Case that a lower-case word of the sentence comes
    before: it pairs two names ("quan hệ Việt Nam - Đức", "Hội hữu nghị Việt - Đức"), unlike
    a dateline's ("HÀ NỘI - ", "Hà Nội - ")."""
    line_start = text.rfind("\n", 0, start) + 1
    dash = _DASH_BEFORE.search(text, line_start, start)
    if dash is None:
        return False
    words = text[line_start:dash.start()].split()
    run = 0
    while run < len(words) and words[-1 - run][:1].isupper():
        run += 1
    return 0 < run < len(words) and not words[-1].isupper() and words[-1 - run].islower()


@lru_cache(maxsize=1024)
def _title_case(line: str) -> bool:
    """A line of 3 to 20 words, three in four capitalised (a heading)."""
    words = [w for w in _SPLIT.split(line) if w[:1].isalpha()]
    if len(words) < 3 or len(words) > 20:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised / len(words) >= 0.75
