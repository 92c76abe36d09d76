"""Text normalisation and folding: the one definition used everywhere.

- ``normalize_text``: what citypact stores (NFC, unified line ends and spaces).
- ``fold_aligned``: a same-length folded copy of a text, so that a match found in
  the folded copy has the same offsets in the original (case, accents and
  punctuation removed character by character).
- ``fold``: the comparison key of a name (``fold_aligned`` plus collapsed spaces,
  apostrophes dropped). Scoring, lookups and search all compare ``fold`` keys.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata

# Letters whose accent-stripped form is not produced by NFD decomposition.
_SPECIAL = {
    "đ": "d", "Đ": "d", "Ð": "d", "ð": "d",  # Vietnamese Đ, and GeoNames' Icelandic Eth
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ı": "i", "ß": "s", "æ": "a", "Æ": "a",
    "œ": "o", "Œ": "o", "þ": "t", "Þ": "t", "ħ": "h", "Ħ": "h",
    "ς": "σ",  # Greek final sigma: "ΛΕΜΕΣΟΣ" is "Λεμεσός"
    # Arabic: taa marbuta and alef maqsura are written for ha and ya and back ("سوسة" and
    # "سوسه", "على" and "علي"); the hamza's seats fold by NFD ("إشبيلية" is "اشبيلية")
    "ة": "ه", "ى": "ي",
    # Arabic-Indic digits, as Arab papers write dates ("٤ آذار")
    **{chr(0x0660 + d): str(d) for d in range(10)}, **{chr(0x06F0 + d): str(d) for d in range(10)},
}
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
"""Arabic short vowels, shadda and sukun (harakat), Quranic marks and the tatweel that
stretches a word: written or not ("عمّان", "عمان"), the word is the same."""
_APOSTROPHES = "'’ʼ`´‘"
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_MULTI_SPACE = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n{3,}")


def strip_marks(text: str) -> str:
    """The text without Arabic harakat and tatweel (``_ARABIC_MARKS``), which change no word;
    any other text as it is."""
    return text if text.isascii() else _ARABIC_MARKS.sub("", text)


def normalize_text(text: str) -> str:
    """Return the text as citypact stores it: NFC, ``\\n`` line ends, single spaces, and
    the line breaks that a page lost between a heading and its text put back
    (``unglue_lines``).

    Offsets in every extraction refer to this form.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = strip_marks(text.replace("\ufeff", ""))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return unglue_lines(_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip())


_LOWER = r"[^\W\d_A-ZÀ-ÞĐ]"
_GLUED = re.compile(rf"(?<![^\W\d_])([^\W\d_]*{_LOWER}{{2}})([A-ZÀ-ÞĐ]{_LOWER}+)"
                    rf"(?= (?:{_LOWER}|\d))")
"""A word whose capital inside follows small letters, before a small word or a number
("Stuttgart RegionOpportunities for partnership", "thành phố ModenaNgày 26/2")."""
_MIN_GLUED_HEAD = 3


def unglue_lines(text: str) -> str:
    """Put back a line break lost between a heading or a caption and the sentence after it
    ("Meeting with the Chamber of Commerce Stuttgart RegionOpportunities for partnership
    ...": "Region" ends the heading, "Opportunities" opens the text).

    A word is split only when it is written once, and either its head stands alone inside
    a sentence elsewhere in the text ("the Stuttgart Region") or its tail opens a sentence
    elsewhere ("The"): a brand written in camel case ("JavaScript", "SoftBank") is neither.
    """
    while cuts := _glued_cuts(text):  # a line put back may open a sentence for another
        for cut in reversed(cuts):
            text = text[:cut] + "\n" + text[cut:]
    return text


_CAPS_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}(?![^\W\d_])")
_TOKEN = re.compile(r"\S+")
_STAMP = re.compile(r"(?<!\d)\d{1,2}[:/.\-]\d{2}(?:[/.\-]\d{2,4})?(?=[^\W\d_]{2})")
"""A time or a date glued to the word after it ("alle 10:15Ravenna", "12/03/2024Chiều")."""


def _heading_cuts(text: str) -> list[int]:
    """An all-caps heading glued to the sentence after it ("UN'AMICIZIA CHE
    CONTINUARavenna e la città", "MỞ RỘNG HỢP TÁCChiều 11/3"): a word of capitals that ends
    in a capitalised word, after another word of capitals on its line. Stamps of a byline
    glued to the text ("alle 10:15Ravenna") too."""
    cuts: list[int] = []
    for line_match in re.finditer(r"[^\n]+", text):
        line, base = line_match.group(), line_match.start()
        caps_before = False
        for token in _TOKEN.finditer(line):
            word = token.group()
            cut = _caps_head_end(word)
            if cut is not None and caps_before:
                cuts.append(base + token.start() + cut)
            letters = "".join(c for c in word if c.isalpha())
            caps_before = len(letters) >= 2 and letters.isupper()
        cuts.extend(base + m.end() for m in _STAMP.finditer(line)
                    if line[m.end()].isupper() and line[m.end() + 1].islower())
    return cuts


_MIN_CAPS_HEAD = 2


def _caps_head_end(word: str) -> int | None:
    """Where a word of capitals glued to a capitalised word ends ("CONTINUARavenna": 8; not
    a plural of capitals, "SMEs", "NGOs")."""
    for i in range(_MIN_CAPS_HEAD, len(word) - 1):
        tail = word[i + 1:i + 3]
        if word[i].isupper() and len(tail) == 2 and tail.isalpha() and tail.islower():
            head = word[:i]
            letters = [c for c in head if c.isalpha()]
            if len(letters) >= _MIN_CAPS_HEAD and all(c.isupper() for c in letters) \
                    and head[-1].isalpha():
                return i
            return None
    return None


def _glued_cuts(text: str) -> list[int]:
    cuts: list[int] = sorted(set(_heading_cuts(text)))
    if cuts:
        return cuts
    for match in _GLUED.finditer(text):
        head, tail = match.group(1), match.group(2)
        if len(head) < _MIN_GLUED_HEAD or text.count(match.group()) > 1:
            continue
        alone = re.search(rf"(?<=[^\W_] ){re.escape(head)}(?![^\W_])", text)
        opens = re.search(rf"(?:^|[.!?:] ){re.escape(tail)}(?![^\W_])", text, re.MULTILINE)
        if alone is not None or opens is not None:
            cuts.append(match.start(2))
    return cuts


@functools.cache
def _han_simplified() -> dict[int, str]:
    """Traditional Han characters and their simplified forms, the gazetteer's table
    (imported here, on first use: the gazetteer's rules fold their words with this module)."""
    from citypact.gazetteer.rules import load_han_simplified
    return load_han_simplified()


def simplify_han(text: str) -> str:
    """The text with its traditional Han characters written simplified, character for
    character ("臺北市長" -> "台北市长"; offsets stay valid)."""
    return text.translate(_HAN_TABLE) if not text.isascii() else text


class _HanTable(dict[int, str]):
    """``str.translate`` table of ``_han_simplified``, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        simplified = self[code] = _han_simplified().get(code, chr(code))
        return simplified


_HAN_TABLE = _HanTable()


def _fold_char(char: str) -> str:
    """Fold one character to exactly one character (lower-case, unaccented)."""
    if char in _SPECIAL:
        return _SPECIAL[char]
    if "\u4e00" <= char <= "\u9fff":
        # a traditional character is the simplified one in another script, as an accent is a
        # letter's variant: Taiwan's "臺北市長" is the mainland's "台北市长"
        return _han_simplified().get(ord(char), char)
    if "\u3040" <= char <= "\u30ff" and char.isalnum():
        return char  # kana keep their voicing marks ("パリ" Paris, "バリ" Bali)
    if "\uac00" <= char <= "\ud7a3":
        return char  # a Hangul syllable is a letter of its own (NFD would keep its first jamo)
    if char.isalnum():
        base = unicodedata.normalize("NFD", char)[0]
        lowered = base.lower()
        folded = lowered[0] if lowered else base
        return _SPECIAL.get(folded, folded)  # "ẞ" -> "ß" -> "s", "ǽ" -> "æ" -> "a"
    return " "  # punctuation, spaces, and stray combining marks (text that was not NFC)


class _FoldTable(dict[int, str]):
    """``str.translate`` table of ``_fold_char``, filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


class _FoldsOutsideAscii(Exception):
    """A run of the text folds to letters outside ASCII (Cyrillic, Chinese...)."""


def _fold_run(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a run of non-ASCII characters, folded (ASCII only)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    folded = error.object[error.start:error.end].translate(_FOLD_TABLE)
    if not folded.isascii():
        raise _FoldsOutsideAscii
    return folded, error.end


_FOLD_TABLE = _FoldTable()
_ASCII_FOLD = bytes(ord(_fold_char(chr(code))) for code in range(128)) + bytes(range(128, 256))
_FOLD_ERRORS = "citypact.fold"
codecs.register_error(_FOLD_ERRORS, _fold_run)


def fold_aligned(text: str) -> str:
    """Fold case, accents and punctuation, keeping the length (offsets stay valid).

    >>> fold_aligned("Hà Nội, Việt Nam")
    'ha noi  viet nam'
    """
    # Folding is most of what a text costs before the automaton sees it. Measured on the
    # gold corpora: 7-9 MB/s one character at a time (a cached call each), 19-21 MB/s
    # through the table, 100+ MB/s this way: the ASCII encoder copies ASCII characters and
    # hands each run of others to ``_fold_run``; a byte table then folds the ASCII. Texts
    # with letters that fold outside ASCII take the table.
    try:
        encoded = text.encode("ascii", _FOLD_ERRORS)
    except _FoldsOutsideAscii:
        return text.translate(_FOLD_TABLE)
    return encoded.translate(_ASCII_FOLD).decode("ascii")


def fold(text: str) -> str:
    """The comparison key of a name: case-, accent- and punctuation-insensitive.

    Apostrophes vanish ("People's" = "Peoples"); other punctuation separates words
    ("Emilia-Romagna" = "Emilia Romagna"); spaces are collapsed.

    >>> fold("  Thành phố Hồ Chí Minh ")
    'thanh pho ho chi minh'
    """
    if text.isascii() and text.isalnum():
        # a plain word (most calls: one token at a time): what the steps below make of it,
        # at a third of their cost
        return text.lower()
    text = strip_marks(unicodedata.normalize("NFC", text))
    for mark in _APOSTROPHES:
        text = text.replace(mark, "")
    return _MULTI_SPACE.sub(" ", fold_aligned(text)).strip()


def slugify(text: str) -> str:
    """A stable identifier fragment: ``fold`` with hyphens ("Piaggio Group" -> "piaggio-group")."""
    return fold(text).replace(" ", "-")
