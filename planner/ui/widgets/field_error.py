"""A validation message shown right under its field, in words (never colour alone)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FieldError(QLabel):
    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"error_{field_name}")
        self.setAccessibleName(f"Problem with {field_name.replace('_', ' ')}")
        self.setWordWrap(True)
        self.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.hide()

    def show_problem(self, message: str) -> None:
        self.setText(f"⚠ {message[:1].upper()}{message[1:]}")
        self.show()

    def clear_problem(self) -> None:
        self.clear()
        self.hide()
