"""The name table being built: spellings of entities, deduplicated, noise filtered.

Rules for GeoNames alternate names (measured on the seeds, see
``shared/reference/dependencies.md`` section 7): an alternate counts only when it
is in the Latin script or wholly in the Cyrillic or the Greek one (Russian and Greek are
read: "Москва", "Ханой", "Θεσσαλονίκη"; other scripts are not, but for Han and Hangul),
starts with a capital, is not written all in capitals (IATA codes: "AND", "HCM"), has no
digit, has at least four letters, and is not
a function word of our languages ("Of", "As", "Delle"). Official names shorter
than three letters or equal to a function word are dropped too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import pairwise

from citypact.gazetteer.keys import (
    is_arabic,
    is_cyrillic,
    is_greek,
    is_han,
    is_hangul,
    is_latin,
    letters,
    name_key,
)
from citypact.gazetteer.model import NameEntry, NameFlag, Source

_MAX_NAME = 80
_HAN_LETTERS = 2
_VN_DASHES = str.maketrans({"–": " ", "—": " ", "-": " "})
_BREVE = "\u0306"
_MR_APOSTROPHES = "'’ʼ‘"
# McCune-Reischauer initials -> Revised Romanization (2000), aspirated ones first.
_MR_INITIALS = (("Ch'", "Ch"), ("K'", "K"), ("P'", "P"), ("T'", "T"),
                ("Ch", "J"), ("K", "G"), ("P", "B"), ("T", "D"))
_MR_WORD = re.compile(r"[^\s-]+")
# The Latin letters a Cyrillic initial is written with in the names of foreign places
# ("Ханой" Hanoi, "Шанхай" Shanghai, "Чэнду" Chengdu, "Цюрих" Zürich, "Гамбург" Hamburg).
_CYRILLIC_INITIALS = {
    "а": "a", "б": "b", "в": "vw", "г": "ghk", "д": "d", "е": "eyj", "ё": "eyj", "ж": "zjg",
    "з": "zs", "и": "iye", "й": "yj", "к": "kcq", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "sc", "т": "t", "у": "uwo", "ф": "fp", "х": "hkcj", "ц": "czt",
    "ч": "ctk", "ш": "sc", "щ": "s", "э": "ea", "ю": "yju", "я": "yjia", "і": "iy",
    "ї": "iy", "є": "ey", "ў": "w", "ґ": "g",
}
# The Latin letters a Greek initial (its accent folded) is written with in the names of
# foreign places ("Βελιγράδι" Belgrade, "Βιέννη" Vienna, "Μπάρι" Bari, "Ντόρτμουντ").
_GREEK_INITIALS = {
    "α": "a", "β": "bvw", "γ": "ghky", "δ": "d", "ε": "eiy", "ζ": "zsgj", "η": "ie", "θ": "t",
    "ι": "iyj", "κ": "kcq", "λ": "l", "μ": "mb", "ν": "nd", "ξ": "xk", "ο": "ou", "π": "pb",
    "ρ": "r", "σ": "scz", "τ": "tcdz", "υ": "uyi", "φ": "fp", "χ": "chkj", "ψ": "p", "ω": "o",
}


def ascii_name(name: str) -> str:
    """A name without diacritics, case kept ("Vĩnh Phúc" -> "Vinh Phuc")."""
    name = name.replace("Đ", "D").replace("đ", "d").replace("Ð", "D").replace("ð", "d")
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def joined_syllables(name: str) -> str:
    """A Vietnamese name with its syllables joined ("Quang Ninh" -> "Quangninh")."""
    words = ascii_name(name).translate(_VN_DASHES).split()
    return "".join(words[:1] + [w.lower() for w in words[1:]])


def revised_romanization(name: str, *, marked_only: bool = False) -> str | None:
    """A Korean name in McCune-Reischauer as South Korea writes it since 2000, if it differs.

    "Kimje" -> "Gimje", "Ch'ŏngju" -> "Cheongju", "Kyŏngsan" -> "Gyeongsan". Only a name
    with the marks of that system (a breve or an aspiration apostrophe) has its P, T and
    Ch initials voiced: without them, "Pohang" and "Taebaek" are already written the new
    way, while an initial K is rare in the new system ("Kimje" is the old spelling).
    With ``marked_only``, a name without those marks gives ``None``.
    """
    decomposed = unicodedata.normalize("NFD", name)
    marked = _BREVE in decomposed or any(a in name for a in _MR_APOSTROPHES)
    if marked_only and not marked:
        return None
    vowels = (decomposed.replace("o" + _BREVE, "eo").replace("u" + _BREVE, "eu")
              .replace("O" + _BREVE, "Eo").replace("U" + _BREVE, "Eu"))
    vowels = unicodedata.normalize("NFC", vowels)
    for mark in _MR_APOSTROPHES[1:]:
        vowels = vowels.replace(mark, "'")
    result = _MR_WORD.sub(lambda m: _voiced_initial(m.group(), marked), vowels).replace("'", "")
    return result if result != name else None


def _inner_capital(name: str) -> bool:
    """A capital right after a letter: an abbreviation ("СПб", "ЕАО")."""
    return any(a.isalpha() and b.isupper() for a, b in pairwise(name))


def latin_initials(name: str) -> str:
    """The Latin initials a name may have in the Latin script: its own initial, or those a
    Cyrillic or Greek initial is written with ("Хошимин": "hkcj", "Βελιγράδι": "bvw")."""
    first = name.strip()[:1].lower()
    if first in _CYRILLIC_INITIALS:
        return _CYRILLIC_INITIALS[first]
    first = name_key(first) or first
    return _GREEK_INITIALS.get(first, first)


def _voiced_initial(word: str, marked: bool) -> str:
    for old, new in _MR_INITIALS:
        if word.startswith(old) and (marked or old == "K"):
            return new + word[len(old):]
    return word


class NameTable:
    """Spellings by (key, entity); the most trusted source of a spelling wins."""

    def __init__(self, function_words: frozenset[str]) -> None:
        self._entries: dict[tuple[str, str], dict[str, NameEntry]] = {}
        self._function_words = function_words

    def __len__(self) -> int:
        return sum(len(spellings) for spellings in self._entries.values())

    def __iter__(self) -> Iterator[NameEntry]:
        for spellings in self._entries.values():
            yield from spellings.values()

    def add(self, entity_id: str, variant: str, source: Source,
            flags: NameFlag = NameFlag.NONE, langs: str = "") -> None:
        """Add a spelling if it is acceptable for its source."""
        variant = unicodedata.normalize("NFC", variant.strip())
        key = name_key(variant)
        if not key or not self._acceptable(variant, key, source, flags):
            return
        entry = NameEntry(key, entity_id, variant, source, flags, langs)
        spellings = self._entries.setdefault((key, entity_id), {})
        current = spellings.get(variant)
        if current is None or source < current.source or source == Source.CURATED:
            spellings[variant] = entry

    def has(self, entity_id: str, variant: str) -> bool:
        """Whether the entity already answers to the spelling's key."""
        return bool(self._entries.get((name_key(variant), entity_id)))

    def has_spelling(self, entity_id: str, variant: str) -> bool:
        """Whether the entity already answers to the spelling as written, accents and all."""
        written = unicodedata.normalize("NFC", variant.strip())
        return written in self._entries.get((name_key(written), entity_id), {})

    def restrict(self, entity_id: str, variant: str, langs: str, keep: str = "") -> None:
        """Limit the languages in which every spelling of an entity under a key counts, but
        ``keep`` (the entity's own name, which an inflected form may fold alike: "Zieloną
        Górą", "Zielona Góra"); a spelling already limited to some languages counts in these
        too (a Polish and a Czech form folded alike)."""
        key = name_key(variant)
        spellings = self._entries.get((key, entity_id), {})
        for written, current in spellings.items():
            if keep and written == unicodedata.normalize("NFC", keep):
                continue
            wider = langs
            if current.langs and not current.langs.startswith("!") \
                    and not langs.startswith("!"):
                wider = ",".join(sorted({*current.langs.split(","), *langs.split(",")}))
            spellings[written] = NameEntry(key, entity_id, current.variant, current.source,
                                           current.flags, wider)

    def widen(self, entity_id: str, variant: str, langs: str) -> None:
        """Let every spelling of an entity under a key that counts in some languages only
        count in these too (a Chinese and a Japanese name written alike: "大阪府")."""
        key = name_key(variant)
        spellings = self._entries.get((key, entity_id), {})
        for written, current in spellings.items():
            if current.langs:
                wider = ",".join(sorted({*current.langs.split(","), *langs.split(",")}))
                spellings[written] = NameEntry(key, entity_id, current.variant, current.source,
                                               current.flags, wider)

    def add_vietnamese(self, entity_id: str, name: str) -> None:
        """Add the unaccented and joined spellings of a Vietnamese name."""
        self.add(entity_id, ascii_name(name), Source.DERIVED)
        if " " in name.strip() or "-" in name:
            self.add(entity_id, joined_syllables(name), Source.DERIVED)

    def _acceptable(self, variant: str, key: str, source: Source, flags: NameFlag) -> bool:
        if source == Source.CURATED or flags & NameFlag.EXACT_CASE:
            return True
        if len(variant) > _MAX_NAME or key in self._function_words:
            return False
        if is_han(variant) and source != Source.ALTERNATE:
            # Chinese names (GeoNames' Han alternates, kept as derived names by the builder,
            # and the translations of countries and regions): two characters make a name ("岘港",
            # "越南"); no digits
            return letters(variant) >= _HAN_LETTERS and not any(c.isdigit() for c in variant)
        if is_hangul(variant) and source != Source.ALTERNATE:
            # Korean names (GeoNames' Hangul alternates, kept as derived names, and the
            # translations of countries and regions): two syllables make a name ("다낭", "미국")
            return letters(variant) >= _HAN_LETTERS and not any(c.isdigit() for c in variant)
        if is_arabic(variant) and source != Source.ALTERNATE:
            # Arabic names (GeoNames' Arabic alternates, kept as derived names, and the
            # translations of countries and regions): three letters make a name ("دبي", "صور")
            return letters(variant) >= 3 and not any(c.isdigit() for c in variant)
        cyrillic = not is_latin(variant)  # or Greek, kept by the builder as derived names
        if cyrillic and not is_cyrillic(variant) and not (
                is_greek(variant) and source != Source.ALTERNATE):
            return False
        if cyrillic and source == Source.DERIVED:
            # GeoNames' Cyrillic and Greek alternates, kept as derived names (see
            # ``collect``): the
            # alternates' filters, three letters being a name ("Уфа", "Рим") and a capital
            # inside a word an abbreviation ("СПб")
            return (variant[:1].isupper() and letters(variant) >= 3
                    and not _inner_capital(variant)
                    and not any(c.isdigit() for c in variant))
        if source != Source.ALTERNATE:
            return letters(variant) >= 3
        return (variant[:1].isupper() and not variant.isupper() and letters(variant) >= 4
                and not any(c.isdigit() for c in variant))
