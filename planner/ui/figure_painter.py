"""Paints a figure Scene with QPainter: each primitive maps to one QPainter call."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPolygonF

from planner.figures.scene import Ellipse, Polygon, Polyline, Scene


def _colour(value: str) -> QColor:
    """ "#rrggbb" or "#rrggbbaa" (Qt itself reads eight digits as #aarrggbb)."""
    return QColor(*(int(value[i : i + 2], 16) for i in range(1, len(value), 2)))


def _pen(colour: str | None, width: float) -> QPen:
    if colour is None or width <= 0:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(_colour(colour), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _brush(colour: str | None) -> QBrush:
    return QBrush(_colour(colour)) if colour else QBrush(Qt.BrushStyle.NoBrush)


def paint_scene(painter: QPainter, scene: Scene, rect: QRectF) -> None:
    """Draw `scene` as large as fits in `rect`, centred, keeping its proportions."""
    bounds = scene.bounds
    if bounds.width <= 0 or bounds.height <= 0 or rect.width() <= 0 or rect.height() <= 0:
        return
    k = min(rect.width() / bounds.width, rect.height() / bounds.height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    # The frame may crop the figure (a close-up of the head); nothing is drawn outside it.
    shown = QRectF(0, 0, bounds.width * k, bounds.height * k)
    shown.moveCenter(rect.center())
    painter.setClipRect(shown, Qt.ClipOperation.IntersectClip)
    # Figure space has y up; the frame's centre lands on the rect's centre.
    painter.translate(rect.center())
    painter.scale(k, -k)
    painter.translate(-(bounds.x0 + bounds.x1) / 2, -(bounds.y0 + bounds.y1) / 2)
    for primitive in scene.primitives:
        if isinstance(primitive, Polyline):
            painter.setPen(_pen(primitive.colour, primitive.width))
            painter.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            painter.drawPolyline(QPolygonF([QPointF(x, y) for x, y in primitive.points]))
        elif isinstance(primitive, Polygon):
            painter.setPen(_pen(primitive.stroke, primitive.width))
            painter.setBrush(_brush(primitive.fill))
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in primitive.points]))
        elif isinstance(primitive, Ellipse):
            painter.setPen(_pen(primitive.stroke, primitive.width))
            painter.setBrush(_brush(primitive.fill))
            painter.save()
            painter.translate(*primitive.center)
            painter.rotate(primitive.angle)
            painter.drawEllipse(QPointF(0.0, 0.0), primitive.rx, primitive.ry)
            painter.restore()
    painter.restore()
