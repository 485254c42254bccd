"""A canvas that knows the page count, for the 'Page X of Y' footer with the patient's name."""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas

from planner.report.fonts import REGULAR


def numbered_canvas(footer_text: str, font_size: float) -> type[Canvas]:
    """A Canvas class that holds every page until the end, then stamps 'footer · Page X of Y' on each."""

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
            self.setFont(REGULAR, font_size)
            self.setFillGray(0.25)
            margin = 42
            self.drawString(margin, 24, footer_text)
            self.drawRightString(width - margin, 24, f"Page {number} of {total}")

    return NumberedCanvas
