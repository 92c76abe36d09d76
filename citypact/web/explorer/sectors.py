"""Sector labels and the UN Sustainable Development Goals they map to (``sdgs.toml``)."""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "sdgs.toml"


@dataclass(frozen=True, slots=True)
class SdgCount:
    """A goal, its name, and how many claims of a dossier touch it."""

    goal: int
    name: str
    count: int


@cache
def _load() -> tuple[dict[str, tuple[int, ...]], dict[int, str]]:
    data = tomllib.loads(DATA.read_text(encoding="utf-8"))
    goals = {int(number): str(name) for number, name in data["goals"].items()}
    sectors = {label: tuple(int(g) for g in numbers)
               for label, numbers in data["sectors"].items()}
    unknown = {g for numbers in sectors.values() for g in numbers} - set(goals)
    if unknown:
        raise ValueError(f"{DATA.name}: sectors map to unknown goals {sorted(unknown)}")
    return sectors, goals


def sector_goals(label: str) -> tuple[int, ...]:
    """The goals of a sector label (none for a label the table does not know)."""
    return _load()[0].get(label, ())


def sdg_names() -> dict[int, str]:
    """Goal number -> short name."""
    return dict(_load()[1])



def sdgs_of(sector_counts: Iterable[tuple[str, int]]) -> list[SdgCount]:
    """The goals that these sectors (each with a count of claims) touch, most touched first."""
    counts: Counter[int] = Counter()
    for label, count in sector_counts:
        for goal in sector_goals(label):
            counts[goal] += count
    names = _load()[1]
    return [SdgCount(goal, names[goal], count)
            for goal, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
