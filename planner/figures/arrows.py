"""Movement arrows: a traced path beside a moving body point, or a turn around a body segment."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import pairwise

from planner.figures.camera import Camera
from planner.figures.geometry import Vec2, Vec3, add, apply, scale
from planner.figures.scene import Polygon, Polyline, Primitive
from planner.figures.style import ARROW, ARROW_HEAD, ARROW_WIDTH

MIN_LENGTH = 24.0  # cm: shorter movements get a longer arrow, centred on the movement
_RADIAL = 0.75  # a straight path whose distance from the body changes by this share of its length is radial


def _unit(x: float, y: float) -> Vec2:
    n = math.hypot(x, y)
    return (x / n, y / n) if n > 1e-9 else (1.0, 0.0)


def _head(tip: Vec2, direction: Vec2, weight: float) -> Polygon:
    dx, dy = _unit(*direction)
    size = ARROW_HEAD * weight
    base = (tip[0] - dx * size, tip[1] - dy * size)
    half = size * 0.55
    return Polygon(
        (tip, (base[0] - dy * half, base[1] + dx * half), (base[0] + dy * half, base[1] - dx * half)),
        ARROW,
        ARROW,
        0.8 * weight,
    )


def _path_length(points: Sequence[Vec2]) -> float:
    return sum(math.dist(a, b) for a, b in pairwise(points))


def _trim_end(points: list[Vec2], amount: float) -> list[Vec2]:
    """Shorten a polyline by `amount` at its end (so the shaft stops inside the head)."""
    result = list(points)
    while len(result) >= 2 and amount > 0:
        a, b = result[-2], result[-1]
        seg = math.dist(a, b)
        if seg > amount:
            t = (seg - amount) / seg
            result[-1] = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
            break
        amount -= seg
        result.pop()
    return result


def arrow(points: Sequence[Vec2], both_ways: bool = False, weight: float = 1.0) -> list[Primitive]:
    """A shaft along `points` with a head at the end (and the start, for a to-and-fro movement).

    `weight` scales line width and head size with the picture, so close-ups do not get heavy arrows.
    """
    pts = list(points)
    if len(pts) < 2 or _path_length(pts) < 1.0:
        return []
    pts = _lengthened(pts, MIN_LENGTH * weight)
    head = ARROW_HEAD * weight
    end_dir = (pts[-1][0] - pts[-2][0], pts[-1][1] - pts[-2][1])
    shaft = _trim_end(pts, head * 0.7)
    primitives: list[Primitive] = [_head(pts[-1], end_dir, weight)]
    if both_ways:
        start_dir = (pts[0][0] - pts[1][0], pts[0][1] - pts[1][1])
        shaft = list(reversed(_trim_end(list(reversed(shaft)), head * 0.7)))
        primitives.append(_head(pts[0], start_dir, weight))
    if len(shaft) >= 2:
        primitives.insert(0, Polyline(tuple(shaft), ARROW, ARROW_WIDTH * weight))
    return primitives


def _lengthened(points: list[Vec2], minimum: float) -> list[Vec2]:
    """Stretch a short path about its middle, along its overall direction, so a small movement shows."""
    missing = (minimum - _path_length(points)) / 2
    if missing <= 0:
        return points
    (ax, ay), (bx, by) = points[0], points[-1]
    dx, dy = _unit(bx - ax, by - ay)
    return [(ax - dx * missing, ay - dy * missing), *points, (bx + dx * missing, by + dy * missing)]


def offset_path(points: Sequence[Vec2], away_from: Vec2, offset: float, at_start: bool) -> list[Vec2]:
    """Move a path `offset` away from the body (centred on `away_from`) so it does not cover the limb.

    A path running across the body moves sideways. A path running towards or away from the body (a back
    rounding up, a chin drawing in) moves outwards along itself instead, clear of the point it starts
    (`at_start`) or ends at in the picture it is drawn on, which lies on the body surface.
    """
    if len(points) < 2:
        return list(points)
    mid = points[len(points) // 2]
    out = _unit(mid[0] - away_from[0], mid[1] - away_from[1])
    chord = math.dist(points[0], points[-1])
    nearly_straight = _path_length(points) <= 1.2 * chord
    closer = abs(math.dist(points[-1], away_from) - math.dist(points[0], away_from))
    if nearly_straight and closer > _RADIAL * chord:
        anchor = points[0] if at_start else points[-1]
        inner = min((p[0] - anchor[0]) * out[0] + (p[1] - anchor[1]) * out[1] for p in points)
        shift = offset - inner
        return [(p[0] + out[0] * shift, p[1] + out[1] * shift) for p in points]
    tangents = []
    for i in range(len(points)):
        a, b = points[max(i - 1, 0)], points[min(i + 1, len(points) - 1)]
        tangents.append(_unit(b[0] - a[0], b[1] - a[1]))
    tx, ty = tangents[len(points) // 2]
    sign = 1.0 if -ty * out[0] + tx * out[1] >= 0 else -1.0
    return [(p[0] - t[1] * offset * sign, p[1] + t[0] * offset * sign) for p, t in zip(points, tangents, strict=True)]


def bend_path(points: Sequence[Vec2], away_from: Vec2, amount: float) -> list[Vec2]:
    """Bow a path sideways into an arc, its middle `amount` away from `away_from` (negative: towards)."""
    if len(points) < 2 or amount == 0:
        return list(points)
    a, b = points[0], points[-1]
    tx, ty = _unit(b[0] - a[0], b[1] - a[1])
    normal = (-ty, tx)
    middle = ((a[0] + b[0]) / 2 - away_from[0], (a[1] + b[1]) / 2 - away_from[1])
    sign = 1.0 if normal[0] * middle[0] + normal[1] * middle[1] >= 0 else -1.0
    dense = [_lerp2(points, i / 24) for i in range(25)]
    return [
        (
            p[0] + normal[0] * amount * sign * 4 * t * (1 - t),
            p[1] + normal[1] * amount * sign * 4 * t * (1 - t),
        )
        for p, t in zip(dense, (i / 24 for i in range(25)), strict=True)
    ]


def _lerp2(points: Sequence[Vec2], t: float) -> Vec2:
    """The point a fraction `t` along a polyline, by length."""
    total = _path_length(points)
    if total == 0:
        return points[0]
    goal = total * t
    for a, b in pairwise(points):
        seg = math.dist(a, b)
        if goal <= seg and seg > 0:
            k = goal / seg
            return (a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k)
        goal -= seg
    return points[-1]


def turn_path(centre: Vec3, axis: Vec3, front: Vec3, radius: float, sweep: float, camera: Camera) -> list[Vec2]:
    """An arc around `axis` through `centre`, centred on the side nearest the viewer.

    A circle seen edge-on is a straight line, so the arc is drawn as if seen a little from above the
    axis: near points shift down the axis on screen, which makes the arc read as going round.
    """
    toward = camera.depth_axis()
    along = sum(t * a for t, a in zip(toward, axis, strict=True))
    u = tuple(t - along * a for t, a in zip(toward, axis, strict=True))
    if math.hypot(*u) < 0.3:  # looking along the axis: centre the arc on the body's front instead
        u = front
    u_len = math.hypot(*u)
    u = (u[0] / u_len, u[1] / u_len, u[2] / u_len)
    v = (axis[1] * u[2] - axis[2] * u[1], axis[2] * u[0] - axis[0] * u[2], axis[0] * u[1] - axis[1] * u[0])
    (ax, ay), _ = camera.project(add(centre, axis))
    (cx, cy), _ = camera.project(centre)
    shown = math.hypot(ax - cx, ay - cy)
    slant = _unit(ax - cx, ay - cy) if shown > 0.3 else (0.0, 0.0)
    points: list[Vec2] = []
    steps = 24
    for i in range(steps + 1):
        angle = math.radians(-sweep / 2 + sweep * i / steps)
        p = add(centre, add(scale(u, radius * math.cos(angle)), scale(v, radius * math.sin(angle))))
        (x, y), depth = camera.project(p)
        d = depth - camera.project(centre)[1]
        points.append((x - slant[0] * 0.35 * d, y - slant[1] * 0.35 * d))
    return points


def circle_path(centre: Vec2, radius: float, clockwise: bool) -> list[Vec2]:
    """Most of a circle (a gap for the head), for a turning movement such as pedalling."""
    steps, sweep = 36, 300.0
    sign = -1.0 if clockwise else 1.0
    return [
        (
            centre[0] + radius * math.cos(math.radians(120 + sign * sweep * i / steps)),
            centre[1] + radius * math.sin(math.radians(120 + sign * sweep * i / steps)),
        )
        for i in range(steps + 1)
    ]


def segment_axis(frame: tuple[Vec3, Vec3, Vec3]) -> tuple[Vec3, Vec3]:
    """The long (up) axis and the front direction of a segment frame."""
    return apply(frame, (0.0, 1.0, 0.0)), apply(frame, (1.0, 0.0, 0.0))
