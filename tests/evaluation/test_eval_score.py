"""score_document on hand-made gold and extractions, one rule of the Scoring spec at a time."""

from __future__ import annotations

import pytest
from evaluation_builders import (
    extraction,
    glink,
    gold,
    gorg,
    gperson,
    gplace,
    link,
    org,
    person,
    place,
)

from citypact.evaluation import Gold, SetCounts, Tally, gold_to_extraction, score_document

GOLD = gold(
    places=(gplace("Vinh Phuc", "region", "Vĩnh Phúc"), gplace("Tuscany", "region", "Toscana"),
            gplace("Florence", "city", "Firenze"), gplace("Italy", "country"),
            gplace("Vietnam", "country", "Viet Nam"),
            gplace("Pontedera", "city", optional=True)),
    organizations=(gorg("Piaggio Group", "Piaggio"),
                   gorg("Vietnam News Agency", "VNA", optional=True)),
    people=(gperson("Eugenio Giani", "Tuscany"), gperson("Dario Nardella", "Florence"),
            gperson("Anna Rossi", optional=True)),
    links=(glink("Vinh Phuc", "Tuscany", kind="agreement", date="2023-07-28",
                 sectors=("tourism", "industry")),
           glink("Florence", "Vietnam", date="2023-07-28"),
           glink("Piaggio Group", "Vinh Phuc", optional=True)),
    published="2023-07-28",
)


# -- names: folding and aliases ---------------------------------------------------------

def test_names_match_folded_and_through_gold_aliases() -> None:
    got = extraction(places=(place("VĨNH PHÚC", "region"), place("Toscana", "region"),
                             place("firenze"), place("Italy", "country"),
                             place("Viet-Nam", "country")))
    assert score_document(GOLD, got).scores.places == SetCounts(5, 0, 5, 0)


def test_an_extracted_organisation_also_matches_through_its_own_aliases() -> None:
    got = extraction(organizations=(org("Piaggio & C. SpA", "Piaggio Group"),))
    assert score_document(GOLD, got).scores.organizations == SetCounts(1, 0, 1, 0)


def test_a_name_outranks_an_alias_of_another_entity() -> None:
    genoa = gold(places=(gplace("Genoa"),), organizations=(gorg("Genoa CFC", "Genoa"),))
    got = extraction(places=(place("Genoa"),), organizations=(org("Genoa"),))
    scores = score_document(genoa, got).scores
    assert scores.places == scores.organizations == SetCounts(1, 0, 1, 0)


def test_people_are_matched_on_names() -> None:
    got = extraction(people=(person("eugenio  giani"), person("Giani")))
    scores = score_document(GOLD, got)
    assert scores.scores.people == SetCounts(correct=1, spurious=1, found=1, missed=1)
    assert scores.details.missed["people"] == ("Dario Nardella",)
    assert scores.details.spurious["people"] == ("Giani",)


# -- optional items ---------------------------------------------------------------------

def test_an_optional_item_not_found_is_not_missed() -> None:
    got = extraction(organizations=(org("Piaggio Group"),))
    assert score_document(GOLD, got).scores.organizations == SetCounts(1, 0, 1, 0)


def test_an_optional_item_listed_is_right_but_not_counted_in_recall() -> None:
    got = extraction(organizations=(org("VNA"),))
    counts = score_document(GOLD, got).scores.organizations
    assert counts == SetCounts(correct=1, spurious=0, found=0, missed=1)
    assert (counts.precision, counts.recall) == (1.0, 0.0)


# -- duplicates ---------------------------------------------------------------------------

def test_duplicates_of_one_gold_item_count_once() -> None:
    got = extraction(places=(place("Vinh Phuc"), place("Vĩnh Phúc"), place("Vinh-Phuc")))
    assert score_document(GOLD, got).scores.places == SetCounts(1, 0, 1, 4)


def test_duplicates_of_one_wrong_name_count_once() -> None:
    got = extraction(places=(place("Atlantis"), place("ATLANTIS")))
    assert score_document(GOLD, got).scores.places.spurious == 1


# -- links: pairs ---------------------------------------------------------------------------

def test_link_parties_are_matched_through_aliases() -> None:
    got = extraction(links=(link("Toscana", "Vĩnh Phúc", kind="agreement"),))
    counts = score_document(GOLD, got).scores.links
    assert counts == SetCounts(correct=1, spurious=0, found=1, missed=1)


def test_link_parties_are_matched_through_extracted_organisation_aliases() -> None:
    got = extraction(organizations=(org("Piaggio & C. SpA", "Piaggio"),),
                     links=(link("Piaggio & C. SpA", "Vinh Phuc"),))
    assert score_document(GOLD, got).scores.links.correct == 1


def test_a_three_party_link_stands_for_every_pair() -> None:
    three = gold(places=(gplace("A"), gplace("B"), gplace("C")), links=(glink("A", "B", "C"),))
    two_pairs = extraction(links=(link("A", "B"), link("C", "B")))
    assert score_document(three, two_pairs).scores.links == SetCounts(2, 0, 2, 1)
    assert score_document(three, two_pairs).details.missed["links"] == ("A — C",)
    all_pairs = extraction(links=(link("B", "C", "A"),))
    assert score_document(three, all_pairs).scores.links == SetCounts(3, 0, 3, 0)


def test_pairs_of_two_countries_are_dropped_on_both_sides() -> None:
    countries = gold(places=(gplace("Italy", "country"), gplace("Vietnam", "country"),
                             gplace("Florence")),
                     links=(glink("Italy", "Vietnam", "Florence"),))
    got = extraction(links=(link("Vietnam", "Italy"), link("Florence", "Italy")))
    assert score_document(countries, got).scores.links == SetCounts(1, 0, 1, 1)


def test_a_country_unknown_to_the_gold_is_known_from_the_extraction() -> None:
    got = extraction(places=(place("France", "country"), place("Italy", "country")),
                     links=(link("France", "Italy"),))
    assert score_document(GOLD, got).scores.links.spurious == 0


def test_two_names_of_one_entity_make_no_pair() -> None:
    got = extraction(links=(link("Vinh Phuc", "Vĩnh Phúc"),))
    assert score_document(GOLD, got).scores.links.spurious == 0


def test_a_pair_keeps_its_most_formal_link() -> None:
    got = extraction(links=(link("Tuscany", "Vinh Phuc", kind="proposal", date="2020"),
                            link("Vinh Phuc", "Tuscany", kind="agreement", date="2023-07-28"),
                            link("Vinh Phuc", "Tuscany", kind="cooperation", date="2019")))
    scores = score_document(GOLD, got).scores
    assert scores.links.correct == 1
    assert scores.link_kind == Tally(1, 1)
    assert scores.link_date == Tally(1, 1)


def test_gold_pairs_keep_the_most_formal_link_and_are_optional_only_if_all_links_are() -> None:
    layered = gold(places=(gplace("A"), gplace("B"), gplace("C")),
                   links=(glink("A", "B", kind="cooperation", optional=True),
                          glink("A", "B", "C", kind="twinning", date="1999"),
                          glink("B", "C", kind="proposal", optional=True)))
    got = extraction(links=(link("A", "B", kind="twinning", date="1999"),))
    scores = score_document(layered, got).scores
    assert scores.links == SetCounts(correct=1, spurious=0, found=1, missed=2)
    assert scores.link_kind == scores.link_date == Tally(1, 1)


def test_a_pair_given_only_by_optional_links_is_optional() -> None:
    optional = gold(places=(gplace("A"), gplace("B")),
                    links=(glink("A", "B", optional=True), glink("A", "B", optional=True)))
    assert score_document(optional, extraction()).scores.links == SetCounts(0, 0, 0, 0)
    found = score_document(optional, extraction(links=(link("A", "B"),))).scores.links
    assert found == SetCounts(1, 0, 0, 0)


# -- links: kind, date, sectors ---------------------------------------------------------

def test_kind_and_date_are_judged_on_matched_pairs_only() -> None:
    got = extraction(links=(link("Vinh Phuc", "Tuscany", kind="cooperation", date="2023-07"),
                            link("Florence", "Vietnam", date="2023-07-28"),
                            link("Florence", "Tuscany", kind="twinning")))
    document = score_document(GOLD, got)
    assert document.scores.link_kind == Tally(1, 2)
    assert document.scores.link_date == Tally(1, 2)
    [kind] = document.details.wrong["link_kind"]
    assert (kind.expected, kind.got) == ("agreement", "cooperation")


@pytest.mark.parametrize(("expected", "got", "right"), [
    (None, None, True), (None, "2023", False), ("2023", None, False),
    ("2023-07", "2023-07-28", False), ("2023-07-28", "2023-07-28", True),
])
def test_dates_are_compared_as_strings_and_null_equals_null(
        expected: str | None, got: str | None, right: bool) -> None:
    dated = gold(places=(gplace("A"), gplace("B")), links=(glink("A", "B", date=expected),))
    scores = score_document(dated, extraction(links=(link("A", "B", date=got),))).scores
    assert scores.link_date == Tally(int(right), 1)


def test_sectors_are_micro_counted_over_matched_pairs() -> None:
    got = extraction(links=(link("Vinh Phuc", "Tuscany", sectors=("tourism", "energy")),
                            link("Florence", "Vietnam", sectors=("health",)),
                            link("Florence", "Tuscany", sectors=("governance",))))
    counts = score_document(GOLD, got).scores.link_sectors
    assert counts == SetCounts(correct=1, spurious=2, found=1, missed=1)
    assert counts.precision == pytest.approx(1 / 3)
    assert counts.recall == pytest.approx(1 / 2)


# -- empty cases ----------------------------------------------------------------------------

def test_nothing_expected_and_nothing_extracted_scores_one() -> None:
    metrics = score_document(gold(), extraction()).scores.metrics()
    assert set(metrics.values()) == {1.0}


def test_nothing_extracted_has_precision_one_and_recall_zero() -> None:
    scores = score_document(GOLD, extraction(language=None)).scores
    assert (scores.places.precision, scores.places.recall, scores.places.f1) == (1.0, 0.0, 0.0)
    assert scores.links == SetCounts(0, 0, 0, 2)
    assert scores.link_kind == Tally(0, 0)
    assert scores.link_kind.accuracy == 1.0


def test_extracting_from_an_empty_gold_has_precision_zero() -> None:
    scores = score_document(gold(), extraction(places=(place("Atlantis"),))).scores
    assert (scores.places.precision, scores.places.recall, scores.places.f1) == (0.0, 1.0, 0.0)


# -- document facts, affiliation, no-link rate ----------------------------------------------

def test_language_and_published_are_exact() -> None:
    scores = score_document(GOLD, extraction(language="en", published="2023-07")).scores
    assert scores.language == Tally(1, 1)
    assert scores.published == Tally(0, 1)
    undated = score_document(gold(), extraction(published=None)).scores
    assert undated.published == Tally(1, 1)


def test_affiliation_accepts_gold_aliases_and_both_null() -> None:
    got = extraction(people=(person("Eugenio Giani", "Toscana"),
                             person("Dario Nardella", "Tuscany"),
                             person("Anna Rossi"), person("Nobody", "Florence")))
    document = score_document(GOLD, got)
    assert document.scores.affiliation == Tally(2, 3)
    [wrong] = document.details.wrong["affiliation"]
    assert (wrong.item, wrong.expected, wrong.got) == ("Dario Nardella", "Florence", "Tuscany")


def test_a_missing_affiliation_is_wrong() -> None:
    got = extraction(people=(person("Eugenio Giani"),))
    assert score_document(GOLD, got).scores.affiliation == Tally(0, 1)


def test_no_link_rate_is_judged_only_where_no_link_is_required() -> None:
    quiet = gold(places=(gplace("A"), gplace("B")))
    assert score_document(quiet, extraction()).scores.no_link == Tally(1, 1)
    noisy = extraction(links=(link("A", "B"),))
    assert score_document(quiet, noisy).scores.no_link == Tally(0, 1)
    assert score_document(GOLD, extraction()).scores.no_link == Tally(0, 0)


def test_listing_an_optional_link_keeps_a_document_quiet() -> None:
    implied = gold(places=(gplace("A"), gplace("B")), links=(glink("A", "B", optional=True),))
    scores = score_document(implied, extraction(links=(link("B", "A"),))).scores
    assert scores.no_link == Tally(1, 1)


# -- the yardstick ------------------------------------------------------------------------

@pytest.mark.parametrize("document", [GOLD, gold()])
def test_gold_scored_against_itself_is_perfect(document: Gold) -> None:
    metrics = score_document(document, gold_to_extraction(document)).scores.metrics()
    assert set(metrics.values()) == {1.0}


def test_details_list_misses_and_spurious_items() -> None:
    got = extraction(places=(place("Florence"), place("Atlantis")),
                     links=(link("Florence", "Atlantis"),), published="2023-07-28")
    details = score_document(GOLD, got).details
    assert details.missed["places"] == ("Vinh Phuc", "Tuscany", "Italy", "Vietnam")
    assert details.spurious["places"] == ("Atlantis",)
    assert details.spurious["links"] == ("Atlantis — Florence",)
    as_json = details.to_dict()
    assert as_json["missed"] == {
        "places": ["Vinh Phuc", "Tuscany", "Italy", "Vietnam"],
        "organizations": ["Piaggio Group"],
        "people": ["Eugenio Giani", "Dario Nardella"],
        "links": ["Tuscany — Vinh Phuc", "Florence — Vietnam"]}
    assert as_json["wrong"] == {}
