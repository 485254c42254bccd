"""A date entry that may be left blank: 2026-11-25 or 25/11/2026, refused in words when it is not a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from planner.core.patient import parse_day
from planner.ui.widgets.field_error import FieldError

EARLIEST = date(1900, 1, 1)


class DateField(QWidget):
    """`value()` is the date typed, or None when blank or refused; no date after `latest` is accepted."""

    changed = Signal()

    def __init__(self, name: str, latest: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.latest = latest
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText("dd/mm/yyyy")
        self.edit.setMaximumWidth(130)
        self.error = FieldError(name)
        self.edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self._value: date | None = None

    def value(self) -> date | None:
        return self._value

    def set_value(self, value: date | None) -> None:
        self.edit.setText("" if value is None else f"{value:%d/%m/%Y}")

    def _check(self, text: str) -> None:
        self._value = None
        day = parse_day(text) if text.strip() else None   # the forms a date of birth takes
        latest = self.latest or date.today()
        if not text.strip():
            self.error.clear_problem()
        elif day is None:
            self.error.show_problem("type a date as dd/mm/yyyy, e.g. 25/11/2026")
        elif not EARLIEST <= day <= latest:
            self.error.show_problem(f"must be from {EARLIEST:%d/%m/%Y} to {latest:%d/%m/%Y}")
        else:
            self.error.clear_problem()
            self._value = day
        self.changed.emit()
