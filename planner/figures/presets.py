"""Named starting poses: the usual positions of a home exercise programme, as joint angles."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from planner.figures.joints import expand_both_sides, neutral_angles


@dataclass(frozen=True)
class Preset:
    """A pose to start from; `anchor` is the body point that stays put between start and end."""

    name: str
    label: str
    angles: Mapping[str, float] = field(default_factory=dict)
    anchor: str = "pelvis"
    # Turn the ankles so the soles are level with the floor (unless an ankle angle is given).
    level_feet: bool = False

    def full_angles(self) -> dict[str, float]:
        return neutral_angles() | expand_both_sides(self.angles)


_ARMS_DOWN = {"elbow": 10}
_HANDS_ON_THIGHS = {"shoulder": 18, "elbow": 55, "shoulder_turn": -15}

PRESETS: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        Preset("standing", "Standing tall", _ARMS_DOWN, anchor="feet", level_feet=True),
        Preset(
            "sitting",
            "Sitting on a chair",
            {"hip": 90, "knee": 90, "hip_out": 6, **_HANDS_ON_THIGHS},
            anchor="feet",
            level_feet=True,
        ),
        Preset(
            "sitting-floor",
            "Sitting on the floor, legs straight",
            {"hip": 85, "lower_back_bend": 8, "ankle": -10, "shoulder": -12, "elbow": 5},
        ),
        Preset("lying-back", "Lying on your back, legs straight", {"body_tilt": -90, "elbow": 5, "ankle": -25}),
        Preset(
            "lying-back-knees-bent",
            "Lying on your back, knees bent, feet flat",
            {"body_tilt": -90, "hip": 50, "knee": 100, "elbow": 5},
            level_feet=True,
        ),
        Preset(
            "lying-back-tabletop",
            "Lying on your back, hips and knees bent to 90 degrees in the air, arms up",
            {"body_tilt": -90, "hip": 90, "knee": 90, "shoulder": 90},
        ),
        Preset("lying-face-down", "Lying face down", {"body_tilt": 90, "ankle": -45, "neck_bend": -5, "elbow": 5}),
        Preset(
            "lying-face-down-elbows",
            "Lying face down, propped on your forearms",
            {
                "body_tilt": 90,
                "ankle": -45,
                "lower_back_bend": -28,
                "upper_back_bend": -12,
                "shoulder": 55,
                "elbow": 95,
                "neck_bend": 10,
            },
        ),
        Preset(
            "lying-side",
            "Lying on your right side, hips and knees bent, arms forward",
            {
                "body_tilt": -90,
                "body_turn": -90,
                "hip": 45,
                "knee": 70,
                "shoulder": 80,
                "elbow": 10,
                "neck_side": 8,
            },
        ),
        Preset(
            "hands-knees",
            "On hands and knees",
            {"body_tilt": 90, "hip": 90, "knee": 90, "ankle": -40, "shoulder": 90, "neck_bend": -15},
            anchor="knees",
        ),
        Preset("kneeling", "Kneeling upright", {"knee": 90, "ankle": -40, **_ARMS_DOWN}, anchor="knees"),
        Preset(
            "half-kneeling",
            "Kneeling on the left knee, right foot forward",
            {
                "hip_right": 85,
                "knee_right": 85,
                "knee_left": 90,
                "hip_left": -5,
                "ankle_left": -40,
                **_ARMS_DOWN,
            },
            anchor="knee_left",
            level_feet=True,
        ),
    )
}
