"""People and organisations of a language written in words between spaces but with no
capital: Arabic.

The token rules of ``people`` and ``organizations`` find a name by its capitals; Arabic has
none. Here a text is read with the lists of ``[uncased]`` (``rules/actors/<lang>.toml``), as
``han`` reads Chinese with its surnames:

- a person is a title ("عمدة", "رئيس بلدية") followed, within a few words (the office's place
  or body: "عمدة طنجة", "رئيس بلدية إربد الكبرى"), by a given name of the list and the words
  after it up to a stop (a punctuation mark, a function word, a word with "و" glued before
  it, a title, a place, at most ``NAME_WORDS`` words): "عمدة طنجة كريم البقالي وعمدة ...";
  its role is the title and the office's words, its affiliation the place named there (or,
  when none follows, the name right before the title and its place: "كيم جونغ هو نائب عمدة
  بوسان"). After
  the office's place (and its adjectives, "الكبرى"), a name of two words or more that ends at
  a stop opens with any word that is no verb ("أمين عمان يوسف الشواربة،"); a title of
  ``place_titles`` is one only before a place ("أمين عمان", not the given name "أمين");
- an organisation is a head ("جامعة") right before a place's name ("جامعة سوسة").

Conjunctions and prepositions glued before a title or a head ("وعمدة", "لبلدية") are read off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from citypact.errors import ConfigError
from citypact.extract.actors.rules import ORG_TYPES
from citypact.extract.actors.rules_language import language_table
from citypact.extract.pipeline import Doc
from citypact.extract.rules import string_list
from citypact.gazetteer.rules import load_people
from citypact.model import Organization, Person, Place, Span
from citypact.textnorm import fold, fold_aligned, slugify

NAME_WORDS = 4
"""Most words of a name: a given name, a father's or a compound one, a family name ("حسام
الدين منصور", "محمد بن سعيد الهاشمي")."""
OFFICE_WORDS = 6
"""Most words between a title and its holder's name (the office's place or body: "نائبة عمدة
مدينة نابولي الإيطالية لورا بيانكي")."""
CONJUNCTION_GLUED = 3
"""Fewest letters of a word whose "و" is "and" glued before it ("وعمدة", "ونائبة"), not the
first letter of a short name ("وي", "وو")."""
_WORD = re.compile(r"[^\W\d_]+")
_CLITIC = "وفبل"
"""Letters glued before a word: "و" and "ف" (and), "ب" (in, by), "ل" (for, of)."""


@dataclass(frozen=True, slots=True)
class UncasedRules:
    """What a language with no capitals names its people and bodies with (``[uncased]``)."""

    titles: frozenset[str]
    """Titles written before their holder's name, folded ("عمده", "رئيس بلديه")."""
    given_names: frozenset[str]
    """Given names (``people.toml``) and the words that open a name as one does (the first
    words of compound names, "عبد"; family names written first), folded."""
    stops: frozenset[str]
    """Words that end a name, folded ("في", "إن", "يوم", "اليوم")."""
    heads: dict[str, str]
    """Organisation heads written before a place's name (folded) -> type ("جامعه": university)."""
    place_titles: frozenset[str] = frozenset()
    """Titles that are titles only before a place's name ("امين": "أمين عمان"), folded."""
    verb_prefixes: tuple[str, ...] = ()
    """How a verb of the present begins ("ي", "ت": "يستقبل"): no name opens so, unless a
    given name of the list does ("يوسف")."""
    styles: frozenset[str] = frozenset()
    """Styles written between an office's place and its holder's name ("أمين محافظة جدة
    المهندس فيصل العتيبي"), folded: no title of their own there, and no part of the role."""


def load_uncased_rules(language: str) -> UncasedRules | None:
    """The ``[uncased]`` table of a language's actor rule file, or None when it has none."""
    source = f"actors/{language}.toml [uncased]"
    table = language_table(language, "uncased")
    if table is None:
        return None
    heads: dict[str, str] = {}
    for kind in table.get("heads", {}):
        if kind not in ORG_TYPES:
            raise ConfigError(f"{source}: unknown organisation type {kind!r}")
        heads.update((fold(w), kind) for w in string_list(table["heads"], kind, source))
    return UncasedRules(
        titles=frozenset(fold(w) for w in string_list(table, "titles", source)),
        given_names=frozenset(fold(w) for w in (
            *string_list(table, "name_openers", source),
            *load_people().uncased_given_names.get(language, ()))),
        stops=frozenset(fold(w) for w in string_list(table, "stops", source)),
        heads=heads,
        place_titles=frozenset(fold(w) for w in string_list(table, "place_titles", source)),
        verb_prefixes=tuple(fold(w) for w in string_list(table, "verb_prefixes", source)),
        styles=frozenset(fold(w) for w in string_list(table, "styles", source)))


@dataclass(frozen=True, slots=True)
class _Word:
    span: Span
    key: str
    """The folded word."""


def _words(text: str) -> list[_Word]:
    folded = fold_aligned(text)
    return [_Word(m.span(), folded[m.start():m.end()]) for m in _WORD.finditer(text)]


def _unglued(key: str) -> tuple[str, ...]:
    """A folded word, and the word with a glued conjunction or preposition read off."""
    forms = [key]
    if len(key) > 3 and key[0] in _CLITIC:
        forms.append(key[1:])
        if len(key) > 4 and key[1] in _CLITIC:
            forms.append(key[2:])
    return tuple(forms)


def _stop(key: str, rules: UncasedRules) -> bool:
    """A word that ends a name: a stop word, with or without the article ("المذكرة")."""
    return key in rules.stops or (key.startswith("ال") and key[2:] in rules.stops)


def _phrase_at(words: list[_Word], i: int, phrases: frozenset[str] | dict[str, str],
               longest: int = 4) -> int:
    """How many words from ``i`` spell one of the phrases (its first word may carry a clitic),
    longest first; 0 when none."""
    for size in range(min(longest, len(words) - i), 0, -1):
        tail = " ".join(w.key for w in words[i + 1:i + size])
        for first in _unglued(words[i].key):
            if (f"{first} {tail}" if tail else first) in phrases:
                return size
    return 0


class UncasedReader:
    """Reads the people and bodies of one document (``[uncased]`` rules)."""

    def __init__(self, doc: Doc, rules: UncasedRules) -> None:
        self._doc = doc
        self._rules = rules
        self._words = _words(doc.text)
        self._place_at = {start: place for place in doc.places
                          for start, _ in place.mentions}

    def _place_of(self, word: _Word) -> Place | None:
        """The place whose mention begins at the word, or right after its glued clitic."""
        start = word.span[0]
        return self._place_at.get(start) or self._place_at.get(start + 1) or \
            self._place_at.get(start + 2)

    def _in_place(self, word: _Word) -> bool:
        return any(s <= word.span[0] < e for p in self._doc.places for s, e in p.mentions)

    def _gap(self, before: _Word, after: _Word) -> str:
        """The text between two words."""
        return self._doc.text[before.span[1]:after.span[0]]

    def people(self) -> list[Person]:
        """Every person named after a title."""
        found: dict[str, Person] = {}
        words, i = self._words, 0
        while i < len(words):
            size = _phrase_at(words, i, self._rules.titles)
            if not size:
                i += 1
                continue
            person = self._holder(i, size) or self._holder_before(i, size)
            if person is not None and person.name not in found:
                found[person.name] = person
            i += size
        return [self._with_surname(p, found.values()) for p in found.values()]

    def _with_surname(self, person: Person, people: Iterable[Person]) -> Person:
        """The person with the later mentions of their surname alone ("وقال البقالي"), as
        the token rules add a surname's: a word of two or more letters after the article that
        ends the name and no other person's, not inside a place."""
        surname = fold(person.name.split()[-1])
        if len(person.name.split()) < 2 or not surname.startswith("ال") or len(surname) < 5 \
                or sum(fold(p.name.split()[-1]) == surname for p in people) > 1:
            return person
        first = min(start for start, _ in person.mentions)
        spans = list(person.mentions)
        for word in self._words:
            start, end = word.span
            if start <= first or any(s <= start < e for s, e in spans) or self._in_place(word):
                continue
            if word.key == surname:
                spans.append((start, end))
            elif word.key[1:] == surname and word.key[0] in _CLITIC:
                spans.append((start + 1, end))  # "والبقالي": and Al-Baqali
        return Person(name=person.name, role=person.role, affiliation=person.affiliation,
                      mentions=tuple(sorted(spans)))

    def _holder(self, title: int, size: int) -> Person | None:
        """The person a title at word ``title`` (``size`` words) names, if a name follows."""
        words, rules = self._words, self._rules
        affiliation: str | None = None
        j = title + size
        if j < len(words) and not any(self._place_of(w) for w in words[j:j + 2]) and any(
                form in rules.place_titles for form in _unglued(words[title].key)):
            return None  # "أمين" before no place ("أمين محافظة جدة": its region's noun
            # between): a given name, no title
        after_place = False
        while j < len(words) and j - title - size <= OFFICE_WORDS:
            if re.search(r"[^\s]", self._gap(words[j - 1], words[j])):
                return None  # a comma, a full stop, a bracket: the title has no holder here
            place = self._place_of(words[j])
            key = words[j].key
            if place is not None:
                affiliation = affiliation or place.name
                after_place = True
            elif key in rules.given_names and not self._in_place(words[j]):
                return self._name(title, j, affiliation)
            elif after_place and key in rules.styles:
                pass  # "المهندس" after the office's place: the name follows it
            elif _phrase_at(words, j, rules.titles) or key in rules.stops:
                return None
            elif after_place and not key.startswith("ال") and not self._in_place(words[j]):
                # the office's place and its adjectives said, a name follows it
                return self._unlisted_name(title, j, affiliation)
            j += 1
        return None

    def _holder_before(self, title: int, size: int) -> Person | None:
        """The person named right before a title and its office's place ("حمد بن سالم
        الهنائي رئيس بلدية مسقط،", "كيم جونغ هو نائب عمدة بوسان"): two to ``NAME_WORDS``
        words, the first of them a given name of the list; the role is the title and the
        place."""
        words, rules = self._words, self._rules
        end = title + size
        if end >= len(words) or self._gap(words[end - 1], words[end]).strip():
            return None
        place = self._place_of(words[end])
        if place is None:
            return None
        first = None
        for k in range(title - 1, max(title - NAME_WORDS, 0) - 1, -1):
            if self._gap(words[k], words[k + 1]).strip() or _stop(words[k].key, rules) \
                    or self._in_place(words[k]) or _phrase_at(words, k, rules.titles):
                break
            if words[k].key in rules.given_names:
                first = k
        if first is None or title - first < 2:
            return None
        text = self._doc.text
        name = text[words[first].span[0]:words[title - 1].span[1]]
        place_end = min(e for s, e in place.mentions if s >= words[end].span[0])
        return Person(name=name, role=text[words[title].span[0]:place_end],
                      affiliation=place.name, mentions=tuple(_occurrences(text, name)))

    def _unlisted_name(self, title: int, first: int, affiliation: str | None) -> Person | None:
        """A name that opens with a word of no list, right after the office's place: two words
        or more, no verb first, ended by a stop before ``NAME_WORDS`` are read."""
        words, rules = self._words, self._rules
        if words[first].key.startswith(rules.verb_prefixes):
            return None
        person = self._name(title, first, affiliation)
        end = first + len(person.name.split())
        if end - first < 2 or (end - first >= NAME_WORDS and end < len(words)) or (
                end < len(words) and not self._ends_name(end)):
            return None
        return person

    def _ends_name(self, index: int) -> bool:
        """Word ``index`` is after a punctuation mark, or is a stop or a title."""
        words = self._words
        return bool(re.search(r"[^\s]", self._gap(words[index - 1], words[index]))) or _stop(
            words[index].key, self._rules) or bool(_phrase_at(words, index, self._rules.titles))

    def _name(self, title: int, first: int, affiliation: str | None) -> Person:
        """The name that opens at word ``first``, its title's words before it its role."""
        words, rules = self._words, self._rules
        end = first + 1
        while end < len(words) and end - first < NAME_WORDS:
            word = words[end]
            if (re.search(r"[^\s]", self._gap(words[end - 1], word))
                    or _stop(word.key, rules) or self._in_place(word)
                    or (word.key[0] in _CLITIC and word.key[1:] in rules.stops)
                    or _phrase_at(words, end, rules.titles)
                    or (word.key[0] == "و" and len(word.key) > CONJUNCTION_GLUED
                        and word.key not in rules.given_names)):
                break
            end += 1
        text = self._doc.text
        name = text[words[first].span[0]:words[end - 1].span[1]]
        last = first - 1
        while last > title and words[last].key in rules.styles:
            last -= 1  # the style before the name is no part of the office
        role = text[words[title].span[0]:words[last].span[1]] if first > title else None
        if role and role[0] in _CLITIC and fold(role[1:].split()[0]) in {
                fold(t.split()[0]) for t in rules.titles}:
            role = role[1:]  # "وعمدة إشبيلية": the title without its "و"
        return Person(name=name, role=role, affiliation=affiliation,
                      mentions=tuple(_occurrences(text, name)))

    def organizations(self) -> list[Organization]:
        """Every body named by a head and a place ("جامعة سوسة")."""
        found: dict[str, Organization] = {}
        words, text = self._words, self._doc.text
        for i in range(len(words) - 1):
            size = _phrase_at(words, i, self._rules.heads)
            if not size or i + size >= len(words):
                continue
            place = self._place_of(words[i + size])
            if place is None or self._gap(words[i + size - 1], words[i + size]).strip():
                continue
            rest = [w.key for w in words[i + 1:i + size]]
            head = next(f for f in _unglued(words[i].key)
                        if " ".join([f, *rest]) in self._rules.heads)
            start = words[i].span[1] - len(head)
            end = min(m for m in place.mentions if m[0] >= words[i + size].span[0])[1]
            name = text[start:end]
            if name not in found:
                found[name] = Organization(
                    id=f"org:{slugify(name)}", name=name, country=place.country,
                    type=self._rules.heads[" ".join([head, *rest])],
                    mentions=tuple(_occurrences(text, name)))
        return list(found.values())


def _occurrences(text: str, name: str) -> list[Span]:
    """Every span of ``name`` in the text."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def read_uncased(doc: Doc, rules: UncasedRules) -> tuple[tuple[Organization, ...],
                                                         tuple[Person, ...]]:
    """The organisations and people of a document in a language with no capitals."""
    reader = UncasedReader(doc, rules)
    return tuple(reader.organizations()), tuple(reader.people())


@cache
def uncased_rules(language: str) -> UncasedRules | None:
    """``load_uncased_rules``, once per language."""
    return load_uncased_rules(language)
