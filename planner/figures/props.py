"""Every prop by name, and the height a figure rests on given its props.

Furniture (chair, wall, mat…) is placed from the start figure and stays put in the end picture, so the
two pictures read as one movement. Held things (band, towel, stick) follow the hands in each picture.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.figures import furniture, held
from planner.figures.furniture import MAT_THICKNESS, STEP_LEVEL, STEP_TOP_BELOW_SOLE
from planner.figures.skeleton import Skeleton
from planner.figures.solids import Part
from planner.figures.stage import Stage

STEP_HEIGHT = 18.0

PropBuilder = Callable[[Stage, Skeleton], list[Part]]

PROPS: dict[str, PropBuilder] = {
    "mat": furniture.mat,
    "chair": furniture.chair,
    "chair-ahead": furniture.chair_ahead,
    "chair-ahead-side": furniture.chair_ahead_side,
    "chair-beside": furniture.chair_beside,
    "ball": furniture.ball,
    "wall": furniture.wall,
    "wall-ahead": furniture.wall_ahead,
    "doorway": furniture.doorway,
    "table": furniture.table,
    "pillow": furniture.pillow,
    "chest-pillow": furniture.chest_pillow,
    "foam-roller": furniture.foam_roller,
    "step": furniture.step,
    "rail": furniture.rail,
    "door-frame": furniture.door_frame,
    "pool": furniture.pool,
    "bike": furniture.bike,
    "band": held.band,
    "band-hands": held.band_hands,
    "band-door": held.band_door,
    "towel": held.towel,
    "stick": held.stick,
    "poles": held.poles,
}


def _soles(skeleton: Skeleton) -> tuple[float, float]:
    return tuple(min(skeleton.points[f"heel_{s}"][1], skeleton.points[f"toes_{s}"][1]) for s in ("left", "right"))


def _level(skeleton: Skeleton) -> bool:
    left, right = _soles(skeleton)
    return abs(left - right) <= STEP_LEVEL


def rest_height(names: tuple[str, ...], start: Skeleton) -> float:
    """The height the start figure rests on: the floor, a mat, or a step under both feet."""
    if "step" in names and _level(start):
        return STEP_HEIGHT
    return MAT_THICKNESS if "mat" in names else 0.0


def end_rest(names: tuple[str, ...], start: Skeleton, end: Skeleton, rest: float) -> float:
    """The height the end figure rests on: the start's, or the top of the step the start put one foot on
    when the end stands on that foot, the other level with it or lifted (a step-up). `start` is placed,
    `end` need not be."""
    if "step" not in names or _level(start):
        return rest
    soles, end_soles = _soles(start), _soles(end)
    up = 0 if soles[0] > soles[1] else 1
    if end_soles[up] <= end_soles[1 - up] + STEP_LEVEL:
        return soles[up] - STEP_TOP_BELOW_SOLE
    return rest
