"""A phrase lexicon matcher: word-bounded phrases with ``*`` endings, offsets kept.

Phrases are matched on a same-length key of the text: ``fold_aligned`` (case and
accents folded) or, for languages whose accents carry meaning (Vietnamese), the
lower-cased text. Knows nothing about the domain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

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


def _phrase_pattern(phrase: str, keep_accents: bool) -> str:
    wildcard = phrase.endswith("*")
    body = phrase.rstrip("*")
    key = body.lower() if keep_accents else fold_aligned(body)
    words = [re.escape(w) for w in key.split()]
    pattern = r"\s+".join(words)
    return pattern + (r"\w*" if wildcard else "")


class Lexicon:
    """Labelled phrases compiled into one alternation (longest phrases first)."""

    def __init__(self, phrases: Iterable[tuple[str, str]], *, keep_accents: bool = False) -> None:
        self.keep_accents = keep_accents
        pairs = sorted(set(phrases), key=lambda p: -len(p[0]))
        self._labels: list[str] = []
        parts: list[str] = []
        for index, (phrase, label) in enumerate(pairs):
            parts.append(f"(?P<g{index}>{_phrase_pattern(phrase, keep_accents)})")
            self._labels.append(label)
        body = "|".join(parts) or r"(?!x)x"
        self._regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)")

    def __len__(self) -> int:
        return len(self._labels)

    def finditer(self, key: str, start: int = 0, end: int | None = None) -> Iterator[LexiconHit]:
        """Hits in ``key[start:end]`` (a key made by ``text_key``), offsets into ``key``."""
        for match in self._regex.finditer(key, start, len(key) if end is None else end):
            group = match.lastgroup
            if group is not None:
                yield LexiconHit(match.span(), self._labels[int(group[1:])])
