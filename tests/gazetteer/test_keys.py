"""Keys and spelling tests: folding is stable, tone placement does not matter."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from citypact.gazetteer.keys import (
    accent_key,
    has_diacritics,
    is_arabic,
    is_cyrillic,
    is_greek,
    is_latin,
    name_key,
    word_accent_key,
    word_key,
)
from citypact.gazetteer.names import ascii_name, joined_syllables
from citypact.textnorm import fold


@given(st.text(max_size=40))
def test_name_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)


@given(st.text(max_size=40))
def test_name_key_has_single_spaces_and_no_capitals(text: str) -> None:
    key = name_key(text)
    assert "  " not in key and key == key.strip() and key == key.lower()


def test_vietnamese_tone_placement_and_eth() -> None:
    assert accent_key("Hoà Bình") == accent_key("Hòa Bình")
    assert accent_key("Ðà Lạt") == accent_key("Đà Lạt") == accent_key("ĐÀ LẠT")
    assert accent_key("Huệ") != accent_key("Huế")
    assert name_key("Huệ") == name_key("Huế") == "hue"


def test_spelling_helpers() -> None:
    assert ascii_name("Vĩnh Phúc") == "Vinh Phuc"
    assert ascii_name("Ðà Lạt") == "Da Lat"
    assert joined_syllables("Quảng Ninh") == "Quangninh"
    assert has_diacritics("Huế") and not has_diacritics("Hue")
    assert is_latin("Đà Lạt") and not is_latin("Москва")
    assert is_cyrillic("Санкт-Петербург") and is_cyrillic("Мѣньскъ")
    assert not is_cyrillic("Ҡazan") and not is_cyrillic("Torino") and not is_cyrillic("12")
    assert is_greek("Θεσσαλονίκη") and is_greek("Ἀθῆναι") and not is_greek("Москва")
    assert not is_greek("στην Πόλι [stimˈboli]") and not is_cyrillic("Λεμεσός")
    # Arabic letters only, harakat aside; not Persian's or Urdu's ("پاریس", "قاہرہ")
    assert is_arabic("الدار البيضاء") and is_arabic("عَمّان") and not is_arabic("پاریس")
    assert not is_arabic("قاہرہ") and not is_arabic("Roma") and not is_arabic("١٢")
    # alef maqsura ends an Arabic word ("مصطفى"); inside one it is Uyghur's vowel ("رىم": Rome)
    assert is_arabic("مصطفى") and is_arabic("بنى سويف") and not is_arabic("رىم")
    # a hamza's seat is a letter, no diacritic; harakat change no key
    assert not has_diacritics("إسطنبول") and name_key("عَمّان") == name_key("عمان")


@given(st.text(max_size=40).filter(lambda t: not any(c in t for c in "'’ʼ`´‘")))
def test_name_key_is_the_projects_fold_without_apostrophes(text: str) -> None:
    assert name_key(text) == fold(text)


@given(st.from_regex(r"\w+", fullmatch=True))
def test_word_keys_take_a_shortcut_to_the_same_key(word: str) -> None:
    assert word_key(word) == name_key(word)
    assert word_accent_key(word) == accent_key(word)


@given(st.text(alphabet=st.sampled_from(list("aăâdđeêioôơuưy ÀÁẢÃẠĐÐ-")), max_size=30))
def test_accent_key_ignores_case_eth_and_normalisation_form(text: str) -> None:
    assert accent_key(text.upper()) == accent_key(text)
    assert accent_key(text.replace("Đ", "\u00d0")) == accent_key(text)
    assert accent_key(unicodedata.normalize("NFD", text)) == accent_key(text)
