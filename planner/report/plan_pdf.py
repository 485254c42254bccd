"""The patient's printed plan: cover, one card per exercise, safety net, tracking sheet."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from planner import __version__
from planner.core.advice import HOW_TO_USE, SAFETY_NET, STOP_RULES, further_information
from planner.core.dosage import describe_dosage
from planner.core.printable import PrintableItem, PrintablePlan
from planner.report.page_numbers import numbered_canvas
from planner.report.styles import ACCENT, RULE, TINT, WARNING_TINT, Styles, make_styles

PAPER = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm


def _p(text: str, style: object) -> Paragraph:
    """A paragraph of plain text: every character shown as typed, never read as markup."""
    return Paragraph(escape(text), style)


def _bullets(lines: list[str], styles: Styles, numbered: bool = False) -> ListFlowable:
    items = [ListItem(_p(line, styles.body), leftIndent=styles.body_size * 1.6) for line in lines]
    return ListFlowable(
        items, bulletType="1" if numbered else "bullet", start="1" if numbered else "•",
        bulletFontName=styles.body.fontName, bulletFontSize=styles.body_size, leftIndent=styles.body_size * 1.6,
    )


def _boxed(flowables: list, width: float, background: object, border: object = RULE) -> Table:
    table = Table([[flowables]], colWidths=[width])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, border),
        ("BACKGROUND", (0, 0), (-1, -1), background),
        ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def _cover(plan: PrintablePlan, styles: Styles, width: float) -> list:
    story: list = []
    clinic = plan.clinic
    if clinic.name:
        story.append(_p(clinic.name, styles.subheading))
        contact = "  ·  ".join(x for x in (clinic.address, clinic.phone) if x)
        if contact:
            story.append(_p(contact, styles.small))
        story.append(Spacer(1, styles.body_size))
    story.append(_p("Your exercise plan", styles.title))
    story.append(_p(f"For {plan.patient_name}", styles.heading))
    rows = [("Date", plan.plan_date.strftime("%d %B %Y"))]
    if plan.review_date:
        rows.append(("Review date", plan.review_date.strftime("%d %B %Y")))
    therapist = plan.therapist
    if therapist.name:
        rows.append(("Your therapist", ", ".join(x for x in (therapist.name, therapist.role) if x)))
    if therapist.contact or clinic.phone:
        rows.append(("Contact", therapist.contact or clinic.phone))
    table = Table([[_p(k, styles.subheading), _p(v, styles.body)] for k, v in rows],
                  colWidths=[width * 0.32, width * 0.68], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [table, Spacer(1, styles.body_size)]
    if plan.goals:
        story.append(_p("Your goals", styles.heading))
        story.append(_bullets(list(plan.goals), styles))
    if plan.notes:
        story.append(_p("From your therapist", styles.heading))
        story.append(_p(plan.notes, styles.body))
    story.append(_p("How to use this plan", styles.heading))
    story.append(_bullets(list(HOW_TO_USE), styles))
    return story


def _card(number: int, entry: PrintableItem, plan: PrintablePlan, styles: Styles, width: float) -> KeepTogether:
    exercise, item = entry.exercise, entry.item
    inner: list = [_p(f"{number}. {exercise.name}", styles.heading)]
    inner.append(_bullets(list(exercise.instructions), styles, numbered=True))
    inner.append(_p("How much", styles.subheading))
    inner.append(_p(describe_dosage(item.dosage, exercise.side), styles.body))
    inner.append(_p("On a flare day", styles.subheading))
    if item.flare_dosage:
        inner.append(_p(describe_dosage(item.flare_dosage, exercise.side), styles.body))
    else:
        inner.append(_p("Skip this one on a flare day.", styles.body))
    if exercise.easier_tip:
        inner.append(_p(f"Easier: {exercise.easier_tip}", styles.body))
    if exercise.harder_tip:
        inner.append(_p(f"Harder: {exercise.harder_tip}", styles.body))
    if exercise.caution_notes and exercise.caution_matches(plan.conditions):
        inner.append(_p(f"Take care: {exercise.caution_notes}", styles.body))
    if item.note:
        inner.append(_p(f"Your therapist's note: {item.note}", styles.body))
    return KeepTogether([_boxed(inner, width, TINT), Spacer(1, styles.body_size)])


def _safety(styles: Styles, width: float) -> list:
    stop = [_p("Stop the exercise and rest if you have", styles.subheading),
            _bullets(list(STOP_RULES), styles)]
    story: list = [_p("Keeping safe", styles.heading), _boxed(stop, width, WARNING_TINT, ACCENT),
                   Spacer(1, styles.body_size * 0.6)]
    for group in SAFETY_NET:
        box = [_p(group.heading, styles.subheading), _bullets(list(group.reasons), styles)]
        story += [KeepTogether(_boxed(box, width, WARNING_TINT, ACCENT)), Spacer(1, styles.body_size * 0.6)]
    return story


def _tracking(plan: PrintablePlan, styles: Styles, width: float) -> list:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rows = [entry.exercise.name for entry in plan.items]
    rows += ["Morning stiffness (minutes)", "Pain (0 to 10)", "Tiredness (0 to 10)"]
    story: list = []
    name_width = width * 0.44
    for week in range(1, plan.options.tracking_weeks + 1):
        data = [[_p(f"Week {week}", styles.subheading), *(_p(d, styles.small) for d in days)]]
        data += [[_p(r, styles.small), *("" for _ in days)] for r in rows]
        table = Table(data, colWidths=[name_width] + [(width - name_width) / 7] * 7, repeatRows=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.8, RULE),
            ("BACKGROUND", (0, 0), (-1, 0), TINT),
            ("BACKGROUND", (0, len(data) - 3), (0, -1), TINT),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]))
        story += [CondPageBreak(len(data) * styles.body_size * 2), table, Spacer(1, styles.body_size)]
    return [_p("Your progress", styles.heading),
            _p("Tick each exercise when you do it. Each morning, write how long your stiffness lasted and "
               "score your pain and tiredness from 0 (none) to 10 (worst).", styles.body), *story]


def _further_information(plan: PrintablePlan, styles: Styles) -> list:
    story: list = [_p("Further information", styles.heading)]
    for charity in further_information(plan.conditions):
        story.append(_p(f"{charity.name}: {charity.website}", styles.subheading))
        story.append(_p(charity.about, styles.body))
    return story


def render_plan_pdf(plan: PrintablePlan) -> bytes:
    """The plan as PDF bytes; the same input always gives the same bytes."""
    styles = make_styles(plan.options.large_print)
    pagesize = PAPER[plan.options.paper]
    width = pagesize[0] - 2 * MARGIN
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + styles.body_size, title=f"Exercise plan for {plan.patient_name}",
        author=plan.therapist.name or plan.clinic.name or "Planner",
        subject="Home exercise plan for axial spondyloarthritis", creator=f"Planner {__version__}",
        invariant=True,
    )
    story = _cover(plan, styles, width)
    story += [PageBreak(), _p("Your exercises", styles.title)]
    story += [_card(n, entry, plan, styles, width) for n, entry in enumerate(plan.items, start=1)]
    story += [PageBreak(), *_safety(styles, width), *_further_information(plan, styles)]
    story += [PageBreak(), *_tracking(plan, styles, width)]
    footer = f"Exercise plan for {plan.patient_name}"
    doc.build(story, canvasmaker=numbered_canvas(footer, styles.small.fontSize))
    return buffer.getvalue()
