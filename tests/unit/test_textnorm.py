from hypothesis import given
from hypothesis import strategies as st

from citypact.textnorm import fold, fold_aligned, normalize_text, slugify


def test_fold_removes_case_accents_and_punctuation() -> None:
    assert fold("Vĩnh Phúc") == fold("Vinh Phuc") == "vinh phuc"
    assert fold("HÀ NỘI") == "ha noi"
    assert fold("Emilia-Romagna") == fold("Emilia Romagna")
    assert fold("People's Committee") == fold("Peoples Committee")


def test_fold_maps_icelandic_eth_like_vietnamese_d() -> None:
    # GeoNames writes Đà Lạt with U+00D0; both must fold to the same key.
    assert fold("\u00d0à Lạt") == fold("\u0110à Lạt") == fold("Da Lat")


def test_fold_aligned_keeps_offsets() -> None:
    text = "Thành phố Hồ Chí Minh, Việt Nam"
    folded = fold_aligned(text)
    assert len(folded) == len(text)
    assert folded[text.index("Hồ"):text.index("Hồ") + 2] == "ho"


def test_normalize_text_is_nfc_and_trims_spaces() -> None:
    assert normalize_text("Ha\u0300 No\u0323\u0302i  \r\n\r\n\r\nx") == "Hà Nội\n\nx"


def test_slugify() -> None:
    assert slugify("Piaggio Group") == "piaggio-group"


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_fold_aligned_preserves_length(text: str) -> None:
    assert len(fold_aligned(text)) == len(text)


@given(st.text())
def test_normalize_text_is_idempotent(text: str) -> None:
    assert normalize_text(normalize_text(text)) == normalize_text(text)
