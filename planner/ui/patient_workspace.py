"""Right pane: the open patient and the steps Assess → Choose → Plan → Print, plus History."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from planner.core.patient import Patient, display_hospital_number
from planner.services.workspace import Workspace

STEP_TITLES = ("1 Assess", "2 Choose", "3 Plan", "4 Print", "History")


def _heading(title: str, details: str) -> str:
    """The name large and the details beside it on one line, leaving the height to the steps."""
    return (f"<span style='font-size:15pt; font-weight:bold'>{escape(title)}</span>"
            f"&nbsp;&nbsp;&nbsp;{escape(details)}")


class PatientWorkspace(QWidget):
    """The step pages are built when the first patient opens, so start-up only pays for the list."""

    library_requested = Signal()   # the Choose step asked for the Library page

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.patient: Patient | None = None
        self.steps = QTabWidget()
        self.steps.setAccessibleName("Steps")
        self.steps.tabBar().setAccessibleName("Steps")
        self.header = QLabel()
        self.header.setAccessibleName("Open patient")
        self.header.setWordWrap(True)
        self.next_step = QLabel()
        self.next_step.setAccessibleName("What is missing")
        self.next_step.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.next_step)
        layout.addWidget(self.steps, 1)
        self.show_patient(None)

    def _build_pages(self) -> None:
        # Imported here: the pages pull in QtPdf and the exercise library, which start-up does not need.
        from planner.ui.pages.assess_page import AssessPage
        from planner.ui.pages.choose_page import ChoosePage
        from planner.ui.pages.history_page import HistoryPage
        from planner.ui.pages.plan_page import PlanPage
        from planner.ui.pages.print_page import PrintPage
        from planner.ui.plan_draft import PlanDraft

        ws = self._workspace
        self.draft = PlanDraft(self)
        self.assess_page = AssessPage(ws.assessments)
        self.choose_page = ChoosePage(ws.exercise_library, self.draft, ws.plans)
        self.plan_page = PlanPage(ws.library, self.draft, ws.plans, ws.suggestions)
        self.print_page = PrintPage(ws.printing, ws.settings, ws.data_dir / "printed", print_block=self._print_block)
        self.history_page = HistoryPage(ws.assessments, ws.plans)
        for page, title in zip((self.assess_page, self.choose_page, self.plan_page, self.print_page,
                                self.history_page), STEP_TITLES, strict=True):
            self.steps.addTab(page, title)
        self.steps.currentChanged.connect(self._step_changed)
        self.assess_page.signed.connect(lambda _record: self._update_hint())
        self.assess_page.signed.connect(lambda _record: self.plan_page.refresh_suggestions())
        self.draft.changed.connect(self._update_hint)
        self.plan_page.plan_saved.connect(self._plan_saved)
        self.choose_page.library_requested.connect(self.library_requested)
        self.history_page.correction_started.connect(self._correction_started)
        self.assess_page.record_changed.connect(lambda _record: self._update_hint())

    @property
    def pages_built(self) -> bool:
        return self.steps.count() > 0

    def show_patient(self, patient: Patient | None) -> None:
        self.patient = patient
        self.steps.setEnabled(patient is not None)
        if patient is None:
            self.header.setText(_heading("No patient open", ""))
            self.next_step.setText("Choose a patient on the left, or add one with File → New patient (Ctrl+N).")
            if self.pages_built:
                self.draft.set_items([])
                self.print_page.set_plan(None)
            return
        if not self.pages_built:
            self._build_pages()
        details = []
        if patient.date_of_birth:
            age = patient.age_on(date.today())
            details.append(f"Born {patient.date_of_birth:%d %b %Y} (age {age})")
        if patient.hospital_number:
            details.append(f"Number {display_hospital_number(patient.hospital_number)}")
        self.header.setText(_heading(patient.name, "  ·  ".join(details)))
        self.assess_page.open_patient(patient.id)
        self.plan_page.open_patient(patient.id)
        self.print_page.set_plan(self.draft.base_plan)
        self.history_page.open_patient(patient.id)
        self._update_hint()

    def _plan_saved(self, plan: object) -> None:
        self.print_page.set_plan(plan)
        self.history_page.open_patient(self.patient.id)
        self._update_hint()

    def _print_block(self) -> str | None:
        return self._workspace.assessments.print_block(self.patient.id) if self.patient else None

    def _correction_started(self, record: object) -> None:
        self.assess_page.show_record(record)
        self.steps.setCurrentWidget(self.assess_page)

    def _step_changed(self, index: int) -> None:
        if self.patient is not None and self.steps.widget(index) is self.history_page:
            self.history_page.open_patient(self.patient.id)

    def _update_hint(self) -> None:
        if self.patient is None:
            return
        record = self.assess_page.record
        if record is None or not record.signed:
            hint = "Next: complete and sign off the assessment."
        elif not self.draft.items:
            hint = "Next: choose exercises for the plan."
        elif self.print_page.plan is None:
            hint = "Next: save the plan."
        else:
            hint = "Ready: make and print the PDF."
        self.next_step.setText(hint)
