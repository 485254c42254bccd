"""Start and end figures on the cards: drawn from the exercise's [figure] table, bigger in large print."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from planner.core.plan import PlanItem, PlanOptions
from planner.core.printable import PrintablePlan
from planner.report import card_figures
from planner.report.card_figures import pictures_for
from planner.report.plan_pdf import render_plan_pdf
from planner.report.styles import make_styles
from planner.services.library import shipped_library
from planner.services.printing import build_printable
from tests.report.pdf_facts import flat, page_texts

LYING = {"props": ["mat"], "anchor": "feet", "start": {"preset": "lying-back-knees-bent"},
         "end": {"joints": {"body_tilt": -120, "hip": 10, "knee": 100, "neck_bend": 30, "shoulder": -30}}}


def plan_of(exercise_id: str, large_print: bool = False, figure: dict | None = None) -> PrintablePlan:
    library = shipped_library()
    exercise = library.get(exercise_id)
    plan = build_printable("Ann Lee", date(2026, 11, 25), [PlanItem(exercise_id, exercise.dosage,
                                                                     exercise.flare_dosage)], library,
                           options=PlanOptions(large_print=large_print))
    if figure is not None:
        plan = dataclasses.replace(plan, items=(dataclasses.replace(
            plan.items[0], exercise=dataclasses.replace(exercise, figure=figure)),))
    return plan


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, float]]:
    """The size of every figure actually drawn into a PDF."""
    sizes: list[tuple[float, float]] = []
    real = card_figures._SceneFlowable.draw

    def spy(self: card_figures._SceneFlowable) -> None:
        sizes.append((self.width, self.height))
        real(self)

    monkeypatch.setattr(card_figures._SceneFlowable, "draw", spy)
    return sizes


def test_a_card_shows_the_start_and_end_figures_with_captions(drawn: list[tuple[float, float]]) -> None:
    pages = [flat(t) for t in page_texts(render_plan_pdf(plan_of("thoracic-rotation-sitting")).data)]
    card = next(text for text in pages if "1 Seated upper-back twist" in text)
    assert "Start" in card and "Finish" in card
    assert len(drawn) == 2 and drawn[0] == drawn[1]       # both at one scale, side by side
    assert drawn[0][1] >= 100                             # a figure you can see (3.5 cm), not a thumbnail


def test_large_print_draws_the_figures_bigger(drawn: list[tuple[float, float]]) -> None:
    render_plan_pdf(plan_of("thoracic-rotation-sitting"))
    normal = drawn[0][1]
    drawn.clear()
    render_plan_pdf(plan_of("thoracic-rotation-sitting", large_print=True))
    assert drawn[0][1] > normal
    assert make_styles(True).figure_height > make_styles(False).figure_height


def test_a_lying_figure_goes_across_the_card_not_beside_the_steps(drawn: list[tuple[float, float]]) -> None:
    render_plan_pdf(plan_of("bridge", figure=LYING))
    (start, end) = drawn
    assert start == end and start[0] > 2 * start[1]
    assert start[0] > 0.42 * 500                           # wider than the column beside the steps


def test_an_exercise_without_a_figure_prints_without_pictures(drawn: list[tuple[float, float]]) -> None:
    plan = plan_of("chin-tuck-sitting")
    plan = dataclasses.replace(plan, items=(dataclasses.replace(
        plan.items[0], exercise=dataclasses.replace(plan.items[0].exercise, figure=None)),))
    text = flat(" ".join(page_texts(render_plan_pdf(plan).data)))
    assert drawn == [] and "Finish" not in text


def test_a_figure_table_with_problems_gives_no_pictures() -> None:
    exercise = dataclasses.replace(shipped_library().get("bridge"), figure={"view": "sideways"})
    assert pictures_for(exercise, make_styles(False)) is None


def test_pictures_are_laid_out_in_the_space_given_and_report_their_scale() -> None:
    lay_out = pictures_for(shipped_library().get("thoracic-rotation-sitting"), make_styles(False))
    small, large = lay_out(200, 120), lay_out(200, 240)
    assert small is not None and large is not None and large.scale > small.scale
    for picture, (width, height) in ((small, (200, 120)), (large, (200, 240))):
        drawn_width, drawn_height = picture.make().wrap(width, height)
        assert drawn_width <= width + 0.01 and drawn_height <= height + 0.01
        assert abs(drawn_height - picture.height) < 0.01
    assert lay_out(20, 20) is None                          # too small to help: no picture at all
