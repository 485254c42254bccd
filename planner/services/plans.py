"""A patient's plans: versions, checks on save, what changed, templates, portable JSON files and printing."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from pathlib import Path

from planner.core.audit import EXPORT
from planner.core.errors import PlannerError, Problem, ValidationError
from planner.core.exclusions import CAUTION_LABELS
from planner.core.plan import Plan, PlanItem
from planner.core.plan_diff import PlanChange, diff_plans
from planner.core.plan_document import PlanDocument, parse_plan_document, plan_document_json
from planner.core.template import Template
from planner.core.template_plan import AppliedTemplate, apply_template, template_data, template_from_items
from planner.files import read_json_file, write_atomically
from planner.library.loader import Library
from planner.library.templates import parse_template
from planner.services import audit
from planner.services.printing import PrintResult, PrintService, write_pdf
from planner.services.settings import SettingsService
from planner.storage.store import Store


class PlanService:
    def __init__(self, store: Store, library: Callable[[], Library]) -> None:
        self._store = store
        self._library = library   # called when needed: loading the library is not start-up work
        self._printing = PrintService(store, library, SettingsService(store))

    # ---- versions ----

    def save(self, plan: Plan, conditions: Collection[str] = ()) -> Plan:
        """Store the plan as the patient's next version (earlier versions are kept as they were).

        Refused, with every problem named, when an exercise is not in the library or has a caution
        matching the patient's `conditions` without the therapist's recorded reason.
        """
        self.check_items(plan.items, conditions)
        return self._store.plans.save_new_version(plan)

    def check_items(self, items: Sequence[PlanItem], conditions: Collection[str] = ()) -> None:
        library = self._library()
        problems: list[Problem] = []
        for index, item in enumerate(items):
            exercise = library.get(item.exercise_id)
            if exercise is None:
                problems.append(Problem(f"items[{index}].exercise",
                                        f"'{item.exercise_id}' is not an exercise in the library"))
                continue
            matches = exercise.caution_matches(frozenset(conditions))
            if matches and not item.override_reason.strip():
                labels = ", ".join(CAUTION_LABELS.get(m, m).lower() for m in matches)
                problems.append(Problem(f"items[{index}].override_reason",
                                        f"{exercise.name} has a caution for {labels}: record why it is kept"))
        if problems:
            raise ValidationError(problems)

    def latest(self, patient_id: int) -> Plan | None:
        return self._store.plans.latest(patient_id)

    def history(self, patient_id: int) -> list[Plan]:
        return self._store.plans.for_patient(patient_id)

    def version(self, patient_id: int, number: int | None = None) -> Plan:
        """One version of the patient's plan (the latest when `number` is None)."""
        self._store.patients.get(patient_id)   # NotFoundError names a patient that does not exist
        plans = self.history(patient_id)
        found = [p for p in plans if number is None or p.version == number]
        if not found:
            have = f"versions 1 to {len(plans)}" if plans else "no plan yet"
            raise PlannerError(f"patient {patient_id} has no plan version {number} ({have})" if number
                               else f"patient {patient_id} has no plan yet")
        return found[-1]

    def copy_previous(self, patient_id: int) -> tuple[PlanItem, ...]:
        """The items of the patient's latest plan, to start the next version from."""
        latest = self.latest(patient_id)
        return latest.items if latest else ()

    def exercise_name(self, exercise_id: str) -> str:
        exercise = self._library().get(exercise_id)
        return exercise.name if exercise else exercise_id

    def changes(self, old: Plan, new: Plan) -> list[PlanChange]:
        """What changed from `old` to `new` (two versions, or the last version and a draft)."""
        return diff_plans(old.items, new.items, self.exercise_name, old_review=old.review_date,
                          new_review=new.review_date, old_goals=old.goals, new_goals=new.goals)

    # ---- templates ----

    def templates(self) -> list[Template]:
        """The shipped templates, then the clinic's saved ones, each group by name."""
        shipped = sorted(self._library().templates.values(), key=lambda t: t.name.casefold())
        saved = []
        for row in self._store.templates.all():
            template, _ = parse_template(row.data, origin="saved")
            if template is not None:
                saved.append(template)
        return shipped + sorted(saved, key=lambda t: t.name.casefold())

    def template(self, template_id: str, origin: str = "shipped") -> Template:
        for template in self.templates():
            if template.id == template_id and template.origin == origin:
                return template
        raise PlannerError(f"there is no {origin} template '{template_id}'")

    def apply_template(self, template: Template, conditions: Collection[str] = (),
                       flare: bool = False) -> AppliedTemplate:
        return apply_template(template, self._library().get, conditions, flare)

    def save_template(self, name: str, items: Sequence[PlanItem], rationale: str = "") -> Template:
        if not name.strip():
            raise ValidationError([Problem("name", "give the template a name of 1 to 60 characters")])
        if len(name.strip()) > 60:
            raise ValidationError([Problem("name", "must be at most 60 characters")])
        if not items:
            raise ValidationError([Problem("items", "a template needs at least one exercise")])
        template = template_from_items(name, items, self._store.templates.ids(), rationale)
        self._store.templates.add(template.id, template_data(template))
        return template

    def delete_template(self, template_id: str) -> None:
        self._store.templates.delete(template_id)

    # ---- portable files ----

    def document(self, plan: Plan) -> PlanDocument:
        """The plan as a portable document, naming the therapist and clinic the Print step would print."""
        patient = self._store.patients.get(plan.patient_id)
        therapist = self._printing.therapist(self._printing.default_therapist_id(plan))
        return PlanDocument(patient.name, plan.plan_date, plan.items, plan.review_date, plan.goals, plan.notes,
                            therapist, self._printing.clinic(), plan.options,
                            self._printing.conditions(plan.patient_id))

    def export_json(self, plan: Plan, out: Path) -> Path:
        """Write the plan as a `planner.plan/1` file (temp file and rename: never half a file)."""
        text = json.dumps(plan_document_json(self.document(plan)), indent=2, ensure_ascii=False) + "\n"
        write_atomically(out, text.encode("utf-8"))
        audit.record(self._store, EXPORT, plan.patient_id, f"plan {plan.id} version {plan.version} as plan JSON")
        return out

    def read_json(self, source: Path) -> PlanDocument:
        """Read a plan file, refusing it with every problem named (fields, ranges, unknown exercises)."""
        document = read_plan_document(source)
        library = self._library()
        unknown = [Problem(f"items[{i}].exercise", f"'{item.exercise_id}' is not an exercise in the library")
                   for i, item in enumerate(document.items) if library.get(item.exercise_id) is None]
        if unknown:
            raise ValidationError(unknown)
        return document

    def import_json(self, source: Path, patient_id: int, conditions: Collection[str] = ()) -> Plan:
        """Save a plan file as the patient's next version."""
        return self.save(plan_from_document(self.read_json(source), patient_id), conditions)

    # ---- printing ----

    def write_pdf(self, plan: Plan, out: Path) -> PrintResult:
        """The plan's PDF with its own print options, made and recorded as the Print step makes it."""
        therapist_id = self._printing.default_therapist_id(plan)
        written = write_pdf(self._printing.printable(plan, therapist_id, plan.options), out)
        self._printing.record_printed(plan, therapist_id)
        return written


def plan_from_document(document: PlanDocument, patient_id: int) -> Plan:
    """An unsaved plan for `patient_id` with the document's contents."""
    return Plan(patient_id=patient_id, plan_date=document.plan_date, items=document.items,
                review_date=document.review_date, goals=document.goals, notes=document.notes, options=document.options)


def read_plan_document(path: Path) -> PlanDocument:
    """Read and check a plan file: problems name the file, bad JSON its line; a relative logo path is taken
    from the plan file's folder. The one reader of plan files (import, `planner plan import`, `planner render`)."""
    data = read_json_file(path)
    try:
        document = parse_plan_document(data)
    except ValidationError as error:
        raise ValidationError(Problem(p.field, p.message, str(path)) for p in error.problems) from None
    logo = document.clinic.logo
    if logo and not Path(logo).expanduser().is_absolute():
        document = replace(document, clinic=replace(document.clinic, logo=str(path.parent / logo)))
    return document
