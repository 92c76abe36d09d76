"""Keys and spelling tests: folding is stable, tone placement does not matter."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citypact.gazetteer.keys import accent_key, has_diacritics, is_latin, name_key
from citypact.gazetteer.names import ascii_name, joined_syllables


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
