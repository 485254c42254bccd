"""The therapist summary: a separate PDF for the clinical record with the scores, their categories and trend."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from planner.core import scoring
from planner.core.dosage import short_dosage
from planner.core.printable import RenderedPdf, ScoreLine, TherapistSummary
from planner.report.blocks import box, labelled, para
from planner.report.charts import trend_drawing
from planner.report.cover import letterhead, long_date
from planner.report.logo import logo_problem
from planner.report.page_numbers import numbered_canvas
from planner.report.plan_pdf import PAPER, document
from planner.report.styles import ACCENT_TINT, RULE, STOP_TINT, Styles, make_styles

# (dates, {score: values per date}, width, height) -> the trend chart.
TrendChart = Callable[[Sequence[date], dict[str, list[float | None]], float, float], Flowable]


def trend_chart(dates: Sequence[date], values: dict[str, list[float | None]], width: float, height: float) -> Flowable:
    """ASDAS over its bands above BASDAI, BASFI and BASMI, as the Assess step's history shows it."""
    return trend_drawing(dates, values, width=width, height=height)

SCORE_NAMES: tuple[tuple[str, str], ...] = (
    ("basdai", "BASDAI"), ("basfi", "BASFI"), ("basmi", "BASMI"), ("asdas_crp", "ASDAS CRP"),
    ("asdas_esr", "ASDAS ESR"),
)


# Category words short enough for a table cell; the latest scores show the full labels.
SHORT_CATEGORIES: dict[str, str] = {"active": "active", "not_active": "under 4", "inactive": "inactive",
                                    "low": "low", "high": "high", "very_high": "very high"}


def score_with_category(key: str, value: float | None, short: bool = False) -> tuple[str, str]:
    """The score as shown (one decimal, two near a cut-off) and its category words (CLINICAL.md §2, §6c)."""
    if value is None:
        return "–", ""
    if key == "basdai":
        state = scoring.basdai_state(value)
        return scoring.format_basdai(value), SHORT_CATEGORIES[state] if short else scoring.BASDAI_STATE_LABELS[state]
    if key in ("asdas_crp", "asdas_esr"):
        state = scoring.asdas_state(value)
        return scoring.format_asdas(value), SHORT_CATEGORIES[state] if short else scoring.ASDAS_STATE_LABELS[state]
    return scoring.format_one_decimal(value), ""


def _latest(line: ScoreLine, styles: Styles, width: float) -> Table:
    rows = []
    for key, name in SCORE_NAMES:
        shown, category = score_with_category(key, getattr(line, key))
        if shown != "–":
            rows.append([para(name, styles.label), para(shown, styles.label), para(category, styles.body)])
    table = Table(rows or [[para("No scores recorded.", styles.body)]],
                  colWidths=[width * 0.28, width * 0.14, width * 0.58] if rows else [width])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _history(lines: Sequence[ScoreLine], styles: Styles, width: float) -> Table:
    header = [para("Date", styles.label), *(para(name, styles.label) for _, name in SCORE_NAMES)]
    rows: list[list[object]] = [header]
    for line in lines:
        cells: list[object] = [para(f"{line.assessed_on:%d %b %Y}".lstrip("0"), styles.body)]
        for key, _ in SCORE_NAMES:
            shown, category = score_with_category(key, getattr(line, key), short=True)
            cells.append(labelled(shown, category, styles.body))
        rows.append(cells)
    first = width * 0.17
    table = Table(rows, colWidths=[first] + [(width - first) / len(SCORE_NAMES)] * len(SCORE_NAMES), repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def _plan_table(summary: TherapistSummary, styles: Styles, width: float) -> list[Flowable]:
    plan = summary.plan
    if plan is None or not plan.items:
        return []
    rows: list[list[object]] = [[para(h, styles.label) for h in ("Exercise", "Dose", "Flare-day dose")]]
    for number, entry in enumerate(plan.items, start=1):
        flare = short_dosage(entry.item.flare_dosage) if entry.item.flare_dosage else "rest"
        rows.append([para(f"{number}. {entry.exercise.name}", styles.body), para(short_dosage(entry.item.dosage),
                     styles.body), para(flare, styles.body)])
    table = Table(rows, colWidths=[width * 0.46, width * 0.27, width * 0.27], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, RULE), ("BACKGROUND", (0, 0), (-1, 0), ACCENT_TINT),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    review = f" Review on {long_date(plan.review_date)}." if plan.review_date else ""
    return [KeepTogether([para(f"The plan of {long_date(plan.plan_date)}", styles.heading),
                          para(f"{len(plan.items)} exercises.{review}", styles.body), table])]


def _trend(summary: TherapistSummary, chart: TrendChart | None, styles: Styles, width: float) -> list[Flowable]:
    if chart is None or not summary.scores:
        return []
    dates = [line.assessed_on for line in summary.scores]
    values = {key: [getattr(line, key) for line in summary.scores] for key, _ in SCORE_NAMES}
    return [KeepTogether([para("Trend", styles.heading), chart(dates, values, width, width * 0.56)])]


def render_summary_pdf(summary: TherapistSummary, chart: TrendChart | None = trend_chart) -> RenderedPdf:
    """The summary as PDF bytes (deterministic); `chart=None` leaves the trend chart out."""
    styles = make_styles(large_print=False)
    buffer = io.BytesIO()
    doc = document(buffer, PAPER[summary.paper], styles, title=f"Therapist summary for {summary.patient_name}",
                   author=summary.therapist.name or summary.clinic.name or "Planner",
                   subject="Assessment scores and plan: for the clinical record")
    warnings = []
    problem = logo_problem(summary.clinic.logo)
    if problem:
        warnings.append(f"{problem} The summary was printed without it.")
    story = letterhead(summary.clinic, styles, doc.width, with_logo=bool(summary.clinic.logo) and not problem)
    story += [para("Therapist summary", styles.title), para(summary.patient_name, styles.heading),
              box(para("For the clinical record: this page is not part of the patient's plan.", styles.body),
                  doc.width, STOP_TINT, STOP_TINT, styles.gap * 0.6)]
    therapist = summary.therapist
    who = ", ".join(x for x in (therapist.name, therapist.role) if x) if therapist.name else ""
    if who and therapist.registration:
        who += f" (registration {therapist.registration})"
    story.append(para(f"Made on {long_date(summary.made_on)}" + (f" by {who}." if who else "."), styles.body))
    if summary.scores:
        latest = summary.scores[-1]
        story += [para(f"Latest scores ({long_date(latest.assessed_on)})", styles.heading),
                  _latest(latest, styles, doc.width), para("All assessments", styles.heading),
                  _history(summary.scores, styles, doc.width), *_trend(summary, chart, styles, doc.width)]
    else:
        story.append(para("No signed assessments yet.", styles.body))
    story += _plan_table(summary, styles, doc.width)
    doc.build(story, canvasmaker=numbered_canvas(f"Therapist summary for {summary.patient_name}",
                                                 styles.footer_size, styles.margin))
    return RenderedPdf(buffer.getvalue(), doc.page, tuple(warnings))
