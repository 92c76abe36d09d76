"""The pipeline: its check of what components need, and its timing of each of them."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from citypact.errors import PipelineError
from citypact.extract.pipeline import Doc, Pipeline
from citypact.model import Article


@dataclasses.dataclass(frozen=True)
class Step:
    """A component that sets the language, or only reads it."""

    name: str
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:
        return dataclasses.replace(doc, language="en") if self.assigns else doc


def ticks(step: float) -> Iterator[float]:
    """A clock that moves by ``step`` at each reading."""
    now = 0.0
    while True:
        yield now
        now += step


def test_each_component_is_timed_with_the_pipeline_s_clock() -> None:
    clock = ticks(0.5)
    pipeline = Pipeline([Step("language", assigns=("language",)),
                         Step("reader", requires=("language",))],
                        clock=lambda: next(clock))
    doc = pipeline.run(Article(id="a", text="Hue and Blois."))
    assert doc.language == "en"
    assert doc.timings == {"language": 0.5, "reader": 0.5}


def test_a_component_needing_what_no_earlier_one_assigns_is_refused() -> None:
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([Step("reader", requires=("language",)),
                  Step("language", assigns=("language",))])
