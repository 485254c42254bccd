"""Turns a figure Scene into a reportlab Drawing: each primitive maps to one reportlab shape."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Ellipse, Group, Path, Polygon, PolyLine, Shape
from reportlab.lib.colors import Color, HexColor

from planner.figures import scene as figure

_ROUND = 1  # reportlab's code for round caps and joins


def _colour(value: str | None) -> Color | None:
    """ "#rrggbb" or "#rrggbbaa"."""
    if not value:
        return None
    return HexColor(value, hasAlpha=len(value) == 9)


def _shape(primitive: figure.Primitive) -> Shape:
    if isinstance(primitive, figure.Polyline):
        return PolyLine(
            [c for point in primitive.points for c in point],
            strokeColor=_colour(primitive.colour),
            strokeWidth=primitive.width,
            strokeLineCap=_ROUND,
            strokeLineJoin=_ROUND,
        )
    stroke = _colour(primitive.stroke) if primitive.width > 0 else None
    if isinstance(primitive, figure.Polygon):
        return Polygon(
            [c for point in primitive.points for c in point],
            fillColor=_colour(primitive.fill),
            strokeColor=stroke,
            strokeWidth=primitive.width,
            strokeLineJoin=_ROUND,
        )
    ellipse = Ellipse(
        0,
        0,
        primitive.rx,
        primitive.ry,
        fillColor=_colour(primitive.fill),
        strokeColor=stroke,
        strokeWidth=primitive.width,
    )
    turned = Group(ellipse)
    turned.translate(*primitive.center)
    turned.rotate(primitive.angle)
    return turned


def scene_drawing(scene: figure.Scene, width: float, height: float) -> Drawing:
    """A Drawing `width` × `height` points with the scene as large as fits, centred; usable as a flowable."""
    drawing = Drawing(width, height)
    bounds = scene.bounds
    if bounds.width <= 0 or bounds.height <= 0 or width <= 0 or height <= 0:
        return drawing
    k = min(width / bounds.width, height / bounds.height)
    left, bottom = (width - bounds.width * k) / 2, (height - bounds.height * k) / 2
    # The frame may crop the figure (a close-up of the head); nothing is drawn outside it.
    clip = Path(fillColor=None, strokeColor=None, isClipPath=1)
    clip.moveTo(left, bottom)
    clip.lineTo(left + bounds.width * k, bottom)
    clip.lineTo(left + bounds.width * k, bottom + bounds.height * k)
    clip.lineTo(left, bottom + bounds.height * k)
    clip.closePath()
    picture = Group(*(_shape(p) for p in scene.primitives))
    picture.transform = (k, 0, 0, k, left - bounds.x0 * k, bottom - bounds.y0 * k)
    drawing.add(Group(clip, picture))
    return drawing
