"""The start and finish pictures of an exercise side by side, each labelled underneath."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.figures import Scene
from planner.ui.figure_painter import paint_scene

CAPTIONS = ("Start", "Finish")


class FigureView(QWidget):
    """Shows two Scenes that share one frame, so both pictures are drawn at the same scale.

    With `captions=False` it makes a compact thumbnail (a list row, a card).
    """

    def __init__(self, parent: QWidget | None = None, *, captions: bool = True) -> None:
        super().__init__(parent)
        self._scenes: tuple[Scene, Scene] | None = None
        self._captions = captions
        self.setAccessibleName("Exercise pictures: start and finish")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def set_scenes(self, start: Scene, end: Scene, description: str = "") -> None:
        """Show a new pair; `description` (the pictures in words) is what screen readers say."""
        self._scenes = (start, end)
        self.setAccessibleDescription(description)
        self.update()

    def clear(self) -> None:
        self._scenes = None
        self.setAccessibleDescription("")
        self.update()

    def has_pictures(self) -> bool:
        return self._scenes is not None

    def sizeHint(self) -> QSize:
        return QSize(360, 210) if self._captions else QSize(160, 80)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 60)

    def panel_rects(self) -> tuple[QRectF, QRectF]:
        """Where each picture goes: two equal halves with a small gap, above the captions."""
        gap = 8.0
        caption = self.fontMetrics().height() + 4.0 if self._captions else 0.0
        width = (self.width() - gap) / 2
        height = max(0.0, self.height() - caption)
        return QRectF(0, 0, width, height), QRectF(width + gap, 0, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._scenes is None:
            return
        painter = QPainter(self)
        pictures = self.panel_rects()
        for scene, rect in zip(self._scenes, pictures, strict=True):
            paint_scene(painter, scene, rect.adjusted(2, 2, -2, -2))
        if self._captions:
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            for caption, rect in zip(CAPTIONS, pictures, strict=True):
                below = QRectF(rect.left(), rect.bottom(), rect.width(), self.height() - rect.bottom())
                painter.drawText(below, Qt.AlignmentFlag.AlignCenter, caption)
        painter.end()
