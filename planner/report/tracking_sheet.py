"""The progress sheet: a week to a table, a tick box per exercise per day, and the daily symptom scores."""

from __future__ import annotations

from datetime import date, timedelta

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table, TableStyle

from planner.core.printable import PrintablePlan
from planner.report.blocks import TickBox, para
from planner.report.styles import ACCENT, ACCENT_TINT, FLARE_TINT, RULE, Styles

SYMPTOM_ROWS: tuple[str, ...] = (
    "Morning stiffness (minutes)",
    "Pain (0 to 10)",
    "Fatigue, or tiredness (0 to 10)",
)


def _week_table(plan: PrintablePlan, week: int, styles: Styles, width: float) -> Table:
    first = plan.plan_date + timedelta(weeks=week - 1)
    days = [first + timedelta(days=n) for n in range(7)]
    name_width = width * (0.44 if plan.options.large_print else 0.45)
    day_width = (width - name_width) / 7
    header: list[object] = [[para(f"Week {week}", styles.label),
                             para(f"{_short(days[0])} to {_short(days[-1])}", styles.body)]]
    header += [[para(f"{day:%a}", styles.centred), para(str(day.day), styles.centred)] for day in days]
    box_side = min(day_width * 0.5, styles.body_size * 1.1)
    rows: list[list[object]] = [header]
    for number, entry in enumerate(plan.items, start=1):
        rows.append([para(f"{number}. {entry.exercise.name}", styles.body),
                     *(TickBox(box_side, ACCENT) for _ in days)])
    first_symptom = len(rows)
    rows += [[para(label, styles.label), *("" for _ in days)] for label in SYMPTOM_ROWS]
    table = Table(rows, colWidths=[name_width] + [day_width] * 7, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.7, RULE), ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
        ("BACKGROUND", (0, first_symptom), (-1, -1), FLARE_TINT),
        ("LINEABOVE", (0, first_symptom), (-1, first_symptom), 1.2, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), styles.body_size * 0.15),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.body_size * 0.2),
        ("LEFTPADDING", (0, 0), (0, -1), styles.body_size * 0.4),
        ("RIGHTPADDING", (0, 0), (0, -1), styles.body_size * 0.3),
        ("LEFTPADDING", (1, 0), (-1, -1), 1), ("RIGHTPADDING", (1, 0), (-1, -1), 1),
    ]))
    table.spaceBefore = styles.gap
    return table


def _short(day: date) -> str:
    return f"{day.day} {day:%b}"


def tracking_story(plan: PrintablePlan, styles: Styles, width: float, page_height: float) -> list[Flowable]:
    """The sheet starts on a new page unless its opening and first week fit below what came before."""
    opening: list[Flowable] = [
        para("Your progress sheet", styles.title),
        para("Tick the box each day you do an exercise. Each morning, also write down how many minutes your"
             " stiffness lasted, and score your pain and your tiredness from 0 (none) to 10 (the worst you can"
             " imagine).", styles.body),
        para("Bring this sheet to your review. It helps your therapist see what is working.", styles.body),
    ]
    weeks = [_week_table(plan, week, styles, width) for week in range(1, plan.options.tracking_weeks + 1)]
    if not weeks:
        return []
    needed = sum(f.wrap(width, page_height)[1] for f in opening) + weeks[0].wrap(width, page_height)[1]
    return [CondPageBreak(needed + styles.gap * 4), *opening, *(KeepTogether([week]) for week in weeks)]
