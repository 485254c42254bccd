"""Reading a `[figure]` table: a FigureSpec, or every problem at once with its field and allowed values."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.core.errors import Problem
from planner.figures.camera import VIEWS
from planner.figures.joints import BOTH_SIDES, JOINTS_BY_NAME
from planner.figures.pins import PINS
from planner.figures.presets import PRESETS
from planner.figures.props import PROPS
from planner.figures.skeleton import LANDMARKS
from planner.figures.spec import CROPS, FRAMES, TURNS, ArrowSpec, FigureSpec, PoseSpec, turn_change

MAX_TILT = 90.0
MAX_TURN = 90.0
MAX_OFFSET = 60.0
FIGURE_KEYS = (
    "view", "tilt", "turn", "mirror", "crop", "props", "anchor", "anchor_height", "pins", "start", "end", "arrows"
)  # fmt: skip
ARROW_KEYS = ("path", "turn", "circle", "frame", "offset", "curve", "both_ways", "straight", "clockwise", "to")


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
                self.problem(f"{where}.{name}", f"{angle:g} is out of the joint's range: allowed {joint.range_text}")
            else:
                result[name] = float(angle)
        return result

    def pose(self, value: Any, where: str, base: PoseSpec | None, is_end: bool) -> PoseSpec | None:
        data = self.table(value, where, ("preset", "joints"))
        if data is None:
            return None
        joints = self.joints(data["joints"], f"{where}.joints") if "joints" in data else {}
        if "preset" not in data:
            if not is_end:
                self.problem(f"{where}.preset", f"missing; choose one of: {', '.join(PRESETS)}")
                return None
            # An end without its own preset is the start pose with these changes (if the start could be read).
            return PoseSpec(base.preset, {**base.joints, **joints}) if base else None
        preset = self.choice(data["preset"], f"{where}.preset", list(PRESETS))
        return PoseSpec(preset, joints) if preset else None

    def arrow(self, value: Any, where: str) -> ArrowSpec | None:
        data = self.table(value, where, ARROW_KEYS)
        if data is None:
            return None
        kinds = [kind for kind in ("path", "turn", "circle") if kind in data]
        if len(kinds) != 1:
            self.problem(where, "give exactly one of `path` (a body point), `turn` (a body segment) or `circle`")
            return None
        choices = {"path": LANDMARKS, "turn": tuple(TURNS), "circle": LANDMARKS}[kinds[0]]
        target = self.choice(data[kinds[0]], f"{where}.{kinds[0]}", choices)
        frame = self.choice(data.get("frame", "end"), f"{where}.frame", FRAMES)
        offset = self.number(data.get("offset", 10.0), f"{where}.offset", -MAX_OFFSET, MAX_OFFSET)
        curve = self.number(data.get("curve", 0.0), f"{where}.curve", -MAX_OFFSET, MAX_OFFSET)
        flags = {
            key: self.flag(data.get(key, False), f"{where}.{key}") for key in ("both_ways", "straight", "clockwise")
        }
        to = None
        if "to" in data:
            if kinds[0] != "path":
                self.problem(f"{where}.to", "only a `path` arrow can run `to` another body point")
                return None
            to = self.choice(data["to"], f"{where}.to", LANDMARKS)
            if to is None:
                return None
        if target is None or frame is None or offset is None or curve is None:
            return None
        return ArrowSpec(**{kinds[0]: target}, frame=frame, offset=offset, curve=curve, to=to, **flags)


def parse_figure(data: Mapping[str, Any] | None, source: str | None = None) -> tuple[FigureSpec | None, list[Problem]]:
    """Read a `[figure]` table; every problem is reported, and no spec is returned if there is any."""
    reader = _Reader(source)
    if data is None:
        reader.problem("figure", "missing: every exercise needs a [figure] table with a start and an end pose")
        return None, reader.problems
    table = reader.table(data, "figure", FIGURE_KEYS)
    if table is None:
        return None, reader.problems
    view = reader.choice(table.get("view", "side"), "figure.view", tuple(VIEWS))
    tilt = reader.number(table.get("tilt", 0), "figure.tilt", 0.0, MAX_TILT)
    turn = reader.number(table.get("turn", 0), "figure.turn", -MAX_TURN, MAX_TURN)
    mirror = reader.flag(table.get("mirror", False), "figure.mirror")
    crop = reader.choice(table.get("crop", "full"), "figure.crop", tuple(CROPS))
    props = _names(reader, table.get("props", []), "figure.props", tuple(PROPS))
    anchor = reader.choice(table["anchor"], "figure.anchor", LANDMARKS) if "anchor" in table else None
    anchor_height = reader.flag(table.get("anchor_height", False), "figure.anchor_height")
    pins = _names(reader, table.get("pins", []), "figure.pins", tuple(PINS))
    start = end = None
    if "start" not in table:
        reader.problem("figure.start", "missing: the pose at the start of the movement")
    else:
        start = reader.pose(table["start"], "figure.start", None, is_end=False)
    if "end" not in table:
        reader.problem("figure.end", "missing: the pose at the end of the movement")
    else:
        end = reader.pose(table["end"], "figure.end", start, is_end=True)
    arrows = _arrows(reader, table.get("arrows", []), start, end)
    if reader.problems or None in (start, end, view, tilt, turn, crop):
        return None, reader.problems
    assert start and end and view and crop and tilt is not None and turn is not None
    spec = FigureSpec(start, end, view, tilt, turn, mirror, crop, props, anchor, pins, tuple(arrows), anchor_height)
    return spec, []


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


def joint_problems(joints: Mapping[str, Any], where: str = "joints") -> list[Problem]:
    """Every unknown joint and out-of-range angle in a table of joint changes (for a pose editor)."""
    reader = _Reader(None)
    reader.joints(joints, where)
    return reader.problems
