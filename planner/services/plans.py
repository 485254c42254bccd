"""A patient's plans: save a new version, read the latest and the earlier versions."""

from __future__ import annotations

from collections.abc import Callable

from planner.core.plan import Plan
from planner.library.loader import Library
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
