"""Where props go: the placed figures of one exercise and small shape and direction helpers."""

from __future__ import annotations

import math
from dataclasses import dataclass

from planner.figures.camera import Camera
from planner.figures.geometry import Vec3, add, apply, rotation, scale, sub
from planner.figures.skeleton import Skeleton
from planner.figures.solids import Hull


@dataclass(frozen=True)
class Stage:
    """The placed start and end figures, the height they rest on, and the camera."""

    start: Skeleton
    end: Skeleton
    rest: float
    camera: Camera


def box(centre: Vec3, size: Vec3, yaw: float = 0.0) -> Hull:
    """A box turned `yaw` degrees about the vertical."""
    turn = rotation(1, yaw)
    corners = [
        add(centre, apply(turn, (sx * size[0] / 2, sy * size[1] / 2, sz * size[2] / 2)))
        for sx in (-1, 1)
        for sy in (-1, 1)
        for sz in (-1, 1)
    ]
    return Hull(tuple(corners))


def cylinder(a: Vec3, b: Vec3, radius: float, steps: int = 20) -> Hull:
    """A cylinder whose axis lies level (rollers, wheels seen edge-on)."""
    axis = sub(b, a)
    # Two directions across the axis: straight up, and level across it.
    up: Vec3 = (0.0, 1.0, 0.0)
    across_len = math.hypot(axis[0], axis[2]) or 1.0
    across: Vec3 = (-axis[2] / across_len, 0.0, axis[0] / across_len)
    rim = [
        add(scale(up, radius * math.cos(t)), scale(across, radius * math.sin(t)))
        for t in (2 * math.pi * i / steps for i in range(steps))
    ]
    return Hull(tuple(add(end, r) for end in (a, b) for r in rim))


def disc(centre: Vec3, radius: float, yaw: float, steps: int = 28) -> Hull:
    """A thin upright wheel facing sideways."""
    turn = rotation(1, yaw)
    return Hull(
        tuple(
            add(centre, apply(turn, (radius * math.cos(t), radius * math.sin(t), side)))
            for t in (2 * math.pi * i / steps for i in range(steps))
            for side in (-1.5, 1.5)
        )
    )


def facing_yaw(skeleton: Skeleton) -> float:
    """Which way the figure faces on the floor, as a turn about the vertical from +x."""
    forward = apply(skeleton.frames["pelvis"], (1.0, 0.0, 0.0))
    if math.hypot(forward[0], forward[2]) < 0.3:  # lying: use the direction from hips to head
        forward = sub(skeleton.points["neck_base"], skeleton.points["pelvis"])
    return math.degrees(math.atan2(-forward[2], forward[0]))


def lengthwise_yaw(skeleton: Skeleton) -> float:
    """The direction a mat or pillow runs: along a lying trunk, else the way the figure faces."""
    trunk = sub(skeleton.points["neck_base"], skeleton.points["pelvis"])
    if abs(trunk[1]) < 0.7 * math.hypot(*trunk):
        yaw = math.degrees(math.atan2(-trunk[2], trunk[0]))
    else:
        yaw = facing_yaw(skeleton)
    return 90.0 * round(yaw / 90.0)  # mats and pillows lie square to the room


def forward(yaw: float, distance: float) -> Vec3:
    return apply(rotation(1, yaw), (distance, 0.0, 0.0))


def seat_height(skeleton: Skeleton) -> float:
    """The underside of the thighs at the hips, where a seat meets the body."""
    return min(skeleton.points["hip_left"][1], skeleton.points["hip_right"][1]) - 7.8


def body_points(skeleton: Skeleton) -> list[Vec3]:
    return list(skeleton.points.values())
