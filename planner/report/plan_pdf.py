"""The patient's printed plan: cover, one card per exercise, keeping safe, progress sheet."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from planner import __version__
from planner.core.exercise import Exercise
from planner.core.printable import PrintablePlan, RenderedPdf
from planner.report.card_figures import pictures_for
from planner.report.cover import cover_story
from planner.report.exercise_card import CardMaker, Pictures
from planner.report.logo import logo_problem
from planner.report.page_numbers import numbered_canvas
from planner.report.safety_page import safety_story
from planner.report.styles import Styles, make_styles
from planner.report.tracking_sheet import tracking_story

PAPER = {"a4": A4, "letter": LETTER}
SHARED_PAGE_FIGURES = 0.7
# Room at the foot of each page for the footer rule, the patient's name and "Page X of Y".
FOOTER_ROOM = 2.2

# (exercise, styles) -> how to draw its start and end pictures in a given space, or None if it has none.
PictureSource = Callable[[Exercise, Styles], Pictures | None]


def document(buffer: io.BytesIO, pagesize: tuple[float, float], styles: Styles, title: str, author: str,
             subject: str) -> BaseDocTemplate:
    """Pages with the plan's margins and metadata; `invariant` makes the bytes repeatable.

    The frame has no padding of its own, so `doc.width` × `doc.height` is exactly the room a flowable gets.
    """
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=styles.margin, rightMargin=styles.margin, topMargin=styles.margin,
        bottomMargin=styles.margin + styles.footer_size * FOOTER_ROOM, title=title, author=author, subject=subject,
        creator=f"Planner {__version__}", invariant=True,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="content",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def _exercises(plan: PrintablePlan, styles: Styles, width: float, page_height: float,
               pictures: PictureSource | None) -> list[Flowable]:
    """One card per exercise, two to a page when the second fits below the first.

    A card that does not fit below the one before at full size may take a more compact layout to share
    its page (dose in words only, figures no smaller than SHARED_PAGE_FIGURES of their full size).
    Each card's own band is its heading, so the cards need no page title.
    """
    cards: list[Flowable] = []
    used = 0.0   # height taken on the current page
    for number, entry in enumerate(plan.items, start=1):
        source = pictures(entry.exercise, styles) if pictures else None
        maker = CardMaker(number, entry, plan, styles, width, source, styles.figure_height)
        card = maker.card(page_height)
        room = page_height - used - styles.gap
        if used and card.height > room:
            compact = maker.card(room)
            if compact.height <= room and compact.picture_scale >= card.picture_scale * SHARED_PAGE_FIGURES:
                card = compact
        used = used + styles.gap + card.height if used and card.height <= room else card.height
        cards.append(card.flowable)
    return cards


def render_plan_pdf(plan: PrintablePlan, pictures: PictureSource | None = pictures_for) -> RenderedPdf:
    """The plan as PDF bytes; the same input always gives the same bytes. `pictures=None` prints no figures."""
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
                                                 styles.margin))
    return RenderedPdf(buffer.getvalue(), doc.page, tuple(warnings))
