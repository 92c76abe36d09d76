"""Visits on the dev corpus against the hand-written table ``expected_visits_dev.toml``.

The table (names, dates and line numbers only; the texts stay in ../shared) lists who
visited whom in every dev article. An article that reports a visit must yield a visit
event with that visitor first, that host among the other parties and a compatible date
(equal, or one a prefix of the other). The issue's target is 80% of the articles; the
floor below is the measured figure, raised as extraction improves.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from citypact.ingest.read import read_article
from citypact.textnorm import fold

TABLE = Path(__file__).with_name("expected_visits_dev.toml")
ARTICLE_FLOOR = 0.82


def _canonical(gold: dict[str, Any]) -> dict[str, str]:
    names = {}
    for entity in gold["places"] + gold["organizations"]:
        for name in (entity["name"], *entity.get("aliases", [])):
            names[fold(name)] = entity["name"]
    return names


def _dates_agree(expected: str | None, got: str | None) -> bool:
    if expected is None:
        return True
    return got is not None and (got.startswith(expected) or expected.startswith(got))


def _found(visit: dict[str, Any], events: list[tuple[tuple[str, ...], str | None]]) -> bool:
    return any(parties[:1] == (visit["visitor"],) and visit["host"] in parties[1:]
               and _dates_agree(visit.get("date"), date) for parties, date in events)


def test_the_table_names_gold_entities(corpus_dir: Path) -> None:
    table = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    assert len(table["doc"]) == len(list((corpus_dir / "dev").glob("*.txt")))
    for doc in table["doc"]:
        names = set(_canonical(json.loads((corpus_dir / "dev" / f"{doc['name']}.json")
                                          .read_text(encoding="utf-8"))).values())
        for visit in doc.get("visits", []):
            assert {visit["visitor"], visit["host"]} <= names, doc["name"]


def test_articles_with_a_visit_yield_it_with_direction_and_date(
        corpus_dir: Path, pipeline: Any) -> None:
    table = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    articles = right = 0
    for doc in table["doc"]:
        expected = [v for v in doc.get("visits", []) if not v.get("planned")]
        if not expected:
            continue
        gold = json.loads((corpus_dir / "dev" / f"{doc['name']}.json").read_text("utf-8"))
        names = _canonical(gold)
        extraction = pipeline.extract(read_article(corpus_dir / "dev" / f"{doc['name']}.txt"))
        events = [(tuple(names.get(fold(p), p) for p in e.parties), e.date)
                  for e in extraction.events if e.type == "visit"]
        articles += 1
        right += any(_found(v, events) for v in expected)
    assert right / articles >= ARTICLE_FLOOR, f"{right}/{articles} articles"
