"""Assess step: the BASDAI with its score live as it is typed; the draft is saved on every change."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from planner.core.assessment_record import AssessmentRecord
from planner.core.errors import PlannerError
from planner.core.questionnaires import BASDAI_QUESTIONS
from planner.core.scoring import describe_basdai
from planner.services.assessments import AssessmentService, score_form
from planner.ui.widgets.number_field import NumberField


class AssessPage(QWidget):
    signed = Signal(object)   # the signed AssessmentRecord

    def __init__(self, service: AssessmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.record: AssessmentRecord | None = None
        self._loading = False
        self._build()

    def _build(self) -> None:
        self.heading = QLabel("<b>BASDAI</b> – about the past week (0 = none, 10 = very severe)")
        form = QFormLayout()
        self.basdai_fields: list[NumberField] = []
        for number, question in enumerate(BASDAI_QUESTIONS, start=1):
            field = NumberField(f"BASDAI question {number}", 0, 10)
            field.changed.connect(self._changed)
            label = QLabel(f"{number}. {question}")
            label.setWordWrap(True)
            label.setBuddy(field.edit)
            form.addRow(label, field)
            self.basdai_fields.append(field)
        self.score_label = QLabel()
        self.score_label.setAccessibleName("BASDAI score")
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Assessment status")
        self.sign_button = QPushButton("Sign &off assessment")
        self.sign_button.setAccessibleName("Sign off assessment")
        self.sign_button.clicked.connect(self.sign_off)
        row = QHBoxLayout()
        row.addWidget(self.score_label, 1)
        row.addWidget(self.sign_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def open_patient(self, patient_id: int) -> None:
        self._loading = True
        self.record = self._service.open_draft(patient_id)
        answers = list(self.record.data.get("basdai") or [None] * 6)
        for field, answer in zip(self.basdai_fields, answers, strict=False):
            field.set_value(answer)
        self._loading = False
        self._show_state()

    def form_data(self) -> dict[str, object]:
        data = dict(self.record.data) if self.record else {}
        answers = [field.value() for field in self.basdai_fields]
        if any(a is not None for a in answers):
            data["basdai"] = answers
        else:
            data.pop("basdai", None)
        return data

    def _changed(self) -> None:
        if self._loading or self.record is None or self.record.signed:
            self._show_state()
            return
        self.record = self._service.save_draft(self.record, self.form_data())
        self._show_state()

    def _show_state(self) -> None:
        scores = score_form(self.form_data())
        basdai = scores["basdai"]
        self.score_label.setText(f"BASDAI {describe_basdai(basdai)}" if basdai is not None
                                 else "BASDAI: answer all six questions to see the score")
        signed = bool(self.record and self.record.signed)
        for field in self.basdai_fields:
            field.edit.setReadOnly(signed)
        self.sign_button.setEnabled(bool(self.record) and not signed and basdai is not None)
        if signed:
            self.status_label.setText(f"Signed off {self.record.signed_at}. Read-only.")
        elif self.record and self.record.id:
            self.status_label.setText("Draft saved as you type.")
        else:
            self.status_label.setText("New assessment.")

    def sign_off(self) -> None:
        if self.record is None:
            return
        try:
            self.record = self._service.sign(self.record)
        except PlannerError as error:
            QMessageBox.warning(self, "Not signed off", str(error))
            return
        self._show_state()
        self.signed.emit(self.record)
