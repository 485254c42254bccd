"""A text entry that may be left blank, with its problem shown in words right under it."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from planner.ui.widgets.field_error import FieldError

T = TypeVar("T")


class CheckedField(QWidget, Generic[T]):
    """`value()` is what was typed, read by `read()`, or None when blank or refused; `changed` fires on
    every edit. Subclasses say how text is read (`read`: value, or the problem in words) and shown (`show`)."""

    changed = Signal()

    def __init__(self, name: str, placeholder: str, width: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setMaximumWidth(width)
        self.error = FieldError(name)
        self.edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self._value: T | None = None

    def value(self) -> T | None:
        return self._value

    def set_value(self, value: T | None) -> None:
        self.edit.setText("" if value is None else self.show(value))

    def read(self, text: str) -> tuple[T | None, str | None]:
        raise NotImplementedError

    def show(self, value: T) -> str:
        raise NotImplementedError

    def _check(self, text: str) -> None:
        self._value = None
        if not text.strip():
            self.error.clear_problem()
        else:
            value, problem = self.read(text.strip())
            if problem:
                self.error.show_problem(problem)
            else:
                self.error.clear_problem()
                self._value = value
        self.changed.emit()
