"""Language identification with lingua, restricted to the languages we read.

Measured here (dependencies.md §5): restricted to a few languages lingua is right
on 23/24 short sentences at ~0.1 ms each; with all 75 languages it is 40x slower
and less accurate. A header ``language:`` line, when the source has one, wins.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from citypact.extract.pipeline import Doc
from citypact.extract.rules import (
    detectable_languages,
    own_words,
    rules_language,
    unless_words,
    word_told_languages,
)

SAMPLE_CHARS = 1000
"""lingua reads this much of a text first: on every article of the corpora it is sure of the
language (confidence 1.0) from the first 1,000 characters, and reading 3,000 took three times
as long (the language was a seventh of the pipeline's time)."""
LONG_SAMPLE_CHARS = 3000
"""What lingua reads when it is not sure from the first sample (a top of names and figures)."""
SURE = 0.9


def make_detector(codes: tuple[str, ...] | None = None,
                  low_accuracy: bool = False) -> LanguageDetector:
    """A lingua detector for the given ISO 639-1 codes; by default ours plus neighbours that
    news about city cooperation often uses (``rules/languages.toml``). ``low_accuracy``: the
    trigram models alone, on short texts too (lingua reads a text under 120 characters with
    every n-gram model otherwise, loading four more sets of models)."""
    codes = codes or detectable_languages()
    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in codes]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    return (builder.with_low_accuracy_mode() if low_accuracy else builder).build()


NAMES_ONLY_WORDS = 20
"""Cased words a sample holds at least before its share of lower-case ones tells anything."""
NAMES_ONLY_SHARE = 0.2
"""Below this share of lower-case words among its cased ones, a sample is a list of names and
figures ("Hue 12, Lyon 9, Brno 8, Pécs 6"), which the detector may be sure of wrongly (Czech,
for the names of Central European towns): it is read on."""
_WORD = re.compile(r"[^\W\d_]+")
_LINE = re.compile(r"(?<=[.!?»])\s+|\n+")
LINE_WORDS = 3
"""Words a line or sentence holds at least before its own language counts in a sample's vote."""
TOLD_BY_WORDS = 3
"""Words of its own a text holds at least before it is given a language lingua has no model
of (Galician) instead of the close one lingua names."""


def _names_only(sample: str) -> bool:
    """Whether a sample's words are nearly all capitalised (names), in a cased script."""
    cased = [w for w in _WORD.findall(sample) if w[0].isupper() or w[0].islower()]
    lower = sum(1 for w in cased if w[0].islower())
    return len(cased) >= NAMES_ONLY_WORDS and lower < NAMES_ONLY_SHARE * len(cased)


def told_by_words(code: str, text: str) -> str:
    """The language lingua has no model of that a text lingua gave ``code`` is in, told by
    its own words outnumbering that language's (``languages.toml`` [detect.by_words]); else
    the close language whose own words outnumber those of ``code`` ([detect.unless_words]:
    a Spanish text full of Catalan names); else ``code``."""
    words = _WORD.findall(text)
    rivals = own_words().get(code, frozenset())
    named = sum(1 for w in words if w in rivals)
    for other, (instead_of, own) in word_told_languages().items():
        if code not in instead_of:
            continue
        count = sum(1 for w in words if w in own)
        if count >= TOLD_BY_WORDS and count > named:
            return other
    for close in unless_words().get(code, ()):
        close_words = own_words().get(close, frozenset())
        if sum(1 for w in words if w in close_words) > named:
            return close
    return code


class LanguageComponent:
    """Assign ``language`` (ISO 639-1) unless the source already declared it."""

    name = "language"
    requires: tuple[str, ...] = ()
    assigns = ("language",)

    def __init__(self, detector: LanguageDetector | None = None,
                 line_detector: LanguageDetector | None = None) -> None:
        self._detector = detector or make_detector()
        # the lines of a sample are short: read with the trigram models the sample's reading
        # loaded already (every model on every line took the language from 3 to 30 ms a
        # document and the peak memory from 305 to 757 MB)
        self._line_detector = line_detector or make_detector(low_accuracy=True)

    def detect(self, text: str) -> str | None:
        """The language of a text, or ``None`` when lingua cannot tell."""
        sample = text[:SAMPLE_CHARS]
        values = self._detector.compute_language_confidence_values(sample)
        if values and values[0].value >= SURE and not _names_only(sample):
            code = values[0].language.iso_code_639_1.name.lower()
            lines = self._most_lines(sample)
            # a close language read with the same rules (Nynorsk for Bokmål: its lines, short,
            # are told apart less surely than the whole sample) does not overrule the sample
            if lines is not None and rules_language(lines) == rules_language(code):
                lines = None
            return told_by_words(lines or code, sample)
        found = self._detector.detect_language_of(text[:LONG_SAMPLE_CHARS])
        if found is None:
            return None
        return told_by_words(found.iso_code_639_1.name.lower(), text[:LONG_SAMPLE_CHARS])

    def _most_lines(self, sample: str) -> str | None:
        """The language of more than half the words of a sample's lines and sentences, each
        read alone, or ``None`` when none has so many.

        A bilingual release's heading ("For Immediate Release / Pour diffusion immédiate") and
        a quote in the partner's language make lingua sure of that language over the whole
        sample, though most of its sentences are in the other one."""
        lines = [(len(_WORD.findall(line)), line) for line in _LINE.split(sample)]
        lines = sorted(((words, line) for words, line in lines if words >= LINE_WORDS),
                       key=lambda counted: -counted[0])
        eligible = sum(words for words, _ in lines)
        votes: Counter[str] = Counter()
        for words, line in lines:
            found = self._line_detector.detect_language_of(line)
            if found is None:
                continue
            code = found.iso_code_639_1.name.lower()
            votes[code] += words
            # the longest lines first: once one language holds more than half the words of
            # every line that may vote, no other line can change the answer
            if 2 * votes[code] > eligible:
                return code
        best = votes.most_common(1)
        return best[0][0] if best and 2 * best[0][1] > votes.total() else None

    def __call__(self, doc: Doc) -> Doc:
        if doc.language:
            return doc
        return dataclasses.replace(doc, language=self.detect(doc.text))
