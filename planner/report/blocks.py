"""Small building blocks shared by every part of the plan: safe paragraphs, lists, boxes, badges."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Table, TableStyle
from reportlab.platypus.paragraph import ParagraphStyle

from planner.report.fonts import BOLD
from planner.report.styles import WHITE, Styles


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: every character shown as typed, never read as markup."""
    return Paragraph(escape(text), style)


def labelled(label: str, text: str, style: ParagraphStyle, colour: Color | None = None) -> Paragraph:
    """'Label: text' with the label in bold (and in `colour`), both escaped."""
    opening = f'<font color="{colour.hexval()}">' if colour is not None else ""
    closing = "</font>" if colour is not None else ""
    return Paragraph(f"{opening}<b>{escape(label)}</b>{closing} {escape(text)}", style)


def bullets(lines: Sequence[str], styles: Styles, numbered: bool = False, first: int = 1) -> ListFlowable:
    """A bulleted or numbered list (counting from `first`); numbers are bold so each step is easy to find again."""
    indent = styles.body_size * (1.8 if numbered else 1.3)
    items = [ListItem(para(line, styles.body), leftIndent=indent) for line in lines]
    return ListFlowable(
        items, bulletType="1" if numbered else "bullet", start=str(first) if numbered else "•",
        bulletFontName=BOLD if numbered else styles.body.fontName, bulletFontSize=styles.body_size,
        leftIndent=indent, bulletFormat="%s." if numbered else None, spaceBefore=0, spaceAfter=0,
    )


def box(content: list | Flowable, width: float, background: Color, border: Color, padding: float,
        border_width: float = 1.2) -> Table:
    """Content in a rounded, tinted box of exactly `width`."""
    table = Table([[content]], colWidths=[width])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), border_width, border),
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("ROUNDEDCORNERS", [6, 6, 6, 6]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding), ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.7), ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 0.7),
    ]))
    return table


class Badge(Flowable):
    """Short bold text (an exercise number, '999') in a filled round-ended shape."""

    def __init__(self, text: str, size: float, fill: Color, ink: Color = WHITE, min_width: float = 0.0) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.fill = fill
        self.ink = ink
        self.height = size * 1.7
        self.width = max(min_width, self.height, stringWidth(text, BOLD, size) + size * 1.1)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(self.fill)
        canvas.setStrokeColor(self.fill)
        canvas.roundRect(0, 0, self.width, self.height, self.height / 2, stroke=0, fill=1)
        canvas.setFillColor(self.ink)
        canvas.setFont(BOLD, self.size)
        canvas.drawCentredString(self.width / 2, self.height / 2 - self.size * 0.36, self.text)


class TickBox(Flowable):
    """An empty square to tick by hand, sized for stiff fingers and a thick pen."""

    def __init__(self, side: float, colour: Color) -> None:
        super().__init__()
        self.side = side
        self.colour = colour
        self.width = self.height = side

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(1.1)
        self.canv.roundRect(0, 0, self.side, self.side, self.side * 0.15, stroke=1, fill=0)
