"""The `[figure]` table of an exercise file: what it may hold, and reading it with every problem reported."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from planner.core.errors import Problem
from planner.figures.camera import VIEWS
from planner.figures.joints import BOTH_SIDES, JOINTS_BY_NAME
from planner.figures.pins import PINS
from planner.figures.pose import resolve_pose
from planner.figures.presets import PRESETS
from planner.figures.props import PROPS
from planner.figures.skeleton import LANDMARKS

# Segments a turn arrow can go round, with the joints whose sum is that segment's turn.
TURNS: dict[str, tuple[str, ...]] = {
    "head": ("neck_turn", "upper_back_turn", "lower_back_turn", "body_turn"),
    "upper_back": ("upper_back_turn", "lower_back_turn", "body_turn"),
    "lower_back": ("lower_back_turn", "body_turn"),
    "body": ("body_turn",),
}
FRAMES = ("start", "end")
# Body points a cropped picture must show (besides the arrows); "full" shows everything.
CROPS: dict[str, tuple[str, ...]] = {
    "full": (),
    "upper": (
        "head",
        "face",
        "neck_base",
        "shoulder_left",
        "shoulder_right",
        "elbow_left",
        "elbow_right",
        "hand_left",
        "hand_right",
        "pelvis",
    ),
    "head": ("head", "face", "neck_base", "shoulder_left", "shoulder_right", "chest", "back"),
}
MAX_TILT = 90.0
MAX_TURN = 90.0
MAX_OFFSET = 60.0


@dataclass(frozen=True)
class PoseSpec:
    preset: str
    joints: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class ArrowSpec:
    """One of: `path` (a body point followed from start to end), `turn` (a segment turned about its own
    axis) or `circle` (round and round a body point, e.g. pedalling)."""

    path: str | None = None
    turn: str | None = None
    circle: str | None = None
    frame: str = "end"
    offset: float = 10.0
    curve: float = 0.0
    both_ways: bool = False
    straight: bool = False
    clockwise: bool = False


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


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class _Reader:
    def __init__(self, source: str | None) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message, self.source))

    def table(self, value: Any, where: str, allowed: tuple[str, ...]) -> Mapping[str, Any] | None:
        if not isinstance(value, Mapping):
            self.problem(where, "must be a table")
            return None
        for key in value:
            if key not in allowed:
                self.problem(f"{where}.{key}", f"unknown key; allowed: {', '.join(allowed)}")
        return value

    def choice(self, value: Any, where: str, choices: tuple[str, ...] | list[str]) -> str | None:
        if isinstance(value, str) and value in choices:
            return value
        self.problem(where, f"{value!r} is not known; choose one of: {', '.join(choices)}")
        return None

    def number(self, value: Any, where: str, low: float, high: float) -> float | None:
        if not _is_number(value):
            self.problem(where, f"must be a number from {low:g} to {high:g}")
            return None
        if not low <= value <= high:
            self.problem(where, f"{value:g} is out of range: allowed {low:g} to {high:g}")
            return None
        return float(value)

    def flag(self, value: Any, where: str) -> bool:
        if isinstance(value, bool):
            return value
        self.problem(where, "must be true or false")
        return False

    def joints(self, value: Any, where: str) -> dict[str, float]:
        result: dict[str, float] = {}
        if not isinstance(value, Mapping):
            self.problem(where, "must be a table of joint angles in degrees, e.g. { knee_left = 90 }")
            return result
        for name, angle in value.items():
            sided = BOTH_SIDES.get(name, (name,))
            joint = JOINTS_BY_NAME.get(sided[0])
            if joint is None:
                self.problem(f"{where}.{name}", "unknown joint; see planner/figures/README.md for the list")
                continue
            if not _is_number(angle):
                self.problem(f"{where}.{name}", f"must be a number of degrees ({joint.range_text})")
            elif not joint.allows(angle):
                self.problem(
                    f"{where}.{name}", f"{angle:g} is out of the joint's range: allowed {joint.range_text}"
                )
            else:
                result[name] = float(angle)
        return result

    def pose(self, value: Any, where: str, base: PoseSpec | None) -> PoseSpec | None:
        data = self.table(value, where, ("preset", "joints"))
        if data is None:
            return None
        joints = self.joints(data["joints"], f"{where}.joints") if "joints" in data else {}
        if "preset" not in data:
            if base is None:
                self.problem(f"{where}.preset", f"missing; choose one of: {', '.join(PRESETS)}")
                return None
            # An end without its own preset is the start pose with these changes.
            return PoseSpec(base.preset, {**base.joints, **joints})
        preset = self.choice(data["preset"], f"{where}.preset", list(PRESETS))
        return PoseSpec(preset, joints) if preset else None

    def arrow(self, value: Any, where: str) -> ArrowSpec | None:
        keys = ("path", "turn", "circle", "frame", "offset", "curve", "both_ways", "straight", "clockwise")
        data = self.table(value, where, keys)
        if data is None:
            return None
        kinds = [kind for kind in ("path", "turn", "circle") if kind in data]
        if len(kinds) != 1:
            self.problem(
                where, "give exactly one of `path` (a body point), `turn` (a body segment) or `circle`"
            )
            return None
        choices = {"path": LANDMARKS, "turn": tuple(TURNS), "circle": LANDMARKS}[kinds[0]]
        target = self.choice(data[kinds[0]], f"{where}.{kinds[0]}", choices)
        frame = self.choice(data.get("frame", "end"), f"{where}.frame", FRAMES)
        offset = self.number(data.get("offset", 10.0), f"{where}.offset", -MAX_OFFSET, MAX_OFFSET)
        curve = self.number(data.get("curve", 0.0), f"{where}.curve", -MAX_OFFSET, MAX_OFFSET)
        flags = {
            key: self.flag(data.get(key, False), f"{where}.{key}")
            for key in ("both_ways", "straight", "clockwise")
        }
        if target is None or frame is None or offset is None or curve is None:
            return None
        return ArrowSpec(**{kinds[0]: target}, frame=frame, offset=offset, curve=curve, **flags)


def parse_figure(
    data: Mapping[str, Any] | None, source: str | None = None
) -> tuple[FigureSpec | None, list[Problem]]:
    """Read a `[figure]` table; every problem is reported, and no spec is returned if there is any."""
    reader = _Reader(source)
    if data is None:
        reader.problem(
            "figure", "missing: every exercise needs a [figure] table with a start and an end pose"
        )
        return None, reader.problems
    allowed = ("view", "tilt", "turn", "mirror", "crop", "props", "anchor", "pins", "start", "end", "arrows")
    table = reader.table(data, "figure", allowed)
    if table is None:
        return None, reader.problems
    view = reader.choice(table.get("view", "side"), "figure.view", tuple(VIEWS))
    tilt = reader.number(table.get("tilt", 0), "figure.tilt", 0.0, MAX_TILT)
    turn = reader.number(table.get("turn", 0), "figure.turn", -MAX_TURN, MAX_TURN)
    mirror = reader.flag(table.get("mirror", False), "figure.mirror")
    crop = reader.choice(table.get("crop", "full"), "figure.crop", tuple(CROPS))
    props = _names(reader, table.get("props", []), "figure.props", tuple(PROPS))
    anchor = reader.choice(table["anchor"], "figure.anchor", LANDMARKS) if "anchor" in table else None
    pins = _names(reader, table.get("pins", []), "figure.pins", tuple(PINS))
    start = reader.pose(table["start"], "figure.start", None) if "start" in table else None
    if "start" not in table:
        reader.problem("figure.start", "missing: the pose at the start of the movement")
    end = None
    if "end" not in table:
        reader.problem("figure.end", "missing: the pose at the end of the movement")
    elif start is not None:
        end = reader.pose(table["end"], "figure.end", start)
    arrows = _arrows(reader, table.get("arrows", []), start, end)
    if reader.problems or None in (start, end, view, tilt, turn, crop):
        return None, reader.problems
    assert start and end and view and crop and tilt is not None and turn is not None
    return FigureSpec(start, end, view, tilt, turn, mirror, crop, props, anchor, pins, tuple(arrows)), []


def _names(reader: _Reader, raw: Any, where: str, choices: tuple[str, ...]) -> tuple[str, ...]:
    """A list of distinct names from `choices`."""
    if not isinstance(raw, list):
        reader.problem(where, f"must be a list of names from: {', '.join(choices)}")
        return ()
    names: list[str] = []
    for i, name in enumerate(raw):
        chosen = reader.choice(name, f"{where}[{i}]", choices)
        if chosen in names:
            reader.problem(f"{where}[{i}]", f"{chosen!r} is listed twice")
        elif chosen:
            names.append(chosen)
    return tuple(names)


def _arrows(reader: _Reader, raw: Any, start: PoseSpec | None, end: PoseSpec | None) -> list[ArrowSpec]:
    if not isinstance(raw, list):
        reader.problem("figure.arrows", "must be a list of tables ([[figure.arrows]])")
        return []
    arrows = []
    for i, item in enumerate(raw):
        spec = reader.arrow(item, f"figure.arrows[{i}]")
        if spec and spec.turn and start and end and turn_change(spec.turn, start, end) == 0:
            reader.problem(
                f"figure.arrows[{i}].turn",
                f"the {spec.turn.replace('_', ' ')} does not turn between the start and end poses",
            )
        elif spec:
            arrows.append(spec)
    return arrows


def turn_change(segment: str, start: PoseSpec, end: PoseSpec) -> float:
    """How many degrees a segment turns (to its left) from the start pose to the end pose."""
    a, b = resolve_pose(start.preset, start.joints), resolve_pose(end.preset, end.joints)
    return sum(b.angles[j] - a.angles[j] for j in TURNS[segment])
