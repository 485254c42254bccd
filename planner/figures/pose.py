"""A pose: a preset plus per-joint changes, resolved to one angle for every joint."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from planner.figures.joints import expand_both_sides
from planner.figures.presets import PRESETS


@dataclass(frozen=True)
class Pose:
    angles: Mapping[str, float]
    # Sides ("left", "right") whose ankle is turned so the sole is level with the floor.
    level_feet: frozenset[str] = frozenset()

    def blend(self, other: Pose, t: float) -> Pose:
        """The pose a fraction `t` of the way to `other` (for tracing a movement)."""
        angles = {name: value + (other.angles[name] - value) * t for name, value in self.angles.items()}
        return Pose(angles, self.level_feet & other.level_feet)


def resolve_pose(preset: str, changes: Mapping[str, float] | None = None) -> Pose:
    """The preset's angles with `changes` applied (side-less names set both sides)."""
    chosen = PRESETS[preset]
    explicit = expand_both_sides(changes or {})
    angles = chosen.full_angles() | explicit
    given = expand_both_sides(chosen.angles).keys() | explicit.keys()
    level = frozenset(side for side in ("left", "right") if chosen.level_feet and f"ankle_{side}" not in given)
    return Pose(angles, level)
