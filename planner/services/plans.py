"""A patient's plans: save a new version, read the latest, and print one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from planner.core.plan import Plan
from planner.core.printable import Clinic
from planner.library.loader import Library
from planner.services.printing import PrintResult, build_printable, write_pdf
from planner.storage.store import Store


class PlanService:
    def __init__(self, store: Store, library: Callable[[], Library]) -> None:
        self._store = store
        self._library = library   # called when needed: loading the library is not start-up work

    def save(self, plan: Plan) -> Plan:
        """Store the plan as the patient's next version (earlier versions are kept as they were)."""
        return self._store.plans.save_new_version(plan)

    def latest(self, patient_id: int) -> Plan | None:
        return self._store.plans.latest(patient_id)

    def history(self, patient_id: int) -> list[Plan]:
        return self._store.plans.for_patient(patient_id)

    def clinic(self) -> Clinic:
        return Clinic(**self._store.settings.get("clinic", {}))

    def write_pdf(self, plan: Plan, out: Path) -> PrintResult:
        patient = self._store.patients.get(plan.patient_id)
        latest = self._store.assessments.latest(plan.patient_id)
        conditions = latest.data.get("conditions", []) if latest else []
        printable = build_printable(
            patient.name, plan.plan_date, plan.items, self._library(), review_date=plan.review_date,
            goals=plan.goals, notes=plan.notes, clinic=self.clinic(), conditions=conditions, options=plan.options,
        )
        return write_pdf(printable, out)
