"""The document object that travels through the components, and the pipeline.

Each component declares the ``Doc`` fields it ``requires`` and ``assigns``; the
pipeline checks, when it is built, that every requirement is assigned by an
earlier component (as spaCy's ``pipe_analysis`` does), so a misordered pipeline
fails at start-up, not on the thousandth document.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from citypact.errors import PipelineError
from citypact.extract.rules import rules_language
from citypact.extract.transliteration import Transliteration, write_back
from citypact.model import (
    Article,
    DocumentInfo,
    Event,
    Extraction,
    Link,
    Organization,
    Person,
    Place,
    Span,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date written in the text, normalised to ISO with its precision."""

    span: Span
    value: str
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``."""
    end_value: str | None = None
    """The end of a range ("10-14 October 2022"), else ``None``."""
    guessed: bool = False
    """The year is not written and the story has no date: it is the latest year the story
    writes in full, a guess good enough to order an itinerary, not to date a fact."""
    dateline: bool = False
    """The date the story is published under (its dateline or closing byline): it dates
    the story, not what the story reports."""


HEADING_LENGTH = 80
"""Longest line read as a heading."""


@dataclass(frozen=True, slots=True)
class Doc:
    """One document on its way through the components; each adds its fields."""

    article: Article
    language: str | None = None
    published: str | None = None
    sentences: tuple[Span, ...] = ()
    furniture: tuple[Span, ...] = ()
    """Lines of the page around the story (other stories' headlines, tags, a cookie
    banner): no place or link of the story is read there."""
    dates: tuple[DateMention, ...] = ()
    places: tuple[Place, ...] = ()
    organizations: tuple[Organization, ...] = ()
    people: tuple[Person, ...] = ()
    links: tuple[Link, ...] = ()
    events: tuple[Event, ...] = ()
    transliteration: Transliteration | None = None
    """When the text is read as its transliteration (``article`` holds it), the text as
    written and the offsets back to it."""
    timings: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def rules_language(self) -> str | None:
        """The language whose rules read the text: its own, or a close one's (Malay is read
        with Indonesian's rules); ``language`` stays what the text is written in."""
        return rules_language(self.language)

    def in_furniture(self, offset: int) -> bool:
        """Whether a character offset lies on a line of the page around the story."""
        return any(start <= offset < end for start, end in self.furniture)

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence span that holds a character offset."""
        for start, end in self.sentences:
            if start <= offset < end:
                return (start, end)
        return None

    def heading_at(self, span: Span) -> Span | None:
        """The line holding a span, when it is short enough to be a heading
        ("Day 2: October 11 – Latina"); ``None`` inside running text."""
        start = self.text.rfind("\n", 0, span[0]) + 1
        end = self.text.find("\n", span[1])
        end = len(self.text) if end < 0 else end
        return (start, end) if end - start <= HEADING_LENGTH else None

    def to_extraction(self) -> Extraction:
        info = dataclasses.replace(DocumentInfo.of(self.article), language=self.language,
                                   published=self.published)
        extraction = Extraction(document=info, places=self.places,
                                organizations=self.organizations, people=self.people,
                                links=self.links, events=self.events)
        if self.transliteration is None:
            return extraction
        return write_back(extraction, self.transliteration)


DOC_FIELDS = frozenset(f.name for f in dataclasses.fields(Doc)) - {"article", "timings"}


class Component(Protocol):
    """A pipeline step: reads the fields it requires, returns a Doc with those it assigns."""

    @property
    def name(self) -> str: ...

    @property
    def requires(self) -> tuple[str, ...]: ...

    @property
    def assigns(self) -> tuple[str, ...]: ...

    def __call__(self, doc: Doc) -> Doc: ...


class Pipeline:
    """An ordered, checked sequence of components."""

    def __init__(self, components: Sequence[Component],
                 clock: Callable[[], float] = time.perf_counter) -> None:
        self.components = tuple(components)
        # what each component's time in ``Doc.timings`` is read with: wall-clock by default;
        # a benchmark on a shared machine passes ``time.process_time`` (CPU time)
        self.clock = clock
        self._check()

    def _check(self) -> None:
        assigned: set[str] = set()
        for comp in self.components:
            unknown = (set(comp.requires) | set(comp.assigns)) - DOC_FIELDS
            if unknown:
                raise PipelineError(f"component {comp.name!r} names unknown fields {unknown}")
            missing = set(comp.requires) - assigned
            if missing:
                raise PipelineError(
                    f"component {comp.name!r} requires {sorted(missing)}, "
                    "which no earlier component assigns")
            assigned |= set(comp.assigns)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.components)

    def run(self, article: Article) -> Doc:
        """Run every component on the article; a failing component raises ``PipelineError``."""
        doc = Doc(article=article, language=article.language, published=article.published)
        for comp in self.components:
            start = self.clock()
            try:
                doc = comp(doc)
            except PipelineError:
                raise
            except Exception as exc:  # a component bug must name the component and document
                raise PipelineError(
                    f"component {comp.name!r} failed on {article.path or article.id}: {exc}"
                ) from exc
            doc.timings[comp.name] = doc.timings.get(comp.name, 0.0) + (
                self.clock() - start)
        return doc

    def extract(self, article: Article) -> Extraction:
        """The contract object for one article."""
        return self.run(article).to_extraction()
