"""Tokens of a document and the questions the actor rules ask about them.

A token is a word (letters and digits, with inner apostrophes, hyphens and dots as in
"Ile-de-France", "People's", "S.p.A.") or one punctuation mark. Offsets are those of the
document text, so every span built from tokens is a valid mention span.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from citypact.extract.matchers.lexicon import Lexicon, LexiconHit, text_key
from citypact.model import Span
from citypact.textnorm import fold

_TOKEN = re.compile(
    r"(?:[^\W\d_]{1,2}\.){2,}(?:[^\W\d_]{1,2}\b)?"  # S.p.A., D.C., H.E.
    r"|[^\W\d_]\.(?!\w)"                          # an initial: "E."
    r"|Ma\.(?=\s+[A-Z])"                           # Maria, in Philippine names: "Ma. Teresa"
    r"|St\.(?=\s+[A-Z])"                           # a surname's Saint: "Kenneth St. Rose"
    r"|\w+(?:[’'`\-&]\w+)*"                         # words: People's, Ile-de-France
    r"|[^\w\s]")
# Elided articles and prepositions glued to the next word ("dell’Agenzia", "l'assessore").
_ELISION = re.compile(r"^(?:[ldmnstcj]|dell|dall|nell|sull|all|coll|un|quell|qu|jusqu|lorsqu"
                      r"|puisqu|quest)[’'`]", re.IGNORECASE)
APOSTROPHES = "'’`ʼ"
DASHES = "-–—"
COORDINATORS = frozenset({"and", "e", "y", "et", "und", "va", "&", "och", "og", "oraz"})
"""Words that join two names ("Agricultural and Technical") or two people (folded)."""


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        return (self.start, self.end)

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        """First letter upper-case ("Turin", "ACVN", "Đà"); digits are not capitalised."""
        return self.text[0].isupper()

    @property
    def is_acronym(self) -> bool:
        """Two or more capitals with no lower-case letter ("ACVN", "ITA-ICE", "VOV5")."""
        letters = [c for c in self.text if c.isalpha()]
        return (len(letters) >= 2 and all(c.isupper() for c in letters)
                and self.text[0].isalpha())


def _split_elision(match: re.Match[str]) -> list[tuple[int, int, str]]:
    """Split an elided article off its word: "dell’Agenzia" -> "dell’", "Agenzia"."""
    text, start = match.group(), match.start()
    elided = _ELISION.match(text)
    if elided and elided.end() < len(text):
        cut = start + elided.end()
        return [(start, cut, text[:elided.end()]), (cut, match.end(), text[elided.end():])]
    return [(start, match.end(), text)]


def _split_ending(token: Token, endings: frozenset[str]) -> tuple[Token, ...]:
    """A capitalised word and the case ending glued to it after an apostrophe ("Kalkan'a"
    -> "Kalkan", "'a"): the ending is no part of the name."""
    if not endings or not token.text[0].isupper():
        return (token,)
    cut = max(token.text.rfind(mark) for mark in APOSTROPHES)
    if cut < 2 or fold(token.text[cut + 1:]) not in endings:
        return (token,)
    return (Token(token.start, token.start + cut, token.text[:cut]),
            Token(token.start + cut, token.end, token.text[cut:]))


class TokenizedText:
    """The tokens of a text, with lexicon hits mapped to token ranges."""

    def __init__(self, text: str, case_endings: frozenset[str] = frozenset()) -> None:
        """``case_endings``: the endings a language glues to a name after an apostrophe
        ("Yıldırım'ı", "Kalkan'a"; folded), split off the name as a token of their own."""
        self.text = text
        tokens = (Token(s, e, t) for m in _TOKEN.finditer(text) for s, e, t in _split_elision(m))
        self.tokens: tuple[Token, ...] = tuple(
            part for token in tokens for part in _split_ending(token, case_endings))
        self._starts = [t.start for t in self.tokens]
        self._ends = [t.end for t in self.tokens]
        self._keys: dict[bool, str] = {}
        self._hits: dict[int, list[tuple[int, int, str]]] = {}

    def __len__(self) -> int:
        return len(self.tokens)

    @cached_property
    def folded(self) -> tuple[str, ...]:
        """``fold`` of every token (of each distinct word once: most words recur)."""
        folds: dict[str, str] = {}
        return tuple(folds[t.text] if t.text in folds else folds.setdefault(t.text, fold(t.text))
                     for t in self.tokens)

    def key(self, keep_accents: bool) -> str:
        """The same-length key of the text that a lexicon scans."""
        if keep_accents not in self._keys:
            self._keys[keep_accents] = text_key(self.text, keep_accents)
        return self._keys[keep_accents]

    def token_range(self, span: Span) -> tuple[int, int] | None:
        """Indices ``[i, j)`` of the tokens exactly covering a span, if it is aligned."""
        i = bisect_left(self._starts, span[0])
        j = bisect_right(self._ends, span[1])
        if i >= j or self._starts[i] != span[0] or self._ends[j - 1] != span[1]:
            return None
        return (i, j)

    def covering(self, span: Span) -> tuple[int, int]:
        """Indices ``[i, j)`` of the tokens that overlap a span."""
        return (bisect_right(self._ends, span[0]), bisect_left(self._starts, span[1]))

    def hits(self, lexicon: Lexicon) -> list[tuple[int, int, str]]:
        """Token ranges and labels of a lexicon's hits that align with tokens (matched once
        per lexicon: several rules ask for the same one)."""
        cached = self._hits.get(id(lexicon))
        if cached is not None:
            return cached
        found = []
        for hit in lexicon.finditer(self.key(lexicon.keep_accents)):
            rng = self._aligned(hit)
            if rng is not None:
                found.append((rng[0], rng[1], hit.label))
        self._hits[id(lexicon)] = found
        return found

    def _aligned(self, hit: LexiconHit) -> tuple[int, int] | None:
        """The tokens of a hit; a hit may stop before the dot that ends its token ("M.",
        "H.E.") or the apostrophe of an elided word ("guidata dall'assessore"): lexicon keys
        read punctuation as spaces, tokens keep an abbreviation's dot and an elision's mark."""
        found = self.token_range(hit.span)
        if found is None and self.text[hit.span[1]:hit.span[1] + 1] in (".", "'", "’"):
            found = self.token_range((hit.span[0], hit.span[1] + 1))
        return found

    def compound_heads(self, lexicon: Lexicon) -> list[tuple[int, int, str]]:
        """Tokens whose last part after a hyphen is a hit ("Elbflug-Geschäftsführerin",
        "vice-gouverneur"): the compound is what its head is."""
        found = []
        for hit in lexicon.finditer(self.key(lexicon.keep_accents)):
            start = hit.span[0]
            if start == 0 or self.text[start - 1] not in "-‐":
                continue
            rng = self.token_range((self.text.rfind(" ", 0, start) + 1, hit.span[1]))
            if rng is not None and rng[1] - rng[0] == 1:
                found.append((rng[0], rng[1], hit.label))
        return found

    def span_of(self, i: int, j: int) -> Span:
        """Character span of tokens ``[i, j)``."""
        return (self.tokens[i].start, self.tokens[j - 1].end)

    def surface(self, i: int, j: int) -> str:
        """The text of tokens ``[i, j)`` as written."""
        return self.text[self.tokens[i].start:self.tokens[j - 1].end]

    def gap(self, i: int) -> str:
        """The text between token ``i - 1`` and token ``i``."""
        if i <= 0 or i >= len(self.tokens):
            return ""
        return self.text[self.tokens[i - 1].end:self.tokens[i].start]

    def joined(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` on the same line (spaces only)."""
        gap = self.gap(i)
        return i > 0 and "\n" not in gap and len(gap) <= 2

    def is_possessive(self, i: int) -> bool:
        """Whether token ``i`` ends in a possessive ("Ukraine’s", "Eindhoven's")."""
        text = self.tokens[i].text
        return len(text) > 2 and text[-2] in APOSTROPHES and text[-1] in "sS"
