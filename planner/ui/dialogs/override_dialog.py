"""Asks why an exercise with a matching caution is kept: the reason is required and stays with the plan."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from planner.ui.widgets.dialog_parts import fit_height, named_buttons

MAX_REASON_CHARS = 500


class OverrideDialog(QDialog):
    def __init__(self, exercise_name: str, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keep an exercise with a caution")
        self.setAccessibleName("Reason for keeping an exercise with a caution")
        intro = QLabel(f"<b>{escape(exercise_name)}</b> is left out for this patient:<br>{escape(why)}<br><br>"
                       "Write why it is right for this patient. The reason is kept with the plan.")
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName("Reason")
        self.reason_edit.setPlaceholderText("e.g. Surgeon allows it; shown in clinic with a pillow between the knees")
        self.reason_edit.setTabChangesFocus(True)
        self.error_label = QLabel()
        self.error_label.setAccessibleName("Reason problem")
        self.error_label.setStyleSheet("color: #a4262c; font-weight: bold;")   # as every field's problem
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Add with this reason")
        named_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(460, 0)
        fit_height(self)
        self._check()

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _check(self) -> None:
        text = self.reason
        if not text:
            problem = "⚠ A reason is required."
        elif len(text) > MAX_REASON_CHARS:
            problem = f"⚠ At most {MAX_REASON_CHARS} characters ({len(text)} now)."
        else:
            problem = ""
        self.error_label.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()


def ask_override_reason(parent: QWidget | None, exercise_name: str, why: str) -> str | None:
    """The therapist's reason, or None if they cancelled."""
    dialog = OverrideDialog(exercise_name, why, parent)
    return dialog.reason if dialog.exec() == QDialog.DialogCode.Accepted else None
