"""Add or edit a patient; problems are shown next to the field they concern, nothing is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError, ValidationError
from planner.core.patient import Patient
from planner.services.patients import PatientService
from planner.ui.widgets.dialog_parts import fit_height, named_buttons
from planner.ui.widgets.field_error import FieldError


class PatientDialog(QDialog):
    """Saves through the PatientService on OK; stays open with messages if anything is wrong."""

    def __init__(self, service: PatientService, patient: Patient | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._patient = patient
        self.saved_patient: Patient | None = None
        self.setWindowTitle("Edit patient" if patient else "New patient")
        self.setAccessibleName(self.windowTitle())
        self._build()
        if patient:
            self._load(patient)

    def _build(self) -> None:
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName("Name")
        self.dob_edit = QLineEdit()
        self.dob_edit.setAccessibleName("Date of birth")
        self.dob_edit.setPlaceholderText("dd/mm/yyyy, e.g. 21/03/1984")
        self.number_edit = QLineEdit()
        self.number_edit.setAccessibleName("Hospital or NHS number")
        self.number_edit.setPlaceholderText("optional: NHS number or hospital number")
        self.contact_edit = QLineEdit()
        self.contact_edit.setAccessibleName("Contact")
        self.contact_edit.setPlaceholderText("optional: phone or email")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName("Notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(90)
        fields = ("name", "date_of_birth", "hospital_number", "contact", "notes")
        self.errors = {name: FieldError(name) for name in fields}

        form = QFormLayout()
        for label, editor, field in (
            ("&Name", self.name_edit, "name"),
            ("&Date of birth", self.dob_edit, "date_of_birth"),
            ("&Hospital / NHS no.", self.number_edit, "hospital_number"),
            ("&Contact", self.contact_edit, "contact"),
            ("N&otes", self.notes_edit, "notes"),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(editor)
            column.addWidget(self.errors[field])
            form.addRow(label, column)
            form.labelForField(column).setBuddy(editor)

        self.buttons = named_buttons(QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                                      | QDialogButtonBox.StandardButton.Cancel))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.general_error = FieldError("patient")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _load(self, patient: Patient) -> None:
        self.name_edit.setText(patient.name)
        self.dob_edit.setText(f"{patient.date_of_birth:%d/%m/%Y}" if patient.date_of_birth else "")
        self.number_edit.setText(patient.hospital_number)
        self.contact_edit.setText(patient.contact)
        self.notes_edit.setPlainText(patient.notes)

    def _save(self) -> None:
        for error in self.errors.values():
            error.clear_problem()
        self.general_error.clear_problem()
        fields = dict(
            name=self.name_edit.text(), date_of_birth=self.dob_edit.text(),
            hospital_number=self.number_edit.text(), contact=self.contact_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )
        try:
            if self._patient and self._patient.id is not None:
                self.saved_patient = self._service.update(self._patient.id, **fields)
            else:
                self.saved_patient = self._service.add(**fields)
        except ValidationError as error:
            for problem in error.problems:
                self.errors.get(problem.field, self.general_error).show_problem(problem.message)
            first = next((p.field for p in error.problems if p.field in self.errors), "name")
            {"name": self.name_edit, "date_of_birth": self.dob_edit, "hospital_number": self.number_edit,
             "contact": self.contact_edit, "notes": self.notes_edit}[first].setFocus()
            fit_height(self)   # a message that wraps would push the notes box over the buttons
            return
        except PlannerError as error:
            self.general_error.show_problem(str(error))
            fit_height(self)
            return
        self.accept()
