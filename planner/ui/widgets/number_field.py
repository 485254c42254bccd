"""A number entry that may be left blank and refuses, in words, anything outside its range."""

from __future__ import annotations

import math

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from planner.core.scoring import show_number
from planner.ui.widgets.field_error import FieldError


class NumberField(QWidget):
    """`value()` is the number typed, or None when blank or refused; `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, name: str, low: float, high: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(f"{show_number(low)}–{show_number(high)}")
        self.edit.setMaximumWidth(110)
        self.error = FieldError(name)
        self.edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self._value: float | None = None

    def value(self) -> float | None:
        return self._value

    def set_value(self, value: float | None) -> None:
        self.edit.setText("" if value is None else show_number(float(value)))

    def _check(self, text: str) -> None:
        text = text.strip().replace(",", ".")
        self._value = None
        if not text:
            self.error.clear_problem()
        else:
            try:
                number = float(text)
            except ValueError:
                number = math.nan
            allowed = f"{show_number(self.low)} to {show_number(self.high)}"
            if not math.isfinite(number):
                self.error.show_problem(f"type a number from {allowed}")
            elif not self.low <= number <= self.high:
                self.error.show_problem(f"{text} is outside {allowed}")
            else:
                self.error.clear_problem()
                self._value = number
        self.changed.emit()
