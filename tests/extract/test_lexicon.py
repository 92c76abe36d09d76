"""The phrase lexicon: word-bounded, longest phrase first, found only where a phrase may
begin (an index of first words) with the hits of the plain alternation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citypact.extract.matchers.lexicon import Lexicon, text_key


def found(lexicon: Lexicon, text: str, start: int = 0, end: int | None = None) -> list[
        tuple[str, str]]:
    key = text_key(text, lexicon.keep_accents)
    return [(text[h.span[0]:h.span[1]], h.label) for h in lexicon.finditer(key, start, end)]


def test_longest_phrase_first_on_word_boundaries() -> None:
    lexicon = Lexicon([("vice mayor", "title"), ("mayor", "title"), ("may", "month")])
    assert found(lexicon, "The Vice-Mayor met the mayor in May; mayoral talks.") == [
        ("Vice-Mayor", "title"), ("mayor", "title"), ("May", "month")]


def test_a_han_phrase_matches_inside_a_run_of_han_characters() -> None:
    # Each Han character is a word of its own; a Latin phrase keeps its boundaries, a Han
    # character before it too ("和MoU": no hit; a class of Han characters in every
    # alternation was too slow to compile).
    lexicon = Lexicon([("友好城市", "twinning"), ("备忘录", "agreement"), ("mou", "agreement")])
    assert found(lexicon, "两市缔结友好城市关系并签署备忘录和 MoU，MoUs和MoU") == [
        ("友好城市", "twinning"), ("备忘录", "agreement"), ("MoU", "agreement")]


def test_a_blocked_phrase_hides_the_phrases_it_holds() -> None:
    lexicon = Lexicon([("tiếp", "visit"), ("tiếp đoàn", "visit"), ("ký", "signing")],
                      keep_accents=True, blocked=["tiếp tục", "trực tiếp", "thư ký"])
    assert found(lexicon, "Tổng Thư ký tiếp tục bay trực tiếp, rồi tiếp đoàn và ký.") == [
        ("tiếp đoàn", "visit"), ("ký", "signing")]


def test_a_star_matches_any_word_ending() -> None:
    lexicon = Lexicon([("touris*", "tourism"), ("start-up*", "innovation")])
    assert found(lexicon, "Tourism and tourists; Start-ups, not startups.") == [
        ("Tourism", "tourism"), ("tourists", "tourism"), ("Start-ups", "innovation")]


def test_a_star_inside_a_phrase_matches_any_ending_of_its_word() -> None:
    # each word of an inflected phrase ends as its case wants ("brodske linije", "brodskim
    # linijama"; "vysoké školy", "vysokými školami"), the first one too
    lexicon = Lexicon([("brodsk* linij*", "transport"), ("nastavil* put prema", "onward"),
                       ("vysok* škol*", "education")])
    assert found(lexicon, "Brodskim linijama su nastavili put prema vysokým školám; "
                          "brodski put.") == [
        ("Brodskim linijama", "transport"), ("nastavili put prema", "onward"),
        ("vysokým školám", "education")]


def test_a_leading_star_matches_the_head_of_a_compound() -> None:
    lexicon = Lexicon([("*industrie", "industry"), ("*verkehr*", "transport")])
    assert found(lexicon, "Elektronikindustrie, Industrie und Radverkehrsplanung; "
                          "Industriegebiet.") == [
        ("Elektronikindustrie", "industry"), ("Industrie", "industry"),
        ("Radverkehrsplanung", "transport")]


def test_a_leading_star_lets_arabic_clitics_come_before_a_phrase() -> None:
    # "و" (and), "ب" (by) and the article glued before the phrase's first word
    lexicon = Lexicon([("*مذكرة تفاهم", "agreement"), ("*توأمة", "twinning")])
    assert found(lexicon, "ومذكرة تفاهم، بمذكرة تفاهم، والتوأمة، مذكرة") == [
        ("ومذكرة تفاهم", "agreement"), ("بمذكرة تفاهم", "agreement"), ("والتوأمة", "twinning")]


def test_phrases_of_equal_length_are_tried_in_a_fixed_order() -> None:
    """Not by the hash order of a set, which changes from one process to the next."""
    lexicon = Lexicon([("wasserstoff*", "energy"), ("*technologie", "innovation")])
    assert found(lexicon, "Wasserstofftechnologie") == [
        ("Wasserstofftechnologie", "innovation")]


def test_an_ellipsis_stands_for_up_to_three_words() -> None:
    lexicon = Lexicon([("werken ... samen", "cooperation"), ("samenwerk*", "cooperation")])
    assert found(lexicon, "Ze werken samen, werken al sinds 2010 samen en gaan samenwerken; "
                          "ze werken aan een groot nieuw plan samen.") == [
        ("werken samen", "cooperation"), ("werken al sinds 2010 samen", "cooperation"),
        ("samenwerken", "cooperation")]


def test_accents_kept_and_dotted_phrases() -> None:
    lexicon = Lexicon([("TS.", "honorific"), ("bà", "honorific")], keep_accents=True)
    assert found(lexicon, "TS. Lan và Bà Hoa, ba người.") == [
        ("TS.", "honorific"), ("Bà", "honorific")]


def test_a_window_is_searched_as_if_the_text_ended_there() -> None:
    lexicon = Lexicon([("abc", "x")])
    assert found(lexicon, "abcd abc", 0, 3) == [("abc", "x")]
    assert found(lexicon, "abcd abc", 1) == [("abc", "x")]


WORDS = st.sampled_from(["a", "b", "ab", "ba", "abc", "à", "bà", "c"])
PHRASES = st.lists(
    st.tuples(st.sampled_from(["", "*"]), st.lists(WORDS, min_size=1, max_size=3).map(" ".join),
              st.sampled_from(["", "*", "."])).map("".join),
    min_size=1, max_size=6)
TEXTS = st.lists(st.tuples(WORDS, st.sampled_from([" ", ", ", "-", ". ", "’", "  ", ""])),
                 max_size=20).map(lambda parts: "".join(w + s for w, s in parts))


@given(PHRASES, TEXTS, st.booleans(), st.integers(0, 40), st.integers(0, 40))
def test_hits_are_those_of_the_plain_alternation(phrases: list[str], text: str,
                                                 accents: bool, a: int, b: int) -> None:
    lexicon = Lexicon([(p, f"l{i}") for i, p in enumerate(phrases)], keep_accents=accents)
    key = text_key(text, accents)
    start, end = sorted((min(a, len(key)), min(b, len(key))))
    for window in ((0, len(key)), (start, end)):
        expected = [(m.span(), m.lastgroup) for m in lexicon._regex.finditer(key, *window)]
        got = [(m.span(), m.lastgroup) for m in lexicon._matches(key, *window)]
        assert got == expected
