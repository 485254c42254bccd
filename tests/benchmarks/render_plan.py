"""Rendering cost: a 20-exercise plan with its figures, against a plain reportlab document of the same page count.

Every shipped exercise has its start and end figures, so every card is drawn in full. Both documents are built in
this process after one warm-up (fonts registered, modules imported), paired and alternated so both see the
same machine state. Prints the figures; never asserts a time.
Usage: python tests/benchmarks/render_plan.py [--runs N] [--large-print] [--paper a4|letter]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from planner.core.plan import PlanItem, PlanOptions
from planner.core.printable import Clinic, PrintablePlan, Therapist
from planner.report.card_figures import scenes_of
from planner.report.plan_pdf import PAPER, render_plan_pdf
from planner.report.styles import make_styles
from planner.services.library import shipped_library
from planner.services.printing import build_printable

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = 20


def twenty_exercise_plan(large_print: bool, paper: str) -> PrintablePlan:
    """20 library exercises with figures (by id), each with its own dose and a note."""
    library = shipped_library()
    with_figures = sorted((e for e in library.exercises.values() if e.figure), key=lambda e: e.id)[:EXERCISES]
    items = [PlanItem(e.id, e.dosage, e.flare_dosage, note="Little and often.") for e in with_figures]
    return build_printable(
        "Ana Ñúñez-O'Brien", date(2026, 11, 25), items, library, goals=("Walk the dog for 30 minutes",),
        therapist=Therapist("Sam Taylor", "Physiotherapist", "PH123456"), clinic=Clinic("Riverside", "01632 960 123"),
        conditions=("psoriasis",), options=PlanOptions(large_print=large_print, paper=paper),
    )


def plain_document(pages: int, large_print: bool, paper: str) -> bytes:
    """A plain reportlab document: a heading and three paragraphs a page, same font and page size."""
    styles = make_styles(large_print)
    story = []
    for number in range(1, pages + 1):
        story.append(Paragraph(f"Page {number}", styles.heading))
        story += [Paragraph("Sit tall near the front of a firm chair with your feet flat and hip-width apart. "
                            * 4, styles.body) for _ in range(3)]
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=PAPER[paper], invariant=True).build(story[:-1])
    return buffer.getvalue()


def _timed(work) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--large-print", action="store_true")
    parser.add_argument("--paper", choices=tuple(PAPER), default="a4")
    args = parser.parse_args()
    plan = twenty_exercise_plan(args.large_print, args.paper)
    with_figures = sum(1 for entry in plan.items if entry.exercise.figure is not None)
    rendered = render_plan_pdf(plan)   # warm-up: imports, fonts, scene caches
    plain_document(rendered.pages, args.large_print, args.paper)
    runs: list[tuple[float, float, float]] = []
    for _ in range(args.runs):
        plain = _timed(lambda: plain_document(rendered.pages, args.large_print, args.paper))
        scenes_of.cache_clear()   # first print of these exercises in this run of the app: figures posed
        first = _timed(lambda: render_plan_pdf(plan))
        again = _timed(lambda: render_plan_pdf(plan))   # printed again: posed figures are reused
        runs.append((plain, first, again))
    plain, first, again = (statistics.median(r[i] for r in runs) for i in range(3))
    print(f"{EXERCISES}-exercise plan ({with_figures} with figures), {rendered.pages} pages, "
          f"{'large' if args.large_print else 'normal'} print, {args.paper}, {args.runs} runs:")
    print(f"  plan PDF, figures posed   median {first * 1000:6.0f} ms  ({len(rendered.data) / 1024:.0f} KB)")
    print(f"  plan PDF, printed again   median {again * 1000:6.0f} ms")
    print(f"  plain reportlab           median {plain * 1000:6.0f} ms  (same page count)")
    print(f"  ratio of medians          {first / plain:.1f}x first, {again / plain:.1f}x again")
    return 0


if __name__ == "__main__":
    sys.exit(main())
