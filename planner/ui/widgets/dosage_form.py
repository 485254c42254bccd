"""Editing a dosage table: one box per field, with the ranges of the exercise file format."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QLineEdit, QSpinBox, QWidget

# field, label, smallest, largest (docs/exercise-format.md); 0 means "not set" where the field is optional.
_NUMBERS: tuple[tuple[str, str, int, int], ...] = (
    ("sets", "Sets", 1, 10),
    ("reps", "Repetitions", 0, 100),
    ("hold_seconds", "Hold (seconds)", 0, 600),
    ("rest_seconds", "Rest between sets (seconds)", 0, 600),
    ("sessions_per_day", "Times a day", 1, 12),
    ("days_per_week", "Days a week", 1, 7),
)
_MAX_MINUTES = 180.0


class DosageForm(QWidget):
    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        self.spins: dict[str, QSpinBox] = {}
        for field, label, low, high in _NUMBERS:
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setAccessibleName(f"{title}: {label.lower()}")
            if field == "reps":
                spin.setSpecialValueText("none (timed or hold only)")
            spin.valueChanged.connect(lambda _value: self.changed.emit())
            layout.addRow(label, spin)
            self.spins[field] = spin
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(0.0, _MAX_MINUTES)
        self.minutes.setDecimals(1)
        self.minutes.setSpecialValueText("none")
        self.minutes.setAccessibleName(f"{title}: duration in minutes")
        self.minutes.valueChanged.connect(lambda _value: self.changed.emit())
        layout.insertRow(2, "Duration (minutes)", self.minutes)
        self.intensity = QLineEdit()
        self.intensity.setAccessibleName(f"{title}: effort")
        self.intensity.setPlaceholderText("e.g. moderate: you can talk but not sing")
        self.note = QLineEdit()
        self.note.setAccessibleName(f"{title}: note")
        self.note.setPlaceholderText("e.g. 5 each way")
        for edit in (self.intensity, self.note):
            edit.setMaxLength(200)
            edit.textChanged.connect(lambda _text: self.changed.emit())
        layout.addRow("Effort", self.intensity)
        layout.addRow("Note", self.note)

    def set_dosage(self, dosage: Mapping[str, Any]) -> None:
        for field, spin in self.spins.items():
            value = dosage.get(field)
            spin.setValue(int(value) if isinstance(value, int | float) else spin.minimum())
        minutes = dosage.get("duration_minutes")
        self.minutes.setValue(float(minutes) if isinstance(minutes, int | float) else 0.0)
        self.intensity.setText(str(dosage.get("intensity") or ""))
        self.note.setText(str(dosage.get("note") or ""))

    def dosage(self) -> dict[str, Any]:
        """The table as the file format writes it: fields left at "none" are left out."""
        table: dict[str, Any] = {field: spin.value() for field, spin in self.spins.items()}
        if not table["reps"]:
            del table["reps"]
        if self.minutes.value() > 0:
            table["duration_minutes"] = self.minutes.value()
        for key, edit in (("intensity", self.intensity), ("note", self.note)):
            if edit.text().strip():
                table[key] = edit.text().strip()
        return table
