"""The body chart: front and back figures, hands and feet, with a clickable marker at every charted site."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from planner.core.entheses import SITES_BY_ID

# Logical canvas: three panels 100 wide (front, back, hands over feet), scaled to the widget.
CANVAS = QSize(330, 240)
PANEL_X = {"front": 0.0, "back": 115.0, "hand": 230.0, "foot": 230.0}
MARKER_RADIUS = 3.4
OUTLINE = QColor("#5b6670")
SKIN = QColor("#eef1f4")
TENDER = QColor("#c62828")

# Site positions in panel coordinates. Front view: the patient's right is on the viewer's left;
# back view: the patient's left is on the viewer's left; hands and feet follow the front view.
_FRONT = {
    "supraspinatus_insertion": (31, 51), "costochondral_1": (44, 53), "costochondral_7": (41, 73),
    "medial_epicondyle": (26, 89), "iliac_crest": (35, 97), "asis": (39, 105),
    "quadriceps_insertion": (39, 152), "medial_femoral_condyle": (45, 160),
    "patellar_ligament_insertion": (39, 168),
}
_BACK = {
    "lateral_epicondyle": (18, 89), "psis": (45, 105), "greater_trochanter": (32, 113),
    "hamstring_origin": (43, 120), "achilles": (39, 206),
}
# Digits of the right hand and foot: (marker, base of the digit); the left ones are mirrored.
_FINGERS = {"thumb": ((6, 60), (13, 76)), "index_finger": ((15, 44), (16, 62)),
            "middle_finger": ((23, 40), (23, 62)), "ring_finger": ((31, 44), (30, 62)),
            "little_finger": ((38.5, 50), (36, 64))}
_TOES = {"big_toe": (41, 151), "second_toe": (33.5, 145), "third_toe": (26.5, 146), "fourth_toe": (20, 149.5),
         "little_toe": (14, 154)}


def _site_positions() -> dict[str, tuple[str, float, float]]:
    """Site id → (view, x, y) in its panel; the right side is drawn on the viewer's left in front views."""
    positions: dict[str, tuple[str, float, float]] = {"l5_spinous_process": ("back", 50, 98)}
    for view, table, right_on_left in (("front", _FRONT, True), ("back", _BACK, False)):
        for base, (x, y) in table.items():
            near, far = ("right", "left") if right_on_left else ("left", "right")
            positions[f"{base}_{near}"] = (view, x, y)
            positions[f"{base}_{far}"] = (view, 100 - x, y)
    digits = {**{name: ("hand", *marker) for name, (marker, _) in _FINGERS.items()},
              **{name: ("foot", *marker) for name, marker in _TOES.items()}}
    for base, (view, x, y) in digits.items():
        positions[f"dactylitis_{base}_right"] = (view, x, y)
        positions[f"dactylitis_{base}_left"] = (view, 100 - x, y)
    positions["plantar_fascia_right"] = ("foot", 27.5, 204)
    positions["plantar_fascia_left"] = ("foot", 72.5, 204)
    return positions


SITE_POSITIONS = _site_positions()


def _limb(painter: QPainter, points: Iterable[tuple[float, float]], width: float, x0: float) -> None:
    path = QPainterPath()
    pts = [QPointF(x0 + x, y) for x, y in points]
    path.moveTo(pts[0])
    for point in pts[1:]:
        path.lineTo(point)
    for colour, extra in ((OUTLINE, 1.6), (SKIN, 0.0)):
        painter.setPen(QPen(colour, width + extra, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)


def _figure(painter: QPainter, x0: float) -> None:
    for side in (1, -1):
        def mx(x: float, s: int = side) -> float:
            return x if s == 1 else 100 - x
        _limb(painter, [(mx(33), 50), (mx(22), 89), (mx(17), 122)], 8, x0)
        _limb(painter, [(mx(17), 122), (mx(15.5), 130)], 7, x0)
        _limb(painter, [(mx(41), 108), (mx(39), 160), (mx(39), 206)], 12, x0)
        _limb(painter, [(mx(39), 209), (mx(37), 214)], 9, x0)
    _limb(painter, [(50, 34), (50, 46)], 9, x0)
    torso = QPainterPath()
    torso.addPolygon([QPointF(x0 + x, y) for x, y in
                      ((31, 46), (69, 46), (66, 84), (68, 112), (32, 112), (34, 84), (31, 46))])
    painter.setPen(QPen(OUTLINE, 0.8))
    painter.setBrush(SKIN)
    painter.drawPath(torso)
    painter.drawEllipse(QPointF(x0 + 50, 25), 9, 11)


def _hands(painter: QPainter, x0: float) -> None:
    for side in (1, -1):
        def mx(x: float, s: int = side) -> float:
            return x if s == 1 else 100 - x
        for (x, y), (bx, by) in _FINGERS.values():
            # The finger runs from its base a little past the marker, which sits on its middle joint.
            _limb(painter, [(mx(bx), by), (mx(x + (x - bx) * 0.35), y - 7)], 6, x0)
        painter.setPen(QPen(OUTLINE, 0.8))
        painter.setBrush(SKIN)
        painter.drawRoundedRect(QRectF(x0 + mx(25) - 13, 60, 26, 30), 6, 6)


def _feet(painter: QPainter, x0: float) -> None:
    painter.setPen(QPen(OUTLINE, 0.8))
    painter.setBrush(SKIN)
    for side in (1, -1):
        def mx(x: float, s: int = side) -> float:
            return x if s == 1 else 100 - x
        for name, (x, y) in _TOES.items():   # toes first, so the foot covers their bases
            radius = 5.4 if name == "big_toe" else 4.5
            painter.drawEllipse(QPointF(x0 + mx(x), y - 1), radius, radius + 1.2)
        painter.drawRoundedRect(QRectF(x0 + mx(27.5) - 17, 152, 34, 60), 13, 13)


class BodyChart(QWidget):
    """`marked` holds the tender site ids; `site_toggled(id, tender)` fires on a click (not when read-only).

    The keyboard path is the site list beside the chart; the chart repeats it for the eye and the mouse.
    """

    site_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marked: set[str] = set()
        self.read_only = False
        self.setMouseTracking(True)
        # Small enough for the form to fit a 1024-pixel-wide window; it grows with the window.
        self.setMinimumSize(CANVAS.width() * 1.2, CANVAS.height() * 1.2)
        self.setAccessibleName("Body chart")
        self.setAccessibleDescription("Tender sites; use the site list beside the chart to mark them.")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def sizeHint(self) -> QSize:
        return CANVAS * 2

    def set_marked(self, ids: Iterable[str]) -> None:
        self.marked = set(ids)
        self.update()

    def _scale(self) -> tuple[float, float, float]:
        scale = min(self.width() / CANVAS.width(), self.height() / CANVAS.height())
        dx = (self.width() - CANVAS.width() * scale) / 2
        return scale, dx, 0.0

    def site_at(self, x: float, y: float) -> str | None:
        """The site whose marker is under the widget point (x, y), if any."""
        scale, dx, dy = self._scale()
        lx, ly = (x - dx) / scale, (y - dy) / scale
        best, best_distance = None, (MARKER_RADIUS + 2.0) ** 2
        for site_id, (view, sx, sy) in SITE_POSITIONS.items():
            distance = (lx - PANEL_X[view] - sx) ** 2 + (ly - sy) ** 2
            if distance <= best_distance:
                best, best_distance = site_id, distance
        return best

    def marker_centre(self, site_id: str) -> QPointF:
        scale, dx, dy = self._scale()
        view, x, y = SITE_POSITIONS[site_id]
        return QPointF(dx + (PANEL_X[view] + x) * scale, dy + y * scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        site_id = self.site_at(event.position().x(), event.position().y())
        if site_id is None or self.read_only:
            return
        tender = site_id not in self.marked
        self.marked.symmetric_difference_update({site_id})
        self.update()
        self.site_toggled.emit(site_id, tender)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        site_id = self.site_at(event.position().x(), event.position().y())
        if site_id is None:
            QToolTip.hideText()
            return
        state = "tender" if site_id in self.marked else "not marked"
        QToolTip.showText(event.globalPosition().toPoint(), f"{SITES_BY_ID[site_id].label}: {state}", self)

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        scale, dx, dy = self._scale()
        painter.translate(dx, dy)
        painter.scale(scale, scale)
        _figure(painter, PANEL_X["front"])
        _figure(painter, PANEL_X["back"])
        _hands(painter, PANEL_X["hand"])
        _feet(painter, PANEL_X["foot"])
        self._labels(painter)
        for site_id, (view, x, y) in SITE_POSITIONS.items():
            self._marker(painter, QPointF(PANEL_X[view] + x, y), site_id in self.marked)
        painter.end()

    def _labels(self, painter: QPainter) -> None:
        font = painter.font()
        font.setPointSizeF(5.0)
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        for text, x, y in (("Front", 0, 8), ("Back", 115, 8), ("R", 6, 36), ("L", 88, 36), ("L", 121, 36),
                           ("R", 203, 36), ("Hands, palms to you", 230, 8), ("R", 234, 100), ("L", 322, 100),
                           ("Feet from above", 230, 134), ("R", 234, 225), ("L", 322, 225)):
            painter.drawText(QPointF(x, y), text)
        font.setPointSizeF(4.0)
        painter.setFont(font)
        painter.drawText(QRectF(230, 218, 100, 20), Qt.AlignmentFlag.AlignHCenter, "heel mark = sole of the heel")

    @staticmethod
    def _marker(painter: QPainter, centre: QPointF, tender: bool) -> None:
        # Tender: filled with a white cross; not marked: a hollow ring (shape and colour both tell).
        painter.setPen(QPen(TENDER if tender else QColor("#1f4e79"), 0.9))
        painter.setBrush(TENDER if tender else QColor("white"))
        painter.drawEllipse(centre, MARKER_RADIUS, MARKER_RADIUS)
        if tender:
            painter.setPen(QPen(QColor("white"), 0.9))
            r = MARKER_RADIUS * 0.55
            painter.drawLine(centre + QPointF(-r, -r), centre + QPointF(r, r))
            painter.drawLine(centre + QPointF(-r, r), centre + QPointF(r, -r))
