"""A list model of exercises for the Library page: name and facts, a thumbnail drawn when first shown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.core.exercise import Exercise
from planner.core.vocab import CATEGORY_LABELS, POSITION_LABELS
from planner.ui.thumbnails import FigureCache, blank_thumbnail

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
EXERCISE_ROLE = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex


def summary_line(exercise: Exercise) -> str:
    """Category, position and level in words, e.g. 'Mobility · Sitting · level 1 · clinic's own'."""
    parts = [CATEGORY_LABELS.get(exercise.category, exercise.category),
             POSITION_LABELS.get(exercise.position, exercise.position), f"level {exercise.level}"]
    if exercise.origin == "custom":
        parts.append("clinic's own")
    return " · ".join(parts)


class ExerciseListModel(QAbstractListModel):
    """Rows are exercises; a row's note (e.g. "✓ in the plan") is shown under its facts."""

    def __init__(self, figures: FigureCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._figures = figures
        self._exercises: list[Exercise] = []
        self._rows: dict[str, int] = {}
        self._notes: Mapping[str, str] = {}
        self._blank = blank_thumbnail()
        figures.thumbnail_ready.connect(self._thumbnail_ready)

    def set_exercises(self, exercises: Sequence[Exercise], notes: Mapping[str, str] | None = None) -> None:
        self.beginResetModel()
        self._exercises = list(exercises)
        self._rows = {e.id: row for row, e in enumerate(self._exercises)}
        self._notes = dict(notes or {})
        self.endResetModel()

    def exercise(self, row: int) -> Exercise | None:
        return self._exercises[row] if 0 <= row < len(self._exercises) else None

    def row_of(self, exercise_id: str) -> int | None:
        return self._rows.get(exercise_id)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._exercises)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._exercises):
            return None
        exercise = self._exercises[index.row()]
        note = self._notes.get(exercise.id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(part for part in (exercise.name, summary_line(exercise), note) if part)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(part for part in (exercise.name, summary_line(exercise), note) if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{exercise.name}\nAlso called: {', '.join(exercise.aliases)}" if exercise.aliases else exercise.name
        if role == Qt.ItemDataRole.DecorationRole:
            return self._figures.thumbnail(exercise) or self._blank
        if role == EXERCISE_ID_ROLE:
            return exercise.id
        if role == EXERCISE_ROLE:
            return exercise
        return None

    def _thumbnail_ready(self, exercise_id: str) -> None:
        row = self._rows.get(exercise_id)
        if row is not None:
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
