"""An exercise card's start and end pictures, drawn from the exercise's [figure] pose data."""

from __future__ import annotations

import json
from functools import lru_cache

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from planner.core.exercise import Exercise
from planner.figures import Scene, build_scenes, parse_figure
from planner.report.blocks import para
from planner.report.exercise_card import Picture, Pictures
from planner.report.figure_drawing import scene_drawing
from planner.report.styles import Styles

FRAME_TINT = colors.HexColor("#f3f6f9")
CAPTIONS = ("Start", "Finish")


class _SceneFlowable(Flowable):
    """A scene drawn at a set size; the reportlab Drawing is only built if this picture is really printed.

    A card tries several layouts before one fits, so most candidate pictures are measured, never drawn.
    """

    def __init__(self, scene: Scene, width: float, height: float) -> None:
        super().__init__()
        self.scene = scene
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        scene_drawing(self.scene, self.width, self.height).drawOn(self.canv, 0, 0)


def _framed(scene: Scene, caption: str, styles: Styles, width: float, height: float, cell: float) -> Table:
    """One picture on a light rounded panel with its caption under it."""
    table = Table([[_SceneFlowable(scene, width, height)], [para(caption, styles.caption)]], colWidths=[cell])
    pad = styles.gap * 0.3
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), FRAME_TINT), ("ROUNDEDCORNERS", [5, 5, 5, 5]),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, 0), pad), ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 0), ("BOTTOMPADDING", (0, 1), (-1, 1), pad),
    ]))
    return table


def _pair(scenes: tuple[Scene, Scene], styles: Styles, width: float, height: float) -> Picture | None:
    """Start and end side by side or one above the other, whichever draws the figure bigger."""
    bounds = scenes[0].bounds
    gap, pad = styles.gap * 0.5, styles.gap * 0.3
    caption = styles.caption.leading
    options = []
    for stacked in (False, True):
        cell_width = width if stacked else (width - gap) / 2
        cell_height = ((height - gap) / 2 if stacked else height) - caption - 2 * pad
        room_width = cell_width - 2 * pad
        scale = min(room_width / bounds.width, cell_height / bounds.height)
        options.append((scale, stacked, cell_width))
    scale, stacked, cell_width = max(options)
    drawn_width, drawn_height = bounds.width * scale, bounds.height * scale
    if max(drawn_width, drawn_height) < styles.body_size * 4:
        return None   # too small to help; the card goes without pictures rather than show a smudge
    frame_height = pad + drawn_height + caption + pad

    def make() -> Table:
        frames = [_framed(scene, words, styles, drawn_width, drawn_height, cell_width)
                  for scene, words in zip(scenes, CAPTIONS, strict=True)]
        rows = [[frames[0]], [""], [frames[1]]] if stacked else [[frames[0], "", frames[1]]]
        widths = [cell_width] if stacked else [cell_width, gap, cell_width]
        table = Table(rows, colWidths=widths, rowHeights=[None, gap, None] if stacked else None)
        table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        table.hAlign = "CENTER"
        return table

    return Picture(make, frame_height * 2 + gap if stacked else frame_height, scale)


@lru_cache(maxsize=512)
def scenes_of(figure_table: str) -> tuple[Scene, Scene] | None:
    """The start and end scenes of a [figure] table (as sorted JSON), built once per table per run:
    posing the figures is most of the cost of a card, and the same plan is often printed twice."""
    spec, problems = parse_figure(json.loads(figure_table))
    return build_scenes(spec) if spec is not None and not problems else None


def pictures_for(exercise: Exercise, styles: Styles) -> Pictures | None:
    """How to draw this exercise's pictures in any space; None when it has no usable figure."""
    if exercise.figure is None:
        return None
    scenes = scenes_of(json.dumps(exercise.figure, sort_keys=True))
    if scenes is None:
        return None

    def lay_out(width: float, height: float) -> Picture | None:
        return _pair(scenes, styles, width, height)

    return lay_out
