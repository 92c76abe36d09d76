"""The network: parties as nodes (sized by degree), partnerships as edges; positions are
computed here with networkx so that the browser only draws."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import combinations

import networkx as nx
from sqlalchemy.orm import Session

from citypact.store import ExploreFilters
from citypact.store.queries import count_explored, most_reported, partnership_parties

MAX_PARTNERSHIPS = 1500
"""Partnerships read at most, the most reported first (as on the map)."""
MAX_NODES = 300
"""Nodes drawn at most, the best connected first: beyond that a force layout is slow
(networkx's force method is quadratic) and the drawing unreadable."""
SPACING = 80.0
"""Pixels (Cytoscape's, at zoom 1) per node along a component's radius, scaled by the
square root of its size: a fitted drawing shows nodes and labels at their natural size."""
GAP = 120.0
"""Pixels between the boxes of two components."""


@dataclass(frozen=True, slots=True)
class NetworkNode:
    id: str
    """The entity id, else ``name:<party name>`` for a party no entity was found for."""
    name: str
    kind: str | None
    """``place``, ``organization`` or ``None``."""
    country: str | None
    degree: int
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class NetworkEdge:
    partnership_id: str
    source: str
    target: str
    kind: str
    status: str
    stories: int


@dataclass(frozen=True, slots=True)
class NetworkData:
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]
    nodes_total: int
    """Nodes before the ``MAX_NODES`` cut."""
    partnerships: int
    """Filtered partnerships."""
    partnerships_drawn: int
    """Of those, the ones read (at most ``MAX_PARTNERSHIPS``, the most reported)."""


@dataclass(frozen=True, slots=True)
class _Party:
    node: str
    name: str
    kind: str | None
    country: str | None


def network_data(session: Session, filters: ExploreFilters) -> NetworkData:
    """The parties of the most reported filtered partnerships and an edge per pair of
    parties of each, laid out (deterministically: a fixed seed) by networkx."""
    graph: nx.Graph = nx.Graph()
    info: dict[str, _Party] = {}
    edges: list[NetworkEdge] = []
    found = _partnerships(session, filters)
    for (pid, kind, status, stories), parties in found.items():
        for party in parties:
            info[party.node] = party
        for a, b in combinations(sorted({p.node for p in parties}), 2):
            edges.append(NetworkEdge(pid, a, b, kind, status, stories))
            graph.add_edge(a, b)
    degree: Counter[str] = Counter(dict(graph.degree()))
    kept = {node for node, _ in sorted(degree.items(), key=lambda i: (-i[1], i[0]))[:MAX_NODES]}
    graph = graph.subgraph(kept)
    positions = _layout(graph)
    nodes = tuple(NetworkNode(node, info[node].name, info[node].kind, info[node].country,
                              degree[node], *positions[node])
                  for node in sorted(kept, key=lambda n: (-degree[n], info[n].name)))
    shown = tuple(e for e in edges if e.source in kept and e.target in kept)
    return NetworkData(nodes, shown, len(degree), count_explored(session, filters), len(found))


def _partnerships(session: Session, filters: ExploreFilters
                  ) -> dict[tuple[str, str, str, int], list[_Party]]:
    """The most reported filtered partnerships (by id: the order edges come in) with their
    parties in order."""
    top = sorted(most_reported(session, filters, MAX_PARTNERSHIPS), key=lambda p: p.id)
    parties = partnership_parties(session, [p.id for p in top])
    return {(p.id, p.kind, p.status, p.stories): [
                _Party(party.entity_id or f"name:{party.name}", party.name, party.entity_kind,
                       party.country) for party in parties[p.id]]
            for p in top if parties.get(p.id)}


def _layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Pixel positions: each connected component laid out on its own by networkx's
    force-directed layout (a fixed seed: the same data gives the same picture; the force
    method whatever the size, the energy one needs scipy), then the components packed in
    rows, largest first. One layout of the whole graph lets small components drift far
    apart or onto each other."""
    components = sorted((sorted(c) for c in nx.connected_components(graph)),
                        key=lambda c: (-len(c), c[0]))
    boxes = [_component(_in_order(graph, c)) for c in components]
    area = sum((2 * radius + GAP) ** 2 for _, radius in boxes)
    row_width = max([2 * r + GAP for _, r in boxes] + [1.6 * area ** 0.5])
    positions: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for local, radius in boxes:
        box = 2 * radius + GAP
        if x and x + box > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in local.items():
            positions[node] = (round(x + radius + px, 1), round(y + radius + py, 1))
        x, row_height = x + box, max(row_height, box)
    return positions


def _in_order(graph: nx.Graph, nodes: list[str]) -> nx.Graph:
    """The subgraph of these nodes, in this order: the layout places nodes in graph order,
    and a subgraph view may follow a set's order, which changes from process to process
    (two server processes drew the same data differently)."""
    ordered: nx.Graph = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(graph.subgraph(nodes).edges())
    return ordered


def _component(graph: nx.Graph) -> tuple[dict[str, tuple[float, float]], float]:
    """A connected component's positions around (0, 0), and its radius."""
    size = graph.number_of_nodes()
    if size == 1:
        return {str(node): (0.0, 0.0) for node in graph}, 0.0
    radius = SPACING * size ** 0.5
    raw = nx.spring_layout(graph, k=1.5 / size ** 0.5, seed=7, iterations=80,
                           method="force", scale=radius)
    return {str(node): (float(px), float(py)) for node, (px, py) in raw.items()}, radius
