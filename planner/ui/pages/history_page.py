"""History step: the patient's assessments and plan versions, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from planner.core.scoring import format_one_decimal
from planner.services.assessments import AssessmentService
from planner.services.plans import PlanService


class HistoryPage(QWidget):
    def __init__(self, assessments: AssessmentService, plans: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessments = assessments
        self._plans = plans
        self.assessment_list = QListWidget()
        self.assessment_list.setAccessibleName("Assessments")
        self.plan_list = QListWidget()
        self.plan_list.setAccessibleName("Plan versions")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>Assessments</b>"))
        layout.addWidget(self.assessment_list)
        layout.addWidget(QLabel("<b>Plans</b>"))
        layout.addWidget(self.plan_list)

    def open_patient(self, patient_id: int) -> None:
        self.assessment_list.clear()
        for record in reversed(self._assessments.history(patient_id)):
            basdai = record.scores.get("basdai")
            score = f"BASDAI {format_one_decimal(basdai)}" if basdai is not None else "BASDAI not complete"
            state = "signed off" if record.signed else "draft"
            self.assessment_list.addItem(f"{record.assessed_on:%d %b %Y}  ·  {score}  ·  {state}")
        self.plan_list.clear()
        for plan in reversed(self._plans.history(patient_id)):
            count = len(plan.items)
            self.plan_list.addItem(f"Version {plan.version}  ·  {plan.plan_date:%d %b %Y}  ·  "
                                   f"{count} exercise{'' if count == 1 else 's'}")
