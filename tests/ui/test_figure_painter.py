"""QPainter draws a figure Scene inside its rectangle only; the FigureView shows start and finish."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from planner.figures import Box, FigureSpec, Polygon, PoseSpec, Scene, build_scenes
from planner.ui.figure_painter import paint_scene
from planner.ui.widgets.figure_view import FigureView

WHITE = QColor("white").rgb()
SPEC = FigureSpec(
    PoseSpec("sitting"),
    PoseSpec("sitting", {"upper_back_turn": 35, "neck_turn": 15}),
    view="front",
    props=("chair",),
)


def _inked(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
    """How many pixels in the box [left, right) × [top, bottom) are not white."""
    return sum(image.pixel(x, y) != WHITE for x in range(left, right, 2) for y in range(top, bottom, 2))


def _painted(scene: Scene, rect: QRectF, size: tuple[int, int] = (300, 240)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_scene(painter, scene, rect)
    painter.end()
    return image


def test_the_scene_is_painted_inside_its_rect_and_nowhere_else(qapp) -> None:
    start, _ = build_scenes(SPEC)
    image = _painted(start, QRectF(100, 40, 120, 150))
    assert _inked(image, 100, 40, 220, 190) > 400
    assert _inked(image, 0, 0, 300, 40) == 0  # above
    assert _inked(image, 0, 190, 300, 240) == 0  # below
    assert _inked(image, 0, 40, 100, 190) == 0  # left
    assert _inked(image, 220, 40, 300, 190) == 0  # right


def test_the_figure_keeps_its_proportions_and_is_centred(qapp) -> None:
    start, _ = build_scenes(SPEC)
    image = _painted(start, QRectF(0, 0, 300, 240))
    columns = [x for x in range(300) if any(image.pixel(x, y) != WHITE for y in range(0, 240, 3))]
    rows = [y for y in range(240) if any(image.pixel(x, y) != WHITE for x in range(0, 300, 3))]
    drawn_w, drawn_h = columns[-1] - columns[0], rows[-1] - rows[0]
    # Tall frame in a wide rect: the height fills it, the width keeps the frame's shape, centred.
    assert drawn_h > 225
    assert abs(drawn_w / drawn_h - start.bounds.width / start.bounds.height) < 0.08
    assert abs((columns[0] + columns[-1]) / 2 - 150) < 8


def test_figure_view_shows_both_pictures_with_captions(qtbot) -> None:
    view = FigureView()
    qtbot.addWidget(view)
    assert view.accessibleName() == "Exercise pictures: start and finish"
    assert view.sizeHint().width() > view.sizeHint().height() > 0
    start, end = build_scenes(SPEC)
    view.set_scenes(start, end, "Sitting upright, then turned to the left.")
    view.resize(360, 210)
    assert view.accessibleDescription() == "Sitting upright, then turned to the left."
    image = view.grab().toImage()
    left, right = view.panel_rects()
    assert _inked(image, 0, 0, int(left.right()), int(left.bottom())) > 300
    assert _inked(image, int(right.left()), 0, int(right.right()), int(right.bottom())) > 300
    assert _inked(image, 0, int(left.bottom()) + 2, 360, 210) > 20  # the captions "Start" and "Finish"


def test_a_thumbnail_has_no_captions_and_an_empty_view_paints_nothing(qtbot) -> None:
    thumb = FigureView(captions=False)
    qtbot.addWidget(thumb)
    assert thumb.sizeHint().height() < 100
    assert not thumb.has_pictures()
    thumb.resize(160, 80)
    image = thumb.grab().toImage()
    background = image.pixel(0, 0)
    assert all(image.pixel(x, y) == background for x in range(0, 160, 4) for y in range(0, 80, 4))
    left, _ = thumb.panel_rects()
    assert left.height() == 80  # no caption row


def test_see_through_colours_blend_with_what_is_behind(qapp) -> None:
    square = ((0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0))
    scene = Scene((Polygon(square, "#0000ff"), Polygon(square, "#ff000080")), Box(0, 0, 10, 10))
    colour = QColor(_painted(scene, QRectF(0, 0, 100, 100), (100, 100)).pixel(50, 50))
    # Half-opaque red over blue: about half of each.
    assert abs(colour.red() - 128) < 4 and colour.green() == 0 and abs(colour.blue() - 127) < 4
