"""The plan being built for the open patient, shared by the Choose, Plan and Print steps."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from planner.core.exercise import Exercise
from planner.core.plan import PlanItem


class PlanDraft(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[PlanItem] = []

    def set_items(self, items: list[PlanItem]) -> None:
        self.items = list(items)
        self.changed.emit()

    def contains(self, exercise_id: str) -> bool:
        return any(item.exercise_id == exercise_id for item in self.items)

    def add(self, exercise: Exercise, reason: str = "") -> None:
        if self.contains(exercise.id):
            return
        self.items.append(PlanItem(exercise.id, exercise.dosage, exercise.flare_dosage, reason=reason))
        self.changed.emit()

    def remove(self, exercise_id: str) -> None:
        self.items = [item for item in self.items if item.exercise_id != exercise_id]
        self.changed.emit()

    def update(self, index: int, **changes: object) -> None:
        self.items[index] = replace(self.items[index], **changes)
        self.changed.emit()

    def move(self, index: int, offset: int) -> None:
        target = index + offset
        if 0 <= index < len(self.items) and 0 <= target < len(self.items):
            self.items[index], self.items[target] = self.items[target], self.items[index]
            self.changed.emit()
