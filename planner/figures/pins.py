"""Keep a hand or foot where it was: adjust that limb's angles in the end pose to reach a point.

A two-segment limb with its twist held has three angles for a 3D target, so a damped Gauss-Newton
search on (raise, out, bend) converges in a few steps; angles stay within their joint ranges.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from planner.figures.geometry import Vec3, add, sub
from planner.figures.joints import JOINTS_BY_NAME
from planner.figures.pose import Pose
from planner.figures.skeleton import Skeleton, solve

PINS: dict[str, tuple[str, ...]] = {
    "hands": ("hand_left", "hand_right"),
    "feet": ("ankle_left", "ankle_right"),
    "hand_left": ("hand_left",),
    "hand_right": ("hand_right",),
    "ankle_left": ("ankle_left",),
    "ankle_right": ("ankle_right",),
}
_LIMB_ANGLES = {
    "hand": ("shoulder_{}", "shoulder_{}_out", "elbow_{}"),
    "ankle": ("hip_{}", "hip_{}_out", "knee_{}"),
}
# Every angle of the limb, including its twist: setting any of them means the writer placed that limb.
_LIMB_ALL = {
    "hand": ("shoulder_{}", "shoulder_{}_out", "shoulder_{}_turn", "elbow_{}"),
    "ankle": ("hip_{}", "hip_{}_out", "hip_{}_turn", "knee_{}"),
}


def limb_joints(point: str) -> tuple[str, ...]:
    """All joint names that move a limb end such as "hand_left"."""
    limb, side = point.split("_")
    return tuple(pattern.format(side) for pattern in _LIMB_ALL[limb])


_STEP = 0.5  # degrees, for the numeric derivative
_MAX_MOVE = 25.0  # degrees per iteration, so the search cannot jump to a folded-over solution
_ITERATIONS = 25


def _solve3(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting for a 3×3 system."""
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for col in range(3):
        pivot = max(range(col, 3), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            return [0.0, 0.0, 0.0]
        for r in range(col + 1, 3):
            k = m[r][col] / m[col][col]
            m[r] = [x - k * y for x, y in zip(m[r], m[col], strict=True)]
    x = [0.0, 0.0, 0.0]
    for r in (2, 1, 0):
        x[r] = (m[r][3] - sum(m[r][c] * x[c] for c in range(r + 1, 3))) / m[r][r]
    return x


def _clamped(name: str, value: float) -> float:
    joint = JOINTS_BY_NAME[name]
    return max(joint.minimum, min(joint.maximum, value))


def _reach(pose: Pose, point: str, target: Vec3, offset: Vec3) -> Pose:
    limb, side = point.split("_")
    names = [pattern.format(side) for pattern in _LIMB_ANGLES[limb]]
    angles = dict(pose.angles)

    def where(values: Mapping[str, float]) -> Vec3:
        return add(solve(Pose(values, pose.level_feet)).points[point], offset)

    for _ in range(_ITERATIONS):
        here = where(angles)
        error = sub(target, here)
        if sum(e * e for e in error) < 0.01:
            break
        columns = []
        for name in names:
            nudged = dict(angles)
            nudged[name] += _STEP
            moved = where(nudged)
            columns.append([(m - h) / _STEP for m, h in zip(moved, here, strict=True)])
        jt = columns  # rows of Jᵀ
        jtj = [[sum(a * b for a, b in zip(jt[i], jt[j], strict=True)) for j in range(3)] for i in range(3)]
        damping = 1e-3 * (sum(jtj[i][i] for i in range(3)) + 1e-9)
        for i in range(3):
            jtj[i][i] += damping
        jte = [sum(a * e for a, e in zip(jt[i], error, strict=True)) for i in range(3)]
        delta = _solve3(jtj, jte)
        for name, change in zip(names, delta, strict=True):
            angles[name] = _clamped(name, angles[name] + max(-_MAX_MOVE, min(_MAX_MOVE, change)))
    return Pose(angles, pose.level_feet)


def pin_limbs(pose: Pose, targets: Mapping[str, Vec3], place: Callable[[Pose], Skeleton]) -> Pose:
    """`pose` with each named limb end moved onto its target, `place` putting poses on the floor."""
    for _ in range(3):  # resting on the floor can shift the body after a limb moves, so settle it again
        placed = place(pose)
        offset = sub(placed.points["pelvis"], solve(pose).points["pelvis"])
        for point, target in targets.items():
            pose = _reach(pose, point, target, offset)
    return pose
