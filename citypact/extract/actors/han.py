"""People and organisations of a language written with no capital: Chinese and Japanese in
Han characters (and kana), Korean in Hangul.

Chinese and Japanese write no space between words and no capital: the token rules of
``people`` and ``organizations`` see a whole clause as one word. Here the text is read
character by character with the lists of ``[han]`` (``rules/actors/<lang>.toml``):

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

Japanese (``kana``, ``names_before_titles``) reads katakana as letters of names and bodies
and hiragana, its particles, as their ends; a name is glued before its title ("森田浩二市長",
"マルコ・ベルティ副市長"), the office's place or body before "の" or glued before the name; or
a title, "の" and a name ("浜松市長の鈴木康友氏"). A mission's "駐日" or "在" before its places
is part of its name ("駐日ベトナム大使館").

Korean (``spaced``) writes words between spaces with particles glued after them:
``HangulReader`` reads word by word a name before its title, the office's places or body
glued before the title or between them ("김철수 창원시장은", "박정훈 부산시 행정부시장과"), or
right after it ("수원시장 김지은이"), and a body's head glued after a place or a name
("부산상공회의소", "주한 베트남 대사관"). Both share the output and its merging.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from citypact.extract.actors.rules import HanRules
from citypact.extract.pipeline import Doc
from citypact.model import Organization, Person, Place, Span
from citypact.textnorm import simplify_han, slugify

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KATAKANA = r"\u30a1-\u30fa\u30fc\u3005"
"""Katakana, their long-vowel mark and the iteration mark ("佐々木"), not the middle dot."""
DOTS = "·・•‧"
FOREIGN = re.compile(rf"[{HAN}]{{1,6}}(?:[{DOTS}][{HAN}]{{1,8}})+")
"""A transliterated name: parts joined by a middle dot ("马可·罗西")."""
FOREIGN_KANA = re.compile(rf"[{KATAKANA}]+(?:[{DOTS}][{KATAKANA}]+){{1,3}}")
"""A foreign name in katakana, its parts joined by a middle dot ("マルコ・ベルティ")."""
KANA_GIVEN = (2, 4)
"""Fewest and most hiragana of a Japanese given name written in them ("ゆかり")."""
HIRAGANA = re.compile(r"[\u3041-\u3096]")
GIVEN = 3
"""Most characters of a Japanese given name written in Han characters ("浩二", "真理子")."""
MIN_JAPANESE = 3
"""Fewest characters of a Japanese name in Han characters ("森浩二"): two are a surname."""
BARE_NAME = 4
"""Most characters of a body's own name before its head with no place ("华为技术有限公司")."""
NAME_SCAN = 6
"""Most characters read before a head when looking for its name."""
PART = 4
"""Most characters of the last part of a transliterated name with no word after it."""


_HAN_CHAR = re.compile(rf"[{HAN}]")
_KANA_CHAR = re.compile(rf"[{HAN}{KATAKANA}]")


LIST_SPACES = frozenset({"\u3000", " "})
"""A space between a Japanese title and its holder's name, in a list of those present."""


def is_han(char: str) -> bool:
    return bool(_HAN_CHAR.match(char))


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
        self.text = simplify_han(doc.text) if rules.simplified else doc.text
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
        self._letter = _KANA_CHAR if rules.kana else _HAN_CHAR

    def is_letter(self, char: str) -> bool:
        """A character of a name or a body's name (Han; katakana too in Japanese)."""
        return bool(self._letter.match(char))

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
        return (not self.is_letter(self.text[p - 1]) or p in self.title_ends
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
        prefix = self._word_ending(self.rules.mission_prefixes, chain.start)
        if kind == "embassy" and chain.places and prefix:
            chain = dataclasses.replace(chain, start=chain.start - len(prefix))
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

    def people(self) -> list[tuple[str, str | None, str | None, int]]:
        """(name, role, affiliation, offset of the title) of each title before a name."""
        if self.rules.names_before_titles:
            return self._people_before_titles()
        found: list[tuple[str, str | None, str | None, int]] = []
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

    def _affiliation(self, chain: _Chain) -> str | None:
        if chain.body is not None:
            return chain.body.name
        if chain.posted is not None:
            return chain.posted.name
        return chain.places[0].name if chain.places else None

    def _people_before_titles(self) -> list[tuple[str, str | None, str | None, int]]:
        """Japanese: a name glued before its title, its place or body before "の" or glued
        before the name ("京都市の森田浩二市長", "大阪府吉川真理子副知事"); else a title, "の"
        and a name ("浜松市長の鈴木康友氏", "副市長の佐藤健一氏")."""
        found: list[tuple[str, str | None, str | None, int]] = []
        for start, end in self.titles:
            title = self.text[start:end]
            name_start = self._japanese_name_before(start)
            if name_start is not None:
                chain = self.chain(name_start - 1 if self.text[name_start - 1:name_start]
                                   in self.rules.possessive else name_start)
                name = self.text[name_start:start]
                # a town's office written bare: the story's town, not a foreigner's
                affiliation = self._affiliation(chain) or (
                    None if FOREIGN_KANA.fullmatch(name) else self._own_town(title))
                found.append((name, title, affiliation, start))
                continue
            # "の" after the title, or the space of a list of those present ("出席者　姫路市長
            # 清水大輔、セビリア市長　アントニオ・ルイス・ガルシア")
            if self.text[end:end + 1] not in (*self.rules.possessive, *LIST_SPACES):
                continue
            name_end = self._japanese_name_after(end + 1)
            if name_end is not None:
                chain = self.chain(start)
                found.append((self.text[end + 1:name_end], self.text[chain.start:end],
                              self._affiliation(chain) or self._own_town(title), start))
        # a name and an honorific, no title ("鈴木康友氏は", "田中一郎さん"): no role
        for start, _ in _matches(self.rules.honorifics, self.text):
            name_start = self._japanese_name_before(start)
            if name_start is not None:
                chain = self.chain(name_start - 1 if self.text[name_start - 1:name_start]
                                   in self.rules.possessive else name_start)
                found.append((self.text[name_start:start], None, self._affiliation(chain),
                              start))
        return found

    def _japanese_name(self, k: int, s: int) -> bool:
        """Whether ``[k, s)`` is a Japanese name: a surname and one to three characters, or
        katakana parts joined by a middle dot."""
        if FOREIGN_KANA.fullmatch(self.text, k, s):
            # no place among its parts ("ベトナム・ハノイ市長": the mayor of Hanoi)
            return not any(k <= start and end <= s
                           for end, (start, _) in self.place_ending.items())
        name = self.text[k:s]
        # a surname alone ("森田市長") refers back to a full name
        if (len(name) < MIN_JAPANESE or name in self.rules.surnames
                or not all(is_han(c) or c == "々" for c in name) or self._not_name(k, s)):
            return False
        place = self._place_before(s)
        if place is not None and place[0] <= k:
            return False  # "福岡県知事": a place and its office, no name
        if any(self._starts(self.rules.titles, i) for i in range(k, s)):
            return False
        return any(name[:n] in self.rules.surnames and 1 <= len(name) - n <= GIVEN
                   for n in (1, 2, 3))

    def _japanese_name_before(self, s: int) -> int | None:
        """Start of a Japanese name written right before a title starting at ``s``: the
        longest after the start of its run of letters or a place or body glued before it;
        or a surname and a given name in hiragana ("佐藤ゆかり副市長")."""
        kana_given = self._kana_given_before(s)
        if kana_given is not None:
            return kana_given
        k = s
        while k > 0 and (self.is_letter(self.text[k - 1]) or self.text[k - 1] in DOTS):
            k -= 1
        if k > 0 and self.text[k - 1] in DOTS:
            return None
        for begin in range(k, s - 1):
            if begin > k and not (self._place_before(begin) is not None
                                  or self._body_ending(begin) is not None
                                  or self._word_ending(self.rules.stops, begin)):
                continue
            if self._japanese_name(begin, s):
                return begin
        return None

    def _kana_given_before(self, s: int) -> int | None:
        """Start of a surname glued before two to four hiragana that end right before ``s``
        (a given name written in hiragana: "佐藤ゆかり副市長", "田中ひろみ氏"), the surname
        opening its run of letters or following a place, a body or "の"; not particles
        after a surname ("中村および副市長": ``not_names``)."""
        h = s
        while h > 0 and s - h < KANA_GIVEN[1] and HIRAGANA.match(self.text[h - 1]):
            h -= 1
        given = self.text[h:s]
        if not KANA_GIVEN[0] <= len(given) <= KANA_GIVEN[1] or h == 0 \
                or any(given.startswith(w) for w in self.rules.not_names):
            return None
        k = h
        while k > 0 and self.is_letter(self.text[k - 1]):
            k -= 1
        for begin in range(k, h):
            if self.text[begin:h] in self.rules.surnames and (
                    begin == k or self._place_before(begin) is not None
                    or self._body_ending(begin) is not None):
                return begin
        return None

    def _japanese_name_after(self, q: int) -> int | None:
        """End of a Japanese name written at ``q``, after a title and "の": where its run of
        letters ends or an honorific starts ("鈴木康友氏は")."""
        e = q
        while e < len(self.text) and (self.is_letter(self.text[e]) or self.text[e] in DOTS):
            if e > q and self._starts(self.rules.honorifics, e):
                break
            e += 1
        return e if e > q and self._japanese_name(q, e) else None

    def _own_town(self, title: str) -> str | None:
        """The town a town's office written bare acts for ("市长赵志远在会上说", in a story of
        Kunming): the first town the story names."""
        if title not in self.rules.municipal:
            return None
        towns = sorted((start, place.name) for end, (start, place) in self.place_ending.items()
                       if place.kind == "city")
        return towns[0][1] if towns else None

    def _ends_name(self, p: int) -> bool:
        return (p >= len(self.text) or not self.is_letter(self.text[p])
                or self._starts(self.rules.name_followers, p)
                or self._starts(self.rules.honorifics, p))

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


HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
KOREAN_NAME = (3, 4)
"""Syllables of a Korean name: a surname and two ("김철수"), a surname of two and two
("남궁민수"); one of two ("김구") is too like a common word to be read anywhere."""
SHORT_KOREAN_NAME = 2
"""Syllables of a Korean name read only right before its office (``people``)."""
FOREIGN_PARTS = (2, 3)
"""Words of a foreigner's name written in Hangul ("다나카 히로시", "마르케타 노보트나")."""
FOREIGN_PART = (2, 5)
"""Syllables of each."""
CHAIN = 3
"""Most words of places and bodies between a Korean name and its title ("부산시 행정부시장")."""


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    core: str
    """The word without its particle."""
    particle: str


class HangulReader:
    """One document's people and organisations read word by word in Korean Hangul, where
    a name has no capital and particles are glued after words: a name written before its
    title, with the office's places or body between them or glued before the title ("김철수
    창원시장은", "박정훈 부산시 행정부시장과"), or right after the title ("시장 김철수는");
    a body named by a head glued after a place or a name of its own ("부산상공회의소",
    "부산대학교"), with the country and "주한" of a mission written before it ("주한 베트남
    대사관")."""

    def __init__(self, doc: Doc, rules: HanRules) -> None:
        self.text = doc.text
        self.rules = rules
        self.place_at: dict[int, tuple[int, Place]] = {}
        for place in doc.places:
            for start, end in place.mentions:
                if start not in self.place_at or self.place_at[start][0] < end:
                    self.place_at[start] = (end, place)
        self.kinds = dict(rules.heads)
        self.words = [self._word(m.start(), m.end()) for m in HANGUL_WORD.finditer(self.text)]
        self.body_at: dict[int, _Body] = {}
        """Bodies by the index of their last word."""

    def _word(self, start: int, end: int) -> _Word:
        word = self.text[start:end]
        particle = next((p for p in self.rules.particles if word.endswith(p)
                         and len(word) > len(p) and self._ends_office(word[:-len(p)])), "")
        if not particle:
            particle = next((p for p in self.rules.particles if word.endswith(p)
                             and len(word) > len(p)), "")
        return _Word(start, end, word[:len(word) - len(particle)], particle)

    def _ends_office(self, core: str) -> bool:
        return any(core.endswith(w) for w in (*self.rules.titles, *self.kinds))

    def _joined(self, i: int) -> bool:
        """Whether word ``i`` and the next are written in one phrase (one space between)."""
        return (i + 1 < len(self.words)
                and self.text[self.words[i].end:self.words[i + 1].start] == " ")

    def _place(self, word: _Word) -> Place | None:
        """The place a word names, with only a status word or a government after it."""
        found = self.place_at.get(word.start)
        if found is None:
            return None
        rest = self.text[found[0]:word.start + len(word.core)]
        if rest and rest not in self.rules.place_suffixes and not any(
                rest == s + g or rest == g for s in ("", *self.rules.place_suffixes)
                for g in self.rules.local_government):
            return None
        return found[1]

    def _longest_end(self, core: str, words: tuple[str, ...]) -> str | None:
        return next((w for w in words if core.endswith(w)), None)

    # --- organisations ----------------------------------------------------------------

    def organizations(self) -> list[_Body]:
        bodies = []
        for index, word in enumerate(self.words):
            head = self._longest_end(word.core, tuple(h for h, _ in self.rules.heads))
            if head is None or self._longest_end(word.core, self.rules.local_government):
                continue
            body = self._body(index, head)
            if body is not None:
                self.body_at[index] = body
                bodies.append(body)
        return bodies

    def _body(self, index: int, head: str) -> _Body | None:
        word = self.words[index]
        kind = self.kinds[head]
        stem = word.core[:-len(head)]
        prefix = next((w for w in self.rules.mission_prefixes if stem.startswith(w)), "")
        own = self.place_at.get(word.start) or (
            self.place_at.get(word.start + len(prefix)) if kind == "embassy" else None)
        places: list[Place] = [own[1]] if own is not None and own[0] <= word.start + len(
            stem) else []
        start = word.start
        k = index - 1
        # the places written before a head of its own word ("주한 베트남 대사관")
        while k >= 0 and self._joined(k) and index - k <= CHAIN:
            before = self.words[k]
            place = self._place(before) if not before.particle else None
            if place is not None:
                places.insert(0, place)
                start = before.start
            elif (kind == "embassy" and places and not before.particle
                  and self._mission_prefix(before)):
                start = before.start
                break
            else:
                break
            k -= 1
        if not places and (kind not in self.rules.bare_types or len(stem) < 2
                           or any(stem.startswith(w) for w in self.rules.indefinite)
                           or stem in self.rules.not_names):
            return None
        countries = [p.country for p in places if p.kind == "country"]
        country = (countries[0] if kind == "embassy" and countries
                   else places[0].country if places else None)
        return _Body(start, word.start + len(word.core), self.text[start:word.start + len(
            word.core)], kind, country)

    def _mission_prefix(self, word: _Word) -> bool:
        """"주한" (in Korea), or "주" glued before the country or town it is in ("주베트남",
        "주부산")."""
        return word.core not in self.rules.not_names and any(
            word.core.startswith(w) for w in self.rules.mission_prefixes)

    # --- people -----------------------------------------------------------------------

    def people(self) -> list[tuple[str, str | None, str | None, int]]:
        found: list[tuple[str, str | None, str | None, int]] = []
        for index, word in enumerate(self.words):
            core = word.core
            honorific = self._longest_end(core, self.rules.honorifics)
            if honorific and core != honorific:
                core = core[:-len(honorific)]
            title = self._longest_end(core, self.rules.titles)
            if title is None:
                # a name and an honorific, glued or not ("홍길동 씨는", "홍길동씨"): no role
                name = (self._name_before(index) if core == honorific
                        else self._name_at(index) if honorific else None)
                if name is not None:
                    found.append((name[0], None, None, word.start))
                continue
            stem = core[:-len(title)]
            if stem and not self._stem_is_place(word, stem):
                continue  # "전통시장" (a market), "경제자유구역청장" with no place
            first, places, body = self._office_chain(index)
            if stem:
                own = self.place_at.get(word.start)
                if own is not None:
                    places.append(own[1])
            role = self.text[self.words[first].start:word.start + len(core)]
            # a name of two syllables before an office's places or body, or before a title
            # of three syllables or more ("박민 부산시 경제부시장", "김철 부시장도"); not
            # before "시장" or "회장" alone, also a market and a hall
            name = self._name_before(first, short=first < index or len(title) > 2)
            if name is None and stem and places and places[-1].kind != "country" \
                    and places[-1].country != "KR":
                name = self._foreign_name_before(first)
            if name is None and not word.particle and self._joined(index):
                name = self._name_at(index + 1)
            if name is None:
                continue
            affiliation = body.name if body is not None else (
                places[-1].name if places else self._possessed(name[1]))
            found.append((name[0], role, affiliation, word.start))
        return found

    def _stem_is_place(self, word: _Word, stem: str) -> bool:
        own = self.place_at.get(word.start)
        return own is not None and own[0] <= word.start + len(stem) + 1

    def _office_chain(self, index: int) -> tuple[int, list[Place], _Body | None]:
        """The first word of the places and body written before the title's word, with
        them."""
        places: list[Place] = []
        body: _Body | None = None
        first = index
        k = index - 1
        while k >= 0 and self._joined(k) and index - k <= CHAIN:
            before = self.words[k]
            if before.particle:
                break
            if k in self.body_at and body is None:
                body = self.body_at[k]
                first = next(i for i in range(k, -1, -1) if self.words[i].start == body.start)
                k = first - 1
                continue
            place = self._place(before)
            if place is None:
                break
            places.insert(0, place)
            first = k
            k -= 1
        return first, places, body

    def _korean_name(self, word: _Word, short: bool = False) -> bool:
        """Whether a word is a Korean name; of two syllables ("김철") only when ``short``."""
        name = word.core
        if (len(name) not in KOREAN_NAME and not (short and len(name) == SHORT_KOREAN_NAME)) \
                or name in self.rules.not_names:
            return False
        if self.place_at.get(word.start) is not None or self._ends_office(name):
            return False
        surname = 2 if len(name) == 4 else 1
        return name[:surname] in self.rules.surnames

    def _name_before(self, first: int, short: bool = False) -> tuple[str, int] | None:
        """A Korean name written right before word ``first``, with no particle (of two
        syllables when ``short``)."""
        k = first - 1
        if k < 0 or not self._joined(k):
            return None
        word = self.words[k]
        # a name that ends like a particle is written whole ("김지은 시장")
        whole = _Word(word.start, word.end, self.text[word.start:word.end], "")
        return (whole.core, k) if self._korean_name(whole, short) else None

    def _foreign_name_before(self, first: int) -> tuple[str, int] | None:
        """A foreigner's name of two or three words written in Hangul right before the
        office of a foreign place ("다나카 히로시 후쿠야마시장과"): after a word that ends
        its phrase with a particle, an office or a verb's ending (``stops``: "방문해"), or
        at the start of a phrase; the shortest such name."""
        k = first - 1
        for parts in range(1, FOREIGN_PARTS[1] + 1):
            if k < 0 or not self._joined(k):
                return None
            word = self.words[k]
            whole = self.text[word.start:word.end]
            if (not FOREIGN_PART[0] <= len(whole) <= FOREIGN_PART[1]
                    or self.place_at.get(word.start) is not None or self._ends_office(whole)
                    or whole in self.rules.not_names):
                return None
            k -= 1
            if parts >= FOREIGN_PARTS[0] and (k < 0 or not self._joined(k) or self._closes(k)):
                return self.text[self.words[k + 1].start:self.words[first - 1].end], k + 1
        return None

    def _closes(self, k: int) -> bool:
        """Whether word ``k`` ends its phrase: a particle, an office or a verb's ending."""
        word = self.words[k]
        whole = self.text[word.start:word.end]
        return bool(word.particle) or self._ends_office(word.core) or any(
            whole.endswith(s) for s in self.rules.stops)

    def _name_at(self, k: int) -> tuple[str, int] | None:
        """A Korean name written as word ``k``, with a particle or an honorific after it."""
        word = self.words[k]
        for core in (word.core, self.text[word.start:word.end]):
            honorific = self._longest_end(core, self.rules.honorifics)
            if honorific and core != honorific:
                core = core[:-len(honorific)]
            after = self.text[word.start + len(core):word.end]
            # a word after it, or a particle of a name ("김철수는"), not "진출도" (an entry
            # too) after "미국 시장" (the US market)
            if (self._korean_name(_Word(word.start, word.end, core, ""))
                    and (after in self.rules.name_followers or after in self.rules.honorifics
                         or (not after and not self._joined(k)))):
                return core, k
        return None

    def _possessed(self, k: int) -> str | None:
        """The place or body written before a name, perhaps with "의" ("부산시의 김철수 시장",
        "창원상공회의소 정민호 회장")."""
        if k < 1 or not self._joined(k - 1):
            return None
        before = self.words[k - 1]
        if before.particle and before.particle not in self.rules.possessive:
            return None
        if k - 1 in self.body_at:
            return self.body_at[k - 1].name
        place = self.place_at.get(before.start)
        return place[1].name if place is not None else None


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
    reader: HanReader | HangulReader = (HangulReader(doc, rules) if rules.spaced
                                        else HanReader(doc, rules))
    bodies = reader.organizations()
    spans: dict[str, list[Span]] = {}
    kept: dict[str, _Body] = {}
    for body in sorted(bodies, key=lambda b: -len(b.name)):
        if body.name in kept:
            continue
        taken = [s for other in spans.values() for s in other]
        own = [s for s in _occurrences(reader.text, body.name)
               if not any(t[0] <= s[0] and s[1] <= t[1] for t in taken)]
        if own:
            spans[body.name] = own
            kept[body.name] = body
    # names are read in the reader's copy of the text (simplified, in Chinese) and written
    # as the text writes them at their first mention
    organizations = sorted(
        (Organization(id=f"org:{slugify(name)}", name=_as_written(doc, spans[name], name),
                      country=body.country, type=body.type, mentions=tuple(spans[name]))
         for name, body in kept.items()), key=lambda o: o.mentions[0])
    people: dict[str, Person] = {}
    for name, role, affiliation, title in reader.people():
        owner = _transliterated_owner(name, people)
        if owner is not None:
            # "莎拉·米勒 ... 米勒市長指出": the family name alone, the person named in full
            people[owner] = _with_mentions(people[owner], _occurrences(reader.text, name))
        elif name not in people:
            mentions = _occurrences(reader.text, name)
            people[name] = Person(name=_as_written(doc, mentions, name),
                                  role=_role_as_written(doc, reader.text, role, title),
                                  affiliation=affiliation, mentions=tuple(mentions))
    return tuple(organizations), tuple(people.values())


def _transliterated_owner(name: str, people: dict[str, Person]) -> str | None:
    """The one person named in full whose transliterated name ends in this one, after its
    middle dot ("莎拉·米勒" for "米勒"), if any."""
    owners = [key for key in people
              if any(dot in key for dot in DOTS) and re.split(f"[{DOTS}]", key)[-1] == name]
    return owners[0] if len(owners) == 1 else None


def _with_mentions(person: Person, spans: list[Span]) -> Person:
    """The person with more mentions, in text order, but those inside a mention of theirs
    (the family name inside the full name)."""
    more = {s for s in spans if not any(_inside(s, m) for m in person.mentions)}
    return replace(person, mentions=tuple(sorted({*person.mentions, *more})))


def _role_as_written(doc: Doc, text: str, role: str | None, title: int) -> str | None:
    """A role read in the reader's copy of the text as the text writes it ("新竹市長", not
    the simplified "新竹市长"): the role's last start at or before its title's offset."""
    if role is None:
        return None
    start = text.rfind(role, 0, title + len(role))
    return doc.text[start:start + len(role)] if start >= 0 else role


def _as_written(doc: Doc, mentions: list[Span], name: str) -> str:
    """A name as the text writes it at its first mention (its script's characters)."""
    return doc.text[mentions[0][0]:mentions[0][1]] if mentions else name
