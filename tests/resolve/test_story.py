"""resolve_story: the memberships, trips and projects of a document the pipeline ran on."""

from __future__ import annotations

import dataclasses

from citypact.extract.components.dates import DatesComponent
from citypact.extract.components.sentences import SentencesComponent
from citypact.extract.pipeline import Doc
from citypact.model import Article, Event, Link, Organization, Place
from citypact.resolve.story import facts_of_extraction, resolve_story

TEXT = ("Through Eurocities, a delegation from Lyon visited Hanoi on 2 June 2024. "
        "Lyon and Hanoi agreed to cooperate on water. "
        "A pilot project on flood warnings in Hanoi was launched.")


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def every(words: str) -> tuple[tuple[int, int], ...]:
    return tuple((i, i + len(words)) for i in range(len(TEXT)) if TEXT.startswith(words, i))


def doc() -> Doc:
    article = Article(id="story", text=TEXT, language="en", published="2024-06-05")
    read = DatesComponent()(SentencesComponent()(Doc(article=article, language="en",
                                                     published="2024-06-05")))
    visit = span("Through Eurocities, a delegation from Lyon visited Hanoi on 2 June 2024.")
    agreed = span("Lyon and Hanoi agreed to cooperate on water.")
    return dataclasses.replace(
        read,
        places=(Place("test:lyon", "Lyon", "city", "FR", mentions=every("Lyon")),
                Place("test:hanoi", "Hanoi", "city", "VN", mentions=every("Hanoi"))),
        organizations=(Organization("org:eurocities", "Eurocities", None, "programme",
                                    (span("Eurocities"),)),),
        links=(Link(("Lyon", "Hanoi"), "cooperation", "2024-06", evidence=(visit,)),
               Link(("Lyon", "Hanoi"), "cooperation", "2024-06", evidence=(agreed,))),
        events=(Event("visit", "2024-06-02", "Hanoi", ("Lyon", "Hanoi"), (visit,)),))


def test_a_story_resolved_from_its_doc() -> None:
    facts = resolve_story(doc())
    assert [(m.programme, m.link, m.direct) for m in facts.memberships] == [
        ("Eurocities", 0, True), ("Eurocities", 1, False)]
    [trip] = facts.trips
    assert (trip.visitors, trip.hosts, trip.start) == (("Lyon",), ("Hanoi",), "2024-06-02")
    [project] = facts.projects
    assert (project.status, project.places) == ("launched", ("Hanoi",))


def test_an_extraction_alone_gives_memberships_only() -> None:
    facts = facts_of_extraction(doc().to_extraction())
    assert [m.link for m in facts.memberships] == [0, 1]
    assert (facts.trips, facts.projects) == ((), ())
