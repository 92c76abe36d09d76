"""A text in a second script read as its transliteration: Serbian's Cyrillic."""

from __future__ import annotations

from typing import Any

import pytest

from citypact.extract.rules import transliterations
from citypact.extract.transliteration import transliterate, write_in_script
from citypact.model import Article

SERBIAN = transliterations()["sr"]


def test_a_letter_for_one_or_two_and_the_offsets_back() -> None:
    text = "Љубљана и ЉУБЉАНА, Џон у Нишу."
    reading = transliterate(text, SERBIAN)
    assert reading is not None
    assert reading.text == "Ljubljana i LJUBLJANA, Džon u Nišu."
    for word in ("Ljubljana", "LJUBLJANA", "Džon", "Nišu"):
        start = reading.text.index(word)
        written = reading.span((start, start + len(word)))
        assert text[written[0]:written[1]] == write_in_script(word, SERBIAN)


def test_a_text_with_no_letter_of_the_script_is_read_as_written() -> None:
    assert transliterate("Gradonačelnik Niša, 2025.", SERBIAN) is None


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Dragan Milić", "Драган Милић"),
    ("Gradonačelnik Niša", "Градоначелник Ниша"),
    ("LJUBLJANA", "ЉУБЉАНА"),
    ("Džon", "Џон"),
])
def test_a_name_is_written_back_in_the_script(latin: str, cyrillic: str) -> None:
    assert write_in_script(latin, SERBIAN) == cyrillic


@pytest.mark.slow
def test_a_serbian_text_in_cyrillic_is_read_with_the_latin_rules(pipeline: Any) -> None:
    """Places in their cases ("у Београду", "градоначелник Ниша"), the person in the text's letters,
    the evidence quoted as written, every span on the text as written."""
    text = ("Ниш и Кошице потписали су јуче у Београду споразум о сарадњи у области културе, "
            "рекао је градоначелник Ниша Драган Милић.")
    extraction = pipeline.extract(Article(id="sr-cyrl", text=text, published="2025-06-05"))
    assert extraction.document.language == "sr"
    places = {place.name: place for place in extraction.places}
    assert {"Košice", "Belgrade", "Niš"} <= set(places)
    start, end = places["Belgrade"].mentions[0]
    assert text[start:end] == "Београду"
    assert [(p.name, p.role) for p in extraction.people] == [
        ("Драган Милић", "градоначелник Ниша")]
    link = next(link for link in extraction.links if set(link.parties) == {"Košice", "Niš"})
    assert link.kind == "agreement" and link.date == "2025-06-04"
    assert link.evidence_text == (text,)


@pytest.mark.slow
def test_the_story_of_a_cyrillic_text_is_written_back(pipeline: Any) -> None:
    """A trip's stop and a project quote the text as written, the trip's leader in its
    letters; the story reads the rules of the language whose rules read the text (Serbian's
    are Croatian's: no file of its own)."""
    from citypact.process import read_document

    text = ("Делегација из Кошица, коју је предводио градоначелник Јан Ковач, посетила је јуче "
            "Ниш. Ниш и Кошице покренули су заједнички пројекат у области туризма.")
    story = read_document(pipeline, Article(id="sr-story", text=text,
                                            published="2025-06-05")).story
    (trip,) = story.trips
    assert trip.leaders == (("Јан Ковач", "градоначелник"),)
    assert [text[slice(*stop.evidence)] for stop in trip.stops] == [text[:text.index(" Ниш и")]]
    assert [text[slice(*project.evidence)] for project in story.projects] == [
        text[text.index("Ниш и"):]]
