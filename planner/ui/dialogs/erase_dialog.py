"""Erase a patient for good: the therapist types the patient's name, then confirms once more."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from planner.core.patient import Patient
from planner.ui.widgets.dialog_parts import fit_height, named_buttons


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


class EraseDialog(QDialog):
    """Accepted only when the typed name matches and the second question is answered Yes."""

    def __init__(self, patient: Patient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._patient = patient
        self.setWindowTitle("Erase patient")
        self.setAccessibleName("Erase patient")
        explain = QLabel(
            f"<p>This erases <b>{escape(patient.name)}</b> completely: their details, every assessment and "
            "plan, their printed PDFs in the data folder, and their data in the automatic backups.</p>"
            "<p>It cannot be undone. The audit trail keeps a line saying that patient number "
            f"{patient.id} was erased, with no name.</p>"
            "<p>Copies outside Planner (exported files, backups saved elsewhere, paper) are not touched.</p>"
            "<p>Type the patient's name to confirm:</p>")
        explain.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Type the patient's name to confirm")
        self.buttons = named_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel))
        self.erase_button = self.buttons.addButton("&Erase for good", QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setAccessibleName("Erase for good")
        self.erase_button.setEnabled(False)
        self.name_edit.textChanged.connect(
            lambda text: self.erase_button.setEnabled(_folded(text) == _folded(patient.name)))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.resize(480, 0)
        fit_height(self)

    def _confirm(self) -> None:
        if _folded(self.name_edit.text()) != _folded(self._patient.name):
            return
        answer = QMessageBox.question(
            self, "Erase patient", "Last check: erase this patient now? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
