"""The selected plan exercise: why it is there, its flare-day dose, and the goals it serves."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from planner.core.dosage import short_dosage
from planner.library.loader import Library
from planner.ui.dialogs import dosage_dialog
from planner.ui.plan_draft import PlanDraft


class PlanItemDetails(QWidget):
    def __init__(self, library: Library, draft: PlanDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._draft = draft
        self.row: int | None = None
        self._loading = False
        self.title = QLabel()
        self.title.setAccessibleName("Selected exercise")
        self.why_label = QLabel()
        self.why_label.setAccessibleName("Why it is in the plan")
        self.why_label.setWordWrap(True)
        self.flare_label = QLabel()
        self.flare_label.setAccessibleName("Flare-day dose")
        self.flare_button = QPushButton("Edit flare-da&y dose…")
        self.flare_button.setAccessibleName("Edit flare-day dose")
        self.flare_button.clicked.connect(self.edit_flare_dosage)
        self.goals_list = QListWidget()
        self.goals_list.setAccessibleName("Goals this exercise serves")
        self.goals_list.itemChanged.connect(self._goal_toggled)
        self.goals_list.setMaximumHeight(72)
        flare_row = QHBoxLayout()
        flare_row.addWidget(self.flare_label, 1)
        flare_row.addWidget(self.flare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.why_label)
        layout.addLayout(flare_row)
        layout.addWidget(QLabel("Goals it serves (tick to link):"))
        layout.addWidget(self.goals_list)
        draft.changed.connect(lambda: self.show_row(self.row))
        self.show_row(None)

    def show_row(self, row: int | None) -> None:
        items = self._draft.items
        self.row = row if row is not None and 0 <= row < len(items) else None
        self._loading = True
        self.goals_list.clear()
        if self.row is None:
            self.title.setText("<i>Select an exercise in the plan to see its details.</i>")
            self.why_label.clear()
            self.flare_label.clear()
            self.flare_button.setEnabled(False)
            self._loading = False
            return
        item = items[self.row]
        exercise = self._library.get(item.exercise_id)
        self.title.setText(f"<b>{escape(exercise.name if exercise else item.exercise_id)}</b>")
        why = [f"Why: {escape(item.reason)}" if item.reason else "Added by the therapist."]
        if item.override_reason:
            why.append(f"⚠ Kept despite a caution because: {escape(item.override_reason)}")
        self.why_label.setText("<br>".join(why))
        self.flare_label.setText("Flare-day dose: " + (short_dosage(item.flare_dosage) if item.flare_dosage
                                                        else "left out on flare days"))
        self.flare_button.setEnabled(exercise is not None)
        for index, goal in enumerate(self._draft.goals):
            entry = QListWidgetItem(f"{index + 1}. {goal}")
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if index in item.goals else Qt.CheckState.Unchecked)
            self.goals_list.addItem(entry)
        self._loading = False

    def _goal_toggled(self, _entry: QListWidgetItem) -> None:
        if self._loading or self.row is None:
            return
        goals = tuple(i for i in range(self.goals_list.count())
                      if self.goals_list.item(i).checkState() == Qt.CheckState.Checked)
        self._draft.update(self.row, goals=goals)

    def edit_flare_dosage(self) -> None:
        if self.row is None:
            return
        item = self._draft.items[self.row]
        exercise = self._library.get(item.exercise_id)
        if exercise is None:
            return
        changed, dosage = dosage_dialog.edit_flare_dosage(self, exercise.name, item.flare_dosage,
                                                          exercise.flare_dosage or item.dosage)
        if changed:
            self._draft.update(self.row, flare_dosage=dosage)
