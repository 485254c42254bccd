"""A built-in fictional patient and plan, so the whole app can be shown and checked headless."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from planner.core.plan import PlanItem, PlanOptions
from planner.core.printable import Clinic, PrintablePlan, Therapist
from planner.services.library import shipped_library
from planner.services.printing import PrintResult, build_printable, write_pdf

DEMO_PATIENT = "Ana Ñúñez-O'Brien"
DEMO_DATE = date(2026, 11, 25)   # fixed, so the demo PDF is the same every time
DEMO_GOALS = ("Walk the dog for 30 minutes without stopping", "Turn my head to reverse the car")
DEMO_CONDITIONS = ("psoriasis",)
DEMO_EXERCISES: tuple[tuple[str, str], ...] = (
    ("thoracic-rotation-sitting", "Do this one first thing in the morning."),
    ("chin-tuck-sitting", ""),
    ("cat-camel-sitting", ""),
    ("knee-rolls", ""),
    ("hip-flexor-stretch-standing", "Hold the back of a sturdy chair."),
    ("hamstring-stretch-supine-towel", ""),
    ("bridge", ""),
    ("lateral-costal-breathing", ""),
    ("walking", "Build up by 5 minutes each week."),
)


def demo_printable(large_print: bool = False, paper: str = "a4") -> PrintablePlan:
    library = shipped_library()
    items = []
    for exercise_id, note in DEMO_EXERCISES:
        exercise = library.get(exercise_id)
        dosage = exercise.dosage if exercise else None
        items.append(PlanItem(exercise_id, dosage, exercise.flare_dosage if exercise else None, note=note))
    return build_printable(
        DEMO_PATIENT, DEMO_DATE, items, library, review_date=DEMO_DATE + timedelta(weeks=6), goals=DEMO_GOALS,
        notes="Little and often is the key. Ring me if anything on this plan worries you.",
        therapist=Therapist("Sam Taylor", "Physiotherapist", "PH123456", "01632 960 123"),
        clinic=Clinic("Riverside Rheumatology Physiotherapy", "01632 960 123", "1 River Lane, Exampleton EX1 2AB"),
        conditions=DEMO_CONDITIONS, options=PlanOptions(large_print=large_print, paper=paper),
    )


def write_demo_plan(out: Path, large_print: bool = False, paper: str = "a4") -> PrintResult:
    return write_pdf(demo_printable(large_print, paper), out)
