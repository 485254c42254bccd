"""The patient's printed plan: cover, one card per exercise, keeping safe, progress sheet."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from planner import __version__
from planner.core.exercise import Exercise
from planner.core.printable import PrintablePlan, RenderedPdf
from planner.report.blocks import para
from planner.report.cover import cover_story
from planner.report.exercise_card import Pictures, exercise_card
from planner.report.logo import logo_problem
from planner.report.page_numbers import numbered_canvas
from planner.report.safety_page import safety_story
from planner.report.styles import Styles, make_styles
from planner.report.tracking_sheet import tracking_story

PAPER = {"a4": A4, "letter": LETTER}
MARGIN = 16 * mm
# Room at the foot of each page for the footer rule, the patient's name and "Page X of Y".
FOOTER_ROOM = 2.2

# Exercise -> how to draw its start and end pictures in a given space, or None if it has none.
PictureSource = Callable[[Exercise], Pictures | None]


def document(buffer: io.BytesIO, pagesize: tuple[float, float], styles: Styles, title: str, author: str,
             subject: str) -> SimpleDocTemplate:
    """A page template with the plan's margins and metadata; `invariant` makes the bytes repeatable."""
    return SimpleDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + styles.footer_size * FOOTER_ROOM, title=title, author=author, subject=subject,
        creator=f"Planner {__version__}", invariant=True,
    )


def _exercises(plan: PrintablePlan, styles: Styles, width: float, page_height: float,
               pictures: PictureSource | None) -> list[Flowable]:
    picture_height = styles.body_size * (12.0 if plan.options.large_print else 10.0)
    story: list[Flowable] = [
        para("Your exercises", styles.title),
        para("Do them in this order. Each card shows how to start and finish, the steps, how much to do on a"
             " normal day and on a flare day, and when to stop.", styles.body),
    ]
    for number, entry in enumerate(plan.items, start=1):
        source = pictures(entry.exercise) if pictures else None
        story.append(exercise_card(number, entry, plan, styles, width, page_height, source, picture_height))
    return story


def render_plan_pdf(plan: PrintablePlan, pictures: PictureSource | None = None) -> RenderedPdf:
    """The plan as PDF bytes; the same input always gives the same bytes."""
    styles = make_styles(plan.options.large_print)
    pagesize = PAPER[plan.options.paper]
    buffer = io.BytesIO()
    doc = document(buffer, pagesize, styles, title=f"Exercise plan for {plan.patient_name}",
                   author=plan.therapist.name or plan.clinic.name or "Planner",
                   subject="Home exercise plan for axial spondyloarthritis")
    warnings: list[str] = []
    problem = logo_problem(plan.clinic.logo)
    if problem:
        warnings.append(f"{problem} The plan was printed without it.")
    story = cover_story(plan, styles, doc.width, with_logo=bool(plan.clinic.logo) and problem is None)
    story += [PageBreak(), *_exercises(plan, styles, doc.width, doc.height, pictures)]
    story += [PageBreak(), *safety_story(plan, styles, doc.width)]
    story += tracking_story(plan, styles, doc.width, doc.height)
    doc.build(story, canvasmaker=numbered_canvas(f"Exercise plan for {plan.patient_name}", styles.footer_size,
                                                 MARGIN))
    return RenderedPdf(buffer.getvalue(), doc.page, tuple(warnings))
