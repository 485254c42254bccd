"""Choose step: find exercises in the library and add them to the plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.vocab import CATEGORY_LABELS
from planner.library.loader import Library
from planner.library.search import ExerciseIndex
from planner.ui.plan_draft import PlanDraft

EXERCISE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChoosePage(QWidget):
    def __init__(self, library: Library, draft: PlanDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._index = ExerciseIndex(library.exercises.values())
        self._draft = draft
        self._build()
        draft.changed.connect(self._refresh)
        self._refresh()

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText("Search exercises: name, body part, aim…")
        self.search_edit.setAccessibleName("Search exercises")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._refresh)
        self.list = QListWidget()
        self.list.setAccessibleName("Exercises")
        self.list.itemActivated.connect(lambda item: self._add(item))
        self.add_button = QPushButton("&Add to plan")
        self.add_button.setAccessibleName("Add to plan")
        self.add_button.clicked.connect(lambda: self._add(self.list.currentItem()))
        self.summary = QLabel()
        self.summary.setAccessibleName("Plan size")
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def _refresh(self) -> None:
        current = self.list.currentItem().data(EXERCISE_ID_ROLE) if self.list.currentItem() else None
        self.list.clear()
        for exercise in self._index.search(self.search_edit.text()):
            marker = "  ✓ in plan" if self._draft.contains(exercise.id) else ""
            item = QListWidgetItem(f"{exercise.name}  ·  {CATEGORY_LABELS[exercise.category]}  ·  level "
                                   f"{exercise.level}{marker}")
            item.setData(EXERCISE_ID_ROLE, exercise.id)
            self.list.addItem(item)
            if exercise.id == current:
                self.list.setCurrentItem(item)
        count = len(self._draft.items)
        self.summary.setText(f"{count} exercise{'' if count == 1 else 's'} in the plan")

    def _add(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        exercise = self._library.get(item.data(EXERCISE_ID_ROLE))
        if exercise:
            self._draft.add(exercise)
