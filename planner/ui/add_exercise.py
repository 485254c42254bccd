"""Adding an exercise to the plan: one with a caution for this patient goes in only with a recorded reason."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.core.exercise import Exercise
from planner.ui.dialogs import override_dialog
from planner.ui.plan_draft import PlanDraft


def add_checked(parent: QWidget, draft: PlanDraft, exercise: Exercise, reason: str = "") -> bool:
    """Add `exercise`; if it is excluded for this patient, ask why first (cancel adds nothing)."""
    if draft.contains(exercise.id):
        return False
    exclusion = draft.exclusion(exercise)
    override = ""
    if exclusion is not None:
        answer = override_dialog.ask_override_reason(parent, exercise.name, exclusion.reason)
        if not answer:
            return False
        override = answer
    return draft.add(exercise, reason=reason, override_reason=override)
