"""Turning a plan into the patient's PDF: resolve exercises, render, write the file safely."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.audit import PLAN_PRINT
from planner.core.errors import PlannerError, Problem, ValidationError
from planner.core.plan import Plan, PlanItem, PlanOptions
from planner.core.printable import (
    Clinic,
    PrintableItem,
    PrintablePlan,
    RenderedPdf,
    ScoreLine,
    Therapist,
    TherapistSummary,
)
from planner.core.vocab import CONDITIONS, normalize_tag
from planner.files import write_atomically
from planner.services import audit
from planner.services.settings import check_options

if TYPE_CHECKING:
    from planner.library.loader import Library
    from planner.services.settings import SettingsService
    from planner.storage.store import Store

SUMMARY_SCORES = tuple(f.name for f in fields(ScoreLine) if f.name not in ("assessed_on", "signed"))


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


def render_plan(printable: PrintablePlan) -> RenderedPdf:
    """The PDF with its page count and warnings (a logo left out)."""
    # reportlab is imported here, not at start-up: only making a PDF pays for it.
    from planner.report.plan_pdf import render_plan_pdf

    return render_plan_pdf(printable)


def render_pdf(printable: PrintablePlan) -> bytes:
    return render_plan(printable).data


def write_pdf(printable: PrintablePlan, out: Path) -> PrintResult:
    """Render and write the PDF via a temp file and rename, so a failure never leaves half a file."""
    rendered = render_plan(printable)
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


def render_plan_file(path: Path, out: Path, large_print: bool | None = None, paper: str | None = None) -> PrintResult:
    """`planner render`: a plan file to PDF; `large_print` and `paper` override the file's options when given.

    Any problem (bad field, unknown exercise) is raised before anything is written.
    """
    from planner.services.library import shipped_library
    from planner.services.plans import read_plan_document

    plan = read_plan_document(path)
    options = replace(plan.options, large_print=plan.options.large_print if large_print is None else large_print,
                      paper=paper or plan.options.paper)
    problems = check_options(options)
    if problems:
        raise ValidationError(problems)
    printable = build_printable(
        plan.patient_name, plan.plan_date, plan.items, shipped_library(), review_date=plan.review_date,
        goals=plan.goals, notes=plan.notes, therapist=plan.therapist, clinic=plan.clinic,
        conditions=plan.conditions, options=options,
    )
    return write_pdf(printable, out)


def render_summary(summary: TherapistSummary) -> RenderedPdf:
    from planner.report.summary_pdf import render_summary_pdf

    return render_summary_pdf(summary)


def write_summary_pdf(summary: TherapistSummary, out: Path) -> PrintResult:
    rendered = render_summary(summary)
    write_atomically(out, rendered.data)
    return PrintResult(out, rendered.pages, rendered.warnings)


class PrintService:
    """Gathers a stored plan's printable content in the caller's thread (the store is not shared across threads);
    the rendering functions above are pure and safe to run in a worker.

    The therapist, clinic and conditions come from here for every way a stored plan leaves the app (the Print
    step, a PDF or a plan file written by PlanService), so they all name the same people.
    """

    def __init__(self, store: Store, library: Callable[[], Library], settings: SettingsService) -> None:
        self._store = store
        self._library = library
        self._settings = settings

    def default_therapist_id(self, plan: Plan | None) -> int | None:
        """The profile a plan is printed with unless another is picked: the one recorded on the plan, else the
        clinic's only therapist, else none (with several, nobody is guessed)."""
        if plan is not None and plan.therapist_id is not None:
            return plan.therapist_id
        profiles = self._settings.therapists()
        return profiles[0].id if len(profiles) == 1 else None

    def therapist(self, therapist_id: int | None) -> Therapist:
        return self._settings.therapist(therapist_id).therapist if therapist_id is not None else Therapist()

    def clinic(self) -> Clinic:
        return self._settings.clinic()

    def conditions(self, patient_id: int) -> tuple[str, ...]:
        """The condition tags of the patient's latest assessment, in one spelling; a draft's unknown words are
        left out (they name no caution or charity)."""
        latest = self._store.assessments.latest(patient_id)
        tags = latest.data.get("conditions", []) if latest else []
        if not isinstance(tags, list):
            return ()
        spelled = (normalize_tag(tag) for tag in tags if isinstance(tag, str))
        return tuple(dict.fromkeys(tag for tag in spelled if tag in CONDITIONS))

    def printable(self, plan: Plan, therapist_id: int | None, options: PlanOptions) -> PrintablePlan:
        problems = check_options(options)
        if problems:
            raise ValidationError(problems)
        patient = self._store.patients.get(plan.patient_id)
        return build_printable(
            patient.name, plan.plan_date, plan.items, self._library(), review_date=plan.review_date,
            goals=plan.goals, notes=plan.notes, therapist=self.therapist(therapist_id), clinic=self.clinic(),
            conditions=self.conditions(plan.patient_id), options=options,
        )

    def summary(self, printable: PrintablePlan, patient_id: int, made_on: date) -> TherapistSummary:
        """Scores of the patient's signed assessments in force (a corrected one gives way), oldest first."""
        from planner.services.assessment_trend import in_force

        lines = tuple(ScoreLine(r.assessed_on, r.signed, **{k: r.scores.get(k) for k in SUMMARY_SCORES})
                      for r in in_force(self._store.assessments.for_patient(patient_id)))
        return TherapistSummary(printable.patient_name, made_on, lines, printable.therapist, printable.clinic,
                                printable, printable.options.paper)

    def record_printed(self, plan: Plan, therapist_id: int | None, what: str = "PDF") -> None:
        """Note the print in the audit trail (ids only), under the therapist printed on it when one was chosen."""
        therapist = self.therapist(therapist_id).name if therapist_id is not None else None
        audit.record(self._store, PLAN_PRINT, plan.patient_id, f"plan {plan.id} version {plan.version} as {what}",
                     therapist)
