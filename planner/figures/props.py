"""Every prop by name, and the height a figure rests on given its props.

Furniture (chair, wall, mat…) is placed from the start figure and stays put in the end picture, so the
two pictures read as one movement. Held things (band, towel, stick) follow the hands in each picture.
"""

from __future__ import annotations

from collections.abc import Callable

from planner.figures import furniture, held
from planner.figures.furniture import MAT_THICKNESS
from planner.figures.skeleton import Skeleton
from planner.figures.solids import Part
from planner.figures.stage import Stage

STEP_HEIGHT = 18.0

PropBuilder = Callable[[Stage, Skeleton], list[Part]]

PROPS: dict[str, PropBuilder] = {
    "mat": furniture.mat,
    "chair": furniture.chair,
    "ball": furniture.ball,
    "wall": furniture.wall,
    "wall-ahead": furniture.wall_ahead,
    "doorway": furniture.doorway,
    "table": furniture.table,
    "pillow": furniture.pillow,
    "foam-roller": furniture.foam_roller,
    "step": furniture.step,
    "pool": furniture.pool,
    "bike": furniture.bike,
    "band": held.band,
    "band-hands": held.band_hands,
    "band-door": held.band_door,
    "towel": held.towel,
    "stick": held.stick,
}


def rest_height(names: tuple[str, ...], start: Skeleton) -> float:
    """The height the figure rests on: the floor, a mat, or a step under both feet."""
    if "step" in names:
        soles = [min(start.points[f"heel_{s}"][1], start.points[f"toes_{s}"][1]) for s in ("left", "right")]
        if abs(soles[0] - soles[1]) <= 5:
            return STEP_HEIGHT
    return MAT_THICKNESS if "mat" in names else 0.0
