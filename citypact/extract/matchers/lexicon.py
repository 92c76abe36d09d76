"""A phrase lexicon matcher: word-bounded phrases with ``*`` endings, offsets kept.

A phrase may also begin with ``*`` ("*industrie"): its first word matches the end of a word,
the head of a compound ("Elektronikindustrie"), as German writes fields, or a word with
Arabic clitics glued before it ("ومذكرة تفاهم").

Phrases are matched on a same-length key of the text: ``fold_aligned`` (case and
accents folded) or, for languages whose accents carry meaning (Vietnamese), the
lower-cased text. Knows nothing about the domain.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from citypact.model import Span
from citypact.textnorm import fold_aligned


@dataclass(frozen=True, slots=True)
class LexiconHit:
    span: Span
    label: str


def text_key(text: str, keep_accents: bool) -> str:
    """The same-length text that a lexicon scans."""
    if keep_accents:
        lowered = text.lower()
        return lowered if len(lowered) == len(text) else fold_aligned(text)
    return fold_aligned(text)


GAP = "..."
"""A phrase's word that stands for up to ``GAP_WORDS`` words of the text: the two parts of
a separable verb ("werken ... samen": "werken al jaren samen", "werken sinds 2010 samen")."""
GAP_WORDS = 3


def _phrase_pattern(phrase: str, keep_accents: bool) -> str:
    body = phrase[1:] if _is_head(phrase) else phrase
    parts = [r"\s+".join(_word_patterns(part, keep_accents)) for part in body.split(GAP)]
    pattern = rf"\s+(?:\w+\s+){{0,{GAP_WORDS}}}".join(p for p in parts if p)
    head = r"\w*" if _is_head(phrase) else ""
    return head + pattern


def _word_patterns(part: str, keep_accents: bool) -> list[str]:
    """The patterns of a phrase part's words: a word ending in ``*`` is a stem of any ending,
    inside a phrase too ("brodsk* linij*": "brodske linije", "brodskim linijama")."""
    patterns: list[str] = []
    for word in part.split():
        stem = word.rstrip("*")
        key = stem.lower() if keep_accents else fold_aligned(stem)
        pieces = [re.escape(w) for w in key.split()]
        if pieces and word.endswith("*"):
            pieces[-1] += r"\w*"
        patterns.extend(pieces)
    return patterns


def _is_head(phrase: str) -> bool:
    """A phrase that begins with ``*``: its first word may end a longer word, the head of a
    compound ("*industrie") or a word with clitics glued before it (Arabic "*مذكرة تفاهم" in
    "ومذكرة تفاهم", "بمذكرة تفاهم")."""
    return phrase.startswith("*")


_HAN = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3"
"""Han characters, kana, and Hangul syllables: Korean glues particles and endings to its
words ("체결했다", "어제는"), so its phrases are found inside a word as Chinese and Japanese
ones are."""
_WORD = re.compile(rf"[^\W{_HAN}]+|[{_HAN}]")
"""A word of a key: Chinese and Japanese write no spaces, so each Han character or kana is a
word of its own and
a phrase in Han characters matches anywhere in a run of them ("友好城市" in "缔结友好城市关系"),
while a Latin phrase keeps its word boundaries."""
_HAN_PART = re.compile(rf"\(\?P<g\d+>[{_HAN}]")
"""A part of the alternation whose phrase begins with a Han character."""
_BLOCKED = "\x00blocked"
"""The label of a blocked phrase (no label a rule file can write)."""


def _first_word(phrase: str, keep_accents: bool) -> str | None:
    """The word characters a phrase's key begins with ("ts" for "TS."), if it begins so."""
    body = phrase.strip("*")
    key = body.lower() if keep_accents else fold_aligned(body)
    match = _WORD.match(key.strip())
    return match.group() if match else None


class Lexicon:
    """Labelled phrases compiled into one alternation (longest phrases first).

    The alternation is tried only where a text word can begin a phrase (an index of
    first words, and of the stems of one-word ``*`` phrases): a long alternation tried
    at every word of a text was the slowest step of the actor rules (measured: 0.9 of
    1.9 s on the dev and seed corpora). Hits are those of the plain alternation.
    """

    def __init__(self, phrases: Iterable[tuple[str, str]], *, keep_accents: bool = False,
                 blocked: Iterable[str] = ()) -> None:
        """``blocked``: phrases matched like the others but never reported: a longer word
        that holds a phrase ("tiếp tục", continue, holds "tiếp", receive) hides it."""
        self.keep_accents = keep_accents
        # Longest first; equal lengths in a fixed order (a set alone would order them by hash).
        pairs = sorted({*phrases, *((b, _BLOCKED) for b in blocked)},
                       key=lambda p: (-len(p[0]), p[0], p[1]))
        self._labels: list[str] = []
        parts: list[str] = []
        self._firsts: set[str] = set()
        stems: list[str] = []
        heads: list[str] = []
        self._scan_all = False
        # each phrase's index by how it begins a text word: its first word, the stem of a
        # one-word ``*`` phrase, or the head of a compound
        self._by_first: dict[str, list[int]] = {}
        self._stem_parts: list[tuple[str, int]] = []
        self._head_parts: list[tuple[str, int]] = []
        for index, (phrase, label) in enumerate(pairs):
            parts.append(f"(?P<g{index}>{_phrase_pattern(phrase, keep_accents)})")
            self._labels.append(label)
            first = _first_word(phrase, keep_accents)
            if first is None:
                self._scan_all = True  # no word to index it by: try every position
            elif _is_head(phrase):
                heads.append(first)
                self._head_parts.append((first, index))
            elif phrase.split()[0].endswith("*"):
                stems.append(first)
                self._stem_parts.append((first, index))
            else:
                self._firsts.add(first)
                self._by_first.setdefault(first, []).append(index)
        self._stems = tuple(stems)
        # one search for every head in a word, where a loop over them in Python took longer
        self._heads = re.compile("|".join(map(re.escape, heads))) if heads else None
        self._last_key: str | None = None
        self._last_starts: list[int] = []
        self._parts = parts
        self._by_word: dict[str, re.Pattern[str]] = {}
        self._regex = _alternation(tuple(parts))

    def __len__(self) -> int:
        return len(self._labels)

    def finditer(self, key: str, start: int = 0, end: int | None = None) -> Iterator[LexiconHit]:
        """Hits in ``key[start:end]`` (a key made by ``text_key``), offsets into ``key``."""
        end = len(key) if end is None else end
        for match in self._matches(key, start, end):
            group = match.lastgroup
            if group is not None and self._labels[int(group[1:])] is not _BLOCKED:
                yield LexiconHit(match.span(), self._labels[int(group[1:])])

    def _matches(self, key: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """What ``finditer`` of the alternation finds, trying it only where a phrase may
        begin; leftmost first, never overlapping, as ``finditer`` does."""
        if self._scan_all:
            yield from self._regex.finditer(key, start, end)
            return
        after = start
        for position in self._starts(key, start, end):
            if position >= after:
                word = _WORD.match(key, position, end)
                match = self._regex_for(word.group() if word else "").match(key, position, end)
                if match is not None:
                    after = match.end()
                    yield match

    def _regex_for(self, word: str) -> re.Pattern[str]:
        """The alternation of the phrases that may begin at a text word, in their order: at a
        position, it matches what the whole alternation matches (a phrase that begins with
        another word cannot), trying a few phrases instead of all (a lexicon of a thousand
        adjectives of nationality is tried where one of them is written)."""
        regex = self._by_word.get(word)
        if regex is None:
            # the phrases by their index, not a test of every phrase for each new word (a
            # tenth of the lexicons' time over the self-written articles)
            indices = sorted([*self._by_first.get(word, ()),
                              *(i for stem, i in self._stem_parts if word.startswith(stem)),
                              *(i for head, i in self._head_parts if head in word)])
            regex = self._by_word[word] = _alternation(tuple(self._parts[i] for i in indices))
        return regex

    def _starts(self, key: str, start: int, end: int) -> list[int]:
        """Positions of ``key[start:end]``'s words that may begin a phrase, in order. They
        are found once for the whole key (a document's sentences are read one by one)."""
        if (0 < end < len(key) and key[end - 1].isalnum() and key[end].isalnum()) or (
                0 < start < len(key) and key[start - 1].isalnum() and key[start].isalnum()):
            # a window that cuts a word ends or begins the text there
            return [word.start() for word in _WORD.finditer(key, start, end)
                    if word.group() in self._firsts or self._may_begin(word.group())]
        if self._last_key is not key:
            index = _word_index(key)
            found = {p for word in index.keys() & self._firsts for p in index[word]}
            if self._stems or self._heads is not None:
                found.update(p for word, ps in index.items() if self._may_begin(word)
                             for p in ps)
            self._last_key, self._last_starts = key, sorted(found)
        starts = self._last_starts
        return starts[bisect_left(starts, start):bisect_left(starts, end)]

    def _may_begin(self, word: str) -> bool:
        """Whether a word starts with a ``*`` stem or holds the head of a compound."""
        return bool(self._stems and word.startswith(self._stems)) or (
            self._heads is not None and self._heads.search(word) is not None)


@lru_cache(maxsize=4096)
def _alternation(parts: tuple[str, ...]) -> re.Pattern[str]:
    """The parts on word boundaries; a phrase in Han characters without them (Chinese writes
    no spaces). No class of Han characters is written in the pattern: compiling one took 5 s
    over the lexicons' thousand alternations. Kept by their parts: lexicons that share
    phrases, and the words of one stem, share the pattern (a sixth fewer compiled)."""
    spaced = [p for p in parts if not _HAN_PART.match(p)]
    han = [p for p in parts if _HAN_PART.match(p)]
    body = rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)" if spaced else ""
    if han:
        body = "|".join(filter(None, (body, *han)))
    return re.compile(f"(?:{body})" if body else r"(?!x)x")


@lru_cache(maxsize=8)
def _word_index(key: str) -> dict[str, list[int]]:
    """Where each word of a key begins (kept for the few keys that every lexicon scans)."""
    index: dict[str, list[int]] = {}
    for word in _WORD.finditer(key):
        index.setdefault(word.group(), []).append(word.start())
    return index
