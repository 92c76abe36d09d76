"""load_gold and gold_from_dict: typed gold objects, and clear messages for broken files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from citypact.errors import EvaluationError
from citypact.evaluation import (
    GoldLink,
    GoldOrganization,
    GoldPlace,
    gold_from_dict,
    gold_to_extraction,
    load_gold,
)


def valid() -> dict[str, Any]:
    return {
        "source": None, "language": "en", "published": "2023-07",
        "places": [{"name": "Vinh Phuc", "kind": "region", "country": "VN",
                    "aliases": ["Vĩnh Phúc"]},
                   {"name": "Tuscany", "kind": "region", "country": "IT", "aliases": []}],
        "organizations": [{"name": "Piaggio Group", "country": "IT", "aliases": ["Piaggio"],
                           "optional": True}],
        "people": [{"name": "Eugenio Giani", "role": "President", "affiliation": "Tuscany"}],
        "links": [{"parties": ["Vĩnh Phúc", "Tuscany"], "kind": "agreement", "date": None,
                   "sectors": ["tourism"], "evidence": "They signed."}],
    }


def test_a_valid_object_becomes_typed_gold() -> None:
    gold = gold_from_dict(valid(), name="d001")
    assert gold.name == "d001"
    assert gold.published == "2023-07"
    assert gold.places[0] == GoldPlace("Vinh Phuc", "region", "VN", ("Vĩnh Phúc",), False)
    assert gold.organizations == (GoldOrganization("Piaggio Group", "IT", ("Piaggio",), True),)
    assert gold.links == (GoldLink(("Vĩnh Phúc", "Tuscany"), "agreement", None, ("tourism",),
                                   "They signed.", False),)


def test_load_gold_names_the_gold_after_its_file(tmp_path: Path) -> None:
    path = tmp_path / "d042.json"
    path.write_text(json.dumps(valid()), encoding="utf-8")
    assert load_gold(path).name == "d042"


def test_every_real_gold_file_loads(corpus_dir: Path) -> None:
    paths = sorted(corpus_dir.glob("*/*.json"))
    assert paths
    for path in paths:
        assert load_gold(path).language


def test_gold_to_extraction_states_every_item() -> None:
    gold = gold_from_dict(valid(), name="d001")
    extracted = gold_to_extraction(gold)
    assert [p.name for p in extracted.places] == ["Vinh Phuc", "Tuscany"]
    assert extracted.organizations[0].aliases == ("Piaggio",)
    assert extracted.people[0].affiliation == "Tuscany"
    assert extracted.links[0].parties == ("Vĩnh Phúc", "Tuscany")
    assert (extracted.document.language, extracted.document.published) == ("en", "2023-07")


def broken(change: str) -> dict[str, Any]:
    data = valid()
    match change:
        case "missing links":
            del data["links"]
        case "places not a list":
            data["places"] = {}
        case "bad kind":
            data["places"][1]["kind"] = "town"
        case "bad date":
            data["links"][0]["date"] = "28/07/2023"
        case "bad published":
            data["published"] = "July 2023"
        case "unknown party":
            data["links"][0]["parties"] = ["Vinh Phuc", "Florence"]
        case "one party":
            data["links"][0]["parties"] = ["Vinh Phuc", "Vĩnh Phúc"]
        case "unknown affiliation":
            data["people"][0]["affiliation"] = "Florence"
        case "duplicate name":
            data["organizations"][0]["name"] = "TUSCANY"
        case "optional not a flag":
            data["organizations"][0]["optional"] = "yes"
        case "aliases not strings":
            data["places"][0]["aliases"] = [1]
        case "nameless":
            data["people"][0]["name"] = "—"
    return data


@pytest.mark.parametrize(("change", "message"), [
    ("missing links", "missing key(s) links"),
    ("places not a list", "'places' must be a list"),
    ("bad kind", "places[1]: 'kind' must be one of city, region, country, got 'town'"),
    ("bad date", "links[0]: 'date' must be YYYY-MM-DD"),
    ("bad published", "'published' must be YYYY-MM-DD"),
    ("unknown party", "party 'Florence' is no place or organization"),
    ("one party", "two or more distinct parties"),
    ("unknown affiliation", "affiliation 'Florence' is no place or organization"),
    ("duplicate name", "share the name 'Tuscany' / 'TUSCANY'"),
    ("optional not a flag", "organizations[0]: 'optional' must be true or false"),
    ("aliases not strings", "places[0]: 'aliases' must be a list of strings"),
    ("nameless", "people[0]: name '—' has no letter or digit"),
])
def test_a_broken_gold_says_where_and_what(change: str, message: str) -> None:
    with pytest.raises(EvaluationError, match=r"^d001\.json: ") as raised:
        gold_from_dict(broken(change), name="d001", where="d001.json")
    assert message in str(raised.value)


def test_a_gold_file_that_is_not_json_is_an_evaluation_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"bad\.json: not a UTF-8 JSON file"):
        load_gold(path)
    with pytest.raises(EvaluationError, match="cannot read gold file"):
        load_gold(tmp_path / "absent.json")
    with pytest.raises(EvaluationError, match="expected a JSON object, got list"):
        gold_from_dict([], name="x")
