"""Keys and spelling tests shared by the builder and the recogniser.

- ``name_key``: the folded key of a name, exactly as the phrase matcher sees text
  (``phrase_key`` for strings seen once, ``word_key`` for a word of a text);
- ``accent_key``: a name with its diacritics kept but case and Vietnamese tone-mark
  placement normalised ("Hoà Bình" = "Hòa Bình", "Ðà Lạt" = "Đà Lạt").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from citypact.extract.matchers.phrases import ScanText
from citypact.textnorm import simplify_han, strip_marks

# Vietnamese tone marks (combining): grave, acute, tilde, hook above, dot below.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# Turkish capital dotted I lower-cases to "i" and a combining dot: "EDİRNE" is "Edirne".
_ETH = str.maketrans({"Ð": "Đ", "ð": "đ", "İ": "I"})


def phrase_key(text: str) -> str:
    """``name_key`` without its cache, for strings seen once (windows of a text)."""
    return ScanText.of(strip_marks(unicodedata.normalize("NFC", text))).key.strip()


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The key under which a name is stored and found (folded, single-spaced)."""
    return phrase_key(name)


def word_key(word: str) -> str:
    """``name_key`` of one word of a text; a plain ASCII word is only lower-cased."""
    return word.lower() if word.isascii() and word.isalnum() else name_key(word)


def word_accent_key(word: str) -> str:
    """``accent_key`` of one word of a text, with the same shortcut as ``word_key``."""
    return word.lower() if word.isascii() and word.isalnum() else accent_key(word)


@lru_cache(maxsize=1 << 14)
def accent_key(text: str) -> str:
    """Lower-case text with diacritics kept, tone marks moved to the end of each word; Han
    characters simplified (a script's variant is no accent)."""
    decomposed = unicodedata.normalize("NFD", simplify_han(text.translate(_ETH)).lower())
    spaced = "".join(c if c.isalnum() or unicodedata.category(c) == "Mn" else " "
                     for c in decomposed)
    words = []
    for word in spaced.split():
        tones = "".join(sorted(c for c in word if c in _TONES))
        base = "".join(c for c in word if c not in _TONES)
        words.append(unicodedata.normalize("NFC", base + tones))
    return " ".join(words)


def has_diacritics(text: str) -> bool:
    """True when a letter of the text carries a diacritic (or is Đ/Ð); not Turkish capital
    "İ", the capital of a plain "i" ("EDİRNE" is written like "Edirne"), nor an Arabic letter."""
    return any(not c.isascii() and c.isalpha() and c != "İ" and not "\u0600" <= c <= "\u06ff"
               for c in text)  # a hamza's seat ("إسطنبول", "اسطنبول") tells no names apart


@lru_cache(maxsize=8192)
def _latin(char: str) -> bool:
    if not char.isalpha():
        return True
    return unicodedata.name(char, "").startswith("LATIN")


def is_latin(text: str) -> bool:
    """True when every letter of the text is in the Latin script."""
    return all(_latin(c) for c in text)


# A letter outside the Cyrillic blocks (Cyrillic, Supplement, Extended-A, -B, -C).
_NON_CYRILLIC = re.compile(r"[^\W\d_\u0400-\u052f\u2de0-\u2dff\ua640-\ua69f\u1c80-\u1c8f]")
_LETTER = re.compile(r"[^\W\d_]")


def is_cyrillic(text: str) -> bool:
    """True when the text has letters and every one is in the Cyrillic script ("Москва")."""
    return _NON_CYRILLIC.search(text) is None and _LETTER.search(text) is not None


# A letter outside the Greek blocks (Greek and Coptic, Greek Extended).
_NON_GREEK = re.compile(r"[^\W\d_\u0370-\u03ff\u1f00-\u1fff]")


def is_greek(text: str) -> bool:
    """True when the text has letters and every one is in the Greek script ("Θεσσαλονίκη")."""
    return _NON_GREEK.search(text) is None and _LETTER.search(text) is not None


# A letter outside the Arabic letters (hamza to yeh, and the alef wasla): Persian, Urdu and
# Kurdish letters ("پ", "ی", "ە") are no Arabic spelling.
_NON_ARABIC = re.compile(r"[^\W\d_\u0621-\u063a\u0641-\u064a\u0671]")


_INNER_MAQSURA = re.compile("\u0649(?=[\u0621-\u064a])")
"""An alef maqsura before a letter: Uyghur's vowel inside a word ("رىم", Rome), which Arabic
writes only at a word's end ("مصطفى")."""


def is_arabic(text: str) -> bool:
    """True when the text has letters and every one is an Arabic letter ("طنجة"; not the
    Persian "پاریس", nor the Uyghur "رىم"); harakat and tatweel aside."""
    text = strip_marks(text)
    return _NON_ARABIC.search(text) is None and _LETTER.search(text) is not None and (
        _INNER_MAQSURA.search(text) is None)


_HAN = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""The Han (CJK ideograph) blocks: Extension A, Unified Ideographs, Compatibility; with the
kana of Japanese and its iteration mark ("ダナン", "横浜", "佐々木"), written without spaces
as Han characters are."""
_NON_HAN = re.compile(f"[^\\W\\d_{_HAN}]")


def is_han(text: str) -> bool:
    """True when the text has letters and every one is a Han character or kana ("岘港",
    "米蘭", "ミラノ")."""
    return _NON_HAN.search(text) is None and _LETTER.search(text) is not None


_HANGUL = "\uac00-\ud7a3"
"""The precomposed Hangul syllables (Korean)."""
_NON_HANGUL = re.compile(f"[^\\W\\d_{_HANGUL}]")


def is_hangul(text: str) -> bool:
    """True when the text has letters and every one is a Hangul syllable ("다낭", "수원시")."""
    return _NON_HANGUL.search(text) is None and _LETTER.search(text) is not None


def letters(text: str) -> int:
    """How many letters the text has."""
    return sum(1 for c in text if c.isalpha())
