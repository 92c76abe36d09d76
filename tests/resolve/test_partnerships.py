from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from citypact.model import Event, Link
from citypact.resolve.duplicates import MinHasher
from citypact.resolve.partnerships import (
    SourcedEvent,
    SourcedLink,
    build_partnerships,
    partnership_events,
    partnership_id,
)

TODAY = dt.date(2026, 11, 22)
STORY = ("Hanoi and the Ile-de-France region signed a new cooperation agreement on urban "
         "transport, heritage conservation and tourism during a visit of the regional "
         "president to the Vietnamese capital, marking thirty years of decentralised ties.")


def sourced(parties: tuple[str, ...], kind: str, date: str | None, doc: str,
            sectors: tuple[str, ...] = ()) -> SourcedLink:
    return SourcedLink(Link(parties, kind, date, sectors), doc)  # type: ignore[arg-type]


def test_one_record_per_set_of_parties_with_kind_history() -> None:
    links = [
        sourced(("Blois", "Hue"), "proposal", "2016-03", "a", ("tourism",)),
        sourced(("Hue", "Blois"), "agreement", "2017-05-23", "b", ("education_research",)),
        sourced(("blois", "HUE"), "twinning", "2019", "c"),
        sourced(("Hue", "Blois"), "cooperation", "2021-01-10", "d"),
        sourced(("Turin", "Ho Chi Minh City"), "cooperation", "2012", "e"),
    ]
    partnerships = build_partnerships(links, today=TODAY, dormant_after_years=5)
    assert len(partnerships) == 2
    blois = partnerships[0]
    assert blois.kind == "twinning"
    assert [(s.kind, s.date) for s in blois.history] == [
        ("proposal", "2016-03"), ("agreement", "2017-05-23"), ("twinning", "2019")]
    assert blois.established == "2017-05-23"
    assert (blois.first_reported, blois.last_reported) == ("2016-03", "2021-01-10")
    assert blois.status == "active"
    assert blois.sectors == ("education_research", "tourism")
    assert blois.sectors_by_year == (("2016", ("tourism",)), ("2017", ("education_research",)))
    assert blois.stories == 4
    assert blois.parties == ("Blois", "Hue"), "one spelling per party"
    assert partnerships[1].status == "dormant"


def test_each_party_takes_the_spelling_most_links_use() -> None:
    links = [sourced(("HANOI", "Turin"), "cooperation", "2020", "a"),
             sourced(("Hanoi", "Turin"), "cooperation", "2021", "b"),
             sourced(("Hanoi", "TURIN"), "agreement", "2022", "c")]
    (partnership,) = build_partnerships(links, today=TODAY)
    assert partnership.parties == ("Hanoi", "Turin")
    assert partnership.id == partnership_id(["hanoi", "turin"])


def test_a_link_without_two_distinct_parties_makes_no_partnership() -> None:
    links = [sourced(("Hanoi",), "proposal", "2020", "a"),
             sourced(("Hanoi", "HANOI"), "cooperation", "2021", "b"),
             sourced((), "cooperation", None, "c")]
    assert build_partnerships(links, today=TODAY) == []


def test_events_belong_to_the_partnerships_their_parties_include() -> None:
    links = [sourced(("Hue", "Blois"), "agreement", "2017", "a", ()),
             sourced(("Hue", "Tours"), "cooperation", "2017", "a", ())]
    events = [SourcedEvent(Event("signing", "2017", None, ("Hue", "Blois", "Tours")), "a", 0),
              SourcedEvent(Event("visit", "2017", None, ("Hue", "Tours")), "a", 1),
              SourcedEvent(Event("signing", "2018", None, ("Hue", "Blois")), "z", 0)]
    by_parties = {p.parties: p for p in build_partnerships(links, today=TODAY)}
    blois = partnership_events(by_parties[("Blois", "Hue")], events)
    tours = partnership_events(by_parties[("Hue", "Tours")], events)
    assert [e.event.type for e in blois] == ["signing"], "not the event of another document"
    assert [e.position for e in tours] == [0, 1]


def test_reprints_count_once_but_keep_every_source() -> None:
    hasher = MinHasher()
    reprint = "Published by another site. " + STORY
    other = "Da Nang and Shandong celebrated their twinning with a forum on green growth."
    story_of = hasher.group([("a", STORY), ("b", reprint), ("c", other)])
    assert story_of == {"a": "a", "b": "a", "c": "c"}
    links = [sourced(("Hanoi", "Île-de-France"), "agreement", "2019-07", d) for d in "ab"]
    (partnership,) = build_partnerships(links, today=TODAY, story_of=story_of)
    assert partnership.stories == 1
    assert {item.document_id for item in partnership.links} == {"a", "b"}


def test_minhash_similarity_estimates_jaccard() -> None:
    hasher = MinHasher(permutations=128, bands=32)
    a = hasher.signature(STORY)
    assert hasher.similarity(a, a) == 1.0
    b = hasher.signature("A completely different report about football in Genoa and Turin.")
    assert hasher.similarity(a, b) < 0.2


@given(st.lists(st.sampled_from(["Hanoi", "Turin", "Hà Nội", "TURIN", "Blois"]),
                min_size=2, max_size=4, unique=True))
def test_partnership_id_ignores_order_and_spelling_of_case(parties: list[str]) -> None:
    assert partnership_id(parties) == partnership_id(list(reversed(parties)))
    assert partnership_id(parties) == partnership_id([p.upper() for p in parties])
