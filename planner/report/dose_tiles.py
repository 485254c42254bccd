"""A dose in figures: a strip of big numbers with a word under each ('10 / times', '5 s / hold', '2 / a day')."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from planner.core.dosage import Dosage
from planner.report.fonts import BOLD, REGULAR
from planner.report.styles import INK, MUTED, WHITE, Styles


def dose_figures(dosage: Dosage, side: str = "n/a") -> list[tuple[str, str]]:
    """(figure, word) pairs in the order a patient reads a dose; the words stay short."""
    each = "each side" if side == "each-side" else ""
    pairs: list[tuple[str, str]] = []
    if dosage.duration_minutes:
        pairs.append((f"{dosage.duration_minutes:g}", f"minutes {each}".strip()))
    elif (dosage.reps or 1) == 1 and dosage.hold_seconds:
        pairs.append((f"{dosage.hold_seconds} s", "hold"))
        if dosage.sets > 1 or each:
            pairs.append((str(dosage.sets), each or "times"))
    else:
        if dosage.sets > 1:
            pairs.append((str(dosage.sets), "sets"))
        pairs.append((str(dosage.reps or 1), each or "times"))
        if dosage.hold_seconds:
            pairs.append((f"{dosage.hold_seconds} s", "hold"))
    pairs.append((f"{dosage.sessions_per_day}×", "a day"))
    pairs.append((str(dosage.days_per_week), "days a week"))
    return pairs


def dose_tiles(dosage: Dosage, side: str, styles: Styles, border: Color, max_width: float) -> Table | None:
    """The figures as a row of tiles; None when they would not fit in `max_width` (the words carry the dose)."""
    pairs = dose_figures(dosage, side)
    value_size, label_size = styles.body_size * 1.45, styles.body_size
    pad = styles.body_size * 0.35
    widths = [max(stringWidth(v, BOLD, value_size), stringWidth(w, REGULAR, label_size)) + 2 * pad
              for v, w in pairs]
    if sum(widths) > max_width:
        return None
    table = Table([[v for v, _ in pairs], [w for _, w in pairs]], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), BOLD, value_size, value_size * 1.2),
        ("FONT", (0, 1), (-1, 1), REGULAR, label_size, label_size * 1.2),
        ("TEXTCOLOR", (0, 0), (-1, 0), INK), ("TEXTCOLOR", (0, 1), (-1, 1), MUTED),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, -1), WHITE),
        ("BOX", (0, 0), (-1, -1), 1, border), ("LINEAFTER", (0, 0), (-2, -1), 0.8, border),
        ("TOPPADDING", (0, 0), (-1, 0), pad * 0.8), ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
        ("TOPPADDING", (0, 1), (-1, 1), 1), ("BOTTOMPADDING", (0, 1), (-1, 1), pad * 0.8),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("ROUNDEDCORNERS", [4, 4, 4, 4]),
    ]))
    return table
