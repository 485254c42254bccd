"""What a painter draws: a flat list of simple primitives in one coordinate space (cm, y up)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from planner.figures.geometry import Vec2

Colour = str  # "#rrggbb", or "#rrggbbaa" with opacity


@dataclass(frozen=True)
class Polyline:
    """An open line with round caps and joins."""

    points: tuple[Vec2, ...]
    colour: Colour
    width: float


@dataclass(frozen=True)
class Polygon:
    """A closed shape; either part may be absent. The stroke is centred on the edge, with round joins."""

    points: tuple[Vec2, ...]
    fill: Colour | None
    stroke: Colour | None = None
    width: float = 0.0


@dataclass(frozen=True)
class Ellipse:
    """An ellipse turned `angle` degrees counter-clockwise about its centre."""

    center: Vec2
    rx: float
    ry: float
    fill: Colour | None
    stroke: Colour | None = None
    width: float = 0.0
    angle: float = 0.0


Primitive = Polyline | Polygon | Ellipse


@dataclass(frozen=True)
class Box:
    """An axis-aligned rectangle: left, bottom, right, top."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def union(self, other: Box) -> Box:
        return Box(min(self.x0, other.x0), min(self.y0, other.y0), max(self.x1, other.x1), max(self.y1, other.y1))

    def grown(self, margin: float) -> Box:
        return Box(self.x0 - margin, self.y0 - margin, self.x1 + margin, self.y1 + margin)

    def contains(self, other: Box) -> bool:
        return self.x0 <= other.x0 and self.y0 <= other.y0 and other.x1 <= self.x1 and other.y1 <= self.y1


@dataclass(frozen=True)
class Scene:
    """Primitives in painting order (first is furthest back) and the frame to show; painters clip to it."""

    primitives: tuple[Primitive, ...]
    bounds: Box

    def framed(self, bounds: Box) -> Scene:
        return Scene(self.primitives, bounds)


def weighted(primitive: Primitive, weight: float) -> Primitive:
    """The same primitive with its line width multiplied by `weight`."""
    return replace(primitive, width=primitive.width * weight)


def primitive_bounds(primitive: Primitive) -> Box:
    """The area a primitive paints, strokes included."""
    if isinstance(primitive, Ellipse):
        # The bounding circle is a safe cover for any rotation.
        r = max(primitive.rx, primitive.ry) + (primitive.width / 2 if primitive.stroke else 0.0)
        x, y = primitive.center
        return Box(x - r, y - r, x + r, y + r)
    half = primitive.width / 2 if isinstance(primitive, Polyline) or primitive.stroke else 0.0
    xs = [p[0] for p in primitive.points]
    ys = [p[1] for p in primitive.points]
    return Box(min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half)


def bounds_of(primitives: Iterable[Primitive]) -> Box:
    boxes = [primitive_bounds(p) for p in primitives]
    if not boxes:
        return Box(0.0, 0.0, 1.0, 1.0)
    result = boxes[0]
    for box in boxes[1:]:
        result = result.union(box)
    return result
