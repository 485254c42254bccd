"""Plan step: suggestions beside the plan; edit, reorder and check it; save versions, templates and files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.core.errors import PlannerError, ValidationError
from planner.core.plan import Plan
from planner.core.plan_checks import plan_warnings, session_order_key, session_time
from planner.library.loader import Library
from planner.services.plans import PlanService, plan_from_document
from planner.services.suggest import SuggestService
from planner.ui.dialogs.compare_dialog import CompareDialog
from planner.ui.models.plan_items import PlanItemsModel
from planner.ui.plan_draft import PlanDraft
from planner.ui.widgets.plan_item_details import PlanItemDetails
from planner.ui.widgets.plan_items_view import PlanItemsView
from planner.ui.widgets.suggestions_panel import SuggestionsPanel


class PlanPage(QWidget):
    plan_saved = Signal(object)   # the saved Plan

    def __init__(self, library: Library, draft: PlanDraft, plans: PlanService, suggestions: SuggestService,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._draft = draft
        self._plans = plans
        draft.attach_library(library)
        draft.set_suggestion_source(lambda patient_id, newly: suggestions.for_patient(patient_id, newly))
        self._build()
        draft.changed.connect(self._refresh)
        draft.context_changed.connect(self._show_dates)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self.details.show_row(
            current.row() if current.isValid() else None))
        self._refresh()

    @property
    def patient_id(self) -> int | None:
        return self._draft.patient_id

    @property
    def model(self) -> PlanItemsModel:
        return self._draft.model

    # ---- building ----

    def _build(self) -> None:
        self.plan_date_edit = self._date_edit("Plan date")
        self.review_date_edit = self._date_edit("Review date")
        self.plan_date_edit.dateChanged.connect(lambda d: self._draft.set_details(plan_date=d.toPython()))
        self.review_date_edit.dateChanged.connect(lambda d: self._draft.set_details(review_date=d.toPython()))
        top = QHBoxLayout()
        for text, widget in (("Pl&an date", self.plan_date_edit), ("Review &by", self.review_date_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addStretch(1)

        self.suggestions = SuggestionsPanel(self._library, self._draft)
        self.version_label = QLabel()
        self.version_label.setAccessibleName("Plan version")
        self.version_label.setWordWrap(True)
        self.previous_button = QPushButton("Start from &previous plan")
        self.compare_button = QPushButton("&Compare versions…")
        self.previous_button.clicked.connect(self.start_from_previous)
        self.compare_button.clicked.connect(self.compare_versions)
        version_row = QHBoxLayout()
        version_row.addWidget(self.version_label, 1)
        version_row.addWidget(self.previous_button)
        version_row.addWidget(self.compare_button)
        self.table = PlanItemsView(self._draft.model)
        self.table.move_requested.connect(self.move_current)
        self.table.remove_requested.connect(self.remove_current)
        self.up_button = QPushButton("Move &up")
        self.down_button = QPushButton("Move do&wn")
        self.remove_button = QPushButton("Re&move")
        self.order_button = QPushButton("&Order by position")
        self.up_button.setToolTip("Ctrl+Up")
        self.down_button.setToolTip("Ctrl+Down")
        self.order_button.setToolTip("Lying first, then sitting, then standing: one trip down to the floor")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.remove_current)
        self.order_button.clicked.connect(self.order_by_position)
        self.minutes_label = QLabel()
        self.minutes_label.setAccessibleName("Estimated minutes per session")
        self.minutes_label.setWordWrap(True)
        edit_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button, self.order_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        self.details = PlanItemDetails(self._library, self._draft)
        self.warnings_list = QListWidget()
        self.warnings_list.setAccessibleName("Plan warnings")
        self.warnings_list.setWordWrap(True)
        self.changes_list = QListWidget()
        self.changes_list.setAccessibleName("Changes since the last version")
        self.changes_list.setWordWrap(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName("Notes for the patient")
        self.notes_edit.setPlaceholderText("Notes printed on the plan for the patient")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.textChanged.connect(lambda: self._draft.set_details(notes=self.notes_edit.toPlainText()))
        checks = QHBoxLayout()
        for title, widget in (("<b>Warnings</b>", self.warnings_list), ("<b>Changes</b>", self.changes_list),
                              ("<b>Notes</b>", self.notes_edit)):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(widget)
            checks.addLayout(column)
        plan_top = QWidget()
        top_layout = QVBoxLayout(plan_top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(version_row)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(edit_row)
        top_layout.addWidget(self.minutes_label)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.details)
        below_layout.addLayout(checks, 1)
        below_scroll = QScrollArea()   # scrolls in a short window rather than squeezing its wrapped words
        below_scroll.setAccessibleName("Selected exercise, warnings, changes and notes")
        below_scroll.setWidgetResizable(True)
        below_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Tab goes straight to the controls inside
        below_scroll.setFrameShape(QFrame.Shape.NoFrame)
        below_scroll.setWidget(below)
        plan_side = QSplitter(Qt.Orientation.Vertical)   # drag to give the table more room
        plan_side.addWidget(plan_top)
        plan_side.addWidget(below_scroll)
        plan_side.setStretchFactor(0, 3)
        plan_side.setStretchFactor(1, 2)
        plan_side.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.suggestions)
        self.splitter.addWidget(plan_side)
        self.splitter.setStretchFactor(1, 3)

        self.export_button = QPushButton("E&xport…")
        self.import_button = QPushButton("&Import…")
        self.template_button = QPushButton("Save as &template…")
        self.save_button = QPushButton("&Save plan")
        self.export_button.clicked.connect(lambda: self.export_json())
        self.import_button.clicked.connect(lambda: self.import_json())
        self.template_button.clicked.connect(lambda: self.save_as_template())
        self.save_button.clicked.connect(self.save)
        bottom = QHBoxLayout()
        buttons = (self.export_button, self.import_button, self.template_button, self.previous_button,
                   self.compare_button, self.up_button, self.down_button, self.remove_button, self.order_button)
        for button in buttons:
            button.setAccessibleName(button.text().replace("&", "").replace("…", ""))
        for button in buttons[:3]:
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        self.save_button.setAccessibleName("Save plan")
        self.status_label = QLabel()
        self.status_label.setAccessibleName("Plan status")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status_label)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd MMM yyyy")
        edit.setAccessibleName(name)
        return edit

    # ---- opening a patient ----

    def open_patient(self, patient_id: int) -> None:
        """The next version starts as a copy of the latest one; suggestions come from the latest sign-off."""
        self._draft.load(patient_id, self._plans.latest(patient_id))
        self.notes_edit.blockSignals(True)
        self.notes_edit.setPlainText(self._draft.notes)
        self.notes_edit.blockSignals(False)
        self.status_label.clear()

    def refresh_suggestions(self) -> None:
        self._draft.refresh_suggestions()

    def _show_dates(self) -> None:
        for edit, value in ((self.plan_date_edit, self._draft.plan_date), (self.review_date_edit,
                                                                           self._draft.review_date)):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day) if value else QDate.currentDate())
            edit.blockSignals(False)
        base = self._draft.base_plan
        self.version_label.setText(f"Starting from version {base.version} of {base.plan_date:%d %b %Y}."
                                   if base else "First plan for this patient.")

    # ---- what the plan looks like now ----

    def _refresh(self) -> None:
        draft = self._draft
        items = draft.items
        time = session_time(items, self._library.get)
        bouts = [f"{self._library.get(i).name if self._library.get(i) else i}: {m:.0f} min, {d} days a week"
                 for i, m, d in time.standalone]
        count = len(items)
        text = f"{count} exercise{'' if count == 1 else 's'} · about {time.session_minutes:.0f} minutes a session"
        self.minutes_label.setText(text + (f" · on their own: {'; '.join(bouts)}" if bouts else ""))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.warnings_list.clear()
        for found in plan_warnings(items, self._library.get, draft.expected_categories, draft.conditions,
                                   draft.flare):
            entry = QListWidgetItem(warning, found.text)
            entry.setData(Qt.ItemDataRole.UserRole, found.kind)
            self.warnings_list.addItem(entry)
        if items and not self.warnings_list.count():
            self.warnings_list.addItem("✓ No warnings: balanced, in position order, within time.")
        self.changes_list.clear()
        if draft.base_plan is not None and draft.patient_id is not None:
            changes = self._plans.changes(draft.base_plan, draft.to_plan())
            for change in changes:
                self.changes_list.addItem(change.text)
            if not changes:
                self.changes_list.addItem(f"Same as version {draft.base_plan.version}.")
        has_patient = draft.patient_id is not None
        for button in (self.up_button, self.down_button, self.remove_button, self.order_button):
            button.setEnabled(len(items) > (0 if button is self.remove_button else 1))
        self.save_button.setEnabled(bool(items) and has_patient)
        for button in (self.export_button, self.template_button):
            button.setEnabled(bool(items) and has_patient)
        self.previous_button.setEnabled(draft.base_plan is not None)
        self.compare_button.setEnabled(draft.base_plan is not None)
        self.import_button.setEnabled(has_patient)

    def warnings(self) -> list[str]:
        return [self.warnings_list.item(i).text() for i in range(self.warnings_list.count())
                if self.warnings_list.item(i).data(Qt.ItemDataRole.UserRole)]

    # ---- editing ----

    def _select(self, row: int) -> None:
        self.table.select(row)

    def move_current(self, offset: int) -> None:
        row = self.table.current_row()
        if self._draft.move(row, offset):
            self._select(row + offset)

    def remove_current(self) -> None:
        row = self.table.current_row()
        if 0 <= row < self.model.rowCount():
            self.model.removeRow(row)
            self._select(min(row, self.model.rowCount() - 1))

    def order_by_position(self) -> None:
        """Lying first, then sitting, then standing; long bouts done on their own last."""
        def key(item):
            exercise = self._library.get(item.exercise_id)
            return session_order_key(exercise, item.dosage) if exercise else (2, 0, 0, item.exercise_id)
        self._draft.set_items(sorted(self._draft.items, key=key))

    def start_from_previous(self) -> None:
        base = self._draft.base_plan
        if base is not None:
            self._draft.set_items(list(base.items))
            self.status_label.setText(f"Started again from version {base.version}.")

    # ---- saving and files ----

    def save(self) -> Plan | None:
        if self._draft.patient_id is None or not self._draft.items:
            return None
        try:
            plan = self._plans.save(self._draft.to_plan(), self._draft.conditions)
        except ValidationError as error:
            self._problem("Plan not saved", error)
            return None
        self._draft.base_plan = plan
        self.status_label.setText(f"Saved as plan version {plan.version} on {date.today():%d %b %Y}.")
        self._draft.changed.emit()
        self._show_dates()
        self.plan_saved.emit(plan)
        return plan

    def _problem(self, title: str, error: PlannerError) -> None:
        text = "\n".join(str(p) for p in error.problems) if isinstance(error, ValidationError) else str(error)
        self.status_label.setText(f"⚠ {title}: {text}")
        QMessageBox.warning(self, title, text)

    def compare_versions(self) -> None:
        if self._draft.patient_id is None:
            return
        versions = [*self._plans.history(self._draft.patient_id), self._draft.to_plan()]
        CompareDialog(self._plans, versions, self).exec()

    def export_json(self, path: Path | None = None) -> Path | None:
        if self._draft.patient_id is None or not self._draft.items:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, "Export plan", "plan.json", "Plan files (*.json)")
            if not chosen:
                return None
            path = Path(chosen)
        plan = self._draft.to_plan()
        try:
            out = self._plans.export_json(plan, path)
        except PlannerError as error:
            self._problem("Plan not exported", error)
            return None
        self.status_label.setText(f"Exported to {out}.")
        return out

    def import_json(self, path: Path | None = None) -> bool:
        """Load a plan file into the plan being built (saved only with Save plan)."""
        if self._draft.patient_id is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, "Import plan", "", "Plan files (*.json)")
            if not chosen:
                return False
            path = Path(chosen)
        try:
            document = self._plans.read_json(path)
        except PlannerError as error:
            self._problem("Plan not imported", error)
            return False
        plan = plan_from_document(document, self._draft.patient_id)
        self._draft.goals = list(plan.goals)
        self._draft.review_date = plan.review_date
        self._draft.set_details(plan_date=plan.plan_date, notes=plan.notes)
        self._draft.set_items(list(plan.items))
        self.notes_edit.setPlainText(plan.notes)
        self._show_dates()
        self.status_label.setText(f"Imported {len(plan.items)} exercises from {path.name}: check them, then save.")
        return True

    def save_as_template(self, name: str | None = None) -> bool:
        if not self._draft.items:
            return False
        if name is None:
            name, accepted = QInputDialog.getText(self, "Save as template", "Template name:")
            if not accepted:
                return False
        try:
            template = self._plans.save_template(name, self._draft.items)
        except PlannerError as error:
            self._problem("Template not saved", error)
            return False
        self.status_label.setText(f"Saved the template “{template.name}”.")
        return True
