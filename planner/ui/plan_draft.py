"""The plan being built for the open patient, shared by the Choose, Plan and Print steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from planner.core.errors import PlannerError
from planner.core.exclusions import Exclusion, exclusion_for
from planner.core.exercise import Exercise
from planner.core.plan import Plan, PlanItem
from planner.core.rules import BALANCED_CATEGORIES
from planner.ui.models.plan_items import PlanItemsModel

if TYPE_CHECKING:   # the start-up path does not load the library or the suggestion service
    from planner.core.tailoring import Suggestion
    from planner.library.loader import Library
    from planner.services.suggest import PatientSuggestions

REVIEW_AFTER = timedelta(weeks=6)   # a first review at about six weeks (project default; editable)

# (patient id, newly diagnosed) -> suggestions from the latest signed assessment, or None if none is signed
SuggestionSource = Callable[[int, bool], "PatientSuggestions | None"]


class PlanDraft(QObject):
    """Items live in `model` (a Qt table model); the rest of the plan and the patient's context live here."""

    changed = Signal()           # items or plan details changed
    context_changed = Signal()   # another patient, or new suggestions

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = PlanItemsModel(self)
        self.model.edited.connect(self.changed)
        self.patient_id: int | None = None
        self.base_plan: Plan | None = None            # the latest saved version, the start of this one
        self.suggested: PatientSuggestions | None = None
        self.suggestion_problem = ""                  # why there are no suggestions, when it is not obvious
        self.newly_diagnosed = False
        self._source: SuggestionSource | None = None
        self.goals: list[str] = []
        self.notes = ""
        self.plan_date = date.today()
        self.review_date: date | None = self.plan_date + REVIEW_AFTER

    def attach_library(self, library: Library) -> None:
        self.model.set_lookup(library.get)

    # ---- the patient's context ----

    @property
    def items(self) -> list[PlanItem]:
        return list(self.model.items)

    @property
    def conditions(self) -> frozenset[str]:
        return self.suggested.suggestions.conditions if self.suggested else frozenset()

    @property
    def flare(self) -> bool:
        return bool(self.suggested and self.suggested.suggestions.flare)

    @property
    def expected_categories(self) -> tuple[str, ...]:
        return self.suggested.suggestions.expected_categories if self.suggested else BALANCED_CATEGORIES

    def set_suggestion_source(self, source: SuggestionSource) -> None:
        self._source = source

    def load(self, patient_id: int | None, latest: Plan | None) -> None:
        """Open a patient: the next version starts as a copy of the latest one, dated today."""
        self.patient_id, self.base_plan, self.newly_diagnosed = patient_id, latest, False
        self.plan_date = date.today()
        self.review_date = self.plan_date + REVIEW_AFTER
        self.notes = latest.notes if latest else ""
        self.goals = list(latest.goals) if latest else []
        self.model.set_items(latest.items if latest else ())
        self.refresh_suggestions()

    def refresh_suggestions(self) -> None:
        """Ask again (after a sign-off, or when "newly diagnosed" changes)."""
        found, problem = None, ""
        if self.patient_id is not None and self._source is not None:
            try:
                found = self._source(self.patient_id, self.newly_diagnosed)
            except PlannerError as error:
                problem = str(error)
        self.suggestion_problem = problem
        self.suggested = found
        self._merge_goals()
        self.context_changed.emit()
        self.changed.emit()

    def set_newly_diagnosed(self, newly_diagnosed: bool) -> None:
        if newly_diagnosed != self.newly_diagnosed:
            self.newly_diagnosed = newly_diagnosed
            self.refresh_suggestions()

    def _merge_goals(self) -> None:
        """The plan keeps its goals; goals new in the assessment are added after them."""
        if self.suggested:
            self.goals += [g for g in self.suggested.suggestions.goals if g not in self.goals]

    def exclusion(self, exercise: Exercise) -> Exclusion | None:
        """Why this exercise needs the therapist's reason to go in the plan (None: it does not)."""
        return exclusion_for(exercise, self.conditions, self.flare)

    # ---- items ----

    def set_items(self, items: list[PlanItem]) -> None:
        self.model.set_items(items)

    def contains(self, exercise_id: str) -> bool:
        return any(item.exercise_id == exercise_id for item in self.model.items)

    def add(self, exercise: Exercise, reason: str = "", override_reason: str = "") -> bool:
        if self.contains(exercise.id):
            return False
        dosage = exercise.flare_dosage if self.flare and exercise.flare_dosage else exercise.dosage
        self.model.append(PlanItem(exercise.id, dosage, exercise.flare_dosage, reason=reason,
                                   override_reason=override_reason))
        return True

    def add_suggestion(self, suggestion: Suggestion) -> bool:
        if self.contains(suggestion.exercise_id):
            return False
        source = self.suggested.suggestions.goals if self.suggested else ()
        goals = tuple(self.goals.index(source[i]) for i in suggestion.goals if source[i] in self.goals)
        self.model.append(PlanItem(suggestion.exercise_id, suggestion.dosage, suggestion.flare_dosage,
                                   reason=suggestion.reason, goals=goals))
        return True

    def add_item(self, item: PlanItem) -> bool:
        if self.contains(item.exercise_id):
            return False
        self.model.append(item)
        return True

    def remove(self, exercise_id: str) -> None:
        for row, item in enumerate(self.model.items):
            if item.exercise_id == exercise_id:
                self.model.removeRow(row)
                return

    def update(self, index: int, **changes: object) -> None:
        self.model.replace_item(index, replace(self.model.items[index], **changes))

    def move(self, index: int, offset: int) -> bool:
        return self.model.move(index, offset)

    def set_details(self, *, plan_date: date | None = None, review_date: date | None = None,
                    notes: str | None = None) -> None:
        if plan_date is not None:
            self.plan_date = plan_date
        if review_date is not None:
            self.review_date = review_date
        if notes is not None:
            self.notes = notes
        self.changed.emit()

    def to_plan(self) -> Plan:
        if self.patient_id is None:
            raise ValueError("no patient is open")
        assessment = self.suggested.assessment.id if self.suggested else None
        return Plan(patient_id=self.patient_id, plan_date=self.plan_date, items=self.model.items,
                    review_date=self.review_date, goals=tuple(self.goals), notes=self.notes,
                    assessment_id=assessment)
