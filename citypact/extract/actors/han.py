"""People and organisations of a language written in Han characters (Chinese).

Chinese writes no space between words and no capital: the token rules of ``people`` and
``organizations`` see a whole clause as one word. Here the text is read character by
character with the lists of ``[han]`` (``rules/actors/<lang>.toml``):

- a person is a title written right before a name: a surname and one or two characters
  ("副市长林建华"), the name ending where a word that follows names starts ("林建华会见"),
  or a transliterated name whose parts a middle dot joins ("副市长马可·罗西");
- an organisation is a head written after a name of a few characters ("中山大学"), a place
  ("广州市外事办公室"), a place's government ("成都市人民政府外事办公室") or a country
  and the town its mission is in ("意大利驻上海总领事馆");
- what is written glued before a title is the office's place or body: the role is all of it
  ("岘港市人民委员会副主席"), the affiliation the body, else the place nearest the title
  (the country before "驻": "中国驻米兰总领事" acts for China).

A place's own government ("宁波市人民政府", "胡志明市人民委员会") is the place, as in the
other languages: no organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from citypact.extract.actors.rules import HanRules
from citypact.extract.pipeline import Doc
from citypact.model import Organization, Person, Place, Span
from citypact.textnorm import slugify

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
DOTS = "·・•‧"
FOREIGN = re.compile(rf"[{HAN}]{{1,6}}(?:[{DOTS}][{HAN}]{{1,8}})+")
"""A transliterated name: parts joined by a middle dot ("马可·罗西")."""
BARE_NAME = 4
"""Most characters of a body's own name before its head with no place ("华为技术有限公司")."""
NAME_SCAN = 6
"""Most characters read before a head when looking for its name."""
PART = 4
"""Most characters of the last part of a transliterated name with no word after it."""


def is_han(char: str) -> bool:
    return bool(re.match(rf"[{HAN}]", char))


@dataclass(frozen=True, slots=True)
class _Body:
    start: int
    end: int
    name: str
    type: str
    country: str | None


@dataclass(frozen=True, slots=True)
class _Chain:
    """What is written glued before a title or a head: places, a government, a body."""

    start: int
    places: tuple[Place, ...]
    """Nearest the title first."""
    posted: Place | None
    """The country before "驻"."""
    body: _Body | None


class HanReader:
    """One document's people and organisations read in its runs of Han characters."""

    def __init__(self, doc: Doc, rules: HanRules) -> None:
        self.text = doc.text
        self.rules = rules
        self.place_ending: dict[int, tuple[int, Place]] = {}
        for place in doc.places:
            for start, end in place.mentions:
                self._add_place(start, end, place)
                # "广州市" read as a place still ends before its suffix ("广州市委书记")
                suffix = self._word_ending(rules.place_suffixes, end)
                if suffix and end - len(suffix) > start:
                    self._add_place(start, end - len(suffix), place)
        self.titles = _matches(rules.titles, self.text)
        heads = _matches(tuple(h for h, _ in rules.heads), self.text)
        # where a title and a head overlap, the longer is written ("总领事馆", "局长")
        self.titles = [t for t in self.titles if not any(_inside(t, h) for h in heads)]
        # a head ending a place's government is the place's ("人民委员会")
        self.heads = [h for h in heads if not any(_inside(h, t) for t in self.titles)
                      and len(self._word_ending(rules.local_government, h[1]) or "")
                      < h[1] - h[0] + 1]
        self.kinds = dict(rules.heads)
        self.title_ends = {end for _, end in self.titles}
        self.bodies: list[_Body] = []
        self.one_stops = frozenset(w for w in rules.stops if len(w) == 1)

    def _add_place(self, start: int, end: int, place: Place) -> None:
        known = self.place_ending.get(end)
        if known is None or known[0] > start:
            self.place_ending[end] = (start, place)

    def _word_ending(self, words: tuple[str, ...], p: int) -> str | None:
        return next((w for w in words if p >= len(w) and self.text.startswith(w, p - len(w))),
                    None)

    def _starts(self, words: tuple[str, ...], p: int) -> bool:
        return any(self.text.startswith(w, p) for w in words)

    def _place_before(self, p: int) -> tuple[int, Place] | None:
        if p in self.place_ending:
            return self.place_ending[p]
        suffix = self._word_ending(self.rules.place_suffixes, p)
        if suffix and p - len(suffix) in self.place_ending:
            return self.place_ending[p - len(suffix)]
        return None

    def _body_ending(self, p: int) -> _Body | None:
        return next((b for b in reversed(self.bodies) if b.end == p), None)

    def chain(self, p: int) -> _Chain:
        """Places, governments and a body written glued before offset ``p``."""
        places: list[Place] = []
        posted: Place | None = None
        after_posted = False
        while p > 0:
            body = self._body_ending(p)
            if body is not None:
                return _Chain(body.start, tuple(places), posted, body)
            local = self._word_ending(self.rules.local_government, p)
            if local and self._place_before(p - len(local)) is not None:
                p -= len(local)
                continue
            found = self._place_before(p)
            if found is not None:
                places.append(found[1])
                if after_posted:
                    posted, after_posted = found[1], False
                p = found[0]
                continue
            word = self._word_ending(self.rules.posted, p)
            if word and places and self._place_before(p - len(word)) is not None:
                p -= len(word)
                after_posted = True
                continue
            break
        return _Chain(p, tuple(places), posted, None)

    # --- organisations ----------------------------------------------------------------

    def organizations(self) -> list[_Body]:
        for start, end in self.heads:
            body = self._body(start, end, self.kinds[self.text[start:end]])
            if body is not None:
                self.bodies.append(body)
        return self.bodies

    def _blocks(self, p: int) -> bool:
        """Whether the name of a body cannot go on left of ``p``."""
        return (not is_han(self.text[p - 1]) or p in self.title_ends
                or self._place_before(p) is not None or self._body_ending(p) is not None
                or self._word_ending(self.rules.local_government, p) is not None
                or len(self._word_ending(self.rules.stops, p) or "") > 1
                or self._word_ending(self.rules.indefinite, p) is not None
                or self._word_ending(self.rules.posted, p) is not None
                or (p >= 2 and self.text[p - 2].isdigit()))

    def _body(self, start: int, end: int, kind: str) -> _Body | None:
        p = start
        while p > 0 and start - p < NAME_SCAN and not self._blocks(p):
            p -= 1
        # a one-character stop ends the name at the first that leaves two characters of it
        # ("双方与华为技术有限公司"; "同济大学" keeps its "同")
        cut = next((k + 1 for k in range(p, start - 2) if self.text[k] in self.one_stops),
                   None)
        if cut is None:
            # else the last after the run's first character ("双方企业与银行": no name)
            cut = next((k + 1 for k in range(start - 1, p, -1)
                        if self.text[k] in self.one_stops), None)
        chain = self.chain(p) if cut is None else _Chain(cut, (), None, None)
        own = start - chain.start if cut is not None else start - p
        if self._word_ending(self.rules.indefinite, chain.start) or self._starts(
                self.rules.indefinite, chain.start):
            return None  # "当地一家汽车企业", "这所大学"
        named = bool(chain.places) or chain.body is not None
        if not named and (kind not in self.rules.bare_types or own < 2 or own > BARE_NAME
                          or (cut is None and chain.start > 0
                              and not self._blocks(chain.start))):
            return None
        if named and own > NAME_SCAN - 1 and not self._blocks(p):
            return None
        places = chain.places[::-1]
        countries = [pl.country for pl in places if pl.kind == "country"]
        if kind == "embassy" and countries:
            country = countries[0]
        elif places:
            country = places[0].country
        else:
            country = chain.body.country if chain.body is not None else None
        return _Body(chain.start, end, self.text[chain.start:end], kind, country)

    # --- people -----------------------------------------------------------------------

    def people(self) -> list[tuple[str, str, str | None, int]]:
        """(name, role, affiliation, offset of the title) of each title before a name."""
        found: list[tuple[str, str, str | None, int]] = []
        for start, end in self.titles:
            name_end = self._name_end(end)
            if name_end is None:
                # a Chinese name written before the title ("会见了张国强市长")
                name_start = self._name_start(start)
                if name_start is not None:
                    found.append((self.text[name_start:start], self.text[start:end],
                                  self._own_town(self.text[start:end]), start))
                continue
            chain = self.chain(start)
            if chain.body is not None:
                affiliation: str | None = chain.body.name
            elif chain.posted is not None:
                affiliation = chain.posted.name
            elif chain.places:
                affiliation = chain.places[0].name
            else:
                affiliation = self._own_town(self.text[start:end])
            found.append((self.text[end:name_end], self.text[chain.start:end], affiliation,
                          start))
        return found

    def _own_town(self, title: str) -> str | None:
        """The town a town's office written bare acts for ("市长赵志远在会上说", in a story of
        Kunming): the first town the story names."""
        if title not in self.rules.municipal:
            return None
        towns = sorted((start, place.name) for end, (start, place) in self.place_ending.items()
                       if place.kind == "city")
        return towns[0][1] if towns else None

    def _ends_name(self, p: int) -> bool:
        return (p >= len(self.text) or not is_han(self.text[p])
                or self._starts(self.rules.name_followers, p))

    def _name_end(self, q: int) -> int | None:
        """End of the name written right after a title ending at ``q``, if one is."""
        foreign = FOREIGN.match(self.text, q)
        if foreign:
            last = max(foreign.group().rfind(d) for d in DOTS) + q + 1
            end = next((k for k in range(last + 1, foreign.end() + 1) if self._ends_name(k)),
                       None)
            return end if end is not None and end - last <= PART else None
        surname = next((self.text[q:q + n] for n in (3, 2, 1)
                        if self.text[q:q + n] in self.rules.surnames), None)
        if surname is None:
            return None
        given = q + len(surname)
        ends = [e for e in (given + 1, given + 2)
                if all(is_han(c) for c in self.text[given:e]) and e <= len(self.text)
                and not any(self._starts(self.rules.titles, k)
                            or self._place_before(k + 1) is not None for k in range(given, e))]
        ends = [e for e in ends if not self._not_name(q, e)]
        for e in ends:
            if self._ends_name(e):
                return e
        # no word after it says where it ends: the spelling the text writes again
        for e in reversed(ends):
            if self.text.count(self.text[q:e]) > 1:
                return e
        return None


    def _not_name(self, start: int, end: int) -> bool:
        """Whether a word of ``not_names`` is written in ``[start, end)``."""
        return any(w in self.text[start:end] for w in self.rules.not_names)

    def _name_start(self, s: int) -> int | None:
        """Start of a Chinese name written right before a title starting at ``s``: a
        surname and one or two characters, after punctuation or a word that ends what comes
        before ("会见了张国强市长", "，李明市长表示")."""
        for length in (2, 3, 4):
            k = s - length
            if k < 0 or not all(is_han(c) for c in self.text[k:s]):
                break
            if (any(self.text.startswith(n, k) and len(n) < length
                    for n in self.rules.surnames) and not self._not_name(k, s)
                    and not any(self._starts(self.rules.titles, i)
                                or self._place_before(i + 1) is not None
                                for i in range(k, s))
                    and (k == 0 or not is_han(self.text[k - 1])
                         or self._word_ending(self.rules.stops, k) is not None
                         or self._word_ending(self.rules.name_followers, k) is not None)):
                return k
        return None


@lru_cache(maxsize=16)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The alternation of ``words``, longest first (compiled once per list)."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def _matches(words: tuple[str, ...], text: str) -> list[Span]:
    return [m.span() for m in _pattern(words).finditer(text)] if words else []


def _inside(short: Span, long: Span) -> bool:
    return (long[0] <= short[0] and short[1] <= long[1]
            and long[1] - long[0] > short[1] - short[0])


def _occurrences(text: str, name: str) -> list[Span]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def read_han(doc: Doc, rules: HanRules) -> tuple[tuple[Organization, ...], tuple[Person, ...]]:
    """The organisations and people of a document in a language of Han characters."""
    reader = HanReader(doc, rules)
    bodies = reader.organizations()
    spans: dict[str, list[Span]] = {}
    kept: dict[str, _Body] = {}
    for body in sorted(bodies, key=lambda b: -len(b.name)):
        if body.name in kept:
            continue
        taken = [s for other in spans.values() for s in other]
        own = [s for s in _occurrences(doc.text, body.name)
               if not any(t[0] <= s[0] and s[1] <= t[1] for t in taken)]
        if own:
            spans[body.name] = own
            kept[body.name] = body
    organizations = sorted(
        (Organization(id=f"org:{slugify(name)}", name=name, country=body.country,
                      type=body.type, mentions=tuple(spans[name]))
         for name, body in kept.items()), key=lambda o: o.mentions[0])
    people: dict[str, Person] = {}
    for name, role, affiliation, _ in reader.people():
        if name not in people:
            people[name] = Person(name=name, role=role, affiliation=affiliation,
                                  mentions=tuple(_occurrences(doc.text, name)))
    return tuple(organizations), tuple(people.values())
