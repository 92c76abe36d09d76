"""Wrappers found beside a name: kind, side, span and metropolitan templates."""

from __future__ import annotations

import pytest

from citypact.gazetteer.cues import PlaceCues


@pytest.fixture(scope="module")
def cues() -> PlaceCues:
    return PlaceCues.load()


@pytest.mark.parametrize(("text", "name", "wrapper", "kind"), [
    pytest.param("la ville d'Orange", "Orange", "ville d", "city", id="fr-elided"),
    pytest.param("la région d’Occitanie", "Occitanie", "région d", "region", id="fr-curly"),
    pytest.param("una città d'Italia", "Italia", "città d", "city", id="it-elided"),
    pytest.param("Comune di Foligno", "Foligno", "Comune di", "city", id="it"),
    pytest.param("UBND TP. Huế", "Huế", "TP", "city", id="vi-abbreviation"),
])
def test_wrapper_before_spans_its_words(cues: PlaceCues, text: str, name: str, wrapper: str,
                                        kind: str) -> None:
    found = cues.wrapper_before(text, text.index(name))
    assert found is not None
    assert (text[slice(*found.span)], found.kind, found.before) == (wrapper, kind, True)


def test_wrapper_after(cues: PlaceCues) -> None:
    text = "the Latina province"
    found = cues.wrapper_after(text, text.index(" province"))
    assert found is not None
    assert (text[slice(*found.span)], found.kind, found.before) == ("province", "region", False)


@pytest.mark.parametrize(("text", "name", "kind", "template"), [
    # "Region" is also a region's wrapper ("Region Lombardei"); the others wrap a city.
    pytest.param("the Region Stuttgart", "Stuttgart", "region", "{name} Region", id="de"),
    pytest.param("Greater Manchester", "Manchester", "city", "Greater {name}", id="en"),
    pytest.param("l'area metropolitana di Milano", "Milano", "city",
                 "Metropolitan Area of {name}", id="it"),
    pytest.param("l'aire métropolitaine d'Orléans", "Orléans", "city",
                 "Metropolitan Area of {name}", id="fr"),
])
def test_metropolitan_wrapper_before_carries_its_template(
        cues: PlaceCues, text: str, name: str, kind: str, template: str) -> None:
    found = cues.wrapper_before(text, text.index(name))
    assert found is not None and (found.kind, found.template) == (kind, template)


def test_capitalised_metropolitan_word_counts_only_capitalised(cues: PlaceCues) -> None:
    upper = cues.wrapper_after("the Stuttgart Region", len("the Stuttgart"))
    lower = cues.wrapper_after("the Stuttgart region", len("the Stuttgart"))
    assert upper is not None and upper.template == "{name} Region"
    assert lower is not None and (lower.kind, lower.template) == ("region", None)
    assert cues.wrapper_before("a greater Manchester", len("a greater ")) is None
