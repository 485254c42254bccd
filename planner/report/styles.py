"""Clear-print paragraph styles: body at least 12 pt, large print at least 16 pt (CLINICAL.md section 9)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from planner.report.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#111111")
ACCENT = colors.HexColor("#1f4e79")   # dark blue: high contrast on white, prints well in grey
TINT = colors.HexColor("#eef3f8")
WARNING_TINT = colors.HexColor("#fff4e5")
RULE = colors.HexColor("#8a99a8")


@dataclass(frozen=True)
class Styles:
    body_size: float
    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    figure_height: float   # points; figures grow with the print size


def make_styles(large_print: bool) -> Styles:
    register_fonts()
    size = 16.0 if large_print else 12.0
    lead = size * 1.4   # generous line spacing for tired eyes

    def style(name: str, font: str, points: float, space_after: float, **extra: object) -> ParagraphStyle:
        settings: dict[str, object] = {"textColor": INK, **extra}
        return ParagraphStyle(name, fontName=font, fontSize=points, leading=points * 1.3 if points > size else lead,
                              alignment=TA_LEFT, spaceAfter=space_after, **settings)

    return Styles(
        body_size=size,
        title=style("title", BOLD, size * 2.0, size, textColor=ACCENT),
        heading=style("heading", BOLD, size * 1.4, size * 0.5, textColor=ACCENT, spaceBefore=size * 0.5),
        subheading=style("subheading", BOLD, size * 1.05, size * 0.25, spaceBefore=size * 0.4),
        body=style("body", REGULAR, size, size * 0.35),
        small=style("small", REGULAR, max(12.0, size * 0.85), 0),
        figure_height=200.0 if large_print else 140.0,
    )
