"""A canvas that knows the page count, for the 'Page X of Y' footer with the patient's name."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from planner.report.fonts import BOLD, REGULAR
from planner.report.styles import MUTED, RULE


def fitted(text: str, font: str, size: float, width: float) -> str:
    """`text`, cut with an ellipsis if it is wider than `width` (only a very long name is ever cut)."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def numbered_canvas(footer_text: str, font_size: float, margin: float) -> type[Canvas]:
    """A Canvas class that holds every page until the end, then stamps the footer and 'Page X of Y' on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            width, _ = self._pagesize
            baseline = margin * 0.55
            self.setStrokeColor(RULE)
            self.setLineWidth(0.8)
            self.line(margin, baseline + font_size * 1.3, width - margin, baseline + font_size * 1.3)
            self.setFillColor(MUTED)
            page = f"Page {number} of {total}"
            self.setFont(BOLD, font_size)
            self.drawRightString(width - margin, baseline, page)
            room = width - 2 * margin - stringWidth(page, BOLD, font_size) - font_size * 2
            self.setFont(REGULAR, font_size)
            self.drawString(margin, baseline, fitted(footer_text, REGULAR, font_size, room))

    return NumberedCanvas
