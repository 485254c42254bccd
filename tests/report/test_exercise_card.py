"""Exercise cards: every card in the library fits a page, pictures go where they draw biggest, doses in figures."""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import pytest
from reportlab.platypus import Spacer

from planner.core.dosage import Dosage
from planner.core.plan import PlanItem, PlanOptions
from planner.core.printable import PrintablePlan
from planner.report import exercise_card as card_module
from planner.report.dose_tiles import dose_figures
from planner.report.exercise_card import Picture, exercise_card
from planner.report.plan_pdf import PAPER, document, render_plan_pdf
from planner.report.styles import make_styles
from planner.services.library import shipped_library
from planner.services.printing import build_printable
from tests.report.pdf_facts import flat, page_texts


def library_plan(large_print: bool, paper: str) -> PrintablePlan:
    library = shipped_library()
    items = [PlanItem(e.id, e.dosage, e.flare_dosage, note="Hold the back of a sturdy chair.")
             for e in library.exercises.values()]
    return build_printable("Ann Lee", date(2026, 11, 25), items, library,
                           options=PlanOptions(large_print=large_print, paper=paper))


def too_tall(plan: PrintablePlan) -> set[str]:
    styles = make_styles(plan.options.large_print)
    doc = document(io.BytesIO(), PAPER[plan.options.paper], styles, "t", "a", "s")
    tall = set()
    for number, entry in enumerate(plan.items, start=1):
        card = exercise_card(number, entry, plan, styles, doc.width, doc.height, None, 0)
        if card.height > doc.height:
            tall.add(entry.exercise.id)
    return tall


@pytest.mark.parametrize(("large_print", "paper"), [(False, "a4"), (False, "letter"), (True, "a4"), (True, "letter")])
def test_every_library_exercise_card_fits_on_one_page(large_print: bool, paper: str) -> None:
    assert too_tall(library_plan(large_print, paper)) == set()


def test_a_card_longer_than_a_page_continues_with_its_header_repeated() -> None:
    library = shipped_library()
    long = dataclasses.replace(library.get("bridge"), instructions=tuple(
        f"Step {n}: a long instruction that fills a good part of a line at sixteen points, on purpose."
        for n in range(1, 19)))
    plan = build_printable("Ann Lee", date(2026, 11, 25), [PlanItem("bridge", long.dosage, long.flare_dosage)],
                           library, options=PlanOptions(large_print=True))
    plan = dataclasses.replace(plan, items=(dataclasses.replace(plan.items[0], exercise=long),))
    pages = [flat(text) for text in page_texts(render_plan_pdf(plan).data)]
    holding = [n for n, text in enumerate(pages) if "1 Bridge" in text]
    assert len(holding) == 2 and holding[1] == holding[0] + 1
    assert "Step 1:" in pages[holding[0]] and "Stop if you get sharp pain" in pages[holding[1]]


def fake_pictures(figure_width: float, figure_height: float):
    """Pictures of a figure `figure_width` × `figure_height` units, laid out side by side like the real ones."""

    def lay_out(width: float, height: float) -> Picture | None:
        scale = min(width / 2 / figure_width, height / figure_height)
        return Picture(lambda: Spacer(width, figure_height * scale), figure_height * scale, scale)

    return lay_out


def chosen_placement(monkeypatch: pytest.MonkeyPatch, large_print: bool, figure: tuple[float, float]) -> str:
    seen: list[str] = []
    real = card_module.card_table

    def spy(number, entry, plan, styles, width, layout):  # type: ignore[no-untyped-def]
        seen.append(layout.placement)
        return real(number, entry, plan, styles, width, layout)

    monkeypatch.setattr(card_module, "card_table", spy)
    library = shipped_library()
    exercise = library.get("chin-tuck-sitting")
    plan = build_printable("Ann Lee", date(2026, 11, 25), [PlanItem(exercise.id, exercise.dosage, None)], library,
                           options=PlanOptions(large_print=large_print))
    styles = make_styles(large_print)
    doc = document(io.BytesIO(), PAPER["a4"], styles, "t", "a", "s")
    exercise_card(1, plan.items[0], plan, styles, doc.width, doc.height, fake_pictures(*figure),
                  styles.figure_height)
    return seen[-1]


def test_a_tall_figure_goes_beside_the_steps_and_a_wide_one_on_top(monkeypatch: pytest.MonkeyPatch) -> None:
    assert chosen_placement(monkeypatch, False, (40, 180)) == "left"    # standing, seen from the front
    assert chosen_placement(monkeypatch, False, (240, 40)) == "top"     # lying flat, seen from the side


def test_pictures_shrink_before_a_card_leaves_its_page() -> None:
    library = shipped_library()
    exercise = library.get("chin-tuck-sitting")
    plan = build_printable("Ann Lee", date(2026, 11, 25), [PlanItem(exercise.id, exercise.dosage, None)], library)
    styles = make_styles(False)
    doc = document(io.BytesIO(), PAPER["a4"], styles, "t", "a", "s")
    roomy = exercise_card(1, plan.items[0], plan, styles, doc.width, doc.height, fake_pictures(40, 180), 200)
    tight = exercise_card(1, plan.items[0], plan, styles, doc.width, 400, fake_pictures(40, 180), 200)
    assert tight.height <= 400 < roomy.height
    assert 0 < tight.picture_scale < roomy.picture_scale


@pytest.mark.parametrize(("dosage", "side", "expected"), [
    (Dosage(sets=1, reps=10, hold_seconds=3, sessions_per_day=2), "alternate",
     [("10", "times"), ("3 s", "hold"), ("2×", "a day"), ("7", "days a week")]),
    (Dosage(sets=2, reps=8, days_per_week=3), "each-side",
     [("2", "sets"), ("8", "each side"), ("1×", "a day"), ("3", "days a week")]),
    (Dosage(sets=3, hold_seconds=30), "each-side",
     [("30 s", "hold"), ("3", "each side"), ("1×", "a day"), ("7", "days a week")]),
    (Dosage(hold_seconds=60), "n/a", [("60 s", "hold"), ("1×", "a day"), ("7", "days a week")]),
    (Dosage(duration_minutes=20, days_per_week=5), "n/a", [("20", "minutes"), ("1×", "a day"), ("5", "days a week")]),
])
def test_a_dose_in_figures_reads_figure_then_word(dosage: Dosage, side: str, expected: list) -> None:
    assert dose_figures(dosage, side) == expected
