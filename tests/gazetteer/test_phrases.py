"""The phrase automaton engine: word boundaries, folding, offsets."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from citypact.extract.matchers.phrases import PhraseMatcher, ScanText
from citypact.gazetteer.keys import name_key
from citypact.textnorm import fold_aligned


def spans(matcher: PhraseMatcher, text: str) -> list[tuple[str, int]]:
    return [(text[slice(*hit.span)], hit.key_id) for hit in matcher.scan(text)]


def test_finds_folded_keys_with_original_offsets() -> None:
    matcher = PhraseMatcher.from_keys([("ha noi", 1), ("ho chi minh city", 2), ("ho chi minh", 3)])
    text = "From  Hà   Nội to HO CHI MINH City."
    assert spans(matcher, text) == [("Hà   Nội", 1), ("HO CHI MINH", 3), ("HO CHI MINH City", 2)]


def test_unicode_word_boundaries() -> None:
    matcher = PhraseMatcher.from_keys([("roma", 1)])
    assert spans(matcher, "Romaña, Roma, Romano, roma.") == [("Roma", 1), ("roma", 1)]


def test_a_han_key_is_found_inside_a_run_of_han_characters() -> None:
    # Chinese writes no spaces: "岘港" inside "越南岘港市"; a Latin key keeps its boundaries
    # (and a space before it: "与Hue" is not read).
    matcher = PhraseMatcher.from_keys([("岘港", 1), ("越南", 2), ("hue", 3)])
    assert spans(matcher, "越南岘港市与 Hue、Huesca") == [("越南", 2), ("岘港", 1), ("Hue", 3)]


def test_a_katakana_key_is_no_part_of_a_longer_katakana_word() -> None:
    # Japanese: "ダナン" before "市" and after "の", but "ハノイ" not inside "ハノイダ", nor
    # "ミンス" inside "ミンスク"
    matcher = PhraseMatcher.from_keys([("ダナン", 1), ("ハノイ", 2), ("ミンス", 3), ("横浜", 4)])
    assert spans(matcher, "横浜市はベトナムのダナン市とハノイダ社とミンスク市") == [
        ("横浜", 4), ("ダナン", 1)]


def test_an_arabic_key_is_found_after_the_clitics_glued_before_it() -> None:
    # "و" (and), "ب" (in), "ل" + "ال" written "لل"; a name that opens with such a letter
    # ("لندن") is found as written, and no key inside another word ("بلدية")
    matcher = PhraseMatcher.from_keys([(name_key("إشبيلية"), 1), (name_key("القاهرة"), 2),
                                       (name_key("لندن"), 3), (name_key("دية"), 4)])
    assert spans(matcher, "وإشبيلية بإشبيلية للقاهرة وبالقاهرة لندن بلدية") == [
        ("إشبيلية", 1), ("إشبيلية", 1), ("للقاهرة", 2), ("القاهرة", 2), ("لندن", 3)]


def test_punctuation_is_a_space() -> None:
    matcher = PhraseMatcher.from_keys([("tp hcm", 1), ("emilia romagna", 2)])
    assert spans(matcher, "TP.HCM and Emilia-Romagna") == [("TP.HCM", 1), ("Emilia-Romagna", 2)]


def test_empty_matcher_finds_nothing() -> None:
    assert list(PhraseMatcher.from_keys([]).scan("anything")) == []


def test_save_and_load(tmp_path: Path) -> None:
    matcher = PhraseMatcher.from_keys([("torino", 7)])
    matcher.save(tmp_path / "a.automaton")
    loaded = PhraseMatcher.load(tmp_path / "a.automaton")
    assert len(loaded) == 1
    assert spans(loaded, "A Torino.") == [("Torino", 7)]


@given(st.text(alphabet=st.sampled_from(list("ab ÀĐ.\n  ")), max_size=60))
def test_squeezed_offsets_map_back(text: str) -> None:
    prepared = ScanText.of(text)
    folded = fold_aligned(text)
    assert "  " not in prepared.key
    for index, char in enumerate(prepared.key):
        assert folded[prepared.original(index)] == char



_KEYS = st.lists(st.text(alphabet=st.sampled_from(list("ab ")), min_size=1, max_size=4)
                 .map(lambda k: " ".join(k.split())).filter(bool), min_size=1, max_size=5,
                 unique=True)


@given(_KEYS, st.text(alphabet=st.sampled_from(list("abAB àĐ.,-\n")), max_size=40))
def test_hits_are_every_word_bounded_occurrence(keys: list[str], text: str) -> None:
    matcher = PhraseMatcher.from_keys((key, i) for i, key in enumerate(keys))
    prepared = ScanText.of(text)
    padded = f" {prepared.key} "  # a key stands between spaces or at an end of the text
    expected = sorted(
        ((prepared.original(p), prepared.original(p + len(key) - 1) + 1), i)
        for i, key in enumerate(keys) for p in range(len(padded))
        if padded.startswith(f" {key} ", p))
    hits = list(matcher.scan(text))
    assert sorted((hit.span, hit.key_id) for hit in hits) == expected
    assert all(hit.key == keys[hit.key_id] == name_key(text[slice(*hit.span)]) for hit in hits)
