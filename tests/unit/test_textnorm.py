import unicodedata

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


# Letters of the six languages in both cases (not "ẞ", the rare capital sharp s, which
# folds to "ß" where "ß" folds to "s"), digits, spaces and punctuation.
_LETTERS = ("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿñáíóúœæß"
            "ăâđêôơưảãạắằẳẵặấầẩẫậẻẽẹếềểễệỉĩịỏõọốồổỗộớờởỡợủũụứừửữựỳỷỹỵ")
_SIX_LANGUAGES = st.text(alphabet=st.sampled_from(
    sorted(set(_LETTERS) | set(_LETTERS.upper())) + list("0123456789 .,-'’()\n")))


@given(st.text())
def test_fold_aligned_leaves_lower_case_letters_digits_and_spaces(text: str) -> None:
    # The phrase automaton relies on it: a word boundary is a space.
    assert all(c == " " or (c.isalnum() and c == c.lower()) for c in fold_aligned(text))


@given(st.text(), st.text())
def test_fold_aligned_folds_character_by_character(left: str, right: str) -> None:
    assert fold_aligned(left + right) == fold_aligned(left) + fold_aligned(right)


@given(st.text())
def test_fold_ignores_the_normalisation_form(text: str) -> None:
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)
    assert fold(unicodedata.normalize("NFC", text)) == fold(text)


@given(st.text())
def test_fold_has_single_spaces_and_no_edges(text: str) -> None:
    folded = fold(text)
    assert "  " not in folded and folded == folded.strip()


@given(_SIX_LANGUAGES)
def test_fold_ignores_case_in_the_six_languages(text: str) -> None:
    assert fold(text.lower()) == fold(text)


@given(_SIX_LANGUAGES)
def test_fold_reads_the_icelandic_eth_as_vietnamese_d(text: str) -> None:
    eth = text.replace("Đ", "\u00d0").replace("đ", "\u00f0")
    assert fold(eth) == fold(text)
