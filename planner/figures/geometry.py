"""Small 3D and 2D vector maths for the pose model: rotations, projection helpers, convex hulls."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import reduce

Vec3 = tuple[float, float, float]
Vec2 = tuple[float, float]
Matrix = tuple[Vec3, Vec3, Vec3]

IDENTITY: Matrix = ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0))


def add(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec3, k: float) -> Vec3:
    return (a[0] * k, a[1] * k, a[2] * k)


def lerp(a: Vec3, b: Vec3, t: float) -> Vec3:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t)


def length(a: Vec3) -> float:
    return math.sqrt(a[0] * a[0] + a[1] * a[1] + a[2] * a[2])


def mean(points: Iterable[Vec3]) -> Vec3:
    pts = list(points)
    n = len(pts)
    return (sum(p[0] for p in pts) / n, sum(p[1] for p in pts) / n, sum(p[2] for p in pts) / n)


def rotation(axis: int, degrees: float) -> Matrix:
    """Right-handed rotation about the x (0), y (1) or z (2) axis."""
    if degrees == 0:
        return IDENTITY
    c, s = math.cos(math.radians(degrees)), math.sin(math.radians(degrees))
    if axis == 0:
        return ((1.0, 0.0, 0.0), (0.0, c, -s), (0.0, s, c))
    if axis == 1:
        return ((c, 0.0, s), (0.0, 1.0, 0.0), (-s, 0.0, c))
    return ((c, -s, 0.0), (s, c, 0.0), (0.0, 0.0, 1.0))


def _product(a: Matrix, b: Matrix) -> Matrix:
    if a is IDENTITY:
        return b
    if b is IDENTITY:
        return a
    (a0, a1, a2), (b0, b1, b2) = a, b
    return (
        (a0[0] * b0[0] + a0[1] * b1[0] + a0[2] * b2[0], a0[0] * b0[1] + a0[1] * b1[1] + a0[2] * b2[1],
         a0[0] * b0[2] + a0[1] * b1[2] + a0[2] * b2[2]),
        (a1[0] * b0[0] + a1[1] * b1[0] + a1[2] * b2[0], a1[0] * b0[1] + a1[1] * b1[1] + a1[2] * b2[1],
         a1[0] * b0[2] + a1[1] * b1[2] + a1[2] * b2[2]),
        (a2[0] * b0[0] + a2[1] * b1[0] + a2[2] * b2[0], a2[0] * b0[1] + a2[1] * b1[1] + a2[2] * b2[1],
         a2[0] * b0[2] + a2[1] * b1[2] + a2[2] * b2[2]),
    )  # fmt: skip


def compose(*matrices: Matrix) -> Matrix:
    """The product m1 · m2 · … (apply the last one first)."""
    return reduce(_product, matrices, IDENTITY)


def apply(m: Matrix, v: Vec3) -> Vec3:
    return (
        m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
        m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
        m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
    )


def circle_2d(center: Vec2, radius: float, steps: int = 20) -> list[Vec2]:
    return [
        (
            center[0] + radius * math.cos(2 * math.pi * i / steps),
            center[1] + radius * math.sin(2 * math.pi * i / steps),
        )
        for i in range(steps)
    ]


def convex_hull(points: Sequence[Vec2]) -> list[Vec2]:
    """Andrew's monotone chain; counter-clockwise, without repeating the first point."""
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def cross(o: Vec2, a: Vec2, b: Vec2) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Vec2] = []
    for p in pts:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Vec2] = []
    for p in reversed(pts):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]
