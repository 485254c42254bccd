"""Clear-print styles: body 12 pt (large print 16 pt), nothing smaller, no italics (CLINICAL.md section 9)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from planner.report.fonts import BOLD, REGULAR, register_fonts

# Dark, high-contrast colours that still read when printed in grey; colour is never the only signal.
INK = colors.HexColor("#161616")
MUTED = colors.HexColor("#3d4752")
ACCENT = colors.HexColor("#1f4e79")      # headings, card bands
ACCENT_TINT = colors.HexColor("#eaf1f8")
RULE = colors.HexColor("#9aa8b6")
FLARE = colors.HexColor("#8a4b00")       # flare-day dose: dark amber
FLARE_TINT = colors.HexColor("#fff3e0")
STOP = colors.HexColor("#9b1c1c")        # stop and emergency advice: dark red
STOP_TINT = colors.HexColor("#fdeceb")
WHITE = colors.white

NORMAL_BODY = 12.0
LARGE_BODY = 16.0


@dataclass(frozen=True)
class Styles:
    """Every paragraph style of the plan, sized from one body size."""

    body_size: float
    title: ParagraphStyle
    heading: ParagraphStyle
    card_title: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    label: ParagraphStyle
    figure_value: ParagraphStyle
    centred: ParagraphStyle
    caption: ParagraphStyle
    band: ParagraphStyle      # white text on a dark band
    footer_size: float
    margin: float             # page margin; large print trades a little of it for room
    figure_height: float      # most height an exercise's start and end pictures may take

    @property
    def gap(self) -> float:
        """The unit of white space: one body line."""
        return self.body_size


def make_styles(large_print: bool) -> Styles:
    register_fonts()
    size = LARGE_BODY if large_print else NORMAL_BODY
    # Generous line spacing for tired eyes; large print's bigger type needs a little less in proportion.
    lead = size * (1.25 if large_print else 1.35)

    def style(name: str, font: str, points: float, **extra: object) -> ParagraphStyle:
        settings: dict[str, object] = {"textColor": INK, "alignment": TA_LEFT, "leading": max(lead, points * 1.25)}
        settings.update(extra)
        return ParagraphStyle(name, fontName=font, fontSize=points, **settings)

    return Styles(
        body_size=size,
        title=style("title", BOLD, size * 2.1, textColor=ACCENT, spaceAfter=size * 0.3),
        heading=style("heading", BOLD, size * 1.5, textColor=ACCENT, spaceBefore=size * 0.8, spaceAfter=size * 0.3),
        card_title=style("card_title", BOLD, size * (1.2 if large_print else 1.35), textColor=WHITE),
        subheading=style("subheading", BOLD, size * 1.1, spaceBefore=size * 0.2, spaceAfter=size * 0.2),
        body=style("body", REGULAR, size, spaceAfter=size * (0.2 if large_print else 0.3)),
        label=style("label", BOLD, size),
        figure_value=style("figure_value", BOLD, size * 1.5, alignment=TA_CENTER, leading=size * 1.7),
        centred=style("centred", REGULAR, size, alignment=TA_CENTER),
        caption=style("caption", REGULAR, size, alignment=TA_CENTER, textColor=MUTED),
        band=style("band", BOLD, size, textColor=WHITE),
        footer_size=size,
        margin=(12 if large_print else 16) * mm,
        figure_height=260.0 if large_print else 130.0,
    )
