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


POLE_LENGTH = 118.0  # cm from the grip to the tip: a walking pole set for an elbow bent at a right angle


def poles(stage: Stage, skeleton: Skeleton) -> list[Part]:
    """A walking pole in each hand, its tip on the floor behind the hand (Nordic poles always slant back)."""
    back = forward(facing_yaw(stage.start), -1.0)
    parts = []
    for side in ("left", "right"):
        grip = lerp(skeleton.points[f"wrist_{side}"], skeleton.points[f"hand_{side}"], 0.5)
        drop = grip[1] - stage.rest
        reach = math.sqrt(max(POLE_LENGTH**2 - drop**2, 0.0))
        tip = (grip[0] + back[0] * reach, stage.rest, grip[2] + back[2] * reach)
        shaft = sub(grip, tip)
        top = add(grip, scale(shaft, 6.0 / max(math.dist(grip, tip), 1.0)))  # the handle shows above the fist
        parts.append(Part((Capsule(top, tip, 1.3, 0.8),), style.STICK, depth_bias=2.0))
    return parts


def stick(_: Stage, skeleton: Skeleton) -> list[Part]:
    left, right = skeleton.points["hand_left"], skeleton.points["hand_right"]
    span = sub(right, left)
    extra = 20.0 / max(math.dist(left, right), 1.0)
    a, b = sub(left, scale(span, extra)), add(right, scale(span, extra))
    return [Part((Capsule(a, b, 1.4, 1.4),), style.STICK, depth_bias=3.0)]
