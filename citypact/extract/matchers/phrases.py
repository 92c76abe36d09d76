"""A phrase automaton: finds word-bounded phrase keys in a folded text, offsets kept.

The engine knows nothing about places. Phrases are added as *keys* (already
folded by the caller, single spaces between words) with an integer id; a text
is scanned as its ``fold_aligned`` copy with runs of spaces squeezed, and every
hit is mapped back to ``[start, end)`` offsets of the original text.

Backed by pyahocorasick (``STORE_INTS``): building 500k keys takes about a
second, and the automaton is saved and loaded as one file.

Word boundaries cost nothing at scan time: a folded text holds only letters,
digits and spaces, so each key is stored with a space either side and the text
is scanned with one at each end. Measured on the 283k-key gazetteer and the
gold corpora: 5.6 MB/s with a boundary check of every raw hit (15k raw hits
for 1.5k bounded ones), 8.3 MB/s padded, for 10 MB more automaton.
"""

from __future__ import annotations

import bisect
import pickle
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from citypact.model import Span
from citypact.textnorm import fold_aligned

_LENGTH_BITS = 10
_MAX_KEY = (1 << _LENGTH_BITS) - 1
_SPACE_RUN = re.compile(r" {2,}")
_HAN = re.compile("[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
"""A Han character or kana: Chinese and Japanese write no spaces between words, so a key
that begins and ends with one is found anywhere in a run of them ("岘港" in "与岘港市签署",
"横浜" in "横浜市は"), not between spaces."""
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]")
"""A letter of katakana, or its long vowel mark: Japanese writes a foreign word in katakana
as one run, so a key in katakana is no part of a longer run ("ミンス" in "ミンスク")."""
_HANGUL = re.compile("[\uac00-\ud7a3]")
"""A Hangul syllable: Korean glues particles and status words to a name ("다낭시와",
"수원시는"), so a key that ends with one is found at a word's start, whatever follows it;
the gazetteer's mentions keep the hits whose glued rest is a particle."""
_HANGUL_GLUED = re.compile("(?<=[^\\W\uac00-\ud7a3])[\uac00-\ud7a3]")
"""A Hangul syllable glued after a letter of another script ("Huế에서", "HCMC와"): read as a
space, so that the name before it ends on a word boundary."""

_ARABIC = "\u0621-\u064a"
"""The Arabic letters, as a folded text writes them (hamza seats, taa marbuta and alef
maqsura folded: ``textnorm``)."""
_CLITICS = (
    (re.compile(f"(?<![{_ARABIC}])[وفبل](?=[{_ARABIC}]{{2}})"), lambda m: " "),
    (re.compile(f"(?<![{_ARABIC}])[وف][بل](?=[{_ARABIC}]{{2}})"), lambda m: "  "),
    (re.compile(f"(?<![{_ARABIC}])([وف]?)ل(?=ل[{_ARABIC}]{{2}})"),
     lambda m: " " * len(m.group(1)) + "ا"),
)
"""Arabic glues its conjunctions ("و", "ف"), prepositions ("ب", "ل") and the article
after "ل" ("لل" for "ل" + "ال") to the word after it ("وإشبيلية", "بمدينة", "للقاهرة"): the
text is scanned again with each way of reading them off a word's start (a space, or "ال"
for "لل"), the same length, so that a key is found at the word's start (a name that
begins with such a letter, "لندن", is found in the text as written, and is the longer
hit). Not "ك" (as), rare before a name and the first letter of many ("كريم": "ريم")."""
_ARABIC_LETTER = re.compile(f"[{_ARABIC}]")


def _unglued(padded: str) -> list[str]:
    """The padded key, and its copies with Arabic clitics read off (``_CLITICS``)."""
    if _ARABIC_LETTER.search(padded) is None:
        return [padded]
    return [padded, *(pattern.sub(replace, padded) for pattern, replace in _CLITICS)]


def _inside_katakana(padded: str, left: int, right: int) -> bool:
    """Whether the padded text has a katakana letter on both sides of ``left | right``."""
    return _KATAKANA.match(padded, left) is not None and _KATAKANA.match(padded, right) is not None


@dataclass(frozen=True, slots=True)
class PhraseHit:
    """A key found in a text: its original span, the id it was added with, and the key."""

    span: Span
    key_id: int
    key: str


@dataclass(frozen=True, slots=True)
class ScanText:
    """A text prepared for scanning: squeezed folded copy plus the way back to offsets."""

    key: str
    _breaks: tuple[int, ...]
    _shifts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> ScanText:
        """Fold ``text`` (same length), then squeeze runs of spaces to one."""
        folded = fold_aligned(text)
        breaks: list[int] = []
        shifts: list[int] = []
        pieces: list[str] = []
        removed = last = 0
        for run in _SPACE_RUN.finditer(folded):
            pieces.append(folded[last:run.start() + 1])
            removed += run.end() - run.start() - 1
            breaks.append(run.start() + 1 - (removed - (run.end() - run.start() - 1)))
            shifts.append(removed)
            last = run.end()
        pieces.append(folded[last:])
        return cls("".join(pieces), tuple(breaks), tuple(shifts))

    def original(self, offset: int) -> int:
        """The offset in the original text of a squeezed offset."""
        index = bisect.bisect_right(self._breaks, offset) - 1
        return offset + (self._shifts[index] if index >= 0 else 0)


class PhraseMatcher:
    """Folded phrase keys with integer ids, matched on word boundaries."""

    def __init__(self, automaton: ahocorasick.Automaton | None = None) -> None:
        self._automaton = automaton or ahocorasick.Automaton(ahocorasick.STORE_INTS)

    @classmethod
    def from_keys(cls, keys: Iterable[tuple[str, int]]) -> PhraseMatcher:
        """Build a matcher from ``(key, key_id)`` pairs; keys longer than 1,023 are skipped."""
        matcher = cls()
        for key, key_id in keys:
            matcher.add(key, key_id)
        matcher.finalize()
        return matcher

    def add(self, key: str, key_id: int) -> None:
        """Add a folded key (single spaces) under a non-negative id."""
        if 0 < len(key) <= _MAX_KEY:
            unspaced = _HAN.match(key) is not None and _HAN.match(key[-1]) is not None
            glued = not unspaced and _HANGUL.match(key[-1]) is not None
            self._automaton.add_word(key if unspaced else f" {key}" if glued else f" {key} ",
                                     (key_id << _LENGTH_BITS) | len(key))

    def finalize(self) -> None:
        """Compile the automaton; call once after the last ``add``."""
        if len(self._automaton):
            self._automaton.make_automaton()

    def __len__(self) -> int:
        return len(self._automaton)

    def scan(self, text: str) -> Iterator[PhraseHit]:
        """Every word-bounded key in ``text`` (overlapping hits included), by end offset."""
        if not len(self._automaton) or self._automaton.kind != ahocorasick.AHOCORASICK:
            return
        prepared = ScanText.of(text)
        key = prepared.key
        if _HANGUL.search(key) is not None:
            key = _HANGUL_GLUED.sub(" ", key)
        copies = _unglued(f" {key} ")
        hits: dict[tuple[int, int, int], str] = {}
        for padded in copies:
            for end_index, value in self._automaton.iter(padded):
                # a padded hit ends on a space, one past the key; a Han, kana or Hangul key on
                # its last character
                spaced = padded[end_index] == " "
                end = end_index - 1 if spaced else end_index
                start = end - (value & _MAX_KEY)
                if not spaced and (_inside_katakana(padded, end_index, end_index + 1)
                                   or _inside_katakana(padded, start, start + 1)):
                    continue
                hits.setdefault((end, start, value >> _LENGTH_BITS), padded[start + 1:end + 1])
        for (end, start, key_id), found in sorted(hits.items()) if len(copies) > 1 \
                else hits.items():
            yield PhraseHit((prepared.original(start), prepared.original(end - 1) + 1),
                            key_id, found)

    def to_bytes(self) -> bytes:
        """The compiled automaton as bytes (a pickle).

        Measured on the 283k-key gazetteer: pickle loads in 0.2 s, the automaton's
        own ``save``/``load`` format in 1.2 s.
        """
        return pickle.dumps(self._automaton, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, data: bytes) -> PhraseMatcher:
        """A matcher from the bytes of ``to_bytes``; ``ValueError`` if they hold no automaton."""
        automaton = pickle.loads(data)
        if not isinstance(automaton, ahocorasick.Automaton):
            raise ValueError("the data does not hold an automaton")
        return cls(automaton)

    def save(self, path: Path) -> None:
        """Write the compiled automaton to ``path``."""
        path.write_bytes(self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> PhraseMatcher:
        """Read an automaton written by ``save``."""
        try:
            return cls.from_bytes(path.read_bytes())
        except ValueError as exc:
            raise ValueError(f"{path} does not hold an automaton") from exc
