"""Forward kinematics: joint angles to body points and segment frames in 3D (cm).

Body frame: x forward, y up, z to the body's right. The hip centre is the origin. Left-side limbs are the
mirror image of right-side ones, so one set of rotation rules serves both.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from planner.figures.geometry import Matrix, Vec3, add, apply, compose, rotation, scale
from planner.figures.pose import Pose

X, Y, Z = 0, 1, 2


@dataclass(frozen=True)
class Proportions:
    """Segment lengths of an adult about 172 cm tall; the head is about 1/7.5 of the height."""

    head_radius: float = 11.5
    neck: float = 9.0
    lower_back: float = 16.0
    upper_back: float = 28.0
    spine_base: Vec3 = (-2.0, 8.0, 0.0)
    hip_half_width: float = 9.0
    shoulder: Vec3 = (-1.0, -5.0, 18.0)
    upper_arm: float = 29.0
    forearm: float = 26.0
    hand: float = 9.0
    thigh: float = 43.0
    shin: float = 42.0
    ankle_height: float = 7.0


BODY = Proportions()
SIDES = (("right", 1.0), ("left", -1.0))


@dataclass(frozen=True)
class Skeleton:
    """Named body points and segment orientations, with the hip centre at the origin."""

    points: Mapping[str, Vec3]
    frames: Mapping[str, Matrix]


def _mirrored(sign: float, *turns: tuple[int, float]) -> Matrix:
    """Rotations written for the right side; the left side negates turns about x and y."""
    return compose(*(rotation(axis, deg if axis == Z or sign > 0 else -deg) for axis, deg in turns))


def _spine_turns(bend: float, side: float, turn: float) -> Matrix:
    return compose(rotation(Z, -bend), rotation(X, -side), rotation(Y, turn))


class _Builder:
    def __init__(self, pose: Pose) -> None:
        self.a = pose.angles
        self.level_feet = pose.level_feet
        self.points: dict[str, Vec3] = {}
        self.frames: dict[str, Matrix] = {}

    def at(self, name: str, origin: Vec3, frame: Matrix, offset: Vec3) -> Vec3:
        self.points[name] = add(origin, apply(frame, offset))
        return self.points[name]

    def spine(self, prefix: str, origin: Vec3, frame: Matrix, length: float) -> tuple[Vec3, Matrix]:
        """Two equal sub-segments, each turning half the angle, so a bent back curves."""
        half = _spine_turns(*(self.a[f"{prefix}_{k}"] / 2 for k in ("bend", "side", "turn")))
        frame = compose(frame, half)
        mid = self.at(f"{prefix}_mid", origin, frame, (0.0, length / 2, 0.0))
        self.frames[f"{prefix}_mid"] = frame
        frame = compose(frame, half)
        return add(mid, apply(frame, (0.0, length / 2, 0.0))), frame

    def build(self) -> Skeleton:
        a = self.a
        # Tip first, then turn about the body's own long axis (a lying figure rolls), then lean sideways.
        root = compose(rotation(Z, -a["body_tilt"]), rotation(Y, a["body_turn"]), rotation(X, -a["body_roll"]))
        origin: Vec3 = (0.0, 0.0, 0.0)
        self.points["pelvis"] = origin
        self.frames["pelvis"] = root
        base = self.at("spine_base", origin, root, BODY.spine_base)
        waist, lower = self.spine("lower_back", base, root, BODY.lower_back)
        self.points["waist"], self.frames["waist"] = waist, lower
        neck_base, upper = self.spine("upper_back", waist, lower, BODY.upper_back)
        self.points["neck_base"], self.frames["neck_base"] = neck_base, upper
        neck_top, head = self.spine("neck", neck_base, upper, BODY.neck)
        self.frames["head"] = head
        self.points["neck_top"] = neck_top
        centre = self.at("head", neck_top, head, (1.5, 7.5, 0.0))
        self.at("face", centre, head, (BODY.head_radius, 0.0, 0.0))
        self.at("chest", self.points["upper_back_mid"], self.frames["upper_back_mid"], (12.0, 0.0, 0.0))
        self.at("back", self.points["upper_back_mid"], self.frames["upper_back_mid"], (-10.0, 0.0, 0.0))
        self.at("low_back", waist, lower, (-8.0, 0.0, 0.0))
        for side, sign in SIDES:
            self.arm(side, sign, neck_base, upper)
            self.leg(side, sign, root)
        return Skeleton(dict(self.points), dict(self.frames))

    def arm(self, side: str, sign: float, neck_base: Vec3, upper: Matrix) -> None:
        a = self.a
        sx, sy, sz = BODY.shoulder
        shoulder = self.at(f"shoulder_{side}", neck_base, upper, (sx, sy, sz * sign))
        plane, raise_ = a[f"shoulder_{side}_out"], a[f"shoulder_{side}"]
        arm = compose(upper, _mirrored(sign, (Y, -plane), (Z, raise_), (Y, plane), (Y, -a[f"shoulder_{side}_turn"])))
        elbow = self.at(f"elbow_{side}", shoulder, arm, (0.0, -BODY.upper_arm, 0.0))
        forearm = compose(arm, rotation(Z, a[f"elbow_{side}"]))
        wrist = self.at(f"wrist_{side}", elbow, forearm, (0.0, -BODY.forearm, 0.0))
        self.at(f"hand_{side}", wrist, forearm, (0.0, -BODY.hand, 0.0))
        self.frames[f"upper_arm_{side}"], self.frames[f"forearm_{side}"] = arm, forearm

    def leg(self, side: str, sign: float, root: Matrix) -> None:
        a = self.a
        hip = self.at(f"hip_{side}", (0.0, 0.0, 0.0), root, (0.0, 0.0, BODY.hip_half_width * sign))
        thigh = compose(
            root,
            _mirrored(sign, (Z, a[f"hip_{side}"]), (X, -a[f"hip_{side}_out"]), (Y, -a[f"hip_{side}_turn"])),
        )
        knee = self.at(f"knee_{side}", hip, thigh, (0.0, -BODY.thigh, 0.0))
        shin = compose(thigh, rotation(Z, -a[f"knee_{side}"]))
        ankle = self.at(f"ankle_{side}", knee, shin, (0.0, -BODY.shin, 0.0))
        ankle_angle = _level_ankle(shin) if side in self.level_feet else a[f"ankle_{side}"]
        foot = compose(shin, rotation(Z, ankle_angle))
        self.at(f"heel_{side}", ankle, foot, (-4.0, -4.5, 0.0))
        self.at(f"toes_{side}", ankle, foot, (15.0, -5.0, 0.0))
        self.frames[f"thigh_{side}"], self.frames[f"shin_{side}"], self.frames[f"foot_{side}"] = (
            thigh,
            shin,
            foot,
        )


def _level_ankle(shin: Matrix) -> float:
    """The ankle angle (kept within its range) that makes the foot point level with the floor."""
    # The foot points along shin · Rz(a) · x; its height component is shin[1][0]·cos a + shin[1][1]·sin a.
    angle = math.degrees(math.atan2(-shin[1][0], shin[1][1])) if abs(shin[1][1]) > 1e-9 else 0.0
    if angle > 90:
        angle -= 180
    elif angle < -90:
        angle += 180
    return max(-50.0, min(35.0, angle))


def solve(pose: Pose) -> Skeleton:
    return _Builder(pose).build()


def moved(skeleton: Skeleton, offset: Vec3) -> Skeleton:
    return Skeleton({k: add(v, offset) for k, v in skeleton.points.items()}, skeleton.frames)


def landmark(skeleton: Skeleton, name: str) -> Vec3:
    """A body point by name; "feet", "knees", "hands" and "hips" are the midpoint of the pair."""
    pairs = {"feet": "ankle", "knees": "knee", "hands": "hand", "hips": "hip"}
    if name in pairs:
        left, right = skeleton.points[f"{pairs[name]}_left"], skeleton.points[f"{pairs[name]}_right"]
        return scale(add(left, right), 0.5)
    return skeleton.points[name]


LANDMARKS: tuple[str, ...] = (
    "head",
    "face",
    "neck_base",
    "chest",
    "back",
    "low_back",
    "waist",
    "pelvis",
    "feet",
    "knees",
    "hands",
    "hips",
    *(
        f"{part}_{side}"
        for part in ("shoulder", "elbow", "wrist", "hand", "hip", "knee", "ankle", "heel", "toes")
        for side in ("left", "right")
    ),
)
