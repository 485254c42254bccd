"""What a `[figure]` table describes: the two poses, the camera, props and arrows (read by parse.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from planner.figures.pose import resolve_pose

# Segments a turn arrow can go round, with the joints whose sum is that segment's turn.
TURNS: dict[str, tuple[str, ...]] = {
    "head": ("neck_turn", "upper_back_turn", "lower_back_turn", "body_turn"),
    "upper_back": ("upper_back_turn", "lower_back_turn", "body_turn"),
    "lower_back": ("lower_back_turn", "body_turn"),
    "body": ("body_turn",),
}
FRAMES = ("start", "end")
# Body points a cropped picture must show (besides the arrows); "full" shows everything.
_SHOULDERS = ("shoulder_left", "shoulder_right")
CROPS: dict[str, tuple[str, ...]] = {
    "full": (),
    "upper": ("head", "face", "neck_base", *_SHOULDERS, "elbow_left", "elbow_right", "hand_left", "hand_right",
              "pelvis"),
    "head": ("head", "face", "neck_base", *_SHOULDERS, "chest", "back"),
}  # fmt: skip


@dataclass(frozen=True)
class PoseSpec:
    preset: str
    joints: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ArrowSpec:
    """One of: `path` (a body point followed from start to end), `turn` (a segment turned about its own
    axis) or `circle` (round and round a body point, e.g. pedalling). A `path` with `to` instead runs from
    that body point to the `to` point within one picture (attention moving up the body)."""

    path: str | None = None
    turn: str | None = None
    circle: str | None = None
    frame: str = "end"
    offset: float = 10.0
    curve: float = 0.0
    both_ways: bool = False
    straight: bool = False
    clockwise: bool = False
    to: str | None = None


@dataclass(frozen=True)
class FigureSpec:
    start: PoseSpec
    end: PoseSpec
    view: str = "side"
    tilt: float = 0.0
    turn: float = 0.0
    mirror: bool = False
    crop: str = "full"
    props: tuple[str, ...] = ()
    anchor: str | None = None
    pins: tuple[str, ...] = ()
    arrows: tuple[ArrowSpec, ...] = ()
    anchor_height: bool = False  # the anchor keeps its height too, instead of the end resting on its lowest point


def turn_change(segment: str, start: PoseSpec, end: PoseSpec) -> float:
    """How many degrees a segment turns (to its left) from the start pose to the end pose."""
    a, b = resolve_pose(start.preset, start.joints), resolve_pose(end.preset, end.joints)
    return sum(b.angles[j] - a.angles[j] for j in TURNS[segment])
