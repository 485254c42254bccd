"""The 'Keeping safe' page: when to stop, who to call and when, and where to read more."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from planner.core.advice import SAFETY_NET, STOP_RULES, AdviceGroup, further_information
from planner.core.printable import PrintablePlan
from planner.report.blocks import Badge, box, bullets, labelled, para
from planner.report.fonts import BOLD
from planner.report.styles import ACCENT, ACCENT_TINT, STOP, STOP_TINT, WHITE, Styles


def _group(group: AdviceGroup, styles: Styles, width: float, badge_width: float) -> Table:
    colour, tint = (STOP, STOP_TINT) if group.emergency else (ACCENT, ACCENT_TINT)
    badge = Badge(group.who, styles.body_size * 1.15, fill=colour, ink=WHITE, min_width=badge_width)
    pad = styles.gap * 0.6
    text = [para(group.heading, styles.subheading), bullets(group.reasons, styles)]
    table = Table([[badge, text]], colWidths=[badge_width + 2 * pad, width - badge_width - 2 * pad])
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), tint), ("BOX", (0, 0), (-1, -1), 1.2, colour),
        ("ROUNDEDCORNERS", [6, 6, 6, 6]), ("VALIGN", (0, 0), (0, 0), "MIDDLE"), ("VALIGN", (1, 0), (1, 0), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.4), ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.8),
    ]))
    return table


def _contact_line(plan: PrintablePlan) -> str:
    therapist, clinic = plan.therapist, plan.clinic
    phone = therapist.contact or clinic.phone
    if not phone:
        return ""
    who = therapist.name or "your therapist"
    at = f" at {clinic.name}" if clinic.name else ""
    return f"Ring {who}{at} on {phone}."


def _stop_rules(styles: Styles, width: float, columns: int) -> Table:
    per_column = -(-len(STOP_RULES) // columns)
    lists = [bullets(STOP_RULES[i:i + per_column], styles) for i in range(0, len(STOP_RULES), per_column)]
    table = Table([lists], colWidths=[width / columns] * columns)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def safety_story(plan: PrintablePlan, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [para("Keeping safe", styles.title)]
    columns = 1 if plan.options.large_print else 2
    stop = [para("Stop exercising and rest if you have", styles.subheading),
            _stop_rules(styles, width - styles.gap * 1.6, columns)]
    story += [box(stop, width, STOP_TINT, STOP, styles.gap * 0.8), para("When to get help", styles.heading)]
    badge_width = max(stringWidth(g.who, BOLD, styles.body_size * 1.15) for g in SAFETY_NET) + styles.gap * 1.4
    for group in SAFETY_NET:
        story += [KeepTogether(_group(group, styles, width, badge_width)), Spacer(1, styles.gap * 0.5)]
    contact = _contact_line(plan)
    if contact:
        story += [para("Questions about your exercises?", styles.heading), para(contact, styles.body)]
    more: list[Flowable] = [para("Further information", styles.heading)]
    for charity in further_information(plan.conditions):
        more += [labelled(charity.name, f"· {charity.website}", styles.body), para(charity.about, styles.body)]
    return [*story, KeepTogether(more)]
