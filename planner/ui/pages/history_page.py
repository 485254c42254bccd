"""History step: every assessment with its scores and change, the trend chart, and the plan versions."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core import scoring
from planner.core.assessment_record import AssessmentRecord
from planner.core.errors import PlannerError
from planner.services.assessment_view import ASDAS_LEVELS, change_lines
from planner.services.assessments import AssessmentService
from planner.services.plans import PlanService
from planner.ui.display_dates import day_of
from planner.ui.widgets.score_panel import LEVEL_COLOURS

COLUMNS = ("Date", "Status", "BASDAI", "ASDAS-CRP", "ASDAS-ESR", "BASFI", "BASMI", "Change since the one before")
RECORD_ROLE = Qt.ItemDataRole.UserRole
CHART_SIZE = (560, 380)   # points of the drawing; the widget scales it, keeping its shape


def _score_cell(value: float | None, asdas: bool = False) -> QTableWidgetItem:
    if value is None:
        return QTableWidgetItem("–")
    if not asdas:
        return QTableWidgetItem(scoring.format_one_decimal(value))
    state = scoring.asdas_state(value)
    item = QTableWidgetItem(scoring.describe_asdas(value).replace(" – ", "\n", 1))   # narrow: room for the change
    item.setBackground(QColor(LEVEL_COLOURS[ASDAS_LEVELS[state]]).lighter(185))
    return item


class HistoryPage(QWidget):
    correction_started = Signal(object)   # the new correction draft (an AssessmentRecord)

    def __init__(self, assessments: AssessmentService, plans: PlanService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._assessments = assessments
        self._plans = plans
        self.patient_id: int | None = None
        self._chart_stale = True
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Assessments")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)   # Tab goes on to the next control; arrows move in the table
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.correct_button = QPushButton("Correct the &selected assessment")
        self.correct_button.setAccessibleName("Correct the selected assessment")
        self.correct_button.clicked.connect(self._correct_selected)
        self.chart = QSvgWidget()
        self.chart.setAccessibleName("Trend chart of ASDAS, BASDAI, BASFI and BASMI")
        self.chart.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.chart.setMinimumHeight(180)
        self.chart_note = QLabel()
        self.chart_note.setWordWrap(True)
        self.chart_note.setAccessibleName("Trend chart note")
        self.plan_list = QListWidget()
        self.plan_list.setAccessibleName("Plan versions")
        self.plan_list.setMaximumHeight(70)
        self.table_caption = QLabel()
        self.table_caption.setAccessibleName("Assessments caption")
        self.table_caption.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.table_caption, 1)
        buttons.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel("<b>Trend</b> (signed-off assessments)"))
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.chart_note)
        layout.addWidget(QLabel("<b>Plans</b>"))
        layout.addWidget(self.plan_list)

    def open_patient(self, patient_id: int) -> None:
        self.patient_id = patient_id
        self._fill_table(patient_id)
        self.plan_list.clear()
        plans = self._plans.history(patient_id)
        for plan in reversed(plans):
            count = len(plan.items)
            self.plan_list.addItem(f"Version {plan.version}  ·  {plan.plan_date:%d %b %Y}  ·  "
                                   f"{count} exercise{'' if count == 1 else 's'}")
        if not plans:
            self.plan_list.addItem("No plan saved yet: build one in the Choose and Plan steps.")
        self._chart_stale = True
        if self.isVisible():
            self.refresh_chart()

    def _fill_table(self, patient_id: int) -> None:
        records = self._assessments.history(patient_id)
        visits = {v.record.id: v for v in self._assessments.visits(patient_id)}
        replaced_by = {r.corrects_id: r for r in records if r.signed and r.corrects_id is not None}
        self.table.setRowCount(0)
        for record in reversed(records):
            row = self.table.rowCount()
            self.table.insertRow(row)
            visit = visits.get(record.id)
            # The column says "since the one before", so each line drops its "Since 2 Dec 2025: ".
            change = "\n".join(line.text.split(": ", 1)[-1] for line in change_lines(visit.change)) \
                if visit and visit.change else ""
            cells = [QTableWidgetItem(f"{record.assessed_on:%d %b %Y}"), QTableWidgetItem(self._status(record,
                     replaced_by)), _score_cell(record.scores.get("basdai")),
                     _score_cell(record.scores.get("asdas_crp"), asdas=True),
                     _score_cell(record.scores.get("asdas_esr"), asdas=True),
                     _score_cell(record.scores.get("basfi")), _score_cell(record.scores.get("basmi")),
                     QTableWidgetItem(change)]
            cells[0].setData(RECORD_ROLE, record)
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.correct_button.setEnabled(self.table.rowCount() > 0)
        self.table_caption.setText("<b>Assessments</b> (newest first)" if records else
                                   "<b>Assessments</b>: none yet. Start one in the Assess step.")

    @staticmethod
    def _status(record: AssessmentRecord, replaced_by: dict[int | None, AssessmentRecord]) -> str:
        if record.id in replaced_by:
            return f"Replaced by the correction signed {day_of(replaced_by[record.id].signed_at)}"
        if not record.signed:
            return "Correction in progress (draft)" if record.corrects_id else "Draft"
        return "Correction, signed off" if record.corrects_id else "Signed off"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._chart_stale:
            self.refresh_chart()

    def refresh_chart(self) -> None:
        """Draw the trend (reportlab is imported on the first chart, never at start-up)."""
        if self.patient_id is None:
            return
        self._chart_stale = False
        svg = self._assessments.trend_chart_svg(self.patient_id, *CHART_SIZE)
        self.chart.setVisible(svg is not None)
        if svg is None:
            self.chart_note.setText("The trend appears once an assessment is signed off.")
            return
        self.chart.load(QByteArray(svg))
        self.chart.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.chart_note.setText("ASDAS bands: inactive below 1.3, low 1.3 to under 2.1, high 2.1 to 3.5, very high "
                                "above 3.5. Compare ASDAS-CRP with ASDAS-CRP only. Drafts are not charted.")

    def selected_record(self) -> AssessmentRecord | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.data(RECORD_ROLE) if item else None

    def _correct_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        try:
            correction = self._assessments.start_correction(record)
        except PlannerError as error:
            QMessageBox.warning(self, "No correction started", str(error))
            return
        self.open_patient(record.patient_id)
        self.correction_started.emit(correction)
