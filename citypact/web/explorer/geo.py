"""Great-circle arcs for the map, split where they cross the antimeridian."""

from __future__ import annotations

import itertools
import math

LatLon = tuple[float, float]

DEGREES_PER_STEP = 4.0
"""One point every 4 degrees of arc: smooth at world scale, small in JSON."""


def great_circle(a: LatLon, b: LatLon) -> list[list[LatLon]]:
    """The shorter great-circle arc from ``a`` to ``b`` as polylines of ``(lat, lon)``.

    An arc that crosses the antimeridian comes back as two polylines, each ending on
    it (longitude 180 on one side, -180 on the other), so that a flat map draws no
    line across the whole world.
    """
    points = _interpolate(a, b)
    paths: list[list[LatLon]] = [[points[0]]]
    for before, after in itertools.pairwise(points):
        if abs(after[1] - before[1]) > 180:
            edge = 180.0 if before[1] > 0 else -180.0
            lat = _latitude_at_edge(before, after, edge)
            paths[-1].append((lat, edge))
            paths.append([(lat, -edge)])
        paths[-1].append(after)
    return paths


def _interpolate(a: LatLon, b: LatLon) -> list[LatLon]:
    """Points along the arc (spherical linear interpolation of unit vectors)."""
    ax, ay, az = _vector(a)
    bx, by, bz = _vector(b)
    angle = math.acos(max(-1.0, min(1.0, ax * bx + ay * by + az * bz)))
    sin_angle = math.sin(angle)
    if sin_angle < 1e-9:
        return [a, b]
    steps = max(1, math.ceil(math.degrees(angle) / DEGREES_PER_STEP))
    points = [a]
    for i in range(1, steps):
        t = i / steps
        wa = math.sin((1 - t) * angle) / sin_angle
        wb = math.sin(t * angle) / sin_angle
        x, y, z = wa * ax + wb * bx, wa * ay + wb * by, wa * az + wb * bz
        points.append((round(math.degrees(math.atan2(z, math.hypot(x, y))), 3),
                       round(math.degrees(math.atan2(y, x)), 3)))
    points.append(b)
    return points


def _vector(point: LatLon) -> tuple[float, float, float]:
    lat, lon = math.radians(point[0]), math.radians(point[1])
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))


def _latitude_at_edge(before: LatLon, after: LatLon, edge: float) -> float:
    """Where the segment from ``before`` to ``after`` meets longitude ``edge`` (linear in
    longitude once ``after`` is unwrapped to the same side)."""
    after_lon = after[1] + (360 if edge > 0 else -360)
    span = after_lon - before[1]
    share = (edge - before[1]) / span if span else 0.0
    return round(before[0] + share * (after[0] - before[0]), 4)
