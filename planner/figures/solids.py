"""3D shapes grouped into parts, and how a part becomes flat primitives for one camera."""

from __future__ import annotations

from dataclasses import dataclass

from planner.figures.camera import Camera
from planner.figures.geometry import Vec2, Vec3, circle_2d, convex_hull, mean
from planner.figures.scene import Colour, Ellipse, Polygon, Primitive


@dataclass(frozen=True)
class Capsule:
    """A limb-like solid: two spheres joined by their tangent surface."""

    a: Vec3
    b: Vec3
    ra: float
    rb: float


@dataclass(frozen=True)
class Ball:
    center: Vec3
    radius: float


@dataclass(frozen=True)
class Hull:
    """The convex solid spanned by some points (torso slices, boxes, discs)."""

    points: tuple[Vec3, ...]


@dataclass(frozen=True)
class Mark:
    """A dot on a surface (an eye), shown only while the surface faces the viewer."""

    center: Vec3
    radius: float
    normal: Vec3


Shape = Capsule | Ball | Hull


@dataclass(frozen=True)
class Style:
    fill: Colour
    outline: Colour
    outline_width: float


# Layers paint in order; within a layer parts are sorted far to near.
FLOOR, GROUND, BACKDROP, SCENE = 0, 1, 2, 3


@dataclass(frozen=True)
class Part:
    """Shapes painted as one silhouette (outline around the union), plus marks on top."""

    shapes: tuple[Shape, ...]
    style: Style
    layer: int = SCENE
    depth_bias: float = 0.0
    marks: tuple[Mark, ...] = ()
    # Where the part sits in depth (a limb by its elbow or knee); else the mean of its key points.
    depth_point: Vec3 | None = None

    def key_points(self) -> list[Vec3]:
        points: list[Vec3] = []
        for shape in self.shapes:
            if isinstance(shape, Capsule):
                points += [shape.a, shape.b]
            elif isinstance(shape, Ball):
                points.append(shape.center)
            else:
                points.append(mean(shape.points))
        return points


def _outline(shape: Shape, camera: Camera) -> list[Vec2] | tuple[Vec2, float]:
    if isinstance(shape, Ball):
        return camera.project(shape.center)[0], shape.radius
    if isinstance(shape, Capsule):
        (a, _), (b, _) = camera.project(shape.a), camera.project(shape.b)
        return convex_hull(circle_2d(a, shape.ra) + circle_2d(b, shape.rb))
    return convex_hull([camera.project(p)[0] for p in shape.points])


def depth_of(part: Part, camera: Camera) -> float:
    points = [part.depth_point] if part.depth_point else part.key_points()
    return sum(camera.project(p)[1] for p in points) / len(points) + part.depth_bias


def flatten(part: Part, camera: Camera) -> list[Primitive]:
    """Outline every shape thickly first, then fill them all, so only the union's edge shows."""
    style = part.style
    outlines = [_outline(shape, camera) for shape in part.shapes]
    back: list[Primitive] = []
    front: list[Primitive] = []
    for outline in outlines:
        if isinstance(outline, tuple):
            center, radius = outline
            back.append(Ellipse(center, radius, radius, None, style.outline, 2 * style.outline_width))
            front.append(Ellipse(center, radius, radius, style.fill, style.fill, 0.4))
        elif len(outline) >= 3:
            back.append(Polygon(tuple(outline), None, style.outline, 2 * style.outline_width))
            front.append(Polygon(tuple(outline), style.fill, style.fill, 0.4))
    marks: list[Primitive] = []
    toward_viewer = camera.depth_axis()
    for mark in part.marks:
        facing = sum(n * v for n, v in zip(mark.normal, toward_viewer, strict=True))
        if facing > 0.25:
            center = camera.project(mark.center)[0]
            marks.append(Ellipse(center, mark.radius, mark.radius, style.outline))
    return back + front + marks


def paint_order(parts: list[Part], camera: Camera) -> list[Primitive]:
    ordered = sorted(parts, key=lambda part: (part.layer, depth_of(part, camera)))
    return [primitive for part in ordered for primitive in flatten(part, camera)]
