"""The figure as solids: a torso in slices, a round head with a face, tapered limbs, hands and feet."""

from __future__ import annotations

import math

from planner.figures.camera import Camera
from planner.figures.geometry import Matrix, Vec3, add, apply, length, scale
from planner.figures.skeleton import BODY, Skeleton
from planner.figures.solids import Ball, Capsule, Hull, Mark, Part
from planner.figures.style import FAR_BODY, NEAR_BODY

# Torso slices: (frame, centre offset, half depth, half width) from the hips up to the shoulders.
_TORSO_SLICES: tuple[tuple[str, str, Vec3, float, float], ...] = (
    ("pelvis", "pelvis", (-3.5, -5.0, 0.0), 10.5, 15.5),
    ("pelvis", "pelvis", (-1.0, 8.0, 0.0), 10.5, 15.0),
    ("lower_back_mid", "lower_back_mid", (1.5, 0.0, 0.0), 9.5, 13.5),
    ("waist", "waist", (2.0, 0.0, 0.0), 9.5, 13.0),
    ("upper_back_mid", "upper_back_mid", (3.0, 0.0, 0.0), 11.5, 15.5),
    ("neck_base", "neck_base", (2.0, -9.0, 0.0), 10.0, 16.5),
    ("neck_base", "neck_base", (-1.0, -2.0, 0.0), 6.5, 17.0),
)
# Which slices form one convex piece of the torso; neighbours overlap so no seam shows between them.
_TORSO_PIECES = ((0, 1, 2), (1, 2, 3), (2, 3, 4), (3, 4, 5), (4, 5, 6))
_SLICE_STEPS = 16
SIDES = ("left", "right")


def _slices(skeleton: Skeleton) -> list[tuple[Vec3, Vec3, Vec3]]:
    """Each torso slice as an ellipse: its centre and its two half-axes (front-back, side to side)."""
    result = []
    for frame_name, point_name, offset, depth, width in _TORSO_SLICES:
        frame: Matrix = skeleton.frames[frame_name]
        centre = add(skeleton.points[point_name], apply(frame, offset))
        result.append((centre, apply(frame, (depth, 0.0, 0.0)), apply(frame, (0.0, 0.0, width))))
    return result


def _ellipse_points(centre: Vec3, u: Vec3, w: Vec3) -> list[Vec3]:
    return [
        add(centre, add(scale(u, math.cos(t)), scale(w, math.sin(t))))
        for t in (2 * math.pi * i / _SLICE_STEPS for i in range(_SLICE_STEPS))
    ]


def _torso(skeleton: Skeleton) -> Part:
    slices = [_ellipse_points(*ellipse) for ellipse in _slices(skeleton)]
    pieces = [Hull(tuple(p for i in piece for p in slices[i])) for piece in _TORSO_PIECES]
    p = skeleton.points
    neck = Capsule(add(p["neck_base"], apply(skeleton.frames["neck_base"], (1.0, 0.0, 0.0))), p["head"], 5.5, 5.0)
    return Part((neck, *pieces), NEAR_BODY)


def _head(skeleton: Skeleton) -> Part:
    frame = skeleton.frames["head"]
    centre, r = skeleton.points["head"], BODY.head_radius
    nose = Ball(add(centre, apply(frame, (r - 0.3, -1.5, 0.0))), 2.4)
    eyes = []
    for side in (-1.0, 1.0):
        local = (0.86, 0.18, 0.46 * side)
        direction = scale(local, 1 / length(local))
        normal = apply(frame, direction)
        eyes.append(Mark(add(centre, scale(normal, r - 1.6)), 1.35, normal))
    return Part((Ball(centre, r), nose), NEAR_BODY, depth_bias=4.0, marks=tuple(eyes))


def _arm(skeleton: Skeleton, side: str, far: bool) -> Part:
    p = skeleton.points
    shapes = (
        Capsule(p[f"shoulder_{side}"], p[f"elbow_{side}"], 4.9, 4.0),
        Capsule(p[f"elbow_{side}"], p[f"wrist_{side}"], 4.0, 3.0),
        Capsule(p[f"wrist_{side}"], p[f"hand_{side}"], 3.3, 2.6),
    )
    return Part(shapes, FAR_BODY if far else NEAR_BODY, depth_bias=0.5, depth_point=p[f"elbow_{side}"])


def _leg(skeleton: Skeleton, side: str, far: bool) -> Part:
    p = skeleton.points
    shapes = (
        Capsule(p[f"hip_{side}"], p[f"knee_{side}"], 7.8, 5.4),
        Capsule(p[f"knee_{side}"], p[f"ankle_{side}"], 5.4, 3.6),
        Capsule(p[f"ankle_{side}"], p[f"heel_{side}"], 3.6, 2.8),
        Capsule(p[f"heel_{side}"], p[f"toes_{side}"], 2.8, 2.2),
    )
    return Part(shapes, FAR_BODY if far else NEAR_BODY, depth_bias=-0.5, depth_point=p[f"knee_{side}"])


def _far_side(skeleton: Skeleton, camera: Camera, joint: str, gap: float) -> str | None:
    """The side whose limb root is clearly further from the viewer, if either is."""
    left = camera.project(skeleton.points[f"{joint}_left"])[1]
    right = camera.project(skeleton.points[f"{joint}_right"])[1]
    if abs(left - right) < gap:
        return None
    return "left" if left < right else "right"


def body_parts(skeleton: Skeleton, camera: Camera) -> list[Part]:
    far_arm = _far_side(skeleton, camera, "shoulder", 0.8 * BODY.shoulder[2])
    far_leg = _far_side(skeleton, camera, "hip", 0.8 * BODY.hip_half_width)
    parts = [_torso(skeleton), _head(skeleton)]
    for side in ("left", "right"):
        parts.append(_arm(skeleton, side, side == far_arm))
        parts.append(_leg(skeleton, side, side == far_leg))
    return parts


def body_extent(skeleton: Skeleton, direction: Vec3) -> tuple[float, float]:
    """How far the body's surface reaches along a unit `direction`: (least, most)."""

    def along(point: Vec3) -> float:
        return point[0] * direction[0] + point[1] * direction[1] + point[2] * direction[2]

    values: list[float] = []
    for centre, u, w in _slices(skeleton):
        # An ellipse reaches sqrt((u·d)² + (w·d)²) either side of its centre along d.
        reach = math.hypot(along(u), along(w))
        values += [along(centre) - reach, along(centre) + reach]
    parts = (_head(skeleton), *(_leg(skeleton, s, False) for s in SIDES), *(_arm(skeleton, s, False) for s in SIDES))
    for part in parts:
        for shape in part.shapes:
            if isinstance(shape, Capsule):
                a, b = along(shape.a), along(shape.b)
                values += [a - shape.ra, a + shape.ra, b - shape.rb, b + shape.rb]
            elif isinstance(shape, Ball):
                values += [along(shape.center) - shape.radius, along(shape.center) + shape.radius]
    return min(values), max(values)


def lowest_point(skeleton: Skeleton) -> float:
    """Height of the lowest body surface (so the figure can rest on the floor)."""
    return body_extent(skeleton, (0.0, 1.0, 0.0))[0]
