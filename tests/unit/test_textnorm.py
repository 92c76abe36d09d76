import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from citypact.textnorm import _SPECIAL, fold, fold_aligned, normalize_text, simplify_han, slugify


def _fold_aligned_one_by_one(text: str) -> str:
    """The former ``fold_aligned``, one character at a time: the reference of the fast one."""
    folded = []
    for char in text:
        if char in _SPECIAL:
            folded.append(_SPECIAL[char])
        elif "\uac00" <= char <= "\ud7a3":
            folded.append(char)  # a Hangul syllable stays whole
        elif "\u4e00" <= char <= "\u9fff":
            folded.append(simplify_han(char))  # a traditional Han character is simplified
        elif "\u3040" <= char <= "\u30ff" and char.isalnum():
            folded.append(char)  # a kana letter keeps its voicing mark
        elif char.isalnum():
            base = unicodedata.normalize("NFD", char)[0]
            lowered = base.lower()
            first = lowered[0] if lowered else base
            folded.append(_SPECIAL.get(first, first))
        else:
            folded.append(" ")
    return "".join(folded)


def test_fold_removes_case_accents_and_punctuation() -> None:
    assert fold("Vĩnh Phúc") == fold("Vinh Phuc") == "vinh phuc"
    assert fold("HÀ NỘI") == "ha noi"
    assert fold("Emilia-Romagna") == fold("Emilia Romagna")
    assert fold("People's Committee") == fold("Peoples Committee")


def test_fold_maps_icelandic_eth_like_vietnamese_d() -> None:
    # GeoNames writes Đà Lạt with U+00D0; both must fold to the same key.
    assert fold("\u00d0à Lạt") == fold("\u0110à Lạt") == fold("Da Lat")


def test_fold_reads_a_greek_final_sigma_as_a_sigma() -> None:
    # "ΛΕΜΕΣΟΣ" in capitals lower-cases to a medial sigma: it is "Λεμεσός"
    assert fold("ΛΕΜΕΣΟΣ") == fold("Λεμεσός") == "λεμεσοσ"


def test_fold_reads_arabic_spellings_of_one_word_alike() -> None:
    # hamza seats, taa marbuta, alef maqsura, harakat and tatweel; Arabic-Indic digits
    assert fold("إشبيلية") == fold("اشبيليه") == "اشبيليه"
    assert fold("عمّان") == fold("عَمّان") == fold("عمان") == fold("عمـان")
    assert fold("على") == fold("علي") and fold("٤ آذار ٢٠٢٤") == "4 اذار 2024"


def test_normalize_text_drops_arabic_harakat_and_tatweel() -> None:
    assert normalize_text("مـدينة عمّان") == "مدينة عمان"


def test_fold_reads_traditional_han_characters_as_simplified() -> None:
    # Taiwan's press and the mainland's write one name in two scripts
    assert fold("臺北市長") == fold("台北市长") == "台北市长"
    assert fold("錢德勒") == fold("钱德勒") and fold("東京") == fold("东京")


def test_fold_keeps_the_voicing_marks_of_kana() -> None:
    # "パリ" (Paris) and "バリ" (Bali) are two names; the middle dot separates words
    assert fold("パリ") == "パリ" and fold("バリ") == "バリ" and fold("ダナン") == "ダナン"
    assert fold("グエン・ヴァン") == "グエン ヴァン"


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


# Latin text with some letters that fold outside ASCII (Greek, Cyrillic, Chinese, Thai):
# those texts take the other path of ``fold_aligned``.
_MIXED = st.text(alphabet=st.sampled_from(
    sorted(set(_LETTERS) | set(_LETTERS.upper())) + list("0123456789 .,-'’()\n“”–")
    + list("ΑαΩωДдЖжЯя東京漢字ไทย")))


@given(st.text())
def test_fold_aligned_equals_folding_one_character_at_a_time(text: str) -> None:
    assert fold_aligned(text) == _fold_aligned_one_by_one(text)


@given(_SIX_LANGUAGES)
def test_fold_aligned_of_the_six_languages_equals_the_reference(text: str) -> None:
    assert fold_aligned(text) == _fold_aligned_one_by_one(text)


@given(_MIXED)
def test_fold_aligned_of_mixed_scripts_equals_the_reference(text: str) -> None:
    assert fold_aligned(text) == _fold_aligned_one_by_one(text)


def test_fold_aligned_both_paths() -> None:
    latin = "Thành phố Hồ Chí Minh – “Đà Lạt”, ẞtraße & Ærø"
    assert fold_aligned(latin) == "thanh pho ho chi minh    da lat   strase   aro"
    mixed = latin + " Москва 東京"
    assert fold_aligned(mixed) == fold_aligned(latin) + " москва 东京"  # simplified too
    assert fold_aligned(mixed) == _fold_aligned_one_by_one(mixed)


@given(st.text(alphabet=st.sampled_from("abcxyzABCXYZ0123456789 '’-.")))
def test_fold_of_a_plain_ascii_word_equals_its_general_path(text: str) -> None:
    """``fold`` takes a short cut for a word of ASCII letters and digits; the general path
    (the word with a space around it) gives the same."""
    assert fold(text) == fold(f" {text} ")


def test_fold_keeps_hangul_syllables() -> None:
    # NFD would leave a syllable's first jamo only ("수원시는" as "ᄉᄋᄉᄂ")
    assert fold("수원시는 다낭시와") == "수원시는 다낭시와"
    assert fold_aligned("Huế에서") == "hue에서"


def test_normalize_text_puts_back_a_line_break_lost_after_a_heading() -> None:
    # the head stands alone inside a sentence elsewhere
    text = "Meeting with the Stuttgart RegionOpportunities for trade were shared.\n" \
           "The Stuttgart Region hosted it."
    assert normalize_text(text).split("\n")[:2] == [
        "Meeting with the Stuttgart Region", "Opportunities for trade were shared."]
    # the tail opens a sentence elsewhere
    assert normalize_text("Association Re:HumanismThe meeting ended. The end.") == (
        "Association Re:Humanism\nThe meeting ended. The end.")
    assert normalize_text("thành phố ModenaNgày 26/2, họ gặp ông Modena.") == (
        "thành phố Modena\nNgày 26/2, họ gặp ông Modena.")


def test_normalize_text_keeps_words_in_camel_case() -> None:
    for text in ("JavaScript is taught. Java is an island.", "YouTube channel. You can watch.",
                 "SoftBank said. SoftBank invested.", "McDonald and iPhone users.",
                 "#Modena #EmiliaRomagna", "HomeCrescitaSmart Cities: nuovi progetti"):
        assert normalize_text(text) == text


def test_normalize_text_puts_back_a_line_break_lost_after_an_all_caps_heading_or_a_byline(
        ) -> None:
    assert normalize_text("ĐÀ NẴNG - SAKAI: MỞ RỘNG HỢP TÁCChiều 11/3, hai bên đã ký.") == (
        "ĐÀ NẴNG - SAKAI: MỞ RỘNG HỢP TÁC\nChiều 11/3, hai bên đã ký.")
    assert normalize_text("UN'AMICIZIA CHE CONTINUARavenna e Chichester") == (
        "UN'AMICIZIA CHE CONTINUA\nRavenna e Chichester")
    assert normalize_text("Pubblicato il 12/03/2024 alle 10:15Ravenna e Chichester") == (
        "Pubblicato il 12/03/2024 alle 10:15\nRavenna e Chichester")
    assert normalize_text("Cập nhật: 08:30 12/03/2024Chiều 11/3") == (
        "Cập nhật: 08:30 12/03/2024\nChiều 11/3")


def test_normalize_text_keeps_plurals_and_words_after_capitals() -> None:
    for text in ("EU SMEs and NGOs met the CEOs.", "The UNESCO World Heritage site.",
                 "NATO HQ McDonald", "COVID-19 Vaccines"):
        assert normalize_text(text) == text
