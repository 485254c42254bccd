"""Every joint angle a figure has, with its label, allowed range and sign convention (degrees)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Joint:
    """One angle of the figure. 0 is standing tall, arms by the sides, looking ahead."""

    name: str
    label: str
    group: str
    minimum: float
    maximum: float

    def allows(self, degrees: float) -> bool:
        return self.minimum <= degrees <= self.maximum

    @property
    def range_text(self) -> str:
        return f"{self.minimum:g} to {self.maximum:g} degrees"


def _sided(side: str) -> tuple[Joint, ...]:
    s = side.capitalize()
    return (
        Joint(
            f"shoulder_{side}",
            f"{s} arm: raise (0 down, 90 level, 180 overhead, below 0 behind)",
            f"{s} arm",
            -60,
            180,
        ),
        Joint(
            f"shoulder_{side}_out",
            f"{s} arm: direction of the raise (0 forward, 90 out to the side)",
            f"{s} arm",
            -60,
            180,
        ),
        Joint(
            f"shoulder_{side}_turn",
            f"{s} arm: upper arm turned outward (+) or inward (−)",
            f"{s} arm",
            -90,
            135,
        ),
        Joint(f"elbow_{side}", f"{s} elbow: bend", f"{s} arm", 0, 150),
        Joint(f"hip_{side}", f"{s} hip: thigh forward (+) or back (−)", f"{s} leg", -30, 135),
        Joint(f"hip_{side}_out", f"{s} hip: thigh out to the side (+) or across (−)", f"{s} leg", -30, 70),
        Joint(f"hip_{side}_turn", f"{s} hip: thigh turned outward (+) or inward (−)", f"{s} leg", -45, 70),
        Joint(f"knee_{side}", f"{s} knee: bend", f"{s} leg", 0, 155),
        Joint(f"ankle_{side}", f"{s} ankle: toes up (+) or pointed (−)", f"{s} leg", -50, 35),
    )


JOINTS: tuple[Joint, ...] = (
    Joint(
        "body_tilt",
        "Whole body: tipped forward (+) or back (−); 90 is face down, −90 on the back",
        "Whole body",
        -180,
        180,
    ),
    Joint(
        "body_turn",
        "Whole body: turned to its left (+) or right (−) about its own length; on the back, −90 rolls it "
        "onto its right side",
        "Whole body",
        -180,
        180,
    ),
    Joint("body_roll", "Whole body: leaning to its left (+) or right (−)", "Whole body", -90, 90),
    Joint("lower_back_bend", "Low back: bend forward (+) or arch back (−)", "Spine", -35, 60),
    Joint("lower_back_side", "Low back: bend to the left (+) or right (−)", "Spine", -35, 35),
    Joint("lower_back_turn", "Low back: turn to the left (+) or right (−)", "Spine", -30, 30),
    Joint("upper_back_bend", "Upper back: round forward (+) or arch back (−)", "Spine", -35, 60),
    Joint("upper_back_side", "Upper back: bend to the left (+) or right (−)", "Spine", -35, 35),
    Joint("upper_back_turn", "Upper back: turn to the left (+) or right (−)", "Spine", -50, 50),
    Joint("neck_bend", "Neck: chin down (+) or look up (−)", "Head", -60, 60),
    Joint("neck_side", "Neck: tip the head to the left (+) or right (−)", "Head", -45, 45),
    Joint("neck_turn", "Neck: turn the head to the left (+) or right (−)", "Head", -80, 80),
    *_sided("left"),
    *_sided("right"),
)

JOINTS_BY_NAME: dict[str, Joint] = {joint.name: joint for joint in JOINTS}

# A joint name without a side sets both sides at once: `knee = 90` is knee_left and knee_right.
_SIDED_PATTERNS = (
    "shoulder_{}",
    "shoulder_{}_out",
    "shoulder_{}_turn",
    "elbow_{}",
    "hip_{}",
    "hip_{}_out",
    "hip_{}_turn",
    "knee_{}",
    "ankle_{}",
)
BOTH_SIDES: dict[str, tuple[str, str]] = {
    pattern.replace("_{}", ""): (pattern.format("left"), pattern.format("right")) for pattern in _SIDED_PATTERNS
}


def expand_both_sides(angles: Mapping[str, float]) -> dict[str, float]:
    """Spell out side-less names; a sided name given alongside wins over its side-less one."""
    result: dict[str, float] = {}
    for name, value in angles.items():
        for sided in BOTH_SIDES.get(name, ()):
            result.setdefault(sided, value)
    for name, value in angles.items():
        if name not in BOTH_SIDES:
            result[name] = value
    return result


def neutral_angles() -> dict[str, float]:
    return {joint.name: 0.0 for joint in JOINTS}
