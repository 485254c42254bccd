"""Exercise figures for lists and detail panes: built when first shown, then kept by exercise id.

Building one figure costs about 13 ms, so nothing is built at start-up: a list asks for the thumbnails of
the rows it paints, and they are drawn a few at a time between events, newest request first.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPixmap

from planner.core.exercise import Exercise
from planner.figures import Scene, build_scenes, parse_figure
from planner.ui.figure_painter import paint_scene

THUMBNAIL_SIZE = QSize(120, 60)   # start and finish side by side, logical pixels
_GAP = 4
_BATCH_SECONDS = 0.012            # drawing stops after this long so typing and scrolling stay smooth

Scenes = tuple[Scene, Scene]


def build_figure(figure: Mapping[str, Any] | None) -> Scenes | None:
    """The start and finish Scenes of a `[figure]` table, or None when it has none or it has problems."""
    spec, _problems = parse_figure(figure)
    return build_scenes(spec) if spec is not None else None


def render_thumbnail(scenes: Scenes, ratio: float, size: QSize = THUMBNAIL_SIZE) -> QPixmap:
    """Both pictures side by side on a white card (sharp on high-density screens via `ratio`)."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    width = (size.width() - _GAP) / 2
    for index, scene in enumerate(scenes):
        paint_scene(painter, scene, QRectF(index * (width + _GAP), 0, width, size.height()).adjusted(1, 1, -1, -1))
    painter.setPen(QColor("#c8c8c8"))
    painter.drawLine(round(width + _GAP / 2), 6, round(width + _GAP / 2), size.height() - 6)
    painter.end()
    return pixmap


class FigureCache(QObject):
    """Scenes and thumbnails by exercise id; an exercise whose figure changed is drawn again."""

    thumbnail_ready = Signal(str)   # exercise id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scenes: dict[str, tuple[Mapping[str, Any] | None, Scenes | None]] = {}
        self._thumbnails: dict[str, tuple[Mapping[str, Any] | None, QPixmap | None]] = {}
        self._queue: dict[str, Exercise] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_some)
        screen = QGuiApplication.primaryScreen()
        self._ratio = screen.devicePixelRatio() if screen else 1.0

    def scenes(self, exercise: Exercise) -> Scenes | None:
        """The two Scenes now (built if needed); None when the exercise has no figure that can be drawn."""
        cached = self._scenes.get(exercise.id)
        if cached is not None and cached[0] == exercise.figure:
            return cached[1]
        scenes = build_figure(exercise.figure)
        self._scenes[exercise.id] = (exercise.figure, scenes)
        return scenes

    def thumbnail(self, exercise: Exercise) -> QPixmap | None:
        """The thumbnail if it is drawn; otherwise None now and `thumbnail_ready` once it is."""
        cached = self._thumbnails.get(exercise.id)
        if cached is not None and cached[0] == exercise.figure:
            return cached[1]
        self._queue.pop(exercise.id, None)
        self._queue[exercise.id] = exercise   # last asked, first drawn: the rows on screen now
        self._timer.start()
        return None

    def pending(self) -> int:
        return len(self._queue)

    def _draw_some(self) -> None:
        started = time.perf_counter()
        while self._queue and time.perf_counter() - started < _BATCH_SECONDS:
            exercise_id, exercise = self._queue.popitem()
            scenes = self.scenes(exercise)
            pixmap = render_thumbnail(scenes, self._ratio) if scenes else None
            self._thumbnails[exercise_id] = (exercise.figure, pixmap)
            self.thumbnail_ready.emit(exercise_id)
        if self._queue:
            self._timer.start()


def blank_thumbnail() -> QPixmap:
    """What a row shows until its figure is drawn (keeps every row the same height)."""
    pixmap = QPixmap(THUMBNAIL_SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap
