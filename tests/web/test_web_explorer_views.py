"""The explorer's pure helpers: great-circle arcs split at the antimeridian, and the SDG
table kept equal to the one in ../shared/spec/sectors.md."""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys

import pytest
from conftest import SHARED, require

from citypact.web.explorer import great_circle, sdgs_of
from citypact.web.explorer.sectors import sdg_names, sector_goals

HANOI = (21.0245, 105.8412)
TURIN = (45.0705, 7.6868)
SAN_FRANCISCO = (37.7749, -122.4194)


def test_a_short_arc_is_one_line_from_one_end_to_the_other() -> None:
    (path,) = great_circle(TURIN, HANOI)
    assert path[0] == TURIN and path[-1] == HANOI
    assert len(path) > 10
    # A great circle from Turin to Hanoi bends north of both ends.
    assert max(lat for lat, _ in path) > TURIN[0]


def test_an_arc_across_the_pacific_is_split_at_the_antimeridian() -> None:
    west, east = great_circle(HANOI, SAN_FRANCISCO)
    assert west[0] == HANOI and east[-1] == SAN_FRANCISCO
    assert west[-1][1] == 180.0 and east[0][1] == -180.0
    assert west[-1][0] == east[0][0]
    for path in (west, east):
        steps = [abs(b[1] - a[1]) for a, b in itertools.pairwise(path)]
        assert max(steps) < 10


@pytest.mark.parametrize("points", [(TURIN, TURIN), ((0.0, 0.0), (0.0, 180.0))])
def test_degenerate_arcs_do_not_fail(points: tuple[tuple[float, float], ...]) -> None:
    paths = great_circle(*points)
    assert paths and all(len(path) >= 2 for path in paths)


def test_the_sdg_table_is_the_one_of_the_spec() -> None:
    spec = SHARED / "spec" / "sectors.md"
    require(spec.is_file(), f"{spec} is missing")
    rows = re.findall(r"^\| `(\w+)` \|[^|]*\| ([\d, ]+) \|$", spec.read_text(), re.M)
    assert len(rows) == 17
    for label, goals in rows:
        assert sector_goals(label) == tuple(int(g) for g in goals.split(",")), label
    assert set(sdg_names()) == set(range(1, 18))


def test_sdgs_count_every_claim_of_each_sector() -> None:
    counts = sdgs_of([("tourism", 2), ("economy_trade", 1), ("unknown_label", 5)])
    assert [(c.goal, c.count) for c in counts] == [(8, 3), (17, 1)]


LAYOUT_SCRIPT = """
import json, sys
import networkx as nx
from citypact.web.explorer.network import _layout
graph = nx.Graph()
graph.add_edges_from((f"n{i}", f"n{(i * 7 + 3) % 40}") for i in range(40))
graph.add_edges_from([("a", "b"), ("b", "c"), ("x", "y")])
print(json.dumps(sorted(_layout(graph.subgraph([n for n in graph if n != "n5"])).items())))
"""


def test_the_network_layout_is_the_same_in_every_process() -> None:
    """Server processes hash strings differently: the layout must not depend on it."""
    layouts = {subprocess.run([sys.executable, "-c", LAYOUT_SCRIPT], check=True,
                              capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3")}
    assert len(layouts) == 1
