"""`citypact extract` prints valid objects of the extraction contract for the seeds."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from citypact.ingest import read_article
from citypact.model import EVENT_TYPES, FORMAT, LINK_KINDS
from citypact.serialize import extraction_from_dict, extraction_to_dict

SECTORS = {
    "economy_trade", "industry", "agriculture_food", "tourism", "culture_heritage",
    "education_research", "innovation_technology", "smart_city_digital", "energy",
    "environment_climate", "waste_circular", "urban_planning", "transport_mobility",
    "health", "governance", "finance_banking", "social_exchange",
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_spans(spans: Any, text: str) -> None:
    assert isinstance(spans, list)
    for span in spans:
        assert isinstance(span, list) and len(span) == 2
        start, end = span
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start < end <= len(text)


def check_first_mention_order(items: list[dict[str, Any]]) -> None:
    firsts = [min(s[0] for s in item["mentions"]) for item in items if item["mentions"]]
    assert firsts == sorted(firsts)


def validate(obj: dict[str, Any], text: str) -> None:
    """Every field of ``extraction-format.md``, with its type and allowed values."""
    assert obj["format"] == FORMAT
    assert set(obj) >= {"format", "document", "places", "organizations", "people", "links",
                        "events"}
    doc = obj["document"]
    assert re.fullmatch(r"[0-9a-f]{64}", doc["id"])
    for key in ("path", "url", "title", "language", "published"):
        assert key in doc and (doc[key] is None or isinstance(doc[key], str))
    assert doc["published"] is None or DATE.match(doc["published"])
    for place in obj["places"]:
        # GeoNames, ISO 3166, or our own id for a region that has neither (a metropolitan
        # region named after its city: "region:DE-stuttgart-region").
        assert place["id"].startswith(("geonames:", "iso3166-2:", "iso3166-1:", "region:"))
        assert place["kind"] in ("city", "region", "country")
        assert place["country"] is None or re.fullmatch(r"[A-Z]{2}", place["country"])
        assert place["lat"] is None or -90 <= place["lat"] <= 90
        assert place["lon"] is None or -180 <= place["lon"] <= 180
        assert place["mentions"]
        check_spans(place["mentions"], text)
    check_first_mention_order(obj["places"])
    for org in obj["organizations"]:
        assert org["id"].startswith("org:") and org["name"]
        check_spans(org["mentions"], text)
    for person in obj["people"]:
        assert person["name"]
        check_spans(person["mentions"], text)
    names = {p["name"] for p in obj["places"]} | {o["name"] for o in obj["organizations"]}
    for link in obj["links"]:
        assert len(link["parties"]) >= 2 and len(set(link["parties"])) == len(link["parties"])
        assert link["kind"] in LINK_KINDS
        assert link["date"] is None or DATE.match(link["date"])
        assert set(link["sectors"]) <= SECTORS
        assert 0.0 <= link["confidence"] <= 1.0
        check_spans(link["evidence"], text)
        assert link["evidence_text"] == [text[s:e] for s, e in link["evidence"]]
        assert names  # a link needs named parties somewhere in the document
    for event in obj["events"]:
        assert event["type"] in EVENT_TYPES
        assert event["date"] is None or DATE.match(event["date"])
        check_spans(event["evidence"], text)


@pytest.fixture(scope="module")
def seed_files(corpus_dir: Path) -> list[Path]:
    files = sorted((corpus_dir / "seeds").glob("*.txt"))
    assert len(files) == 5
    return files


def test_extract_cli_prints_valid_contract_objects(seed_files: list[Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "citypact", "extract", *map(str, seed_files), "--format", "jsonl"],
        capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().split("\n")
    assert len(lines) == len(seed_files)
    for line, path in zip(lines, seed_files, strict=True):
        obj = json.loads(line)
        article = read_article(path)
        assert obj["document"]["id"] == article.id
        validate(obj, article.text)
        # The contract round-trips through the model.
        assert extraction_to_dict(extraction_from_dict(obj)) == obj


def test_extract_rejects_an_unknown_format(seed_files: list[Path]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "citypact", "extract", str(seed_files[0]), "--format", "xml"],
        capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "jsonl" in result.stderr
