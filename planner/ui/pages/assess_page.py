"""Assess step: the whole assessment in five sections, live scores, a draft saved on every change, sign-off."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from planner.core.assessment_record import AssessmentRecord
from planner.core.errors import PlannerError
from planner.services.assessment_form import form_scores, scorable_input, score_columns
from planner.services.assessment_view import change_lines, entheses_text, score_lines
from planner.services.assessments import AssessmentService
from planner.ui.display_dates import day_of
from planner.ui.pages.assess_body import BodySection
from planner.ui.pages.assess_goals import ConditionsSection
from planner.ui.pages.assess_history import HistorySection
from planner.ui.pages.assess_measures import MeasuresSection
from planner.ui.pages.assess_screening import ScreeningSection
from planner.ui.pages.assess_section import FormSection
from planner.ui.widgets.date_field import DateField
from planner.ui.widgets.red_flag_banner import RedFlagBanner
from planner.ui.widgets.score_panel import ScorePanel

READ_ONLY_TEXT = "#5b6066"


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    return button


class AssessPage(QWidget):
    signed = Signal(object)   # the signed AssessmentRecord
    record_changed = Signal(object)   # the assessment shown, after it is opened or saved

    def __init__(self, service: AssessmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.record: AssessmentRecord | None = None
        self._loading = False
        self._build()

    def _build(self) -> None:
        self.banner = RedFlagBanner()
        self.banner.action_changed.connect(self._changed)
        self.heading = QLabel()
        self.heading.setAccessibleName("Assessment status")
        self.heading.setWordWrap(True)   # a long status wraps rather than squeezing the date field
        self.date_field = DateField("Assessment date")
        self.date_field.changed.connect(self._changed)
        date_label = QLabel("Assessment &date:")
        date_label.setBuddy(self.date_field.edit)
        self.history = HistorySection()
        self.screening = ScreeningSection()
        self.measures = MeasuresSection()
        self.body = BodySection()
        self.conditions = ConditionsSection()
        self.sections: list[FormSection] = [self.history, self.screening, self.measures, self.body, self.conditions]
        self.basdai_fields = self.measures.basdai_fields
        nav = QHBoxLayout()
        self.nav_buttons = []
        for number, section in enumerate(self.sections, start=1):
            title = section.title().split(" ", 1)[1]
            button = _button(f"&{number} {title}", f"Go to {title}")
            button.clicked.connect(lambda _=False, s=section: self.go_to(s))
            nav.addWidget(button)
            self.nav_buttons.append(button)
            section.changed.connect(self._changed)
        nav.addStretch(1)
        content = QWidget()
        # A signed assessment shows its answers in disabled boxes: grey, but dark enough to read (5:1).
        palette = content.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(READ_ONLY_TEXT))
        content.setPalette(palette)
        column = QVBoxLayout(content)
        for section in self.sections:
            column.addWidget(section)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setAccessibleName("Assessment form")
        self.scores = ScorePanel()
        self.scores.setMinimumWidth(200)   # a quarter of the width: the form keeps the rest
        self.scores.setMaximumWidth(300)
        self.sign_button = _button("Sign &off assessment", "Sign off assessment")
        self.reassess_button = _button("Start &re-assessment", "Start re-assessment")
        self.correct_button = _button("&Correct this assessment", "Correct this assessment")
        self.discard_button = _button("Discard draft…", "Discard draft")
        self.sign_button.clicked.connect(self.sign_off)
        self.reassess_button.clicked.connect(self.start_reassessment)
        self.correct_button.clicked.connect(self.start_correction)
        self.discard_button.clicked.connect(self.discard)
        self.sign_problems = QLabel()
        self.sign_problems.setWordWrap(True)
        self.sign_problems.setAccessibleName("Why the assessment cannot be signed off")
        self.sign_problems.setStyleSheet("color: #a4262c; font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(date_label)
        top.addWidget(self.date_field)
        middle = QHBoxLayout()
        middle.addWidget(self.scroll, 3)
        middle.addWidget(self.scores, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sign_problems, 1)
        for button in (self.discard_button, self.correct_button, self.reassess_button, self.sign_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(nav)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        chain = [self.banner.action_edit, self.date_field.edit, *self.nav_buttons,
                 *(w for s in self.sections for w in s.focus_chain()),
                 self.sign_button, self.reassess_button, self.correct_button, self.discard_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @property
    def score_label(self) -> QLabel:
        return self.scores.label("basdai")

    # ---- which assessment is shown ----

    def open_patient(self, patient_id: int) -> None:
        record = self._service.current(patient_id) or self._service.new_draft(patient_id)
        self.show_record(record)

    def show_record(self, record: AssessmentRecord) -> None:
        self._loading = True
        self.record = record
        for section in self.sections:
            section.load(record.data)
            section.set_read_only(record.signed)
            for widget in section.focus_chain():
                if isinstance(widget, QLineEdit):
                    widget.setCursorPosition(0)   # long answers show their start, not their end
        self.date_field.latest = date.today()
        self.date_field.set_value(record.assessed_on)
        self.date_field.edit.setReadOnly(record.signed)
        self.measures.set_latest_date(record.assessed_on)
        self.banner.show_flags((), record.red_flag_action)
        self.banner.set_read_only(record.signed)
        self.sign_problems.clear()
        self._loading = False
        self._refresh()
        self.record_changed.emit(record)

    def go_to(self, section: FormSection) -> None:
        """Scroll the section to the top and put the cursor in its first field."""
        self.scroll.verticalScrollBar().setValue(section.y())
        chain = [w for w in section.focus_chain() if w.isEnabled()]
        if chain:
            chain[0].setFocus()

    # ---- typing ----

    def form_data(self) -> dict[str, object]:
        data = dict(self.record.data) if self.record else {}
        for section in self.sections:
            section.write(data)
        return data

    def _changed(self) -> None:
        if self._loading or self.record is None or self.record.signed:
            return
        record = replace(self.record, assessed_on=self.date_field.value() or self.record.assessed_on,
                         red_flag_action=self.banner.action_edit.text().strip())
        try:
            self.record = self._service.save_draft(record, self.form_data())
        except PlannerError as error:
            QMessageBox.warning(self, "The draft was not saved", str(error))
            return
        self.measures.set_latest_date(self.record.assessed_on)
        self._refresh()
        self.record_changed.emit(self.record)

    def _refresh(self) -> None:
        if self.record is None:
            return
        data = self.form_data() if not self.record.signed else dict(self.record.data)
        scores = form_scores(data)
        parsed = scorable_input(data)
        lines = score_lines(scores)
        change = self._service.change_since_previous(replace(self.record, scores=score_columns(scores)))
        if change is not None:
            lines += change_lines(change)
        self.scores.show_lines(lines)
        self.screening.show_ibp(scores.ibp_asas)
        self.measures.basmi.show_item_scores(parsed.basmi)
        self.measures.show_q6_hint(parsed.morning_stiffness_minutes)
        self.body.show_counts(entheses_text(scores))
        self.conditions.show_carried_from(data.get("started_from") if not self.record.signed else None)
        self.banner.show_flags(scores.urgent)
        self._show_state()

    def _show_state(self) -> None:
        record = self.record
        signed = bool(record and record.signed)
        when = f"{record.assessed_on:%d %b %Y}" if record else ""
        if record is None:
            text = "No assessment"
        elif signed:
            text = (f"<b>Assessment of {when}</b> – signed off {day_of(record.signed_at)}; read-only. "
                    "A correction or a re-assessment is a new version.")
        elif record.corrects_id:
            text = f"<b>Correction of the assessment of {when}</b> – draft, saved as you type"
        elif record.id:
            text = f"<b>Assessment of {when}</b> – draft, saved as you type"
        else:
            text = f"<b>New assessment, {when}</b> – saved as soon as you type"
        self.heading.setText(text)
        self.sign_button.setVisible(not signed)
        self.discard_button.setVisible(not signed and bool(record and record.id))
        self.reassess_button.setVisible(signed)
        self.correct_button.setVisible(signed)
        self.sign_button.setEnabled(record is not None)

    # ---- actions ----

    def sign_off(self) -> None:
        if self.record is None or self.record.signed:
            return
        try:
            self.record = self._service.sign(self.record)
        except PlannerError as error:
            problems = getattr(error, "problems", ())
            self.sign_problems.setText(" ".join(p.message for p in problems) or str(error))
            return
        self.show_record(self.record)
        self.signed.emit(self.record)

    def start_reassessment(self) -> None:
        if self.record is None:
            return
        self._try(lambda: self._service.new_draft(self.record.patient_id))

    def start_correction(self) -> None:
        if self.record is None:
            return
        self._try(lambda: self._service.start_correction(self.record))

    def discard(self) -> None:
        if self.record is None or self.record.signed or self.record.id is None:
            return
        answer = QMessageBox.question(self, "Discard draft", "Throw away this draft assessment? This cannot be undone.",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            patient_id = self.record.patient_id
            self._service.discard_draft(self.record)
            self.open_patient(patient_id)

    def _try(self, make: Callable[[], AssessmentRecord]) -> None:
        try:
            record = make()
        except PlannerError as error:
            QMessageBox.warning(self, "Not started", str(error))
            return
        self.show_record(record)
        self.go_to(self.history)
