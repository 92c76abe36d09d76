"""Properties of the scorer: bounded scores, order-free pairs, gold against itself is perfect."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from evaluation_builders import extraction
from hypothesis import given
from hypothesis import strategies as st

from citypact.evaluation import (
    Gold,
    GoldLink,
    GoldOrganization,
    GoldPerson,
    GoldPlace,
    gold_to_extraction,
    load_gold,
    score_document,
)
from citypact.evaluation.matching import gold_pairs
from citypact.model import LINK_KINDS, Extraction, Link, Organization, Person, Place

ENTITY_NAMES = ("Hanoi", "Turin", "Da Nang", "Florence", "Vinh Phuc", "Tuscany", "Hue",
                "Italy", "Vietnam", "Piaggio Group", "Eurocities", "Becamex IDC")
ALIASES = ("Ha Noi", "Torino", "Đà Nẵng", "Firenze", "Toscana", "Piaggio", "Huế", "Viet Nam")
PEOPLE = ("Anna Rossi", "Nguyen Van A", "Mario Bianchi", "Tran Thi B")
SECTORS = ("tourism", "industry", "energy", "health")
dates = st.sampled_from((None, "2020", "2020-05", "2020-05-01"))
kinds = st.sampled_from(LINK_KINDS)
place_kinds = st.sampled_from(("city", "region", "country"))


@st.composite
def golds(draw: st.DrawFn) -> Gold:
    names = draw(st.lists(st.sampled_from(ENTITY_NAMES), unique=True, max_size=8))
    is_place = [draw(st.booleans()) for _ in names]
    aliases = [tuple(draw(st.lists(st.sampled_from(ALIASES), max_size=2))) for _ in names]
    flags = [draw(st.booleans()) for _ in names]
    places = tuple(GoldPlace(n, draw(place_kinds), None, a, o)
                   for n, p, a, o in zip(names, is_place, aliases, flags, strict=True) if p)
    organizations = tuple(GoldOrganization(n, None, a, o)
                          for n, p, a, o in zip(names, is_place, aliases, flags, strict=True)
                          if not p)
    affiliations = st.none() | st.sampled_from(names) if names else st.none()
    people = tuple(GoldPerson(n, None, draw(affiliations), draw(st.booleans()))
                   for n in draw(st.lists(st.sampled_from(PEOPLE), unique=True)))
    links: tuple[GoldLink, ...] = ()
    if len(names) >= 2:
        links = tuple(draw(st.lists(gold_links(names), max_size=5)))
    return Gold("doc", draw(st.sampled_from(("en", "it", "vi"))), draw(dates),
                places, organizations, people, links)


def gold_links(names: list[str]) -> st.SearchStrategy[GoldLink]:
    parties = st.lists(st.sampled_from(names), min_size=2, max_size=4, unique=True)
    return st.builds(GoldLink, parties.map(tuple), kinds, dates,
                     st.lists(st.sampled_from(SECTORS), unique=True).map(tuple),
                     st.none(), st.booleans())


any_name = st.sampled_from(ENTITY_NAMES + ALIASES + ("Atlantis", "ITALY", "hà nội"))


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    return extraction(
        places=tuple(Place(n, n, draw(place_kinds), None) for n in draw(st.lists(any_name))),
        organizations=tuple(Organization(n, n, aliases=tuple(draw(st.lists(any_name))))
                            for n in draw(st.lists(any_name, max_size=4))),
        people=tuple(Person(n, None, draw(st.none() | any_name))
                     for n in draw(st.lists(st.sampled_from(PEOPLE)))),
        links=tuple(draw(st.lists(st.builds(
            Link, st.lists(any_name, min_size=2, max_size=4).map(tuple), kinds, dates,
            st.lists(st.sampled_from(SECTORS)).map(tuple)), max_size=6))),
        language=draw(st.sampled_from(("en", "it", None))), published=draw(dates),
    )


@given(golds(), extractions())
def test_every_score_is_within_zero_and_one(gold: Gold, extracted: Extraction) -> None:
    for name, value in score_document(gold, extracted).scores.metrics().items():
        assert 0.0 <= value <= 1.0, name


@given(golds())
def test_gold_scored_against_itself_is_perfect(gold: Gold) -> None:
    metrics = score_document(gold, gold_to_extraction(gold)).scores.metrics()
    assert {name for name, value in metrics.items() if value != 1.0} == set()


@given(golds(), extractions(), st.data())
def test_scores_do_not_depend_on_the_order_of_link_parties(
        gold: Gold, extracted: Extraction, data: st.DataObject) -> None:
    shuffled = dataclasses.replace(extracted, links=tuple(
        dataclasses.replace(x, parties=tuple(data.draw(st.permutations(x.parties))))
        for x in extracted.links))
    assert score_document(gold, shuffled) == score_document(gold, extracted)


@given(golds(), st.data())
def test_gold_pairs_do_not_depend_on_the_order_of_link_parties(
        gold: Gold, data: st.DataObject) -> None:
    shuffled = dataclasses.replace(gold, links=tuple(
        dataclasses.replace(x, parties=tuple(data.draw(st.permutations(x.parties))))
        for x in gold.links))
    assert gold_pairs(shuffled) == gold_pairs(gold)


@pytest.mark.parametrize("corpus", ["seeds", "dev"])
def test_every_real_gold_file_scored_against_itself_is_perfect(
        corpus_dir: Path, corpus: str) -> None:
    paths = sorted((corpus_dir / corpus).glob("*.json"))
    assert paths, f"no gold file in {corpus_dir / corpus}"
    for path in paths:
        gold = load_gold(path)
        metrics = score_document(gold, gold_to_extraction(gold)).scores.metrics()
        assert {n for n, v in metrics.items() if v != 1.0} == set(), path.name


def test_spelling_variants_of_an_unknown_party_give_one_pair_whatever_the_order() -> None:
    empty = Gold("doc", "en")
    one = extraction(links=(Link(("hà nội", "Atlantis", "Ha Noi"), "cooperation"),))
    other = extraction(links=(Link(("Ha Noi", "Atlantis", "hà nội"), "cooperation"),))
    assert score_document(empty, one) == score_document(empty, other)
    assert score_document(empty, one).details.spurious["links"] == ("Atlantis — Ha Noi",)
