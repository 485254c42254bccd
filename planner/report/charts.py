"""The score trend chart, drawn once with reportlab.graphics for both the PDF and the screen (as SVG)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color

from planner.core.scoring import format_asdas
from planner.report.fonts import BOLD, REGULAR, register_fonts

# ASDAS bands, CLINICAL.md §6c (Machado 2011; names from Machado 2018): 1.3 / 2.1 / 3.5.
ASDAS_BANDS: tuple[tuple[float, float, str, str], ...] = (
    (0.0, 1.3, "inactive", "#e3f1e0"),
    (1.3, 2.1, "low", "#fbf3d0"),
    (2.1, 3.5, "high", "#fde2c8"),
    (3.5, math.inf, "very high", "#f8d0d0"),
)
BASDAI_ACTIVE = 4.0   # CLINICAL.md §2


@dataclass(frozen=True)
class SeriesStyle:
    key: str
    label: str
    colour: str       # Okabe–Ito palette: told apart by people with colour-vision deficiency
    dash: tuple[float, ...] | None
    marker: str       # the shape tells the series apart without colour


ASDAS_SERIES = (SeriesStyle("asdas_crp", "ASDAS-CRP", "#0072B2", None, "circle"),
                SeriesStyle("asdas_esr", "ASDAS-ESR", "#CC79A7", (6, 3), "square"))
SCALE_SERIES = (SeriesStyle("basdai", "BASDAI", "#D55E00", None, "circle"),
                SeriesStyle("basfi", "BASFI", "#009E73", (5, 3), "square"),
                SeriesStyle("basmi", "BASMI (linear)", "#555555", (2, 3), "triangle"))
INK = colors.HexColor("#222222")
GRID = colors.HexColor("#b8c2cc")
_FONT_SIZE = 9.5
_CLOSED_LINE = re.compile(r'd="M ([-\d.]+,[-\d.]+) L ([-\d.]+,[-\d.]+) Z"')


def _marker(kind: str, x: float, y: float, colour: Color) -> Group:
    r = 3.6
    if kind == "square":
        shape = Rect(x - r, y - r, 2 * r, 2 * r, fillColor=colors.white, strokeColor=colour, strokeWidth=1.6)
    elif kind == "triangle":
        shape = Polygon([x - r, y - r, x + r, y - r, x, y + r], fillColor=colour, strokeColor=colour)
    else:
        shape = Circle(x, y, r, fillColor=colour, strokeColor=colour)
    return Group(shape)


def _text(x: float, y: float, text: str, anchor: str = "start", size: float = _FONT_SIZE, bold: bool = False,
          colour: Color = INK) -> String:
    return String(x, y, text, fontName=BOLD if bold else REGULAR, fontSize=size, fillColor=colour, textAnchor=anchor)


@dataclass(frozen=True)
class _Panel:
    left: float
    bottom: float
    width: float
    height: float
    top_value: float

    def y(self, value: float) -> float:
        return self.bottom + self.height * min(value, self.top_value) / self.top_value


def _x_positions(dates: Sequence[date], left: float, width: float) -> list[float]:
    if len(dates) == 1:
        return [left + width / 2]
    first, span = dates[0], max(1, (dates[-1] - dates[0]).days)
    pad = width * 0.06
    return [left + pad + (width - 2 * pad) * (d - first).days / span for d in dates]


def _series(group: Group, panel: _Panel, xs: Sequence[float], values: Sequence[float | None] | None,
            style: SeriesStyle, label_values: bool) -> None:
    if not values:
        return
    colour = colors.HexColor(style.colour)
    points = [(x, panel.y(v), v) for x, v in zip(xs, values, strict=True) if v is not None]
    # A missing visit breaks nothing: the line joins the visits that have the score.
    # Segments, not a PolyLine: reportlab's SVG renderer leaves polylines filled black.
    for (x0, y0, _), (x1, y1, _) in itertools.pairwise(points):
        group.add(Line(x0, y0, x1, y1, strokeColor=colour, strokeWidth=1.8, strokeDashArray=style.dash,
                       strokeLineCap=0))
    for x, y, value in points:
        group.add(_marker(style.marker, x, y, colour))
        if label_values:
            # The first series is labelled above its points, the second below, so the two never overlap.
            offset = 6 if style is ASDAS_SERIES[0] else -13
            group.add(_text(x, y + offset, format_asdas(value), "middle", bold=True, colour=colour))


def _axes(group: Group, panel: _Panel, ticks: Sequence[float], title: str) -> None:
    for tick in ticks:
        y = panel.y(tick)
        group.add(Line(panel.left, y, panel.left + panel.width, y, strokeColor=GRID, strokeWidth=0.5))
        group.add(_text(panel.left - 4, y - 3, f"{tick:g}", "end"))
    group.add(Rect(panel.left, panel.bottom, panel.width, panel.height, fillColor=None, strokeColor=INK,
                   strokeWidth=0.8))
    group.add(_text(panel.left, panel.bottom + panel.height + 5, title, bold=True))


def _asdas_panel(group: Group, panel: _Panel, xs: Sequence[float], scores: Mapping[str, Sequence[float | None]],
                 label_values: bool) -> None:
    for low, high, name, tint in ASDAS_BANDS:
        if low >= panel.top_value:
            continue
        y0, y1 = panel.y(low), panel.y(min(high, panel.top_value))
        group.add(Rect(panel.left, y0, panel.width, y1 - y0, fillColor=colors.HexColor(tint), strokeColor=None))
        group.add(_text(panel.left + panel.width + 6, (y0 + y1) / 2 - 3, name))
    _axes(group, panel, (0, 1.3, 2.1, 3.5, *range(5, int(panel.top_value) + 1)), "ASDAS")
    for style in ASDAS_SERIES:
        _series(group, panel, xs, scores.get(style.key), style, label_values)


def _scale_panel(group: Group, panel: _Panel, xs: Sequence[float],
                 scores: Mapping[str, Sequence[float | None]]) -> None:
    _axes(group, panel, (0, 2, 4, 6, 8, 10), "BASDAI, BASFI and BASMI (0–10)")
    y = panel.y(BASDAI_ACTIVE)
    group.add(Line(panel.left, y, panel.left + panel.width, y, strokeColor=colors.HexColor("#D55E00"),
                   strokeWidth=1.0, strokeDashArray=(4, 3)))
    group.add(_text(panel.left + panel.width + 6, y - 3, "BASDAI 4"))
    group.add(_text(panel.left + panel.width + 6, y - 13, "(active)"))
    for style in SCALE_SERIES:
        _series(group, panel, xs, scores.get(style.key), style, label_values=False)


def _date_labels(group: Group, xs: Sequence[float], dates: Sequence[date], bottom: float, width: float) -> None:
    fits = max(1, int(width // 62))
    step = math.ceil(len(dates) / fits)
    shown = set(range(len(dates) - 1, -1, -step))   # the newest always labelled
    for index, (x, day) in enumerate(zip(xs, dates, strict=True)):
        group.add(Line(x, bottom, x, bottom - 3, strokeColor=INK, strokeWidth=0.8))
        if index in shown:
            group.add(_text(x, bottom - 13, f"{day:%d %b %y}".lstrip("0"), "middle"))


def _legend(group: Group, x: float, y: float, scores: Mapping[str, Sequence[float | None]]) -> None:
    for style in (*ASDAS_SERIES, *SCALE_SERIES):
        if not any(v is not None for v in scores.get(style.key) or ()):
            continue   # a score never recorded has no line, so no legend entry
        colour = colors.HexColor(style.colour)
        group.add(Line(x, y + 3, x + 22, y + 3, strokeColor=colour, strokeWidth=1.8, strokeDashArray=style.dash))
        group.add(_marker(style.marker, x + 11, y + 3, colour))
        group.add(_text(x + 26, y, style.label))
        x += 34 + len(style.label) * 5.4


def trend_drawing(dates: Sequence[date], scores: Mapping[str, Sequence[float | None]], *,
                  width: float = 640, height: float = 420) -> Drawing:
    """ASDAS over its 1.3 / 2.1 / 3.5 bands above BASDAI, BASFI and BASMI on 0–10, one point per visit.

    `scores` maps asdas_crp, asdas_esr, basdai, basfi, basmi to one value (or None) per date, oldest first.
    """
    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=colors.white, strokeColor=None))
    left, right, legend, axis = 40.0, 74.0, 22.0, 22.0
    plot_width = width - left - right
    gap = 30.0
    usable = height - legend - axis - 2 * 16 - gap
    asdas_values = [v for key in ("asdas_crp", "asdas_esr") for v in scores.get(key, ()) if v is not None]
    top = max(5.0, math.ceil(max(asdas_values, default=0) + 0.5))
    lower = _Panel(left, legend + axis, plot_width, usable * 0.5, 10.0)
    upper = _Panel(left, lower.bottom + lower.height + 16 + gap, plot_width, usable * 0.5, top)
    xs = _x_positions(dates, left, plot_width)
    group = Group()
    _asdas_panel(group, upper, xs, scores, label_values=len(dates) <= 12)
    _scale_panel(group, lower, xs, scores)
    _date_labels(group, xs, dates, lower.bottom, plot_width)
    _legend(group, left, 4, scores)
    drawing.add(group)
    return drawing


def render_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG; the font is named as Qt and browsers know it, with a generic fallback."""
    # reportlab writes a line as a closed path (there and back), which fills in the gaps of a dashed line.
    svg = _CLOSED_LINE.sub(r'd="M \1 L \2"', renderSVG.drawToString(drawing))
    svg = svg.replace(f"font-family: {BOLD};", "font-family: 'DejaVu Sans', sans-serif; font-weight: bold;")
    svg = svg.replace(f"font-family: {REGULAR};", "font-family: 'DejaVu Sans', sans-serif;")
    return svg.encode("utf-8")
