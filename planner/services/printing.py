"""Turning a plan into the patient's PDF: resolve exercises, render, write the file safely."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from planner.core.errors import PlannerError, Problem, ValidationError
from planner.core.plan import PlanItem, PlanOptions
from planner.core.printable import Clinic, PrintableItem, PrintablePlan, RenderedPdf, Therapist
from planner.files import write_atomically
from planner.library.loader import Library


@dataclass(frozen=True)
class PrintResult:
    """A PDF written to `path`; `warnings` are sentences to show the person who asked for it."""

    path: Path
    pages: int
    warnings: tuple[str, ...] = ()


def build_printable(
    patient_name: str, plan_date: date, items: Iterable[PlanItem], library: Library, *,
    review_date: date | None = None, goals: Iterable[str] = (), notes: str = "",
    therapist: Therapist | None = None, clinic: Clinic | None = None, conditions: Iterable[str] = (),
    options: PlanOptions | None = None,
) -> PrintablePlan:
    """Gather everything the PDF shows; an exercise the library does not know is refused by name."""
    resolved: list[PrintableItem] = []
    problems: list[Problem] = []
    for index, item in enumerate(items):
        exercise = library.get(item.exercise_id)
        if exercise is None:
            problems.append(Problem(f"items[{index}].exercise",
                                    f"{item.exercise_id!r} is not an exercise in the library"))
        else:
            resolved.append(PrintableItem(exercise, item))
    if problems:
        raise ValidationError(problems)
    return PrintablePlan(
        patient_name=patient_name, plan_date=plan_date, items=tuple(resolved), review_date=review_date,
        goals=tuple(goals), notes=notes, therapist=therapist or Therapist(), clinic=clinic or Clinic(),
        conditions=frozenset(conditions), options=options or PlanOptions(),
    )


def render_pdf(printable: PrintablePlan) -> RenderedPdf:
    # reportlab is imported here, not at start-up: only making a PDF pays for it.
    from planner.report.plan_pdf import render_plan_pdf

    return render_plan_pdf(printable)


def write_pdf(printable: PrintablePlan, out: Path) -> PrintResult:
    """Render and write the PDF via a temp file and rename, so a failure never leaves half a file."""
    rendered = render_pdf(printable)
    write_atomically(out, rendered.data)
    return PrintResult(out, rendered.pages, rendered.warnings)


def save_copy(source: Path, target: Path) -> Path:
    """Copy a made PDF to where the user chose, safely (temp file and rename)."""
    try:
        data = source.read_bytes()
    except OSError as error:
        raise PlannerError(f"cannot read {source}: {error.strerror or error}") from None
    write_atomically(target, data)
    return target
