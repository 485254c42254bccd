"""Plan step: the chosen exercises in order, each dose editable, saved as a new plan version."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core.dosage import estimate_minutes
from planner.core.plan import Plan
from planner.library.loader import Library
from planner.services.plans import PlanService
from planner.ui.plan_draft import PlanDraft

_COLUMNS = ("Exercise", "Sets", "Reps", "Hold (s)", "Times a day", "Days a week", "Note")
_DOSE_FIELDS = (("sets", 1, 10), ("reps", 1, 100), ("hold_seconds", 0, 600), ("sessions_per_day", 1, 12),
                ("days_per_week", 1, 7))


class PlanPage(QWidget):
    plan_saved = Signal(object)   # the saved Plan

    def __init__(self, library: Library, draft: PlanDraft, plans: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._draft = draft
        self._plans = plans
        self.patient_id: int | None = None
        self._build()
        draft.changed.connect(self._refresh)
        self._refresh()

    def _build(self) -> None:
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setAccessibleName("Exercises in the plan")
        self.table.setHorizontalHeaderLabels(_COLUMNS)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move do&wn")
        self.remove_button = QPushButton("&Remove")
        self.save_button = QPushButton("&Save plan")
        for button in (self.up_button, self.down_button, self.remove_button, self.save_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.save_button.clicked.connect(self.save)
        self.minutes_label = QLabel()
        self.minutes_label.setAccessibleName("Estimated minutes per session")
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Plan status")
        row = QHBoxLayout()
        for widget in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.minutes_label)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.status_label)

    def _refresh(self) -> None:
        items = self._draft.items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            exercise = self._library.get(item.exercise_id)
            name = QTableWidgetItem(exercise.name if exercise else item.exercise_id)
            self.table.setItem(row, 0, name)
            for column, (field, low, high) in enumerate(_DOSE_FIELDS, start=1):
                spin = QSpinBox()
                spin.setRange(low, high)
                spin.setValue(getattr(item.dosage, field) or (low if field != "reps" else 1))
                spin.setAccessibleName(f"{_COLUMNS[column]} for {name.text()}")
                spin.valueChanged.connect(lambda value, r=row, f=field: self._set_dose(r, f, value))
                self.table.setCellWidget(row, column, spin)
            note = QLineEdit(item.note)
            note.setAccessibleName(f"Note for {name.text()}")
            note.editingFinished.connect(lambda r=row, w=note: self._set_note(r, w.text()))
            self.table.setCellWidget(row, len(_COLUMNS) - 1, note)
        self._show_minutes()
        self.save_button.setEnabled(bool(items) and self.patient_id is not None)

    def _show_minutes(self) -> None:
        minutes = sum(estimate_minutes(i.dosage, self._side(i.exercise_id)) for i in self._draft.items)
        self.minutes_label.setText(f"About {minutes:.0f} minutes a session")

    def _side(self, exercise_id: str) -> str:
        exercise = self._library.get(exercise_id)
        return exercise.side if exercise else "n/a"

    def _set_dose(self, row: int, field: str, value: int) -> None:
        item = self._draft.items[row]
        self._draft.items[row] = replace(item, dosage=replace(item.dosage, **{field: value}))
        self._show_minutes()

    def _set_note(self, row: int, text: str) -> None:
        if self._draft.items[row].note != text:
            self._draft.items[row] = replace(self._draft.items[row], note=text)

    def _move(self, offset: int) -> None:
        row = self.table.currentRow()
        self._draft.move(row, offset)
        self.table.selectRow(row + offset if 0 <= row + offset < self.table.rowCount() else row)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._draft.items):
            self._draft.remove(self._draft.items[row].exercise_id)

    def save(self) -> Plan | None:
        if self.patient_id is None or not self._draft.items:
            return None
        today = date.today()
        plan = self._plans.save(Plan(patient_id=self.patient_id, plan_date=today,
                                     review_date=today + timedelta(weeks=6), items=tuple(self._draft.items)))
        self.status_label.setText(f"Saved as plan version {plan.version}.")
        self.plan_saved.emit(plan)
        return plan
