"""Things held in the hands (band, towel, stick): drawn from each picture's own pose."""

from __future__ import annotations

import math

from planner.figures import style
from planner.figures.geometry import Vec3, add, lerp, scale, sub
from planner.figures.skeleton import Skeleton, landmark
from planner.figures.solids import BACKDROP, Capsule, Part, Style
from planner.figures.stage import Stage, box, facing_yaw, forward


def _strap(a: Vec3, b: Vec3, look: Style, radius: float) -> Part:
    return Part((Capsule(a, b, radius, radius),), look, depth_bias=2.0)


def _ball_of_foot(skeleton: Skeleton, side: str) -> Vec3:
    return lerp(skeleton.points[f"heel_{side}"], skeleton.points[f"toes_{side}"], 0.75)


def band(_: Stage, skeleton: Skeleton) -> list[Part]:
    p = skeleton.points
    return [_strap(p[f"hand_{side}"], _ball_of_foot(skeleton, side), style.BAND, 0.9) for side in ("left", "right")]


def band_hands(_: Stage, skeleton: Skeleton) -> list[Part]:
    return [_strap(skeleton.points["hand_left"], skeleton.points["hand_right"], style.BAND, 0.9)]


def band_door(stage: Stage, skeleton: Skeleton) -> list[Part]:
    s = stage.start
    yaw = facing_yaw(s)
    hands = landmark(s, "hands")
    anchor = add(hands, forward(yaw, 75.0))
    door = Part(
        (box(add((anchor[0], 105.0, anchor[2]), forward(yaw, 3.0)), (6, 210, 80), yaw),),
        style.SURFACE,
        BACKDROP,
    )
    return [door] + [_strap(skeleton.points[f"hand_{side}"], anchor, style.BAND, 0.9) for side in ("left", "right")]


def towel(_: Stage, skeleton: Skeleton) -> list[Part]:
    p = skeleton.points
    hands = landmark(skeleton, "hands")
    side = min(("left", "right"), key=lambda s: sum((a - b) ** 2 for a, b in zip(p[f"toes_{s}"], hands, strict=True)))
    loop = _ball_of_foot(skeleton, side)
    return [_strap(p[f"hand_{hand}"], loop, style.TOWEL, 1.8) for hand in ("left", "right")]


def stick(_: Stage, skeleton: Skeleton) -> list[Part]:
    left, right = skeleton.points["hand_left"], skeleton.points["hand_right"]
    span = sub(right, left)
    extra = 20.0 / max(math.dist(left, right), 1.0)
    a, b = sub(left, scale(span, extra)), add(right, scale(span, extra))
    return [Part((Capsule(a, b, 1.4, 1.4),), style.STICK, depth_bias=3.0)]
