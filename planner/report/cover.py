"""The cover page: who the plan is for and from, the goals, and how to use the plan."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from planner.core.advice import HOW_TO_USE
from planner.core.printable import Clinic, PrintablePlan, Therapist
from planner.report.blocks import box, bullets, para
from planner.report.logo import logo_flowable
from planner.report.styles import ACCENT, ACCENT_TINT, RULE, Styles


def long_date(day: object) -> str:
    # "%-d" is not portable (Windows); strip the leading zero by hand.
    return f"{day:%d %B %Y}".lstrip("0")  # type: ignore[str-format]


def letterhead(clinic: Clinic, styles: Styles, width: float, with_logo: bool) -> list[Flowable]:
    """Logo beside the clinic's name, address and phone, over a rule; nothing when no clinic is set."""
    lines: list[Flowable] = []
    if clinic.name:
        lines.append(para(clinic.name, styles.subheading))
    contact = "  ·  ".join(x for x in (clinic.address, f"Phone {clinic.phone}" if clinic.phone else "") if x)
    if contact:
        lines.append(para(contact, styles.body))
    if not lines and not with_logo:
        return []
    logo_size = styles.body_size * 5.5
    cells: list[object] = [logo_flowable(clinic.logo, logo_size * 1.6, logo_size)] if with_logo else []
    widths = [logo_size * 1.6 + styles.gap] if with_logo else []
    cells.append(lines)
    widths.append(width - sum(widths))
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, -1), 1.5, ACCENT),
        ("BOTTOMPADDING", (0, 0), (-1, -1), styles.gap * 0.6),
    ]))
    return [table, Spacer(1, styles.gap * 1.5)]


def _therapist_line(therapist: Therapist) -> str:
    text = ", ".join(x for x in (therapist.name, therapist.role) if x)
    if therapist.registration:
        text += f" (registration {therapist.registration})"
    return text


def _details(plan: PrintablePlan, styles: Styles, width: float) -> Table:
    rows: list[tuple[str, str]] = [("Date of this plan", long_date(plan.plan_date))]
    if plan.review_date:
        rows.append(("Your review", long_date(plan.review_date)))
    if plan.therapist.name:
        rows.append(("Your therapist", _therapist_line(plan.therapist)))
    phone = plan.therapist.contact or plan.clinic.phone
    if phone:
        rows.append(("Questions? Ring", phone))
    label_width = styles.body_size * 11
    inner = width - 2 * styles.gap
    table = Table([[para(k, styles.label), para(v, styles.body)] for k, v in rows],
                  colWidths=[label_width, inner - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return box(table, width, ACCENT_TINT, ACCENT_TINT, styles.gap)


def _how_to_use(styles: Styles, width: float) -> Table:
    label_width = width * 0.3
    table = Table([[para(tip.heading, styles.label), para(tip.text, styles.body)] for tip in HOW_TO_USE],
                  colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), styles.gap * 0.6),
        ("TOPPADDING", (0, 0), (-1, -1), styles.gap * 0.3), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("LINEBELOW", (0, 0), (-1, -2), 0.6, RULE),
    ]))
    return table


def cover_story(plan: PrintablePlan, styles: Styles, width: float, with_logo: bool) -> list[Flowable]:
    story = letterhead(plan.clinic, styles, width, with_logo)
    story += [para("Your exercise plan", styles.title), para(f"For {plan.patient_name}", styles.heading),
              Spacer(1, styles.gap * 0.5), _details(plan, styles, width)]
    if plan.goals:
        story += [para("Your goals", styles.heading), bullets(plan.goals, styles)]
    if plan.notes:
        story += [para("A note from your therapist", styles.heading), para(plan.notes, styles.body)]
    # Kept whole: if it does not fit under the goals (large print), it gets the next page to itself.
    story.append(KeepTogether([para("How to use this plan", styles.heading), _how_to_use(styles, width)]))
    return story
