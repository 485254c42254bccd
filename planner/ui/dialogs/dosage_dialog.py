"""Edits a whole dose (used for the flare-day dose), or says the exercise is left out on flare days."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.core.dosage import DOSE_INT_RANGES, DOSE_MAX_MINUTES, Dosage, parse_dosage
from planner.ui.widgets.dialog_parts import fit_height, named_buttons

_INT_FIELDS = (("sets", "Sets"), ("reps", "Repetitions"), ("hold_seconds", "Hold (seconds)"),
               ("rest_seconds", "Rest between sets (seconds)"), ("sessions_per_day", "Times a day"),
               ("days_per_week", "Days a week"))


class DosageDialog(QDialog):
    def __init__(self, title: str, dosage: Dosage | None, fallback: Dosage, allow_none: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        start = dosage or fallback
        form = QFormLayout()
        self.none_check = QCheckBox("Leave this exercise out on flare days")
        self.none_check.setAccessibleName("Leave out on flare days")
        self.none_check.setChecked(allow_none and dosage is None)
        self.none_check.setVisible(allow_none)
        self.spins: dict[str, QSpinBox] = {}
        for field, label in _INT_FIELDS:
            spin = QSpinBox()
            low, high = DOSE_INT_RANGES[field]
            # Repetitions may be "none" for a timed dose: the value below the range shows as words, as in the
            # exercise editor.
            spin.setRange(low - 1 if field == "reps" else low, high)
            if field == "reps":
                spin.setSpecialValueText("none (timed or hold only)")
            value = getattr(start, field)
            spin.setValue(low - 1 if value is None else value)
            spin.setAccessibleName(label)
            form.addRow(label, spin)
            self.spins[field] = spin
        self.minutes_spin = QDoubleSpinBox()
        self.minutes_spin.setRange(0.0, DOSE_MAX_MINUTES)
        self.minutes_spin.setSpecialValueText("none")
        self.minutes_spin.setDecimals(1)
        self.minutes_spin.setValue(start.duration_minutes or 0.0)
        self.minutes_spin.setAccessibleName("Minutes")
        form.addRow("Minutes (timed exercises)", self.minutes_spin)
        self.note_edit = QLineEdit(start.note or "")
        self.note_edit.setCursorPosition(0)   # a long note shows its start
        self.note_edit.setAccessibleName("Dose note")
        form.addRow("Note", self.note_edit)
        self._intensity = start.intensity
        self.error_label = QLabel()
        self.error_label.setAccessibleName("Dose problem")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a4262c; font-weight: bold;")   # as every field's problem
        buttons = named_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                                 | QDialogButtonBox.StandardButton.Cancel))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.none_check.toggled.connect(self._enable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none_check)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.result_dosage: Dosage | None = dosage
        self._enable(self.none_check.isChecked())

    def _enable(self, left_out: bool) -> None:
        for widget in (*self.spins.values(), self.minutes_spin, self.note_edit):
            widget.setEnabled(not left_out)

    def read(self) -> tuple[Dosage | None, str]:
        """The dose typed (None when left out on flare days), or a problem in words."""
        if self.none_check.isChecked():
            return None, ""
        values: dict[str, object] = {f: s.value() for f, s in self.spins.items()}
        if values["reps"] < DOSE_INT_RANGES["reps"][0]:
            values["reps"] = None
        if self.minutes_spin.value() > 0:
            values["duration_minutes"] = self.minutes_spin.value()
        values["note"] = self.note_edit.text()
        values["intensity"] = self._intensity
        dosage, problems = parse_dosage(values)
        return dosage, "; ".join(p.message for p in problems)

    def accept(self) -> None:
        dosage, problem = self.read()
        if problem:
            self.error_label.setText(f"⚠ {problem[:1].upper()}{problem[1:]}")
            fit_height(self)
            return
        self.result_dosage = dosage
        super().accept()


def edit_flare_dosage(parent: QWidget | None, exercise_name: str, current: Dosage | None,
                      usual: Dosage) -> tuple[bool, Dosage | None]:
    """(changed, new flare-day dose or None)."""
    dialog = DosageDialog(f"Flare-day dose: {exercise_name}", current, usual, allow_none=True, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, current
    return True, dialog.result_dosage
